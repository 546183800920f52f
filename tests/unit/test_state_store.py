"""The StateStore contract, run against SQLite and Redis alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lawreports.state.records import (
    AttachmentRecord,
    Batch,
    KnownUrl,
    ReportRecord,
    RunInfo,
    TextSample,
    sample_from_json,
    sample_to_json,
)
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


# --- text samples -------------------------------------------------------------------------------
TEXT = tuple(range(0, 8 * 40, 8))  # a sample of a text of some length (40 numbers)


def sample(
    key: str, near: str | None = "s:near-a", year: int | None = 2024, **kw: object
) -> TextSample:
    return TextSample(key, "s", year, near, kw.pop("text", TEXT), **kw)  # type: ignore[arg-type]


def test_delivered_samples_are_found_by_near_key_and_by_site_and_year(
    store: StateStore,
) -> None:
    store.put_many(
        [rec("s:1"), rec("s:2"), rec("s:3")],
        samples=[
            sample("s:1", indexed=True),
            sample("s:2", near="s:near-b"),
            sample("s:3", near="s:near-c", year=2023),
        ],
    )
    store.register_run(RunInfo.this_process("r"))
    unindexed = store.share_sample(sample("s:9", near="s:near-z"), "r")
    assert {t.key for t in unindexed.delivered} == {"s:1", "s:2"}, "its site and year only"
    by_near = store.share_sample(sample("s:8", near="s:near-c", year=2023, indexed=True), "r")
    assert by_near.delivered == [sample("s:3", near="s:near-c", year=2023)]
    indexed = store.share_sample(sample("s:7", near="s:near-z", indexed=True), "r")
    assert {t.key for t in indexed.delivered} == {"s:2"}, "only copies without a 索引号"


def test_a_short_text_is_found_only_under_its_title_and_year(store: StateStore) -> None:
    store.put_many([rec("s:1")], samples=[sample("s:1", text=(8, 16))])
    store.register_run(RunInfo.this_process("r"))
    assert store.share_sample(sample("s:2", near="s:near-z"), "r").delivered == []
    assert [t.key for t in store.share_sample(sample("s:3"), "r").delivered] == ["s:1"]


def test_a_delivered_sample_replaces_the_reports_earlier_one(store: StateStore) -> None:
    store.put_many([rec("s:1")], samples=[sample("s:1", near="s:near-old")])
    store.put_many([rec("s:1", "h2")], samples=[sample("s:1", near="s:near-new", text=(8,))])
    store.register_run(RunInfo.this_process("r"))
    assert store.share_sample(sample("s:2", near="s:near-old"), "r").delivered == []
    (new,) = store.share_sample(sample("s:3", near="s:near-new"), "r").delivered
    assert new.sample == (8,)


def test_samples_of_live_runs_are_shared_in_order_until_they_end(store: StateStore) -> None:
    mine, other = RunInfo.this_process("mine"), live_other_run()
    store.register_run(mine)
    store.register_run(other)
    first = store.share_sample(sample("s:1"), "other")
    assert first.in_flight == [] and first.delivered == []
    second = store.share_sample(sample("s:2", near="s:near-b"), "mine")
    (flying,) = second.in_flight
    assert flying.run_id == "other" and flying.sample == sample("s:1")
    assert flying.seq < second.seq
    (later,) = store.share_sample(sample("s:3"), "other").in_flight
    assert later.sample.key == "s:2" and later.seq == second.seq
    assert store.share_sample(sample("s:3"), "other").seq > second.seq
    assert [f.sample.key for f in store.share_sample(sample("s:4"), "mine").in_flight] == [
        "s:1",
        "s:3",
    ], "a run's own samples are its own business"
    store.end_run("other")
    assert store.share_sample(sample("s:5"), "mine").in_flight == []
    assert store.share_sample(sample("s:6"), "mine").delivered == []


def test_a_killed_runs_samples_are_free_at_once(store: StateStore) -> None:
    gone = dead_run("gone")
    store.register_run(gone)
    store.share_sample(sample("s:1"), "gone")
    store.register_run(RunInfo.this_process("next"))
    assert store.share_sample(sample("s:2"), "next").in_flight == []


def test_a_withdrawn_sample_is_no_longer_shared(store: StateStore) -> None:
    store.register_run(live_other_run())
    store.share_sample(sample("s:1"), "other")
    store.withdraw_sample(sample("s:1"), "other")
    assert store.share_sample(sample("s:2"), "mine").in_flight == []


def test_samples_are_committed_with_their_batch(store: StateStore) -> None:
    run = RunInfo.this_process("r1")
    batch = Batch(run, [rec("s:1")], samples=[sample("s:1")])
    store.prepare(batch)
    (pending,) = store.pending()
    assert pending == batch
    store.register_run(RunInfo.this_process("r2"))
    assert store.share_sample(sample("s:2"), "r2").delivered == [], "prepared, not delivered"
    store.commit("r1")
    assert [t.key for t in store.share_sample(sample("s:3"), "r2").delivered] == ["s:1"]
    store.prepare(Batch(run, [rec("s:4")], samples=[sample("s:4", "s:near-d", 2020)]))
    store.discard("r1")
    assert store.share_sample(sample("s:5", "s:near-d", 2020), "r2").delivered == []


def test_a_batch_written_before_samples_were_kept_still_loads() -> None:
    old = (
        '{"run": {"run_id": "r", "host": "h", "pid": 1}, "records": [{"key": "s:1", "site": "s",'
        ' "content_hash": "h", "urls": [], "first_seen": 0.0, "last_seen": 0.0}],'
        ' "urls": [], "files": []}'
    )
    batch = Batch.from_json(old)
    assert batch.samples == [] and batch.records[0].key == "s:1"


def test_a_state_file_without_samples_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:  # the schema before samples were kept
        db.execute(
            "CREATE TABLE reports (key TEXT PRIMARY KEY, site TEXT NOT NULL,"
            " content_hash TEXT NOT NULL, urls TEXT NOT NULL, first_seen REAL NOT NULL,"
            " last_seen REAL NOT NULL)"
        )
        db.execute("INSERT INTO reports VALUES ('s:1', 's', 'h1', '[]', 1.0, 1.0)")
    st = SqliteStateStore(path)
    assert st.get("s:1") is not None
    st.register_run(RunInfo.this_process("r"))
    assert st.share_sample(sample("s:2"), "r").delivered == []
    st.put_many([rec("s:2")], samples=[sample("s:2")])
    assert [t.key for t in st.share_sample(sample("s:3"), "r").delivered] == ["s:2"]
    st.close()


@pytest.mark.redis
def test_redis_samples_of_a_run_whose_liveness_expired_are_dropped(redis_url: str) -> None:
    st = RedisStateStore(redis_location(redis_url), run_ttl=30)
    st.register_run(RunInfo("far", "another-host", 1))
    st.share_sample(sample("s:1"), "far")
    assert [f.sample.key for f in st.share_sample(sample("s:2"), "near").in_flight] == ["s:1"]
    st.r.delete(st._k("run", "far"))  # what the TTL does when the worker stops beating
    assert st.share_sample(sample("s:3"), "near").in_flight == []
    assert not st.r.hexists(st._k("flight", "s:near-a"), "s:1"), "forgotten, not just skipped"
    st.close()


def test_a_sample_is_stored_in_a_few_bytes_a_number() -> None:
    text = TextSample("s:1", "s", 2024, None, tuple(range(0, 2**32, 2**22)))
    assert sample_from_json(sample_to_json(text)) == text
    assert len(sample_to_json(text)) < 6 * len(text.sample) + 100
