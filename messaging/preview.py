"""Preview a page with each variant of each message slot it shows, in each language.

Wagtail's preview modes (the *Preview mode* menu above the preview panel, and *Preview* in the
page's menu) list, besides the usual view, one mode per slot, variant and language:
"Hero ouders: variant B (Dutch)". The page is then rendered as a visitor in that language who
is assigned that variant, whatever the default or a running experiment says. A slot in a module
for one audience is shown on that audience's view of a campaign.

A preview never counts and is never kept: the message tag shows the chosen variant without
assigning the browser (no visitor cookie, no ``data-experiment``, so no exposure beacon),
base.html leaves out the reach beacon, and the response is marked never to be cached.
"""

from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from core import languages
from core.request_state import state_of

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


class VariantPreviewMixin:
    """For page types that show message slots; mixed in before ``Page``."""

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        for slot, _view in slots_on(self):
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

    def serve_preview(self, request, mode_name):
        chosen = parse_mode(mode_name)
        if chosen is None:
            response = super().serve_preview(request, mode_name)
        else:
            slot_id, key, code = chosen
            views = dict((slot.pk, view) for slot, view in slots_on(self))
            state_of(request).preview_variants = {slot_id: key}
            # Rendered here, inside the language: Wagtail renders a TemplateResponse only after this returns.
            with translation.override(code):
                request.LANGUAGE_CODE = code
                view = views.get(slot_id)
                if view and hasattr(self, "audience_view"):
                    from pages.audiences import url_segment

                    response = self.audience_view(request, url_segment(view, code))
                else:
                    response = super().serve_preview(request, "")
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
        add_never_cache_headers(response)
        return response
