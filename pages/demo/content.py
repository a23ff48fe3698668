"""Demo content for Veilig in Beeld: one place for the loader to read it from.

The texts live in three sibling modules (pure data, no Django):
- content_site.py: TOPICS, SITE_SETTINGS, HOME, CAMPAIGN_INDEX, GUIDANCE_INDEX, STANDARD
- content_campaigns.py: CAMPAIGNS
- content_guidance.py: GUIDANCE
- content_help.py: HELP_SERVICES, HELP_PAGE, HUBS
- content_modules.py: MODULES (audience modules) and PLACEMENTS (which page shows which)
- content_messages.py: MESSAGE_SLOTS, HERO_MESSAGES and EXPERIMENTS (a running A/B test)
- content_lessons.py: LESSON_INDEX and LESSONS (lesson materials; their worksheets are
  generated as PDFs by pdfs.py when the demo is loaded)

Every text is {"nl": ..., "en": ...}. Page references are strings such as
"guidance:<key>", "campaign:<key>", "standard:<key>", "campaign-index",
"guidance-index", "help", "hub:<audience>" and "home"; help services are
referred to by their key. Facts come from the shared content guide, with
their sources; help services were last checked on 1 November 2026.

The guidance page "uitleg-voor-grootouders" deliberately has no English
translation, so the site can show its "not yet available in English" notice.
"""

if __package__:
    from .content_campaigns import CAMPAIGNS
    from .content_guidance import GUIDANCE
    from .content_help import HELP_PAGE, HELP_SERVICES, HUBS
    from .content_lessons import LESSON_INDEX, LESSONS
    from .content_messages import EXPERIMENTS, HERO_MESSAGES, MESSAGE_SLOTS
    from .content_modules import MODULES, PLACEMENTS
    from .content_site import (
        CAMPAIGN_INDEX,
        GUIDANCE_INDEX,
        HOME,
        SITE_SETTINGS,
        STANDARD,
        TOPICS,
    )
else:  # loaded as a loose file (importlib spec_from_file_location)
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from content_campaigns import CAMPAIGNS
    from content_guidance import GUIDANCE
    from content_help import HELP_PAGE, HELP_SERVICES, HUBS
    from content_lessons import LESSON_INDEX, LESSONS
    from content_messages import EXPERIMENTS, HERO_MESSAGES, MESSAGE_SLOTS
    from content_modules import MODULES, PLACEMENTS
    from content_site import CAMPAIGN_INDEX, GUIDANCE_INDEX, HOME, SITE_SETTINGS, STANDARD, TOPICS

__all__ = [
    "TOPICS",
    "SITE_SETTINGS",
    "HOME",
    "CAMPAIGN_INDEX",
    "GUIDANCE_INDEX",
    "CAMPAIGNS",
    "GUIDANCE",
    "STANDARD",
    "HELP_SERVICES",
    "HELP_PAGE",
    "HUBS",
    "MODULES",
    "PLACEMENTS",
    "LESSON_INDEX",
    "LESSONS",
    "MESSAGE_SLOTS",
    "HERO_MESSAGES",
    "EXPERIMENTS",
]
