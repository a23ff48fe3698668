from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site infrastructure")

    def ready(self):
        # Here, not at the top: these import models, which the app registry loads after apps.py.
        from . import cache_invalidation, frontend_cache

        cache_invalidation.connect()
        frontend_cache.connect_purge()
