"""Does the site serve from this database? The last step of the restore drill (deploy/restore-drill.sh).

    manage.py check_served_site [--pages N]

Counts what the database holds (live pages, documents, images, users), then asks Django itself —
the whole middleware stack and Wagtail's page serving, through Django's test client, no network —
for each site's home page in every language and for up to N other live pages, as an anonymous
visitor over HTTPS with the site's own host name. Every answer must be 200; otherwise the command
says which address failed and exits with status 1.

The requests use a cache of their own in this process (never REDIS_URL): pages rendered from a
restored copy — maybe last week's — must not land in the live site's page cache.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from core import languages


class Command(BaseCommand):
    help = "Fetch the home pages (every language) and some live pages from this database; all must answer 200."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10, help="other live pages to fetch (default 10)")

    def handle(self, *args, pages, **options):
        started = time.monotonic()
        live = Page.objects.live().filter(depth__gt=1)
        counts = {
            "live pages": live.count(),
            "documents": get_document_model().objects.count(),
            "images": get_image_model().objects.count(),
            "users": get_user_model().objects.count(),
        }
        self.stdout.write("Database: " + ", ".join(f"{name} {number}" for name, number in counts.items()))
        sites = list(Site.objects.select_related("root_page"))
        if not sites or not counts["live pages"]:
            raise CommandError("no site or no live page in this database: nothing would be served")

        hosts = [site.hostname for site in sites]
        own_cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "drill"}}
        with override_settings(CACHES=own_cache, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, *hosts]):
            if caches["default"].__class__.__name__ != "LocMemCache":
                raise CommandError("could not switch to a private cache; not fetching pages")
            addresses = self.addresses(sites, live, pages)
            failed = []
            for host, path in addresses:
                answer = Client().get(path, HTTP_HOST=host, secure=True)
                if options["verbosity"] >= 2:
                    self.stdout.write(f"  {answer.status_code} {host}{path}")
                if answer.status_code != 200:
                    failed.append(f"{host}{path}: {answer.status_code}")
        if failed:
            raise CommandError("not served: " + "; ".join(failed))
        self.stdout.write(
            self.style.SUCCESS(f"Served: {len(addresses)} addresses answered 200 ({time.monotonic() - started:.1f} s)")
        )

    def addresses(self, sites, live, limit):
        """(host, path) of each site's home page in every language, then up to `limit` more live pages."""
        found = []
        for site in sites:
            for code in languages.public_codes():  # a language not public yet answers editors only
                with translation.override(code):
                    found.append((site.hostname, site.root_page.specific.get_url(current_site=site) or f"/{code}/"))
        for page in live.exclude(id__in=[site.root_page_id for site in sites]).order_by("path")[:limit]:
            parts = page.specific.get_url_parts()
            if parts:
                site_id, _root, path = parts
                site = next((site for site in sites if site.id == site_id), sites[0])
                found.append((site.hostname, path))
        return list(dict.fromkeys(found))
