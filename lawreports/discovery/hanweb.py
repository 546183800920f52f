"""Hanweb 大汉 jcms listings: the first records sit in `<datastore>` CDATA on the page, the rest
come from `dataproxy.jsp`, asked with the form fields the page's own jpage script carries.

Portals differ in which proxy path and method answer, so a listing tries the variants in order
(POST on the page's own proxy path, GET on it, then POST on the other known paths) and keeps the
first that returns records.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from lawreports.discovery.vocabulary import HANWEB_DATAPROXY_PATHS, HANWEB_FORM_FIELDS

_PROXY_QUERY = re.compile(r"""dataproxy\.jsp\?([^"'<>\s\]]+)""")
_PROXY_URL = re.compile(r"""proxyUrl\s*:\s*["']([^"']+)["']""")
_TOTAL = re.compile(r"""totalRecord\s*[:=]\s*["']?(\d+)""", re.I)
_PER_PAGE = re.compile(r"""perPage\s*[:=]\s*["']?(\d+)""", re.I)
_UNIT = re.compile(r"""jpageform_(\d+)|\$\(\s*["']#(\d+)["']\s*\)\.jpage""")
_SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.S | re.I)
_TOTAL_REPLY = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_RECORD = re.compile(r"<record\b", re.I)
DEFAULT_PER_PAGE = 15
# The browser asks three pages of records per request; so do we.
PAGES_PER_CALL = 3


@dataclass(frozen=True)
class JPage:
    """A Hanweb listing's jpage setup, read off the page."""

    proxy_path: str
    fields: dict[str, str]
    total: int | None
    per_page: int


@dataclass(frozen=True)
class ProxyCall:
    url: str
    method: str
    formdata: dict[str, str] | None = field(default=None)

    @property
    def key(self) -> str:
        """Identity for de-duplication: POSTs to one URL differ by their form."""
        return f"{self.method} {self.url} {urlencode(sorted((self.formdata or {}).items()))}"


def _field_value(script: str, name: str) -> str | None:
    quoted = re.search(rf"""\b{name}\s*[:=]\s*(["'])(.*?)\1""", script)
    if quoted:
        return quoted.group(2)
    bare = re.search(rf"""\b{name}\s*[:=]\s*([\w%./:-]+)""", script)
    return bare.group(1) if bare else None


def find_jpage(html_text: str) -> JPage | None:
    """The jpage setup of a Hanweb listing page, or None when the page has none."""
    if "dataproxy" not in html_text and ".jpage(" not in html_text:
        return None
    fields: dict[str, str] = {}
    for query in _PROXY_QUERY.findall(html_text):
        for key, value in parse_qsl(html.unescape(query), keep_blank_values=True):
            if key in HANWEB_FORM_FIELDS:
                fields.setdefault(key, value)
    scripts = [s for s in _SCRIPT.findall(html_text) if "jpage" in s or "dataproxy" in s]
    for script in scripts:
        for name in HANWEB_FORM_FIELDS:
            if name not in fields and (found_value := _field_value(script, name)) is not None:
                fields[name] = found_value
    unit = _UNIT.search(html_text)
    if "unitid" not in fields and unit:
        fields["unitid"] = unit.group(1) or unit.group(2)
    if "columnid" not in fields and "unitid" not in fields:
        return None
    proxy = _PROXY_URL.search(html_text)
    proxy_path = proxy.group(1) if proxy else ""
    if not proxy_path:
        found = re.search(r"""(/[\w/]*dataproxy\.jsp)""", html_text)
        proxy_path = found.group(1) if found else HANWEB_DATAPROXY_PATHS[0]
    total = _TOTAL.search(html_text)
    per_page = _PER_PAGE.search(html_text)
    return JPage(
        proxy_path=proxy_path,
        fields=fields,
        total=int(total.group(1)) if total else None,
        per_page=int(per_page.group(1)) if per_page else DEFAULT_PER_PAGE,
    )


def variants(jpage: JPage) -> list[tuple[str, str]]:
    """(method, proxy path) in the order to try them."""
    own = urlsplit(jpage.proxy_path).path or HANWEB_DATAPROXY_PATHS[0]
    out = [("POST", own), ("GET", own)]
    out += [("POST", p) for p in HANWEB_DATAPROXY_PATHS if p != own]
    return out


def call(jpage: JPage, page_url: str, variant: int, batch: int) -> ProxyCall | None:
    """The request for records batch `batch` (0-based) with the given variant."""
    options = variants(jpage)
    if variant >= len(options):
        return None
    method, path = options[variant]
    size = jpage.per_page * PAGES_PER_CALL
    start = batch * size + 1
    window = {"startrecord": str(start), "endrecord": str(start + size - 1), "perpage": str(size)}
    base = urljoin(page_url, path)
    if method == "POST":
        return ProxyCall(f"{base}?{urlencode(window)}", "POST", dict(jpage.fields))
    query = {"page": str(batch * PAGES_PER_CALL + 1), **window, **jpage.fields}
    return ProxyCall(f"{base}?{urlencode(query)}", "GET")


def batch_count(jpage: JPage, reply_total: int | None) -> int | None:
    total = reply_total if reply_total is not None else jpage.total
    if total is None:
        return None
    size = jpage.per_page * PAGES_PER_CALL
    return max(1, -(-total // size))


def reply_total(text: str) -> int | None:
    found = _TOTAL_REPLY.search(text)
    return int(found.group(1)) if found else None


def has_records(text: str) -> bool:
    return bool(_RECORD.search(text))


def unwrap_jsonp(text: str) -> str:
    """Some proxies wrap the datastore as `raw({"result":"<datastore>…"})`."""
    if "<datastore" in text and '\\"' in text:
        return text.replace('\\"', '"').replace("\\/", "/")
    return text
