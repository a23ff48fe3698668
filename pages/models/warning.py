"""The partner warning (/nl/hulp/waarschuwing/, /en/help/warning/): a short deterrence message that
partner sites place where the risk is, with a way to anonymous help (Stop it Now) one click away.

One page, four forms, all without a script or a cookie for the partner (docs/prevention.md):

- the page itself, in the site's layout: where the link card and the copy-paste snippet lead;
- ``embed/``: the message alone, for an ``<iframe>``; the only address of the site another site may
  frame, and only the origins on the partner list (``WarningPartner``) may: its
  ``frame-ancestors`` is built from that list for each response (``embed_frame_ancestors``);
- ``splash/``: a full page without images or site navigation, for a platform or search engine to
  show instead of what was asked for;
- ``partners/``: for partners, the link card and the HTML to copy.

The message is a message slot (messaging/), so a framing can be A/B-tested; the page's own fields
are the fallback when no slot is chosen. The help offered is a HelpService snippet (Stop it Now in
the demo), so its chat, phone and hours are written once.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from core import frontend_cache, languages
from upstream.csp_nonce import replace_directive

from .base import TranslatedPageMixin
from .help import HelpService

#: What the response of the embed tells the rest of the stack (core/security_headers.py reads it,
#: messaging's assignment skips it): this response may be framed by listed partners and is
#: shown alike to everyone, without any cookie.
EMBED_ATTRIBUTE = "partner_embed"


def parse_origin(line):
    """``scheme://host[:port]`` of one line, lower case, or ValidationError: nothing else can be a
    ``frame-ancestors`` source a browser compares with the framing page's origin."""
    text = line.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValidationError(_("“%(origin)s” is not an address."), params={"origin": text}) from exc
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(
            _("“%(origin)s” must start with https:// and name a site, for example https://forum.example."),
            params={"origin": text},
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValidationError(
            _("“%(origin)s”: give only the site's address, without a path, for example https://forum.example."),
            params={"origin": text},
        )
    host = parts.hostname.lower()
    if any(character in host for character in "*;' ,"):
        raise ValidationError(_("“%(origin)s” is not an address."), params={"origin": text})
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


@register_snippet
class WarningPartner(models.Model):
    """A partner site that places the warning: only its origins may frame the embed, and visits
    from it are counted by reach with the partner as source (reach/lookup.py)."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For reports, for example: Forum Example"))
    origins = models.TextField(
        _("addresses"),
        max_length=2000,
        help_text=_(
            "The addresses of the partner's pages that show the warning, one per line, without a path: "
            "https://forum.example. Only these may show it in a frame."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("origins")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("warning partner")
        verbose_name_plural = _("warning partners")

    def __str__(self):
        return self.name

    def valid_origins(self):
        """The listed origins, each once; a line that is not one (saved by hand, before validation)
        is left out, never made into a source the browser would misread."""
        found = []
        for line in self.origins.splitlines():
            try:
                found.append(parse_origin(line))
            except ValidationError:
                continue
        return list(dict.fromkeys(found))

    def clean(self):
        super().clean()
        errors, cleaned = [], []
        for line in self.origins.splitlines():
            if not line.strip():
                continue  # empty lines between addresses are fine
            try:
                cleaned.append(parse_origin(line))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError({"origins": errors})
        if not cleaned:
            raise ValidationError({"origins": _("Give at least one address.")})
        self.origins = "\n".join(dict.fromkeys(cleaned))


def embed_frame_ancestors():
    """The ``frame-ancestors`` sources of the embed: every listed partner origin, or ``'none'``."""
    origins = {origin for partner in WarningPartner.objects.all() for origin in partner.valid_origins()}
    return sorted(origins) or ["'none'"]


def partner_hosts():
    """The host names of the listed partners, for reach's partner sources."""
    return sorted({urlsplit(origin).hostname for origin in embed_frame_ancestors() if origin != "'none'"})


class PartnerWarningPage(RoutablePageMixin, TranslatedPageMixin, Page):
    headline = models.CharField(
        _("headline"), max_length=160, help_text=_("Shown when no message slot is chosen, or it is not published.")
    )
    body = models.TextField(_("text"), max_length=600, blank=True)
    message = models.ForeignKey(
        "messaging.MessageSlot",
        verbose_name=_("tested message"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A message slot whose variant replaces the headline and text above, so framings "
            "can be A/B-tested. Its button should lead to the help service below."
        ),
    )
    help_service = models.ForeignKey(
        HelpService,
        verbose_name=_("help service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The anonymous help the warning offers, for example Stop it Now. "
            "Its details come from Snippets → Help services."
        ),
    )
    help_intro = models.CharField(
        _("help introduction"),
        max_length=255,
        blank=True,
        help_text=_("One sentence above the help service, for example: Talk about it anonymously."),
    )
    card_text = models.CharField(
        _("link card text"),
        max_length=200,
        blank=True,
        help_text=_("The text of the link in the card partners copy, under the headline. Empty: a standard text."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("headline"), FieldPanel("body"), FieldPanel("message")], heading=_("Message")),
        MultiFieldPanel([FieldPanel("help_intro"), FieldPanel("help_service")], heading=_("Help")),
        FieldPanel("card_text"),
    ]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "headline", "body"]

    parent_page_types = ["pages.HelpPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("partner warning page")
        verbose_name_plural = _("partner warning pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_service"] = self.help_service
        return context

    def _render(self, request, template, route="", **extra):
        context = self.get_context(request)
        if route:
            # The language switcher, canonical and hreflang name this form of the warning in each language.
            context["language_urls"] = {
                code: f"{self.get_url_in(code, request) or ''}{route}" for code in languages.codes()
            }
        context.update(extra)
        return TemplateResponse(request, template, context)

    #: Its other forms, each an address of its own at the edge (Varnish) in every language.
    ROUTES = ("embed/", "splash/", "partners/")

    def unlisted_addresses(self):
        """Full addresses of the other forms, for the edge's purge (core/frontend_cache.py)."""
        found = []
        for code in languages.public_codes():
            address = self.get_full_url_in(code)
            if address:
                found += [address + route for route in self.ROUTES]
        return found

    @path("")
    def warning(self, request):
        return self._render(request, self.get_template(request))

    @path("embed/")
    def embed(self, request):
        # Marked before the middleware sees the response: framable by the list, no experiment, no cookie.
        setattr(request, EMBED_ATTRIBUTE, True)
        response = self._render(request, "pages/partner_warning_embed.html", route="embed/")
        # Every other page says frame-ancestors 'none' and X-Frame-Options: DENY. The CSP's list wins
        # in every current browser; X-Frame-Options cannot name several origins, so it is left off.
        replace_directive(response, "frame-ancestors", embed_frame_ancestors())
        response.xframe_options_exempt = True
        return response

    @path("splash/")
    def splash(self, request):
        return self._render(request, "pages/partner_warning_splash.html", route="splash/")

    @path("partners/")
    def partners(self, request):
        # As the canonical link: the address this request reached the site by (behind the edge, the public one).
        address = request.build_absolute_uri(self.get_url(request) or "/")
        card = render_to_string(
            "pages/includes/partner_warning_card.html", {"page": self, "address": address}, request=request
        ).strip()
        frame = render_to_string(
            "pages/includes/partner_warning_frame.html", {"page": self, "address": address}, request=request
        ).strip()
        return self._render(
            request,
            "pages/partner_warning_partners.html",
            route="partners/",
            card_html=card,
            frame_html=frame,
            address=address,
        )


def _partners_changed(sender, instance, **kwargs):
    # The embed's copy at the edge names the old list in its frame-ancestors: purge it (the site's
    # own page cache is cleared by core/cache_invalidation.py, as for every snippet).
    # After the commit, so the edge's next request reads the new list.
    def purge():
        for page in PartnerWarningPage.objects.live():
            frontend_cache.purge_page(page)

    transaction.on_commit(purge)


def connect_edge_purge():
    """Called from PagesConfig.ready()."""
    post_save.connect(_partners_changed, sender=WarningPartner, dispatch_uid="warning_partner_saved")
    post_delete.connect(_partners_changed, sender=WarningPartner, dispatch_uid="warning_partner_deleted")
