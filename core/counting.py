"""One +1 on an aggregate counter row: every beacon's count goes through ``add_one``.

With Redis configured the +1 waits there and the flusher writes it in a batch (core/buffered_counting.py);
otherwise, or when Redis does not answer, it is written at once (core/counter_rows.py, the SQL and why
it is exact with many workers).
"""

from .buffered_counting import buffered
from .counter_rows import add_one_in_database

__all__ = ["add_one"]


def add_one(model, **cell):
    """+1 on the row of ``cell``; through Redis when counts are buffered (core/buffered_counting.py)."""
    if not buffered(model, cell):
        add_one_in_database(model, **cell)
