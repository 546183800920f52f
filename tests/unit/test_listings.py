"""Paging policy on big portals: news listings are paged only while they show report titles."""

from __future__ import annotations

import pytest

from lawreports.discovery.links import score_link
from lawreports.discovery.listings import (
    ListingPaging,
    is_news_listing,
    may_hold_reports_as_news,
    shows_reports,
)
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


def test_stopped_news_listings_are_deepened_once_when_no_report_came_from_elsewhere() -> None:
    paging = ListingPaging(news_pages=5)
    for listing in ("zwdt", "bmdt", "ywdt"):
        paging.keep_resumption(listing, lambda listing=listing: iter([listing]))
        assert paging.first_stop(listing, "news")
    paging.first_stop("zcwj", "nothing_new")  # stopped otherwise: not news' window
    deepened = [next(resume()) for resume in paging.deepen()]
    assert deepened == ["bmdt", "ywdt", "zwdt"]
    meeting = score_link("桃源县召开2024年法治政府建设工作推进会", BASE + "/a/t20240301_3.html")
    assert paging.window("zwdt", True, [meeting]) is None  # no window from now on
    assert paging.deepen() == []  # once


def test_a_news_listing_that_is_never_deepened_keeps_its_window_after_the_others_are() -> None:
    """Pictures and press have no resumption: deepening the others must not lift their window,
    or a second address of the same listing met later pages it to the end."""
    paging = ListingPaging(news_pages=5)
    paging.keep_resumption("zwdt", lambda: iter(["zwdt"]))
    assert paging.first_stop("zwdt", "news")
    assert paging.first_stop("tpxw", "news")  # pictures: stopped, never resumed
    assert [next(resume()) for resume in paging.deepen()] == ["zwdt"]
    assert paging.window("tpxw", True, []) == 5
    assert paging.window("zwdt", True, []) is None


def test_news_listings_are_not_deepened_when_a_report_came_from_a_column() -> None:
    paging = ListingPaging(news_pages=5)
    paging.keep_resumption("zwdt", lambda: iter(["zwdt"]))
    paging.first_stop("zwdt", "news")
    paging.column_reports = 1
    assert paging.deepen() == []
    assert paging.window("zwdt", True, []) == 5


@pytest.mark.parametrize(
    ("text", "title", "may"),
    [
        ("政务动态", None, True),
        ("部门动态", None, True),
        ("更多>>", "光山要闻-光山县人民政府", True),
        ("图片新闻", None, False),
        ("更多>>", "视频新闻_光山县人民政府", False),
        ("媒体聚焦", None, False),
    ],
)
def test_pictures_video_and_press_coverage_never_hold_a_report(
    text: str, title: str | None, may: bool
) -> None:
    assert may_hold_reports_as_news(text, title) is may
