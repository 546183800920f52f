"""checksite's pure parts: findings from journal events, the status fallback, names, the YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lawreports.checking.findings import findings_from, render_findings, site_status
from lawreports.checking.writer import config_yaml
from lawreports.commands.checksite import name_from_url
from lawreports.discovery import journal as jr
from lawreports.sites import SiteConfig, load_site_config
from tests.fixtureweb.replay import Replay

BASE = "http://www.lanling.gov.cn"


def _journal() -> list[jr.Event]:
    j = jr.DiscoveryJournal()
    j.record(jr.COLUMN, BASE + "/", depth=0, link_text=None)
    j.record(jr.COLUMN, BASE + "/fzzf/", depth=1, link_text="法治政府建设")
    j.record(jr.PAGINATION, BASE + "/fzzf/", strategy="trs_wcm", page=BASE + "/fzzf/index_1.html")
    j.record(jr.PAGINATION, BASE + "/fzzf/", strategy="trs_wcm", page=BASE + "/fzzf/index_2.html")
    j.record(jr.REPORT, BASE + "/a.html", title="兰陵县2023年度法治政府建设工作报告")
    j.record(jr.REPORT, BASE + "/b.html", title="兰陵县2023年度法治政府建设工作报告")
    j.record(
        jr.REJECTED,
        BASE + "/c.html",
        title="兰陵县2024年法治政府建设工作要点",
        reason="hard negative: 工作要点",
    )
    j.record(jr.RENDERED, BASE + "/fzzf/", page_kind="listing")
    return j.events


def test_findings_group_the_journal_and_count_duplicates() -> None:
    items = [
        {
            "url": BASE + "/a.html",
            "title": "兰陵县2023年度法治政府建设工作报告",
            "report_year": 2023,
            "index_no": "LL-1",
        }
    ]
    stats = {
        "downloader/response_count": 9,
        "lawreports/site_status": "ok",
        "lawreports/site_status_reason": "1 report",
    }
    found = findings_from([BASE + "/"], _journal(), stats, items, [])
    assert [c for c, _ in found.columns] == [BASE + "/", BASE + "/fzzf/"]
    assert found.pagination == {
        BASE + "/fzzf/": {"trs_wcm": [BASE + "/fzzf/index_1.html", BASE + "/fzzf/index_2.html"]}
    }
    assert found.duplicates == 1
    assert found.rendered == [BASE + "/fzzf/"]
    assert (found.status, found.reason, found.pages_fetched) == ("ok", "1 report", 9)
    text = render_findings(found, name="lanling")
    for needle in [
        "trs_wcm: 2 more page(s)",
        "2023  LL-1  兰陵县2023年度法治政府建设工作报告",
        "hard negative: 工作要点",
        "browser: needed on 1 page(s)",
        "status: ok",
        "(+1 duplicate",
    ]:
        assert needle in text


def test_findings_name_the_budget_that_stopped_the_check() -> None:
    """Only the page budget is raised with --pages; a listing or frame budget has its setting."""
    j = jr.DiscoveryJournal()
    j.record(jr.BUDGET, BASE + "/news/index_5.html", budget="max_listing_pages", limit=5)
    j.record(jr.BUDGET, BASE + "/news/index_6.html", budget="max_listing_pages", limit=5)
    stats = {"downloader/response_count": 9}
    text = render_findings(findings_from([BASE + "/"], j.events, stats, [], []), name="x")
    assert text.count("budget:") == 1
    assert "max_listing_pages (5)" in text and "LAWREPORTS_MAX_LISTING_PAGES" in text
    assert "--pages" not in text

    j.record(jr.BUDGET, BASE + "/a.html", budget="max_pages", limit=60)
    text = render_findings(findings_from([BASE + "/"], j.events, stats, [], []), name="x")
    assert "the page budget (60) stopped the check (raise it with --pages)" in text


@pytest.mark.parametrize(
    ("stats", "reports", "status"),
    [
        ({"downloader/response_status_count/200": 5}, 2, "ok"),
        ({"downloader/response_status_count/200": 5}, 0, "empty"),
        ({}, 0, "down"),
        (
            {"downloader/response_status_count/412": 3, "downloader/response_status_count/200": 1},
            0,
            "blocked",
        ),
        ({"downloader/response_status_count/404": 3}, 0, "down"),
        (
            {"downloader/response_status_count/200": 3, "lawreports/extraction_errors": 2},
            0,
            "broken",
        ),
        (
            {"lawreports/site_status": "blocked", "lawreports/site_status_reason": "wall"},
            0,
            "blocked",
        ),
    ],
)
def test_status_comes_from_the_extension_else_from_the_counts(
    stats: dict[str, int | str], reports: int, status: str
) -> None:
    assert site_status(stats, reports)[0] == status


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("http://www.lanling.gov.cn/", "lanling"),
        ("https://xxgk.yishui.gov.cn/col/", "yishui"),
        ("http://www.cq-wanzhou.gov.cn/", "cq_wanzhou"),
        ("http://127.0.0.10:8042/", "site_127_0_0_10"),
    ],
)
def test_spider_name_from_the_host(url: str, name: str) -> None:
    assert name_from_url(url) == name


def test_written_config_is_three_keys_plus_commented_overrides(tmp_path: Path) -> None:
    config = SiteConfig(name="lanling", region="兰陵县", start_urls=[BASE + "/"])
    found = findings_from([BASE + "/"], [], {}, [], [])
    text = config_yaml(config, {"render_listings": True}, found)
    assert text.splitlines()[0] == "# yaml-language-server: $schema=site.schema.json"
    assert "# Inferred: the listings are drawn by JavaScript" in text
    assert yaml.safe_load(text) == {
        "name": "lanling",
        "region": "兰陵县",
        "start_urls": [BASE + "/"],
        "render_listings": True,
    }
    path = tmp_path / "lanling.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_site_config(path).render_listings


def test_replay_rewrites_every_form_of_the_original_origin(tmp_path: Path) -> None:
    manifest = {
        "name": "lanling",
        "config": {"name": "lanling", "region": "兰陵县", "start_urls": [BASE + "/"]},
        "reports": [],
        "pages": [{"url": BASE + "/", "status": 200, "headers": {}, "file": None}],
    }
    replay = Replay(tmp_path, manifest)
    site = replay.sites[BASE]
    site.base_url = "http://127.0.0.9:1234"
    body = f'<a href="{BASE}/a.html">a</a> <a href="//www.lanling.gov.cn/b">b</a> "https:\\/\\/www.lanling.gov.cn\\/c" <a href="http://other.gov.cn/">o</a>'.encode()
    out = replay.rewrite(body).decode()
    assert "lanling.gov.cn" not in out
    assert (
        "http://127.0.0.9:1234/a.html" in out
        and "//127.0.0.9:1234/b" in out
        and "http:\\/\\/127.0.0.9:1234\\/c" in out
    )
    assert "http://other.gov.cn/" in out
    assert replay.original_url("http://127.0.0.9:1234/a.html") == BASE + "/a.html"
