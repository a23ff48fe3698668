"""Tested messages: message slots with their variants, and experiments (demo/data/messages.yaml)."""

from messaging.models import Experiment, MessageSlot

from .data import DATA_ERRORS, DemoDataError, read
from .records import record

MESSAGES_FILE = "messages.yaml"


class MessageLoader:
    def message_slots(self):
        """Message slots (snippets with revisions), published; they link to pages, so they come after them."""
        for data in read(MESSAGES_FILE)["message_slots"]:
            data = dict(data)
            key = data.pop("key")  # "slot:<the slot's own key>"
            slot = MessageSlot.objects.filter(key=key.removeprefix("slot:")).first()
            if slot is None:
                variants = data.pop("variants")
                try:
                    slot = MessageSlot(key=key.removeprefix("slot:"), **self.field_values(MessageSlot, data))
                    slot.variants = self.field_value(MessageSlot, "variants", variants)
                except DATA_ERRORS as exc:
                    raise DemoDataError(f"demo/data/{MESSAGES_FILE}: {key}: {exc!r}") from exc
                slot.save()
                slot.save_revision().publish()
                record(slot)
            self.refs[key] = slot

    def experiments(self):
        """Experiments, approved (published); the demo's running one is started as a campaign lead would."""
        for data in read(MESSAGES_FILE)["experiments"]:
            data = dict(data)
            running = data.pop("running", False)
            if Experiment.objects.filter(slug=data["slug"]).exists():
                continue
            try:
                experiment = Experiment(**self.field_values(Experiment, data))
                experiment.full_clean()
            except DATA_ERRORS as exc:
                raise DemoDataError(f"demo/data/{MESSAGES_FILE}: experiment {data.get('slug')!r}: {exc!r}") from exc
            experiment.save()
            experiment.save_revision().publish()
            record(experiment)
            if running:
                # The same move as the lead's Start button: plan fixed, history entry written.
                experiment.start(None)
