"""An Anhui district portal (宿州市埇桥区, an old TRS WCM site: `…/index.html`, `index_1.html`,
`./YYYYMM/tYYYYMMDD_ID.html`, `createPageHTML` pagers) whose 繁體 version is a "big5 gateway"
(`http://big5.ahyq.gov.cn/gate/big5/www.ahyq.gov.cn/…`, modelled as the path prefix
`/gate/big5/www.ahyq.gov.cn` on the same host). The crawl is given the gateway's home page.

The Simplified site (the origin):
- every page declares `charset=gb2312` (header and `<meta>`) but its bytes are GBK: the
  district's own name 埇桥区 has 埇, which GB2312 lacks (GBK 0x88AC); the 2023 report's page is
  GB18030 (its paragraphs are indented by four raw U+00A0 pasted from Word, four-byte GB18030
  sequences in the bytes);
- the top strip has `简体版` (an `onclick` to the origin's home) and `繁體版` (an absolute link to
  the gateway); the home's 通知公告 box is written by a script from an array of absolute origin
  URLs; report pages build their 扫一扫 QR code from a script variable holding the page's
  absolute origin URL; the footer's links are single-quoted absolute origin URLs.

The gateway, on every request under its prefix, fetches the origin page and:
- converts it whole with an OpenCC-style s2t converter (navigation, column names, link titles,
  metadata labels, furniture, body, and the text inside scripts), which writes the standard
  variants 爲/羣/衆 and keeps 着;
- writes pinyin after some characters of the text nodes, with half-width parentheses, as in
  seed 002 (`建設(shè)`, `領(lǐng)導(dǎo)`, `埇橋區(qū)`, `發(fā)佈機構`);
- rewrites double-quoted `href`/`src`/`action` values that are root-relative or absolute origin
  URLs to stay inside the gateway; single-quoted attributes, `onclick` handlers and URLs in
  scripts escape to the origin;
- declares `charset=big5` (header and `<meta>`) but encodes with Big5-HKSCS: 着 (0xFED3), 羣,
  衆 and every tone-marked pinyin vowel (`è` 0x886F) are HKSCS-only; what HKSCS cannot hold
  comes out as a decimal reference when it is a CJK ideograph (爲 → `&#29234;`) and as `?`
  otherwise, so the 2023 report's U+00A0 indents become `????` runs and the U+2002 spaces of
  the labels `索 引 号` and `文  号` become `索?引?號`, `文??號`.

Columns: 政务公开 → 政府信息公开目录 (a tree: 指南, 制度, 法定主动公开内容, 其他主动公开内容 →
法治政府建设年度报告 / 重大建设项目 / 普法依法治理, 政府信息公开年报); 新闻中心 → 区域要闻,
通知公告. Reports:
- 区政府's 2024 report (法治政府建设年度报告, page 1), 2023 report (page 1, GB18030 origin page),
  the 区司法局's 2022 report (page 2): a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期,
  名称, 文号, 发布日期) with dates as `2025年03月26日`;
- the 区司法局's 2024 report, filed under 通知公告 (page 1; also in the home's script-written
  box): no table, `发布时间：2025年02月14日 10:30　来源：埇桥区司法局`.
Decoys beside them: 工作要点, 实施方案, 一图读懂, 述法报告, 考核 and 督察整改 items, 普法 plans
and a 普法责任制 report, 推进会 and 示范创建 notices, news of meetings that 听取/审议 the report,
the 政府信息公开工作年度报告 series.

Gold: the origin (Simplified) URL of each report; its gateway URL is an alias: each report must
come out once, in Simplified, with the fields the page shows.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, timedelta

from opencc import OpenCC

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply, html_reply

SITE = "宿州市埇桥区人民政府"
CODE = "3413020001"
DOMAIN = "www.ahyq.gov.cn"
GATE = f"/gate/big5/{DOMAIN}"
GOV = "宿州市埇桥区人民政府"
GOV_OFFICE = "埇桥区人民政府办公室"
SFJ = "埇桥区司法局"
CREDIT = "11341302003099128K"
SFJ_CREDIT = "11341302MB0P45123W"
ICP = "皖ICP备05012167号-1"
POLICE = "皖公网安备 34130202000118号"
PAGE_SIZE = 10

XXGK = "/zwgk/xxgkml/"
FZZF = XXGK + "qtzdgknr/fzzfjsndbg/"
QTZD = XXGK + "qtzdgknr/"
PFYF = XXGK + "qtzdgknr/pfyfzl/"
ZDXM = XXGK + "qtzdgknr/zdjsxm/"
NDBG = XXGK + "zfxxgkndbg/"
FDZD = XXGK + "fdzdgknr/"
TZGG = "/xwzx/tzgg/"
QYYW = "/xwzx/qyyw/"
TREE: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("政府信息公开指南", XXGK + "xxgkzn/", []),
    ("政府信息公开制度", XXGK + "xxgkzd/", []),
    (
        "法定主动公开内容",
        FDZD,
        [
            ("机构职能", FDZD + "jgzn/"),
            ("政策文件", FDZD + "zcwj/"),
            ("规划计划", FDZD + "ghjh/"),
            ("财政资金", FDZD + "czzj/"),
        ],
    ),
    (
        "其他主动公开内容",
        QTZD,
        [("法治政府建设年度报告", FZZF), ("重大建设项目", ZDXM), ("普法依法治理", PFYF)],
    ),
    ("政府信息公开年报", NDBG, []),
]
NAV = [
    ("首页", "/index.html"),
    ("走进埇桥", "/zjyq/"),
    ("新闻中心", QYYW),
    ("政务公开", "/zwgk/"),
    ("政务服务", "https://www.ahzwfw.gov.cn/"),
    ("互动交流", "/hdjl/"),
]
COLUMN_NAMES = {
    FZZF: "法治政府建设年度报告",
    QTZD: "其他主动公开内容",
    PFYF: "普法依法治理",
    ZDXM: "重大建设项目",
    NDBG: "政府信息公开年报",
    FDZD: "法定主动公开内容",
    TZGG: "通知公告",
    QYYW: "区域要闻",
    XXGK + "xxgkzn/": "政府信息公开指南",
    XXGK + "xxgkzd/": "政府信息公开制度",
    FDZD + "jgzn/": "机构职能",
    FDZD + "zcwj/": "政策文件",
    FDZD + "ghjh/": "规划计划",
    FDZD + "czzj/": "财政资金",
}
NEWS_BODY = [
    "近日，区委、区政府召开专题会议，研究部署近期重点工作，区领导出席会议并讲话。",
    "会议强调，各乡镇、各部门要提高政治站位，压实工作责任，确保各项任务落地见效。",
    "会议还对安全生产、信访稳定等工作进行了安排部署。",
]
MEETING_BODY = [
    "3月20日，区长主持召开区政府第45次常务会议，听取全区2024年度法治政府建设工作情况报告，"
    "研究部署2025年法治政府建设重点任务。",
    "会议指出，要坚持以习近平法治思想为指导，持续推进严格规范公正文明执法，"
    "不断提升依法行政能力和水平。",
    "会议还研究了其他事项。",
]
# Characters the gateway's converter annotates, with the pinyin it writes after them (seed 002).
PINYIN = {
    "設": "shè",
    "導": "dǎo",
    "領": "lǐng",
    "務": "wù",
    "發": "fā",
    "習": "xí",
    "現": "xiàn",
    "關": "guān",
    "區": "qū",
    "實": "shí",
    "學": "xué",
    "網": "wǎng",
    "規": "guī",
    "責": "zé",
    "執": "zhí",
    "應": "yīng",
}
_ANNOTATED = re.compile(f"[{''.join(PINYIN)}]")
_TEXT_NODE = re.compile(r">([^<]+)<")
_SCRIPTS = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>)", re.S | re.I)


def _gateway_errors(exc: UnicodeError) -> tuple[str, int]:
    """What the gateway writes for what Big5-HKSCS cannot hold: `&#N;` for an ideograph, else ?"""
    assert isinstance(exc, UnicodeEncodeError)
    out = []
    for ch in exc.object[exc.start : exc.end]:
        out.append(f"&#{ord(ch)};" if "\u3400" <= ch <= "\u9fff" else "?")
    return "".join(out), exc.end


codecs.register_error("big5_gateway_fixture", _gateway_errors)


class Big5GatewayCountySite(BlindSite):
    name = "big5_gateway_county"
    region = "安徽省宿州市埇桥区"

    def __init__(self) -> None:
        super().__init__()
        self.s2t = OpenCC("s2t")

    def start_url(self) -> str:
        return self.base_url + GATE + "/"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.next_id = 3158201
        self.notices: list[tuple[str, str, str]] = []
        self.news: list[tuple[str, str, str]] = []
        self._fzzf()
        self._pfyf()
        self._ndbg()
        self._notices()
        self._news()
        self._catalogue()
        self._home()
        for path in [g.path for g in self.gold]:
            self.aliases[GATE + path] = path

    # --- the gateway -----------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == GATE or hit.path.startswith(GATE + "/"):
            inner = hit.path[len(GATE) :] or "/"
            origin = (
                super().dynamic(Hit(hit.method, inner, hit.query, hit.headers, hit.body))
                or self.pages.get(inner)
                or html_reply(
                    "<html><head><title>404</title></head><body><h1>404 页面不存在</h1>"
                    "</body></html>",
                    encoding="gbk",
                    header_charset="gb2312",
                    status=404,
                )
            )
            return self._gate(origin)
        return super().dynamic(hit)

    def _gate(self, origin: Reply) -> Reply:
        if not origin.headers.get("Content-Type", "").startswith("text/html"):
            return origin
        text = str(self.s2t.convert(origin.body.decode("gb18030")))
        text = re.sub(r"charset=gb2312", "charset=big5", text, flags=re.I)
        text = self._rewrite(text)
        text = "".join(
            part if _SCRIPTS.fullmatch(part) else _TEXT_NODE.sub(_annotate, part)
            for part in _SCRIPTS.split(text)
        )
        return Reply(
            origin.status,
            text.encode("big5hkscs", errors="big5_gateway_fixture"),
            {
                "Content-Type": "text/html; charset=big5",
                "Via": "1.1 big5.ahyq.gov.cn (GateWay/3.1)",
            },
        )

    def _rewrite(self, text: str) -> str:
        base = re.escape(self.base_url)

        def inside(m: re.Match[str]) -> str:
            url = m.group(2)
            if url.startswith((GATE, self.base_url + GATE)):
                return m.group(0)
            path = url[len(self.base_url) :] if url.startswith(self.base_url) else url
            return f'{m.group(1)}"{self.base_url}{GATE}{path or "/"}"'

        return re.sub(
            rf'(\s(?:href|src|action)=)"((?:/(?!/)|{base}(?:/|(?=")))[^"]*)"', inside, text
        )

    # --- 法治政府建设年度报告 -------------------------------------------------------------------
    def _path(self, column: str, pub: str) -> str:
        self.next_id += 7
        ymd = pub[:10].replace("-", "")
        return f"{column}{ymd[:6]}/t{ymd}_{self.next_id}.html"

    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []

        def negative(
            title: str, pub: str, publisher: str = GOV_OFFICE, body: list[str] = NEGATIVE_BODY
        ) -> None:
            items.append(self._article(FZZF, title, pub, publisher, body))
            if title not in self.negative_titles:
                self.negative_titles.append(title)

        def gold(title: str, seed: str, pub: str, written: str, **kw: object) -> None:
            path = self._path(FZZF, pub)
            publisher = str(kw.pop("publisher"))
            index_no = str(kw.pop("index_no"))
            doc_no = kw.pop("doc_no", None)
            gb18030 = bool(kw.pop("gb18030", False))
            body = self.gold_report(
                path,
                seed,
                title,
                publisher=publisher,
                publish_date=pub,
                index_no=index_no,
                written_date=written,
                doc_no=str(doc_no) if doc_no else None,
            )
            if gb18030:  # pasted from Word: each paragraph indented by four no-break spaces
                body = ["\xa0" * 4 + line for line in body]
            html = self._detail(
                FZZF,
                path,
                title,
                body,
                pub=pub,
                publisher=publisher,
                index_no=index_no,
                written=written,
                doc_no=str(doc_no or ""),
            )
            self._store(path, html, encoding="gb18030" if gb18030 else "gbk")
            items.append((title, path, pub))

        negative("埇桥区2025年法治政府建设工作要点", "2025-04-08")
        negative(
            "一图读懂：宿州市埇桥区人民政府关于2024年度法治政府建设工作情况的报告",
            "2025-03-27",
            body=["（图片）", "图解：2024年度全区法治政府建设工作情况。"],
        )
        gold(
            "宿州市埇桥区人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            "2025-03-26",
            "2025-03-21",
            publisher=GOV,
            index_no=f"{CREDIT}/202503-00041",
            doc_no="埇政秘〔2025〕18号",
        )
        negative("埇桥区人民政府区长2024年度述法报告", "2025-03-12", GOV)
        negative("关于2024年度法治政府建设考核结果的通报", "2025-02-18")
        negative("埇桥区2024年法治政府建设工作要点", "2024-04-10")
        gold(
            "宿州市埇桥区人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-28",
            "2024-03-25",
            publisher=GOV,
            index_no=f"{CREDIT}/202403-00037",
            doc_no="埇政秘〔2024〕21号",
            gb18030=True,
        )
        negative("关于公布埇桥区2024年度重大行政决策事项目录的通知", "2024-01-16")
        negative("埇桥区2023年度法治政府建设考核结果公示", "2024-01-09")
        negative("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-12-05", GOV)
        # page 2
        negative("埇桥区2023年法治政府建设工作要点", "2023-04-12")
        gold(
            "埇桥区司法局2022年度法治政府建设工作报告",
            "004",
            "2023-03-15",
            "2023-03-10",
            publisher=SFJ,
            index_no=f"{SFJ_CREDIT}/202303-00006",
        )
        negative("埇桥区法治政府建设实施方案（2021—2025年）", "2022-06-20", GOV)
        negative("埇桥区2022年法治政府建设工作要点", "2022-04-18")
        negative("埇桥区2021年度法治政府建设考核结果公示", "2022-01-24")
        self._listing(FZZF, items)

    def _pfyf(self) -> None:
        items = [
            self._article(PFYF, "埇桥区2025年普法依法治理工作要点", "2025-03-05", SFJ),
            self._article(PFYF, "埇桥区2024年度普法责任制落实情况报告", "2025-01-22", SFJ),
            self._article(
                PFYF,
                "关于印发《埇桥区法治宣传教育第八个五年规划（2021—2025年）》的通知",
                "2021-11-30",
                GOV_OFFICE,
            ),
            self._article(PFYF, "埇桥区“八五”普法中期评估工作方案", "2023-07-06", SFJ),
        ]
        self._listing(PFYF, items)
        self._listing(
            ZDXM,
            [
                self._article(
                    ZDXM, "埇桥区2025年重点项目投资计划", "2025-02-10", GOV_OFFICE, FILLER_BODY
                ),
                self._article(
                    ZDXM,
                    "埇桥区城区老旧小区改造项目批前公示",
                    "2024-08-19",
                    GOV_OFFICE,
                    FILLER_BODY,
                ),
            ],
        )

    def _ndbg(self) -> None:
        items = [
            self._article(
                NDBG,
                f"宿州市埇桥区人民政府{year}年政府信息公开工作年度报告",
                f"{year + 1}-01-{20 + year % 7}",
                GOV_OFFICE,
                NEGATIVE_BODY,
            )
            for year in range(2024, 2017, -1)
        ]
        self._listing(NDBG, items)

    def _notices(self) -> None:
        start = date(2025, 4, 2)
        titles = [
            "埇桥区2025年公开招聘社区工作者公告",
            "关于召开全区2025年法治政府建设推进会的通知",
            "关于城区部分路段临时停水的通知",
            "埇桥区司法局2024年度法治政府建设工作报告",
            "关于开展2025年“民法典宣传月”活动的通知",
            "埇桥区2025年春季森林防火禁火令",
            "埇桥区2025年3月政府采购意向公开",
            "关于做好2025年城乡居民医保参保缴费工作的通告",
            "埇桥区2024年度拟提拔任用干部任前公示",
            "关于埇桥区国有建设用地使用权挂牌出让的公告",
            # page 2
            "关于开展法治政府建设示范创建活动的通知",
            "关于举办全区行政执法人员法治政府建设专题培训班的通知",
            "埇桥区2024年第四季度行政执法数据公开",
            "关于2025年元旦春节期间加强安全生产工作的通知",
        ]
        for i, title in enumerate(titles):
            pub = (start - timedelta(days=5 * i + 3)).isoformat()
            if title.startswith("埇桥区司法局2024年度法治政府建设"):
                pub = "2025-02-14"
                path = self._path(TZGG, pub)
                body = self.gold_report(path, "001", title, publisher=SFJ, publish_date=pub)
                self._store(path, self._notice(TZGG, title, body, f"{pub} 10:30", SFJ))
                self.notices.append((title, path, pub))
                continue
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            self.notices.append(self._article(TZGG, title, pub, GOV_OFFICE, body, notice=True))
        self._listing(TZGG, self.notices)

    def _news(self) -> None:
        titles = [
            ("区政府召开第45次常务会议 听取2024年度法治政府建设工作情况报告", MEETING_BODY),
            ("埇桥区召开区委全面依法治区委员会会议 审议法治政府建设年度报告", MEETING_BODY),
            ("区领导调研春季农业生产工作", NEWS_BODY),
            ("埇桥区召开2025年优化营商环境工作推进会", NEWS_BODY),
            ("埇桥区举办2025年“春风行动”招聘会", NEWS_BODY),
            ("区委理论学习中心组开展专题学习", NEWS_BODY),
            ("我区开展“3·15”消费者权益保护宣传活动", NEWS_BODY),
        ]
        start = date(2025, 3, 21)
        for i, (title, body) in enumerate(titles):
            pub = (start - timedelta(days=2 * i)).isoformat()
            self.news.append(
                self._article(QYYW, title, pub, "埇桥区融媒体中心", body, notice=True)
            )
            if body is MEETING_BODY:
                self.negative_titles.append(title)
        self._listing(QYYW, self.news)

    def _catalogue(self) -> None:
        intro = (
            '<div class="xxgk-intro"><p>本目录依据《中华人民共和国政府信息公开条例》编制，'
            "包括政府信息公开指南、政府信息公开制度、法定主动公开内容、其他主动公开内容和"
            "政府信息公开年报。</p></div>"
        )
        self._store(XXGK, self._xxgk_frame("政府信息公开目录", [], intro))
        self._store(XXGK + "index.html", self._xxgk_frame("政府信息公开目录", [], intro))
        for column, subs in ((QTZD, TREE[3][2]), (FDZD, TREE[2][2])):
            rows = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in subs)
            html = self._xxgk_frame(
                COLUMN_NAMES[column],
                [(COLUMN_NAMES[column], column)],
                f'<ul class="sub-cols">{rows}</ul>',
            )
            self._store(column, html)
            self._store(column + "index.html", html)
        fillers = {
            XXGK + "xxgkzn/": ["宿州市埇桥区人民政府信息公开指南"],
            XXGK + "xxgkzd/": [
                "埇桥区政府信息公开保密审查制度",
                "埇桥区政府信息依申请公开工作规程",
            ],
            FDZD + "jgzn/": ["埇桥区人民政府领导分工", "埇桥区人民政府办公室主要职责"],
            FDZD + "zcwj/": [
                "宿州市埇桥区人民政府关于印发埇桥区城乡环境综合整治方案的通知",
                "埇桥区人民政府办公室关于进一步加强耕地保护工作的通知",
            ],
            FDZD + "ghjh/": ["埇桥区国民经济和社会发展第十四个五年规划纲要"],
            FDZD + "czzj/": ["埇桥区2025年区级部门预算公开", "埇桥区2024年区级决算公开"],
        }
        for column, titles in fillers.items():
            items = [
                self._article(
                    column,
                    t,
                    (date(2025, 2, 20) - timedelta(days=37 * k + len(column))).isoformat(),
                    GOV_OFFICE,
                    FILLER_BODY,
                )
                for k, t in enumerate(titles)
            ]
            self._listing(column, items)
        zwgk = (
            '<div class="zwgk-boxes">'
            + "".join(
                f'<div class="zwgk-box"><h3><a href="{esc(u)}">{esc(t)}</a></h3></div>'
                for t, u in [
                    ("政府信息公开目录", XXGK),
                    ("政府信息公开指南", XXGK + "xxgkzn/"),
                    ("政府信息公开年报", NDBG),
                    ("政策文件", FDZD + "zcwj/"),
                    ("通知公告", TZGG),
                ]
            )
            + "</div>"
        )
        self._store("/zwgk/", self._frame("政务公开", [("政务公开", "/zwgk/")], zwgk))
        self._store("/zwgk/index.html", self._frame("政务公开", [("政务公开", "/zwgk/")], zwgk))
        for path, name in (("/zjyq/", "走进埇桥"), ("/hdjl/", "互动交流")):
            self._store(path, self._frame(name, [(name, path)], "<p>栏目建设中。</p>"))
        site_map = "".join(
            f'<div class="map-item"><h3><a href="{esc(u)}">{esc(t)}</a></h3><ul>'
            + "".join(f'<li><a href="{esc(lu)}">{esc(lt)}</a></li>' for lt, lu in leaves)
            + "</ul></div>"
            for t, u, leaves in [
                ("新闻中心", QYYW, [("区域要闻", QYYW), ("通知公告", TZGG)]),
                ("政务公开", "/zwgk/", [(t, u) for t, u, _ in TREE]),
                ("互动交流", "/hdjl/", []),
            ]
        )
        self._store("/wzdt/", self._frame("网站地图", [("网站地图", "/wzdt/")], site_map))

    # --- home -------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, more: str, rows: str, extra: str = "") -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div>'
                f"{rows}{extra}</div>"
            )

        news_rows = (
            "<ul>"
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[5:])}</span></li>"
                for t, u, d in self.news[:6]
            )
            + "</ul>"
        )
        records = ",\n".join(
            f'  {{t:"{t}", u:"{self.base_url}{u}", d:"{d[5:]}"}}' for t, u, d in self.notices[:7]
        )
        notice_script = (
            '<ul id="tzggList"></ul>\n<script type="text/javascript">\n'
            f"var tzgg = [\n{records}\n];\n"
            "var html = '';\n"
            "for (var i = 0; i < tzgg.length; i++) {\n"
            '  html += \'<li><a href="\' + tzgg[i].u + \'" target="_blank" title="\' + tzgg[i].t'
            " + '\">' + tzgg[i].t + '</a><span>' + tzgg[i].d + '</span></li>';\n"
            "}\n"
            "document.getElementById('tzggList').innerHTML = html;\n"
            "</script>\n"
        )
        xxgk = (
            "<ul>"
            + "".join(
                f'<li><a href="{esc(u)}">{esc(t)}</a></li>'
                for t, u in [
                    ("政府信息公开目录", XXGK),
                    ("政府信息公开指南", XXGK + "xxgkzn/"),
                    ("政府信息公开年报", NDBG),
                    ("政策文件", FDZD + "zcwj/"),
                ]
            )
            + "</ul>"
        )
        main = (
            '<div class="home-row">'
            + box("区域要闻", QYYW, news_rows)
            + box("通知公告", TZGG, notice_script)
            + box("政府信息公开", XXGK, xxgk)
            + "</div>"
            + '<div class="home-row zt">'
            + '<a href="/ztzl/xxgc/index.html"><img src="/images/zt1.jpg" alt="学习贯彻党的二十届三中全会精神" /></a>'
            + '<a href="https://www.ahzwfw.gov.cn/"><img src="/images/zt2.jpg" alt="安徽政务服务网" /></a>'
            + "</div>"
            + fu.interaction_sidebar().replace("县长信箱", "区长信箱")
        )
        html = self._frame(SITE, [], main)
        self._store("/", html)
        self._store("/index.html", html)
        self._store(
            "/ztzl/xxgc/index.html",
            self._frame(
                "专题专栏", [("专题专栏", "/ztzl/xxgc/index.html")], "<p>专题建设中。</p>"
            ),
        )

    # --- templates ------------------------------------------------------------------------
    def _store(self, path: str, html: str, *, encoding: str = "gbk") -> None:
        self.page(path, html, encoding=encoding, header_charset="gb2312")

    def _article(
        self,
        column: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[str] = NEGATIVE_BODY,
        *,
        notice: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(column, pub)
        if notice:
            html = self._notice(column, title, body, f"{pub} 09:00", publisher)
        else:
            html = self._detail(
                column,
                path,
                title,
                body,
                pub=pub,
                publisher=publisher,
                index_no=f"{CREDIT}/{pub[:4]}{pub[5:7]}-{self.next_id % 1000:05d}",
                written=pub,
                doc_no="",
            )
        self._store(path, html)
        if body is NEGATIVE_BODY:
            self.negative_titles.append(title)
        return title, path, pub

    def _crumbs(self, column: str) -> list[tuple[str, str]]:
        if column in (TZGG, QYYW):
            return [("新闻中心", QYYW), (COLUMN_NAMES[column], column)]
        crumbs = [("政务公开", "/zwgk/"), ("政府信息公开目录", XXGK)]
        for name, url, leaves in TREE:
            if column == url:
                return [*crumbs, (name, url)]
            for leaf, lurl in leaves:
                if column == lurl:
                    return [*crumbs, (name, url), (leaf, lurl)]
        return crumbs

    def _detail(
        self,
        column: str,
        path: str,
        title: str,
        body: list[str],
        *,
        pub: str,
        publisher: str,
        index_no: str,
        written: str,
        doc_no: str,
    ) -> str:
        def cn(day: str) -> str:
            return f"{day[:4]}年{day[5:7]}月{day[8:10]}日"

        table = (
            '<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="0">'
            f'<tr><td class="tit">索\u2002引\u2002号：</td><td>{esc(index_no)}</td>'
            '<td class="tit">主题分类：</td><td>其他</td></tr>'
            f'<tr><td class="tit">发布机构：</td><td>{esc(publisher)}</td>'
            f'<td class="tit">成文日期：</td><td>{cn(written)}</td></tr>'
            f'<tr><td class="tit">名\u3000\u3000称：</td><td colspan="3">{esc(title)}</td></tr>'
            f'<tr><td class="tit">文\u2002\u2002号：</td><td>{esc(doc_no)}</td>'
            f'<td class="tit">发布日期：</td><td>{cn(pub)}</td></tr></table>\n'
        )
        main = (
            '<div class="detail">'
            + table
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + f'<div class="info">发布时间：{cn(pub)}　来源：{esc(publisher)}　'
            + '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            + '<a href="javascript:doZoom(14)">小</a>】</div>\n'
            + '<div class="article-content"><div class=TRS_Editor><style type=text/css>\n'
            + ".TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.5;font-family:宋体;font-size:12pt;}\n"
            + "</style>\n"
            + fu.paragraphs(body)
            + "\n</div></div>\n"
            + fu.article_tools()
            + '<div id="qrcode"></div>\n<script type="text/javascript">\n'
            + f'var pageUrl = "{self.base_url}{path}";\n'
            + "$('#qrcode').qrcode({width: 100, height: 100, text: pageUrl});\n</script>\n"
            + "</div>"
        )
        return self._xxgk_frame(
            title,
            self._crumbs(column)[2:],
            main,
            meta={
                "ArticleTitle": title,
                "PubDate": pub,
                "ContentSource": publisher,
            },
        )

    def _notice(self, column: str, title: str, body: list[str], pub: str, source: str) -> str:
        def cn(stamp: str) -> str:
            return f"{stamp[:4]}年{stamp[5:7]}月{stamp[8:10]}日{stamp[10:]}"

        main = (
            '<div class="detail">'
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + f'<div class="info">发布时间：{cn(pub)}　来源：{esc(source)}　浏览次数：'
            + '<span id="hits"></span>　【字体：<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>\n'
            + '<div class="article-content"><div class=TRS_Editor>\n'
            + fu.paragraphs(body)
            + "\n</div></div>\n"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, self._crumbs(column), main)

    def _listing(self, column: str, items: list[tuple[str, str, str]]) -> None:
        pages = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
        name = COLUMN_NAMES[column]
        for n, chunk in enumerate(pages):
            rows = "\n".join(
                f'<li><a href="./{esc(u[len(column) :])}" title="{esc(t)}" target="_blank">'
                f"{esc(t if len(t) <= 26 else t[:25] + '…')}</a><span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            main = (
                f'<div class="list-tit"><span>{esc(name)}</span></div>\n'
                f'<ul class="list">\n{rows}\n</ul>\n'
                '<div class="page"><script language="javascript">\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f'createPageHTML({len(pages)}, {n}, "index", "html");\n</script></div>\n'
            )
            if column in (TZGG, QYYW):
                html = self._frame(name, self._crumbs(column), main)
            else:
                html = self._xxgk_frame(name, self._crumbs(column)[2:], main)
            self._store(column + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self._store(column, html)

    def _xxgk_frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        tree = fu.left_tree("政府信息公开目录", TREE)
        return self._frame(
            title,
            [("政务公开", "/zwgk/"), ("政府信息公开目录", XXGK), *crumbs],
            f'<div class="xxgk-left">{tree}</div><div class="xxgk-right">{main}</div>',
            meta=meta,
        )

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        location = fu.crumbs([("首页", "/index.html"), *crumbs]) if crumbs else ""
        top = (
            '<body>\n<div class="topbox"><div class="wrap">'
            f'<div class="fl">欢迎访问{SITE}门户网站！今天是<span id="today">'
            "<script>showDate();</script></span></div>"
            '<div class="fr"><a href="javascript:void(0);" onclick="aria.start()">无障碍浏览</a> '
            '<a href="javascript:void(0);" onclick="elder()">长者模式</a> '
            '<a href="javascript:void(0);" class="jt" '
            f"onclick=\"window.location.href='{self.base_url}/index.html'\">简体版</a> | "
            f'<a href="{self.base_url}{GATE}/" class="ft">繁體版</a> '
            '<a href="/wap/">手机版</a></div></div></div>\n'
        )
        foot = (
            '<div class="foot"><div class="wrap">\n'
            f"<div class=\"foot-links\"><a href='{self.base_url}/wzdt/'>网站地图</a> | "
            f"<a href='{self.base_url}/zjyq/'>联系我们</a></div>\n"
            f"<p>主办单位：{SITE}办公室　承办单位：埇桥区数据资源管理局</p>\n"
            f"<p>地址：安徽省宿州市埇桥区浍水路188号　联系电话：0557-3022345　网站标识码：{CODE}</p>\n"
            f'<p><a href="https://beian.miit.gov.cn/">{ICP}</a>　{POLICE}</p>\n'
            "<p>技术支持：某某信息技术有限公司　建议使用1366×768分辨率</p>\n"
            "</div></div>\n"
        )
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, charset="gb2312", meta=meta)
            + top
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">\n'
            + location
            + main
            + "\n</div>\n"
            + fu.jiucuo(CODE)
            + foot
            + "</body></html>\n"
        )


def _annotate(node: re.Match[str]) -> str:
    """Pinyin after the annotated characters of a text node (not in tags or attributes)."""
    text = _ANNOTATED.sub(lambda m: f"{m.group()}({PINYIN[m.group()]})", node.group(1))
    return f">{text}<"
