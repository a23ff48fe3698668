"""What a campaign lead does with an experiment: start, pause, resume, conclude, promote the winner.

Each transition locks the experiment's row and reads its phase afresh (two leads clicking
"start" at once must not start it twice), refuses what the phase does not allow with a
``TransitionError`` the lead can read, changes only the lead's control fields, writes an
entry in Wagtail's history and, after the commit, drops the cached running experiments
and cached pages. Drafts and revisions are left as they are: ``Experiment.with_content_json``
keeps the control fields when a revision is published.

The admin views, the demo loader and commands all go through these methods, so the
rules live in one place. ``user`` is None when the site itself acts (the demo loader).
The cached running experiments are dropped by the receiver of ``experiment_moved``
(messaging/signals.py: that cache reads the models, which do not import it back); the page
cache (core, below every app) is emptied here.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core import page_cache

from ..anytime import ANYTIME_WINS as VARIANT_WINS
from ..placement import shown_to_visitors
from ..results import experiment_results
from .phases import ACTIVE_PHASES, CONCLUDED, PAUSED, RUNNING, SETUP

#: What a campaign lead sets in motion; kept when a revision is published.
CONTROL_FIELDS = ["phase", "started_at", "concluded_at", "planned_per_arm", "winner", "salt", "arm_order"]


#: Sent after the commit of every transition (``sender``: the model, ``experiment``, ``action``).
experiment_moved = Signal()


class TransitionError(ValueError):
    """The experiment cannot make this move now; ``str()`` is a translated message for the lead."""


class ExperimentLifecycle:
    """Mixed into Experiment (messaging/models/experiments.py)."""

    def start(self, user):
        """Fix the plan (sample size, arms) and let visitors see the variants."""
        with transaction.atomic():
            self._lock()
            if self.phase != SETUP:
                raise TransitionError(_("This experiment has already started."))
            if not self.live or self.workflow_in_progress:
                raise TransitionError(_("An experiment can start only after it has been approved (published)."))
            if not self.slot.live:
                raise TransitionError(
                    _("The message slot “%(slot)s” is not published yet: approve it first.") % {"slot": self.slot.name}
                )
            if not shown_to_visitors(self):
                raise TransitionError(
                    _(
                        "The message slot “%(slot)s” is not on any published page for this experiment's visitors "
                        "(its languages and audiences), so nobody would see the variants. Ask an editor to place "
                        "it on a page and publish that page first."
                    )
                    % {"slot": self.slot.name}
                )
            if self.ends_on and self.ends_on < timezone.localdate():
                raise TransitionError(_("The experiment's last day has passed: choose a later last day first."))
            if type(self).objects.filter(slot=self.slot, phase__in=ACTIVE_PHASES).exclude(pk=self.pk).exists():
                raise TransitionError(_("Another experiment is already testing this message slot."))
            try:
                self.full_clean()
            except ValidationError as problem:
                raise TransitionError(_("The experiment is not complete: %(problem)s") % {"problem": problem}) from None
            self.planned_per_arm = self.planned_sample()
            self.arm_order = ",".join(self.arm_keys())
            self.phase = RUNNING
            self.started_at = timezone.now()
            self._record(
                "start",
                user,
                ["planned_per_arm", "arm_order", "phase", "started_at"],
                {"planned_per_arm": self.planned_per_arm},
            )

    def pause(self, user):
        """Everyone sees the default variant again and nothing is counted, until resumed."""
        self._move("pause", user, [RUNNING], _("Only a running experiment can be paused."), phase=PAUSED)

    def resume(self, user):
        self._move("resume", user, [PAUSED], _("Only a paused experiment can be resumed."), phase=RUNNING)

    def conclude(self, user):
        """End the experiment without changing the slot: it shows its default variant again."""
        self._move(
            "conclude",
            user,
            ACTIVE_PHASES,
            _("Only a running or paused experiment can be concluded."),
            phase=CONCLUDED,
            concluded_at=timezone.now(),
        )

    def promote(self, user, variant=None, reason=""):
        """Make the winning variant the slot's default (a new published revision) and conclude.

        Only the winner of the results page's verdict (the anytime-valid one, messaging/results.py)
        can be promoted; ``variant``, when given, must be it.
        While a guardrail alert stands for the winner (more quick exits, less help-seeking), only a
        user with ``override_guardrail`` (campaign leads) can promote it, and only with a reason,
        which goes into the history. Returns the promoted variant's key.
        """
        with transaction.atomic():
            self._lock()
            if self.phase not in ACTIVE_PHASES:
                raise TransitionError(_("Only a running or paused experiment can have a winner promoted."))
            result = experiment_results(self)
            winner = result["winner"]
            if result["verdict"] != VARIANT_WINS or not winner:
                raise TransitionError(
                    _("There is no winner to promote: %(verdict)s") % {"verdict": result["verdict_text"]}
                )
            if variant is not None and variant != winner:
                raise TransitionError(
                    _("Variant %(key)s is not the winner: only variant %(winner)s can be promoted.")
                    % {"key": variant.upper(), "winner": winner.upper()}
                )
            if result["srm_warning"]:
                raise TransitionError(
                    _("The traffic split is off, so the winner cannot be trusted. Find the cause first.")
                )
            alerts = [alert for alert in result["guardrails"]["alerts"] if alert["variant"] == winner]
            reason = (reason or "").strip()
            if alerts and not reason:
                raise TransitionError(
                    _(
                        "A guardrail alert stands for variant %(key)s: %(alerts)s "
                        "A campaign lead can still promote it by writing down the reason."
                    )
                    % {"key": winner.upper(), "alerts": " ".join(alert["text"] for alert in alerts)}
                )
            if alerts and not (user is not None and user.has_perm("messaging.override_guardrail")):
                raise TransitionError(_("Only a campaign lead can promote a variant despite a guardrail alert."))
            slot = self.slot
            slot.default_variant = winner
            revision = slot.save_revision(user=user, log_action=True)
            revision.publish(user=user)
            self.winner = winner
            self.phase = CONCLUDED
            self.concluded_at = timezone.now()
            if alerts:
                data = {"winner": winner, "reason": reason, "alerts": [alert["text"] for alert in alerts]}
                self._record("promote_despite_guardrail", user, ["winner", "phase", "concluded_at"], data)
            else:
                self._record("promote", user, ["winner", "phase", "concluded_at"], {"winner": winner})
        return winner

    # -- shared steps ------------------------------------------------------------------
    def _move(self, action, user, allowed_phases, refusal, **changes):
        """A move that needs only the right phase: check it, then change ``changes`` and record."""
        with transaction.atomic():
            self._lock()
            if self.phase not in allowed_phases:
                raise TransitionError(refusal)
            for name, value in changes.items():
                setattr(self, name, value)
            self._record(action, user, list(changes))

    def _lock(self):
        """Lock the row and take the control fields as stored: another request may have moved it."""
        stored = type(self).objects.select_for_update().filter(pk=self.pk).values(*CONTROL_FIELDS).get()
        for name, value in stored.items():
            setattr(self, name, value)

    def _record(self, action, user, fields, data=None):
        # An UPDATE of the control fields only: a pending draft of the experiment is not published by a start.
        type(self).objects.filter(pk=self.pk).update(**{name: getattr(self, name) for name in fields})
        log(instance=self, action=f"messaging.{action}", user=user, data=data or {})
        transaction.on_commit(lambda: experiment_moved.send(sender=type(self), experiment=self, action=action))
        transaction.on_commit(page_cache.invalidate)
