"""A page cut short in a 200 answer is asked for again; a host that never closes its pages
is left alone."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from lawreports.middlewares.incomplete import IncompletePageMiddleware

WHOLE = "<html><body><p>某县2023年度法治政府建设工作报告</p><p>全文。</p></body></html>".encode()
CUT = WHOLE[:40]


def _answer(url: str, body: bytes, request: Request) -> HtmlResponse:
    return HtmlResponse(url, body=body, encoding="utf-8", request=request)


def test_a_cut_page_is_asked_again_and_the_longest_copy_kept() -> None:
    mw = IncompletePageMiddleware(retries=2, stats=None)
    home = Request("http://x.gov.cn/")
    assert mw.process_response(home, _answer(home.url, WHOLE, home)) is not None
    page = Request("http://x.gov.cn/a.html")
    again = mw.process_response(page, _answer(page.url, CUT, page))
    assert isinstance(again, Request) and again.dont_filter
    whole = mw.process_response(again, _answer(page.url, WHOLE, again))
    assert isinstance(whole, HtmlResponse) and whole.body == WHOLE
    # Still cut after the retries: the longest copy is read.
    third = mw.process_response(again, _answer(page.url, CUT[:20], again))
    assert isinstance(third, Request)
    last = mw.process_response(third, _answer(page.url, CUT[:10], third))
    assert isinstance(last, HtmlResponse) and last.body == CUT


def test_a_host_that_never_closes_its_pages_is_not_asked_again() -> None:
    mw = IncompletePageMiddleware(retries=2, stats=None)
    page = Request("http://y.gov.cn/a.html")
    answer = _answer(page.url, CUT, page)
    assert mw.process_response(page, answer) is answer
