"""Pagers whose pages are reached only by posting the page's form: ASP.NET WebForms postbacks,
and the hand-written form pagers of JSP and PHP portals.

An AspNetPager or GridView pager link is `javascript:__doPostBack('ctl00$…$AspNetPager1','3')`:
the browser sets `__EVENTTARGET`/`__EVENTARGUMENT` in the page's one `<form method="post">` and
submits it with the hidden `__VIEWSTATE`, `__EVENTVALIDATION` and `__VIEWSTATEGENERATOR`; the
server answers page 3 to nothing else. A postback is named by its form's URL, the pager control
and the page number, so each page is asked for once, and only pages after the current one are
asked for: a pager's 首页/上一页 never lead back into pages already read, and its 尾页 or
`Page$Last` never jumps over the pages between (they come through the numbers or next).

A form pager is a `<form method="post">` holding a hidden page field (`pageNo`) that the
pager's `goPage(n)` sets and submits; the pager shows only 首页 上一页 下一页 尾页 (each
`onclick="goPage(n)"`) and `第1/9页`. Its pages are the form's fields posted with the page field
set, from the page after the current one up to the highest page a pager link or the text names;
each is named by the form's URL, its other fields (a column's `catId`) and the page number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import FormRequest, TextResponse

from lawreports.discovery.pagination import text_page_count
from lawreports.discovery.scripturls import PageFunction, page_functions
from lawreports.discovery.vocabulary import (
    NEXT_PAGE_TEXT,
    PAGE_ARROW_TEXT,
    PAGE_PARAMS,
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
    strategy: ClassVar[str] = "aspnet_postback"

    @property
    def key(self) -> str:
        """The page's name in the frontier (its viewstate differs from page to page)."""
        return f"postback {self.form_url} {self.target} {self.page}"

    def described(self) -> dict[str, str]:
        return {"target": self.target, "argument": self.argument}

    def request(self, response: TextResponse, **kwargs: Any) -> FormRequest:
        return postback_request(response, self, **kwargs)


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


# --- form pagers ------------------------------------------------------------------------------
_PAGE_FIELD = re.compile(rf"^(?:{'|'.join(PAGE_PARAMS)})$", re.I)
# A pager link's call of a function with a page number: `goPage(3)`, `javascript:toPage('3')`.
_PAGE_CALL = re.compile(
    r"""(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*\(\s*(["']?)(?P<n>\d{1,5})\2\s*\)"""
)
_PAGER_LINKS = "//*[@onclick or starts-with(normalize-space(@href), 'javascript:')]"
_SUBMITS = re.compile(r"\.\s*submit\s*\(")
_CALLED = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(")


@dataclass(frozen=True)
class FormPage:
    """One page of a form pager: the form's fields with its page field set to `page`."""

    form_url: str
    method: str
    fields: tuple[tuple[str, str], ...]
    field: str
    page: int
    strategy: ClassVar[str] = "form_pager"

    @property
    def key(self) -> str:
        """The page's name in the frontier: the form's URL and fields (two columns post to one
        `list.jsp`, each with its `catId`)."""
        fields = "&".join(f"{k}={v}" for k, v in self.fields)
        return f"formpage {self.method} {self.form_url} {fields}"

    def described(self) -> dict[str, str]:
        return {"field": self.field, "argument": str(self.page)}

    def request(self, response: TextResponse, **kwargs: Any) -> FormRequest:
        """The form submitted as `goPage(n)` submits it (a GET form's fields go in its URL)."""
        return FormRequest(
            self.form_url,
            method=self.method,
            formdata=list(self.fields),
            encoding=response.encoding,
            **kwargs,
        )


def form_pages(sel: Selector, html_text: str, url: str, current: int = 1) -> list[FormPage]:
    """The pages after the current one of a form pager on the page, in page order, up to the
    highest page its links call for or its text states (`第1/9页`), at most MAX_PAGE.

    Only a form holding a page field (hidden, or the box a number is typed into) whose pager's
    function sets that field to its argument and submits the form (itself, or by a function it
    calls): a search form is submitted by no such function."""
    if "<form" not in html_text.lower() or "submit" not in html_text:
        return []
    calls: dict[str, list[int]] = {}
    for el in sel.root.xpath(_PAGER_LINKS):
        code = " ".join(filter(None, (el.get("onclick"), el.get("href"))))
        for match in _PAGE_CALL.finditer(code):
            calls.setdefault(match["name"], []).append(int(match["n"]))
    if not calls:
        return []
    functions = page_functions(html_text)
    for form in sel.root.xpath("//form"):
        for field in form.xpath(".//input[@name][not(@type) or @type='hidden' or @type='text']"):
            name = field.get("name") or ""
            if not _PAGE_FIELD.match(name):
                continue
            for function, numbers in calls.items():
                pager = functions.get(function)
                if pager is None or not sets_and_submits(pager, field, functions):
                    continue
                value = (field.get("value") or "").strip()
                here = int(value) if value.isdigit() else current
                last = max(*numbers, text_page_count(html_text) or 0)
                return _pages_of(form, url, name, here, min(last, MAX_PAGE))
    return []


def sets_and_submits(
    function: PageFunction, field: Any, functions: dict[str, PageFunction]
) -> bool:
    """The function sets the field (by its name or id) to its first parameter and submits a
    form, itself or by a page function it calls."""
    if not function.params:
        return False
    names = "|".join(re.escape(n) for n in {field.get("name"), field.get("id")} if n)
    sets = re.compile(
        rf"""\b(?:{names})\b["'\])\s]*\.\s*(?:value\s*=(?!=)\s*|val\s*\(\s*)"""
        rf"""(?:parseInt\(\s*)?{re.escape(function.params[0])}\b"""
    )
    if not sets.search(function.body):
        return False
    if _SUBMITS.search(function.body):
        return True
    return any(
        (called := functions.get(name)) is not None and _SUBMITS.search(called.body) is not None
        for name in _CALLED.findall(function.body)
    )


def _pages_of(form: Any, url: str, field: str, here: int, last: int) -> list[FormPage]:
    form_url = urljoin(url, (form.get("action") or "").strip() or url)
    method = "POST" if (form.get("method") or "").strip().lower() == "post" else "GET"
    values = [(k, v) for k, v in form.form_values() if k != field]
    return [
        FormPage(form_url, method, (*values, (field, str(n))), field, n)
        for n in range(here + 1, last + 1)
    ]
