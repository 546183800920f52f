"""Only the site's own domains, redirects and retries included.

Scrapy's OffsiteMiddleware lets any request with `dont_filter=True` through, and retries and
redirects of retries carry that flag: a 503 retried and then redirected to another host would
be followed. Here only `allow_offsite` opens the gate.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware


class OwnDomainsMiddleware(OffsiteMiddleware):
    """OffsiteMiddleware that ignores `dont_filter` (the spider's allowed_domains decide)."""

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.dont_filter and not request.meta.get("allow_offsite"):
            request = request.replace(dont_filter=False)
        super().process_request(request)
