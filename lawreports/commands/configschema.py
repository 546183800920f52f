"""`scrapy configschema`: the JSON Schema of a site config, generated from the pydantic model.

Editors (VS Code / any yaml-language-server client) complete and validate the YAML with it;
the committed copy beside the configs is kept in sync by a test and by `--check`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from lawreports.sites import SiteConfig, resolve_sites_dir

SCHEMA_FILE = "site.schema.json"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def site_config_schema() -> dict[str, Any]:
    """The schema of one `spiders_config/<name>.yaml`, as editors want it."""
    schema = SiteConfig.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "lawreports site config",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    return json.dumps(site_config_schema(), ensure_ascii=False, indent=2) + "\n"


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}  # noqa: RUF012 (Scrapy's class attribute)

    def syntax(self) -> str:
        return "[--write | --check]"

    def short_desc(self) -> str:
        return "Print the JSON Schema of site configs (--write / --check the committed copy)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--write",
            action="store_true",
            help=f"write {SCHEMA_FILE} into the site config folder",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"exit 1 when the committed {SCHEMA_FILE} differs from the model",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("configschema takes no arguments")
        assert self.settings is not None
        path = resolve_sites_dir(self.settings) / SCHEMA_FILE
        text = schema_text()
        if opts.write:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        elif opts.check:
            self._check(path, text)
        else:
            sys.stdout.write(text)

    def _check(self, path: Path, text: str) -> None:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            print(f"{path} is up to date")
            return
        print(f"{path} is out of date: run `scrapy configschema --write`", file=sys.stderr)
        self.exitcode = 1
