"""A Hubei county portal (蕲春县, TRS-style static paths) that publishes one report in several
places with small differences, and distinct reports whose texts overlap:

- 政务公开 → 法定主动公开内容 → 法治政府建设 (`/zwgk/fdzdgknr/fzzfjs/`, `createPageHTML`, two
  pages) holds the 县政府's 2024 report and its 2023 report, each under a 信息公开 table (索引号,
  发布机构, 成文日期, 文号, 发布日期), beside 工作要点, 解读, 一图读懂, a 考核 公示, the 实施方案
  and the 八五普法 plan. The two reports open with the same boilerplate paragraph (the county
  writes it every year); their bodies differ.
- The 2024 report again, three times, each the same report to a reader (registered as aliases of
  the catalogue copy, whose fields are the gold):
  * 新闻中心 → 通知公告: reworded title `蕲春县2024年度法治政府建设情况报告`, no 索引号, a
    `来源：县司法局` line, `（编辑：张三 审核：李四）` after the text;
  * 部门信息公开 → 县司法局: the same title and text in the 信息公开 template with the 司法局's
    own 索引号 (its credit code, its own number), 发布机构 县司法局, a later date — the 司法局
    drafted the report and files a copy in its own catalogue, as real portals do;
  * 专题专栏 → 法治政府建设专题: an article saying `现将……予以公布` whose 附件 is the report as
    a PDF (`附件：….pdf`).
- 部门信息公开 → 县教育局: the 教育局's own 2024 report, which copies three paragraphs of the
  county's report word for word but is otherwise its own text — a separate report. It was
  published on 2025-02-10 and again a week later as `…（更正版）` with one paragraph changed;
  both pages stay online. A reader wants the corrected one: the gold is the 更正版 page, and the
  first page is registered as an alias of it (the same report; emitting both is a duplicate).
- 乡镇信息公开 → 漕河镇 and 青石镇: each a report titled only `2024年度法治政府建设工作报告`
  (identical titles, different texts, different 发布机构 and 索引号) — two reports.
- Decoys: 工作要点, 实施方案, 普法 plans, 解读, 一图读懂, 考核 公示, 政府信息公开工作年度报告 (the
  county's, the 司法局's, the 教育局's), a 常务会议 news item that 听取 the report, a 推进会
  notice, towns' 工作要点.
"""

from __future__ import annotations

import re

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import report_pdf
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "蕲春县人民政府"
CODE = "4211260004"
ICP = "鄂ICP备05003721号"
POLICE = "鄂公网安备 42112602000118号"
GOV_CREDIT = "11421126011356829K"
SFJ_CREDIT = "11421126011356917C"
JYJ_CREDIT = "11421126011356722R"
CHZ_CREDIT = "11421126011357301M"
QSZ_CREDIT = "11421126011357344P"
GOV_OFFICE = "蕲春县人民政府办公室"
SFJ = "蕲春县司法局"
JYJ = "蕲春县教育局"
LIST_SIZE = 6

BOILERPLATE = (
    "按照《法治政府建设与责任落实督察工作规定》和省、市关于法治政府建设年度报告工作的部署要求，"
    "现将我县法治政府建设工作情况报告如下。"
)
JY_INTRO = (
    "2024年，县教育局在县委、县政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
    "深入学习贯彻习近平法治思想，认真落实县委全面依法治县委员会工作部署，扎实推进依法治教、"
    "依法治校，教育系统法治建设水平持续提升。现将2024年度法治政府建设工作情况报告如下。"
)
JY_HEAD = "一、主要工作举措和成效"


def _clean(line: str) -> str:
    return re.sub(r"[?？\ufffd]{3,}", "", line).strip()


def _shift_year(line: str) -> str:
    """A 2023 text made a 2024 one (2024 → 2025 first, then 2023 → 2024)."""
    return line.replace("2024", "2025").replace("2023", "2024")


def county_2024() -> list[str]:
    return [BOILERPLATE, *load_seed("003").body_lines]


def county_2023() -> list[str]:
    lines = load_seed("000").body_lines
    return [BOILERPLATE, *lines[0:22], *lines[34:45]]


