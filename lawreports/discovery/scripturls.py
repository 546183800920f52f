"""Data URLs a page's script builds at run time, read off the script text.

Two kinds of script-drawn pages need them. A detail *shell* (`content.html?id=123`) holds only
its furniture and an empty `<div id="content">` that its script fills from
`$.getJSON('/api/article/detail?id=' + getQueryString('id'))`: the URL is that expression
with the page's own query parameter put in. A *hash-routed* catalogue (`/gkmlpt/index#2615`)
lists each column from `'/gkmlpt/api/all/' + catid + '?page=' + page + '&sid=' + SID`, where
`catid` comes from `location.hash`: one list URL per route the page links to.

An expression is read as the browser would build it: string and template literals, variables
given a literal (`var SID = '763125'`) or a reader of the page's query
(`new URLSearchParams(location.search).get('id')`), the page number, the route key. Anything
else leaves the URL unread: the caller then knows the page needs the browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit

from lawreports.discovery.jsonapi import Endpoint, endpoint_for, inline_records
from lawreports.discovery.scriptcalls import inline_scripts
from lawreports.discovery.vocabulary import (
    COUNTER_ENDPOINT_HINTS,
    DATA_CALLS,
    DETAIL_ENDPOINT_HINTS,
    PAGE_PARAMS,
    URL_WRAPPER_CALLS,
)

# How deep a variable is followed to the value it was given (`id` → `params.get('id')`).
MAX_INDIRECTION = 3
# Expressions longer than this are not URLs (a minified bundle's argument).
MAX_EXPRESSION = 400
_STATIC = re.compile(r"\.(?:js|css|png|jpe?g|gif|svg|ico|woff2?)(?:$|\?)", re.I)
_IDENT = re.compile(r"^[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*$")
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n])*)\1""")
_TEMPLATE_PART = re.compile(r"\$\{([^{}]*)\}")
_CALL = re.compile(r"^(?P<name>[\w$.]+)\s*\((?P<args>.*)\)$", re.S)
_ROUTE_KEY = re.compile(r"^[\w-]*\d[\w-]*$")
_ANCHOR = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#]*#[^"']+)["'][^>]*>(.*?)</a>""", re.S | re.I
)
_TAG = re.compile(r"<[^>]+>")
_PAGE_NAME = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)
_PAGE_FIELD = re.compile(rf"[?&](?:{'|'.join(PAGE_PARAMS)})=$", re.I)
_READS_HASH = re.compile(r"location\s*\.\s*hash")


@lru_cache(maxsize=1)
def _call_starts() -> re.Pattern[str]:
    return re.compile("|".join(DATA_CALLS))


@dataclass(frozen=True)
class Route:
    """A column of a hash-routed page: `/gkmlpt/index#2615` named 法治政府建设."""

    key: str
    name: str
    url: str


@dataclass
class _Context:
    script: str
    query: dict[str, str]
    route: str | None = None
    used_query: bool = False
    route_names: set[str] | None = None


# --- reading the script -----------------------------------------------------------------------
def _argument(script: str, start: int) -> str:
    """The expression from `start` to the `,` `)` `}` or `;` that ends it (strings and nested
    brackets skipped)."""
    depth = 0
    at = start
    end = min(len(script), start + MAX_EXPRESSION)
    while at < end:
        char = script[at]
        if char in "\"'`":
            close = script.find(char, at + 1, end)
            if close < 0:
                return ""
            at = close + 1
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return script[start:at].strip()
            depth -= 1
        elif char in ",;" and depth == 0:
            return script[start:at].strip()
        at += 1
    return ""


def _split_top(expr: str, sep: str) -> list[str]:
    """`expr` split on `sep` outside strings and brackets."""
    parts, depth, at, last = [], 0, 0, 0
    while at < len(expr):
        char = expr[at]
        if char in "\"'`":
            close = expr.find(char, at + 1)
            at = close + 1 if close >= 0 else len(expr)
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and expr.startswith(sep, at):
            parts.append(expr[last:at].strip())
            at += len(sep)
            last = at
            continue
        at += 1
    parts.append(expr[last:].strip())
    return parts


def _masked(script: str) -> str:
    """The script with its string literals blanked (same length): `'?page=' + page` holds no
    assignment of `page`."""
    return _STRING.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(1), script)


def _assigned(script: str, name: str) -> str | None:
    """The expression last given to variable `name` in the script (`var id = …;`)."""
    pattern = re.compile(rf"(?<![\w$.])(?:(?:var|let|const)\s+)?{re.escape(name)}\s*=(?![=>])")
    found = None
    for match in pattern.finditer(_masked(script)):
        value = _argument(script, match.end())
        if value:
            found = value
    return found


# --- evaluating an expression -------------------------------------------------------------------
def _evaluate(expr: str, ctx: _Context, depth: int = 0) -> str | None:
    """The string the expression builds, or None when a piece of it cannot be read."""
    out = ""
    for piece in _split_top(expr, "+"):
        value = _piece(piece, ctx, depth, before=out)
        if value is None:
            return None
        out += value
    return out


def _piece(piece: str, ctx: _Context, depth: int, before: str) -> str | None:
    if not piece or depth > MAX_INDIRECTION:
        return None
    alternatives = _split_top(piece, "||")
    if len(alternatives) > 1:
        return _piece(alternatives[0], ctx, depth, before)  # the value the page has, not a default
    literal = _STRING.fullmatch(piece)
    if literal is not None:
        return literal.group(2)
    if piece.startswith("`") and piece.endswith("`"):
        return _template(piece[1:-1], ctx, depth)
    if piece.startswith("(") and piece.endswith(")"):
        return _evaluate(piece[1:-1], ctx, depth + 1)
    if piece.isdigit():
        return piece
    if _READS_HASH.search(piece):
        return ctx.route
    named = _query_named(piece, ctx)
    if named is not None:
        return named
    call = _CALL.match(piece)
    if call is not None:
        if call["name"].split(".")[-1] in URL_WRAPPER_CALLS:
            return _evaluate(call["args"], ctx, depth + 1)
        return None
    if _IDENT.match(piece):
        return _variable(piece, ctx, depth, before)
    return None


