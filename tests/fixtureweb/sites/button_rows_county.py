"""A Guangxi county portal (阳朔县, 桂林市) whose 政府信息公开 platform (a JSP catalogue) lists
documents in rows whose title is plain text: the only link of a row is a button beside it, or
the row itself opens by a click handler. Real catalogue templates do this in many shapes; this
portal mixes five of them:

- 法治政府建设 (`/xxgk/list.jsp?catId=1046`): a table `序号 | 索引号 | 名称 | 发布机构 | 发布日期 |
  操作` whose 名称 cell is text and whose only anchor says `查看`; 10 rows a page, three pages by
  a `首页 上一页 1 2 3 下一页 尾页` pager (`pageNo=`), 跳转 box; the 县政府's 2024 report on
  page 1 beside 工作要点, 图解, a 县长 述法 report, 考核, 推进会, 督察整改 reports, a 普法 中期评估
  report, 实施方案, 执法统计年报;
- 政策文件 (`catId=1021`): `序号 | 标题 | 文号 | 成文日期 | 发布日期` whose 标题 cell carries the
  whole title in `title="…"` and a cut text `…工...` that is the anchor: the 县政府's 2023 report
  (with its 文号) among 通知 that 印发 工作要点 and 实施方案 and a 计划执行情况 报告;
- 部门信息公开 → each department's page (`/xxgk/dept.jsp?deptId=…`): `<ul>` rows of
  `<span class="bt">title</span><span class="rq">date</span><a class="more">【详细】</a>`;
  县司法局's holds its 2024 report beside its 普法 工作要点, 信息公开 年度报告, a 第一责任人 述职
  report and a 行政复议 report;
- 专题专栏 → 法治阳朔 (`/ztzl/fzys/index.html`): a card grid (`<h4>` title, `<p>` 摘要,
  `阅读全文 >`): the 2024 report again (the catalogue's URL) beside news of the 常务会议 that
  听取 the report, 一图读懂, 推进会, 示范创建;
- 计划总结 (`catId=1035`) and the platform home's 最新公开: rows opened by
  `<tr onclick="openDetail('2021-00018')">`, the page's script building the URL
  (`window.open('/xxgk/detail.jsp?indexNo=' + id)`); 计划总结 pages in two (`pageNo=`), the
  `阳朔县2020年度法治政府建设工作开展情况` on page 2 beside 政府工作报告, 七五普法 总结,
  工作总结.

Detail pages (`/xxgk/detail.jsp?indexNo=2025-00131`): a 信息公开 table (索 引 号, 分　　类,
发布机构, 成文日期 as `2025年03月20日`, 名　　称, 文　　号, 发布日期) above the `<h1>`, an info line
(发布时间, 来源, 浏览次数, 字体 大 中 小), `#zoom`, 打印/关闭, a share bar, 相关文章 (titles of the
column), the footer. News pages show only `发布时间：… 来源：…`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "阳朔县人民政府"
CODE = "4503210001"
GOV = "阳朔县人民政府"
GOV_OFFICE = "阳朔县人民政府办公室"
SFJ = "阳朔县司法局"
GOV_ORG = "11450321007886078K"
NAV = [
    ("首页", "/"),
    ("走进阳朔", "/zjys/index.html"),
    ("新闻中心", "/xwzx/ysyw/index.html"),
    ("政务公开", "/xxgk/index.jsp"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
    ("专题专栏", "/ztzl/index.html"),
]
FZZF, ZCWJ, JHZJ, NDBG = "1046", "1021", "1035", "1050"
OTHER_COLUMNS = {
    "1011": "机构职能",
    "1031": "规划计划",
    "1041": "财政信息",
    "1061": "人事信息",
}
COLUMN_NAMES = {
    FZZF: "法治政府建设",
    ZCWJ: "政策文件",
    JHZJ: "计划总结",
    NDBG: "政府信息公开年报",
    **OTHER_COLUMNS,
}
DEPTS = [
    ("fgj", "阳朔县发展和改革局", "11450321007886123A"),
    ("jyj", "阳朔县教育局", "11450321007886131B"),
    ("sfj", SFJ, "11450321007886166C"),
    ("czj", "阳朔县财政局", "11450321007886174D"),
    ("zjj", "阳朔县住房和城乡建设局", "11450321007886182E"),
    ("wlj", "阳朔县文化广电体育和旅游局", "11450321007886199F"),
]
FONT = '字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]'


def cn_date(iso: str) -> str:
    return f"{iso[:4]}年{iso[5:7]}月{iso[8:10]}日"


@dataclass
class Doc:
    title: str
    date: str  # YYYY-MM-DD HH:MM
    publisher: str
    column: str
    index_no: str = ""
    id: str = ""
    doc_no: str = ""
    written: str = ""

    @property
    def url(self) -> str:
        return f"/xxgk/detail.jsp?indexNo={self.id}"


class ButtonRowsCountySite(BlindSite):
    name = "button_rows_county"
    region = "广西壮族自治区桂林市阳朔县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.seq: dict[str, int] = {}
        self.news_id = 881200
        self.columns: dict[str, list[Doc]] = {}
        self.dept_docs: dict[str, list[Doc]] = {}
        self.news: list[tuple[str, str, str]] = []  # (title, path, date)
        self.report_2024: Doc | None = None
        self._news()
        self._fzzf()
        self._zcwj()
        self._jhzj()
        self._ndbg()
        self._other_columns()
        self._departments()
        self._special()
        self._xxgk_home()
        self._home()
        self._stubs()

    # --- records -----------------------------------------------------------------------------
    def _doc(
        self,
        column: str,
        title: str,
        date: str,
        publisher: str = GOV_OFFICE,
        *,
        org: str = GOV_ORG,
        body: list[str] | None = None,
        negative: bool = False,
        doc_no: str = "",
        written: str = "",
        gold: str | None = None,
    ) -> Doc:
        year = date[:4]
        self.seq[year] = self.seq.get(year, 100) + 3
        doc = Doc(
            title=title,
            date=date,
            publisher=publisher,
            column=column,
            id=f"{year}-{self.seq[year]:05d}",
            doc_no=doc_no,
            written=written or date[:10],
        )
        doc.index_no = f"{org}/{doc.id}"
        if gold:
            lines = self.gold_report(
                doc.url,
                gold,
                title,
                publisher=publisher,
                publish_date=date[:10],
                index_no=doc.index_no,
                written_date=doc.written,
                doc_no=doc_no or None,
            )
        else:
            lines = body or (NEGATIVE_BODY if negative else FILLER_BODY)
            if negative:
                self.negative_titles.append(title)
        self._pending.append((doc, lines))
        return doc

    _pending: list[tuple[Doc, list[str]]]

    def _flush(self, docs: list[Doc], crumbs: list[tuple[str, str]]) -> None:
        """Render the detail pages of `docs` (their 相关文章 are the column's other items)."""
        for doc, lines in self._pending:
            related = [d for d in docs if d is not doc][:5]
            self.page(doc.url, self._detail(doc, lines, crumbs, related))
        self._pending = []

    # --- 法治政府建设: 查看 buttons, three pages ---------------------------------------------
    def _fzzf(self) -> None:
        self._pending = []
        d = self._doc
        docs = [
            d(FZZF, "阳朔县2025年法治政府建设工作要点", "2025-04-08 16:20", negative=True),
            d(
                FZZF,
                "图解：阳朔县人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-26 09:00",
                SFJ,
                negative=True,
            ),
            d(
                FZZF,
                "阳朔县人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-24 10:15",
                GOV,
                doc_no="阳政报〔2025〕5号",
                written="2025-03-20",
                gold="003",
            ),
            d(FZZF, "阳朔县人民政府县长2024年度述法报告", "2025-03-10 15:00", GOV, negative=True),
            d(FZZF, "关于2024年度法治政府建设考核结果的通报", "2025-02-14 11:30", negative=True),
            d(
                FZZF,
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-01-20 08:40",
                negative=True,
            ),
            d(FZZF, "阳朔县2024年行政执法统计年报", "2025-01-15 10:00", SFJ, negative=True),
            d(FZZF, "阳朔县2025年度重大行政决策事项目录", "2025-01-06 17:00", GOV),
            d(
                FZZF,
                "关于开展2024年度法治政府建设督察工作的通知",
                "2024-10-18 09:30",
                negative=True,
            ),
            d(
                FZZF,
                "关于法治政府建设督察反馈问题整改情况的报告",
                "2024-08-30 16:00",
                GOV,
                negative=True,
            ),
            # page 2
            d(FZZF, "阳朔县2024年法治政府建设工作要点", "2024-04-10 10:00", negative=True),
            d(FZZF, "阳朔县2023年度法治政府建设考核结果公示", "2024-02-02 09:00", negative=True),
            d(FZZF, "阳朔县“八五”普法中期评估工作报告", "2023-11-20 15:30", SFJ, negative=True),
            d(
                FZZF,
                "关于开展法治政府建设示范创建活动的通知",
                "2023-06-12 10:20",
                negative=True,
            ),
            d(FZZF, "阳朔县2023年法治政府建设工作要点", "2023-04-11 10:00", negative=True),
            d(FZZF, "阳朔县2022年行政执法统计年报", "2023-01-16 11:00", SFJ, negative=True),
            d(
                FZZF,
                "阳朔县法治政府建设实施方案（2021—2025年）",
                "2022-01-18 15:20",
                GOV,
                negative=True,
                doc_no="阳发〔2022〕3号",
            ),
            d(
                FZZF,
                "阳朔县“八五”普法规划（2021—2025年）",
                "2021-11-05 09:00",
                negative=True,
            ),
            d(FZZF, "阳朔县2021年法治政府建设工作要点", "2021-04-09 10:00", negative=True),
            d(
                FZZF,
                "关于印发《阳朔县行政执法公示制度实施办法》的通知",
                "2020-12-08 16:00",
            ),
            # page 3
            d(FZZF, "阳朔县2020年法治政府建设工作要点", "2020-04-14 10:00", negative=True),
            d(FZZF, "阳朔县重大行政决策程序规定", "2019-09-02 10:00", GOV),
        ]
        self.report_2024 = docs[2]
        self.columns[FZZF] = docs
        self._flush(docs, self._col_crumbs(FZZF))
        self._paged_table(FZZF, docs, 10, self._button_rows)

    # --- 政策文件: cut titles, the whole in the cell's title= -----------------------------
    def _zcwj(self) -> None:
        self._pending = []
        d = self._doc
        docs = [
            d(
                ZCWJ,
                "阳朔县人民政府办公室关于印发阳朔县2025年法治政府建设工作要点的通知",
                "2025-04-08 16:00",
                negative=True,
                doc_no="阳政办发〔2025〕11号",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府关于印发阳朔县2025年国民经济和社会发展计划的通知",
                "2025-02-20 10:00",
                GOV,
                doc_no="阳政发〔2025〕4号",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府办公室关于印发阳朔县2024年政务公开工作要点的通知",
                "2024-05-06 09:30",
                doc_no="阳政办发〔2024〕17号",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府关于2023年度国民经济和社会发展计划执行情况的报告",
                "2024-03-28 10:00",
                GOV,
                doc_no="阳政报〔2024〕9号",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府关于2023年度法治政府建设工作情况的报告",
                "2024-03-22 11:00",
                GOV,
                doc_no="阳政报〔2024〕7号",
                written="2024-03-18",
                gold="000",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府关于印发阳朔县法治政府建设实施方案（2021—2025年）的通知",
                "2022-01-18 15:00",
                GOV,
                negative=True,
                doc_no="阳政发〔2022〕2号",
            ),
            d(
                ZCWJ,
                "阳朔县人民政府办公室关于进一步加强行政规范性文件管理工作的通知",
                "2021-08-16 10:00",
                doc_no="阳政办发〔2021〕29号",
            ),
        ]
        self.columns[ZCWJ] = docs
        self._flush(docs, self._col_crumbs(ZCWJ))
        self._paged_table(ZCWJ, docs, 15, self._cut_rows)

    # --- 计划总结: rows opened by openDetail(id), two pages -------------------------------
    def _jhzj(self) -> None:
        self._pending = []
        d = self._doc
        docs = [
            d(JHZJ, "阳朔县2025年政府工作报告", "2025-01-10 09:00", GOV, negative=True),
            d(JHZJ, "阳朔县人民政府2024年工作总结和2025年工作计划", "2025-01-08 15:00", GOV),
            d(JHZJ, "阳朔县2024年国民经济和社会发展计划执行情况", "2025-01-03 10:00"),
            d(JHZJ, "阳朔县2024年政府工作报告", "2024-01-12 09:00", GOV, negative=True),
            d(JHZJ, "阳朔县人民政府2023年工作总结和2024年工作计划", "2024-01-05 15:00", GOV),
            d(JHZJ, "阳朔县2023年政府工作报告", "2023-01-13 09:00", GOV, negative=True),
            d(JHZJ, "阳朔县2022年政府工作报告", "2022-01-14 09:00", GOV, negative=True),
            d(JHZJ, "阳朔县人民政府2021年工作总结和2022年工作计划", "2022-01-06 15:00", GOV),
            # page 2
            d(JHZJ, "阳朔县2021年政府工作报告", "2021-01-15 09:00", GOV, negative=True),
            d(
                JHZJ,
                "阳朔县2020年度法治政府建设工作开展情况",
                "2021-01-18 06:45",
                GOV_OFFICE,
                gold="004",
            ),
            d(JHZJ, "阳朔县“七五”普法总结验收自查报告", "2020-10-22 10:00", SFJ, negative=True),
            d(JHZJ, "阳朔县人民政府2020年上半年工作总结", "2020-07-10 10:00", GOV),
        ]
        # The list is newest first by 发布日期.
        docs.sort(key=lambda x: x.date, reverse=True)
        self.columns[JHZJ] = docs
        self._flush(docs, self._col_crumbs(JHZJ))
        self._paged_table(JHZJ, docs, 8, self._onclick_rows)

    def _ndbg(self) -> None:
        self._pending = []
        docs = [
            self._doc(
                NDBG,
                f"阳朔县人民政府{y}年政府信息公开工作年度报告",
                f"{y + 1}-01-{20 + y % 7} 10:00",
                GOV,
                negative=True,
            )
            for y in range(2024, 2017, -1)
        ]
        self.columns[NDBG] = docs
        self._flush(docs, self._col_crumbs(NDBG))
        self._paged_table(NDBG, docs, 10, self._button_rows)

    def _other_columns(self) -> None:
        titles = {
            "1011": ["阳朔县人民政府领导分工", "阳朔县人民政府办公室主要职责及内设机构"],
            "1031": ["阳朔县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
            "1041": ["阳朔县2025年县级部门预算公开", "阳朔县2023年县级决算公开"],
            "1061": ["阳朔县2025年公开招聘事业单位工作人员公告", "阳朔县拟任职干部公示"],
        }
        for cat, names in titles.items():
            self._pending = []
            docs = [self._doc(cat, t, f"2025-0{k + 1}-1{k} 10:00") for k, t in enumerate(names)]
            self.columns[cat] = docs
            self._flush(docs, self._col_crumbs(cat))
            self._paged_table(cat, docs, 10, self._button_rows)

    # --- 部门信息公开: <ul> rows with 【详细】 ---------------------------------------------
    def _departments(self) -> None:
        for slug, full, org in DEPTS:
            self._pending = []
            d = self._doc
            rows = [
                (f"{full}2025年部门预算公开", "2025-02-18 10:00", False),
                (f"{full}2024年政府信息公开工作年度报告", "2025-01-22 10:00", True),
                (f"{full}2024年工作总结和2025年工作计划", "2025-01-09 10:00", False),
                (f"{full}2023年部门决算公开", "2024-09-10 10:00", False),
                (f"{full}权责清单", "2024-06-03 10:00", False),
            ]
            docs = [d("bm", t, dt, full, org=org, negative=neg) for t, dt, neg in rows]
            if slug == "sfj":
                docs[2:2] = [
                    d(
                        "bm",
                        f"{full}2025年普法依法治理工作要点",
                        "2025-03-12 09:00",
                        full,
                        org=org,
                        negative=True,
                    ),
                    d(
                        "bm",
                        f"{full}2024年度法治政府建设工作报告",
                        "2025-02-26 16:30",
                        full,
                        org=org,
                        written="2025-02-25",
                        gold="001",
                    ),
                    d(
                        "bm",
                        f"{full}主要负责人2024年度履行推进法治建设第一责任人职责情况的报告",
                        "2025-02-10 10:00",
                        full,
                        org=org,
                        negative=True,
                    ),
                    d(
                        "bm",
                        f"{full}关于2024年度行政复议工作情况的报告",
                        "2025-01-27 10:00",
                        full,
                        org=org,
                        negative=True,
                    ),
                ]
            if slug == "jyj":
                docs.insert(
                    1,
                    d(
                        "bm",
                        f"{full}2024年度“谁执法谁普法”普法责任制履职报告",
                        "2025-02-12 10:00",
                        full,
                        org=org,
                        negative=True,
                    ),
                )
            docs.sort(key=lambda x: x.date, reverse=True)
            self.dept_docs[slug] = docs
            self._flush(docs, self._dept_crumbs(slug, full))
            items = "\n".join(
                f'<li><span class="bt">{esc(doc.title)}</span><span class="rq">{doc.date[:10]}</span>'
                f'<a class="more" href="{esc(doc.url)}" target="_blank">【详细】</a></li>'
                for doc in docs
            )
            main = (
                f'<div class="dept-head"><h2>{esc(full)}</h2><p>机构代码：{org}　'
                '<a href="#">机构职能</a> | <a href="#">领导信息</a> | <a href="#">联系方式</a></p></div>'
                f'<div class="dept-list"><div class="bt-tit">最新信息</div><ul class="gk-ul">\n{items}\n</ul></div>'
                '<div class="page">共1页</div>'
            )
            self.page(
                f"/xxgk/dept.jsp?deptId={slug}",
                self._xxgk_frame(full, self._dept_crumbs(slug, full), main),
            )
        lis = "".join(
            f'<li><a href="/xxgk/dept.jsp?deptId={s}">{esc(f)}</a></li>' for s, f, _ in DEPTS
        )
        main = f'<div class="bm-box"><div class="bt-tit">部门信息公开</div><ul class="bm-list">{lis}</ul></div>'
        self.page(
            "/xxgk/bmxxgk.jsp",
            self._xxgk_frame(
                "部门信息公开",
                [
                    ("首页", "/"),
                    ("政务公开", "/xxgk/index.jsp"),
                    ("部门信息公开", "/xxgk/bmxxgk.jsp"),
                ],
                main,
            ),
        )

    # --- news and the 法治阳朔 专题 cards --------------------------------------------------
    def _news_page(self, column: str, title: str, date: str, source: str, body: list[str]) -> str:
        self.news_id += 17
        path = f"/xwzx/{column}/{date[:7].replace('-', '')}/t{date[:10].replace('-', '')}_{self.news_id}.html"
        name = {"ysyw": "阳朔要闻", "tzgg": "通知公告", "bmdt": "部门动态"}[column]
        main = (
            f'<div class="article"><h1>{esc(title)}</h1>'
            f'<div class="info">发布时间：{esc(date)}　来源：{esc(source)}　{FONT}</div>'
            f'<div class="content" id="zoom">\n{fu.paragraphs(body)}\n</div>'
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [
            ("首页", "/"),
            ("新闻中心", "/xwzx/ysyw/index.html"),
            (name, f"/xwzx/{column}/index.html"),
        ]
        self.page(path, self._frame(title, crumbs, main))
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        self.news.append((title, path, date))
        return path

    def _news(self) -> None:
        self.news_cols: dict[str, list[tuple[str, str, str]]] = {}
        spec = {
            "ysyw": [
                ("县政府常务会议听取2024年度法治政府建设工作报告", "2025-03-18 18:20", True),
                ("阳朔县召开2025年法治政府建设工作推进会", "2025-02-25 17:00", True),
                ("县领导调研春季农业生产和森林防火工作", "2025-02-21 16:00", False),
                ("阳朔县召开优化营商环境工作推进会", "2025-02-17 16:30", False),
                (
                    "一图读懂｜阳朔县人民政府关于2024年度法治政府建设情况的报告",
                    "2025-03-27 10:00",
                    True,
                ),
                ("阳朔县创建全区法治政府建设示范县工作动员会召开", "2024-06-20 17:00", True),
                ("阳朔县开展“宪法宣传周”系列活动", "2024-12-05 15:00", False),
            ],
            "tzgg": [
                ("阳朔县2025年公开招聘社区专职工作者公告", "2025-04-02 09:00", False),
                ("关于开展法治政府建设示范创建活动的通知", "2024-05-30 09:00", True),
                ("阳朔县2025年春季森林防火期禁火令", "2025-02-10 09:00", False),
                ("关于城区部分路段停水的通知", "2025-03-30 09:00", False),
            ],
        }
        for col, rows in spec.items():
            items = []
            for title, date, neg in rows:
                body = NEGATIVE_BODY if neg else FILLER_BODY
                source = "阳朔县融媒体中心" if col == "ysyw" else GOV_OFFICE
                items.append((title, self._news_page(col, title, date, source, body), date))
            items.sort(key=lambda x: x[2], reverse=True)
            self.news_cols[col] = items
            name = {"ysyw": "阳朔要闻", "tzgg": "通知公告"}[col]
            lis = "\n".join(
                f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d[:10]}</span></li>'
                for t, p, d in items
            )
            self.page(
                f"/xwzx/{col}/index.html",
                self._frame(
                    name,
                    [
                        ("首页", "/"),
                        ("新闻中心", "/xwzx/ysyw/index.html"),
                        (name, f"/xwzx/{col}/index.html"),
                    ],
                    f'<div class="list-box"><h2>{name}</h2><ul class="news-list">\n{lis}\n</ul>'
                    '<div class="page">共1页</div></div>',
                ),
            )

    def _special(self) -> None:
        report = self.report_2024
        assert report is not None
        by_title = {t: p for t, p, _ in self.news}
        cards = [
            (
                report.title,
                "2024年，在县委坚强领导下，县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想……",
                report.url,
            ),
            (
                "县政府常务会议听取2024年度法治政府建设工作报告",
                "3月18日，县长主持召开县政府常务会议，听取全县2024年度法治政府建设工作情况汇报……",
                by_title["县政府常务会议听取2024年度法治政府建设工作报告"],
            ),
            (
                "一图读懂｜阳朔县人民政府关于2024年度法治政府建设情况的报告",
                "一图读懂2024年度阳朔县法治政府建设工作成效……",
                by_title["一图读懂｜阳朔县人民政府关于2024年度法治政府建设情况的报告"],
            ),
            (
                "阳朔县召开2025年法治政府建设工作推进会",
                "2月25日，全县2025年法治政府建设工作推进会召开，会议总结2024年工作，部署2025年重点任务……",
                by_title["阳朔县召开2025年法治政府建设工作推进会"],
            ),
            (
                "阳朔县创建全区法治政府建设示范县工作动员会召开",
                "6月20日，我县召开创建全区法治政府建设示范县工作动员会……",
                by_title["阳朔县创建全区法治政府建设示范县工作动员会召开"],
            ),
            (
                "阳朔县开展“宪法宣传周”系列活动",
                "12月4日是第十一个国家宪法日，我县各单位开展形式多样的宪法宣传活动……",
                by_title["阳朔县开展“宪法宣传周”系列活动"],
            ),
        ]
        grid = "\n".join(
            f'<div class="card"><h4>{esc(t)}</h4><p>{esc(s)}</p>'
            f'<a href="{esc(u)}" target="_blank">阅读全文 &gt;</a></div>'
            for t, s, u in cards
        )
        main = (
            '<div class="zt-banner"><img src="/ztzl/fzys/images/banner.jpg" alt="法治阳朔"></div>'
            f'<div class="zt-box"><div class="zt-tit">法治政府建设</div><div class="card-grid">\n{grid}\n</div></div>'
        )
        crumbs = [
            ("首页", "/"),
            ("专题专栏", "/ztzl/index.html"),
            ("法治阳朔", "/ztzl/fzys/index.html"),
        ]
        self.page("/ztzl/fzys/index.html", self._frame("法治阳朔", crumbs, main))
        topics = [
            ("法治阳朔", "/ztzl/fzys/index.html"),
            ("优化营商环境", "/ztzl/yhyshj/index.html"),
            ("乡村振兴", "/ztzl/xczx/index.html"),
        ]
        banners = "".join(
            f'<li><a href="{u}"><img src="/ztzl/images/zt{k}.jpg" alt="{esc(t)}"><p>{esc(t)}</p></a></li>'
            for k, (t, u) in enumerate(topics)
        )
        self.page(
            "/ztzl/index.html",
            self._frame(
                "专题专栏",
                [("首页", "/"), ("专题专栏", "/ztzl/index.html")],
                f'<ul class="zt-list">{banners}</ul>',
            ),
        )

    # --- 信息公开 platform home and the portal home ----------------------------------------
    def _xxgk_home(self) -> None:
        latest = sorted(
            [doc for docs in self.columns.values() for doc in docs]
            + [doc for docs in self.dept_docs.values() for doc in docs],
            key=lambda x: x.date,
            reverse=True,
        )[:8]
        rows = self._onclick_rows(latest, 0)
        main = (
            '<div class="gk-guide"><a href="/xxgk/guide.jsp">政府信息公开指南</a>'
            '<a href="/xxgk/ysqgk.jsp">依申请公开</a><a href="/xxgk/list.jsp?catId=1050">政府信息公开年报</a></div>'
            '<div class="gk-new"><div class="bt-tit">最新公开</div>'
            + rows
            + "</div>"
            + OPEN_SCRIPT
        )
        self.page(
            "/xxgk/index.jsp",
            self._xxgk_frame(
                "政府信息公开", [("首页", "/"), ("政务公开", "/xxgk/index.jsp")], main
            ),
        )
        self.page(
            "/xxgk/guide.jsp",
            self._xxgk_frame(
                "政府信息公开指南",
                [
                    ("首页", "/"),
                    ("政务公开", "/xxgk/index.jsp"),
                    ("政府信息公开指南", "/xxgk/guide.jsp"),
                ],
                '<div class="article"><h1>阳朔县人民政府信息公开指南</h1><div id="zoom">'
                + fu.paragraphs(FILLER_BODY)
                + "</div></div>",
            ),
        )

    def _home(self) -> None:
        def box(title: str, items: list[tuple[str, str, str]], more: str) -> str:
            lis = "".join(
                f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d[5:10]}</span></li>'
                for t, p, d in items[:6]
            )
            return (
                f'<div class="box"><div class="box-tit"><h3>{esc(title)}</h3>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
            )

        main = (
            box("阳朔要闻", self.news_cols["ysyw"], "/xwzx/ysyw/index.html")
            + box("通知公告", self.news_cols["tzgg"], "/xwzx/tzgg/index.html")
            + '<div class="zt-scroll"><a href="/ztzl/fzys/index.html"><img src="/ztzl/images/zt0.jpg" alt="法治阳朔"></a>'
            '<a href="/ztzl/yhyshj/index.html"><img src="/ztzl/images/zt1.jpg" alt="优化营商环境"></a></div>'
            '<div class="gk-entry"><a href="/xxgk/index.jsp">政府信息公开</a>'
            '<a href="/xxgk/guide.jsp">信息公开指南</a><a href="/xxgk/bmxxgk.jsp">部门信息公开</a></div>'
            '<div class="zwfw"><a href="http://zwfw.gxzf.gov.cn/">广西数字政务一体化平台</a></div>'
        )
        self.page("/", self._frame(SITE, [], main, page_title=f"{SITE}门户网站"))
        self.page("/index.html", self._frame(SITE, [], main, page_title=f"{SITE}门户网站"))

    def _stubs(self) -> None:
        """Pages the menus and footer link to: a heading and a line of text."""
        for name, path in [
            *NAV[1:3],
            *NAV[4:6],
            ("依申请公开", "/xxgk/ysqgk.jsp"),
            ("优化营商环境", "/ztzl/yhyshj/index.html"),
            ("乡村振兴", "/ztzl/xczx/index.html"),
            ("网站地图", "/wzdt/"),
            ("联系我们", "/lxwm/"),
            ("网站声明", "/wzsm/"),
            ("使用帮助", "/sybz/"),
        ]:
            if path in self.sources:
                continue
            main = f'<div class="article"><h1>{esc(name)}</h1><div id="zoom"><p>{esc(name)}栏目建设中。</p></div></div>'
            self.page(path, self._frame(name, [("首页", "/"), (name, path)], main))

    # --- list shapes -------------------------------------------------------------------------
    def _button_rows(self, docs: list[Doc], start: int) -> str:
        labels = {FZZF: "查看", NDBG: "详情"}
        rows = "\n".join(
            f"<tr><td>{start + k + 1}</td><td>{esc(doc.index_no)}</td>"
            f'<td class="title">{esc(doc.title)}</td><td>{esc(doc.publisher)}</td>'
            f"<td>{doc.date[:10]}</td>"
            f'<td><a href="detail.jsp?indexNo={doc.id}" target="_blank">{labels.get(doc.column, "浏览")}</a></td></tr>'
            for k, doc in enumerate(docs)
        )
        return (
            '<table class="gk-list" width="100%" cellspacing="0" cellpadding="0"><thead><tr>'
            '<th width="6%">序号</th><th width="22%">索引号</th><th>名称</th>'
            '<th width="16%">发布机构</th><th width="11%">发布日期</th><th width="7%">操作</th></tr></thead>'
            f"<tbody>\n{rows}\n</tbody></table>"
        )

    def _cut_rows(self, docs: list[Doc], start: int) -> str:
        def cut(t: str) -> str:
            return t if len(t) <= 22 else t[:22] + "..."

        rows = "\n".join(
            f"<tr><td>{start + k + 1}</td>"
            f'<td class="bt" title="{esc(doc.title)}"><a href="/xxgk/detail.jsp?indexNo={doc.id}" target="_blank">{esc(cut(doc.title))}</a></td>'
            f"<td>{esc(doc.doc_no)}</td><td>{doc.written}</td><td>{doc.date[:10]}</td></tr>"
            for k, doc in enumerate(docs)
        )
        return (
            '<table class="gk-list zcwj" width="100%"><tr class="head"><td>序号</td><td>标题</td>'
            f"<td>文号</td><td>成文日期</td><td>发布日期</td></tr>\n{rows}\n</table>"
        )

    def _onclick_rows(self, docs: list[Doc], start: int) -> str:
        rows = "\n".join(
            f'<tr onclick="openDetail(\'{doc.id}\')" style="cursor:pointer"><td>{start + k + 1}</td>'
            f"<td>{esc(doc.title)}</td><td>{esc(doc.publisher)}</td><td>{doc.date[:10]}</td></tr>"
            for k, doc in enumerate(docs)
        )
        return (
            '<table class="gk-list hover" width="100%"><thead><tr><th>序号</th><th>信息名称</th>'
            f"<th>发布机构</th><th>发布日期</th></tr></thead><tbody>\n{rows}\n</tbody></table>"
        )

    def _paged_table(
        self, cat: str, docs: list[Doc], size: int, shape: Callable[[list[Doc], int], str]
    ) -> None:
        pages = max(1, -(-len(docs) // size))
        name = COLUMN_NAMES[cat]
        for n in range(1, pages + 1):
            chunk = docs[(n - 1) * size : n * size]
            table = shape(chunk, (n - 1) * size)
            main = (
                f'<div class="gk-tit"><h2>{esc(name)}</h2></div>'
                + table
                + self._pager(cat, n, pages, len(docs))
                + (OPEN_SCRIPT if shape == self._onclick_rows else "")
            )
            html = self._xxgk_frame(name, self._col_crumbs(cat), main)
            self.page(f"/xxgk/list.jsp?catId={cat}&pageNo={n}", html)
            if n == 1:
                self.page(f"/xxgk/list.jsp?catId={cat}", html)

    def _pager(self, cat: str, n: int, pages: int, total: int) -> str:
        def link(k: int, text: str) -> str:
            return f'<a href="list.jsp?catId={cat}&amp;pageNo={k}">{text}</a>'

        parts = [f"共{total}条记录　第{n}/{pages}页　"]
        parts.append(link(1, "首页") if n > 1 else "<span>首页</span>")
        parts.append(link(n - 1, "上一页") if n > 1 else "<span>上一页</span>")
        for k in range(1, pages + 1):
            parts.append(f'<span class="cur">{k}</span>' if k == n else link(k, str(k)))
        parts.append(link(n + 1, "下一页") if n < pages else "<span>下一页</span>")
        parts.append(link(pages, "尾页") if n < pages else "<span>尾页</span>")
        parts.append(
            f' 跳转到<input type="text" id="jumpPage" size="3">页'
            f'<input type="button" value="GO" onclick="location.href=\'list.jsp?catId={cat}&amp;pageNo=\'+document.getElementById(\'jumpPage\').value">'
        )
        return '<div class="page">' + " ".join(parts) + "</div>"

    # --- frames ------------------------------------------------------------------------------
    def _col_crumbs(self, cat: str) -> list[tuple[str, str]]:
        return [
            ("首页", "/"),
            ("政务公开", "/xxgk/index.jsp"),
            ("法定主动公开内容", "/xxgk/index.jsp"),
            (COLUMN_NAMES[cat], f"/xxgk/list.jsp?catId={cat}"),
        ]

    def _dept_crumbs(self, slug: str, full: str) -> list[tuple[str, str]]:
        return [
            ("首页", "/"),
            ("政务公开", "/xxgk/index.jsp"),
            ("部门信息公开", "/xxgk/bmxxgk.jsp"),
            (full, f"/xxgk/dept.jsp?deptId={slug}"),
        ]

    def _tree(self) -> str:
        fd = [
            (COLUMN_NAMES[c], f"/xxgk/list.jsp?catId={c}")
            for c in ("1011", ZCWJ, "1031", JHZJ, "1041", "1061", FZZF)
        ]
        return fu.left_tree(
            "信息公开目录",
            [
                ("政府信息公开指南", "/xxgk/guide.jsp", []),
                ("政府信息公开制度", "/xxgk/guide.jsp", []),
                ("法定主动公开内容", "/xxgk/index.jsp", fd),
                (
                    "部门信息公开",
                    "/xxgk/bmxxgk.jsp",
                    [(f, f"/xxgk/dept.jsp?deptId={s}") for s, f, _ in DEPTS],
                ),
                ("政府信息公开年报", f"/xxgk/list.jsp?catId={NDBG}", []),
            ],
        )

    def _xxgk_frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        return self._frame(
            title,
            crumbs,
            self._tree() + f'<div class="gk-right">{main}</div>',
        )

    def _frame(
        self,
        heading: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        page_title: str | None = None,
        meta: dict[str, str] | None = None,
    ) -> str:
        return (
            fu.doc_head(page_title or f"{heading}_{SITE}", site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap main">\n'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "\n</div>\n"
            + fu.float_share()
            + fu.footer_block(
                SITE,
                icp="桂ICP备05003127号-1",
                police="桂公网安备 45032102000108号",
                code=CODE,
                address="广西壮族自治区桂林市阳朔县阳朔镇城中路18号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>\n"
        )

    def _detail(
        self, doc: Doc, lines: list[str], crumbs: list[tuple[str, str]], related: list[Doc]
    ) -> str:
        table = (
            '<div class="xxgk-meta"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索\u2002引\u2002号：</td><td>{esc(doc.index_no)}</td>'
            f'<td class="t">分　　类：</td><td>{esc(COLUMN_NAMES.get(doc.column, "其他"))}</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(doc.publisher)}</td>'
            f'<td class="t">成文日期：</td><td>{cn_date(doc.written)}</td></tr>'
            f'<tr><td class="t">名　　称：</td><td colspan="3">{esc(doc.title)}</td></tr>'
            f'<tr><td class="t">文　　号：</td><td>{esc(doc.doc_no)}</td>'
            f'<td class="t">发布日期：</td><td>{doc.date[:10]}</td></tr></table></div>'
        )
        rel = "".join(
            f'<li><a href="{esc(r.url)}" target="_blank" title="{esc(r.title)}">{esc(r.title)}</a>'
            f"<span>{r.date[:10]}</span></li>"
            for r in related
        )
        main = (
            table
            + f'<div class="article"><h1 class="title">{esc(doc.title)}</h1>'
            + f'<div class="info">发布时间：{esc(doc.date)}　来源：{esc(doc.publisher)}　'
            + f'浏览次数：<span id="hits">0</span>　{FONT}</div>'
            + f'<div class="content" id="zoom">\n{fu.paragraphs(lines)}\n</div>'
            + fu.article_tools()
            + f'<div class="related"><h3>相关文章</h3><ul>{rel}</ul></div></div>'
        )
        meta = {
            "ArticleTitle": doc.title,
            "PubDate": doc.date,
            "ContentSource": doc.publisher,
        }
        return self._frame(doc.title, crumbs, main, meta=meta)


OPEN_SCRIPT = """<script type="text/javascript">
function openDetail(id){ window.open('/xxgk/detail.jsp?indexNo=' + id) }
</script>
"""
