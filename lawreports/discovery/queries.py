"""A URL's query read and written byte for byte.

`parse_qsl` decodes a value as UTF-8 and replaces what is not: the GBK bytes an old ASP, JSP
or TRS WAS5 application puts in its links (`searchword=%B7%A8%D6%CE`) come back from
`urlencode` as `%EF%BF%BD…`, a query the server never wrote. Here each key and value is held
as its bytes, one character per byte (latin-1), so whatever a portal wrote is asked for again
as it wrote it; `query_text` reads a value as words.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote_to_bytes, urlencode

# A value's bytes that are no UTF-8 are read in the encoding of the portals that write them.
_LEGACY_ENCODING = "gb18030"


def _as_bytes_text(part: str) -> str:
    """`%B7%A8` → two characters, one per byte; a raw `法` → its three UTF-8 bytes."""
    return unquote_to_bytes(part.replace("+", " ")).decode("latin-1")


def query_pairs(query: str) -> list[tuple[str, str]]:
    """The query's `k=v` pairs (a bare `k` is `(k, "")`), each key and value as its bytes."""
    out = []
    for pair in query.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            out.append((_as_bytes_text(key), _as_bytes_text(value)))
    return out


def _bytes(part: str) -> bytes:
    """A part read by `query_pairs` as its bytes; text set by the crawler (no byte string) as
    UTF-8."""
    try:
        return part.encode("latin-1")
    except UnicodeEncodeError:
        return part.encode("utf-8")


def encoded_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Pairs read by `query_pairs` written back, the same bytes (`k=%B7%A8`, `q=a+b`)."""
    return urlencode([(_bytes(k), _bytes(v)) for k, v in pairs])


def query_text(value: str) -> str:
    """A value read by `query_pairs` as words: UTF-8, else GB18030 (a superset of GBK)."""
    try:
        data = value.encode("latin-1")
    except UnicodeEncodeError:  # words already
        return value
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(_LEGACY_ENCODING, errors="replace")
