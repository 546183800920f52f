"""`scrapy crawlall` end to end: several portals of the fixture web in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.demo import DemoSite
from tests.fleet.conftest import read_jsonl, run_reports, scrapy
from tests.support.services import free_port

pytestmark = pytest.mark.e2e


@pytest.fixture
def fleet_dir(fixture_web: FixtureWeb, tmp_path: Path) -> Path:
    """Three portals that answer (in two provinces) and one that does not."""
    demo = fixture_web.sites["demo"]
    assert isinstance(demo, DemoSite)
    sites = tmp_path / "sites"
    write_site_config(sites, "jia_one", demo.base_url + "/", region="甲省一县")
    write_site_config(sites, "jia_two", demo.base_url + "/index.html", region="甲省二县")
    write_site_config(sites, "yi_three", demo.base_url + "/", region="乙省三县")
    write_site_config(sites, "gone", f"http://127.0.0.1:{free_port()}/", region="乙省四县")
    return sites


def test_crawlall_to_one_file_emits_every_site_and_writes_the_run_report(
    fleet_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.jsonl"
    out.write_text("stale line from an earlier run\n", encoding="utf-8")
    reports = tmp_path / "reports"
    proc = scrapy(
        "crawlall",
        "-O",
        str(out),
        settings={
            "LAWREPORTS_SITES_DIR": fleet_dir,
            "LAWREPORTS_STATE": tmp_path / "state.sqlite3",
            "LAWREPORTS_REPORTS_DIR": reports,
            "LAWREPORTS_PROGRESS_INTERVAL": 1,
            "RETRY_TIMES": 0,
        },
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = read_jsonl(out)
    per_site = {
        s: sorted(i["url"] for i in items if i["site"] == s) for s in {i["site"] for i in items}
    }
    assert set(per_site) == {"jia_one", "jia_two", "yi_three"}
    assert all(len(urls) == 4 == len(set(urls)) for urls in per_site.values())
    assert "crawlall: sites 4/4 done" in proc.stderr
    (report,) = run_reports(reports)
    assert report["command"] == "crawlall"
    by_site = {s["site"]: s for s in report["sites"]}
    assert {s: r["status"] for s, r in by_site.items()} == {
        "jia_one": "ok",
        "jia_two": "ok",
        "yi_three": "ok",
        "gone": "down",
    }
    assert report["alerts"]["down"] == ["gone"]
    one = by_site["jia_one"]
    assert (one["found"], one["new"], one["updated"]) == (4, 4, 0)
    assert one["requests"] > 4 and one["seconds"] > 0
    assert one["coverage"]["report_year"] == 1.0
    assert sum(one["years"].values()) == 4
    assert (reports / f"{report['run']}.html").exists()


def test_crawlall_subset_per_site_feeds_and_broken_flag(
    fleet_dir: Path, tmp_path: Path, fixture_web: FixtureWeb
) -> None:
    feeds = tmp_path / "feeds"
    reports = tmp_path / "reports"
    settings = {
        "LAWREPORTS_SITES_DIR": fleet_dir,
        "LAWREPORTS_STATE": tmp_path / "state.sqlite3",
        "LAWREPORTS_REPORTS_DIR": reports,
        "LAWREPORTS_DEFAULT_FEED": f"{feeds}/%(name)s.jsonl",
    }
    first = scrapy("crawlall", "jia_*", "yi_three", "--region", "甲省", settings=settings)
    assert first.returncode == 0, first.stderr[-3000:]
    assert sorted(p.name for p in feeds.iterdir()) == ["jia_one.jsonl", "jia_two.jsonl"]
    assert len(read_jsonl(feeds / "jia_one.jsonl")) == 4
    # the portal is "redesigned": the same site moved: its old start page is a 404
    demo = fixture_web.sites["demo"]
    write_site_config(fleet_dir, "jia_one", demo.base_url + "/new-portal/", region="甲省一县")
    second = scrapy("crawlall", "jia_one", settings=settings)
    assert second.returncode == 0, second.stderr[-3000:]
    latest = run_reports(reports)[-1]
    (site,) = latest["sites"]
    assert site["site"] == "jia_one" and site["found"] == 0
    assert site["status"] == "broken"
    assert latest["alerts"]["broken"] == ["jia_one"]
