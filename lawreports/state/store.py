"""State stores: delivered reports by key, and the bookkeeping that makes delivery exactly once.

`open_store(location)` picks the store: a file path → SQLite (embedded default), a
`redis://host:port/db` URL → Redis (several machines sharing one state). Both implement the
same `StateStore` protocol and pass the same tests.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from lawreports.state.records import (
    AttachmentRecord,
    Batch,
    InFlightSample,
    KnownUrl,
    ReportRecord,
    RunInfo,
    SamplesAround,
    TextSample,
    merge_record,
    sample_from_json,
    sample_to_json,
)

# A run whose heartbeat is older than this (seconds) is dead and its claims are free.
DEFAULT_RUN_TTL = 60.0


class StateLockedError(RuntimeError):
    """The SQLite state stayed locked by another crawl for longer than the busy timeout."""


class StateStore(Protocol):
    """What the crawl needs from its state, whatever holds it."""

    # delivered reports
    def get(self, key: str) -> ReportRecord | None: ...

    def get_many(self, keys: Iterable[str]) -> dict[str, ReportRecord]: ...

    def put_many(
        self,
        records: list[ReportRecord],
        urls: Iterable[KnownUrl] = (),
        samples: Iterable[TextSample] = (),
    ) -> None: ...

    def known_urls(self, site: str) -> dict[str, KnownUrl]: ...

    # text samples: copies of a delivered (or in-flight) report told by their text
    def share_sample(self, sample: TextSample, run_id: str) -> SamplesAround: ...

    def withdraw_sample(self, sample: TextSample, run_id: str) -> None: ...

    # runs and claims: two workers never both emit one report
    def register_run(self, run: RunInfo) -> None: ...

    def heartbeat(self, run_id: str) -> None: ...

    def end_run(self, run_id: str) -> None: ...

    def run_alive(self, run_id: str) -> bool: ...

    def claim(self, key: str, run_id: str) -> bool: ...

    # deliveries in flight: written before the feeds are renamed, applied after
    def prepare(self, batch: Batch) -> None: ...

    def commit(self, run_id: str) -> int: ...

    def discard(self, run_id: str) -> None: ...

    def pending(self) -> list[Batch]: ...

    # attachments fetched earlier (URL → size, sha256)
    def get_attachment(self, url: str) -> AttachmentRecord | None: ...

    def put_attachment(self, record: AttachmentRecord) -> None: ...

    def close(self) -> None: ...


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, site TEXT NOT NULL,"
    " content_hash TEXT NOT NULL, urls TEXT NOT NULL, first_seen REAL NOT NULL,"
    " last_seen REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS reports_site ON reports(site)",
    "CREATE TABLE IF NOT EXISTS urls (site TEXT NOT NULL, url TEXT NOT NULL, key TEXT NOT NULL,"
    " link_text TEXT, checked_at REAL NOT NULL, PRIMARY KEY (site, url))",
    "CREATE TABLE IF NOT EXISTS runs (run_id TEXT PRIMARY KEY, host TEXT NOT NULL,"
    " pid INTEGER NOT NULL, heartbeat REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, run_id TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pending (run_id TEXT PRIMARY KEY, batch TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS attachments (url TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, seen_at REAL NOT NULL)",
    # Text samples of delivered reports (`samples`) and of reports live runs are emitting
    # (`flights`, with the order they were published in), each filed under a few buckets.
    "CREATE TABLE IF NOT EXISTS samples (key TEXT PRIMARY KEY, sample TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sample_buckets (bucket TEXT NOT NULL, key TEXT NOT NULL,"
    " PRIMARY KEY (bucket, key))",
    "CREATE TABLE IF NOT EXISTS flights (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " key TEXT NOT NULL UNIQUE, run_id TEXT NOT NULL, sample TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS flights_run ON flights(run_id)",
    "CREATE TABLE IF NOT EXISTS flight_buckets (bucket TEXT NOT NULL, key TEXT NOT NULL,"
    " PRIMARY KEY (bucket, key))",
)
_CHUNK = 500  # SQLite host parameters per IN (...) query


class SqliteStateStore:
    """WAL-mode SQLite. Writers wait up to `timeout` seconds for each other (busy timeout),
    then fail naming the crawls that hold the state."""

    def __init__(
        self, path: str | Path, timeout: float = 30.0, run_ttl: float = DEFAULT_RUN_TTL
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self.run_ttl = run_ttl
        self.db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        self._set_up()

    def _set_up(self) -> None:
        """WAL mode and the schema. Two crawls opening a new state at once can get SQLITE_BUSY
        without SQLite's busy handler ever waiting (switching the journal mode is one such
        case), so the set-up itself is retried until the timeout."""
        deadline = time.monotonic() + self.timeout
        pause = 0.01
        while True:
            try:
                with self._locked_errors():
                    if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        self.db.execute("PRAGMA journal_mode=WAL")
                    # Claims and heartbeats need no fsync; deliveries switch to FULL (_write).
                    self.db.execute("PRAGMA synchronous=NORMAL")
                    for statement in _SCHEMA:
                        self.db.execute(statement)
                return
            except StateLockedError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    # --- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise StateLockedError(
                f"the state {self.path} stayed locked for {self.timeout:.0f}s by another crawl"
                f" ({self._holders()}); set LAWREPORTS_STATE_TIMEOUT to wait longer"
            ) from exc

    def _holders(self) -> str:
        try:
            rows = self.db.execute("SELECT run_id, host, pid FROM runs").fetchall()
        except sqlite3.Error:
            return "holder unknown"
        live = [f"run {r} on {h} pid {p}" for r, h, p in rows]
        return ", ".join(live) or "holder unknown"

    @contextlib.contextmanager
    def _write(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; `durable` ones are fsync'd before they count as done."""
        with self._locked_errors():
            if durable:
                self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            finally:
                if durable:
                    self.db.execute("PRAGMA synchronous=NORMAL")

    # --- reports ------------------------------------------------------------------------------
    def get(self, key: str) -> ReportRecord | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, ReportRecord]:
        wanted = list(keys)
        found: dict[str, ReportRecord] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT key, site, content_hash, urls, first_seen, last_seen FROM reports"
                f" WHERE key IN ({marks})",
                chunk,
            )
            for row in rows:
                found[row[0]] = ReportRecord(
                    row[0], row[1], row[2], json.loads(row[3]), row[4], row[5]
                )
        return found

    def put_many(
        self,
        records: list[ReportRecord],
        urls: Iterable[KnownUrl] = (),
        samples: Iterable[TextSample] = (),
    ) -> None:
        with self._write(durable=True) as db:
            self._apply(db, records, list(urls), list(samples))

    def _apply(
        self,
        db: sqlite3.Connection,
        records: list[ReportRecord],
        urls: list[KnownUrl],
        samples: list[TextSample],
    ) -> None:
        now = time.time()
        self._file_samples(db, samples)
        old = self.get_many(r.key for r in records)
        db.executemany(
            "INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?, ?, ?)",
            [
                (m.key, m.site, m.content_hash, json.dumps(m.urls, ensure_ascii=False), *t)
                for m in (merge_record(old.get(r.key), r, now) for r in records)
                for t in [(m.first_seen, m.last_seen)]
            ],
        )
        db.executemany(
            "INSERT OR REPLACE INTO urls VALUES (?, ?, ?, ?, ?)",
            [(u.site, u.url, u.key, u.link_text, u.checked_at or now) for u in urls],
        )

    def known_urls(self, site: str) -> dict[str, KnownUrl]:
        rows = self.db.execute(
            "SELECT site, url, key, link_text, checked_at FROM urls WHERE site=?", (site,)
        )
        return {row[1]: KnownUrl(*row) for row in rows}

    # --- text samples -------------------------------------------------------------------------
    @staticmethod
    def _file_samples(db: sqlite3.Connection, samples: list[TextSample]) -> None:
        """Delivered samples replace the report's earlier one, and its buckets."""
        keys = [(t.key,) for t in samples]
        db.executemany("DELETE FROM sample_buckets WHERE key=?", keys)
        db.executemany(
            "INSERT OR REPLACE INTO samples VALUES (?, ?)",
            [(t.key, sample_to_json(t)) for t in samples],
        )
        db.executemany(
            "INSERT OR IGNORE INTO sample_buckets VALUES (?, ?)",
            [(bucket, t.key) for t in samples for bucket in t.buckets()],
        )

    def share_sample(self, sample: TextSample, run_id: str) -> SamplesAround:
        """Publish the sample as this run's (in one transaction with reading the others, so of
        two runs publishing copies at once the later one sees the earlier)."""
        with self._write() as db:
            db.execute("DELETE FROM flight_buckets WHERE key=?", (sample.key,))
            db.execute("DELETE FROM flights WHERE key=?", (sample.key,))
            seq = db.execute(
                "INSERT INTO flights (key, run_id, sample) VALUES (?, ?, ?)",
                (sample.key, run_id, sample_to_json(sample)),
            ).lastrowid
            db.executemany(
                "INSERT OR IGNORE INTO flight_buckets VALUES (?, ?)",
                [(bucket, sample.key) for bucket in sample.buckets()],
            )
            wanted = sample.wanted()
            if not wanted:
                return SamplesAround(seq or 0)
            marks = ",".join("?" * len(wanted))
            delivered = db.execute(
                "SELECT sample FROM samples WHERE key IN"
                f" (SELECT key FROM sample_buckets WHERE bucket IN ({marks}))",
                wanted,
            ).fetchall()
            flying = db.execute(
                "SELECT seq, run_id, sample FROM flights WHERE run_id != ? AND key IN"
                f" (SELECT key FROM flight_buckets WHERE bucket IN ({marks}))",
                [run_id, *wanted],
            ).fetchall()
            return SamplesAround(
                seq or 0,
                [sample_from_json(raw) for (raw,) in delivered],
                self._live_flights(db, flying),
            )

    def _live_flights(
        self, db: sqlite3.Connection, rows: list[tuple[int, str, str]]
    ) -> list[InFlightSample]:
        """The samples of live runs; those a dead run left are forgotten (like its claims)."""
        alive = {run_id: self.run_alive(run_id) for run_id in {r[1] for r in rows}}
        for run_id in (r for r, live in alive.items() if not live):
            self._forget_flights(db, run_id)
        return [
            InFlightSample(seq, run_id, sample_from_json(raw))
            for seq, run_id, raw in rows
            if alive[run_id]
        ]

    @staticmethod
    def _forget_flights(db: sqlite3.Connection, run_id: str) -> None:
        db.execute(
            "DELETE FROM flight_buckets WHERE key IN (SELECT key FROM flights WHERE run_id=?)",
            (run_id,),
        )
        db.execute("DELETE FROM flights WHERE run_id=?", (run_id,))

    def withdraw_sample(self, sample: TextSample, run_id: str) -> None:
        """Its report is not emitted after all: no other run need yield to it."""
        with self._write() as db:
            mine = (sample.key, run_id)
            db.execute(
                "DELETE FROM flight_buckets WHERE key IN"
                " (SELECT key FROM flights WHERE key=? AND run_id=?)",
                mine,
            )
            db.execute("DELETE FROM flights WHERE key=? AND run_id=?", mine)

    # --- runs and claims ----------------------------------------------------------------------
    def register_run(self, run: RunInfo) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)",
                (run.run_id, run.host, run.pid, time.time()),
            )

    def heartbeat(self, run_id: str) -> None:
        with self._write() as db:
            db.execute("UPDATE runs SET heartbeat=? WHERE run_id=?", (time.time(), run_id))

    def end_run(self, run_id: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM claims WHERE run_id=?", (run_id,))
            self._forget_flights(db, run_id)
            db.execute("DELETE FROM runs WHERE run_id=?", (run_id,))

    def run_alive(self, run_id: str) -> bool:
        row = self.db.execute(
            "SELECT run_id, host, pid, heartbeat FROM runs WHERE run_id=?", (run_id,)
        ).fetchone()
        if row is None:
            return False
        if time.time() - row[3] > self.run_ttl:
            return False
        return not RunInfo(row[0], row[1], row[2]).is_local_and_dead()

    def claim(self, key: str, run_id: str) -> bool:
        with self._write() as db:
            row = db.execute("SELECT run_id FROM claims WHERE key=?", (key,)).fetchone()
            if row is not None and row[0] != run_id and self.run_alive(row[0]):
                return False
            db.execute("INSERT OR REPLACE INTO claims VALUES (?, ?)", (key, run_id))
            return True

    # --- deliveries in flight -----------------------------------------------------------------
    def prepare(self, batch: Batch) -> None:
        with self._write(durable=True) as db:
            db.execute(
                "INSERT OR REPLACE INTO pending VALUES (?, ?)", (batch.run.run_id, batch.to_json())
            )

    def commit(self, run_id: str) -> int:
        """Apply a prepared batch and forget it, in one transaction; 0 when none is pending."""
        with self._write(durable=True) as db:
            row = db.execute("SELECT batch FROM pending WHERE run_id=?", (run_id,)).fetchone()
            if row is None:
                return 0
            batch = Batch.from_json(row[0])
            self._apply(db, batch.records, batch.urls, batch.samples)
            db.execute("DELETE FROM pending WHERE run_id=?", (run_id,))
            return len(batch.records)

    def discard(self, run_id: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM pending WHERE run_id=?", (run_id,))

    def pending(self) -> list[Batch]:
        return [Batch.from_json(raw) for (raw,) in self.db.execute("SELECT batch FROM pending")]

    # --- attachments --------------------------------------------------------------------------
    def get_attachment(self, url: str) -> AttachmentRecord | None:
        row = self.db.execute(
            "SELECT url, size, sha256, seen_at FROM attachments WHERE url=?", (url,)
        ).fetchone()
        return AttachmentRecord(*row) if row else None

    def put_attachment(self, record: AttachmentRecord) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO attachments VALUES (?, ?, ?, ?)",
                (record.url, record.size, record.sha256, record.seen_at or time.time()),
            )

    def close(self) -> None:
        self.db.close()


def open_store(
    location: str, *, timeout: float = 30.0, run_ttl: float = DEFAULT_RUN_TTL
) -> StateStore:
    """A path → SQLite; `redis://…` → Redis (for workers sharing one state)."""
    if location.startswith(("redis://", "rediss://", "unix://")):
        from lawreports.state.redis_store import RedisStateStore

        return RedisStateStore(location, run_ttl=run_ttl)
    return SqliteStateStore(location, timeout=timeout, run_ttl=run_ttl)
