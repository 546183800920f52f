"""`scrapy checksite URL|NAME`: what discovery finds on a portal, before (or after) adding it.

Runs the real spider with a small page budget and prints the columns entered, the pagination
recognised per listing, candidate reports, near-misses with the reason, whether the browser
was needed and the site status. `--write` writes the minimal config and saves the pages used
as a replayable test fixture with its own end-to-end test.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES

from lawreports.checking.findings import render_findings
from lawreports.checking.run import SiteCheck
from lawreports.checking.writer import write_config, write_fixture
from lawreports.sites import SiteConfig, load_site_config, resolve_sites_dir

DEFAULT_PAGES = 80
DEFAULT_FIXTURES = "tests/sites"
UNSET_REGION = "未填写"
# Host labels that say nothing about the portal: left out of a derived spider name.
GENERIC_LABELS = frozenset({"www", "gov", "cn", "com", "net", "org", "xxgk", "zwgk", "http"})


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "URL [--name NAME --region REGION] [--write] | NAME"

    def short_desc(self) -> str:
        return "Check what discovery finds on a portal (a URL, or the name of a config)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--name", help="spider name for a URL (default: from the host)")
        parser.add_argument("--region", help="the portal's region, e.g. 兰陵县")
        parser.add_argument(
            "--pages",
            type=int,
            default=DEFAULT_PAGES,
            help=f"page budget of the check (default {DEFAULT_PAGES}; reports always fetched)",
        )
        parser.add_argument(
            "--write",
            action="store_true",
            help="write spiders_config/NAME.yaml and save the pages used as a test fixture",
        )
        parser.add_argument(
            "--fixtures",
            default=DEFAULT_FIXTURES,
            help=f"folder for the saved fixture (default {DEFAULT_FIXTURES})",
        )
        parser.add_argument(
            "--no-browser", action="store_true", help="never retry the listings in the browser"
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        # The findings go to stdout; the crawl log only speaks up when something is wrong.
        if (self.settings.getpriority("LOG_LEVEL") or 0) < SETTINGS_PRIORITIES["cmdline"]:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one URL or one site name")
        if opts.pages < 1:
            raise UsageError("--pages must be at least 1")
        assert self.settings is not None and self.crawler_process is not None
        sites_dir = resolve_sites_dir(self.settings)
        config, existing = self._config_for(args[0], opts, sites_dir)
        state_dir = Path(tempfile.mkdtemp(prefix="checksite-"))
        try:
            check = SiteCheck(config, state_dir, opts.pages, browser_fallback=not opts.no_browser)
            check.schedule(self.crawler_process)
            self.crawler_process.start()
        finally:
            shutil.rmtree(state_dir, ignore_errors=True)
        if not check.passes:
            self.exitcode = 1
            return
        result = check.result
        sys.stdout.write(render_findings(result.findings, name=config.name))
        if check.inferred:
            print(f"inferred overrides: {check.inferred}")
        if opts.write:
            self._write(check, existing, sites_dir, Path(opts.fixtures))
        self.exitcode = 0 if result.findings.status == "ok" else 1

    def _config_for(
        self, target: str, opts: argparse.Namespace, sites_dir: Path
    ) -> tuple[SiteConfig, bool]:
        if "://" not in target:
            path = sites_dir / f"{target}.yaml"
            if not path.exists():
                raise UsageError(f"no site config {path}; give the portal's URL instead")
            try:
                return load_site_config(path), True
            except ValueError as exc:
                raise UsageError(f"{path}: {exc}") from None
        if opts.write and not opts.region:
            raise UsageError("--write needs --region (the config's region key)")
        name = opts.name or name_from_url(target)
        if opts.write and (sites_dir / f"{name}.yaml").exists():
            raise UsageError(f"{name}.yaml exists: run `scrapy checksite {name}` to re-check it")
        try:
            config = SiteConfig(
                name=name,
                region=opts.region or UNSET_REGION,
                start_urls=[target],
            )
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        return config, False

    def _write(self, check: SiteCheck, existing: bool, sites_dir: Path, fixtures: Path) -> None:
        result = check.result
        if not existing:
            path = write_config(check.config, check.inferred, sites_dir, result.findings)
            print(f"wrote {path}")
        fixture = write_fixture(check.config, check.inferred, result, fixtures)
        print(f"wrote {fixture} (pages and an end-to-end test replaying them)")


def name_from_url(url: str) -> str:
    """A spider name from the portal's host: www.lanling.gov.cn → lanling."""
    host = (urlsplit(url).hostname or "").lower()
    labels = [lb for lb in host.split(".") if lb and lb not in GENERIC_LABELS]
    name = re.sub(r"[^a-z0-9_]", "_", labels[0] if labels else "site")
    return name if re.match(r"^[a-z]", name) else f"site_{'_'.join(labels) or name}"
