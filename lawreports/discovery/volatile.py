"""Query keys a site's templates render afresh on every page: learned, and left out of identity.

A cache-buster under a name no list knows (`&_r=3f9a1c0b`, see vocabulary.SESSION_PARAMS and
CACHE_BUSTER_KEYS for the named ones) makes every render of a pager name its pages anew: the
crawl would take each render's links for new pages. Such a key shows itself between fetches: a
listing page asked for by a URL whose key holds one token links to its own pages (the same path,
the same query but for the page number) with another. From then on the key is no part of which
page a URL of that path names (the URL is still asked for as linked: a server may want it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lawreports.discovery.links import page_identity, same_page_path
from lawreports.discovery.queries import encoded_query, query_pairs
from lawreports.discovery.vocabulary import CACHE_BUSTER_VALUE, PAGE_PARAMS

_PAGE_PARAM = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)
# A value no one types: a named cache-buster's (timestamp, `Math.random()`, hex), or a token of
# letters and digits (`k3j9x2`, `A7fQ2mZ9`). A number of a few digits is an id, never this.
_TOKEN = re.compile(
    rf"{CACHE_BUSTER_VALUE}|(?=[0-9a-z]*[a-z])(?=[0-9a-z]*\d)[0-9a-z]{{6,64}}", re.I
)
# Keys learned per crawl at most: each one re-keys the crawl's bookkeeping once.
MAX_LEARNED = 32


def _path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc.lower(), parts.path


def without_keys(url: str, keys: frozenset[str]) -> str:
    """The URL without the query keys `keys` (as the page would be named had they not been)."""
    parts = urlsplit(url)
    if not keys or not parts.query:
        return url
    pairs = query_pairs(parts.query)
    kept = [(k, v) for k, v in pairs if k not in keys]
    if len(kept) == len(pairs):
        return url
    return parts._replace(query=encoded_query(kept)).geturl()


def _other_keys(pairs: dict[str, str], left_out: set[str]) -> dict[str, str]:
    return {k: v for k, v in pairs.items() if k not in left_out and not _PAGE_PARAM.match(k)}


class VolatileKeys:
    """The volatile query keys learned on one crawl, by host and path."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], frozenset[str]] = {}
        self.learned = 0

    def of(self, url: str) -> frozenset[str]:
        """The keys volatile on this URL: those learned on its path (a directory and its index
        script are one), and those learned elsewhere on its host where it holds a token (the
        site's templates write one cache-buster: the home page's `&_k=3f9a1c` too)."""
        if not self.keys:
            return frozenset()
        host, path = _path(url)
        on_path: frozenset[str] = frozenset()
        elsewhere: set[str] = set()
        for (h, p), keys in self.keys.items():
            if h != host:
                continue
            if p == path or same_page_path(p, path):
                on_path |= keys
            else:
                elsewhere |= keys
        if elsewhere - on_path:
            query = urlsplit(url).query
            on_path |= {k for k, v in query_pairs(query) if k in elsewhere and _TOKEN.fullmatch(v)}
        return on_path

    def identity(self, url: str) -> str:
        """Which page the (clean) URL names: see links.page_identity."""
        return page_identity(url, self.of(url))

    def learn(self, page_url: str, hrefs: Iterable[str]) -> frozenset[str]:
        """Read the links of the page asked for as `page_url`; the keys newly found volatile."""
        own = urlsplit(page_url)
        if not own.query or self.learned >= MAX_LEARNED:
            return frozenset()
        own_pairs = dict(query_pairs(own.query))
        tokens = {k: v for k, v in own_pairs.items() if _TOKEN.fullmatch(v)}
        if not tokens:
            return frozenset()
        known = self.of(page_url)
        found: set[str] = set()
        for href in hrefs:
            there = urlsplit(href)
            if there.netloc != own.netloc or not there.query:
                continue
            if not same_page_path(there.path, own.path):
                continue
            pairs = dict(query_pairs(there.query))
            changed = {
                k
                for k, v in tokens.items()
                if k in pairs and pairs[k] != v and _TOKEN.fullmatch(pairs[k])
            }
            changed -= known | found
            if not changed:
                continue
            # The link is a page of this listing: every other key but the page number agrees.
            rest = {
                k: v for k, v in pairs.items() if k not in changed and not _PAGE_PARAM.match(k)
            }
            own_rest = {
                k: v for k, v in own_pairs.items() if k not in changed and not _PAGE_PARAM.match(k)
            }
            if own_rest.items() <= rest.items() and any(_PAGE_PARAM.match(k) for k in pairs):
                found |= changed
        if not found:
            return frozenset()
        host, path = _path(page_url)
        self.keys[(host, path)] = known | found
        self.learned += len(found)
        return frozenset(found)
