"""Run report records, the regression flag and the HTML page, without a crawl."""

from __future__ import annotations

import json
from pathlib import Path

from lawreports.reporting.html import coverage_matrix, render_html
from lawreports.reporting.publish import publish
from lawreports.reporting.records import RunReport, SiteRecord, SiteTally, derive_status


def record(site: str, region: str, status: str, years: dict[int, int]) -> SiteRecord:
    found = sum(years.values())
    return SiteRecord(
        site=site,
        region=region,
        status=status,
        reason="",
        found=found,
        new=found,
        updated=0,
        requests=10,
        errors=0,
        seconds=1.0,
        coverage={"index_no": 1.0},
        years=years,
    )


def test_status_comes_from_the_crawl_when_it_set_one() -> None:
    stats = {"lawreports/site_status": "blocked", "lawreports/site_status_reason": "412 wall"}
    assert derive_status(stats, 0) == ("blocked", "412 wall")


def test_recrawl_that_fetched_no_report_but_found_them_listed_is_ok() -> None:
    stats = {"lawreports/site_status": "empty", "lawreports/site_status_reason": "no report"}
    assert derive_status(stats, 4, known=4)[0] == "ok"


def test_status_fallback_from_counts() -> None:
    assert derive_status({"response_received_count": 0}, 0)[0] == "down"
    assert derive_status({"response_received_count": 9}, 3)[0] == "ok"
    assert derive_status({"response_received_count": 9}, 0)[0] == "empty"


def test_tally_counts_found_new_updated_and_field_coverage() -> None:
    tally = SiteTally()
    body = "法治政府建设" * 100
    tally.saw(
        {"index_no": "X-1", "publisher": "县司法局", "report_year": 2023, "body": body},
        emitted=True,
    )
    tally.saw({"index_no": None, "report_year": 2023, "body": "短", "update": True}, emitted=True)
    tally.saw({"index_no": "X-3", "report_year": 2022, "body": body}, emitted=False)
    assert (tally.found, tally.emitted, tally.updated) == (3, 2, 1)
    cov = tally.coverage()
    assert cov["index_no"] == round(2 / 3, 3)
    assert cov["publisher"] == round(1 / 3, 3)
    assert cov["body_500"] == round(2 / 3, 3)
    assert dict(tally.years) == {2023: 2, 2022: 1}


def test_matrix_marks_found_missing_and_blocked() -> None:
    sites = [
        record("a", "甲县", "ok", {2021: 1, 2023: 2}),
        record("b", "乙县", "ok", {2022: 1}),
        record("c", "丙县", "blocked", {}),
    ]
    years, matrix = coverage_matrix(sites)
    assert years == [2021, 2022, 2023]
    assert matrix["甲县"] == {2021: "1", 2022: "missing", 2023: "2"}
    assert matrix["丙县"] == dict.fromkeys(years, "blocked")


def test_zero_reports_after_some_is_flagged_broken_until_it_recovers(tmp_path: Path) -> None:
    first = RunReport(run="r1", command="crawlall", started_at=1.0)
    first.add(record("a", "甲县", "ok", {2023: 2}))
    first.add(record("b", "乙县", "ok", {2023: 1}))
    publish(first, tmp_path)
    second = RunReport(run="r2", command="crawlall", started_at=2.0)
    second.add(record("a", "甲县", "empty", {}))
    second.add(record("b", "乙县", "down", {}))
    data = json.loads(publish(second, tmp_path).read_text(encoding="utf-8"))
    by_site = {s["site"]: s for s in data["sites"]}
    assert by_site["a"]["status"] == "broken"
    assert "2 in run r1" in by_site["a"]["reason"]
    assert by_site["b"]["status"] == "down"  # unreachable is not evidence of a redesign
    assert data["alerts"]["broken"] == ["a"]
    third = RunReport(run="r3", command="crawl", started_at=3.0)
    third.add(record("a", "甲县", "empty", {}))
    publish(third, tmp_path)
    assert json.loads((tmp_path / "r3.json").read_text())["sites"][0]["status"] == "broken"


def test_html_page_is_self_contained(tmp_path: Path) -> None:
    report = RunReport(run="r1", command="crawlall", started_at=1.0)
    report.add(record("a", "甲县<script>", "ok", {2023: 2}))
    page = render_html(report)
    assert '<table id="sites">' in page and '<table id="coverage">' in page
    assert '<svg id="per-year"' in page
    assert "<script" not in page and "http://" not in page.replace(
        "http://www.w3.org/2000/svg", ""
    )


def test_recrawl_that_skips_known_pages_keeps_their_years_and_is_not_broken(
    tmp_path: Path,
) -> None:
    first = RunReport(run="r1", command="crawl", started_at=1.0)
    first.add(record("a", "甲县", "ok", {2022: 1, 2023: 2}))
    publish(first, tmp_path)
    again = record("a", "甲县", "ok", {})
    again.found, again.known = 3, 3  # every detail page known and still listed: none fetched
    second = RunReport(run="r2", command="crawl", started_at=2.0)
    second.add(again)
    data = json.loads(publish(second, tmp_path).read_text(encoding="utf-8"))
    (site,) = data["sites"]
    assert site["status"] == "ok"
    assert site["years"] == {"2022": 1, "2023": 2}
