"""Two crawls of one portal at the same moment on one state: the state stays sound and no
report is delivered by both."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.changing import ChangingSite
from tests.support.crawls import crawl_command, read_feed, start, stat
from tests.support.state import STORES, state_location

pytestmark = pytest.mark.e2e
REPORTS = 30


@pytest.fixture
def site(fixture_web: FixtureWeb, tmp_path: Path) -> Iterator[ChangingSite]:
    web_site = fixture_web.sites["changing"]
    assert isinstance(web_site, ChangingSite)
    write_site_config(tmp_path / "sites", "changing", web_site.base_url + "/")
    web_site.reset(published=REPORTS)
    yield web_site
    web_site.reset()


@pytest.mark.parametrize("store", STORES)
def test_two_workers_on_one_state_never_both_emit_a_report(
    site: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    state = state_location(store, request, tmp_path)
    # The listing is served only once both workers asked for it: they crawl side by side.
    site.hold("/zwgk/xxgkml/fzzfjsndbg/", release_after_hits=2)
    procs, outputs, logs = [], [], []
    for n in (1, 2):
        outputs.append(tmp_path / f"w{n}.jsonl")
        logs.append(tmp_path / f"w{n}.log")
        cmd = crawl_command(
            "changing",
            sites_dir=tmp_path / "sites",
            state=state,
            feed=["-O", str(outputs[-1])],
        )
        procs.append(start(cmd, logs[-1]))
    for proc, log in zip(procs, logs, strict=True):
        assert proc.wait(300) == 0, log.read_text()[-3000:]
    per_worker = [read_feed(out) for out in outputs]
    ids = Counter(item["id"] for items in per_worker for item in items)
    assert [i for i, n in ids.items() if n > 1] == [], "both workers emitted a report"
    assert set(ids) == site.gold_ids()
    fetched_twice = [r.path for r in site.visible() if site.hits[r.path] == 2]
    assert len(fetched_twice) == REPORTS, "both workers raced for every report"
    texts = [log.read_text() for log in logs]
    held_back = sum(
        (stat(t, "lawreports/dedup/claimed_by_other_run") or 0)
        + (stat(t, "lawreports/dedup/seen_before") or 0)
        for t in texts
    )
    assert held_back == REPORTS, "the other worker dropped each report"
    if store == "sqlite":
        with sqlite3.connect(state) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT COUNT(*) FROM reports").fetchone() == (REPORTS,)


@pytest.mark.parametrize("store", STORES)
def test_two_workers_never_emit_both_a_report_and_its_repost(
    site: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    """The worker that lost a report's claim still reads its 通知公告 copy (reworded title, no
    索引号): the sample the other worker published with its claim tells it apart."""
    site.reset(published=5)  # five texts, none alike
    reposts = {site.base_url + site.repost(n) for n in (1, 3)}
    state = state_location(store, request, tmp_path)
    site.hold("/zwgk/xxgkml/fzzfjsndbg/", release_after_hits=2)
    procs, outputs, logs = [], [], []
    for n in (1, 2):
        outputs.append(tmp_path / f"w{n}.jsonl")
        logs.append(tmp_path / f"w{n}.log")
        cmd = crawl_command(
            "changing", sites_dir=tmp_path / "sites", state=state, feed=["-O", str(outputs[-1])]
        )
        procs.append(start(cmd, logs[-1]))
    for proc, log in zip(procs, logs, strict=True):
        assert proc.wait(300) == 0, log.read_text()[-3000:]
    items = [item for out in outputs for item in read_feed(out)]
    assert not reposts & {item["url"] for item in items}
    assert sorted(item["id"] for item in items) == sorted(site.gold_ids())
