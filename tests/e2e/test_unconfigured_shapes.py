"""Publishing shapes of portals nobody configured, crawled with only name/region/start_urls:
reports published only as news, months deep in news listings (pages of files, or Hanweb
dataproxy batches) with no report column anywhere; and reports kept only in a 法治政府建设专栏
that the home page shows as an unnamed banner."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import FIELDS, assert_fields_and_clean_body
from tests.eval.score import body_f1, residue
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_published_only_as_news_are_found_deep_in_the_news_listings(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """No catalogue, no report column: the reports sit on pages 18 and 46 of 政务动态 and 17 of
    部门动态 (one pushed to 光山要闻 as well). Once nothing else is left and no report came from a
    listing that is not news, the news listings are paged on: every report comes out once, with
    its 来源 as publisher, while the picture and press columns keep their window and no other
    news article is fetched. The next run pages nothing on."""
    site, result, requests = crawl_home_only(fixture_web, "news_only_county", tmp_path)
    aliases = {site.base_url + a: site.base_url + p for a, p in site.aliases.items()}
    delivered = [aliases.get(item["url"], item["url"]) for item in result.items]
    assert sorted(delivered) == sorted(site.gold_urls()), result.log[-3000:]
    gold = {site.base_url + g.path: g for g in site.gold}
    for item in result.items:
        expected = gold[aliases.get(item["url"], item["url"])]
        wrong = {f: item.get(f) for f in FIELDS if item.get(f) != getattr(expected, f)}
        assert not wrong, f"{item['url']}: {wrong}"
        assert body_f1(item["body"], expected.body) > 0.99
        assert residue(item["body"], expected.body) == 0
    assert result.stat("lawreports/pagination/deepened_news")
    # This crawl's requests only: other tests of the session (checksite) crawl the portal too.
    this_crawl = Counter(hit.path for hit in site.log[-requests:])
    spent = Counter(site.page_kind(path) for path in this_crawl.elements())  # type: ignore[attr-defined]
    assert spent["article"] == 0, spent
    for column in ("/xwzx/tpxw/", "/xwzx/mtjj/"):  # pictures, press: their window of 5
        assert sum(n for p, n in this_crawl.items() if p.startswith(column)) <= 5
    assert requests <= 230, spent
    # The next run (same state): new reports would be at the top; nothing is paged on.
    _, again, requests = crawl_home_only(fixture_web, "news_only_county", tmp_path)
    assert again.items == []
    assert not again.stat("lawreports/pagination/deepened_news")
    assert requests <= 45


def test_reports_published_only_as_records_of_a_hanweb_news_column_are_found_past_its_window(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """900 工作动态 records and the two reports in 21 dataproxy batches, the reports in batches 14 and 19, no other
    column: the batches past the news window are asked for once nothing else is left, and none
    of the news records is fetched."""
    site, result, requests = crawl_home_only(fixture_web, "hanweb_news_only", tmp_path)
    assert_fields_and_clean_body(site, result)
    asked = [h for h in site.log[-requests:] if h.path.endswith("dataproxy.jsp")]
    assert len(asked) == 21, len(asked)  # each of the 21 batches (902 records) once
    assert not any("_3001_204" in h.path for h in site.log[-requests:])  # no news record
    assert result.stat("lawreports/pagination/deepened_news") == 16
    assert requests <= 30


def test_reports_kept_only_in_a_topic_column_behind_an_unnamed_banner(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The 法治政府建设专栏 is an image without alt on the home page and a name on the 专题专栏
    page; its 年度报告 sub-column lists the reports (one titled without a year) beside a 第一责任人
    report and a 政府信息公开工作年度报告, the 政务公开 catalogue holds none. The 专题 index is
    followed, every report comes out once, nothing else does, and no news is deepened."""
    site, result, requests = crawl_home_only(fixture_web, "topic_banner_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert not result.stat("lawreports/pagination/deepened_news")
    assert requests <= 50
