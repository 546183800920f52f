"""`scrapy checksite` on the fixture portals: what it prints, what `--write` leaves behind.

For every fixture portal (one per CMS family), checksite must list the gold reports, and the
config it writes must crawl to exactly those reports. On the demo portal the saved fixture is
replayed by its generated test, and `checksite NAME` re-checks the written config.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from lawreports.sites import load_site_config
from tests.conftest import ROOT, run_crawl
from tests.fixtureweb.registry import site_classes
from tests.fixtureweb.replay import Replay
from tests.fixtureweb.server import FixtureWeb, Site

pytestmark = pytest.mark.e2e

# Fixture modules that stage faults (walls, stalls, dead hosts) rather than a CMS family: their
# portals are checked for the status they must show, not for a full set of reports.
FAULT_MODULES = frozenset({"hostile", "walls"})
PORTALS = sorted(
    cls.name for cls in site_classes() if cls.__module__.rsplit(".", 1)[-1] not in FAULT_MODULES
)


def run_checksite(
    args: list[str], *, sites_dir: Path, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`python -m scrapy checksite ARGS` in the project root, as a user runs it."""
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "checksite",
        *args,
        "-s",
        f"LAWREPORTS_SITES_DIR={sites_dir}",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def report_aliases(site: Site) -> dict[str, str]:
    """A report's other URLs (a repost in another column) → its gold URL."""
    aliases: dict[str, str] = dict(getattr(site, "aliases", {}))
    # Attachment reports name their reposts themselves (whichever is crawled first wins).
    for gold in getattr(site, "gold", []):
        aliases |= dict.fromkeys(getattr(gold, "also_at", []), gold.path)
    return {site.url_of(a): site.url_of(p) for a, p in aliases.items()}


def gold_reports(site: Site) -> dict[str, str]:
    """URL → title of the reports a fixture portal holds."""
    gold: list[Any] = getattr(site, "gold", [])
    assert gold, f"fixture portal {site.name} exposes no gold reports"
    return {site.url_of(g.path): g.title for g in gold}


@dataclass
class Checked:
    site: Site
    name: str
    proc: subprocess.CompletedProcess[str]
    sites_dir: Path
    fixtures: Path

    @property
    def config_path(self) -> Path:
        return self.sites_dir / f"{self.name}.yaml"

    @property
    def fixture_dir(self) -> Path:
        return self.fixtures / self.name


class Checks:
    """Runs `checksite URL --write` once per fixture portal, on first use, for the module."""

    def __init__(self, web: FixtureWeb, tmp: pytest.TempPathFactory) -> None:
        self.web = web
        self.tmp = tmp
        self.done: dict[str, Checked] = {}

    def __call__(self, portal: str) -> Checked:
        if portal not in self.done:
            self.done[portal] = self._check(self.web.sites[portal])
        return self.done[portal]

    def _check(self, site: Site) -> Checked:
        tmp = self.tmp.mktemp(f"checksite-{site.name}")
        name = f"checked_{site.name}"
        proc = run_checksite(
            [
                site.start_url(),
                "--name",
                name,
                "--region",
                getattr(site, "region", "测试县"),
                "--write",
                "--fixtures",
                str(tmp / "fixtures"),
                # A portal too big for the check's default budget says how many pages it needs.
                *(["--pages", str(site.check_pages)] if hasattr(site, "check_pages") else []),
            ],
            sites_dir=tmp / "sites",
        )
        return Checked(site, name, proc, tmp / "sites", tmp / "fixtures")


@pytest.fixture(scope="module")
def checks(fixture_web: FixtureWeb, tmp_path_factory: pytest.TempPathFactory) -> Checks:
    return Checks(fixture_web, tmp_path_factory)


# A portal's checks share one checksite run: they run in one test process.
@pytest.fixture(params=[pytest.param(p, marks=pytest.mark.xdist_group(p)) for p in PORTALS])
def checked(request: pytest.FixtureRequest, checks: Checks) -> Checked:
    return checks(request.param)


@pytest.fixture
def demo_checked(checks: Checks) -> Checked:
    return checks("demo")


@contextmanager
def known_failure(site: Site) -> Iterator[None]:
    """A portal whose `known_failure` names a limit the crawler has (documented in README)
    is marked xfailed where its checks fail, and passes where they hold."""
    reason = getattr(site, "known_failure", None)
    try:
        yield
    except AssertionError:
        if reason is None:
            raise
        pytest.xfail(reason)


def test_checksite_lists_the_portals_reports_and_status(checked: Checked) -> None:
    with known_failure(checked.site):
        _lists_the_reports_and_status(checked)


