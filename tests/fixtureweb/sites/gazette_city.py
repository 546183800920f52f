"""A Hunan prefecture-level city portal whose 法治政府建设 reports are published in its
《娄底市人民政府公报》 (the government gazette), most of them nowhere else:

- the home page has 娄底要闻 (a 常务会议 that 听取 the year's 法治政府建设 report), 通知公告,
  and a 政府公报 box with the newest issue's cover and `往期公报>>`; the menu's 政务公开
  (`/zwgk/`) has a catalogue tree: 政府信息公开指南, 法定主动公开内容 (政策文件, 法治政府建设,
  政府信息公开年报) and 政府公报;
- 政府公报 (`/zwgk/zfgb/`) shows the current year's issues as a grid of cover thumbnails
  (`2025年第3期`), with year tabs that are links: 2024年, 2023年 (`/zwgk/zfgb/2024/index.html`),
  and `2022年及以前` into the old gazette system (`/gb/index.htm`); no issue link names a
  report: only the issue pages' tables of contents do;
- an issue page (`/zwgk/zfgb/2024/d2q/`) shows the cover, 出版日期, the whole issue as a PDF
  (`2024年第2期.pdf`) and the contents grouped under 【重要文献】【市政府令】【市政府文件】
  【市政府办公室文件】【部门文件】【人事任免】, each entry with its 文号 and page number;
- a gazette document page prints the document as the gazette does: the issue line, the title,
  an info bar (信息来源, 发布时间, 字体, 打印), then inside the text the 文号 centred under the
  title and the 成文日期 in brackets `（2024年3月18日）`, then the text; the issue's PDF and
  上一篇/下一篇 below;
- the old gazette system (2021–2022 issues) is a static GB2312 site (no charset in the HTTP
  header) of tables: a list of issues (期数, 出版日期, PDF), an issue's contents as table rows
  whose long titles are broken by `<br>`, and document pages whose `<title>` is only the
  gazette's name, whose title is broken by `<br>`, the 文号 under it, and the 成文日期 only in
  the signature at the end (`娄底市人民政府` / `2021年3月25日`);
- the 2024 report of the 市政府 is both in 2025年第3期 and in 政务公开 → 法治政府建设 as a
  信息公开 article (索引号, 发布机构, 成文日期, 发文字号, 发布日期 in a ucap-style `dl`): that
  copy is the gold, the gazette copy its alias; the 2023 report (2024年第2期), the 市司法局's
  2024 report (2025年第2期, 【部门文件】) and the 2020 report (old system, 2021年第2期) are
  only in the gazette.

Decoys in the issues: 政府工作报告 (which speaks of 法治政府建设), 工作要点, 实施方案, 考核通报,
督察整改 report, 政府信息公开年度报告, 国有资产管理情况的综合报告, 表彰决定, 人事任免, 规章.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Reply

SITE = "娄底市人民政府"
CODE = "4313000001"
CREDIT = "11431300006164752K"
GOV = "娄底市人民政府"
GOV_OFFICE = "娄底市人民政府办公室"
SFJ = "娄底市司法局"
GAZETTE = "娄底市人民政府公报"

WORK_REPORT_BODY = [
    "各位代表：",
    "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。",
    "一、过去一年工作回顾",
    "过去的一年，我们坚持稳中求进工作总基调，经济运行持续回升向好，全市地区生产总值增长5.6%。",
    "坚持依法行政，加快建设法治政府。自觉接受市人大及其常委会的法律监督和工作监督，"
    "主动接受市政协的民主监督，办理人大代表建议和政协委员提案412件。",
    "二、今年主要目标任务",
    "深入推进法治政府建设，严格规范公正文明执法，持续深化政务公开。",
    "各位代表，新征程号角催人奋进，让我们奋力谱写中国式现代化娄底篇章！",
]
APPOINT_BODY = [
    "各县市区人民政府，娄底经济技术开发区管委会，市直机关各单位：",
    "经市人民政府研究决定：",
    "刘建华同志任娄底市发展和改革委员会副主任；",
    "王晓燕同志任娄底市教育局副局长，免去其娄底市教育局党建工作办公室主任职务。",
]
REGULATION_BODY = [
    "第一章　总则",
    "第一条　为了加强城市市容和环境卫生管理，创造整洁、优美的城市环境，根据有关法律法规，"
    "结合本市实际，制定本办法。",
    "第二条　本办法适用于本市城市建成区内的市容和环境卫生管理活动。",
    "第三条　市城市管理部门负责本市城市市容和环境卫生管理工作。",
]


@dataclass
class Doc:
    section: str
    title: str
    doc_no: str = ""
    written: str = ""  # YYYY-MM-DD
    kind: str = "filler"  # filler | negative | gold | workreport | appoint | regulation
    seed: str = ""
    source: str = GOV
    toc_title: str = ""  # the old contents' spelling (with <br>), else the title
    path: str = ""


@dataclass
class Issue:
    year: int
    num: int
    total: int
    pub: str  # YYYY-MM-DD
    docs: list[Doc] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.year}年第{self.num}期"


def _cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def _appoint(year: int, n: int, who: str) -> Doc:
    return Doc(
        "人事任免",
        f"娄底市人民政府关于{who}等同志职务任免的通知",
        f"娄政任〔{year}〕{n}号",
        kind="appoint",
    )


def _issues_new() -> list[Issue]:
    fzzf_2025 = "娄底市人民政府关于2024年度法治政府建设工作情况的报告"
    return [
        Issue(
            2025,
            1,
            193,
            "2025-01-24",
            [
                Doc("重要文献", "政府工作报告", kind="workreport", written="2025-01-06"),
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于下达2025年国民经济和社会发展计划的通知",
                    "娄政发〔2025〕1号",
                    "2025-01-15",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于做好2025年春节期间安全生产工作的通知",
                    "娄政办明电〔2025〕1号",
                    "2025-01-10",
                    source=GOV_OFFICE,
                ),
                _appoint(2025, 1, "刘建华"),
            ],
        ),
        Issue(
            2025,
            2,
            194,
            "2025-03-14",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于印发《娄底市2025年法治政府建设工作要点》的通知",
                    "娄政发〔2025〕4号",
                    "2025-02-26",
                    kind="negative",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于2024年度法治政府建设考核结果的通报",
                    "娄政办函〔2025〕9号",
                    "2025-02-18",
                    kind="negative",
                    source=GOV_OFFICE,
                ),
                Doc(
                    "部门文件",
                    "娄底市司法局关于2024年度法治政府建设工作情况的报告",
                    "娄司发〔2025〕3号",
                    "2025-02-20",
                    kind="gold",
                    seed="001",
                    source=SFJ,
                ),
                Doc(
                    "部门文件",
                    "娄底市司法局关于开展“八五”普法规划实施情况总结验收工作的通知",
                    "娄司发〔2025〕5号",
                    "2025-03-03",
                    kind="negative",
                    source=SFJ,
                ),
                _appoint(2025, 3, "陈志刚"),
            ],
        ),
        Issue(
            2025,
            3,
            195,
            "2025-04-25",
            [
                Doc(
                    "市政府令",
                    "娄底市城市市容和环境卫生管理办法",
                    "娄底市人民政府令第13号",
                    "2025-04-02",
                    kind="regulation",
                ),
                Doc(
                    "市政府文件",
                    fzzf_2025,
                    "娄政函〔2025〕11号",
                    "2025-03-20",
                    kind="gold",
                    seed="003",
                ),
                Doc(
                    "市政府文件",
                    "娄底市人民政府2024年政府信息公开工作年度报告",
                    written="2025-01-20",
                    kind="negative",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于印发《娄底市行政执法协调监督工作体系建设实施方案》的通知",
                    "娄政办发〔2025〕6号",
                    "2025-04-08",
                    kind="negative",
                    source=GOV_OFFICE,
                ),
                _appoint(2025, 5, "赵立新"),
            ],
        ),
        Issue(
            2024,
            1,
            187,
            "2024-01-26",
            [
                Doc("重要文献", "政府工作报告", kind="workreport", written="2024-01-08"),
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于下达2024年国民经济和社会发展计划的通知",
                    "娄政发〔2024〕1号",
                    "2024-01-16",
                ),
                _appoint(2024, 1, "李卫东"),
            ],
        ),
        Issue(
            2024,
            2,
            188,
            "2024-04-12",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于2023年度法治政府建设工作情况的报告",
                    "娄政函〔2024〕8号",
                    "2024-03-18",
                    kind="gold",
                    seed="000",
                ),
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于印发《娄底市2024年法治政府建设工作要点》的通知",
                    "娄政发〔2024〕5号",
                    "2024-03-22",
                    kind="negative",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于2023年度法治政府建设督察反馈问题整改情况的报告",
                    "娄政办函〔2024〕15号",
                    "2024-03-29",
                    kind="negative",
                    source=GOV_OFFICE,
                ),
                Doc(
                    "部门文件",
                    "娄底市财政局关于做好2024年市级预算执行工作的通知",
                    "娄财预〔2024〕7号",
                    "2024-03-05",
                    source="娄底市财政局",
                ),
                _appoint(2024, 4, "周海波"),
            ],
        ),
        Issue(
            2024,
            3,
            189,
            "2024-06-14",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于进一步加强行政规范性文件管理的通知",
                    "娄政发〔2024〕9号",
                    "2024-05-27",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于做好2024年防汛抗旱工作的通知",
                    "娄政办发〔2024〕11号",
                    "2024-05-08",
                    source=GOV_OFFICE,
                ),
            ],
        ),
        Issue(
            2024,
            4,
            190,
            "2024-08-16",
            [
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于印发《娄底市重大行政决策程序实施办法》的通知",
                    "娄政办发〔2024〕17号",
                    "2024-07-25",
                    kind="negative",
                    source=GOV_OFFICE,
                ),
                _appoint(2024, 9, "黄永红"),
            ],
        ),
        Issue(
            2024,
            5,
            191,
            "2024-10-18",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于2023年度国有资产管理情况的综合报告",
                    "娄政函〔2024〕61号",
                    "2024-09-20",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于加快发展银发经济的实施意见",
                    "娄政办发〔2024〕21号",
                    "2024-09-29",
                    source=GOV_OFFICE,
                ),
            ],
        ),
        Issue(
            2024,
            6,
            192,
            "2024-12-20",
            [
                Doc(
                    "部门文件",
                    "娄底市司法局 娄底市人力资源和社会保障局关于表彰2022—2024年度全市法治政府建设"
                    "工作先进单位和先进个人的决定",
                    "娄司发〔2024〕41号",
                    "2024-12-02",
                    kind="negative",
                    source=SFJ,
                ),
                _appoint(2024, 14, "彭建国"),
            ],
        ),
        Issue(
            2023,
            1,
            181,
            "2023-01-20",
            [
                Doc("重要文献", "政府工作报告", kind="workreport", written="2023-01-05"),
                _appoint(2023, 1, "谢明亮"),
            ],
        ),
        Issue(
            2023,
            2,
            182,
            "2023-04-14",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于印发《娄底市2023年法治政府建设工作要点》的通知",
                    "娄政发〔2023〕6号",
                    "2023-03-28",
                    kind="negative",
                ),
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于开展2023年度行政规范性文件清理工作的通知",
                    "娄政办函〔2023〕12号",
                    "2023-03-10",
                    source=GOV_OFFICE,
                ),
            ],
        ),
        Issue(
            2023,
            3,
            183,
            "2023-06-16",
            [
                Doc(
                    "市政府文件",
                    "娄底市人民政府关于公布2023年度市人民政府重大行政决策事项目录的通知",
                    "娄政发〔2023〕10号",
                    "2023-05-30",
                    kind="negative",
                ),
            ],
        ),
        Issue(
            2023,
            4,
            184,
            "2023-08-18",
            [_appoint(2023, 8, "邓志勇")],
        ),
        Issue(
            2023,
            5,
            185,
            "2023-10-20",
            [
                Doc(
                    "市政府办公室文件",
                    "娄底市人民政府办公室关于进一步优化营商环境的若干措施",
                    "娄政办发〔2023〕19号",
                    "2023-09-26",
                    source=GOV_OFFICE,
                )
            ],
        ),
        Issue(
            2023,
            6,
            186,
            "2023-12-22",
            [_appoint(2023, 13, "曾庆华")],
        ),
    ]


def _issues_old() -> list[Issue]:
    """The old gazette system's issues (2021–2022), newest first."""
    out: list[Issue] = []
    dates = {
        2022: ["2022-01-21", "2022-04-15", "2022-06-17", "2022-08-19", "2022-10-21", "2022-12-23"],
        2021: ["2021-01-22", "2021-04-20", "2021-06-18", "2021-08-20", "2021-10-22", "2021-12-24"],
    }
    total = 180
    for year in (2022, 2021):
        for num in range(6, 0, -1):
            pub = dates[year][num - 1]
            docs = [
                Doc(
                    "市政府办公室文件",
                    f"娄底市人民政府办公室关于做好{year}年第{num}季度重点工作督查的通知"
                    if num <= 4
                    else f"娄底市人民政府办公室关于做好{year}年冬春季节安全生产工作的通知",
                    f"娄政办函〔{year}〕{num * 7}号",
                    pub[:8] + "05",
                    source=GOV_OFFICE,
                ),
                _appoint(
                    year,
                    num * 2,
                    ["罗建军", "邹立平", "胡志强", "唐红梅", "朱国平", "袁伟"][num - 1],
                ),
            ]
            if year == 2021 and num == 2:
                docs[:0] = [
                    Doc(
                        "市政府文件",
                        "娄底市人民政府关于2020年度法治政府建设工作情况的报告",
                        "娄政函〔2021〕9号",
                        "2021-03-25",
                        kind="gold",
                        seed="004",
                        toc_title="娄底市人民政府关于2020年度法治政府建设<br>工作情况的报告",
                    ),
                    Doc(
                        "市政府文件",
                        "娄底市人民政府2020年政府信息公开工作年度报告",
                        written="2021-01-25",
                        kind="negative",
                        toc_title="娄底市人民政府2020年政府信息公开<br>工作年度报告",
                    ),
                ]
            if year == 2022 and num == 1:
                docs[:0] = [
                    Doc("重要文献", "政府工作报告", kind="workreport", written="2022-01-07"),
                    Doc(
                        "市政府文件",
                        "娄底市人民政府关于印发《娄底市法治政府建设实施方案（2021—2025年）》的通知",
                        "娄政发〔2022〕2号",
                        "2022-01-12",
                        kind="negative",
                        toc_title="娄底市人民政府关于印发《娄底市法治政府建设实施方案<br>"
                        "（2021—2025年）》的通知",
                    ),
                ]
            if year == 2021 and num == 1:
                docs[:0] = [
                    Doc("重要文献", "政府工作报告", kind="workreport", written="2021-01-08")
                ]
            out.append(Issue(year, num, total, pub, docs))
            total -= 1
    return out


