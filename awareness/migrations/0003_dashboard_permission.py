"""The awareness dashboard's permission, given to the communication experts and the campaign leads; and the mark
of a question whose answers the demo simulated."""

from django.db import migrations, models

GROUPS = ("Communicatie-experts", "Campagneleiding")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="awareness", model="answercount")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_awareness", defaults={"name": "Can see the awareness dashboard"}
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0002_roles_and_workflow"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="answercount",
            options={"default_permissions": (), "permissions": [("view_awareness", "Can see the awareness dashboard")]},
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
        migrations.AddField(
            model_name="awarenessquestion",
            name="answers_simulated",
            field=models.BooleanField(default=False, editable=False),
        ),
    ]
