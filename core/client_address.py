"""The address a request came from, for the two limits that need one — and for nothing else:
django-axes' limit on failed sign-ins, and the beacons' limit per sender (core/sender_limit.py,
which keeps only a daily-keyed hash of it, in the cache, for minutes).

Behind proxies every request comes from the last proxy's address; the client's is in
X-Forwarded-For, where each proxy appends the address it saw (nginx with
$proxy_add_x_forwarded_for, Varnish by itself). With TRUSTED_PROXY_COUNT proxies in front
(docs/deploy.md: nginx alone 1, nginx + Varnish 2, a load balancer in front one more) the entry
that many places from the right was written by the outermost proxy; entries further left are
whatever the client sent and are ignored. Without a proxy (count 0) the header is not read.
(django-ipware, axes' default helper, returned no address for the single-entry header nginx
sends, so this small rule replaces it.)

One request skips a proxy: with Varnish in front of the site (EDGE_SHARED_SECRET set), nginx sends
the reach beacon straight to the beacon pool (deploy/nginx/beacons.conf), so it passed one proxy
fewer than the count says. Varnish marks every request it passes with the shared secret
(X-VIB-Edge, dropped from what clients send); a request without it, while the site has an edge,
came from nginx alone and is read with one entry fewer. A client gains nothing by leaving the
header out or inventing one: through Varnish the header is always Varnish's, and without it the
count still points at the entry nginx wrote.

A wrong count must never put every sign-in on one address (five wrong passwords from anyone
would then lock out every editor, and every visitor with the same browser would be one sender to
the beacon limit), so what the count cannot explain is logged once per process
at WARNING and answered safely:

* the entry the count points at is one of our own proxies (TRUSTED_PROXY_ADDRESSES, from
  FORWARDED_ALLOW_IPS): the count is too low. The client is the nearest entry to its left that
  is not a proxy of ours: those entries were written by our proxies, not by the client.
* the header has fewer entries than the count: the count is too high. The leftmost entry is the
  address the outermost proxy saw.
* the request did not come from one of our proxies while a count is set: it went around them,
  so its header may be the client's own invention. Its peer address is used.
"""

import hmac
import ipaddress
import logging
import os

from django.conf import settings
from django.core.checks import Warning as CheckWarning

logger = logging.getLogger("core.client_address")
_warned = set()


def _warn_once(kind, message, *args):
    if kind not in _warned:
        _warned.add(kind)
        logger.warning(message, *args)


def _networks():
    entries = getattr(settings, "TRUSTED_PROXY_ADDRESSES", ["127.0.0.1", "::1"])
    if "*" in entries:
        return None  # every peer is a proxy of ours (gunicorn's FORWARDED_ALLOW_IPS=*)
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return networks


def is_trusted_proxy(address, networks):
    if networks is None:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip.version == network.version and ip in network for network in networks)


#: The shared secret Varnish sends (deploy/varnish/default.vcl; messaging/assignment.py reads the bucket with it).
EDGE_SECRET_HEADER = "HTTP_X_VIB_EDGE"


def came_past_the_edge(request):
    """Whether the site has an edge (EDGE_SHARED_SECRET) and this request did not pass it: nginx sent
    it straight on (the reach beacon, deploy/nginx/beacons.conf)."""
    secret = getattr(settings, "EDGE_SHARED_SECRET", "")
    if not secret:
        return False
    sent = request.META.get(EDGE_SECRET_HEADER, "")
    return not (sent and hmac.compare_digest(sent.encode(), secret.encode()))


def client_address(request):
    proxies = getattr(settings, "LOGIN_PROXY_COUNT", 0)
    if proxies > 1 and came_past_the_edge(request):
        proxies -= 1  # nginx alone: Varnish added no entry
    peer = request.META.get("REMOTE_ADDR")
    if proxies <= 0:
        return peer
    networks = _networks()
    if not is_trusted_proxy(peer, networks):
        _warn_once(
            "peer",
            # No address in the line: it may be a visitor's (docs/deploy.md, "Logging").
            "A request (a sign-in or a beacon) reached the site from an address that is not one of the "
            "proxies in FORWARDED_ALLOW_IPS, while TRUSTED_PROXY_COUNT=%s: its X-Forwarded-For is ignored "
            "and the sign-in and beacon limits count it by that address. Add the proxy's address to "
            "FORWARDED_ALLOW_IPS, or keep the app reachable only through the proxies "
            "(docs/deploy.md, 'Admin').",
            proxies,
        )
        return peer
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if not entries:
        _warn_once(
            "missing",
            "TRUSTED_PROXY_COUNT=%s, but a request (a sign-in or a beacon) arrived without X-Forwarded-For: "
            "the proxy does not pass the client's address, so every such request shares %s. Set "
            "`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;` in nginx "
            "(docs/deploy.md, 'Admin').",
            proxies,
            peer,
        )
        return peer
    if len(entries) < proxies:
        _warn_once(
            "too-high",
            "TRUSTED_PROXY_COUNT=%s, but X-Forwarded-For has only %s entries. Set TRUSTED_PROXY_COUNT=%s "
            "(nginx alone 1, nginx + Varnish 2, a load balancer in front one more; docs/deploy.md, "
            "'Admin'). The sign-in and beacon limits use the leftmost entry meanwhile.",
            proxies,
            len(entries),
            len(entries),
        )
        return entries[0]
    position = len(entries) - proxies
    if not is_trusted_proxy(entries[position], networks):
        return entries[position]
    nearest = position
    while nearest > 0 and is_trusted_proxy(entries[nearest], networks):
        nearest -= 1
    if is_trusted_proxy(entries[nearest], networks):
        return entries[position]  # every hop is one of ours: a request from the server itself
    _warn_once(
        "too-low",
        "TRUSTED_PROXY_COUNT=%s points at %s, one of our own proxies: the count is too low, and "
        "every sign-in and beacon would share that address (five wrong passwords from anyone would "
        "lock out every editor, and the beacon limit would take every visitor with the same browser "
        "for one sender). Set TRUSTED_PROXY_COUNT=%s (nginx alone 1, nginx + Varnish 2, a load "
        "balancer in front one more; docs/deploy.md, 'Admin'). The sign-in and beacon limits use the "
        "nearest address before the proxies meanwhile.",
        proxies,
        entries[position],
        len(entries) - nearest,
    )
    return entries[nearest]


#: The name django-axes (AXES_CLIENT_IP_CALLABLE) and allauth (second_factor/adapter.py) know it by.
login_client_address = client_address


def check_proxy_count(app_configs=None, **kwargs):
    """`check --deploy`: the count must be chosen, not left at 0 by accident (registered in
    second_factor/apps.py). 0 is a choice too, with nothing in front."""
    if "TRUSTED_PROXY_COUNT" in os.environ:
        return []
    return [
        CheckWarning(
            "TRUSTED_PROXY_COUNT is not set, so the sign-in limit counts every attempt by the "
            "proxy's address: five wrong passwords from anyone would lock out every editor. The "
            "beacon limit per sender (BEACON_SENDER_LIMIT) would likewise take every visitor with "
            "the same browser for one sender and leave their views uncounted beyond the limit.",
            hint="Set it to the proxies in front: nginx alone 1, nginx + Varnish 2, a load balancer "
            "in front one more, nothing 0 (docs/deploy.md, 'Admin').",
            id="veilig.W001",
        )
    ]
