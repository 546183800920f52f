"""Incremental re-crawls: which detail pages need not be fetched again.

A detail page is skipped when its report was delivered (committed) from that URL, the listing
still links it under the same title, and it was checked less than LAWREPORTS_RECHECK_DAYS ago.
Listing pages are always fetched, but a re-crawl stops paging a listing once a page links only
delivered, unchanged reports (listings put new reports first). A page whose report was never
committed is not known, so a killed run's pages are fetched again.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from lawreports.extract.text import remove_spaces
from lawreports.state.records import KnownUrl

DAY = 86400.0


@dataclass
class KnownPages:
    urls: dict[str, KnownUrl] = field(default_factory=dict)
    recheck_after_s: float = 30 * DAY
    now: float = field(default_factory=time.time)

    def skip(self, url: str, link_text: str | None) -> bool:
        """True when fetching `url` again cannot bring anything new."""
        known = self.urls.get(url)
        if known is None or self.recheck_after_s <= 0:
            return False
        if self.now - known.checked_at > self.recheck_after_s:
            return False
        return not (
            link_text
            and known.link_text
            and remove_spaces(link_text) != remove_spaces(known.link_text)
        )

    def nothing_new(self, report_links: Iterable[tuple[str, str | None]]) -> bool:
        """A listing page whose report links (URL, title) are all skipped: paging further on a
        re-crawl finds only older reports. Every RECHECK_DAYS the pages are due again and
        listings are paged to the end."""
        links = list(report_links)
        return bool(links) and all(self.skip(url, text) for url, text in links)
