"""A Hubei county's 政府信息公开 catalogue on a modern Java CMS (`/xxgk/list.do?catId=N`,
`/xxgk/detail.do?id=<32 hex>`) whose column listings show only the current year's items unless
the visitor picks another year in the filter bar above the list:

- every catalogue column carries a filter form, `<form id="searchForm" action="list.do"
  method="get">` with a hidden `catId`, `年份：<select name="year" onchange="search()">` (options
  `全部` (`all`), 2025 … 2018, 2025 selected), `主题分类` (`themeId`) and `发布机构` (`orgId`)
  selects, a 关键字 box and a 查询 submit button, and a hidden `pageNo`; `search()` builds the
  same URL (`list.do?catId=215&year=2023&themeId=&orgId=&keyword=&pageNo=1`) and goes there;
- without a `year` the server lists the current year (2025); the pager (`共 13 条 第 1/2 页
  首页 上一页 下一页 尾页`) links keep every filter; a year with nothing in it answers
  `暂无数据`, as does a page past the end;
- 法治政府建设 (`catId=215`) holds the 县政府's 2024 report (the one gold in the default 2025
  view), its 2023 report on page 2 of `year=2024`, the 县司法局's 2022 report in `year=2023` and
  the 县政府's 2021 report in `year=2022`; beside them in every year 工作要点, 普法 plans,
  一图读懂 and 解读 of a report, 述法 and 督察整改 reports, 考核 通报, an 常务会议 that
  听取 the report, 行政执法 统计年报, 实施方案, a 上半年 总结; 2018–2020 are empty (the
  column opened in 2021);
- 政府信息公开年报 (`catId=216`) shows year tabs (`2025年` … `2018年`, `全部`) that set the same
  form's hidden `year` and submit it (`onclick="changeYear('2023')"`): 政府信息公开工作年度报告
  of the 县政府 and departments, every year;
- other catalogue columns (指南, 制度, 机构职能, 政策文件, 规划计划, 财政信息, 重大行政决策) use
  the same list engine; the news columns (`/news/list.do?catId=101`) page without a year filter
  and hold a 常务会议 news item about the 法治 report.

Home → 政务公开 (`/xxgk/index.do`, the catalogue's column tree and its newest items) → a column.
Report pages: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期, 名称), the
`<h1>`, a 字体/打印/关闭 bar, the text, a share bar and a 相关信息 list of the column's newest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "竹山县人民政府"
CODE = "4203230001"
GOV = "竹山县人民政府"
GOV_OFFICE = "竹山县人民政府办公室"
SFJ = "竹山县司法局"
CREDIT = "11420323011060532X"
SFJ_CREDIT = "11420323011060911N"
CURRENT_YEAR = 2025
YEARS = tuple(range(CURRENT_YEAR, 2017, -1))
PAGE_SIZE = 10
FZZF = 215
NDBG = 216
ORGS = {
    "1": GOV,
    "2": GOV_OFFICE,
    "3": SFJ,
    "4": "竹山县发展和改革局",
    "5": "竹山县财政局",
    "6": "竹山县教育局",
}
THEMES = {
    "1": "综合政务",
    "2": "国民经济管理、国有资产监管",
    "3": "财政、金融、审计",
    "4": "公安、安全、司法",
    "5": "劳动、人事、监察",
    "6": "其他",
}
# The 信息公开 catalogue tree: (branch, [(column, catId)]).
TREE: list[tuple[str, list[tuple[str, int]]]] = [
    ("政府信息公开指南", [("政府信息公开指南", 201)]),
    ("政府信息公开制度", [("政府信息公开制度", 202)]),
    (
        "法定主动公开内容",
        [
            ("机构职能", 210),
            ("政策文件", 211),
            ("规划计划", 212),
            ("财政信息", 213),
            ("重大行政决策", 214),
            ("法治政府建设", FZZF),
        ],
    ),
    ("政府信息公开年报", [("政府信息公开年报", NDBG)]),
]
NEWS = {101: "竹山要闻", 102: "通知公告"}
NAV = [
    ("首页", "/index.html"),
    ("走进竹山", "/zjzs/index.html"),
    ("新闻中心", "/news/list.do?catId=101"),
    ("政务公开", "/xxgk/index.do"),
    ("政务服务", "http://zwfw.hubei.gov.cn/webview/fw/"),
    ("互动交流", "/hdjl/index.html"),
]


@dataclass
class Item:
    cat: int
    title: str
    pub: str
    org: str  # key of ORGS
    theme: str  # key of THEMES
    path: str


def _uuid(seed: str) -> str:
    return "ff808081" + hashlib.md5(seed.encode()).hexdigest()[:24]


class YearFilterCountySite(BlindSite):
    name = "year_filter_county"
    region = "湖北省十堰市竹山县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.items: dict[int, list[Item]] = {}
        self.pending: list[tuple[Item, list[str], dict[str, str]]] = []
        self.seq = 100
        self._fzzf()
        self._ndbg()
        self._other_columns()
        self._news()
        for items in self.items.values():
            items.sort(key=lambda it: it.pub, reverse=True)
        for item, body, meta in self.pending:
            self.page(item.path, self._detail(item, body, **meta))
        self._xxgk_index()
        self._home()

    # --- content ------------------------------------------------------------------------------
    def _add(
        self,
        cat: int,
        title: str,
        pub: str,
        org: str = "2",
        theme: str = "1",
        *,
        body: list[str] | None = None,
        doc_no: str = "",
    ) -> Item:
        path = f"/xxgk/detail.do?id={_uuid(title + pub)}"
        item = Item(cat, title, pub, org, theme, path)
        self.items.setdefault(cat, []).append(item)
        if body is None:
            body = NEGATIVE_BODY if "法治" in title or "普法" in title else FILLER_BODY
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
        self.seq += 1
        credit = SFJ_CREDIT if org == "3" else CREDIT
        index_no = f"{credit}/{pub[:4]}-{self.seq:05d}"
        meta = {"index_no": index_no, "written": pub, "doc_no": doc_no}
        self.pending.append((item, body, meta))
        return item

    def _gold(
        self,
        title: str,
        seed: str,
        pub: str,
        org: str,
        *,
        index_no: str,
        written: str,
        doc_no: str = "",
    ) -> None:
        path = f"/xxgk/detail.do?id={_uuid(title + pub)}"
        item = Item(FZZF, title, pub, org, "4", path)
        self.items.setdefault(FZZF, []).append(item)
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=ORGS[org],
            publish_date=pub,
            index_no=index_no,
            written_date=written,
            doc_no=doc_no or None,
        )
        meta = {"index_no": index_no, "written": written, "doc_no": doc_no}
        self.pending.append((item, body, meta))

    def _fzzf(self) -> None:
        n = self._add
        c = FZZF
        # 2025, the default view: one report among ten others (eleven items, two pages).
        n(c, "关于开展“八五”普法终期评估工作的通知", "2025-04-15", "3", "4")
        n(c, "竹山县2025年法治政府建设工作要点", "2025-04-08", "2", "4")
        n(c, "竹山县2025年普法依法治理工作要点", "2025-04-01", "3", "4")
        n(c, "一图读懂《竹山县人民政府关于2024年度法治政府建设工作情况的报告》", "2025-03-27")
        self._gold(
            "竹山县人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            "2025-03-25",
            "1",
            index_no=f"{CREDIT}/2025-00087",
            written="2025-03-20",
            doc_no="竹政报〔2025〕7号",
        )
        n(c, "竹山县人民政府县长2024年度述法报告", "2025-03-12", "1", "4")
        n(c, "县政府常务会议听取2024年度法治政府建设工作情况汇报", "2025-03-06")
        n(c, "关于2024年度法治政府建设考核结果的通报", "2025-02-20", "2", "4")
        n(c, "竹山县2024年行政执法数据统计年报", "2025-01-24", "3", "4")
        n(c, "关于公布竹山县2025年度重大行政决策事项目录的通知", "2025-01-15")
        n(c, "关于2024年度法治政府建设督察反馈问题整改情况的报告", "2025-01-08", "1", "4")
        # 2024: thirteen items, the 2023 report twelfth (page 2 of the year).
        n(c, "竹山县2024年度行政复议应诉工作情况通报", "2024-12-20", "3", "4")
        n(c, "关于公布竹山县行政规范性文件清理结果的通知", "2024-12-05")
        n(c, "竹山县行政执法“三项制度”落实情况通报", "2024-11-20", "3", "4")
        n(c, "竹山县召开2024年法治政府建设示范创建推进会", "2024-10-15")
        n(c, "关于开展2024年度法治政府建设督察的通知", "2024-09-05", "2", "4")
        n(c, "竹山县司法局2024年“谁执法谁普法”履职评议活动方案", "2024-08-12", "3", "4")
        n(c, "竹山县2024年上半年法治政府建设工作总结", "2024-07-10", "2", "4")
        n(c, "竹山县“八五”普法中期评估情况报告", "2024-06-18", "3", "4")
        n(c, "竹山县2023年度法治政府建设考核结果公示", "2024-05-08", "2", "4")
        n(c, "关于印发《竹山县2024年法治政府建设工作要点》的通知", "2024-04-10", "2", "4")
        n(
            c,
            "关于《竹山县人民政府关于2023年度法治政府建设工作情况的报告》的解读",
            "2024-03-29",
        )
        self._gold(
            "竹山县人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-28",
            "1",
            index_no=f"{CREDIT}/2024-00064",
            written="2024-03-22",
            doc_no="竹政报〔2024〕5号",
        )
        n(c, "竹山县2023年行政执法数据统计年报", "2024-01-26", "3", "4")
        # 2023
        n(c, "关于印发《竹山县重大行政决策程序实施细则》的通知", "2023-09-28", "1", "4")
        n(c, "关于开展法治政府建设示范创建活动的通知", "2023-08-03", "2", "4")
        n(c, "竹山县召开2023年全面依法治县工作会议", "2023-06-20")
        n(c, "竹山县2022年度法治政府建设考核结果公示", "2023-05-16", "2", "4")
        n(c, "竹山县2023年法治政府建设工作要点", "2023-04-12", "2", "4")
        self._gold(
            "竹山县司法局2022年度法治政府建设工作情况报告",
            "001",
            "2023-02-15",
            "3",
            index_no=f"{SFJ_CREDIT}/2023-00011",
            written="2023-02-13",
        )
        n(c, "竹山县2022年行政执法数据统计年报", "2023-01-20", "3", "4")
        # 2022
        n(c, "竹山县召开法治政府建设推进会", "2022-11-08")
        n(c, "竹山县法治政府建设示范创建实施方案", "2022-07-06", "2", "4")
        n(c, "竹山县2021年度法治政府建设考核结果通报", "2022-05-10", "2", "4")
        n(c, "竹山县2022年法治政府建设工作要点", "2022-04-20", "2", "4")
        self._gold(
            "竹山县人民政府关于2021年度法治政府建设情况的报告",
            "004",
            "2022-03-30",
            "1",
            index_no=f"{CREDIT}/2022-00041",
            written="2022-03-25",
            doc_no="竹政报〔2022〕4号",
        )
        n(c, "竹山县2022年普法依法治理工作要点", "2022-03-15", "3", "4")
        # 2021: the column opened in April 2021.
        n(c, "竹山县“八五”普法规划（2021—2025年）", "2021-09-14", "3", "4")
        n(c, "竹山县法治政府建设实施方案（2021—2025年）", "2021-06-30", "1", "4")
        n(c, "竹山县2021年法治政府建设工作要点", "2021-04-15", "2", "4")

    def _ndbg(self) -> None:
        units = [("1", GOV), ("3", SFJ), ("4", "竹山县发展和改革局"), ("6", "竹山县教育局")]
        for year in range(2024, 2017, -1):
            for k, (org, unit) in enumerate(units):
                if year < 2020 and k > 1:
                    continue
                title = f"{unit}{year}年政府信息公开工作年度报告"
                self._add(
                    NDBG, title, f"{year + 1}-01-{25 - 3 * k:02d}", org, "1", body=FILLER_BODY
                )
                self.negative_titles.append(title)

    def _other_columns(self) -> None:
        per_year = {
            201: [("竹山县人民政府信息公开指南（{y}年修订）", "01-05")],
            202: [("竹山县政府信息公开保密审查制度（{y}年）", "02-11")],
            210: [("竹山县人民政府领导工作分工（{y}年调整）", "03-02")],
            211: [
                ("竹山县人民政府关于做好{y}年耕地保护工作的通知", "03-18"),
                ("竹山县人民政府办公室关于做好{y}年春季森林防火工作的通知", "02-26"),
                ("竹山县人民政府关于印发{y}年城乡环境综合整治方案的通知", "01-22"),
            ],
            212: [("竹山县{p}年国民经济和社会发展计划执行情况与{y}年计划", "02-05")],
            213: [("竹山县{y}年县级部门预算公开", "02-14"), ("竹山县{p}年县级决算公开", "01-28")],
            214: [("竹山县{y}年度重大行政决策事项目录", "01-16")],
        }
        for cat, rows in per_year.items():
            for year in (2025, 2024, 2023, 2022, 2021):
                for title, day in rows:
                    dated = title.format(y=year, p=year - 1)
                    org = "5" if cat == 213 else "2"
                    theme = "3" if cat == 213 else "1"
                    self._add(cat, dated, f"{year}-{day}", org, theme, body=FILLER_BODY)

    def _news(self) -> None:
        self.news: dict[int, list[tuple[str, str, str]]] = {101: [], 102: []}
        headlines = [
            ("竹山县召开县政府第42次常务会议", "2025-04-18"),
            ("县领导调研春季农业生产和防汛准备工作", "2025-04-16"),
            ("竹山县举办2025年“春风行动”专场招聘会", "2025-04-11"),
            ("县政府常务会议听取2024年度法治政府建设工作情况汇报", "2025-03-06"),
            ("竹山县召开优化营商环境工作推进会", "2025-03-02"),
            ("竹山县开展“3·15”消费者权益保护宣传活动", "2025-03-15"),
            ("竹山县召开2025年全面依法治县工作会议", "2025-02-26"),
            ("我县多措并举保障春节期间市场供应", "2025-01-24"),
            ("竹山县召开2024年度县管领导班子述职述廉会议", "2025-01-14"),
            ("竹山县组织收看全省法治政府建设工作电视电话会议", "2024-12-27"),
            ("竹山县举办行政执法人员专题培训班", "2024-12-11"),
            ("竹山县2024年秋季征兵工作圆满完成", "2024-11-28"),
            ("县政府召开第三季度经济运行分析会", "2024-10-22"),
            ("竹山县开展国家宪法日主题宣传活动", "2024-12-04"),
        ]
        notices = [
            ("竹山县2025年公开招聘中小学教师公告", "2025-04-17"),
            ("关于召开全县2025年法治政府建设推进会的通知", "2025-04-10"),
            ("竹山县2025年春季森林防火期禁火令", "2025-03-28"),
            ("关于城区部分路段停水的通知", "2025-03-19"),
            ("竹山县2025年耕地地力保护补贴发放公示", "2025-03-11"),
            ("关于举办全县行政执法人员法治政府建设专题培训班的通知", "2025-02-24"),
            ("关于做好2025年城乡居民基本医疗保险参保缴费工作的通告", "2025-01-06"),
            ("竹山县2024年度拟提拔任用干部任前公示", "2024-12-30"),
            ("关于竹山县国有建设用地使用权挂牌出让的公告", "2024-12-18"),
            ("竹山县2025年义务教育阶段招生工作公告", "2024-12-02"),
            ("关于开展2024年度法治政府建设督察的通知", "2024-09-04"),
            ("竹山县2024年政府采购意向公开", "2024-08-20"),
        ]
        for cat, rows in ((101, headlines), (102, notices)):
            source = "竹山县融媒体中心" if cat == 101 else GOV_OFFICE
            for title, pub in sorted(rows, key=lambda r: r[1], reverse=True):
                path = f"/news/detail.do?id={_uuid('news' + title + pub)}"
                body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
                if body is NEGATIVE_BODY:
                    self.negative_titles.append(title)
                self.page(path, self._news_detail(cat, title, body, pub, source))
                self.news[cat].append((title, path, pub))

    # --- list engine -------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        params = dict(parse_qsl(hit.query, keep_blank_values=True))
        if hit.path == "/xxgk/list.do":
            return self._list(params)
        if hit.path == "/news/list.do":
            return self._news_list(params)
        return super().dynamic(hit)

    def _list(self, params: dict[str, str]) -> Reply:
        raw_cat = params.get("catId", "")
        cat = int(raw_cat) if raw_cat.isdigit() else 0
        if self._column_name(cat) is None:
            return html_reply(
                self._frame(
                    "提示", [("首页", "/index.html")], '<div class="msg">栏目不存在！</div>'
                ),
                status=404,
            )
        year = params.get("year", "").strip() or str(CURRENT_YEAR)
        if year != "all" and not (year.isdigit() and len(year) == 4):
            year = str(CURRENT_YEAR)
        theme = params.get("themeId", "")
        org = params.get("orgId", "")
        keyword = params.get("keyword", "").strip()
        raw_page = params.get("pageNo", "1")
        page_no = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
        rows = [
            it
            for it in self.items.get(cat, [])
            if (year == "all" or it.pub[:4] == year)
            and (not theme or it.theme == theme)
            and (not org or it.org == org)
            and (not keyword or keyword in it.title)
        ]
        total_pages = max(1, -(-len(rows) // PAGE_SIZE))
        shown = rows[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
        filters = {"year": year, "themeId": theme, "orgId": org, "keyword": keyword}
        return html_reply(
            self._list_page(
                cat, filters, shown, page_no=page_no, total=len(rows), pages=total_pages
            )
        )

    def _list_page(
        self,
        cat: int,
        filters: dict[str, str],
        rows: list[Item],
        *,
        page_no: int,
        total: int,
        pages: int,
    ) -> str:
        name = self._column_name(cat) or ""
        start = (page_no - 1) * PAGE_SIZE
        if rows:
            body_rows = "".join(
                f'<tr><td class="xh">{start + k + 1}</td>'
                f'<td class="bt"><a href="detail.do?id={it.path.rsplit("=", 1)[1]}" '
                f'target="_blank" title="{esc(it.title)}">{esc(it.title)}</a></td>'
                f"<td>{esc(ORGS[it.org])}</td><td>{esc(it.pub)}</td></tr>\n"
                for k, it in enumerate(rows)
            )
        else:
            body_rows = '<tr><td colspan="4" class="no-data">暂无数据</td></tr>\n'
        table = (
            '<table class="xxgk-list" width="100%" cellspacing="0" cellpadding="0">'
            '<thead><tr><th width="7%">序号</th><th>标题</th><th width="20%">发布机构</th>'
            '<th width="13%">发布日期</th></tr></thead>\n<tbody>\n'
            + body_rows
            + "</tbody></table>"
        )
        pager = self._pager(cat, filters, page_no, total, pages)
        head = self._year_tabs(cat, filters) if cat == NDBG else self._filter_bar(cat, filters)
        main = (
            '<div class="xxgk-main clearfix">'
            + self._tree(cat)
            + '<div class="xxgk-right">'
            + f'<div class="col-title"><span>{esc(name)}</span></div>'
            + head
            + table
            + pager
            + "</div></div>"
            + SEARCH_SCRIPT.replace("{cat}", str(cat))
        )
        crumbs = [
            ("首页", "/index.html"),
            ("政务公开", "/xxgk/index.do"),
            (name, f"list.do?catId={cat}"),
        ]
        return self._frame(name, crumbs, main)

    def _query(self, cat: int, filters: dict[str, str], page_no: int) -> str:
        return "list.do?" + urlencode(
            {
                "catId": cat,
                "year": filters["year"],
                "themeId": filters["themeId"],
                "orgId": filters["orgId"],
                "keyword": filters["keyword"],
                "pageNo": page_no,
            }
        )

    def _pager(
        self, cat: int, filters: dict[str, str], page_no: int, total: int, total_pages: int
    ) -> str:
        def link(label: str, n: int, enabled: bool) -> str:
            if not enabled:
                return f'<span class="disabled">{label}</span>'
            return f'<a href="{esc(self._query(cat, filters, n))}">{label}</a>'

        return (
            '<div class="pagination">'
            f"<span>共 {total} 条记录</span> <span>第 {min(page_no, total_pages)}/{total_pages} 页</span> "
            + link("首页", 1, page_no > 1)
            + " "
            + link("上一页", page_no - 1, page_no > 1)
            + " "
            + link("下一页", page_no + 1, page_no < total_pages)
            + " "
            + link("尾页", total_pages, page_no < total_pages)
            + ' 转到 <input type="text" id="jumpNo" size="2" /> 页 '
            '<a href="javascript:void(0);" onclick="jumpPage()">GO</a></div>'
        )

    def _form_fields(self, filters: dict[str, str], *, year_select: bool) -> str:
        def options(values: dict[str, str], selected: str, blank: str) -> str:
            out = f'<option value="">{blank}</option>'
            for key, label in values.items():
                mark = ' selected="selected"' if key == selected else ""
                out += f'<option value="{key}"{mark}>{esc(label)}</option>'
            return out

        if year_select:
            years = (
                '<option value="all"'
                + (' selected="selected"' if filters["year"] == "all" else "")
                + ">全部</option>"
            )
            for y in YEARS:
                mark = ' selected="selected"' if str(y) == filters["year"] else ""
                years += f'<option value="{y}"{mark}>{y}</option>'
            year_field = (
                '<span class="item"><label for="year">年份：</label>'
                f'<select name="year" id="year" onchange="search()">{years}</select></span>'
            )
        else:
            year_field = (
                f'<input type="hidden" name="year" id="year" value="{esc(filters["year"])}" />'
            )
        return (
            year_field
            + '<span class="item"><label for="themeId">主题分类：</label>'
            + '<select name="themeId" id="themeId" onchange="search()">'
            + options(THEMES, filters["themeId"], "全部")
            + "</select></span>"
            + '<span class="item"><label for="orgId">发布机构：</label>'
            + '<select name="orgId" id="orgId" onchange="search()">'
            + options(ORGS, filters["orgId"], "全部")
            + "</select></span>"
            + '<span class="item"><label for="keyword">关键字：</label>'
            + f'<input type="text" name="keyword" id="keyword" value="{esc(filters["keyword"])}" '
            + 'placeholder="请输入标题关键字" /></span>'
        )

    def _filter_bar(self, cat: int, filters: dict[str, str]) -> str:
        return (
            '<div class="search-bar">'
            '<form id="searchForm" name="searchForm" action="list.do" method="get">'
            f'<input type="hidden" name="catId" value="{cat}" />'
            + self._form_fields(filters, year_select=True)
            + '<input type="submit" class="btn-search" value="查询" />'
            '<input type="hidden" name="pageNo" id="pageNo" value="1" />'
            "</form></div>\n"
        )

    def _year_tabs(self, cat: int, filters: dict[str, str]) -> str:
        tabs = ""
        for y in [*map(str, YEARS), "all"]:
            on = ' class="on"' if y == filters["year"] else ""
            label = "全部" if y == "all" else f"{y}年"
            tabs += f'<li{on}><a href="javascript:void(0);" onclick="changeYear(\'{y}\')">{label}</a></li>'
        return (
            f'<div class="year-tab"><ul class="clearfix">{tabs}</ul></div>\n'
            '<div class="search-bar">'
            '<form id="searchForm" name="searchForm" action="list.do" method="get">'
            f'<input type="hidden" name="catId" value="{cat}" />'
            + self._form_fields(filters, year_select=False)
            + '<input type="submit" class="btn-search" value="查询" />'
            '<input type="hidden" name="pageNo" id="pageNo" value="1" />'
            "</form></div>\n"
        )

    def _news_list(self, params: dict[str, str]) -> Reply:
        raw_cat = params.get("catId", "")
        cat = int(raw_cat) if raw_cat.isdigit() else 0
        if cat not in NEWS:
            return html_reply(
                self._frame(
                    "提示", [("首页", "/index.html")], '<div class="msg">栏目不存在！</div>'
                ),
                status=404,
            )
        raw_page = params.get("pageNo", "1")
        page_no = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
        rows = self.news[cat]
        total_pages = max(1, -(-len(rows) // PAGE_SIZE))
        shown = rows[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
        lis = (
            "".join(
                f'<li><a href="detail.do?id={u.rsplit("=", 1)[1]}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>\n"
                for t, u, d in shown
            )
            or '<li class="no-data">暂无数据</li>'
        )

        def link(label: str, n: int, enabled: bool) -> str:
            if not enabled:
                return f'<span class="disabled">{label}</span>'
            return f'<a href="list.do?catId={cat}&amp;pageNo={n}">{label}</a>'

        pager = (
            f'<div class="pagination"><span>共 {len(rows)} 条记录</span> '
            f"<span>第 {page_no}/{total_pages} 页</span> "
            + link("首页", 1, page_no > 1)
            + " "
            + link("上一页", page_no - 1, page_no > 1)
            + " "
            + link("下一页", page_no + 1, page_no < total_pages)
            + " "
            + link("尾页", total_pages, page_no < total_pages)
            + "</div>"
        )
        side = "".join(
            f'<li><a href="list.do?catId={c}">{esc(n)}</a></li>' for c, n in NEWS.items()
        )
        main = (
            f'<div class="news-main clearfix"><div class="leftnav"><h2>新闻中心</h2><ul>{side}</ul></div>'
            f'<div class="news-right"><div class="col-title"><span>{esc(NEWS[cat])}</span></div>'
            f'<ul class="news-list">{lis}</ul>{pager}</div></div>'
        )
        crumbs = [
            ("首页", "/index.html"),
            ("新闻中心", "list.do?catId=101"),
            (NEWS[cat], f"list.do?catId={cat}"),
        ]
        return html_reply(self._frame(NEWS[cat], crumbs, main))

    # --- pages -------------------------------------------------------------------------------
    def _column_name(self, cat: int) -> str | None:
        return next((n for _, cols in TREE for n, c in cols if c == cat), None)

    def _tree(self, current: int) -> str:
        out = []
        for branch, cols in TREE:
            if len(cols) == 1 and cols[0][0] == branch:
                cls = ' class="on"' if cols[0][1] == current else ""
                out.append(
                    f'<li{cls}><a href="/xxgk/list.do?catId={cols[0][1]}">{esc(branch)}</a></li>'
                )
                continue
            leaves = "".join(
                ('<li class="on">' if c == current else "<li>")
                + f'<a href="/xxgk/list.do?catId={c}" title="{esc(n)}">{esc(n)}</a></li>'
                for n, c in cols
            )
            out.append(
                f'<li class="open"><a href="javascript:void(0);" class="tree-title">{esc(branch)}</a>'
                f'<ul class="sub">{leaves}</ul></li>'
            )
        return (
            '<div class="xxgk-left"><div class="tree-head">政府信息公开目录</div>'
            f'<ul class="xxgk-tree">{"".join(out)}</ul>'
            '<div class="ysq"><a href="/ysqgk/index.html">依申请公开</a></div></div>'
        )

    def _detail(
        self, item: Item, body: list[str], *, index_no: str, written: str, doc_no: str
    ) -> str:
        name = self._column_name(item.cat) or ""
        table = (
            '<table class="xxgk-info" width="100%" cellspacing="0" cellpadding="0">'
            f"<tr><th>索 引 号：</th><td>{esc(index_no)}</td>"
            f"<th>主题分类：</th><td>{esc(THEMES[item.theme])}</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(ORGS[item.org])}</td>"
            f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{esc(item.pub)}</td></tr>"
            f'<tr><th>名　　称：</th><td colspan="3">{esc(item.title)}</td></tr></table>'
        )
        newest = [it for it in self.items.get(item.cat, []) if it.pub[:4] == str(CURRENT_YEAR)]
        newest = sorted(newest, key=lambda it: it.pub, reverse=True)[:5]
        related = "".join(
            f'<li><a href="detail.do?id={it.path.rsplit("=", 1)[1]}" title="{esc(it.title)}">'
            f"{esc(it.title)}</a><span>{esc(it.pub)}</span></li>"
            for it in newest
        )
        main = (
            '<div class="detail-box">'
            + table
            + f'<h1 class="detail-title">{esc(item.title)}</h1>'
            + '<div class="detail-tool"><span>【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            '<span>浏览次数：<em id="hits"></em></span>'
            '<span>【<a href="javascript:window.print();">打印</a>】'
            '【<a href="javascript:window.close();">关闭</a>】</span></div>'
            + '<div class="detail-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + '<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" '
            'data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" '
            'title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" '
            'title="分享到QQ空间"></a></div>'
            + fu.article_tools()
            + f'<div class="related"><div class="related-tit">相关信息</div><ul>{related}</ul></div>'
            + "</div>"
            + f"<script>$.get('/xxgk/hits.do?id={item.path.rsplit('=', 1)[1]}',function(d){{$('#hits').text(d);}});</script>"
        )
        crumbs = [
            ("首页", "/index.html"),
            ("政务公开", "/xxgk/index.do"),
            (name, f"/xxgk/list.do?catId={item.cat}"),
            ("正文", "javascript:void(0);"),
        ]
        return self._frame(item.title, crumbs, main)

    def _news_detail(self, cat: int, title: str, body: list[str], pub: str, source: str) -> str:
        main = (
            '<div class="detail-box">'
            f'<h1 class="detail-title">{esc(title)}</h1>'
            f'<div class="detail-info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            '浏览次数：<em id="hits"></em>　【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>'
            '<div class="detail-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [
            ("首页", "/index.html"),
            ("新闻中心", "/news/list.do?catId=101"),
            (NEWS[cat], f"/news/list.do?catId={cat}"),
        ]
        return self._frame(title, crumbs, main)

    def _xxgk_index(self) -> None:
        latest = sorted(
            (
                it
                for cat, its in self.items.items()
                for it in its
                if it.pub[:4] == str(CURRENT_YEAR)
            ),
            key=lambda it: it.pub,
            reverse=True,
        )[:8]
        rows = "".join(
            f'<li><a href="detail.do?id={it.path.rsplit("=", 1)[1]}" target="_blank" '
            f'title="{esc(it.title)}">{esc(it.title)}</a><span>{esc(it.pub)}</span></li>'
            for it in latest
        )
        main = (
            '<div class="xxgk-main clearfix">' + self._tree(0) + '<div class="xxgk-right">'
            '<div class="xxgk-entries"><a href="/xxgk/list.do?catId=201">政府信息公开指南</a>'
            '<a href="/xxgk/list.do?catId=202">政府信息公开制度</a>'
            '<a href="/ysqgk/index.html">依申请公开</a>'
            '<a href="/xxgk/list.do?catId=216">政府信息公开年报</a></div>'
            f'<div class="col-title"><span>最新公开</span></div><ul class="news-list">{rows}</ul>'
            "</div></div>"
        )
        self.page(
            "/xxgk/index.do",
            self._frame(
                "政务公开", [("首页", "/index.html"), ("政务公开", "/xxgk/index.do")], main
            ),
        )
        self.page(
            "/ysqgk/index.html",
            self._frame(
                "依申请公开",
                [("首页", "/index.html"), ("政务公开", "/xxgk/index.do"), ("依申请公开", "#")],
                '<div class="ysq-box"><p>公民、法人或者其他组织可以通过在线申请、信函申请、当面申请等方式'
                "向竹山县人民政府申请获取政府信息。</p>"
                '<a href="/ysqgk/apply.html">在线申请</a></div>',
            ),
        )

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:7]
                )
                + "</ul></div>"
            )

        gk_links = (
            '<div class="home-box gk"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/xxgk/index.do">更多&gt;&gt;</a></div><ul class="gk-entries">'
            '<li><a href="/xxgk/list.do?catId=201">信息公开指南</a></li>'
            '<li><a href="/xxgk/list.do?catId=202">信息公开制度</a></li>'
            '<li><a href="/xxgk/index.do">法定主动公开内容</a></li>'
            '<li><a href="/ysqgk/index.html">依申请公开</a></li>'
            '<li><a href="/xxgk/list.do?catId=216">信息公开年报</a></li></ul></div>'
        )
        banners = [
            ("学习贯彻党的二十届三中全会精神", "/zt/xxgc/index.html"),
            ("优化营商环境", "/zt/yhyshj/index.html"),
        ]
        main = (
            '<div class="home-row">'
            + box("竹山要闻", "/news/list.do?catId=101", self.news[101])
            + box("通知公告", "/news/list.do?catId=102", self.news[102])
            + "</div>"
            '<div class="home-row zt-banners">'
            + "".join(
                f'<a href="{u}" target="_blank"><img src="/upload/zt{k}.jpg" alt="{esc(t)}" /></a>'
                for k, (t, u) in enumerate(banners)
            )
            + "</div>"
            '<div class="home-row">'
            + gk_links
            + '<div class="home-fw"><div class="box-tit"><span>政务服务</span></div>'
            '<ul><li><a href="http://zwfw.hubei.gov.cn/webview/fw/grfw.html" target="_blank">个人办事</a></li>'
            '<li><a href="http://zwfw.hubei.gov.cn/webview/fw/frfw.html" target="_blank">法人办事</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)
        for t, u in [*banners, ("走进竹山", "/zjzs/index.html"), ("互动交流", "/hdjl/index.html")]:
            self.page(u, self._frame(t, [("首页", "/index.html"), (t, "#")], "<p>栏目建设中</p>"))

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        location = fu.crumbs(crumbs, label="您当前的位置：") if crumbs else ""
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={"ColumnName": title})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="鄂ICP备05003195号-1",
                police="鄂公网安备 42032302000112号",
                code=CODE,
                address="湖北省十堰市竹山县城关镇人民路12号",
            )
            + "</body></html>"
        )


SEARCH_SCRIPT = """<script type="text/javascript">
function search() {
  var url = 'list.do?catId={cat}'
    + '&year=' + $('#year').val()
    + '&themeId=' + $('#themeId').val()
    + '&orgId=' + $('#orgId').val()
    + '&keyword=' + encodeURIComponent($.trim($('#keyword').val()))
    + '&pageNo=1';
  window.location.href = url;
}
function changeYear(y) {
  $('#year').val(y);
  $('#pageNo').val(1);
  $('#searchForm').submit();
}
function jumpPage() {
  var n = parseInt($('#jumpNo').val(), 10);
  if (isNaN(n) || n < 1) { return; }
  $('#pageNo').val(n);
  $('#searchForm').submit();
}
</script>
"""
