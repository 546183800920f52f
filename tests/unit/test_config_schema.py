"""The committed JSON Schema matches the pydantic model and agrees with it on real configs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from lawreports.commands.configschema import SCHEMA_FILE, schema_text, site_config_schema
from lawreports.sites import load_site_config
from tests.conftest import ROOT

CONFIG_DIR = ROOT / "spiders_config"
CONFIGS = sorted([*CONFIG_DIR.glob("*.yaml"), *CONFIG_DIR.glob("examples/*.yaml")])


def test_committed_schema_is_generated_from_the_model() -> None:
    committed = (CONFIG_DIR / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), "run `scrapy configschema --write`"


def test_configschema_check_command_agrees() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "configschema", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_configschema_prints_the_schema() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "configschema"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == site_config_schema()


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.relative_to(CONFIG_DIR).as_posix())
def test_every_shipped_config_is_valid_and_points_editors_at_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hint = text.splitlines()[0]
    assert hint.startswith("# yaml-language-server: $schema=")
    schema_path = (path.parent / hint.split("$schema=", 1)[1]).resolve()
    assert schema_path == (CONFIG_DIR / SCHEMA_FILE).resolve()
    jsonschema.validate(yaml.safe_load(text), site_config_schema())
    assert load_site_config(path).name == path.stem


def test_examples_never_name_a_real_portal() -> None:
    for path in CONFIG_DIR.glob("examples/*.yaml"):
        config = load_site_config(path)
        for domain in config.domains():
            assert domain.endswith("example.gov.cn"), f"{path.name}: {domain}"


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "x", "region": "某县"},
        {"name": "x", "region": "某县", "start_urls": ["http://a.gov.cn/"], "colums": []},
        {"name": "X-1", "region": "某县", "start_urls": ["http://a.gov.cn/"]},
        {"name": "x", "region": "某县", "start_urls": ["http://a.gov.cn/"], "max_pages": 0},
        {
            "name": "x",
            "region": "某县",
            "start_urls": ["http://a.gov.cn/"],
            "politeness": {"concurrency": 99},
        },
    ],
)
def test_schema_rejects_what_the_loader_rejects(bad: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, site_config_schema())
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError):
        load_site_config(path)
