"""A Hubei district portal on TRS WCM (张湾区, 十堰市) whose departments each keep their own
信息公开 catalogue and file their own 法治政府建设 reports there:

- 首页 → 政务公开 (`/zwgk/`) → 政府信息公开 (`/zwgk/zfxxgk/`): a catalogue tree (指南, 制度,
  法定主动公开内容 with 机构职能, 政策文件, 法治政府建设年度报告; 部门信息公开; 政府信息公开年报);
- 法治政府建设年度报告 (`…/fdzdgknr/fzzfjsndbg/`) holds the 区政府's 2024 report (信息公开
  table: 索引号, 主题分类, 发布机构, 成文日期 as `2025年03月20日`, 文号, 发布日期) beside 工作要点,
  图解, 实施方案, a 考核 通报, an old 信息公开 annual report;
- 部门信息公开 (`…/bmxxgk/`) lists 34 departments and units, 15 a page (TRS `createPageHTML`,
  three pages); each has a home (机构概况, 最新信息: its five newest items) and eight columns
  (机构职能, 领导信息, 政策文件, 计划总结, 财政预决算, 人事信息, 法治政府建设, 其他) named only in
  a zTree catalogue (`var zNodes = [{id:…, pId:…, name:…, url:…}]`), paged `index_1.html` by
  anchors, long titles cut in the lists;
- reports: 区教育局's `2023年度法治政府建设工作报告` and `2022年度…` (last year's text with
  three paragraphs and the years changed; both pasted from Word, MsoNormal spans, 落款), and
  区卫生健康局's `2023年度法治政府建设工作报告` published the same day (an article column:
  only `来源：张湾区卫生健康局`, no 索引号); 区财政局's `2023年法治政府建设情况报告` filed under
  其他 with its 发布机构 cell blank; 区市场监管局's `2021年度法治政府建设情况报告` under
  计划总结; 区司法局's own named 2024 report on page 2 of its column, whose page 1 has a 复制
  of the 区政府's report (same text and 发布机构, its own 索引号 and date): the 区政府's copy is
  the report; 区住建局's 2020 report only a PDF (`详见附件。`);
- every department column holds 工作要点, 实施方案, meetings that 听取 a report, generic-titled
  解读 and 图解, 普法 plans, 信息公开 annual reports.

Every department's report is a different text (parts of the seeds, with the district's names).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import report_pdf
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "十堰市张湾区人民政府"
GOV = "张湾区人民政府"
GOV_OFFICE = "张湾区人民政府办公室"
CODE = "4203030001"
GOV_ORG = "011070341"
GK = "/zwgk/zfxxgk/"
FZZF = GK + "fdzdgknr/fzzfjsndbg/"
NDBG = GK + "zfxxgkndbg/"
BM = GK + "bmxxgk/"
DEPT_PAGE = 15
LIST_SIZE = 10
COLUMNS = [
    ("机构职能", "jgzn"),
    ("领导信息", "ldxx"),
    ("政策文件", "zcwj"),
    ("计划总结", "jhzj"),
    ("财政预决算", "czyjs"),
    ("人事信息", "rsxx"),
    ("法治政府建设", "fzzfjs"),
    ("其他", "qt"),
]
# The 区政府's working departments and other units, in the portal's order: slug, full name
# (发布机构), short name; each its organisation code (索引号 prefix) by position.
_UNITS = [
    ("fgj", "张湾区发展和改革局", "区发改局"),
    ("jxj", "张湾区经济和信息化局", "区经信局"),
    ("jyj", "张湾区教育局", "区教育局"),
    ("kjj", "张湾区科学技术局", "区科技局"),
    ("mzzjj", "张湾区民族宗教事务局", "区民宗局"),
    ("mzj", "张湾区民政局", "区民政局"),
    ("sfj", "张湾区司法局", "区司法局"),
    ("czj", "张湾区财政局", "区财政局"),
    ("rsj", "张湾区人力资源和社会保障局", "区人社局"),
    ("zrzyfj", "十堰市自然资源和规划局张湾分局", "自然资源和规划张湾分局"),
    ("sthjfj", "十堰市生态环境局张湾分局", "生态环境张湾分局"),
    ("zjj", "张湾区住房和城乡建设局", "区住建局"),
    ("jtysj", "张湾区交通运输局", "区交通运输局"),
    ("slhhj", "张湾区水利和湖泊局", "区水利和湖泊局"),
    ("nyncj", "张湾区农业农村局", "区农业农村局"),
    ("swj", "张湾区商务局", "区商务局"),
    ("whlyj", "张湾区文化和旅游局", "区文旅局"),
    ("wjj", "张湾区卫生健康局", "区卫健局"),
    ("tyjrswj", "张湾区退役军人事务局", "区退役军人事务局"),
    ("yjglj", "张湾区应急管理局", "区应急管理局"),
    ("sjj", "张湾区审计局", "区审计局"),
    ("scjgj", "张湾区市场监督管理局", "区市场监管局"),
    ("tjj", "张湾区统计局", "区统计局"),
    ("ybj", "张湾区医疗保障局", "区医保局"),
    ("lyj", "张湾区林业局", "区林业局"),
    ("cgj", "张湾区城市管理执法局", "区城管执法局"),
    ("xfj", "张湾区信访局", "区信访局"),
    ("sjglj", "张湾区政务服务和大数据管理局", "区政务服务和大数据局"),
    ("xczxj", "张湾区乡村振兴局", "区乡村振兴局"),
    ("jgswzx", "张湾区机关事务服务中心", "区机关事务服务中心"),
    ("rmtzx", "张湾区融媒体中心", "区融媒体中心"),
    ("gxs", "张湾区供销合作社联合社", "区供销社"),
    ("cl", "张湾区残疾人联合会", "区残联"),
    ("hszh", "张湾区红十字会", "区红十字会"),
]
DEPTS = [
    (slug, full, short, f"0110{70422 + 8 * n}") for n, (slug, full, short) in enumerate(_UNITS)
]
PDF = "application/pdf"
# Departments follow the 司法局's outline: their reports share its headings.
HEADING = "一、2023年度推进法治政府建设的主要举措和成效"
# Paragraphs of the 区教育局's 2022 report that its 2023 report rewrote.
LAST_YEAR_EDU = (
    "一是健全依法治校制度体系。修订完善学校章程，推动全区中小学“一校一章程”全覆盖，指导学校"
    "建立健全校务委员会、教职工代表大会等民主管理制度。",
    "二是推进教育行政执法规范化。落实行政执法“三项制度”，全年开展校外培训机构联合执法检查12次，"
    "督促整改问题28个，依法查处无证办学行为3起。",
    "三是深化法治宣传教育。开展“宪法进校园”“法治副校长进课堂”等活动86场次，覆盖师生3.2万余"
    "人次，全区学校法治副校长配备率达100%。",
)


def localize(text: str) -> str:
    """Seed text with this district's names (the seeds are other places' reports)."""
    for old, new in (
        ("万州区", "张湾区"),
        ("万州", "张湾"),
        ("临沭县", "张湾区"),
        ("临沂市", "十堰市"),
        ("临沂", "十堰"),
        ("溪湖区", "张湾区"),
        ("本溪市", "十堰市"),
        ("本溪", "十堰"),
        ("广元市朝天区", "十堰市张湾区"),
        ("朝天区", "张湾区"),
        ("广元市", "十堰市"),
    ):
        text = text.replace(old, new)
    return text


def cut(title: str) -> str:
    """List pages cut long titles (the whole title is in the link's `title`)."""
    return title if len(title) <= 24 else title[:23] + "…"


def _budget_rows(full: str) -> list[tuple[str, str]]:
    """A department's 预算/决算 公开, newest first (two list pages)."""
    rows = [(f"{full}2025年部门预算公开", "2025-02-14 10:00")]
    for year in range(2023, 2018, -1):
        rows.append((f"{full}{year}年部门决算公开", f"{year + 1}-09-10 10:00"))
        rows.append((f"{full}{year}年部门预算公开", f"{year}-02-0{year % 9 + 1} 10:00"))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows


def cn_date(iso: str) -> str:
    """`2024-02-23` as the 信息公开 table writes 成文日期: `2024年02月23日`."""
    return f"{iso[:4]}年{iso[5:7]}月{iso[8:10]}日" if iso else ""


def body_html(item: Item) -> str:
    lines = item.body
    text, sign = (lines[: -item.signed], lines[-item.signed :]) if item.signed else (lines, [])
    if not item.word:
        out = fu.paragraphs(text)
        out += "".join(f'\n<p style="text-align:right;">{esc(line)}</p>' for line in sign)
        return out
    out = []
    for line in text:
        heading = line[:2] in {"一、", "二、", "三、", "四、", "五、"}
        inner = f"<b>{esc(line)}</b>" if heading else esc(line)
        if heading and out:
            out.append(
                '<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US" '
                'style="font-size:16.0pt">&nbsp;<o:p></o:p></span></p>'
            )
        out.append(
            '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;'
            'line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;'
            f'font-family:仿宋_GB2312;mso-hansi-font-family:宋体">{inner}</span>'
            '<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>'
        )
    for line in sign:
        out.append(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt">'
            f'<span style="font-size:16.0pt;font-family:仿宋_GB2312">{esc(line)}</span>'
            '<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>'
        )
    return "\n".join(out)


def simplified(text: str) -> str:
    """Seed 002 is a Traditional mirror with pinyin: its Simplified text, with our names."""
    return (
        localize(to_simplified(strip_pinyin(text)[0]))
        .replace("潜江市", "张湾区")
        .replace("潜江", "张湾")
    )


def seed_lines(key: str) -> list[str]:
    return [localize(line) for line in load_seed(key).gold_body.split("\n")]


@dataclass
class Item:
    title: str
    path: str
    date: str  # YYYY-MM-DD HH:MM
    kind: str = "doc"  # doc (信息公开 table) | article (来源 line) | pdf
    body: list[str] = field(default_factory=list)
    publisher: str = GOV
    index_no: str = ""
    written: str = ""
    doc_no: str = ""
    topic: str = "其他"
    attachment: tuple[str, str] | None = None  # (name, relative href)
    word: bool = False  # the body pasted from Word (MsoNormal, 仿宋 spans, <o:p>)
    signed: int = 0  # the last `signed` lines are the 落款 (issuer, date), set right
    table_publisher: bool = True  # False: the 发布机构 cell left blank (来源 still shows)


class DeptReportsDistrictSite(BlindSite):
    name = "dept_reports_district"
    region = "湖北省十堰市张湾区"
    # 34 departments' catalogues: more pages than a quick check's default budget.
    check_pages = 400

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.doc_id = 4_512_300
        self.seq: dict[str, int] = {}
        self.dept_items: dict[str, dict[str, list[Item]]] = {}
        self.filed_elsewhere: dict[str, list[Item]] = {}
        self._district()
        self._departments()
        self._dept_list()
        self._catalogue()
        self._news()
        self._home()

    # --- ids and records ---------------------------------------------------------------------
    def _path(self, column: str, date: str) -> str:
        self.doc_id += 37
        d = date[:10].replace("-", "")
        return f"{column}{d[:6]}/t{d}_{self.doc_id}.html"

    def _index(self, org: str, date: str) -> str:
        year = date[:4]
        self.seq[org + year] = self.seq.get(org + year, 0) + 7
        return f"{org}/{year}-{self.seq[org + year]:05d}"

    def _gold(self, item: Item, body: list[str]) -> None:
        year = int(item.title.split("年")[0][-4:])
        self.gold.append(
            GoldReport(
                path=item.path,
                title=item.title,
                index_no=item.index_no or None,
                publisher=item.publisher,
                publish_date=item.date[:10],
                report_year=year,
                body="\n".join(body),
                written_date=item.written or None,
                doc_no=item.doc_no or None,
            )
        )

    def _doc(
        self,
        column: str,
        title: str,
        date: str,
        *,
        publisher: str,
        org: str,
        body: list[str] | None = None,
        negative: bool = False,
        doc_no: str = "",
        topic: str = "其他",
        written: str | None = None,
    ) -> Item:
        item = Item(
            title=title,
            path=self._path(column, date),
            date=date,
            body=body if body is not None else (NEGATIVE_BODY if negative else FILLER_BODY),
            publisher=publisher,
            index_no=self._index(org, date),
            written=written if written is not None else date[:10],
            doc_no=doc_no,
            topic=topic,
        )
        if negative:
            self.negative_titles.append(title)
        return item

    def _article(
        self, column: str, title: str, date: str, source: str, *, negative: bool = False
    ) -> Item:
        if negative:
            self.negative_titles.append(title)
        return Item(
            title=title,
            path=self._path(column, date),
            date=date,
            kind="article",
            body=NEGATIVE_BODY if negative else FILLER_BODY,
            publisher=source,
        )

    # --- the district's own column ----------------------------------------------------------
    def _district(self) -> None:
        col = FZZF
        body = seed_lines("003")
        report = self._doc(
            col,
            "张湾区人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-24 10:15",
            publisher=GOV,
            org=GOV_ORG,
            body=body,
            doc_no="张政文〔2025〕6号",
            topic="法治政府建设",
            written="2025-03-20",
        )
        self._gold(report, body)
        self.district_report = report
        items = [
            self._doc(
                col,
                "张湾区2025年法治政府建设工作要点",
                "2025-04-08 16:00",
                publisher=GOV_OFFICE,
                org=GOV_ORG,
                negative=True,
                doc_no="张政办发〔2025〕9号",
            ),
            self._doc(
                col,
                "图解：张湾区人民政府关于2024年度法治政府建设情况的报告",
                "2025-03-25 09:00",
                publisher="张湾区司法局",
                org=GOV_ORG,
                negative=True,
            ),
            report,
            self._doc(
                col,
                "张湾区2024年度法治政府建设考核结果通报",
                "2025-02-14 11:30",
                publisher=GOV_OFFICE,
                org=GOV_ORG,
                negative=True,
            ),
            self._doc(
                col,
                "张湾区人民政府2023年政府信息公开工作年度报告",
                "2024-01-26 09:00",
                publisher=GOV,
                org=GOV_ORG,
                negative=True,
            ),
            self._doc(
                col,
                "张湾区法治政府建设实施方案（2021—2025年）",
                "2022-01-18 15:20",
                publisher=GOV,
                org=GOV_ORG,
                negative=True,
                doc_no="张发〔2022〕2号",
            ),
        ]
        crumbs = [*self._gk_crumbs(), ("法治政府建设年度报告", col)]
        self._column(col, "法治政府建设年度报告", items, crumbs, self._gk_tree())
        annual = [
            self._doc(
                NDBG,
                f"张湾区人民政府{y}年政府信息公开工作年度报告",
                f"{y + 1}-01-2{y % 8} 09:00",
                publisher=GOV,
                org=GOV_ORG,
                negative=True,
            )
            for y in range(2024, 2019, -1)
        ]
        crumbs = [*self._gk_crumbs(), ("政府信息公开年报", NDBG)]
        self._column(NDBG, "政府信息公开年报", annual, crumbs, self._gk_tree())
        for slug, name in (("jgzn", "机构职能"), ("zcwj", "政策文件")):
            col = f"{GK}fdzdgknr/{slug}/"
            docs = [
                self._doc(
                    col,
                    t,
                    d,
                    publisher=GOV_OFFICE if slug == "zcwj" else GOV,
                    org=GOV_ORG,
                )
                for t, d in (
                    (f"张湾区人民政府{name}（2025年）", "2025-01-06 10:00"),
                    ("张湾区人民政府办公室关于做好2025年春季防汛工作的通知", "2025-03-03 10:00")
                    if slug == "zcwj"
                    else ("张湾区人民政府领导分工", "2024-12-30 10:00"),
                )
            ]
            crumbs = [*self._gk_crumbs(), ("法定主动公开内容", "#"), (name, col)]
            self._column(col, name, docs, crumbs, self._gk_tree())

    # --- departments -------------------------------------------------------------------------
    def _departments(self) -> None:
        for slug, full, short, org in DEPTS:
            base = f"{BM}{slug}/"

            def fill(
                c: str,
                rows: list[tuple[str, str]],
                negative: bool = False,
                *,
                base: str = base,
                full: str = full,
                org: str = org,
            ) -> list[Item]:
                return [
                    self._doc(base + c + "/", t, d, publisher=full, org=org, negative=negative)
                    for t, d in rows
                ]

            cols: dict[str, list[Item]] = {
                "jgzn": fill("jgzn", [(f"{full}主要职责及内设机构", "2024-12-12 09:30")]),
                "ldxx": fill("ldxx", [(f"{full}领导班子成员及分工", "2025-01-08 10:00")]),
                "zcwj": fill(
                    "zcwj",
                    [
                        (f"{full}关于印发2025年工作要点的通知", "2025-02-27 10:00"),
                        (f"{full}关于做好2025年安全生产工作的通知", "2025-02-12 10:00"),
                        (f"{full}关于印发2024年工作要点的通知", "2024-02-26 10:00"),
                    ],
                ),
                "jhzj": [
                    *fill(
                        "jhzj",
                        [
                            (f"{full}2024年工作总结和2025年工作计划", "2025-01-15 10:00"),
                            (f"{full}2023年工作总结和2024年工作计划", "2024-01-16 10:00"),
                            (f"{full}2022年工作总结和2023年工作计划", "2023-01-12 10:00"),
                        ],
                    ),
                    *self._summaries(slug, full, org, base + "jhzj/"),
                ],
                "czyjs": fill("czyjs", _budget_rows(full)),
                "rsxx": fill(
                    "rsxx", [(f"{full}2024年公开遴选工作人员拟选调人员公示", "2024-11-20 10:00")]
                ),
                "fzzfjs": self._dept_fzzf(slug, full, short, org, base + "fzzfjs/"),
            }
            cols["qt"] = [
                *self.filed_elsewhere.get(slug, []),
                *fill(
                    "qt",
                    [
                        (f"{full}2024年政府信息公开工作年度报告", "2025-01-20 09:00"),
                        (f"{full}2023年政府信息公开工作年度报告", "2024-01-22 09:00"),
                    ],
                    negative=True,
                ),
            ]
            self.dept_items[slug] = cols
            tree = self._dept_tree(slug, full)
            crumbs = [*self._bm_crumbs(), (short, base)]
            for name, c in COLUMNS:
                self._column(
                    base + c + "/",
                    name,
                    cols[c],
                    [*crumbs, (name, base + c + "/")],
                    tree,
                    dept=full,
                )
            self._dept_home(slug, full, short, cols)

    def _summaries(self, slug: str, full: str, org: str, col: str) -> list[Item]:
        """The 区市场监管局 filed its 2021 report under 计划总结 (it had no 法治 column then)."""
        if slug != "scjgj":
            return []
        seed = [simplified(line) for line in load_seed("002").gold_body.split("\n")]
        body = [
            "2021年，区市场监督管理局坚持以习近平法治思想为指导，认真落实区委、区政府关于法治"
            "政府建设的各项部署，全面推进市场监管领域依法行政，现将2021年度法治政府建设情况报告如下。",
            *seed[13:17],
            *seed[21:24],
        ]
        report = self._doc(
            col,
            "2021年度法治政府建设情况报告",
            "2022-01-18 15:00",
            publisher=full,
            org=org,
            body=body,
            topic="法治政府建设",
            written="2022-01-17",
        )
        self._gold(report, body)
        return [
            report,
            self._doc(
                col,
                f"{full}2021年工作总结和2022年工作计划",
                "2022-01-10 10:00",
                publisher=full,
                org=org,
            ),
        ]

    def _dept_fzzf(self, slug: str, full: str, short: str, org: str, col: str) -> list[Item]:
        neg = {"publisher": full, "org": org, "negative": True}
        if slug == "sfj":
            own = seed_lines("001")
            report = self._doc(
                col,
                "张湾区司法局2024年度法治政府建设工作报告",
                "2025-02-10 15:40",
                publisher=full,
                org=org,
                body=own,
                doc_no="张司文〔2025〕4号",
                topic="法治政府建设",
                written="2025-02-08",
            )
            self._gold(report, own)
            # 复制: a new document with the column's own 索引号 and date, the same text.
            d = self.district_report
            date = "2025-03-26 09:30"
            repost = Item(
                **{
                    **d.__dict__,
                    "path": self._path(col, date),
                    "date": date,
                    "index_no": self._index(org, date),
                }
            )
            self.aliases[repost.path] = d.path
            return [
                self._doc(col, "张湾区2025年普法依法治理工作要点", "2025-04-02 09:00", **neg),
                self._article(
                    col, "区司法局召开2025年全区司法行政工作会议", "2025-03-28 17:00", full
                ),
                repost,
                self._article(
                    col,
                    "区政府第48次常务会议听取2024年度法治政府建设情况报告",
                    "2025-03-14 18:20",
                    full,
                    negative=True,
                ),
                self._doc(
                    col,
                    "关于开展2025年度法治政府建设示范创建活动的通知",
                    "2025-03-03 10:00",
                    **neg,
                ),
                self._doc(
                    col, "张湾区行政执法“三项制度”落实情况专项检查方案", "2025-02-20 09:30", **neg
                ),
                self._article(
                    col, "区司法局举办2025年全区行政执法人员培训班", "2025-02-18 16:30", full
                ),
                self._doc(
                    col, "张湾区2024年度行政复议和行政应诉工作情况通报", "2025-02-14 10:00", **neg
                ),
                self._article(
                    col, "区司法局开展“法治进企业”送法上门活动", "2025-02-12 15:00", full
                ),
                self._article(
                    col, "区公共法律服务中心2025年春节期间值班安排", "2025-02-11 09:00", full
                ),
                report,
                self._doc(col, "张湾区2024年普法依法治理工作要点", "2024-03-22 09:00", **neg),
                self._article(
                    col, "张湾区召开2024年法治政府建设工作推进会", "2024-03-08 16:00", full
                ),
            ]
        if slug == "jyj":
            body = [
                "2023年，区教育局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义"
                "思想为指导，深入学习贯彻习近平法治思想，全面推进依法治教、依法治校，现将本局"
                "2023年度法治政府建设工作情况报告如下。",
                HEADING,
                *seed_lines("000")[2:14],
                full,
                "2024年2月23日",
            ]
            report = self._doc(
                col,
                "2023年度法治政府建设工作报告",
                "2024-03-05 09:12",
                publisher=full,
                org=org,
                body=body,
                topic="法治政府建设",
                written="2024-02-23",
            )
            report.word, report.signed = True, 2
            self._gold(report, body)
            # The year before: last year's text with its year and three paragraphs changed
            # (a department writes this year's report over last year's).
            last = [line.replace("2023年", "2022年").replace("2024年", "2023年") for line in body]
            for k, line in zip((3, 7, 11), LAST_YEAR_EDU, strict=True):
                last[k] = line
            last[-1] = "2023年3月8日"
            earlier = self._doc(
                col,
                "2022年度法治政府建设工作报告",
                "2023-03-10 10:30",
                publisher=full,
                org=org,
                body=last,
                topic="法治政府建设",
                written="2023-03-08",
            )
            earlier.word, earlier.signed = True, 2
            self._gold(earlier, last)
            return [
                self._doc(
                    col, "张湾区教育系统2024年普法依法治理工作要点", "2024-03-18 10:00", **neg
                ),
                self._article(
                    col,
                    "图解：2023年度法治政府建设工作报告",
                    "2024-03-06 10:00",
                    full,
                    negative=True,
                ),
                report,
                self._article(
                    col, "区教育局开展“法治进校园”巡回宣讲活动", "2023-12-04 15:00", full
                ),
                self._doc(
                    col, "张湾区教育系统2023年普法依法治理工作要点", "2023-03-20 10:00", **neg
                ),
                self._article(
                    col,
                    "《2022年度法治政府建设工作报告》解读",
                    "2023-03-13 09:00",
                    full,
                    negative=True,
                ),
                earlier,
                self._doc(
                    col,
                    "关于印发《张湾区教育局法治政府建设实施方案》的通知",
                    "2022-03-01 10:00",
                    **neg,
                ),
            ]
        if slug == "wjj":
            base = seed_lines("000")
            body = [
                "2023年，区卫生健康局认真贯彻落实中央和省、市关于法治政府建设的决策部署，坚持"
                "依法行政、依法执业，扎实推进卫生健康领域法治建设，现将有关情况报告如下。",
                HEADING,
                *base[14:26],
                full,
                "2024年3月4日",
            ]
            report = Item(
                title="2023年度法治政府建设工作报告",
                path=self._path(col, "2024-03-05 16:20"),
                date="2024-03-05 16:20",
                kind="article",
                body=body,
                publisher=full,
                signed=2,
            )
            self._gold(report, body)
            return [
                self._article(
                    col,
                    "关于印发张湾区卫生健康系统2024年法治建设工作要点的通知",
                    "2024-04-09 10:00",
                    full,
                    negative=True,
                ),
                report,
                self._article(
                    col,
                    "《2023年度法治政府建设工作报告》解读",
                    "2024-03-07 09:00",
                    full,
                    negative=True,
                ),
                self._article(
                    col,
                    "区卫健局党组会议听取2023年度法治政府建设工作报告",
                    "2024-01-30 17:30",
                    full,
                    negative=True,
                ),
                self._article(
                    col, "区卫健局开展医疗卫生行业综合监管培训", "2023-11-16 09:00", full
                ),
            ]
        if slug == "czj":
            base = seed_lines("000")
            body = [
                "2023年，区财政局坚持以习近平法治思想为指导，紧紧围绕全区中心工作，全面推进"
                "依法理财、依法行政，法治财政建设取得新成效。现将本局2023年法治政府建设情况报告如下：",
                HEADING,
                *base[26:45],
            ]
            # Filed under 其他 (beside its 信息公开 annual reports), not 法治政府建设.
            report = self._doc(
                col.replace("/fzzfjs/", "/qt/"),
                "2023年法治政府建设情况报告",
                "2024-03-12 11:05",
                publisher=full,
                org=org,
                body=body,
                topic="法治政府建设",
                written="2024-03-11",
            )
            # Its 发布机构 cell was left blank; the 来源 line names the issuer.
            report.table_publisher = False
            self._gold(report, body)
            self.filed_elsewhere[slug] = [report]
            return [
                self._doc(col, "张湾区财政局2024年依法理财工作要点", "2024-04-01 10:00", **neg),
                self._doc(col, "2023年法治政府建设工作计划", "2023-03-06 10:00", **neg),
            ]
        if slug == "zjj":
            title = "张湾区住房和城乡建设局2020年度法治政府建设工作报告"
            paras = seed_lines("004")
            pdf_name = "P020210125392715846071.pdf"
            item = self._doc(
                col,
                title,
                "2021-01-25 10:40",
                publisher=full,
                org=org,
                body=["详见附件。"],
                topic="法治政府建设",
                written="2021-01-22",
            )
            item.kind = "pdf"
            item.attachment = (f"{title}.pdf", "./" + pdf_name)
            pdf_path = item.path.rsplit("/", 1)[0] + "/" + pdf_name
            self.pages[pdf_path] = Reply(
                200, report_pdf(title, paras, "张湾区住房和城乡建设局"), {"Content-Type": PDF}
            )
            self.pdf_path = pdf_path
            self._gold(item, paras)
            return [
                self._doc(col, "区住建局2024年法治政府建设工作要点", "2024-03-20 10:00", **neg),
                self._doc(
                    col, "张湾区住建领域安全生产专项整治实施方案", "2023-05-06 10:00", **neg
                ),
                item,
            ]
        if slug in ("tyjrswj", "mzj"):
            return []
        return [
            self._doc(col, f"{short}2024年法治政府建设工作要点", "2024-03-25 10:00", **neg),
            self._article(
                col,
                f"{short}召开党组会议专题听取2023年度法治政府建设工作报告",
                "2024-01-18 17:00",
                full,
                negative=True,
            ),
        ]

    def _dept_home(self, slug: str, full: str, short: str, cols: dict[str, list[Item]]) -> None:
        base = f"{BM}{slug}/"
        latest = sorted((i for c in cols.values() for i in c), key=lambda i: i.date, reverse=True)
        rows = "".join(
            f'<li><a href="{esc(i.path)}" target="_blank" title="{esc(i.title)}">{esc(cut(i.title))}'
            f"</a><span>{esc(i.date[:10])}</span></li>"
            for i in latest[:5]
        )
        main = (
            self._dept_tree(slug, full)
            + '<div class="list-right"><div class="bm-info"><h3>机构概况</h3><table>'
            + f"<tr><th>机构名称</th><td>{esc(full)}</td></tr>"
            + "<tr><th>办公地址</th><td>十堰市张湾区车城西路12号</td></tr>"
            + "<tr><th>办公时间</th><td>周一至周五 上午8:30-12:00 下午14:30-17:30</td></tr>"
            + "<tr><th>联系电话</th><td>0719-8451234</td></tr></table></div>"
            + f'<div class="bm-latest"><div class="list-tit">最新信息</div><ul class="list">{rows}'
            + "</ul></div></div>"
        )
        html = self._frame(f"{full}信息公开", [*self._bm_crumbs(), (short, base)], main)
        self.page(base, html)
        self.page(base + "index.html", html)

    def _dept_list(self) -> None:
        chunks = [DEPTS[k : k + DEPT_PAGE] for k in range(0, len(DEPTS), DEPT_PAGE)]
        for n, chunk in enumerate(chunks):
            cells = "".join(
                f'<li><a href="./{slug}/" target="_blank" title="{esc(full)}">{esc(full)}</a></li>'
                for slug, full, _, _ in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">\n'
                f"//wcm分页，总记录：{len(DEPTS)}\n"
                f'createPageHTML({len(chunks)}, {n}, "index", "html");\n</script></div>'
            )
            main = (
                self._gk_tree()
                + '<div class="list-right"><div class="list-tit">部门信息公开</div>'
                + f'<ul class="bm-list clearfix">{cells}</ul>{pager}</div>'
            )
            html = self._frame("部门信息公开", self._bm_crumbs(), main)
            self.page(BM + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(BM, html)

    # --- catalogue, news, home -----------------------------------------------------------------
    def _catalogue(self) -> None:
        main = (
            self._gk_tree()
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            + "<p>本目录依据《中华人民共和国政府信息公开条例》编制，公开张湾区人民政府及其工作部门"
            + "主动公开的政府信息。</p><ul class='gk-entry'>"
            + f'<li><a href="{GK}xxgkzn/">政府信息公开指南</a></li>'
            + f'<li><a href="{GK}xxgkzd/">政府信息公开制度</a></li>'
            + f'<li><a href="{BM}">部门信息公开</a></li>'
            + f'<li><a href="{NDBG}">政府信息公开年报</a></li></ul></div>'
        )
        html = self._frame("政府信息公开", self._gk_crumbs(), main)
        self.page(GK, html)
        self.page(GK + "index.html", html)
        for slug, name, text in (
            ("xxgkzn", "政府信息公开指南", "为了更好地提供政府信息公开服务，特编制本指南。"),
            ("xxgkzd", "政府信息公开制度", "张湾区政府信息公开保密审查制度、发布协调制度。"),
        ):
            page = self._frame(
                name,
                [*self._gk_crumbs(), (name, f"{GK}{slug}/")],
                self._gk_tree() + f'<div class="list-right"><p>{esc(text)}</p></div>',
            )
            self.page(f"{GK}{slug}/", page)
            self.page(f"{GK}{slug}/index.html", page)
        zwgk = (
            '<div class="zwgk-boxes">'
            + f'<div class="box"><h3><a href="{GK}">政府信息公开</a></h3><ul>'
            + f'<li><a href="{GK}xxgkzn/">政府信息公开指南</a></li>'
            + f'<li><a href="{GK}fdzdgknr/zcwj/">政策文件</a></li>'
            + f'<li><a href="{BM}">部门信息公开</a></li>'
            + f'<li><a href="{NDBG}">政府信息公开年报</a></li></ul></div>'
            + '<div class="box"><h3>重点领域信息公开</h3><ul>'
            + '<li><a href="/zwgk/zdly/czzj/">财政资金</a></li>'
            + '<li><a href="/zwgk/zdly/ggzypz/">公共资源配置</a></li></ul></div></div>'
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/")], zwgk)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)
        for slug, name in (("czzj", "财政资金"), ("ggzypz", "公共资源配置")):
            col = f"/zwgk/zdly/{slug}/"
            docs = [
                self._article(
                    col, f"张湾区2025年{name}信息公开（一）", "2025-03-31 10:00", GOV_OFFICE
                )
            ]
            self._column(col, name, docs, [("首页", "/"), ("政务公开", "/zwgk/"), (name, col)], "")

    def _news(self) -> None:
        col = "/xwzx/zwyw/"
        self.news = [
            self._article(col, "张湾区召开区政府第49次常务会议", "2025-04-10 18:00", GOV_OFFICE),
            self._article(
                col,
                "区政府常务会议审议《张湾区人民政府关于2024年度法治政府建设情况的报告》",
                "2025-03-14 18:30",
                GOV_OFFICE,
                negative=True,
            ),
            self._article(col, "区领导督导春季森林防火工作", "2025-03-06 16:00", GOV_OFFICE),
            self._article(col, "张湾区召开2025年优化营商环境大会", "2025-02-18 11:00", GOV_OFFICE),
        ]
        self._column(
            col,
            "张湾要闻",
            self.news,
            [("首页", "/"), ("新闻中心", "/xwzx/"), ("张湾要闻", col)],
            "",
        )
        col = "/xwzx/tzgg/"
        self.notices = [
            self._article(
                col, "张湾区2025年公开招聘社区专职工作人员公告", "2025-04-07 09:00", GOV_OFFICE
            ),
            self._article(
                col,
                "关于召开全区2025年法治政府建设工作推进会的通知",
                "2025-03-31 09:00",
                GOV_OFFICE,
                negative=True,
            ),
            self._article(
                col, "关于城区部分路段临时交通管制的通告", "2025-03-20 09:00", GOV_OFFICE
            ),
        ]
        self._column(
            col,
            "通知公告",
            self.notices,
            [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", col)],
            "",
        )

    def _home(self) -> None:
        def box(title: str, more: str, items: list[Item]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(i.path)}" target="_blank" title="{esc(i.title)}">'
                    f"{esc(i.title)}</a><span>{esc(i.date[5:10])}</span></li>"
                    for i in items
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("张湾要闻", "/xwzx/zwyw/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div><div class='home-row gk-entry'><h3>政务公开</h3><ul>"
            + f'<li><a href="{GK}">政府信息公开</a></li>'
            + f'<li><a href="{GK}fdzdgknr/zcwj/">政策文件</a></li>'
            + '<li><a href="https://zwfw.hubei.gov.cn/">政务服务</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- templates ---------------------------------------------------------------------------
    def _gk_crumbs(self) -> list[tuple[str, str]]:
        return [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开", GK)]

    def _bm_crumbs(self) -> list[tuple[str, str]]:
        return [*self._gk_crumbs(), ("部门信息公开", BM)]

    def _gk_tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", f"{GK}xxgkzn/", []),
                ("政府信息公开制度", f"{GK}xxgkzd/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", f"{GK}fdzdgknr/jgzn/"),
                        ("政策文件", f"{GK}fdzdgknr/zcwj/"),
                        ("法治政府建设年度报告", FZZF),
                    ],
                ),
                ("部门信息公开", BM, []),
                ("政府信息公开年报", NDBG, []),
            ],
        )

    def _dept_tree(self, slug: str, full: str) -> str:
        """The department's catalogue: a zTree drawn from `zNodes` (no anchors in the HTML)."""
        base = f"{BM}{slug}/"
        nodes = ['{id:10, pId:0, name:"法定主动公开内容", open:true, isParent:true}']
        for n, (name, c) in enumerate(COLUMNS[:-1], start=11):
            nodes.append(f'{{id:{n}, pId:10, name:"{name}", url:"{base}{c}/", target:"_self"}}')
        nodes += [
            '{id:20, pId:0, name:"其他主动公开内容", open:true, isParent:true}',
            f'{{id:21, pId:20, name:"{COLUMNS[-1][0]}", url:"{base}{COLUMNS[-1][1]}/", '
            'target:"_self"}',
        ]
        return (
            f'<div class="leftnav"><h2>{esc(full)}</h2>'
            '<ul id="deptTree" class="ztree"></ul>'
            f'<p class="back"><a href="{BM}">返回部门列表</a></p></div>\n'
            '<link rel="stylesheet" href="/js/ztree/zTreeStyle.css" type="text/css">\n'
            '<script type="text/javascript" src="/js/ztree/jquery.ztree.core.min.js"></script>\n'
            '<script type="text/javascript">\n'
            "var setting = {view: {showIcon: false, dblClickExpand: false},"
            " data: {simpleData: {enable: true}}};\n"
            "var zNodes = [\n  " + ",\n  ".join(nodes) + "\n];\n"
            '$(document).ready(function () { $.fn.zTree.init($("#deptTree"), setting, zNodes); });\n'
            "</script>\n"
        )

    def _column(
        self,
        col: str,
        name: str,
        items: list[Item],
        crumbs: list[tuple[str, str]],
        left: str,
        *,
        dept: str | None = None,
    ) -> None:
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            if chunk:
                rows = "".join(
                    f'<li><a href=".{esc(i.path.removeprefix(col[:-1]))}" target="_blank" '
                    f'title="{esc(i.title)}">{esc(cut(i.title))}</a><span>{esc(i.date[:10])}</span></li>'
                    for i in chunk
                )
            else:
                rows = '<li class="nodata">暂无信息</li>'
            pager = self._pager(len(chunks), n) if len(chunks) > 1 else ""
            main = (
                left
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            title = f"{name}_{dept}" if dept else name
            html = self._frame(title, crumbs, main)
            self.page(col + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(col, html)
        for k, item in enumerate(items):
            prev = items[k - 1] if k else None
            nxt = items[k + 1] if k + 1 < len(items) else None
            if item.path.startswith(col):
                self.page(item.path, self._detail(item, crumbs, prev, nxt))

    @staticmethod
    def _pager(count: int, current: int) -> str:
        def href(n: int) -> str:
            return "index.html" if n == 0 else f"index_{n}.html"

        parts = [f"<span>共{count}页</span>", f'<a href="{href(0)}">首页</a>']
        if current > 0:
            parts.append(f'<a href="{href(current - 1)}">上一页</a>')
        else:
            parts.append("<span class='disabled'>上一页</span>")
        for n in range(count):
            parts.append(
                f"<span class='current'>{n + 1}</span>"
                if n == current
                else f'<a href="{href(n)}">{n + 1}</a>'
            )
        if current + 1 < count:
            parts.append(f'<a href="{href(current + 1)}">下一页</a>')
        else:
            parts.append("<span class='disabled'>下一页</span>")
        parts.append(f'<a href="{href(count - 1)}">尾页</a>')
        return '<div class="page">' + " ".join(parts) + "</div>"

    def _detail(
        self,
        item: Item,
        crumbs: list[tuple[str, str]],
        prev: Item | None,
        nxt: Item | None,
    ) -> str:
        info = (
            f'<div class="info"><span>发布时间：{esc(item.date)}</span>'
            f"<span>来源：{esc(item.publisher)}</span>"
            '<span>浏览次数：<script>_showDynClick("' + str(self.doc_id) + '")</script></span>'
            '<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
            "</span></div>"
        )
        table = ""
        publisher = item.publisher if item.table_publisher else ""
        if item.kind in ("doc", "pdf"):
            table = (
                '<table class="xxgk_table" width="100%" border="0" cellspacing="0">'
                f"<tr><th>索\u2002引\u2002号：</th><td>{esc(item.index_no)}</td>"
                f"<th>主题分类：</th><td>{esc(item.topic)}</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
                f"<th>成文日期：</th><td>{esc(cn_date(item.written))}</td></tr>"
                f"<tr><th>文\u3000\u3000号：</th><td>{esc(item.doc_no)}</td>"
                f"<th>发布日期：</th><td>{esc(item.date[:10])}</td></tr>"
                f'<tr><th>名\u3000\u3000称：</th><td colspan="3">{esc(item.title)}</td></tr>'
                "</table>"
            )
        att = ""
        if item.attachment:
            name, href = item.attachment
            att = (
                '<div class="fj"><p>附件：</p><ul>'
                f'<li><a href="{esc(href)}" target="_blank">{esc(name)}</a></li></ul></div>'
            )

        def link(label: str, it: Item | None) -> str:
            if it is None:
                return f"<p>{label}：没有了</p>"
            return f'<p>{label}：<a href="{esc(it.path)}">{esc(it.title)}</a></p>'

        main = (
            '<div class="detail">'
            + table
            + f'<h1 class="detail-title">{esc(item.title)}</h1>'
            + info
            + '<div class="detail-con" id="zoom"><div class="TRS_Editor">\n'
            + body_html(item)
            + "\n</div></div>"
            + att
            + fu.article_tools()
            + f'<div class="prevnext">{link("上一篇", prev)}{link("下一篇", nxt)}</div>'
            + "</div>"
            + fu.float_share()
        )
        return self._frame(item.title, crumbs, main)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进张湾", "/zjzw/"),
            ("新闻中心", "/xwzx/zwyw/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://zwfw.hubei.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="鄂ICP备05003782号",
                police="鄂公网安备 42030302000135号",
                code=CODE,
                address="湖北省十堰市张湾区车城西路12号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
