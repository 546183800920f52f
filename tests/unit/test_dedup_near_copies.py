"""One report at two URLs whose texts differ by a line (a mobile copy without the signature, a
repost without its 附件 line) and whose metadata differ (one copy has no 索引号) comes out once;
two reports that share a generic title and year but not their text both come out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from lawreports.items import ReportItem
from lawreports.pipelines.dedup import DedupPipeline
from lawreports.state.commit import AlreadyDelivered
from lawreports.state.keys import holds_text, same_text, text_sample
from lawreports.state.records import SamplesAround, TextSample
from tests.fixtureweb.seeds import load_seed


class RunState:
    """The run's claims, as ReportState keeps them, with no earlier runs."""

    def __init__(self) -> None:
        self.claimed: set[str] = set()

    def claim(self, key: str) -> bool:
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True

    def lookup(self, key: str) -> None:
        return None

    def share_sample(self, sample: TextSample) -> SamplesAround:
        return SamplesAround()

    def withdraw_sample(self, sample: TextSample) -> None:
        return None


def pipeline() -> DedupPipeline:
    crawler = get_crawler()
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return DedupPipeline(crawler, RunState())  # type: ignore[arg-type]


def report(url: str, body: str, **fields: Any) -> ReportItem:
    return ReportItem(
        url=url,
        site="guanyun",
        title=fields.pop("title", "灌云县人民政府关于2024年度法治政府建设工作情况的报告"),
        report_year=fields.pop("report_year", 2024),
        body=body,
        **fields,
    )


ROOT = Path(__file__).resolve().parents[2]
SEED = load_seed("003")
WHOLE = "\n".join(SEED.body_lines)
SIGNATURE = "\n灌云县人民政府\n2025年3月24日"


def test_a_copy_without_the_signature_and_the_index_number_is_the_same_report() -> None:
    dedup = pipeline()
    first = dedup.process_item(
        report("http://x/art/1.html", WHOLE + SIGNATURE, index_no="X-2025-00046")
    )
    copy = report("http://x/wap/show.jsp?id=1", WHOLE, publisher="县政府")
    with pytest.raises(AlreadyDelivered):
        dedup.process_item(copy)
    assert copy.id == first.id  # its URL is remembered as the first one's: skipped next run


def test_a_repost_with_the_same_text_is_remembered_under_the_first_ones_key() -> None:
    dedup = pipeline()
    first = dedup.process_item(report("http://x/art/1.html", WHOLE, index_no="X-2025-00046"))
    repost = report("http://x/tzgg/9.html", WHOLE, publisher="县司法局")  # its own 来源
    with pytest.raises(AlreadyDelivered):
        dedup.process_item(repost)
    assert repost.id == first.id


def test_two_departments_reports_under_one_generic_title_are_two_reports() -> None:
    dedup = pipeline()
    title = "2023年度法治政府建设工作报告"
    other = "\n".join(load_seed("001").body_lines)
    dedup.process_item(report("http://x/jyj/1.html", WHOLE, title=title, publisher="区教育局"))
    kept = dedup.process_item(
        report("http://x/wjw/2.html", other, title=title, publisher="区卫健委")
    )
    assert kept.url == "http://x/wjw/2.html"


def test_the_same_text_is_told_by_a_sample_of_its_shingles() -> None:
    whole, cut = text_sample(WHOLE + SIGNATURE), text_sample(WHOLE)
    assert same_text(whole, cut) and same_text(cut, whole)
    half = text_sample("\n".join(SEED.body_lines[: len(SEED.body_lines) // 2]))
    other = text_sample("\n".join(load_seed("000").body_lines))
    assert same_text(half, whole)  # one copy cut short is still in the other
    assert not same_text(other, whole)


def test_a_repost_under_a_reworded_title_is_the_same_report() -> None:
    """A town reposts the county's report as `灌云县2024年度…报告`, 来源：县司法局."""
    dedup = pipeline()
    first = dedup.process_item(report("http://x/art/1.html", WHOLE, index_no="X-2025-00046"))
    repost = report(
        "http://x/xzjd/ytz/2.html",
        WHOLE,
        title="灌云县2024年度法治政府建设工作情况报告",
        publisher="县司法局",
    )
    with pytest.raises(AlreadyDelivered):
        dedup.process_item(repost)
    assert repost.id == first.id


def test_two_short_pointers_to_files_under_different_titles_are_two_reports() -> None:
    dedup = pipeline()
    pointer = "全文详见附件。"
    dedup.process_item(report("http://x/a/1.html", pointer, title="甲镇2024年法治政府建设报告"))
    kept = dedup.process_item(
        report("http://x/b/2.html", pointer, title="乙乡2024年法治政府建设报告")
    )
    assert kept.url == "http://x/b/2.html"


def test_one_text_under_two_years_titles_is_two_reports() -> None:
    """A portal that posted last year's text again under this year's title: two records."""
    dedup = pipeline()
    last = report(
        "http://x/2023.html", WHOLE, title="甲县2023年度法治政府建设报告", report_year=2023
    )
    dedup.process_item(last)
    this = report(
        "http://x/2024.html", WHOLE, title="甲县2024年度法治政府建设报告", report_year=2024
    )
    assert dedup.process_item(this).url == "http://x/2024.html"


def test_the_sample_is_the_same_in_every_process() -> None:
    """Python's `hash()` is salted per process: samples stored by one run or worker must
    compare with another's."""
    code = (
        "import sys; from lawreports.state.keys import text_sample;"
        "print(sorted(text_sample(sys.stdin.read())))"
    )
    here = sorted(text_sample(WHOLE))
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=WHOLE,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        assert json.loads(out) == here


def test_a_long_report_is_sampled_in_a_few_milliseconds() -> None:
    body = (WHOLE * 20)[:20_000]
    text_sample(body)  # warm
    start = time.perf_counter()
    for _ in range(10):
        sample = text_sample(body)
    per_report = (time.perf_counter() - start) / 10
    assert 100 < len(sample) < 20_000 // 4
    assert per_report < 0.25, per_report  # 6-8 ms on a quiet 2-core machine, 30 at load 18


def test_a_copy_holding_the_text_is_told_from_an_excerpt_of_it() -> None:
    whole = text_sample(WHOLE + SIGNATURE)
    repost = text_sample(WHOLE)
    excerpt = text_sample("\n".join(SEED.body_lines[:3]))
    assert holds_text(repost, whole)  # the signature is a line among hundreds
    assert not holds_text(excerpt, whole)
    assert holds_text(whole, excerpt)
