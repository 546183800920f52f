"""Exactly once within a run: a repost of a report under another title, or with a line of its
own, is the same report; pages that only point to their files are not one another."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from lawreports.items import ReportItem
from lawreports.pipelines.dedup import DedupPipeline
from lawreports.state.commit import AlreadyDelivered, ReportState
from lawreports.state.keys import text_key
from lawreports.state.records import RunInfo
from lawreports.state.store import open_store

SENTENCES = [
    "2023年，在县委、县政府的坚强领导下，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。",
    "一是健全依法决策机制，全年审查重大行政决策事项12件，提出合法性审查意见36条，全部被采纳。",
    "二是严格规范公正文明执法，全面落实行政执法三项制度，全县行政执法案卷评查优秀率达到92.6%。",
    "三是强化行政权力制约监督，办理人大代表建议84件、政协提案112件，办复率100%，群众满意度提升。",
    "四是全面推进政务公开，主动公开政府信息3260条，依申请公开办理答复率100%，无一起败诉案件。",
]


def _item(url: str, title: str, body: list[str], index_no: str | None = None) -> ReportItem:
    return ReportItem(
        url=url, title=title, body="\n".join(body), index_no=index_no, report_year=2023, site="sx"
    )


@pytest.fixture
def dedup(tmp_path: Path) -> Any:
    store = open_store(str(tmp_path / "state.sqlite3"))
    yield DedupPipeline(get_crawler(), ReportState(store, RunInfo.this_process("run")))
    store.close()


def test_a_repost_under_another_title_with_a_source_line_is_dropped(dedup: Any) -> None:
    dedup.process_item(
        _item("http://sx.gov.cn/a", "某县2023年度法治政府建设情况报告", SENTENCES, "X-1")
    )
    repost = _item(
        "http://sx.gov.cn/tzgg/b",
        "关于某县2023年度法治政府建设情况的报告",
        ["来源：县司法局", *SENTENCES, "某县人民政府"],
    )
    with pytest.raises(AlreadyDelivered):
        dedup.process_item(repost)


def test_pages_pointing_to_their_files_are_not_one_another(dedup: Any) -> None:
    pointer = ["某县2023年度法治政府建设情况报告详见附件。"]
    dedup.process_item(_item("http://sx.gov.cn/a", "某县2023年度法治政府建设情况报告", pointer))
    other = _item("http://sx.gov.cn/b", "县司法局2023年度法治政府建设情况报告", pointer)
    assert dedup.process_item(other) is other
    assert text_key("sx", "\n".join(pointer)) is None
