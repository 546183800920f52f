"""Delivery and recovery: prepare → publish → commit, and what the next run does after a kill."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawreports import feeds
from lawreports.state.commit import Delivery, ReportState, recover
from lawreports.state.known import DAY, KnownPages
from lawreports.state.records import Batch, KnownUrl, ReportRecord, RunInfo
from lawreports.state.store import StateStore
from tests.support.state import dead_run, live_other_run, store

__all__ = ["store"]  # the parametrized (SQLite, Redis) fixture


def part(target: Path, text: str) -> Path:
    with feeds.new_part(target) as f:
        f.write(text.encode())
        return Path(f.name)


def killed_batch(tmp_path: Path, published: int) -> tuple[Batch, list[Path]]:
    """A dead run's prepared batch of two feeds, `published` of them already renamed."""
    targets = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    parts = [part(t, '{"id": "s:1"}\n') for t in targets]
    for p, t in list(zip(parts, targets, strict=True))[:published]:
        feeds.publish(p, t)
    batch = Batch(
        dead_run(),
        [ReportRecord("s:1", "s", "h1", ["http://a/1.html"])],
        [KnownUrl("s", "http://a/1.html", "s:1")],
        [(str(p), str(t)) for p, t in zip(parts, targets, strict=True)],
    )
    return batch, targets


def test_killed_before_publishing_is_rolled_back(store: StateStore, tmp_path: Path) -> None:
    batch, targets = killed_batch(tmp_path, published=0)
    store.prepare(batch)
    recover(store, RunInfo.this_process("next"))
    assert store.pending() == []
    assert store.get("s:1") is None, "not delivered: the next run must emit it"
    assert not any(t.exists() for t in targets)
    assert list(tmp_path.glob(".*.part")) == []


@pytest.mark.parametrize("published", [1, 2])
def test_killed_after_first_rename_is_rolled_forward(
    store: StateStore, tmp_path: Path, published: int
) -> None:
    batch, targets = killed_batch(tmp_path, published=published)
    store.prepare(batch)
    recover(store, RunInfo.this_process("next"))
    assert store.pending() == []
    assert store.get("s:1") is not None
    assert set(store.known_urls("s")) == {"http://a/1.html"}
    assert all(t.read_text() == '{"id": "s:1"}\n' for t in targets)
    assert list(tmp_path.glob(".*.part")) == []


def test_batches_of_live_runs_and_other_machines_are_left_alone(
    store: StateStore, tmp_path: Path
) -> None:
    live = live_other_run("live")
    store.register_run(live)
    store.prepare(Batch(live, [ReportRecord("s:1", "s", "h")]))
    store.prepare(Batch(RunInfo("far", "another-host", 1), [ReportRecord("s:2", "s", "h")]))
    recover(store, RunInfo.this_process("next"))
    assert len(store.pending()) == 2


def test_delivery_appends_to_an_existing_feed(store: StateStore, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    state = ReportState(store, RunInfo.this_process("r"))
    state.stage(ReportRecord("s:1", "s", "h"), [KnownUrl("s", "http://a/1.html", "s:1")])
    delivery = Delivery()
    delivery.add(part(target, "new\n"), target, append=True)
    assert delivery.deliver(state) == 1
    assert target.read_text() == "old\nnew\n"
    assert store.get("s:1") is not None
    assert list(tmp_path.glob(".*.part")) == []


def test_urls_of_reports_not_delivered_are_not_remembered(
    store: StateStore, tmp_path: Path
) -> None:
    state = ReportState(store, RunInfo.this_process("r"))
    state.stage(ReportRecord("s:1", "s", "h"), [KnownUrl("s", "http://a/1.html", "s:1")])
    state.stage_urls([KnownUrl("s", "http://a/2.html", "s:2")])  # its report never committed
    Delivery().deliver(state)
    assert set(store.known_urls("s")) == {"http://a/1.html"}


def test_stale_parts_of_dead_processes_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    mine = part(target, "x")
    tag = mine.name.split(".")[3].split("-")[0]
    dead = tmp_path / f".out.jsonl.{tag}-{dead_run().pid}.abc.part"
    dead.write_text('{"partial')
    elsewhere = tmp_path / f".out.jsonl.0badc0de-{dead_run().pid}.abc.part"
    elsewhere.write_text('{"partial')
    feeds.remove_stale_parts(tmp_path)
    assert mine.exists()
    assert not dead.exists()
    assert elsewhere.exists(), "another machine's part (shared folder) is not ours to remove"
    os.unlink(mine)


@pytest.mark.parametrize(
    ("url", "link_text", "age_days", "recheck_days", "skipped"),
    [
        ("http://a/1.html", "2023年法治政府建设报告", 1, 30, True),
        ("http://a/1.html", None, 1, 30, True),
        ("http://a/1.html", "2023年 法治政府建设报告", 1, 30, True),
        ("http://a/1.html", "2023年法治政府建设报告（更正）", 1, 30, False),
        ("http://a/1.html", "2023年法治政府建设报告", 31, 30, False),
        ("http://a/1.html", "2023年法治政府建设报告", 0, 0, False),
        ("http://a/2.html", "2023年法治政府建设报告", 1, 30, False),
    ],
)
def test_known_detail_pages_are_skipped_only_while_nothing_says_they_changed(
    url: str, link_text: str | None, age_days: float, recheck_days: float, skipped: bool
) -> None:
    now = 1_000_000_000.0
    known = KnownPages(
        {
            "http://a/1.html": KnownUrl(
                "s", "http://a/1.html", "s:1", "2023年法治政府建设报告", now - age_days * DAY
            )
        },
        recheck_after_s=recheck_days * DAY,
        now=now,
    )
    assert known.skip(url, link_text) is skipped


def test_a_listing_page_of_delivered_reports_brings_nothing_new() -> None:
    now = 1_000_000_000.0
    page = KnownUrl("s", "http://a/1.html", "s:1", "甲", checked_at=now)
    known = KnownPages({page.url: page}, now=now)
    assert known.nothing_new([("http://a/1.html", "甲")])
    assert not known.nothing_new([("http://a/1.html", "甲"), ("http://a/2.html", "乙")])
    assert not known.nothing_new([("http://a/1.html", "甲（修订）")])
    assert not known.nothing_new([]), "a page without report links says nothing"
    assert not KnownPages(known.urls, recheck_after_s=0, now=now).nothing_new(
        [("http://a/1.html", "甲")]
    )
