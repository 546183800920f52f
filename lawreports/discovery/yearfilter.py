"""A listing's year filter: the pages a catalogue column shows only when a year is picked.

Many 信息公开 catalogues list only the current year's items until the visitor picks another
year in the filter bar above the list: a GET form (`<form action="list.do" method="get">` with a
hidden `catId`) holding a year `<select>` (`name="year"`, or options that are mostly years) whose
change submits it (`onchange="search()"`), or year tabs whose handler sets the form's year field
and submits it (`onclick="changeYear('2023')"`). The listing's other years are read as the
form submits them: an option that lists every year (`全部`) when there is one — one paged list
then holds them all — else each year's, the most recent first, a few at most; every other
select at its default, text boxes empty (nothing searched for), the page field at 1. Each such
URL is a page of the same listing, paged on by its own pager.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from lawreports.discovery.postback import sets_and_submits
from lawreports.discovery.scripturls import page_functions
from lawreports.discovery.vocabulary import ALL_YEARS_OPTION_TEXT, PAGE_PARAMS, YEAR_FIELD_NAMES
from lawreports.extract.text import squash_spaces

# The pagination strategy name of a listing's other years.
STRATEGY = "year_filter"
# Years asked for, at most, of a filter without an option for every year.
MAX_YEARS = 10
_YEAR = re.compile(r"(?:19|20)\d{2}")
# An option's or tab's words that name one year: `2023`, `2023年`, `2023年度`.
_YEAR_LABEL = re.compile(r"\s*((?:19|20)\d{2})\s*年?度?\s*")
# A tab's handler called with a year, or with the word for every year: `changeYear('2023')`.
_YEAR_CALL = re.compile(
    r"""(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\s*\(\s*(["']?)(?P<arg>[^"'()]{0,12})\2\s*\)"""
)
_TEXT_TYPES = frozenset({"", "text", "search"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?:{'|'.join(YEAR_FIELD_NAMES)})", re.I),
        re.compile(ALL_YEARS_OPTION_TEXT, re.I),
        re.compile(rf"(?:{'|'.join(PAGE_PARAMS)})", re.I),
    )


def is_year_field(field: Any) -> bool:
    """A form field named for the year (`year`, `nf`, `pub_year`), by its name or id."""
    names = (re.sub(r"[_-]", "", field.get(k) or "") for k in ("name", "id"))
    return any(_patterns()[0].fullmatch(name) for name in names if name)


def _year_of(value: str, label: str) -> str | None:
    """The year an option or tab stands for, by its value, else its words."""
    if _YEAR.fullmatch(value.strip()):
        return value.strip()
    words = _YEAR_LABEL.fullmatch(label)
    return words.group(1) if words else None


def _lists_every_year(value: str, label: str) -> bool:
    every = _patterns()[1]
    return every.fullmatch(label) is not None or every.fullmatch(value.strip()) is not None


def _select_options(select: Any) -> list[tuple[str, str]]:
    return [
        (
            option.get("value", squash_spaces(option.text_content())),
            squash_spaces(option.text_content()),
        )
        for option in select.xpath(".//option")
    ]


def is_year_select(select: Any) -> bool:
    """A `<select>` of years: named so, or most of its options are years. Not a jump menu
    whose options are paths (those are links, see links._select_links)."""
    options = _select_options(select)
    if any("/" in value for value, _ in options):
        return False
    if is_year_field(select):
        return True
    years = sum(1 for value, label in options if _year_of(value, label))
    return years >= 2 and years * 2 > len(options)


def chosen_years(options: list[tuple[str, str]], current: str) -> list[str]:
    """The values to submit: the option for every year when there is one (nothing when the page
    shows it already), else each year's but the current one, the most recent first."""
    for value, label in options:
        if _lists_every_year(value, label):
            return [] if value == current else [value]
    years = {value: year for value, label in options if (year := _year_of(value, label))}
    ordered = sorted((v for v in years if v != current), key=lambda v: years[v], reverse=True)
    return ordered[:MAX_YEARS]


def _tab_options(sel: Selector, html_text: str, field: Any) -> list[tuple[str, str]]:
    """Year tabs whose handler sets `field` to its argument and submits the form (itself or by
    a function it calls): each tab's argument and words."""
    functions = page_functions(html_text)
    out = []
    for el in sel.root.xpath(
        "//*[@onclick or starts-with(normalize-space(@href), 'javascript:')]"
    ):
        code = " ".join(filter(None, (el.get("onclick"), el.get("href"))))
        for call in _YEAR_CALL.finditer(code):
            function = functions.get(call["name"])
            label = squash_spaces(el.text_content())
            if function is None or not (
                _year_of(call["arg"], label) or _lists_every_year(call["arg"], label)
            ):
                continue
            if sets_and_submits(function, field, functions):
                out.append((call["arg"], label))
    return out


def _form_url(form: Any, url: str, field: str, value: str, encoding: str) -> str:
    """The URL a GET form is submitted to with `field` set to `value`: other selects at their
    default, text boxes empty, the page field at 1."""
    page_field, texts = _patterns()[2], set[str]()
    for box in form.xpath(".//input[@name]"):
        if (box.get("type") or "").strip().lower() in _TEXT_TYPES:
            texts.add(box.get("name"))
    pairs = []
    for name, old in form.form_values():
        if name == field:
            pairs.append((name, value))
        elif page_field.fullmatch(name):
            pairs.append((name, "1"))
        else:
            pairs.append((name, "" if name in texts else old))
    action: str = urljoin(url, (form.get("action") or "").strip() or url)
    parts = urlsplit(action)
    return urlunsplit(parts._replace(query=urlencode(pairs, encoding=encoding), fragment=""))


def year_filter_pages(
    html_text: str, url: str, sel: Selector | None = None, encoding: str = "utf-8"
) -> list[str]:
    """The URLs of the listing's other years, as its GET filter form submits them (see the
    module's docstring); [] for a page without one."""
    if "<form" not in html_text and "<FORM" not in html_text:
        return []
    sel = sel or Selector(text=html_text)
    out: list[str] = []
    for form in sel.root.xpath("//form"):
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        for field in form.xpath(".//select[@name] | .//input[@name][@type='hidden']"):
            if field.tag == "select":
                if not is_year_select(field):
                    continue
                options = _select_options(field)
                current = field.value or ""
            else:
                if not is_year_field(field):
                    continue
                options = _tab_options(sel, html_text, field)
                current = (field.get("value") or "").strip()
            for value in chosen_years(options, current):
                page = _form_url(form, url, field.get("name"), value, encoding)
                if page not in out:
                    out.append(page)
    return out
