"""A city portal's 县区 box names its districts' and counties' sub-sites by their bare names:
under a heading naming the box they are followed like a department's or a township's column;
elsewhere a place name (a label, `走进某县`) is not."""

from __future__ import annotations

import pytest

from lawreports.discovery.links import COUNTY_UNIT_SCORE, page_links

CITY = "http://127.0.0.1/index.html"


def _scores(html: str) -> dict[str, int]:
    return {lk.text: lk.score for lk in page_links(html, CITY)}


@pytest.mark.parametrize(
    "heading",
    [
        '<div class="tit">县区</div>',
        "<h3>区县链接</h3>",
        '<div class="box-hd"><span>县（市、区）</span></div>',
        '<div class="title">各县区政府</div>',
        "<h4>旗县区</h4>",
    ],
)
def test_districts_and_counties_under_a_county_box_heading_are_units(heading: str) -> None:
    html = (
        f'<div class="qx-box">{heading}<ul>'
        '<li><a href="/site/yqq/index.html">埇桥区</a></li>'
        '<li><a href="/site/dsx/index.html">砀山县</a></li>'
        '<li><a href="/site/xx/">萧 县</a></li>'
        '<li><a href="/site/jx/">介休市</a></li>'
        '<li><a href="/site/tmt/">土默特左旗</a></li>'
        "</ul></div>"
    )
    scores = _scores(html)
    assert scores["埇桥区"] == scores["砀山县"] == scores["介休市"] == COUNTY_UNIT_SCORE
    assert scores["土默特左旗"] == COUNTY_UNIT_SCORE
    assert scores["萧 县"] == COUNTY_UNIT_SCORE


def test_a_place_name_elsewhere_is_no_column() -> None:
    html = (
        '<div class="nav"><a href="/zjsx/index.html">走进示范县</a></div>'
        '<div class="box"><div class="tit">地区导航</div><ul>'
        '<li><a href="/area/jcq.html">金川区</a></li></ul></div>'
        '<div class="box"><div class="tit">县区</div><ul>'
        '<li><a href="/zjdsx/index.html">走进砀山县</a></li>'
        '<li><a href="/site/dsx/news.html">砀山县召开县政府常务会议</a></li></ul></div>'
    )
    scores = _scores(html)
    assert scores["走进示范县"] == 0
    assert scores["金川区"] == 0
    assert scores["走进砀山县"] == 0
    assert scores["砀山县召开县政府常务会议"] == 0


def test_a_county_box_heading_far_before_is_not_the_links_box() -> None:
    """The nearest heading before the link decides: a box after the 县区 box is its own."""
    html = (
        '<div class="box"><div class="tit">县区</div><ul>'
        '<li><a href="/site/dsx/">砀山县</a></li></ul></div>'
        '<div class="box"><div class="tit">友情链接</div><ul>'
        '<li><a href="/link/bb.html">蚌埠市</a></li></ul></div>'
    )
    scores = _scores(html)
    assert scores["砀山县"] == COUNTY_UNIT_SCORE
    assert scores["蚌埠市"] == 0


def test_a_stronger_score_is_kept() -> None:
    html = (
        '<div class="tit">县区</div><ul><li><a href="/site/dsx/">砀山县</a></li>'
        '<li><a href="/site/dsx/zwgk/">政务公开</a></li></ul>'
    )
    scores = _scores(html)
    assert scores["政务公开"] > COUNTY_UNIT_SCORE
