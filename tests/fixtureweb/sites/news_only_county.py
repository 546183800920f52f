"""A county portal whose 政务公开 lives on the city's intensive platform (another host, never
crawled), so its own site is a news site in 帝国CMS style: columns `/xwzx/<col>/index.html`,
`index_2.html` … `index_N.html` with the 帝国 pager (共N条, 首页/上一页, ten numbers, 下一页/尾页),
articles `/xwzx/<col>/<yyyy-mm-dd>/<id>.html`, about three items every two days per column.

The county's annual reports were published as news, months deep in their columns, as a
crawl in November finds them: the 县政府's 2023 report on page 18 of 政务动态 (pushed to 光山要闻
as well, page 14, another id, same text), its 2022 report on page 46, the 县司法局's 2023
report on page 21 of 部门动态. No report column, no 信息公开 catalogue, no 索引号: the 来源 line
names the publisher. Headlines often name 法治政府建设 without being a report (推进会, 示范创建,
a 解读, a 公示); 通知公告 (not news, four pages) holds notices and the 政府信息公开工作年度报告.
Detail pages: 帝国's info line (发布时间, 来源, 作者, 浏览次数 by script), `#zoom`, 上一篇/下一篇,
the printer link (`/e/public/printer/?classid=…&id=…`), 关闭窗口, the footer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "光山县人民政府"
CODE = "4115220001"
PER_PAGE = 20
LATEST = dt.date(2024, 11, 20)
PLATFORM = "http://www.xinyang.gov.cn/xxgk/gsx/"
NAV = [
    ("首页", "/"),
    ("走进光山", "/zjgs/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", PLATFORM),
    ("政务服务", "https://www.hnzwfw.gov.cn/xyssgsx/"),
    ("互动交流", "/hdjl/"),
]
# News columns: code, name, listing pages, 帝国 classid.
NEWS = [
    ("gsyw", "光山要闻", 40, 2),
    ("zwdt", "政务动态", 55, 3),
    ("bmdt", "部门动态", 45, 4),
    ("xzdt", "乡镇动态", 45, 5),
    ("tpxw", "图片新闻", 12, 6),
    ("mtjj", "媒体聚焦", 15, 7),
]
NOTICES = ("tzgg", "通知公告", 4, 8)
# Headlines; `{n}` varies them. Several name 法治/法治政府建设 without being a report.
HEADLINES = [
    "县委常委会召开第{n}次会议 研究部署近期重点工作",
    "光山县召开法治政府建设工作推进会",
    "县领导督导安全生产工作（第{n}期）",
    "我县举办第{n}期乡村振兴专题培训班",
    "县司法局开展法治政府建设示范创建迎检工作",
    "光山县全力抓好秋冬种生产",
    "县政府常务会议听取法治政府建设情况汇报",
    "第{n}届光山油茶文化节开幕",
    "县人大常委会调研全县优化营商环境工作",
    "光山县法治政府建设工作成效明显",
    "{n}个重点项目集中开工",
    "县委全面依法治县委员会召开第{n}次会议",
    "光山县扎实推进城乡环境综合整治",
    "法治政府建设典型案例宣传之{n}",
    "县法治政府建设领导小组办公室开展专项检查",
]
NOTICE_TITLES = [
    "光山县2024年第{n}批公开招聘事业单位工作人员公告",
    "关于开展第{n}批安全生产大检查的通知",
    "光山县{n}月份重点项目建设情况公示",
]


@dataclass(frozen=True)
class Doc:
    title: str
    date: str
    source: str
    column: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    column: str
    seed: str
    title: str
    date: str
    source: str
    doc_id: int


REPORTS = [
    Report(
        "zwdt",
        "003",
        "光山县人民政府关于2023年度法治政府建设情况的报告",
        "2024-03-28",
        "光山县人民政府办公室",
        51207,
    ),
    Report(
        "zwdt", "001", "光山县2022年度法治政府建设工作报告", "2023-03-30", "光山县人民政府", 40113
    ),
    Report(
        "bmdt",
        "004",
        "光山县司法局2023年度法治政府建设年度报告",
        "2024-02-26",
        "光山县司法局",
        50532,
    ),
]
# The 2023 report pushed to 光山要闻 too: another id, the same page.
REPOST = Report("gsyw", "003", REPORTS[0].title, REPORTS[0].date, REPORTS[0].source, 51208)
# Headlines that name a report and are not one, dated near the reports (fetched, never emitted).
DECOYS = [
    ("zwdt", "《光山县人民政府关于2023年度法治政府建设情况的报告》解读", "2024-03-29"),
    ("bmdt", "县司法局召开2023年度法治政府建设工作报告审议会", "2024-02-20"),
    ("tzgg", "光山县人民政府2023年政府信息公开工作年度报告", "2024-01-25"),
    ("tzgg", "关于2023年度法治政府建设考核结果的公示", "2024-02-02"),
]


def _date(column_days: float, index: int) -> dt.date:
    return LATEST - dt.timedelta(days=int(index * column_days))


class NewsOnlyCountySite(BlindSite):
    name = "news_only_county"
    region = "河南省信阳市光山县"

    def __init__(self) -> None:
        super().__init__()
        self.docs: dict[str, Doc] = {}

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.docs.clear()
        reports = {(r.column, r.doc_id): r for r in [*REPORTS, REPOST]}
        for code, name, count, classid in [*NEWS, NOTICES]:
            self._column(code, name, count, classid, reports)
        self._home()

    def dynamic(self, hit: Hit) -> Reply | None:
        doc = self.docs.get(hit.path)
        if doc is not None and not hit.query:
            return html_reply(self._detail(hit.path, doc))
        return super().dynamic(hit)

    def page_kind(self, path: str) -> str:
        """What a requested page is, for the benchmark's account of where requests went."""
        path = path.split("?", 1)[0]
        if path in {g.path for g in self.gold} or path in self.aliases:
            return "report"
        if path.startswith("/xwzx/") and (path.endswith("/") or "/index" in path):
            return "listing"
        if path.startswith("/xwzx/"):
            return "article"
        return "navigation"

    # --- page parts ---------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="container clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs], label="您现在的位置：")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="豫ICP备10012345号-1",
                police="豫公网安备 41152202000123号",
                code=CODE,
                address="河南省信阳市光山县弦山街道紫水大道1号",
            )
            + "</body></html>"
        )

    def _detail(self, path: str, doc: Doc) -> str:
        name = next(n for c, n, _, _ in [*NEWS, NOTICES] if c == doc.column)
        classid = next(k for c, _, _, k in [*NEWS, NOTICES] if c == doc.column)
        doc_id = path.rsplit("/", 1)[1].split(".", maxsplit=1)[0]
        main = (
            '<div class="newsview">'
            f"<h1>{esc(doc.title)}</h1>\n"
            f'<div class="info">发布时间：{doc.date} 10:15:06　来源：{esc(doc.source)}　作者：'
            f'　浏览次数：<script src="/e/public/ViewClick/?classid={classid}&id={doc_id}'
            '&addclick=1"></script></div>\n'
            '<div class="content" id="zoom">' + fu.paragraphs(doc.body) + "</div>\n"
            '<div class="fy"><p>上一篇：<a href="/xwzx/">光山县召开秋季森林防火工作会议</a></p>'
            '<p>下一篇：<a href="/xwzx/">我县开展“119”消防宣传月活动</a></p></div>\n'
            '<div class="tools">【<a href="/e/public/printer/?classid='
            f'{classid}&id={doc_id}" target="_blank">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div>'
            "</div>" + fu.float_share()
        )
        return self._frame(
            f"{doc.title}-{SITE}",
            [("新闻中心", "/xwzx/"), (name, f"/xwzx/{doc.column}/")],
            main,
            ArticleTitle=doc.title,
            PubDate=f"{doc.date} 10:15",
            ContentSource=doc.source,
            ColumnName=name,
        )

    def _pager(self, column: str, page: int, pages: int, total: int) -> str:
        """帝国CMS list pager: page 1 is index.html, page k is index_k.html."""

        def url(k: int) -> str:
            return f"/xwzx/{column}/index.html" if k == 1 else f"/xwzx/{column}/index_{k}.html"

        first = max(1, min(page - 4, pages - 9))
        numbers = "&nbsp;".join(
            f"<b>{k}</b>" if k == page else f'<a href="{url(k)}">{k}</a>'
            for k in range(first, min(pages, first + 9) + 1)
        )
        head = f'<a title="总数">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;'
        if page > 1:
            head += f'<a href="{url(1)}">首页</a>&nbsp;<a href="{url(page - 1)}">上一页</a>&nbsp;'
        tail = (
            f'&nbsp;<a href="{url(page + 1)}">下一页</a>&nbsp;<a href="{url(pages)}">尾页</a>'
            if page < pages
            else ""
        )
        return f'<div class="list_page">{head}{numbers}{tail}</div>'

    def _column(
        self,
        code: str,
        name: str,
        count: int,
        classid: int,
        reports: dict[tuple[str, int], Report],
    ) -> None:
        total = count * PER_PAGE
        days = 730 / total  # two years of items
        placed = {
            int((LATEST - dt.date.fromisoformat(r.date)).days / days): r
            for (c, _), r in reports.items()
            if c == code
        }
        decoys = {
            int((LATEST - dt.date.fromisoformat(d)).days / days) + 1: t
            for c, t, d in DECOYS
            if c == code
        }
        items: list[tuple[str, str, str]] = []
        for i in range(total):
            date = _date(days, i).isoformat()
            report = placed.get(i)
            if report is not None:
                items.append(self._report_page(report, name, classid))
                continue
            if i in decoys:
                title, body = decoys[i], list(NEGATIVE_BODY)
                self.negative_titles.append(title)
            else:
                titles = NOTICE_TITLES if code == NOTICES[0] else HEADLINES
                title = titles[(i * 7 + classid) % len(titles)].format(n=i + 1)
                body = [f"{title}。", *FILLER_BODY[1:]]
            doc_id = classid * 100_000 + i
            path = f"/xwzx/{code}/{date}/{doc_id}.html"
            self.docs[path] = Doc(title, date, "光山县融媒体中心", code, tuple(body))
            items.append((title, path, date))
        side = "".join(
            f'<li><a href="/xwzx/{c}/">{esc(n)}</a></li>' for c, n, _, _ in [*NEWS, NOTICES]
        )
        for page in range(1, count + 1):
            chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
            lis = "\n".join(
                f'<li><span class="date">{d}</span><a href="{esc(u)}" title="{esc(t)}"'
                f' target="_blank">{esc(t if len(t) <= 30 else t[:28] + "…")}</a></li>'
                for t, u, d in chunk
            )
            main = (
                f'<div class="sidebar"><h3>新闻中心</h3><ul>{side}</ul></div>'
                f'<div class="listbox"><div class="lm_title"><span>{esc(name)}</span></div>'
                f'<ul class="newslist">\n{lis}\n</ul>'
                + self._pager(code, page, count, total)
                + "</div>"
            )
            html = self._frame(f"{name}-{SITE}", [("新闻中心", "/xwzx/"), (name, "")], main)
            if page == 1:
                self.page(f"/xwzx/{code}/", html)
                self.page(f"/xwzx/{code}/index.html", html)
            else:
                self.page(f"/xwzx/{code}/index_{page}.html", html)

    def _report_page(self, r: Report, name: str, classid: int) -> tuple[str, str, str]:
        path = f"/xwzx/{r.column}/{r.date}/{r.doc_id}.html"
        if r is REPOST:
            self.aliases[path] = f"/xwzx/{REPORTS[0].column}/{r.date}/{REPORTS[0].doc_id}.html"
            body = list(load_seed(r.seed).body_lines)
        else:
            body = self.gold_report(path, r.seed, r.title, publisher=r.source, publish_date=r.date)
        self.docs[path] = Doc(r.title, r.date, r.source, r.column, tuple(body))
        return r.title, path, r.date

    def _home(self) -> None:
        def box(title: str, links: list[tuple[str, str]], more: str) -> str:
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a></li>'
                for t, u in links
            )
            return (
                f'<div class="box"><div class="hd"><h3>{esc(title)}</h3>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>\n'
            )

        def latest(code: str, count: int) -> list[tuple[str, str]]:
            return [(d.title, p) for p, d in self.docs.items() if d.column == code][:count]

        boxes = "".join(
            box(name, latest(code, 8), f"/xwzx/{code}/") for code, name, _, _ in [*NEWS, NOTICES]
        )
        banner = (
            '<div class="banner"><a href="/xwzx/tpxw/"><img src="/uploads/banner/2024/'
            '1120a.jpg" alt="" /></a></div>'
        )
        platform = (
            '<div class="box gk"><h3>政务公开</h3><ul>'
            f'<li><a href="{PLATFORM}" target="_blank">政府信息公开</a></li>'
            f'<li><a href="{PLATFORM}fdzdgknr/" target="_blank">法定主动公开内容</a></li>'
            f'<li><a href="{PLATFORM}zfxxgknb/" target="_blank">政府信息公开年报</a></li>'
            "</ul></div>"
        )
        self.page("/", self._frame(SITE, [], banner + boxes + platform + fu.interaction_sidebar()))
        columns = "".join(
            f'<li><a href="/xwzx/{c}/">{esc(n)}</a></li>' for c, n, _, _ in [*NEWS, NOTICES]
        )
        self.page("/xwzx/", self._frame(f"新闻中心-{SITE}", [], f"<ul>{columns}</ul>"))
        about = "<div><h2>走进光山</h2><p>光山县位于河南省东南部，大别山北麓。</p></div>"
        self.page("/zjgs/", self._frame(f"走进光山-{SITE}", [], about))
