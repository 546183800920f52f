"""Shared by the fixture portals in styles the first fixtures lacked (Hanweb 信息公开 platform,
ucap, 标准目录, static dede-like county, Anhui 政务公开): a Site whose gold reports carry every
scored field, and the negatives and fillers that sit beside reports in real columns."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from tests.fixtureweb.portalkit import KitSite
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply
from tests.fixtureweb.sites.demo import GoldReport


class BlindSite(KitSite):
    """A portal whose pages are rendered by the subclass; `gold_report` records what is shown.

    Like a real server, it reads query parameters in any order.
    """

    def __init__(self) -> None:
        super().__init__()
        self.sources: dict[str, str] = {}
        # Another URL of a gold report (a repost): its path → the gold report's path (either
        # may be an absolute URL on another host of the portal: see Site.url_of).
        self.aliases: dict[str, str] = {}

    def page(self, path: str, html: str, **kwargs: Any) -> None:
        super().page(_sorted_query(path), html, **kwargs)
        self.sources[_sorted_query(path)] = html

    def dynamic(self, hit: Hit) -> Reply | None:
        if not hit.query:
            return None
        return self.pages.get(_sorted_query(f"{hit.path}?{hit.query}"))

    def gold_report(
        self,
        path: str,
        seed_key: str,
        title: str,
        *,
        publisher: str | None,
        publish_date: str | None,
        index_no: str | None = None,
        written_date: str | None = None,
        doc_no: str | None = None,
        report_year: int | None = None,
    ) -> list[str]:
        """Record a gold report; returns the body paragraphs the page must show."""
        seed = load_seed(seed_key)
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=index_no,
                publisher=publisher,
                publish_date=publish_date,
                report_year=report_year or (int(year.group(1)) if year else None),
                body=seed.gold_body,
                written_date=written_date,
                doc_no=doc_no,
            )
        )
        return list(seed.body_lines)


FILLER_BODY = [
    "为进一步做好相关工作，现将有关事项通知如下：",
    "一、提高思想认识，切实加强组织领导，明确责任分工。",
    "二、突出工作重点，认真抓好各项任务的落实，确保取得实效。",
    "三、强化督促检查，及时报送工作进展情况。",
]
NEGATIVE_BODY = [
    "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，结合本地实际，制定本方案。",
    "一、深入学习贯彻习近平法治思想，全面推进依法行政。",
    "二、健全政府机构职能体系，推进政府治理规范化程序化法治化。",
    "三、加强督促检查，确保各项任务落到实处。",
] * 3


def _sorted_query(path: str) -> str:
    if "?" not in path:
        return path
    base, query = path.split("?", 1)
    return base + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
