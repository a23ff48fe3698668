"""StreamField blocks for the body of the content page types.

Every block is plain, accessible HTML (see templates/pages/blocks/). Blocks
never load third-party resources by themselves: a video stays a link until
the visitor asks for it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .links import LinkBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "SHORT_RICH_TEXT_FEATURES",
    "QuoteBlock",
    "FigureBlock",
    "VideoBlock",
    "FaqBlock",
    "CallToActionBlock",
    "RelatedGuidanceBlock",
    "CalloutBlock",
    "SourceBlock",
    "CampaignBodyBlock",
    "GuidanceBodyBlock",
    "StandardBodyBlock",
    "SourcesBlock",
]

# Headings start at h2: the page title is the one h1. "help-service" names a help service's number, chat or
# hours as the help directory has it now (pages/help_in_text.py).
RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "help-service"]
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "help-service"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "pages/blocks/quote.html"


class FigureBlock(ImageBlock):
    """Wagtail's ImageBlock (alt text or an explicit 'decorative' mark) plus a caption."""

    class Meta:
        label = _("Image")
        template = "pages/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A video that loads only after a click, always with a transcript."""

    title = blocks.CharBlock(label=_("Title"))
    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo address. It is only loaded after the visitor clicks."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=SHORT_RICH_TEXT_FEATURES,
        help_text=_("Required: a full transcript for people who cannot or will not play the video."),
    )
    has_captions = blocks.BooleanBlock(label=_("The video has captions"), required=False, default=True)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "pages/blocks/video.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=SHORT_RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "pages/blocks/faq.html"


class CallToActionBlock(LinkBlock):
    """A button to a page or an address (exactly one of the two), with a heading and a text."""

    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "pages/blocks/call_to_action.html"
        form_layout = ["heading", "text", "button_label", "page", "url"]
        link_text_block = "button_label"


class RelatedGuidanceBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    pages = blocks.ListBlock(blocks.PageChooserBlock(page_type="pages.GuidancePage"), label=_("Guidance pages"))

    class Meta:
        icon = "doc-full"
        label = _("Related guidance")
        template = "pages/blocks/related_guidance.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("important", _("Important")), ("help", _("Help"))],
        default="tip",
    )
    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Highlighted box")
        template = "pages/blocks/callout.html"


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    publisher = blocks.CharBlock(label=_("Publisher"), required=False)
    date = blocks.CharBlock(label=_("Date"), required=False, help_text=_("For example: July 2025"))
    url = blocks.URLBlock(label=_("Address"), required=False)

    class Meta:
        icon = "link-external"
        label = _("Source")


def rich_text_block():
    return blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))


class CampaignBodyBlock(blocks.StreamBlock):
    text = rich_text_block()
    quote = QuoteBlock()
    image = FigureBlock()
    video = VideoBlock()
    faq = FaqBlock()
    call_to_action = CallToActionBlock()
    related_guidance = RelatedGuidanceBlock()


class GuidanceBodyBlock(blocks.StreamBlock):
    text = rich_text_block()
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    video = VideoBlock()
    faq = FaqBlock()
    call_to_action = CallToActionBlock()


class StandardBodyBlock(blocks.StreamBlock):
    text = rich_text_block()
    callout = CalloutBlock()
    image = FigureBlock()
    faq = FaqBlock()
    call_to_action = CallToActionBlock()


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
