"""JS cookie walls (412 瑞数-style, 521 加速乐-style, acw_sc__v2, verify interstitials): one
browser pass per gateway, then plain requests.

A wall is recognised by its shape — a refusing status or a tiny page, almost no visible text, and
a script that writes `document.cookie` and reloads — and is never handed to the spider as content.
The first wall of a site sends that request once through the browser (scrapy-playwright), which
runs the challenge and waits for a real element of the page behind it, or, when the wall is an
interstitial that moves on by itself (`安全验证…请稍候`), for the page it goes to. The browser's
cookies (added to those of earlier passes) and user agent are then put on every plain request to
that site; a request that a redirect sent onto the wall is asked again at its first URL. A site
may put a different gateway in front of each of its systems: each gateway (told by its
challenge) has passes of its own. When the cookie stops working, the gateway gets one more pass
(bounded by LAWREPORTS_WALL_BROWSER_PASSES); a pass that does not reach the page, or a wall after
the last pass, gives up on the site: its requests fail with WallBlocked and the site's status
becomes `blocked`. A captcha (a slider a person must drag) is passed by no browser: that page is
skipped and said so, the rest of the site is crawled.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from playwright.async_api import Error as PlaywrightError
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy_playwright.page import PageMethod

from lawreports.handlers import within

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http.request import VerboseCookie

logger = logging.getLogger(__name__)

# Statuses walls answer with. With these, a tiny scripted page is a wall by shape alone.
WALL_STATUSES = frozenset({412, 521})
# Statuses a wall may also use; then the script must show a wall marker.
MAYBE_WALL_STATUSES = frozenset({200, 202, 403, 503})
# What wall scripts do: write a cookie, reload, or carry a vendor's challenge state.
WALL_MARKERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"document\s*(?:\.\s*cookie|\[\s*['\"]cookie['\"]\s*\])\s*=",
        r"location\s*\.\s*(?:reload|replace)\s*\(",
        r"location\s*(?:\.\s*href)?\s*=",
        r"\$_ts\s*[=.\[]",
        r"__jsl_clearance",
        r"\\x63\\x6f\\x6f\\x6b\\x69\\x65",  # "cookie" spelled in hex escapes
    )
)
# A jump page (`window.location.href = "/xxrmzf/index.html"`) is no wall: it names its target
# and writes no cookie. Discovery follows its target like a link.
SCRIPT_REDIRECT = re.compile(
    r"""location\s*(?:\.\s*href)?\s*=\s*["'][^"']+["']|location\s*\.\s*replace\s*\(\s*["'][^"']+["']""",
    re.IGNORECASE,
)
_CHALLENGE_MARKERS = tuple(p for p in WALL_MARKERS if "location" not in p.pattern)
# A shell whose content is in frames (`<frameset><frame src=…>`, `<iframe src=…>`) shows almost
# no text of its own either; it names its pages, so it is no wall (unless the status says so).
_FRAME_SOURCE = re.compile(r"<i?frame\b[^>]*\bsrc\s*=", re.IGNORECASE)
_SCRIPT = re.compile(rb"<script\b", re.IGNORECASE)
_INVISIBLE = re.compile(
    r"<(script|style|noscript)\b.*?</\1\s*>|<[^>]+>|&nbsp;|\s+", re.IGNORECASE | re.DOTALL
)
# A page behind a wall shows more text than this; the wall itself shows less.
WALL_MAX_TEXT = 200
# A wall only a person passes (a slider or picture captcha): no browser pass gets through it.
CAPTCHA_MARKERS = re.compile(
    r"滑动验证|拖动滑块|按住滑块|拖动到最右|人机验证|完成(?:安全)?验证后|请点击.{0,6}验证"
    r"|aliyun_waf_aa|AWSC\.use|\bnc_1_n1z|geetest|TencentCaptcha|captcha\.js",
    re.IGNORECASE,
)
# Meta keys a browser pass adds (and removes again before the plain retry).
_PASS_KEYS = (
    "playwright",
    "playwright_include_page",
    "playwright_page_methods",
    "handle_httpstatus_all",
    "dont_merge_cookies",
)


# What RedirectMiddleware keeps on a request it followed (dropped when its first URL is retried).
_REDIRECT_KEYS = ("redirect_times", "redirect_ttl", "redirect_reasons")


class WallBlocked(IgnoreRequest):
    """A cookie wall that could not be passed; the request is dropped, the site is `blocked`."""


def looks_like_wall(status: int, body: bytes, max_bytes: int) -> bool:
    """A wall's shape: refusing status or marker script, tiny body, almost no visible text."""
    if status not in WALL_STATUSES and status not in MAYBE_WALL_STATUSES:
        return False
    if len(body) > max_bytes or not _SCRIPT.search(body):
        return False
    text = body.decode("utf-8", errors="replace")
    if len(_INVISIBLE.sub("", text)) > WALL_MAX_TEXT:
        return False
    if status in WALL_STATUSES:
        return True
    if _FRAME_SOURCE.search(text):
        return False
    if SCRIPT_REDIRECT.search(text) and not any(p.search(text) for p in _CHALLENGE_MARKERS):
        return False
    return any(p.search(text) for p in WALL_MARKERS)


# Gateways told apart by what their challenge carries: a site may put a different one in front
# of each of its systems (the portal's columns, its 信息公开 platform, its departments), and
# each needs a pass of its own; a wall of a kind already passed that comes back means the
# cookie wore out.
_WALL_KINDS: tuple[tuple[str, re.Pattern[bytes]], ...] = (
    ("ruishu", re.compile(rb"\$_ts\s*[=.\[]")),
    ("jiasule", re.compile(rb"__jsl_clearance")),
    ("aliyun", re.compile(rb"acw_sc__v2|\barg1\s*=")),
)
_STATUS_KINDS = {412: "ruishu", 521: "jiasule"}


def wall_kind(status: int, body: bytes) -> str:
    """Which gateway a wall page comes from, as far as its page tells."""
    for kind, marker in _WALL_KINDS:
        if marker.search(body):
            return kind
    return _STATUS_KINDS.get(status, "other")


def looks_like_captcha(body: bytes, max_bytes: int) -> bool:
    """A captcha page: a wall's size and little text, asking for a person's gesture."""
    if len(body) > max_bytes:
        return False
    text = body.decode("utf-8", errors="replace")
    return (
        len(_INVISIBLE.sub("", text)) <= WALL_MAX_TEXT and CAPTCHA_MARKERS.search(text) is not None
    )


@dataclass
class SiteWall:
    """What we know about one site's wall (per host:port)."""

    cookies: list[VerboseCookie] = field(default_factory=list)
    user_agent: str | None = None
    generation: int = 0  # bumped each time the browser brings fresh cookies
    passes: Counter[str] = field(default_factory=Counter)  # browser passes, by wall kind
    pending: asyncio.Future[None] | None = None
    blocked: str | None = None


class CookieWallMiddleware:
    """Detects walls, passes them once in the browser, hands cookies + UA to plain requests."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.max_passes = s.getint("LAWREPORTS_WALL_BROWSER_PASSES")
        self.timeout = s.getfloat("LAWREPORTS_WALL_TIMEOUT")
        # A call on the pass's page (its cookies, closing it) is one more browser request.
        self.page_timeout = min(self.timeout, s.getfloat("LAWREPORTS_BROWSER_TIMEOUT"))
        self.selector = s.get("LAWREPORTS_WALL_CONTENT_SELECTOR")
        self.max_bytes = s.getint("LAWREPORTS_WALL_MAX_BYTES")
        self.sites: dict[str, SiteWall] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    # --- requests -----------------------------------------------------------------------------
    def process_request(self, request: Request, **_: Any) -> None:
        if request.meta.get("lr_wall_pass"):
            return
        site = self.sites.get(urlparse_cached(request).netloc)
        if site is None:
            return
        if site.blocked:
            self._inc("lawreports/walls/dropped")
            raise WallBlocked(f"site behind a wall we could not pass: {site.blocked}")
        if site.cookies:
            self._hand_over(request, site)
        request.meta["lr_wall_generation"] = site.generation

    def _hand_over(self, request: Request, site: SiteWall) -> None:
        """Put the browser's cookies and user agent on a plain request."""
        names = {c["name"] for c in site.cookies}
        current = request.cookies
        kept: list[VerboseCookie] = (
            [{"name": k, "value": v} for k, v in current.items() if k not in names]
            if isinstance(current, dict)
            else [c for c in current if c["name"] not in names]
        )
        request.cookies = [*kept, *site.cookies]
        if site.user_agent:
            request.headers["User-Agent"] = site.user_agent

    # --- responses ----------------------------------------------------------------------------
    async def process_response(
        self, request: Request, response: Response, **_: Any
    ) -> Response | Request:
        if request.meta.get("lr_wall_pass"):
            return await self._after_pass(request, response)
        host = urlparse_cached(request).netloc
        if looks_like_captcha(response.body, self.max_bytes):
            self._inc("lawreports/walls/captcha")
            logger.warning(
                "%s: captcha on %s (only a person can pass it): page skipped", host, request.url
            )
            raise WallBlocked(f"captcha on {request.url}")
        if not looks_like_wall(response.status, response.body, self.max_bytes):
            return response
        site = self.sites.setdefault(host, SiteWall())
        self._inc("lawreports/walls/detected")
        logger.info("%s: cookie wall (HTTP %d) on %s", host, response.status, request.url)
        tries = int(request.meta.get("lr_wall_tries", 0))
        kind = wall_kind(response.status, response.body)
        if site.blocked or tries > self.max_passes + len(site.passes):
            self._inc("lawreports/walls/dropped")
            raise WallBlocked(f"cookie wall on {request.url} (HTTP {response.status})")
        sent_with = request.meta.get("lr_wall_generation")
        if sent_with is not None and site.generation > int(sent_with):
            return self._plain_retry(request)  # fresh cookies arrived while this one was out
        if site.pending is not None:
            await self._wait_for(site)
            return self._plain_retry(request)
        if site.passes[kind] >= self.max_passes:
            self._give_up(host, site, f"wall back after {site.passes[kind]} browser passes")
            raise WallBlocked(f"cookie wall on {request.url} (HTTP {response.status})")
        return self._browser_pass(request, site, kind)

    def _browser_pass(self, request: Request, site: SiteWall, kind: str) -> Request:
        site.passes[kind] += 1
        site.pending = asyncio.get_running_loop().create_future()
        self._inc("lawreports/walls/browser_passes")
        saved = {k: request.meta[k] for k in _PASS_KEYS if k in request.meta}
        headers = request.headers.copy()
        headers.pop("Cookie", None)
        meta = {
            **request.meta,
            "lr_wall_pass": time.monotonic(),
            "lr_wall_saved": saved,
            "playwright": True,
            "playwright_include_page": True,
            "playwright_page_methods": [
                PageMethod("wait_for_selector", self.selector, timeout=self.timeout * 1000)
            ],
            "handle_httpstatus_all": True,
            "dont_merge_cookies": True,
        }
        return request.replace(meta=meta, headers=headers, dont_filter=True)

    async def _after_pass(self, request: Request, response: Response) -> Request:
        host = urlparse_cached(request).netloc
        site = self.sites.setdefault(host, SiteWall())
        page = response.meta.get("playwright_page")
        cookies: list[dict[str, Any]] = []
        user_agent = None
        walled = looks_like_wall(response.status, response.body, self.max_bytes)
        if page is not None:
            try:
                if walled:  # an interstitial that moves on by itself after a moment
                    walled = not await self._on_page(self._moved_past(page), "leave the wall")
                cookies = (
                    await self._on_page(page.context.cookies(request.url), "give its cookies")
                    or []
                )
                user_agent = await self._on_page(
                    page.evaluate("navigator.userAgent"), "tell its user agent"
                )
            finally:
                await self._close(page)
        if walled or not cookies:
            self._give_up(host, site, "the browser did not get past the wall")
            raise WallBlocked(f"cookie wall on {request.url} not passed in the browser")
        # Added to those of earlier passes: another path's gateway may want its own cookie.
        fresh: dict[str, VerboseCookie] = {
            str(c["name"]): {"name": c["name"], "value": c["value"], "path": c.get("path") or "/"}
            for c in cookies
        }
        site.cookies = [c for c in site.cookies if c["name"] not in fresh] + list(fresh.values())
        site.user_agent = user_agent
        site.generation += 1
        self._settle(site)
        self._inc("lawreports/walls/passed")
        logger.info(
            "%s: wall passed in the browser in %.1f s; cookies %s go to plain requests",
            host,
            time.monotonic() - float(request.meta["lr_wall_pass"]),
            ", ".join(sorted(str(c["name"]) for c in site.cookies)),
        )
        return self._plain_retry(request)

    async def process_exception(self, request: Request, exception: Exception, **_: Any) -> None:
        if not request.meta.get("lr_wall_pass"):
            return
        page = request.meta.get("playwright_page")
        if page is not None:
            await self._close(page)
        host = urlparse_cached(request).netloc
        site = self.sites.setdefault(host, SiteWall())
        reason = f"no page behind the wall within {self.timeout:g} s ({type(exception).__name__})"
        self._give_up(host, site, reason)
        raise WallBlocked(f"cookie wall on {request.url}: {reason}") from exception

    async def _moved_past(self, page: Any) -> bool:
        """Whether the pass's page leaves its wall (an interstitial's script sets its cookie
        and then goes on to the page) before the wall timeout."""
        deadline = time.monotonic() + self.timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                html = await page.content()
            except PlaywrightError:  # navigating: asked again once the next page is there
                html = None
            if html is not None and not looks_like_wall(200, html.encode(), self.max_bytes):
                return True
            try:
                await page.wait_for_load_state("load", timeout=left * 1000)
                if html is not None:
                    await page.wait_for_event("framenavigated", timeout=left * 1000)
            except PlaywrightError:  # no further navigation within the time left
                return False
        return False

    # --- the pass's page: every call on it bounded ---------------------------------------------
    async def _on_page(self, work: Awaitable[Any], what: str) -> Any:
        """A call on the pass's page, or None when the browser does not answer within the wall
        or browser limit: a page that reloads itself without end can leave such a call (and a
        close) unanswered for ever, and the whole crawl would wait on it."""
        answered, result = await within(work, self.page_timeout)
        if not answered:
            logger.warning(
                "the wall page did not %s within %g s; left behind", what, self.page_timeout
            )
            self._inc("lawreports/walls/page_unanswered")
        return result

    async def _close(self, page: Any) -> None:
        await self._on_page(page.close(), "close")

    # --- helpers ------------------------------------------------------------------------------
    def _plain_retry(self, request: Request) -> Request:
        meta = {k: v for k, v in request.meta.items() if not k.startswith("playwright")}
        for key in (*_PASS_KEYS, "lr_wall_pass", "lr_wall_saved", "download_latency"):
            meta.pop(key, None)
        meta.update(request.meta.get("lr_wall_saved") or {})
        meta["lr_wall_tries"] = int(meta.get("lr_wall_tries", 0)) + 1
        self._inc("lawreports/walls/retried")
        # Sent onto the wall by a redirect (`302 → /waf/verify?url=…`): the page asked for is
        # the first URL; the wall's own URL only ever shows the wall.
        redirected = meta.pop("redirect_urls", None)
        for key in _REDIRECT_KEYS:
            meta.pop(key, None)
        url = str(redirected[0]) if redirected else request.url
        return request.replace(url=url, meta=meta, dont_filter=True)

    async def _wait_for(self, site: SiteWall) -> None:
        assert site.pending is not None
        try:
            await asyncio.wait_for(asyncio.shield(site.pending), self.timeout + 30)
        except TimeoutError:
            logger.warning("gave up waiting for a browser pass after %.0f s", self.timeout + 30)

    def _give_up(self, host: str, site: SiteWall, reason: str) -> None:
        if site.blocked is None:
            site.blocked = reason
            self._inc("lawreports/walls/blocked")
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("lawreports/walls/blocked_reason", f"{host}: {reason}")
            logger.error("%s: giving up on this site: %s", host, reason)
        self._settle(site)

    @staticmethod
    def _settle(site: SiteWall) -> None:
        if site.pending is not None and not site.pending.done():
            site.pending.set_result(None)
        site.pending = None

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)
