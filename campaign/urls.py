from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health, views
from messaging.api import beacon
from messaging.guardrail_api import guardrail_beacon
from pages.lessons.short_link_view import short_link_view
from pages.search import search_view
from pages.sitemap import sitemap_view
from reach.api import reach_beacon

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    # Pages list themselves once per language with hreflang alternates
    # (TranslatedPageMixin.get_sitemap_urls), rendered once per content version (pages/sitemap.py).
    path("sitemap.xml", sitemap_view, name="sitemap"),
    # Editors sign in through allauth: password, then a code (second_factor/).
    # Wagtail's own password-only login form is replaced by a redirect there.
    path("account/", include("allauth.urls")),
    path(f"{settings.WAGTAIL_ADMIN_PATH}login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Permanent short links to lessons; they choose the language themselves.
    path("l/<str:code>/", short_link_view, name="lesson_short_link"),
    # A/B beacons (messaging/api.py, docs/ab-testing.md).
    # Guardrails: quick exits and help-seeking per arm (messaging/guardrail_api.py); before the slug pattern.
    path("api/ab/guardrail", guardrail_beacon, name="ab_guardrail_beacon"),
    re_path(r"^api/ab/(?P<slug>[^/]{1,200})/(?P<kind>exposure|conversion)$", beacon, name="ab_beacon"),
    # Reach beacon (reach/api.py, docs/reach.md).
    path("api/reach", reach_beacon, name="reach_beacon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Only images: documents are served by Wagtail's view, which checks that
    # a live page uses them (pages/wagtail_hooks.py); never straight from disk.
    for folder in ("images", "original_images"):
        urlpatterns += static(f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder)

# Every public page lives under /nl/ or /en/. The search path is translated
# (/nl/zoeken/, /en/search/) through the "url" context in locale/*.po.
urlpatterns += i18n_patterns(
    path(pgettext_lazy("url", "search/"), search_view, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
