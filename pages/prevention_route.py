"""The prevention routes' questions: "I saw a nude image of someone else" and "worried about what I look at".

They follow the takedown route's rules (pages/offline_route.py): the answers live only in the query
string (?reader=young&age=under-18), one GET form a question, so a route works without JavaScript and
every address is safe to share and to cache: it holds the chosen options and nothing a visitor typed.
A value that is not one of the options is never guessed at: that question is asked again with a
message (answered 400).

The takedown triage has rules of its own (a question skipped for a parent, the platforms read from
their directory); these routes are plain lists of fixed choices, so they share this small reader
instead of bending that one.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

READER_CHOICES = [
    ("young", _("I am under 18")),
    ("adult", _("I am 18 or older")),
]
PICTURED_AGE_CHOICES = [
    ("under-18", _("Under 18")),
    ("18-or-over", _("18 or older")),
    ("not-sure", _("I do not know")),
]

#: The bystander route's questions in order: (query name, its choices).
BYSTANDER_QUESTIONS = [("reader", READER_CHOICES), ("age", PICTURED_AGE_CHOICES)]
BYSTANDER_QUESTION_HEADINGS = {"reader": _("How old are you?"), "age": _("How old is the person in the image?")}
#: The self-help page asks only which version to read.
SELF_HELP_QUESTIONS = [("reader", READER_CHOICES)]
SELF_HELP_QUESTION_HEADINGS = {"reader": _("Which version do you want to read?")}

#: Every bystander step's heading (the order is in bystander_steps()); each step has a text on the page.
BYSTANDER_STEP_HEADINGS = {
    "no-forward": _("Do not forward, save or screenshot it"),
    "law-minor": _("Sharing it is a crime, also when it is made with AI"),
    "law-adult": _("Sharing it without consent is a crime, also when it is made with AI"),
    "report": _("Report it on the platform"),
    "meldpunt": _("Report it to Meldpunt Kinderporno"),
    "support": _("Support the person"),
    "group-chat": _("What you can say in the group chat"),
    "trusted-adult": _("Tell an adult you trust"),
    "adult-role": _("If you are a parent, teacher or coach"),
}


@dataclass
class Answers:
    """Where a visitor is: the valid answers so far, the next question (None: the route), an error."""

    questions: list
    answers: dict = field(default_factory=dict)
    question: str | None = None
    invalid: bool = False

    @property
    def is_route(self):
        return self.question is None

    @property
    def names(self):
        return [name for name, _choices in self.questions]

    def number(self):
        return self.names.index(self.question) + 1 if self.question else len(self.names)

    def total(self):
        return len(self.names)

    def choices(self):
        return dict(self.questions)[self.question] if self.question else []

    def earlier(self):
        """The answers before the current question, for the form's hidden fields (in order)."""
        return [(name, self.answers[name]) for name in self.names if name in self.answers]

    def without(self, name):
        """The answers before ``name``: the query of that question again."""
        names = self.names
        return [(other, self.answers[other]) for other in names[: names.index(name)] if other in self.answers]

    def previous_question(self):
        """The question before the current one (or before the route), or None on the first."""
        names = self.names
        position = names.index(self.question) if self.question else len(names)
        return names[position - 1] if position > 0 else None

    def label(self, name):
        """The chosen option's label, for "your answers" on the route."""
        return dict(dict(self.questions)[name]).get(self.answers.get(name), "")


def read_answers(query, questions):
    """The Answers for a query (a QueryDict or dict) to ``questions`` [(name, choices)], in order."""
    found = Answers(questions=questions)
    for name, choices in questions:
        value = query.get(name)
        if value is None or value == "":
            found.question = name
            return found
        repeated = hasattr(query, "getlist") and len(query.getlist(name)) > 1  # two answers: which one?
        if value not in dict(choices) or repeated:
            found.question, found.invalid = name, True
            return found
        found.answers[name] = value
    return found


def bystander_steps(answers):
    """The bystander route's steps, in the order to take them: the first minute decides how far an
    image spreads, so not passing it on comes first, then reporting, then the person."""
    maybe_minor = answers.answers.get("age") != "18-or-over"  # not sure: treat it as someone under 18
    steps = ["no-forward", "law-minor" if maybe_minor else "law-adult", "report"]
    if maybe_minor:
        steps.append("meldpunt")
    steps += ["support", "group-chat"]
    steps.append("trusted-adult" if answers.answers.get("reader") == "young" else "adult-role")
    return steps
