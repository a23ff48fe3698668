"""The address a sign-in attempt came from, for django-axes' rate limit — and for nothing else.

Behind nginx every request comes from nginx's own address; the client's is in
X-Forwarded-For, where each trusted proxy appends the address it saw. With
TRUSTED_PROXY_COUNT proxies in front, the entry that many places from the right
was written by the outermost trusted proxy; entries further left are whatever
the client sent and are ignored. Without a proxy (count 0) the header is not
read at all. (django-ipware, axes' default helper, returned no address for the
single-entry header our nginx sends, so this small rule replaces it.)
"""

from django.conf import settings


def login_client_address(request):
    proxies = getattr(settings, "LOGIN_PROXY_COUNT", 0)
    if proxies > 0:
        entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
        if len(entries) >= proxies:
            return entries[-proxies]
    return request.META.get("REMOTE_ADDR")
