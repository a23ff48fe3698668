"""Wording on other packages' admin screens that this site translates itself, listed for makemessages.

Why. locale/*/django.po comes first in Django's search for a translation, so an entry there
overrides (or supplies) what Wagtail or wagtail-modeltranslation show. But makemessages only keeps
entries it finds in this project's own code: without these lines the documented command
(docs/development.md, "Translations") deletes them, and the admin falls back to the package's
wording. Nothing imports this module; gettext_noop only marks the strings.
"""

from django.utils.translation import gettext_noop

# Translators: wagtail-modeltranslation's language toggle above translated fields (it has no Dutch of its own)
gettext_noop("View / edit fields for")
# Translators: Wagtail's submit button (action menu); the workflow name follows in brackets, so any name reads well
gettext_noop("Submit to %(workflow_name)s")
# Translators: Wagtail's resubmit button (action menu); the task name follows in brackets
gettext_noop("Resubmit to %(task_name)s")
# Translators: Wagtail's side panel with words, reading time, readability and accessibility checks
gettext_noop("Checks")
# Translators: Wagtail's checks panel: words, reading time, readability
gettext_noop("Content metrics")
