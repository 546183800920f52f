"""scrapy-redis's shared Scheduler, with the run start coordinated and its warnings scoped."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler

from lawreports.scaleout.quiet import scrapy_redis_warnings_silenced
from lawreports.scaleout.workers import WorkerCoordination


class SharedScheduler(Scheduler):  # type: ignore[misc]
    """The queue and the dupefilter live in Redis, shared by every worker of the crawl."""

    workers: WorkerCoordination | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        with scrapy_redis_warnings_silenced():
            scheduler: SharedScheduler = super().from_crawler(crawler)
        scheduler.workers = crawler.get_extension(WorkerCoordination)
        return scheduler

    def open(self, spider: Spider) -> Any:
        with scrapy_redis_warnings_silenced():
            result = super().open(spider)
        if self.workers is not None:
            self.workers.join_run(spider)
        return result

    def enqueue_request(self, request: Request) -> bool:
        with scrapy_redis_warnings_silenced():
            return bool(super().enqueue_request(request))

    def next_request(self) -> Request | None:
        with scrapy_redis_warnings_silenced():
            request: Request | None = super().next_request()
        return request

    def close(self, reason: str) -> Any:
        with scrapy_redis_warnings_silenced():
            return super().close(reason)
