"""Walls of several gateways: a captcha is no wall a browser passes (that page is skipped, the
site is not given up), each gateway gets passes of its own, and a wall reached by a redirect
(`302 → /waf/verify?url=…`) is followed by the page first asked for."""

from __future__ import annotations

from scrapy import Request
from scrapy.utils.test import get_crawler

from lawreports.discovery.links import _SCRIPT_TARGET
from lawreports.middlewares.walls import CookieWallMiddleware, looks_like_captcha, wall_kind

MAX_BYTES = 20_000
SLIDER = (
    "<html><head><meta name='aliyun_waf_aa' content='1'><title>访问验证</title></head><body>"
    "<p>为保证您的正常访问，请进行如下验证：</p><div id='nc'></div><p>请按住滑块，拖动到最右边</p>"
    "<script>AWSC.use('nc',function(s,m){m.init({success:function(d){"
    "location.href='/_waf/nc?token='+d.token;}});});</script></body></html>"
).encode()


def test_a_slider_captcha_is_a_page_only_a_person_passes() -> None:
    assert looks_like_captcha(SLIDER, MAX_BYTES)
    # a page with a login box's 验证码 among its text is no captcha wall
    page = ("<html><body>" + "<p>关于印发法治政府建设实施方案的通知。</p>" * 20).encode()
    assert not looks_like_captcha(page + "请按住滑块".encode(), MAX_BYTES)
    # the slider's success callback builds its URL: no jump page's target
    assert _SCRIPT_TARGET.search(SLIDER.decode()) is None
    assert _SCRIPT_TARGET.search("location.href = '/xxgk/index.html';") is not None


def test_gateways_are_told_apart_by_their_challenge() -> None:
    assert wall_kind(412, b"<script>$_ts=window['$_ts'];</script>") == "ruishu"
    assert wall_kind(521, b"<script>document.cookie=...</script>") == "jiasule"
    assert wall_kind(200, b"<script>var arg1='3E40CC';</script>") == "aliyun"
    assert wall_kind(200, b"<script>document.cookie='waf_vt=1'</script>") == "other"


def test_a_wall_reached_by_a_redirect_is_left_for_the_page_first_asked_for() -> None:
    crawler = get_crawler()
    assert crawler.stats is not None
    crawler.stats.open_spider()
    mw = CookieWallMiddleware(crawler)
    walled = Request(
        "http://127.0.0.1/waf/verify?url=%2Fbmxxgk%2F",
        meta={
            "redirect_urls": ["http://127.0.0.1/bmxxgk/"],
            "redirect_times": 1,
            "redirect_ttl": 19,
            "redirect_reasons": [302],
        },
    )
    retry = mw._plain_retry(walled)
    assert retry.url == "http://127.0.0.1/bmxxgk/"
    assert not {"redirect_urls", "redirect_times", "redirect_ttl"} & set(retry.meta)
    # a wall on the page itself is asked for again at its own URL
    assert mw._plain_retry(Request("http://127.0.0.1/zwgk/")).url == "http://127.0.0.1/zwgk/"
