"""The output contract: one ReportItem per report, exported as one JSON line.

The first block of fields is the stable contract documented in the README; the rest are
additions a research team wants (成文日期, 文号, provenance, hashes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(kw_only=True)
class ReportItem:
    # --- the contract ---
    url: str
    index_no: str | None = None
    title: str = ""
    publisher: str | None = None
    publish_date: str | None = None
    report_year: int | None = None
    body: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)
    site: str = ""
    region: str = ""
    # --- additions ---
    id: str | None = None
    written_date: str | None = None
    doc_no: str | None = None
    content_hash: str | None = None
    source_traditional: bool = False
    body_source: str = "page"
    update: bool = False
    previous_hash: str | None = None
    fetched_at: str | None = None