SECTIONS = ["重要文献", "市政府令", "市政府文件", "市政府办公室文件", "部门文件", "人事任免"]
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


class GazetteCitySite(BlindSite):
    name = "gazette_city"
    region = "湖南省娄底市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 5_201_100
        self.issues = _issues_new()
        self.old_issues = _issues_old()
        self.gazette_gold: dict[str, str] = {}  # seed → the gazette copy's path
        self._new_gazette()
        self._old_gazette()
        self._fzzfjs()
        self._other_columns()
        self._news()
        self._home()

    # --- the gazette (new template) ------------------------------------------------------------
    def _issue_dir(self, issue: Issue) -> str:
        return f"/zwgk/zfgb/{issue.year}/d{issue.num}q/"

    def _pdf(self, issue: Issue) -> str:
        return self._issue_dir(issue) + f"P0{issue.pub.replace('-', '')}{issue.num:02d}.pdf"

    def _new_gazette(self) -> None:
        for issue in self.issues:
            for doc in issue.docs:
                self.next_id += 17
                doc.path = (
                    self._issue_dir(issue)
                    + f"{issue.pub[:7].replace('-', '')}/t{issue.pub.replace('-', '')}"
                    f"_{self.next_id}.html"
                )
            for k, doc in enumerate(issue.docs):
                prev = issue.docs[k - 1] if k else None
                nxt = issue.docs[k + 1] if k + 1 < len(issue.docs) else None
                self.page(doc.path, self._gb_article(issue, doc, prev, nxt))
            html = self._gb_issue(issue)
            self.page(self._issue_dir(issue), html)
            self.page(self._issue_dir(issue) + "index.html", html)
            self.pages[self._pdf(issue)] = Reply(200, PDF, {"Content-Type": "application/pdf"})
        for year in (2025, 2024, 2023):
            html = self._gb_year(year)
            if year == 2025:
                self.page("/zwgk/zfgb/", html)
                self.page("/zwgk/zfgb/index.html", html)
            else:
                self.page(f"/zwgk/zfgb/{year}/index.html", html)
                self.page(f"/zwgk/zfgb/{year}/", html)

    def _doc_body(self, doc: Doc, path: str, issue: Issue, pub: str) -> list[str]:
        if doc.kind == "gold":
            if doc.seed in self.gazette_gold:  # already recorded (the catalogue copy)
                from tests.fixtureweb.seeds import load_seed

                return list(load_seed(doc.seed).body_lines)
            return self.gold_report(
                path,
                doc.seed,
                doc.title,
                publisher=doc.source,
                publish_date=pub,
                # No 成文日期 label on a gazette page: the date printed in brackets under the
                # title or in the signature is the document's, but the project reads the field
                # from its label only (as wechat_county's signed reports).
                written_date=None,
                doc_no=doc.doc_no or None,
            )
        if doc.kind == "negative":
            self.negative_titles.append(doc.title)
            return NEGATIVE_BODY
        if doc.kind == "workreport":
            self.negative_titles.append(doc.title)
            return WORK_REPORT_BODY
        if doc.kind == "appoint":
            return APPOINT_BODY
        if doc.kind == "regulation":
            return REGULATION_BODY
        return FILLER_BODY

    def _gb_article(self, issue: Issue, doc: Doc, prev: Doc | None, nxt: Doc | None) -> str:
        pub = issue.pub
        if doc.kind == "gold" and doc.seed == "003":
            # The same report is in the 信息公开 catalogue: that copy is the gold; this an alias.
            self.gazette_gold["003"] = doc.path
        body = self._doc_body(doc, doc.path, issue, pub)
        head_lines = ""
        if doc.kind == "workreport":
            head_lines = (
                f'<p style="text-align:center;">——{_cn_date(doc.written)}在娄底市第七届人民代表大会'
                f"第{issue.year - 2020}次会议上</p>"
                '<p style="text-align:center;">市长　刘　毅</p>'
            )
        else:
            if doc.doc_no:
                head_lines += f'<p style="text-align:center;">{esc(doc.doc_no)}</p>'
            if doc.written and doc.kind != "regulation":
                head_lines += f'<p style="text-align:center;">（{_cn_date(doc.written)}）</p>'
            if doc.kind == "regulation":
                head_lines += (
                    f'<p style="text-align:center;">（{_cn_date(doc.written)}市人民政府第'
                    "52次常务会议审议通过）</p>"
                )
        pn = ""
        if prev:
            pn += f'<p>上一篇：<a href="{esc(prev.path)}">{esc(prev.title)}</a></p>'
        if nxt:
            pn += f'<p>下一篇：<a href="{esc(nxt.path)}">{esc(nxt.title)}</a></p>'
        main = (
            '<div class="gb-article">'
            + f'<div class="gb-qk">《{GAZETTE}》{issue.label}（总第{issue.total}期）</div>'
            + f'<h1 class="gb-title">{esc(doc.title)}</h1>'
            + f'<div class="gb-info"><span>信息来源：{esc(doc.source)}</span>'
            + f"<span>发布时间：{pub} 16:{20 + issue.num:02d}</span>"
            + '<span>浏览次数：<em id="hits"></em></span>'
            + '<span class="zh">字体：【<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            + "</div>"
            + '<div class="gb-content" id="zoom">\n'
            + head_lines
            + "\n"
            + fu.paragraphs(body)
            + "\n</div>"
            + f'<div class="gb-down">本期公报下载：<a href="{self._pdf(issue)}" target="_blank">'
            + f"{issue.label}.pdf</a></div>"
            + fu.article_tools()
            + f'<div class="gb-prevnext">{pn}</div>'
            + "</div>"
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", "/zwgk/"),
            ("政府公报", "/zwgk/zfgb/"),
            (issue.label, self._issue_dir(issue)),
        ]
        return self._frame(doc.title, crumbs, main, article=True)

    def _gb_issue(self, issue: Issue) -> str:
        groups = ""
        page_no = 3
        for section in SECTIONS:
            docs = [d for d in issue.docs if d.section == section]
            if not docs:
                continue
            rows = ""
            for d in docs:
                wh = f'<span class="wh">{esc(d.doc_no)}</span>' if d.doc_no else ""
                rows += (
                    f'<li><a href="{esc(d.path)}" target="_blank">{esc(d.title)}</a>{wh}'
                    f'<span class="ym">（{page_no}）</span></li>'
                )
                page_no += 4 if d.kind == "gold" else 2
            groups += f'<div class="gb-lm">【{section}】</div><ul class="gb-ml">{rows}</ul>'
        main = (
            self._zwgk_tree()
            + '<div class="list-right"><div class="gb-issue-head">'
            + f'<div class="cover"><img src="{self._issue_dir(issue)}cover.jpg" '
            + f'alt="{GAZETTE}{issue.label}" /></div>'
            + f"<div class='qk-info'><h2>{GAZETTE}</h2><p>{issue.label}（总第{issue.total}期）</p>"
            + f"<p>出版日期：{_cn_date(issue.pub)}</p>"
            + f'<p><a class="pdf" href="{self._pdf(issue)}" target="_blank">下载整期PDF（'
            + f"{issue.label}.pdf）</a></p></div></div>"
            + f'<div class="gb-mltit">本期目录</div>{groups}</div>'
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", "/zwgk/"),
            ("政府公报", "/zwgk/zfgb/"),
            (f"{issue.year}年", self._year_url(issue.year)),
        ]
        return self._frame(f"{issue.label}", crumbs, main)

    @staticmethod
    def _year_url(year: int) -> str:
        return "/zwgk/zfgb/index.html" if year == 2025 else f"/zwgk/zfgb/{year}/index.html"

    def _gb_year(self, year: int) -> str:
        tabs = "".join(
            f'<a href="{self._year_url(y)}"' + (' class="on"' if y == year else "") + f">{y}年</a>"
            for y in (2025, 2024, 2023)
        )
        tabs += '<a href="/gb/index.htm" target="_blank">2022年及以前</a>'
        covers = "".join(
            f'<li><a href="{self._issue_dir(i)}" target="_blank"><img src="{self._issue_dir(i)}'
            f'cover.jpg" alt="{GAZETTE}{i.label}" /></a>'
            f'<p><a href="{self._issue_dir(i)}" target="_blank">{i.label}</a></p>'
            f"<p class='date'>{i.pub}</p></li>"
            for i in sorted((i for i in self.issues if i.year == year), key=lambda i: -i.num)
        )
        main = (
            self._zwgk_tree()
            + '<div class="list-right"><div class="list-tit">政府公报</div>'
            + f'<div class="year-tab">{tabs}</div>'
            + f'<ul class="gb-covers clearfix">{covers}</ul>'
            + '<div class="gb-note">《娄底市人民政府公报》是由娄底市人民政府办公室主办的政府出版物，'
            + "刊登市政府规章、市政府及市政府办公室规范性文件等。</div></div>"
        )
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府公报", "/zwgk/zfgb/")]
        return self._frame("政府公报", crumbs, main)

    # --- the old gazette system (GB2312, tables, relative links) ------------------------------
    def _old_dir(self, issue: Issue) -> str:
        return f"/gb/{issue.year}/{issue.num:02d}/"

    def _old_page(self, path: str, html: str) -> None:
        self.page(path, html, encoding="gbk", header_charset=None)

    def _old_gazette(self) -> None:
        for issue in self.old_issues:
            base = self._old_dir(issue)
            for k, doc in enumerate(issue.docs):
                doc.path = base + f"{k + 1:03d}.htm"
            for doc in issue.docs:
                self._old_page(doc.path, self._old_article(issue, doc))
            self._old_page(base + "index.htm", self._old_issue(issue))
            self.pages[base + f"gb{issue.year}{issue.num:02d}.pdf"] = Reply(
                200, PDF, {"Content-Type": "application/pdf"}
            )
        rows = ""
        for year in (2022, 2021):
            rows += f'<tr><td colspan="3" class="year" bgcolor="#F2F2F2"><b>{year}年</b></td></tr>'
            for issue in (i for i in self.old_issues if i.year == year):
                rows += (
                    f'<tr><td height="26">&nbsp;<a href="{issue.year}/{issue.num:02d}/index.htm"'
                    f' target="_blank">{issue.label}（总第{issue.total}期）</a></td>'
                    f'<td align="center">{issue.pub}</td>'
                    f'<td align="center"><a href="{issue.year}/{issue.num:02d}/gb{issue.year}'
                    f'{issue.num:02d}.pdf">PDF下载</a></td></tr>'
                )
        table = (
            '<table width="760" border="0" cellspacing="1" cellpadding="0" bgcolor="#CCCCCC" '
            'align="center"><tr bgcolor="#E8EEF7"><td height="28" align="center"><b>期　数</b></td>'
            '<td align="center" width="140"><b>出版日期</b></td><td align="center" width="100">'
            "<b>下　载</b></td></tr>" + rows.replace("<tr>", '<tr bgcolor="#FFFFFF">') + "</table>"
        )
        self._old_page(
            "/gb/index.htm",
            self._old_frame(
                f"{GAZETTE}--往期公报",
                '您现在的位置：<a href="../index.html">首页</a> &gt;&gt; 政府公报 &gt;&gt; 往期公报',
                table,
            ),
        )

    def _old_issue(self, issue: Issue) -> str:
        rows = ""
        page_no = 2
        for section in SECTIONS:
            docs = [(k, d) for k, d in enumerate(issue.docs) if d.section == section]
            if not docs:
                continue
            rows += (
                f'<tr><td colspan="2" height="30" class="lm"><font color="#CC0000"><b>【{section}】'
                "</b></font></td></tr>"
            )
            for k, d in docs:
                wh = f"<br><font color='#666666'>{esc(d.doc_no)}</font>" if d.doc_no else ""
                rows += (
                    f'<tr><td class="ml">　<a href="{k + 1:03d}.htm" target="_blank">'
                    f"{d.toc_title or esc(d.title)}</a>{wh}</td>"
                    f'<td width="60" align="right">（{page_no}）</td></tr>'
                )
                page_no += 5 if d.kind == "gold" else 2
        content = (
            '<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">'
            f'<tr><td colspan="2" align="center" height="50"><font size="5"><b>{GAZETTE}</b>'
            f"</font><br>{issue.label}（总第{issue.total}期）　出版日期：{_cn_date(issue.pub)}"
            f'　<a href="gb{issue.year}{issue.num:02d}.pdf">PDF版下载</a></td></tr>'
            '<tr><td colspan="2" align="center" height="30"><b>目　　录</b></td></tr>'
            + rows
            + "</table>"
        )
        where = (
            '您现在的位置：<a href="../../../index.html">首页</a> &gt;&gt; '
            f'<a href="../../index.htm">政府公报</a> &gt;&gt; {issue.label}'
        )
        return self._old_frame(f"{GAZETTE}--{issue.label}", where, content)

    def _old_article(self, issue: Issue, doc: Doc) -> str:
        body = self._doc_body(doc, doc.path, issue, issue.pub)
        title_html = doc.toc_title or esc(doc.title)
        sign = ""
        if doc.kind in ("gold", "filler", "negative") and doc.written:
            sign = (
                f'<p align="right">{esc(doc.source)}　　</p>'
                f'<p align="right">{_cn_date(doc.written)}　　</p>'
            )
        if doc.kind == "workreport":
            sign = ""
        if sign and doc.kind == "gold":
            # The signature is the report's own closing (the project keeps it as text).
            gold = next(g for g in self.gold if g.path == doc.path)
            gold.body += f"\n{doc.source}\n{_cn_date(doc.written)}"
        wh = (
            f'<tr><td align="center" height="26">{esc(doc.doc_no)}</td></tr>' if doc.doc_no else ""
        )
        content = (
            '<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">'
            f'<tr><td align="center" height="60" class="title"><font size="5" color="#CC0000"><b>'
            f"{title_html}</b></font></td></tr>"
            + wh
            + '<tr><td align="center" height="30" class="info" bgcolor="#F5F5F5">'
            f"来源：{esc(doc.source)}　　日期：{issue.pub}　　点击数：<script "
            'language="javascript" src="/gb/count.asp"></script>　　'
            '【<a href="javascript:window.print()">打印此页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
            '<tr><td class="content" id="fontzoom" style="font-size:14px;line-height:28px;">'
            + "".join(f"<p>　　{esc(line)}</p>" for line in body)
            + sign
            + "</td></tr></table>"
        )
        where = (
            '您现在的位置：<a href="../../../index.html">首页</a> &gt;&gt; '
            f'<a href="../../index.htm">政府公报</a> &gt;&gt; <a href="index.htm">{issue.label}</a>'
        )
        return self._old_frame(f"{GAZETTE}--{issue.label}", where, content)

    @staticmethod
    def _old_frame(title: str, where: str, content: str) -> str:
        return (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            f"<title>{esc(title)}</title>\n"
            '<link href="/gb/css/style.css" rel="stylesheet" type="text/css">\n</head>\n'
            '<body topmargin="0" leftmargin="0">\n'
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">'
            '<tr><td><img src="/gb/images/top.jpg" width="980" height="120"></td></tr></table>\n'
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" '
            f'bgcolor="#EEF3FA"><tr><td height="30">&nbsp;{where}</td></tr></table>\n'
            '<table width="980" border="0" cellspacing="0" cellpadding="10" align="center">'
            f"<tr><td>{content}</td></tr></table>\n"
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" '
            'class="bottom"><tr><td align="center" height="80" bgcolor="#F2F2F2">'
            "版权所有：娄底市人民政府办公室　地址：娄底市新星南路<br>"
            "湘ICP备05001426号　网站标识码：4313000001　建议使用IE8.0以上浏览器</td></tr>"
            "</table>\n</body>\n</html>\n"
        )

    # --- 政务公开 → 法治政府建设 --------------------------------------------------------------
    def _path(self, column: str, pub: str) -> str:
        self.next_id += 29
        return f"/zwgk/{column}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _fzzfjs(self) -> None:
        items: list[tuple[str, str, str]] = []

        def neg(title: str, pub: str, publisher: str = GOV_OFFICE) -> tuple[str, str, str]:
            path = self._path("fzzfjs", pub)
            self.page(path, self._xxgk_detail(title, NEGATIVE_BODY, (pub, publisher, pub, "")))
            self.negative_titles.append(title)
            items.append((title, path, pub))
            return title, path, pub

        neg("娄底市2025年法治政府建设工作要点", "2025-03-05")
        jd = neg(
            "图解：《娄底市人民政府关于2024年度法治政府建设工作情况的报告》",
            "2025-03-31",
            SFJ,
        )
        title = "娄底市人民政府关于2024年度法治政府建设工作情况的报告"
        pub = "2025-03-28"
        path = self._path("fzzfjs", pub)
        body = self.gold_report(
            path,
            "003",
            title,
            publisher=GOV,
            publish_date=pub,
            index_no=f"{CREDIT}/2025-00031",
            written_date="2025-03-20",
            doc_no="娄政函〔2025〕11号",
        )
        self.page(
            path,
            self._xxgk_detail(
                title, body, (pub, GOV, "2025-03-20", "娄政函〔2025〕11号"), [jd], index=31
            ),
        )
        items.insert(1, (title, path, pub))
        self.aliases[self.gazette_gold["003"]] = path
        neg("娄底市2024年度法治政府建设考核结果通报", "2025-02-18")
        neg("娄底市召开2025年全市法治政府建设工作会议", "2025-02-10", SFJ)
        neg("娄底市法治政府建设实施方案（2021—2025年）", "2022-01-14", GOV)
        neg("娄底市2024年法治政府建设工作要点", "2024-03-25")
        items.sort(key=lambda t: t[2], reverse=True)
        self._list("fzzfjs", "法治政府建设", items)

    def _xxgk_detail(
        self,
        title: str,
        body: list[str],
        meta_values: tuple[str, str, str, str],
        related: list[tuple[str, str, str]] | None = None,
        *,
        index: int | None = None,
    ) -> str:
        pub, publisher, written, doc_no = meta_values
        seq = index if index is not None else self.next_id % 997

        def dd(cls: str, label: str, value: str) -> str:
            return (
                f'<dd class="addWidth {cls}"><label><font>{label}</font></label>'
                f'<div class="display-block">\n                  {esc(value)}\n                </div></dd>'
            )

        meta = (
            '<div class="meta-data"><dl class="clearfix">'
            + dd("IndexNo", "索\u2002引\u2002号：", f"{CREDIT}/{pub[:4]}-{seq:05d}")
            + dd("ReleaseMechanism", "发布机构：", publisher)
            + dd("scrq", "成文日期：", written)
            + dd("wh", "发文字号：", doc_no)
            + dd("fbrq", "发布日期：", pub)
            + dd("gkfs", "公开方式：", "主动公开")
            + "</dl></div>"
        )
        rel = ""
        if related:
            rel = (
                '<div class="article-reldocuments"><h3><span>关联稿件：</span></h3>'
                '<ul class="common_newslist">'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f'<span class="time">{esc(d)}</span></li>'
                    for t, u, d in related
                )
                + "</ul></div>"
            )
        main = (
            '<div class="article">'
            + meta
            + f'<h1 class="article-title"><ucaptitle>{esc(title)}</ucaptitle></h1>'
            + '<div class="article-attr clearfix"><span class="llcs">访问量：<b id="view"></b></span>'
            + '<span class="article-icon fontsize"><i class="print" onclick="javascript:window.print();">'
            + "</i></span></div>"
            + rel
            + '<div class="article-content" id="zoomcon"><ucapcontent>\n'
            + fu.paragraphs(body)
            + "\n</ucapcontent></div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/")]
        return self._frame(title, crumbs, main, article=True)

    def _list(self, col: str, name: str, items: list[tuple[str, str, str]]) -> None:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, u, d in items
        )
        main = (
            self._zwgk_tree()
            + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
            + f'<ul class="list">{rows}</ul><div class="page">共{len(items)}条 1/1页</div></div>'
        )
        html = self._frame(
            name, [("首页", "/"), ("政务公开", "/zwgk/"), (name, f"/zwgk/{col}/")], main
        )
        self.page(f"/zwgk/{col}/", html)
        self.page(f"/zwgk/{col}/index.html", html)

    def _other_columns(self) -> None:
        # 政府信息公开年报
        items = []
        for year in range(2024, 2018, -1):
            title = f"娄底市人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7}"
            path = self._path("ndbg", pub)
            self.page(path, self._xxgk_detail(title, FILLER_BODY, (pub, GOV, pub, "")))
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self._list("ndbg", "政府信息公开年报", items)
        # 政策文件
        items = []
        for title, pub, wh in [
            (
                "娄底市人民政府关于印发娄底市优化营商环境若干措施的通知",
                "2025-03-10",
                "娄政发〔2025〕6号",
            ),
            (
                "娄底市人民政府办公室关于做好2025年春季森林防火工作的通知",
                "2025-02-27",
                "娄政办明电〔2025〕3号",
            ),
            ("娄底市人民政府关于调整娄底市城区基准地价的通知", "2024-12-16", "娄政发〔2024〕19号"),
        ]:
            path = self._path("zcwj", pub)
            self.page(path, self._xxgk_detail(title, FILLER_BODY, (pub, GOV, pub, wh)))
            items.append((title, path, pub))
        self._list("zcwj", "政策文件", items)
        # 指南
        guide = (
            self._zwgk_tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开指南</div>'
            + fu.paragraphs(
                [
                    "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。",
                    "一、主动公开：本机关主动公开的政府信息通过政府网站、政府公报、新闻发布会等方式公开。",
                    "二、依申请公开：公民、法人或者其他组织可以向本机关申请获取相关政府信息。",
                ]
            )
            + "</div>"
        )
        html = self._frame("政府信息公开指南", [("首页", "/"), ("政务公开", "/zwgk/")], guide)
        self.page("/zwgk/xxgkzn/", html)
        self.page("/zwgk/xxgkzn/index.html", html)
        # 政务公开 landing
        latest = self.issues[2]
        main = (
            self._zwgk_tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            + "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p>"
            + '<div class="zwgk-gb"><h3>政府公报</h3>'
            + f'<a href="{self._issue_dir(latest)}"><img src="{self._issue_dir(latest)}cover.jpg" '
            + f'alt="{GAZETTE}{latest.label}" /></a>'
            + f'<p><a href="{self._issue_dir(latest)}">{latest.label}</a></p>'
            + '<a class="more" href="/zwgk/zfgb/">更多&gt;&gt;</a></div></div>'
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _zwgk_tree(self) -> str:
        return fu.left_tree(
            "政务公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", "/zwgk/zcwj/"),
                        ("法治政府建设", "/zwgk/fzzfjs/"),
                    ],
                ),
                ("政府信息公开年报", "/zwgk/ndbg/", []),
                ("政府公报", "/zwgk/zfgb/", []),
            ],
        )

    # --- news and home -----------------------------------------------------------------------
    def _news_page(self, col: str, title: str, pub: str, source: str, body: list[str]) -> str:
        main = (
            '<div class="article"><h1 class="news-title">'
            + esc(title)
            + "</h1>"
            + f'<div class="article-info">来源：{esc(source)}　发布时间：{esc(pub)}</div>'
            + '<div class="article-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.float_share()
            + fu.article_tools()
            + "</div>"
        )
        name = "娄底要闻" if col == "ldyw" else "通知公告"
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), (name, f"/xwzx/{col}/")]
        return self._frame(title, crumbs, main, article=True)

    def _news(self) -> None:
        meeting = [
            "4月21日，市长刘毅主持召开市政府第48次常务会议。",
            "会议听取了市司法局关于2024年度法治政府建设工作情况的汇报，审议并原则通过"
            "《娄底市人民政府关于2024年度法治政府建设工作情况的报告》。",
            "会议强调，要深入学习贯彻习近平法治思想，持续推进法治政府建设，"
            "为全市高质量发展提供坚实法治保障。",
            "会议还研究了其他事项。",
        ]
        self.columns: dict[str, list[tuple[str, str, str]]] = {}
        for col, entries in {
            "ldyw": [
                (
                    "市政府召开第48次常务会议 听取2024年度法治政府建设工作情况报告",
                    "2025-03-18",
                    meeting,
                ),
                ("刘毅调研春季农业生产工作", "2025-03-15", FILLER_BODY),
                ("娄底市召开2025年全市法治政府建设工作会议", "2025-02-10", NEGATIVE_BODY),
                ("全市优化营商环境工作推进会召开", "2025-02-06", FILLER_BODY),
            ],
            "tzgg": [
                ("娄底市2025年市直事业单位公开招聘工作人员公告", "2025-04-02", FILLER_BODY),
                (
                    "关于征集2025年度市人民政府重大行政决策事项建议的公告",
                    "2025-03-03",
                    FILLER_BODY,
                ),
                ("关于开展法治政府建设示范创建活动的通知", "2025-02-25", NEGATIVE_BODY),
            ],
        }.items():
            items = []
            for title, pub, body in entries:
                self.next_id += 7
                path = f"/xwzx/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"
                src = "娄底日报" if col == "ldyw" else GOV_OFFICE
                self.page(path, self._news_page(col, title, pub, src, body))
                if body is not FILLER_BODY:
                    self.negative_titles.append(title)
                items.append((title, path, pub))
            self.columns[col] = items
            name = "娄底要闻" if col == "ldyw" else "通知公告"
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in items
            )
            html = self._frame(
                name,
                [("首页", "/"), ("新闻中心", "/xwzx/"), (name, f"/xwzx/{col}/")],
                f'<div class="list-right"><div class="list-tit">{name}</div><ul class="list">{rows}'
                "</ul></div>",
            )
            self.page(f"/xwzx/{col}/", html)
            self.page(f"/xwzx/{col}/index.html", html)
        html = self._frame(
            "新闻中心",
            [("首页", "/"), ("新闻中心", "/xwzx/")],
            '<ul class="sub"><li><a href="/xwzx/ldyw/">娄底要闻</a></li>'
            '<li><a href="/xwzx/tzgg/">通知公告</a></li></ul>',
        )
        self.page("/xwzx/", html)

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

        latest = self.issues[2]
        gb = (
            '<div class="home-box gb"><div class="tit">政府公报<a class="more" href="/zwgk/zfgb/">'
            "往期公报&gt;&gt;</a></div>"
            f'<a href="{self._issue_dir(latest)}" target="_blank"><img src="{self._issue_dir(latest)}'
            f'cover.jpg" alt="{GAZETTE}{latest.label}" /></a>'
            f"<p>{latest.label}（总第{latest.total}期）</p></div>"
        )
        main = (
            '<div class="home-row">'
            + box("娄底要闻", "/xwzx/ldyw/", self.columns["ldyw"])
            + box("通知公告", "/xwzx/tzgg/", self.columns["tzgg"])
            + "</div><div class='home-row'>"
            + gb
            + '<div class="home-box zwgk"><div class="tit">政务公开</div><ul class="icons">'
            + '<li><a href="/zwgk/xxgkzn/">信息公开指南</a></li>'
            + '<li><a href="/zwgk/zcwj/">政策文件</a></li>'
            + '<li><a href="/zwgk/ndbg/">信息公开年报</a></li>'
            + '<li><a href="/zwgk/zfgb/">政府公报</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, article: bool = False
    ) -> str:
        nav = [
            ("首页", "/index.html"),
            ("走进娄底", "/zjld/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(
                head_title,
                site=SITE,
                code=CODE,
                meta={"ArticleTitle": title, "ColumnName": crumbs[-1][0]} if article else None,
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="湘ICP备05001426号",
                police="湘公网安备 43130202000135号",
                code=CODE,
                address="湖南省娄底市娄星区新星南路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
