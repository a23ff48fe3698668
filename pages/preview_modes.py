"""Preview modes that other apps add to the page types showing their content.

Content knows nothing of experiments: a page type that shows message slots mixes in
``ContributedPreviewModesMixin``, and messaging registers its provider when the app is ready
(messaging/apps.py, messaging/preview.py), which adds a mode per slot, variant and language.

A provider has ``preview_modes(page)`` → [(mode name, label)], ``serves(mode name)`` → bool and
``serve_preview(page, request, mode name, serve_default)``, where ``serve_default(request)``
renders the page as Wagtail's default preview mode would.
"""

from django.utils.cache import add_never_cache_headers

_providers = []


def register(provider):
    """Add a provider of preview modes (once: a second registration of the same one is ignored)."""
    if provider not in _providers:
        _providers.append(provider)


def providers():
    return list(_providers)


class ContributedPreviewModesMixin:
    """For page types whose preview modes other apps extend; mixed in before ``Page``.

    A preview served here is never kept in a cache, whichever mode it shows."""

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        for provider in _providers:
            modes.extend(provider.preview_modes(self))
        return modes

    def serve_preview(self, request, mode_name):
        provider = next((provider for provider in _providers if provider.serves(mode_name)), None)
        if provider is None:
            response = super().serve_preview(request, mode_name)
        else:
            response = provider.serve_preview(self, request, mode_name, self._serve_default_preview)
        add_never_cache_headers(response)
        return response

    def _serve_default_preview(self, request):
        return super().serve_preview(request, "")
