"""Dates as portals print them → ISO `YYYY-MM-DD`."""

from __future__ import annotations

import re
from datetime import date

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*(?:[-/.月]|\s)\s*(?P<d>\d{1,2})"
)
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")


def parse_date(text: str | None) -> str | None:
    """First plausible date in the text: `2024-03-12 14:18`, `2023年01月31日`, `2021/03/29`."""
    if not text:
        return None
    for pattern in (_DATE, _COMPACT):
        for match in pattern.finditer(text):
            try:
                day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            return day.isoformat()
    return None


_URL_DATE = re.compile(
    r"/t(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_|/art/(?P<y2>20\d{2})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/"
)


def date_from_url(url: str) -> str | None:
    """TRS `t20240312_…` and Hanweb `/art/2024/3/12/` URLs carry the publish date."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    y, m, d = (
        (match["y"], match["m"], match["d"])
        if match["y"]
        else (match["y2"], match["m2"], match["d2"])
    )
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None
