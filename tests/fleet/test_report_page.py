"""The HTML run report opened in a real browser (headless Chromium): the table renders."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from lawreports.reporting.publish import publish
from lawreports.reporting.records import RunReport
from tests.fleet.test_runreport import record
from tests.support.services import chromium_path

pytestmark = pytest.mark.browser


def test_report_page_renders_matrix_chart_and_site_table(tmp_path: Path) -> None:
    report = RunReport(
        run="20261125T060000Z-crawlall", command="crawlall", started_at=time.time() - 95
    )
    report.add(record("lanling", "山东省临沂市兰陵县", "ok", {2021: 1, 2022: 1, 2023: 1}))
    report.add(record("linshu", "山东省临沂市临沭县", "ok", {2023: 1, 2024: 1}))
    report.add(record("wanzai", "江西省宜春市万载县", "blocked", {}))
    report.add(record("wanzhou", "重庆市万州区", "empty", {}))
    html = publish(report, tmp_path).with_suffix(".html")
    shot = tmp_path / "report.png"
    # the test process runs an asyncio loop (the reactor); Playwright's sync API needs its own
    with ThreadPoolExecutor(1) as pool:
        pool.submit(look_at_page, html, shot).result(timeout=120)
    assert shot.stat().st_size > 10_000


def look_at_page(html: Path, shot: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(html.as_uri())
            rows = page.locator("table#sites tr[data-site]")
            assert rows.count() == 4
            assert page.locator("table#sites").bounding_box()["height"] > 80  # type: ignore[index]
            assert rows.nth(2).locator(".badge").inner_text() == "blocked"
            cells = page.locator("table#coverage td.missing").count()
            assert cells > 0 and page.locator("table#coverage td.blocked").count() == 4
            assert page.locator("svg#per-year rect").count() == 4  # 2021..2024
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
