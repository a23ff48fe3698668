"""python manage.py create_role_users: one development account per messaging role.

"expert" (Communicatie-experts) writes messages and experiments and submits
them for approval; "lead" (Campagneleiding) approves, starts and promotes.
Passwords are random and shown once. Not for production: it refuses to run
with DEBUG off unless --force is given.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

ROLES = [
    ("expert", "Communicatie-experts", "Communicatie-expert (demo)"),
    ("lead", "Campagneleiding", "Campagneleiding (demo)"),
]


class Command(BaseCommand):
    help = "Create the demo users 'expert' and 'lead' for the two messaging roles (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="also when DEBUG is off")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Demo role users are for development (DEBUG on). Use --force to create them anyway.")
        User = get_user_model()
        for username, group_name, first_name in ROLES:
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                raise CommandError(f"Group {group_name!r} is missing: run `python manage.py migrate` first.")
            if User.objects.filter(username=username).exists():
                self.stdout.write(f"Demo user '{username}' ({group_name}) already exists.")
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username=username, password=password, first_name=first_name)
            user.groups.add(group)
            self.stdout.write(self.style.SUCCESS(f"Created demo user  {username} ({group_name})  password: {password}"))
