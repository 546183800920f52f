"""A portal's rate limit (429, or 503 with Retry-After): the request is asked again after the pause
the portal names, and the host then gets one request at a time, spaced; the refusals are bounded
and counted, and a rate limit is not a wall."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace

from scrapy import Request
from scrapy.core.downloader import Slot
from scrapy.http import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.test import get_crawler

from lawreports import settings as project
from lawreports.extensions.status import CrawlFacts, judge
from lawreports.faults import BLOCKED_KINDS, http_kind
from lawreports.middlewares.ratelimit import TRIES, RateLimitMiddleware, retry_after

URL = "http://127.0.0.1:8000/zwgk/fzzfjs/index.html"
HOST = "127.0.0.1:8000"


class StubDownloader:
    """The downloader's slot bookkeeping, as Scrapy keeps it: one slot per host."""

    def __init__(self) -> None:
        self.per_slot_settings: dict[str, dict[str, float]] = {}
        self.slots = {HOST: Slot(4, 0.0, 0.5)}

    def get_slot_key(self, request: Request) -> str:
        return urlparse_cached(request).netloc


# The project's settings of the middleware, overridable per test.
DEFAULTS = {k: getattr(project, k) for k in dir(project) if k.startswith("LAWREPORTS_RATE_LIMIT")}


def middleware(**settings: object) -> tuple[RateLimitMiddleware, StubDownloader]:
    crawler = get_crawler(
        settings_dict={**DEFAULTS, "LAWREPORTS_RATE_LIMIT_PACE": 0.5, **settings}
    )
    downloader = StubDownloader()
    crawler.engine = SimpleNamespace(downloader=downloader)  # type: ignore[assignment]
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return RateLimitMiddleware.from_crawler(crawler), downloader


def answer(status: int, request: Request, **headers: str) -> HtmlResponse:
    return HtmlResponse(URL, status=status, headers=headers, body=b"<p>x</p>", request=request)


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after(b"2") == 2.0
    now = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True).encode()
    assert retry_after(later, now=now.timestamp()) == 30.0
    assert retry_after(b"soon") is None
    assert retry_after(None) is None


def test_a_429_pauses_the_host_as_asked_and_asks_again() -> None:
    mw, downloader = middleware()
    request = Request(URL)
    retry = mw.process_response(request, answer(429, request, **{"Retry-After": "3"}))
    assert isinstance(retry, Request) and retry.url == URL
    assert retry.meta[TRIES] == 1 and retry.dont_filter
    slot = downloader.slots[HOST]
    assert (slot.concurrency, slot.delay, slot.jitter) == (1, 3.0, 0)
    # a slot Scrapy makes afresh (after dropping an idle one) keeps the same pace
    assert downloader.per_slot_settings[HOST] == {"concurrency": 1, "delay": 3.0, "jitter": 0}
    stats = mw.crawler.stats
    assert stats is not None
    assert stats.get_value("lawreports/rate_limit/hosts") == 1


def test_after_the_pause_the_host_keeps_a_slower_pace_doubled_by_each_new_refusal() -> None:
    mw, downloader = middleware()
    request = Request(URL)
    mw.process_response(request, answer(429, request, **{"Retry-After": "3"}))
    # an answer to a request sent before the refusal does not end the pause
    done = answer(200, request)
    assert mw.process_response(request, done) is done
    assert downloader.slots[HOST].delay == 3.0
    mw.pausing[HOST] = 0.0  # the pause is over
    mw.process_response(request, answer(200, request))
    assert downloader.slots[HOST].delay == 0.5
    mw.process_response(request, answer(429, request))  # refused again, no Retry-After
    mw.pausing[HOST] = 0.0
    mw.process_response(request, answer(200, request))
    assert downloader.slots[HOST].delay == 1.0


def test_without_retry_after_the_pause_doubles_per_refusal_up_to_the_cap() -> None:
    mw, downloader = middleware(
        LAWREPORTS_RATE_LIMIT_PAUSE=4.0, LAWREPORTS_RATE_LIMIT_MAX_PAUSE=10
    )
    request = Request(URL)
    for expected in (4.0, 8.0, 10.0):
        request = mw.process_response(request, answer(429, request))  # type: ignore[assignment]
        assert downloader.slots[HOST].delay == expected


def test_refusals_are_bounded_and_then_not_retried_at_once() -> None:
    mw, _ = middleware(LAWREPORTS_RATE_LIMIT_RETRIES=2)
    request = Request(URL, meta={TRIES: 2})
    response = answer(429, request, **{"Retry-After": "1"})
    assert mw.process_response(request, response) is response
    assert request.meta["dont_retry"] is True
    assert mw.crawler.stats is not None
    assert mw.crawler.stats.get_value("lawreports/rate_limit/gave_up") == 1


def test_a_busy_503_is_a_rate_limit_only_when_it_says_when_to_come_back() -> None:
    mw, _ = middleware()
    request = Request(URL)
    plain = answer(503, request)
    assert mw.process_response(request, plain) is plain  # RetryMiddleware's
    assert isinstance(
        mw.process_response(request, answer(503, request, **{"Retry-After": "1"})), Request
    )


def test_a_browser_pass_through_a_wall_is_left_to_the_wall_middleware() -> None:
    mw, _ = middleware()
    request = Request(URL, meta={"lr_wall_pass": 1.0})
    response = answer(429, request)
    assert mw.process_response(request, response) is response


def test_a_rate_limit_is_its_own_kind_of_refusal_in_the_sites_status() -> None:
    assert http_kind(429) == "rate_limited" and "rate_limited" in BLOCKED_KINDS
    assert http_kind(403) == "http_blocked"
    _, reason = judge(CrawlFacts(reports=1, pages=3, blocked_failures=4, rate_limited=4))
    assert "4 requests failed (4 of them refused by the portal's rate limit, HTTP 429)" in reason
