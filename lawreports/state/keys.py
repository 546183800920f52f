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
        return f"{site}:title-{_digest(_norm(title) + '|' + str(report_year))}"
    return f"{site}:body-{_digest(_norm(body))}"


def content_key(site: str, digest: str) -> str:
    """A second key per report: its title and text, whatever its metadata says."""
    return f"{site}:content-{digest[:16]}"


# A report's own text: its sentences (lines holding a 。 and this long), which a repost
# carries whole under another title or beside a 来源 line of its own.
_MIN_SENTENCE_CHARS = 20
# Less text than this is no text of its own (`详见附件。`): pages pointing to their files
# would all share it.
_MIN_TEXT_CHARS = 200


def text_key(site: str, body: str) -> str | None:
    """A third key per report: its sentences alone, or None for a body with too few."""
    sentences = "".join(
        _norm(line)
        for line in body.split("\n")
        if len(line) >= _MIN_SENTENCE_CHARS and "。" in line
    )
    if len(sentences) < _MIN_TEXT_CHARS:
        return None
    return f"{site}:text-{_digest(sentences)}"
