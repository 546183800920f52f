"""附件 links: recognised by extension, `showname=`/`filename=` values or `附件` link text."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import html as lxml_html

from lawreports.extract.text import squash_spaces

ATTACHMENT_TYPES: frozenset[str] = frozenset(
    {
        "pdf",
        "doc",
        "docx",
        "wps",
        "ofd",
        "xls",
        "xlsx",
        "et",
        "zip",
        "rar",
        "7z",
        "txt",
        "ppt",
        "pptx",
        "csv",
    }
)
# Types whose text we can extract; everything else is listed but never fetched.
TEXT_TYPES: frozenset[str] = frozenset({"pdf", "docx"})
_NAME_PREFIX = re.compile(r"^\s*(?:附件\s*\d*\s*[:：.、]?\s*)")
_OUTSIDE = frozenset({"header", "footer", "nav"})


def attachment_type(name_or_path: str) -> str | None:
    suffix = PurePosixPath(unquote(name_or_path).lower().rstrip("/")).suffix.lstrip(".")
    return suffix if suffix in ATTACHMENT_TYPES else None


def _query_name(url: str) -> str | None:
    query = parse_qs(urlsplit(url).query)
    for key in ("showname", "filename", "fileName", "name", "file"):
        for value in query.get(key, []):
            if attachment_type(value):
                return value
    return None


def classify_link(url: str, text: str) -> tuple[str, str] | None:
    """(name, type) when a link is an attachment, else None."""
    path = urlsplit(url).path
    query_name = _query_name(url)
    kind = attachment_type(path) or (attachment_type(query_name) if query_name else None)
    text_kind = attachment_type(text)
    if not kind and text_kind and text.lstrip().startswith("附件"):
        kind = text_kind
    if not kind:
        return None
    name = _NAME_PREFIX.sub("", text).strip() or query_name or PurePosixPath(unquote(path)).name
    return name, kind


def _inside_furniture(el: lxml_html.HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _OUTSIDE for a in el.iterancestors())


def find_attachments(root: lxml_html.HtmlElement, base_url: str) -> list[dict[str, str]]:
    seen: set[str] = set()
    found: list[dict[str, str]] = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:")) or _inside_furniture(a):
            continue
        url = urljoin(base_url, href)
        text = squash_spaces(a.text_content() or a.get("title") or "")
        hit = classify_link(url, text)
        if hit is None or url in seen:
            continue
        seen.add(url)
        found.append({"name": hit[0], "url": url, "type": hit[1]})
    return found
