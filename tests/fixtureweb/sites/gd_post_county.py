"""A Guangdong district portal on the province's 集约化 site platform (the portal side, not the
gkmlpt catalogue): 肇庆市高要区.

- article URLs are the platform's `…/content/post_<id>.html` (ids province-wide, growing with
  time), mixed with gkmlpt articles: the 区司法局's `/sfj/gkmlpt/content/3/3331/post_3331687.html`
  and the 区政府's own `/gkmlpt/content/2/2953/post_2953309.html`, which the 法治政府建设 column
  links with the catalogue in the fragment (`…post_2953309.html#2615`); listings are
  `index.html`, `index_2.html`, `index_3.html` with a static pager (首页 上一页 1 2 3 下一页 尾页);
  list links are written sometimes absolute, sometimes root-relative, long titles cut to `...`
  (whole in `title=`);
- the portal's article template: `<div class="article-content">` holding a 信息公开 `<div
  class="classify"><table>` (索引号, 分类, 发布机构, 成文日期, 名称, 文号, 发布日期; labels in
  `<td class="td-title">` without colons, values in the next `td`), the `<h1>`, a `<div
  class="date-row">` of 来源 / 发布时间 / 浏览次数 / 字号, the text in `<div class="zw">`, then
  相关附件 (a scanned, signed PDF), 相关解读, 【打印】【关闭】, the QR code and 分享到; news, 专题
  and 解读 pages have no classify table, only the date-row; the 来源 of the 区政府's 2024 report
  is the 区司法局 that drafted it, its 发布机构 the 区政府;
- the gkmlpt article: `td.first` labels with colons, an empty 文号 cell, a `发布日期：` line, the
  text in `<div class="article-content">` (the 区司法局's pasted from Word: MsoNormal
  paragraphs of spans), the gkmlpt header and nav;
- 部门 sub-sites under the same host: `/sfj/index.html` (区司法局) with its own columns
  (工作动态, 通知公告, 法治政府建设), reached from the home page's 部门网站 `<select>` and from
  走进高要 → 机构设置; its 法治政府建设 column also lists the 区政府's 2024 report (same URL);
- 专题专栏 → 法治政府建设 专题 (`/ztzl/fzzfjs/index.html`) with sub-columns (工作动态, 工作报告,
  政策文件), each a `<ul class="list-right">` of `<li><a>…</a><span>date</span></li>` paged by
  four; the 2020 report is published only there, on 工作报告's page 2 (no classify table), and
  the 2023 report again as the platform's 引用 copy (another post id, no classify table);
- the 区政府 and the 区司法局 each published "2024年度法治政府建设工作报告" (same generic title, two
  publishers, two texts): both are reports;
- the 2023 report's text starts with its title repeated as a centred bold line;
- decoys: 工作要点 (2025, 2024), a 政策解读 post of the 2024 report (listed in 政策解读, in
  法治政府建设 and in the 专题), a 图解 of it, 推进会 news, a 人大常委会 hearing the report, a 考核
  通报, a 督察 notice, a 督察整改 report, the 区司法局's notice asking units to send their 2024
  reports, a 实施方案, a 重大行政决策 目录 and 程序规定, 行政执法 公示, the 政府信息公开工作年度报告s
  (区政府's in 政务公开, the 区司法局's on its gkmlpt), the 区司法局's 法治政府建设 工作计划.
"""

from __future__ import annotations

import re

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import scanned_pdf
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "肇庆市高要区人民政府"
GOV = "肇庆市高要区人民政府"
GOV_OFFICE = "肇庆市高要区人民政府办公室"
SFJ = "肇庆市高要区司法局"
SFJ_SHORT = "高要区司法局"
CODE = "4412040004"
ICP = "粤ICP备05087413号"
POLICE = "粤公网安备 44120402000117号"
PER_PAGE = 8
ZT_PER_PAGE = 4
NAV = [
    ("首页", "/"),
    ("走进高要", "/zjgy/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政府信息公开", "/gkmlpt/index"),
    ("政务服务", "https://www.gdzwfw.gov.cn/portal/index?region=441204"),
    ("互动交流", "/hdjl/index.html"),
    ("专题专栏", "/ztzl/index.html"),
]
ZWGK_COLUMNS = [
    ("通知公告", "/zwgk/tzgg/index.html"),
    ("政策文件", "/zwgk/zcwj/index.html"),
    ("政策解读", "/zwgk/zcjd/index.html"),
    ("法治政府建设", "/zwgk/fzzfjs/index.html"),
    ("规划计划", "/zwgk/ghjh/index.html"),
    ("政府信息公开年报", "/zwgk/zfxxgknb/index.html"),
]
SFJ_NAV = [
    ("首页", "/sfj/index.html"),
    ("机构概况", "/sfj/jggk/index.html"),
    ("工作动态", "/sfj/gzdt/index.html"),
    ("通知公告", "/sfj/tzgg/index.html"),
    ("法治政府建设", "/sfj/fzzfjs/index.html"),
    ("政府信息公开", "/sfj/gkmlpt/index"),
]
DEPTS = [
    ("区发展和改革局", "/fgj/index.html"),
    ("区教育局", "/jyj/index.html"),
    ("区司法局", "/sfj/index.html"),
    ("区财政局", "/czj/index.html"),
    ("区人力资源和社会保障局", "/rsj/index.html"),
]
ZT_SUBS = [
    ("工作动态", "/ztzl/fzzfjs/gzdt/index.html"),
    ("工作报告", "/ztzl/fzzfjs/gzbg/index.html"),
    ("政策文件", "/ztzl/fzzfjs/zcwj/index.html"),
]
JIEDU = "/zwgk/zcjd/content/post_3409020.html"
A_PATH = "/zwgk/fzzfjs/content/post_3408812.html"
A_PDF = "/attachment/0/553/553871/3408812.pdf"

Row = tuple[str, str, str]  # (title, href as the list writes it, date)


def post_id(path: str) -> str:
    return path.rsplit("post_", 1)[1].removesuffix(".html")


def gkml_path(dept: str, doc: int) -> str:
    """A gkmlpt article of a department (`sfj`) or of the 区政府 itself (`""`)."""
    text = str(doc)
    prefix = f"/{dept}" if dept else ""
    return f"{prefix}/gkmlpt/content/{text[0]}/{text[:4]}/post_{text}.html"


