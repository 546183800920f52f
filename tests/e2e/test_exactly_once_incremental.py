"""Scheduled re-crawls with the same state: nothing when nothing changed, exactly what is new or
changed otherwise, and far fewer requests than the first run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.changing import ChangingSite
from tests.support.crawls import crawl_command, read_feed, run, stat
from tests.support.state import STORES, state_location

pytestmark = pytest.mark.e2e


@pytest.fixture
def changing(fixture_web: FixtureWeb, tmp_path: Path) -> Iterator[ChangingSite]:
    site = fixture_web.sites["changing"]
    assert isinstance(site, ChangingSite)
    write_site_config(tmp_path / "sites", "changing", site.base_url + "/", region=site.region)
    yield site
    site.reset()


class Crawler:
    """Runs `scrapy crawl changing` again and again on one state, one output per run."""

    def __init__(self, tmp_path: Path, state: str, **settings: object) -> None:
        self.tmp_path, self.state, self.settings = tmp_path, state, settings
        self.runs = 0

    def __call__(self) -> tuple[list[dict[str, object]], str]:
        self.runs += 1
        out = self.tmp_path / f"run{self.runs}.jsonl"
        cmd = crawl_command(
            "changing",
            sites_dir=self.tmp_path / "sites",
            state=self.state,
            feed=["-O", str(out)],
            settings=self.settings,
        )
        log = run(cmd, self.tmp_path / f"run{self.runs}.log")
        return (read_feed(out) if out.exists() else []), log


@pytest.mark.parametrize("kind", STORES)
def test_unchanged_site_recrawl_emits_nothing_with_few_requests(
    changing: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, kind: str
) -> None:
    changing.reset(published=140)
    crawl = Crawler(tmp_path, state_location(kind, request, tmp_path))
    first, first_log = crawl()
    assert {i["id"] for i in first} == changing.gold_ids()
    assert len(first) == 140
    again, again_log = crawl()
    assert again == []
    first_requests = stat(first_log, "downloader/request_count")
    again_requests = stat(again_log, "downloader/request_count")
    print(f"requests: first run {first_requests}, unchanged re-crawl {again_requests}")
    assert again_requests <= 0.10 * first_requests, (first_requests, again_requests)
    assert stat(again_log, "lawreports/state/known_pages_skipped") >= 20
    # Nothing new, yet every report is still there: the site is fine, in stats and run report.
    assert stat(again_log, "lawreports/site_status") == "ok"


def test_a_new_report_is_emitted_alone_even_when_it_adds_a_listing_page(
    changing: ChangingSite, tmp_path: Path
) -> None:
    changing.reset(published=40)  # exactly two full listing pages
    crawl = Crawler(tmp_path, str(tmp_path / "state.sqlite3"))
    first, _ = crawl()
    assert len(first) == 40
    new = changing.publish_next()  # the oldest report moves onto a new third page
    again, _ = crawl()
    assert [i["url"] for i in again] == [changing.report_url(new)]
    assert again[0]["update"] is False


def test_a_corrected_report_is_emitted_again_as_an_update(
    changing: ChangingSite, tmp_path: Path
) -> None:
    changing.reset(published=12)
    crawl = Crawler(tmp_path, str(tmp_path / "state.sqlite3"))
    first, _ = crawl()
    hashes = {i["id"]: i["content_hash"] for i in first}
    changing.correct(3, retitle=True)  # the listing shows the new title: fetched again
    (retitled,) = crawl()[0]
    assert retitled["id"] in hashes, "the id stays the same across a correction"
    assert retitled["update"] is True
    assert retitled["previous_hash"] == hashes[retitled["id"]]
    assert retitled["content_hash"] != retitled["previous_hash"]
    assert "更正" in retitled["body"]
    changing.correct(5)  # same title in the listing, new text on the page
    assert crawl()[0] == [], "nothing on the listing says it changed"
    crawl.settings["LAWREPORTS_RECHECK_DAYS"] = 0  # a periodic full re-check finds it
    (corrected,) = crawl()[0]
    assert corrected["url"] == changing.report_url(changing.catalogue[5])
    assert corrected["update"] is True
    assert corrected["previous_hash"] == hashes[corrected["id"]]


@pytest.mark.parametrize("kind", STORES)
def test_a_repost_published_after_its_report_was_delivered_is_not_delivered_again(
    changing: ChangingSite, tmp_path: Path, request: pytest.FixtureRequest, kind: str
) -> None:
    """The 通知公告 copy (reworded title, no 索引号) appears only after the catalogue report went
    out: the later run tells it by the stored sample of the report's text."""
    changing.reset(published=5)  # five texts, none alike
    crawl = Crawler(tmp_path, state_location(kind, request, tmp_path))
    first, _ = crawl()
    assert len(first) == 5
    repost = changing.repost(2)
    again, log = crawl()
    assert again == []
    assert changing.hits[repost] == 1
    assert stat(log, "lawreports/dedup/copy_of_earlier_run") == 1
    third, _ = crawl()
    assert third == []
    assert changing.hits[repost] == 1, "its URL is remembered as the report's"
