"""A report that is only a file: a listing links the PDF/DOCX itself, there is no page.

The title comes from the link text that led to the file, else from the document's first line;
the date from the URL (TRS `P0YYYYMMDD…`, `/YYYYMM/` folders) when it carries one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from lawreports.attachments.memory import FileRecord
from lawreports.attachments.policy import document_lines
from lawreports.attachments.text import OK
from lawreports.discovery.titles import classify_title
from lawreports.extract.attachments import attachment_type, clean_name, query_name
from lawreports.extract.dates import date_from_url
from lawreports.extract.report import report_year
from lawreports.items import ReportItem

FROM_FILE = "attachment"
# TRS names uploaded files `P0<yyyymmdd><digits>.<ext>`: the upload day.
_TRS_FILE_DATE = re.compile(r"/P0(20\d{2})(\d{2})(\d{2})\d+\.\w+$")


def file_date(url: str) -> str | None:
    match = _TRS_FILE_DATE.search(urlsplit(url).path)
    if match is None:
        return date_from_url(url)
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return date_from_url(url)


def file_name(url: str, disposition_name: str | None, link_text: str | None) -> str:
    return (
        clean_name(link_text or "")
        or disposition_name
        or query_name(url)
        or PurePosixPath(unquote(urlsplit(url).path)).name
    )


def file_title(link_text: str | None, paragraphs: list[str]) -> str | None:
    """The link text if it names a report, else the document's first line if that does."""
    candidates = [clean_name(link_text or ""), *(p.strip() for p in paragraphs[:2])]
    for candidate in candidates:
        stem = PurePosixPath(candidate).stem if attachment_type(candidate) else candidate
        if stem and classify_title(stem).is_report:
            return stem
    return None


def report_from_file(
    record: FileRecord, *, link_text: str | None, name: str
) -> tuple[ReportItem | None, str]:
    """(the report, '') or (None, why it is not one)."""
    if record.status != OK:
        return None, f"file gives no text ({record.status})"
    title = file_title(link_text, record.paragraphs)
    if title is None:
        return None, "neither the link nor the document's first line is a report title"
    lines = document_lines(record.paragraphs, title)
    attachment = {
        "name": name,
        "url": record.url,
        "type": record.kind,
        "size": record.size,
        "sha256": record.sha256,
    }
    item = ReportItem(
        url=record.url,
        title=title,
        publish_date=file_date(record.url),
        report_year=report_year(title, lines, dated=file_date(record.url)),
        body="\n".join(lines),
        attachments=[attachment],
        body_source=FROM_FILE,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return item, ""
