"""Who may be counted: not a visitor who asks not to be tracked, not a bot.

Do Not Track (``DNT: 1``), Global Privacy Control (``Sec-GPC: 1``) and bots (no
user agent, or a crawler, link preview, monitor or script) are never counted by
any beacon (A/B, guardrail, reach) and never assigned to an A/B arm other than
the control.
"""

import functools
import re

# Crawlers, link previews, monitors and command-line clients. A visitor without
# a user agent is treated as a bot as well.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|lighthouse|"
    r"pingdom|uptime|monitor|curl/|wget/|python-|httpx|go-http-client|java/|libwww|okhttp|headless-?shell",
    re.IGNORECASE,
)


def opted_out(request):
    return request.META.get("HTTP_DNT") == "1" or request.META.get("HTTP_SEC_GPC") == "1"


def is_bot(request):
    return _is_bot_agent(request.META.get("HTTP_USER_AGENT", ""))


@functools.lru_cache(maxsize=1024)
def _is_bot_agent(agent):
    """Remembered per user agent in this process: the pattern's search cost more than the rest of a
    beacon's checks, and a site sees few distinct user agents (bounded: 1,024)."""
    return not agent.strip() or bool(BOT_PATTERN.search(agent))


def is_countable(request):
    """Whether this visitor may be counted at all (and shown anything but the control)."""
    return not (opted_out(request) or is_bot(request))
