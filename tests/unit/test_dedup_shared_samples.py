"""Copies of one report told by their text across runs and across workers on one state: a
repost (no 索引号, reworded title) read by a later run, or by another worker while the report
is being emitted, is not delivered again; a killed run's samples count only if its records do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from lawreports import feeds
from lawreports.items import ReportItem
from lawreports.pipelines.dedup import DedupPipeline
from lawreports.state.commit import AlreadyDelivered, Delivery, ReportState, recover
from lawreports.state.records import Batch, KnownUrl, ReportRecord, RunInfo
from lawreports.state.store import StateStore
from tests.fixtureweb.seeds import load_seed
from tests.support.state import dead_run, live_other_run, store

__all__ = ["store"]  # the parametrized (SQLite, Redis) fixture

WHOLE = "\n".join(load_seed("003").body_lines)
OTHER = "\n".join(load_seed("001").body_lines)
TITLE = "灌云县人民政府关于2024年度法治政府建设工作情况的报告"


def catalogue() -> ReportItem:
    return ReportItem(
        url="http://x/art/1.html",
        site="guanyun",
        title=TITLE,
        report_year=2024,
        body=WHOLE + "\n灌云县人民政府\n2025年3月24日",
        index_no="X-2025-00046",
        publisher="灌云县人民政府",
    )


def repost(
    body: str = WHOLE, url: str = "http://x/tzgg/9.html", publisher: str = "县司法局"
) -> ReportItem:
    """A 通知公告 copy under a reworded title, without the signature or a 索引号."""
    return ReportItem(
        url=url,
        site="guanyun",
        title="灌云县2024年度法治政府建设工作情况报告",
        report_year=2024,
        body=body,
        publisher=publisher,
    )


class Worker:
    """One crawl process on the shared state: its run, its dedup, what it emitted."""

    def __init__(self, store: StateStore, run: RunInfo) -> None:
        store.register_run(run)
        self.state = ReportState(store, run)
        self.crawler = get_crawler()
        assert self.crawler.stats is not None
        self.crawler.stats.open_spider()
        self.dedup = DedupPipeline(self.crawler, self.state)

    def emit(self, item: ReportItem) -> bool:
        """The item through dedup; staged as the commit extension does. True when emitted."""
        adapter = ItemAdapter(item)
        try:
            self.dedup.process_item(item)
        except AlreadyDelivered:
            known = KnownUrl(item.site, item.url, adapter["id"])
            self.state.stage_urls([known])
            return False
        except DropItem:
            return False
        record = ReportRecord(adapter["id"], item.site, adapter["content_hash"], [item.url])
        self.state.stage(record, [KnownUrl(item.site, item.url, record.key)])
        return True

    def deliver(self) -> None:
        Delivery().deliver(self.state)
        self.state.store.end_run(self.state.run.run_id)

    def stat(self, name: str) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats.get_value(f"lawreports/dedup/{name}")


@pytest.fixture
def worker(store: StateStore) -> Iterator[Any]:
    def start(run_id: str) -> Worker:
        return Worker(store, RunInfo.this_process(run_id))

    yield start


def test_a_later_run_drops_a_new_repost_of_an_earlier_runs_report(
    store: StateStore, worker: Any
) -> None:
    first = worker("monday")
    assert first.emit(report := catalogue())
    first.deliver()
    later = worker("tuesday")
    copy = repost()
    assert not later.emit(copy)
    assert copy.id == report.id
    assert later.stat("copy_of_earlier_run") == 1
    later.deliver()
    assert store.known_urls("guanyun")[copy.url].key == report.id, "skipped by the next run"
    assert worker("wednesday").emit(repost(OTHER, "http://x/tzgg/10.html")), "another text"


def test_a_later_runs_copy_of_a_copy_is_that_report_too(store: StateStore, worker: Any) -> None:
    first = worker("monday")
    first.emit(report := catalogue())
    first.deliver()
    later = worker("tuesday")
    later.emit(repost())
    again = repost(url="http://x/wap/9.html")
    assert not later.emit(again)
    assert again.id == report.id


def test_the_report_itself_seen_again_is_not_a_copy_of_itself(
    store: StateStore, worker: Any
) -> None:
    first = worker("monday")
    first.emit(catalogue())
    first.deliver()
    later = worker("tuesday")
    assert not later.emit(catalogue())
    assert later.stat("seen_before") == 1
    assert later.stat("copy_of_earlier_run") is None


@pytest.mark.parametrize("repost_first", [False, True])
def test_two_workers_emit_one_of_a_report_and_its_repost(
    store: StateStore, worker: Any, repost_first: bool
) -> None:
    """Two workers on one state (a shared crawl) read the catalogue copy and the repost at the
    same time: the one that published its sample later yields, whichever copy it holds."""
    a, b = worker("a"), worker("b")
    items = [catalogue(), repost()]
    if repost_first:
        items.reverse()
    emitted = [a.emit(items[0]), b.emit(items[1])]
    assert emitted == [True, False]
    assert b.stat("claimed_by_other_run") == 1
    a.deliver()
    b.deliver()
    assert store.known_urls("guanyun").keys() == {items[0].url}
    assert not worker("c").emit(items[1]), "delivered by a, a copy for every later run"


def test_a_worker_that_died_leaves_the_repost_to_be_emitted(
    store: StateStore, worker: Any
) -> None:
    gone = Worker(store, dead_run("gone"))
    assert gone.emit(catalogue())  # killed before delivering: its claims and samples are free
    store.register_run(RunInfo.this_process("next"))
    assert worker("next").emit(repost())


def test_a_live_worker_that_dropped_its_copy_holds_nothing_back(
    store: StateStore, worker: Any
) -> None:
    """A copy dropped as an earlier run's report withdraws its sample: a live worker emitting a
    copy later is not told to yield to it."""
    first = worker("monday")
    first.emit(report := catalogue())
    first.deliver()
    other = Worker(store, live_other_run())
    assert not other.emit(repost())
    later = worker("tuesday")
    fresh = repost(WHOLE + "\n（编辑：张三）", "http://x/xzjd/9.html", "某镇")
    assert not later.emit(fresh)
    assert fresh.id == report.id
    assert later.stat("copy_of_earlier_run") == 1
    assert later.stat("claimed_by_other_run") is None


def part(target: Path, text: str) -> Path:
    with feeds.new_part(target) as f:
        f.write(text.encode())
        return Path(f.name)


@pytest.mark.parametrize("published", [0, 1])
def test_a_killed_runs_samples_count_only_if_its_records_do(
    store: StateStore, worker: Any, tmp_path: Path, published: int
) -> None:
    """Killed between prepare and commit: rolled back, its reports and their samples are
    delivered again; rolled forward (a feed in place), both are delivered."""
    killed = Worker(store, dead_run("killed"))
    killed.emit(report := catalogue())
    target = tmp_path / "out.jsonl"
    ready = part(target, '{"id": "x"}\n')
    batch: Batch = killed.state.batch([(str(ready), str(target))])
    assert [t.key for t in batch.samples] == [report.id]
    store.prepare(batch)
    if published:
        feeds.publish(ready, target)
    recover(store, RunInfo.this_process("next"))
    emitted = worker("next").emit(repost())
    assert emitted is (not published)


def test_a_report_is_not_dropped_for_an_earlier_runs_excerpt_of_it(
    store: StateStore, worker: Any
) -> None:
    """A news item quoting half the report went out first: the report with its own 索引号 is
    dropped only for a copy that holds (nearly) all its text."""
    lines = load_seed("003").body_lines
    first = worker("monday")
    assert first.emit(repost("\n".join(lines[: len(lines) // 2])))
    first.deliver()
    assert worker("tuesday").emit(catalogue())
