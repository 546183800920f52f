"""Pages a page's own script loads or opens, read off the script text.

Portals draw boxes, tabs and catalogues by script: a tab's list loaded into a div
(`$('#tab3').load('/col/col123/list.html')`, `$.get('/zwgk/list.shtml', function (html) {…})`),
a frame whose source a script sets (`document.getElementById('xxgkFrame').src = '…'`), a
window opened on a fixed page. The call holds the page's URL as a string literal; what the page
is called is elsewhere: on the element the list fills, on the element that calls the function
the call is written in, or beside the call in the script (a string, a comment). This module
reads the calls and those pointers; links.py and frames.py look the names up on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lawreports.discovery.vocabulary import SCRIPT_PAGE_CALL_NAMES, SCRIPT_PAGE_CALLS

# Calls read on one page at most (a page of generated script is not read whole).
MAX_CALLS_READ = 60
_SCRIPT_TAG = re.compile(r"<script", re.I)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
# The literal right after the call: not a prefix the script goes on building (`'…?q=' + q`).
_LITERAL = re.compile(r"""\s*(["'])(?P<url>[^"'\\\n]*)\1(?!\s*\+)""")
# The element a call works on, written just before it: `$('#tab3')`, `getElementById('f')`,
# `frames['list']` (`.contentWindow` of a frame).
_RECEIVER = re.compile(
    r"""(?:(?:\$|jQuery)\(\s*["']#(?P<jq>[\w-]+)["']\s*\)"""
    r"""|getElementById\(\s*["'](?P<id>[\w-]+)["']\s*\)"""
    r"""|frames\[\s*["'](?P<fr>[\w-]+)["']\s*\])(?:\s*\.\s*contentWindow)?\s*$"""
)
# The element a `$.get` callback fills: `$('#list').html(html)`, `….innerHTML = html`.
_FILLED = re.compile(
    r"""(?:\$|jQuery)\(\s*["']#(?P<jq>[\w-]+)["']\s*\)\s*\.\s*(?:html|append|prepend)\("""
    r"""|getElementById\(\s*["'](?P<el>[\w-]+)["']\s*\)\s*\.\s*innerHTML\s*="""
)
# A callback that puts the reply itself into an element: `function (html) { $('#x').html(html) }`
# (what a list API's callback does with its JSON is something else).
_FILLED_BY_REPLY = re.compile(
    r"""function\s*\(\s*(?P<p>[\w$]+)[^)]*\)\s*\{[^{}]{0,200}?"""
    r"""(?:(?:\$|jQuery)\(\s*["']#(?P<jq>[\w-]+)["']\s*\)\s*\.\s*(?:html|append|prepend)\(\s*(?P=p)\s*\)"""
    r"""|getElementById\(\s*["'](?P<el>[\w-]+)["']\s*\)\s*\.\s*innerHTML\s*=\s*(?P=p)\b)"""
)
# An argument that is a variable (`$('#x').load(url)`), and the literal it was given.
_VARIABLE = re.compile(r"\s*(?P<name>[A-Za-z_$][\w$]*)\s*[,);\n]")
_FUNCTION = re.compile(
    r"""function\s+(?P<a>[\w$]+)\s*\([^)]*\)\s*\{|(?P<b>[\w$]+)\s*[:=]\s*function\s*\([^)]*\)\s*\{"""
)
_CJK_STRING = re.compile(r"""(["'])([^"'\n<>]*[\u4e00-\u9fff][^"'\n<>]*)\1""")
_COMMENT = re.compile(r"//([^\n]*)|/\*(.*?)\*/", re.S)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\w（）()·]*")
_BRACE = re.compile(r"[{}]")
_STATIC_PAGE = re.compile(r"\.s?html?(?:$|[?#])", re.I)
# How far a `$.get` callback is looked at for the element it fills.
_CALLBACK_CHARS = 400
# How far before (and twice as far after) a call a name beside it is looked for.
_BESIDE_CHARS = 80


@dataclass(frozen=True)
class ScriptCall:
    """A page named by a literal in a script call.

    `via`: `load` (a list loaded into the page), `open` (a window or the location goes there),
    `src` (a frame's source). `target`: the id (or frame name) of the element it fills or sets.
    `function`: the named function it is written in. `label`: a Chinese name written beside it.
    """

    url: str
    via: str
    target: str | None = None
    function: str | None = None
    label: str = ""


@lru_cache(maxsize=1)
def _calls() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), via) for pattern, via in SCRIPT_PAGE_CALLS]


def may_load_pages(html_text: str) -> bool:
    """Cheap test on the raw HTML: a script may load or open a page by a literal."""
    return any(n in html_text for n in SCRIPT_PAGE_CALL_NAMES) and bool(
        _SCRIPT_TAG.search(html_text)
    )


def inline_scripts(html_text: str) -> list[str]:
    return INLINE_SCRIPT.findall(html_text)


