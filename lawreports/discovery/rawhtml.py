"""Questions asked of a page's raw HTML, to spare parsing it: can this text be in an anchor?

The answers follow how lxml's HTML parser (libxml2, HTML5 tokenizing rules) reads the page:
comments, `<!…>`/`<?…>` and raw-text elements (script, style, textarea, title …) hold no tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

from w3lib.html import get_base_url

# Elements whose content the HTML parser takes as text, `<a>` and `</a>` included.
_RAW_TEXT_TAGS = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
# Raw HTML: where an anchor tag, a comment or a raw-text element starts.
_TAG_START = re.compile(
    rf"<(?:(?P<anchor>/?a)[\s/>]|(?P<raw>!--|[!?]|(?:{'|'.join(_RAW_TEXT_TAGS)}|plaintext)\b))",
    re.I,
)
_RAW_END = {
    "!--": re.compile("-->"),
    "plaintext": re.compile("(?!)"),  # text to the end of the page
    # `<!DOCTYPE …>`, `<![CDATA[ …`, `<?xml …?>`: comments to the first `>`.
    "!": re.compile(">"),
    "?": re.compile(">"),
    **{tag: re.compile(rf"</{tag}[\s/>]", re.I) for tag in _RAW_TEXT_TAGS},
}
_CHAR_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def may_be_in_anchor(html_text: str, chunk: str) -> bool:
    """False only when no anchor's text or title attribute can contain `chunk` (spaceless).

    Text the parser would see as `chunk` is in the raw HTML as `chunk` unless it is written with
    character references; each place it occurs is inside an anchor unless as many `</a>` as
    `<a>` tags (outside comments, scripts and other raw-text elements) came before it.
    Whenever unsure: True.
    """
    if any(c in chunk for c in "&<>\"'\x00"):
        return True
    if "\x00" in html_text:
        html_text = html_text.replace("\x00", "")  # as the parser does
    if _encodes_any(html_text, set(chunk)):
        return True
    places = []
    at = html_text.find(chunk)
    while at >= 0:
        places.append(at)
        at = html_text.find(chunk, at + 1)
    if not places:
        return False
    depth = 0
    tags = _anchor_tags(html_text, places[-1])
    tag = next(tags, None)
    for place in places:
        while tag is not None and tag[0] < place:
            depth = max(depth + tag[1], 0)
            tag = next(tags, None)
        if depth:
            return True
    return False


def _anchor_tags(html_text: str, end: int) -> Iterator[tuple[int, int]]:
    """(where, +1 for `<a>` or -1 for `</a>`) of the anchor tags before `end`, in order."""
    pos = 0
    while (tag := _TAG_START.search(html_text, pos, end)) is not None:
        raw, at = tag.group("raw"), tag.start()
        if raw is None:
            if not tag.group("anchor").startswith("/"):
                yield at, 1
            elif html_text.rfind(">", 0, at) >= html_text.rfind("<", 0, at):
                yield at, -1  # a `</a>` in an attribute value (`title="</a>"`) is not a tag
            pos = tag.end()
            continue
        # `<!-->` is a whole (empty) comment: its end is looked for from the `--`.
        close = _RAW_END[raw.lower()].search(html_text, at + 2 if raw == "!--" else tag.end())
        if close is None:
            return
        pos = close.end()


def _encodes_any(html_text: str, chars: set[str]) -> bool:
    """A character reference on the page stands for one of `chars`."""
    if "&" not in html_text:
        return False
    for ref in _CHAR_REF.finditer(html_text):
        text = unescape(ref.group())
        if text != ref.group() and chars.intersection(text):
            return True
    return False


# How far into a page its `<base>` is looked for: as far as Scrapy looks (`response.urljoin`).
BASE_SCAN_CHARS = 4096


def document_base(html_text: str, url: str) -> str:
    """What the page's relative links resolve against: its `<base href>` (w3lib reads it, as
    a browser does), else its own URL. Most pages have none, and a search of the head says so."""
    if html_text.find("<base", 0, BASE_SCAN_CHARS) < 0 and (
        html_text.find("<BASE", 0, BASE_SCAN_CHARS) < 0
    ):
        return url
    return str(get_base_url(html_text[:BASE_SCAN_CHARS], url))