def education(corrected: bool) -> list[str]:
    county = load_seed("003").body_lines
    own = [_shift_year(x) for x in load_seed("000").body_lines[22:45]]
    paras = [JY_INTRO, JY_HEAD, county[1], county[2], county[6], *own]
    # The 更正版 changes one paragraph: the first version had the wrong figures.
    k = paras.index(own[7])
    if not corrected:
        paras[k] = re.sub(r"\d+件", "36件", paras[k], count=2)
    return paras


def town_a() -> list[str]:
    return list(load_seed("001").body_lines)


def town_b() -> list[str]:
    out = []
    for line in load_seed("004").body_lines:
        line = re.sub(r"^2020年，我区", "2024年，我镇", line)
        line = re.sub(r"^2020年,我区", "2024年,我镇", line)
        line = line.replace("2021年工作谋划", "2025年工作谋划")
        line = re.sub(r"^2020年，虽然我区", "2024年，虽然我镇", line)
        line = re.sub(r"^2020年,虽然我区", "2024年,虽然我镇", line)
        out.append(line)
    return out


class CopiesCountySite(BlindSite):
    name = "copies_county"
    region = "湖北省黄冈市蕲春县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 7_340_000
        self.reports: dict[str, tuple[str, str, str]] = {}
        self._fzzfjs()
        self._ndbg()
        self._sfj()
        self._jyj()
        self._towns()
        self._notices()
        self._news()
        self._topic()
        self._sections()
        self._home()

    # --- gold -------------------------------------------------------------------------------
    def _gold(
        self,
        path: str,
        title: str,
        lines: list[str],
        *,
        publisher: str,
        publish_date: str,
        index_no: str,
        written_date: str,
        doc_no: str | None = None,
    ) -> None:
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=index_no,
                publisher=publisher,
                publish_date=publish_date,
                report_year=int(year.group(1)) if year else None,
                body="\n".join(_clean(x) for x in lines),
                written_date=written_date,
                doc_no=doc_no,
            )
        )

    def _path(self, col: str, pub: str) -> str:
        self.next_id += 37
        day = pub[:10].replace("-", "")
        return f"/{col}/{day[:6]}/t{day}_{self.next_id}.html"

    def _xxgk(
        self,
        col: str,
        title: str,
        lines: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
        crumbs: list[tuple[str, str]],
        gold: bool = False,
        negative: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        self.page(
            path,
            self._detail(
                title,
                lines,
                pub=pub,
                index_no=index_no,
                publisher=publisher,
                written_date=written_date,
                doc_no=doc_no,
                crumbs=crumbs,
            ),
        )
        if gold:
            self._gold(
                path,
                title,
                lines,
                publisher=publisher,
                publish_date=pub,
                index_no=index_no,
                written_date=written_date,
                doc_no=doc_no or None,
            )
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _index(self, credit: str, pub: str, n: int | None = None) -> str:
        return f"{credit}/{pub[:4]}-{(n if n is not None else self.next_id % 97):05d}"

    # --- 政务公开 → 法治政府建设 ------------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = "zwgk/fdzdgknr/fzzfjs"
        crumbs = self._zwgk_crumbs("法治政府建设", f"/{col}/")

        def neg(title: str, pub: str, publisher: str = SFJ) -> tuple[str, str, str]:
            return self._xxgk(
                col,
                title,
                NEGATIVE_BODY,
                pub=pub,
                index_no=self._index(GOV_CREDIT, pub),
                publisher=publisher,
                written_date=pub,
                crumbs=crumbs,
                negative=True,
            )

        t24 = "蕲春县人民政府关于2024年度法治政府建设情况的报告"
        t23 = "蕲春县人民政府关于2023年度法治政府建设情况的报告"
        items = [
            neg("蕲春县2025年法治政府建设工作要点", "2025-04-10", GOV_OFFICE),
            self._xxgk(
                col,
                t24,
                county_2024(),
                pub="2025-03-28",
                index_no=f"{GOV_CREDIT}/2025-00052",
                publisher=SITE,
                written_date="2025-03-26",
                doc_no="蕲政文〔2025〕8号",
                crumbs=crumbs,
                gold=True,
            ),
            neg(f"图解：{t24}", "2025-03-29"),
            neg("一图读懂蕲春县2024年度法治政府建设情况报告", "2025-03-29"),
            neg("蕲春县2024年度法治政府建设考核结果公示", "2025-02-21"),
            neg("蕲春县法治政府建设实施方案（2021—2025年）", "2022-01-14", SITE),
            self._xxgk(
                col,
                t23,
                county_2023(),
                pub="2024-03-27",
                index_no=f"{GOV_CREDIT}/2024-00047",
                publisher=SITE,
                written_date="2024-03-25",
                doc_no="蕲政文〔2024〕11号",
                crumbs=crumbs,
                gold=True,
            ),
            neg("蕲春县2024年法治政府建设工作要点", "2024-04-08", GOV_OFFICE),
            neg("蕲春县法治宣传教育第八个五年规划（2021—2025年）", "2021-12-20", SITE),
        ]
        self.reports["county24"] = items[1]
        self._list(col, "法治政府建设", items, self._zwgk_tree(), crumbs[:-1])

    def _ndbg(self) -> None:
        col = "zwgk/zfxxgknb"
        crumbs = self._zwgk_crumbs("政府信息公开年报", f"/{col}/")
        items = []
        for year in range(2024, 2019, -1):
            pub = f"{year + 1}-01-2{year % 7}"
            items.append(
                self._xxgk(
                    col,
                    f"蕲春县人民政府{year}年政府信息公开工作年度报告",
                    FILLER_BODY,
                    pub=pub,
                    index_no=self._index(GOV_CREDIT, pub),
                    publisher=SITE,
                    written_date=pub,
                    crumbs=crumbs,
                    negative=True,
                )
            )
        self._list(col, "政府信息公开年报", items, self._zwgk_tree(), crumbs[:-1])

    # --- 部门信息公开 -------------------------------------------------------------------------
    def _sfj(self) -> None:
        col = "zwgk/bmxxgk/sfj"
        crumbs = self._zwgk_crumbs("县司法局", f"/{col}/", "部门信息公开")
        title, gold_path, _ = self.reports["county24"]
        copy = self._xxgk(
            col,
            title,
            county_2024(),
            pub="2025-03-31",
            index_no=f"{SFJ_CREDIT}/2025-00019",
            publisher=SFJ,
            written_date="2025-03-26",
            doc_no="蕲政文〔2025〕8号",
            crumbs=crumbs,
        )
        self.aliases[copy[1]] = gold_path
        items = [
            self._xxgk(
                col,
                "蕲春县司法局2025年普法依法治理工作要点",
                NEGATIVE_BODY,
                pub="2025-04-03",
                index_no=f"{SFJ_CREDIT}/2025-00021",
                publisher=SFJ,
                written_date="2025-04-02",
                crumbs=crumbs,
                negative=True,
            ),
            copy,
            self._xxgk(
                col,
                "蕲春县司法局2024年政府信息公开工作年度报告",
                FILLER_BODY,
                pub="2025-01-20",
                index_no=f"{SFJ_CREDIT}/2025-00003",
                publisher=SFJ,
                written_date="2025-01-20",
                crumbs=crumbs,
                negative=True,
            ),
            self._xxgk(
                col,
                "蕲春县司法局关于公布行政执法主体和执法人员名单的公告",
                FILLER_BODY,
                pub="2024-11-05",
                index_no=f"{SFJ_CREDIT}/2024-00044",
                publisher=SFJ,
                written_date="2024-11-05",
                crumbs=crumbs,
            ),
        ]
        self._list(col, "县司法局", items, self._zwgk_tree(), crumbs[:-1])

    def _jyj(self) -> None:
        col = "zwgk/bmxxgk/jyj"
        crumbs = self._zwgk_crumbs("县教育局", f"/{col}/", "部门信息公开")
        title = "蕲春县教育局2024年度法治政府建设工作报告"
        first = self._xxgk(
            col,
            title,
            education(corrected=False),
            pub="2025-02-10",
            index_no=f"{JYJ_CREDIT}/2025-00004",
            publisher=JYJ,
            written_date="2025-02-08",
            crumbs=crumbs,
        )
        fixed = self._xxgk(
            col,
            f"{title}（更正版）",
            education(corrected=True),
            pub="2025-02-17",
            index_no=f"{JYJ_CREDIT}/2025-00006",
            publisher=JYJ,
            written_date="2025-02-08",
            crumbs=crumbs,
            gold=True,
        )
        self.aliases[first[1]] = fixed[1]
        items = [
            self._xxgk(
                col,
                "蕲春县教育局2025年教育系统普法依法治理工作要点",
                NEGATIVE_BODY,
                pub="2025-03-05",
                index_no=f"{JYJ_CREDIT}/2025-00009",
                publisher=JYJ,
                written_date="2025-03-04",
                crumbs=crumbs,
                negative=True,
            ),
            fixed,
            first,
            self._xxgk(
                col,
                "蕲春县教育局2024年政府信息公开工作年度报告",
                FILLER_BODY,
                pub="2025-01-22",
                index_no=f"{JYJ_CREDIT}/2025-00002",
                publisher=JYJ,
                written_date="2025-01-22",
                crumbs=crumbs,
                negative=True,
            ),
            self._xxgk(
                col,
                "蕲春县2025年春季学期中小学校招生工作公告",
                FILLER_BODY,
                pub="2025-01-06",
                index_no=f"{JYJ_CREDIT}/2025-00001",
                publisher=JYJ,
                written_date="2025-01-06",
                crumbs=crumbs,
            ),
        ]
        self._list(col, "县教育局", items, self._zwgk_tree(), crumbs[:-1])

    # --- 乡镇信息公开 -------------------------------------------------------------------------
    def _towns(self) -> None:
        for slug, town, credit, lines, pub in (
            ("chz", "漕河镇", CHZ_CREDIT, town_a(), "2025-03-14"),
            ("qsz", "青石镇", QSZ_CREDIT, town_b(), "2025-03-19"),
        ):
            col = f"zwgk/xzxxgk/{slug}"
            crumbs = self._zwgk_crumbs(town, f"/{col}/", "乡镇信息公开")
            publisher = f"{town}人民政府"
            items = [
                self._xxgk(
                    col,
                    "2025年度法治政府建设工作要点",
                    NEGATIVE_BODY,
                    pub="2025-04-02",
                    index_no=f"{credit}/2025-00011",
                    publisher=publisher,
                    written_date="2025-04-01",
                    crumbs=crumbs,
                    negative=True,
                ),
                self._xxgk(
                    col,
                    "2024年度法治政府建设工作报告",
                    lines,
                    pub=pub,
                    index_no=f"{credit}/2025-00008",
                    publisher=publisher,
                    written_date=pub,
                    crumbs=crumbs,
                    gold=True,
                ),
                self._xxgk(
                    col,
                    f"{town}2025年春季森林防火工作方案",
                    FILLER_BODY,
                    pub="2025-02-26",
                    index_no=f"{credit}/2025-00005",
                    publisher=publisher,
                    written_date="2025-02-26",
                    crumbs=crumbs,
                ),
            ]
            self._list(col, town, items, self._zwgk_tree(), crumbs[:-1])

    # --- 新闻中心 -------------------------------------------------------------------------------
    def _article(  # noqa: PLR0917
        self,
        col: str,
        title: str,
        lines: list[str],
        pub: str,
        source: str,
        crumbs: list[tuple[str, str]],
        *,
        after: str = "",
        negative: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        self.page(path, self._news_page(title, lines, pub, source, crumbs, after=after))
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    def _notices(self) -> None:
        col = "xwzx/tzgg"
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", f"/{col}/")]
        _, gold_path, _ = self.reports["county24"]
        repost = self._article(
            col,
            "蕲春县2024年度法治政府建设情况报告",
            county_2024(),
            "2025-04-01 16:20",
            "县司法局",
            crumbs,
            after='<p style="text-align:right;">（编辑：张三 审核：李四）</p>',
        )
        self.aliases[repost[1]] = gold_path
        items = [
            self._article(
                col,
                "蕲春县2025年公开招聘社区专职工作人员公告",
                FILLER_BODY,
                "2025-04-09 10:00",
                "县人社局",
                crumbs,
            ),
            self._article(
                col,
                "关于召开全县2025年法治政府建设工作推进会的通知",
                NEGATIVE_BODY,
                "2025-04-03 09:00",
                GOV_OFFICE,
                crumbs,
                negative=True,
            ),
            repost,
            self._article(
                col,
                "关于2025年清明节期间森林防火的通告",
                FILLER_BODY,
                "2025-03-25 15:00",
                "县应急管理局",
                crumbs,
            ),
        ]
        self.notices = [(t, p, d[:10]) for t, p, d in items]
        self._list(col, "通知公告", self.notices, self._news_tree(), crumbs[:-1])

    def _news(self) -> None:
        col = "xwzx/qcyw"
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), ("蕲春要闻", f"/{col}/")]
        items = [
            self._article(
                col,
                "县政府召开第48次常务会议 听取2024年度法治政府建设情况报告",
                [
                    "4月2日，县长主持召开县政府第48次常务会议，听取县司法局关于2024年度法治政府"
                    "建设情况报告的汇报，研究部署2025年法治政府建设工作。",
                    *NEGATIVE_BODY[:4],
                ],
                "2025-04-02 18:30",
                "县融媒体中心",
                crumbs,
                negative=True,
            ),
            self._article(
                col,
                "蕲春县召开2025年法治政府建设工作推进会",
                NEGATIVE_BODY,
                "2025-04-11 17:05",
                "县融媒体中心",
                crumbs,
                negative=True,
            ),
            self._article(
                col,
                "县领导调研春季农业生产工作",
                FILLER_BODY,
                "2025-04-07 16:00",
                "县融媒体中心",
                crumbs,
            ),
        ]
        self.news = [(t, p, d[:10]) for t, p, d in items]
        self._list(col, "蕲春要闻", self.news, self._news_tree(), crumbs[:-1])

    # --- 专题专栏 → 法治政府建设专题 ------------------------------------------------------------
    def _topic(self) -> None:
        col = "ztzl/fzzfjszt"
        crumbs = [("首页", "/"), ("专题专栏", "/ztzl/"), ("法治政府建设专题", f"/{col}/")]
        title, gold_path, _ = self.reports["county24"]
        pdf = f"/{col}/202504/P020250403551372904118.pdf"
        self.pages[pdf] = Reply(
            200,
            report_pdf(title, county_2024(), SITE),
            {"Content-Type": "application/pdf"},
        )
        self.aliases[pdf] = gold_path
        name = pdf.rsplit("/", 1)[1]
        link = (
            '<p style="text-indent:2em;">附件：<a href="./'
            + esc(name)
            + '" target="_blank" oldsrc="W020250403551372904118.pdf">'
            + esc(f"{title}.pdf")
            + "</a></p>"
        )
        article = self._article(
            col,
            "蕲春县2024年度法治政府建设情况报告",
            [f"根据《法治政府建设与责任落实督察工作规定》，现将《{title}》予以公布。"],
            "2025-04-03 11:40",
            SFJ,
            crumbs,
            after=link,
        )
        # The article sits in /202504/ beside its PDF.
        self.aliases[article[1]] = gold_path
        assert article[1].startswith(f"/{col}/202504/")
        items = [
            self._article(
                col,
                "我县开展“法治进校园”主题宣传活动",
                FILLER_BODY,
                "2025-04-15 10:10",
                SFJ,
                crumbs,
            ),
            article,
            self._article(
                col,
                "蕲春县召开2025年法治政府建设工作推进会",
                NEGATIVE_BODY,
                "2025-04-11 17:05",
                SFJ,
                crumbs,
                negative=True,
            ),
            self._article(
                col,
                "解读：蕲春县2024年度法治政府建设情况报告",
                NEGATIVE_BODY,
                "2025-04-03 11:45",
                SFJ,
                crumbs,
                negative=True,
            ),
        ]
        left = fu.left_tree(
            "专题专栏",
            [
                ("法治政府建设专题", f"/{col}/", []),
                ("优化营商环境", "/ztzl/yhyshj/", []),
                ("乡村振兴", "/ztzl/xczx/", []),
            ],
        )
        self._list(
            col, "法治政府建设专题", [(t, p, d[:10]) for t, p, d in items], left, crumbs[:-1]
        )

    # --- section pages and home -----------------------------------------------------------
    def _sections(self) -> None:
        zwgk = (
            self._zwgk_tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            + "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p>"
            + '<ul class="gk-entry"><li><a href="/zwgk/fdzdgknr/fzzfjs/">法治政府建设</a></li>'
            + '<li><a href="/zwgk/zfxxgknb/">政府信息公开年报</a></li></ul></div>'
        )
        html = self._frame("政府信息公开", [("首页", "/"), ("政务公开", "/zwgk/")], zwgk)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)
        xwzx = self._news_tree() + (
            '<div class="list-right"><div class="list-tit">新闻中心</div><ul class="list">'
            + "".join(
                f'<li><a href="{esc(p)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
                for t, p, d in self.news + self.notices
            )
            + "</ul></div>"
        )
        html = self._frame("新闻中心", [("首页", "/"), ("新闻中心", "/xwzx/")], xwzx)
        self.page("/xwzx/", html)
        self.page("/xwzx/index.html", html)
        ztzl = (
            '<div class="zt-list"><a href="/ztzl/fzzfjszt/">'
            '<img src="/images/zt_fzzfjs.jpg" alt="法治政府建设专题" /></a>'
            '<a href="/ztzl/yhyshj/"><img src="/images/zt_yhyshj.jpg" alt="优化营商环境" /></a>'
            "</div>"
        )
        html = self._frame("专题专栏", [("首页", "/"), ("专题专栏", "/ztzl/")], ztzl)
        self.page("/ztzl/", html)
        self.page("/ztzl/index.html", html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit">{esc(title)}'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("蕲春要闻", "/xwzx/qcyw/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div><div class='home-row zt-banner'>"
            + '<a href="/ztzl/fzzfjszt/"><img src="/images/banner_fzzf.jpg" '
            + 'alt="法治政府建设专题" /></a>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- templates --------------------------------------------------------------------------
    def _zwgk_crumbs(
        self, name: str, url: str, parent: str = "法定主动公开内容"
    ) -> list[tuple[str, str]]:
        return [("首页", "/"), ("政务公开", "/zwgk/"), (parent, "/zwgk/"), (name, url)]

    def _zwgk_tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/"), ("政策文件", "/zwgk/zcwj/")],
                ),
                (
                    "部门信息公开",
                    "javascript:;",
                    [("县司法局", "/zwgk/bmxxgk/sfj/"), ("县教育局", "/zwgk/bmxxgk/jyj/")],
                ),
                (
                    "乡镇信息公开",
                    "javascript:;",
                    [("漕河镇", "/zwgk/xzxxgk/chz/"), ("青石镇", "/zwgk/xzxxgk/qsz/")],
                ),
                ("政府信息公开年报", "/zwgk/zfxxgknb/", []),
            ],
        )

    def _news_tree(self) -> str:
        return fu.left_tree(
            "新闻中心",
            [("蕲春要闻", "/xwzx/qcyw/", []), ("通知公告", "/xwzx/tzgg/", [])],
        )

    def _detail(
        self,
        title: str,
        body: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str,
        crumbs: list[tuple[str, str]],
    ) -> str:
        table = (
            '<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索 引 号：</td><td>{esc(index_no)}</td>'
            f'<td class="t">发布机构：</td><td>{esc(publisher)}</td></tr>'
            f'<tr><td class="t">成文日期：</td><td>{esc(written_date)}</td>'
            f'<td class="t">发布日期：</td><td>{esc(pub)}</td></tr>'
            f'<tr><td class="t">文　　号：</td><td colspan="3">{esc(doc_no)}</td></tr>'
            f'<tr><td class="t">标　　题：</td><td colspan="3">{esc(title)}</td></tr></table>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<div class="article-tit">{esc(title)}</div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, crumbs, main)

    def _news_page(
        self,
        title: str,
        body: list[str],
        pub: str,
        source: str,
        crumbs: list[tuple[str, str]],
        *,
        after: str = "",
    ) -> str:
        main = (
            '<div class="news-article"><h1 class="news-title">'
            + esc(title)
            + "</h1>"
            + f'<div class="news-info"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(source)}</span><span>字号：<a>大</a> <a>中</a> <a>小</a>"
            + "</span><span>浏览次数：<script>_showDynClick()</script></span></div>"
            + '<div class="news-con" id="zoom"><div class="TRS_Editor">\n'
            + fu.paragraphs(body)
            + "\n"
            + after
            + "</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, crumbs, main)

    def _list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        left: str,
        crumbs: list[tuple[str, str]],
    ) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href=".{esc(u.removeprefix(base[:-1]))}" target="_blank" '
                f'title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(chunks)}, {n}, "index", "html");</script></div>'
            )
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [*crumbs, (name, base)], main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进蕲春", "/zjqc/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("专题专栏", "/ztzl/"),
            ("政务服务", "https://zwfw.hubei.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.footer_block(
                SITE, icp=ICP, police=POLICE, code=CODE, address="湖北省黄冈市蕲春县漕河镇"
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
