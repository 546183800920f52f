"""Site configs: one YAML file per portal, validated on load, turned into one spider each.

A broken file is reported once (file and key) and skipped; every other site still loads,
so `scrapy list` and the crawls of the healthy sites keep working.
"""

from __future__ import annotations

import builtins
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.conf import closest_scrapy_cfg

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request, Spider
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

NAME_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selectors(_Strict):
    """CSS or XPath (prefix `xpath:`) overrides for portals the defaults get wrong."""

    listing: str | None = Field(None, description="Links to reports on a listing page.")
    title: str | None = Field(None, description="The report title on a report page.")
    body: str | None = Field(None, description="The element holding the report text.")
    metadata: str | None = Field(None, description="The element holding the 信息公开 block.")


class Politeness(_Strict):
    download_delay: Annotated[float, Field(ge=0, le=60)] | None = Field(
        None, description="Seconds between requests to this portal."
    )
    concurrency: Annotated[int, Field(ge=1, le=32)] | None = Field(
        None, description="Parallel requests to this portal."
    )


class SiteConfig(_Strict):
    """One portal. Only name, region and start_urls are required."""

    name: str = Field(pattern=NAME_PATTERN, description="Spider name; equals the file name.")
    region: str = Field(min_length=1, description="Administrative region, e.g. 兰陵县.")
    start_urls: list[HttpUrl] = Field(min_length=1, description="Usually the portal home page.")
    allowed_domains: list[str] = Field(
        default_factory=list, description="Extra domains beyond those of start_urls."
    )
    columns: list[HttpUrl] = Field(
        default_factory=list, description="Extra start columns (listing pages) to crawl first."
    )
    selectors: Selectors = Field(default_factory=Selectors)
    render: bool = Field(False, description="Render every page with the browser.")
    render_listings: bool = Field(False, description="Render listing pages with the browser.")
    politeness: Politeness = Field(default_factory=Politeness)
    max_pages: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Page budget for this portal (default: LAWREPORTS_MAX_PAGES_PER_SITE)."
    )

    @field_validator("allowed_domains")
    @classmethod
    def _bare_domains(cls, value: list[str]) -> list[str]:
        for domain in value:
            if "/" in domain or not domain.strip():
                raise ValueError(f"{domain!r} is not a bare domain (no scheme, no path)")
        return value

    @property
    def start_url_strings(self) -> list[str]:
        return [str(u) for u in self.start_urls]

    @property
    def column_strings(self) -> list[str]:
        return [str(u) for u in self.columns]

    def domains(self) -> list[str]:
        """The portal's own domains: those of start_urls and columns, plus allowed_domains."""
        hosts = [urlsplit(u).hostname or "" for u in self.start_url_strings + self.column_strings]
        out: list[str] = []
        for raw in [*hosts, *self.allowed_domains]:
            host = raw.lower().removeprefix("www.")
            if host and host not in out:
                out.append(host)
        return out


@dataclass(frozen=True)
class ConfigError:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _format_validation_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(file)"
        parts.append(f"key {key!r}: {err['msg']}")
    return "; ".join(parts)


def load_site_config(path: Path) -> SiteConfig:
    """Parse and validate one file; raises ValueError with a one-line message."""
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"YAML syntax error{where}: {getattr(exc, 'problem', exc)}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read file: {exc}") from exc
    if not isinstance(raw, dict):
        raise ValueError("the file must hold a mapping with name, region and start_urls")
    try:
        config = SiteConfig.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(_format_validation_error(exc)) from exc
    if config.name != path.stem:
        raise ValueError(f"key 'name': {config.name!r} differs from the file name {path.stem!r}")
    return config


def load_site_configs(directory: Path) -> tuple[dict[str, SiteConfig], list[ConfigError]]:
    configs: dict[str, SiteConfig] = {}
    errors: list[ConfigError] = []
    if not directory.is_dir():
        return configs, errors
    for path in sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")]):
        try:
            configs[path.stem] = load_site_config(path)
        except ValueError as exc:
            errors.append(ConfigError(path, str(exc)))
    return configs, errors


def resolve_sites_dir(settings: BaseSettings) -> Path:
    """LAWREPORTS_SITES_DIR; a relative path is taken from the project root (scrapy.cfg)."""
    path = Path(settings.get("LAWREPORTS_SITES_DIR") or "spiders_config").expanduser()
    if path.is_absolute() or path.exists():
        return path
    cfg = closest_scrapy_cfg()
    return Path(cfg).parent / path if cfg else path


def spider_class_for(config: SiteConfig) -> type[Spider]:
    from lawreports.spiders.portal import PortalSpider

    camel = "".join(part.capitalize() for part in config.name.split("_"))
    custom: dict[str, Any] = {}
    if config.politeness.download_delay is not None:
        custom["DOWNLOAD_DELAY"] = config.politeness.download_delay
    if config.politeness.concurrency is not None:
        custom["CONCURRENT_REQUESTS_PER_DOMAIN"] = config.politeness.concurrency
    attrs: dict[str, Any] = {
        "name": config.name,
        "site": config,
        "allowed_domains": config.domains(),
        "custom_settings": custom,
        "__module__": PortalSpider.__module__,
    }
    return type(f"{camel}Spider", (PortalSpider,), attrs)


class SiteSpiderLoader:
    """Scrapy spider loader: hand-written spiders plus one generated spider per site config."""

    def __init__(self, settings: BaseSettings) -> None:
        self._code_spiders = SpiderLoader.from_settings(settings)
        self.sites_dir = resolve_sites_dir(settings)
        self.configs, self.errors = load_site_configs(self.sites_dir)
        for error in self.errors:
            logger.error("Skipping site config %s", error)
        self._spiders: dict[str, type[Spider]] = {
            name: spider_class_for(cfg) for name, cfg in self.configs.items()
        }

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Self:
        return cls(settings)

    def load(self, spider_name: str) -> type[Spider]:
        if spider_name in self._spiders:
            return self._spiders[spider_name]
        try:
            return self._code_spiders.load(spider_name)
        except KeyError:
            broken = [e for e in self.errors if e.path.stem == spider_name]
            if broken:
                raise KeyError(
                    f"Spider not found: {spider_name} (config invalid: {broken[0]})"
                ) from None
            raise

    def list(self) -> list[str]:
        return sorted({*self._spiders, *self._code_spiders.list()})

    def find_by_request(self, request: Request) -> builtins.list[str]:
        host = (urlsplit(request.url).hostname or "").lower()
        found = [
            name
            for name, cfg in self.configs.items()
            if any(host == d or host.endswith("." + d) for d in cfg.domains())
        ]
        return found or self._code_spiders.find_by_request(request)


def is_valid_name(name: str) -> bool:
    return re.match(NAME_PATTERN, name) is not None
