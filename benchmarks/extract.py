"""Extraction benchmark: ours vs trafilatura vs GNE on the evaluation corpus, same run.

Every page is decoded once (as Scrapy would), then each extractor gets the same text.
"ours" is the full chain a crawl applies (extract → furniture backstop → script
normalization); trafilatura and GNE get their defaults (`trafilatura.extract(html, url=…)`,
`GeneralNewsExtractor().extract(html)`). One warm-up pass gives the scored output. Speed is
pages per second of process CPU time (`time.process_time`), single process, measured two ways
in the same run:

- passes (the figures of the last line): each extractor runs a whole pass over the corpus in
  turn, the passes alternating for `ROUNDS` rounds, as each runs in practice (page after page);
- interleaved: the three run one after another on each page. Each then starts cache-cold
  behind the others, which costs the lighter extractor the most; printed for comparison.

F1 is the character-level body F1 of `tests/eval/score.py`; residue counts its furniture
markers. Prints which build of ours ran: pure Python from the source tree, or the mypyc-compiled
extraction chain (`make bench` runs both; `make compiled` builds the copy it runs from).
Prints figures, asserts nothing.
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

import lawreports.extract.body
from tests.eval.score import (
    RESIDUE_MARKERS,
    CorpusPage,
    Ours,
    body_f1,
    load_corpus,
    residue,
)

ROUNDS = 5

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


def quality(outputs: list[str], pages: list[tuple[CorpusPage, str]]) -> tuple[float, int]:
    golds = [p.gold["body"] for p, _ in pages]
    f1 = sum(body_f1(out, gold) for out, gold in zip(outputs, golds, strict=True)) / len(pages)
    left = sum(residue(out, gold) for out, gold in zip(outputs, golds, strict=True))
    return f1, left


def build() -> str:
    """Which build of the extraction chain this process imported."""
    compiled = not lawreports.extract.body.__file__.endswith(".py")
    return "compiled (mypyc)" if compiled else "pure Python"


def main() -> int:
    pages = [(page, page.text()) for page in load_corpus()]
    extractors = {"ours": ours(), "trafilatura": trafilatura_body(), "gne": gne_body()}
    outputs = {name: [run(text, p.url) for p, text in pages] for name, run in extractors.items()}
    passes = dict.fromkeys(extractors, 0.0)
    interleaved = dict.fromkeys(extractors, 0.0)
    for _ in range(ROUNDS):
        for name, run in extractors.items():
            start = time.process_time()
            for page, text in pages:
                run(text, page.url)
            passes[name] += time.process_time() - start
    for _ in range(ROUNDS):
        for page, text in pages:
            for name, run in extractors.items():
                start = time.process_time()
                run(text, page.url)
                interleaved[name] += time.process_time() - start
    print(
        f"corpus: {len(pages)} pages, {len({p.layout for p, _ in pages})} layouts; "
        f"CPU time of {ROUNDS} rounds after a warm-up, by whole passes and interleaved; "
        f"residue counts {len(RESIDUE_MARKERS)} markers; ours: {build()}"
    )
    speed, f1 = {}, {}
    for name in extractors:
        speed[name] = ROUNDS * len(pages) / passes[name]
        mixed = ROUNDS * len(pages) / interleaved[name]
        f1[name], left = quality(outputs[name], pages)
        print(
            f"{name:<12} pages/s={speed[name]:8.1f} (interleaved {mixed:8.1f})  "
            f"body_f1={f1[name]:.4f}  furniture_residue={left}"
        )
    print(
        "interleaved ratio ours/trafilatura: "
        f"{interleaved['trafilatura'] / interleaved['ours']:.2f}"
    )
    print(
        f"extract: pages={len(pages)} ours_pages_per_s={speed['ours']:.1f} "
        f"trafilatura_pages_per_s={speed['trafilatura']:.1f} "
        f"ratio={speed['ours'] / speed['trafilatura']:.2f} "
        f"ours_f1={f1['ours']:.4f} trafilatura_f1={f1['trafilatura']:.4f} gne_f1={f1['gne']:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