def page_name(n: int) -> str:
    return "index.html" if n == 1 else f"index_{n}.html"


def pager(folder: str, n: int, total: int) -> str:
    """The platform's static pager: 首页 上一页 1 2 3 下一页 尾页 共N页."""
    links = [f'<a href="{folder}{page_name(1)}" class="first">首页</a>']
    if n > 1:
        links.append(f'<a href="{folder}{page_name(n - 1)}" class="prev">上一页</a>')
    for k in range(1, total + 1):
        links.append(
            f'<span class="current">{k}</span>'
            if k == n
            else f'<a href="{folder}{page_name(k)}">{k}</a>'
        )
    if n < total:
        links.append(f'<a href="{folder}{page_name(n + 1)}" class="next">下一页</a>')
    links.append(f'<a href="{folder}{page_name(total)}" class="last">尾页</a>')
    links.append(f"<span>共{total}页</span>")
    return " ".join(links)


def word_paragraphs(lines: list[str]) -> str:
    """Paragraphs as Word pastes them: runs of `<span>`s cut at commas, headings in 黑体."""
    out = []
    for line in lines:
        heading = line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、")
        font = "黑体" if heading else "仿宋_GB2312"
        runs = re.split(r"(?<=[,，。;；])", line)
        spans = "".join(
            f'<span style="font-family:{font};font-size:16pt">{esc(run)}</span>'
            for run in runs
            if run
        )
        out.append(
            '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt;mso-line-height-rule:'
            f'exactly">{spans}<span lang="EN-US"><o:p></o:p></span></p>'
        )
    return "\n".join(out)


