"""Completing a report whose text is in its attachment: fetch each file once, read it, compose.

The report item travels in the request's meta, so a job needs no state beyond the request.
Within a run a file is downloaded once: a second report needing a file already read reuses the
text, one needing a file still downloading waits for it. Across runs, a file whose URL is known
is only asked for its size (HEAD); an unchanged size reuses the stored text.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.internet import threads

from lawreports.attachments.memory import AttachmentMemory, FileRecord, text_cache_beside
from lawreports.attachments.policy import (
    compose_body,
    document_lines,
    files_to_read,
    is_pointer_page,
    page_lines_beyond_pointers,
)
from lawreports.attachments.sniff import disposition_name, sniff_type
from lawreports.attachments.standalone import file_name, report_from_file
from lawreports.attachments.text import FAILED, NO_TEXT, OK, extract_text
from lawreports.extract.attachments import TEXT_TYPES
from lawreports.items import ReportItem

logger = logging.getLogger(__name__)

JOB_META = "lr_attachment_job"
STEP_META = "lr_attachment_step"
ATTACHMENT_PRIORITY = 2000  # finish reports already found before crawling on

# body_source values; the README documents them.
FROM_PAGE = "page"
FROM_ATTACHMENT = "attachment"
FROM_BOTH = "page+attachment"
NOT_READ: dict[str, str] = {
    NO_TEXT: "page; attachment has no text layer: {kind}",
    FAILED: "page; attachment could not be read: {kind}",
    "unsupported": "page; attachment text not extracted: {kind}",
    "fetch_failed": "page; attachment not fetched: {kind}",
}


@dataclass
class Job:
    """One report waiting for its attachments (picklable: it rides in request meta)."""

    item: ReportItem
    page_lines: list[str]
    queue: list[dict[str, Any]]
    parts: list[list[str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Settings:
    short_chars: int
    maxsize: int
    max_pages: int
    per_report: int

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Settings:
        s = crawler.settings
        return cls(
            short_chars=s.getint("LAWREPORTS_SHORT_BODY_CHARS"),
            maxsize=s.getint("LAWREPORTS_ATTACHMENT_MAXSIZE"),
            max_pages=s.getint("LAWREPORTS_ATTACHMENT_MAX_PAGES"),
            per_report=s.getint("LAWREPORTS_ATTACHMENTS_PER_REPORT"),
        )


class AttachmentFetcher:
    """The spider's attachment work; `on_response`/`on_failure` back its two callbacks."""

    def __init__(
        self,
        crawler: Crawler,
        callback: Callable[..., Any],
        errback: Callable[..., Any],
        memory: AttachmentMemory | None = None,
    ) -> None:
        self.settings = Settings.from_crawler(crawler)
        self.stats = crawler.stats
        self.callback = callback
        self.errback = errback
        self.memory = memory or _open_memory(crawler)
        self.read: dict[str, FileRecord] = {}
        self.waiting: dict[str, list[Job]] = {}
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    # --- entry points -------------------------------------------------------------------------
    def complete(self, item: ReportItem) -> Iterator[Any]:
        """The item, or the request that will bring its attachment text first."""
        if not item.attachments or not is_pointer_page(
            item.body, item.attachments, self.settings.short_chars
        ):
            yield item
            return
        to_read = files_to_read(item.attachments, self.settings.per_report)
        job = Job(item, page_lines_beyond_pointers(item.body, item.attachments), to_read)
        if not to_read:
            kinds = sorted({str(a.get("type") or "unknown") for a in item.attachments})
            job.problems.append(NOT_READ["unsupported"].format(kind="/".join(kinds)))
            self._count("unreadable")
        yield from self._advance(job)

    async def on_download(self, response: Response) -> list[Any]:
        """A file (or its HEAD) arrived: read it in a thread, then move its jobs on."""
        job: Job = response.meta[JOB_META]
        url = response.request.url if response.request is not None else response.url
        if response.meta.get(STEP_META) == "head":
            return self._after_head(job, url, response)
        record = await _in_thread(read_file, url, response, self.settings.max_pages)
        self._account(record)
        self._remember(record)
        return list(self._release(url, record, job))

    def on_failure(self, failure: Any) -> list[Any]:
        request = failure.request
        job: Job = request.meta[JOB_META]
        url = request.url
        if request.meta.get(STEP_META) == "head":
            known = self.memory.get(url)
            if known is not None:  # the server will not say; the URL is known: trust it
                self._count("reused")
                return list(self._release(url, known, job))
            return list(self._request(job, url, head=False))
        logger.warning(
            "attachment %s of %s not fetched (%s); the report keeps its page text",
            url,
            job.item.url,
            failure.getErrorMessage(),
        )
        self._count("fetch_failed")
        record = FileRecord(url, 0, "", _declared_type(job, url), "fetch_failed")
        return list(self._release(url, record, job, remember=False))

    def report_from_file(self, response: Response, link_text: str | None) -> ReportItem | None:
        """A report link that led straight to a file: the file is the report."""
        url = response.url
        if url in self.read:
            return None  # read already, as another report's attachment
        record = read_file(url, response, self.settings.max_pages)
        self._account(record)
        self._remember(record)
        self.read[url] = record
        name = file_name(
            url, disposition_name(_header(response, "Content-Disposition")), link_text
        )
        item, why = report_from_file(record, link_text=link_text, name=name)
        if item is None:
            logger.info("%s was linked as a report but is not one: %s", url, why)
        else:
            self._count("file_reports")
        return item

    def close(self) -> None:
        if self.waiting:
            logger.warning(
                "%d reports still waited for an attachment at close; the next run delivers them",
                sum(len(v) for v in self.waiting.values()),
            )
        self.memory.close()

    # --- the job ------------------------------------------------------------------------------
    def _advance(self, job: Job) -> Iterator[Any]:
        while job.queue:
            url = str(job.queue[0]["url"])
            if url in self.read:
                self._apply(job, self.read[url])
                continue
            if url in self.waiting:
                self.waiting[url].append(job)
                return
            self.waiting[url] = []
            yield from self._request(job, url, head=self.memory.get(url) is not None)
            return
        yield self._finish(job)

    def _request(self, job: Job, url: str, *, head: bool) -> Iterator[scrapy.Request]:
        yield scrapy.Request(
            url,
            method="HEAD" if head else "GET",
            callback=self.callback,
            errback=self.errback,
            priority=ATTACHMENT_PRIORITY,
            dont_filter=True,  # fetched once by our own bookkeeping, wherever it is linked
            meta={
                JOB_META: job,
                STEP_META: "head" if head else "get",
                "download_maxsize": self.settings.maxsize,
                "allow_offsite": True,
                "lr_kind": "attachment",
            },
            headers={"Referer": job.item.url, "Accept": "*/*"},
        )

    def _after_head(self, job: Job, url: str, response: Response) -> list[Any]:
        known = self.memory.get(url)
        length = response.headers.get("Content-Length")
        size = int(length) if length and length.isdigit() else None
        if known is not None and (size is None or size == known.size):
            self._count("reused")
            return list(self._release(url, known, job))
        return list(self._request(job, url, head=False))

    def _release(
        self, url: str, record: FileRecord, first: Job, *, remember: bool = True
    ) -> Iterator[Any]:
        """The job that asked for this file, and every job waiting on it, move on."""
        if remember:
            self.read[url] = record
        for job in [first, *self.waiting.pop(url, [])]:
            if job.queue and job.queue[0]["url"] == url:
                self._apply(job, record)
            yield from self._advance(job)

    def _apply(self, job: Job, record: FileRecord) -> None:
        attachment = job.queue.pop(0)
        attachment["type"] = record.kind or attachment.get("type")
        if record.size:
            attachment["size"] = record.size
            attachment["sha256"] = record.sha256
        if record.status == OK:
            job.parts.append(document_lines(record.paragraphs, job.item.title))
        else:
            kind = record.kind or "unknown"
            job.problems.append(NOT_READ.get(record.status, NOT_READ[FAILED]).format(kind=kind))

    def _finish(self, job: Job) -> ReportItem:
        item = job.item
        parts = [p for p in job.parts if p]
        if parts:
            item.body = compose_body(job.page_lines, parts)
            item.body_source = FROM_BOTH if job.page_lines else FROM_ATTACHMENT
            self._count("bodies")
        elif job.problems:
            item.body_source = job.problems[0]
        return item

    # --- accounting -------------------------------------------------------------------------
    def _account(self, record: FileRecord) -> None:
        if record.status == OK:
            self._count("read")
        elif record.status == NO_TEXT:
            self._count_raw("lawreports/attachment_no_text")
            logger.info("attachment %s has no text layer (a scan?); listed only", record.url)
        else:
            self._count("unreadable")
            logger.warning(
                "attachment %s (%s) gives no text: %s", record.url, record.kind, record.status
            )

    def _remember(self, record: FileRecord) -> None:
        self._count("fetched")
        try:
            self.memory.put(record)
        except Exception:  # a cache write must never lose the report
            logger.exception("could not remember attachment %s", record.url)

    def _count(self, what: str) -> None:
        self._count_raw(f"lawreports/attachments/{what}")

    def _count_raw(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _open_memory(crawler: Crawler) -> AttachmentMemory:
    """Beside the run's crawl state (whichever store it is)."""
    state = getattr(crawler, "lawreports_state", None)
    store = getattr(state, "store", None)
    return AttachmentMemory(store, text_cache_beside(store))


def read_file(url: str, response: Response, max_pages: int) -> FileRecord:
    """What a downloaded file is and its text (pure: runs in a worker thread)."""
    data = response.body
    kind = sniff_type(
        data,
        content_type=_header(response, "Content-Type"),
        disposition=_header(response, "Content-Disposition"),
        url=url,
    )
    digest = hashlib.sha256(data).hexdigest()
    if kind not in TEXT_TYPES:
        return FileRecord(url, len(data), digest, kind, "unsupported")
    result = extract_text(data, kind, max_pages)
    if result.status == FAILED:
        logger.warning("attachment %s (%s) could not be read: %s", url, kind, result.reason)
    return FileRecord(url, len(data), digest, kind, result.status, result.paragraphs)


def _header(response: Response, name: str) -> str:
    raw = response.headers.get(name) or b""
    for encoding in ("utf-8", "gb18030", "latin-1"):
        try:
            return bytes(raw).decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""


def _declared_type(job: Job, url: str) -> str | None:
    for att in job.queue:
        if att["url"] == url:
            return att.get("type")
    return None


async def _in_thread(func: Callable[..., FileRecord], *args: Any) -> FileRecord:
    """Parsing a PDF takes a while; keep the reactor serving other downloads meanwhile."""
    from scrapy.utils.defer import maybe_deferred_to_future

    result: FileRecord = await maybe_deferred_to_future(threads.deferToThread(func, *args))
    return result
