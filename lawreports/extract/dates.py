"""Dates as portals print them → ISO `YYYY-MM-DD`."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*(?:[-/.月]|\s)\s*(?P<d>\d{1,2})"
)
_COMPACT: Final = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")


# Dates written in Chinese numerals (`二〇二四年三月十二日`, as a 成文日期 often is).
_HAN_DIGITS: Final = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {
    "零": 0,
    "○": 0,
    "O": 0,
}
_HAN_DATE: Final = re.compile(
    r"(?P<y>[〇零○O一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)


def _han_number(text: str) -> int:
    """一 … 九, 十, 十二, 二十, 二十一, 三十一; a year digit by digit."""
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[ones] if ones else 0)


def parse_date(text: str | None) -> str | None:
    """First plausible date in the text: `2024-03-12 14:18`, `2023年01月31日`, `2021/03/29`,
    full-width `２０２４－０３－１２`, `二〇二四年三月十二日`."""
    if not text:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width digits and dashes
    found = _leading_date(text)
    if found:
        return found
    for pattern in (_DATE, _COMPACT):
        for match in pattern.finditer(text):
            found = _iso(match["y"], match["m"], match["d"])
            if found:
                return found
    for match in _HAN_DATE.finditer(text):
        found = _iso(*(str(_han_number(match[part])) for part in ("y", "m", "d")))
        if found:
            return found
    return None


def _leading_date(text: str) -> str | None:
    """The date a text opens with in the shape most pages print (`2024-03-12 14:18`,
    `2024年03月12日`), read by slices: the first match `_DATE` would find, without the regex
    (a search costs thousands of instructions even on a short value). None for any other
    shape, or a date that is no day (`2024-13-45`): the regexes then read the text."""
    if (
        len(text) >= _SHORT_DATE_CHARS
        and text[:2] in _CENTURIES
        and text[2:4].isdecimal()  # `\d`: a Unicode decimal digit
        and text[4] in "-/.年"
        and text[5:7].isdecimal()
        and text[7] in "-/.月"
        and text[8:10].isdecimal()
    ):
        return _iso(text[:4], text[5:7], text[8:10])
    return None


_SHORT_DATE_CHARS = len("2024-03-12")
_CENTURIES: Final = ("19", "20")


# A date printed as a big day number beside its year and month (`<span class="day">28</span>
# <span class="ym">2024.03</span>`): the two cells.
_DAY_CELL: Final = re.compile(r"(?P<d>[0-3]?\d)\s*日?")
_MONTH_CELL: Final = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>[01]?\d)\s*月?")
_LAST_DAY: Final = 31


def is_day_cell(text: str) -> bool:
    """`28`, `28日`, `5`: a day of a month without the rest of its date."""
    day = _DAY_CELL.fullmatch(text)
    return day is not None and 1 <= int(day["d"]) <= _LAST_DAY


def is_month_cell(text: str) -> bool:
    """`2024.03`, `2024-03`, `2024年03月`: a year and month without a day."""
    return _MONTH_CELL.fullmatch(text) is not None


def split_day_date(day: str, month: str) -> str | None:
    """The date of a day cell (`28`, `28日`) and a month cell (`2024.03`), or None."""
    day_match = _DAY_CELL.fullmatch(day)
    month_match = _MONTH_CELL.fullmatch(month)
    if day_match is None or month_match is None:
        return None
    return _iso(month_match["y"], month_match["m"], day_match["d"])


_YEAR_DU = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR: Final = re.compile(r"((?:19|20)\d{2})\s*年")
_HAN_YEAR: Final = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年")


def year_named(text: str) -> int | None:
    """The year a title or an opening sentence names: `2023年度` before `2023年`; full-width
    `２０２３年` and `二〇二三年度` too."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    for pattern in (_YEAR_DU, _YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    match = _HAN_YEAR.search(text)
    year = _han_number(match.group(1)) if match else None
    return year if year is not None and 1900 <= year < 2100 else None


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


_URL_DATE = re.compile(
    r"/t(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_"
    r"|/art/(?P<y2>20\d{2})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/"
    r"|/(?P<y3>20\d{2})(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?:[0-2]\d[0-5]\d[0-5]\d)\d{0,3}\.s?html?$"
)


def date_from_url(url: str) -> str | None:
    """TRS `t20240312_…`, Hanweb `/art/2024/3/12/` and time-stamped ids
    (`/show/20210118064546562.html`) carry the publish date."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    for y, m, d in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
        if match[y]:
            return _iso(match[y], match[m], match[d])
    return None
