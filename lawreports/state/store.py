"""State stores: committed reports, keyed by report key. SQLite is the embedded default."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass
class ReportRecord:
    key: str
    site: str
    content_hash: str
    urls: list[str] = field(default_factory=list)
    first_seen: float = 0.0
    last_seen: float = 0.0


class StateStore(Protocol):
    def get(self, key: str) -> ReportRecord | None: ...

    def put_many(self, records: list[ReportRecord]) -> None: ...

    def known_urls(self, site: str) -> set[str]: ...

    def close(self) -> None: ...


class SqliteStateStore:
    """WAL-mode SQLite; all writes of one commit in one transaction."""

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, site TEXT NOT NULL,"
            " content_hash TEXT NOT NULL, urls TEXT NOT NULL, first_seen REAL NOT NULL,"
            " last_seen REAL NOT NULL)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS reports_site ON reports(site)")

    def get(self, key: str) -> ReportRecord | None:
        row = self.db.execute(
            "SELECT key, site, content_hash, urls, first_seen, last_seen FROM reports WHERE key=?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return ReportRecord(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5])

    def put_many(self, records: list[ReportRecord]) -> None:
        if not records:
            return
        now = time.time()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for rec in records:
                old = self.get(rec.key)
                urls = sorted({*(old.urls if old else []), *rec.urls})
                first = old.first_seen if old else (rec.first_seen or now)
                self.db.execute(
                    "INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        rec.key,
                        rec.site,
                        rec.content_hash,
                        json.dumps(urls, ensure_ascii=False),
                        first,
                        now,
                    ),
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def known_urls(self, site: str) -> set[str]:
        urls: set[str] = set()
        for (raw,) in self.db.execute("SELECT urls FROM reports WHERE site=?", (site,)):
            urls.update(json.loads(raw))
        return urls

    def close(self) -> None:
        self.db.close()


def open_store(location: str) -> StateStore:
    """A path → SQLite; `redis://…` → Redis (for workers sharing one state)."""
    if location.startswith(("redis://", "rediss://", "unix://")):
        raise NotImplementedError("the Redis state store is not built yet")
    return SqliteStateStore(location)