def _lists_the_reports_and_status(checked: Checked) -> None:
    out = checked.proc.stdout
    assert checked.proc.returncode == 0, checked.proc.stderr[-3000:] + out
    for url, title in gold_reports(checked.site).items():
        urls = [url, *(a for a, u in report_aliases(checked.site).items() if u == url)]
        assert any(u in out for u in urls) and title in out, f"{title} missing from the findings"
    candidates = out.split("candidate reports", 1)[1].split("near-misses", 1)[0]
    for negative in getattr(checked.site, "negative_titles", []):
        assert negative not in candidates
    # A report is no near-miss (a shell is judged after its content was asked for, not before).
    near_misses = out.split("near-misses rejected", 1)[1].split("\nbrowser:", 1)[0]
    missed = {line.strip() for line in near_misses.splitlines()}
    assert not missed & set(gold_reports(checked.site)), near_misses
    assert "columns entered" in out and "pagination" in out
    assert "status: ok" in out
    # A portal whose list only a browser can draw says so; every other one needs none.
    needs_browser = getattr(checked.site, "needs_browser", False)
    assert ("browser: needed" if needs_browser else "browser: not needed") in out


def test_written_config_is_minimal_and_crawls_to_the_same_reports(
    checked: Checked, tmp_path: Path
) -> None:
    with known_failure(checked.site):
        _written_config_crawls_to_the_same_reports(checked, tmp_path)


def _written_config_crawls_to_the_same_reports(checked: Checked, tmp_path: Path) -> None:
    text = checked.config_path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=site.schema.json\n")
    assert set(yaml.safe_load(text)) == {"name", "region", "start_urls"}
    assert load_site_config(checked.config_path).name == checked.name
    result = run_crawl(
        checked.name,
        sites_dir=checked.sites_dir,
        output=tmp_path / "out.jsonl",
        state=tmp_path / "state.sqlite3",
    )
    assert result.returncode == 0, result.log[-3000:]
    crawled = {item["url"]: item["title"] for item in result.items}
    replay = Replay.load(checked.fixture_dir)
    # A report posted twice (its catalogue page and a 通知公告 repost) is delivered once, under
    # whichever URL was crawled first: the same reports, each under one of its URLs.
    aliases = report_aliases(checked.site)
    expected = {aliases.get(u, u): t for u, t in replay.expected_reports()}
    assert len(expected) == len(replay.expected_reports())
    assert {aliases.get(u, u): t for u, t in crawled.items()} == expected
    assert {aliases.get(u, u): t for u, t in crawled.items()} == gold_reports(checked.site)


def test_saved_fixture_replays_with_its_generated_test_without_calling_the_portal(
    checked: Checked,
) -> None:
    if checked.site.name != "demo":
        return  # the replay is portal-independent: one portal proves it, the others stay fast
    test_file = checked.fixture_dir / f"test_{checked.name}.py"
    assert test_file.exists() and (checked.fixture_dir / "replay.json").exists()
    hits_before = sum(checked.site.hits.values())
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--rootdir={ROOT}",
            "-c",
            str(ROOT / "pyproject.toml"),
            str(test_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "1 passed" in proc.stdout
    assert sum(checked.site.hits.values()) == hits_before, "the replay called the live portal"


def test_checksite_name_rechecks_an_existing_config(demo_checked: Checked) -> None:
    checked = demo_checked
    proc = run_checksite([checked.name], sites_dir=checked.sites_dir)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"checksite {checked.name}: {checked.site.base_url}/" in proc.stdout
    assert f"candidate reports ({len(gold_reports(checked.site))})" in proc.stdout
    assert "status: ok" in proc.stdout


@pytest.mark.parametrize(
    ("portal", "status", "browser"),
    [
        ("quiet", "empty", "tried, found nothing more"),
        ("shell", "broken", "tried, found nothing more"),
    ],
)
def test_checksite_reports_the_status_of_a_portal_without_reports(
    portal: str, status: str, browser: str, fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    proc = run_checksite([fixture_web.url(portal) + "/", "--pages", "20"], sites_dir=tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "candidate reports (0)" in proc.stdout
    assert f"status: {status}" in proc.stdout
    assert f"browser: {browser}" in proc.stdout


def test_checksite_says_down_when_nothing_answers(tmp_path: Path) -> None:
    proc = run_checksite(["http://127.0.0.1:9/", "--pages", "3"], sites_dir=tmp_path)
    assert proc.returncode == 1
    assert "candidate reports (0)" in proc.stdout
    assert "status: down" in proc.stdout


def test_checksite_write_needs_a_region_and_never_overwrites(demo_checked: Checked) -> None:
    url = demo_checked.site.base_url + "/"
    no_region = run_checksite(
        [url, "--name", "other", "--write"], sites_dir=demo_checked.sites_dir
    )
    assert no_region.returncode != 0 and "--region" in no_region.stderr + no_region.stdout
    again = run_checksite(
        [url, "--name", demo_checked.name, "--region", "某县", "--write"],
        sites_dir=demo_checked.sites_dir,
    )
    assert again.returncode != 0 and "exists" in again.stderr + again.stdout
