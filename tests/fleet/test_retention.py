"""Run reports are bounded: each site (and crawlall) keeps its newest LAWREPORTS_REPORTS_KEEP runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.settings import Settings

from lawreports import settings as project
from lawreports.extensions.runreport import reports_kept, run_id
from lawreports.reporting.publish import publish
from lawreports.reporting.records import RunReport, SiteRecord
from lawreports.reporting.retention import prune_run_reports
from tests.conftest import write_site_config
from tests.fleet.conftest import scrapy
from tests.support.services import free_port

DAY = 86400.0
START = 1_790_000_000.0  # 2026-09-21


def site_record(site: str, found: int) -> SiteRecord:
    return SiteRecord(
        site=site,
        region="甲县",
        status="ok" if found else "empty",
        reason="",
        found=found,
        new=found,
        updated=0,
        requests=10,
        errors=0,
        seconds=1.0,
        coverage={},
        years={2024: found} if found else {},
    )


def old_runs(directory: Path, name: str, days: int) -> list[str]:
    """`days` daily run reports of `name` (JSON + HTML), oldest first; their run ids."""
    directory.mkdir(parents=True, exist_ok=True)
    runs = [run_id(name, START + n * DAY) for n in range(days)]
    for run in runs:
        (directory / f"{run}.json").write_text("{}", encoding="utf-8")
        (directory / f"{run}.html").write_text("<html></html>", encoding="utf-8")
    return runs


def names(directory: Path) -> set[str]:
    return {p.name for p in directory.iterdir()}


def test_each_site_and_crawlall_keep_their_newest_runs_other_files_stay(tmp_path: Path) -> None:
    lanling = old_runs(tmp_path, "lanling", 5)
    wanzai = old_runs(tmp_path, "wan-zai", 2)
    fleet = old_runs(tmp_path, "crawlall", 4)
    (tmp_path / "history.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    deleted = prune_run_reports(tmp_path, keep=3)
    kept = [*lanling[-3:], *wanzai, *fleet[-3:]]
    assert names(tmp_path) == {f"{r}{s}" for r in kept for s in (".json", ".html")} | {
        "history.json",
        "notes.txt",
    }
    assert len(deleted) == 2 * 2 + 1 * 2


def test_a_lone_json_or_html_counts_as_its_run(tmp_path: Path) -> None:
    runs = old_runs(tmp_path, "lanling", 3)
    (tmp_path / f"{runs[0]}.html").unlink()  # the oldest run's page was lost
    (tmp_path / f"{runs[2]}.json").unlink()  # the newest run's JSON was lost
    prune_run_reports(tmp_path, keep=1)
    assert names(tmp_path) == {f"{runs[2]}.html"}


def test_keep_zero_keeps_everything(tmp_path: Path) -> None:
    old_runs(tmp_path, "lanling", 4)
    assert prune_run_reports(tmp_path, keep=0) == []
    assert len(names(tmp_path)) == 8


def test_publishing_a_run_prunes_the_older_ones_and_keeps_the_history(tmp_path: Path) -> None:
    for n, found in enumerate([3, 2, 0, 0]):
        when = START + n * DAY
        report = RunReport(run=run_id("lanling", when), command="crawl", started_at=when)
        report.add(site_record("lanling", found))
        newest = publish(report, tmp_path, keep=2)
    kept = sorted(p.name for p in tmp_path.glob("2*.json"))
    assert kept == [f"{run_id('lanling', START + n * DAY)}.json" for n in (2, 3)]
    assert len(list(tmp_path.glob("2*.html"))) == 2
    # the regression memory outlives the pruned run that found reports
    history = json.loads((tmp_path / "history.json").read_text(encoding="utf-8"))
    assert history["lanling"]["found"] == 2
    assert json.loads(newest.read_text(encoding="utf-8"))["sites"][0]["status"] == "broken"


def test_the_setting_defaults_to_a_month_of_daily_runs() -> None:
    assert project.LAWREPORTS_REPORTS_KEEP == 30
    assert reports_kept(Settings({"LAWREPORTS_REPORTS_KEEP": 30})) == 30
    assert reports_kept(Settings({"LAWREPORTS_REPORTS_KEEP": "5"})) == 5
    assert reports_kept(Settings({"LAWREPORTS_REPORTS_KEEP": -1})) == 0


@pytest.mark.e2e
def test_a_scheduled_crawl_leaves_only_the_newest_runs_of_its_site(tmp_path: Path) -> None:
    sites, reports = tmp_path / "sites", tmp_path / "reports"
    write_site_config(sites, "gone", f"http://127.0.0.1:{free_port()}/", region="乙省四县")
    earlier = old_runs(reports, "gone", 4)
    others = old_runs(reports, "lanling", 3)
    proc = scrapy(
        "crawl",
        "gone",
        settings={
            "LAWREPORTS_SITES_DIR": sites,
            "LAWREPORTS_STATE": tmp_path / "state.sqlite3",
            "LAWREPORTS_REPORTS_DIR": reports,
            "LAWREPORTS_REPORTS_KEEP": 2,
            "RETRY_TIMES": 0,
        },
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    runs = sorted(p.stem for p in reports.glob("2*-gone.json"))
    assert len(runs) == 2 and runs[0] == earlier[-1] and runs[1] > earlier[-1]
    assert sorted(p.stem for p in reports.glob("2*-lanling.json")) == others[-2:]
    assert "Deleted 8 old run report files" in proc.stderr
