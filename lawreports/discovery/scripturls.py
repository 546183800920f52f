"""Data URLs a page's script builds at run time, read off the script text.

Two kinds of script-drawn pages need them. A detail *shell* (`content.html?id=123`) holds only
its furniture and an empty `<div id="content">` that its script fills from
`$.getJSON('/api/article/detail?id=' + getQueryString('id'))`: the URL is that expression
with the page's own query parameter put in. A *hash-routed* catalogue (`/gkmlpt/index#2615`)
lists each column from `'/gkmlpt/api/all/' + catid + '?page=' + page + '&sid=' + SID`, where
`catid` comes from `location.hash`: one list URL per route the page links to.

An expression is read as the browser would build it: string and template literals, variables
given a literal (`var SID = '763125'`) or a reader of the page's query
(`new URLSearchParams(location.search).get('id')`, `location.search.split('=')[1]`), the page
number, the route key. A call's data object (`$.ajax({url: …, type: 'POST', data: {id: id}})`,
`$.getJSON(url, {id: id})`, `axios.get(url, {params: {…}})`) is read alike: into the URL's
query, or the form a POST sends. A single-page app's hash route is part of the page's query:
`#/detail?id=123`, and `#/article/123` of a route `{path: '/article/:id'}`. Anything else
leaves the URL unread: the caller then knows the page needs the browser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from lawreports.discovery.jsonapi import Endpoint, LinkTemplate, endpoint_for, inline_records
from lawreports.discovery.queries import encoded_query, query_pairs
from lawreports.discovery.scriptcalls import inline_scripts
from lawreports.discovery.vocabulary import (
    COUNTER_ENDPOINT_HINTS,
    DATA_CALLS,
    DETAIL_ENDPOINT_HINTS,
    OPTIONS_CALLS,
    PAGE_PARAMS,
    POST_CALLS,
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
_READS_SEARCH = re.compile(r"location\s*\.\s*(?:search|href)|document\s*\.\s*URL")
_OBJECT_KEY = re.compile(r"""^\s*(["']?)([\w$]+)\1\s*$""")
# A router's route with parameters: `{path: '/article/:id', component: Detail}`.
_ROUTE_PATH = re.compile(r"""\bpath\s*:\s*(["'`])(/[^"'`\s]*:[A-Za-z_][^"'`\s]*)\1""")
# Keys of a request's options (`fetch(url, {method, body})`), not of the data it sends.
REQUEST_OPTION_KEYS = frozenset(
    {"method", "headers", "body", "credentials", "mode", "timeout", "responseType", "signal"}
)
_ROUTE_PARAM = re.compile(r":([A-Za-z_]\w*)\??")


@lru_cache(maxsize=1)
def _call_starts() -> re.Pattern[str]:
    return re.compile("|".join(DATA_CALLS))


@lru_cache(maxsize=1)
def _options_starts() -> re.Pattern[str]:
    return re.compile("|".join(OPTIONS_CALLS))


@lru_cache(maxsize=1)
def _post_call() -> re.Pattern[str]:
    return re.compile("|".join(POST_CALLS))


@dataclass(frozen=True)
class DataCall:
    """A request a page's script makes for its data: a GET with its data in the URL, or a POST
    of a form."""

    url: str
    method: str = "GET"
    formdata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Call:
    script: str
    url: str
    method: str
    data: str | None  # the data object's expression (`{id: id}`), when the call sends one


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
    # A page function's parameters, given the literal arguments a handler calls it with.
    bound: dict[str, str | None] | None = None


# --- reading the script -----------------------------------------------------------------------
def _argument(script: str, start: int) -> str:
    """The expression from `start` to the `,` `)` `}` or `;` that ends it (strings and nested
    brackets skipped)."""
    end = _argument_end(script, start)
    return script[start:end].strip() if end >= 0 else ""


def _code(script: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The script's characters from `start` to `end` outside string literals, with their
    places; (-1, "") where a string does not close by `end`."""
    at = start
    while at < end:
        char = script[at]
        if char in "\"'`":
            close = script.find(char, at + 1, end)
            if close < 0:
                yield -1, ""
                return
            at = close + 1
            continue
        yield at, char
        at += 1


def _argument_end(script: str, start: int) -> int:
    """Where the expression starting at `start` ends; -1 when it runs past MAX_EXPRESSION."""
    depth = 0
    for at, char in _code(script, start, min(len(script), start + MAX_EXPRESSION)):
        if at < 0:
            return -1
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return at
            depth -= 1
        elif char in ",;" and depth == 0:
            return at
    return -1


def _object(expr: str) -> dict[str, str] | None:
    """An object literal's keys and value expressions (`{id: id, 'siteId': '12', page}`);
    None when `expr` is not one."""
    expr = expr.strip()
    if not (expr.startswith("{") and expr.endswith("}")):
        return None
    out: dict[str, str] = {}
    for part in _split_top(expr[1:-1], ","):
        if not part:
            continue
        key, colon, value = part.partition(":")
        name = _OBJECT_KEY.match(key)
        if name is None:
            return None
        out[name.group(2)] = value.strip() if colon else name.group(2)  # `{id}` is `{id: id}`
    return out


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
        # The value the page has, not a default: a later reader (`params.id || query.id`) is
        # tried when the first cannot be read, a literal (`|| 0`) never.
        for alternative in alternatives:
            if alternative is not alternatives[0] and _is_literal(alternative):
                break
            value = _piece(alternative, ctx, depth, before)
            if value is not None:
                return value
        return None
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
    if _READS_SEARCH.search(piece):
        return _search_value(piece, ctx)
    call = _CALL.match(piece)
    if call is not None:
        if call["name"].split(".")[-1] in URL_WRAPPER_CALLS:
            return _evaluate(call["args"], ctx, depth + 1)
        return None
    if _IDENT.match(piece):
        return _variable(piece, ctx, depth, before)
    return None


def _is_literal(piece: str) -> bool:
    return piece.isdigit() or _STRING.fullmatch(piece) is not None or piece in ("[]", "{}", "null")


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


def _search_value(piece: str, ctx: _Context) -> str | None:
    """The page's query read by hand: `location.search.match(/[?&]id=(\\d+)/)[1]` names its
    parameter (`id=`); `location.search.split('=')[1]` reads the only one there is."""
    named = [name for name in ctx.query if re.search(rf"(?<![\w]){re.escape(name)}=", piece)]
    if len(named) == 1:
        ctx.used_query = True
        return ctx.query[named[0]]
    if len(ctx.query) == 1 and not named:
        ctx.used_query = True
        return next(iter(ctx.query.values()))
    return None


def _variable(name: str, ctx: _Context, depth: int, before: str) -> str | None:
    last = re.split(r"\s*\.\s*", name)[-1]
    if ctx.bound is not None and name in ctx.bound:
        return ctx.bound[name]
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
    for call in _data_calls(html_text):
        yield call.script, call.url


def _data_calls(html_text: str) -> Iterator[_Call]:
    """Each data call of the page's inline scripts: its URL expression, method and data."""
    for script in inline_scripts(html_text):
        for match in _call_starts().finditer(script):
            end = _argument_end(script, match.end())
            expr = script[match.end() : end].strip() if end >= 0 else ""
            if not expr or expr.startswith(("{", "[")):
                continue
            post = _post_call().fullmatch(match.group().strip()) is not None
            yield _Call(script, expr, "POST" if post else "GET", _second_argument(script, end))
        for match in _options_starts().finditer(script):
            call = _options_call(script, _argument(script, match.end()))
            if call is not None:
                yield call


def _second_argument(script: str, end: int) -> str | None:
    """The data object a call passes after its URL (`$.getJSON(url, {id: id}, cb)`); an
    axios config's `params` (`axios.get(url, {params: {id: id}})`)."""
    if end < 0 or script[end] != ",":
        return None
    data = _argument(script, end + 1)
    fields = _object(data)
    if fields is None:
        return None
    if "params" in fields:
        return fields["params"]
    return None if fields.keys() & REQUEST_OPTION_KEYS else data


def _options_call(script: str, options: str) -> _Call | None:
    """`$.ajax({url: …, type: 'POST', data: {…}})`, `axios({url, method, params})`."""
    fields = _object(options)
    if fields is None or "url" not in fields:
        return None
    method = _STRING.fullmatch(fields.get("type") or fields.get("method") or "''")
    verb = (method.group(2) if method else "").upper() or "GET"
    data = fields.get("data") or fields.get("params")
    return _Call(script, fields["url"], "POST" if verb == "POST" else "GET", data)


def _call_data(call: _Call, ctx: _Context) -> list[tuple[str, str]] | None:
    """The data a call sends, each value read; None when one cannot be read. A data object
    given to a variable (`data: params` after `var params = {…}`) is followed."""
    if call.data is None:
        return []
    expr = call.data
    if _IDENT.match(expr):
        expr = _assigned(call.script, expr) or ""
    fields = _object(expr)
    if fields is None:
        return None
    out = []
    for key, value_expr in fields.items():
        value = _evaluate(value_expr, ctx)
        if value is None:
            return None
        out.append((key, value))
    return out


def _usable(url: str, page_url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https")
        and not _STATIC.search(parts.path)
        and url.partition("#")[0] != page_url.partition("#")[0]
    )


# --- shells: pages whose script asks for their data with their own query -----------------------
def page_query(html_text: str, page_url: str) -> dict[str, str]:
    """What the page's script can read as its query: the URL's, a hash route's
    (`#/detail?id=123`), and the parameters of the router's route the hash path matches
    (`#/article/123` of `{path: '/article/:id'}`)."""
    parts = urlsplit(page_url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    route = parts.fragment.lstrip("!")
    if not route.startswith("/"):
        return query
    path, _, route_query = route.partition("?")
    query.update(parse_qsl(route_query, keep_blank_values=True))
    for script in inline_scripts(html_text):
        for match in _ROUTE_PATH.finditer(script):
            params = _route_match(match.group(2), path)
            if params:
                query.update(params)
                return query
    return query


def _route_match(pattern: str, path: str) -> dict[str, str] | None:
    parts = re.split(r"(:[A-Za-z_]\w*\??)", pattern)
    regex = "".join(
        f"(?P<{p[1:].rstrip('?')}>[^/?]+)" if _ROUTE_PARAM.fullmatch(p) else re.escape(p)
        for p in parts
    )
    try:
        found = re.fullmatch(regex, path)
    except re.error:  # a parameter named twice
        return None
    return found.groupdict() if found else None


def _query_built(html_text: str, page_url: str) -> list[DataCall]:
    """Requests the page's data calls build with the page's own query parameters."""
    query = page_query(html_text, page_url)
    if not query:
        return []
    found: dict[DataCall, None] = {}
    for call in _data_calls(html_text):
        ctx = _Context(call.script, query)
        value = _evaluate(call.url, ctx)
        data = _call_data(call, ctx) if value is not None else None
        if value is None or data is None or not ctx.used_query:
            continue
        url = urljoin(page_url, value)
        if not _usable(url, page_url):
            continue
        if call.method == "POST":
            found.setdefault(DataCall(url, "POST", tuple(data)), None)
        else:
            found.setdefault(DataCall(_with_query(url, data)), None)
    return list(found)


def _with_query(url: str, data: list[tuple[str, str]]) -> str:
    if not data:
        return url
    parts = urlsplit(url)
    query = query_pairs(parts.query) + data
    return urlunsplit(parts._replace(query=encoded_query(query), fragment=""))


def detail_calls(html_text: str, page_url: str) -> list[DataCall]:
    """Requests a detail shell's script fetches its content with, built with the page's own
    query parameters; content-like ones (`/api/article/detail`) first, counters (`/visit`)
    last."""
    return sorted(_query_built(html_text, page_url), key=lambda call: _detail_rank(call.url))


def detail_endpoints(html_text: str, page_url: str) -> list[str]:
    """The URLs of `detail_calls`."""
    return [call.url for call in detail_calls(html_text, page_url)]


def list_endpoints(html_text: str, page_url: str) -> list[Endpoint]:
    """List APIs a column shell (`list.html?deptId=sfj&catId=fzzfjs`) calls with its own query
    values, at their first page: `'/api/dept/articles?deptId=' + getQueryString('deptId') +
    … + '&page=' + page` asked as the page would ask it, not with a placeholder."""
    return [
        endpoint_for(call.url)
        for call in _query_built(html_text, page_url)
        if call.method == "GET"
    ]


def _detail_rank(url: str) -> int:
    path = urlsplit(url).path.lower()
    if any(re.search(hint, path) for hint in COUNTER_ENDPOINT_HINTS):
        return 2
    if any(re.search(hint, path) for hint in DETAIL_ENDPOINT_HINTS):
        return 0
    return 1


def may_route(html_text: str) -> bool:
    """Cheap test on the raw HTML: a single-page app with hash routes (`#/detail?id=1`,
    `this.$route.query.id`, a router's `{path: '/article/:id'}`)."""
    return (
        "$route" in html_text
        or "#/" in html_text
        or "#!/" in html_text
        or _ROUTE_PATH.search(html_text) is not None
    )


# --- links a list's template makes from a record ---------------------------------------------
# A bound attribute of a template (`:to="'/article/' + a.id"`, `v-bind:href="…"`), and an anchor a
# script writes (`'<a href="#/detail?id=' + a.id + '">'`).
_BOUND_LINK = re.compile(r"""(?:v-bind)?:(?P<attr>href|to)\s*=\s*(["'])(?P<expr>.*?)\2""", re.S)
_WRITTEN_LINK = re.compile(
    r"""href=\\?(["'])(?P<prefix>[^"'+<>\s]*)\\?(["'])\s*\+\s*(?P<field>[\w$]+\s*\.\s*[\w$]+)"""
    r"""\s*\+\s*(["'])(?P<suffix>[^"'<>\s]*)"""
)
_RECORD_FIELD = re.compile(r"^[\w$]+\s*(?:\.\s*([\w$]+)|\[\s*[\"']([\w$]+)[\"']\s*\])$")
_HISTORY_MODE = re.compile(r"""mode\s*:\s*["']history["']|createWebHistory""")


def link_templates(html_text: str) -> tuple[LinkTemplate, ...]:
    """How the page links a list's records when its API gives ids, not URLs: a router-link's
    `:to="'/article/' + a.id"` (a route: `#/article/…` unless the router is in history mode),
    `:href="`/tzgg/${n.docId}.html`"`, a script's `'<a href="#/detail?id=' + a.id + '">'`."""
    found: dict[LinkTemplate, None] = {}
    hashed = _HISTORY_MODE.search(html_text) is None
    for match in _BOUND_LINK.finditer(html_text):
        template = _template_of(html.unescape(match["expr"]).strip())
        if template is None:
            continue
        if match["attr"] == "to" and hashed and template.prefix.startswith("/"):
            template = LinkTemplate("#" + template.prefix, template.key, template.suffix)
        found.setdefault(template, None)
    for script in inline_scripts(html_text):
        for written in _WRITTEN_LINK.finditer(script):
            field = _RECORD_FIELD.match(written["field"])
            if field is not None and written["prefix"]:
                key = field.group(1) or field.group(2)
                found.setdefault(LinkTemplate(written["prefix"], key, written["suffix"]), None)
    return tuple(found)


def _template_of(expr: str) -> LinkTemplate | None:
    """`'/article/' + a.id + '.html'`, `` `/article/${a.id}` ``, `{path: '/detail', query: {id:
    a.id}}`: one record field between literals."""
    fields = _object(expr)
    if fields is not None:
        path, query = _STRING.fullmatch(fields.get("path", "")), _object(fields.get("query", "{}"))
        if path is None or query is None or len(query) != 1:
            return None
        ((name, value),) = query.items()
        inner = _template_of(value)
        return LinkTemplate(f"{path.group(2)}?{name}=", inner.key) if inner else None
    if expr.startswith("`") and expr.endswith("`"):
        parts = _TEMPLATE_PART.split(expr[1:-1])  # literal, field, literal, …
        pieces = [f"'{p}'" if i % 2 == 0 else p for i, p in enumerate(parts) if p]
        expr = " + ".join(pieces)
    prefix, suffix, key = "", "", None
    for piece in _split_top(expr, "+"):
        literal = _STRING.fullmatch(piece)
        field = _RECORD_FIELD.match(piece)
        if literal is not None:
            if key is None:
                prefix += literal.group(2)
            else:
                suffix += literal.group(2)
        elif field is not None and key is None:
            key = field.group(1) or field.group(2)
        else:
            return None
    if key is None or not prefix:
        return None
    return LinkTemplate(prefix, key, suffix)


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


# --- page functions a handler calls -------------------------------------------------------------
# A named function of the page's script: `function showList(id) {`, `showList = function (id) {`.
_PAGE_FUNCTION = re.compile(
    r"""(?:\bfunction\s+(?P<a>[A-Za-z_$][\w$]*)"""
    r"""|(?<![\w$])(?P<b>[A-Za-z_$][\w$]*)\s*[:=]\s*function)\s*\((?P<params>[^()]*)\)\s*\{"""
)
# How a function body leaves for another page: `location.href = …`, `window.location = …`,
# `location.replace(…)`, `window.open(…)`, or loads one into the page (`$('#list').load(…)`).
_NAVIGATES = re.compile(
    r"""\blocation(?:\s*\.\s*href)?\s*=(?!=)|\blocation\s*\.\s*(?:replace|assign)\s*\("""
    r"""|\bwindow\s*\.\s*open\s*\(|\.\s*load\s*\("""
)
# A call in a handler (`showList('1205')`, `javascript:openArt(12, this);return false`).
_HANDLER_CALL = re.compile(r"(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*\(")
# A function body longer than this is not read (a minified bundle); functions read per page.
MAX_FUNCTION_BODY = 3000
MAX_PAGE_FUNCTIONS = 200


@dataclass(frozen=True)
class PageFunction:
    """A named function of a page's script: the script it is in, its parameters, its body."""

    script: str
    params: tuple[str, ...]
    body: str


@lru_cache(maxsize=4)
def page_functions(html_text: str) -> dict[str, PageFunction]:
    """The named functions of the page's inline scripts, by name; the last one written wins,
    as in the browser.

    Cached: a catalogue tree's every node, a pager's every link calls one of a few functions."""
    out: dict[str, PageFunction] = {}
    for script in inline_scripts(html_text):
        if "function" not in script:
            continue
        for match in _PAGE_FUNCTION.finditer(script):
            end = _block_end(script, match.end() - 1)
            if end < 0:
                continue
            body = script[match.end() : end]
            params = tuple(p.strip() for p in match["params"].split(",") if p.strip())
            out[match["a"] or match["b"]] = PageFunction(script, params, body)
            if len(out) >= MAX_PAGE_FUNCTIONS:
                return out
    return out


def _block_end(script: str, start: int, brackets: str = "{}") -> int:
    """Where the bracket at `start` closes (strings skipped); -1 past MAX_FUNCTION_BODY."""
    opening, closing = brackets[0], brackets[1]
    depth = 0
    for at, char in _code(script, start, min(len(script), start + MAX_FUNCTION_BODY)):
        if at < 0:
            return -1
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return at
    return -1


def handler_target(html_text: str, code: str) -> str | None:
    """Where a handler's call of one of the page's functions goes (`onclick="showList('1205')"`
    with `function showList(id){ location.href = '/xxgk/list.jsp?catId=' + id; }`): the
    function's navigation expression read with its parameters given the call's literal
    arguments (a parameter given anything else, or none, leaves it unread). None when the
    handler calls no such function or its target cannot be read."""
    if "(" not in code:
        return None
    functions = page_functions(html_text)
    if not functions:
        return None
    for call in _HANDLER_CALL.finditer(code):
        function = functions.get(call["name"])
        if function is None or not _NAVIGATES.search(function.body):
            continue
        end = _block_end(code, call.end() - 1, "()")
        if end < 0:
            return None
        args = [_literal(arg) for arg in _split_top(code[call.end() : end], ",")]
        bound = {p: (args[i] if i < len(args) else None) for i, p in enumerate(function.params)}
        return _navigation(function, bound)
    return None


def _literal(expr: str) -> str | None:
    literal = _STRING.fullmatch(expr.strip())
    if literal is not None:
        return literal.group(2)
    return expr.strip() if expr.strip().isdigit() else None


def _navigation(function: PageFunction, bound: dict[str, str | None]) -> str | None:
    for match in _NAVIGATES.finditer(function.body):
        expr = _argument(function.body, match.end())
        if not expr:
            continue
        value = _evaluate(expr, _Context(function.script, {}, bound=bound))
        if value and not value.startswith(("#", "javascript:")):
            return value.strip()
    return None
