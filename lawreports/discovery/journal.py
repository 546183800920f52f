"""What discovery did on a portal, event by event: for `scrapy checksite`, run reports, logs.

The spider records; consumers read `spider.journal.events` (or the summary) after the crawl.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# Event kinds
COLUMN = "column"  # a navigation/listing page was entered
PAGINATION = "pagination"  # a listing's other pages were found by a named strategy
REPORT = "report"  # a report was extracted
REJECTED = "rejected"  # a candidate looked like a report but was not (with reason)
RENDERED = "rendered"  # a page went through the browser
BUDGET = "budget"  # a budget stopped part of the crawl
FRAME = "frame"  # a page's `<iframe>`/`<frame>` source was loaded as a page of the portal
SCRIPT_LINK = "script_link"  # a link written only in script (a handler, a `.load()`) was followed
DETAIL_API = "detail_api"  # a shell page's content was asked of the endpoint its script reads
SITE_MAP = "site_map"  # the portal's 网站地图 was read at idle (no report column seen)


@dataclass
class Event:
    kind: str
    url: str
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class DiscoveryJournal:
    events: list[Event] = field(default_factory=list)
    limit: int = 20_000

    def record(self, kind: str, url: str, **info: Any) -> None:
        if len(self.events) < self.limit:
            self.events.append(Event(kind, url, info))

    def of(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]

    def counts(self) -> Counter[str]:
        return Counter(e.kind for e in self.events)
