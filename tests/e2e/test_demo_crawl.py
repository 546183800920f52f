"""The whole data flow on the demo portal: config → spider → discovery → extraction → feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_crawl, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.demo import DemoSite, gold_as_items

pytestmark = pytest.mark.e2e

CONTRACT = [
    "url",
    "index_no",
    "title",
    "publisher",
    "publish_date",
    "report_year",
    "body",
    "attachments",
    "site",
    "region",
]


@pytest.fixture
def demo(fixture_web: FixtureWeb, tmp_path: Path) -> tuple[DemoSite, Path]:
    site = fixture_web.sites["demo"]
    assert isinstance(site, DemoSite)
    sites_dir = tmp_path / "sites"
    write_site_config(sites_dir, "demo", site.base_url + "/", region=site.region)
    return site, sites_dir


def test_demo_crawl_emits_every_report_once_with_every_field(
    demo: tuple[DemoSite, Path], tmp_path: Path
) -> None:
    site, sites_dir = demo
    result = run_crawl(
        "demo",
        sites_dir=sites_dir,
        output=tmp_path / "out.jsonl",
        state=tmp_path / "state.sqlite3",
    )
    assert result.returncode == 0, result.log[-3000:]
    by_url = {item["url"]: item for item in result.items}
    assert len(by_url) == len(result.items), "a report was emitted twice"
    gold = {g["url"]: g for g in gold_as_items(site)}
    assert set(by_url) == set(gold)
    for url, expected in gold.items():
        item = by_url[url]
        for key in CONTRACT:
            assert item[key] == expected[key], f"{key} of {url}"
        assert item["id"] and item["content_hash"]
        assert item["update"] is False
    titles = {item["title"] for item in result.items}
    assert not titles & set(site.negative_titles)
    raw = result.output.read_bytes()
    assert "法治政府".encode() in raw and b"\\u" not in raw


def test_recrawl_with_same_state_emits_nothing_new(
    demo: tuple[DemoSite, Path], tmp_path: Path
) -> None:
    _site, sites_dir = demo
    state = tmp_path / "state.sqlite3"
    first = run_crawl("demo", sites_dir=sites_dir, output=tmp_path / "a.jsonl", state=state)
    second = run_crawl("demo", sites_dir=sites_dir, output=tmp_path / "b.jsonl", state=state)
    assert first.returncode == second.returncode == 0
    assert len(first.items) == 4
    assert second.items == []


def test_sites_dir_setting_loads_a_site_that_exists_only_there(
    demo: tuple[DemoSite, Path], tmp_path: Path
) -> None:
    site, _ = demo
    other = tmp_path / "elsewhere"
    write_site_config(other, "only_here", site.base_url + "/", region="别处县")
    result = run_crawl(
        "only_here", sites_dir=other, output=tmp_path / "o.jsonl", state=tmp_path / "s.sqlite3"
    )
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.items) == 4
    assert {i["site"] for i in result.items} == {"only_here"}
    assert {i["region"] for i in result.items} == {"别处县"}


def test_without_output_option_feeds_go_to_output_dir(
    demo: tuple[DemoSite, Path], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    _site, sites_dir = demo
    feed_dir = tmp_path / "feeds"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "demo",
            "-s",
            f"LAWREPORTS_SITES_DIR={sites_dir}",
            "-s",
            f"LAWREPORTS_STATE={tmp_path / 'st.sqlite3'}",
            "-s",
            f"LAWREPORTS_DEFAULT_FEED={feed_dir}/%(name)s.jsonl",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = (feed_dir / "demo.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert not list(feed_dir.glob(".*.part"))