class GdPostCountySite(BlindSite):
    name = "gd_post_county"
    region = "广东省肇庆市高要区"
    # The gkmlpt catalogue pages are single-page app shells (`<div id="app">` and the bundle),
    # as on the real platform: the crawler renders them (its reports come from elsewhere).
    needs_browser = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.rows: dict[str, list[Row]] = {}
        self._fzzf_column()
        self._zwgk_columns()
        self._sfj()
        self._topic()
        self._shells_and_sundries()
        self._zwgk_home()
        self._home()

    def absolute(self, path: str) -> str:
        return self.base_url + path

    # --- 政务公开 → 法治政府建设 (three pages) -------------------------------------------------
    def _fzzf_column(self) -> None:
        crumbs = [("政务公开", "/zwgk/index.html"), ("法治政府建设", "/zwgk/fzzfjs/index.html")]
        rows: list[Row] = []

        def neg(doc: int, title: str, day: str, *, publisher: str = GOV_OFFICE) -> None:
            path = f"/zwgk/fzzfjs/content/post_{doc}.html"
            self._post(
                path,
                title,
                NEGATIVE_BODY,
                crumbs=crumbs,
                source=publisher,
                pub=f"{day} 10:02:11",
                classify=self._meta(doc, day, publisher),
            )
            self.negative_titles.append(title)
            rows.append((title, self.absolute(path), day))

        def news(doc: int, title: str, day: str) -> None:
            path = f"/zwgk/fzzfjs/content/post_{doc}.html"
            body = [f"{day[5:7].lstrip('0')}月{day[8:].lstrip('0')}日，{title}。"] + [
                "会议指出，要深入学习贯彻习近平法治思想，扎实推进法治政府建设各项任务落实。"
            ] * 3
            self._post(
                path, title, body, crumbs=crumbs, source="高要区融媒体中心", pub=day + " 17:40:05"
            )
            self.negative_titles.append(title)
            rows.append((title, path, day))

        neg(3415577, "肇庆市高要区2025年法治政府建设工作要点", "2025-04-10")
        rows.append(("《2024年度法治政府建设工作报告》解读", self.absolute(JIEDU), "2025-03-28"))
        # A: the 区政府's 2024 report, drafted by the 区司法局 (its 来源), published by the 区政府.
        title_a, day_a = "2024年度法治政府建设工作报告", "2025-03-28"
        meta_a = {
            "index_no": "007020445/2025-00031",
            "publisher": GOV,
            "written_date": "2025-03-24",
            "doc_no": "要府函〔2025〕18号",
        }
        body_a = self.gold_report(A_PATH, "003", title_a, publish_date=day_a, **meta_a)
        self._post(
            A_PATH,
            title_a,
            body_a,
            crumbs=crumbs,
            source=SFJ_SHORT,
            pub=day_a + " 16:12:05",
            classify=self._meta(3408812, day_a, GOV, meta_a),
            attachments=[("2024年度法治政府建设工作报告（盖章版）.pdf", A_PDF)],
            related=[("《2024年度法治政府建设工作报告》解读", JIEDU)],
        )
        self.pages[A_PDF] = Reply(200, scanned_pdf(3), {"Content-Type": "application/pdf"})
        rows.append((title_a, self.absolute(A_PATH), day_a))
        neg(3386021, "关于2024年度法治政府建设考核结果的通报", "2025-02-20")
        news(3371106, "高要区召开2025年法治政府建设工作推进会", "2025-02-12")
        neg(3350214, "肇庆市高要区2025年度重大行政决策事项目录", "2025-01-15", publisher=GOV)
        neg(3201740, "关于开展2024年度法治政府建设督察工作的通知", "2024-11-05")
        for doc, title, day in (
            (3150031, "肇庆市高要区行政执法公示（2024年第三季度）", "2024-10-10"),
        ):
            path = f"/zwgk/fzzfjs/content/post_{doc}.html"
            self._post(
                path, title, FILLER_BODY, crumbs=crumbs, source=SFJ_SHORT, pub=day + " 09:30:00"
            )
            rows.append((title, path, day))
        # page 2
        neg(2961178, "肇庆市高要区2024年法治政府建设工作要点", "2024-04-12")
        # B: the 区政府's 2023 report; its text starts with the title as a bold line.
        # It is on the 区政府's gkmlpt; the column links it with the catalogue in the fragment.
        path_b = gkml_path("", 2953309)
        title_b, day_b = "肇庆市高要区2023年度法治政府建设工作报告", "2024-03-29"
        meta_b = {
            "index_no": "007020445/2024-00027",
            "publisher": GOV,
            "written_date": "2024-03-25",
            "doc_no": "要府函〔2024〕21号",
        }
        body_b = self.gold_report(path_b, "000", title_b, publish_date=day_b, **meta_b)
        self._gkml(path_b, title_b, body_b, day_b, meta_b, home="/", heading=title_b)
        rows.append((title_b, self.absolute(path_b) + "#2615", day_b))
        self.body_b = (path_b, title_b, body_b)
        news(2920554, "高要区召开2024年法治政府建设工作推进会", "2024-02-28")
        neg(
            2851903,
            "关于2023年度法治政府建设督察反馈问题整改情况的报告",
            "2023-12-18",
            publisher=GOV,
        )
        for i, (title, day) in enumerate(
            [
                ("肇庆市高要区行政执法公示（2023年第三季度）", "2023-10-12"),
                ("肇庆市高要区行政执法公示（2023年第二季度）", "2023-07-11"),
                ("肇庆市高要区行政执法公示（2023年第一季度）", "2023-04-10"),
            ]
        ):
            path = f"/zwgk/fzzfjs/content/post_{2790012 - i * 61234}.html"
            self._post(
                path, title, FILLER_BODY, crumbs=crumbs, source=SFJ_SHORT, pub=day + " 09:30:00"
            )
            rows.append((title, path, day))
        # page 3
        neg(
            2233871, "肇庆市高要区法治政府建设实施方案（2021—2025年）", "2022-06-20", publisher=GOV
        )
        neg(
            2011458,
            "关于印发《肇庆市高要区重大行政决策程序规定》的通知",
            "2021-09-03",
            publisher=GOV,
        )
        self.rows["fzzfjs"] = rows
        self._listing_pages(
            "/zwgk/fzzfjs/", "法治政府建设", rows, crumbs=crumbs, sidebar=ZWGK_COLUMNS
        )

    def _meta(
        self, doc: int, day: str, publisher: str, meta: dict[str, str] | None = None
    ) -> dict[str, str]:
        meta = meta or {}
        return {
            "索引号": meta.get("index_no", f"007020445/{day[:4]}-{doc % 1000:05d}"),
            "分类": "政务公开",
            "发布机构": publisher,
            "成文日期": meta.get("written_date", day),
            "文号": meta.get("doc_no", ""),
            "发布日期": day,
        }

    # --- the other 政务公开 columns ---------------------------------------------------------
    def _zwgk_columns(self) -> None:
        # 政策解读: the 解读 of the 2024 report, and another.
        crumbs = [("政务公开", "/zwgk/index.html"), ("政策解读", "/zwgk/zcjd/index.html")]
        jiedu_title = "《2024年度法治政府建设工作报告》解读"
        jiedu_body = [
            "一、起草背景",
            "根据《法治政府建设与责任落实督察工作规定》要求，县级以上地方各级政府每年第一季度要向同级党委、"
            "人大常委会报告上一年度法治政府建设情况，并通过报刊、网站等新闻媒体向社会公开。",
            "二、主要内容",
            "《报告》共分为三个部分：一是2024年度推进法治政府建设的主要举措和成效；二是存在的不足和原因；"
            "三是2025年推进法治政府建设的主要安排。",
            "三、主要亮点",
            "2024年，我区持续深化“放管服”改革，全面推行行政执法“三项制度”，行政复议化解行政争议主渠道"
            "作用进一步发挥，全区法治政府建设取得新成效。",
            "四、解读机关及联系方式",
            "解读机关：肇庆市高要区司法局　解读人：区司法局法治督察股　联系电话：0758-8312345",
        ]
        self._post(
            JIEDU,
            jiedu_title,
            jiedu_body,
            crumbs=crumbs,
            source=SFJ_SHORT,
            pub="2025-03-28 16:30:12",
            related=[("2024年度法治政府建设工作报告", A_PATH)],
            related_label="原文链接",
        )
        self.negative_titles.append(jiedu_title)
        other = "《肇庆市高要区城市供水管理办法》政策解读"
        self._post(
            "/zwgk/zcjd/content/post_3312260.html",
            other,
            FILLER_BODY,
            crumbs=crumbs,
            source="肇庆市高要区住房和城乡建设局",
            pub="2024-12-20 10:00:00",
        )
        self._listing_pages(
            "/zwgk/zcjd/",
            "政策解读",
            [
                (jiedu_title, JIEDU, "2025-03-28"),
                (other, "/zwgk/zcjd/content/post_3312260.html", "2024-12-20"),
            ],
            crumbs=crumbs,
            sidebar=ZWGK_COLUMNS,
        )
        # 政府信息公开年报
        crumbs = [
            ("政务公开", "/zwgk/index.html"),
            ("政府信息公开年报", "/zwgk/zfxxgknb/index.html"),
        ]
        rows: list[Row] = []
        for year, doc in ((2024, 3320817), (2023, 2870145), (2022, 2455310)):
            title = f"肇庆市高要区人民政府{year}年政府信息公开工作年度报告"
            day = f"{year + 1}-01-2{year % 3}"
            path = f"/zwgk/zfxxgknb/content/post_{doc}.html"
            self._post(
                path,
                title,
                NEGATIVE_BODY,
                crumbs=crumbs,
                source=GOV_OFFICE,
                pub=day + " 15:00:00",
                classify=self._meta(doc, day, GOV),
            )
            self.negative_titles.append(title)
            rows.append((title, path, day))
        self._listing_pages(
            "/zwgk/zfxxgknb/", "政府信息公开年报", rows, crumbs=crumbs, sidebar=ZWGK_COLUMNS
        )
        # 通知公告, 政策文件, 规划计划: fillers.
        fillers = {
            "tzgg": (
                "通知公告",
                [
                    "肇庆市高要区2025年公开招聘中小学教师公告",
                    "关于2025年春节期间烟花爆竹燃放管理的通告",
                    "肇庆市高要区2025年第一批次城镇建设用地征收土地预公告",
                ],
            ),
            "zcwj": (
                "政策文件",
                [
                    "肇庆市高要区人民政府关于印发高要区城市供水管理办法的通知",
                    "肇庆市高要区人民政府办公室关于调整区政府领导工作分工的通知",
                ],
            ),
            "ghjh": ("规划计划", ["肇庆市高要区国民经济和社会发展第十四个五年规划纲要"]),
        }
        for slug, (column, titles) in fillers.items():
            crumbs = [("政务公开", "/zwgk/index.html"), (column, f"/zwgk/{slug}/index.html")]
            rows = []
            for i, title in enumerate(titles):
                doc = 3390000 - 7331 * i - len(slug) * 101
                day = f"2025-0{3 - i}-1{i}"
                path = f"/zwgk/{slug}/content/post_{doc}.html"
                self._post(
                    path,
                    title,
                    FILLER_BODY,
                    crumbs=crumbs,
                    source=GOV_OFFICE,
                    pub=day + " 09:00:00",
                )
                rows.append((title, path, day))
            self.rows[slug] = rows
            self._listing_pages(
                f"/zwgk/{slug}/", column, rows, crumbs=crumbs, sidebar=ZWGK_COLUMNS
            )

    # --- the 区司法局's sub-site ---------------------------------------------------------
    def _sfj(self) -> None:
        # C: the 区司法局's own 2024 report, on its gkmlpt; same title as the 区政府's.
        doc_c = 3331687
        path_c = gkml_path("sfj", doc_c)
        title_c, day_c = "2024年度法治政府建设工作报告", "2025-01-16"
        meta_c = {
            "index_no": "11441204MB2D04417K/2025-00002",
            "publisher": SFJ,
            "written_date": "2025-01-14",
        }
        body_c = self.gold_report(path_c, "001", title_c, publish_date=day_c, **meta_c)
        self._gkml(path_c, title_c, body_c, day_c, meta_c, word=True)
        nb_doc = 3326044
        nb_title = "肇庆市高要区司法局2024年政府信息公开工作年度报告"
        self._gkml(
            gkml_path("sfj", nb_doc),
            nb_title,
            NEGATIVE_BODY,
            "2025-01-10",
            {"index_no": "11441204MB2D04417K/2025-00001", "publisher": SFJ},
        )
        self.negative_titles.append(nb_title)
        crumbs = [("法治政府建设", "/sfj/fzzfjs/index.html")]
        plan = "肇庆市高要区司法局2025年法治政府建设工作计划"
        plan_path = "/sfj/fzzfjs/content/post_3360719.html"
        self._post(
            plan_path,
            plan,
            NEGATIVE_BODY,
            crumbs=crumbs,
            source=SFJ_SHORT,
            pub="2025-01-22 10:15:00",
            site=SFJ,
        )
        self.negative_titles.append(plan)
        train = "区司法局举办2024年度行政执法人员法治政府建设专题培训班"
        train_path = "/sfj/gzdt/content/post_3188502.html"
        self._post(
            train_path,
            train,
            ["为进一步提升行政执法人员依法行政能力，区司法局举办专题培训班。"] * 3,
            crumbs=[("工作动态", "/sfj/gzdt/index.html")],
            source=SFJ_SHORT,
            pub="2024-10-18 16:20:00",
            site=SFJ,
        )
        self.negative_titles.append(train)
        ask = "关于报送2024年度法治政府建设工作报告的通知"
        ask_path = "/sfj/tzgg/content/post_3296630.html"
        self._post(
            ask_path,
            ask,
            [
                "区直各单位，各镇人民政府、南岸街道办事处：",
                "根据《法治政府建设与责任落实督察工作规定》要求，请各单位于2025年1月20日前将本单位"
                "2024年度法治政府建设工作报告报送区委依法治区办，并在本单位门户网站公开。",
                "联系人：区司法局法治督察股，电话：0758-8312345。",
            ],
            crumbs=[("通知公告", "/sfj/tzgg/index.html")],
            source=SFJ_SHORT,
            pub="2024-12-26 15:10:00",
            site=SFJ,
        )
        self.negative_titles.append(ask)
        fzzf_rows: list[Row] = [
            (plan, plan_path, "2025-01-22"),
            ("2024年度法治政府建设工作报告", self.absolute(A_PATH), "2025-03-28"),
            (title_c, self.absolute(path_c), day_c),
            (train, train_path, "2024-10-18"),
            (ask, ask_path, "2024-12-26"),
        ]
        fzzf_rows.sort(key=lambda r: r[2], reverse=True)
        gzdt_rows: list[Row] = [(train, train_path, "2024-10-18")]
        for i, title in enumerate(
            ["区司法局开展“宪法宣传周”系列活动", "高要区人民调解员业务培训班开班"]
        ):
            path = f"/sfj/gzdt/content/post_{3270001 - 40321 * i}.html"
            day = f"2024-1{2 - i}-0{4 + i}"
            self._post(
                path,
                title,
                FILLER_BODY,
                crumbs=[("工作动态", "/sfj/gzdt/index.html")],
                source=SFJ_SHORT,
                pub=day + " 11:00:00",
                site=SFJ,
            )
            gzdt_rows.append((title, path, day))
        gzdt_rows.sort(key=lambda r: r[2], reverse=True)
        tzgg_rows: list[Row] = [
            (nb_title, self.absolute(gkml_path("sfj", nb_doc)), "2025-01-10"),
        ]
        recruit = "肇庆市高要区司法局2025年公开招聘政府购买服务人员公告"
        recruit_path = "/sfj/tzgg/content/post_3401152.html"
        self._post(
            recruit_path,
            recruit,
            FILLER_BODY,
            crumbs=[("通知公告", "/sfj/tzgg/index.html")],
            source=SFJ_SHORT,
            pub="2025-03-20 09:00:00",
            site=SFJ,
        )
        tzgg_rows.insert(0, (recruit, recruit_path, "2025-03-20"))
        tzgg_rows.insert(1, (ask, ask_path, "2024-12-26"))
        side = SFJ_NAV[1:5]
        for slug, column, rows in (
            ("fzzfjs", "法治政府建设", fzzf_rows),
            ("gzdt", "工作动态", gzdt_rows),
            ("tzgg", "通知公告", tzgg_rows),
        ):
            self._listing_pages(
                f"/sfj/{slug}/",
                column,
                rows,
                crumbs=[(column, f"/sfj/{slug}/index.html")],
                sidebar=side,
                site=SFJ,
            )
        self.page(
            "/sfj/jggk/index.html",
            self._frame(
                f"机构概况_{SFJ}",
                [("机构概况", "/sfj/jggk/index.html")],
                '<div class="jggk"><h3>主要职责</h3><p>负责统筹协调全区法治政府建设工作……</p>'
                "<p>办公地址：肇庆市高要区南岸街道府前大街28号　办公时间：工作日8:30-12:00，"
                "14:30-17:30</p></div>",
                site=SFJ,
            ),
        )
        boxes = "".join(
            f'<div class="index-box"><div class="box-hd"><h3>{esc(column)}</h3>'
            f'<a class="more" href="/sfj/{slug}/index.html">更多&gt;&gt;</a></div>'
            + self._lis(rows[:5], "list")
            + "</div>"
            for slug, column, rows in (
                ("gzdt", "工作动态", gzdt_rows),
                ("tzgg", "通知公告", tzgg_rows),
                ("fzzfjs", "法治政府建设", fzzf_rows),
            )
        )
        self.page("/sfj/index.html", self._frame(SFJ, [], boxes, site=SFJ))

    # --- 专题专栏 → 法治政府建设 ---------------------------------------------------------------
    def _topic(self) -> None:
        base = [("专题专栏", "/ztzl/index.html"), ("法治政府建设", "/ztzl/fzzfjs/index.html")]
        # D: the 2020 report, only in the 专题, no classify table.
        path_d = "/ztzl/fzzfjs/gzbg/content/post_2241109.html"
        title_d, day_d = "肇庆市高要区2020年度法治政府建设工作开展情况", "2021-01-18"
        body_d = self.gold_report(path_d, "004", title_d, publisher=SFJ_SHORT, publish_date=day_d)
        gzbg_crumbs = [*base, ("工作报告", "/ztzl/fzzfjs/gzbg/index.html")]
        self._post(
            path_d, title_d, body_d, crumbs=gzbg_crumbs, source=SFJ_SHORT, pub=day_d + " 09:45:21"
        )
        # B again: the platform's 引用 made a copy (its own post id) in the 专题, no classify.
        path_b, title_b, body_b = self.body_b
        copy_b = "/ztzl/fzzfjs/gzbg/content/post_2953412.html"
        self._post(
            copy_b,
            title_b,
            body_b,
            crumbs=gzbg_crumbs,
            source=GOV_OFFICE,
            pub="2024-03-29 11:26:02",
            heading=title_b,
        )
        self.aliases[copy_b] = path_b
        tujie = "图解：高要区2024年度法治政府建设工作报告"
        tujie_path = "/ztzl/fzzfjs/gzbg/content/post_3409233.html"
        self._post(
            tujie_path,
            tujie,
            [],
            crumbs=gzbg_crumbs,
            source=SFJ_SHORT,
            pub="2025-03-31 10:00:00",
            image="/attachment/0/553/553902/3409233.jpg",
        )
        self.negative_titles.append(tujie)
        gzbg: list[Row] = [
            (tujie, tujie_path, "2025-03-31"),
            ("2024年度法治政府建设工作报告", self.absolute(A_PATH), "2025-03-28"),
            ("《2024年度法治政府建设工作报告》解读", JIEDU, "2025-03-28"),
            (title_b, copy_b, "2024-03-29"),
            (title_d, path_d, day_d),
        ]
        fzzf = {t: (u, d) for t, u, d in self.rows["fzzfjs"]}
        gzdt: list[Row] = []
        for title in (
            "高要区召开2025年法治政府建设工作推进会",
            "高要区召开2024年法治政府建设工作推进会",
        ):
            url, day = fzzf[title]
            gzdt.append((title, url, day))
        for i, (title, day) in enumerate(
            [
                ("区人大常委会听取区政府2024年度法治政府建设工作情况报告", "2025-04-25"),
                ("高要区开展行政执法案卷评查工作", "2024-09-12"),
                ("高要区举办领导干部法治专题讲座", "2024-06-21"),
            ]
        ):
            path = f"/ztzl/fzzfjs/gzdt/content/post_{3430444 - 165001 * i}.html"
            self._post(
                path,
                title,
                ["近日，" + title + "，进一步提升依法行政水平。"] * 3,
                crumbs=[*base, ("工作动态", "/ztzl/fzzfjs/gzdt/index.html")],
                source="高要区融媒体中心",
                pub=day + " 18:00:00",
            )
            gzdt.append((title, path, day))
            if "法治政府" in title:
                self.negative_titles.append(title)
        gzdt.sort(key=lambda r: r[2], reverse=True)
        zcwj: list[Row] = []
        for title in (
            "肇庆市高要区2025年法治政府建设工作要点",
            "肇庆市高要区法治政府建设实施方案（2021—2025年）",
        ):
            url, day = fzzf[title]
            zcwj.append((title, url, day))
        sections = (("工作动态", gzdt), ("工作报告", gzbg), ("政策文件", zcwj))
        for (column, url), (_, rows) in zip(ZT_SUBS, sections, strict=True):
            crumbs = [*base, (column, url)]
            folder = url.removesuffix("index.html")
            chunks = [rows[i : i + ZT_PER_PAGE] for i in range(0, len(rows), ZT_PER_PAGE)]
            for n, chunk in enumerate(chunks, start=1):
                self.page(
                    folder + page_name(n),
                    self._frame(
                        f"{column}_法治政府建设_{SITE}",
                        crumbs,
                        self._topic_side()
                        + f'<div class="zt-right"><div class="zt-title">{esc(column)}</div>'
                        + self._lis(chunk, "list-right")
                        + f'<div class="pagination">{pager(folder, n, len(chunks))}</div></div>',
                    ),
                )
        blocks = "".join(
            f'<div class="zt-block"><div class="zt-hd"><h3>{esc(column)}</h3>'
            f'<a href="{url}" class="more">更多</a></div>'
            + self._lis(rows[:ZT_PER_PAGE], "list-right")
            + "</div>"
            for (column, url), (_, rows) in zip(ZT_SUBS, sections, strict=True)
        )
        banner = (
            '<div class="zt-banner"><img src="/ztzl/fzzfjs/images/banner.jpg" '
            'alt="法治政府建设专题" /></div>'
        )
        self.page(
            "/ztzl/fzzfjs/index.html",
            self._frame(f"法治政府建设_{SITE}", base, banner + blocks),
        )
        topics = [
            ("法治政府建设", "/ztzl/fzzfjs/index.html", "fzzf.jpg"),
            ("优化营商环境", "/ztzl/yhyshj/index.html", "yshj.jpg"),
            ("扫黑除恶专项斗争", "/ztzl/shce/index.html", "shce.jpg"),
            ("全国文明城市创建", "/ztzl/cwcs/index.html", "cwcs.jpg"),
        ]
        items = "".join(
            f'<li><a href="{u}" target="_blank"><img src="/ztzl/images/{img}" alt="{esc(t)}" />'
            f"<p>{esc(t)}</p></a></li>"
            for t, u, img in topics
        )
        self.page(
            "/ztzl/index.html",
            self._frame(
                f"专题专栏_{SITE}",
                [("专题专栏", "/ztzl/index.html")],
                f'<ul class="zt-list">{items}</ul>',
            ),
        )
        for title, url, _ in topics[1:]:
            self.page(
                url,
                self._frame(
                    f"{title}_{SITE}",
                    [("专题专栏", "/ztzl/index.html"), (title, url)],
                    f'<div class="zt-banner"><h2>{esc(title)}</h2></div><ul class="list-right"></ul>',
                ),
            )

    def _topic_side(self) -> str:
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in ZT_SUBS)
        return f'<div class="zt-left"><h2>法治政府建设</h2><ul>{lis}</ul></div>'

    # --- shells, 走进高要, 互动交流 -----------------------------------------------------------------
    def _shells_and_sundries(self) -> None:
        for path, owner in (("/gkmlpt/index", SITE), ("/sfj/gkmlpt/index", SFJ)):
            self.page(
                path,
                fu.doc_head(f"{owner}-政府信息公开", site=owner, code=CODE)
                + '<body><div id="app"></div>'
                "<noscript>您的浏览器不支持JavaScript，请开启后访问政府信息公开目录。</noscript>"
                '<script src="/gkmlpt/static/js/manifest.js"></script>'
                '<script src="/gkmlpt/static/js/vendor.js"></script>'
                '<script src="/gkmlpt/static/js/app.js"></script></body></html>',
            )
        depts = "".join(
            f'<tr><td>{esc(name)}</td><td><a href="{u}" target="_blank">进入网站</a></td></tr>'
            for name, u in DEPTS
        )
        self.page(
            "/zjgy/jgsz/index.html",
            self._frame(
                f"机构设置_{SITE}",
                [("走进高要", "/zjgy/index.html"), ("机构设置", "/zjgy/jgsz/index.html")],
                f'<table class="jgsz"><tr><th>部门名称</th><th>部门网站</th></tr>{depts}</table>',
            ),
        )
        self.page(
            "/zjgy/index.html",
            self._frame(
                f"走进高要_{SITE}",
                [("走进高要", "/zjgy/index.html")],
                '<ul class="zjgy"><li><a href="/zjgy/gygk/index.html">高要概况</a></li>'
                '<li><a href="/zjgy/jgsz/index.html">机构设置</a></li>'
                '<li><a href="/zjgy/ldzc/index.html">领导之窗</a></li></ul>'
                "<p>高要区位于广东省中西部，肇庆市东南部，西江中下游。</p>",
            ),
        )
        simple = [
            ("/zjgy/gygk/index.html", "高要概况", "高要区总面积2206平方公里，辖1个街道、16个镇。"),
            ("/zjgy/ldzc/index.html", "领导之窗", "区长：主持区政府全面工作。"),
            ("/nazj/index.html", "南岸街道", "南岸街道办事处门户。"),
            ("/wzdt/index.html", "网站地图", "首页　走进高要　政务公开　互动交流　专题专栏"),
            ("/lxwm/index.html", "联系我们", "地址：肇庆市高要区南岸街道府前大街1号"),
            ("/wzsm/index.html", "网站声明", "本网站由肇庆市高要区人民政府办公室主办。"),
        ]
        simple += [
            (u, n, f"{n}主要职责、机构设置、联系方式。") for n, u in DEPTS if "sfj" not in u
        ]
        for path, column, text in simple:
            self.page(
                path,
                self._frame(f"{column}_{SITE}", [(column, path)], f"<p>{esc(text)}</p>"),
            )
        self.page(
            "/hdjl/index.html",
            self._frame(
                f"互动交流_{SITE}",
                [("互动交流", "/hdjl/index.html")],
                fu.interaction_sidebar(),
            ),
        )

    # --- 政务公开 and home ----------------------------------------------------------------------
    def _zwgk_home(self) -> None:
        boxes = []
        for column, url in ZWGK_COLUMNS:
            slug = url.split("/")[2]
            rows = self.rows.get(slug)
            if rows is None:
                continue
            boxes.append(
                f'<div class="zwgk-box"><div class="box-hd"><h3>{esc(column)}</h3>'
                f'<a class="more" href="{url}">更多&gt;</a></div>'
                + self._lis(rows[:5], "list")
                + "</div>"
            )
        side = (
            '<div class="zwgk-left"><ul>'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in ZWGK_COLUMNS)
            + '<li><a href="/gkmlpt/index">政府信息公开目录</a></li></ul></div>'
        )
        self.page(
            "/zwgk/index.html",
            self._frame(
                f"政务公开_{SITE}",
                [("政务公开", "/zwgk/index.html")],
                side + '<div class="zwgk-right">' + "".join(boxes) + "</div>",
            ),
        )

    def _home(self) -> None:
        news_rows: list[Row] = []
        for i, title in enumerate(
            [
                "区委常委会召开会议传达学习全国两会精神",
                "高要区召开2025年一季度经济运行分析会",
                "高要区举办2025年“春风行动”招聘会",
            ]
        ):
            path = f"/xwzx/gyyw/content/post_{3417000 - 911 * i}.html"
            day = f"2025-04-1{5 - i}"
            self._post(
                path,
                title,
                ["近日，" + title + "。"] * 3,
                crumbs=[
                    ("新闻中心", "/xwzx/gyyw/index.html"),
                    ("高要要闻", "/xwzx/gyyw/index.html"),
                ],
                source="高要区融媒体中心",
                pub=day + " 19:00:00",
            )
            news_rows.append((title, path, day))
        self._listing_pages(
            "/xwzx/gyyw/",
            "高要要闻",
            news_rows,
            crumbs=[("新闻中心", "/xwzx/gyyw/index.html"), ("高要要闻", "/xwzx/gyyw/index.html")],
            sidebar=[("高要要闻", "/xwzx/gyyw/index.html")],
        )
        options = "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in DEPTS)
        boxes = (
            '<div class="index-news"><div class="box-hd"><h3>高要要闻</h3>'
            '<a class="more" href="/xwzx/gyyw/index.html">更多</a></div>'
            + self._lis(news_rows, "list")
            + "</div>"
            '<div class="index-tzgg"><div class="box-hd"><h3>通知公告</h3>'
            '<a class="more" href="/zwgk/tzgg/index.html">更多</a></div>'
            + self._lis(self.rows["tzgg"], "list")
            + "</div>"
            '<div class="index-zwgk"><h3>政务公开</h3><ul class="icons">'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in ZWGK_COLUMNS[:4])
            + "</ul></div>"
            '<div class="index-zt"><h3>专题专栏</h3><ul>'
            '<li><a href="/ztzl/fzzfjs/index.html"><img src="/ztzl/images/fzzf-banner.jpg" '
            'alt="法治政府建设" /></a></li>'
            '<li><a href="/ztzl/yhyshj/index.html"><img src="/ztzl/images/yshj-banner.jpg" '
            'alt="优化营商环境" /></a></li></ul>'
            '<a class="more" href="/ztzl/index.html">更多专题</a></div>'
            '<div class="index-links"><select onchange="if(this.value){window.open(this.value)}">'
            f'<option value="">部门网站</option>{options}</select>'
            '<select onchange="if(this.value){window.open(this.value)}"><option value="">'
            '镇街网站</option><option value="/nazj/index.html">南岸街道</option></select></div>'
        )
        self.page("/", self._frame(SITE, [], boxes, home=True))

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path.startswith("/postmeta/i/"):
            return Reply(200, b'{"visitCount":1024}', {"Content-Type": "application/json"})
        return super().dynamic(hit)

    # --- templates ------------------------------------------------------------------------------
    def _lis(self, rows: list[Row], cls: str, cut: int = 0) -> str:
        """A list; with `cut`, long titles are shortened to `cut` characters and `...`."""
        return (
            f'<ul class="{cls}">'
            + "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">'
                f"{esc(t[:cut] + '...' if cut and len(t) > cut else t)}</a>"
                f"<span>{d}</span></li>"
                for t, u, d in rows
            )
            + "</ul>"
        )

    def _listing_pages(
        self,
        folder: str,
        column: str,
        rows: list[Row],
        *,
        crumbs: list[tuple[str, str]],
        sidebar: list[tuple[str, str]],
        site: str = SITE,
    ) -> None:
        chunks = [rows[i : i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            side = "".join(
                ('<li class="on">' if t == column else "<li>") + f'<a href="{u}">{esc(t)}</a></li>'
                for t, u in sidebar
            )
            main = (
                f'<div class="list-left"><h2>{esc(crumbs[0][0])}</h2><ul>{side}</ul></div>'
                f'<div class="list-right-box"><div class="list-title"><h3>{esc(column)}</h3></div>'
                + self._lis(chunk, "news-list", cut=22)
                + f'<div class="pagination">{pager(folder, n, total)}</div></div>'
            )
            self.page(
                folder + page_name(n), self._frame(f"{column}_{site}", crumbs, main, site=site)
            )

    def _post(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        crumbs: list[tuple[str, str]],
        source: str,
        pub: str,
        classify: dict[str, str] | None = None,
        attachments: list[tuple[str, str]] | None = None,
        related: list[tuple[str, str]] | None = None,
        related_label: str = "相关解读",
        heading: str | None = None,
        image: str | None = None,
        site: str = SITE,
    ) -> None:
        """The platform's article: classify table, h1, date-row, zw, 附件, 解读, tools, share."""
        table = ""
        if classify:
            c = {k: esc(v) for k, v in classify.items()}
            table = (
                '<div class="classify"><table><tbody>'
                f'<tr><td class="td-title">索引号</td><td class="td-value">{c["索引号"]}</td>'
                f'<td class="td-title">分类</td><td class="td-value">{c["分类"]}</td></tr>'
                f'<tr><td class="td-title">发布机构</td><td class="td-value">{c["发布机构"]}</td>'
                f'<td class="td-title">成文日期</td><td class="td-value">{c["成文日期"]}</td></tr>'
                f'<tr><td class="td-title">名称</td><td class="td-value" colspan="3">{esc(title)}'
                "</td></tr>"
                f'<tr><td class="td-title">文号</td><td class="td-value">{c["文号"]}</td>'
                f'<td class="td-title">发布日期</td><td class="td-value">{c["发布日期"]}</td></tr>'
                "</tbody></table></div>"
            )
        text = fu.paragraphs(body, style="text-indent:2em;line-height:2em;font-size:16px;")
        if heading:
            text = (
                '<p style="text-align:center;"><strong><span style="font-size:22px;">'
                f"{esc(heading)}</span></strong></p>\n{text}"
            )
        if image:
            text = (
                f'<p style="text-align:center;"><img src="{image}" title="{esc(title)}" '
                f'alt="{esc(title)}" width="750" /></p>'
            )
        appendix = ""
        if attachments:
            appendix = (
                '<div class="appendix"><div class="appendix-title">相关附件：</div><ul>'
                + "".join(
                    f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in attachments
                )
                + "</ul></div>"
            )
        rel = ""
        if related:
            rel = (
                f'<div class="related"><span class="related-title">{esc(related_label)}：</span>'
                + "".join(f'<a href="{u}" target="_blank">{esc(t)}</a>' for t, u in related)
                + "</div>"
            )
        main = (
            '<div class="article-content">'
            + table
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            '<div class="date-row">'
            f'<span class="source">来源：{esc(source)}</span>'
            f'<span class="time">发布时间：{esc(pub)}</span>'
            '<span class="views">浏览次数：<em id="viewCount"></em></span>'
            '<span class="font">字号：<a href="javascript:;" onclick="fontZoom(18)">大</a>'
            '<a href="javascript:;" onclick="fontZoom(16)">中</a>'
            '<a href="javascript:;" onclick="fontZoom(14)">小</a></span></div>'
            f'<div class="zw">\n{text}\n</div>'
            + appendix
            + rel
            + '<div class="article-foot"><div class="print-close">'
            '【<a href="javascript:window.print();">打印</a>】'
            '【<a href="javascript:window.close();">关闭</a>】</div>'
            '<div class="ewm"><img src="/images/ewm.png" alt="" /><p>扫一扫在手机打开当前页</p></div>'
            '<div class="share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a>'
            '<a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a>'
            "</div></div></div>"
            f'<script>$.get("/postmeta/i/{post_id(path)}.json",function(d){{'
            '$("#viewCount").text(d.visitCount)});</script>'
        )
        meta = {
            "ArticleTitle": title,
            "PubDate": pub,
            "ContentSource": source,
            "ColumnName": crumbs[-1][0],
        }
        self.page(
            path,
            self._frame(f"{title}_{site}", crumbs, main, site=site, meta=meta),
        )

    def _gkml(
        self,
        path: str,
        title: str,
        body: list[str],
        day: str,
        meta: dict[str, str],
        *,
        home: str = "/sfj/index.html",
        heading: str | None = None,
        word: bool = False,
    ) -> None:
        """A gkmlpt article: `td.first` labels with colons, `.article-content`; with `word`,
        the text is pasted from Word (MsoNormal paragraphs of runs of spans)."""
        text = word_paragraphs(body) if word else fu.paragraphs(body)
        if heading:
            text = (
                '<p style="text-align:center;"><strong><span style="font-size:22px;">'
                f"{esc(heading)}</span></strong></p>\n{text}"
            )
        cells = [
            ("索引号：", meta.get("index_no", ""), "分类：", "政务公开"),
            ("发布机构：", meta["publisher"], "成文日期：", meta.get("written_date", day)),
            ("名称：", title, None, None),
            ("文号：", meta.get("doc_no", ""), "发布日期：", day),
        ]
        rows = "".join(
            f'<tr><td class="first">{a}</td><td class="second" colspan="3">{esc(b)}</td></tr>'
            if c is None
            else f'<tr><td class="first">{a}</td><td class="second">{esc(b)}</td>'
            f'<td class="first">{c}</td><td class="second">{esc(d or "")}</td></tr>'
            for a, b, c, d in cells
        )
        owner = meta["publisher"]
        head = fu.doc_head(
            f"{title}-{owner}",
            site=owner,
            code=CODE,
            meta={"ArticleTitle": title, "PubDate": day, "ContentSource": owner},
        )
        html = (
            head + '<body><div class="gkml-header"><div class="wrap">'
            f'<div class="gkml-logo"><h1>{esc(owner)}</h1><h2>政府信息公开</h2></div>'
            '<ul class="gkml-nav"><li><a href="../../../index">首页</a></li>'
            '<li><a href="../../../index#guide">信息公开指南</a></li>'
            '<li><a href="../../../index#system">信息公开制度</a></li>'
            '<li><a href="../../../index">法定主动公开内容</a></li>'
            '<li><a href="../../../index#report">信息公开年报</a></li>'
            '<li><a href="../../../index#apply">依申请公开</a></li></ul></div></div>'
            '<div class="content-container wrap">'
            f'<div class="location">当前位置：<a href="{home}">首页</a> &gt; '
            '<a href="../../../index">政府信息公开</a> &gt; 正文</div>'
            f'<div class="classify"><table class="table-head"><tbody>{rows}</tbody></table></div>'
            f'<div class="article"><h1 class="title">{esc(title)}</h1>'
            f'<div class="date-row">发布日期：{esc(day)}　浏览次数：<span id="visitCount"></span>'
            '　<span class="font-size">字号：[ <a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a> ]</span></div>'
            f'<div class="article-content">{text}</div>'
            '<div class="print">【<a href="javascript:window.print();">打印</a>】'
            '【<a href="javascript:window.close();">关闭</a>】</div></div></div>'
            + self._footer(owner)
            + "</body></html>"
        )
        self.page(path, html)

    def _footer(self, owner: str) -> str:
        return (
            '<div class="footer"><div class="wrap">'
            '<div class="foot-links"><a href="/wzdt/index.html">网站地图</a> | '
            '<a href="/lxwm/index.html">联系我们</a> | <a href="/wzsm/index.html">网站声明</a></div>'
            f'<div class="foot-text"><p>主办单位：{esc(owner)}　'
            "承办单位：肇庆市高要区政务服务数据管理局</p>"
            f"<p>网站标识码：{CODE}　"
            f'<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44120402000117"'
            f' target="_blank">{POLICE}</a></p>'
            "<p>建议使用IE9以上版本或Chrome、Firefox浏览器，1366×768以上分辨率浏览本网站</p></div>"
            + fu.jiucuo(CODE)
            + '<div class="dzjg"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1A2B3C"'
            ' target="_blank"><img src="/images/dzjg.png" alt="党政机关" /></a></div>'
            "</div></div>"
        )

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        site: str = SITE,
        meta: dict[str, str] | None = None,
        home: bool = False,
    ) -> str:
        nav = NAV if site == SITE else SFJ_NAV
        location = (
            ""
            if home
            else fu.crumbs(
                [("首页", "/" if site == SITE else "/sfj/index.html"), *crumbs], "当前位置："
            )
        )
        sub = (
            "" if site == SITE else f'<div class="sub-site"><a href="/">返回{esc(SITE)}</a></div>'
        )
        return (
            fu.doc_head(title, site=site, code=CODE, meta=meta)
            + fu.access_toolbar(site)
            + sub
            + fu.masthead(site, nav)
            + f'<div class="main wrap clearfix">{location}{main}</div>'
            + fu.float_share()
            + self._footer(site)
            + "</body></html>"
        )
