"""Lesson downloads (worksheets, letters, slide outlines) as PDF, built from data.

Why this exists: the demo loader makes every lesson download from its "pdf"
spec in demo/data/pages/lessons.yaml (title, subtitle, sections with paragraphs
and empty answer lines), so no binary files are committed and a text change is
a one-line edit. Help numbers in the spec are placeholders the loader has
already filled from demo/data/help_services.yaml. The output is deterministic
(fixed creation date): the same spec gives the same bytes.

fpdf2's built-in Helvetica is a one-byte font. fpdf2 can write it in
Windows-1252 (core_fonts_encoding), which covers Dutch letters as well as the
en dash, curly quotes, ellipsis and bullet; anything outside that is mapped
to a plain look-alike first, or to "?" as a last resort, so text never crashes.
"""

from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos

ENCODING = "windows-1252"
_LOOK_ALIKES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2015": "-",
        "\u2032": "'",
        "\u2033": '"',
        "\u201b": "'",
        "\u201f": '"',
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": "",
        "\u00ad": "",
        "\u2192": "->",
        "\u2190": "<-",
        "\u2264": "<=",
        "\u2265": ">=",
        "\u2248": "~",
        "\u0133": "ij",
        "\u0132": "IJ",
        "\u2713": "v",
        "\u2714": "v",
        "\u25cf": "\u2022",
        "\u25aa": "\u2022",
        "\u2043": "-",
    }
)
_FIXED_DATE = datetime(2026, 11, 1, tzinfo=UTC)

MARGIN = 20  # mm
LINE = 6  # mm, body line height
ANSWER_GAP = 9  # mm between answer lines


def clean(text: str) -> str:
    """Text Helvetica can print: look-alikes for rare characters, '?' for the rest."""
    text = (text or "").translate(_LOOK_ALIKES)
    return text.encode(ENCODING, "replace").decode(ENCODING)


class _Sheet(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.core_fonts_encoding = ENCODING
        self.footer_text = clean(footer_text)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)

    def footer(self):
        self.set_y(-MARGIN + 2)
        self.set_draw_color(200)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", size=9)
        self.set_text_color(90)
        self.cell(self.epw - 20, 7, self.footer_text, align="L")
        self.cell(20, 7, f"{self.page_no()}/{{nb}}", align="R")

    def paragraph(self, text: str):
        text = clean(text)
        self.set_font("Helvetica", size=11)
        self.set_text_color(20)
        if text.startswith("\u2022 "):  # a bullet, with a hanging indent
            self.cell(6, LINE, "\u2022")
            self.multi_cell(self.epw - 6, LINE, text[2:].strip(), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.multi_cell(0, LINE, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def answer_lines(self, count: int):
        self.set_draw_color(170)
        self.set_line_width(0.2)
        for _ in range(count):
            if self.will_page_break(ANSWER_GAP):
                self.add_page()
            self.set_y(self.get_y() + ANSWER_GAP)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        if count:
            self.ln(3)


def worksheet_pdf(spec: dict, footer: str, lang: str = "nl") -> bytes:
    """One PDF from a download's "pdf" dict; footer is printed on every page with "n/N".

    lang is the file's language ("nl" or "en"): pass the download's "language".
    """
    pdf = _Sheet(footer)
    pdf.set_title(spec["title"])
    if spec.get("subtitle"):
        pdf.set_subject(spec["subtitle"])
    pdf.set_lang(lang)
    pdf.set_creator("Veilig in Beeld demo")
    pdf.set_author("Veilig in Beeld")
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(0)
    pdf.multi_cell(0, 9, clean(spec["title"]), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if spec.get("subtitle"):
        pdf.ln(1)
        pdf.set_font("Helvetica", size=12)
        pdf.set_text_color(80)
        pdf.multi_cell(0, 6, clean(spec["subtitle"]), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_draw_color(120)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)

    for section in spec.get("sections", []):
        # Keep a heading together with at least its first lines.
        if pdf.will_page_break(7 + 2 * LINE):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_text_color(0)
        pdf.multi_cell(0, 7, clean(section["heading"]), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for text in section.get("paragraphs", []):
            pdf.paragraph(text)
        pdf.answer_lines(int(section.get("answer_lines") or 0))
        pdf.ln(3)
    return bytes(pdf.output())
