"""Optional compiled build of the extraction chain.

With `LAWREPORTS_COMPILE=1` (README, "The compiled build") the modules every report page goes
through (`[tool.lawreports] compiled-modules` in pyproject.toml) are compiled with mypyc: the same
code and results (CI runs the unit tests and the quality gate against the compiled build),
extraction 10–15% faster. Without the variable the package is pure Python,
as an editable development install must be: a compiled module would shadow its edited source.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from setuptools import setup


def compiled_modules() -> list[str]:
    config = tomllib.loads((Path(__file__).parent / "pyproject.toml").read_text("utf-8"))
    return list(config["tool"]["lawreports"]["compiled-modules"])


def compiled_extensions() -> list[Any]:
    if os.environ.get("LAWREPORTS_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # build isolation hides the environment's mypy
        raise SystemExit(
            "LAWREPORTS_COMPILE=1 compiles against the installed dependencies and needs mypy:"
            " pip install 'setuptools>=77' '.[dev]' && LAWREPORTS_COMPILE=1 pip install"
            " --no-build-isolation --no-deps --force-reinstall ."
        ) from exc
    return list(mypycify(compiled_modules(), opt_level="3"))


setup(ext_modules=compiled_extensions())
