"""Remove an editor's second factor from the command line (lost device, no other admin at hand)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from second_factor.reset import reset_second_factor


class Command(BaseCommand):
    help = "Delete a user's authenticator app and recovery codes; they enrol a new one at their next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(
                f"No user named '{username}'. The user names are listed in the admin under Settings → Users."
            ) from None
        if reset_second_factor(user):
            self.stdout.write(
                self.style.SUCCESS(
                    f"The second factor of '{username}' is removed: they enrol a new one at their next sign-in."
                )
            )
        else:
            self.stdout.write(f"'{username}' has no second factor; nothing to reset.")
