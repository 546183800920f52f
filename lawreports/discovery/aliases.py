"""Host aliases a portal's redirects reveal, so one page is asked for under one URL.

A portal that moved to `https://www.` still answers its bare host, plain `http` and often an
old domain with a 301 to the same path on the new origin, and its pages keep linking every
spelling (absolute links on the other alias, `http:` and `https:`, protocol-relative `//host/…`).
Each spelling would cost a redirect, and a page reached under two would be two pages to the
crawl's bookkeeping. What a redirect shows is learned once:

- a redirect of the site's root (`http://x.gov.cn/` → `https://www.x.gov.cn/`) makes the old
  origin an alias of the new one: the host moved wholesale;
- a redirect to the same path and query on an origin already known as canonical (an old
  domain's deep link, `http://old.gov.cn/zwgk/…` → `https://www.x.gov.cn/zwgk/…`) does too;
  a deep redirect elsewhere (a column handed to the province's platform) teaches nothing;
- the canonical host under the other scheme is the canonical origin (`http://www.x.gov.cn/…`
  once `https://www.x.gov.cn/` is where the portal lives).

Hosts are compared with their default port dropped, so `http://x.gov.cn` and
`https://x.gov.cn` are one host; a URL on an alias is then asked for on its canonical origin.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_ROOT = re.compile(r"^/?(?:(?:index|default)\.\w+)?$", re.I)
_INDEX_FILE = re.compile(r"(?<=/)(?:index|default)\.\w+$", re.I)

Origin = tuple[str, str]  # scheme, host[:port] (default port dropped)


def host_key(url: str) -> str | None:
    """`host[:port]` of the URL, lower-cased, its scheme's default port dropped."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    if port is None or port == _DEFAULT_PORTS.get(parts.scheme.lower()):
        return host
    return f"{host}:{port}"


def _origin(url: str) -> Origin | None:
    key = host_key(url)
    return None if key is None else (urlsplit(url).scheme.lower(), key)


def _page(url: str) -> tuple[str, str]:
    """Path (a directory and its index file alike) and query."""
    parts = urlsplit(url)
    return _INDEX_FILE.sub("", parts.path or "/"), parts.query


class HostAliases:
    """Alias host → the canonical origin its redirects lead to (see the module doc)."""

    def __init__(self) -> None:
        self.canonical: dict[str, Origin] = {}

    def learn(self, chain: list[str]) -> list[str]:
        """A redirect chain (the URLs asked for, then the one that answered): the alias hosts it
        reveals, newly learned."""
        if len(chain) < 2:
            return []
        final = self.rewrite(chain[-1])  # a hop onto an alias leads where the alias does
        target = _origin(final)
        if target is None:
            return []
        known_target = target in self.canonical.values()
        learned: list[str] = []
        for url in chain[:-1]:
            source = _origin(url)
            if source is None or source == target:
                continue
            root = _ROOT.match(urlsplit(url).path or "/") is not None
            same = _page(url) == _page(final)
            if not (same and (root or known_target)):
                continue
            if self.canonical.get(source[1]) != target:
                self.canonical[source[1]] = target
                learned.append(source[1])
        if learned and target[1] not in self.canonical:
            self.canonical[target[1]] = target
        return learned

    def rewrite(self, url: str) -> str:
        """The URL on its canonical origin (unchanged when its host is no known alias)."""
        if not self.canonical:
            return url
        source = _origin(url)
        if source is None:
            return url
        target = self.canonical.get(source[1])
        if target is None or target == source:
            return url
        parts = urlsplit(url)
        return urlunsplit((target[0], target[1], parts.path, parts.query, parts.fragment))


def is_site_root(url: str) -> bool:
    """The URL is a site's root (`/`, `/index.html`): its home page, not a column of it."""
    return _ROOT.match(urlsplit(url).path or "/") is not None
