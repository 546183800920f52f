"""The corpus pages as a portal nobody wrote a container for would serve them.

Every id/class a BODY_CONTAINERS query knows is renamed, the `<ucapcontent>`/`<article>` tags
become `<div>`, and the body comment markers are removed: what is left for extraction is the
generic tier (content density) and the furniture vocabulary alone.
"""

from __future__ import annotations

import re

from lawreports.extract.vocabulary import BODY_COMMENT_MARKERS, BODY_CONTAINERS

# (name, whether a query matches it as a prefix: `[id^='vsb_content']`), longest first.
_NAMES = sorted(
    {
        (match.group(1) or match.group(2), match.group(2) is not None)
        for query in BODY_CONTAINERS
        if (match := re.fullmatch(r"[.#]([\w-]+)|\[id\^=['\"]?([\w-]+)['\"]?\]", query))
    },
    key=lambda entry: len(entry[0]),
    reverse=True,
)
_TAGS = re.compile(
    r"<(/?)(?:" + "|".join(q for q in BODY_CONTAINERS if re.fullmatch(r"[a-z]+", q)) + r")\b",
    re.I,
)


def _renamed(name: str) -> str:
    return f"blk{sum(map(ord, name)) % 1000:03d}"


def without_known_containers(html_text: str) -> str:
    for name, prefix in _NAMES:
        html_text = re.sub(
            r"((?:class|id)\s*=\s*[\"']?[^\"'>]*?)(?<![\w-])"
            + re.escape(name)
            + ("" if prefix else r"(?![\w-])"),
            lambda m, name=name: m.group(1) + _renamed(name),
            html_text,
        )
    for begin, end in BODY_COMMENT_MARKERS:
        html_text = html_text.replace(begin, "").replace(end, "")
    return _TAGS.sub(r"<\1div", html_text)
