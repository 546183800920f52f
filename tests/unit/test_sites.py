"""Site configs: validated on load, one clear error per bad file, the others still load."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.settings import Settings

from lawreports.sites import SiteSpiderLoader, load_site_configs
from tests.conftest import ROOT

GOOD = 'name: lanling\nregion: "兰陵县"\nstart_urls:\n  - "http://www.example.gov.cn/"\n'


def _write(directory: Path, name: str, text: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "text", "needle"),
    [
        ("syntax", "name: syntax\nregion: [unclosed\n", "YAML syntax error"),
        ("missing", 'name: missing\nregion: "某县"\n', "key 'start_urls'"),
        (
            "wrongtype",
            'name: wrongtype\nregion: "某县"\nstart_urls: "http://a.gov.cn/"\n',
            "key 'start_urls'",
        ),
        ("unknown", GOOD.replace("lanling", "unknown") + "colums: []\n", "key 'colums'"),
        ("mismatch", GOOD, "differs from the file name"),
        (
            "badurl",
            'name: badurl\nregion: "某县"\nstart_urls: ["not a url"]\n',
            "key 'start_urls.0'",
        ),
        (
            "baddomain",
            GOOD.replace("lanling", "baddomain") + "allowed_domains: ['http://x.gov.cn/']\n",
            "key 'allowed_domains'",
        ),
    ],
)
def test_bad_file_gets_one_error_naming_file_and_key(
    tmp_path: Path, name: str, text: str, needle: str
) -> None:
    _write(tmp_path, "lanling", GOOD)
    _write(tmp_path, name, text)
    configs, errors = load_site_configs(tmp_path)
    assert "lanling" in configs
    assert len(errors) == 1
    assert errors[0].path.name == f"{name}.yaml"
    assert needle in str(errors[0])


def test_minimal_config_builds_a_spider_with_own_domains(tmp_path: Path) -> None:
    _write(tmp_path, "lanling", GOOD)
    loader = SiteSpiderLoader.from_settings(
        Settings({"LAWREPORTS_SITES_DIR": str(tmp_path), "SPIDER_MODULES": ["lawreports.spiders"]})
    )
    spider = loader.load("lanling")
    assert spider.name == "lanling"
    assert spider.allowed_domains == ["example.gov.cn"]
    assert loader.list() == ["lanling"]


def test_loader_logs_bad_files_and_keeps_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _write(tmp_path, "lanling", GOOD)
    _write(tmp_path, "broken", "name: broken\n")
    with caplog.at_level(logging.ERROR):
        loader = SiteSpiderLoader(
            Settings(
                {"LAWREPORTS_SITES_DIR": str(tmp_path), "SPIDER_MODULES": ["lawreports.spiders"]}
            )
        )
    assert loader.list() == ["lanling"]
    errors = [r for r in caplog.records if "broken.yaml" in r.getMessage()]
    assert len(errors) == 1
    with pytest.raises(KeyError, match="config invalid"):
        loader.load("broken")


def test_scrapy_list_works_with_a_broken_file(tmp_path: Path) -> None:
    _write(tmp_path, "lanling", GOOD)
    _write(tmp_path, "broken", "name: [\n")
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "list", "-s", f"LAWREPORTS_SITES_DIR={tmp_path}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["lanling"]
    assert "broken.yaml" in proc.stderr


def test_repository_configs_are_valid() -> None:
    configs, errors = load_site_configs(ROOT / "spiders_config")
    assert not errors
    assert "demo" in configs
