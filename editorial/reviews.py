"""Review reminders: content whose "last reviewed" / "last checked" date is too old.

Help numbers and report steps must be right on the day someone in distress needs
them, so help services and platforms are due after 3 months; guidance pages and lessons after 12 (both
configurable: EDITORIAL_REVIEW_MONTHS, EDITORIAL_HELP_SERVICE_REVIEW_MONTHS).
Who is reminded follows Wagtail's permissions: a page is shown to users who
may edit it, a help service or platform to users who may change those.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from pages.models import GuidancePage, HelpService, LessonPage, Platform


def months_ago(months, today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=round(months * 365.25 / 12))


@dataclass
class Due:
    title: str
    kind: str
    checked_on: datetime.date
    due_since: datetime.date
    edit_url: str


def review_settings():
    return (
        getattr(settings, "EDITORIAL_REVIEW_MONTHS", 12),
        getattr(settings, "EDITORIAL_HELP_SERVICE_REVIEW_MONTHS", 3),
    )


def overdue(user=None, today=None):
    """Everything overdue (for ``user``: only what they may edit), oldest first."""
    page_months, service_months = review_settings()
    today = today or timezone.localdate()
    finder = AdminURLFinder(user) if user is not None else AdminURLFinder()
    found = []
    page_limit = months_ago(page_months, today)
    page_period = today - page_limit
    pages = [
        *GuidancePage.objects.filter(last_reviewed__lt=page_limit),
        *LessonPage.objects.filter(last_reviewed__lt=page_limit),
    ]
    if user is not None:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change").values_list("pk", flat=True)
        editable = set(editable)
        pages = [page for page in pages if page.pk in editable]
    for page in pages:
        found.append(
            Due(
                page.title,
                str(page._meta.verbose_name),
                page.last_reviewed,
                page.last_reviewed + page_period,
                finder.get_edit_url(page) or "",
            )
        )
    service_limit = months_ago(service_months, today)
    service_period = today - service_limit
    # Help numbers and platforms' report steps change without notice: both are checked every few months.
    for model in (HelpService, Platform):
        if user is not None and not policy_registry.get_by_type(model).user_has_permission(user, "change"):
            continue
        for obj in model.objects.filter(last_checked__lt=service_limit):
            found.append(
                Due(
                    obj.name,
                    str(model._meta.verbose_name),
                    obj.last_checked,
                    obj.last_checked + service_period,
                    finder.get_edit_url(obj) or "",
                )
            )
    return sorted(found, key=lambda due: due.checked_on)
