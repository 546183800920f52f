"""Real office documents for fixture sites and tests, made on the fly.

PDFs are typeset by reportlab with the Adobe CID font STSong-Light (so the text is encoded through
the UniGB-UCS2-H CMap, as in PDFs that offices export), with a running header and `— N —` page
numbers; DOCX files are written by python-docx with a header, a footer and a table. No Python
library writes Word 97–2003 (`.doc`): that one is a file made once (`tests/data/documents/`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

FONT = "STSong-Light"


@cache
def _register_font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def report_pdf(title: str, paragraphs: Sequence[str], running_header: str) -> bytes:
    """A typeset report: centred title, indented paragraphs, header and page number on each page."""
    font = _register_font()
    size = 12
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=size,
        leading=size * 1.6,
        firstLineIndent=size * 2,
        wordWrap="CJK",
    )
    heading = ParagraphStyle(
        "title", fontName=font, fontSize=18, leading=28, alignment=1, wordWrap="CJK"
    )

    def furniture(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, running_header)
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        topMargin=28 * mm,
        bottomMargin=25 * mm,
        leftMargin=26 * mm,
        rightMargin=26 * mm,
        title=title,
    )
    story = [Paragraph(title, heading), Spacer(1, 8 * mm)]
    story += [Paragraph(p, body) for p in paragraphs]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF of page images only (drawn shapes, no text layer), like a scanner's output."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(pages):
        for row in range(30):
            canvas.rect(
                30 * mm,
                (250 - row * 7) * mm,
                (140 - (row * 7 + n) % 40) * mm,
                3 * mm,
                fill=1,
                stroke=0,
            )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def report_docx(
    title: str | None, paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()
) -> bytes:
    """A Word report: optional title line, paragraphs, an optional table, header and footer."""
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "内部资料 注意保存"
    section.footer.paragraphs[0].text = "第 1 页"
    if title:
        heading = document.add_paragraph()
        run = heading.add_run(title)
        run.font.size = Pt(18)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def big_zip(size: int) -> bytes:
    """A stored (uncompressed) ZIP of about `size` bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("data.bin", b"\0" * size)
    return out.getvalue()


DOC_FILE = Path(__file__).resolve().parent.parent / "data" / "documents" / "report-004.doc"
# What the .doc holds after seed 004's title and report text (its README says how it was made).
DOC_TABLE_LINES = ("项目 数量", "行政复议 24件")


def report_doc() -> bytes:
    """A Word 97–2003 report: seed 004's title and text, then a two-row table; header, footer."""
    return DOC_FILE.read_bytes()
