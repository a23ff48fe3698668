"""A local admin account for trying the site; its password is printed once, at creation."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the local 'admin' superuser with a generated password, if it does not exist."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account '{username}' already exists (its password was printed when it "
                f"was created; reset it with: python manage.py changepassword {username})."
            )
            self.stdout.write(second_factor_help())
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account  user: {username}  password: {password}\n"
                "This password is shown only now. Log in at "
                f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/{settings.WAGTAIL_ADMIN_PATH}"
            )
        )
        self.stdout.write(second_factor_help())


def second_factor_help():
    """How signing in works here: with or without a second factor (second_factor/, docs/deploy.md)."""
    if getattr(settings, "ADMIN_REQUIRE_SECOND_FACTOR", True):
        return (
            "Second factor: required. At the first sign-in scan the QR code with an authenticator app "
            "and keep the recovery codes; after that, sign in with the password and then a code."
        )
    return (
        "Second factor: not required locally (the password is enough). To try it, run with "
        "ADMIN_REQUIRE_SECOND_FACTOR=true, e.g. `ADMIN_REQUIRE_SECOND_FACTOR=true make run`; "
        "production always requires it."
    )
