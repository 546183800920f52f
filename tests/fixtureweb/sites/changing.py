"""A portal whose content changes between runs: the test controls it in-process.

TRS WCM layout (home → 法治政府建设年度报告 column, 20 items per listing page, newest first).
Each department of the county publishes its annual report there; `reset()` sets how many are
published, `publish_next()` adds the newest (pushing the oldest onto the next listing page),
`correct()` changes a report's text (and optionally its listed title), `repost()` publishes a
report again as a 通知公告 notice (reworded title, no 索引号; the 通知公告 column exists only
once a report is reposted). `hold()` makes one
page's request wait until the test releases it, so a test can act at a precise moment of a
crawl (kill it, start a second worker) without sleeping.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from tests.fixtureweb import pages
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, Site, html_reply

COLUMN = "/zwgk/xxgkml/fzzfjsndbg/"
NOTICES = "/xwzx/tzgg/"
PER_PAGE = 20
DEPARTMENTS = [
    "司法局",
    "教育局",
    "公安局",
    "民政局",
    "财政局",
    "人社局",
    "自然资源局",
    "生态环境分局",
    "住建局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文旅局",
    "卫健委",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监管局",
    "统计局",
    "医保局",
    "城管局",
    "行政审批局",
    "信访局",
    "林业局",
    "粮食局",
    "人防办",
    "残联",
    "科技局",
    "工信局",
]
SEEDS = ("000", "001", "002", "003", "004")
DEFAULT_PUBLISHED = 12  # the state other tests of the fixture web (checksite, …) see
CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设年度报告", COLUMN)]


@dataclass
class Hold:
    """Requests to one path wait here until `release` is set (or `hits` of them arrived)."""

    release: threading.Event = field(default_factory=threading.Event)
    arrived: threading.Event = field(default_factory=threading.Event)
    hits: int = 0
    release_after_hits: int = 0


@dataclass(frozen=True)
class Report:
    n: int
    title: str
    index_no: str
    path: str
    publish_date: str
    seed: str


class ChangingSite(Site):
    name = "changing"
    region = "变更县"

    def __init__(self) -> None:
        super().__init__()
        self.catalogue = [self._report(n) for n in range(len(DEPARTMENTS) * 6)]
        self.published = DEFAULT_PUBLISHED
        self.versions: dict[int, int] = {}
        self.renamed: dict[int, str] = {}
        self.reposted: list[int] = []
        self.holds: dict[str, Hold] = {}

    # --- what the test controls ---------------------------------------------------------------
    def reset(self, published: int = DEFAULT_PUBLISHED) -> None:
        with self.lock:
            self.published = published
            self.versions.clear()
            self.renamed.clear()
            self.reposted.clear()
            self.holds.clear()
            self.hits.clear()
            self.log.clear()

    def publish_next(self) -> Report:
        with self.lock:
            self.published += 1
            return self.catalogue[self.published - 1]

    def correct(self, n: int, *, retitle: bool = False) -> None:
        with self.lock:
            self.versions[n] = self.versions.get(n, 0) + 1
            if retitle:
                self.renamed[n] = self.catalogue[n].title + "（修订）"

    def repost(self, n: int) -> str:
        """Publish report `n` again as a notice of the 县司法局 (newest first); its path."""
        with self.lock:
            self.reposted.insert(0, n)
        return self.repost_path(n)

    def repost_path(self, n: int) -> str:
        return f"{NOTICES}t{self.catalogue[n].publish_date.replace('-', '')}_{90000 + n}.html"

    def hold(self, path: str, release_after_hits: int = 0) -> Hold:
        hold = Hold(release_after_hits=release_after_hits)
        with self.lock:
            self.holds[path] = hold
        return hold

    def visible(self) -> list[Report]:
        """Published reports, newest first (as the listing shows them)."""
        return list(reversed(self.catalogue[: self.published]))

    @property
    def gold(self) -> list[Report]:
        """The reports a crawl must find now (path and title, like other fixture portals)."""
        return self.visible()

    def gold_ids(self) -> set[str]:
        return {f"{self.name}:{r.index_no.upper()}" for r in self.visible()}

    def report_url(self, report: Report) -> str:
        return self.base_url + report.path

    # --- serving ------------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        self._wait_if_held(hit.path)
        if hit.path in ("/", "/index.html"):
            return html_reply(self._home())
        if hit.path in (COLUMN, COLUMN + "index.html"):
            return html_reply(self._listing(0))
        if hit.path.startswith(COLUMN + "index_"):
            page = hit.path[len(COLUMN + "index_") :].split(".")[0]
            if page.isdigit() and int(page) < self._page_count():
                return html_reply(self._listing(int(page)))
            return None
        if hit.path in (NOTICES, NOTICES + "index.html") and self.reposted:
            return html_reply(self._notices())
        by_path = {r.path: r for r in self.visible()}
        if hit.path in by_path:
            return html_reply(self._detail(by_path[hit.path]))
        reposts = {self.repost_path(n): self.catalogue[n] for n in self.reposted}
        if hit.path in reposts:
            return html_reply(self._repost(reposts[hit.path]))
        return None

    def _wait_if_held(self, path: str) -> None:
        with self.lock:
            hold = self.holds.get(path)
            if hold is None:
                return
            hold.hits += 1
            if hold.release_after_hits and hold.hits >= hold.release_after_hits:
                hold.release.set()
        hold.arrived.set()
        hold.release.wait(60)

    def _report(self, n: int) -> Report:
        dept = DEPARTMENTS[n % len(DEPARTMENTS)]
        year = 2019 + n // len(DEPARTMENTS)
        month, day = 1 + n % 12, 1 + n % 28
        return Report(
            n=n,
            title=f"{self.region}{dept}{year}年度法治政府建设工作报告",
            index_no=f"bgx-{dept}-{year + 1}-{n:04d}",
            path=f"{COLUMN}{year + 1}{month:02d}/t{year + 1}{month:02d}{day:02d}_{70000 + n}.html",
            publish_date=f"{year + 1}-{month:02d}-{day:02d}",
            seed=SEEDS[n % len(SEEDS)],
        )

    def _title(self, r: Report) -> str:
        return self.renamed.get(r.n, r.title)

    def _home(self) -> str:
        return (
            pages.head(f"{self.region}人民政府")
            + pages.top_bar(f"{self.region}人民政府", self.region)
            + '<div class="main w1200"><div class="gk"><h3>政务公开</h3><ul>'
            + f'<li><a href="{COLUMN}">法治政府建设年度报告</a></li></ul></div>'
            + (
                f'<div class="tzgg"><h3><a href="{NOTICES}">通知公告</a></h3></div>'
                * bool(self.reposted)
            )
            + "</div>\n"
            + pages.footer(f"{self.region}人民政府")
        )

    def _page_count(self) -> int:
        return max(1, -(-self.published // PER_PAGE))

    def _listing(self, page: int) -> str:
        shown = self.visible()[page * PER_PAGE : (page + 1) * PER_PAGE]
        items = [(self._title(r), "./" + r.path[len(COLUMN) :], r.publish_date) for r in shown]
        return pages.trs_listing(
            column="法治政府建设年度报告",
            crumbs=CRUMBS,
            items=items,
            page_count=self._page_count(),
            current=page,
            sidebar=[("法治政府建设年度报告", COLUMN)],
        )

    def _reworded(self, r: Report) -> str:
        return r.title.replace("工作报告", "工作情况报告")

    def _notices(self) -> str:
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", NOTICES)]
        items = [
            (self._reworded(r), self.repost_path(r.n), r.publish_date)
            for r in (self.catalogue[n] for n in self.reposted)
        ]
        return pages.trs_listing(
            column="通知公告",
            crumbs=crumbs,
            items=items,
            page_count=1,
            current=0,
            sidebar=[("通知公告", NOTICES)],
        )

    def _repost(self, r: Report) -> str:
        """The report's text under a reworded title, 来源 the 县司法局, no metadata table."""
        return pages.trs_detail(
            title=self._reworded(r),
            body_lines=list(load_seed(r.seed).body_lines),
            meta_block="",
            crumbs=[("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", NOTICES)],
            pub_time=r.publish_date + " 16:00",
            source=f"{self.region}司法局",
        )

    def _detail(self, r: Report) -> str:
        seed = load_seed(r.seed)
        version = self.versions.get(r.n, 0)
        body = list(seed.body_lines)
        if version:
            body.append(f"（本报告于{r.publish_date[:4]}年第{version}次更正部分数据。）")
        fields = [
            ("索\u2002引\u2002号", r.index_no),
            ("发布机构", f"{self.region}{DEPARTMENTS[r.n % len(DEPARTMENTS)]}"),
            ("发布日期", r.publish_date),
            ("信息名称", self._title(r)),
        ]
        return pages.trs_detail(
            title=self._title(r),
            body_lines=body,
            meta_block=pages.metadata_table(fields),
            crumbs=CRUMBS,
            pub_time=r.publish_date + " 09:00",
            source=fields[1][1],
        )
