"""The permission to see the reach dashboard (reach.view_reach), given to the roles that read it:
Wagtail's Editors and Moderators, Communicatie-experts and Campagneleiding.

The permission is created here (get_or_create) because Django only creates permissions after all
migrations have run (as in messaging/migrations/0002_roles_and_workflow.py).
"""

from django.db import migrations

ROLES = ["Editors", "Moderators", "Communicatie-experts", "Campagneleiding"]
CODENAME = "view_reach"
NAME = "Can see the reach dashboard and campaign reports"


def give_permission(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="reach", model="reachcount")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.add(permission)


def take_permission(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(content_type__app_label="reach", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reach", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("messaging", "0002_roles_and_workflow"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="reachcount",
            options={
                "permissions": [("view_reach", NAME)],
                "verbose_name": "reach count",
                "verbose_name_plural": "reach counts",
            },
        ),
        migrations.RunPython(give_permission, take_permission),
    ]
