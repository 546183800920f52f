"""A Hebei county portal on TRS WCM whose 法治政府建设 column holds six years of the 县政府's
reports (2019–2024) and the 县司法局's 2023 report, with years that are hard to read:

- three reports share one title with no year in it (`故城县人民政府关于法治政府建设工作情况的
  报告`, the 2020, 2021 and 2024 reports), a fourth has another yearless title (`…关于法治政府建设
  情况的报告`, 2022): the year is in the body's opening (`2020年,…`) or, for 2022, only in its
  成文日期 and in figures deep in the text (the body opens `今年以来，…`);
- the 2022 report was published 2022-12-28 and the 2023 report 2023-12-29, at the end of the
  year they review, so 2022 holds two reports' publish dates (the 2021 report's, 2022-02-18, and
  the 2022 report's) and a report's year is not its publish year minus one;
- the 县司法局's report says `2023年度` in its title, opens reviewing `2023年` and was written
  2024-01-15; the 2019 report, under the old name `故城县2019年度依法行政工作情况报告`, was
  published as late as 2020-06-12; reports end with the issuing organ and the date they were
  signed (`2022年12月26日`);
- beside them, in the same column: 工作要点 (2020–2025), a `关于2023年度法治政府建设工作情况的
  报告的解读`, a 2021 `上半年` report, a multi-year `2020—2021年度` 示范创建 report, the county's
  `2016—2020年法治政府建设规划`, a repost of the `法治政府建设实施纲要（2021—2025年）`, a 考核
  通报 and a 推进会. 22 items, eight a page: the list spans three pages (TRS `createPageHTML`).

Home → 政务公开 (`/zwgk/`, a 信息公开 page with a column tree) → 法治政府建设 (`/zwgk/fzzfjs/`).
Report pages: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 标题, 文号, 发布日期), the
`<h1>`, a `发布时间：… 来源：…` line, the TRS_UEDITOR text, 上一篇/下一篇 and a 相关文章 list.
"""

from __future__ import annotations

