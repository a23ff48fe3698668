from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaign import beacon_urls
from core import health, views
from pages.lessons.short_link_view import short_link_view
from pages.search import search_view
from pages.sitemap import sitemap_view

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
    # The beacons (reach, A/B exposure, conversion and guardrails); in production also served by a
    # worker pool of their own (campaign/beacon_asgi.py), so a flood of them cannot delay a page.
    *beacon_urls.urlpatterns,
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
