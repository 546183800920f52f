"""The run report as one self-contained HTML page: coverage matrix, reports per year, site table.

No script and no network asset: inline CSS and an inline SVG chart, so the page opens from a mail
attachment or a file share as it is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from typing import Any

from lawreports.reporting.records import COVERAGE_TESTS, RunReport, SiteRecord

STATUS_COLOURS = {
    "ok": "#2e7d32",
    "empty": "#757575",
    "broken": "#c62828",
    "blocked": "#ef6c00",
    "down": "#6a1b9a",
}
CELL_STYLES = {"found": "found", "missing": "missing", "blocked": "blocked"}
UNREACHABLE = ("blocked", "down")

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC",sans-serif;margin:24px;
color:#212121;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#616161;font-size:13px}
.chips span{display:inline-block;margin:8px 8px 0 0;padding:4px 10px;border-radius:12px;
color:#fff;font-size:13px}
table{border-collapse:collapse;background:#fff;font-size:13px}
th,td{border:1px solid #e0e0e0;padding:4px 8px;text-align:right;white-space:nowrap}
th{background:#eeeeee}td.l,th.l{text-align:left}
td.found{background:#c8e6c9}td.missing{background:#ffcdd2}td.blocked{background:#ffe0b2}
.badge{color:#fff;border-radius:8px;padding:1px 8px}
.alerts li{margin:2px 0}
"""


def render_html(report: RunReport) -> str:
    data = report.to_json()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>lawreports run {escape(report.run)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>lawreports run {escape(report.run)}</h1>",
        f'<div class="meta">{escape(report.command)} · started {data["started_at"]} · '
        f"{data['seconds']} s · {data['totals']['found']} reports found, "
        f"{data['totals']['new']} new, {data['totals']['updated']} updated, "
        f"{data['totals']['requests']} requests</div>",
        _chips(data["totals"]),
        _alerts(report),
        "<h2>Coverage: region × report year</h2>",
        _matrix(report.sites),
        "<h2>Reports per year</h2>",
        _year_chart(report.sites),
        "<h2>Sites</h2>",
        _site_table(report.sites),
        "</body></html>",
    ]
    return "\n".join(parts)


def _chips(totals: dict[str, Any]) -> str:
    chips = "".join(
        f'<span style="background:{colour}">{status} {totals.get(status, 0)}</span>'
        for status, colour in STATUS_COLOURS.items()
    )
    return f'<div class="chips">{chips}</div>'


def _alerts(report: RunReport) -> str:
    items = [
        f"<li><b>{status}</b>: {escape(', '.join(names))}</li>"
        for status, names in report.alerts().items()
        if names
    ]
    if not items:
        return ""
    return '<h2>Needs attention</h2><ul class="alerts">' + "".join(items) + "</ul>"


def coverage_matrix(sites: list[SiteRecord]) -> tuple[list[int], dict[str, dict[int, str]]]:
    """Years (columns) and, per region, each year's cell: a count, 'missing' or 'blocked'."""
    by_region: dict[str, list[SiteRecord]] = defaultdict(list)
    for record in sites:
        by_region[record.region].append(record)
    all_years = sorted({y for s in sites for y in s.years})
    years = list(range(all_years[0], all_years[-1] + 1)) if all_years else []
    matrix: dict[str, dict[int, str]] = {}
    for region in sorted(by_region):
        records = by_region[region]
        counts: Counter[int] = Counter()
        for record in records:
            counts.update(record.years)
        unreachable = any(r.status in UNREACHABLE for r in records)
        matrix[region] = {
            year: str(counts[year]) if counts[year] else ("blocked" if unreachable else "missing")
            for year in years
        }
    return years, matrix


def _matrix(sites: list[SiteRecord]) -> str:
    years, matrix = coverage_matrix(sites)
    if not matrix:
        return "<p>No site was crawled.</p>"
    head = "".join(f"<th>{y}</th>" for y in years)
    rows = []
    for region, cells in matrix.items():
        tds = []
        for year in years:
            value = cells[year]
            kind = value if value in CELL_STYLES else "found"
            tds.append(f'<td class="{CELL_STYLES[kind]}">{escape(value)}</td>')
        rows.append(f'<tr><td class="l">{escape(region)}</td>{"".join(tds)}</tr>')
    legend = (
        '<p class="meta">cells: number of reports found · <span class="badge" '
        'style="background:#e57373">missing</span> the region was crawled, no report of '
        'that year · <span class="badge" style="background:#ffb74d">blocked</span> '
        "a site of the region was blocked or down, so the year is unknown</p>"
    )
    table = f'<table id="coverage"><tr><th class="l">region</th>{head}</tr>{"".join(rows)}</table>'
    return table + legend


def _year_chart(sites: list[SiteRecord], width: int = 640, height: int = 220) -> str:
    counts: Counter[int] = Counter()
    for record in sites:
        counts.update(record.years)
    if not counts:
        return "<p>No report carried a report year.</p>"
    years = list(range(min(counts), max(counts) + 1))
    top = max(counts.values())
    pad, base = 30, height - 30
    slot = (width - 2 * pad) / len(years)
    bars = []
    for i, year in enumerate(years):
        h = (base - 20) * counts[year] / top
        x = pad + i * slot + slot * 0.15
        bars.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
            f'fill="#1565c0"><title>{year}: {counts[year]}</title></rect>'
            f'<text x="{x + slot * 0.35:.1f}" y="{base + 16}" font-size="12" '
            f'text-anchor="middle">{year}</text>'
            f'<text x="{x + slot * 0.35:.1f}" y="{base - h - 4:.1f}" font-size="12" '
            f'text-anchor="middle">{counts[year]}</text>'
        )
    axis = f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#9e9e9e"/>'
    return (
        f'<svg id="per-year" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" role="img" aria-label="reports per report year">'
        f"{axis}{''.join(bars)}</svg>"
    )


def _site_table(sites: list[SiteRecord]) -> str:
    cov_heads = "".join(f"<th>{escape(name)}</th>" for name in COVERAGE_TESTS)
    head = (
        '<tr><th class="l">site</th><th class="l">region</th><th class="l">status</th>'
        '<th class="l">reason</th><th>found</th><th>new</th><th>updated</th><th>requests</th>'
        f"<th>errors</th><th>seconds</th>{cov_heads}</tr>"
    )
    rows = []
    for s in sites:
        colour = STATUS_COLOURS.get(s.status, "#424242")
        cov = "".join(f"<td>{s.coverage.get(name, 0.0):.0%}</td>" for name in COVERAGE_TESTS)
        rows.append(
            f'<tr data-site="{escape(s.site)}"><td class="l">{escape(s.site)}</td>'
            f'<td class="l">{escape(s.region)}</td>'
            f'<td class="l"><span class="badge" style="background:{colour}">{s.status}</span></td>'
            f'<td class="l">{escape(s.reason)}</td><td>{s.found}</td><td>{s.new}</td>'
            f"<td>{s.updated}</td><td>{s.requests}</td><td>{s.errors}</td>"
            f"<td>{s.seconds:.1f}</td>{cov}</tr>"
        )
    return f'<table id="sites">{head}{"".join(rows)}</table>'
