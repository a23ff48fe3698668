"""Where a visit came from, reduced to a few words before anything is stored.

The beacon sends ``document.referrer`` and the page's own ``utm_*`` values; the
full referrer URL is only read here, in memory, and never stored or logged.
What is kept is a category (search, social, e-mail/none, partner, internal,
other), a partner domain only when editors listed it as a ReachSource, and a
utm value only when it is on their list (anything else becomes "other"). So
nobody can write free text into the counts.
"""

from urllib.parse import urlsplit

from .models import OTHER, PARTNER, UTM_CAMPAIGN, UTM_MEDIUM, UTM_SOURCE, VALUE_LENGTH

#: Webmail: a click in a mailing, counted with "no referrer" (most mail apps send none).
MAIL_HOSTS = ("mail.google.com", "outlook.live.com", "outlook.office.com", "outlook.office365.com", "mail.yahoo.com")
#: Host names (or their last labels) of search engines and social networks.
SEARCH_HOSTS = ("google.", "bing.com", "duckduckgo.com", "ecosia.org", "startpage.com", "qwant.com", "yahoo.com")
SOCIAL_HOSTS = (
    "facebook.com",
    "instagram.com",
    "t.co",
    "twitter.com",
    "x.com",
    "linkedin.com",
    "lnkd.in",
    "tiktok.com",
    "youtube.com",
    "reddit.com",
    "snapchat.com",
    "pinterest.com",
    "whatsapp.com",
    "wa.me",
    "threads.net",
    "bsky.app",
)
MAX_URL_LENGTH = 2000


def _host(url):
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def _matches(host, domain):
    """Host is the domain or one of its subdomains; a "google." entry matches any google.<tld>."""
    if domain.endswith("."):
        return host.startswith(domain) or f".{domain}" in f".{host}"
    return host == domain or host.endswith(f".{domain}")


def referrer_category(referrer, own_host, partners):
    """(category, partner domain or "") of a referrer URL."""
    host = _host(referrer)
    if host is None:
        return "none", ""
    if host == own_host:
        return "internal", ""
    for domain in sorted(partners, key=len, reverse=True):
        if _matches(host, domain):
            return "partner", domain
    if any(_matches(host, mail) for mail in MAIL_HOSTS):
        return "none", ""
    if any(_matches(host, domain) for domain in SEARCH_HOSTS):
        return "search", ""
    if any(_matches(host, domain) for domain in SOCIAL_HOSTS):
        return "social", ""
    return "other", ""


def campaign_value(value, allowed):
    """A utm value on the editors' list, "" when none was given, "other" for anything else."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or len(value) > VALUE_LENGTH:
        return OTHER
    value = value.strip().lower()
    return value if value in allowed else OTHER


def source_of(data, own_host, listed):
    """The source columns of a count from a beacon's body; ``listed`` is {kind: set of values} of the
    ReachSource snippets (reach/lookup.py)."""
    referrer, partner = referrer_category(data.get("referrer"), (own_host or "").lower(), listed.get(PARTNER, ()))
    return {
        "referrer": referrer,
        "partner": partner,
        **{
            kind: campaign_value(data.get(kind), listed.get(kind, ()))
            for kind in (UTM_SOURCE, UTM_MEDIUM, UTM_CAMPAIGN)
        },
    }
