"""Helpers of the fleet tests: run any scrapy command as a user does, read run reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT


def scrapy(
    *args: str, settings: dict[str, Any], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`python -m scrapy ARGS -s K=V …` in the project root."""
    cmd = [sys.executable, "-m", "scrapy", *args]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run_reports(directory: Path) -> list[dict[str, Any]]:
    """Every run report in `directory`, oldest first."""
    return [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(directory.glob("*.json"))
        if p.name != "history.json"
    ]
