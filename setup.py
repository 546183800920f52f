"""Optional compiled build of the extraction chain.

`LAWREPORTS_COMPILE=1 pip install --no-build-isolation .` (with mypy installed) compiles the
modules every report page goes through (`[tool.lawreports] compiled-modules` in pyproject.toml)
with mypyc: the same code and results (CI runs the unit tests and the quality gate against the
compiled build), extraction about 10% faster. Without the variable the package is pure Python,
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
            "LAWREPORTS_COMPILE=1 needs mypy in the build environment: pip install 'mypy>=2.4'"
            " && LAWREPORTS_COMPILE=1 pip install --no-build-isolation ."
        ) from exc
    return list(mypycify(compiled_modules(), opt_level="3"))


setup(ext_modules=compiled_extensions())
