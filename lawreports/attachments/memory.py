"""What earlier runs learnt about attachment files, so a re-crawl does not download them again.

URL → size and sha256 live in the crawl state (`StateStore.get_attachment/put_attachment`);
the text read from a file is kept beside it, keyed by sha256, so a known file of unchanged size
gives back the same body (and the same content hash) without a download. Both are caches, not
delivery state: writing them before the feed is stored is harmless.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import redis

from lawreports.attachments.text import EXTRACTORS, FAILED, UNSUPPORTED
from lawreports.state.records import AttachmentRecord
from lawreports.state.redis_store import RedisStateStore
from lawreports.state.store import SqliteStateStore, StateStore


@dataclass(frozen=True)
class FileRecord:
    url: str
    size: int
    sha256: str
    kind: str | None
    status: str
    paragraphs: list[str] = field(default_factory=list)


class TextCache(Protocol):
    def get(self, sha256: str) -> tuple[str | None, str, list[str]] | None: ...

    def put(self, sha256: str, kind: str | None, status: str, paragraphs: list[str]) -> None: ...

    def close(self) -> None: ...


def _pack(kind: str | None, status: str, paragraphs: list[str]) -> str:
    return json.dumps({"kind": kind, "status": status, "text": paragraphs}, ensure_ascii=False)


def _unpack(raw: str) -> tuple[str | None, str, list[str]]:
    data = json.loads(raw)
    return data["kind"], data["status"], list(data["text"])


class RunTextCache:
    """This run only."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def get(self, sha256: str) -> tuple[str | None, str, list[str]] | None:
        raw = self.texts.get(sha256)
        return _unpack(raw) if raw else None

    def put(self, sha256: str, kind: str | None, status: str, paragraphs: list[str]) -> None:
        self.texts[sha256] = _pack(kind, status, paragraphs)

    def close(self) -> None:
        self.texts.clear()


class SqliteTextCache:
    """An `attachment_text` table in the SQLite state file."""

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS attachment_text"
            " (sha256 TEXT PRIMARY KEY, data TEXT NOT NULL)"
        )

    def get(self, sha256: str) -> tuple[str | None, str, list[str]] | None:
        row = self.db.execute(
            "SELECT data FROM attachment_text WHERE sha256=?", (sha256,)
        ).fetchone()
        return _unpack(row[0]) if row else None

    def put(self, sha256: str, kind: str | None, status: str, paragraphs: list[str]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO attachment_text VALUES (?, ?)",
            (sha256, _pack(kind, status, paragraphs)),
        )

    def close(self) -> None:
        self.db.close()


class RedisTextCache:
    """An `attachment-text` hash under the Redis state's key prefix."""

    def __init__(self, url: str, prefix: str) -> None:
        self.key = prefix + "attachment-text"
        self.r: redis.Redis = redis.Redis.from_url(url, decode_responses=True)

    def get(self, sha256: str) -> tuple[str | None, str, list[str]] | None:
        raw = self.r.hget(self.key, sha256)
        return _unpack(str(raw)) if raw else None

    def put(self, sha256: str, kind: str | None, status: str, paragraphs: list[str]) -> None:
        self.r.hset(self.key, sha256, _pack(kind, status, paragraphs))

    def close(self) -> None:
        self.r.close()


def text_cache_beside(store: StateStore | None) -> TextCache:
    """Where the state is: the same SQLite file, the same Redis; else this run only."""
    if isinstance(store, SqliteStateStore):
        return SqliteTextCache(store.path)
    if isinstance(store, RedisStateStore):
        return RedisTextCache(store.url, store.prefix)
    return RunTextCache()


class AttachmentMemory:
    """Known files: the state's URL → (size, sha256) joined with the cached text."""

    def __init__(self, store: StateStore | None, texts: TextCache) -> None:
        self.store = store
        self.texts = texts
        self.run: dict[str, FileRecord] = {}

    def get(self, url: str) -> FileRecord | None:
        if url in self.run:
            return self.run[url]
        known = self.store.get_attachment(url) if self.store is not None else None
        if known is None:
            return None
        cached = self.texts.get(known.sha256)
        if cached is None:
            return None  # size known but not the text: the file must be read again
        kind, status, paragraphs = cached
        if status == UNSUPPORTED and kind in EXTRACTORS:
            return None  # a type read since (OFD) is read again, not remembered as unread
        return FileRecord(url, known.size, known.sha256, kind, status, paragraphs)

    def put(self, record: FileRecord) -> None:
        self.run[record.url] = record
        # A file that could not be read is read again next run: the cause may be this
        # machine's (antiword not installed yet), not the file's.
        if record.status != FAILED:
            self.texts.put(record.sha256, record.kind, record.status, record.paragraphs)
        if self.store is not None:
            self.store.put_attachment(AttachmentRecord(record.url, record.size, record.sha256))

    def close(self) -> None:
        self.texts.close()
