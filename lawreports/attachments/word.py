"""DOCX text with python-docx: body paragraphs and table rows in document order.

Headers, footers and page-number fields live in other parts of the package, so the body
never carries them.
"""

from __future__ import annotations

import io

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from lawreports.extract.text import squash_spaces

_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_TBL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl"


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = squash_spaces(cell.text.replace("\n", " "))
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            lines.append(" ".join(cells))
    return lines


def docx_paragraphs(data: bytes) -> list[str]:
    document = Document(io.BytesIO(data))
    out: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == _P:
            text = squash_spaces(Paragraph(child, document).text)
            if text:
                out.append(text)
        elif child.tag == _TBL:
            out.extend(_table_lines(Table(child, document)))
    return out
