"""Review reminders: content whose "last reviewed" / "last checked" date is too old.

Help numbers must be right on the day someone in distress needs them, so help
services are due after 3 months; guidance pages and lessons after 12 (both
configurable: EDITORIAL_REVIEW_MONTHS, EDITORIAL_HELP_SERVICE_REVIEW_MONTHS).
Who is reminded follows Wagtail's permissions: a page is shown to users who
may edit it, a help service to users who may change help services.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry


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
    from pages.models import GuidancePage, HelpService, LessonPage

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
    may_change_services = user is None or policy_registry.get_by_type(HelpService).user_has_permission(user, "change")
    if may_change_services:
        for service in HelpService.objects.filter(last_checked__lt=service_limit):
            found.append(
                Due(
                    service.name,
                    str(HelpService._meta.verbose_name),
                    service.last_checked,
                    service.last_checked + service_period,
                    finder.get_edit_url(service) or "",
                )
            )
    return sorted(found, key=lambda due: due.checked_on)
