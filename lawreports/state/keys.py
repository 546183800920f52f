"""The report key and the stable `id` derived from it.

索引号 is only unique within one catalogue, so every key is scoped by site. Fallbacks, in order:
publisher + 文号, normalized title + report year, a hash of the normalized body.
"""

from __future__ import annotations

import hashlib
import re
import zlib

from lawreports.extract.text import remove_spaces

_PUNCT = re.compile(r"[\s\u3000，。、；：:,.;\"'“”‘’《》<>()（）【】\[\]·—–-]+")


def _norm(text: str) -> str:
    return _PUNCT.sub("", remove_spaces(text)).lower()


def _digest(text: str, size: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def content_hash(title: str, body: str) -> str:
    return _digest(_norm(title) + "\n" + _norm(body), 32)


def report_key(
    *,
    site: str,
    index_no: str | None,
    publisher: str | None,
    doc_no: str | None,
    title: str,
    report_year: int | None,
    body: str,
) -> str:
    """`site:…` key; the same report under two URLs or columns gets the same key."""
    if index_no:
        return f"{site}:{remove_spaces(index_no).upper()}"
    if publisher and doc_no:
        return f"{site}:doc-{_digest(_norm(publisher) + '|' + _norm(doc_no))}"
    if title and report_year:
        # Two departments may print one generic title (`2023年度法治政府建设工作报告`): whose it
        # is tells them apart. One report's copies under different issuers still meet in the
        # dedup's title+year+text check.
        issuer = "|" + _norm(publisher) if publisher else ""
        return f"{site}:title-{_digest(_norm(title) + '|' + str(report_year) + issuer)}"
    return f"{site}:body-{_digest(_norm(body))}"


def content_key(site: str, digest: str) -> str:
    """A second key per report: its title and text, whatever its metadata says."""
    return f"{site}:content-{digest[:16]}"


def near_key(site: str, title: str, report_year: int | None) -> str | None:
    """A report's title and year: two texts under it are compared for being one report."""
    if not title or not report_year:
        return None
    return f"{site}:near-{_digest(_norm(title) + '|' + str(report_year))}"


# Shingles of this many characters, one in SAMPLE_EVERY kept (chosen by hash, so two texts keep
# the same ones): enough to tell a copy from another report, a few hundred numbers a report.
_SHINGLE = 8
_SAMPLE_EVERY = 8
# Each character is 4 bytes in UTF-32, so a shingle is a fixed-width slice of the encoded text.
_CHAR_BYTES = 4


def text_sample(body: str) -> frozenset[int]:
    """A sample of the text's shingles (punctuation and spaces left out), for `same_text`.

    The hash is CRC-32 of the shingle's UTF-32: the same in every process and on every machine
    (Python's `hash()` is salted per process), so samples can be stored and shared between
    runs and workers; slicing the text encoded once keeps it as cheap as `hash()`.
    """
    data = _norm(body).encode("utf-32-le")
    width = _SHINGLE * _CHAR_BYTES
    starts = range(0, max(len(data) - width, 0) + 1, _CHAR_BYTES)
    hashes = (zlib.crc32(data[i : i + width]) for i in starts)
    return frozenset(h for h in hashes if h % _SAMPLE_EVERY == 0)


# A text whose sample is this small (a few lines: a pointer to the report's file) is compared
# only with texts under its own title and year; a report's text has hundreds.
MIN_TEXT_SAMPLE = 30


# Share of the shorter text's sample found in the other: one report's two copies (a mobile copy
# without the signature, a repost without its 附件 line) share nearly all of theirs.
SAME_TEXT_SHARE = 0.9


def same_text(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether one text is (nearly) contained in the other."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter:
        return not longer
    return len(shorter & longer) >= SAME_TEXT_SHARE * len(shorter)


def holds_text(whole: frozenset[int], part: frozenset[int]) -> bool:
    """Whether `part` is (nearly) all in `whole`: a copy that holds this text, not one excerpt
    of it."""
    return bool(part) and len(part & whole) >= SAME_TEXT_SHARE * len(part)


def text_bucket(site: str, report_year: int | None, *, indexed_too: bool = True) -> str:
    """The stored samples a copy told by its text alone is looked for among: its site and year
    (`indexed_too=False`: only the copies without a 索引号 of their own)."""
    kind = "text" if indexed_too else "loose"
    return f"{site}:{kind}-{report_year or ''}"
