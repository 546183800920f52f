"""What the state remembers: delivered reports, the URLs they were found under, the samples of
their texts, runs in progress, deliveries in flight, and attachments already fetched."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
from dataclasses import asdict, dataclass, field
from typing import Any

from lawreports.state.keys import (
    MIN_TEXT_SAMPLE,
    holds_text,
    same_text,
    text_bucket,
)


@dataclass
class ReportRecord:
    """A delivered report: its key (the item `id`) and the hash of what was delivered."""

    key: str
    site: str
    content_hash: str
    urls: list[str] = field(default_factory=list)
    first_seen: float = 0.0
    last_seen: float = 0.0


@dataclass(frozen=True)
class TextSample:
    """A report's text sample (`keys.text_sample`, sorted) with what its copies are found by:
    its title and year (`near`), its site and year. Stored with the delivered record, and
    shared while a live run emits it, so a copy read by a later run or another worker is told
    by its text as one read in the same run is."""

    key: str
    site: str
    report_year: int | None
    near: str | None
    sample: tuple[int, ...]
    indexed: bool = False  # the report has a 索引号 of its own

    @classmethod
    def of(
        cls,
        key: str,
        site: str,
        report_year: int | None,
        near: str | None,
        sample: frozenset[int],
        *,
        indexed: bool,
    ) -> TextSample:
        return cls(key, site, report_year, near, tuple(sorted(sample)), indexed)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSample:
        return cls(**{**data, "sample": tuple(data["sample"])})

    @property
    def shingles(self) -> frozenset[int]:
        return frozenset(self.sample)

    @property
    def told_by_text(self) -> bool:
        """A text of some length (not a pointer to a file) is compared within its site and year."""
        return len(self.sample) >= MIN_TEXT_SAMPLE

    def buckets(self) -> list[str]:
        """Where it is filed: under its title and year; with a text of some length, under its
        site and year (and, without a 索引号, among the copies an indexed one may repeat)."""
        filed = [self.near] if self.near else []
        if self.told_by_text:
            filed.append(text_bucket(self.site, self.report_year))
            if not self.indexed:
                filed.append(text_bucket(self.site, self.report_year, indexed_too=False))
        return filed

    def wanted(self) -> list[str]:
        """Where its earlier copies are filed (the buckets `repeats` may match in)."""
        where = [self.near] if self.near else []
        if self.told_by_text:
            where.append(text_bucket(self.site, self.report_year, indexed_too=not self.indexed))
        return where

    def repeats(self, other: TextSample) -> bool:
        """Whether this report is a copy of `other`, by the rules of the run's own dedup: the
        same title and year with the same text; or, within the site and year, a copy without a
        索引号 of its own holding the same text. A report with its own 索引号 repeats only a
        copy without one that holds (nearly) all its text: a record is not dropped for an
        excerpt of it, and two numbered records are two records."""
        if other.key == self.key:
            return False
        mine, theirs = self.shingles, other.shingles
        if self.near and self.near == other.near and same_text(mine, theirs):
            return True
        if (other.site, other.report_year) != (self.site, self.report_year):
            return False
        if not (self.told_by_text and other.told_by_text):
            return False
        if not self.indexed:
            return same_text(mine, theirs)
        return not other.indexed and holds_text(theirs, mine)


def pack_sample(sample: tuple[int, ...]) -> bytes:
    """4 bytes a number (CRC-32 values): a few kilobytes a report."""
    return struct.pack(f"<{len(sample)}I", *sample)


def unpack_sample(raw: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(raw) // 4}I", raw)


def sample_to_json(sample: TextSample) -> str:
    """The stored form: the numbers packed and base64'd (about 5 characters a number)."""
    data = asdict(sample)
    data["sample"] = base64.b64encode(pack_sample(sample.sample)).decode("ascii")
    return json.dumps(data, ensure_ascii=False)


def sample_from_json(raw: str | bytes) -> TextSample:
    data: dict[str, Any] = json.loads(raw)
    data["sample"] = unpack_sample(base64.b64decode(data["sample"]))
    return TextSample.from_dict(data)


@dataclass(frozen=True)
class InFlightSample:
    """A sample a live run published with its claim; `seq` orders the publications, so of two
    workers emitting copies of one report at once the later one yields."""

    seq: int
    run_id: str
    sample: TextSample


@dataclass
class SamplesAround:
    """What `share_sample` answers: this publication's order, and the samples filed where the
    item's copies would be: delivered ones, and those other live runs are emitting."""

    seq: int = 0
    delivered: list[TextSample] = field(default_factory=list)
    in_flight: list[InFlightSample] = field(default_factory=list)


@dataclass(frozen=True)
class KnownUrl:
    """A detail page whose report is delivered, with the listing title it was linked by."""

    site: str
    url: str
    key: str
    link_text: str | None = None
    checked_at: float = 0.0


@dataclass(frozen=True)
class AttachmentRecord:
    """An attachment fetched earlier: enough to tell whether it changed without parsing it."""

    url: str
    size: int
    sha256: str
    seen_at: float = 0.0


@dataclass(frozen=True)
class RunInfo:
    """A crawl process holding claims; dead when its heartbeat stops or its process is gone."""

    run_id: str
    host: str
    pid: int

    @classmethod
    def this_process(cls, run_id: str) -> RunInfo:
        return cls(run_id, socket.gethostname(), os.getpid())

    def is_local_and_dead(self) -> bool:
        """True when the run was on this machine and its process no longer exists."""
        if self.host != socket.gethostname():
            return False
        if self.pid == os.getpid():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


@dataclass
class Batch:
    """One run's delivery: feed files ready beside their targets, and what to commit.

    Written to the state before the first feed is renamed into place (the commit point), so a
    run killed after that point is rolled forward by the next run on the same machine.
    """

    run: RunInfo
    records: list[ReportRecord] = field(default_factory=list)
    urls: list[KnownUrl] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)  # (ready temp file, target)
    samples: list[TextSample] = field(default_factory=list)  # of the records' texts

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Batch:
        data: dict[str, Any] = json.loads(raw)
        return cls(
            run=RunInfo(**data["run"]),
            records=[ReportRecord(**r) for r in data["records"]],
            urls=[KnownUrl(**u) for u in data["urls"]],
            files=[(a, b) for a, b in data["files"]],
            # A batch written before samples were kept has none.
            samples=[TextSample.from_dict(t) for t in data.get("samples", [])],
        )


def merge_record(old: ReportRecord | None, new: ReportRecord, now: float) -> ReportRecord:
    """The stored record after delivering `new`: URLs accumulate, first_seen is kept."""
    urls = sorted({*(old.urls if old else []), *new.urls})
    first = old.first_seen if old else (new.first_seen or now)
    return ReportRecord(new.key, new.site, new.content_hash, urls, first, now)


def record_to_json(rec: ReportRecord) -> str:
    return json.dumps(asdict(rec), ensure_ascii=False)


def record_from_json(raw: str | bytes) -> ReportRecord:
    return ReportRecord(**json.loads(raw))
