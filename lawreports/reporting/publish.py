"""Write a finished run report: flag regressions against history, then JSON and HTML."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from lawreports.reporting.history import (
    fill_known_years,
    flag_regressions,
    load_history,
    save_history,
    updated_history,
    write_atomically,
)
from lawreports.reporting.html import render_html
from lawreports.reporting.records import RunReport
from lawreports.reporting.retention import prune_run_reports

logger = logging.getLogger(__name__)


def publish(report: RunReport, directory: Path, keep: int = 0) -> Path:
    """`<directory>/<run>.json` and `<run>.html`; returns the JSON path. Then only the newest
    `keep` runs of each site are kept (0: all)."""
    history = load_history(directory)
    flag_regressions(report, history)
    fill_known_years(report, history)
    report.finish()
    json_path = directory / f"{report.run}.json"
    write_atomically(json_path, json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    write_atomically(json_path.with_suffix(".html"), render_html(report))
    save_history(directory, updated_history(report, history))
    prune_run_reports(directory, keep)
    totals = report.totals()
    logger.info(
        "Run report %s: %d sites (ok %d, empty %d, broken %d, blocked %d, down %d), "
        "%d reports found, %d new",
        json_path,
        totals["sites"],
        totals["ok"],
        totals["empty"],
        totals["broken"],
        totals["blocked"],
        totals["down"],
        totals["found"],
        totals["new"],
    )
    return json_path
