"""`scrapy crawlall [SITE|GLOB ...] [--region PREFIX ...] [-o/-O FILE]`: many portals, one run.

All selected sites run in this one process and reactor, `LAWREPORTS_CRAWLALL_SITES_AT_ONCE` at a
time, each with its own politeness (per-domain concurrency and delay, AutoThrottle) and a share
of the global cap `LAWREPORTS_CRAWLALL_MAX_REQUESTS`. With -o/-O every site's items go to that
one file (each carries `site`); without, each site writes its own feed under output/.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import time
from pathlib import Path
from typing import Any, cast

from scrapy.commands import BaseRunSpiderCommand
from scrapy.crawler import CrawlerProcessBase
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from lawreports.extensions.runreport import reports_dir, reports_kept, run_id
from lawreports.fleet.progress import ProgressDisplay
from lawreports.fleet.runner import FleetRun
from lawreports.fleet.selection import select_sites, unmatched
from lawreports.reporting.publish import publish
from lawreports.reporting.records import RunReport

logger = logging.getLogger(__name__)


class Command(BaseRunSpiderCommand):
    requires_project = True
    default_settings = {  # noqa: RUF012 (Scrapy's own attribute)
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 0.5,
        "AUTOTHROTTLE_MAX_DELAY": 15.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
        # one stats dump per site is noise in a fleet log; the run report has the figures
        "STATS_DUMP": False,
    }

    def syntax(self) -> str:
        return "[options] [SITE|GLOB ...]"

    def short_desc(self) -> str:
        return "Crawl every configured site (or the ones named) in one process"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--region",
            action="append",
            default=[],
            metavar="PREFIX",
            help="only sites whose region starts with PREFIX (may be repeated)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        process = self.crawler_process
        assert process is not None and self.settings is not None
        configs = getattr(process.spider_loader, "configs", {})
        for pattern in unmatched(configs, args):
            logger.warning("crawlall: %r matches no configured site", pattern)
        names = select_sites(configs, args, opts.region)
        if not names:
            raise UsageError("no configured site matches", print_help=False)
        settings = process.settings
        feeds_append_to_one_file(settings)
        share_global_cap(settings)
        report = RunReport(run=run_id("crawlall"), command="crawlall", started_at=time.time())
        fleet = FleetRun(
            process,
            names,
            report,
            sites_at_once=settings.getint("LAWREPORTS_CRAWLALL_SITES_AT_ONCE"),
            progress_interval=settings.getfloat("LAWREPORTS_PROGRESS_INTERVAL"),
            display=ProgressDisplay(sys.stderr),
        )
        logger.info("crawlall: %d sites, %d at a time", len(names), fleet.sites_at_once)
        _run_in_reactor(fleet)
        publish(report, reports_dir(settings), reports_kept(settings))
        if fleet.failed:
            self.exitcode = 1


def feeds_append_to_one_file(settings: Settings) -> None:
    """-O: empty the file once now, then every site appends to it (atomically, one at a time)."""
    feeds: dict[str, Any] = settings.getdict("FEEDS")
    if not feeds:
        return
    changed = {}
    for uri, given in feeds.items():
        options = dict(given)
        if options.get("overwrite"):
            path = _local_path(uri)
            if path is not None:
                path.unlink(missing_ok=True)
            options["overwrite"] = False
        changed[uri] = options
    settings.set("FEEDS", changed, priority=settings.getpriority("FEEDS") or "cmdline")


def share_global_cap(settings: Settings) -> None:
    """Each running site gets an equal share of the global request cap."""
    cap = settings.getint("LAWREPORTS_CRAWLALL_MAX_REQUESTS")
    at_once = max(1, settings.getint("LAWREPORTS_CRAWLALL_SITES_AT_ONCE"))
    share = max(1, cap // at_once)
    settings.set("CONCURRENT_REQUESTS", share, priority="cmdline")


def _local_path(uri: str) -> Path | None:
    if uri.startswith("file://"):
        return Path(uri[len("file://") :])
    if "://" in uri or uri == "-":
        return None
    return Path(uri)


def _run_in_reactor(fleet: FleetRun) -> None:
    """Run the fleet on the process's reactor; stop the reactor when the last site is done."""
    from twisted.internet import reactor as installed

    reactor: Any = installed  # zope interfaces do not type-check as classes

    def stop_reactor(_: object) -> None:
        with contextlib.suppress(RuntimeError):
            reactor.stop()

    task = asyncio.get_event_loop().create_task(fleet.run())
    task.add_done_callback(stop_reactor)
    reactor.addSystemEventTrigger("before", "shutdown", fleet.stop)
    process = cast(CrawlerProcessBase, fleet.runner)
    process.start(stop_after_crawl=False)
