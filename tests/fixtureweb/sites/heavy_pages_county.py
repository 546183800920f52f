"""A Hunan county portal on TRS WCM whose report pages are HEAVY, as UEditor pastes make them:

- 政务公开 → 法治政府建设 (`/zwgk/fzzfjs/`, TRS `createPageHTML`, two pages of 8) holds four
  reports beside 工作要点, 实施方案, a 普法 plan, a 考核 通报 and a 一图读懂 (one pasted image,
  a 2.7 MB page: the 一图读懂 *is* a picture);
- the 县政府's 2024 report (2.3 MB): four photos pasted into the text as inline
  `data:image/png;base64,…` (each a real PNG of 330–520 KB), each followed by its `▲` caption;
- the 县政府's 2023 report (2.2 MB): an ECharts chart pasted as inline `<svg>` inside the text
  (6,000 `<path>` nodes and axis/legend `<text>` labels), a `▲` caption under it, two photos, and
  the chart's data as a 200 KB JSON literal in a `<script>` right after the text;
- the 县司法局's 2024 report: its HTML holds 20,000 nested empty `<span>`s in one paragraph, left
  by a broken WPS → UEditor paste (the text goes on after them);
- the 县政府's 2022 report is 6.0 MB: twelve photos of ~490 KB each (base64) pasted inline (still a report);
- 今日隆回 holds a news item (with pasted photos) about the 常务会议 that 听取 the 2024 report;
  政府信息公开年报 holds the 信息公开 annual reports.

Every report page shows a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期)
above the `<h1>` and the text. The heavy bytes are pseudo-random, built from fixed seeds in code.
"""

from __future__ import annotations

import base64
import json
import random
import struct
import zlib
from collections.abc import Callable
from functools import cache
from typing import ClassVar

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Reply

