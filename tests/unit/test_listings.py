"""Paging policy on big portals: news listings are paged only while they show report titles."""

from __future__ import annotations

import pytest

from lawreports.discovery.links import score_link
from lawreports.discovery.listings import ListingPaging, is_news_listing, shows_reports
from lawreports.extensions.status import CrawlFacts, judge

BASE = "http://www.example.gov.cn"


@pytest.mark.parametrize(
    ("text", "url", "news"),
    [
        ("要闻动态", BASE + "/xwzx/ywdt/", True),
        ("部门动态", BASE + "/col/col1234/index.html", True),
        ("工作动态", BASE + "/zwgk/bmxxgk/xsfj/gzdt/", True),
        ("更多>>", BASE + "/xwzx/ywdt/", True),
        ("法治建设", BASE + "/xwzx/fzjs/", True),  # a news column named for the subject
        ("法治政府建设", BASE + "/ztzl/fzzfjs/", True),  # a 专题 of news and meetings
        ("通知公告", BASE + "/xwzx/tzgg/", False),  # reports are filed as notices
        ("法治政府建设年度报告", BASE + "/xwzx/fzzfjsndbg/", False),
        ("法治政府建设", BASE + "/zwgk/fdzdgknr/fzzfjs/", False),
        ("行政执法公示", BASE + "/zwgk/fdzdgknr/xzzfgs/", False),
        (None, BASE + "/", False),
    ],
)
def test_news_listing_by_name_then_url(text: str | None, url: str, news: bool) -> None:
    assert is_news_listing(text, url) is news


def test_a_listing_linked_by_more_is_judged_by_its_own_page_title() -> None:
    more = BASE + "/xwzx/tzgg/"
    assert not is_news_listing("更多>>", more, "通知公告_桃源县人民政府")
    assert is_news_listing("更多>>", BASE + "/col/col77/index.html", "要闻动态_桃源县人民政府")
    assert is_news_listing("更多>>", more, "桃源县人民政府")  # says nothing: the URL decides
    assert is_news_listing("部门动态", more, "通知公告_桃源县人民政府")  # the link's name first


def test_report_titles_and_cut_report_titles_show_reports() -> None:
    report = score_link("桃源县2023年度法治政府建设工作报告", BASE + "/a/t20240301_1.html")
    cut = score_link("桃源县人民政府关于2023年度法治政府建设…", BASE + "/a/t20240301_2.html")
    meeting = score_link("桃源县召开2024年法治政府建设工作推进会", BASE + "/a/t20240301_3.html")
    column = score_link("法治政府建设年度报告", BASE + "/zwgk/fzzfjsndbg/")
    assert shows_reports([report]) and shows_reports([cut])
    assert not shows_reports([meeting, column])


def test_a_news_listing_gets_a_window_until_it_shows_a_report_title() -> None:
    paging = ListingPaging(news_pages=5)
    meeting = score_link("桃源县召开2024年法治政府建设工作推进会", BASE + "/a/t20240301_3.html")
    report = score_link("桃源县2023年度法治政府建设工作报告", BASE + "/a/t20240301_1.html")
    assert paging.window("news-a", True, [meeting]) == 5
    assert paging.window("notices", False, [meeting]) is None
    assert paging.window("news-a", True, [report]) is None
    assert paging.window("news-a", True, [meeting]) is None  # it showed one: paged on
    assert ListingPaging(news_pages=0).window("news-b", True, [meeting]) is None
    assert paging.first_stop("news-c") and not paging.first_stop("news-c")


def test_site_status_names_the_budget_that_stopped_the_crawl() -> None:
    status, reason = judge(CrawlFacts(reports=2, pages=600, budgets="max_pages 600"))
    assert status == "ok"
    assert "budget reached: max_pages 600" in reason
    status, reason = judge(CrawlFacts(pages=600, deeper_pages=599, budgets="max_pages 600"))
    assert status == "empty" and "max_pages 600" in reason


def test_a_news_listing_named_in_traditional_script_is_news() -> None:
    assert is_news_listing("工作動態", "http://127.0.0.1/col/col9/index.html")
    assert not is_news_listing("通知公告", "http://127.0.0.1/col/col8/index.html")
