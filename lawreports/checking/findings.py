"""What a check found on a portal, read from the discovery journal and the crawl stats."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lawreports.discovery import journal as jr

STATUS_KEY = "lawreports/site_status"
REASON_KEY = "lawreports/site_status_reason"
# Answers that mean a wall (WAF, anti-bot challenge, rate limit) rather than a missing page.
WALL_STATUSES = frozenset({401, 403, 405, 412, 429, 503, 521, 567})

STATUS_MEANING = {
    "ok": "reports found",
    "empty": "the portal answered but no report was found",
    "broken": "reports were linked but could not be extracted",
    "blocked": "the portal answered with a wall (403/412/429/521 or a challenge page)",
    "down": "the portal did not answer",
}


@dataclass(frozen=True)
class Candidate:
    title: str
    url: str
    year: int | None
    index_no: str | None
    id: str | None = None


@dataclass(frozen=True)
class NearMiss:
    title: str
    url: str
    reason: str


@dataclass
class Findings:
    start_urls: list[str]
    columns: list[tuple[str, str | None]] = field(default_factory=list)
    pagination: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    reports: list[Candidate] = field(default_factory=list)
    duplicates: int = 0
    rejected: list[NearMiss] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)
    budgets_hit: dict[str, int] = field(default_factory=dict)  # budget name → its limit
    pages_fetched: int = 0
    status: str = "down"
    reason: str = ""
    browser_tried: bool = False
    render_inferred: bool = False


def findings_from(
    start_urls: list[str],
    events: Iterable[jr.Event],
    stats: Mapping[str, Any],
    items: Sequence[Mapping[str, Any]],
    rendered: list[str],
) -> Findings:
    """Group the journal's events per kind; the delivered items are the candidate reports."""
    found = Findings(start_urls=start_urls, rendered=list(rendered))
    journal_reports = 0
    for event in events:
        if event.kind == jr.COLUMN:
            found.columns.append((event.url, event.info.get("link_text")))
        elif event.kind == jr.PAGINATION:
            strategies = found.pagination.setdefault(event.url, {})
            strategies.setdefault(str(event.info.get("strategy")), []).append(
                str(event.info.get("page"))
            )
        elif event.kind == jr.REJECTED:
            found.rejected.append(
                NearMiss(str(event.info.get("title") or ""), event.url, str(event.info["reason"]))
            )
        elif event.kind == jr.RENDERED and event.url not in found.rendered:
            found.rendered.append(event.url)
        elif event.kind == jr.BUDGET:
            found.budgets_hit.setdefault(
                str(event.info.get("budget")), int(event.info.get("limit") or 0)
            )
        elif event.kind == jr.REPORT:
            journal_reports += 1
    found.reports = [
        Candidate(
            title=str(item.get("title") or ""),
            url=str(item["url"]),
            year=item.get("report_year"),
            index_no=item.get("index_no"),
            id=item.get("id"),
        )
        for item in items
    ]
    found.duplicates = max(journal_reports - len(found.reports), 0)
    found.pages_fetched = int(stats.get("downloader/response_count", 0))
    found.status, found.reason = site_status(stats, len(found.reports))
    return found


def site_status(stats: Mapping[str, Any], reports: int) -> tuple[str, str]:
    """The status the site-status extension set, else one derived from the stats alike."""
    if stats.get(STATUS_KEY):
        return str(stats[STATUS_KEY]), str(stats.get(REASON_KEY) or "")
    by_code = _responses_by_status(stats)
    good = sum(n for code, n in by_code.items() if 200 <= code < 400)
    walls = sum(n for code, n in by_code.items() if code in WALL_STATUSES)
    if reports:
        return "ok", f"{reports} report(s)"
    if not by_code:
        return "down", "no response at all"
    if walls and walls >= good:
        return "blocked", f"{walls} wall answer(s), {good} page(s)"
    if not good:
        return "down", "no page answered successfully"
    if stats.get("lawreports/extraction_errors"):
        return "broken", "extraction failed on linked pages"
    return "empty", f"{good} page(s) fetched, no report"


def _responses_by_status(stats: Mapping[str, Any]) -> dict[int, int]:
    prefix = "downloader/response_status_count/"
    return {
        int(key[len(prefix) :]): int(value)
        for key, value in stats.items()
        if key.startswith(prefix) and key[len(prefix) :].isdigit()
    }


def render_findings(found: Findings, *, name: str) -> str:
    """The human report printed by `scrapy checksite`."""
    lines = [f"checksite {name}: {', '.join(found.start_urls)}", ""]
    lines.append(f"columns entered ({len(found.columns)}):")
    lines += [f"  {url}" + (f"  [{text}]" if text else "") for url, text in found.columns]
    lines.append("")
    lines.append(f"pagination ({len(found.pagination)} listing(s)):")
    for listing, strategies in found.pagination.items():
        for strategy, pages in strategies.items():
            lines.append(f"  {listing}  {strategy}: {len(pages)} more page(s)")
    lines.append("")
    lines.append(f"candidate reports ({len(found.reports)}):")
    for rep in found.reports:
        year = str(rep.year) if rep.year else "----"
        lines.append(f"  {year}  {rep.index_no or '-'}  {rep.title}")
        lines.append(f"        {rep.url}")
    if found.duplicates:
        lines.append(f"  (+{found.duplicates} duplicate(s) of these under other URLs)")
    lines.append("")
    lines.append(f"near-misses rejected ({len(found.rejected)}):")
    lines += [
        f"  {m.title or '(no title)'}  — {m.reason}\n        {m.url}" for m in found.rejected
    ]
    lines.append("")
    lines.append(f"browser: {_browser_line(found)}")
    lines += [_budget_line(name, limit) for name, limit in found.budgets_hit.items()]
    lines.append(f"pages fetched: {found.pages_fetched}")
    meaning = STATUS_MEANING.get(found.status, "")
    lines.append(f"status: {found.status}  ({found.reason or meaning})")
    return "\n".join(lines) + "\n"


# The budgets other than the check's page budget, and the setting that raises each.
_BUDGET_SETTINGS = {
    "max_listing_pages": "LAWREPORTS_MAX_LISTING_PAGES",
    "max_report_listing_pages": "LAWREPORTS_MAX_REPORT_LISTING_PAGES",
    "max_rendered": "LAWREPORTS_MAX_RENDERED_PAGES",
    "max_frames": "LAWREPORTS_MAX_FRAMES_PER_PAGE",
    "max_deepened_pages": "LAWREPORTS_MAX_DEEPENED_PAGES",
}


def _budget_line(name: str, limit: int) -> str:
    """Which budget stopped part of the check, and how to raise it."""
    if name == "max_pages":
        return f"budget: the page budget ({limit}) stopped the check (raise it with --pages)"
    setting = _BUDGET_SETTINGS.get(name, name)
    return f"budget: {name} ({limit}) stopped part of the check (raise it with -s {setting}=N)"


def _browser_line(found: Findings) -> str:
    if found.render_inferred:
        return f"needed: only rendered listings led to reports ({len(found.rendered)} page(s))"
    if found.rendered:
        pages = "\n".join(f"        {url}" for url in found.rendered)
        return f"needed on {len(found.rendered)} page(s), rendered automatically:\n{pages}"
    if found.browser_tried:
        return "tried, found nothing more"
    return "not needed"
