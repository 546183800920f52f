"""Corrected versions of a report: `…（更正版）` republished beside the original.

A portal that corrects a published report (wrong figures, a wrong name) often publishes it
again as `原标题（更正版）` under an 索引号 of its own and leaves the first page online. The two
are separate records with nearly the same text, so the dedup keeps both; a reader wants the
corrected one. A listing shows both titles, usually on one page (newest first), before either
page is read: a report whose title a correction's link repeats waits until the crawl is idle,
and is dropped then if the correction came out.
"""

from __future__ import annotations

import re

from lawreports.extract.text import remove_spaces

_MARKER = r"(?:更正|修正|修订)(?:版|稿|后)?"
_TRAILING = re.compile(rf"\s*[（(【\[]\s*{_MARKER}\s*[)）】\]]\s*$")
_LEADING = re.compile(rf"^\s*[【\[]\s*{_MARKER}\s*[】\]]\s*")


def corrected_title(title: str) -> str | None:
    """The original's title when this one marks a correction of it, else None."""
    if "正" not in title and "修" not in title:
        return None
    base = _LEADING.sub("", _TRAILING.sub("", title))
    return base if base != title and base else None


def _key(title: str) -> str:
    return remove_spaces(title)


class Corrections:
    """Titles of corrections linked and delivered in this crawl."""

    def __init__(self) -> None:
        self.linked: set[str] = set()
        self.delivered: set[str] = set()

    def note_link(self, text: str | None) -> None:
        base = corrected_title(text or "")
        if base is not None:
            self.linked.add(_key(base))

    def awaits_correction(self, title: str | None) -> bool:
        """Whether a correction of this report is linked: it waits to see which comes out."""
        return bool(self.linked) and _key(title or "") in self.linked

    def note_delivered(self, title: str | None) -> None:
        base = corrected_title(title or "")
        if base is not None:
            self.delivered.add(_key(base))

    def superseded(self, title: str | None) -> bool:
        """Whether a correction of this report came out: the report is not delivered."""
        return bool(self.delivered) and _key(title or "") in self.delivered
