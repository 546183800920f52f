"""A report whose page is a shell: its content as the detail API's JSON answers it.

The JSON is read as the page's script would show it. The object holding the longest body
(`content`, `body`, `正文`, …) is the article; its title and 信息公开 fields are read from keys
named in the vocabulary (`indexNo`, `publishTime`, or the labels themselves: `索引号`), in it,
in objects inside it, then anywhere in the reply. The body HTML goes through the same
extraction as a page's; the item's URL is the shell's, the page a reader opens.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from lawreports.discovery.vocabulary import JSON_TITLE_KEYS
from lawreports.extract.dates import parse_date
from lawreports.extract.metadata import label_field, normalize_doc_no, normalize_index_no
from lawreports.extract.report import PageHints, extract_report, report_year
from lawreports.extract.vocabulary import (
    EMPTY_VALUES,
    JSON_BODY_KEYS,
    JSON_FIELD_KEYS,
    JSON_TIMEZONE_HOURS,
)
from lawreports.items import ReportItem

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_DATE_FIELDS = frozenset({"written_date", "publish_date"})
_LOCAL = timezone(timedelta(hours=JSON_TIMEZONE_HOURS))
# Epoch seconds between 2000 and 2100; milliseconds are a thousand times that.
_EPOCH_SECONDS = (946_684_800, 4_102_444_800)


def _norm(key: str) -> str:
    return re.sub(r"[_\-\s]", "", key).lower()


_BODY_KEYS = {_norm(k): rank for rank, k in enumerate(JSON_BODY_KEYS)}
_TITLE_KEYS = {_norm(k): rank for rank, k in enumerate(JSON_TITLE_KEYS)}
_FIELD_KEYS = {
    _norm(k): (field, rank)
    for field, keys in JSON_FIELD_KEYS.items()
    for rank, k in enumerate(keys)
}


def _dicts(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _dicts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _dicts(value)


def _article(data: Any) -> tuple[dict[str, Any], str] | None:
    """The object holding the body, and the body: the longest text under a body key."""
    best: tuple[dict[str, Any], str] | None = None
    for obj in _dicts(data):
        for key, value in obj.items():
            if _norm(key) not in _BODY_KEYS:
                continue
            if not isinstance(value, str) or not _CJK.search(value):
                continue
            if best is None or len(value) > len(best[1]):
                best = (obj, value)
    return best


def _title(article: dict[str, Any]) -> str | None:
    ranked = sorted(
        (_TITLE_KEYS[_norm(k)], v)
        for k, v in article.items()
        if _norm(k) in _TITLE_KEYS and isinstance(v, str) and _CJK.search(v)
    )
    return re.sub(r"<[^>]+>", "", ranked[0][1]).strip() if ranked else None


def _field_of(key: str) -> tuple[str, int] | None:
    """The field a key names and its rank: vocabulary keys first, then labels (`索引号`)."""
    found = _FIELD_KEYS.get(_norm(key))
    if found is not None:
        return found
    labelled = label_field(key)
    if labelled in JSON_FIELD_KEYS:
        return labelled, len(_FIELD_KEYS)
    return None


def _scalar(field: str, value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        return _epoch_date(int(value)) if field in _DATE_FIELDS else str(value)
    if not isinstance(value, str):
        return None
    text = re.sub(r"<[^>]+>", "", value).strip()
    return None if text.lower() in EMPTY_VALUES else text


def _epoch_date(number: int) -> str | None:
    low, high = _EPOCH_SECONDS
    seconds = number / 1000 if number > high else number
    if not low <= seconds <= high:
        return parse_date(str(number))  # `20250320`
    return datetime.fromtimestamp(seconds, UTC).astimezone(_LOCAL).date().isoformat()


def json_fields(data: Any, article: dict[str, Any]) -> dict[str, str]:
    """The 信息公开 fields: in the article, the objects inside it, then the whole reply; in each
    object the best-ranked key of a field wins."""
    out: dict[str, str] = {}
    scopes = [article, *list(_dicts(article))[1:], *_dicts(data)]
    for obj in scopes:
        found: dict[str, tuple[int, str]] = {}
        for key, value in obj.items():
            named = _field_of(key)
            if named is None or named[0] in out:
                continue
            field, rank = named
            text = _scalar(field, value)
            if text is not None and (field not in found or rank < found[field][0]):
                found[field] = (rank, text)
        for field, (_, text) in found.items():
            out.setdefault(field, text)
    return out


def _as_html(body: str) -> str:
    """A body given as HTML stays HTML; plain text becomes one paragraph per line."""
    if _TAG.search(body):
        return body
    return "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())


def report_from_json(
    data: Any, page_url: str, hints: PageHints | None = None
) -> tuple[ReportItem, str] | None:
    """The item a shell page shows once its script has filled it; None when the JSON holds
    no body. Returns (item, body tier) as extract_report does."""
    hints = hints or PageHints()
    found = _article(data)
    if found is None:
        return None
    article, body = found
    title = _title(article) or hints.link_text or ""
    page = (
        f'<html><head><title>{html.escape(title)}</title></head><body><div class="article">'
        f'<h1>{html.escape(title)}</h1><div id="content">{_as_html(body)}</div></div>'
        "</body></html>"
    )
    item, tier = extract_report(page, page_url, PageHints(link_text=title))
    fields = json_fields(data, article)
    item.title = title or item.title
    item.index_no = normalize_index_no(fields.get("index_no")) or item.index_no
    item.publisher = fields.get("publisher") or item.publisher
    item.publish_date = parse_date(fields.get("publish_date")) or item.publish_date
    item.written_date = parse_date(fields.get("written_date")) or item.written_date
    item.doc_no = normalize_doc_no(fields.get("doc_no")) or item.doc_no
    item.report_year = report_year(
        item.title, item.body.splitlines(), dated=item.written_date or item.publish_date
    )
    return item, f"detail_api/{tier}"
