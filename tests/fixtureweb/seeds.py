"""The five real report texts (tests/data/seeds), split into title, metadata and gold body.

Line numbers refer to the non-empty lines of each file; they were read off the captures by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "data" / "seeds"

# seed file stem prefix → (title line, first body line, end body line (exclusive))
_LAYOUT: dict[str, tuple[int, int, int]] = {
    "000": (5, 7, 52),
    "001": (2, 3, 23),
    "002": (0, 1, 25),
    "003": (0, 3, 23),
    "004": (1, 3, 15),
}


@dataclass(frozen=True)
class Seed:
    key: str
    lines: tuple[str, ...]
    title: str
    body_lines: tuple[str, ...]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        return list(self.body_lines)

    @property
    def gold_body(self) -> str:
        """The body as lawreports must output it (mojibake runs removed)."""
        return "\n".join(re.sub(r"[?？\ufffd]{3,}", "", ln).strip() for ln in self.body_lines)


@cache
def load_seed(prefix: str) -> Seed:
    path = next(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    lines = tuple(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())
    t, start, end = _LAYOUT[prefix]
    return Seed(prefix, lines, lines[t], lines[start:end])


def all_seeds() -> list[Seed]:
    return [load_seed(p) for p in sorted(_LAYOUT)]
