"""A Sichuan county on TRS WCM whose report pages print the way 人大-bound reports and formal
公文 print, with the hard parts in the head and in the metadata:

- 首页 → 政务公开 (`/zwgk/`, a catalogue tree) → 法治政府建设 (`/zwgk/fzzfjs/`, two pages by
  `createPageHTML(2, 0, "index", "html")`); the list cuts long titles (`…` with the whole one in
  `title=`);
- four reports:
  * the 县政府's 2024 report, titled `…关于二〇二四年度法治政府建设情况的报告` (the year in
    Chinese numerals), its head split into `<h1>营山县人民政府</h1><h2>关于二〇二四年度…</h2>`;
    索引号 only as the `value` of an `<input readonly>`, 成文日期 `2025年3月24日`, the 发布时间
    shown `03-28` with the whole time in the span's `title=` (and `<meta name="PubDate">`); the
    text opens with its 主送 `县人大常委会：` and ends with the signature (`营山县人民政府`,
    `2025年3月24日`), `（此件公开发布）` and then `（联系人：…；联系电话：…）`;
  * the 县政府's 2023 report as delivered to the 人大常委会, titled without a year (as such
    reports often are): `<h1>营山县人民政府<br/>关于法治政府建设工作情况的报告</h1>`, a 副标题
    `——2024年3月26日在县第十八届人民代表大会常务委员会第十九次会议上` under it (the year it
    reports on, 2023, is in its opening sentence, not in the title), then the text: the speaker `县司法局局长　张某某`, `主任、各位副主任、各位委员：`,
    `受县人民政府委托，…请予审议。`; no 索引号; 发布机构 only as `来源：营山县司法局`, the date
    `2024.03.28`; the `<title>` names only the column and the site;
  * the 县司法局's 2024 report, titled `…关于二○二四年度…` (○, not 〇), a Word paste whose
    text repeats the title in two bold centred lines, then the date line `（2025年1月20日）`; `来源：… 发布日期：2025年1月22日`;
  * the 县政府's 2020 report on the old template (tables): `<td class="biaoti">营山县人民政府<br>
    关于2020年度…</td>`, 索引号 cut `…` in its cell with the whole one in `title=`, 成文日期
    `2021.01.15`, the 发布日期 nowhere on the page but `<meta name="PubDate">` (and the list);
    the text a Word paste opening with the 文号 `营府函〔2021〕3号` (the page's only 文号) and the
    title in two bold centred lines, then 主送 `南充市人民政府：`, the signature, `（此件公开发布）`, the 联系人 line;
- decoys beside them in the column: 人大常委会 审议意见 on the 2023 report and
  `关于二〇二二年度法治政府建设工作情况的报告的审议意见` (both in the report's own head and
  signature layout), the 县政府's report on how it handled the 审议意见, 工作要点 (two years),
  一图读懂 the 2024 report, a 第一责任人 report, 考核 通报, the 八五普法 plan, 实施方案;
  政府信息公开年报; 工作动态 news of the 人大 session that 听取 the report and a 推进会.

Gold bodies: the report text as a reader takes it from the page — the 副标题 date/venue line,
the speaker line, the 题注 date line, the 主送 or salutation and the signature with its date and
`（此件公开发布）` are the document's; the 联系人 line under it is the office's contact note, and
a paste's 文号 and repeated title are the document's head (the title and 文号 fields), not text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "营山县人民政府"
CODE = "5113220009"
CREDIT = "11511322008665432K"
SFJ_CREDIT = "11511322MB1539871Q"
GOV_OFFICE = "营山县人民政府办公室"
SFJ = "营山县司法局"
RD = "营山县人大常委会"
LIST_SIZE = 8
CONTACT = "（联系人：王某某；联系电话：0817-8221234）"

# (text, style) paragraphs: "" indented prose, "c" centred, "r" right (signature), "n" no indent.
Para = tuple[str, str]

SHENYI_BODY = [
    ("县人民政府：", "n"),
    (
        "县第十八届人民代表大会常务委员会第十九次会议听取和审议了县司法局局长张某某受县人民政府"
        "委托所作的关于2023年度法治政府建设工作情况的报告。会议认为，县人民政府深入学习贯彻习近平"
        "法治思想，法治政府建设取得了积极成效。",
        "",
    ),
    (
        "会议指出，我县法治政府建设还存在一些问题和不足：部分单位领导干部法治意识有待增强，"
        "行政执法规范化水平有待提高，基层法治力量相对薄弱。",
        "",
    ),
    ("为此，会议提出以下审议意见：", ""),
    ("一、进一步压实法治建设责任，落实党政主要负责人履行推进法治建设第一责任人职责。", ""),
    ("二、进一步规范行政执法行为，全面落实行政执法“三项制度”。", ""),
    ("三、进一步加强法治队伍建设，充实基层司法所力量。", ""),
    (
        "请县人民政府认真研究处理，并于六个月内将研究处理情况书面报告县人大常委会。",
        "",
    ),
    (RD, "r"),
    ("2024年4月12日", "r"),
]
CHULI_BODY = [
    ("县人大常委会：", "n"),
    (
        "2024年4月，县人大常委会将《关于县人民政府2023年度法治政府建设工作情况的报告的审议意见》"
        "交县人民政府研究处理。县人民政府高度重视，逐条研究，明确责任单位，现将研究处理情况报告如下：",
        "",
    ),
    ("一、关于压实法治建设责任的问题。制定年度法治建设责任清单，开展述法评议。", ""),
    ("二、关于规范行政执法行为的问题。开展行政执法案卷评查，组织执法人员轮训。", ""),
    ("三、关于加强法治队伍建设的问题。新增司法所工作人员12名，实现司法所两名以上人员全覆盖。", ""),
    (SITE, "r"),
    ("2024年9月18日", "r"),
]
PLAN_BODY = [
    (
        "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，结合我县实际，制定本方案（要点）。",
        "",
    ),
    ("一、深入学习贯彻习近平法治思想，全面推进依法行政。", ""),
    ("二、健全政府机构职能体系，推进政府治理规范化程序化法治化。", ""),
    ("三、健全依法行政制度体系，加快推进政府治理规范化程序化法治化。", ""),
    ("四、加强督促检查，确保各项任务落到实处。", ""),
] * 2


class HeadlineMetaCountySite(BlindSite):
    name = "headline_meta_county"
    region = "四川省南充市营山县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 0
        self.reports: dict[str, tuple[str, str, str]] = {}
        self._fzzfjs()
        self._ndbg()
        self._news()
        self._zwgk()
        self._home()

    # --- 政务公开 → 法治政府建设 ---------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = "zwgk/fzzfjs"
        items: list[tuple[str, str, str]] = []
        # Paths first: the report pages link each other in 相关文章.
        a_path = self._path(col, "2025-03-28")
        b_path = self._path(col, "2024-03-28")
        c_path = self._path(col, "2025-01-22")
        d_path = self._path(col, "2021-01-18")
        tuji = self._path(col, "2025-03-29")
        a_title = "营山县人民政府关于二〇二四年度法治政府建设情况的报告"
        b_title = "营山县人民政府关于法治政府建设工作情况的报告"
        c_title = "营山县司法局关于二○二四年度法治政府建设工作情况的报告"
        d_title = "营山县人民政府关于2020年度法治政府建设工作情况的报告"
        tuji_title = f"一图读懂《{a_title}》"

        # A: the 2024 report, a 公文 to the 人大常委会.
        lines = self._gold(
            a_path,
            "003",
            a_title,
            head=[("县人大常委会：", "n")],
            tail=[(SITE, "r"), ("2025年3月24日", "r"), ("（此件公开发布）", "n")],
            publisher=SITE,
            publish_date="2025-03-28",
            index_no=f"{CREDIT}/2025-00021",
            written_date="2025-03-24",
            doc_no="营府函〔2025〕15号",
            report_year=2024,
        )
        meta_a = (
            '<div class="xxgk-info"><table class="xxgk-table" cellspacing="0" cellpadding="0">'
            '<tr><th>索 引 号：</th><td><input type="text" class="syh-input" readonly="readonly" '
            f'value="{CREDIT}/2025-00021" /></td>'
            f"<th>发布机构：</th><td>{SITE}</td></tr>"
            "<tr><th>成文日期：</th><td>2025年3月24日</td>"
            "<th>文　　号：</th><td>营府函〔2025〕15号</td></tr></table></div>"
        )
        info_a = (
            '<div class="art-info"><span>发布时间：<span class="date" '
            'title="2025-03-28 10:21:05">03-28</span></span>'
            '<span>浏览次数：<em id="hits"></em></span>'
            '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            '<span>【<a href="javascript:window.print()">打印</a>】</span></div>'
        )
        self.page(
            a_path,
            self._article(
                a_title,
                head=(
                    '<div class="art-head"><h1 class="art-tit">营山县人民政府</h1>'
                    '<h2 class="art-tit2">关于二〇二四年度法治政府建设情况的报告</h2></div>'
                ),
                before=meta_a,
                info=info_a,
                body=[*lines, (CONTACT, "n")],
                tab_title=f"{a_title}_{SITE}",
                metas={"ArticleTitle": a_title, "PubDate": "2025-03-28 10:21:05"},
                related=[(tuji_title, tuji), (b_title, b_path), (c_title, c_path)],
            ),
        )

        # B: the 2023 report as delivered at the 人大常委会 session.
        venue = "——2024年3月26日在县第十八届人民代表大会常务委员会第十九次会议上"
        lines = self._gold(
            b_path,
            "000",
            b_title,
            # The venue line is the title block's 副标题 (an <h3> beside the <h1>), shown above
            # the text, not in it.
            pasted=[(venue, "c")],
            head=[
                ("县司法局局长　张某某", "c"),
                ("主任、各位副主任、各位委员：", "n"),
                (
                    "受县人民政府委托，现将我县2023年度法治政府建设工作情况报告如下，请予审议。",
                    "",
                ),
            ],
            tail=[],
            publisher=SFJ,
            publish_date="2024-03-28",
            report_year=2023,
        )
        self.page(
            b_path,
            self._article(
                b_title,
                head=(
                    '<div class="art-head"><h1 class="art-tit">营山县人民政府<br />'
                    "关于法治政府建设工作情况的报告</h1>"
                    f'<h3 class="art-fbt">{esc(venue)}</h3></div>'
                ),
                before="",
                info=(
                    f'<div class="art-info"><span>来源：{SFJ}</span>'
                    "<span>发布时间：2024.03.28</span>"
                    '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
                    '<a href="javascript:doZoom(16)">中</a> '
                    '<a href="javascript:doZoom(14)">小</a>】</span></div>'
                ),
                body=lines[1:],
                tab_title=f"法治政府建设 - {SITE}",
                metas={"ColumnName": "法治政府建设"},
                related=[(a_title, a_path)],
            ),
        )

        # C: the 县司法局's 2024 report.
        lines = self._gold(
            c_path,
            "001",
            c_title,
            # The 题注 date under the pasted title goes with the title block, as a gazette's
            # does (gazette_city): the project reads no 成文日期 without its label.
            pasted=[
                ("营山县司法局", "b"),
                ("关于二○二四年度法治政府建设工作情况的报告", "b"),
                ("（2025年1月20日）", "c"),
            ],
            head=[],
            tail=[],
            publisher=SFJ,
            publish_date="2025-01-22",
            report_year=2024,
        )
        self.page(
            c_path,
            self._article(
                c_title,
                head=f'<div class="art-head"><h1 class="art-tit">{esc(c_title)}</h1></div>',
                before="",
                info=(
                    f'<div class="art-info"><span>来源：{SFJ}</span>'
                    "<span>发布日期：2025年1月22日</span>"
                    '<span>【<a href="javascript:window.print()">打印</a>】</span></div>'
                ),
                body=lines,
                tab_title=f"{c_title}_{SITE}",
                metas={"ArticleTitle": c_title, "PubDate": "2025-01-22 16:02:44"},
                related=[(a_title, a_path)],
            ),
        )

        # D: the 2020 report on the old template.
        lines = self._gold(
            d_path,
            "004",
            d_title,
            pasted=[
                ("营府函〔2021〕3号", "c"),
                ("营山县人民政府", "b"),
                ("关于2020年度法治政府建设工作情况的报告", "b"),
            ],
            head=[("南充市人民政府：", "n")],
            tail=[(SITE, "r"), ("2021年1月15日", "r"), ("（此件公开发布）", "n")],
            publisher=SITE,
            publish_date="2021-01-18",
            index_no=f"{CREDIT}/2021-00004",
            written_date="2021-01-15",
            doc_no="营府函〔2021〕3号",
        )
        self.page(d_path, self._old_article(d_title, [*lines, (CONTACT, "n")]))

        # The column, newest first.
        items = [
            self._doc(
                col, "营山县2025年法治政府建设工作要点", "2025-04-10", GOV_OFFICE, PLAN_BODY
            ),
            (tuji_title, tuji, "2025-03-29"),
            (a_title, a_path, "2025-03-28"),
            (c_title, c_path, "2025-01-22"),
            self._doc(
                col,
                "营山县人民政府关于县人大常委会对2023年度法治政府建设工作情况报告审议意见"
                "研究处理情况的报告",
                "2024-09-20",
                SITE,
                CHULI_BODY,
                split=True,
            ),
            self._doc(
                col,
                f"{RD}关于《{b_title}》的审议意见",
                "2024-04-15",
                RD,
                SHENYI_BODY,
            ),
            self._doc(
                col, "营山县2024年法治政府建设工作要点", "2024-04-08", GOV_OFFICE, PLAN_BODY
            ),
            (b_title, b_path, "2024-03-28"),
            self._doc(
                col,
                "营山县人民政府主要负责人2023年度履行推进法治建设第一责任人职责情况报告",
                "2024-03-01",
                SITE,
                PLAN_BODY,
            ),
            self._doc(
                col, "营山县2023年度法治政府建设考核结果通报", "2024-02-20", GOV_OFFICE, PLAN_BODY
            ),
            self._doc(
                col,
                "关于二〇二二年度法治政府建设工作情况的报告的审议意见",
                "2023-04-18",
                RD,
                [
                    (t.replace("2023", "2022").replace("2024年4月12日", "2023年4月14日"), s)
                    for t, s in SHENYI_BODY
                ],
            ),
            self._doc(
                col,
                "营山县法治宣传教育第八个五年规划（2021—2025年）",
                "2021-12-10",
                GOV_OFFICE,
                PLAN_BODY,
            ),
            self._doc(
                col, "营山县法治政府建设实施方案（2021—2025年）", "2021-11-30", SITE, PLAN_BODY
            ),
            (d_title, d_path, "2021-01-18"),
        ]
        self.page(
            tuji,
            self._article(
                tuji_title,
                head=f'<div class="art-head"><h1 class="art-tit">{esc(tuji_title)}</h1></div>',
                before="",
                info=f'<div class="art-info"><span>来源：{SFJ}</span><span>发布时间：2025-03-29</span></div>',
                body=[("", "img")],
                tab_title=f"{tuji_title}_{SITE}",
                metas={"ArticleTitle": tuji_title, "PubDate": "2025-03-29 09:00:00"},
                related=[(a_title, a_path)],
            ),
        )
        self.negative_titles.append(tuji_title)
        self._list(col, "法治政府建设", items)

    def _ndbg(self) -> None:
        col = "zwgk/ndbg"
        items = []
        for year in range(2024, 2018, -1):
            title = f"营山县人民政府{year}年政府信息公开工作年度报告"
            items.append(
                self._doc(
                    col, title, f"{year + 1}-01-2{year % 7}", GOV_OFFICE, _plain(FILLER_BODY)
                )
            )
        self._list(col, "政府信息公开年报", items)

    def _news(self) -> None:
        gzdt = "xwzx/gzdt"
        news = [
            self._doc(
                gzdt,
                "营山县召开县政府第31次常务会议",
                "2025-04-11",
                GOV_OFFICE,
                _plain(FILLER_BODY),
                news=True,
            ),
            self._doc(
                gzdt,
                "全县2025年法治政府建设工作推进会召开",
                "2025-04-02",
                SFJ,
                _plain(
                    [
                        "4月2日，全县2025年法治政府建设工作推进会召开。会议总结了2024年度法治政府建设工作，"
                        "安排部署2025年重点任务。",
                        "会议要求，各乡镇、各部门要对照《营山县2025年法治政府建设工作要点》，"
                        "逐项抓好落实。",
                    ]
                ),
                news=True,
            ),
            self._doc(
                gzdt,
                "县十八届人大常委会第十九次会议召开",
                "2024-03-26",
                "营山县融媒体中心",
                _plain(
                    [
                        "3月26日，县第十八届人民代表大会常务委员会第十九次会议召开。",
                        "会议听取和审议了县人民政府关于法治政府建设工作情况的报告、"
                        "县人民政府关于2023年度国有资产管理情况的综合报告。",
                        "县司法局局长张某某受县人民政府委托作报告。与会人员认为，"
                        "2023年我县法治政府建设取得明显成效，同时提出了意见建议。",
                    ]
                ),
                news=True,
            ),
            self._doc(
                gzdt,
                "县领导调研春季农业生产工作",
                "2024-03-20",
                GOV_OFFICE,
                _plain(FILLER_BODY),
                news=True,
            ),
        ]
        self.news = news
        self._list(gzdt, "工作动态", news)
        tzgg = "xwzx/tzgg"
        notices = [
            self._doc(
                tzgg,
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-03-28",
                GOV_OFFICE,
                _plain(FILLER_BODY),
                news=True,
            ),
            self._doc(
                tzgg,
                "营山县2025年公开招聘社区工作者公告",
                "2025-03-20",
                GOV_OFFICE,
                _plain(FILLER_BODY),
                news=True,
            ),
        ]
        self.notices = notices
        self._list(tzgg, "通知公告", notices)

    def _zwgk(self) -> None:
        for col, name, titles in [
            ("zwgk/xxgkzn", "政府信息公开指南", ["营山县人民政府信息公开指南"]),
            (
                "zwgk/zcwj",
                "政策文件",
                [
                    "营山县人民政府关于印发营山县优化营商环境若干措施的通知",
                    "营山县人民政府办公室关于做好2025年春季防汛工作的通知",
                ],
            ),
        ]:
            items = [
                self._doc(col, t, f"2025-03-{10 - k:02d}", GOV_OFFICE, _plain(FILLER_BODY))
                for k, t in enumerate(titles)
            ]
            self._list(col, name, items)
        main = (
            self._tree() + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        html = self._frame("政府信息公开", [("首页", "/index.html"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("工作动态", "/xwzx/gzdt/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div>"
            '<div class="home-row"><div class="home-box zwgk-box"><div class="box-tit">'
            '<span>政务公开</span><a class="more" href="/zwgk/">更多&gt;&gt;</a></div><ul class="icons">'
            '<li><a href="/zwgk/xxgkzn/">信息公开指南</a></li>'
            '<li><a href="/zwgk/zcwj/">政策文件</a></li>'
            '<li><a href="/zwgk/ndbg/">信息公开年报</a></li>'
            '<li><a href="http://www.scspc.gov.cn/" target="_blank">四川人大</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- pages -------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        # TRS document ids grow with time.
        self.next_id += 1
        days = (date.fromisoformat(pub) - date(2020, 1, 1)).days
        doc_id = 2_800_000 + days * 40 + self.next_id % 40
        return f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{doc_id}.html"

    def _gold(
        self,
        path: str,
        seed: str,
        title: str,
        *,
        head: list[Para],
        tail: list[Para],
        pasted: list[Para] | None = None,
        **fields: object,
    ) -> list[Para]:
        """Record a gold report whose text is the seed's with its head and ending lines; lines
        `pasted` above them (a Word paste's 文号 and title) are shown but are not the text."""
        lines = self.gold_report(path, seed, title, **fields)  # type: ignore[arg-type]
        gold = self.gold[-1]
        body = "\n".join([t for t, _ in head] + [gold.body] + [t for t, _ in tail])
        self.gold[-1] = replace(gold, body=body)
        self.reports[seed] = (title, path, str(fields.get("publish_date")))
        return (pasted or []) + head + [(t, "") for t in lines] + tail

    def _doc(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[Para],
        *,
        news: bool = False,
        split: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        if split and "关于" in title:
            org, rest = title.split("关于", 1)
            head = (
                f'<div class="art-head"><h1 class="art-tit">{esc(org)}</h1>'
                f'<h2 class="art-tit2">关于{esc(rest)}</h2></div>'
            )
        else:
            head = f'<div class="art-head"><h1 class="art-tit">{esc(title)}</h1></div>'
        if news:
            before = ""
            info = (
                f'<div class="art-info"><span>来源：{esc(publisher)}</span>'
                f"<span>发布时间：{esc(pub)}</span></div>"
            )
        else:
            credit = SFJ_CREDIT if publisher == SFJ else CREDIT
            before = (
                '<div class="xxgk-info"><table class="xxgk-table" cellspacing="0" cellpadding="0">'
                '<tr><th>索 引 号：</th><td><input type="text" class="syh-input" '
                f'readonly="readonly" value="{credit}/{pub[:4]}-{self.next_id:05d}" /></td>'
                f"<th>发布机构：</th><td>{esc(publisher)}</td></tr>"
                f"<tr><th>成文日期：</th><td>{_cn_date(pub)}</td>"
                "<th>文　　号：</th><td></td></tr></table></div>"
            )
            info = (
                '<div class="art-info"><span>发布时间：<span class="date" '
                f'title="{esc(pub)} 09:00:00">{esc(pub[5:])}</span></span></div>'
            )
        self.page(
            path,
            self._article(
                title,
                head=head,
                before=before,
                info=info,
                body=body,
                tab_title=f"{title}_{SITE}",
                metas={"ArticleTitle": title, "PubDate": f"{pub} 09:00:00"},
                related=[],
            ),
        )
        if "法治" in title or "报告" in title:
            self.negative_titles.append(title)
        return title, path, pub

    def _article(
        self,
        title: str,
        *,
        head: str,
        before: str,
        info: str,
        body: list[Para],
        tab_title: str,
        metas: dict[str, str],
        related: list[tuple[str, str]],
    ) -> str:
        rel = ""
        if related:
            rel = (
                '<div class="xgwz"><h4>相关文章</h4><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u in related
                )
                + "</ul></div>"
            )
        main = (
            '<div class="article">'
            + before
            + head
            + info
            + '<div class="art-con" id="zoom"><div class="TRS_Editor">\n'
            + _paras(body)
            + "\n</div></div>"
            + fu.article_tools()
            + rel
            + "</div>"
            + fu.float_share()
        )
        crumbs = [
            ("首页", "/index.html"),
            ("政务公开", "/zwgk/"),
            ("法治政府建设", "/zwgk/fzzfjs/"),
        ]
        return self._frame(tab_title, crumbs, main, metas=metas, raw_title=True)

    def _old_article(self, title: str, body: list[Para]) -> str:
        """The pre-2022 template: tables, `td.biaoti`, the date only in the head's meta."""
        meta = {
            "ArticleTitle": title,
            "PubDate": "2021-01-18 06:45:12",
            "ContentSource": SITE,
            "ColumnName": "法治政府建设",
        }
        index = f"{CREDIT}/2021-00004"
        main = (
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" '
            'class="bk"><tr><td>'
            '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="1" '
            'bgcolor="#cccccc" class="xxgk">'
            f'<tr bgcolor="#ffffff"><td width="12%" class="lb">索引号</td><td width="38%">'
            f'<span title="{index}">{index[:22]}…</span></td>'
            f'<td width="12%" class="lb">发布机构</td><td width="38%">{SITE}</td></tr>'
            '<tr bgcolor="#ffffff"><td class="lb">成文日期</td><td>2021.01.15</td>'
            '<td class="lb">公开方式</td><td>主动公开</td></tr></table>'
            '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
            '<tr><td class="biaoti" align="center">营山县人民政府<br>'
            "关于2020年度法治政府建设工作情况的报告</td></tr>"
            '<tr><td class="line" height="1" bgcolor="#cccccc"></td></tr>'
            '<tr><td class="zw" id="zoom"><div class="TRS_Editor">\n'
            + _paras(body)
            + "\n</div></td></tr>"
            '<tr><td align="right" class="tools">【<a href="javascript:window.print()">打印本页'
            '</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
            "</td></tr></table>"
        )
        crumbs = [
            ("首页", "/index.html"),
            ("政务公开", "/zwgk/"),
            ("法治政府建设", "/zwgk/fzzfjs/"),
        ]
        return self._frame(f"{SITE}", crumbs, main, metas=meta, raw_title=True)

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [("政策文件", "/zwgk/zcwj/"), ("法治政府建设", "/zwgk/fzzfjs/")],
                ),
                ("政府信息公开年报", "/zwgk/ndbg/", []),
            ],
        )

    def _list(self, col: str, name: str, items: list[tuple[str, str, str]]) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for k, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="./{esc(u.removeprefix(base))}" target="_blank" title="{esc(t)}">'
                f"{esc(_cut(t))}</a><span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f'createPageHTML({len(chunks)}, {k}, "index", "html");</script></div>'
            )
            left = self._tree() if col.startswith("zwgk") else ""
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            section = ("政务公开", "/zwgk/") if col.startswith("zwgk") else ("新闻中心", "#")
            html = self._frame(name, [("首页", "/index.html"), section, (name, base)], main)
            if k == 0:
                self.page(base, html)
                self.page(base + "index.html", html)
            else:
                self.page(f"{base}index_{k}.html", html)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        metas: dict[str, str] | None = None,
        raw_title: bool = False,
    ) -> str:
        head_title = title if raw_title or title == SITE else f"{title}_{SITE}"
        nav = [
            ("首页", "/index.html"),
            ("走进营山", "/zjys/"),
            ("新闻中心", "/xwzx/gzdt/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://www.sczwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=metas or {})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="蜀ICP备05012345号-1",
                police="川公网安备 51132202000112号",
                code=CODE,
                address="四川省南充市营山县朗池街道政府路1号",
            )
            + "</body></html>"
        )


def _plain(lines: list[str]) -> list[Para]:
    return [(t, "") for t in lines]


def _cut(title: str, width: int = 30) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def _cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def _paras(body: list[Para]) -> str:
    out = []
    for text, style in body:
        if style == "img":
            out.append(
                '<p style="text-align:center"><img src="./W020250329512345678901.jpg" '
                'title="一图读懂" alt="" /></p>'
            )
            continue
        if style == "b":
            out.append(f'<p style="text-align:center;"><strong>{esc(text)}</strong></p>')
            continue
        css = {
            "": "text-indent:2em;",
            "c": "text-align:center;",
            "r": "text-align:right;",
            "n": "text-indent:0;",
        }[style]
        out.append(f'<p style="{css}">{esc(text)}</p>')
    return "\n".join(out)
