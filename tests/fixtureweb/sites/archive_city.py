"""A prefecture-level city portal (TRS WCM since its 2020 redesign) that has published its
法治政府建设 report every year since 2016, where finding all nine takes a crawler some care:

- every report, 2016–2024, is in the 政府信息公开 column 通知公告 (`/zwgk/zfxxgk/tzgg/`), a
  grab-bag of about 930 items (任免, 政府采购意向, 土地征收 and 出让公告, 预决算, 政策解读,
  统计月报, 招聘公示, …) paged by TRS `createPageHTML` (`index.html`, `index_1.html` …
  `index_45.html`, "共46页" written by the inlined pager function), 20 to a page, newest first:
  the 2024 report is on page 2, the 2016 one on page 41; beside them decoys in the same words
  (工作要点, 实施方案, 普法规划, a notice asking departments to send in their reports, 考核结果,
  督察整改 报告, an 一图读懂 and a 政策解读 of a report, meetings that 听取 the report);
- the city's 法治政府建设 专栏 (`/ztzl/fzzfjs/`) holds only 2021–2024 in its 年度报告 box
  (2022–2024 linked to the 通知公告 pages, 2021 as a copy of its own, the same report);
- the portal migrated in July 2020, importing everything from January 2020: items published
  before are listed in 通知公告 with links into the frozen old site,
  `/old/ShowArticle.asp?ArticleID=N` (动易-style ASP, table layout, GB2312 bytes with no charset
  in the HTTP header, `发布时间：2017-3-15 9:30:12　来源：市政府法制办　点击数：` line, `<FONT>`
  runs with `&nbsp;` indents, 上一篇/下一篇 and 相关文章 links, an IE6-era footer), so the
  2016–2018 reports have that template, no 信息公开 table, and a 来源 of their day (the 法制办
  until the 2019 reform); the 2017 one is split over two pages by the CMS's pager
  (`[1] [2] 下一页`, `&Page=2`), the 2016 one is `<BR>` lines. The 2019 report (March 2020) is
  in the new CMS (the gold copy) and still on the old site, linked by the old reports' 相关文章;
- the home page's 通知公告 box is the news side's (`/xwzx/tzgg/`, notices only); the 信息公开
  通知公告 is reached through 政府信息公开's column list.

New pages carry a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期) above
the title. News columns (要闻动态 40 pages, 部门动态 25, 县市区动态 25) and a dozen 信息公开
columns make the rest of a city-sized haystack; listings are pre-rendered, the thousands of
documents they link are rendered on request.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import NOT_FOUND, Hit, Reply, html_reply

SITE = "德州市人民政府"
CITY = "德州市"
CODE = "3714000001"
CREDIT = "113714000043411230"
PER_PAGE = 20
GK = "/zwgk/zfxxgk/"
TZGG = GK + "tzgg/"
ZL = "/ztzl/fzzfjs/"
OLD = "/old/"
LATEST = dt.date(2025, 6, 27)
OLDEST = dt.date(2016, 1, 6)
# The new CMS went live in July 2020 with everything from January 2020 imported; older items
# are listed with links into the frozen old site, which still holds its pages up to June 2020.
IMPORTED = dt.date(2020, 1, 1)
MIGRATED = dt.date(2020, 7, 1)
# How the old site's editor laid out a report: <P> runs, <BR> lines, or two pages ([NextPage]).
OLD_STYLES = {2016: "br", 2017: "paged", 2018: "p", 2019: "p"}
GOV = "德州市人民政府"
GOV_OFFICE = "德州市人民政府办公室"
SFJ = "德州市司法局"
NAV = [
    ("首页", "/"),
    ("走进德州", "/zjdz/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "/zwfw/"),
    ("互动交流", "/hdjl/"),
    ("专题专栏", "/ztzl/"),
]
NEWS = [
    ("/xwzx/ywdt/", "要闻动态", 40),
    ("/xwzx/bmdt/", "部门动态", 25),
    ("/xwzx/xsqdt/", "县市区动态", 25),
    ("/xwzx/tzgg/", "通知公告", 12),
]
# 信息公开 columns beside 通知公告: code, name, listing pages.
CATALOGUE = [
    ("jgzn", "机构职能", 1),
    ("ldxx", "领导信息", 1),
    ("zcwj", "政策文件", 4),
    ("zcjd", "政策解读", 2),
    ("ghjh", "规划计划", 1),
    ("czyjs", "财政预决算", 3),
    ("rsxx", "人事信息", 2),
    ("zfhy", "政府会议", 2),
    ("jytabl", "建议提案办理", 2),
    ("tjxx", "统计信息", 2),
]
TOPICS = [
    ("fzzfjs", "法治政府建设"),
    ("xczx", "乡村振兴"),
    ("yhyshj", "优化营商环境"),
    ("wmcs", "全国文明城市创建"),
    ("aqsc", "安全生产专项整治三年行动"),
    ("ztjy", "学习贯彻习近平新时代中国特色社会主义思想主题教育"),
]
COUNTIES = ["德城区", "陵城区", "禹城市", "乐陵市", "宁津县", "庆云县", "临邑县", "齐河县"]
NAMES = ["王建国", "李红梅", "张海涛", "刘志强", "陈晓东", "杨静", "赵伟", "孙立新", "周文斌"]
PLACES = ["天衢新区", "德城区新湖街道", "陵城区安德街道", "禹城市市中街道", "齐河县晏城街道"]
TOPIC_WORDS = [
    "城市供水节约用水",
    "生活垃圾分类",
    "农村公路养护",
    "物业管理",
    "养犬管理",
    "地下管线",
    "住房公积金",
    "城市绿化",
    "农贸市场",
    "停车场建设",
    "扬尘污染防治",
    "历史文化街区保护",
]
# 通知公告's fillers, by the item's date: {y} year, {m} month, {n} a counter, {w} a topic.
FILLER_TITLES = [
    "德州市人民政府关于{p}等同志职务任免的通知",
    "德州市{y}年第{n}批政府采购意向公开",
    "关于{c}国有建设用地使用权挂牌出让的公告（{y}年第{n}号）",
    "《德州市{w}管理办法》政策解读",
    "德州市人民政府关于印发德州市{w}工作实施方案的通知",
    "德州市{y}年{m}月份主要经济指标",
    "德州市人民政府关于{c}{y}年第{n}批次城镇建设用地征收土地的公告",
    "德州市{y}年市直事业单位公开招聘工作人员拟聘用人员公示（第{n}批）",
    "德州市人民政府办公室关于做好{w}工作的通知",
    "关于{y}年市级部门预算公开的说明（{n}）",
    "德州市人民政府关于同意{c}调整{w}专项规划的批复",
    "德州市{y}年{m}月份环境空气质量状况通报",
    "关于征求《德州市{w}条例（草案征求意见稿）》意见的公告",
    "德州市人民政府关于{y}年度市级预算调整方案的报告",
]
NEWS_TITLES = [
    "市委常委会召开会议 研究部署近期重点工作（{n}）",
    "市政府召开第{n}次常务会议",
    "市领导到{c}调研重点项目建设",
    "德州市召开{w}工作推进会",
    "{c}：多措并举推进{w}",
    "市政府常务会议听取{y}年度法治政府建设工作情况汇报",
    "我市召开全市法治政府建设工作会议（{n}）",
    "德州市开展“{w}”专项行动",
]


@dataclass(frozen=True)
class Doc:
    title: str
    date: str  # "YYYY-MM-DD HH:MM"
    source: str
    crumbs: tuple[tuple[str, str], ...]
    body: tuple[str, ...]
    table: bool = False  # a 信息公开 page (metadata table) rather than a news page
    index_no: str = ""
    written: str = ""
    doc_no: str = ""
    topic: str = "综合政务"


@dataclass(frozen=True)
class Report:
    year: int
    seed: str
    title: str
    pub: str  # "YYYY-MM-DD HH:MM"
    publisher: str
    doc_no: str = ""
    written: str = ""


REPORTS = [
    Report(
        2024,
        "000",
        "德州市人民政府关于2024年度法治政府建设工作情况的报告",
        "2025-03-28 16:20",
        GOV,
        "德政字〔2025〕9号",
        "2025-03-24",
    ),
    Report(
        2023,
        "001",
        "德州市人民政府关于2023年度法治政府建设工作情况的报告",
        "2024-03-27 10:05",
        GOV,
        "德政字〔2024〕11号",
        "2024-03-22",
    ),
    Report(
        2022,
        "003",
        "德州市人民政府关于2022年度法治政府建设情况的报告",
        "2023-03-30 17:42",
        GOV,
        "德政字〔2023〕8号",
        "2023-03-27",
    ),
    Report(
        2021,
        "004",
        "德州市2021年度法治政府建设情况报告",
        "2022-03-29 09:12",
        GOV,
        "",
        "2022-03-25",
    ),
    Report(
        2020,
        "000",
        "德州市2020年度法治政府建设工作报告",
        "2021-03-31 15:48",
        GOV_OFFICE,
        "",
        "2021-03-30",
    ),
    # The old site's (before July 2020): 来源 as its editors typed it.
    Report(
        2019,
        "001",
        "德州市人民政府关于2019年度法治政府建设工作情况的报告",
        "2020-03-26 10:31",
        SFJ,
    ),
    Report(2018, "003", "德州市2018年度法治政府建设工作报告", "2019-03-28 16:02", "市司法局"),
    Report(
        2017, "004", "德州市2017年法治政府建设工作情况报告", "2018-03-30 11:47", "市政府法制办"
    ),
    Report(
        2016,
        "004",
        "德州市人民政府关于2016年度法治政府建设情况的报告",
        "2017-03-15 09:30",
        "市政府法制办",
    ),
]
# Items in 通知公告 in the words of a report that are not one: (date, title).
DECOYS = [
    ("2025-04-10 09:00", "德州市2025年法治政府建设工作要点"),
    ("2025-03-31 15:10", "一图读懂｜德州市人民政府关于2024年度法治政府建设工作情况的报告"),
    ("2024-12-09 10:00", "关于做好2024年度法治政府建设情况报告工作的通知"),
    ("2024-04-12 16:30", "德州市2024年法治政府建设工作要点"),
    ("2024-03-25 11:00", "关于2023年度法治政府建设督察反馈问题整改情况的报告"),
    ("2023-06-16 09:40", "德州市2022年度法治政府建设考核结果公示"),
    ("2022-05-20 15:00", "德州市法治政府建设实施方案（2021—2025年）"),
    (
        "2021-12-15 10:20",
        "中共德州市委 德州市人民政府关于印发《德州市法治宣传教育第八个五年规划（2021—2025年）》的通知",
    ),
    ("2021-04-02 09:30", "《德州市2020年度法治政府建设工作报告》政策解读"),
    ("2020-04-08 10:00", "德州市人民政府关于2019年度法治政府建设考核结果的通报"),
    ("2019-04-02 15:20", "《德州市2018年度法治政府建设工作报告》解读"),
    ("2018-03-20 16:00", "德州市人民政府关于2017年度依法行政考核结果的通报"),
    ("2018-01-15 09:00", "关于报送2017年度法治政府建设情况报告的通知"),
    ("2017-04-10 10:30", "德州市2017年依法行政工作要点"),
    ("2016-11-08 09:00", "德州市法治政府建设实施方案（2016—2020年）"),
    (
        "2016-08-25 10:00",
        "中共德州市委 德州市人民政府关于转发《市委宣传部、市司法局关于在全市开展法治宣传教育的第七个五年规划（2016—2020年）》的通知",
    ),
]
OLD_CLASSES = [
    (1, "德州概况"),
    (2, "政务动态"),
    (3, "政府信息公开"),
    (31, "通知公告"),
    (4, "网上办事"),
    (5, "公众参与"),
]
PAGE_KINDS = [
    (TZGG, "通知公告"),
    (ZL, "专栏"),
    (OLD, "old site"),
    ("/xwzx/", "news"),
    (GK, "信息公开"),
    ("/ztzl/", "专题"),
]


def _ts(date: dt.date, k: int) -> str:
    return f"{date.isoformat()} {8 + k % 9:02d}:{(k * 17) % 60:02d}"


def _tpl(template: str, date: dt.date, n: int) -> str:
    return template.format(
        y=date.year,
        m=date.month,
        n=n,
        p=NAMES[n % len(NAMES)],
        c=(COUNTIES + PLACES)[n % (len(COUNTIES) + len(PLACES))],
        w=TOPIC_WORDS[(n * 5) % len(TOPIC_WORDS)],
    )


class ArchiveCitySite(BlindSite):
    name = "archive_city"
    region = "山东省德州市"
    # 通知公告's unrelated items over 2016–2025 (about 95 a year: 46 pages).
    fillers = 890

    def __init__(self) -> None:
        super().__init__()
        self.docs: dict[str, Doc] = {}
        self.old_docs: dict[int, Doc] = {}
        self.old_order: list[int] = []  # the old site's ArticleIDs, oldest first
        self.old_style: dict[int, str] = {}
        self.report_pages: dict[str, str] = {}
        self._next_id = 5_100_000
        self._next_old = 1_800

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.docs.clear()
        self.old_docs.clear()
        self.old_order.clear()
        self.old_style.clear()
        self.report_pages.clear()
        self._next_id = 5_100_000
        self._next_old = 1_800
        self._tzgg()
        self._catalogue()
        for column, name, count in NEWS:
            self._news(column, name, count)
        self._zhuanlan()
        self._topics()
        self._home()

    # --- serving --------------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path.lower() == "/old/showarticle.asp":
            args = {k.lower(): v for k, v in parse_qsl(hit.query)}
            aid = int(args.get("articleid", "0")) if args.get("articleid", "").isdigit() else 0
            page = args.get("page", "1")
            if aid in self.old_docs and page in ("1", "2"):
                return html_reply(
                    self._old_detail(aid, int(page)), encoding="gbk", header_charset=None
                )
            return html_reply(
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                "<title>错误信息</title></head><body><p>找不到文章，该文章可能已经被删除！</p>"
                '<p><a href="javascript:history.back()">返回上一页</a></p></body></html>',
                encoding="gbk",
                header_charset=None,
            )
        if hit.path.lower() == "/old/article_gethits.asp":
            return Reply(200, b"document.write('1286');", {"Content-Type": "text/javascript"})
        if hit.path.lower().startswith("/old/"):
            return self._old_gone()
        doc = self.docs.get(hit.path)
        if doc is not None and not hit.query:
            return html_reply(self._detail(doc))
        return super().dynamic(hit)

    def handle(self, hit: Hit) -> Reply:
        reply = super().handle(hit)
        if reply.status == 404 and reply.body == NOT_FOUND.encode():
            return html_reply(
                self._frame("页面不存在", [], "<h2>404 您访问的页面不存在</h2>"), status=404
            )
        return reply

    def page_kind(self, path: str) -> str:
        """What a requested page is, for the benchmark's account of where requests went."""
        bare = path.split("?", 1)[0]
        if path in {g.path for g in self.gold} or path in self.aliases:
            return "report"
        area = next((kind for prefix, kind in PAGE_KINDS if bare.startswith(prefix)), "")
        if not area:
            return "navigation"
        if area == "old site":
            return "old page" if "showarticle" in bare.lower() else "old other"
        listing = bare.endswith("/") or re.search(r"/index(?:_\d+)?\.html$", bare) is not None
        return f"{area} {'listing' if listing else 'page'}"

    # --- new template ---------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="container clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="鲁ICP备05012345号-1",
                police="鲁公网安备 37140202000123号",
                code=CODE,
                address="山东省德州市德城区三八东路1166号",
            )
            + "</body></html>"
        )

    def _detail(self, doc: Doc) -> str:
        table = ""
        info = (
            f'<div class="article-info"><span>发布时间：{esc(doc.date)}</span>'
            f"<span>来源：{esc(doc.source)}</span>"
            '<span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>'
            ' <a href="javascript:doZoom(14)">小</a>】</span></div>\n'
        )
        if doc.table:
            rows = [
                ("索\u2002引\u2002号", doc.index_no),
                ("主题分类", doc.topic),
                ("发布机构", doc.source),
                ("成文日期", doc.written or doc.date[:10]),
                ("文\u2002\u2002号", doc.doc_no),
                ("发布日期", doc.date[:10]),
            ]
            table = (
                '<table class="xxgk-table" cellspacing="0" cellpadding="0">'
                + "".join(
                    "<tr>"
                    + "".join(
                        f'<td class="t1"><b>{esc(k)}：</b></td><td class="t2">{esc(v)}</td>'
                        for k, v in rows[i : i + 2]
                    )
                    + "</tr>"
                    for i in range(0, len(rows), 2)
                )
                + "</table>\n"
            )
            info = (
                '<div class="article-info"><span>【字体：<a href="javascript:doZoom(18)">大</a>'
                ' <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
                "</span><span>浏览次数：<script>document.write(getClicks())</script></span></div>\n"
            )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-title">{esc(doc.title)}</h1>\n'
            + info
            + '<div class="article-content"><div class="TRS_Editor"><style type="text/css">\n'
            ".TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:仿宋_GB2312;"
            "font-size:16pt;}.TRS_Editor TD{font-size:12pt;}</style>\n"
            + fu.paragraphs(doc.body)
            + "</div></div>\n"
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        return self._frame(
            f"{doc.title}_{SITE}",
            list(doc.crumbs),
            main,
            ArticleTitle=doc.title,
            PubDate=doc.date,
            ContentSource=doc.source,
            ColumnName=doc.crumbs[-1][0] if doc.crumbs else "",
        )

    def _listing(
        self,
        column: str,
        name: str,
        items: list[tuple[str, str, str]],
        crumbs: list[tuple[str, str]],
        sidebar: list[tuple[str, str]],
    ) -> None:
        """A TRS column: `index.html`, `index_1.html` …; the pager function inlined."""
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        count = len(chunks)
        side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in sidebar)
        for n, chunk in enumerate(chunks):
            lis = "\n".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">'
                f"{esc(t if len(t) <= 24 else t[:24] + '…')}</a><span>{d[:10]}</span></li>"
                for t, u, d in chunk
            )
            main = (
                f'<div class="left-nav"><h3>{esc(crumbs[-1][0] if crumbs else name)}</h3>'
                f'<ul class="tree">{side}</ul></div>\n'
                f'<div class="right-list"><h2 class="column-title">{esc(name)}</h2>\n'
                f'<ul class="list">\n{lis}\n</ul>\n'
                f'<div class="page" id="page">{PAGER_JS}<script>\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f"var countPage = {count}//共多少页\nvar currentPage = {n};\n"
                'createPageHTML(countPage, currentPage, "index", "html");\n</script></div>\n'
                "</div>"
            )
            html = self._frame(f"{name}_{SITE}", [*crumbs, (name, column)], main)
            if n == 0:
                self.page(column, html)
                self.page(column + "index.html", html)
            else:
                self.page(f"{column}index_{n}.html", html)

    def _doc(
        self,
        column: str,
        title: str,
        date: str,
        source: str,
        crumbs: list[tuple[str, str]],
        *,
        body: list[str] | None = None,
        table: bool = False,
        topic: str = "综合政务",
    ) -> tuple[str, str, str]:
        """A new-template page rendered on request; returns its listing item (title, href, date)."""
        self._next_id += 7
        ymd = date[:10].replace("-", "")
        path = f"{column}{ymd[:6]}/t{ymd}_{self._next_id}.html"
        text = body or [f"{title}。", *FILLER_BODY[1:]]
        seq = self._next_id % 997
        self.docs[path] = Doc(
            title,
            date,
            source,
            tuple(crumbs),
            tuple(text),
            table=table,
            index_no=f"{CREDIT}/{date[:4]}-{seq:05d}" if table else "",
            topic=topic,
        )
        if body == NEGATIVE_BODY:
            self.negative_titles.append(title)
        return title, "./" + path[len(column) :], date

    def _old(
        self, title: str, date: str, source: str, body: list[str], style: str = "p"
    ) -> tuple[str, str, str]:
        """A page of the old site; returns its 通知公告 item (links straight into /old/)."""
        self._next_old += 3 + len(title) % 5
        aid = self._next_old
        self.old_docs[aid] = Doc(title, date, source, (("通知公告", ""),), tuple(body))
        self.old_order.append(aid)
        self.old_style[aid] = style
        if body == NEGATIVE_BODY and title not in self.negative_titles:
            self.negative_titles.append(title)
        return title, f"/old/ShowArticle.asp?ArticleID={aid}", date

    # --- old template ---------------------------------------------------------------------------
    def _old_detail(self, aid: int, page: int = 1) -> str:
        doc = self.old_docs[aid]
        style = self.old_style.get(aid, "p")
        lines = list(doc.body)
        pager = ""
        if style == "paged":
            half = (len(lines) + 1) // 2
            lines = lines[:half] if page == 1 else lines[half:]
            url = f"ShowArticle.asp?ArticleID={aid}&amp;Page="
            links = [
                f"<b>[{n}]</b>" if n == page else f'<a href="{url}{n}">[{n}]</a>' for n in (1, 2)
            ]
            step = f'<a href="{url}2">下一页</a>' if page == 1 else f'<a href="{url}1">上一页</a>'
            pager = (
                '<p align="center" class="pagelist">&nbsp;&nbsp;'
                + "&nbsp;".join(links)
                + f"&nbsp;&nbsp;{step}</p>"
            )
        at = self.old_order.index(aid)
        prev_id = self.old_order[at - 1] if at > 0 else None
        next_id = self.old_order[at + 1] if at + 1 < len(self.old_order) else None
        y, m, d = (int(x) for x in doc.date[:10].split("-"))
        when = f"{y}-{m}-{d} {int(doc.date[11:13])}:{doc.date[14:16]}:{aid % 60:02d}"
        paras = []
        for k, line in enumerate(lines):
            if style == "br":
                paras.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}<BR><BR>")
            elif k % 3 == 0:
                paras.append(
                    f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<FONT face=仿宋_GB2312 size=4>{esc(line)}</FONT></P>"
                )
            else:
                paras.append(f'<P style="TEXT-INDENT: 2em">{esc(line)}</P>')
        nav = " | ".join(
            f'<a href="/old/ShowClass.asp?ClassID={cid}" class="navlink">{esc(t)}</a>'
            for cid, t in OLD_CLASSES
        )

        words = ("法治政府", "依法行政", "法治宣传")
        if any(w in doc.title for w in words):
            kin = [
                a
                for a in reversed(self.old_order)
                if a != aid and any(w in self.old_docs[a].title for w in words)
            ][:6]
        else:
            kin = [a for a in self.old_order[max(0, at - 3) : at + 3] if a != aid][:4]
        related = "<br>".join(
            f'·<a href="/old/ShowArticle.asp?ArticleID={a}" target="_blank">'
            f"{esc(self.old_docs[a].title)}</a>&nbsp;&nbsp;"
            f"<font color=#999999>({self.old_docs[a].date[:10]})</font>"
            for a in kin
        )

        def sibling(label: str, other: int | None) -> str:
            if other is None:
                return f"{label}：没有了"
            return (
                f'{label}：<a href="/old/ShowArticle.asp?ArticleID={other}">'
                f"{esc(self.old_docs[other].title)}</a>"
            )

        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>德州市人民政府--{esc(doc.title)}</title>
