"""Score extraction on the evaluation corpus: fields right, body F1, furniture residue.

`python -m tests.eval.score` prints the figures and checks them against `floors.json`;
`--raise-floors` pins the current figures where they are better, and lowering a floor needs
`--raise-floors --allow-lower`. `test_gate.py` runs the same check in CI.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from w3lib.encoding import html_to_unicode

from lawreports.extract.report import extract_report
from lawreports.pipelines.clean import FurnitureCleaner
from lawreports.pipelines.normalize import ScriptNormalizer

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FLOORS = HERE / "floors.json"
FIELDS = (
    "title",
    "index_no",
    "publisher",
    "publish_date",
    "written_date",
    "doc_no",
    "report_year",
)

# Strings that only page furniture contains; each occurrence beyond the gold's is residue.
RESIDUE_MARKERS: tuple[str, ...] = (
    "ICP备",
    "公网安备",
    "公网备",
    "网站标识码",
    "版权所有",
    "Copyright",
    "主办:",
    "主办：",
    "承办：",
    "运行维护",
    "技术支持",
    "联系电话",
    "字体",
    "打印",
    "关闭窗口",
    "关闭本页",
    "扫一扫",
    "分享到",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "我要纠错",
    "政府网站找错",
    "责任编辑",
    "相关链接",
    "关联稿件",
    "相关文章",
    "发表评论",
    "网友评论",
    "验证码",
    "当前位置",
    "所在的位置",
    "您当前",
    "浏览次数",
    "点击数",
    "访问量",
    "语音播报",
    "无障碍",
    "长者浏览模式",
    "繁體",
    "登录",
    "索引号",
    "索 引 号",
    "发布机构",
    "发布时间",
    "发布日期",
    "成文日期",
    "TRS_Editor",
    "margin-top",
    "font-size",
    "function(",
    "document.",
    "热门",
    "阅读：",
    "返回顶部",
    "本文来源",
    "政务微信",
    "政务微博",
    "网站地图",
    "长者模式",
)


@dataclass(frozen=True)
class CorpusPage:
    id: str
    layout: str
    url: str
    raw: bytes
    headers: dict[str, str]
    gold: dict[str, Any]

    def text(self) -> str:
        """Decode as Scrapy does: HTTP header, then <meta charset>, then detection."""
        _, text = html_to_unicode(self.headers.get("Content-Type"), self.raw)
        return text


def load_corpus(corpus: Path = CORPUS) -> list[CorpusPage]:
    pages = []
    for record_path in sorted(corpus.glob("*.json")):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        pages.append(
            CorpusPage(
                id=record["id"],
                layout=record["layout"],
                url=record["url"],
                raw=record_path.with_suffix(".html").read_bytes(),
                headers=record["headers"],
                gold=record["gold"],
            )
        )
    return pages


class Ours:
    """Our whole chain as the crawl runs it: extract → furniture backstop → script."""

    def __init__(self) -> None:
        self.cleaner = FurnitureCleaner()
        self.normalizer = ScriptNormalizer()

    def __call__(self, html_text: str, url: str) -> dict[str, Any]:
        item, _ = extract_report(html_text, url)
        body, _ = self.cleaner.clean_text(item.body)
        fields: dict[str, str | None] = {
            "title": item.title,
            "publisher": item.publisher,
            "body": body,
            "doc_no": item.doc_no,  # the fields NormalizeScriptPipeline converts
        }
        out, _, _ = self.normalizer.normalize(fields)
        return {
            "title": out["title"],
            "index_no": item.index_no,
            "publisher": out["publisher"],
            "publish_date": item.publish_date,
            "written_date": item.written_date,
            "doc_no": out["doc_no"],
            "report_year": item.report_year,
            "body": out["body"] or "",
        }


def _chars(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def body_f1(predicted: str, gold: str) -> float:
    """Character-level F1 (bag of non-space characters)."""
    pred, ref = _chars(predicted), _chars(gold)
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(pred.values())
    recall = overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def residue(predicted: str, gold: str) -> int:
    return sum(max(0, predicted.count(m) - gold.count(m)) for m in RESIDUE_MARKERS)


@dataclass(frozen=True)
class PageScore:
    id: str
    layout: str
    fields_right: int
    fields_total: int
    wrong: dict[str, tuple[Any, Any]]
    f1: float
    residue: int


def score_page(page: CorpusPage, result: dict[str, Any]) -> PageScore:
    wrong = {}
    for name in FIELDS:
        if result.get(name) != page.gold.get(name):
            wrong[name] = (result.get(name), page.gold.get(name))
    body = result.get("body") or ""
    return PageScore(
        page.id,
        page.layout,
        len(FIELDS) - len(wrong),
        len(FIELDS),
        wrong,
        body_f1(body, page.gold["body"]),
        residue(body, page.gold["body"]),
    )


def score_corpus(
    pages: list[CorpusPage], extractor: Callable[[str, str], dict[str, Any]] | None = None
) -> tuple[dict[str, float], list[PageScore]]:
    run = extractor or Ours()
    scores = [score_page(p, run(p.text(), p.url)) for p in pages]
    figures = {
        "pages": float(len(scores)),
        "layouts": float(len({s.layout for s in scores})),
        "fields_right": round(
            sum(s.fields_right for s in scores) / sum(s.fields_total for s in scores), 4
        ),
        "body_f1": round(sum(s.f1 for s in scores) / len(scores), 4),
        "min_page_f1": round(min(s.f1 for s in scores), 4),
        "residue": float(sum(s.residue for s in scores)),
    }
    return figures, scores


def load_floors(path: Path = FLOORS) -> dict[str, float]:
    return {k: float(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def below_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Every figure worse than its floor (residue is a ceiling: lower is better)."""
    failures = []
    for key, floor in floors.items():
        value = figures[key]
        worse = value > floor if key == "residue" else value < floor
        if worse:
            failures.append(f"{key}={value} (floor {floor})")
    return failures


def new_floors(
    figures: dict[str, float], floors: dict[str, float], *, allow_lower: bool
) -> dict[str, float]:
    """Pin the current figures; a floor only moves down with `allow_lower`."""
    out = {}
    for key, floor in floors.items():
        value = figures[key]
        better = value <= floor if key == "residue" else value >= floor
        out[key] = value if better or allow_lower else floor
    return out


def report(figures: dict[str, float], scores: list[PageScore]) -> str:
    lines = [
        f"{s.id:<18} f1={s.f1:.4f} residue={s.residue} fields={s.fields_right}/{s.fields_total}"
        + (f" wrong={s.wrong}" if s.wrong else "")
        for s in scores
        if s.wrong or s.residue or s.f1 < 0.999
    ]
    lines.append(
        "gate: "
        + " ".join(
            f"{k}={int(v) if k in ('pages', 'layouts', 'residue') else v}"
            for k, v in figures.items()
        )
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raise-floors", action="store_true", help="pin better figures")
    parser.add_argument("--allow-lower", action="store_true", help="let a floor go down")
    args = parser.parse_args(argv)
    figures, scores = score_corpus(load_corpus())
    print(report(figures, scores))
    floors = load_floors()
    if args.raise_floors:
        pinned = new_floors(figures, floors, allow_lower=args.allow_lower)
        FLOORS.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floors: {pinned}")
        return 0
    failures = below_floors(figures, floors)
    for failure in failures:
        print(f"below floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
