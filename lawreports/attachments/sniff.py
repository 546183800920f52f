"""What a downloaded file is: magic bytes first, then Content-Type, Content-Disposition, URL."""

from __future__ import annotations

import io
import re
import zipfile
from urllib.parse import unquote

from lawreports.extract.attachments import attachment_type, decode_query_value

# Content-Type → attachment type (the header is often generic: application/octet-stream).
CONTENT_TYPES: dict[str, str] = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc",
    "application/vnd.ms-word": "doc",
    "application/kswps": "wps",
    "application/vnd.ms-works": "wps",
    "application/ofd": "ofd",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/x-rar-compressed": "rar",
    "application/vnd.rar": "rar",
}
# Members that tell one ZIP-based format from another.
ZIP_MEMBERS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "xlsx"),
    ("OFD.xml", "ofd"),
    ("content.xml", "odt"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FILENAME_STAR = re.compile(r"filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)", re.I)
_FILENAME = re.compile(r'filename\s*=\s*"?([^";]+)"?', re.I)


def _zip_type(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError):
        return "zip"
    return next((kind for member, kind in ZIP_MEMBERS if member in names), "zip")


def disposition_name(header: str) -> str | None:
    """The file name of a Content-Disposition header (RFC 5987, UTF-8 or GBK percent-encoded)."""
    starred = _FILENAME_STAR.search(header)
    if starred:
        return unquote(starred.group(2), encoding=starred.group(1), errors="replace").strip()
    plain = _FILENAME.search(header)
    if plain:
        return decode_query_value(plain.group(1).strip())
    return None


def is_document(data: bytes) -> bool:
    """Whether the bytes are a PDF, an Office (ZIP) package or an OLE compound file: what a
    report link may bring instead of a page. Scrapy makes a TextResponse of a PDF whose first
    kilobytes happen to be plain text (uncompressed objects), so the class does not tell."""
    head = data[:8]
    return head.startswith((b"%PDF", b"PK\x03\x04", _OLE)) or b"%PDF-" in data[:1024]


def sniff_type(
    data: bytes, *, content_type: str = "", disposition: str = "", url: str = ""
) -> str | None:
    """The attachment type of a downloaded file, or None when it is a page or unknown."""
    head = data[:8]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    declared = (
        attachment_type(disposition_name(disposition) or "")
        or CONTENT_TYPES.get(content_type.split(";", maxsplit=1)[0].strip().lower())
        or attachment_type(url.split("?", maxsplit=1)[0])
    )
    if head.startswith(_OLE):
        return declared if declared in {"doc", "wps", "xls", "et", "ppt"} else "doc"
    if declared in {"pdf", "docx"}:  # the header says so, the bytes disagree: not that file
        return None
    return declared
