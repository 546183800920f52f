"""Reports published as 附件: real `scrapy crawl` runs against the attachment portal."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CrawlResult, run_crawl, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.attachments import GUIDE, AttachmentSite, gold_by_url, primary_url

# One crawl serves the module's tests: they run in one test process.
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("attachments_crawl")]


@dataclass
class Run:
    site: AttachmentSite
    result: CrawlResult
    gets: dict[str, int]  # GET requests per path during this run
    sites_dir: Path
    state: Path


def _gets_since(site: AttachmentSite, start: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for hit in site.log[start:]:
        if hit.method == "GET":
            counts[hit.path] = counts.get(hit.path, 0) + 1
    return counts


def _crawl(site: AttachmentSite, sites_dir: Path, out: Path, state: Path, **settings: Any) -> Run:
    start = len(site.log)
    result = run_crawl("attach", sites_dir=sites_dir, output=out, state=state, settings=settings)
    assert result.returncode == 0, result.log[-3000:]
    return Run(site, result, _gets_since(site, start), sites_dir, state)


@pytest.fixture(scope="module")
def first(fixture_web: FixtureWeb, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    site = fixture_web.sites["attach"]
    assert isinstance(site, AttachmentSite)
    tmp = tmp_path_factory.mktemp("attach")
    write_site_config(tmp / "sites", "attach", site.base_url + "/", region=site.region)
    yield _crawl(site, tmp / "sites", tmp / "first.jsonl", tmp / "state.sqlite3")


def test_every_report_once_with_page_metadata_and_attachment_text(first: Run) -> None:
    gold = gold_by_url(first.site)
    by_url = {primary_url(first.site, item["url"]): item for item in first.result.items}
    assert len(by_url) == len(first.result.items) == len(gold)
    assert set(by_url) == set(gold)
    for url, expected in gold.items():
        item = by_url[url]
        assert item["title"] == expected.title, url
        assert item["index_no"] == expected.index_no, url
        assert item["publish_date"] == expected.publish_date, url
        assert item["body_source"] == expected.body_source, url
        assert item["body"] == expected.body, url


def test_attachments_are_listed_with_type_and_fetched_ones_with_size_and_hash(
    first: Run,
) -> None:
    site = first.site
    for url, expected in gold_by_url(site).items():
        item = next(i for i in first.result.items if primary_url(site, i["url"]) == url)
        listed = [{k: a[k] for k in ("name", "url", "type")} for a in item["attachments"]]
        assert listed == expected.attachments, url
        for att in item["attachments"]:
            path = att["url"][len(site.base_url) :]
            served = site.pages.get(path) or site.pages.get(path.split("?")[0])
            if att["type"] in {"pdf", "docx", "doc"}:
                assert served is not None
                assert att["size"] == len(served.body)
                assert att["sha256"] == hashlib.sha256(served.body).hexdigest()
            else:
                assert "size" not in att and "sha256" not in att
    assert not any(
        a["url"].endswith(GUIDE) for i in first.result.items for a in i["attachments"]
    ), "the sidebar's site-wide guide is not a report's attachment"


def test_each_file_is_downloaded_once_and_zip_and_guide_never(first: Run) -> None:
    files = first.site.files
    roles = ("pdf", "docx", "hanweb", "scan", "file_only", "doc", "broken_doc")
    for role in (*roles, "viewer_embedded", "viewer_linked", "direct_pdf"):
        assert first.gets.get(files[role]) == 1, role  # the repost reuses the PDF
    assert first.gets.get(first.site.zip_path, 0) == 0
    assert first.gets.get(GUIDE, 0) == 0
    assert first.result.stat("lawreports/attachment_no_text") == 1


def test_recrawl_reuses_known_files_and_emits_nothing_new(first: Run) -> None:
    # Re-check every detail page (else known pages are not fetched at all): their files are
    # known by URL and size, so they are asked for their size only and their text is reused.
    again = _crawl(
        first.site,
        first.sites_dir,
        first.state.parent / "second.jsonl",
        first.state,
        LAWREPORTS_RECHECK_DAYS=0,
    )
    assert again.result.items == []
    files = first.site.files
    for role in ("pdf", "docx", "hanweb", "scan", "doc", "viewer_embedded"):
        assert again.gets.get(files[role], 0) == 0, role
    assert again.result.stat("lawreports/attachments/reused") == 6
    # A file that could not be read is read again: the cause may have been the machine's.
    assert again.gets.get(files["broken_doc"]) == 1


def test_file_over_the_size_cap_leaves_the_report_as_found(first: Run, tmp_path: Path) -> None:
    capped = _crawl(
        first.site,
        first.sites_dir,
        tmp_path / "capped.jsonl",
        tmp_path / "capped.sqlite3",
        LAWREPORTS_ATTACHMENT_MAXSIZE=2000,
    )
    gold = gold_by_url(first.site)
    by_url = {primary_url(first.site, item["url"]): item for item in capped.result.items}
    assert set(by_url) == set(gold)
    pdf_report = by_url[next(u for u, g in gold.items() if g.index_no == "011352345/2024-00017")]
    assert pdf_report["body_source"] == "page; attachment not fetched: pdf"
    assert "size" not in pdf_report["attachments"][0]
    assert capped.result.stat("lawreports/attachments/fetch_failed") >= 3
