"""Extraction benchmark: ours vs trafilatura vs GNE on the evaluation corpus, same run.

Every page is decoded once (as Scrapy would), then each extractor gets the same text.
"ours" is the full chain a crawl applies (extract → furniture backstop → script
normalization); trafilatura and GNE get their defaults (`trafilatura.extract`, no
comments/tables options; `GeneralNewsExtractor().extract`). Speed is wall time over
`ROUNDS` passes of the corpus after one warm-up pass, single process; F1 is the
character-level body F1 of `tests/eval/score.py`. Prints figures, asserts nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura
from gne import GeneralNewsExtractor

from tests.eval.score import (
    RESIDUE_MARKERS,
    CorpusPage,
    Ours,
    body_f1,
    load_corpus,
    residue,
)

ROUNDS = 3

Extractor = Callable[[str, str], str]


def ours() -> Extractor:
    chain = Ours()
    return lambda html_text, url: str(chain(html_text, url)["body"])


def trafilatura_body() -> Extractor:
    return lambda html_text, url: trafilatura.extract(html_text, url=url) or ""


def gne_body() -> Extractor:
    extractor = GeneralNewsExtractor()

    def run(html_text: str, url: str) -> str:
        try:
            result: dict[str, Any] = extractor.extract(html_text)
        except Exception as exc:  # GNE raises on pages it cannot parse
            print(f"  gne failed on {url}: {exc!r}", file=sys.stderr)
            return ""
        return str(result.get("content") or "")

    return run


def measure(name: str, run: Extractor, pages: list[tuple[CorpusPage, str]]) -> tuple[float, float]:
    outputs = [run(text, page.url) for page, text in pages]  # warm-up, and the scored output
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for page, text in pages:
            run(text, page.url)
    elapsed = time.perf_counter() - start
    per_s = ROUNDS * len(pages) / elapsed
    f1 = sum(body_f1(out, p.gold["body"]) for out, (p, _) in zip(outputs, pages, strict=True))
    f1 /= len(pages)
    left = sum(residue(out, p.gold["body"]) for out, (p, _) in zip(outputs, pages, strict=True))
    print(f"{name:<12} pages/s={per_s:8.1f}  body_f1={f1:.4f}  furniture_residue={left}")
    return per_s, f1


def main() -> int:
    pages = [(page, page.text()) for page in load_corpus()]
    print(
        f"corpus: {len(pages)} pages, {len({p.layout for p, _ in pages})} layouts; "
        f"{ROUNDS} timed rounds after a warm-up; residue counts {len(RESIDUE_MARKERS)} markers"
    )
    ours_s, ours_f1 = measure("ours", ours(), pages)
    traf_s, traf_f1 = measure("trafilatura", trafilatura_body(), pages)
    _, gne_f1 = measure("gne", gne_body(), pages)
    print(
        f"extract: pages={len(pages)} ours_pages_per_s={ours_s:.1f} "
        f"trafilatura_pages_per_s={traf_s:.1f} ratio={ours_s / traf_s:.2f} "
        f"ours_f1={ours_f1:.4f} trafilatura_f1={traf_f1:.4f} gne_f1={gne_f1:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
