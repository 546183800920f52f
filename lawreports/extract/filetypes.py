"""Patterns that recognise a file by its extension, built from the one vocabulary of file types
(`DOCUMENT_TYPES`, `ATTACHMENT_TYPES`), so a new type is one entry there, never one regex edit.

Each builder answers a different question about a string: does a URL end in a file
(`url_suffix`), is a file named anywhere in it, percent-encoded dots included (`named_suffix`),
may a whole page name one (`page_suffixes`), which quoted path in a script is a file
(`quoted_path`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(types: Iterable[str]) -> str:
    """`(?:docx|doc|pdf)`: longest first, so `docx` is never read as `doc` + `x`."""
    return "(?:" + "|".join(sorted(set(types), key=lambda kind: (-len(kind), kind))) + ")"


def url_suffix(types: Iterable[str]) -> re.Pattern[str]:
    """A URL whose path ends in one of the types (`/u/r.pdf`, `r.PDF?v=2`, `r.doc#p1`)."""
    return re.compile(r"\." + alternation(types) + r"(?:$|[?#&])", re.I)


def named_suffix(types: Iterable[str]) -> re.Pattern[str]:
    """One of the types named anywhere (`报告.pdf`, `file=r%2Edocx`), not as a word's start
    (`.docs`, `.pdfviewer`)."""
    return re.compile(r"(?:\.|%2e)" + alternation(types) + r"(?![a-z0-9])", re.I)


def page_suffixes(types: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`named_suffix` for a whole page, as two patterns: the dotted (`报告.pdf`) and the
    percent-encoded (`r%2Epdf`). Each starts with a literal the engine scans for, where one
    pattern would start with a class tried at every character; a look-ahead for the types'
    first letters then turns most of a page's hundreds of dots away before the alternation."""
    kinds = set(types)
    gated = f"(?=[{''.join(sorted({kind[0] for kind in kinds}))}]){alternation(kinds)}(?![a-z0-9])"
    return re.compile(r"\." + gated, re.I), re.compile("%2e" + gated, re.I)


def quoted_path(types: Iterable[str]) -> re.Pattern[str]:
    """A quoted path to one of the types in a script (`downloadFile('/u/2024/r.pdf?v=1')`);
    group 1 is the path."""
    return re.compile(
        r"""['"]([^'"\s]+?\.""" + alternation(types) + r"""(?:\?[^'"\s]*)?)['"]""", re.I
    )
