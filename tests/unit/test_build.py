"""The compiled check (`make unit-compiled`) runs the compiled extraction chain, and a source
tree's tests run its sources: a stale compiled module would shadow an edited one."""

from __future__ import annotations

import importlib
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compiled_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    paths = config["tool"]["lawreports"]["compiled-modules"]
    return [path.removesuffix(".py").replace("/", ".") for path in paths]


def test_the_extraction_chain_is_compiled_exactly_in_the_compiled_check() -> None:
    expected = os.environ.get("LAWREPORTS_EXPECT_COMPILED") == "1"
    modules = _compiled_modules()
    assert "lawreports.extract.body" in modules
    for name in modules:
        origin = importlib.import_module(name).__file__ or ""
        assert origin.endswith(".py") is not expected, f"{name} imported from {origin}"
