"""An experiment's phases, which the slot, the experiment and its lifecycle all read."""

SETUP, RUNNING, PAUSED, CONCLUDED = "setup", "running", "paused", "concluded"
#: Assigning visitors (running) or holding them (paused): one at a time per slot.
ACTIVE_PHASES = [RUNNING, PAUSED]
