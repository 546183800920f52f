"""Memory across runs: how many reports each site returned when it last returned some.

A portal redesign rarely fails loudly: the crawl still answers 200 and simply finds nothing. A site
that returns zero reports after having returned some is therefore flagged `broken`, and stays
flagged until it returns reports again.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from lawreports.reporting.records import RunReport

logger = logging.getLogger(__name__)

HISTORY_FILE = "history.json"
# A site down or blocked this run says nothing about the portal's layout: keep those statuses.
KEEP_STATUSES = ("blocked", "down")


def load_history(directory: Path) -> dict[str, dict[str, Any]]:
    path = directory / HISTORY_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("Run history %s is unreadable (%s); starting a new one", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def flag_regressions(report: RunReport, history: dict[str, dict[str, Any]]) -> None:
    """Mark `broken` every site with zero reports now and some when it last had any."""
    for record in report.sites:
        last = history.get(record.site) or {}
        last_found = int(last.get("found") or 0)
        if record.found or not last_found or record.status in KEEP_STATUSES:
            continue
        record.status = "broken"
        record.reason = f"0 reports; {last_found} in run {last.get('run', '?')}"
        logger.error("%s: %s — the portal may have been redesigned", record.site, record.reason)


def fill_known_years(report: RunReport, history: dict[str, dict[str, Any]]) -> None:
    """Years of reports a re-crawl did not fetch again come from the run that fetched them."""
    for record in report.sites:
        if not record.known:
            continue
        earlier = (history.get(record.site) or {}).get("years") or {}
        for year, count in earlier.items():
            record.years[int(year)] = max(record.years.get(int(year), 0), int(count))


def updated_history(
    report: RunReport, history: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    out = dict(history)
    for record in report.sites:
        if record.found:
            out[record.site] = {
                "found": record.found,
                "run": report.run,
                "years": {str(y): n for y, n in sorted(record.years.items())},
            }
    return out


def save_history(directory: Path, history: dict[str, dict[str, Any]]) -> None:
    write_atomically(
        directory / HISTORY_FILE, json.dumps(history, ensure_ascii=False, indent=1, sort_keys=True)
    )


def write_atomically(path: Path, text: str) -> None:
    """Write aside and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)
