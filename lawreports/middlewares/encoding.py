"""Charset lies: decode each page with the encoding its bytes are really in.

Portals copy templates between sites, so the header and the `<meta>` sometimes name utf-8 for
GBK bytes, or gb2312 for UTF-8 bytes. Scrapy trusts the header and decodes with replacement
characters. Here the bytes decide: valid UTF-8 with multi-byte sequences is UTF-8 (GBK text is
practically never valid UTF-8); otherwise the declared encoding when it decodes cleanly, else
gb18030. `gb2312`/`gbk` labels always decode as gb18030, their superset.
"""

from __future__ import annotations

import codecs
import logging
from typing import TYPE_CHECKING, Any

from scrapy.http import Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

# Labels decoded as their superset (names as codecs.lookup() spells them).
SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ascii": "utf-8",
    "iso8859-1": "cp1252",
}
# Encodings tried, in order, when the declared one does not decode the bytes.
FALLBACKS: tuple[str, ...] = ("utf-8", "gb18030", "big5")
# Western single-byte codecs (names as canonical() gives them): they never fail to decode.
SINGLE_BYTE = frozenset({"cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2"})
# Share of U+FFFD tolerated in a decoding that is otherwise right (a truncated character).
TOLERATED_REPLACEMENTS = 0.001


def canonical(label: str | None) -> str | None:
    """The codec name of a charset label, widened to its superset; None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def _replacements(body: bytes, encoding: str) -> int:
    return body.decode(encoding, errors="replace").count("\ufffd")


def _is_multibyte_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decodes_cleanly(body: bytes, encoding: str | None) -> bool:
    """Whether Scrapy's own choice, a multi-byte one, already reads the bytes (its guess at an
    undeclared Big5 page, which gb18030 would also decode without a replacement)."""
    if not encoding or encoding in SINGLE_BYTE:
        return False
    try:
        return _replacements(body, encoding) <= len(body) * TOLERATED_REPLACEMENTS
    except LookupError:
        return False


def true_encoding(body: bytes, declared: list[str]) -> str | None:
    """The encoding the bytes are in, or None when ASCII (any declaration is then right)."""
    if body.isascii():
        return None
    if _is_multibyte_utf8(body):
        return "utf-8"
    candidates = list(dict.fromkeys([*declared, *FALLBACKS]))
    # A single-byte Western charset decodes any bytes without a replacement: on a tie it
    # gives way to a multi-byte one (a template's `iso-8859-1` over GB2312 text).
    scored = [
        (_replacements(body, enc), enc in SINGLE_BYTE, i, enc) for i, enc in enumerate(candidates)
    ]
    best = min(scored)
    if best[0] > len(body) * TOLERATED_REPLACEMENTS:
        # Nothing decodes cleanly: keep the first declaration, the cleaner drops the debris.
        return candidates[0]
    return best[3]


def declared_encodings(response: TextResponse) -> list[str]:
    """What the header and the `<meta>` say, in that order, as codec names."""
    ctype = response.headers.get("Content-Type")
    header = canonical(http_content_type_encoding(ctype.decode("latin-1") if ctype else None))
    meta = canonical(html_body_declared_encoding(response.body))
    return [e for e in dict.fromkeys([header, meta]) if e]


class CharsetRepairMiddleware:
    """Re-decodes a text response whose bytes contradict the charset Scrapy picked."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, **_: Any) -> Response:
        if not isinstance(response, TextResponse) or "playwright" in response.flags:
            return response
        declared = declared_encodings(response)
        truth = true_encoding(response.body, declared)
        current = canonical(response.encoding)
        if truth is None or current == truth:
            return response
        if truth != "utf-8" and _decodes_cleanly(response.body, current):
            return response
        assert self.crawler.stats is not None
        said = declared[0] if declared else "nothing"
        self.crawler.stats.inc_value("lawreports/decoding_repairs")
        self.crawler.stats.inc_value(f"lawreports/decoding_repairs/{said}->{truth}")
        logger.info(
            "%s: charset repaired: declared %s (decoded as %s), bytes are %s",
            response.url,
            said,
            response.encoding,
            truth,
        )
        return response.replace(encoding=truth)
