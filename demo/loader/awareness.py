"""Awareness questions (demo/data/awareness.yaml): published, before the modules that place them."""

from awareness.models import AwarenessQuestion

from .data import DATA_ERRORS, DemoDataError, read
from .records import record

AWARENESS_FILE = "awareness.yaml"


class AwarenessLoader:
    def awareness_questions(self):
        for data in read(AWARENESS_FILE)["awareness_questions"]:
            data = dict(data)
            key = data.pop("key")
            question = AwarenessQuestion.objects.filter(name=data["name"]).first()
            if question is None:
                try:
                    question = AwarenessQuestion(**self.field_values(AwarenessQuestion, data))
                    question.full_clean()
                except DATA_ERRORS as exc:
                    raise DemoDataError(f"demo/data/{AWARENESS_FILE}: {key}: {exc!r}") from exc
                question.save()
                question.save_revision().publish()
                record(question)
            self.refs[key] = question