SITE = "隆回县人民政府"
CODE = "4305240001"
CREDIT = "114305240061405326"
SFJ_CREDIT = "11430524006140551Q"
GOV_OFFICE = "隆回县人民政府办公室"
SFJ = "隆回县司法局"
PAGE_SIZE = 8
FONT = "font-family: 仿宋_GB2312, 仿宋; font-size: 21px;"
TOWNS = [
    "桃洪镇",
    "小沙江镇",
    "金石桥镇",
    "司门前镇",
    "高平镇",
    "六都寨镇",
    "荷香桥镇",
    "横板桥镇",
    "周旺镇",
    "滩头镇",
    "鸭田镇",
    "西洋江镇",
    "岩口镇",
    "北山镇",
    "三阁司镇",
    "南岳庙镇",
    "七江镇",
    "羊古坳镇",
]
# TRS WCM's pager, as its sites serve it.
PAGER_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
if(_nPageCount == null || _nPageCount<=1){ return; }
var nCurrIndex = _nCurrIndex || 0;
if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;");
else document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
if(nCurrIndex > 0) document.write("<a href=\\""+_sPageName+(nCurrIndex-1 > 0 ? "_"+(nCurrIndex-1) : "")+"."+_sPageExt+"\\">上一页</a>&nbsp;");
for(var i=0; i<_nPageCount; i++){
  if(i == nCurrIndex) document.write("<span>"+(i+1)+"</span>&nbsp;");
  else document.write("<a href=\\""+_sPageName+(i > 0 ? "_"+i : "")+"."+_sPageExt+"\\">"+(i+1)+"</a>&nbsp;");
}
if(nCurrIndex < _nPageCount-1) document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;");
document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
}
"""
CATEGORIES = ["行政复议", "行政应诉", "行政执法", "行政许可", "行政处罚", "行政检查"]


# --- heavy content, deterministic -------------------------------------------------------------
def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


@cache
def photo_png(seed: int, size: int) -> str:
    """A real PNG (RGB, 800 px wide) of about `size` bytes of noise, as a base64 data URI."""
    rng = random.Random(seed)
    width = 800
    row = width * 3
    height = max(1, size // (row + 1))
    raw = b"".join(b"\x00" + rng.randbytes(row) for _ in range(height))
    png = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(raw, 0))
        + _chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def pasted_photo(seed: int, size: int, caption: str) -> str:
    """A UEditor paste: the picture centred in its own paragraph, its ▲ caption under it."""
    return (
        '<p style="text-align: center;"><img src="'
        + photo_png(seed, size)
        + '" title="" alt="image.png" width="600" height="400" style="width: 600px;"/></p>\n'
        + '<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体; '
        + f'font-size: 16px;">{esc(caption)}</span></p>\n'
    )


@cache
def svg_chart(seed: int, nodes: int) -> str:
    """An ECharts chart saved by its SVG renderer: `nodes` paths plus axis and legend labels."""
    rng = random.Random(seed)
    parts = [
        '<svg width="640" height="360" xmlns="http://www.w3.org/2000/svg" version="1.1" '
        'baseProfile="full" viewBox="0 0 640 360" style="user-select: none;">'
        '<rect width="640" height="360" x="0" y="0" fill="none"></rect>'
    ]
    colors = ["#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272"]
    for k in range(nodes):
        x0, y0 = rng.uniform(60, 600), rng.uniform(30, 320)
        pts = " ".join(
            f"L{x0 + rng.uniform(-9, 9):.2f} {y0 + rng.uniform(-9, 9):.2f}" for _ in range(4)
        )
        parts.append(
            f'<path d="M{x0:.2f} {y0:.2f} {pts}Z" fill="{colors[k % 6]}" '
            f'fill-opacity="{rng.uniform(0.3, 1):.3f}" stroke="#fff" stroke-width="0.5"></path>'
        )
    for k, year in enumerate(range(2019, 2024)):
        parts.append(
            f'<text dominant-baseline="central" text-anchor="middle" x="{100 + k * 110}" '
            f'y="340" style="font-size:12px;font-family:Microsoft YaHei;" fill="#6E7079">'
            f"{year}年</text>"
        )
    for k, n in enumerate(range(0, 250, 50)):
        parts.append(
            f'<text dominant-baseline="central" text-anchor="end" x="52" y="{320 - k * 70}" '
            f'style="font-size:12px;" fill="#6E7079">{n}</text>'
        )
    for k, label in enumerate(["行政复议案件（件）", "行政应诉案件（件）", "纠错率（%）"]):
        parts.append(
            f'<text dominant-baseline="central" x="{150 + k * 160}" y="12" '
            f'style="font-size:12px;" fill="#333">{label}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


@cache
def dashboard_json(seed: int, size: int) -> str:
    """The chart's data as its page's script holds it: records of cases by town and month."""
    rng = random.Random(seed)
    records = []
    text = ""
    while len(text.encode("utf-8")) < size:
        for _ in range(200):
            town = rng.choice(TOWNS)
            records.append(
                {
                    "id": len(records) + 1,
                    "town": town,
                    "month": f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}",
                    "category": rng.choice(CATEGORIES),
                    "accepted": rng.randint(0, 40),
                    "closed": rng.randint(0, 40),
                    "corrected": rng.randint(0, 5),
                    "remark": f"{town}{rng.choice(CATEGORIES)}案件统计",
                }
            )
        text = json.dumps({"title": "隆回县行政复议应诉数据", "data": records}, ensure_ascii=False)
    return text


def styled_paragraphs(lines: list[str]) -> list[str]:
    """Body lines as UEditor saves a paste from WPS: each line a `<p>` with a styled `<span>`."""
    return [
        f'<p style="text-indent: 2em; line-height: 2em;"><span style="{FONT}">{esc(line)}</span></p>'
        for line in lines
    ]


def interleave(body: list[str], inserts: list[str]) -> str:
    """Put `inserts` (photos, a chart) between the body's paragraphs, evenly spaced."""
    out = styled_paragraphs(body)
    step = max(1, len(out) // (len(inserts) + 1))
    for k, block in reversed(list(enumerate(inserts))):
        out.insert(min(len(out), step * (k + 1)), block)
    return "\n".join(out)


class HeavyPagesCountySite(BlindSite):
    name = "heavy_pages_county"
    region = "湖南省邵阳市隆回县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 3_418_200
        self._fzzfjs()
        self._ndbg()
        self._news()
        self._other()
        self._zwgk()
        self._home()

    # --- 法治政府建设 ---------------------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = "fzzfjs"
        items: list[tuple[str, str, str]] = []

        def negative(title: str, pub: str, publisher: str = GOV_OFFICE, extra: str = "") -> None:
            path = self._path(col, pub)
            html = self._detail(
                title,
                "\n".join(styled_paragraphs(NEGATIVE_BODY)) + extra,
                col,
                pub=pub,
                index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 10000:05d}",
                publisher=publisher,
                written_date=pub,
            )
            self.page(path, html)
            self.negative_titles.append(title)
            items.append((title, path, pub))

        def gold(
            title: str, seed: str, pub: str, render: Callable[[list[str]], str], **meta: str
        ) -> None:
            path = self._path(col, pub)
            body = self.gold_report(path, seed, title, publish_date=pub, **meta)
            self.page(path, self._detail(title, render(body), col, pub=pub, **meta))
            items.append((title, path, pub))

        negative("隆回县2025年法治政府建设工作要点", "2025-04-08")
        one_picture = (
            "一图读懂《隆回县人民政府关于2024年度法治政府建设工作情况的报告》",
            self._path(col, "2025-03-28"),
            "2025-03-28",
        )
        self.page(
            one_picture[1],
            self._detail(
                one_picture[0],
                '<p style="text-align: center;"><img src="'
                + photo_png(9001, 2_000_000)
                + '" title="一图读懂" alt="一图读懂.png" width="750"/></p>',
                col,
                pub=one_picture[2],
                index_no=f"{CREDIT}/2025-00131",
                publisher=SFJ,
                written_date="2025-03-28",
            ),
        )
        self.negative_titles.append(one_picture[0])
        items.append(one_picture)
        gold(
            "隆回县人民政府关于2024年度法治政府建设工作情况的报告",
            "003",
            "2025-03-26",
            lambda body: interleave(
                body,
                [
                    pasted_photo(
                        101, 520_000, "▲3月19日，隆回县召开2024年法治政府建设工作推进会。"
                    ),
                    pasted_photo(102, 410_000, "▲县司法局工作人员在桃洪镇开展“法律明白人”培训。"),
                    pasted_photo(103, 330_000, "▲隆回县行政执法人员集中参加执法资格考试。"),
                    pasted_photo(
                        104, 460_000, "▲县人民法院、县司法局联合开展行政诉讼庭审旁听活动。"
                    ),
                ],
            ),
            index_no=f"{CREDIT}/2025-00127",
            publisher=SITE,
            written_date="2025-03-21",
            doc_no="隆政发〔2025〕4号",
        )
        negative(
            "隆回县2025年普法依法治理工作要点",
            "2025-03-12",
            "中共隆回县委全面依法治县委员会办公室",
        )
        gold(
            "隆回县司法局2024年度法治政府建设工作报告",
            "004",
            "2025-02-20",
            self._nested_spans,
            index_no=f"{SFJ_CREDIT}/2025-00009",
            publisher=SFJ,
            written_date="2025-02-18",
        )
        negative("关于2024年度法治政府建设考核结果的通报", "2025-02-10")
        negative(
            "隆回县人民政府常务会议专题学习习近平法治思想",
            "2024-09-06",
            extra=pasted_photo(111, 300_000, "▲会议现场。"),
        )
        gold(
            "隆回县人民政府关于2023年度法治政府建设工作情况的报告",
            "000",
            "2024-03-27",
            self._chart_report,
            index_no=f"{CREDIT}/2024-00098",
            publisher=SITE,
            written_date="2024-03-22",
            doc_no="隆政发〔2024〕3号",
        )
        # page 2
        negative("隆回县2024年法治政府建设工作要点", "2024-04-10")
        negative("关于2023年度法治政府建设考核结果的通报", "2024-02-06")
        gold(
            "隆回县人民政府关于2022年度法治政府建设工作情况的报告",
            "001",
            "2023-03-24",
            lambda body: interleave(
                body,
                [
                    pasted_photo(300 + k, 368_000 + 1_000 * k, caption)
                    for k, caption in enumerate(
                        [
                            "▲2022年4月，隆回县召开全面依法治县工作会议。",
                            "▲县政府常务会议集体学法。",
                            "▲县司法局开展“八五”普法宣传进乡村活动。",
                            "▲滩头镇公共法律服务工作站为群众提供法律咨询。",
                            "▲县市场监管局开展食品安全联合执法检查。",
                            "▲行政执法人员在小沙江镇开展安全生产检查。",
                            "▲隆回县行政复议局揭牌。",
                            "▲县人民法院开展行政审判“三合一”庭审观摩。",
                            "▲县司法局开展行政执法案卷评查。",
                            "▲法治文化公园建成开放。",
                            "▲全县新任职国家工作人员宪法宣誓仪式。",
                            "▲“法律明白人”培训班在北山镇开班。",
                        ]
                    )
                ],
            ),
            index_no=f"{CREDIT}/2023-00084",
            publisher=SITE,
            written_date="2023-03-20",
            doc_no="隆政发〔2023〕5号",
        )
        negative("隆回县2023年法治政府建设工作要点", "2023-04-14")
        negative(
            "隆回县法治宣传教育第八个五年规划（2021—2025年）",
            "2022-03-08",
            "中共隆回县委宣传部",
        )
        negative("隆回县法治政府建设实施方案（2021—2025年）", "2022-01-12", SITE)
        self._paged_list(col, "法治政府建设", items)

    def _nested_spans(self, body: list[str]) -> str:
        """A WPS paste gone wrong: one paragraph holds 20,000 nested empty spans."""
        out = styled_paragraphs(body)
        broken = (
            '<p style="text-indent: 2em; line-height: 2em;">'
            + '<span style="font-size: 21px;">' * 20_000
            + "</span>" * 20_000
            + "</p>"
        )
        out.insert(3, broken)
        return "\n".join(out)

    def _chart_report(self, body: list[str]) -> str:
        chart = (
            '<p style="text-align: center;">'
            + svg_chart(201, 6_000)
            + "</p>\n"
            + '<p style="text-align: center;"><span style="font-family: 楷体_GB2312, 楷体; '
            + 'font-size: 16px;">▲2019—2023年全县行政复议、行政应诉案件情况</span></p>\n'
        )
        text = interleave(
            body,
            [
                pasted_photo(211, 380_000, "▲县政府常务会议专题听取法治政府建设工作汇报。"),
                chart,
                pasted_photo(212, 350_000, "▲隆回县公共法律服务中心。"),
            ],
        )
        return (
            text
            + '\n<div id="chartBox" style="width:640px;height:360px;display:none;"></div>\n'
            + '<script type="text/javascript">var chartData = '
            + dashboard_json(202, 200_000)
            + ";\n$(function(){ if (window.echarts) { echarts.init(document.getElementById"
            + "('chartBox'), null, {renderer: 'svg'}).setOption(buildOption(chartData)); } });"
            + "</script>"
        )

    # --- other columns ---------------------------------------------------------------------------
    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2017, -1):
            title = f"隆回县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 8}"
            path = self._path("ndbg", pub)
            self.page(path, self._filler(title, "ndbg", pub, GOV_OFFICE, FILLER_BODY))
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self._paged_list("ndbg", "政府信息公开年报", items)

    def _news(self) -> None:
        titles = [
            ("隆回县召开县人民政府第42次常务会议 听取2024年度法治政府建设工作情况报告", True),
            ("县领导督导春耕生产工作", False),
            ("隆回县举办2025年“春风行动”招聘会", False),
            ("我县开展“3·15”消费者权益保护宣传活动", False),
            ("隆回县召开优化营商环境工作推进会", False),
            ("小沙江镇金银花产业助农增收", False),
        ]
        items = []
        for i, (title, legal) in enumerate(titles):
            pub = f"2025-03-{24 - 2 * i:02d}"
            path = self._path("xwzx/jrlh", pub)
            body = "\n".join(styled_paragraphs(NEGATIVE_BODY if legal else FILLER_BODY))
            if legal:
                body += pasted_photo(401, 450_000, "▲会议现场。") + pasted_photo(
                    402, 360_000, "▲县长主持会议。"
                )
                self.negative_titles.append(title)
            self.page(path, self._news_page(title, body, pub))
            items.append((title, path, pub))
        self.news = items
        self._paged_list("xwzx/jrlh", "今日隆回", items, section=("新闻中心", "/xwzx/"))

    def _other(self) -> None:
        fillers = {
            "zcwj": ("政策文件", ["隆回县人民政府关于印发隆回县城乡环境综合整治方案的通知"]),
            "ghjh": ("规划计划", ["隆回县国民经济和社会发展第十四个五年规划纲要"]),
            "czyjs": ("财政预决算", ["隆回县2025年县级部门预算公开", "隆回县2024年县级决算公开"]),
            "tzgg": ("通知公告", ["关于城区部分路段停水的通知", "隆回县2025年春季森林防火禁火令"]),
        }
        for col, (name, titles) in fillers.items():
            items = []
            for k, title in enumerate(titles):
                pub = f"2025-0{3 - k}-1{k}"
                path = self._path(col, pub)
                self.page(path, self._filler(title, col, pub, GOV_OFFICE, FILLER_BODY))
                items.append((title, path, pub))
            self._paged_list(col, name, items)

    # --- page shapes -----------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 17
        col = col if "/" in col else f"zwgk/{col}" if col != "tzgg" else "xwzx/tzgg"
        return f"/{col}/{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _tree(self) -> str:
        return fu.left_tree(
            "政务公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                ("政策文件", "/zwgk/zcwj/", []),
                ("规划计划", "/zwgk/ghjh/", []),
                ("财政预决算", "/zwgk/czyjs/", []),
                ("法治政府建设", "/zwgk/fzzfjs/", []),
                ("政府信息公开年报", "/zwgk/ndbg/", []),
            ],
        )

    COLUMN_NAMES: ClassVar[dict[str, str]] = {
        "fzzfjs": "法治政府建设",
        "ndbg": "政府信息公开年报",
        "zcwj": "政策文件",
        "ghjh": "规划计划",
        "czyjs": "财政预决算",
        "tzgg": "通知公告",
    }

    def _crumbs(self, col: str) -> list[tuple[str, str]]:
        if col == "tzgg":
            return [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", "/xwzx/tzgg/")]
        return [("首页", "/"), ("政务公开", "/zwgk/"), (self.COLUMN_NAMES[col], f"/zwgk/{col}/")]

    def _detail(
        self,
        title: str,
        content: str,
        col: str,
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written_date: str,
        doc_no: str = "",
    ) -> str:
        table = (
            '<div class="xxgk-info"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr><th>索引号：</th><td>{esc(index_no)}</td>"
            f"<th>主题分类：</th><td>{esc(self.COLUMN_NAMES.get(col, '其他'))}</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
            f"<th>成文日期：</th><td>{esc(written_date)}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{esc(pub)}</td></tr></table></div>"
        )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + '<div class="article-font">字体：【<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + content
            + "\n</div></div>"
            + fu.article_tools()
            + self._related()
            + "</div>"
        )
        return self._frame(title, self._crumbs(col), self._tree() + main)

    def _filler(self, title: str, col: str, pub: str, publisher: str, body: list[str]) -> str:
        return self._detail(
            title,
            "\n".join(styled_paragraphs(body)),
            col,
            pub=pub,
            index_no=f"{CREDIT}/{pub[:4]}-{self.next_id % 10000:05d}",
            publisher=publisher,
            written_date=pub,
        )

    def _news_page(self, title: str, content: str, pub: str) -> str:
        main = (
            f'<div class="article"><h1 class="article-title">{esc(title)}</h1>'
            + f'<div class="article-info">发布时间：{esc(pub)}　来源：隆回县融媒体中心　'
            + '浏览次数：<span id="views"></span></div>'
            + '<div class="article-con" id="zoom"><div class="TRS_Editor">\n'
            + content
            + "\n</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), ("今日隆回", "/xwzx/jrlh/")]
        return self._frame(title, crumbs, main)

    def _related(self) -> str:
        return (
            '<div class="related"><h3>相关链接</h3><ul>'
            '<li><a href="/zwgk/fzzfjs/">法治政府建设</a></li>'
            '<li><a href="/zwgk/ndbg/">政府信息公开年报</a></li></ul></div>'
        )

    def _paged_list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        base = f"/{col}/" if "/" in col else f"/zwgk/{col}/" if col != "tzgg" else "/xwzx/tzgg/"
        pages = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
        for n, chunk in enumerate(pages):
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">'
                f'createPageHTML({len(pages)}, {n}, "index", "html");</script></div>'
            )
            main = (
                self._tree()
                + f'<div class="list-box"><div class="list-tit"><span>{esc(name)}</span></div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [("首页", "/"), section, (name, base)], main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _zwgk(self) -> None:
        main = (
            self._tree()
            + '<div class="zwgk-box"><h3>法定主动公开内容</h3><ul>'
            + "".join(
                f'<li><a href="/zwgk/{c}/">{esc(n)}</a></li>'
                for c, n in self.COLUMN_NAMES.items()
                if c != "tzgg"
            )
            + "</ul></div>"
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)
        self.page(
            "/xwzx/",
            self._frame(
                "新闻中心",
                [("首页", "/"), ("新闻中心", "/xwzx/")],
                '<ul><li><a href="/xwzx/jrlh/">今日隆回</a></li>'
                '<li><a href="/xwzx/tzgg/">通知公告</a></li></ul>',
            ),
        )

    def _home(self) -> None:
        self.pages["/js/createPageHTML.js"] = Reply(
            200,
            PAGER_JS.encode(),
            {"Content-Type": "application/javascript"},
        )

        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            box("今日隆回", "/xwzx/jrlh/", self.news)
            + '<div class="home-box"><div class="box-tit"><span>政务公开</span></div><ul>'
            + '<li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li>'
            + '<li><a href="/zwgk/zcwj/">政策文件</a></li>'
            + '<li><a href="/zwgk/fzzfjs/">法治政府建设</a></li>'
            + '<li><a href="/zwgk/ndbg/">政府信息公开年报</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], main))
        self.page("/index.html", self._frame(SITE, [], main))
        self.page(
            "/zwgk/xxgkzn/",
            self._frame(
                "政府信息公开指南",
                [("首页", "/"), ("政务公开", "/zwgk/")],
                self._tree() + "<p>为了更好地提供政府信息公开服务，特编制本指南。</p>",
            ),
        )

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        nav = [
            ("首页", "/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<script type="text/javascript" src="/js/createPageHTML.js"></script>'
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05008721号",
                police="湘公网安备 43052402000115号",
                code=CODE,
                address="湖南省邵阳市隆回县桃洪镇东正街1号",
            )
            + "</body></html>"
        )
