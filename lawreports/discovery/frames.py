"""Pages inside a page: `<iframe src>`, `<frameset><frame src>`, and frames whose source a
script sets (`document.getElementById('xxgkFrame').src = '/xxgk/col/col1234/index.html'`,
`$('#f').attr('src', '…')`, `frames['list'].location = '…'`) on an `<iframe>` without one.

Many 政府信息公开 platforms are shells: the page carries the furniture and its catalogue tree and
list live in frames (`<iframe name="list" src="/xxgk/list.jsp?catId=…">`), and older department
sites are a `<frameset>` of banner, menu and list. A browser loads those sources as part of the
page, so discovery fetches them as pages of the portal. Frames that only hold furniture (footer,
banner, share bar, weather, a video player …) and documents shown in a viewer are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from lawreports.discovery.links import ATTACHMENT_URL, clean_url, is_blocked, is_fetchable
from lawreports.discovery.rawhtml import document_base
from lawreports.discovery.scriptcalls import page_calls
from lawreports.discovery.vocabulary import FRAME_FURNITURE_HINTS

_FRAMES = "//iframe[@src] | //frame[@src]"
# Cheap test on the raw HTML before any parsing.
_HAS_FRAME = re.compile(r"<i?frame\b[^>]*\bsrc\s*=", re.I)
_HAS_FRAME_TAG = re.compile(r"<i?frame\b", re.I)
_NAMED_FRAME = "//iframe[@id = $id or @name = $id] | //frame[@id = $id or @name = $id]"


@dataclass(frozen=True)
class Frame:
    url: str
    name: str
    # The source is set by the page's script, not written in the frame's `src`.
    scripted: bool = False


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(FRAME_FURNITURE_HINTS), re.I)


def has_frames(html_text: str) -> bool:
    """The page embeds a frame with a source (a shell, or a page with a framed footer)."""
    return _HAS_FRAME.search(html_text) is not None


def frame_sources(html_text: str, base_url: str, sel: Selector | None = None) -> list[Frame]:
    """The frames worth loading as pages, in page order, each URL once; then the frames whose
    source the page's script sets."""
    written = has_frames(html_text)
    if not written and not _HAS_FRAME_TAG.search(html_text):
        return []
    scripted = [c for c in page_calls(html_text) if c.via == "src" and c.target]
    if not written and not scripted:
        return []
    sel = sel or Selector(text=html_text)
    base_url = document_base(html_text, base_url)
    out: dict[str, Frame] = {}
    sources = (
        [(el, el.get("src") or "", False) for el in sel.root.xpath(_FRAMES)] if written else []
    )
    for call in scripted:
        sources += [
            (el, call.url, True) for el in sel.root.xpath(_NAMED_FRAME, id=call.target)[:1]
        ]
    for el, raw, by_script in sources:
        src = raw.strip()
        if not src or src.startswith(("#", "about:", "javascript:")) or is_blocked(src):
            continue
        try:
            url = clean_url(urljoin(base_url, src))
        except ValueError:
            continue
        if not is_fetchable(url) or is_blocked(url) or ATTACHMENT_URL.search(url):
            continue
        name = " ".join(el.get(a) or "" for a in ("name", "id", "class")).strip()
        if _furniture().search(f"{urlsplit(url).path} {name}"):
            continue
        out.setdefault(url, Frame(url, name, by_script))
    return list(out.values())
