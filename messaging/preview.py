"""Preview a page with each variant of each message slot it shows, in each language.

Wagtail's preview modes (the *Preview mode* menu above the preview panel, and *Preview* in the
page's menu) list, besides the usual view, one mode per slot, variant and language:
"Hero ouders: variant B (Dutch)". The page is then rendered as a visitor in that language who
is assigned that variant, whatever the default or a running experiment says. A slot in a module
for one audience is shown on that audience's view of a campaign.

A preview never counts and is never kept: the message tag shows the chosen variant without
assigning the browser (no visitor cookie, no ``data-experiment``, so no exposure beacon),
base.html leaves out the reach beacon, and the response is marked never to be cached
(pages/preview_modes.py, which the page types showing slots mix in, and where messaging/apps.py
registers these modes: content does not import messaging).
"""

from django.utils import translation
from django.utils.translation import gettext as _

from core import languages
from core.request_state import state_of
from pages.audiences import url_segment

from .placement import slots_on

MODE_PREFIX = "variant"


def mode_name(slot, key, code):
    return f"{MODE_PREFIX}:{slot.pk}:{key}:{code}"


def parse_mode(name):
    """(slot id, variant key, language) of a variant mode, or None for any other mode."""
    parts = (name or "").split(":")
    if len(parts) != 4 or parts[0] != MODE_PREFIX or not parts[1].isdigit():
        return None
    if not languages.is_site_language(parts[3]):
        return None
    return int(parts[1]), parts[2], parts[3]


class VariantPreviewModes:
    """The variant modes of a page that shows message slots (pages/preview_modes.py's provider)."""

    def preview_modes(self, page):
        modes = []
        for slot, _view in slots_on(page):
            for variant in slot.variants.all():
                for code in languages.codes():
                    label = _("%(slot)s: variant %(variant)s (%(language)s)") % {
                        "slot": slot.name,
                        "variant": variant.key.upper(),
                        "language": languages.name(code),
                    }
                    if variant.key == slot.default_variant:
                        label = _("%(slot)s: variant %(variant)s, the default (%(language)s)") % {
                            "slot": slot.name,
                            "variant": variant.key.upper(),
                            "language": languages.name(code),
                        }
                    modes.append((mode_name(slot, variant.key, code), label))
        return modes

    def serves(self, name):
        return parse_mode(name) is not None

    def serve_preview(self, page, request, name, serve_default):
        slot_id, key, code = parse_mode(name)
        views = dict((slot.pk, view) for slot, view in slots_on(page))
        state_of(request).preview_variants = {slot_id: key}
        # Rendered here, inside the language: Wagtail renders a TemplateResponse only after this returns.
        with translation.override(code):
            request.LANGUAGE_CODE = code
            view = views.get(slot_id)
            if view and hasattr(page, "audience_view"):
                response = page.audience_view(request, url_segment(view, code))
            else:
                response = serve_default(request)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
        return response


#: Registered with pages/preview_modes.py when the app is ready (messaging/apps.py).
variant_preview_modes = VariantPreviewModes()
