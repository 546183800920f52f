"""Does a listing need the browser? Only on evidence: an empty list container that the page's
script fills, no server-rendered article links, and no endpoint or records we can read ourselves.
The answer names the container, so the browser waits for links inside it, never for a fixed time.
"""

from __future__ import annotations

import re

from parsel import Selector

from lawreports.discovery.vocabulary import (
    DETAIL_CONTAINER_HINTS,
    LIST_CONTAINER_HINTS,
    SCRIPT_FILL_MARKERS,
    SCRIPT_WRITE_MARKERS,
)

_CONTAINER = re.compile("|".join(LIST_CONTAINER_HINTS), re.I)
_DETAIL_CONTAINER = re.compile("|".join(DETAIL_CONTAINER_HINTS), re.I)
_FILLS = re.compile("|".join(SCRIPT_FILL_MARKERS))
_FILLS_OR_WRITES = re.compile("|".join((*SCRIPT_FILL_MARKERS, *SCRIPT_WRITE_MARKERS)))
_IDENT = re.compile(r"^[A-Za-z][\w-]*$")
# A container holding any of these is no empty list: links or items, a frame whose page holds
# the list (loaded as a page of its own), or a search/filter form (a box named `xxgk-search`).
_NOT_EMPTY = (
    ".//a | .//li | .//tr | .//p | .//iframe[@src] | .//frame[@src]"
    " | .//form | .//input | .//select"
)


def _css(tag: str, id_: str, classes: list[str]) -> str | None:
    if id_ and _IDENT.match(id_):
        return f"{tag}#{id_}"
    named = [c for c in classes if _IDENT.match(c)]
    if named:
        return f"{tag}.{named[0]}"
    return None


def empty_list_container(sel: Selector) -> str | None:
    """CSS of an empty list container (`<ul id="list"></ul>`) the page's script fills, if any."""
    return _empty_container(sel, _CONTAINER, _FILLS)


def empty_content_container(sel: Selector) -> str | None:
    """CSS of a report page's empty body container (`<div id="content"></div>`) that its
    script fills, if any: the page is a shell whose text only a browser sees."""
    return _empty_container(sel, _DETAIL_CONTAINER, _FILLS_OR_WRITES)


def _empty_container(sel: Selector, hints: re.Pattern[str], fills: re.Pattern[str]) -> str | None:
    scripts = " ".join(sel.xpath("//script[not(@src)]/text()").getall())
    script_srcs = " ".join(sel.xpath("//script/@src").getall())
    if not fills.search(scripts) and not fills.search(script_srcs):
        return None
    for el in sel.xpath(
        "//body//*[self::ul or self::ol or self::div or self::tbody or self::table]"
    ):
        id_ = el.attrib.get("id", "")
        classes = el.attrib.get("class", "").split()
        if not hints.search(id_ + " " + " ".join(classes)):
            continue
        if el.xpath(_NOT_EMPTY):
            continue
        if "".join(el.xpath(".//text()[not(ancestor::script)]").getall()).strip():
            continue  # a script inside the container (`document.write(…)`) is no text of it
        css = _css(el.root.tag, id_, classes)
        if css:
            return css
    return None


# Where a single-page app mounts (Vue `#app`, React `#root`, Nuxt, Next, Quasar).
_APP_MOUNTS = ("app", "root", "__nuxt", "__next", "q-app")
# A shell's body says next to nothing before its bundle runs.
_SHELL_TEXT_CHARS = 40


def app_mount(sel: Selector) -> str | None:
    """CSS of a single-page app's empty mount point (`<div id="app"></div>` with only its
    bundle `<script src>` beside it), when the page is such a shell: its nav, lists and
    articles exist only once the bundle has run."""
    if not sel.xpath("//script[@src]"):
        return None
    text = "".join(sel.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
    if len("".join(text.split())) > _SHELL_TEXT_CHARS:
        return None
    for mount in _APP_MOUNTS:
        el = sel.xpath(f"//body//*[@id = '{mount}']")
        if el and not el[0].xpath(_NOT_EMPTY):
            return f"#{mount}"
    return None


def is_app_mount(css: str) -> bool:
    """Whether a container's CSS (as `app_mount` names it) is an app's mount point."""
    return css.startswith("#") and css[1:] in _APP_MOUNTS
