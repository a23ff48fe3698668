"""The two roles and the approval workflow for messages and experiments.

- "Communicatie-experts" write message slots and experiments and submit them for
  approval; they cannot publish (approve), start or promote.
- "Campagneleiding" approve (publish), start, pause, conclude and promote.
- Workflow "Berichten en experimenten goedkeuren": one group-approval step by
  Campagneleiding, for message slots and experiments.

Permissions are created here (get_or_create) because Django and Wagtail only
create them after all migrations have run.
"""

from django.db import migrations

EXPERTS = "Communicatie-experts"
LEADS = "Campagneleiding"
WORKFLOW = "Berichten en experimenten goedkeuren"
TASK = "Goedkeuring door de campagneleiding"

MODELS = {"messageslot": "message slot", "experiment": "experiment"}
EXPERT_ACTIONS = ["add", "change", "lock", "unlock"]
LEAD_ACTIONS = EXPERT_ACTIONS + ["delete", "publish"]
LEAD_EXTRA = [("experiment", "start_experiment", "Can start, pause and conclude experiments"),
              ("experiment", "promote_experiment", "Can promote the winning variant")]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    experts, _ = Group.objects.get_or_create(name=EXPERTS)
    leads, _ = Group.objects.get_or_create(name=LEADS)
    experts.permissions.add(access_admin)
    leads.permissions.add(access_admin)
    for model, verbose in MODELS.items():
        for action in EXPERT_ACTIONS:
            experts.permissions.add(permission(apps, "messaging", model, f"{action}_{model}", f"Can {action} {verbose}"))
        for action in LEAD_ACTIONS:
            leads.permissions.add(permission(apps, "messaging", model, f"{action}_{model}", f"Can {action} {verbose}"))
    for model, codename, name in LEAD_EXTRA:
        leads.permissions.add(permission(apps, "messaging", model, codename, name))

    # Both roles choose documents (a download goal) from every collection.
    choose_document = permission(apps, "pages", "sitedocument", "choose_document", "Can choose document")
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for group in (experts, leads):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=choose_document)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(leads)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="messaging", model=model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EXPERTS, LEADS]).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("messaging", "0001_message_slots_and_experiments"),
        ("pages", "0003_lessons_documents"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
