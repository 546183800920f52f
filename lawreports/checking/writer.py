"""`checksite --write`: the minimal config, and the pages used as a replayable test fixture.

A fixture folder holds `replay.json` (config, pages by original URL, the reports found), the
page bodies under `pages/`, and a generated pytest file that serves them on loopback, crawls
them with `scrapy crawl` and expects the same reports.
"""

from __future__ import annotations

import itertools
import json
import mimetypes
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from lawreports.checking.findings import Findings
from lawreports.checking.recorder import RecordedPage
from lawreports.checking.run import PassResult
from lawreports.sites import SiteConfig, load_site_config

SCHEMA_HINT = "# yaml-language-server: $schema=site.schema.json"
REPLAY_FILE = "replay.json"
# Why each inferred override was added, written above it in the config.
OVERRIDE_NOTES = {
    "render_listings": "the listings are drawn by JavaScript: only the browser found reports",
}


def write_config(
    config: SiteConfig, inferred: dict[str, Any], sites_dir: Path, findings: Findings
) -> Path:
    """spiders_config/<name>.yaml with the three keys plus the inferred overrides."""
    sites_dir.mkdir(parents=True, exist_ok=True)
    path = sites_dir / f"{config.name}.yaml"
    path.write_text(config_yaml(config, inferred, findings), encoding="utf-8")
    load_site_config(path)  # what we write must load
    return path


def config_yaml(config: SiteConfig, inferred: dict[str, Any], findings: Findings) -> str:
    day = datetime.now(UTC).date().isoformat()
    lines = [
        SCHEMA_HINT,
        f"# Written by `scrapy checksite` on {day}: {len(findings.reports)} report(s), "
        f"status {findings.status}.",
        _dump({"name": config.name, "region": config.region}),
        _dump({"start_urls": config.start_url_strings}),
    ]
    for key, value in inferred.items():
        lines.append(f"# Inferred: {OVERRIDE_NOTES.get(key, 'needed on this portal')}.")
        lines.append(_dump({key: value}))
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)


def write_fixture(
    config: SiteConfig, inferred: dict[str, Any], result: PassResult, root: Path
) -> Path:
    """tests/sites/<name>/: the recorded pages, replay.json and test_<name>.py."""
    folder = root / config.name
    pages_dir = folder / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    for number, page in enumerate(result.pages, start=1):
        entries += _redirect_entries(page)
        file = f"{number:04d}{_extension(page)}"
        (pages_dir / file).write_bytes(page.body)
        entries.append(
            {"url": page.url, "status": page.status, "headers": page.headers, "file": file}
        )
    manifest = {
        "name": config.name,
        "checked": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": {
            **config.model_dump(mode="json", exclude_defaults=True),
            **inferred,
        },
        "rendered": bool(result.findings.rendered),
        "reports": sorted(
            [{"url": r.url, "title": r.title} for r in result.findings.reports],
            key=lambda r: (r["url"], r["title"]),
        ),
        "pages": entries,
    }
    (folder / REPLAY_FILE).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (folder / f"test_{config.name}.py").write_text(replay_test(config, result), encoding="utf-8")
    return folder


def _redirect_entries(page: RecordedPage) -> list[dict[str, Any]]:
    chain = [*page.redirected_from, page.url]
    return [
        {"url": src, "status": 302, "headers": {"Location": dst}, "file": None}
        for src, dst in itertools.pairwise(chain)
        if src != dst
    ]


def _extension(page: RecordedPage) -> str:
    ctype = next((v for k, v in page.headers.items() if k.lower() == "content-type"), "")
    guessed = mimetypes.guess_extension(ctype.split(";")[0].strip()) if ctype else None
    if guessed in {".htm", ".html", None} and b"<" in page.body[:2048]:
        return ".html"
    return guessed or Path(urlsplit(page.url).path).suffix or ".bin"


TEST_TEMPLATE = '''"""Replay of {start}: pages `scrapy checksite` fetched on {day}.

Regenerate with `scrapy checksite {name} --write` (the portal is called then, never by tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_crawl
from tests.fixtureweb.replay import Replay

pytestmark = {marks}


def test_{name}_replay_crawls_to_the_checked_reports(tmp_path: Path) -> None:
    replay = Replay.load(Path(__file__).parent)
    with replay.serve():
        result = run_crawl(
            replay.name,
            sites_dir=replay.write_config(tmp_path / "sites"),
            output=tmp_path / "out.jsonl",
            state=tmp_path / "state.sqlite3",
        )
    assert result.returncode == 0, result.log[-3000:]
    found = sorted((replay.original_url(i["url"]), i["title"]) for i in result.items)
    assert found == replay.expected_reports()
'''


def replay_test(config: SiteConfig, result: PassResult) -> str:
    marks = ["pytest.mark.e2e"]
    if result.config.render or result.config.render_listings:
        marks.append("pytest.mark.browser")
    return TEST_TEMPLATE.format(
        start=", ".join(config.start_url_strings),
        day=datetime.now(UTC).date().isoformat(),
        name=config.name,
        marks=f"[{', '.join(marks)}]" if len(marks) > 1 else marks[0],
    )
