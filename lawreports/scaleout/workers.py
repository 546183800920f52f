"""Workers of one shared crawl: who starts a run, who is still busy, when everyone may stop.

scrapy-redis alone closes a worker the moment the shared queue is empty, even while another
worker is still parsing a page that will enqueue more; and its persisted dupefilter would make
tomorrow's run fetch nothing (and, after a kill -9, never fetch again the pages whose reports were
not delivered). So, per spider, in the same Redis:

- `…:run` exists while a run is going on (refreshed by every worker's heartbeat, with a TTL).
  The first worker to open creates it and, in the same atomic step, empties the queue, the
  dupefilter and the adopted hosts (lawreports.scaleout.hosts) left by an earlier run: every
  run starts fresh, and the report state (delivered reports, known detail pages) is what keeps
  re-crawls incremental and exactly once.
- `…:busy:<worker>` (TTL) while a worker has work in flight. An idle worker does not close while
  another worker is busy (`DontCloseSpider`), for at most LAWREPORTS_REDIS_MAX_WAIT seconds.
- `…:worker:<worker>` (TTL) while a worker is open; the last one to close ends the run.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from typing import Any

import redis
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)

KEY_PREFIX = "lawreports"

# Atomically: claim the run; when this worker is the first, drop what an earlier run left
# (its queue, its dupefilter, the hosts it adopted for a moved portal).
START_RUN = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
  return 1
end
return 0
"""


def spider_keys(spider_name: str) -> dict[str, str]:
    """Redis keys of one spider's shared crawl (the scheduler's keys use the same prefix)."""
    base = f"{KEY_PREFIX}:{spider_name}"
    return {
        "run": f"{base}:run",
        "queue": f"{base}:requests",
        "dupefilter": f"{base}:dupefilter",
        "hosts": f"{base}:hosts",
        "busy": f"{base}:busy:",
        "worker": f"{base}:worker:",
    }


class WorkerCoordination:
    """Extension enabled by the scale-out add-on when LAWREPORTS_REDIS_URL is set."""

    def __init__(self, crawler: Crawler, server: redis.Redis) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.server = server
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.ttl = max(3, settings.getint("LAWREPORTS_REDIS_BUSY_TTL"))
        self.max_wait = settings.getfloat("LAWREPORTS_REDIS_MAX_WAIT")
        self.join_grace = settings.getfloat("LAWREPORTS_REDIS_JOIN_GRACE")
        self.started_at: float | None = None  # when this worker started a fresh run
        self.keys: dict[str, str] = {}
        self.busy = False
        self.idle_since: float | None = None
        self.heartbeat: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.working, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.working, signal=signals.response_received)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerCoordination:
        url = crawler.settings.get("LAWREPORTS_REDIS_URL")
        if not url:
            raise NotConfigured("LAWREPORTS_REDIS_URL is not set")
        return cls(crawler, redis.Redis.from_url(url))

    # --- run start (called by the scheduler before anything is enqueued) ----------------------
    def join_run(self, spider: Spider) -> bool:
        """Register this worker; True when it started a fresh run."""
        self.keys = spider_keys(spider.name)
        started = bool(
            self.server.eval(
                START_RUN,
                4,
                self.keys["run"],
                self.keys["queue"],
                self.keys["dupefilter"],
                self.keys["hosts"],
                self.worker,
                self.ttl,
            )
        )
        self._mark_busy()
        self._beat()
        if started:
            self.started_at = time.monotonic()
            logger.info("%s: worker %s started a fresh shared run", spider.name, self.worker)
        else:
            logger.info("%s: worker %s joined the running shared crawl", spider.name, self.worker)
        return started

    # --- signals ------------------------------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(self.ttl / 3, now=False)

    def working(self) -> None:
        self.idle_since = None
        if not self.busy:
            self._mark_busy()

    def spider_idle(self, spider: Spider) -> None:
        """Stay open while another worker may still enqueue work (bounded)."""
        if self.busy:
            self.busy = False
            self.server.delete(self.keys["busy"] + self.worker)
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if self.started_at is not None and now - self.started_at < self.join_grace:
            raise DontCloseSpider  # others may still be starting up
        others = self._others("busy")
        if not others:
            return
        if now - self.idle_since > self.max_wait:
            logger.warning(
                "%s: waited %.0f s for %s; closing anyway (LAWREPORTS_REDIS_MAX_WAIT)",
                spider.name,
                now - self.idle_since,
                ", ".join(others),
            )
            return
        raise DontCloseSpider

    def spider_closed(self, spider: Spider) -> None:
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if not self.keys:
            return
        self.server.delete(self.keys["busy"] + self.worker, self.keys["worker"] + self.worker)
        if not self._others("worker"):
            self.server.delete(self.keys["run"])
            logger.info("%s: last worker closed; the shared run is over", spider.name)

    # --- helpers ------------------------------------------------------------------------------
    def _mark_busy(self) -> None:
        self.busy = True
        if self.keys:
            self.server.set(self.keys["busy"] + self.worker, "1", ex=self.ttl)

    def _beat(self) -> None:
        if not self.keys:
            return
        pipe: Any = self.server.pipeline()
        pipe.set(self.keys["worker"] + self.worker, "1", ex=self.ttl)
        pipe.set(self.keys["run"], self.worker, ex=self.ttl)
        if self.busy:
            pipe.set(self.keys["busy"] + self.worker, "1", ex=self.ttl)
        pipe.execute()

    def _others(self, kind: str) -> list[str]:
        prefix = self.keys[kind]
        names = [
            (k.decode() if isinstance(k, bytes) else str(k))[len(prefix) :]
            for k in self.server.scan_iter(match=prefix + "*", count=100)
        ]
        return [n for n in names if n != self.worker]
