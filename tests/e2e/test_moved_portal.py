"""A portal that changed its address: the configured start URL answers 301 to another host, or
is a `页面跳转中` page whose script goes there. The crawl follows the move, takes the new host as the site's own, finds every report there and says
in a warning that the config should be updated. (A report link that redirects to another host
is still not followed: tests/e2e/test_hostile_faults.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_crawl, write_site_config
from tests.e2e.discovery_checks import assert_every_report_once
from tests.fixtureweb.portalkit import KitSite
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.hostile import MovedSite

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("by_script", [False, True], ids=["301", "script jump"])
def test_a_start_url_that_moved_to_another_host_is_followed_there(
    fixture_web: FixtureWeb, tmp_path: Path, by_script: bool
) -> None:
    old = fixture_web.sites["moved"]
    new = fixture_web.sites["trs_county"]
    assert isinstance(old, MovedSite) and isinstance(new, KitSite)
    old.new_base = new.base_url
    old.by_script = by_script
    write_site_config(tmp_path / "sites", "moved", old.base_url + "/", region=new.region)
    result = run_crawl(
        "moved",
        sites_dir=tmp_path / "sites",
        output=tmp_path / "out.jsonl",
        state=tmp_path / "state.sqlite3",
    )
    assert result.returncode == 0, result.log[-3000:]
    assert_every_report_once(new, result)
    assert f"{old.base_url}/ moved to {new.base_url}/" in result.log
    assert "'lawreports/configured_url_moved': 1" in result.log
    assert "'lawreports/site_status': 'ok'" in result.log
