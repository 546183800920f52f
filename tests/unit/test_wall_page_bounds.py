"""A wall pass whose page no longer answers (a page reloading itself without end, a Chromium
starved of CPU) ends at the wall timeout: closing the page, reading its cookies, nothing on it
is awaited for ever. Before, such a close kept a whole crawl open with nothing to do."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import Any

import pytest
import pytest_twisted
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.test import get_crawler

from lawreports.middlewares.walls import CookieWallMiddleware, WallBlocked

LIMIT = 0.2
URL = "http://127.0.0.1/"
WALL = b"<html><body><script>document.cookie='x=1';location.reload()</script></body></html>"


class DeafPage:
    """A Playwright page that never answers: every call waits until the test ends."""

    def __init__(self) -> None:
        self.context = self
        self.calls: list[str] = []

    async def _never(self, name: str) -> Any:
        self.calls.append(name)
        await asyncio.Event().wait()

    def close(self) -> Any:
        return self._never("close")

    def cookies(self, url: str) -> Any:
        return self._never("cookies")

    def evaluate(self, script: str) -> Any:
        return self._never("evaluate")


def _middleware(wall: float, browser: float) -> tuple[CookieWallMiddleware, Any]:
    """Page calls are bounded by the shorter of the wall and the browser limits."""
    settings = {"LAWREPORTS_WALL_TIMEOUT": wall, "LAWREPORTS_BROWSER_TIMEOUT": browser}
    crawler = get_crawler(settings_dict=settings)
    assert crawler.stats is not None
    crawler.stats.open_spider()
    return CookieWallMiddleware(crawler), crawler.stats


def _pass_request(page: DeafPage) -> Request:
    return Request(URL, meta={"lr_wall_pass": time.monotonic(), "playwright_page": page})


async def _failed_pass() -> None:
    middleware, stats = _middleware(wall=60, browser=LIMIT)
    page = DeafPage()
    start = time.monotonic()
    with pytest.raises(WallBlocked):
        await middleware.process_exception(_pass_request(page), TimeoutError("no selector"))
    assert time.monotonic() - start < 3
    assert page.calls == ["close"]
    assert stats.get_value("lawreports/walls/page_unanswered") == 1
    assert stats.get_value("lawreports/walls/blocked") == 1


async def _pass_that_cannot_be_read() -> None:
    middleware, stats = _middleware(wall=LIMIT, browser=90)
    page = DeafPage()
    request = _pass_request(page)
    response = HtmlResponse(URL, status=200, body=WALL, request=request)
    response.meta["playwright_page"] = page  # scrapy-playwright puts the page on the response
    start = time.monotonic()
    with pytest.raises(WallBlocked):
        await middleware.process_response(request, response)
    assert time.monotonic() - start < 5
    assert page.calls == ["cookies", "evaluate", "close"]
    assert stats.get_value("lawreports/walls/page_unanswered") == 3


@pytest_twisted.inlineCallbacks
def test_a_failed_pass_does_not_wait_for_ever_on_closing_its_page() -> Generator[Any, Any, None]:
    yield deferred_from_coro(_failed_pass())


@pytest_twisted.inlineCallbacks
def test_a_pass_whose_page_does_not_answer_gives_up() -> Generator[Any, Any, None]:
    yield deferred_from_coro(_pass_that_cannot_be_read())
