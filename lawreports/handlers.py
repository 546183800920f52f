"""Download handler: plain HTTP, and the browser only from the first request that needs it.

scrapy-playwright's handler starts its driver and Chromium when the engine starts, once per URL
scheme, whether the crawl renders anything or not: two browsers per site. For one portal that is
a few seconds; for `crawlall` over hundreds of portals it is the whole cost and most of the
memory. This handler serves plain requests itself and creates the scrapy-playwright handler
(with the same settings) the first time a request carries `meta["playwright"]`. Every browser
request is bounded in time as a whole: scrapy-playwright applies no download timeout of its
own, and a Chromium stuck under load would otherwise keep the crawl open for ever.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, cast

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

logger = logging.getLogger(__name__)


class BrowserTimeoutError(Exception):
    """A browser request that did not finish within LAWREPORTS_BROWSER_TIMEOUT."""


async def within(work: Awaitable[Any], limit: float) -> tuple[bool, Any]:
    """(True, result) when the work finishes within `limit` seconds, else (False, None).

    Unlike `asyncio.wait_for`, work that is cut off is not waited for while it cancels: a
    browser request cancelled while Chromium no longer answers can hang in its own clean-up
    (closing its page), and waiting for that is the hang the limit exists to prevent. The
    work is cancelled and left to end on its own."""
    task = asyncio.ensure_future(work)
    try:
        done, _ = await asyncio.wait({task}, timeout=limit)
    except asyncio.CancelledError:
        task.cancel()
        raise
    if task in done:
        return True, task.result()
    task.cancel()
    task.add_done_callback(_forget)
    return False, None


def _forget(task: asyncio.Future[Any]) -> None:
    """Retrieve what a cut-off task ended with, so asyncio does not report it as lost."""
    if not task.cancelled():
        task.exception()


class LazyBrowserDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.crawler = crawler
        self.browser: ScrapyPlaywrightDownloadHandler | None = None
        self.browser_lock = asyncio.Lock()

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):
            limit = self.crawler.settings.getfloat("LAWREPORTS_BROWSER_TIMEOUT")
            finished, response = await within(self._render(request), limit)
            if not finished:
                raise BrowserTimeoutError(
                    f"the browser took more than {limit:g} s over {request.url}"
                )
            return cast(Response, response)
        return await super().download_request(request)

    async def _render(self, request: Request) -> Response:
        browser = await self._browser()
        response: Response = await browser.download_request(request)
        return response

    async def _browser(self) -> ScrapyPlaywrightDownloadHandler:
        async with self.browser_lock:
            if self.browser is None:
                handler = ScrapyPlaywrightDownloadHandler.from_crawler(self.crawler)
                # what scrapy-playwright runs on engine_started, which has passed by now
                await handler._maybe_launch_in_thread()
                self.browser = handler
        return self.browser

    async def close(self) -> None:
        await super().close()
        if self.browser is not None:
            limit = self.crawler.settings.getfloat("LAWREPORTS_BROWSER_TIMEOUT")
            closed, _ = await within(self.browser.close(), limit)
            if not closed:
                logger.warning("the browser did not close within %g s; left to the exit", limit)
