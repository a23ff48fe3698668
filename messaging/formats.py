"""Numbers as the experiment's results show them, in the active language's number format."""

from django.utils.formats import number_format


def percent(value, digits=1):
    """0.0523 → "5.2%" ("5,2%" in Dutch); "–" for no value. The ``percent`` template filter's format."""
    if value is None:
        return "–"
    digits = int(digits)
    return f"{number_format(round(float(value) * 100, digits), digits)}%"


def mean_agreement(value, digits=2):
    """3.4567 → "3.46" ("3,46" in Dutch): a mean on the agree scale of 1 to 5; "–" for no value."""
    if value is None:
        return "–"
    digits = int(digits)
    return number_format(round(float(value), digits), digits)


def signed(value, digits=2):
    """A difference of two means on the scale, with its sign: 0.234 → "+0.23", −0.1 → "−0.10"."""
    if value is None:
        return "–"
    rounded = round(float(value), int(digits))
    sign = "+" if rounded > 0 else "−" if rounded < 0 else ""
    return f"{sign}{number_format(abs(rounded), int(digits))}"
