"""ASP.NET WebForms pagers: pages reached only by posting the page's form back.

An AspNetPager or GridView pager link is `javascript:__doPostBack('ctl00$…$AspNetPager1','3')`:
the browser sets `__EVENTTARGET`/`__EVENTARGUMENT` in the page's one `<form method="post">` and
submits it with the hidden `__VIEWSTATE`, `__EVENTVALIDATION` and `__VIEWSTATEGENERATOR`; the
server answers page 3 to nothing else. A postback is named by its form's URL, the pager control
and the page number, so each page is asked for once, and only pages after the current one are
asked for: a pager's 首页/上一页 never lead back into pages already read, and its 尾页 or
`Page$Last` never jumps over the pages between (they come through the numbers or next).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import FormRequest, TextResponse

from lawreports.discovery.vocabulary import (
    NEXT_PAGE_TEXT,
    PAGE_ARROW_TEXT,
    PAGE_SKIP_TEXT,
    POSTBACK_CALLS,
    POSTBACK_EVENT_FIELDS,
    POSTBACK_NEXT_ARGUMENTS,
    POSTBACK_STATE_FIELD,
)
from lawreports.extract.text import squash_spaces

_CALL = [re.compile(p) for p in POSTBACK_CALLS]
# A number or `...`: the page it names is followed. Links to pages further on that would skip
# the ones between (尾页, a `>>` that is last) are not: those come through next.
_NUMBER_TEXT = re.compile("|".join((r"\d+", *PAGE_SKIP_TEXT)))
# 下一页, `>`, a `>>` whose page is the next one: followed when it is the page after this one.
_STEP_TEXT = re.compile("|".join((*NEXT_PAGE_TEXT, *PAGE_ARROW_TEXT)), re.I)
_NEXT_ARGUMENT = re.compile(rf"^(?:{'|'.join(POSTBACK_NEXT_ARGUMENTS)})$", re.I)
# `3`, `Page$3`: the page an event argument names.
_ARGUMENT_PAGE = re.compile(r"^\D{0,12}?(\d{1,5})$")
FORM_XPATH = f"//form[.//input[@name='{POSTBACK_STATE_FIELD}']]"
# A pager claiming more pages than this is not followed past it.
MAX_PAGE = 2000


@dataclass(frozen=True)
class Postback:
    """One pager link of a WebForms page: which control, which page, from which form."""

    form_url: str
    target: str
    argument: str
    page: int

    @property
    def key(self) -> str:
        """The page's name in the frontier (its viewstate differs from page to page)."""
        return f"postback {self.form_url} {self.target} {self.page}"


def _call(a: Any) -> tuple[str, str] | None:
    script = " ".join(filter(None, (a.get("href"), a.get("onclick"))))
    if "PostBack" not in script:
        return None
    for pattern in _CALL:
        match = pattern.search(script)
        if match:
            return match["target"], match["argument"]
    return None


def _page_of(argument: str, text: str, current: int) -> int | None:
    """The page a pager link posts back for, when following it skips no page: a number (or the
    `...` after the numbers shown), or the page after `current` (下一页, `>`, a `>>` naming it,
    GridView's `Page$Next` whatever its text or image). None for anything else: 尾页 and
    `Page$Last` (a jump over the pages between), 首页/上一页, a search, a sort, a login."""
    if _NEXT_ARGUMENT.match(argument):
        return current + 1 if not text or _STEP_TEXT.fullmatch(text) else None
    page = _ARGUMENT_PAGE.match(argument)
    if page is None:
        return None
    number = int(page.group(1))
    if _NUMBER_TEXT.fullmatch(text) or (_STEP_TEXT.fullmatch(text) and number == current + 1):
        return number
    return None


def pager_postbacks(sel: Selector, url: str, current: int = 1) -> list[Postback]:
    """The pages after `current` that the page's pager posts back for, in page order, each
    once (`Page$3` and a `Page$Next` from page 2 are the same page).

    Only on a page whose form carries a viewstate, only links whose text is a pager's and whose
    event argument names a page, or the next one: a 搜索 or 登录 button posts back too, and is
    never followed."""
    forms = sel.root.xpath(FORM_XPATH)
    if not forms:
        return []
    form_url = urljoin(url, (forms[0].get("action") or "").strip() or url)
    found: dict[int, Postback] = {}
    for a in sel.root.xpath("//a[contains(@href, 'PostBack') or contains(@onclick, 'PostBack')]"):
        call = _call(a)
        if call is None:
            continue
        target, argument = call
        text = squash_spaces(" ".join(a.itertext()))
        number = _page_of(argument, text, current)
        if number is not None and current < number <= MAX_PAGE and number not in found:
            found[number] = Postback(form_url, target, argument, number)
    return [found[n] for n in sorted(found)]


def postback_request(response: TextResponse, postback: Postback, **kwargs: Any) -> FormRequest:
    """The form posted back as the browser would: its successful controls (viewstate and
    validation included, no submit button clicked) with the pager's event set, encoded in the
    page's charset. (`FormRequest.from_response` does the same but is deprecated in Scrapy.)"""
    form = response.selector.root.xpath(FORM_XPATH)[0]
    event = dict(zip(POSTBACK_EVENT_FIELDS, (postback.target, postback.argument), strict=True))
    fields = [(k, v) for k, v in form.form_values() if k not in event] + list(event.items())
    return FormRequest(
        postback.form_url,
        method="POST",
        formdata=fields,
        encoding=response.encoding,
        **kwargs,
    )