import re

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "故城县人民政府"
CODE = "1311260001"
GOV = "故城县人民政府"
GOV_OFFICE = "故城县人民政府办公室"
SFJ = "故城县司法局"
CREDIT = "11131126000122437T"
SFJ_CREDIT = "11131126000122490K"
PAGE_SIZE = 8
COLUMN = "/zwgk/fzzfjs/"
NAV = [
    ("首页", "/"),
    ("走进故城", "/zjgc/"),
    ("新闻中心", "/xwzx/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "https://www.hbzwfw.gov.cn/"),
    ("互动交流", "/hdjl/"),
    ("专题专栏", "/ztzl/"),
]
# The 信息公开 column tree: (branch, url, [(column, url)]).
TREE = [
    ("政府信息公开指南", "/zwgk/xxgkzn/", []),
    ("政府信息公开制度", "/zwgk/xxgkzd/", []),
    (
        "法定主动公开内容",
        "/zwgk/fdzdgknr/",
        [
            ("机构职能", "/zwgk/jgzn/"),
            ("政策文件", "/zwgk/zcwj/"),
            ("规划计划", "/zwgk/ghjh/"),
            ("财政信息", "/zwgk/czxx/"),
            ("法治政府建设", COLUMN),
            ("人事信息", "/zwgk/rsxx/"),
            ("建议提案办理", "/zwgk/jytabl/"),
        ],
    ),
    ("政府信息公开年报", "/zwgk/zfxxgknb/", []),
]
LOCAL = [
    ("溪湖区", "故城县"),
    ("临沭县", "故城县"),
    ("万州区", "故城县"),
    ("朝天区", "故城县"),
    ("广元市", "衡水市"),
    ("本溪市", "衡水市"),
    ("本溪", "衡水"),
    ("重庆市", "河北省"),
    ("重庆", "河北"),
    ("溪湖", "故城"),
    ("临沭", "故城"),
    ("山东", "河北"),
    ("我区", "我县"),
    ("全区", "全县"),
    ("区委", "县委"),
    ("区政府", "县政府"),
    ("区人大", "县人大"),
    ("区政协", "县政协"),
    ("区领导", "县领导"),
    ("区直", "县直"),
    ("区本级", "县本级"),
    ("区级", "县级"),
    ("区乡", "县乡"),
]
NUMERALS = "一二三四五六七八"
# The TRS WCM pager script (as real TRS sites serve it).
PAGER_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  document.write("<span>共" + _nPageCount + "页</span>&nbsp;");
  if(nCurrIndex == 0){
    document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  } else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
    var prev = nCurrIndex - 1;
    document.write("<a href=\\"" + (prev == 0 ? _sPageName : _sPageName + "_" + prev) + "." + _sPageExt + "\\">上一页</a>&nbsp;");
  }
  for(var i = 0; i < _nPageCount; i++){
    if(i == nCurrIndex){ document.write("<span class=\\"current\\">" + (i + 1) + "</span>&nbsp;"); }
    else { document.write("<a href=\\"" + (i == 0 ? _sPageName : _sPageName + "_" + i) + "." + _sPageExt + "\\">" + (i + 1) + "</a>&nbsp;"); }
  }
  if(nCurrIndex == _nPageCount - 1){
    document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  } else {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>&nbsp;");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
  }
}
"""


def local(line: str) -> str:
    for old, new in LOCAL:
        line = line.replace(old, new)
    return line


def shift(line: str, years: dict[int, int]) -> str:
    return re.sub(r"20\d\d", lambda m: str(years.get(int(m.group()), int(m.group()))), line)


def renumber(lines: list[str], first: int) -> list[str]:
    """`(五)…`, `(六)…` → `(一)…`, `(二)…`: sub-headings of a section taken from another text."""
    out = []
    for line in lines:
        m = re.match(r"\(([一二三四五六七八])\)", line)
        if m:
            line = f"({NUMERALS[NUMERALS.index(m.group(1)) - first]})" + line[m.end() :]
        out.append(line)
    return out


def seed_lines(key: str, *indexes: int) -> list[str]:
    lines = load_seed(key).body_lines
    return [lines[i] for i in indexes] if indexes else list(lines)


def body_2019() -> list[str]:
    years = {2020: 2019, 2021: 2020, 2019: 2018}
    return [
        "2019年，我县依法行政工作在县委、县政府的坚强领导下，以落实《法治政府建设实施纲要"
        "（2015—2020年）》为主线，以健全完善依法行政制度机制为保障，以打造良好法治化营商环境"
        "为着力点，进一步提升政府依法行政能力和治理水平，为全县经济社会高质量发展提供了坚强"
        "法治保障。现将有关情况报告如下：",
        "一、2019年度依法行政工作开展情况",
        *fix_004_numbering([shift(x, years) for x in seed_lines("004", 3, 5, 7, 9)]),
        "二、存在的问题",
        *seed_lines("000", 35, 36, 37),
        "三、2020年工作打算",
        *seed_lines("000", 40, 43),
    ]


def fix_004_numbering(lines: list[str]) -> list[str]:
    # (二)(四)(六)(八) → (一)(二)(三)(四)
    out = []
    for k, line in enumerate(lines):
        out.append(f"({NUMERALS[k]})" + line[3:])
    return out


def body_2021() -> list[str]:
    tail = [shift(x, {2024: 2021, 2025: 2022}) for x in seed_lines("001", *range(10, 20))]
    tail = [x.replace("三、", "二、", 1).replace("四、", "三、", 1) for x in tail]
    return [
        "2021年，在市委、市政府的坚强领导下，我县坚持以习近平新时代中国特色社会主义思想为指导，"
        "深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，全面提升"
        "依法行政水平，法治政府建设工作取得新成效。现将有关情况报告如下：",
        *[shift(x, {2023: 2021}) for x in seed_lines("000", *range(1, 18))],
        *tail,
    ]


def body_2022() -> list[str]:
    part = [shift(x, {2023: 2022}) for x in seed_lines("000", *range(18, 34))]
    gaps = seed_lines("003", 12)[0]
    gaps = "一年来，全区" + gaps.split("全区", 1)[1]
    return [
        "今年以来，在县委的坚强领导和县人大的监督支持下，县政府坚持以习近平新时代中国特色社会"
        "主义思想为指导，深入学习贯彻习近平法治思想，扎实推进依法行政，全面正确履行政府职能，"
        "法治政府建设各项工作取得积极成效。现将有关情况报告如下：",
        "一、主要工作举措和成效",
        *renumber(part, 4),
        "二、存在的不足",
        gaps,
        "三、下一步工作打算",
        *seed_lines("003", *range(15, 20)),
    ]


def body_sfj_2023() -> list[str]:
    return [
        shift(x, {2024: 2023, 2025: 2024}).replace("二十届二中、三中全会", "二十届二中全会")
        for x in seed_lines("003")
    ]


INTERPRETATION = [
    "近日，《故城县人民政府关于2023年度法治政府建设工作情况的报告》经县政府常务会议审议通过"
    "并向社会公开。为便于社会公众理解，现就有关内容解读如下：",
    "一、起草背景",
    "根据《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府每年第一季度要向同级党委、"
    "人大常委会报告上一年度法治政府建设情况，报告要通过报刊、政府网站等向社会公开。",
    "二、主要内容",
    "报告共分三个部分：一是2023年度法治政府建设主要举措和成效；二是存在的问题；三是2024年重点"
    "工作安排。",
    "三、下一步工作",
    "县政府将坚持以习近平法治思想为指导，持续深化依法行政，为建设经济强县、美丽故城提供坚实"
    "法治保障。",
]
HALF_YEAR = [
    "2021年上半年，我县深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025"
    "年）》，扎实推进各项重点工作，现将上半年工作情况报告如下：",
    "一、上半年工作开展情况",
    "（一）强化组织领导。召开县委全面依法治县委员会第一次会议，印发《故城县2021年法治政府建设"
    "工作要点》，明确年度重点任务36项。",
    "（二）推进依法决策。上半年共审查县政府规范性文件4件、重大行政决策2件、合同协议17件。",
    "（三）规范行政执法。开展行政执法案卷评查，抽查案卷60卷，反馈问题21个并督促整改到位。",
    "二、下半年工作打算",
    "围绕年度目标任务，查漏补缺，确保全年法治政府建设各项任务圆满完成。",
]
MODEL_COUNTY = [
    "根据《河北省法治政府建设示范创建活动实施方案》和市委全面依法治市委员会办公室有关要求，"
    "我县积极申报创建2020—2021年度省级法治政府建设示范县，现将创建工作情况报告如下：",
    "一、创建工作基本情况",
    "成立以县长为组长的创建工作领导小组，制定《故城县法治政府建设示范创建工作方案》，将创建指标"
    "分解为8个方面42项具体任务，逐项明确责任单位和完成时限。",
    "二、创建工作主要成效",
    "2020—2021年，全县行政机关负责人出庭应诉率达到100%，行政复议纠错率、行政诉讼败诉率"
    "持续下降，“放管服”改革和法治化营商环境建设取得明显成效。",
    "三、下一步工作",
    "对照评估指标体系，补齐短板弱项，以创建促提升，推动全县法治政府建设再上新台阶。",
]
OUTLINE = [
    "法治政府建设是全面依法治国的重点任务和主体工程，是推进国家治理体系和治理能力现代化的重要"
    "支撑。为在新发展阶段持续深入推进依法行政，全面建设法治政府，根据当前法治政府建设实际，制定"
    "本纲要。",
    "一、深入学习贯彻习近平法治思想，努力实现法治政府建设全面突破",
    "党的十八大以来，特别是《法治政府建设实施纲要（2015—2020年）》贯彻落实5年来，各地区各部门"
    "多措并举、改革创新，法治政府建设取得重大进展。",
    "二、健全政府机构职能体系，推动更好发挥政府作用",
    "坚持法定职责必须为、法无授权不可为，着力实现政府职能深刻转变，把该管的事务管好、管到位。",
    "三、健全依法行政制度体系，加快推进政府治理规范化程序化法治化",
    "坚持科学立法、民主立法、依法立法，着力实现政府立法质量和效率并重并进。",
]


class YearEdgesCountySite(BlindSite):
    name = "year_edges_county"
    region = "河北省衡水市故城县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 5_120_000
        self._fzzfjs()
        self._ndbg()
        self._news()
        self._others()
        self._zwgk()
        self._home()

    # --- 法治政府建设 ----------------------------------------------------------------------
    def _fzzfjs(self) -> None:
        # (title, pub, kind, body, meta): newest first, as the column lists them.
        entries: list[dict] = []

        def gold(
            title: str,
            body: list[str],
            pub: str,
            written: str,
            year: int,
            *,
            publisher: str = GOV,
            doc_no: str = "",
            seq: int,
        ) -> None:
            credit = SFJ_CREDIT if publisher == SFJ else CREDIT
            lines = [local(x) for x in body]
            signed = f"{int(written[:4])}年{int(written[5:7])}月{int(written[8:10])}日"
            entries.append(
                {
                    "title": title,
                    "pub": pub,
                    "body": lines,
                    "sign": [publisher, signed],
                    "publisher": publisher,
                    "written": written,
                    "doc_no": doc_no,
                    "index_no": f"{credit}/{pub[:4]}-{seq:05d}",
                    "year": year,
                }
            )

        def other(
            title: str,
            body: list[str],
            pub: str,
            *,
            publisher: str = GOV_OFFICE,
            doc_no: str = "",
            seq: int,
        ) -> None:
            entries.append(
                {
                    "title": title,
                    "pub": pub,
                    "body": body,
                    "sign": [],
                    "publisher": publisher,
                    "written": pub,
                    "doc_no": doc_no,
                    "index_no": f"{CREDIT}/{pub[:4]}-{seq:05d}",
                    "year": None,
                }
            )

        yearless = "故城县人民政府关于法治政府建设工作情况的报告"
        other("故城县2025年法治政府建设工作要点", NEGATIVE_BODY, "2025-03-18", seq=61)
        gold(
            yearless,
            seed_lines("001"),
            "2025-01-24",
            "2025-01-20",
            2024,
            doc_no="故政报〔2025〕3号",
            seq=17,
        )
        other("故城县2024年法治政府建设工作要点", NEGATIVE_BODY, "2024-04-08", seq=88)
        other(
            "关于2023年度法治政府建设考核结果的通报",
            FILLER_BODY,
            "2024-02-02",
            doc_no="故法政办〔2024〕2号",
            seq=29,
        )
        gold(
            "故城县司法局2023年度法治政府建设工作情况报告",
            body_sfj_2023(),
            "2024-01-19",
            "2024-01-15",
            2023,
            publisher=SFJ,
            seq=4,
        )
        other(
            "关于2023年度法治政府建设工作情况的报告的解读", INTERPRETATION, "2023-12-29", seq=413
        )
        gold(
            "故城县人民政府关于2023年度法治政府建设工作情况的报告",
            seed_lines("000"),
            "2023-12-29",
            "2023-12-25",
            2023,
            doc_no="故政报〔2023〕41号",
            seq=412,
        )
        other("故城县召开2023年法治政府建设工作推进会", FILLER_BODY, "2023-05-10", seq=151)
        other("故城县2023年法治政府建设工作要点", NEGATIVE_BODY, "2023-04-11", seq=109)
        gold(
            "故城县人民政府关于法治政府建设情况的报告",
            body_2022(),
            "2022-12-28",
            "2022-12-26",
            2022,
            doc_no="故政报〔2022〕47号",
            seq=398,
        )
        other("关于开展法治政府建设示范创建活动的通知", FILLER_BODY, "2022-08-30", seq=267)
        other("故城县2022年法治政府建设工作要点", NEGATIVE_BODY, "2022-04-12", seq=96)
        gold(
            yearless,
            body_2021(),
            "2022-02-18",
            "2022-02-15",
            2021,
            doc_no="故政报〔2022〕6号",
            seq=31,
        )
        other(
            "故城县创建2020—2021年度省级法治政府建设示范县工作情况报告",
            MODEL_COUNTY,
            "2021-12-03",
            publisher=GOV,
            seq=377,
        )
        other(
            "法治政府建设实施纲要（2021—2025年）",
            OUTLINE,
            "2021-08-12",
            publisher="新华社",
            seq=248,
        )
        other(
            "故城县人民政府关于2021年上半年法治政府建设工作情况的报告",
            HALF_YEAR,
            "2021-07-20",
            publisher=GOV,
            seq=203,
        )
        other("故城县2021年法治政府建设工作要点", NEGATIVE_BODY, "2021-04-15", seq=87)
        gold(
            yearless,
            seed_lines("004"),
            "2021-02-05",
            "2021-02-01",
            2020,
            doc_no="故政报〔2021〕4号",
            seq=22,
        )
        gold(
            "故城县2019年度依法行政工作情况报告",
            body_2019(),
            "2020-06-12",
            "2020-06-08",
            2019,
            doc_no="故政报〔2020〕15号",
            seq=164,
        )
        other("故城县2020年依法行政工作要点", NEGATIVE_BODY, "2020-04-20", seq=75)
        other("故城县2018年度依法行政考核结果通报", FILLER_BODY, "2019-03-06", seq=41)
        other(
            "故城县2016—2020年法治政府建设规划",
            NEGATIVE_BODY,
            "2017-03-10",
            publisher=GOV,
            doc_no="故政〔2017〕12号",
            seq=58,
        )

        for e in entries:
            e["path"] = self._path(e["pub"])
        related = [e for e in entries if e["year"] is not None][:5]
        for k, e in enumerate(entries):
            prev = entries[k - 1] if k else None
            nxt = entries[k + 1] if k + 1 < len(entries) else None
            html = self._detail(e, prev, nxt, [r for r in related if r is not e][:4])
            self.page(e["path"], html)
            if e["year"] is None:
                self.negative_titles.append(e["title"])
                continue
            shown = e["body"] + e["sign"]
            self.gold.append(
                GoldReport(
                    path=e["path"],
                    title=e["title"],
                    index_no=e["index_no"],
                    publisher=e["publisher"],
                    publish_date=e["pub"],
                    report_year=e["year"],
                    body="\n".join(x.strip() for x in shown),
                    written_date=e["written"],
                    doc_no=e["doc_no"] or None,
                )
            )
        self.fzzf_entries = entries
        items = [(e["title"], e["path"], e["pub"]) for e in entries]
        self._trs_column(COLUMN, "法治政府建设", items)

    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2017, -1):
            title = f"故城县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7:02d}"
            path = self._path(pub, "/zwgk/zfxxgknb/")
            self.page(
                path,
                self._detail(
                    {
                        "title": title,
                        "pub": pub,
                        "body": FILLER_BODY,
                        "sign": [],
                        "publisher": GOV_OFFICE,
                        "written": pub,
                        "doc_no": "",
                        "index_no": f"{CREDIT}/{pub[:4]}-{year % 100:05d}",
                        "year": None,
                    },
                    None,
                    None,
                    [],
                    column=("政府信息公开年报", "/zwgk/zfxxgknb/"),
                ),
            )
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self._trs_column("/zwgk/zfxxgknb/", "政府信息公开年报", items)

    def _news(self) -> None:
        news = [
            ("县委常委会召开会议 研究部署近期重点工作", "2025-03-20"),
            ("县政府召开第56次常务会议 听取2024年度法治政府建设工作情况汇报", "2025-01-17"),
            ("我县举办领导干部学法讲座", "2024-11-22"),
            ("县政府召开第41次常务会议 听取2023年度法治政府建设工作报告", "2023-12-22"),
            ("故城县开展“宪法宣传周”系列活动", "2023-12-04"),
            ("我县召开全县优化营商环境工作推进会", "2023-09-15"),
        ]
        items = []
        for title, pub in news:
            path = f"/xwzx/gcyw/{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self._id()}.html"
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            self.page(path, self._news_page(title, pub, body))
            if "法治" in title:
                self.negative_titles.append(title)
            items.append((title, path, pub))
        self.news = items
        self._trs_column("/xwzx/gcyw/", "故城要闻", items, crumb=("新闻中心", "/xwzx/"))
        notices = [
            ("故城县2025年事业单位公开招聘工作人员公告", "2025-03-12"),
            ("关于2025年城乡居民医疗保险集中缴费的通告", "2024-10-08"),
            ("故城县春季森林草原防火禁火令", "2025-02-26"),
        ]
        nitems = []
        for title, pub in notices:
            path = f"/xwzx/tzgg/{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self._id()}.html"
            self.page(path, self._news_page(title, pub, FILLER_BODY, column="通知公告"))
            nitems.append((title, path, pub))
        self.notices = nitems
        self._trs_column("/xwzx/tzgg/", "通知公告", nitems, crumb=("新闻中心", "/xwzx/"))

    def _others(self) -> None:
        fillers = {
            "/zwgk/xxgkzn/": ("政府信息公开指南", ["故城县人民政府信息公开指南"]),
            "/zwgk/xxgkzd/": ("政府信息公开制度", ["故城县政府信息公开保密审查制度"]),
            "/zwgk/jgzn/": ("机构职能", ["故城县人民政府办公室主要职责"]),
            "/zwgk/zcwj/": (
                "政策文件",
                ["故城县人民政府关于印发故城县城乡环境综合整治方案的通知"],
            ),
            "/zwgk/ghjh/": ("规划计划", ["故城县国民经济和社会发展第十四个五年规划纲要"]),
            "/zwgk/czxx/": ("财政信息", ["故城县2025年县级部门预算公开"]),
            "/zwgk/rsxx/": ("人事信息", ["故城县2025年公开招聘教师公告"]),
            "/zwgk/jytabl/": ("建议提案办理", ["关于县政协十届三次会议第15号提案的答复"]),
        }
        for url, (name, titles) in fillers.items():
            items = []
            for title in titles:
                pub = "2025-02-14"
                path = self._path(pub, url)
                entry = {
                    "title": title,
                    "pub": pub,
                    "body": FILLER_BODY,
                    "sign": [],
                    "publisher": GOV_OFFICE,
                    "written": pub,
                    "doc_no": "",
                    "index_no": f"{CREDIT}/2025-{self.next_id % 1000:05d}",
                    "year": None,
                }
                self.page(path, self._detail(entry, None, None, [], column=(name, url)))
                items.append((title, path, pub))
            self._trs_column(url, name, items)
        self.page(
            "/zwgk/fdzdgknr/",
            self._zwgk_frame(
                "法定主动公开内容",
                '<div class="list-box"><h2 class="column-title">法定主动公开内容</h2><ul class="list">'
                + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in TREE[2][2])
                + "</ul></div>",
            ),
        )
        for url, name in [("/zjgc/", "走进故城"), ("/hdjl/", "互动交流"), ("/ztzl/", "专题专栏")]:
            self.page(url, self._frame(name, [("首页", "/"), (name, url)], "<p>栏目建设中</p>"))
        self.page(
            "/xwzx/",
            self._frame(
                "新闻中心",
                [("首页", "/"), ("新闻中心", "/xwzx/")],
                '<ul class="list"><li><a href="/xwzx/gcyw/">故城要闻</a></li>'
                '<li><a href="/xwzx/tzgg/">通知公告</a></li></ul>',
            ),
        )

    def _zwgk(self) -> None:
        def box(name: str, url: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="gk-box"><div class="gk-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
                    f"<span>{d}</span></li>"
                    for t, u, d in items[:5]
                )
                + "</ul></div>"
            )

        fz = [(e["title"], e["path"], e["pub"]) for e in self.fzzf_entries]
        main = (
            '<div class="gk-top"><a href="/zwgk/xxgkzn/">政府信息公开指南</a>'
            '<a href="/zwgk/xxgkzd/">政府信息公开制度</a>'
            '<a href="/zwgk/zfxxgknb/">政府信息公开年报</a>'
            '<a href="https://www.hebei.gov.cn/ysqgk/">依申请公开</a></div>'
            + box("法治政府建设", COLUMN, fz)
            + box("政府信息公开年报", "/zwgk/zfxxgknb/", self.ndbg_items)
        )
        self.page("/zwgk/", self._zwgk_frame("政务公开", main))
        self.page("/zwgk/index.html", self._zwgk_frame("政务公开", main))

    def _home(self) -> None:
        self.pages["/js/createPageHTML.js"] = Reply(
            200, PAGER_JS.encode(), {"Content-Type": "application/javascript"}
        )

        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{d[5:]}</span></li>"
                    for t, u, d in items[:6]
                )
                + "</ul></div>"
            )

        quick = [
            ("政府信息公开指南", "/zwgk/xxgkzn/"),
            ("政府信息公开制度", "/zwgk/xxgkzd/"),
            ("法定主动公开内容", "/zwgk/fdzdgknr/"),
            ("政府信息公开年报", "/zwgk/zfxxgknb/"),
        ]
        main = (
            '<div class="home-row">'
            + box("故城要闻", "/xwzx/gcyw/", self.news)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + "</div>"
            '<div class="home-row"><div class="home-gk"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/">更多</a></div><ul>'
            + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in quick)
            + "</ul></div>"
            + fu.interaction_sidebar()
            + "</div>"
            '<div class="home-row zt"><a href="/ztzl/"><img src="/upload/zt1.jpg" '
            'alt="学习贯彻党的二十届三中全会精神" /></a></div>'
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- pages -------------------------------------------------------------------------------
    def _id(self) -> int:
        self.next_id += 137
        return self.next_id

    def _path(self, pub: str, column: str = COLUMN) -> str:
        return f"{column}{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self._id()}.html"

    def _trs_column(
        self,
        url: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        crumb: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        if url == "/zwgk/zfxxgknb/":
            self.ndbg_items = items
        pages = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
        for n, chunk in enumerate(pages):
            rows = "\n".join(
                f'<li><a href="./{esc(p[len(url) :])}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>"
                for t, p, d in chunk
            )
            main = (
                f'<div class="list-box"><h2 class="column-title">{esc(name)}</h2>'
                f'<ul class="list">\n{rows}\n</ul>'
                '<div class="page"><script type="text/javascript">\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f'createPageHTML({len(pages)}, {n}, "index", "html");\n'
                "</script></div></div>"
            )
            crumbs = [("首页", "/"), crumb, (name, url)]
            if crumb[1] == "/zwgk/":
                html = self._zwgk_frame(name, main, crumbs=crumbs)
            else:
                html = self._frame(name, crumbs, main)
            self.page(url + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(url, html)

    def _detail(
        self,
        e: dict,
        prev: dict | None,
        nxt: dict | None,
        related: list[dict],
        *,
        column: tuple[str, str] = ("法治政府建设", COLUMN),
    ) -> str:
        table = (
            '<div class="xxgk-info"><table width="100%" border="0" cellspacing="0" '
            'cellpadding="0">'
            f'<tr><td class="t">索\u2002引\u2002号：</td><td>{esc(e["index_no"])}</td>'
            f'<td class="t">主题分类：</td><td>{esc(column[0])}</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(e["publisher"])}</td>'
            f'<td class="t">成文日期：</td><td>{esc(e["written"])}</td></tr>'
            f'<tr><td class="t">标\u3000\u3000题：</td><td colspan="3">{esc(e["title"])}</td></tr>'
            f'<tr><td class="t">文\u3000\u3000号：</td><td>{esc(e["doc_no"])}</td>'
            f'<td class="t">发布日期：</td><td>{esc(e["pub"])}</td></tr>'
            "</table></div>"
        )
        sign = "".join(f'<p style="text-align:right;">{esc(x)}</p>' for x in e["sign"])
        pager = (
            '<div class="prev-next"><p>上一篇：'
            + (f'<a href="{prev["path"]}">{esc(prev["title"])}</a>' if prev else "没有了")
            + "</p><p>下一篇："
            + (f'<a href="{nxt["path"]}">{esc(nxt["title"])}</a>' if nxt else "没有了")
            + "</p></div>"
        )
        rel = (
            '<div class="related"><h3>相关文章</h3><ul>'
            + "".join(
                f'<li><a href="{r["path"]}" target="_blank">{esc(r["title"])}</a>'
                f"<span>{r['pub']}</span></li>"
                for r in related
            )
            + "</ul></div>"
            if related
            else ""
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-title">{esc(e["title"])}</h1>'
            + f'<div class="article-info">发布时间：{esc(e["pub"])} 来源：{esc(e["publisher"])}'
            + '　浏览次数：<span id="ClickCount"></span>　【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>'
            + '<div class="article-con" id="zoom"><div class="view TRS_UEDITOR trs_paper_default '
            'trs_web">\n'
            + fu.paragraphs(e["body"])
            + sign
            + "\n</div></div>"
            + fu.article_tools()
            + pager
            + rel
            + "</div>"
        )
        crumbs = [("首页", "/"), ("政务公开", "/zwgk/"), column]
        return self._zwgk_frame(
            e["title"],
            main,
            crumbs=crumbs,
            meta={
                "ColumnName": column[0],
                "ArticleTitle": e["title"],
                "PubDate": e["pub"] + " 09:30",
                "ContentSource": e["publisher"],
            },
        )

    def _news_page(self, title: str, pub: str, body: list[str], column: str = "故城要闻") -> str:
        url = "/xwzx/gcyw/" if column == "故城要闻" else "/xwzx/tzgg/"
        main = (
            f'<div class="article"><h1 class="article-title">{esc(title)}</h1>'
            f'<div class="article-info">发布时间：{pub} 10:12　来源：故城县融媒体中心</div>'
            '<div class="article-con" id="zoom">'
            + fu.paragraphs(body)
            + "</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, [("首页", "/"), ("新闻中心", "/xwzx/"), (column, url)], main)

    def _zwgk_frame(
        self,
        title: str,
        main: str,
        *,
        crumbs: list[tuple[str, str]] | None = None,
        meta: dict[str, str] | None = None,
    ) -> str:
        side = fu.left_tree("政府信息公开", TREE)
        body = f'<div class="zwgk-wrap">{side}<div class="zwgk-main">{main}</div></div>'
        return self._frame(title, crumbs or [("首页", "/"), ("政务公开", "/zwgk/")], body, meta)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta or {}).replace(
                "</head>", '<script src="/js/createPageHTML.js"></script>\n</head>'
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, label="您当前的位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="冀ICP备05012835号",
                police="冀公网安备 13112602000118号",
                code=CODE,
                address="河北省衡水市故城县郑口镇运河路199号",
            )
            + "</body></html>"
        )
