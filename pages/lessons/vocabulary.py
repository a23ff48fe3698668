"""The fixed vocabularies of lesson metadata, as Dutch teachers know them.

School levels are structured values, one key per year: PO groep 1–8
("po-1" … "po-8"), VO leerjaar 1–6 ("vo-1" … "vo-6") and MBO niveau 1–4
("mbo-1" … "mbo-4"), so that "VO", "VO onderbouw" or "groep 7" can all be
filtered on with a plain LIKE on the stored key list (pages/fields.py).
"""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core import languages

# Labels are built when shown, so they follow the visitor's language.
_format_lazy = lazy(lambda template, **values: str(template) % values, str)

SECTORS = {
    # key: (label, number of years, how a single year is named)
    "po": (_("Primary school (PO)"), 8, pgettext_lazy("school level", "PO group %(years)s")),
    "vo": (_("Secondary school (VO)"), 6, pgettext_lazy("school level", "VO year %(years)s")),
    "mbo": (_("Vocational (MBO)"), 4, pgettext_lazy("school level", "MBO level %(years)s")),
}
#: The "whole sector" option of the level filter.
ALL_OF_SECTOR = {"po": _("All PO lessons"), "vo": _("All VO lessons"), "mbo": _("All MBO lessons")}

LEVEL_CHOICES = [
    (f"{sector}-{year}", _format_lazy(year_label, years=year))
    for sector, (_label, years, year_label) in SECTORS.items()
    for year in range(1, years + 1)
]

#: Groups a teacher filters on besides a whole sector or a single year.
LEVEL_GROUPS = {
    "po-onderbouw": (_("PO groups 1–4"), ["po-1", "po-2", "po-3", "po-4"]),
    "po-middenbouw": (_("PO groups 5–6"), ["po-5", "po-6"]),
    "po-bovenbouw": (_("PO groups 7–8"), ["po-7", "po-8"]),
    "vo-onderbouw": (_("VO lower years (1–3)"), ["vo-1", "vo-2", "vo-3"]),
    "vo-bovenbouw": (_("VO upper years (4–6)"), ["vo-4", "vo-5", "vo-6"]),
}


def level_filter_choices():
    """(optgroup label, [(value, label), ...]) per sector for the filter's <select>."""
    groups = []
    for sector, (label, _years, _year_label) in SECTORS.items():
        options = [(sector, ALL_OF_SECTOR[sector])]
        options += [
            (key, group_label) for key, (group_label, _keys) in LEVEL_GROUPS.items() if key.startswith(sector + "-")
        ]
        options += [(key, year) for key, year in LEVEL_CHOICES if key.startswith(sector + "-")]
        groups.append((label, options))
    return groups


def level_filter_keys(value):
    """The level keys a filter value stands for, or None when the value is unknown."""
    if value in SECTORS:
        return [key for key, _label in LEVEL_CHOICES if key.startswith(value + "-")]
    if value in LEVEL_GROUPS:
        return list(LEVEL_GROUPS[value][1])
    if value in dict(LEVEL_CHOICES):
        return [value]
    return None


def describe_levels(keys):
    """Level keys as teachers say them: ["po-7", "po-8", "vo-1"] → ["PO group 7–8", "VO year 1"]."""
    parts = []
    for sector, (_label, _years, year_label) in SECTORS.items():
        years = sorted(int(key.split("-")[1]) for key in keys if key.startswith(sector + "-"))
        runs = []
        for year in years:
            if runs and year == runs[-1][1] + 1:
                runs[-1][1] = year
            else:
                runs.append([year, year])
        for first, last in runs:
            span = str(first) if first == last else f"{first}–{last}"
            parts.append(str(year_label % {"years": span}))
    return parts


SUBJECT_CHOICES = [
    ("burgerschap", _("Citizenship")),
    ("mediawijsheid", _("Media literacy")),
    ("mentorles", _("Mentor lesson / study and career guidance (SLB)")),
    ("relaties-seksualiteit", _("Relationships and sexuality")),
    ("maatschappijleer", _("Social studies")),
    ("informatica", _("Computer science and digital literacy")),
    ("levensbeschouwing", _("Religious and worldview education")),
    ("nederlands", _("Dutch language")),
]

DOWNLOAD_KIND_CHOICES = [
    ("worksheet", _("Worksheet")),
    ("slides", _("Slides")),
    ("letter-to-parents", _("Letter to parents")),
    ("teacher-guide", _("Teacher guide")),
    ("other", _("Other material")),
]

CC_BY = "cc-by-4.0"
LICENCES = {
    # key: (name, licence deed URL)
    CC_BY: ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-by-sa-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc-by-nc-4.0": ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    "cc-by-nc-sa-4.0": ("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    "cc0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "other": (_("Other licence (described below)"), ""),
}
LICENCE_CHOICES = [(key, name) for key, (name, _url) in LICENCES.items()]

#: Lessons in a language: Dutch always; English when the lesson has an English title.
LANGUAGE_FILTER_CHOICES = languages.choices()
