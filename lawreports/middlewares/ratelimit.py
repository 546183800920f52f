"""Rate limits: a portal that answers 429 (or 503 with `Retry-After`) is asked again, slower.

Scrapy's RetryMiddleware asks again at once, so against a rate limit every retry meets another
429 and the pages are lost. Here the host's download slot waits the pause the portal names
(`Retry-After`, in seconds or as an HTTP date, at most LAWREPORTS_RATE_LIMIT_MAX_PAUSE; without
one LAWREPORTS_RATE_LIMIT_PAUSE, doubled for each further refusal of the same request), the
request is asked again (at most LAWREPORTS_RATE_LIMIT_RETRIES times), and from then on the host
gets one request at a time, LAWREPORTS_RATE_LIMIT_PACE seconds apart (doubled each time it
refuses again after the pause). The pace holds for the rest of the crawl: a portal that limits
once limits again.

A browser pass through a wall is left to the wall middleware, which owns its page.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy.utils.httpobj import urlparse_cached

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

# Times a request was refused by a rate limit (request meta).
TRIES = "lr_rate_limited"
# 503 is a rate limit only when it says when to come back.
_LIMIT_STATUS = 429
_BUSY_STATUS = 503


def retry_after(value: bytes | None, now: float | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or an HTTP date), if readable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RateLimitMiddleware:
    """Honours 429/503 `Retry-After` per host: pause, ask again, then one request at a time."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.max_tries = s.getint("LAWREPORTS_RATE_LIMIT_RETRIES")
        self.pause = s.getfloat("LAWREPORTS_RATE_LIMIT_PAUSE")
        self.max_pause = s.getfloat("LAWREPORTS_RATE_LIMIT_MAX_PAUSE")
        self.first_pace = s.getfloat("LAWREPORTS_RATE_LIMIT_PACE")
        # Slot key → seconds between requests once the pause is over.
        self.paces: dict[str, float] = {}
        # Slots waiting out a pause → when it ends: the first answer after it restores the pace
        # (answers to requests sent before the refusal do not).
        self.pausing: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(
        self, request: Request, response: Response, **_: Any
    ) -> Response | Request:
        if request.meta.get("lr_wall_pass"):
            return response
        key = self._slot_key(request)
        if not self._limited(response):
            if key in self.pausing and time.monotonic() >= self.pausing[key]:
                del self.pausing[key]
                self._set_slot(key, self.paces[key])
            return response
        tries = int(request.meta.get(TRIES, 0))
        host = urlparse_cached(request).netloc
        self._inc("lawreports/rate_limit/refusals")
        if tries >= self.max_tries:
            self._inc("lawreports/rate_limit/gave_up")
            logger.warning(
                "%s: rate limited (HTTP %d) %d times; gave up on %s",
                host,
                response.status,
                tries + 1,
                request.url,
            )
            request.meta["dont_retry"] = True  # no immediate retries on top
            return response
        asked = retry_after(response.headers.get("Retry-After"))
        pause = min(asked if asked is not None else self.pause * 2**tries, self.max_pause)
        self._slow_down(key, host, pause, response.status, asked)
        retry = request.replace(dont_filter=True)
        retry.meta[TRIES] = tries + 1
        retry.meta.pop("download_latency", None)
        return retry

    def _limited(self, response: Response) -> bool:
        return response.status == _LIMIT_STATUS or (
            response.status == _BUSY_STATUS and b"Retry-After" in response.headers
        )

    def _slow_down(
        self, key: str, host: str, pause: float, status: int, asked: float | None
    ) -> None:
        """The slot waits `pause` before its next request; afterwards it keeps a slower pace."""
        first = key not in self.paces
        if key not in self.pausing:  # a new refusal after the pause: a slower pace
            known = self.paces.get(key)
            self.paces[key] = min(self.first_pace if known is None else known * 2, self.max_pause)
        self.pausing[key] = time.monotonic() + pause
        self._set_slot(key, max(pause, self.paces[key]))
        said = f"Retry-After {asked:g} s" if asked is not None else "no Retry-After"
        log = logger.warning if first else logger.info
        log(
            "%s: rate limited (HTTP %d, %s): pausing %.1f s, then one request every %.1f s",
            host,
            status,
            said,
            pause,
            self.paces[key],
        )
        if first:
            self._inc("lawreports/rate_limit/hosts")

    def _slot_key(self, request: Request) -> str:
        engine = self.crawler.engine
        assert engine is not None
        return engine.downloader.get_slot_key(request)

    def _set_slot(self, key: str, delay: float) -> None:
        """One request at a time, `delay` apart, with no random shortening; also for the slot
        Scrapy makes afresh after dropping an idle one."""
        engine = self.crawler.engine
        assert engine is not None
        downloader = engine.downloader
        downloader.per_slot_settings[key] = {"concurrency": 1, "delay": delay, "jitter": 0}
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.concurrency = 1
            slot.delay = delay
            slot.jitter = 0

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
