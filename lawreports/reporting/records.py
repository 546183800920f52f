"""What one crawl of one site amounted to, and the run that holds many of them.

A `SiteTally` watches items as they pass (found, emitted, their fields and years); at the end it is
frozen into a `SiteRecord` with the crawler's stats. A `RunReport` is the list of records of one
`crawl` or `crawlall`, serialised as JSON for machines and rendered as HTML for people.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from itemadapter import ItemAdapter

STATUSES = ("ok", "empty", "broken", "blocked", "down")
# Site statuses an operator must look at (see README: Scheduling → what to alert on).
ALERT_STATUSES = ("broken", "blocked", "down")

# field → test on an item; the share of found items passing each is the field coverage.
MIN_BODY_CHARS = 500
COVERAGE_TESTS: dict[str, Any] = {
    "index_no": lambda a: bool(a.get("index_no")),
    "publisher": lambda a: bool(a.get("publisher")),
    "publish_date": lambda a: bool(a.get("publish_date")),
    "report_year": lambda a: a.get("report_year") is not None,
    "body_500": lambda a: len(a.get("body") or "") >= MIN_BODY_CHARS,
}


@dataclass
class SiteTally:
    """Counts of the items one site's crawl found, while it runs."""

    found: int = 0
    emitted: int = 0
    updated: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    years: Counter[int] = field(default_factory=Counter)

    def saw(self, item: Any, *, emitted: bool) -> None:
        """An item reached the end of the pipelines (emitted) or was known from an earlier run."""
        adapter = ItemAdapter(item)
        self.found += 1
        if emitted:
            self.emitted += 1
            if adapter.get("update"):
                self.updated += 1
        for name, test in COVERAGE_TESTS.items():
            if test(adapter):
                self.fields[name] += 1
        year = adapter.get("report_year")
        if isinstance(year, int):
            self.years[year] += 1

    def coverage(self) -> dict[str, float]:
        if not self.found:
            return dict.fromkeys(COVERAGE_TESTS, 0.0)
        return {name: round(self.fields[name] / self.found, 3) for name in COVERAGE_TESTS}


@dataclass
class SiteRecord:
    """One site's line in the run report."""

    site: str
    region: str
    status: str
    reason: str
    found: int
    new: int
    updated: int
    requests: int
    errors: int
    seconds: float
    coverage: dict[str, float]
    years: dict[int, int]
    # detail pages delivered earlier, still listed, and not fetched again (counted in `found`)
    known: int = 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["years"] = {str(y): n for y, n in sorted(self.years.items())}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SiteRecord:
        values = dict(data)
        values["years"] = {int(y): int(n) for y, n in (data.get("years") or {}).items()}
        return cls(**{k: values[k] for k in cls.__dataclass_fields__ if k in values})


def derive_status(stats: dict[str, Any], found: int, known: int = 0) -> tuple[str, str]:
    """The site status set by the crawl (`lawreports/site_status`), else one from the counts.

    A re-crawl that found every report still listed (`known`, not fetched again) has found
    reports even though it fetched none: that is `ok`, not `empty`.
    """
    status = stats.get("lawreports/site_status")
    if status in ("empty", "broken") and known:
        return "ok", f"{found} reports, {known} of them delivered earlier and still listed"
    if status in STATUSES:
        return str(status), str(stats.get("lawreports/site_status_reason") or "")
    responses = int(stats.get("response_received_count") or 0)
    if responses == 0:
        return "down", "no response from the portal"
    if found:
        return "ok", f"{found} reports"
    return "empty", "pages answered, no report found"


def errors_of(stats: dict[str, Any]) -> int:
    """Failed requests and logged errors of one crawl."""
    return int(stats.get("lawreports/request_errors") or 0) + int(
        stats.get("log_count/ERROR") or 0
    )


@dataclass
class RunReport:
    run: str
    command: str
    started_at: float
    finished_at: float = 0.0
    sites: list[SiteRecord] = field(default_factory=list)

    def add(self, record: SiteRecord) -> None:
        self.sites = [s for s in self.sites if s.site != record.site] + [record]

    def finish(self) -> None:
        self.finished_at = time.time()
        self.sites.sort(key=lambda s: s.site)

    def totals(self) -> dict[str, int]:
        totals = Counter(dict.fromkeys(STATUSES, 0))
        totals.update(s.status for s in self.sites)
        return {
            "sites": len(self.sites),
            **totals,
            "found": sum(s.found for s in self.sites),
            "new": sum(s.new for s in self.sites),
            "updated": sum(s.updated for s in self.sites),
            "requests": sum(s.requests for s in self.sites),
            "errors": sum(s.errors for s in self.sites),
        }

    def alerts(self) -> dict[str, list[str]]:
        return {
            status: [s.site for s in self.sites if s.status == status] for status in ALERT_STATUSES
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "run": self.run,
            "command": self.command,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "seconds": round(max(self.finished_at - self.started_at, 0.0), 1),
            "totals": self.totals(),
            "alerts": self.alerts(),
            "sites": [s.to_json() for s in self.sites],
        }


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)) if ts else ""
