"""Anti-bot walls in front of small county portals, verified server-side.

Each challenge carries fresh random values; the cookie that opens the wall is computed from
them by obfuscated JS, so it cannot be hard-coded and only a real JS engine gets through. The
server checks the cookie against the challenge it issued, accepts a clearance for a limited
number of pages (then walls again: the crawler must refresh), and never lets through a
`Scrapy/…` or `HeadlessChrome` user agent.

`wall_jsl`: 加速乐-style, HTTP 521, `__jsluid_s` from the server + `__jsl_clearance_s` from JS.
`wall_rs`: 瑞数-style, HTTP 412, `<meta>` + `$_ts` state; the first clearance wears out after
3 pages.
`wall_forever`: a 412 wall that accepts nothing (permanently blocked).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from tests.fixtureweb.server import Hit, Reply, Site, html_reply
from tests.fixtureweb.sites.hostile import (
    COLUMN,
    HOME_LINK,
    Gold,
    gold_body,
    home_page,
    report_html,
    seed_part,
)
from tests.fixtureweb.sites.hostile import listing as listing_page

BAD_AGENTS = ("Scrapy", "HeadlessChrome", "python")


def _hex(text: str) -> str:
    """A string literal spelled in \\x escapes, as obfuscators write them."""
    return "'" + "".join(f"\\x{ord(c):02x}" for c in text) + "'"


@dataclass
class Challenge:
    server_id: str  # the cookie the server sets
    expected: str  # the cookie JS must compute
    uses: int = 0
    limit: int = 0


@dataclass
class Clearances:
    issued: dict[str, Challenge] = field(default_factory=dict)
    passed: int = 0  # challenges solved
    page_hits_cleared: int = 0  # page requests that came with a valid clearance
    bad_agents: int = 0


class WallSite(Site):
    """A portal behind a JS cookie wall (home → column → reports)."""

    name = "wall"
    region = "壁垒县"
    status = 521
    server_cookie = "__jsluid_s"
    clearance_cookie = "__jsl_clearance_s"
    uses_per_clearance = 1000
    accepts = True

    def __init__(self) -> None:
        super().__init__()
        self.gold: list[Gold] = []
        self.wall = Clearances()

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        self.wall = Clearances()
        items = []
        for n, (dept, key, part) in enumerate(
            [
                ("司法局", "000", 0),
                ("市场监督管理局", "001", 0),
                ("人力资源和社会保障局", "003", 0),
            ],
            1,
        ):
            path = f"{COLUMN}202402/t20240220_{8000 + n}.html"
            title = f"{self.region}{dept}2023年度法治政府建设工作报告"
            index_no = f"WALL-{self.name}-{n}"
            lines = seed_part(key, part, 2)
            self.page(path, report_html(title, index_no, lines))
            self.gold.append(Gold(path, title, index_no, gold_body(lines)))
            items.append((title, "./" + path[len(COLUMN) :], "2024-02-20"))
        self.page("/", home_page(self.region, [(HOME_LINK, COLUMN)]))
        self.page(COLUMN, listing_page(HOME_LINK, items))

    # --- the wall -----------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        if not (hit.path.endswith("/") or hit.path.endswith(".html")):
            return html_reply("<html><body>404</body></html>", status=404)  # css, js, icons
        agent = hit.headers.get("User-Agent", "")
        if any(bad in agent for bad in BAD_AGENTS):
            with self.lock:
                self.wall.bad_agents += 1
            return self.challenge()
        cookies = SimpleCookie(hit.headers.get("Cookie", ""))
        server_id = cookies[self.server_cookie].value if self.server_cookie in cookies else ""
        answer = cookies[self.clearance_cookie].value if self.clearance_cookie in cookies else ""
        if not self._clear(server_id, answer):
            return self.challenge()
        return None

    def _clear(self, server_id: str, answer: str) -> bool:
        """Does this cookie pair answer a challenge we issued (and is it still fresh)?"""
        with self.lock:
            issued = self.wall.issued.get(server_id)
            if not self.accepts or issued is None or issued.expected != answer:
                return False
            if issued.uses == 0:
                self.wall.passed += 1
                # only the first clearance wears out, so exactly one refresh is needed
                issued.limit = self.uses_per_clearance if self.wall.passed == 1 else 10**6
            issued.uses += 1
            if issued.uses > issued.limit:
                del self.wall.issued[server_id]
                return False
            self.wall.page_hits_cleared += 1
            return True

    def challenge(self) -> Reply:
        server_id = secrets.token_hex(8)
        a, b = secrets.randbelow(30000) + 1000, secrets.randbelow(30000) + 1000
        salt = secrets.token_hex(3)
        expected = self.solve(a, b, salt)
        with self.lock:
            self.wall.issued[server_id] = Challenge(server_id, expected)
        body = self.script(a, b, salt)
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            "Set-Cookie": f"{self.server_cookie}={server_id}; Path=/; HttpOnly",
            "X-Via-JSL": "c4f2a1e,-",
        }
        return Reply(self.status, body.encode(), headers)

    @staticmethod
    def solve(a: int, b: int, salt: str) -> str:
        return f"{(a * b + len(salt)) ^ 0x5F3:x}{salt[::-1]}"

    def script(self, a: int, b: int, salt: str) -> str:
        codes = ",".join(str(ord(c)) for c in salt)
        names = ",".join(_hex(s) for s in (self.clearance_cookie, "cookie", "reload", "location"))
        return (
            "<html><head><meta charset='utf-8'></head><body><script>"
            f"var _0x4e1c=[{names}];"
            "function _0x2b(_0x1,_0x2){return _0x4e1c[_0x1-_0x2]}"
            f"var _0xa=0x{a:x},_0xb=0x{b:x},_0xs=String.fromCharCode({codes});"
            "var _0xv=((_0xa*_0xb+_0xs['length'])^0x5f3)['toString'](0x10)+"
            "_0xs['split']('')['reverse']()['join']('');"
            "document[_0x2b(0x2a,0x29)]=_0x2b(0x29,0x29)+'='+_0xv+';path=/';"
            "setTimeout(function(){window[_0x2b(0x2c,0x29)][_0x2b(0x2b,0x29)]()},0x32);"
            "</script></body></html>"
        )


class JslWallSite(WallSite):
    name = "wall_jsl"
    region = "加速县"


class RsWallSite(WallSite):
    name = "wall_rs"
    region = "瑞盾县"
    status = 412
    server_cookie = "NfBCSins2OywS"
    clearance_cookie = "NfBCSins2OywT"
    uses_per_clearance = 3  # the first clearance wears out after 3 pages: one refresh needed

    def script(self, a: int, b: int, salt: str) -> str:
        inner = super().script(a, b, salt)
        start = inner.index("<script>") + len("<script>")
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f'<meta id="9DhefwqGPrzGxEp9hPaoag" content="{secrets.token_urlsafe(24)}">'
            '<script type="text/javascript" r="m">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};'
            f'$_ts.nsd={secrets.randbelow(90000)};$_ts.cd="{secrets.token_urlsafe(16)}";</script>'
            f"<script r='m'>{inner[start:]}"
        )


class ForeverWallSite(RsWallSite):
    name = "wall_forever"
    region = "铁壁县"
    accepts = False
