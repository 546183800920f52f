"""Replays a portal saved by `scrapy checksite --write`: one loopback server per original host.

Bodies are served as recorded, with every original origin (`http://host`, `//host`, JSON's
`http:\\/\\/host`) rewritten to its loopback address, so links lead to the replay and never to
the real portal. A page that was not recorded answers 404.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.fixtureweb.server import FixtureWeb, Hit, Reply, Site


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def key_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class SavedPage:
    status: int
    headers: dict[str, str]
    body: bytes


class ReplaySite(Site):
    """The recorded pages of one original origin."""

    def __init__(self, name: str, origin: str, replay: Replay) -> None:
        super().__init__()
        self.name = name
        self.origin = origin
        self.replay = replay
        self.saved: dict[str, SavedPage] = {}

    def dynamic(self, hit: Hit) -> Reply | None:
        key = hit.path + (f"?{hit.query}" if hit.query else "")
        page = self.saved.get(key)
        if page is None:
            return None
        headers = {
            k: self.replay.to_local(v) if k.lower() == "location" else v
            for k, v in page.headers.items()
        }
        return Reply(page.status, self.replay.rewrite(page.body), headers)


class Replay:
    def __init__(self, directory: Path, manifest: dict[str, Any]) -> None:
        self.directory = directory
        self.manifest = manifest
        self.name: str = manifest["name"]
        self.sites: dict[str, ReplaySite] = {}
        for entry in manifest["pages"]:
            origin = origin_of(entry["url"])
            if origin not in self.sites:
                self.sites[origin] = ReplaySite(f"replay{len(self.sites)}", origin, self)
            body = (directory / "pages" / entry["file"]).read_bytes() if entry["file"] else b""
            self.sites[origin].saved[key_of(entry["url"])] = SavedPage(
                entry["status"], entry["headers"], body
            )
        for url in manifest["config"]["start_urls"]:
            origin = origin_of(url)
            self.sites.setdefault(origin, ReplaySite(f"replay{len(self.sites)}", origin, self))

    @classmethod
    def load(cls, directory: Path) -> Replay:
        manifest = json.loads((directory / "replay.json").read_text(encoding="utf-8"))
        return cls(directory, manifest)

    @contextmanager
    def serve(self) -> Iterator[FixtureWeb]:
        web = FixtureWeb(list(self.sites.values())).start()
        try:
            yield web
        finally:
            web.stop()

    # --- original ↔ loopback ------------------------------------------------------------------
    def _pairs(self) -> list[tuple[str, str]]:
        return [(origin, site.base_url) for origin, site in self.sites.items()]

    def to_local(self, url: str) -> str:
        for origin, base in self._pairs():
            if url.startswith(origin):
                return base + url[len(origin) :]
        return url

    def original_url(self, url: str) -> str:
        for origin, base in self._pairs():
            if url.startswith(base):
                return origin + url[len(base) :]
        return url

    def rewrite(self, body: bytes) -> bytes:
        for origin, base in self._pairs():
            netloc = urlsplit(origin).netloc.encode()
            local = urlsplit(base).netloc.encode()
            for scheme in (b"http:", b"https:"):
                body = body.replace(scheme + b"//" + netloc, b"http://" + local)
                body = body.replace(scheme + b"\\/\\/" + netloc, b"http:\\/\\/" + local)
            body = body.replace(b"//" + netloc, b"//" + local)
        return body

    # --- the crawl ----------------------------------------------------------------------------
    def write_config(self, sites_dir: Path) -> Path:
        """The checked config, pointed at the loopback servers."""
        config = dict(self.manifest["config"])
        for key in ("start_urls", "columns"):
            if key in config:
                config[key] = [self.to_local(u) for u in config[key]]
        config["allowed_domains"] = [
            urlsplit(site.base_url).hostname for site in self.sites.values()
        ]
        sites_dir.mkdir(parents=True, exist_ok=True)
        (sites_dir / f"{self.name}.yaml").write_text(
            yaml.safe_dump(config, allow_unicode=True), encoding="utf-8"
        )
        return sites_dir

    def expected_reports(self) -> list[tuple[str, str]]:
        return sorted((r["url"], r["title"]) for r in self.manifest["reports"])
