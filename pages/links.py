"""A "page or address" link: the one value every call to action and message button is read as.

Editors link a button either to a page of this site (it follows the page when the page moves
or is shown in another language) or to an address elsewhere. The same rule holds wherever such a
link is stored — a StreamField block (pages/blocks/links.py) or a pair of model fields
(``LinkFields`` below) — so templates only ask ``link.url``:

* a live page: the page's URL in the active language;
* an unpublished or deleted page: no URL (a button to a page that is gone helps nobody), unless
  an address was given as well;
* otherwise the address, which may be empty.
"""

from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Link", "LinkFields", "ONE_OF_THE_TWO", "link_page_field", "link_text_field", "one_of_the_two_error"]

#: Shown when both a page and an address are filled in (or neither, where a link is required).
ONE_OF_THE_TWO = _("Choose a page or enter an address (one of the two).")


@dataclass(frozen=True)
class Link:
    page: object = None  # a wagtail Page, or None
    address: str = ""
    text: str = ""
    #: With the request, a page's URL is worked out from what the request already knows (the
    #: site, its root paths), as Wagtail's ``{% pageurl %}`` does.
    request: object = field(default=None, compare=False, repr=False)

    @property
    def url(self):
        if self.page is not None and self.page.live:
            return self.page.get_url(request=self.request)
        return self.address or ""

    @property
    def is_external(self):
        """True when the link leads away from this site (an address, not a page)."""
        return not (self.page is not None and self.page.live) and bool(self.address)

    def __bool__(self):
        return bool(self.url)

    def bound(self, request):
        """The same link, with the request its page URL is worked out for."""
        return replace(self, request=request)


def one_of_the_two_error(page, address, required):
    """The editor's mistake in a page-or-address pair, or None: both filled in, or (when a link
    is required) neither."""
    if page and address:
        return ONE_OF_THE_TWO
    if required and not page and not address:
        return ONE_OF_THE_TWO
    return None


def link_page_field(verbose_name):
    """The page half of a model's link: optional, and cleared (not cascaded) when the page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def link_text_field(verbose_name):
    """The text a model's link button shows (short: it is a button)."""
    return models.CharField(verbose_name, max_length=80, blank=True)


class LinkFields:
    """A model's page field and address field (and its link text field) read as one ``Link``.

    The columns stay as they are; only reading them is in one place::

        cta = LinkFields(page="cta_page", address="cta_url", text="cta_label")
    """

    def __init__(self, page, address=None, text=None):
        self.page, self.address, self.text = page, address, text

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return Link(
            page=getattr(obj, self.page),
            address=getattr(obj, self.address) if self.address else "",
            text=getattr(obj, self.text) if self.text else "",
        )

    def validate(self, obj, required=False):
        """Raise the model ValidationError for ``full_clean`` when the pair is filled in wrongly."""
        page = getattr(obj, f"{self.page}_id")
        address = getattr(obj, self.address) if self.address else ""
        message = one_of_the_two_error(page, address, required)
        if message:
            raise ValidationError({self.address or self.page: message})
