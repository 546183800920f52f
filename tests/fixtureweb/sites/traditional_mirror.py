"""The Hanweb 信息公开 portal of `hanweb_xxgk` served whole in Traditional script, as portals'
繁体 versions are: a server-side converter rewrites every page (navigation, column names, link
titles, metadata labels, furniture, body) with OpenCC-style s2t, and some converters put the
pinyin of a character after it (`建設(shè)`, `監(jiān)督`), as in seed 002. URLs stay as they are.
The gold is the Simplified text the crawl must give back."""

from __future__ import annotations

import re

from opencc import OpenCC

from tests.fixtureweb.server import Hit, Reply
from tests.fixtureweb.sites.hanweb_xxgk import HanwebXxgkSite

# Characters a converter annotates, with the pinyin it writes after them (as in seed 002).
PINYIN = {
    "設": "shè",
    "導": "dǎo",
    "領": "lǐng",
    "務": "wù",
    "發": "fā",
    "監": "jiān",
    "習": "xí",
    "現": "xiàn",
    "構": "gòu",
    "執": "zhí",
    "關": "guān",
    "濟": "jì",
}
_TEXT_NODE = re.compile(r">([^<]+)<")
_ANNOTATED = re.compile(f"[{''.join(PINYIN)}]")
_CONVERTED_TYPES = ("text/html", "text/xml", "application/xml", "application/json")


class TraditionalMirrorSite(HanwebXxgkSite):
    name = "traditional_mirror"

    def __init__(self) -> None:
        super().__init__()
        self.s2t = OpenCC("s2t")

    def handle(self, hit: Hit) -> Reply:
        reply = super().handle(hit)
        ctype = reply.headers.get("Content-Type", "")
        if not ctype.startswith(_CONVERTED_TYPES):
            return reply
        charset = ctype.partition("charset=")[2] or "utf-8"
        text = str(self.s2t.convert(reply.body.decode(charset)))
        if ctype.startswith("text/html"):
            text = _TEXT_NODE.sub(_annotate, text)
        return Reply(
            reply.status,
            text.encode(charset, errors="xmlcharrefreplace"),
            reply.headers,
            reply.chunked,
        )


def _annotate(node: re.Match[str]) -> str:
    """Pinyin after the annotated characters of a text node (not in tags or attributes)."""
    text = _ANNOTATED.sub(lambda m: f"{m.group()}({PINYIN[m.group()]})", node.group(1))
    return f">{text}<"
