"""Feed storage that never leaves a partial file: write aside, fsync, rename into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from w3lib.url import file_uri_to_path


class AtomicFileFeedStorage:
    """Local feeds, all or nothing. Appending (-o) rewrites the file aside, then renames."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.overwrite = bool((feed_options or {}).get("overwrite", False))

    def open(self, spider: Spider) -> IO[bytes]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.NamedTemporaryFile(
            prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent, delete=False
        )

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        os.fsync(file.fileno())
        tmp = Path(file.name) if isinstance(file.name, str) else None
        file.close()
        if tmp is None:
            return
        if not self.overwrite and self.path.exists():
            merged = tmp.with_suffix(".merge")
            with merged.open("wb") as out, self.path.open("rb") as old, tmp.open("rb") as new:
                shutil.copyfileobj(old, out)
                shutil.copyfileobj(new, out)
                out.flush()
                os.fsync(out.fileno())
            tmp.unlink()
            tmp = merged
        os.replace(tmp, self.path)
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
