"""The output contract, enforced: an item that breaks it is dropped with a reason and counted."""

from __future__ import annotations

import re
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def contract_problems(adapter: ItemAdapter) -> list[str]:
    """Every way the item breaks the documented contract (empty list: it is fine)."""
    problems = []
    for key in ("url", "title", "site", "region"):
        if not isinstance(adapter.get(key), str) or not adapter.get(key):
            problems.append(f"{key} missing")
    body = adapter.get("body")
    if not isinstance(body, str):
        problems.append("body not text")
    elif not body and not adapter.get("attachments"):
        problems.append("empty body")
    for key in ("index_no", "publisher"):
        value = adapter.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{key} not text")
    index_no = adapter.get("index_no")
    if isinstance(index_no, str) and re.search(r"\s", index_no):
        problems.append("index_no has spaces")
    date = adapter.get("publish_date")
    if date is not None and not (isinstance(date, str) and _ISO_DATE.match(date)):
        problems.append("publish_date not YYYY-MM-DD")
    year = adapter.get("report_year")
    if year is not None and not (isinstance(year, int) and 1990 <= year <= 2100):
        problems.append("report_year out of range")
    attachments = adapter.get("attachments")
    if not isinstance(attachments, list) or any(
        not isinstance(a, dict) or not a.get("url") or "name" not in a for a in attachments
    ):
        problems.append("attachments malformed")
    return problems


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        problems = contract_problems(adapter)
        if problems:
            if self.stats is not None:
                for problem in problems:
                    self.stats.inc_value(f"lawreports/invalid/{problem.replace(' ', '_')}")
            raise DropItem(
                f"breaks the output contract ({', '.join(problems)}): {adapter.get('url')}"
            )
        return item
