"""Text of a downloaded attachment, by type: a table of extractors, not a chain of branches."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from lawreports.attachments.ofd import ofd_paragraphs
from lawreports.attachments.pdf import pdf_paragraphs
from lawreports.attachments.word import docx_paragraphs
from lawreports.attachments.worddoc import doc_paragraphs, wps_paragraphs
from lawreports.extract.text import cjk_count

logger = logging.getLogger(__name__)

# A document with fewer characters than this has no text layer (a scan).
MIN_TEXT_CHARS = 20

EXTRACTORS: dict[str, Callable[[bytes, int], list[str]]] = {
    "pdf": pdf_paragraphs,
    "ofd": ofd_paragraphs,
    "docx": lambda data, _max_pages: docx_paragraphs(data),
    "doc": lambda data, _max_pages: doc_paragraphs(data),
    "wps": lambda data, _max_pages: wps_paragraphs(data),
}
# Types listed but not read: no reader exists for them short of an office suite, which
# lawreports does not drive (spreadsheets are no report text).
UNREADABLE: frozenset[str] = frozenset({"et", "xls", "xlsx"})

OK = "ok"
NO_TEXT = "no_text"
UNSUPPORTED = "unsupported"
FAILED = "failed"


@dataclass(frozen=True)
class Extraction:
    kind: str | None
    status: str
    paragraphs: list[str] = field(default_factory=list)
    reason: str = ""


def extract_text(data: bytes, kind: str | None, max_pages: int = 0) -> Extraction:
    """The paragraphs of a document; never raises on a broken file."""
    extractor = EXTRACTORS.get(kind or "")
    if extractor is None:
        return Extraction(kind, UNSUPPORTED, reason=f"no text extraction for {kind or 'unknown'}")
    try:
        lines = extractor(data, max_pages)
    except Exception as exc:  # a broken or encrypted file must not stop the crawl
        return Extraction(kind, FAILED, reason=f"{type(exc).__name__}: {exc}"[:200])
    chars = sum(cjk_count(ln) + sum(ch.isalnum() for ch in ln) for ln in lines)
    if chars < MIN_TEXT_CHARS:
        return Extraction(kind, NO_TEXT, reason="no text layer (scanned?)")
    return Extraction(kind, OK, lines)
