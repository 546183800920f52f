"""Listings filled by script from a JSON API: find the endpoint in the page's own script
(`fetch('/api/…?page=1')`, `$.ajax({url: …})`, `$.getJSON(…)`, `axios.get(…)`) or the records in
an inline array (`var itemObj = [{…}]`), and read title/url pairs out of whatever JSON comes back.
An API asked by POST (`$.ajax({type: 'POST', data: JSON.stringify({…})})`, `$.post(url, {…})`)
is asked as its script asks it: the page number in its form or JSON body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lawreports.discovery.queries import encoded_query, query_pairs
from lawreports.discovery.vocabulary import (
    HIT_COUNTER_PATH_WORDS,
    HIT_COUNTER_TARGETS,
    JSON_PAGE_SIZE_KEYS,
    JSON_TITLE_KEYS,
    JSON_TOTAL_PAGE_KEYS,
    JSON_TOTAL_RECORD_KEYS,
    JSON_URL_KEYS,
    LIST_ENDPOINT_WORDS,
    PAGE_PARAMS,
    PLACEHOLDER_PAGE_URL,
)

_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
_AJAX = re.compile(r"""\$\.ajax\(\s*\{[^}]*?\burl\s*:\s*([`"'])(?P<url>[^`"']+)\1""", re.S)
_GET_CALL = re.compile(r"""\$\.(?:get|getJSON)\(\s*([`"'])(?P<url>[^`"']+)\1""")
_CALLS = (
    re.compile(r"""\bfetch\(\s*([`"'])(?P<url>[^`"']+)\1"""),
    _GET_CALL,
    re.compile(r"""\$\.post\(\s*([`"'])(?P<url>[^`"']+)\1"""),
    re.compile(r"""\baxios(?:\.(?:get|post))?\(\s*([`"'])(?P<url>[^`"']+)\1"""),
    re.compile(r"""\.open\(\s*["'](?:GET|POST)["']\s*,\s*([`"'])(?P<url>[^`"']+)\1""", re.I),
    _AJAX,
)
_AJAX_DATA = re.compile(r"""\bdata\s*:\s*\{([^{}]*)\}""")
_POST_CALL = re.compile(r"""\$\.post\(|\baxios\.post\(""")
# An options object's method (`type: 'POST'`, `method: "post"`) and a JSON content type.
_OPTION_METHOD = re.compile(r"""\b(?:type|method)\s*:\s*["'](\w+)["']""")
_JSON_CONTENT = re.compile(r"""\bcontentType\s*:\s*["'][^"']*json""", re.I)
# The data an options object sends: `data: {…}`, `data: JSON.stringify({…})`, fetch's `body:`
# (`JSON.stringify({…})`, `new URLSearchParams({…})`).
_OPTION_DATA = re.compile(
    r"""\b(?:data|body)\s*:\s*(?P<wrap>JSON\.stringify|new\s+URLSearchParams)?\(?\s*\{(?P<fields>[^{}]*)\}"""
)
# A function's head: `function loadPage(n)`, `loadPage = function (n)`, `load: function (n)`,
# `const load = (n) =>`; its name and parameters.
_FUNCTION_HEAD = re.compile(
    r"""function\s*(?P<a>[\w$]*)\s*\((?P<pa>[^()]*)\)"""
    r"""|(?P<b>[\w$]+)\s*[:=]\s*function\s*\((?P<pb>[^()]*)\)"""
    r"""|(?P<c>[\w$]+)\s*=\s*(?:\((?P<pc>[^()]*)\)|(?P<pd>[\w$]+))\s*=>"""
)
# A call's argument that names the first page or nothing: no pager asks with it.
_FIRST_PAGE_ARGUMENT = re.compile(r"^\s*[01]?\s*$")
# `$.get(url, {…})`/`$.getJSON(url, {…})`: the data object right after the URL.
_CALL_DATA = re.compile(r"""\s*,\s*\{([^{}]*)\}""")
_LITERAL_PAIR = re.compile(r"""["']?(\w+)["']?\s*:\s*(?:["']([^"']*)["']|(\d+))""")
# A data field given a variable (`pageNo: pageNo`): a page counter when the script steps it.
_VARIABLE_PAIR = re.compile(r"""["']?(\w+)["']?\s*:\s*([A-Za-z_$][\w$]*)\s*(?=[,}]|$)""")
_INLINE_ARRAY = re.compile(r"""\bvar\s+\w+\s*=\s*(\[\s*\{.*?\}\s*\])\s*;""", re.S)
_TEMPLATE_VAR = re.compile(r"\$\{[^}]*\}|\"\s*\+\s*\w+\s*\+\s*\"|'\s*\+\s*\w+\s*\+\s*'")
_STATIC = re.compile(r"\.(?:js|css|png|jpe?g|gif|svg|html?|shtml)(?:$|\?)", re.I)
_PAGE_KEY = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# One call's arguments or one object literal, without nesting; the string literals in it.
# One call's arguments, or one object literal, which may hold one level of braces: a zTree
# node's handler written as a function (`click: function(){ openCol('/col/col91/…'); }`).
_LITERAL_GROUP = re.compile(r"\(([^()]{0,600})\)|\{((?:[^{}]|\{[^{}]{0,300}\}){0,600})\}")
_INNER_OBJECT = re.compile(r"\{([^{}]{0,300})\}")
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n])*)\1""")
# A message the script shows the user: its words are no record's name.
_MESSAGE_CALL = re.compile(
    r"""\b(?:alert|confirm|prompt)\(\s*(["'])(?:\\.|(?!\1)[^\\\n])*\1[^()]*\)"""
)
# A file extension alone (`'.html'`), the tail of a URL built at run time: no URL.
_BARE_EXTENSION = re.compile(r"^\.\w+$")
_URLISH = re.compile(
    r"^(?:https?://|/|\./|\.\./|#!?/\w)|\.s?html?(?:$|\?)|\.htm$|\.jsp|\.do\b", re.I
)


_COUNTER_WORD = re.compile(rf"(?:^|_)(?:{'|'.join(HIT_COUNTER_PATH_WORDS)})(?:$|_)")
_LIST_WORD = re.compile(rf"(?:^|_)(?:{'|'.join(LIST_ENDPOINT_WORDS)})(?:$|_)")
_PATH_WORD_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+")
# An element a call's answer is written into: `$('#hits').text(…)`,
# `getElementById('x').innerHTML =`.
_FILLED_ELEMENT = re.compile(
    r"""(?:\$|jQuery)\(\s*["'][#.](?P<a>[\w-]+)["']\s*\)\s*\.(?:text|html|val)\("""
    r"""|getElementById\(\s*["'](?P<b>[\w-]+)["']\s*\)\s*\.(?:innerHTML|innerText|textContent)\s*="""
)
_COUNTER_TARGET = re.compile("|".join(HIT_COUNTER_TARGETS))
_PLACEHOLDER_URL = re.compile(PLACEHOLDER_PAGE_URL, re.I)


@dataclass(frozen=True)
class LinkTemplate:
    """How the page that lists a record makes its link when the API gives only its id:
    `'/article/' + a.id` is prefix `/article/`, key `id`."""

    prefix: str
    key: str
    suffix: str = ""


QUERY, FORM, JSON_BODY = "query", "form", "json"


@dataclass(frozen=True)
class Endpoint:
    """A JSON list API: its first-page URL and the key that pages it (if any); `links`: the
    listing page's templates for records without a URL. A POST sends `fields` as a `body` of
    FORM or JSON_BODY, the page key among them; a GET (`body` QUERY) has its fields in `url`."""

    url: str
    page_key: str | None
    first_page: int
    links: tuple[LinkTemplate, ...] = ()
    method: str = "GET"
    body: str = QUERY
    fields: tuple[tuple[str, str | int], ...] = ()

    @property
    def key(self) -> str:
        """What tells endpoints apart: a GET's URL, a POST's URL and fields."""
        if self.body == QUERY:
            return self.url
        return f"{self.method} {self.url} {self.body} {urlencode(self.fields)}"


@dataclass(frozen=True)
class ApiCall:
    """One page's request of a list API: a GET of `url`, or a POST of `form` or `json`."""

    url: str
    method: str = "GET"
    form: dict[str, str] | None = None
    json: dict[str, str | int] | None = None


@dataclass(frozen=True)
class Record:
    title: str
    url: str


def _with_query(url: str, extra: dict[str, str]) -> str:
    """The URL with `extra` set in its query, its other pairs' bytes as written."""
    parts = urlsplit(url)
    query = dict(query_pairs(parts.query))
    query.update(extra)
    return urlunsplit(parts._replace(query=encoded_query(query.items())))


def _ajax_data(
    script: str, start: int, *, after_url: bool = False, context: str = ""
) -> dict[str, str]:
    """The literal fields of a call's data object (`$.ajax({…, data: {…}})`, or with
    `after_url` the `{…}` argument right after a `$.get` URL), and a page counter given as a
    variable at the value it starts from (`pageNo: pageNo`, see `_page_variable_start`)."""
    found = (
        _CALL_DATA.match(script, start)
        if after_url
        else _AJAX_DATA.search(script, start, start + 600)
    )
    if not found:
        return {}
    fields = _object_fields(found.group(1), script, start, context)
    return {key: str(value) for key, value in fields.items()}


def _object_fields(text: str, script: str, start: int, context: str) -> dict[str, str | int]:
    """The fields of a data object's text, typed as written (`'a'` a string, `15` a number),
    and a page field given as a variable at the page it starts from (`_page_variable_start`)."""
    fields: dict[str, str | int] = {
        k: s if not n else int(n) for k, s, n in _LITERAL_PAIR.findall(text)
    }
    for key, name in _VARIABLE_PAIR.findall(text):
        if key in fields:
            continue
        if not _PAGE_KEY.match(key):
            constant = _script_constant(script, name)
            if constant is not None:
                fields[key] = constant
            continue
        first = _page_variable_start(script, name, start, context)
        if first is not None:
            fields[key] = first
    return fields


def _script_constant(script: str, name: str) -> str | int | None:
    """The literal a script declares a variable with and never assigns again (`var channelId =
    '5c1e…'`, `var size = 15`), typed as written; None for anything else."""
    var = re.escape(name)
    assigned = re.findall(rf"(?<![\w$.]){var}\s*(?:[-+*/]?=(?!=)|\+\+|--)", script)
    if len(assigned) != 1 or re.search(rf"(?:\+\+|--)\s*{var}(?![\w$])", script):
        return None
    declared = re.search(
        rf"""\b(?:var|let|const)\s+{var}\s*=\s*(?:(\d+)|(["'])([^"'\n]*)\2)\s*(?:[;,\n]|$)""",
        script,
    )
    if declared is None:
        return None
    return int(declared.group(1)) if declared.group(1) else declared.group(3)


def _page_variable_start(script: str, name: str, start: int, context: str) -> int | None:
    """The page a variable page field starts from: a counter the script steps (see
    `_counter_start`), or 1 for the parameter of a function a pager calls with other pages
    (`_pager_parameter`); None for anything else (a constant, a function called once)."""
    first = _counter_start(script, name)
    if first is None and _pager_parameter(script, name, start, context):
        return 1
    return first


def _counter_start(script: str, name: str) -> int | None:
    """The value a page counter starts from, when the script steps it (`pageNo++`, `++page`,
    `page += 1`, `page = page + 1`: a 加载更多 button's handler): its literal start (`var pageNo
    = 1`), else 1. None for a variable never stepped (a function's parameter, a constant)."""
    var = re.escape(name)
    stepped = re.search(
        rf"(?<![\w$.]){var}\s*(?:\+\+|\+=\s*1\b|=\s*{var}\s*\+\s*1\b)|\+\+\s*{var}(?![\w$])",
        script,
    )
    if stepped is None:
        return None
    start = re.search(rf"(?<![\w$.]){var}\s*=\s*(\d+)\s*[,;\n]", script)
    return int(start.group(1)) if start else 1


def _pager_parameter(script: str, name: str, start: int, context: str) -> bool:
    """`name` is the parameter of the function whose call at `start` sends it (`function
    loadPage(n) { $.ajax({… pageNo: n …}) }`), and that function is called, in the script or
    in `context` (the page, whose buttons say `onclick="goPage(2)"`), with another page than
    the first (`loadPage(curPage + 1)`): the page a pager asks for."""
    function = None
    for head in _FUNCTION_HEAD.finditer(script, 0, start):
        params = head["pa"] or head["pb"] or head["pc"] or head["pd"] or ""
        if name in (p.strip() for p in params.split(",")):
            function = head["a"] or head["b"] or head["c"]
    if not function:
        return False
    call = re.compile(rf"(?<![\w$]){re.escape(function)}\s*\(((?:[^()]|\([^()]*\))*)\)")
    for found in call.finditer(context or script):
        defined = re.search(
            r"function\s*$", (context or script)[max(0, found.start() - 12) : found.start()]
        )
        if not defined and not _FIRST_PAGE_ARGUMENT.match(found.group(1)):
            return True
    return False


def find_endpoints(html_text: str, page_url: str) -> list[Endpoint]:
    """JSON endpoints named in the page's inline scripts, resolved against the page."""
    out: dict[str, Endpoint] = {}
    attributes: dict[str, str] | None = None
    for script in _SCRIPT.findall(html_text):
        if attributes is None and "+" in script:
            attributes = data_attributes(html_text)
        for endpoint in script_endpoints(script, page_url, attributes or {}, context=html_text):
            out.setdefault(endpoint.key, endpoint)
    return list(out.values())


def script_endpoints(
    script: str, page_url: str, attributes: dict[str, str], *, context: str = ""
) -> list[Endpoint]:
    """JSON endpoints a script calls, resolved against the page that runs it; `attributes`:
    the page's `data-*` attributes, which a script reads its list's parameters from
    (`list.getAttribute('data-cat')`); `context`: the page holding the script, whose pager
    calls its functions (`onclick="goPage(2)"`)."""
    out: dict[str, Endpoint] = {}
    for pattern in _CALLS:
        for match in pattern.finditer(script):
            raw = _chained_url(script, match, attributes)
            if raw is None:
                raw = _TEMPLATE_VAR.sub("1", match["url"]).strip()
                if raw.endswith("="):  # `'…?page=' + page`: the script supplies the number
                    raw += "1"
            if not raw or _STATIC.search(urlsplit(raw).path):
                continue
            if counts_hits(raw) or _fills_counter(script, match.end()):
                continue
            posted = _posted_data(script, pattern, match)
            if posted is not None:
                endpoint = _post_endpoint(urljoin(page_url, raw), posted, script, match, context)
                out.setdefault(endpoint.key, endpoint)
                continue
            data = (
                _ajax_data(script, match.end(), after_url=pattern is _GET_CALL, context=context)
                if pattern is _AJAX or pattern is _GET_CALL
                else {}
            )
            url = _with_query(urljoin(page_url, raw), data)
            out.setdefault(url, endpoint_for(url))
    return list(out.values())


def counts_hits(url: str) -> bool:
    """A visit counter's URL (`/u/visit/hits?manuscriptId=…`, `/api/getClickCount.do`): its
    path names a count and no list. No list API, whatever it answers."""
    path = re.sub(r"\.\w+$", "", urlsplit(url).path)  # `getClickCount.do`: not the `do`
    words = _PATH_WORD_BREAK.sub("_", path).lower()
    return _COUNTER_WORD.search(words) is not None and _LIST_WORD.search(words) is None


def _fills_counter(script: str, start: int) -> bool:
    """The call whose arguments run on from `start` writes its answer only into elements named
    for a count (`function(d){$('#hits').text(d.count);}`): an article's hit counter."""
    rest = _call_rest(script, start)
    if "(" not in rest:
        return False
    targets = [m["a"] or m["b"] for m in _FILLED_ELEMENT.finditer(rest)]
    return bool(targets) and all(_COUNTER_TARGET.search(t.lower()) for t in targets)


def _call_rest(script: str, start: int) -> str:
    """The rest of a call's arguments from `start` to its closing parenthesis (or 600
    characters), string literals skipped over."""
    depth = 0
    quote = ""
    end = min(len(script), start + 600)
    for i in range(start, end):
        char = script[i]
        if quote:
            if char == quote and script[i - 1] != "\\":
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
            if depth < 0:
                return script[start:i]
    return script[start:end]


def _posted_data(
    script: str, pattern: re.Pattern[str], match: re.Match[str]
) -> tuple[str, str] | None:
    """How a call POSTs (FORM or JSON_BODY) and its data object's text: `$.ajax({type: 'POST',
    contentType: 'application/json', data: JSON.stringify({…})})`, `$.post(url, {…})` (a form),
    `axios.post(url, {…})` (JSON), `fetch(url, {method: 'POST', body: …})`. None for a GET."""
    head = match.group(0)
    if pattern is _AJAX:
        options = _braced(script, script.index("{", match.start()))
        return _posted_options(options, form_unless_json=True)
    if _POST_CALL.match(head):
        data = _CALL_DATA.match(script, match.end())
        body = FORM if head.startswith("$") else JSON_BODY
        return body, data.group(1) if data else ""
    if head.startswith("fetch"):
        after = re.match(r"\s*,\s*(?=\{)", script[match.end() :])
        if after is not None:
            return _posted_options(_braced(script, match.end() + after.end()))
    return None


def _posted_options(options: str, *, form_unless_json: bool = False) -> tuple[str, str] | None:
    """A POST's body kind and data text from its options object; None when it is no POST.
    jQuery posts a data object as a form unless told JSON; fetch's body says what it is."""
    method = _OPTION_METHOD.search(options)
    if method is None or method.group(1).upper() != "POST":
        return None
    data = _OPTION_DATA.search(options)
    wrap = (data["wrap"] or "") if data else ""
    if wrap.startswith("JSON") or (form_unless_json and _JSON_CONTENT.search(options)):
        body = JSON_BODY
    else:
        body = FORM
    return body, data["fields"] if data else ""


def _braced(script: str, start: int) -> str:
    """The `{…}` object literal opening at `start`, its nested braces and string literals
    skipped over (its end, or 2,000 characters, when it does not close)."""
    depth = 0
    quote = ""
    end = min(len(script), start + 2000)
    i = start
    while i < end:
        char = script[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return script[start : i + 1]
        i += 1
    return script[start:end]


def _post_endpoint(
    url: str, posted: tuple[str, str], script: str, match: re.Match[str], context: str
) -> Endpoint:
    """A POST endpoint: its data's fields, paged by the field named as a page with a number
    (or a page variable), else by a page key of its URL's query."""
    body, text = posted
    fields = _object_fields(text, script, match.start(), context)
    fields = dict(sorted(fields.items(), key=lambda field: text.find(field[0])))  # as written
    for key, value in fields.items():
        if _PAGE_KEY.match(key) and isinstance(value, int):
            return Endpoint(
                url, key, value, method="POST", body=body, fields=tuple(fields.items())
            )
    by_query = endpoint_for(url)
    return Endpoint(
        url,
        by_query.page_key,
        by_query.first_page,
        method="POST",
        body=body,
        fields=tuple(fields.items()),
    )


# One part of a URL built by concatenation: a string literal, a parenthesised expression
# (`(page + 1)`), or a name, a property or a call (`cat`, `opts.size`, `getId()`).
_CHAIN_PART = re.compile(
    r"""\s*(?:(["'])(?P<lit>(?:\\.|(?!\1)[^\\\n])*)\1"""
    r"""|(?P<expr>\((?:[^()]|\([^()]*\))*\)|[A-Za-z_$][\w$.]*(?:\([^()]*\))?|\d+))\s*"""
)
_LAST_KEY = re.compile(r"[?&]([\w.\[\]]+)=$")


def _chained_url(script: str, match: re.Match[str], attributes: dict[str, str]) -> str | None:
    """A call's URL written as a `+` chain (`'/api/list.do?catId=' + cat + '&pageIndex=' +
    (page + 1)`), each name given its value: a page key's the first page, a variable's its
    literal or the `data-*` attribute it reads. None when the URL is one literal, or when a
    part has no value to be found (the caller then reads the first literal)."""
    quote = match.start("url") - 1
    if not re.match(r"\s*\+", script[match.end("url") + 1 : match.end("url") + 8]):
        return None
    out = ""
    pos = quote
    while True:
        part = _CHAIN_PART.match(script, pos)
        if part is None:
            return None
        if part["expr"] is None:
            out += part["lit"]
        else:
            key = _LAST_KEY.search(out)
            value = "1" if key and _PAGE_KEY.match(key.group(1)) else None
            value = value or _expression_value(script, part["expr"], attributes)
            if value is None:
                return None
            out += value
        pos = part.end()
        if not script.startswith("+", pos):
            break
        pos += 1
    return out if script.startswith((")", ","), pos) else None


_ATTRIBUTE_READ = re.compile(
    r"""getAttribute\(\s*["'](?P<attr>data-[\w-]+)["']\s*\)|\.dataset\.(?P<prop>\w+)"""
)
_DEFAULT = re.compile(r"""\|\|\s*(?:(\d+)|["']([^"']*)["'])""")
_LITERAL_VALUE = re.compile(r"""^\s*(?:(\d+)|["']([^"'\n]*)["'])\s*$""")


def _expression_value(script: str, expr: str, attributes: dict[str, str]) -> str | None:
    """What a name or expression in a URL chain stands for, when the script says plainly:
    a number, a variable set to a literal, or a `data-*` attribute of the page it reads (with
    its `|| 15` default)."""
    if expr.isdigit():
        return expr
    read = _attribute_value(expr, attributes)
    if read is not None:
        return read
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", expr):
        return None
    name = re.escape(expr)
    for definition in re.finditer(rf"(?<![\w$.]){name}\s*=(?!=)\s*([^;,\n]+)", script):
        value = definition.group(1)
        literal = _LITERAL_VALUE.match(value)
        if literal:
            return literal.group(1) or literal.group(2)
        read = _attribute_value(value, attributes)
        if read is not None:
            return read
    return None


def _attribute_value(expr: str, attributes: dict[str, str]) -> str | None:
    read = _ATTRIBUTE_READ.search(expr)
    if read is None:
        return None
    attr = read["attr"] or "data-" + re.sub(r"[A-Z]", lambda m: "-" + m[0].lower(), read["prop"])
    value = attributes.get(attr)
    if value is None:
        default = _DEFAULT.search(expr, read.end())
        return (default.group(1) or default.group(2)) if default else None
    return value


_DATA_ATTRIBUTE = re.compile(r"""\s(data-[\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def data_attributes(html_text: str) -> dict[str, str]:
    """The page's `data-*` attributes, each name's first value."""
    out: dict[str, str] = {}
    for name, double, single in _DATA_ATTRIBUTE.findall(html_text):
        out.setdefault(name.lower(), double or single)
    return out


def endpoint_for(url: str) -> Endpoint:
    """The endpoint of a first-page URL: paged by the query key that holds a page number."""
    for key, value in parse_qsl(urlsplit(url).query):
        if _PAGE_KEY.match(key) and value.isdigit():
            return Endpoint(url, key, int(value))
    return Endpoint(url, None, 1)


def page_url(endpoint: Endpoint, page: int) -> str:
    """An endpoint's page URL: its page key set in the query, unless a POST body holds it."""
    if endpoint.page_key is None or endpoint.page_key in dict(endpoint.fields):
        return endpoint.url
    return _with_query(endpoint.url, {endpoint.page_key: str(page)})


def page_call(endpoint: Endpoint, page: int) -> ApiCall:
    """The request of an endpoint's page: a GET of its page URL, or a POST of its fields with
    the page number written in (as a number in JSON, as the script sends it)."""
    url = page_url(endpoint, page)
    if endpoint.body == QUERY:
        return ApiCall(url, endpoint.method)
    fields = dict(endpoint.fields)
    if endpoint.page_key in fields:
        fields[endpoint.page_key] = page
    if endpoint.body == JSON_BODY:
        return ApiCall(url, endpoint.method, json=fields)
    return ApiCall(url, endpoint.method, form={k: str(v) for k, v in fields.items()})


def page_size(endpoint: Endpoint) -> int | None:
    """The page size an endpoint asks for (`pageSize: 15` in its body or query), if it says."""
    fields: dict[str, str | int] = dict(parse_qsl(urlsplit(endpoint.url).query))
    fields.update(endpoint.fields)
    return _count_of(fields, JSON_PAGE_SIZE_KEYS)


def inline_records(html_text: str) -> list[Record]:
    """Records from an inline `var itemObj = [{…}]` array, and from script literals that pair a
    name with a URL (a dTree `d.add(…)`, zTree nodes)."""
    out: list[Record] = []
    for script in _SCRIPT.findall(html_text):
        for raw in _INLINE_ARRAY.findall(script):
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            out += records(data)
        if "'" in script or '"' in script:
            out += literal_records(script)
    first: dict[str, Record] = {}
    for record in out:  # a JSON array's objects are script literals too: each URL once
        first.setdefault(record.url, record)
    return list(first.values())


def literal_records(script: str) -> list[Record]:
    """Catalogue trees drawn by script: one call's arguments or one object literal holding
    exactly one name and one URL, `d.add(215,200,'法治政府建设','list.jsp?catId=215','','list')`
    or `{id:215, name:"法治政府建设", url:"list.jsp?catId=215"}` (JavaScript, not JSON), the
    URL in any field (`link:`, `href:`) or in a handler (`click:"openCol('/col/col91/…')"`)."""
    out = []
    for group in _LITERAL_GROUP.finditer(script):
        if group.group(1) is not None:
            record = _literal_record(group.group(1))
            out += [record] if record is not None else []
        else:
            out += _object_records(group.group(2))
    return out


def _object_records(code: str) -> list[Record]:
    """An object literal's record; one that is none (a tree keyed by column, a node with its
    `children`) holds its records inside: its own fields read without its inner objects, then
    each inner object (`var tree = {"qtgk": [{name:'重点领域', url:…}, …]}`)."""
    record = _literal_record(code)
    if record is not None or "{" not in code:
        return [record] if record is not None else []
    own = _literal_record(_INNER_OBJECT.sub("", code))
    inner = [_literal_record(match.group(1)) for match in _INNER_OBJECT.finditer(code)]
    return [r for r in (own, *inner) if r is not None]


def _literal_record(code: str) -> Record | None:
    """Exactly one name and one URL among the literal's strings, else None."""
    strings = _strings(code)
    names = [s for s in strings if _CJK.search(s) and not _URLISH.search(s) and "<" not in s]
    urls = [
        s
        for s in strings
        if _page_url_value(s) and " " not in s.strip() and not _BARE_EXTENSION.match(s.strip())
    ]
    if len(names) == 1 and len(urls) == 1:
        return Record(names[0].strip(), urls[0].strip())
    return None


def _strings(code: str) -> list[str]:
    """The string literals of a piece of script that are whole values; a handler written as a
    string (a zTree node's `click:"openCol('/col/col91/index.html')"`) stands for the literals
    inside it. A message for the user (`alert('请输入正确的页码！')`) and a piece of a `+`
    chain (`'more_' + n + '.html'`, a URL built at run time) are no record's name or URL."""
    out = []
    code = _MESSAGE_CALL.sub("()", code)
    for match in _STRING.finditer(code):
        literal = match.group(2)
        if _in_chain(code, match.start(), match.end()):
            continue
        if "(" in literal and not _URLISH.search(literal):
            out += [inner for _, inner in _STRING.findall(literal)]
        else:
            out.append(literal)
    return out


def _in_chain(code: str, start: int, end: int) -> bool:
    """The literal at code[start:end] is joined to something by `+`."""
    return code[:start].rstrip().endswith("+") or code[end:].lstrip().startswith("+")


def parse_json(text: str) -> Any:
    """JSON, or JSONP `callback({…})`; None when it is neither."""
    body = text.strip()
    if body and body[0] not in "[{":
        start, end = body.find("("), body.rfind(")")
        if start < 0 or end < start:
            return None
        body = body[start + 1 : end]
    try:
        return json.loads(body)
    except ValueError:
        return None


def _pick(obj: dict[str, Any], keys: tuple[str, ...], accept: re.Pattern[str]) -> str | None:
    lowered = {k.lower(): v for k, v in obj.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, str) and accept.search(value):
            return value
    return None


def _templated(obj: dict[str, Any], templates: tuple[LinkTemplate, ...]) -> str | None:
    for template in templates:
        value = obj.get(template.key)
        if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
            continue
        return template.prefix + str(value).strip() + template.suffix
    return None


def _record(obj: dict[str, Any], templates: tuple[LinkTemplate, ...] = ()) -> Record | None:
    title = _pick(obj, JSON_TITLE_KEYS, _CJK)
    url = _pick(obj, JSON_URL_KEYS, _URLISH)
    if url is not None and _PLACEHOLDER_URL.search(url):  # a tree's parent node: no page
        url = None
    strings = [v for v in obj.values() if isinstance(v, str)]
    if title is None:
        title = max(
            (v for v in strings if _CJK.search(v) and not _URLISH.search(v)), key=len, default=None
        )
    if url is None:
        url = next((v for v in strings if _page_url_value(v)), None)
    if url is None and title:
        url = _templated(obj, templates)
    if title and url:
        return Record(re.sub(r"<[^>]+>", "", title).strip(), url)
    return None


def _page_url_value(value: str) -> bool:
    """A record's string that is the URL of a page: URL-shaped, no words, no placeholder."""
    return (
        _URLISH.search(value) is not None
        and not _CJK.search(value)
        and not _PLACEHOLDER_URL.search(value)
    )


def _dicts(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _dicts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _dicts(value)


def records(data: Any, templates: tuple[LinkTemplate, ...] = ()) -> list[Record]:
    """Every (title, url) record anywhere in a JSON document; a record with an id but no URL
    gets its link from the listing page's `templates`."""
    out = []
    for obj in _dicts(data):
        record = _record(obj, templates)
        if record is not None:
            out.append(record)
    return out


def _count_of(obj: dict[str, Any], keys: tuple[str, ...]) -> int | None:
    """The first positive whole number `obj` holds under one of `keys` (any letter case)."""
    lowered = {k.lower(): v for k, v in obj.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, bool):
            continue
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, int) and value > 0:
            return value
    return None


def record_pages(data: Any, size: int | None) -> int | None:
    """The page count a reply implies by its record count (`{"total": 73, "pageSize": 15}`),
    for an API that states no page count: its own page size, else `size` (the request's, or
    its first page's record count). None when it states no record count; a record's own
    numbers (a view count) are none."""
    for obj in _dicts(data):
        total = _count_of(obj, JSON_TOTAL_RECORD_KEYS)
        if total is None or _record(obj) is not None:
            continue
        per_page = _count_of(obj, JSON_PAGE_SIZE_KEYS) or size
        return -(-total // per_page) if per_page else None
    return None


def total_pages(data: Any) -> int | None:
    for obj in _dicts(data):
        lowered = {k.lower(): v for k, v in obj.items()}
        for key in JSON_TOTAL_PAGE_KEYS:
            value = lowered.get(key.lower())
            if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
                return int(value)
    return None
