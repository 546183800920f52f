"""PDF text with pdfminer.six (CJK fonts through its bundled CMaps: UniGB-UCS2-H, STSong-Light)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTTextLine

from lawreports.attachments.layout import Line, Page, paragraphs, strip_page_furniture


def _text_lines(layout: Any) -> Iterator[Any]:
    if isinstance(layout, LTTextLine):
        yield layout
        return
    if hasattr(layout, "__iter__"):
        for child in layout:
            yield from _text_lines(child)


def _page(layout: LTPage) -> Page:
    height = float(layout.height)
    lines = [
        Line(
            text=line.get_text().replace("\n", "").strip(),
            x0=float(line.x0),
            x1=float(line.x1),
            top=height - float(line.y1),
            bottom=height - float(line.y0),
        )
        for line in _text_lines(layout)
    ]
    return Page(float(layout.width), height, [ln for ln in lines if ln.text])


def pdf_pages(data: bytes, max_pages: int = 0) -> list[Page]:
    """Positioned text lines of each page (an image-only page has none)."""
    params = LAParams(line_margin=0.3, char_margin=2.0, boxes_flow=None)
    return [
        _page(layout)
        for layout in extract_pages(io.BytesIO(data), laparams=params, maxpages=max_pages)
    ]


def pdf_paragraphs(data: bytes, max_pages: int = 0) -> list[str]:
    """The document's paragraphs without page numbers and running headers/footers."""
    return paragraphs(strip_page_furniture(pdf_pages(data, max_pages)))
