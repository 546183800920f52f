"""The report key and the stable `id` derived from it.

索引号 is only unique within one catalogue, so every key is scoped by site. Fallbacks, in order:
publisher + 文号, normalized title + report year, a hash of the normalized body.
"""

from __future__ import annotations

import hashlib
import re

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


def text_sample(body: str) -> frozenset[int]:
    """A sample of the text's shingles (punctuation and spaces left out), for `same_text`."""
    text = _norm(body)
    hashes = (hash(text[i : i + _SHINGLE]) for i in range(max(len(text) - _SHINGLE + 1, 1)))
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
