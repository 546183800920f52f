"""The state in Redis, for several workers (or machines) sharing one crawl state.

Layout under a prefix (default `lawreports:`, set with `?prefix=` on the URL):
`reports` hash key → record, `urls:<site>` hash URL → known URL, `runs` hash + `run:<id>` keys
with a TTL (liveness), `claim:<key>` strings (which run may emit a report), `pending` hash
run → batch in flight, `attachments` hash URL → size and sha256. Text samples: `samples` hash
key → a delivered report's sample, `sbucket:<bucket>` sets of the keys filed under a bucket
(title+year, site+year), `flight:<bucket>` hashes key → `seq|run|sample` published by live runs
with their claims (`flightseq` numbers them).
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
    InFlightSample,
    KnownUrl,
    ReportRecord,
    RunInfo,
    SamplesAround,
    TextSample,
    merge_record,
    record_from_json,
    record_to_json,
    sample_from_json,
    sample_to_json,
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

# Publish a sample as the run's (numbered) and read, in the same step, the samples filed under
# the buckets its copies would be in: delivered ones, and those of other live runs (a dead
# run's are dropped, as its claims are free).
# KEYS: flightseq, samples, n flight hashes to publish in, m bucket sets, m flight hashes.
# ARGV: n, m, report key, run id, sample, run liveness key prefix, expiry.
_SHARE = """
local n, m = tonumber(ARGV[1]), tonumber(ARGV[2])
local seq = redis.call('INCR', KEYS[1])
local entry = seq .. '|' .. ARGV[4] .. '|' .. ARGV[5]
for i = 3, 2 + n do
  redis.call('HSET', KEYS[i], ARGV[3], entry)
  redis.call('EXPIRE', KEYS[i], ARGV[7])
end
local delivered, seen = {}, {}
for i = 3 + n, 2 + n + m do
  for _, key in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    if not seen[key] then
      seen[key] = true
      local raw = redis.call('HGET', KEYS[2], key)
      if raw then table.insert(delivered, raw) end
    end
  end
end
local flying, live = {}, {}
for i = 3 + n + m, 2 + n + 2 * m do
  local fields = redis.call('HGETALL', KEYS[i])
  for j = 1, #fields, 2 do
    local owner = string.match(fields[j + 1], '^%d+|([^|]*)|')
    if owner ~= ARGV[4] then
      if live[owner] == nil then
        live[owner] = redis.call('EXISTS', ARGV[6] .. owner) == 1
      end
      if live[owner] then
        table.insert(flying, fields[j + 1])
      else
        redis.call('HDEL', KEYS[i], fields[j])
      end
    end
  end
end
return {seq, delivered, flying}
"""
_BATCH = 1000


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _in_flight(entry: str) -> InFlightSample:
    seq, run_id, raw = entry.split("|", 2)
    return InFlightSample(int(seq), run_id, sample_from_json(raw))


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
        self._share = self.r.register_script(_SHARE)

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

    def put_many(
        self,
        records: list[ReportRecord],
        urls: Iterable[KnownUrl] = (),
        samples: Iterable[TextSample] = (),
    ) -> None:
        url_list, sample_list = list(urls), list(samples)
        for start in range(0, max(len(records), 1), _BATCH):
            chunk = records[start : start + _BATCH]
            pipe = self.r.pipeline(transaction=True)
            first = start == 0
            self._queue_apply(pipe, chunk, url_list if first else [], sample_list if first else [])
            pipe.execute()

    def _queue_apply(
        self,
        pipe: Any,
        records: list[ReportRecord],
        urls: list[KnownUrl],
        samples: list[TextSample],
    ) -> None:
        now = time.time()
        self._queue_samples(pipe, samples)
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

    # --- text samples -------------------------------------------------------------------------
    def _queue_samples(self, pipe: Any, samples: list[TextSample]) -> None:
        """Delivered samples replace the report's earlier one, and its buckets."""
        if not samples:
            return
        keys = [t.key for t in samples]
        for raw in self.r.hmget(self._k("samples"), keys):
            if raw:
                old = sample_from_json(raw)
                for bucket in old.buckets():
                    pipe.srem(self._k("sbucket", bucket), old.key)
        pipe.hset(self._k("samples"), mapping={t.key: sample_to_json(t) for t in samples})
        for t in samples:
            for bucket in t.buckets():
                pipe.sadd(self._k("sbucket", bucket), t.key)

    def share_sample(self, sample: TextSample, run_id: str) -> SamplesAround:
        """Publish the sample as this run's and read the others, in one script (one round
        trip; of two runs publishing copies at once, the later one sees the earlier)."""
        publish = [self._k("flight", b) for b in sample.buckets()]
        wanted = sample.wanted()
        keys = [
            self._k("flightseq"),
            self._k("samples"),
            *publish,
            *(self._k("sbucket", b) for b in wanted),
            *(self._k("flight", b) for b in wanted),
        ]
        args: list[str | int] = [len(publish), len(wanted), sample.key, run_id]
        args += [sample_to_json(sample), self._k("run", ""), CLAIM_EXPIRY_S]
        seq, delivered, flying = self._share(keys=keys, args=args)
        in_flight = {f.sample.key: f for f in map(_in_flight, flying)}
        return SamplesAround(
            int(seq),
            [sample_from_json(raw) for raw in delivered],
            sorted(in_flight.values(), key=lambda f: f.seq),  # published order, as in SQLite
        )

    def withdraw_sample(self, sample: TextSample, run_id: str) -> None:
        """Its report is not emitted after all. The run holds the key's claim, so the entries
        under its key are its own."""
        pipe = self.r.pipeline(transaction=True)
        for bucket in sample.buckets():
            pipe.hdel(self._k("flight", bucket), sample.key)
        pipe.execute()

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
                    self._queue_apply(pipe, batch.records, batch.urls, batch.samples)
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
