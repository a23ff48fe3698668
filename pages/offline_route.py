"""The "get images offline" triage: which question comes next, and which steps a route has.

The answers live only in the query string (?who=me&age=under-18&what=shared&platform=snapchat),
one GET form a question, so the route works without JavaScript and every route is an address
that is safe to share and to cache: it holds the chosen options and nothing a visitor typed.
A value that is not one of the options is never guessed at: that question is asked again with
a message (answered 400), so a mistyped or hostile link cannot show someone the wrong route.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

WHO_CHOICES = [
    ("me", _("About me")),
    ("child", _("About my child")),
    ("other", _("About someone else")),
]
AGE_CHOICES = [
    ("under-18", _("Under 18")),
    ("18-or-over", _("18 or older")),
]
WHAT_CHOICES = [
    ("shared", _("The image has been shared, or is online")),
    ("threatened", _("Someone threatens to share it, or asks for money or more images")),
]
#: The platform answer for a platform not in the directory, or when the person does not know.
OTHER_PLATFORM = "other"

#: The questions in order: (query name, its choices; None for the platforms, read from the directory).
QUESTIONS = [("who", WHO_CHOICES), ("age", AGE_CHOICES), ("what", WHAT_CHOICES), ("platform", None)]
QUESTION_NAMES = [name for name, _choices in QUESTIONS]

#: Every step's heading (the order is in Triage.steps()); each step has a text on the page.
STEP_HEADINGS = {
    "stop-contact": _("Stop the contact and do not pay"),
    "no-sharing-minor": _("Do not save, screenshot or forward the image"),
    "no-sharing": _("Do not forward or download the image"),
    "evidence": _("Write down what happened"),
    "police": _("Going to the police? Do that first"),
    "report": _("Use the platform's report button"),
    "notice": _("Write an official notice (EU law)"),
    "take-it-down": _("Block the image with Take It Down"),
    "stop-ncii": _("Block the image with StopNCII"),
    "helpwanted": _("Get help from Helpwanted"),
    "meldpunt": _("Report it to Meldpunt Kinderporno"),
}


@dataclass
class Triage:
    """Where a visitor is: the valid answers so far, the next question (None: the route), an error."""

    answers: dict = field(default_factory=dict)
    question: str | None = None
    invalid: bool = False
    platform: object = None  # the chosen Platform, None for "other"

    @property
    def is_route(self):
        return self.question is None

    @property
    def under_18(self):
        return self.answers.get("age") == "under-18"

    @property
    def threatened(self):
        return self.answers.get("what") == "threatened"

    def number(self):
        """The question's number, counting only the questions this visitor is asked."""
        asked = [name for name in QUESTION_NAMES if not self.skips(name)]
        return asked.index(self.question) + 1 if self.question in asked else len(asked)

    def total(self):
        return len([name for name in QUESTION_NAMES if not self.skips(name)])

    def skips(self, name):
        # A parent asks about their child: the image is of someone under 18.
        return name == "age" and self.answers.get("who") == "child"

    def earlier(self):
        """The answers before the current question, for the form's hidden fields (in order)."""
        return [(name, self.answers[name]) for name in QUESTION_NAMES if name in self.answers and not self.skips(name)]

    def without(self, name):
        """The query of the answers before ``name``: the address of that question again."""
        kept = []
        for question in QUESTION_NAMES:
            if question == name:
                break
            if question in self.answers and not self.skips(question):
                kept.append((question, self.answers[question]))
        return kept

    def previous_question(self):
        """The question before the current one (or before the route), or None on the first."""
        asked = [name for name in QUESTION_NAMES if not self.skips(name)]
        position = asked.index(self.question) if self.question in asked else len(asked)
        return asked[position - 1] if position > 0 else None

    def hash_takes_part(self):
        """Whether the chosen platform takes part in this route's hash service; None for "other"."""
        if self.platform is None:
            return None
        return self.platform.take_it_down if self.under_18 else self.platform.stop_ncii

    def steps(self):
        """The route's steps, in the order to take them."""
        platform = self.platform
        steps = []
        if self.threatened:
            steps.append("stop-contact")
        steps.append("no-sharing-minor" if self.under_18 else "no-sharing")
        steps.append("evidence")
        # Before any report: a platform (or the Meldpunt) that takes the image down also takes away
        # evidence the police may need, so whoever wants to go to the police goes first.
        steps.append("police")
        steps.append("report")
        if platform is None or platform.in_eu:
            steps.append("notice")
        # A hash blocks the image on every platform that takes part, so it helps even when the
        # chosen platform does not (the route then says so: hash_takes_part()).
        steps.append("take-it-down" if self.under_18 else "stop-ncii")
        steps.append("helpwanted")
        if self.under_18:
            steps.append("meldpunt")
        return steps


def read_answers(query, platforms):
    """The Triage for a query (a QueryDict or dict); ``platforms`` maps a key to its Platform."""
    triage = Triage()
    for name, choices in QUESTIONS:
        if name == "age" and triage.answers.get("who") == "child":
            triage.answers["age"] = "under-18"
            continue
        value = query.get(name)
        allowed = [*platforms, OTHER_PLATFORM] if choices is None else [key for key, _label in choices]
        if value is None or value == "":
            triage.question = name
            return triage
        repeated = hasattr(query, "getlist") and len(query.getlist(name)) > 1  # two answers: which one?
        if value not in allowed or repeated:
            triage.question, triage.invalid = name, True
            return triage
        triage.answers[name] = value
    key = triage.answers["platform"]
    triage.platform = platforms.get(key) if key != OTHER_PLATFORM else None
    return triage
