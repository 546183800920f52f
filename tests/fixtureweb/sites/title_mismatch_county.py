"""An Anhui county portal (TRS WCM, redesigned twice) whose pages disagree about a report's
title, as real templates do: the `<title>`, `<meta name="ArticleTitle">`, the list's link text,
its `title=` and the 信息公开 table's 名称 each come from a different CMS field or template, and
only the heading a reader sees is the document's own title.

- 首页 → 政务公开 (`/zwgk/`, a catalogue tree) → 法治政府建设 (`/zwgk/fzzfjs/`, two list pages
  with a plain 首页/上一页/下一页/尾页 pager); 政府信息公开年报; 工作动态 and 通知公告 news;
- three templates, by era:
  * the 2025 template (`new`): `<title>` is only the site name, the column name is the page's
    `<h1>` in a banner over the breadcrumbs, the title is `<div class="article-title"><p
    class="bt">`; no ArticleTitle meta;
  * the 2022–2024 TRS template (`trs`): `<title>` and `<meta name="ArticleTitle">` from the
    document's 标题 field, the `<h1>` from its 正式标题 field (falls back to 标题), 副标题 in
    `<p class="fbt">` under it, 上一篇/下一篇 links with titles, 相关文章;
  * the pre-2022 table template (`old`): `<title>` is `法治政府建设-岳西县人民政府`, no heading
    element at all: the title is the text's first centred bold paragraph (a Word paste);
- five reports:
  1. 县政府 2024 (new template): `<title>岳西县人民政府</title>`, `<h1>法治政府建设</h1>`, the
     title only in `p.bt`; 主送 `安庆市人民政府：`, signature;
  2. 县司法局 2024 (trs): `ArticleTitle` holds the previous article's title — the page's own
     上一篇, the 县政府's 2024 report (report 1), a template bug: when a document is published,
     TRS regenerates its neighbours to refresh 上一篇/下一篇, and this template's head binds the
     ArticleTitle placeholder to the neighbour; `<title>` and `<h1>` are right;
  3. 县政府 2023 (trs): list text `2023年法治政府建设报告`, list `title=`, `<title>`,
     ArticleTitle and the table's 名称 `岳西县2023年度法治政府建设情况报告` (the 标题 field);
     the `<h1>` shows the formal `岳西县人民政府关于2023年度法治政府建设工作情况的报告`;
  4. 县政府 2022 (trs), as delivered to the 人大常委会: `<h1>岳西县人民政府<br><span>关于2022年
     法治政府建设情况的报告</span></h1>` with the 副标题 `——在县第十八届人大常委会第十次会议上`
     under it in the title block; `<title>`/ArticleTitle spell the title with a space where the
     `<br>` was (the CMS strips the tags from the 标题 field);
  5. 县政府 2020 (old): the title only as the first `<p align="center"><strong>` of the text,
     then 主送 `安庆市人民政府：`, the text, the signature;
- decoys: a 图解 whose 标题 field (so `<title>`, ArticleTitle, list `title=`) is the report-like
  `岳西县2023年度法治政府建设工作报告` while its heading and list text are
  `图解：岳西县2023年度法治政府建设工作报告`; 工作要点 (2 years, one on the new template), the
  人大 审议意见, a 督察 通知, 考核 通报, 第一责任人 report, 八五普法 plan, 实施方案;
  政府信息公开年报; news of the 人大 session that 听取 the report and of a 推进会.

Gold titles: the heading the page shows as the document's own (`p.bt`, the `<h1>` read as one
line without the `<br>`, the first bold line of the old template's text); the 副标题 is not part of
the title (it is the occasion, printed under the title) and not part of the body (it sits in the
title block, outside the text container). Gold bodies: the text container's content without the
pasted title; 主送/称呼, the 受委托 sentence and the signature with its date are the document's.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.sites.demo import GoldReport

SITE = "岳西县人民政府"
CODE = "3408280001"
CREDIT = "11340828003560217W"
SFJ_CREDIT = "11340828003560389P"
GOV_OFFICE = "岳西县人民政府办公室"
SFJ = "岳西县司法局"
RD = "岳西县人大常委会"
COLUMN = "法治政府建设"
COL = "zwgk/fzzfjs"
LIST_SIZE = 8
NAV = [
    ("首页", "/"),
    ("走进岳西", "/zjyx/"),
    ("新闻中心", "/xwzx/gzdt/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "https://www.ahzwfw.gov.cn/"),
    ("互动交流", "/hdjl/"),
]

# (text, style): "" indented prose, "n" no indent, "r" right (signature), "c" centred,
# "b" centred bold (a pasted title), "img" a picture.
Para = tuple[str, str]

# The 2022 report as delivered to the 人大常委会 (no seed covers 2022).
REPORT_2022 = [
    "2022年，在县委的坚强领导下，在县人大及其常委会的监督支持下，县人民政府坚持以习近平新时代"
    "中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要"
    "（2021—2025年）》，扎实推进依法行政，法治政府建设取得新进展。",
    "一、2022年法治政府建设主要工作",
    "（一）加强组织领导，压实法治建设责任。县政府常务会议专题研究法治政府建设工作4次，制定年度"
    "法治政府建设工作要点，将法治建设纳入乡镇和县直部门综合考核，开展党政主要负责人述法评议，"
    "实现述法全覆盖。",
    "（二）深化“放管服”改革，优化法治化营商环境。全面推行证明事项告知承诺制，公布告知承诺证明"
    "事项清单62项；深化“一网通办”，政务服务事项网上可办率达98.6%；开展涉企收费专项清理，"
    "为市场主体减负1200余万元。",
    "（三）健全依法决策机制，提升决策科学化水平。严格落实重大行政决策程序规定，公布年度重大行政"
    "决策事项目录5项；县政府法律顾问全年审查合同、协议等文件186件，提出法律意见建议320余条。",
    "（四）推进严格规范公正文明执法。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核"
    "制度，组织行政执法案卷评查2次，评查案卷210卷；推进乡镇综合行政执法改革，向24个乡镇赋予"
    "行政执法事项。",
    "（五）强化行政权力制约监督。自觉接受县人大及其常委会的法律监督和工作监督、县政协的民主监督，"
    "全年办理人大代表建议98件、政协委员提案136件，办结率100%。",
    "（六）依法化解矛盾纠纷。全年办理行政复议案件47件，行政机关负责人出庭应诉率100%；深化"
    "“大调解”工作格局，全县各级调解组织调处矛盾纠纷2860件，调解成功率98%以上。",
    "二、存在的问题",
    "一是部分单位对法治政府建设重视程度还不够高；二是行政执法规范化水平有待进一步提升；三是基层"
    "法治工作力量相对薄弱，法治人才短缺。",
    "三、2023年工作打算",
    "（一）持续深入学习贯彻习近平法治思想，落实党政主要负责人履行推进法治建设第一责任人职责。",
    "（二）进一步提升行政决策和行政执法质量，深化行政执法“三项制度”。",
    "（三）加强法治队伍建设，充实基层法治工作力量，为建设现代化美好岳西提供坚实法治保障。",
]
SHENYI_BODY = [
    ("县人民政府：", "n"),
    (
        "县第十八届人民代表大会常务委员会第十六次会议听取和审议了县人民政府关于2023年度法治政府"
        "建设工作情况的报告。会议认为，县人民政府深入学习贯彻习近平法治思想，法治政府建设取得了"
        "积极成效。",
        "",
    ),
    ("为此，会议提出以下审议意见：", ""),
    ("一、进一步压实法治建设责任，落实党政主要负责人履行推进法治建设第一责任人职责。", ""),
    ("二、进一步规范行政执法行为，全面落实行政执法“三项制度”。", ""),
    ("请县人民政府认真研究处理，并于六个月内将研究处理情况书面报告县人大常委会。", ""),
    (RD, "r"),
    ("2024年5月8日", "r"),
]
TUJIE_BODY = [
    ("", "img"),
    (
        "2023年，岳西县坚持以习近平法治思想为指导，全面推进法治政府建设，一图带您读懂"
        "《岳西县人民政府关于2023年度法治政府建设工作情况的报告》。",
        "",
    ),
    ("", "img"),
    ("", "img"),
]


def _plain(lines: list[str]) -> list[Para]:
    return [(t, "") for t in lines]


def _cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def _paras(body: list[Para]) -> str:
    out = []
    for n, (text, style) in enumerate(body):
        if style == "img":
            out.append(
                '<p style="text-align:center"><img src="./W0202403235123456789'
                f'{n:02d}.jpg" alt="" border="0" /></p>'
            )
        elif style == "b":
            out.append(
                '<p align="center" style="text-align:center;"><strong><span style="font-size:'
                f'22px;font-family:方正小标宋简体;">{esc(text)}</span></strong></p>'
            )
        elif style == "c":
            out.append(f'<p style="text-align:center;">{esc(text)}</p>')
        elif style == "r":
            out.append(f'<p style="text-align:right;">{esc(text)}</p>')
        elif style == "n":
            out.append(f"<p>{esc(text)}</p>")
        else:
            out.append(f'<p style="text-indent:2em;">{esc(text)}</p>')
    return "\n".join(out)


# A list entry: (link text, link title=, path, date).
Entry = tuple[str, str, str, str]
# Renders a detail page given its list neighbours (newer, older).
Render = Callable[[Entry | None, Entry | None], str]


class TitleMismatchCountySite(BlindSite):
    name = "title_mismatch_county"
    region = "安徽省安庆市岳西县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 0
        self._column()
        self._ndbg()
        self._news()
        self._zwgk()
        self._home()

    # --- 政务公开 → 法治政府建设 ---------------------------------------------------------------
    def _column(self) -> None:
        entries: list[tuple[Entry, Render]] = []

        def add(entry: Entry, render: Render) -> None:
            entries.append((entry, render))

        # 2025 工作要点, on the new template.
        t = "岳西县2025年法治政府建设工作要点"
        p = self._path("2025-04-08")
        add(
            (t, t, p, "2025-04-08"),
            lambda newer, older, t=t: self._new_article(
                t,
                _plain(NEGATIVE_BODY[:5]),
                pub="2025-04-08 10:05",
                table=self._table(GOV_OFFICE, "2025-04-03", ""),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        # 1. 县政府 2024: the title only in p.bt.
        t1 = "岳西县人民政府关于2024年度法治政府建设情况的报告"
        p1 = self._path("2025-03-26")
        body1 = self._gold(
            p1,
            "003",
            t1,
            head=[("安庆市人民政府：", "n")],
            tail=[(SITE, "r"), ("2025年3月21日", "r")],
            publisher=SITE,
            publish_date="2025-03-26",
            index_no=f"{CREDIT}/2025-00031",
            written_date="2025-03-21",
            doc_no="岳政〔2025〕12号",
        )
        add(
            (t1, t1, p1, "2025-03-26"),
            lambda newer, older: self._new_article(
                t1,
                body1,
                pub="2025-03-26 16:40",
                table=self._table(SITE, "2025-03-21", "岳政〔2025〕12号", index="2025-00031"),
                newer=newer,
                older=older,
            ),
        )

        # 2. 县司法局 2024: ArticleTitle is the previous article's (its 上一篇, report 1).
        t2 = "岳西县司法局2024年度法治政府建设工作报告"
        p2 = self._path("2025-01-24")
        dc = "关于开展2024年度法治政府建设督察工作的通知"
        body2 = self._gold(
            p2,
            "001",
            t2,
            head=[],
            tail=[(SFJ, "r"), ("2025年1月22日", "r")],
            publisher=SFJ,
            publish_date="2025-01-24",
        )
        add(
            (t2, t2, p2, "2025-01-24"),
            lambda newer, older: self._trs_article(
                tab=t2,
                meta_title=t1,
                heading=esc(t2),
                body=body2,
                pub="2025-01-24 09:15:32",
                info=self._info(SFJ, "2025-01-24 09:15"),
                newer=newer,
                older=older,
            ),
        )

        t = dc
        p = self._path("2025-01-08")
        add(
            (t, t, p, "2025-01-08"),
            lambda newer, older, t=t: self._trs_article(
                tab=t,
                meta_title=t,
                heading=esc(t),
                body=_plain(FILLER_BODY),
                pub="2025-01-08 15:20:11",
                info=self._info(GOV_OFFICE, "2025-01-08 15:20"),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        t = f"{RD}关于《岳西县人民政府关于2023年度法治政府建设工作情况的报告》的审议意见"
        p = self._path("2024-05-10")
        add(
            (t, t, p, "2024-05-10"),
            lambda newer, older, t=t: self._trs_article(
                tab=t,
                meta_title=t,
                heading=esc(t),
                body=SHENYI_BODY,
                pub="2024-05-10 11:02:45",
                info=self._info(RD, "2024-05-10 11:02"),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        t = "岳西县2024年法治政府建设工作要点"
        p = self._path("2024-04-02")
        add(
            (t, t, p, "2024-04-02"),
            lambda newer, older, t=t: self._trs_article(
                tab=t,
                meta_title=t,
                heading=esc(t),
                body=_plain(NEGATIVE_BODY[:5]),
                pub="2024-04-02 10:30:00",
                info=self._info(GOV_OFFICE, "2024-04-02 10:30"),
                table=self._table(GOV_OFFICE, "2024-03-29", "", name=t),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        # The 图解: its 标题 field is the report's short title, its heading says 图解.
        tj_field = "岳西县2023年度法治政府建设工作报告"
        tj = f"图解：{tj_field}"
        p = self._path("2024-03-23")
        add(
            (tj, tj_field, p, "2024-03-23"),
            lambda newer, older: self._trs_article(
                tab=tj_field,
                meta_title=tj_field,
                heading=esc(tj),
                body=TUJIE_BODY,
                pub="2024-03-23 09:00:00",
                info=self._info(SFJ, "2024-03-23 09:00"),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles += [tj, tj_field]

        # 3. 县政府 2023: list text short, 标题 field a third spelling, heading the formal title.
        t3 = "岳西县人民政府关于2023年度法治政府建设工作情况的报告"
        t3_field = "岳西县2023年度法治政府建设情况报告"
        p3 = self._path("2024-03-22")
        body3 = self._gold(
            p3,
            "000",
            t3,
            head=[("安庆市人民政府：", "n")],
            tail=[(SITE, "r"), ("2024年3月18日", "r")],
            publisher=SITE,
            publish_date="2024-03-22",
            index_no=f"{CREDIT}/2024-00027",
            written_date="2024-03-18",
            doc_no="岳政〔2024〕9号",
        )
        add(
            ("2023年法治政府建设报告", t3_field, p3, "2024-03-22"),
            lambda newer, older: self._trs_article(
                tab=t3_field,
                meta_title=t3_field,
                heading=esc(t3),
                body=body3,
                pub="2024-03-22 15:48:20",
                info=self._info(None, "2024-03-22 15:48"),
                table=self._table(
                    SITE, "2024-03-18", "岳政〔2024〕9号", index="2024-00027", name=t3_field
                ),
                newer=newer,
                older=older,
            ),
        )

        t = "岳西县人民政府主要负责人2023年度履行推进法治建设第一责任人职责情况报告"
        p = self._path("2024-02-26")
        add(
            (t, t, p, "2024-02-26"),
            lambda newer, older, t=t: self._trs_article(
                tab=t,
                meta_title=t,
                heading=esc(t),
                body=_plain(NEGATIVE_BODY[:6]),
                pub="2024-02-26 17:10:00",
                info=self._info(SITE, "2024-02-26 17:10"),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        t = "岳西县2023年度法治政府建设考核结果通报"
        p = self._path("2024-01-30")
        add(
            (t, t, p, "2024-01-30"),
            lambda newer, older, t=t: self._trs_article(
                tab=t,
                meta_title=t,
                heading=esc(t),
                body=_plain(FILLER_BODY),
                pub="2024-01-30 10:00:00",
                info=self._info(GOV_OFFICE, "2024-01-30 10:00"),
                newer=newer,
                older=older,
            ),
        )
        self.negative_titles.append(t)

        # 4. 县政府 2022 at the 人大常委会: a two-line heading and a 副标题.
        org, rest = "岳西县人民政府", "关于2022年法治政府建设情况的报告"
        t4 = org + rest
        fbt = "——在县第十八届人大常委会第十次会议上"
        p4 = self._path("2023-04-28")
        body4 = self._gold(
            p4,
            None,
            t4,
            own=REPORT_2022,
            head=[
                ("主任、各位副主任、各位委员：", "n"),
                ("受县人民政府委托，现将我县2022年法治政府建设情况报告如下，请予审议。", ""),
            ],
            tail=[],
            publisher=SFJ,
            publish_date="2023-04-28",
        )
        add(
            (t4, t4, p4, "2023-04-28"),
            lambda newer, older: self._trs_article(
                tab=f"{org} {rest}",
                meta_title=f"{org} {rest}",
                heading=f"{esc(org)}<br><span>{esc(rest)}</span>",
                fbt=fbt,
                body=body4,
                pub="2023-04-28 08:50:12",
                info=self._info(SFJ, "2023-04-28 08:50"),
                newer=newer,
                older=older,
            ),
        )

        # The 2022 plans and the 2020 report are on the old template.
        for t, pub in [
            ("岳西县法治政府建设实施方案（2021—2025年）", "2021-12-15"),
            ("岳西县法治宣传教育第八个五年规划（2021—2025年）", "2021-11-20"),
        ]:
            p = self._path(pub)
            add(
                (t, t, p, pub),
                lambda newer, older, t=t, pub=pub: self._old_article(
                    [(t, "b"), *_plain(NEGATIVE_BODY[:6])], pub=pub, source=GOV_OFFICE
                ),
            )
            self.negative_titles.append(t)

        # 5. 县政府 2020: the title only as the text's first bold line.
        t5 = "岳西县人民政府关于2020年度法治政府建设工作开展情况的报告"
        p5 = self._path("2021-01-20")
        body5 = self._gold(
            p5,
            "004",
            t5,
            head=[("安庆市人民政府：", "n")],
            tail=[(SITE, "r"), ("2021年1月15日", "r")],
            publisher=GOV_OFFICE,
            publish_date="2021-01-20",
        )
        add(
            (t5, t5, p5, "2021-01-20"),
            lambda newer, older: self._old_article(
                [(t5, "b"), *body5], pub="2021-01-20", source=GOV_OFFICE
            ),
        )

        listed = [e for e, _ in entries]
        for n, (entry, render) in enumerate(entries):
            newer = listed[n - 1] if n else None
            older = listed[n + 1] if n + 1 < len(listed) else None
            self.page(entry[2], render(newer, older))
        self._list(COL, COLUMN, listed)

    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2019, -1):
            t = f"岳西县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-2{year % 7}"
            p = self._path(pub, col="zwgk/ndbg")
            self.page(
                p,
                self._trs_article(
                    tab=t,
                    meta_title=t,
                    heading=esc(t),
                    body=_plain(FILLER_BODY),
                    pub=f"{pub} 09:00:00",
                    info=self._info(GOV_OFFICE, f"{pub} 09:00"),
                    column=("政府信息公开年报", "/zwgk/ndbg/"),
                ),
            )
            self.negative_titles.append(t)
            items.append((t, t, p, pub))
        self._list("zwgk/ndbg", "政府信息公开年报", items)

    def _news(self) -> None:
        news_specs = [
            (
                "全县2025年法治政府建设工作推进会召开",
                "2025-04-10",
                [
                    "4月10日，全县2025年法治政府建设工作推进会召开。会议总结了2024年度法治政府"
                    "建设工作，安排部署2025年重点任务。",
                    "会议要求，各乡镇、各部门要对照《岳西县2025年法治政府建设工作要点》，逐项抓好落实。",
                ],
            ),
            ("县领导调研春季农业生产工作", "2025-03-20", FILLER_BODY),
            (
                "县十八届人大常委会第十次会议召开",
                "2023-04-26",
                [
                    "4月26日，县第十八届人民代表大会常务委员会第十次会议召开。",
                    "会议听取和审议了县人民政府关于2022年法治政府建设情况的报告，"
                    "县人民政府关于2022年度国有资产管理情况的综合报告。",
                    "与会人员认为，2022年我县法治政府建设取得明显成效，同时提出了意见建议。",
                ],
            ),
        ]
        self.news = self._news_column("xwzx/gzdt", "工作动态", news_specs)
        notices = [
            (
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-04-03",
                FILLER_BODY,
            ),
            ("岳西县2025年公开招聘社区工作者公告", "2025-03-18", FILLER_BODY),
        ]
        self.notices = self._news_column("xwzx/tzgg", "通知公告", notices)

    def _news_column(
        self, col: str, name: str, specs: list[tuple[str, str, list[str]]]
    ) -> list[Entry]:
        items: list[Entry] = []
        for t, pub, body in specs:
            p = self._path(pub, col=col)
            self.page(
                p,
                self._trs_article(
                    tab=t,
                    meta_title=t,
                    heading=esc(t),
                    body=_plain(body),
                    pub=f"{pub} 18:00:00",
                    info=self._info("岳西县融媒体中心", f"{pub} 18:00"),
                    column=(name, f"/{col}/"),
                    section=("新闻中心", "/xwzx/gzdt/"),
                ),
            )
            if "法治" in t:
                self.negative_titles.append(t)
            items.append((t, t, p, pub))
        self._list(col, name, items, section=("新闻中心", "/xwzx/gzdt/"))
        return items

    def _zwgk(self) -> None:
        for col, name, specs in [
            ("zwgk/xxgkzn", "政府信息公开指南", [("岳西县人民政府信息公开指南", "2024-01-05")]),
            (
                "zwgk/zcwj",
                "政策文件",
                [
                    ("岳西县人民政府关于印发岳西县优化营商环境若干措施的通知", "2025-03-10"),
                    ("岳西县人民政府办公室关于做好2025年春季防汛工作的通知", "2025-03-02"),
                ],
            ),
        ]:
            items: list[Entry] = []
            for t, pub in specs:
                p = self._path(pub, col=col)
                self.page(
                    p,
                    self._trs_article(
                        tab=t,
                        meta_title=t,
                        heading=esc(t),
                        body=_plain(FILLER_BODY),
                        pub=f"{pub} 10:00:00",
                        info=self._info(GOV_OFFICE, f"{pub} 10:00"),
                        table=self._table(GOV_OFFICE, pub, "", name=t),
                        column=(name, f"/{col}/"),
                    ),
                )
                items.append((t, t, p, pub))
            self._list(col, name, items)
        main = (
            self._tree() + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        html = self._frame("政务公开_" + SITE, [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[Entry]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(p)}" target="_blank" title="{esc(a)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, a, p, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("工作动态", "/xwzx/gzdt/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div>"
            '<div class="home-row"><div class="home-box zwgk-box"><div class="box-tit">'
            '<span>政务公开</span><a class="more" href="/zwgk/">更多&gt;&gt;</a></div>'
            '<ul class="icons"><li><a href="/zwgk/xxgkzn/">信息公开指南</a></li>'
            '<li><a href="/zwgk/zcwj/">政策文件</a></li>'
            '<li><a href="/zwgk/ndbg/">信息公开年报</a></li>'
            '<li><a href="http://www.ahrd.gov.cn/" target="_blank">安徽人大</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- gold --------------------------------------------------------------------------------
    def _gold(
        self,
        path: str,
        seed: str | None,
        title: str,
        *,
        head: list[Para],
        tail: list[Para],
        own: list[str] | None = None,
        publisher: str,
        publish_date: str,
        index_no: str | None = None,
        written_date: str | None = None,
        doc_no: str | None = None,
    ) -> list[Para]:
        """Record a gold report: the seed's text (or `own`) between its head and tail lines."""
        if seed is not None:
            lines = self.gold_report(
                path,
                seed,
                title,
                publisher=publisher,
                publish_date=publish_date,
                index_no=index_no,
                written_date=written_date,
                doc_no=doc_no,
            )
            middle = self.gold.pop().body
        else:
            lines = list(own or [])
            middle = "\n".join(lines)
        body = "\n".join([t for t, _ in head] + [middle] + [t for t, _ in tail])
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=index_no,
                publisher=publisher,
                publish_date=publish_date,
                report_year=int(title.split("年", maxsplit=1)[0][-4:]),
                body=body,
                written_date=written_date,
                doc_no=doc_no,
            )
        )
        return head + _plain(lines) + tail

    # --- pages -------------------------------------------------------------------------------
    def _path(self, pub: str, col: str = COL) -> str:
        self.next_id += 7
        doc_id = 1_560_000 + int(pub.replace("-", "")[2:]) % 100000 * 3 + self.next_id
        return f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{doc_id}.html"

    def _table(
        self,
        publisher: str,
        written: str,
        doc_no: str,
        *,
        index: str | None = None,
        name: str | None = None,
    ) -> str:
        credit = SFJ_CREDIT if publisher == SFJ else CREDIT
        self.next_id += 1
        index_no = f"{credit}/{index or f'{written[:4]}-{self.next_id:05d}'}"
        name_row = f'<tr><th>名　　称：</th><td colspan="3">{esc(name)}</td></tr>' if name else ""
        return (
            '<div class="xxgk-info"><table class="xxgk-table" cellspacing="0" cellpadding="0">'
            f"<tr><th>索 引 号：</th><td>{esc(index_no)}</td>"
            "<th>主题分类：</th><td>政务公开</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
            f"<th>成文日期：</th><td>{_cn_date(written)}</td></tr>"
            + name_row
            + f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td><th>有 效 性：</th><td>有效</td></tr>"
            "</table></div>"
        )

    @staticmethod
    def _info(source: str | None, pub: str) -> str:
        src = f"<span>来源：{esc(source)}</span>" if source else ""
        return (
            f'<div class="detail-info"><span>发布时间：{esc(pub)}</span>{src}'
            '<span>浏览次数：<script>_showDynClicks("wcmdoc", 1)</script></span>'
            '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            "</div>"
        )

    @staticmethod
    def _prev_next(newer: Entry | None, older: Entry | None) -> str:
        def link(label: str, e: Entry | None) -> str:
            if e is None:
                return f"<p>{label}：没有了</p>"
            return f'<p>{label}：<a href="{esc(e[2])}" title="{esc(e[1])}">{esc(e[0])}</a></p>'

        return f'<div class="prev-next">{link("上一篇", newer)}{link("下一篇", older)}</div>'

    def _new_article(
        self,
        title: str,
        body: list[Para],
        *,
        pub: str,
        table: str,
        newer: Entry | None,
        older: Entry | None,
    ) -> str:
        """The 2025 template: `<title>` the site, `<h1>` the column's banner, `p.bt` the title."""
        main = (
            '<div class="article">'
            + table
            + f'<div class="article-title"><p class="bt">{esc(title)}</p></div>'
            + f'<div class="article-info"><span>发布时间：{esc(pub)}</span>'
            + '<span>浏览次数：<em id="hits">--</em></span>'
            + '<span class="zh">字号：<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>'
            + '<span><a href="javascript:window.print()">打印</a></span></div>'
            + '<div class="article-content" id="zoom">\n'
            + _paras(body)
            + "\n</div>"
            + self._prev_next(newer, older)
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        banner = (
            '<div class="lm-banner"><div class="wrap"><h1>法治政府建设</h1>'
            "<p>FA ZHI ZHENG FU JIAN SHE</p></div></div>"
        )
        return self._frame(
            SITE,
            self._crumbs(),
            main,
            metas={"ColumnName": COLUMN, "ColumnType": "政务公开"},
            banner=banner,
        )

    def _trs_article(
        self,
        *,
        tab: str,
        meta_title: str,
        heading: str,
        body: list[Para],
        pub: str,
        info: str,
        table: str = "",
        fbt: str = "",
        newer: Entry | None = None,
        older: Entry | None = None,
        column: tuple[str, str] = (COLUMN, "/zwgk/fzzfjs/"),
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> str:
        """The 2022–2024 template: `<title>`/ArticleTitle the 标题 field, the `<h1>` heading."""
        sub = f'<p class="fbt">{esc(fbt)}</p>' if fbt else ""
        pn = self._prev_next(newer, older) if newer or older else ""
        main = (
            '<div class="detail">'
            + table
            + f'<div class="detail-tit"><h1>{heading}</h1>{sub}</div>'
            + info
            + '<div class="detail-con" id="zoom"><div class="TRS_Editor">\n'
            + _paras(body)
            + "\n</div></div>"
            + pn
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        metas = {
            "ArticleTitle": meta_title,
            "PubDate": pub,
            "ColumnName": column[0],
        }
        return self._frame(f"{tab}_{SITE}", [("首页", "/"), section, column], main, metas=metas)

    def _old_article(self, body: list[Para], *, pub: str, source: str) -> str:
        """The pre-2022 template: tables, no heading; a Word paste's title leads the text."""
        main = (
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" '
            'class="bk"><tr><td class="lmtitle">法治政府建设</td></tr><tr><td>'
            '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td class="info" align="center">发布时间：{esc(pub)}　信息来源：{esc(source)}'
            '　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中'
            '</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>'
            '<tr><td class="line" height="1" bgcolor="#cccccc"></td></tr>'
            '<tr><td class="zw" id="zoom"><div class="TRS_Editor">\n'
            + _paras(body)
            + "\n</div></td></tr>"
            '<tr><td align="right" class="tools">【<a href="javascript:window.print()">打印本页'
            '</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
            "</td></tr></table>"
        )
        return self._frame(f"{COLUMN}-{SITE}", self._crumbs(), main)

    @staticmethod
    def _crumbs() -> list[tuple[str, str]]:
        return [("首页", "/"), ("政务公开", "/zwgk/"), (COLUMN, "/zwgk/fzzfjs/")]

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [("政策文件", "/zwgk/zcwj/"), (COLUMN, "/zwgk/fzzfjs/")],
                ),
                ("政府信息公开年报", "/zwgk/ndbg/", []),
            ],
        )

    def _list(
        self,
        col: str,
        name: str,
        items: list[Entry],
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        last = len(chunks) - 1

        def page_url(k: int) -> str:
            return "index.html" if k == 0 else f"index_{k}.html"

        for k, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="./{esc(p.removeprefix(base))}" target="_blank" title="{esc(a)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>"
                for t, a, p, d in chunk
            )
            nav = [
                f'<a href="{page_url(0)}">首页</a>',
                f'<a href="{page_url(k - 1)}">上一页</a>' if k else "<span>上一页</span>",
                f'<a href="{page_url(k + 1)}">下一页</a>' if k < last else "<span>下一页</span>",
                f'<a href="{page_url(last)}">尾页</a>',
                f"<span>共{len(items)}条 第{k + 1}/{last + 1}页</span>",
            ]
            pager = f'<div class="page">{"".join(nav)}</div>'
            left = self._tree() if col.startswith("zwgk") else ""
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(f"{name}_{SITE}", [("首页", "/"), section, (name, base)], main)
            self.page(base + page_url(k), html)
            if k == 0:
                self.page(base, html)

    def _frame(
        self,
        tab_title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        metas: dict[str, str] | None = None,
        banner: str = "",
    ) -> str:
        return (
            fu.doc_head(tab_title, site=SITE, code=CODE, meta=metas)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + banner
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="皖ICP备05001234号-1",
                police="皖公网安备 34082802000101号",
                code=CODE,
                address="安徽省安庆市岳西县天堂镇建设路1号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
