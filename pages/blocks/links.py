"""The "page or address" block: a page chooser and an address field, read as one ``Link``.

Blocks with a button (a call to action, a message slot) are LinkBlocks with their own fields
added, so the stored JSON keeps its flat ``page`` and ``url`` children. Their templates get
``link`` (bound to the request) and use ``link.url``; ``value.link`` gives the same in Python.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..links import Link, one_of_the_two_error

__all__ = ["LinkBlock", "LinkValue"]


class LinkValue(blocks.StructValue):
    @property
    def link(self):
        text_block = self.block.meta.link_text_block
        return Link(
            page=self.get("page"),
            address=self.get("url") or "",
            text=(self.get(text_block) or "") if text_block else "",
        )


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Link to a page"), required=False)
    url = blocks.URLBlock(label=_("Or link to an address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        #: Whether the editor must choose a page or an address; one of the two at most, always.
        link_required = True
        #: The child block holding the link's text (a button label), if any.
        link_text_block = None

    def clean(self, value):
        value = super().clean(value)
        message = one_of_the_two_error(value.get("page"), value.get("url"), self.meta.link_required)
        if message:
            raise blocks.StructBlockValidationError(block_errors={"page": ErrorList([ValidationError(message)])})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link"] = value.link.bound(context.get("request"))
        return context
