"""kill -9 a real crawl at several moments, run it again with the same state: across both runs'
outputs every report appears exactly once, none is missing, no file holds a partial line."""

from __future__ import annotations

import os
import signal
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.changing import ChangingSite
from tests.support.crashpoints import PausePoint
from tests.support.crawls import crawl_command, feeds_in, read_feed, run, start
from tests.support.state import STORES, state_location

pytestmark = pytest.mark.e2e
REPORTS = 30


@pytest.fixture
def site(fixture_web: FixtureWeb, tmp_path: Path) -> Iterator[ChangingSite]:
    web_site = fixture_web.sites["changing"]
    assert isinstance(web_site, ChangingSite)
    write_site_config(tmp_path / "sites", "changing", web_site.base_url + "/")
    web_site.reset(published=REPORTS)
    yield web_site
    web_site.reset()


def kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(60)


def assert_exactly_once(site: ChangingSite, out_dir: Path) -> None:
    ids = Counter(item["id"] for feed in feeds_in(out_dir) for item in read_feed(feed))
    assert [i for i, n in ids.items() if n > 1] == [], "a report was delivered twice"
    assert set(ids) == site.gold_ids(), "a report is missing (or unexpected)"


def test_killed_mid_export_delivers_everything_on_the_next_run(
    site: ChangingSite, tmp_path: Path
) -> None:
    out, state = tmp_path / "out", str(tmp_path / "state.sqlite3")
    held = site.hold(site.catalogue[3].path)  # the crawl exports others while this one hangs
    cmd = crawl_command(
        "changing", sites_dir=tmp_path / "sites", state=state, feed=["-O", str(out / "1.jsonl")]
    )
    proc = start(cmd, tmp_path / "1.log")
    assert held.arrived.wait(120), "the crawl never reached the held page"
    kill(proc)
    held.release.set()
    assert list(out.glob(".*.part")), "the killed run was writing its feed"
    cmd[cmd.index(str(out / "1.jsonl"))] = str(out / "2.jsonl")
    run(cmd, tmp_path / "2.log")
    assert_exactly_once(site, out)


@pytest.mark.parametrize("store", STORES)
def test_killed_after_prepare_before_publish_is_rolled_back(
    site: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    """Default per-run feeds (no -o): the killed run's file never appears; the next has all."""
    out, state = tmp_path / "out", state_location(store, request, tmp_path)
    point = PausePoint("prepared")
    feed = {"LAWREPORTS_DEFAULT_FEED": f"{out}/%(name)s/%(time)s.jsonl"}
    cmd = crawl_command(
        "changing", sites_dir=tmp_path / "sites", state=state, settings=feed | point.settings()
    )
    proc = start(cmd, tmp_path / "1.log")
    point.wait()
    kill(proc)
    point.close()
    again = crawl_command("changing", sites_dir=tmp_path / "sites", state=state, settings=feed)
    assert "rolled back" in run(again, tmp_path / "2.log")
    assert len(feeds_in(out)) == 1
    assert_exactly_once(site, out)


@pytest.mark.parametrize("store", STORES)
def test_killed_after_publish_before_commit_is_rolled_forward(
    site: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, store: str
) -> None:
    """Appending (-o) to one file across runs: it ends with every report exactly once."""
    out, state = tmp_path / "out", state_location(store, request, tmp_path)
    point = PausePoint("published")
    feed = ["-o", str(out / "all.jsonl")]
    sites = tmp_path / "sites"
    paused = crawl_command(
        "changing", sites_dir=sites, state=state, feed=feed, settings=point.settings()
    )
    proc = start(paused, tmp_path / "1.log")
    point.wait()
    assert len(read_feed(out / "all.jsonl")) == REPORTS, "published before the kill"
    kill(proc)
    point.close()
    log = run(
        crawl_command("changing", sites_dir=sites, state=state, feed=feed), tmp_path / "2.log"
    )
    assert "rolled forward" in log
    assert_exactly_once(site, out)
