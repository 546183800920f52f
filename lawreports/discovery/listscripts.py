"""A listing whose next rows its own external script loads as the reader scrolls (`下拉加载更多`):
the script is asked for once per crawl and read for the list API it calls, with the values
each listing page gives it in its `data-*` attributes (`<ul data-cat="12">`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lawreports.discovery.vocabulary import LIBRARY_SCRIPT_NAMES, LOAD_MORE_TEXT

_LOAD_MORE = re.compile(LOAD_MORE_TEXT)
_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']""", re.I)
_LIBRARY = re.compile(LIBRARY_SCRIPT_NAMES, re.I)
# A page loads a handful of its own scripts; the loader is among the first few.
MAX_SCRIPTS_PER_PAGE = 3
# Scripts read for lists in one crawl: a portal's templates share a few.
MAX_SCRIPTS_PER_CRAWL = 12


def loader_scripts(html_text: str, page_url: str) -> list[str]:
    """The page's own scripts that may load its list's next rows: only on a page that says it
    loads more as it is read."""
    if not _LOAD_MORE.search(html_text):
        return []
    return own_scripts(html_text, page_url)


def own_scripts(html_text: str, page_url: str) -> list[str]:
    """The page's own external scripts, a library's file never, the first few."""
    host = urlsplit(page_url).netloc
    out: list[str] = []
    for src in _SCRIPT_SRC.findall(html_text):
        url = urljoin(page_url, src.strip())
        parts = urlsplit(url)
        name = parts.path.rsplit("/", 1)[-1]
        if parts.netloc != host or not name.endswith(".js") or _LIBRARY.search(name):
            continue
        if url not in out:
            out.append(url)
    return out[:MAX_SCRIPTS_PER_PAGE]


@dataclass(frozen=True)
class ScriptListing:
    """A listing page waiting for a script: where it is, how it was reached, what it shows."""

    url: str
    depth: int
    in_column: bool
    link_text: str | None
    attributes: tuple[tuple[str, str], ...]
    shown: frozenset[str] = frozenset()


@dataclass
class ListScripts:
    """The scripts asked for in a crawl: the text of each once it came, the listings waiting
    for one still on its way (several columns' pages share one loader)."""

    texts: dict[str, str] = field(default_factory=dict)
    waiting: dict[str, list[ScriptListing]] = field(default_factory=dict)

    def text(self, url: str) -> str | None:
        return self.texts.get(url)

    def wait(self, url: str, listing: ScriptListing) -> bool:
        """Queue the listing for the script; True when the script is still to be asked for
        (the first listing to need it, within the crawl's budget of scripts)."""
        if url in self.waiting:
            self.waiting[url].append(listing)
            return False
        if len(self.waiting) >= MAX_SCRIPTS_PER_CRAWL:
            return False
        self.waiting[url] = [listing]
        return True

    def arrived(self, url: str, text: str) -> list[ScriptListing]:
        """Keep the script's text; the listings that waited for it."""
        self.texts[url] = text
        listings = self.waiting.get(url, [])
        self.waiting[url] = []
        return listings


_WRITE_CALL = re.compile(r"document\.write(?:ln)?\s*\(")
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n])*)\1""")
_ESCAPE = re.compile(r"\\(.)")


def written_markup(script: str) -> str:
    """The markup a script writes into its page (`document.write("<a href='list.asp?…'>…")`,
    a menu drawn by a file every page includes): the string literals of its write calls, in
    order, unescaped; the names between them left out."""
    if "document.write" not in script:
        return ""
    parts = []
    for call in _WRITE_CALL.finditer(script):
        end = script.find(");", call.end())
        if end == -1:
            continue
        for _, literal in _STRING.findall(script, call.end(), end):
            parts.append(_ESCAPE.sub(lambda m: "\n" if m[1] == "n" else m[1], literal))
    return "".join(parts)
