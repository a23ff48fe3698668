"""`manage.py edge_vcl`: print this site's part of the Varnish configuration (vib-local.vcl).

deploy/varnish/default.vcl includes it. Written from the site's own settings, so the edge sends
the shared secret the site expects (EDGE_SHARED_SECRET), passes the admin where it really is
(WAGTAIL_ADMIN_PATH) and keeps pages as long as the page cache does (PAGE_CACHE_SECONDS).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from campaign.edge_vcl import EdgeConfigError, EdgeSite, render_local_vcl


class Command(BaseCommand):
    help = "Print vib-local.vcl (the site's part of deploy/varnish/default.vcl) from the site's settings."

    def add_arguments(self, parser):
        parser.add_argument("--backend-host", default="127.0.0.1", help="where gunicorn listens (127.0.0.1)")
        parser.add_argument("--backend-port", type=int, default=8000, help="gunicorn's port (8000)")
        parser.add_argument(
            "--probe-host", required=True, help="the Host the /healthz probe sends: one of ALLOWED_HOSTS"
        )
        parser.add_argument(
            "--purger",
            action="append",
            dest="purgers",
            help="an address or network that may PURGE (repeatable; default 127.0.0.1 and ::1)",
        )
        parser.add_argument("--insecure-cookie", action="store_true", help="vib_bucket without Secure (plain HTTP)")

    def handle(self, *args, **options):
        if options["backend_port"] not in range(1, 65536):
            raise CommandError(f"--backend-port {options['backend_port']} is not a port (1-65535)")
        site = EdgeSite(
            secret=getattr(settings, "EDGE_SHARED_SECRET", ""),
            backend_host=options["backend_host"],
            backend_port=options["backend_port"],
            probe_host=options["probe_host"],
            admin_path=settings.WAGTAIL_ADMIN_PATH,
            html_seconds=getattr(settings, "PAGE_CACHE_SECONDS", 300),
            secure_cookie=not options["insecure_cookie"],
            **({"purgers": options["purgers"]} if options["purgers"] else {}),
        )
        try:
            self.stdout.write(render_local_vcl(site), ending="")
        except EdgeConfigError as error:
            raise CommandError(str(error)) from error
