"""Blocks for audience modules: the reusable pieces campaigns and guidance pages show.

A module (pages.models.modules.AudienceModule, a snippet) holds one or more of
these blocks. Every block works without JavaScript: the quiz is a GET form the
server marks, checklists and steps are plain lists.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .content import SHORT_RICH_TEXT_FEATURES, CallToActionBlock, VideoBlock
from .links import LinkBlock

__all__ = [
    "ChecklistBlock",
    "StepsBlock",
    "HelplineCardBlock",
    "QuizBlock",
    "MessageSlotBlock",
    "AwarenessQuestionBlock",
    "ModuleContentBlock",
]


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Point")), label=_("Points"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "pages/blocks/checklist.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(label=_("Explanation"), features=SHORT_RICH_TEXT_FEATURES, required=False)


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step plan")
        template = "pages/blocks/steps.html"


class HelplineCardBlock(blocks.StructBlock):
    """Shows a help service from the help directory: edited once, up to date everywhere."""

    service = SnippetChooserBlock("pages.HelpService", label=_("Help service"))
    note = blocks.CharBlock(label=_("Note"), required=False, help_text=_("Optional: why this service fits here."))

    class Meta:
        icon = "help"
        label = _("Helpline card")
        template = "pages/blocks/helpline_card.html"


class QuizStatementBlock(blocks.StructBlock):
    statement = blocks.CharBlock(label=_("Statement"))
    is_true = blocks.BooleanBlock(label=_("This statement is true"), required=False)
    explanation = blocks.TextBlock(label=_("Explanation shown after answering"))


class QuizBlock(blocks.StructBlock):
    """A true/false quiz marked by the server, so it works without JavaScript.

    The answers travel in the query string (?quiz=<id>&a0=true…) and are never stored.
    """

    heading = blocks.CharBlock(label=_("Heading"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    statements = blocks.ListBlock(QuizStatementBlock(), label=_("Statements"), min_num=1)

    class Meta:
        icon = "help"
        label = _("True or false quiz")
        template = "pages/blocks/quiz.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        quiz_key = str(parent_context.get("block_id") or "quiz")[:8]
        request = parent_context.get("request")
        submitted = request is not None and request.GET.get("quiz") == quiz_key
        items = []
        for number, statement in enumerate(value["statements"]):
            answer = request.GET.get(f"a{number}") if submitted else None
            if answer not in ("true", "false"):
                answer = None
            items.append(
                {
                    "number": number,
                    "statement": statement["statement"],
                    "is_true": statement["is_true"],
                    "explanation": statement["explanation"],
                    "answer": answer,
                    "correct": answer is not None and (answer == "true") == statement["is_true"],
                }
            )
        context.update(
            {
                "quiz_key": quiz_key,
                "quiz_id": f"quiz-{quiz_key}",
                "items": items,
                "submitted": submitted,
                "score": sum(item["correct"] for item in items),
                "answered": sum(item["answer"] is not None for item in items),
            }
        )
        return context


class MessageSlotBlock(LinkBlock):
    """A place for a campaign message. With a tested message chosen, it shows that message
    slot's default variant, or the visitor's variant while an experiment runs
    (messaging/); otherwise the message written here."""

    slot = blocks.CharBlock(
        label=_("Slot name"),
        help_text=_("A short name for this place, for example: campaign-hero-parents."),
    )
    message = SnippetChooserBlock(
        "messaging.MessageSlot",
        label=_("Tested message"),
        required=False,
        help_text=_("Optional. When chosen, its variants replace the message below, which stays as a fallback."),
    )
    headline = blocks.CharBlock(label=_("Headline"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"), required=False)

    class Meta:
        icon = "pick"
        label = _("Message slot")
        template = "pages/blocks/message_slot.html"
        form_layout = ["slot", "message", "headline", "text", "button_label", "page", "url"]
        link_required = False  # a message may have no button
        link_text_block = "button_label"


class AwarenessQuestionBlock(blocks.StructBlock):
    """An awareness question (awareness/, a snippet reviewed like a message): its answers are counted
    only as totals. One that compares before and after is moved to its half's place in the module."""

    question = SnippetChooserBlock("awareness.AwarenessQuestion", label=_("Question"))

    class Meta:
        icon = "help"
        label = _("Awareness question")
        template = "pages/blocks/awareness_question.html"


class ModuleContentBlock(blocks.StreamBlock):
    checklist = ChecklistBlock()
    steps = StepsBlock()
    helpline_card = HelplineCardBlock()
    quiz = QuizBlock()
    video = VideoBlock()
    message_slot = MessageSlotBlock()
    awareness_question = AwarenessQuestionBlock()
    call_to_action = CallToActionBlock()
