from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from upstream import csp_nonce, django_headers, redis_pool


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site infrastructure")

    def ready(self):
        # Here, not at the top: these import models, which the app registry loads after apps.py.
        from . import cache_invalidation, frontend_cache

        # The workarounds core uses stop the site at start-up on a release they were not checked with.
        django_headers.install()
        csp_nonce.install()
        redis_pool.install()

        cache_invalidation.connect()
        frontend_cache.connect_purge()
