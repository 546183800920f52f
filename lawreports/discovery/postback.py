"""ASP.NET WebForms pagers: pages reached only by posting the page's form back.

An AspNetPager or GridView pager link is `javascript:__doPostBack('ctl00$…$AspNetPager1','3')`:
the browser sets `__EVENTTARGET`/`__EVENTARGUMENT` in the page's one `<form method="post">` and
submits it with the hidden `__VIEWSTATE`, `__EVENTVALIDATION` and `__VIEWSTATEGENERATOR`; the
server answers page 3 to nothing else. A postback is named by its form's URL, the pager control
and the page number, so each page is asked for once, and only pages after the current one are
asked for: a pager's 首页/上一页 never lead back into pages already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import FormRequest, TextResponse

from lawreports.discovery.vocabulary import (
    LAST_PAGE_TEXT,
    NEXT_PAGE_TEXT,
    PAGE_SKIP_TEXT,
    POSTBACK_CALLS,
    POSTBACK_EVENT_FIELDS,
    POSTBACK_STATE_FIELD,
)
from lawreports.extract.text import squash_spaces

_CALL = [re.compile(p) for p in POSTBACK_CALLS]
_PAGER_TEXT = re.compile(
    "|".join((r"\d+", *NEXT_PAGE_TEXT, *LAST_PAGE_TEXT, *PAGE_SKIP_TEXT)), re.I
)
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


def pager_postbacks(sel: Selector, url: str, current: int = 1) -> list[Postback]:
    """The pages after `current` that the page's pager posts back for, in page order.

    Only on a page whose form carries a viewstate, only links whose text is a pager's (a number,
    下一页, 尾页, `...`) and whose event argument names a page: a 搜索 or 登录 button posts back
    too, and is never followed."""
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
        page = _ARGUMENT_PAGE.match(argument)
        text = squash_spaces(" ".join(a.itertext()))
        if page is None or not _PAGER_TEXT.fullmatch(text):
            continue
        number = int(page.group(1))
        if current < number <= MAX_PAGE and number not in found:
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
