"""Feed storage that never leaves a partial file: write aside, fsync, rename into place.

A feed is written to a hidden `.<name>.<host>-<pid>.<random>.part` file beside its target. When the
crawl's state is enabled, the finished file is handed to the run's delivery (lawreports.state.
commit), which records it in the state before renaming it, so a crash at any point is either
rolled back or rolled forward by the next run. Without a state it is renamed at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import IO, Any, Protocol

from scrapy import Spider
from scrapy.crawler import Crawler
from w3lib.url import file_uri_to_path

logger = logging.getLogger(__name__)

PART_SUFFIX = ".part"


class FeedDelivery(Protocol):
    def add(self, ready: Path, target: Path, append: bool) -> None: ...


def _owner_tag(pid: int) -> str:
    """`<host hash>-<pid>`: which process on which machine writes a part file."""
    host = hashlib.sha1(socket.gethostname().encode()).hexdigest()[:8]
    return f"{host}-{pid}"


def new_part(target: Path) -> IO[bytes]:
    """An open temporary file beside `target`, named after it and this process."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.NamedTemporaryFile(
        prefix=f".{target.name}.{_owner_tag(os.getpid())}.",
        suffix=PART_SUFFIX,
        dir=target.parent,
        delete=False,
    )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder: Path) -> int:
    """Delete part files in `folder` left by processes of this machine that no longer exist
    (killed runs). Parts of other machines (a shared folder) are theirs to recover."""
    removed = 0
    host_tag = _owner_tag(0).split("-")[0]
    for part in folder.glob(f".*{PART_SUFFIX}"):
        fields = part.name[1:].rsplit(".", 3)  # target name, owner tag, random, "part"
        host, _, pid = fields[1].partition("-") if len(fields) == 4 else ("", "", "")
        if host == host_tag and pid.isdigit() and not _pid_alive(int(pid)):
            part.unlink(missing_ok=True)
            removed += 1
    if removed:
        logger.info("Removed %d unfinished feed file(s) of killed runs in %s", removed, folder)
    return removed


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def with_existing(ready: Path, target: Path) -> Path:
    """For append (-o): a new part holding the current target followed by `ready`."""
    if not target.exists():
        return ready
    with new_part(target) as out, target.open("rb") as old, ready.open("rb") as new:
        shutil.copyfileobj(old, out)
        shutil.copyfileobj(new, out)
        out.flush()
        os.fsync(out.fileno())
        merged = Path(out.name)
    ready.unlink()
    return merged


def publish(ready: Path, target: Path) -> None:
    """Rename a finished part into place, durably."""
    os.replace(ready, target)
    fsync_dir(target.parent)


class AtomicFileFeedStorage:
    """Local feeds, all or nothing. Appending (-o) rewrites the file aside, then renames."""

    def __init__(
        self,
        uri: str,
        *,
        feed_options: dict[str, Any] | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        # Absolute: a later run in another directory may have to finish this delivery.
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri).absolute()
        self.overwrite = bool((feed_options or {}).get("overwrite", False))
        self.crawler = crawler

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> AtomicFileFeedStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        if self.path.parent.is_dir():
            remove_stale_parts(self.path.parent)
        return new_part(self.path)

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        os.fsync(file.fileno())
        name = file.name
        file.close()
        if not isinstance(name, str):
            return
        ready = Path(name)
        delivery: FeedDelivery | None = getattr(self.crawler, "lawreports_delivery", None)
        if delivery is not None:
            delivery.add(ready, self.path, append=not self.overwrite)
            return
        if not self.overwrite:
            ready = with_existing(ready, self.path)
        publish(ready, self.path)
