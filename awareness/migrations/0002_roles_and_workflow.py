"""Awareness questions are written by communication experts and approved by the campaign leads, in the
same workflow as messages ("Berichten en experimenten goedkeuren", messaging/migrations/0002):
experts add, change, lock and submit; leads also publish (approve) and delete."""

from django.db import migrations

EXPERTS = "Communicatie-experts"
LEADS = "Campagneleiding"
WORKFLOW = "Berichten en experimenten goedkeuren"
MODEL = "awarenessquestion"
EXPERT_ACTIONS = ["add", "change", "lock", "unlock"]
LEAD_ACTIONS = EXPERT_ACTIONS + ["delete", "publish"]


def permission(apps, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="awareness", model=MODEL)
    found, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return found


def grant_and_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for group_name, actions in ((EXPERTS, EXPERT_ACTIONS), (LEADS, LEAD_ACTIONS)):
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            for action in actions:
                group.permissions.add(permission(apps, f"{action}_{MODEL}", f"Can {action} awareness question"))
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        content_type, _ = ContentType.objects.get_or_create(app_label="awareness", model=MODEL)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("awareness", "0001_questions_and_answer_counts"),
        ("messaging", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant_and_review, migrations.RunPython.noop)]
