"""Hostile county portals: faults, lying charsets, malformed HTML, huge pages, dead ends.

`hostile` is one TRS county site where every report link misbehaves in its own way (served
5xx first, slow, in a charset it does not declare, as broken HTML), beside links that must
fail cleanly (404, a 302 to another host, pages over the size cap). `elsewhere` is the other
host the 302 points to: its hits must stay zero. `stall` has a report that never answers,
`quiet` has columns but no report (empty), `shell` is a JS shell with nothing to read
(broken), `down503` answers 503 to everything.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from tests.fixtureweb import pages
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, Site, html_reply

COLUMN = "/zwgk/fzzfjsndbg/"
HOME_LINK = "法治政府建设年度报告"


@dataclass(frozen=True)
class Gold:
    path: str
    title: str
    index_no: str
    body: str


def seed_part(key: str, part: int, parts: int) -> list[str]:
    """One of `parts` slices of a seed's body lines (distinct bodies from the five seeds)."""
    lines = list(load_seed(key).body_lines)
    size = -(-len(lines) // parts)
    return lines[part * size : (part + 1) * size]


def gold_body(lines: list[str]) -> str:
    return "\n".join(re.sub(r"[?？\ufffd]{3,}", "", ln).strip() for ln in lines)


def home_page(region: str, links: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in links)
    return (
        pages.head(f"{region}人民政府")
        + pages.top_bar(region=region)
        + '<div class="main w1200"><div class="gk"><h3><a href="/zwgk/">政务公开</a></h3>'
        + f"<ul>{lis}</ul></div></div>\n"
        + pages.footer()
    )


def listing(column: str, items: list[tuple[str, str, str]]) -> str:
    return pages.trs_listing(
        column=column,
        crumbs=[("首页", "/"), ("政务公开", "/zwgk/"), (column, COLUMN)],
        items=items,
        page_count=1,
        current=0,
        sidebar=[(column, COLUMN)],
    )


def report_html(title: str, index_no: str, lines: list[str], charset: str = "utf-8") -> str:
    fields = [
        ("索\u2002引\u2002号", index_no),
        ("发布机构", title[: title.index("20")]),
        ("成文日期", "2024-03-01"),
        ("发布日期", "2024-03-02"),
    ]
    return pages.trs_detail(
        title=title,
        body_lines=lines,
        meta_block=pages.metadata_table(fields),
        crumbs=[("首页", "/"), (HOME_LINK, COLUMN)],
        pub_time="2024-03-02 09:00",
        source=title[: title.index("20")],
        charset=charset,
    )


def malformed(html: str) -> str:
    """Unclosed p/td/li/div and two </html>, as old editors leave them."""
    html = html.replace("</p>", "").replace("</td>", "").replace("</li>", "")
    html = html.replace("\n</div></div>\n", "\n", 1)
    return html.replace("</body></html>", "</html></body></html>\n<div>访问量：1024</div></html>")


class HostileSite(Site):
    name = "hostile"
    region = "险阻县"
    slow_seconds = 5.0
    huge_bytes = 3 * 1024 * 1024

    def __init__(self) -> None:
        super().__init__()
        self.gold: list[Gold] = []
        self.lost: dict[str, str] = {}  # path → why the report cannot be had
        self.fail_first: dict[str, list[int]] = {}  # path → statuses of the first tries
        self.slow: set[str] = set()
        self.offsite_url = ""  # set by the test: the other host the 302 points to

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        items: list[tuple[str, str, str]] = []
        reports = [
            # (department, seed part, fault)
            ("司法局", ("000", 0, 3), "fail:500"),
            ("自然资源局", ("000", 1, 3), "fail:502"),
            ("生态环境局", ("000", 2, 3), "fail:503,503"),
            ("住房和城乡建设局", ("001", 0, 2), "slow"),
            ("交通运输局", ("001", 1, 2), "gbk-says-utf8"),
            ("农业农村局", ("003", 0, 2), "utf8-says-gbk"),
            ("水利局", ("003", 1, 2), "gb2312-label"),
            ("教育局", ("004", 0, 2), "meta-only"),
            ("卫生健康局", ("004", 1, 2), "malformed"),
        ]
        for n, (dept, (key, part, parts), fault) in enumerate(reports, 1):
            path = f"{COLUMN}202403/t20240302_{7000 + n}.html"
            title = f"{self.region}{dept}2023年度法治政府建设工作报告"
            index_no = f"11371399MB2837{n:04d}X/2024-{n:05d}"
            lines = seed_part(key, part, parts)
            if fault == "gb2312-label":
                lines = [f"{dept}党组书记王䶮、局长李镕主持召开专题会议。", *lines]
            self._serve(path, title, index_no, lines, fault)
            self.gold.append(Gold(path, title, index_no, gold_body(lines)))
            items.append((title, "./" + path[len(COLUMN) :], "2024-03-02"))
        for n, (year, fault) in enumerate(
            [(2019, "404"), (2018, "302"), (2017, "huge"), (2016, "huge-streamed")], 50
        ):
            path = f"{COLUMN}20{year - 2000:02d}03/t{year}0302_{7000 + n}.html"
            title = f"{self.region}人民政府{year}年度法治政府建设情况报告"
            self.lost[path] = fault
            items.append((title, "./" + path[len(COLUMN) :], f"{year}-03-02"))
            if fault.startswith("huge"):
                filler = "依法行政。" * (self.huge_bytes // 15)
                html = report_html(title, f"HUGE-{year}", [filler])
                self.pages[path] = Reply(
                    200,
                    html.encode(),
                    {"Content-Type": "text/html; charset=utf-8"},
                    chunked=fault == "huge-streamed",
                )
        self.page("/", home_page(self.region, [(HOME_LINK, COLUMN)]))
        self.page(COLUMN, listing(HOME_LINK, items))

    def _serve(self, path: str, title: str, index_no: str, lines: list[str], fault: str) -> None:
        if fault.startswith("fail:"):
            self.fail_first[path] = [int(s) for s in fault[5:].split(",")]
        if fault == "slow":
            self.slow.add(path)
        if fault == "gbk-says-utf8":
            html = report_html(title, index_no, lines, charset="utf-8")
            self.pages[path] = html_reply(html, encoding="gb18030", header_charset="utf-8")
        elif fault == "utf8-says-gbk":
            html = report_html(title, index_no, lines, charset="gbk")
            self.pages[path] = html_reply(html, encoding="utf-8", header_charset="GBK")
        elif fault == "gb2312-label":
            html = report_html(title, index_no, lines, charset="gb2312")
            self.pages[path] = html_reply(html, encoding="gb18030", header_charset="gb2312")
        elif fault == "meta-only":
            html = report_html(title, index_no, lines, charset="gbk")
            self.pages[path] = html_reply(html, encoding="gb18030", header_charset=None)
        elif fault == "malformed":
            self.page(path, malformed(report_html(title, index_no, lines)))
        else:
            self.page(path, report_html(title, index_no, lines))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path in self.fail_first:
            statuses = self.fail_first[hit.path]
            tries = self.hits[hit.path]
            if tries <= len(statuses):
                status = statuses[tries - 1]
                return html_reply(
                    f"<html><body><h1>{status} 服务暂不可用</h1></body></html>", status=status
                )
        if hit.path in self.slow:
            threading.Event().wait(self.slow_seconds)  # a slow portal, not a sleep in a test
        if self.lost.get(hit.path) == "302":
            return Reply(302, b"", {"Location": self.offsite_url or "http://127.0.0.254:9/"})
        return None


class ElsewhereSite(Site):
    """Another host: the 302 of `hostile` points here; a crawl of `hostile` must never come."""

    name = "elsewhere"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        lines = seed_part("001", 0, 2)
        self.page(
            "/fzzf/report.html", report_html("别处县2023年度法治政府建设工作报告", "X-1", lines)
        )


class StallSite(Site):
    """One report answers, the other never does (the server holds the connection open)."""

    name = "stall"
    region = "迟滞县"

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.gold: list[Gold] = []
        self.hang = f"{COLUMN}202403/t20240302_9002.html"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        ok = f"{COLUMN}202403/t20240302_9001.html"
        title = f"{self.region}司法局2023年度法治政府建设工作报告"
        lines = seed_part("003", 0, 1)
        self.page(ok, report_html(title, "STALL-1", lines))
        self.gold.append(Gold(ok, title, "STALL-1", gold_body(lines)))
        items = [
            (title, "./" + ok[len(COLUMN) :], "2024-03-02"),
            (
                f"{self.region}人民政府2023年度法治政府建设情况报告",
                "./" + self.hang[len(COLUMN) :],
                "2024-03-01",
            ),
        ]
        self.page("/", home_page(self.region, [(HOME_LINK, COLUMN)]))
        self.page(COLUMN, listing(HOME_LINK, items))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == self.hang:
            self.release.wait(120)  # never answers within any crawl's timeout
            return Reply(-1)
        return None


class QuietSite(Site):
    """Columns and notices, but no report: the crawl must end `empty`, not `broken`."""

    name = "quiet"
    region = "静默县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        items = [
            (
                f"关于做好{m}月份安全生产工作的通知",
                f"./2024{m:02d}/t2024{m:02d}01_300{m}.html",
                f"2024-{m:02d}-01",
            )
            for m in range(1, 4)
        ]
        self.page("/", home_page(self.region, [(HOME_LINK, COLUMN)]))
        self.page(COLUMN, listing(HOME_LINK, items))
        for m in range(1, 4):
            self.page(
                f"{COLUMN}2024{m:02d}/t2024{m:02d}01_300{m}.html",
                report_html(
                    f"{self.region}应急管理局2024{m:02d}安全生产通知",
                    f"Q-{m}",
                    ["做好安全生产工作。" * 30],
                ),
            )


class ShellSite(Site):
    """A home page that is only a JS application shell: nothing recognisable (`broken`)."""

    name = "shell"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.page(
            "/",
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>门户网站</title>'
            '<script src="/static/js/app.3f2a.js"></script></head>'
            '<body><div id="app"></div><noscript>请启用JavaScript</noscript></body></html>',
        )


class Down503Site(Site):
    """Every request answers 503: retried, then `down`."""

    name = "down503"

    def dynamic(self, hit: Hit) -> Reply | None:
        return html_reply("<html><body><h1>503 Service Unavailable</h1></body></html>", status=503)


class MovedSite(Site):
    """A portal's old address: every path answers 301 to the same path at `new_base` (the
    portal's new host, another fixture site), as a county portal that changed domain does; with
    `by_script`, the old home is a `页面跳转中` page whose script goes there instead."""

    name = "moved"
    new_base = ""
    by_script = False

    def dynamic(self, hit: Hit) -> Reply | None:
        if self.by_script:
            return html_reply(
                "<html><head><title>页面跳转中</title></head><body>"
                "<p>本站已迁移至新域名，页面跳转中……</p>"
                f'<script>window.location.href = "{self.new_base}/";</script></body></html>'
            )
        query = f"?{hit.query}" if hit.query else ""
        return Reply(301, b"", {"Location": self.new_base + hit.path + query})
