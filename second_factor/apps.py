from django.apps import AppConfig
from django.core import checks

from core.client_address import check_proxy_count


class SecondFactorConfig(AppConfig):
    name = "second_factor"
    verbose_name = "Second factor"

    def ready(self):
        # The sign-in limit's proxy count is part of signing in safely (core/client_address.py).
        checks.register(check_proxy_count, checks.Tags.security, deploy=True)
