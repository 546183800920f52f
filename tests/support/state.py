"""State stores for tests: one SQLite file or one Redis key prefix per test."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawreports.state.records import RunInfo
from lawreports.state.store import StateStore, open_store

STORES = ["sqlite", pytest.param("redis", marks=pytest.mark.redis)]


def redis_location(redis_url: str) -> str:
    """A Redis state with its own key prefix, so tests sharing one server never meet."""
    return f"{redis_url}?prefix=t{uuid.uuid4().hex[:12]}"


def state_location(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if kind == "sqlite":
        return str(tmp_path / "state.sqlite3")
    return redis_location(request.getfixturevalue("redis_url"))


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StateStore]:
    st = open_store(state_location(request.param, request, tmp_path))
    yield st
    st.close()


def dead_run(run_id: str = "dead") -> RunInfo:
    """A run on this machine whose process has exited."""
    proc = subprocess.Popen([sys.executable, "-c", ""])
    proc.wait()
    return RunInfo(run_id, RunInfo.this_process("x").host, proc.pid)


def live_other_run(run_id: str = "other") -> RunInfo:
    """A run of another live process on this machine (our parent)."""
    return RunInfo(run_id, RunInfo.this_process("x").host, os.getppid())
