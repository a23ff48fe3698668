"""Numbers as the experiment's results show them, in the active language's number format."""

from django.utils.formats import number_format


def percent(value, digits=1):
    """0.0523 → "5.2%" ("5,2%" in Dutch); "–" for no value. The ``percent`` template filter's format."""
    if value is None:
        return "–"
    digits = int(digits)
    return f"{number_format(round(float(value) * 100, digits), digits)}%"
