"""Bounded run reports: a scheduled crawl writes two files per run, forever, unless pruned.

Run reports are named `<UTC stamp>-<name>.json|.html`, the name being the site for `crawl`
and `crawlall` for a many-site run; each name keeps its newest LAWREPORTS_REPORTS_KEEP runs.
`history.json` (the regression memory) and any other file are never touched.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

logger = logging.getLogger(__name__)

RUN_FILE = re.compile(r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<name>.+)\.(?:json|html)$")
RUN_SUFFIXES = (".json", ".html")


def runs_by_name(directory: Path) -> dict[str, list[str]]:
    """Run report names → their stamps, newest first."""
    runs: dict[str, set[str]] = defaultdict(set)
    for path in directory.iterdir():
        match = RUN_FILE.match(path.name)
        if match and path.is_file():
            runs[match["name"]].add(match["stamp"])
    return {name: sorted(stamps, reverse=True) for name, stamps in runs.items()}


def prune_run_reports(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` runs of each name (JSON and HTML together); `keep` 0
    keeps everything. A file that cannot be deleted is logged and left; returns the deleted."""
    if keep <= 0 or not directory.is_dir():
        return []
    deleted: list[Path] = []
    for name, stamps in runs_by_name(directory).items():
        for stamp in stamps[keep:]:
            for suffix in RUN_SUFFIXES:
                path = directory / f"{stamp}-{name}{suffix}"
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    logger.warning("Could not delete the old run report %s: %s", path, exc)
                    continue
                deleted.append(path)
    if deleted:
        logger.info(
            "Deleted %d old run report files in %s (LAWREPORTS_REPORTS_KEEP=%d)",
            len(deleted),
            directory,
            keep,
        )
    return deleted
