"""State store throughput: insert and look up 1,000,000 report keys in SQLite and in Redis.

Run from the repository root: `python benchmarks/state.py` (a throw-away redis-server is started
on a free loopback port unless `--redis URL` is given). Inserts go through `put_many` in batches
of `--batch` records — one transaction (SQLite) or MULTI/EXEC (Redis) per batch, as a run's
commit does; lookups through `get_many` in batches of the same size, every key once, in a
shuffled order. ops/s = (inserts + lookups) / wall-clock seconds of both phases.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lawreports.state.records import ReportRecord
from lawreports.state.redis_store import RedisStateStore
from lawreports.state.store import SqliteStateStore, StateStore


def records(count: int) -> Iterator[ReportRecord]:
    for i in range(count):
        yield ReportRecord(
            key=f"bench:1151{i:010d}/2024-{i % 1000:05d}",
            site="bench",
            content_hash=f"{i:032x}",
            urls=[f"http://www.bench.gov.cn/zwgk/fzzfjsndbg/2024/t2024_{i}.html"],
        )


def measure(store: StateStore, count: int, batch: int) -> tuple[float, float]:
    """(insert seconds, lookup seconds) for `count` keys."""
    keys: list[str] = []
    started = time.perf_counter()
    chunk: list[ReportRecord] = []
    for rec in records(count):
        chunk.append(rec)
        keys.append(rec.key)
        if len(chunk) == batch:
            store.put_many(chunk)
            chunk = []
    if chunk:
        store.put_many(chunk)
    inserted = time.perf_counter()
    random.Random(8).shuffle(keys)
    found = 0
    for start in range(0, count, batch):
        found += len(store.get_many(keys[start : start + batch]))
    looked_up = time.perf_counter()
    assert found == count, f"looked up {found} of {count} keys"
    return inserted - started, looked_up - inserted


@contextmanager
def throwaway_redis() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("redis-server is missing: apt-get install -y redis-server")
    workdir = tempfile.mkdtemp(prefix="bench-redis-")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    args = ["--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen(
        [binary, *args, "--dir", workdir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while True:
            try:
                RedisStateStore(url).close()
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(workdir, ignore_errors=True)


def report(name: str, count: int, seconds: tuple[float, float]) -> float:
    ins, look = seconds
    rate = 2 * count / (ins + look)
    print(
        f"{name}: {count} inserts in {ins:.1f} s ({count / ins:,.0f}/s), "
        f"{count} lookups in {look:.1f} s ({count / look:,.0f}/s), {rate:,.0f} ops/s"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--redis", help="redis:// URL of a server to use (default: start one)")
    args = parser.parse_args()
    print(f"keys={args.keys} batch={args.batch} python={sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-state-") as tmp:
        path = Path(tmp) / "state.sqlite3"
        sqlite = SqliteStateStore(path)
        sqlite_rate = report("sqlite", args.keys, measure(sqlite, args.keys, args.batch))
        sqlite.close()
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        print(f"sqlite: file {size_mb:.1f} MB (WAL mode, with its -wal file)")
        with throwaway_redis() if args.redis is None else _given(args.redis) as url:
            prefix = f"bench{int(time.time())}"
            redis = RedisStateStore(f"{url}?prefix={prefix}")
            redis_rate = report("redis", args.keys, measure(redis, args.keys, args.batch))
            redis.r.unlink(redis._k("reports"))
            redis.close()
    print(
        f"state: sqlite_ops_per_s={sqlite_rate:.0f} redis_ops_per_s={redis_rate:.0f}"
        f" keys={args.keys} sqlite_file_mb={size_mb:.1f}"
    )


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
