"""Attachment text benchmark: PDF and DOCX made from the five real report texts, read back.

Each seed's title and gold body (Simplified) are typeset into a PDF by reportlab with the CID
font STSong-Light (UniGB-UCS2-H), a running header and `— N —` page numbers on every page, and
written into a DOCX by python-docx (with a header and footer part). The file is then read the
way a crawl reads it (`extract_text` → title line dropped) and compared with the source text:
character-level F1 (bag of non-space characters, as in tests/eval/score.py), the share of
paragraphs given back exactly, and furniture left (header text or page numbers in the body).
Wall time is one pass, single process. Prints figures, asserts nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lawreports.attachments.policy import document_lines
from lawreports.attachments.text import extract_text
from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.eval.score import body_f1
from tests.fixtureweb.documents import report_docx, report_pdf
from tests.fixtureweb.seeds import all_seeds

HEADER = "某某县人民政府办公室"


def simplified(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


def main() -> None:
    rows = []
    for seed in all_seeds():
        title = simplified(seed.title)
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        for kind, data in (
            ("pdf", report_pdf(title, paras, HEADER)),
            ("docx", report_docx(title, paras)),
        ):
            start = time.perf_counter()
            result = extract_text(data, kind)
            lines = document_lines(result.paragraphs, title)
            took = time.perf_counter() - start
            body = "\n".join(lines)
            exact = sum(1 for a, b in zip(lines, paras, strict=False) if a == b) / len(paras)
            left = body.count(HEADER) + sum(body.count(f"— {n} —") for n in range(1, 50))
            f1 = body_f1(body, "\n".join(paras))
            rows.append((seed.key, kind, len(data), f1, exact, left, took))
    print(f"{'seed':<5}{'type':<6}{'bytes':>8}{'F1':>8}{'exact ¶':>9}{'furniture':>11}{'sec':>7}")
    for key, kind, size, f1, exact, left, took in rows:
        print(f"{key:<5}{kind:<6}{size:>8}{f1:>8.4f}{exact:>9.2f}{left:>11}{took:>7.2f}")
    for kind in ("pdf", "docx"):
        mine = [r for r in rows if r[1] == kind]
        print(
            f"{kind}: mean F1 {sum(r[3] for r in mine) / len(mine):.4f}, "
            f"exact paragraphs {sum(r[4] for r in mine) / len(mine):.2f}, "
            f"furniture left {sum(r[5] for r in mine)}"
        )


if __name__ == "__main__":
    main()
