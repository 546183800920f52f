"""Records every page a check fetched (bytes + headers), so `--write` can replay them offline.

A downloader middleware placed between HTTP decompression (590) and meta-refresh (580): bodies
are stored decoded, and pages that redirect by meta refresh are kept too. HTTP redirects never
reach this point; they are rebuilt from the final response's `redirect_urls`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)

RECORDER_PRIORITY = 585
# Headers that describe the transfer, not the page: the replay server sets its own.
TRANSFER_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding", "date"}
)


@dataclass(frozen=True)
class RecordedPage:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    rendered: bool = False
    redirected_from: tuple[str, ...] = ()


@dataclass
class PageRecorder:
    """Keeps the last response per URL, within a page and a byte budget."""

    max_pages: int = 2000
    max_body_bytes: int = 8 * 1024 * 1024
    pages: dict[str, RecordedPage] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageRecorder:
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        self.record(request, response)
        return response

    def record(self, request: Request, response: Response) -> None:
        if len(self.pages) >= self.max_pages and response.url not in self.pages:
            self.skipped.append(response.url)
            return
        if len(response.body) > self.max_body_bytes:
            logger.info("checksite: %s is too large to keep in a fixture", response.url)
            self.skipped.append(response.url)
            return
        self.pages[response.url] = RecordedPage(
            url=response.url,
            status=response.status,
            headers=_page_headers(response),
            body=response.body,
            rendered=bool(request.meta.get("playwright")),
            redirected_from=tuple(request.meta.get("redirect_urls") or ()),
        )

    @property
    def rendered_urls(self) -> list[str]:
        return [p.url for p in self.pages.values() if p.rendered]


def _page_headers(response: Response) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, values in response.headers.items():
        name = key.decode("latin-1")
        if name.lower() in TRANSFER_HEADERS or not values:
            continue
        out[name] = values[-1].decode("latin-1")
    return out
