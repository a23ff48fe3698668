import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign.settings.production")
django_application = get_wsgi_application()

# A fresh cached page is answered before Django's handler (core/page_cache_front.py).
from core.page_cache_front import PageCacheFront  # noqa: E402  (needs Django set up, just above)

application = PageCacheFront(django_application)
