"""``python manage.py check_links``: find dead and redirected links and links to unpublished pages.

Meant for cron (weekly, at night) or a run by hand before a campaign goes out.
It stores its findings (Reports → Link check in the admin shows the last run)
and keeps only the last few runs. The exit code is 0 even when links are
broken: the run did its job, and a failing cron job would only hide the
report in a mailbox; only a bad option is an error.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from editorial.links import LinkChecker, collect_links, find_problems
from editorial.models import STATUS_CHOICES, LinkCheckRun, LinkProblem

KEEP_RUNS = 10
MAX_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Checks the links in published pages, help services, audience modules and messages "
        "(dead, redirected, or pointing at an unpublished page) and stores the report for the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=5.0, help="Seconds to wait for a site to answer (default 5)."
        )
        parser.add_argument(
            "--delay",
            type=float,
            default=1.0,
            help="Seconds between two requests to the same site, to be polite (default 1.0).",
        )
        parser.add_argument(
            "--only-internal",
            action="store_true",
            help="Only check links to this site's own pages (needs no internet).",
        )
        parser.add_argument(
            "--only-host",
            action="append",
            default=[],
            metavar="HOST",
            help="Check only external links to this host, e.g. www.helpwanted.nl (may be repeated).",
        )
        parser.add_argument("--quiet", action="store_true", help="Print only the summary line.")

    def handle(self, *args, timeout, delay, only_internal, only_host, quiet, **options):
        if not 0 < timeout <= MAX_SECONDS:
            raise CommandError(f"--timeout must be more than 0 and at most {MAX_SECONDS} seconds (got {timeout:g}).")
        if not 0 <= delay <= MAX_SECONDS:
            raise CommandError(f"--delay must be between 0 and {MAX_SECONDS} seconds (got {delay:g}).")
        if only_internal and only_host:
            raise CommandError("--only-internal and --only-host cannot be combined: the first checks no hosts.")

        verbose = not quiet and options["verbosity"] >= 2
        started_at = timezone.now()
        links = collect_links()
        checked, problems = find_problems(
            links,
            LinkChecker(timeout=timeout, delay=delay),
            only_internal=only_internal,
            only_hosts=only_host,
            progress=self.show_progress if verbose else None,
        )
        with transaction.atomic():
            run = LinkCheckRun.objects.create(
                started_at=started_at, finished_at=timezone.now(), checked=checked, problems=len(problems)
            )
            LinkProblem.objects.bulk_create(LinkProblem(run=run, **problem) for problem in problems)
            older = list(LinkCheckRun.objects.order_by("-started_at", "-pk").values_list("pk", flat=True)[KEEP_RUNS:])
            LinkCheckRun.objects.filter(pk__in=older).delete()

        places = len({link.source_label for link in links})
        self.print_summary(run, places, problems)
        if not quiet:
            self.print_problems(run)

    def show_progress(self, url, result):
        self.stdout.write(f"  {result.problem or 'ok':<10} {url}")

    def print_summary(self, run, places, problems):
        counts = ", ".join(
            f"{sum(p['status'] == status for p in problems)} {status}" for status, _label in STATUS_CHOICES
        )
        line = f"Checked {run.checked} links in {places} places: {run.problems} problems ({counts})."
        self.stdout.write(self.style.WARNING(line) if run.problems else self.style.SUCCESS(line))

    def print_problems(self, run):
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        everything = list(run.link_problems.all())
        for status, _label in STATUS_CHOICES:
            problems = [problem for problem in everything if problem.status == status]
            if not problems:
                continue
            self.stdout.write("")
            self.stdout.write(self.style.MIGRATE_HEADING(f"{status.upper()} ({len(problems)})"))
            for problem in problems:
                code = f"{problem.status_code} " if problem.status_code else ""
                self.stdout.write(f"- {code}{problem.url}")
                if problem.status == "redirected":
                    self.stdout.write(f"    new address: {problem.final_url}")
                elif problem.detail:
                    self.stdout.write(f"    {problem.detail}")
                self.stdout.write(f"    where: {problem.source_label}")
                if problem.edit_url:
                    self.stdout.write(f"    edit:  {base_url}{problem.edit_url}")