<meta name="keywords" content="德州,德州市人民政府,中国德州">
<link href="/old/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/old/js/menu.js"></script>
<script language="JavaScript">
function fontZoom(size){{document.getElementById('fontzoom').style.fontSize=size+'px'}}
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="topbar">&nbsp;<script language="JavaScript" src="/old/js/date.js"></script>&nbsp;&nbsp;<a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.dezhou.gov.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.dezhou.gov.cn','德州市人民政府')">加入收藏</a></td></tr>
<tr><td><img src="/old/images/banner.jpg" width="990" height="150" border="0"></td></tr>
<tr><td height="36" class="nav" background="/old/images/navbg.gif">&nbsp;&nbsp;<a href="/old/Index.asp" class="navlink">网站首页</a> | {nav}</td></tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="30" class="location">&nbsp;您现在的位置：&nbsp;<a href="/old/Index.asp">德州市人民政府</a>&nbsp;&gt;&gt;&nbsp;<a href="/old/ShowClass.asp?ClassID=3">政府信息公开</a>&nbsp;&gt;&gt;&nbsp;<a href="/old/ShowClass.asp?ClassID=31">通知公告</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" class="border">
<tr><td height="60" align="center" class="title"><FONT style="FONT-SIZE: 20px" color=#cc0000><b>{esc(doc.title)}</b></FONT></td></tr>
<tr><td height="30" align="center" class="info" style="border-bottom:1px dashed #cccccc">发布时间：{when}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(doc.source)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/old/Article_GetHits.asp?ArticleID={aid}"></script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td id="fontzoom" class="content" style="padding:15px 25px; line-height:200%; font-size:14px" valign="top">
{chr(10).join(paras)}
{pager}
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印此文</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】&nbsp;&nbsp;</td></tr>
<tr><td height="50" class="prevnext" style="padding-left:25px">{sibling("上一篇", prev_id)}<br>{sibling("下一篇", next_id)}</td></tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" class="border">
<tr><td height="28" class="related_title">&nbsp;<b>相关文章</b></td></tr>
<tr><td class="related" style="padding-left:25px">{related}</td></tr>
</table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="copyright">
<tr><td height="90" align="center" background="/old/images/bottombg.gif">版权所有：德州市人民政府办公室&nbsp;&nbsp;&nbsp;主办：德州市人民政府办公室&nbsp;&nbsp;&nbsp;承办：德州市信息中心<br>
地址：德州市德城区三八东路1166号&nbsp;&nbsp;邮编：253000&nbsp;&nbsp;联系电话：0534-2688111<br>
<a href="http://www.miibeian.gov.cn" target="_blank">鲁ICP备05012345号</a>&nbsp;&nbsp;建议使用IE6.0以上浏览器，1024×768分辨率浏览</td></tr>
</table>
</body>
</html>
"""

    def _old_gone(self) -> Reply:
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>德州市人民政府</title></head><body>"
            '<table width="600" align="center"><tr><td align="center" height="200">'
            "本栏目已停止更新，相关信息已迁移至新版网站。<br>"
            '<a href="/">进入德州市人民政府新版网站</a></td></tr></table></body></html>'
        )
        return html_reply(html, encoding="gbk", header_charset=None)

    # --- 通知公告 ---------------------------------------------------------------------------------
    def _tzgg(self) -> list[tuple[str, str, str]]:
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开", GK), ("通知公告", TZGG)]
        events: list[tuple[str, str, str, str]] = []  # (date, kind, title, extra)
        span = (LATEST - OLDEST).days
        fillers = self.fillers
        for i in range(fillers):
            day = LATEST - dt.timedelta(days=span * i // fillers)
            title = _tpl(FILLER_TITLES[(i * 7) % len(FILLER_TITLES)], day, i // 3 + 1)
            events.append((_ts(day, i), "filler", title, ""))
        for date, title in DECOYS:
            events.append((date, "decoy", title, ""))
        for k, report in enumerate(REPORTS):
            events.append((report.pub, "report", report.title, str(k)))
        events.sort(key=lambda e: e[0], reverse=True)
        # The old site numbered its articles oldest first.
        built: dict[int, tuple[str, str, str]] = {}
        for idx in sorted(range(len(events)), key=lambda j: events[j][0]):
            date, kind, title, extra = events[idx]
            day = dt.date.fromisoformat(date[:10])
            old = day < IMPORTED
            both = IMPORTED <= day < MIGRATED  # imported, and still on the old site
            if kind == "report":
                built[idx] = self._report(REPORTS[int(extra)], crumbs, old, both)
            elif kind == "decoy":
                source = SFJ if "法治" in title or "依法" in title else GOV_OFFICE
                if old or both:
                    source = "市政府法制办" if date < "2019-03" else "市司法局"
                    built[idx] = self._old(title, date, source, list(NEGATIVE_BODY))
                if not old:
                    built[idx] = self._doc(
                        TZGG, title, date, source, crumbs, body=list(NEGATIVE_BODY), table=True
                    )
            elif old:
                built[idx] = self._old(title, date, "市政府办公室", list(FILLER_BODY))
            else:
                built[idx] = self._doc(TZGG, title, date, GOV_OFFICE, crumbs, table=True)
        items = [built[i] for i in range(len(events))]
        self._listing(TZGG, "通知公告", items, crumbs[:-1], self._gk_sidebar())
        return items

    def _report(
        self, r: Report, crumbs: list[tuple[str, str]], old: bool, both: bool = False
    ) -> tuple[str, str, str]:
        if old:
            self._next_old += 3
            aid = self._next_old
            path = f"/old/ShowArticle.asp?ArticleID={aid}"
            body = self.gold_report(
                path, r.seed, r.title, publisher=r.publisher, publish_date=r.pub[:10]
            )
            self.old_docs[aid] = Doc(r.title, r.pub, r.publisher, (("通知公告", ""),), tuple(body))
            self.old_order.append(aid)
            self.old_style[aid] = OLD_STYLES[r.year]
            return r.title, path, r.pub
        old_copy = ""
        if both:  # the old site's page of a report the new CMS imported: the same report
            self._next_old += 3
            aid = self._next_old
            lines = tuple(load_seed(r.seed).body_lines)
            self.old_docs[aid] = Doc(r.title, r.pub, r.publisher, (("通知公告", ""),), lines)
            self.old_order.append(aid)
            self.old_style[aid] = OLD_STYLES[r.year]
            old_copy = f"/old/ShowArticle.asp?ArticleID={aid}"
        ymd = r.pub[:10].replace("-", "")
        self._next_id += 7
        path = f"{TZGG}{ymd[:6]}/t{ymd}_{self._next_id}.html"
        index_no = f"{CREDIT}/{r.pub[:4]}-{self._next_id % 997:05d}"
        body = self.gold_report(
            path,
            r.seed,
            r.title,
            publisher=r.publisher,
            publish_date=r.pub[:10],
            index_no=index_no,
            written_date=r.written or r.pub[:10],
            doc_no=r.doc_no or None,
        )
        doc = Doc(
            r.title,
            r.pub,
            r.publisher,
            tuple(crumbs),
            tuple(body),
            table=True,
            index_no=index_no,
            written=r.written or r.pub[:10],
            doc_no=r.doc_no,
            topic="政府工作",
        )
        self.docs[path] = doc
        self.report_pages[r.title] = path
        if old_copy:
            self.aliases[old_copy] = path
        return r.title, "./" + path[len(TZGG) :], r.pub

    # --- 信息公开 catalogue -----------------------------------------------------------------------
    def _gk_sidebar(self) -> list[tuple[str, str]]:
        return [
            ("政府信息公开指南", GK + "xxgkzn/"),
            ("政府信息公开制度", GK + "xxgkzd/"),
            *[(name, f"{GK}{code}/") for code, name, _ in CATALOGUE],
            ("通知公告", TZGG),
            ("政府信息公开年报", GK + "ndbg/"),
        ]

    def _catalogue(self) -> None:
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开", GK)]
        for code, name, count in CATALOGUE:
            column = f"{GK}{code}/"
            items = []
            for i in range(count * PER_PAGE - 4):
                day = LATEST - dt.timedelta(days=9 * i + len(code))
                template = FILLER_TITLES[(i * 3 + len(code)) % len(FILLER_TITLES)]
                if code == "zfhy":
                    template = "德州市人民政府第{n}次常务会议纪要"
                elif code == "tjxx":
                    template = "德州市{y}年{m}月份主要经济指标"
                items.append(
                    self._doc(
                        column,
                        _tpl(template, day, 200 - i),
                        _ts(day, i),
                        GOV_OFFICE,
                        [*crumbs, (name, column)],
                        table=True,
                        topic=name,
                    )
                )
            self._listing(column, name, items, crumbs, self._gk_sidebar())
        ndbg = [
            self._doc(
                GK + "ndbg/",
                f"德州市人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-2{year % 8} 10:00",
                GOV_OFFICE,
                [*crumbs, ("政府信息公开年报", GK + "ndbg/")],
                table=True,
            )
            for year in range(2024, 2019, -1)
        ]
        for title, _, _ in ndbg:
            self.negative_titles.append(title)
        self._listing(GK + "ndbg/", "政府信息公开年报", ndbg, crumbs, self._gk_sidebar())
        for code, name in (("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度")):
            self.page(
                GK + code + "/",
                self._frame(
                    f"{name}_{SITE}",
                    [*crumbs, (name, GK + code + "/")],
                    f'<div class="article"><h1>{name}</h1><p>{SITE}{name}全文。</p></div>',
                ),
            )
        boxes = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in self._gk_sidebar())
        index = (
            f'<div class="gk-index"><h2>政府信息公开</h2><ul class="columns">{boxes}</ul></div>'
        )
        self.page(GK, self._frame(f"政府信息公开_{SITE}", crumbs, index))
        self.page(GK + "index.html", self._frame(f"政府信息公开_{SITE}", crumbs, index))
        zwgk = (
            '<div class="zwgk"><ul><li><a href="/zwgk/zfxxgk/">政府信息公开</a></li>'
            '<li><a href="/zwgk/zfxxgk/xxgkzn/">政府信息公开指南</a></li>'
            '<li><a href="/zwgk/zfxxgk/ndbg/">政府信息公开年报</a></li>'
            '<li><a href="/zwgk/zfxxgk/zcwj/">政策文件</a></li>'
            '<li><a href="/zwgk/zfxxgk/zcjd/">政策解读</a></li>'
            '<li><a href="/zwgk/zfxxgk/tzgg/">通知公告</a></li></ul></div>'
        )
        self.page("/zwgk/", self._frame(f"政务公开_{SITE}", [("政务公开", "/zwgk/")], zwgk))

    # --- news -------------------------------------------------------------------------------------
    def _news(self, column: str, name: str, count: int) -> None:
        crumbs = [("新闻中心", "/xwzx/"), (name, column)]
        items = []
        heard: set[str] = set()
        for i in range(count * PER_PAGE - 6):
            day = LATEST - dt.timedelta(days=i // 3 + len(name))
            template = NEWS_TITLES[(i * 3 + count) % len(NEWS_TITLES)]
            if column == "/xwzx/tzgg/":  # the news side's notices: never a report
                template = FILLER_TITLES[(i * 5 + 1) % len(FILLER_TITLES)]
            title = _tpl(template, day, i + 1)
            if "听取" in title:
                title = title.replace(str(day.year), str(day.year - 1))
                if title in heard:
                    title = _tpl("市政府召开第{n}次常务会议", day, i + 1)
                heard.add(title)
            body = list(NEGATIVE_BODY) if "法治" in title else None
            items.append(self._doc(column, title, _ts(day, i), "德州日报", crumbs, body=body))
        self._listing(column, name, items, crumbs[:1], [(t, p) for p, t, _ in NEWS])

    # --- 专栏 and 专题 ------------------------------------------------------------------------------
    def _zhuanlan(self) -> None:
        crumbs = [("专题专栏", "/ztzl/"), ("法治政府建设", ZL)]
        sub = [("年度报告", ZL + "ndbg/"), ("工作动态", ZL + "gzdt/"), ("政策文件", ZL + "zcwj/")]
        # 年度报告: 2022–2024 are the 通知公告 pages (TRS 引用), 2021 a copy of its own.
        ndbg: list[tuple[str, str, str]] = []
        by_year = {r.year: r for r in REPORTS}
        for year in (2024, 2023, 2022):
            r = by_year[year]
            ndbg.append((r.title, self.report_pages[r.title], r.pub))
        ndbg.insert(
            1,
            self._doc(
                ZL + "ndbg/",
                "一图读懂｜德州市人民政府关于2024年度法治政府建设工作情况的报告",
                "2025-03-31 15:10",
                SFJ,
                [*crumbs, ("年度报告", ZL + "ndbg/")],
                body=list(NEGATIVE_BODY),
            ),
        )
        r = by_year[2021]
        original = self.report_pages[r.title]
        copy = f"{ZL}ndbg/202203/t20220329_{self._next_id + 3}.html"
        self._next_id += 7
        self.docs[copy] = self.docs[original]
        self.aliases[copy] = original
        ndbg.append((r.title, "./" + copy[len(ZL + "ndbg/") :], r.pub))
        self._listing(ZL + "ndbg/", "年度报告", ndbg, crumbs, sub)
        gzdt = []
        for i in range(38):
            day = LATEST - dt.timedelta(days=23 * i + 4)
            template = [
                "我市召开全市法治政府建设工作会议（{n}）",
                "{c}扎实推进法治政府建设示范创建",
                "市司法局开展行政执法案卷评查",
                "德州市举办领导干部法治专题讲座（第{n}期）",
                "市政府常务会议听取{y}年度法治政府建设工作情况汇报",
            ][i % 5]
            title = _tpl(template, day, 40 - i)
            if "听取" in title:
                title = title.replace(str(day.year), str(day.year - 1))
            gzdt.append(
                self._doc(
                    ZL + "gzdt/",
                    title,
                    _ts(day, i),
                    "市司法局",
                    [*crumbs, ("工作动态", ZL + "gzdt/")],
                    body=list(NEGATIVE_BODY),
                )
            )
        self._listing(ZL + "gzdt/", "工作动态", gzdt, crumbs, sub)
        zcwj = [
            self._doc(
                ZL + "zcwj/",
                title,
                date,
                SFJ,
                [*crumbs, ("政策文件", ZL + "zcwj/")],
                body=list(NEGATIVE_BODY),
                table=True,
            )
            for date, title in (
                ("2025-04-10 09:00", "德州市2025年法治政府建设工作要点"),
                ("2024-04-12 16:30", "德州市2024年法治政府建设工作要点"),
                ("2022-05-20 15:00", "德州市法治政府建设实施方案（2021—2025年）"),
                ("2021-12-20 10:00", "德州市重大行政决策程序规定"),
            )
        ]
        self._listing(ZL + "zcwj/", "政策文件", zcwj, crumbs, sub)
        boxes = ""
        for (label, url), entries in zip(sub, (ndbg, gzdt, zcwj), strict=True):
            lis = "".join(
                f'<li><a href="{esc(url + h[2:] if h.startswith("./") else h)}" '
                f'title="{esc(t)}">{esc(t)}</a><span>{d[:10]}</span></li>'
                for t, h, d in entries[:6]
            )
            boxes += (
                f'<div class="zl-box"><div class="zl-tit"><h3>{esc(label)}</h3>'
                f'<a class="more" href="{url}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
            )
        banner = '<div class="zl-banner"><img src="/ztzl/fzzfjs/images/banner.jpg" alt="法治政府建设"></div>'
        self.page(ZL, self._frame(f"法治政府建设_{SITE}", crumbs, banner + boxes))
        self.page(ZL + "index.html", self._frame(f"法治政府建设_{SITE}", crumbs, banner + boxes))

    def _topics(self) -> None:
        lis = "".join(
            f'<li><a href="/ztzl/{c}/"><img src="/ztzl/images/{c}.jpg" alt="{esc(t)}">'
            f"<span>{esc(t)}</span></a></li>"
            for c, t in TOPICS
        )
        self.page(
            "/ztzl/",
            self._frame(
                f"专题专栏_{SITE}", [("专题专栏", "/ztzl/")], f'<ul class="topics">{lis}</ul>'
            ),
        )
        for code, title in TOPICS[1:]:
            items = [
                self._doc(
                    f"/ztzl/{code}/",
                    f"{title}工作动态（{k}）",
                    _ts(LATEST - dt.timedelta(days=k * 11), k),
                    "德州日报",
                    [("专题专栏", "/ztzl/"), (title, f"/ztzl/{code}/")],
                )
                for k in range(1, 13)
            ]
            self._listing(f"/ztzl/{code}/", title, items, [("专题专栏", "/ztzl/")], [])

    def _home(self) -> None:
        def box(title: str, links: list[tuple[str, str]], more: str | None = None) -> str:
            head = f"<h3>{esc(title)}</h3>" + (
                f'<a class="more" href="{more}">更多&gt;&gt;</a>' if more else ""
            )
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a></li>' for t, u in links
            )
            return f'<div class="box">{head}<ul>{lis}</ul></div>\n'

        def newest(column: str, count: int) -> list[tuple[str, str]]:
            return [(d.title, p) for p, d in self.docs.items() if p.startswith(column)][:count]

        boxes = [
            box("要闻动态", newest("/xwzx/ywdt/", 12), "/xwzx/ywdt/"),
            box("部门动态", newest("/xwzx/bmdt/", 8), "/xwzx/bmdt/"),
            box("县市区动态", newest("/xwzx/xsqdt/", 8), "/xwzx/xsqdt/"),
            box("通知公告", newest("/xwzx/tzgg/", 8), "/xwzx/tzgg/"),
            box(
                "政务公开",
                [
                    ("政府信息公开", GK),
                    ("政府信息公开指南", GK + "xxgkzn/"),
                    ("政府信息公开制度", GK + "xxgkzd/"),
                    ("政府信息公开年报", GK + "ndbg/"),
                    ("政策文件", GK + "zcwj/"),
                    ("政策解读", GK + "zcjd/"),
                ],
                "/zwgk/",
            ),
            box("专题专栏", [(t, f"/ztzl/{c}/") for c, t in TOPICS], "/ztzl/"),
            box(
                "县市区",
                [(c, f"http://www.{k}.dezhou.example/") for k, c in enumerate(COUNTIES)],
            ),
            box(
                "政务服务",
                [
                    (t, f"http://www.shandong.gov.cn/api-gateway/jpaas-jiq-web-front/{k}")
                    for k, t in enumerate(["个人办事", "法人办事", "一件事", "好差评"])
                ],
            ),
            box(
                "互动交流",
                [
                    ("市长信箱", "/hdjl/szxx/"),
                    ("在线访谈", "/hdjl/zxft/"),
                    ("民意征集", "/hdjl/myzj/"),
                    ("12345热线", "/hdjl/12345/"),
                ],
            ),
        ]
        self.page("/", self._frame(SITE, [], "".join(boxes) + fu.interaction_sidebar()))
        news = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t, _ in NEWS)
        self.page(
            "/xwzx/",
            self._frame(
                f"新闻中心_{SITE}", [("新闻中心", "/xwzx/")], f'<ul class="columns">{news}</ul>'
            ),
        )
        about = (
            "<div><h2>走进德州</h2><p>德州市位于山东省西北部，北依京津，南接省会济南。</p></div>"
        )
        self.page("/zjdz/", self._frame(f"走进德州_{SITE}", [("走进德州", "/zjdz/")], about))


# TRS's pager function as list templates inline it: writes 共N页, the page links and a jump box.
PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  document.write("<span class=\\"total\\">共" + _nPageCount + "页</span>&nbsp;");
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">上一页</a>&nbsp;");
    else document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex-1) + "." + _sPageExt + "\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex == (_nPageCount-1)) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  else {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex+1) + "." + _sPageExt + "\\">下一页</a>&nbsp;");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount-1) + "." + _sPageExt + "\\">尾页</a>");
  }
  document.write("&nbsp;转到<select onchange=\\"location.href=this.value\\">");
  for(var i=0; i<_nPageCount; i++){
    var v = (i == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    document.write("<option value=\\"" + v + "\\"" + (i == nCurrIndex ? " selected" : "") + ">第" + (i+1) + "页</option>");
  }
  document.write("</select>");
}
</script>
"""


class ArchiveCityDeepSite(ArchiveCitySite):
    """The same city at the volume of a busier 通知公告 (about 150 items a year): 74 pages, the
    2016 report on page 65, the 2017 one on page 57, the 2018 one on page 49."""

    name = "archive_city_deep"
    fillers = 1450
    # 74 listing pages before the reports: more than a quick check's default budget.
    check_pages = 300
