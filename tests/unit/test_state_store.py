"""The StateStore contract, run against SQLite and Redis alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lawreports.state.records import AttachmentRecord, Batch, KnownUrl, ReportRecord, RunInfo
from lawreports.state.redis_store import RedisStateStore
from lawreports.state.store import (
    SqliteStateStore,
    StateLockedError,
    StateStore,
    open_store,
)
from tests.support.state import dead_run, live_other_run, redis_location, store

__all__ = ["store"]  # the parametrized (SQLite, Redis) fixture


def rec(key: str, digest: str = "h1", url: str = "http://a/1.html") -> ReportRecord:
    return ReportRecord(key, "s", digest, [url])


@pytest.mark.redis
def test_open_store_picks_the_store_by_location(tmp_path: Path, redis_url: str) -> None:
    sqlite = open_store(str(tmp_path / "x.sqlite3"))
    redis_store = open_store(redis_location(redis_url))
    assert isinstance(sqlite, SqliteStateStore)
    assert isinstance(redis_store, RedisStateStore)
    sqlite.close()
    redis_store.close()


def test_records_round_trip_keep_first_seen_and_accumulate_urls(store: StateStore) -> None:
    assert store.get("s:1") is None
    store.put_many([rec("s:1", url="http://a/1.html"), rec("s:2")])
    first = store.get("s:1")
    assert first is not None and first.content_hash == "h1" and first.first_seen > 0
    store.put_many([rec("s:1", "h2", url="http://b/1.html")])
    again = store.get("s:1")
    assert again is not None
    assert again.content_hash == "h2"
    assert again.urls == ["http://a/1.html", "http://b/1.html"]
    assert again.first_seen == first.first_seen
    assert again.last_seen >= first.last_seen
    assert set(store.get_many(["s:1", "s:2", "s:3"])) == {"s:1", "s:2"}


def test_known_urls_are_per_site(store: StateStore) -> None:
    store.put_many(
        [rec("s:1")],
        [KnownUrl("s", "http://a/1.html", "s:1", "标题"), KnownUrl("t", "http://t/", "t:9")],
    )
    known = store.known_urls("s")
    assert set(known) == {"http://a/1.html"}
    assert known["http://a/1.html"].link_text == "标题"
    assert known["http://a/1.html"].checked_at > 0
    assert store.known_urls("nobody") == {}


def test_a_live_run_holds_its_claims_until_it_ends(store: StateStore) -> None:
    mine, other = RunInfo.this_process("mine"), live_other_run()
    store.register_run(mine)
    store.register_run(other)
    assert store.claim("s:1", "mine")
    assert store.claim("s:1", "mine"), "a run may claim its own key again"
    assert not store.claim("s:1", "other")
    store.end_run("mine")
    assert store.claim("s:1", "other")


def test_claims_of_a_killed_local_run_are_free_at_once(store: StateStore) -> None:
    gone = dead_run("gone")
    store.register_run(gone)
    assert store.claim("s:1", "gone")
    assert not store.run_alive("gone")
    assert store.claim("s:1", "next")


def test_sqlite_claims_of_a_run_whose_heartbeat_stopped_are_free(tmp_path: Path) -> None:
    st = SqliteStateStore(tmp_path / "ttl.sqlite3", run_ttl=0.0)
    st.register_run(RunInfo("far", "another-host", 1))
    assert st.claim("s:1", "far")
    assert not st.run_alive("far"), "a heartbeat older than the TTL means dead"
    assert st.claim("s:1", "near")
    st.close()


@pytest.mark.redis
def test_redis_liveness_expires_and_frees_the_claims(redis_url: str) -> None:
    st = RedisStateStore(redis_location(redis_url), run_ttl=30)
    st.register_run(RunInfo("far", "another-host", 1))
    assert st.claim("s:1", "far")
    assert not st.claim("s:1", "near")
    liveness = st._k("run", "far")
    assert 0 < st.r.pttl(liveness) <= 30_000
    st.r.delete(liveness)  # what the TTL does when the worker stops beating
    assert not st.run_alive("far")
    assert st.claim("s:1", "near")
    st.close()


def test_prepared_batch_commits_once(store: StateStore) -> None:
    run = RunInfo.this_process("r1")
    batch = Batch(
        run,
        [rec("s:1"), rec("s:2")],
        [KnownUrl("s", "http://a/1.html", "s:1")],
        [("/tmp/.x.part", "/tmp/x")],
    )
    store.prepare(batch)
    (pending,) = store.pending()
    assert pending == batch
    assert store.get("s:1") is None, "prepared is not delivered yet"
    assert store.commit("r1") == 2
    assert store.commit("r1") == 0
    assert store.pending() == []
    assert store.get("s:1") is not None
    assert set(store.known_urls("s")) == {"http://a/1.html"}


def test_discarded_batch_commits_nothing(store: StateStore) -> None:
    store.prepare(Batch(RunInfo.this_process("r2"), [rec("s:1")]))
    store.discard("r2")
    assert store.pending() == []
    assert store.commit("r2") == 0
    assert store.get("s:1") is None


def test_attachments_are_remembered_by_url(store: StateStore) -> None:
    assert store.get_attachment("http://a/f.pdf") is None
    store.put_attachment(AttachmentRecord("http://a/f.pdf", 1234, "ab" * 32))
    got = store.get_attachment("http://a/f.pdf")
    assert got is not None and got.size == 1234 and got.sha256 == "ab" * 32 and got.seen_at > 0


def test_sqlite_writer_waits_then_names_the_lock_holder(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    holder = SqliteStateStore(path)
    holder.register_run(RunInfo("holder-run", "thishost", 4242))
    blocker = sqlite3.connect(str(path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    waiting = SqliteStateStore(path, timeout=0.2)
    with pytest.raises(StateLockedError, match=r"holder-run on thishost pid 4242"):
        waiting.put_many([rec("s:1")])
    blocker.execute("ROLLBACK")
    waiting.put_many([rec("s:1")])
    assert holder.get("s:1") is not None
    for closable in (blocker, holder, waiting):
        closable.close()
