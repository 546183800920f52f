"""The state in Redis, for several workers (or machines) sharing one crawl state.

Layout under a prefix (default `lawreports:`, set with `?prefix=` on the URL):
`reports` hash key → record, `urls:<site>` hash URL → known URL, `runs` hash + `run:<id>` keys
with a TTL (liveness), `claim:<key>` strings (which run may emit a report), `pending` hash
run → batch in flight, `attachments` hash URL → size and sha256.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis

from lawreports.state.records import (
    AttachmentRecord,
    Batch,
    KnownUrl,
    ReportRecord,
    RunInfo,
    merge_record,
    record_from_json,
    record_to_json,
)
from lawreports.state.store import DEFAULT_RUN_TTL

# A claim is free when unset, ours, or held by a run whose liveness key has expired.
_CLAIM = """
local owner = redis.call('GET', KEYS[1])
if (not owner) or owner == ARGV[1] or redis.call('EXISTS', ARGV[3] .. owner) == 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return 1
end
return 0
"""
CLAIM_EXPIRY_S = 7 * 24 * 3600  # claims left behind by dead runs are garbage after a week
_BATCH = 1000


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _split_prefix(url: str) -> tuple[str, str]:
    """(`redis://…` without our `prefix` parameter, the prefix)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query)
    prefix = next((v for k, v in query if k == "prefix"), "lawreports")
    rest = urlencode([(k, v) for k, v in query if k != "prefix"])
    return urlunsplit(parts._replace(query=rest)), prefix.rstrip(":") + ":"


class RedisStateStore:
    """StateStore on Redis: MULTI/EXEC for commits, a Lua script for atomic claims."""

    def __init__(self, url: str, run_ttl: float = DEFAULT_RUN_TTL) -> None:
        plain_url, self.prefix = _split_prefix(url)
        self.url = plain_url
        self.run_ttl = run_ttl
        self.r: redis.Redis = redis.Redis.from_url(plain_url, decode_responses=True)
        self.r.ping()
        self._claim = self.r.register_script(_CLAIM)

    def _k(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    # --- reports ------------------------------------------------------------------------------
    def get(self, key: str) -> ReportRecord | None:
        raw = self.r.hget(self._k("reports"), key)
        return record_from_json(raw) if raw else None

    def get_many(self, keys: Iterable[str]) -> dict[str, ReportRecord]:
        wanted = list(keys)
        found: dict[str, ReportRecord] = {}
        for start in range(0, len(wanted), _BATCH):
            chunk = wanted[start : start + _BATCH]
            for key, raw in zip(chunk, self.r.hmget(self._k("reports"), chunk), strict=True):
                if raw:
                    found[key] = record_from_json(raw)
        return found

    def put_many(self, records: list[ReportRecord], urls: Iterable[KnownUrl] = ()) -> None:
        url_list = list(urls)
        for start in range(0, max(len(records), 1), _BATCH):
            chunk = records[start : start + _BATCH]
            pipe = self.r.pipeline(transaction=True)
            self._queue_apply(pipe, chunk, url_list if start == 0 else [])
            pipe.execute()

    def _queue_apply(self, pipe: Any, records: list[ReportRecord], urls: list[KnownUrl]) -> None:
        now = time.time()
        old = self.get_many(r.key for r in records)
        if records:
            pipe.hset(
                self._k("reports"),
                mapping={
                    r.key: record_to_json(merge_record(old.get(r.key), r, now)) for r in records
                },
            )
        by_site: dict[str, dict[str, str]] = {}
        for u in urls:
            data = asdict(u)
            data["checked_at"] = u.checked_at or now
            by_site.setdefault(u.site, {})[u.url] = json.dumps(data, ensure_ascii=False)
        for site, mapping in by_site.items():
            pipe.hset(self._k("urls", site), mapping=mapping)

    def known_urls(self, site: str) -> dict[str, KnownUrl]:
        raw = self.r.hgetall(self._k("urls", site))
        return {_text(url): KnownUrl(**json.loads(v)) for url, v in raw.items()}

    # --- runs and claims ----------------------------------------------------------------------
    def register_run(self, run: RunInfo) -> None:
        self._reap_dead_runs()
        pipe = self.r.pipeline(transaction=True)
        pipe.hset(self._k("runs"), run.run_id, json.dumps(asdict(run)))
        pipe.set(self._k("run", run.run_id), "1", px=int(self.run_ttl * 1000))
        pipe.execute()

    def _reap_dead_runs(self) -> None:
        """Forget runs whose process is gone from this machine, or whose liveness expired."""
        for raw_id, raw in self.r.hgetall(self._k("runs")).items():
            run_id = _text(raw_id)
            run = RunInfo(**json.loads(raw))
            if run.is_local_and_dead() or not self.r.exists(self._k("run", run_id)):
                self.r.delete(self._k("run", run_id))
                self.r.hdel(self._k("runs"), run_id)

    def heartbeat(self, run_id: str) -> None:
        self.r.set(self._k("run", run_id), "1", px=int(self.run_ttl * 1000))

    def end_run(self, run_id: str) -> None:
        pipe = self.r.pipeline(transaction=True)
        pipe.delete(self._k("run", run_id))
        pipe.hdel(self._k("runs"), run_id)
        pipe.execute()

    def run_alive(self, run_id: str) -> bool:
        raw = self.r.hget(self._k("runs"), run_id)
        if raw and RunInfo(**json.loads(raw)).is_local_and_dead():
            self.r.delete(self._k("run", run_id))
            return False
        return bool(self.r.exists(self._k("run", run_id)))

    def claim(self, key: str, run_id: str) -> bool:
        won = self._claim(
            keys=[self._k("claim", key)], args=[run_id, CLAIM_EXPIRY_S, self._k("run", "")]
        )
        return bool(won)

    # --- deliveries in flight -----------------------------------------------------------------
    def prepare(self, batch: Batch) -> None:
        self.r.hset(self._k("pending"), batch.run.run_id, batch.to_json())

    def commit(self, run_id: str) -> int:
        """Apply a prepared batch and forget it in one MULTI/EXEC; 0 when none is pending."""
        pending = self._k("pending")
        with self.r.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(pending)  # type: ignore[no-untyped-call]
                    raw = pipe.hget(pending, run_id)
                    if not raw:
                        pipe.unwatch()
                        return 0
                    batch = Batch.from_json(raw)
                    pipe.multi()
                    self._queue_apply(pipe, batch.records, batch.urls)
                    pipe.hdel(pending, run_id)
                    pipe.execute()
                    return len(batch.records)
                except redis.WatchError:
                    continue

    def discard(self, run_id: str) -> None:
        self.r.hdel(self._k("pending"), run_id)

    def pending(self) -> list[Batch]:
        return [Batch.from_json(raw) for raw in self.r.hvals(self._k("pending"))]

    # --- attachments --------------------------------------------------------------------------
    def get_attachment(self, url: str) -> AttachmentRecord | None:
        raw = self.r.hget(self._k("attachments"), url)
        return AttachmentRecord(**json.loads(raw)) if raw else None

    def put_attachment(self, record: AttachmentRecord) -> None:
        data = asdict(record)
        data["seen_at"] = record.seen_at or time.time()
        self.r.hset(self._k("attachments"), record.url, json.dumps(data, ensure_ascii=False))

    def close(self) -> None:
        self.r.close()
