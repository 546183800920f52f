"""What the state remembers: delivered reports, the URLs they were found under, runs in
progress, deliveries in flight, and attachments already fetched."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, field
from typing import Any


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
