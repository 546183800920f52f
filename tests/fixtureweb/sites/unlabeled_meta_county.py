"""A Hunan county portal on the provincial 集约化 platform after its 2022 redesign, whose article
pages show their metadata the way redesigned portals do: without labels.

- 首页 → 政务公开 (`/jhx/zwgk/index.shtml`, a catalogue tree) → 法定主动公开内容 → 法治政府建设
  (`/jhx/c115790/list.shtml`, two pages linked `list.shtml` / `list_2.shtml`); 部门信息公开 →
  县司法局 (`/jhx/c115820/list.shtml`); 政府信息公开年报; 新闻动态 (工作动态, 通知公告). Article
  URLs are `/jhx/c<column>/<yyyymm>/<32 hex>.shtml`.
- four reports, each with the metadata in a different unlabelled shape:
  * A, the 县政府's 2024 report: an info bar under the title whose labels are icon fonts,
    `<i class="iconfont icon-time"></i>2025-03-28 15:30 | <i …icon-source></i>嘉禾县人民政府 |
    <i …icon-eye></i>阅读 1,203`; under it a 「查看详细信息」 button opening a collapsed
    `<div class="xxgk-table" style="display:none">` that holds the labelled 索引号, 发布机构,
    主题分类, 体裁分类, 成文日期 (2025-03-24, not the publish date), 文号, 有效性; the text ends
    with the signature and its date;
  * B, the 县司法局's 2024 report: `<span class="source">嘉禾县司法局</span>
    <span class="date">2025-01-22</span>` and a labelled `主题分类：… 体裁分类：报告` row; no 索引号,
    no PubDate meta;
  * C, the 县政府's 2023 report: the date only as a big day number `28` over `2024.03` beside the
    title, the office unlabelled after an icon, `主题分类：… 体裁分类：报告 有效性：有效` under the
    text; no 索引号, no PubDate meta;
  * D, the 县司法局's 2020 report (migrated into the new template): `县司法局　2021年01月18日`
    under the title (the office as the page writes it, without the county), and an attribute row
    `信息来源：县司法局 公开日期：2021-01-18 生效日期：2021-01-15 有效性：有效`
    (生效日期 is not the publish date and not a 成文日期).
- decoys beside them, in the same templates: 工作要点 and 实施方案 (`发文单位：… 生效日期：…
  有效性：有效`, 文号), 一图读懂, a 解读, a 考核 公示, an 八五普法 中期评估报告, the 第一责任人 述法
  report, 政府信息公开年报; news of the 常务会议 and the 人大常委会 that 听取 the report.

Gold fields are what a reader reads: the publisher is the office named in the info bar (the same
as the hidden table's 发布机构 on A), the publish date is the date shown (the info bar's, the
day block's, the `date` span's, D's line and its 公开日期); the collapsed table counts as shown
(a click opens it and it is in the page), so A's 索引号, 成文日期 and 文号 are gold. No 成文日期
is recorded where the page shows none (生效日期 is not one).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "嘉禾县人民政府"
CODE = "4310240007"
CREDIT = "11431024006185392X"
SITE_DIR = "/jhx"
GOV = "嘉禾县人民政府"
GOV_OFFICE = "嘉禾县人民政府办公室"
SFJ = "嘉禾县司法局"
MEDIA = "嘉禾县融媒体中心"
LIST_SIZE = 8

COL_FZZF = "c115790"
COL_NDBG = "c115786"
COL_SFJ = "c115820"
COL_GZDT = "c115770"
COL_TZGG = "c115772"

PLAN_BODY = [
    "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，结合我县实际，制定本方案（要点）。",
    "一、深入学习贯彻习近平法治思想，全面推进依法行政。",
    "二、健全政府机构职能体系，推进政府治理规范化程序化法治化。",
    "三、健全依法行政制度体系，严格落实重大行政决策程序。",
    "四、加强督促检查，确保各项任务落到实处。",
] * 2


class UnlabeledMetaCountySite(BlindSite):
    name = "unlabeled_meta_county"
    region = "湖南省郴州市嘉禾县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 0
        self.columns: dict[str, list[tuple[str, str, str]]] = {}
        self._fzzfjs()
        self._sfj()
        self._ndbg()
        self._news()
        self._zwgk()
        self._bmxxgk()
        self._home()

    # --- 政务公开 → 法治政府建设 ---------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = COL_FZZF
        a_path = self._path(col, "2025-03-28")
        c_path = self._path(col, "2024-03-28")
        d_path = self._path(col, "2021-01-18")
        tuji = self._path(col, "2025-03-29")
        jd = self._path(col, "2025-03-29b")
        a_title = "嘉禾县人民政府关于2024年度法治政府建设情况的报告"
        c_title = "嘉禾县人民政府关于2023年度法治政府建设工作情况的报告"
        d_title = "嘉禾县2020年度法治政府建设工作情况报告"

        # A: info bar with icon fonts, and the collapsed 信息公开 table.
        lines = self._gold(
            a_path,
            "003",
            a_title,
            tail=[GOV, "2025年3月24日"],
            publisher=GOV,
            publish_date="2025-03-28",
            index_no=f"{CREDIT}/2025-00037",
            written_date="2025-03-24",
            doc_no="嘉政函〔2025〕21号",
            report_year=2024,
        )
        info = self._info_bar("2025-03-28 15:30", GOV, "1,203")
        xxgk = (
            '<div class="xxgk-btn"><a href="javascript:;" class="btn-detail" '
            "onclick=\"$('.xxgk-table').slideToggle();$(this).toggleClass('on');\">"
            '查看详细信息<i class="iconfont icon-arrow-down"></i></a></div>'
            '<div class="xxgk-table" style="display:none"><table cellpadding="0" cellspacing="0">'
            f"<tr><th>索引号</th><td>{CREDIT}/2025-00037</td><th>发布机构</th><td>{GOV}</td></tr>"
            "<tr><th>主题分类</th><td>综合政务/政府法制</td><th>体裁分类</th><td>报告</td></tr>"
            "<tr><th>成文日期</th><td>2025-03-24</td><th>文号</th><td>嘉政函〔2025〕21号</td></tr>"
            "<tr><th>有效性</th><td>有效</td><th>公开方式</th><td>主动公开</td></tr>"
            "</table></div>"
        )
        self._article_page(
            a_path,
            a_title,
            col,
            head=self._title_block(a_title, info + xxgk),
            body=self._paras(lines, sign=2),
            metas={
                "ArticleTitle": a_title,
                "PubDate": "2025-03-28 15:30:12",
                "ContentSource": GOV,
            },
            related=[(f"一图读懂《{a_title}》", tuji), (c_title, c_path)],
        )

        # C: the big day number over `2024.03`, the office after an icon.
        lines = self._gold(
            c_path,
            "000",
            c_title,
            tail=[GOV, "2024年3月25日"],
            publisher=GOV,
            publish_date="2024-03-28",
            report_year=2023,
        )
        head = (
            '<div class="art-head clearfix"><div class="date-block"><span class="day">28</span>'
            '<span class="ym">2024.03</span></div><div class="tit-box">'
            f'<h1 class="art-title">{esc(c_title)}</h1>'
            '<div class="art-sub"><span><i class="iconfont icon-source"></i>'
            f'{GOV}</span><span><i class="iconfont icon-eye"></i><em class="read">856</em></span>'
            + self._font_tools()
            + "</div></div></div>"
        )
        attrs = (
            '<div class="art-attr"><span>主题分类：综合政务</span><span>体裁分类：报告</span>'
            "<span>有效性：有效</span></div>"
        )
        self._article_page(
            c_path,
            c_title,
            col,
            head=head,
            body=self._paras(lines, sign=2),
            after=attrs,
            metas={},
            related=[(a_title, a_path)],
        )

        # D: `县司法局　2021年01月18日`, then a labelled row with a 生效日期.
        lines = self._gold(
            d_path,
            "004",
            d_title,
            publisher="县司法局",
            publish_date="2021-01-18",
            report_year=2020,
        )
        head = (
            '<div class="art-head">'
            f'<h1 class="art-title">{esc(d_title)}</h1>'
            '<div class="art-sub2">县司法局　2021年01月18日</div></div>'
            '<div class="art-attr art-attr-top"><span>信息来源：县司法局</span>'
            "<span>公开日期：2021-01-18</span><span>生效日期：2021-01-15</span>"
            "<span>有效性：有效</span></div>"
        )
        self._article_page(
            d_path,
            d_title,
            col,
            head=head,
            body=self._paras(lines),
            metas={},
            related=[(c_title, c_path)],
        )

        # Decoys.
        items = [
            self._doc(
                col,
                "嘉禾县2025年法治政府建设工作要点",
                "2025-04-10",
                GOV_OFFICE,
                PLAN_BODY,
                labelled=("嘉政办发〔2025〕6号", "2025-04-15"),
            ),
            (f"《{a_title}》政策解读", jd, "2025-03-29"),
            (f"一图读懂《{a_title}》", tuji, "2025-03-29"),
            (a_title, a_path, "2025-03-28"),
            self._doc(
                col,
                "嘉禾县人民政府县长2024年度履行推进法治建设第一责任人职责情况报告",
                "2025-03-12",
                GOV,
                PLAN_BODY,
            ),
            self._doc(
                col,
                "嘉禾县2024年度法治政府建设考核结果公示",
                "2025-02-14",
                GOV_OFFICE,
                [
                    "根据《嘉禾县法治政府建设考核办法》，县委全面依法治县委员会办公室组织开展了"
                    "2024年度法治政府建设考核工作，现将考核结果予以公示。",
                    "公示期为2025年2月14日至2月20日。如有异议，请在公示期内向县委依法治县办反映。",
                ],
            ),
            self._doc(
                col,
                "嘉禾县2024年法治政府建设工作要点",
                "2024-04-09",
                GOV_OFFICE,
                PLAN_BODY,
                labelled=("嘉政办发〔2024〕4号", "2024-04-12"),
            ),
            (c_title, c_path, "2024-03-28"),
            self._doc(
                col,
                "嘉禾县法治政府建设实施方案（2021—2025年）",
                "2022-01-20",
                GOV,
                PLAN_BODY,
                labelled=("嘉政发〔2022〕2号", "2022-02-20"),
            ),
            (d_title, d_path, "2021-01-18"),
        ]
        self._article_page(
            tuji,
            f"一图读懂《{a_title}》",
            col,
            head=self._title_block(
                f"一图读懂《{a_title}》", self._info_bar("2025-03-29 09:10", SFJ, "688")
            ),
            body='<p style="text-align:center"><img src="/jhx/c115790/202503/W0203291.jpg" '
            'alt="一图读懂" /></p>',
            metas={},
            related=[(a_title, a_path)],
        )
        self.negative_titles.append(f"一图读懂《{a_title}》")
        jd_body = [
            f"近日，《{a_title}》正式公开发布。为便于社会公众理解，现就有关内容解读如下：",
            "一、起草背景。按照《法治政府建设与责任落实督察工作规定》要求，县人民政府每年向"
            "县委、县人大常委会和市人民政府报告上一年度法治政府建设情况，并向社会公开。",
            "二、主要内容。报告共分三个部分：2024年度推进法治政府建设的主要举措和成效、存在的"
            "不足、2025年度推进法治政府建设的主要安排。",
            "三、解读机关及联系方式。解读机关：嘉禾县司法局；联系电话：0735-6621234。",
        ]
        self._article_page(
            jd,
            f"《{a_title}》政策解读",
            col,
            head=self._title_block(
                f"《{a_title}》政策解读", self._info_bar("2025-03-29 10:02", SFJ, "412")
            ),
            body=self._paras(jd_body),
            metas={},
            related=[(a_title, a_path)],
        )
        self.negative_titles.append(f"《{a_title}》政策解读")
        self._list(col, "法治政府建设", items, zwgk=True)

    # --- 部门信息公开 → 县司法局 -----------------------------------------------------------------
    def _sfj(self) -> None:
        col = COL_SFJ
        b_path = self._path(col, "2025-01-22")
        b_title = "嘉禾县司法局2024年度法治政府建设工作报告"
        lines = self._gold(
            b_path,
            "001",
            b_title,
            publisher=SFJ,
            publish_date="2025-01-22",
            report_year=2024,
        )
        info = (
            '<div class="art-info clearfix"><div class="fl">'
            f'<span class="source"><i class="iconfont icon-source"></i>{SFJ}</span>'
            '<span class="date"><i class="iconfont icon-time"></i>2025-01-22</span>'
            '<span class="views"><i class="iconfont icon-eye"></i>517</span></div>'
            + self._font_tools()
            + "</div>"
            '<div class="art-attr"><span>主题分类：司法行政</span><span>体裁分类：报告</span></div>'
        )
        self._article_page(
            b_path,
            b_title,
            col,
            head=self._title_block(b_title, info),
            body=self._paras(lines),
            metas={},
            related=[],
            dept=True,
        )
        items = [
            self._doc(
                col,
                "县司法局开展“宪法进万家”主题普法宣传活动",
                "2025-03-05",
                SFJ,
                FILLER_BODY,
                news=True,
            ),
            self._doc(
                col,
                "嘉禾县“八五”普法规划实施情况中期评估报告",
                "2024-06-18",
                SFJ,
                [
                    "根据省、市关于开展“八五”普法中期评估工作的部署，县司法局对全县“八五”普法规划"
                    "实施情况进行了评估，现将有关情况报告如下。",
                    "一、主要做法和成效。全县各级各部门认真落实“谁执法谁普法”普法责任制，"
                    "深入开展法治宣传教育，普法工作取得明显成效。",
                    "二、存在的问题。普法宣传针对性、实效性有待增强，基层普法力量较为薄弱。",
                    "三、下一步工作打算。深入学习宣传习近平法治思想，推进法治乡村建设。",
                ],
                dept=True,
            ),
            (b_title, b_path, "2025-01-22"),
            self._doc(
                col,
                "嘉禾县司法局2024年工作总结及2025年工作计划",
                "2025-01-10",
                SFJ,
                FILLER_BODY,
                dept=True,
            ),
            self._doc(
                col,
                "嘉禾县2024年度行政复议和行政应诉案件情况统计",
                "2025-01-08",
                SFJ,
                FILLER_BODY,
                dept=True,
            ),
        ]
        self._list(col, "县司法局", items, zwgk=True, dept=True)

    def _ndbg(self) -> None:
        items = [
            self._doc(
                COL_NDBG,
                f"嘉禾县人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-{20 + year % 7}",
                GOV_OFFICE,
                FILLER_BODY,
            )
            for year in range(2024, 2019, -1)
        ]
        self._list(COL_NDBG, "政府信息公开年报", items, zwgk=True)

    def _news(self) -> None:
        news = [
            self._doc(
                COL_GZDT,
                "县人大常委会听取和审议县人民政府2024年度法治政府建设情况报告",
                "2025-03-27",
                MEDIA,
                [
                    "3月26日，县第十八届人大常委会第二十四次会议召开。会议听取和审议了县人民政府"
                    "关于2024年度法治政府建设情况的报告。",
                    "县司法局局长受县人民政府委托作报告。会议认为，2024年全县法治政府建设取得积极"
                    "成效，同时就进一步提升行政执法规范化水平提出了意见建议。",
                ],
                news=True,
            ),
            self._doc(
                COL_GZDT,
                "县政府召开第42次常务会议",
                "2025-03-14",
                MEDIA,
                [
                    "3月13日，县长主持召开县政府第42次常务会议，听取2024年度法治政府建设工作情况"
                    "汇报，研究部署2025年法治政府建设工作。",
                    "会议原则同意《嘉禾县人民政府关于2024年度法治政府建设情况的报告》，"
                    "要求按程序报送并向社会公开。",
                ],
                news=True,
            ),
            self._doc(
                COL_GZDT, "县领导调研春耕备耕工作", "2025-03-10", MEDIA, FILLER_BODY, news=True
            ),
        ]
        notices = [
            self._doc(
                COL_TZGG,
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-04-02",
                GOV_OFFICE,
                FILLER_BODY,
                news=True,
            ),
            self._doc(
                COL_TZGG,
                "嘉禾县2025年公开招聘教师公告",
                "2025-03-20",
                GOV_OFFICE,
                FILLER_BODY,
                news=True,
            ),
        ]
        self.columns["gzdt"] = news
        self.columns["tzgg"] = notices
        self._list(COL_GZDT, "工作动态", news)
        self._list(COL_TZGG, "通知公告", notices)

    def _zwgk(self) -> None:
        main = (
            self._tree()
            + '<div class="list-right"><div class="list-tit"><span>政府信息公开</span></div>'
            '<div class="zwgk-intro"><p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。'
            '</p><ul class="zwgk-entry">'
            f'<li><a href="{SITE_DIR}/{COL_FZZF}/list.shtml"><i class="iconfont icon-fz"></i>法治政府建设</a></li>'
            f'<li><a href="{SITE_DIR}/{COL_NDBG}/list.shtml"><i class="iconfont icon-nb"></i>信息公开年报</a></li>'
            f'<li><a href="{SITE_DIR}/bmxxgk/index.shtml"><i class="iconfont icon-bm"></i>部门信息公开</a></li>'
            "</ul></div></div>"
        )
        html = self._frame(
            f"政府信息公开_{SITE}",
            [("首页", "/"), ("政务公开", f"{SITE_DIR}/zwgk/index.shtml")],
            main,
        )
        self.page(f"{SITE_DIR}/zwgk/index.shtml", html)

    def _bmxxgk(self) -> None:
        depts = [
            ("县发展和改革局", "c115811"),
            ("县教育局", "c115812"),
            ("县财政局", "c115815"),
            ("县司法局", COL_SFJ),
            ("县自然资源局", "c115823"),
        ]
        lis = "".join(
            f'<li><a href="{SITE_DIR}/{c}/list.shtml">{esc(n)}</a></li>' for n, c in depts
        )
        main = (
            self._tree()
            + '<div class="list-right"><div class="list-tit"><span>部门信息公开</span></div>'
            f'<ul class="dept-grid">{lis}</ul></div>'
        )
        html = self._frame(
            f"部门信息公开_{SITE}",
            [
                ("首页", "/"),
                ("政务公开", f"{SITE_DIR}/zwgk/index.shtml"),
                ("部门信息公开", f"{SITE_DIR}/bmxxgk/index.shtml"),
            ],
            main,
        )
        self.page(f"{SITE_DIR}/bmxxgk/index.shtml", html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><h3>{esc(title)}</h3>'
                f'<a class="more" href="{more}">更多<i class="iconfont icon-more"></i></a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f'<span class="date">{esc(d[5:])}</span></li>'
                    for t, u, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            '<div class="banner"><img src="/jhx/images/banner2022.jpg" alt="" /></div>'
            '<div class="home-row">'
            + box("工作动态", f"{SITE_DIR}/{COL_GZDT}/list.shtml", self.columns["gzdt"])
            + box("通知公告", f"{SITE_DIR}/{COL_TZGG}/list.shtml", self.columns["tzgg"])
            + "</div>"
            '<div class="home-row"><div class="home-box zwgk-box"><div class="box-tit"><h3>政务公开</h3>'
            f'<a class="more" href="{SITE_DIR}/zwgk/index.shtml">更多<i class="iconfont icon-more"></i></a>'
            '</div><ul class="icons">'
            f'<li><a href="{SITE_DIR}/zwgk/index.shtml"><i class="iconfont icon-zn"></i>政府信息公开</a></li>'
            f'<li><a href="{SITE_DIR}/{COL_NDBG}/list.shtml"><i class="iconfont icon-nb"></i>信息公开年报</a></li>'
            f'<li><a href="{SITE_DIR}/bmxxgk/index.shtml"><i class="iconfont icon-bm"></i>部门信息公开</a></li>'
            '<li><a href="http://www.hunan.gov.cn/" target="_blank"><i class="iconfont icon-hn"></i>湖南省人民政府</a></li>'
            "</ul></div>" + fu.interaction_sidebar() + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.shtml", html)

    # --- pages -------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 1
        digest = hashlib.md5(f"{col}{pub}{self.next_id}".encode()).hexdigest()
        return f"{SITE_DIR}/{col}/{pub[:4]}{pub[5:7]}/{digest}.shtml"

    def _gold(
        self, path: str, seed: str, title: str, *, tail: list[str] | None = None, **fields: object
    ) -> list[str]:
        lines = self.gold_report(path, seed, title, **fields)  # type: ignore[arg-type]
        if tail:
            gold = self.gold[-1]
            self.gold[-1] = replace(gold, body="\n".join([gold.body, *tail]))
        return lines + (tail or [])

    def _info_bar(self, when: str, office: str, reads: str) -> str:
        return (
            '<div class="art-info clearfix"><div class="fl">'
            f'<span><i class="iconfont icon-time"></i>{esc(when)}</span><em class="sep">|</em>'
            f'<span><i class="iconfont icon-source"></i>{esc(office)}</span><em class="sep">|</em>'
            f'<span><i class="iconfont icon-eye"></i>阅读 <b class="read-num">{esc(reads)}</b></span>'
            "</div>" + self._font_tools() + "</div>"
        )

    @staticmethod
    def _font_tools() -> str:
        return (
            '<div class="fr art-tools"><span class="font">'
            '<a href="javascript:;" onclick="setFont(18)">大</a>'
            '<a href="javascript:;" onclick="setFont(16)" class="on">中</a>'
            '<a href="javascript:;" onclick="setFont(14)">小</a></span>'
            '<a href="javascript:window.print();" class="print"><i class="iconfont icon-print"></i></a>'
            '<a href="javascript:;" class="share-btn"><i class="iconfont icon-share"></i></a></div>'
        )

    @staticmethod
    def _title_block(title: str, below: str) -> str:
        return f'<div class="art-head"><h1 class="art-title">{esc(title)}</h1>{below}</div>'

    @staticmethod
    def _paras(lines: list[str], *, sign: int = 0) -> str:
        out = []
        for k, text in enumerate(lines):
            right = sign and k >= len(lines) - sign
            css = "text-align:right;" if right else "text-indent:2em;"
            out.append(f'<p style="{css}">{esc(text)}</p>')
        return "\n".join(out)

    def _doc(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[str],
        *,
        news: bool = False,
        dept: bool = False,
        labelled: tuple[str, str] | None = None,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        reads = str(100 + len(title) * 7)
        if labelled:
            doc_no, effective = labelled
            head = self._title_block(
                title,
                self._info_bar(f"{pub} 09:00", publisher, reads)
                + '<div class="art-attr art-attr-top">'
                f"<span>发文单位：{esc(publisher)}</span><span>文号：{esc(doc_no)}</span>"
                f"<span>生效日期：{esc(effective)}</span><span>有效性：有效</span></div>",
            )
        elif news:
            head = self._title_block(title, self._info_bar(f"{pub} 17:20", publisher, reads))
        else:
            y, m, d = pub.split("-")
            head = (
                '<div class="art-head clearfix"><div class="date-block">'
                f'<span class="day">{d}</span><span class="ym">{y}.{m}</span></div>'
                f'<div class="tit-box"><h1 class="art-title">{esc(title)}</h1>'
                f'<div class="art-sub"><span><i class="iconfont icon-source"></i>{esc(publisher)}'
                f'</span><span><i class="iconfont icon-eye"></i><em class="read">{reads}</em></span>'
                + self._font_tools()
                + "</div></div></div>"
            )
        self._article_page(
            path, title, col, head=head, body=self._paras(body), metas={}, related=[], dept=dept
        )
        if "法治" in title or "报告" in title or "普法" in title:
            self.negative_titles.append(title)
        return title, path, pub

    def _article_page(
        self,
        path: str,
        title: str,
        col: str,
        *,
        head: str,
        body: str,
        metas: dict[str, str],
        related: list[tuple[str, str]],
        after: str = "",
        dept: bool = False,
    ) -> None:
        rel = ""
        if related:
            rel = (
                '<div class="related"><div class="related-tit"><span>相关阅读</span></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a></li>'
                    for t, u in related
                )
                + "</ul></div>"
            )
        share = (
            '<div class="art-share"><span>分享到：</span>'
            '<a href="javascript:;" class="iconfont icon-wechat" title="微信"></a>'
            '<a href="javascript:;" class="iconfont icon-weibo" title="微博"></a>'
            '<a href="javascript:;" class="iconfont icon-qq" title="QQ空间"></a></div>'
        )
        main = (
            '<div class="article-box">'
            + head
            + '<div class="art-con" id="zoom"><div class="view TRS_UEDITOR trs_paper_default">\n'
            + body
            + "\n</div></div>"
            + after
            + share
            + '<div class="art-bottom"><a href="javascript:window.print();">'
            '<i class="iconfont icon-print"></i>打印</a>'
            '<a href="javascript:window.close();"><i class="iconfont icon-close"></i>关闭</a></div>'
            + rel
            + "</div>"
        )
        crumbs = self._crumbs(col, dept=dept)
        self.page(
            path,
            self._frame(
                f"{title}_{SITE}",
                crumbs,
                main,
                metas={"ColumnName": crumbs[-1][0], **metas},
            ),
        )

    def _crumbs(self, col: str, *, dept: bool = False) -> list[tuple[str, str]]:
        names = {
            COL_FZZF: "法治政府建设",
            COL_NDBG: "政府信息公开年报",
            COL_SFJ: "县司法局",
            COL_GZDT: "工作动态",
            COL_TZGG: "通知公告",
        }
        if col in (COL_GZDT, COL_TZGG):
            return [
                ("首页", "/"),
                ("新闻动态", f"{SITE_DIR}/{COL_GZDT}/list.shtml"),
                (names[col], f"{SITE_DIR}/{col}/list.shtml"),
            ]
        out = [("首页", "/"), ("政务公开", f"{SITE_DIR}/zwgk/index.shtml")]
        if dept or col == COL_SFJ:
            out.append(("部门信息公开", f"{SITE_DIR}/bmxxgk/index.shtml"))
        return [*out, (names[col], f"{SITE_DIR}/{col}/list.shtml")]

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", f"{SITE_DIR}/zwgk/index.shtml", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", "javascript:;"),
                        ("法治政府建设", f"{SITE_DIR}/{COL_FZZF}/list.shtml"),
                    ],
                ),
                ("部门信息公开", f"{SITE_DIR}/bmxxgk/index.shtml", []),
                ("政府信息公开年报", f"{SITE_DIR}/{COL_NDBG}/list.shtml", []),
            ],
        )

    def _list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        zwgk: bool = False,
        dept: bool = False,
    ) -> None:
        base = f"{SITE_DIR}/{col}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        total = len(chunks)

        def page_url(k: int) -> str:
            return "list.shtml" if k == 0 else f"list_{k + 1}.shtml"

        for k, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><i class="dot"></i><a href="{esc(u)}" target="_blank" title="{esc(t)}">'
                f'{esc(_cut(t))}</a><span class="date">{esc(d)}</span></li>'
                for t, u, d in chunk
            )
            links = ['<div class="pagination">']
            if k > 0:
                links.append(
                    f'<a href="{page_url(0)}">首页</a><a href="{page_url(k - 1)}">上一页</a>'
                )
            for n in range(total):
                cls = ' class="active"' if n == k else ""
                links.append(f'<a href="{page_url(n)}"{cls}>{n + 1}</a>')
            if k < total - 1:
                links.append(
                    f'<a href="{page_url(k + 1)}">下一页</a><a href="{page_url(total - 1)}">尾页</a>'
                )
            links.append(f"<span>共{total}页 {len(items)}条</span></div>")
            main = (
                (self._tree() if zwgk else "")
                + f'<div class="list-right"><div class="list-tit"><span>{esc(name)}</span></div>'
                + f'<ul class="list">{rows}</ul>{"".join(links)}</div>'
            )
            crumbs = self._crumbs(col, dept=dept)
            self.page(base + page_url(k), self._frame(f"{name}_{SITE}", crumbs, main))

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        metas: dict[str, str] | None = None,
    ) -> str:
        nav = [
            ("首页", "/"),
            ("走进嘉禾", f"{SITE_DIR}/zjjh/index.shtml"),
            ("新闻动态", f"{SITE_DIR}/{COL_GZDT}/list.shtml"),
            ("政务公开", f"{SITE_DIR}/zwgk/index.shtml"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
            ("互动交流", f"{SITE_DIR}/hdjl/index.shtml"),
        ]
        location = ""
        if crumbs:
            links = '<i class="iconfont icon-arrow-right"></i>'.join(
                f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in crumbs
            )
            location = (
                '<div class="location"><i class="iconfont icon-home"></i>'
                f"<span>当前位置：</span>{links}</div>"
            )
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=metas or {})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05004321号",
                police="湘公网安备 43102402000118号",
                code=CODE,
                address="湖南省郴州市嘉禾县珠泉镇城南路1号",
            )
            + "</body></html>"
        )


def _cut(title: str, width: int = 28) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"
