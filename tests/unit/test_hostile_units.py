"""The hostile web, unit by unit: charset lies, wall shapes, failure kinds, site status."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from lawreports.extensions.status import BLOCKED, BROKEN, DOWN, EMPTY, OK, CrawlFacts, judge
from lawreports.faults import classify
from lawreports.middlewares.encoding import CharsetRepairMiddleware, canonical, true_encoding
from lawreports.middlewares.walls import looks_like_wall
from lawreports.settings import LAWREPORTS_WALL_MAX_BYTES

TEXT = "关于2023年度法治政府建设情况的报告。全面贯彻落实习近平法治思想，依法行政水平明显提升。" * 5


def page(charset_in_meta: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset_in_meta}">'
    return f"<html><head>{meta if charset_in_meta else ''}<title>报告</title></head><body><p>{TEXT}</p></body></html>"


def response(body: bytes, header_charset: str | None) -> HtmlResponse:
    ctype = "text/html" + (f"; charset={header_charset}" if header_charset else "")
    return HtmlResponse("http://127.0.0.1/r.html", body=body, headers={"Content-Type": ctype})


def repaired(resp: HtmlResponse) -> tuple[HtmlResponse, int]:
    crawler = get_crawler()
    crawler.stats.open_spider()
    out = CharsetRepairMiddleware(crawler).process_response(resp.request, resp)
    assert isinstance(out, HtmlResponse)
    return out, crawler.stats.get_value("lawreports/decoding_repairs", 0)


@pytest.mark.parametrize(
    ("encoding", "header", "meta", "repairs"),
    [
        ("gbk", "utf-8", "utf-8", 1),  # GBK bytes, everything says utf-8
        ("utf-8", "gbk", "gbk", 1),  # the reverse lie
        ("utf-8", "gb2312", "utf-8", 1),  # header lies, meta right
        ("gbk", None, "gbk", 0),  # header without charset, only a <meta>
        ("gb18030", "gb2312", "gb2312", 0),  # gb2312 label, gb18030 bytes: the superset decodes
        ("utf-8", "utf-8", "utf-8", 0),  # honest page: untouched
        ("gbk", "iso-8859-1", "gb2312", 1),  # a Western header over GB text
        ("gbk", None, "iso-8859-1", 1),  # a template's Western <meta> and no header charset
    ],
)
def test_charset_lies_are_decoded_right(
    encoding: str, header: str | None, meta: str | None, repairs: int
) -> None:
    text = page(meta).replace("报告。", "报告。王䶮、李镕同志出席。", 1)
    body = text.encode("gb18030" if encoding == "gbk" else encoding)  # GBK bytes + a rare name
    out, count = repaired(response(body, header))
    assert "王䶮、李镕" in out.text
    assert TEXT[:30] in out.text
    assert "\ufffd" not in out.text
    assert count == repairs


def test_an_undeclared_big5_page_read_right_is_left_alone() -> None:
    """gb18030 decodes Big5 bytes without a replacement too; Scrapy's Big5 reading stands."""
    text = "<html><head><title>報告</title></head><body><p>關於法治政府建設情況的報告。依法行政。</p></body></html>"
    resp = HtmlResponse(
        "http://127.0.0.1/r.html",
        body=text.encode("big5"),
        encoding="big5",
        headers={"Content-Type": "text/html"},
    )
    out, count = repaired(resp)
    assert "關於法治政府建設" in out.text and count == 0


def test_canonical_widens_gb_labels() -> None:
    assert canonical("GB2312") == canonical("gbk") == "gb18030"
    assert canonical("x-unknown") is None
    assert true_encoding(b"plain ascii", ["gb18030"]) is None


WALL_521 = (
    b'<html><body><script>document.cookie=("__jsl_clearance_s=" + (+new Date())/1000 + "|0|'
    b'abc");location.href=location.pathname+location.search</script></body></html>'
)
WALL_412 = (
    b'<!DOCTYPE html><html><head><meta id="9DhefwqGPrzGxEp9hPaoag" content="x3Q8..">'
    b'<script type="text/javascript" r="m">$_ts=window["$_ts"];if(!$_ts)$_ts={};$_ts.nsd=84719;'
    b"</script><script src=/abc.js r=m></script></head><body></body></html>"
)


@pytest.mark.parametrize(
    ("status", "body", "wall"),
    [
        (521, WALL_521, True),
        (412, WALL_412, True),
        (200, WALL_521, True),  # a 200 wall is recognised by its cookie-writing script
        (200, page("utf-8").encode(), False),  # a real page
        (412, ("<html><body>" + TEXT * 3 + "<script>x=1</script></body></html>").encode(), False),
        (404, WALL_521, False),
        (200, b"<html><body><script>var a=1;</script></body></html>", False),
        # a jump page names its target and writes no cookie: discovery follows it, no browser
        (
            200,
            b'<html><script>window.location.href = "/xxrmzf/index.html";</script></html>',
            False,
        ),
        (200, b"<html><script>location.replace('/xxrmzf/');</script></html>", False),
        # a wall that writes its cookie, then jumps to a literal target: still a wall
        (200, b'<script>document.cookie="a=1";location.href="/";</script>', True),
        # a frameset shell that stores a cookie names its pages: no wall, its frames are read
        (
            200,
            b'<html><head><script>document.cookie="deptId=sfj;path=/";</script></head>'
            b'<frameset cols="200,*"><frame src="left.html" name="left" />'
            b'<frame src="main.html" name="main" /></frameset></html>',
            False,
        ),
        (521, WALL_521.replace(b"</body>", b'<iframe src="/x.html"></iframe></body>'), True),
    ],
)
def test_wall_is_recognised_by_shape(status: int, body: bytes, wall: bool) -> None:
    assert looks_like_wall(status, body, LAWREPORTS_WALL_MAX_BYTES) is wall


def test_failure_kinds() -> None:
    from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
    from twisted.python.failure import Failure

    from lawreports.middlewares.walls import WallBlocked

    assert classify(Failure(TimeoutError())).kind == "timeout"
    assert classify(Failure(DNSLookupError())).kind == "dns"
    assert classify(Failure(ConnectionRefusedError())).kind == "connection"
    assert classify(Failure(WallBlocked("wall"))).kind == "blocked"


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        (CrawlFacts(reports=3, pages=9, deeper_pages=8, down_failures=2), OK),
        (CrawlFacts(pages=12, deeper_pages=11), EMPTY),
        (CrawlFacts(pages=1), BROKEN),
        (CrawlFacts(pages=0, other_failures=1), BROKEN),
        (CrawlFacts(walls_blocked=1, reason_hint="x"), BLOCKED),
        (CrawlFacts(blocked_failures=3), BLOCKED),
        (CrawlFacts(down_failures=3, reason_hint="timeout"), DOWN),
        (CrawlFacts(pages=1, down_failures=4), DOWN),
    ],
)
def test_site_status_judgement(facts: CrawlFacts, status: str) -> None:
    got, reason = judge(facts)
    assert got == status
    assert reason