@lru_cache(maxsize=4)
def page_calls(html_text: str) -> tuple[ScriptCall, ...]:
    """The calls of the page's inline scripts that load or open a page by a literal URL.

    Cached: links and frames ask about the same page one after the other.
    """
    if not may_load_pages(html_text):
        return ()
    return tuple(_page_calls(html_text))


def _page_calls(html_text: str) -> list[ScriptCall]:
    out: list[ScriptCall] = []
    for script in inline_scripts(html_text):
        if not any(n in script for n in SCRIPT_PAGE_CALL_NAMES):
            continue
        for call in _script_calls(script):
            out.append(call)
            if len(out) >= MAX_CALLS_READ:
                return out
    return out


def _script_calls(script: str) -> Iterator[ScriptCall]:
    functions: list[tuple[int, str]] | None = None
    for pattern, kind in _calls():
        for match in pattern.finditer(script):
            url, end = _argument(script, match.start(), match.end())
            if kind == "load":
                url = url.split()[0] if url else ""  # `.load('/list.html .box')`: a selector
            via = kind.split()[0]
            target = _target(script, match.start(), end, via)
            if via == "src" and target is None:
                continue  # an image's or a script's source (`hm.src = …`), not a frame's
            if kind == "load static" and not _STATIC_PAGE.search(url):
                # Not a static page: a list API (jsonapi reads those) unless the callback puts
                # the reply itself into the page.
                filled = _FILLED_BY_REPLY.search(script, end, _call_end(script, match.start()))
                if filled is None:
                    continue
                target = filled["jq"] or filled["el"]
            if not url or url.startswith(("#", "javascript:", "about:")) or "${" in url:
                continue
            if functions is None:
                functions = [(m.end(), m["a"] or m["b"]) for m in _FUNCTION.finditer(script)]
            yield ScriptCall(
                url=url,
                via=via,
                target=target,
                function=_enclosing(script, functions, match.start()),
                label=_label_beside(script, match.start()),
            )


def _argument(script: str, start: int, end: int) -> tuple[str, int]:
    """The URL literal after a call (`.load('/…')`), or the literal last given to the variable it
    passes (`var url = '/…'; ….load(url)`); where the argument ends. ("", end) when neither."""
    literal = _LITERAL.match(script, end)
    if literal is not None:
        return literal["url"].strip(), literal.end()
    variable = _VARIABLE.match(script, end)
    if variable is None:
        return "", end
    given = re.compile(
        rf"""\b(?:var|let|const)\s+{re.escape(variable["name"])}\s*=\s*(["'])([^"'\\\n]*)\1\s*[;,\n]"""
    )
    values = given.findall(script, 0, start)
    return (values[-1][1].strip() if values else ""), variable.end()


def _target(script: str, start: int, end: int, via: str) -> str | None:
    before = _RECEIVER.search(script[max(0, start - 120) : start])
    if before is not None:
        return before["jq"] or before["id"] or before["fr"]
    if via == "load":
        after = _FILLED.search(script, end, _call_end(script, start))
        if after is not None:
            return after["jq"] or after["el"]
    return None


def _call_end(script: str, start: int) -> int:
    """Where the call starting at `start` closes its parenthesis (strings skipped), looked for
    as far as a callback is read."""
    limit = min(len(script), start + _CALLBACK_CHARS)
    at = script.find("(", start, limit)
    depth = 0
    while 0 <= at < limit:
        char = script[at]
        if char in "\"'":
            close = script.find(char, at + 1, limit)
            at = close if close >= 0 else limit
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return limit


def _enclosing(script: str, functions: list[tuple[int, str]], at: int) -> str | None:
    """The innermost named function whose body holds `at` (braces counted, strings not)."""
    for body, name in reversed(functions):
        if body <= at and _stays_open(script, body, at):
            return name
    return None


def _stays_open(script: str, body: int, at: int) -> bool:
    depth = 1
    for brace in _BRACE.findall(script, body, at):
        depth += 1 if brace == "{" else -1
        if depth == 0:
            return False
    return True


def _label_beside(script: str, at: int) -> str:
    """A Chinese name on the call's line (a string, a comment), or in a comment just above."""
    line_start = script.rfind("\n", 0, at) + 1
    line_end = script.find("\n", at)
    line_end = line_end if line_end >= 0 else len(script)
    # Near the call only: a minified script is one line.
    line = script[max(line_start, at - _BESIDE_CHARS) : min(line_end, at + 2 * _BESIDE_CHARS)]
    for found in _CJK_STRING.finditer(line):
        return found.group(2).strip()
    above = script[script.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start]
    for text in (line, above if above.strip().startswith(("//", "/*")) else ""):
        for comment in _COMMENT.finditer(text):
            run = _CJK_RUN.search(comment.group(1) or comment.group(2) or "")
            if run:
                return run.group()
    return ""
