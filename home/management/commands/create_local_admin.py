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
