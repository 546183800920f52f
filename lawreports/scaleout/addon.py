"""One setting switches a worker to the shared crawl: LAWREPORTS_REDIS_URL=redis://host:port/db.

It puts scrapy-redis's scheduler and request dupefilter in that Redis and, unless
LAWREPORTS_STATE was set explicitly (on the command line or by a spider), the report state too.
"""

from __future__ import annotations

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from lawreports.scaleout.workers import WorkerCoordination, spider_keys

SCHEDULER = "lawreports.scaleout.scheduler.SharedScheduler"
DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"


class RedisScaleOut:
    """Scrapy add-on (ADDONS); does nothing without LAWREPORTS_REDIS_URL."""

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("LAWREPORTS_REDIS_URL")
        if not url:
            return
        keys = spider_keys("%(spider)s")
        for name, value in {
            "SCHEDULER": SCHEDULER,
            "DUPEFILTER_CLASS": DUPEFILTER,
            "REDIS_URL": url,
            # Never flush on close: another worker may still be crawling. A fresh run empties
            # what the last one left (see lawreports.scaleout.workers).
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_FLUSH_ON_START": False,
            "SCHEDULER_QUEUE_KEY": keys["queue"],
            "SCHEDULER_DUPEFILTER_KEY": keys["dupefilter"],
        }.items():
            settings.set(name, value, priority="addon")
        settings.set_in_component_priority_dict("EXTENSIONS", WorkerCoordination, 550)
        if (settings.getpriority("LAWREPORTS_STATE") or 0) <= SETTINGS_PRIORITIES["project"]:
            settings.set("LAWREPORTS_STATE", url, priority="project")
