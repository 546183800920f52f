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