def _template(body: str, ctx: _Context, depth: int) -> str | None:
    out, last = "", 0
    for match in _TEMPLATE_PART.finditer(body):
        value = _evaluate(match.group(1), ctx, depth + 1)
        if value is None:
            return None
        out += body[last : match.start()] + value
        last = match.end()
    return out + body[last:]


def _query_named(piece: str, ctx: _Context) -> str | None:
    """A reader of the page's query naming one of its parameters: `getQueryString('id')`,
    `params.get("id")`, `$.query.get('id')`, `request['id']`."""
    for _, name in _STRING.findall(piece):
        if name in ctx.query:
            ctx.used_query = True
            return ctx.query[name]
    return None


def _variable(name: str, ctx: _Context, depth: int, before: str) -> str | None:
    last = re.split(r"\s*\.\s*", name)[-1]
    given = _assigned(ctx.script, name)
    if given is not None and given != name:
        value = _evaluate(given, ctx, depth + 1)
        if value is not None:
            return value
    if last in ctx.query:
        ctx.used_query = True
        return ctx.query[last]
    if _PAGE_NAME.match(last) or _PAGE_FIELD.search(before):
        return "1"
    if ctx.route is not None and ctx.route_names is not None:
        # A function's parameter the route fills (`getList(catid, page)`): one name at most.
        ctx.route_names.add(last)
        return ctx.route if len(ctx.route_names) == 1 else None
    return None


def _call_expressions(html_text: str) -> Iterator[tuple[str, str]]:
    """(script, URL expression) of each data call in the page's inline scripts."""
    starts = _call_starts()
    for script in inline_scripts(html_text):
        for match in starts.finditer(script):
            expr = _argument(script, match.end())
            if expr and not expr.startswith(("{", "[")):
                yield script, expr


def _usable(url: str, page_url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https")
        and not _STATIC.search(parts.path)
        and url.partition("#")[0] != page_url.partition("#")[0]
    )


# --- shells: pages whose script asks for their data with their own query -----------------------
def _query_built(html_text: str, page_url: str) -> list[str]:
    """URLs the page's data calls build with the page's own query parameters."""
    query = dict(parse_qsl(urlsplit(page_url).query, keep_blank_values=True))
    if not query:
        return []
    found: dict[str, None] = {}
    for script, expr in _call_expressions(html_text):
        ctx = _Context(script, query)
        value = _evaluate(expr, ctx)
        if value is None or not ctx.used_query:
            continue
        url = urljoin(page_url, value)
        if _usable(url, page_url):
            found.setdefault(url, None)
    return list(found)


def detail_endpoints(html_text: str, page_url: str) -> list[str]:
    """URLs a detail shell's script fetches its content from, built with the page's own query
    parameters; content-like ones (`/api/article/detail`) first, counters (`/visit`) last."""
    return sorted(_query_built(html_text, page_url), key=_detail_rank)


def list_endpoints(html_text: str, page_url: str) -> list[Endpoint]:
    """List APIs a column shell (`list.html?deptId=sfj&catId=fzzfjs`) calls with its own query
    values, at their first page: `'/api/dept/articles?deptId=' + getQueryString('deptId') +
    … + '&page=' + page` asked as the page would ask it, not with a placeholder."""
    return [endpoint_for(url) for url in _query_built(html_text, page_url)]


def _detail_rank(url: str) -> int:
    path = urlsplit(url).path.lower()
    if any(re.search(hint, path) for hint in COUNTER_ENDPOINT_HINTS):
        return 2
    if any(re.search(hint, path) for hint in DETAIL_ENDPOINT_HINTS):
        return 0
    return 1


# --- hash routes --------------------------------------------------------------------------------
def routes(html_text: str, page_url: str) -> list[Route]:
    """Columns the page names as routes of itself (`/gkmlpt/index#2615`, `#2615`), in anchors
    and in inline JSON trees, each key once."""
    own = urlsplit(page_url)._replace(fragment="").geturl()
    pairs = [(href, _TAG.sub("", text).strip()) for href, text in _ANCHOR.findall(html_text)]
    pairs += [(record.url, record.title) for record in inline_records(html_text)]
    out: dict[str, Route] = {}
    for href, name in pairs:
        url = urljoin(page_url, href.strip())
        base, _, key = url.partition("#")
        if base == own and _ROUTE_KEY.match(key) and name:
            out.setdefault(key, Route(key, name, url))
    return list(out.values())


def route_endpoints(html_text: str, page_url: str) -> list[tuple[Route, Endpoint]]:
    """For each route of a page whose script reads `location.hash`: the list API it calls."""
    if not _READS_HASH.search(html_text):
        return []
    found = routes(html_text, page_url)
    if not found:
        return []
    out: list[tuple[Route, Endpoint]] = []
    for script, expr in _call_expressions(html_text):
        if not _READS_HASH.search(script):
            continue
        for route in found:
            ctx = _Context(script, {}, route=route.key, route_names=set())
            value = _evaluate(expr, ctx)
            if value is None or route.key not in value:
                continue
            url = urljoin(page_url, value)
            if _usable(url, page_url):
                out.append((route, endpoint_for(url)))
    return out
