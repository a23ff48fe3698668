"""The page approval workflow gets a Dutch name, as the messaging one has.

Wagtail's own migration (wagtailcore 0048) names the default workflow and its one task after the
"Moderators" group: "Moderators approval". A name is data, not an interface string, so the Dutch
admin showed it in English ("Stuur door naar Moderators approval"). It is renamed the way
messaging/migrations/0002_roles_and_workflow.py names the message workflow; a name an
administrator has already changed is left alone.
"""

from django.db import migrations

WAGTAIL_NAME = "Moderators approval"
WORKFLOW = "Pagina's goedkeuren"
TASK = "Goedkeuring door de moderatoren"


def rename(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WAGTAIL_NAME).update(name=WORKFLOW)
    apps.get_model("wagtailcore", "Task").objects.filter(name=WAGTAIL_NAME).update(name=TASK)


def rename_back(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).update(name=WAGTAIL_NAME)
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).update(name=WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_images_offline_parent_steps"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
