"""A portal's 信息公开 catalogue on another host, crawled as the portal's own within its scope.

Many counties keep only news on their own portal: their 政务公开 / 政府信息公开 entries lead to
the prefecture city's unified platform on the city's host, where the county is one sub-site
(`/xxgk/<county>/…`, or `?siteId=15`) among its sibling counties, the city and the city's
departments, each with the same catalogue and its own reports. Adopting that host would walk
every sibling's catalogue and bring out their reports; ignoring it finds nothing. So the
catalogue links of the portal's own pages name a scope — the host under the links' common
path prefix, or under the sub-site's query value — and only pages within it are the site's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from lawreports.discovery.vocabulary import (
    CATALOGUE_COLUMN_SEGMENT,
    SITE_QUERY_KEYS,
    UNIT_NAME_IN_TEXT,
)

_COLUMN_SEGMENT = re.compile(CATALOGUE_COLUMN_SEGMENT, re.I)
_UNIT_NAME = re.compile(UNIT_NAME_IN_TEXT)
# At most this many catalogue scopes a crawl: a portal links its own catalogue, not dozens.
MAX_SCOPES = 3


def _bare_host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


@dataclass(frozen=True)
class CatalogueScope:
    """Pages of `host` under `path` (ending in `/`), or carrying `key=value` in their query."""

    host: str
    path: str = ""
    key: str = ""
    value: str = ""

    def covers(self, url: str) -> bool:
        if _bare_host(url) != self.host:
            return False
        if self.key:
            return any(
                k.lower() == self.key and v == self.value
                for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)
            )
        path = urlsplit(url).path or "/"
        return path.startswith(self.path) or path + "/" == self.path

    def member(self) -> str:
        """The scope as one string (shared between workers; a bare domain has no `/`)."""
        return f"{self.host}/?{self.key}={self.value}" if self.key else self.host + self.path

    @classmethod
    def from_member(cls, member: str) -> CatalogueScope | None:
        """The scope `member()` wrote; None for a bare domain."""
        host, slash, rest = member.partition("/")
        if not slash or not host:
            return None
        if rest.startswith("?"):
            key, _, value = rest[1:].partition("=")
            return cls(host, key=key, value=value)
        return cls(host, path="/" + rest)

    def __str__(self) -> str:
        return self.member()


def scope_of(urls: Iterable[str]) -> CatalogueScope | None:
    """The scope the catalogue links to one host name: the sub-site's query value when they
    carry one (all the same), else their common directory without trailing column segments
    (`col/col4213/`). None when that leaves the host's root: the whole host would be adopted."""
    urls = list(urls)
    hosts = {_bare_host(u) for u in urls}
    if len(hosts) != 1 or not next(iter(hosts)):
        return None
    host = hosts.pop()
    sites = {
        (k.lower(), v)
        for u in urls
        for k, v in parse_qsl(urlsplit(u).query)
        if k.lower() in SITE_QUERY_KEYS and v
    }
    if sites:
        if len(sites) != 1:
            return None
        key, value = sites.pop()
        return CatalogueScope(host, key=key, value=value)
    segments = _common_directory(urlsplit(u).path for u in urls)
    while segments and _COLUMN_SEGMENT.fullmatch(segments[-1]):
        segments.pop()
    if not segments:
        return None
    return CatalogueScope(host, path="/" + "/".join(segments) + "/")


def _common_directory(paths: Iterable[str]) -> list[str]:
    """The directory segments every path starts with (a path's last segment is its file
    unless the path ends in `/`)."""
    common: list[str] | None = None
    for path in paths:
        dirs = [s for s in (path or "/").split("/")[:-1] if s]
        if common is None:
            common = dirs
            continue
        n = 0
        while n < min(len(common), len(dirs)) and common[n] == dirs[n]:
            n += 1
        common = common[:n]
    return common or []


def names_another_unit(text: str, region: str) -> bool:
    """Whether the link text names a unit other than the region's own (`盐城市政府信息公开`
    on a county of 盐城市): that catalogue is the parent's or a neighbour's. A text naming
    no unit (`政务公开`) or the region's own (`射阳县政府信息公开`) does not."""
    if not any(c in text for c in "省市州盟县区旗地"):
        return False
    names = _UNIT_NAME.findall(text)
    return bool(names) and not region.endswith(names[-1])


class CatalogueScopes:
    """The catalogue scopes adopted in one crawl."""

    def __init__(self) -> None:
        self.scopes: list[CatalogueScope] = []
        # Hosts whose catalogue links named no scope (the whole host): said once each.
        self.declined: set[str] = set()

    def covers(self, url: str) -> bool:
        return any(scope.covers(url) for scope in self.scopes)

    def adopt(self, scope: CatalogueScope) -> bool:
        """Take the scope; False when it is covered already or the crawl has its fill."""
        if scope in self.scopes or len(self.scopes) >= MAX_SCOPES:
            return False
        if scope.path and self.covers(f"http://{scope.host}{scope.path}"):
            return False
        self.scopes.append(scope)
        return True

    def decline(self, host: str) -> bool:
        """Note a host whose catalogue is not adopted; True the first time."""
        if host in self.declined:
            return False
        self.declined.add(host)
        return True

    def __bool__(self) -> bool:
        return bool(self.scopes)
