"""A migration operation for the columns a language adds: Django's AddField, many fields at once.

Why. Every AddField re-renders its model, and the models related to it, in the migration state
(``ProjectState.reload_model``). A language adds one column per translated field: Turkish and
Arabic added 146 to the page types, and applying them one AddField at a time took about 12 of
the 20 seconds of every new test database's set-up (and of `setup_database` on a fresh site) on
SQLite. Grouped per model the state is reloaded once per model, and on SQLite once more for each
column SQLite adds by rebuilding the table (one with a default, such as ``search_text_tr``). The
database work is AddField's own (``schema_editor.add_field`` per column); the state after it is
the same, so `makemigrations` finds nothing to add. Only for plain (not relational) fields, which
is what modeltranslation adds.

Writing a custom operation is Django's documented way ("Writing your own" under Migration
Operations); ``ProjectState.models`` and ``reload_model`` are the calls AddField makes itself.
docs/development.md, "Adding a language", says when to use it.
"""

from django.db.migrations.operations.base import Operation

__all__ = ["AddTranslationFields"]


class AddTranslationFields(Operation):
    """``AddTranslationFields("campaignpage", [("title_tr", field), …])``: AddField for each, in order."""

    reversible = True

    def __init__(self, model_name, fields):
        self.model_name = model_name
        self.fields = list(fields)
        for name, field in self.fields:
            if field.is_relation:
                raise ValueError(f"{model_name}.{name}: AddTranslationFields takes plain fields only; use AddField")

    @property
    def model_name_lower(self):
        return self.model_name.lower()

    def deconstruct(self):
        return (self.__class__.__name__, [], {"model_name": self.model_name, "fields": self.fields})

    def state_forwards(self, app_label, state):
        model_state = state.models[app_label, self.model_name_lower]
        for name, field in self.fields:
            model_state.fields[name] = field
        # Not relational, so (as in AddField) the related models need not be rendered again now.
        state.reload_model(app_label, self.model_name_lower, delay=True)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        to_model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, to_model):
            return
        rebuilt = [(name, field) for name, field in self.fields if self._rebuilds_table(schema_editor, field)]
        altered = [(name, field) for name, field in self.fields if (name, field) not in rebuilt]
        # A column added with ALTER TABLE needs only its own definition: the final model will do.
        for name, _field in altered:
            schema_editor.add_field(to_model, to_model._meta.get_field(name))
        if not rebuilt:
            return
        # SQLite adds any other column by copying the table into a new one made from the model
        # it is given, which must then hold exactly the columns the table has so far, plus this one.
        state = from_state.clone()
        model_state = state.models[app_label, self.model_name_lower]
        for name, field in altered:
            model_state.fields[name] = field
        for name, field in rebuilt:
            state.reload_model(app_label, self.model_name_lower, delay=True)
            schema_editor.add_field(state.apps.get_model(app_label, self.model_name), to_model._meta.get_field(name))
            model_state.fields[name] = field

    @staticmethod
    def _rebuilds_table(schema_editor, field):
        """Whether the database adds this column by rebuilding the table (SQLite, for a column that
        is not nullable, unique or has a default); when unsure, yes (the slower, always right way)."""
        if schema_editor.connection.vendor != "sqlite":
            return False
        return (
            not field.null
            or field.unique
            or field.primary_key
            or field.has_db_default()
            or schema_editor.effective_default(field) is not None
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        from_model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, from_model):
            for name, _field in reversed(self.fields):
                schema_editor.remove_field(from_model, from_model._meta.get_field(name))

    def references_model(self, name, app_label):
        return name.lower() == self.model_name_lower

    def references_field(self, model_name, name, app_label):
        return model_name.lower() == self.model_name_lower and any(own == name for own, _field in self.fields)

    def describe(self):
        return f"Add {len(self.fields)} translated fields to {self.model_name}"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name_lower}_translated_fields"
