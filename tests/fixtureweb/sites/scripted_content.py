"""A Hunan county portal (TRS-style `/zwgk/.../202503/t20250324_NNNNNNN.html` paths) whose
article templates hold the text in the page's own script, as several real CMS templates and
rich-text editors do: a browser shows the article, the served DOM has no paragraphs in it.

The site has been redesigned several times and old articles keep the template of their day,
so the 法治政府建设 column (`/zwgk/zdlyxxgk/fzzfjs/index.html`, three server-rendered pages
`index.html`, `index_1.html`, `index_2.html`, ten items each) mixes four templates:

- published since 2024-07 (`var` template): `<div id="zoom"></div><script>var content =
  '<p style=\\"text-indent:2em;\\"><span style=\\'…\\'>…<\\/span><\\/p>\\n…';
  document.getElementById('zoom').innerHTML = content;</script>` (the CMS escapes the
  editor's HTML for a JS string as `escapeEcmaScript` does: `\\'`, `\\"`, `\\/`, `\\n`); the
  信息公开 table is written by script too (`var indexNo = "…"; var pubOrg = "…"; …
  document.write('<table …>' + indexNo + …)`); the 2024 county report;
- 2022-07 to 2024-07 (`textarea` template): the article HTML, entity-escaped, inside
  `<textarea id="content" style="display:none">`, copied by `$('#zoom').html($('#content')
  .val())`; the 信息公开 table is server-rendered; the 2023 county report;
- 2021-07 to 2022-07 (`write` template): `document.write('<p …>…</p>');` one call per
  paragraph inside `#zoom`; the 2021 county report;
- before 2021-07 (`escape` template): `document.write(unescape('%3Cp%20…%u6CD5%u6CBB…'))`,
  the whole article `escape()`d (an anti-copy habit of the time); the 2020 report, whose
  text quotes `《…<优化营商环境条例>…》` (entity-escaped inside the encoded HTML).

Elsewhere:
- 部门信息公开 → 县司法局 (`/zwgk/bmxxgk/xsfj/index.html`), a department column whose template
  keeps the article in `<script type="text/template" id="articleTpl">` and copies its
  `innerHTML` into `#zoom`; the 县司法局's 2024 report;
- 政府信息公开年报 keeps its articles in a `<template>` element (decoys only);
- 通知公告 notices are `decodeURIComponent(escape(window.atob('…')))` of base64 UTF-8
  (decoys: 推进会, 示范创建, 征求意见);
- 今日汝城 news are plain HTML (a 常务会议 that 听取 the 2024 report; a 依法治县 meeting).

Decoys beside the reports: 工作要点 (法治政府建设 and 普法), 实施方案, 一图读懂 the 2024 report,
县长述法报告, 考核通报, 督察整改情况的报告, 示范创建方案, 八五普法规划, 执法统计年报,
行政复议工作情况的报告, 政府信息公开工作年度报告; all in the template of their date.
"""

from __future__ import annotations

import base64
import re
from datetime import date, timedelta

import opencc

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "汝城县人民政府"
CODE = "4310260001"
GOV = "汝城县人民政府"
OFFICE = "汝城县人民政府办公室"
SFJ = "汝城县司法局"
CREDIT = "11431026006125873K"
SFJ_CREDIT = "11431026006126015P"
FZZF = "/zwgk/zdlyxxgk/fzzfjs/"
XSFJ = "/zwgk/bmxxgk/xsfj/"
NDBG = "/zwgk/zfxxgknb/"
TZGG = "/xwzx/tzgg/"
JRRC = "/xwzx/jrrc/"
PAGE_SIZE = 10
NAV = [
    ("首页", "/index.html"),
    ("走进汝城", "/zjrc/index.html"),
    ("新闻中心", JRRC + "index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政务服务", "https://zwfw-new.hunan.gov.cn/hnzwfw/1/13/431026/index.htm"),
    ("互动交流", "/hdjl/index.html"),
]
ZWGK_TREE = [
    ("政府信息公开指南", "/zwgk/xxgkzn/index.html"),
    ("政府信息公开制度", "/zwgk/xxgkzd/index.html"),
    ("法定主动公开内容", "/zwgk/fdzdgknr/index.html"),
    ("法治政府建设", FZZF + "index.html"),
    ("政府信息公开年报", NDBG + "index.html"),
    ("部门信息公开", "/zwgk/bmxxgk/index.html"),
    ("乡镇信息公开", "/zwgk/xzxxgk/index.html"),
]
DEPARTMENTS = [
    ("县发展和改革局", "/zwgk/bmxxgk/xfgj/index.html"),
    ("县教育局", "/zwgk/bmxxgk/xjyj/index.html"),
    ("县司法局", XSFJ + "index.html"),
    ("县财政局", "/zwgk/bmxxgk/xczj/index.html"),
    ("县自然资源局", "/zwgk/bmxxgk/xzrzyj/index.html"),
]
SPAN = "font-family:仿宋_GB2312;font-size:16pt;"
# The page head loads `/js/jquery-1.8.3.min.js`; offline, the fixture serves the part of jQuery
# the templates use (`$(fn)`, `$(sel).html()`, `.val()`, `.text()`), so a browser runs them.
JQUERY = (
    "/*! jQuery-compatible subset for the fixture web */\n"
    "(function (w, d) {\n"
    "  function Q(s) {\n"
    "    this.els = typeof s === 'string' ? Array.prototype.slice.call(d.querySelectorAll(s))\n"
    "      : (s && s.nodeType ? [s] : []);\n"
    "  }\n"
    "  Q.prototype.html = function (v) {\n"
    "    if (v === undefined) { return this.els.length ? this.els[0].innerHTML : undefined; }\n"
    "    this.els.forEach(function (e) { e.innerHTML = v; }); return this;\n"
    "  };\n"
    "  Q.prototype.text = function (v) {\n"
    "    if (v === undefined) { return this.els.length ? this.els[0].textContent : ''; }\n"
    "    this.els.forEach(function (e) { e.textContent = v; }); return this;\n"
    "  };\n"
    "  Q.prototype.val = function () { return this.els.length ? this.els[0].value : undefined; };\n"
    "  function $(s) {\n"
    "    if (typeof s === 'function') {\n"
    "      if (d.readyState === 'loading') { d.addEventListener('DOMContentLoaded', s); }\n"
    "      else { s(); }\n"
    "      return;\n"
    "    }\n"
    "    return new Q(s);\n"
    "  }\n"
    "  w.$ = w.jQuery = $;\n"
    "})(window, document);\n"
)


# --- how the templates hold an article's HTML -------------------------------------------------
def article_html(lines: list[str]) -> list[str]:
    """The editor's paragraphs: one `<p>` per line, the text in a 仿宋 span."""
    return [
        f"<p style=\"text-indent:2em;line-height:1.75;\"><span style='{SPAN}'>{esc(line)}</span></p>"
        for line in lines
    ]


def js_string(text: str) -> str:
    """Escaped for a single-quoted JS string as commons-lang `escapeEcmaScript` does
    (non-ASCII kept)."""
    out = (
        text.replace("\\", "\\\\")
        .replace("'", "\\'")
        .replace('"', '\\"')
        .replace("/", "\\/")
        .replace("\r", "\\r")
        .replace("\n", "\\n")
        .replace("\t", "\\t")
    )
    return out


def js_escape(text: str) -> str:
    """JavaScript's `escape()`: `%XX` below 256, `%uXXXX` above, `@*_+-./` and alnum kept."""
    keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
    out = []
    for ch in text:
        code = ord(ch)
        if ch in keep:
            out.append(ch)
        elif code < 256:
            out.append(f"%{code:02X}")
        else:
            out.append(f"%u{code:04X}")
    return "".join(out)


def body_var(paras: list[str]) -> str:
    content = js_string("\n".join(paras))
    return (
        '<div class="view TRS_UEDITOR trs_paper_default trs_web" id="zoom"></div>\n'
        '<script type="text/javascript">\n'
        f"var content = '{content}';\n"
        "document.getElementById('zoom').innerHTML = content;\n"
        "</script>\n"
    )


def body_textarea(paras: list[str]) -> str:
    return (
        '<textarea id="content" style="display:none">' + esc("\n".join(paras)) + "</textarea>\n"
        '<div class="TRS_Editor" id="zoom"></div>\n'
        '<script type="text/javascript">\n'
        "$(function () {\n  $('#zoom').html($('#content').val());\n});\n"
        "</script>\n"
    )


def body_write(paras: list[str]) -> str:
    calls = "".join(
        "document.write('" + p.replace("\\", "\\\\").replace("'", "\\'") + "');\n" for p in paras
    )
    return (
        '<div class="zoom" id="zoom">\n<script type="text/javascript">\n'
        + calls
        + "</script>\n</div>\n"
    )


def body_escape(paras: list[str]) -> str:
    return (
        '<div class="zoom" id="zoom"><script language="javascript">'
        f'document.write(unescape("{js_escape("".join(paras))}"));'
        "</script></div>\n"
    )


def body_text_template(paras: list[str]) -> str:
    return (
        '<script type="text/template" id="articleTpl">\n' + "\n".join(paras) + "\n</script>\n"
        '<div class="article-content" id="zoom"></div>\n'
        '<script type="text/javascript">\n'
        "document.getElementById('zoom').innerHTML = "
        "document.getElementById('articleTpl').innerHTML;\n"
        "</script>\n"
    )


def body_template_element(paras: list[str]) -> str:
    return (
        '<template id="tplContent">\n' + "\n".join(paras) + "\n</template>\n"
        '<div class="article-content" id="zoom"></div>\n'
        "<script>\n"
        "var tpl = document.getElementById('tplContent');\n"
        "document.getElementById('zoom').appendChild(tpl.content.cloneNode(true));\n"
        "</script>\n"
    )


def body_atob(paras: list[str]) -> str:
    encoded = base64.b64encode("".join(paras).encode("utf-8")).decode("ascii")
    return (
        '<div class="news-content" id="zoom"></div>\n'
        '<script type="text/javascript">\n'
        f"var c = '{encoded}';\n"
        "document.getElementById('zoom').innerHTML = "
        "decodeURIComponent(escape(window.atob(c)));\n"
        "</script>\n"
    )


def era(pub: str) -> str:
    if pub >= "2024-07-01":
        return "var"
    if pub >= "2022-07-01":
        return "textarea"
    if pub >= "2021-07-01":
        return "write"
    return "escape"


def converted_seed_002() -> list[str]:
    """Seed 002 (a Traditional capture with pinyin after some characters) in Simplified."""
    t2s = opencc.OpenCC("t2s")
    return [
        re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", t2s.convert(line))
        for line in load_seed("002").body_lines
    ]


class ScriptedContentCountySite(BlindSite):
    name = "scripted_content_county"
    region = "湖南省郴州市汝城县"
    # Its script-held report texts are read through the browser (checksite says so).
    needs_browser = True

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 10734210
        self._fzzf()
        self._xsfj()
        self._ndbg()
        self._notices()
        self._news()
        self._zwgk()
        self._home()
        self.pages["/js/jquery-1.8.3.min.js"] = Reply(
            200, JQUERY.encode(), {"Content-Type": "application/javascript"}
        )

    # --- paths ------------------------------------------------------------------------------
    def _path(self, column: str, pub: str) -> str:
        self.next_id += 1379
        return f"{column}{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self.next_id}.html"

    # --- 法治政府建设 -------------------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []

        def neg(title: str, pub: str, publisher: str = OFFICE, doc_no: str = "") -> None:
            path = self._path(FZZF, pub)
            meta = self._xxgk_meta(pub, publisher, doc_no)
            self.page(path, self._detail(title, NEGATIVE_BODY, pub, FZZF, meta))
            self.negative_titles.append(title)
            items.append((title, path, pub))

        def gold(
            title: str,
            seed: str,
            pub: str,
            *,
            publisher: str,
            index_no: str | None = None,
            written_date: str | None = None,
            doc_no: str | None = None,
            shows_table: bool = True,
        ) -> None:
            path = self._path(FZZF, pub)
            if seed == "002":
                lines = converted_seed_002()
                self.gold.append(
                    GoldReport(
                        path=path,
                        title=title,
                        index_no=index_no,
                        publisher=publisher,
                        publish_date=pub,
                        report_year=int(re.search(r"(20\d{2})", title).group(1)),  # type: ignore[union-attr]
                        body="\n".join(lines),
                        written_date=written_date,
                        doc_no=doc_no,
                    )
                )
            else:
                lines = self.gold_report(
                    path,
                    seed,
                    title,
                    publisher=publisher,
                    publish_date=pub,
                    index_no=index_no,
                    written_date=written_date,
                    doc_no=doc_no,
                )
            meta = {
                "index_no": index_no or "",
                "publisher": publisher,
                "written_date": written_date or "",
                "doc_no": doc_no or "",
                "pub": pub,
                "table": "yes" if shows_table else "",
            }
            self.page(path, self._detail(title, lines, pub, FZZF, meta))
            items.append((title, path, pub))

        # page 1
        neg("汝城县2025年法治政府建设工作要点", "2025-04-08", doc_no="汝法治办发〔2025〕2号")
        neg("一图读懂《汝城县人民政府关于2024年度法治政府建设情况的报告》", "2025-03-26")
        gold(
            "汝城县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-24",
            publisher=GOV,
            index_no=f"{CREDIT}/2025-00031",
            written_date="2025-03-20",
            doc_no="汝政报〔2025〕3号",
        )
        neg("汝城县人民政府县长2024年度述法报告", "2025-03-12", GOV)
        neg("关于2024年度法治政府建设考核结果的通报", "2025-02-18", doc_no="汝法治委〔2025〕1号")
        neg("汝城县召开2025年全面依法治县工作会议", "2025-02-12")
        neg("关于开展2025年度法治政府建设督察工作的通知", "2025-01-22")
        neg("汝城县2025年普法依法治理工作要点", "2025-01-15", SFJ)
        neg("关于公布汝城县2025年度重大行政决策事项目录的通知", "2025-01-08")
        neg("关于2024年度法治政府建设督察反馈问题整改情况的报告", "2024-11-20", GOV)
        # page 2
        neg("汝城县2024年法治政府建设工作要点", "2024-04-10", doc_no="汝法治办发〔2024〕3号")
        gold(
            "汝城县人民政府关于2023年度法治政府建设情况的报告",
            "000",
            "2024-03-22",
            publisher=GOV,
            index_no=f"{CREDIT}/2024-00027",
            written_date="2024-03-19",
            doc_no="汝政报〔2024〕5号",
        )
        neg("汝城县2023年度法治政府建设示范创建活动实施方案", "2023-06-15")
        neg("汝城县2023年法治政府建设工作要点", "2023-04-12")
        neg("汝城县“八五”普法规划中期评估情况报告", "2023-02-10", SFJ)
        neg("汝城县2022年行政执法工作统计年报", "2023-01-30", SFJ)
        neg("关于印发《汝城县行政执法公示制度实施办法》的通知", "2022-09-14")
        neg("汝城县2022年法治政府建设工作要点", "2022-04-15")
        gold(
            "汝城县人民政府关于2021年度法治政府建设情况的报告",
            "002",
            "2022-03-18",
            publisher=SFJ,
            shows_table=False,
        )
        neg("汝城县法治政府建设实施方案（2021—2025年）", "2021-12-20", GOV)
        # page 3
        neg("汝城县“八五”普法规划（2021—2025年）", "2021-09-08", SFJ)
        neg("汝城县2021年法治政府建设工作要点", "2021-03-20")
        gold(
            "汝城县2020年度法治政府建设工作开展情况",
            "004",
            "2021-02-05",
            publisher=OFFICE,
            shows_table=False,
        )
        neg("关于召开2020年度法治政府建设考核工作会议的通知", "2021-01-11")
        neg("汝城县2020年法治政府建设工作要点", "2020-04-02")
        self._listing(FZZF, "法治政府建设", items, crumbs=[("政务公开", "/zwgk/index.html")])

    # --- 部门信息公开: 县司法局 --------------------------------------------------------------------
    def _xsfj(self) -> None:
        items: list[tuple[str, str, str]] = []

        def article(title: str, pub: str, body: list[str], meta: dict[str, str]) -> str:
            path = self._path(XSFJ, pub)
            self.page(path, self._detail(title, body, pub, XSFJ, meta, template="text_template"))
            items.append((title, path, pub))
            return path

        for title, pub, body in [
            ("汝城县司法局2025年普法依法治理工作要点", "2025-03-03", NEGATIVE_BODY),
            ("汝城县司法局2024年政府信息公开工作年度报告", "2025-01-16", FILLER_BODY),
        ]:
            meta = self._xxgk_meta(pub, SFJ, "", credit=SFJ_CREDIT)
            article(title, pub, body, meta)
            self.negative_titles.append(title)
        title = "汝城县司法局2024年度法治政府建设工作报告"
        pub = "2025-01-20"
        path = self._path(XSFJ, pub)
        lines = self.gold_report(
            path,
            "001",
            title,
            publisher=SFJ,
            publish_date=pub,
            index_no=f"{SFJ_CREDIT}/2025-00004",
            written_date="2025-01-17",
        )
        meta = {
            "index_no": f"{SFJ_CREDIT}/2025-00004",
            "publisher": SFJ,
            "written_date": "2025-01-17",
            "doc_no": "",
            "pub": pub,
            "table": "yes",
        }
        self.page(path, self._detail(title, lines, pub, XSFJ, meta, template="text_template"))
        items.insert(1, (title, path, pub))
        for title, pub, body in [
            ("汝城县司法局关于2024年度行政复议工作情况的报告", "2025-01-10", NEGATIVE_BODY),
            ("关于开展2024年“宪法宣传周”系列活动的通知", "2024-11-28", FILLER_BODY),
            ("汝城县司法局2024年部门整体支出绩效自评报告", "2024-08-30", FILLER_BODY),
            ("汝城县司法局2024年部门预算公开说明", "2024-02-06", FILLER_BODY),
        ]:
            meta = self._xxgk_meta(pub, SFJ, "", credit=SFJ_CREDIT)
            article(title, pub, body, meta)
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
        self._listing(
            XSFJ,
            "县司法局",
            items,
            crumbs=[("政务公开", "/zwgk/index.html"), ("部门信息公开", "/zwgk/bmxxgk/index.html")],
        )
        for name, url in DEPARTMENTS:
            if url.startswith(XSFJ):
                continue
            self.page(
                url,
                self._list_page(
                    name,
                    [],
                    "",
                    crumbs=[
                        ("政务公开", "/zwgk/index.html"),
                        ("部门信息公开", "/zwgk/bmxxgk/index.html"),
                    ],
                ),
            )
        self.page(
            "/zwgk/bmxxgk/index.html",
            self._list_page(
                "部门信息公开",
                [(n, u, "") for n, u in DEPARTMENTS],
                "",
                crumbs=[("政务公开", "/zwgk/index.html")],
            ),
        )

    # --- 政府信息公开年报 ------------------------------------------------------------------------
    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2017, -1):
            title = f"汝城县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7:02d}"
            path = self._path(NDBG, pub)
            meta = self._xxgk_meta(pub, OFFICE, "")
            body = [
                f"本报告根据《中华人民共和国政府信息公开条例》要求，由汝城县人民政府办公室编制。"
                f"报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
                *FILLER_BODY,
            ]
            self.page(path, self._detail(title, body, pub, NDBG, meta, template="template"))
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self._listing(NDBG, "政府信息公开年报", items, crumbs=[("政务公开", "/zwgk/index.html")])

    # --- 新闻中心 ---------------------------------------------------------------------------------
    def _notices(self) -> None:
        titles = [
            "汝城县2025年公开招聘中小学教师公告",
            "关于召开全县2025年法治政府建设工作推进会的通知",
            "汝城县2025年春季森林防火禁火令",
            "关于开展法治政府建设示范创建活动的通知",
            "关于公开征求《汝城县行政规范性文件管理办法（征求意见稿）》意见的公告",
            "关于城区部分路段停水的通知",
            "汝城县2025年耕地地力保护补贴发放公示",
            "关于做好2025年城乡居民医疗保险集中参保缴费工作的通告",
        ]
        items = []
        start = date(2025, 3, 28)
        for i, title in enumerate(titles):
            pub = (start - timedelta(days=5 * i + 2)).isoformat()
            path = self._path(TZGG, pub)
            body = NEGATIVE_BODY if "法治" in title or "规范性" in title else FILLER_BODY
            self.page(
                path,
                self._news_page(
                    title, body, pub, source=OFFICE, column=TZGG, name="通知公告", atob=True
                ),
            )
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
            items.append((title, path, pub))
        self._listing(TZGG, "通知公告", items, crumbs=[("新闻中心", JRRC + "index.html")])
        self.notice_items = items

    def _news(self) -> None:
        titles = [
            (
                "县政府召开第46次常务会议 听取2024年度法治政府建设工作情况报告",
                [
                    "3月14日，县长主持召开县政府第46次常务会议。",
                    "会议听取了县司法局关于2024年度法治政府建设工作情况的报告，"
                    "研究部署2025年法治政府建设重点工作。",
                    "会议强调，要深入学习贯彻习近平法治思想，坚持依法决策、严格规范公正文明执法，"
                    "持续推进法治政府建设。",
                    "会议还研究了其他事项。",
                ],
            ),
            ("汝城县召开2025年全面依法治县工作会议", NEGATIVE_BODY[:4]),
            ("县领导调研春耕备耕工作", FILLER_BODY),
            ("汝城县举办2025年“春风行动”专场招聘会", FILLER_BODY),
            ("我县开展“3·15”国际消费者权益日宣传活动", FILLER_BODY),
            ("汝城县召开优化营商环境工作推进会", FILLER_BODY),
        ]
        items = []
        start = date(2025, 3, 25)
        for i, (title, body) in enumerate(titles):
            pub = (start - timedelta(days=3 * i + 1)).isoformat()
            path = self._path(JRRC, pub)
            self.page(
                path,
                self._news_page(
                    title, body, pub, source="汝城县融媒体中心", column=JRRC, name="今日汝城"
                ),
            )
            if "法治" in title:
                self.negative_titles.append(title)
            items.append((title, path, pub))
        self._listing(JRRC, "今日汝城", items, crumbs=[("新闻中心", JRRC + "index.html")])
        self.news_items = items

    # --- 政务公开 ---------------------------------------------------------------------------------
    def _zwgk(self) -> None:
        boxes = "".join(
            f'<div class="zwgk-box"><div class="box-tit"><span>{esc(name)}</span>'
            f'<a class="more" href="{esc(url)}">更多&gt;&gt;</a></div></div>'
            for name, url in ZWGK_TREE
        )
        main = fu.left_tree("政务公开", [(n, u, []) for n, u in ZWGK_TREE]) + (
            f'<div class="zwgk-right">{boxes}</div>'
        )
        self.page("/zwgk/index.html", self._frame("政务公开", [("政务公开", "#")], main))
        for name, url in ZWGK_TREE:
            if url in self.pages:
                continue
            if url.startswith(("/zwgk/xxgkzn", "/zwgk/xxgkzd", "/zwgk/fdzdgknr", "/zwgk/xzxx")):
                self.page(
                    url,
                    self._list_page(name, [], "", crumbs=[("政务公开", "/zwgk/index.html")]),
                )

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{esc(more)}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items[:7]
                )
                + "</ul></div>"
            )

        zwgk = (
            '<div class="home-box home-zwgk"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/index.html">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for n, u in ZWGK_TREE)
            + "</ul></div>"
        )
        main = (
            '<div class="home-row">'
            + box("今日汝城", JRRC + "index.html", self.news_items)
            + box("通知公告", TZGG + "index.html", self.notice_items)
            + '</div><div class="home-row">'
            + zwgk
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)
        for url in ("/zjrc/index.html", "/hdjl/index.html"):
            self.page(url, self._frame("栏目", [("首页", "/index.html")], "<p>栏目建设中</p>"))

    # --- page templates ---------------------------------------------------------------------------
    def _xxgk_meta(
        self, pub: str, publisher: str, doc_no: str, credit: str = CREDIT
    ) -> dict[str, str]:
        return {
            "index_no": f"{credit}/{pub[:4]}-{self.next_id % 997:05d}",
            "publisher": publisher,
            "written_date": pub,
            "doc_no": doc_no,
            "pub": pub,
            "table": "yes" if pub >= "2022-07-01" else "",
        }

    def _detail(
        self,
        title: str,
        body: list[str],
        pub: str,
        column: str,
        meta: dict[str, str],
        *,
        template: str | None = None,
    ) -> str:
        template = template or era(pub)
        paras = article_html(body)
        render = {
            "var": body_var,
            "textarea": body_textarea,
            "write": body_write,
            "escape": body_escape,
            "text_template": body_text_template,
            "template": body_template_element,
        }[template]
        head_meta: dict[str, str] = {}
        if template == "var":
            info = self._script_table(meta)
        else:
            if meta["table"]:
                info = self._table(meta)
            else:
                info = (
                    f'<div class="info">发布日期：{esc(pub)}　信息来源：{esc(meta["publisher"])}'
                    '　【字体：<a href="javascript:doZoom(18)">大</a> '
                    '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】'
                    "</div>"
                )
            head_meta = {
                "ArticleTitle": title,
                "PubDate": f"{pub} 09:{len(title) % 60:02d}",
                "ContentSource": meta["publisher"],
            }
        main = (
            '<div class="article">'
            + info
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>\n'
            + render(paras)
            + fu.article_tools()
            + "</div>"
        )
        name = self._column_name(column)
        return self._frame(
            title, [*self._crumbs(column), ("正文", "#")], main, meta=head_meta, column=name
        )

    def _table(self, meta: dict[str, str]) -> str:
        return (
            '<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr><th>索 引 号：</th><td>{esc(meta['index_no'])}</td>"
            f"<th>公开方式：</th><td>主动公开</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(meta['publisher'])}</td>"
            f"<th>成文日期：</th><td>{esc(meta['written_date'])}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(meta['doc_no'])}</td>"
            f"<th>发布日期：</th><td>{esc(meta['pub'])}</td></tr></table>\n"
        )

    def _script_table(self, meta: dict[str, str]) -> str:
        """The new template's 信息公开 table: values in script variables, written by script."""
        return (
            '<div class="xxgk-info"><script type="text/javascript">\n'
            f'var indexNo = "{meta["index_no"]}";\n'
            f'var pubOrg = "{meta["publisher"]}";\n'
            f'var writeDate = "{meta["written_date"]}";\n'
            f'var fileNo = "{meta["doc_no"]}";\n'
            f'var pubDate = "{meta["pub"]}";\n'
            'document.write(\'<table class="xxgk-table" width="100%">\');\n'
            "document.write('<tr><th>索 引 号：</th><td>' + indexNo + '</td>"
            "<th>公开方式：</th><td>主动公开</td></tr>');\n"
            "document.write('<tr><th>发布机构：</th><td>' + pubOrg + '</td>"
            "<th>成文日期：</th><td>' + writeDate + '</td></tr>');\n"
            "document.write('<tr><th>文　　号：</th><td>' + (fileNo || '') + '</td>"
            "<th>发布日期：</th><td>' + pubDate + '</td></tr>');\n"
            "document.write('</table>');\n"
            "</script></div>\n"
        )

    def _news_page(
        self,
        title: str,
        body: list[str],
        pub: str,
        *,
        source: str,
        column: str,
        name: str,
        atob: bool = False,
    ) -> str:
        paras = article_html(body)
        content = (
            body_atob(paras)
            if atob
            else ('<div class="news-content" id="zoom">' + "\n".join(paras) + "</div>\n")
        )
        main = (
            '<div class="article">'
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            + '浏览次数：<span id="hits"></span></div>\n'
            + content
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(
            title,
            [("新闻中心", JRRC + "index.html"), (name, column + "index.html"), ("正文", "#")],
            main,
            meta={"ArticleTitle": title, "PubDate": pub, "ContentSource": source},
            column=name,
        )

    def _column_name(self, column: str) -> str:
        return {
            FZZF: "法治政府建设",
            XSFJ: "县司法局",
            NDBG: "政府信息公开年报",
            TZGG: "通知公告",
            JRRC: "今日汝城",
        }[column]

    def _crumbs(self, column: str) -> list[tuple[str, str]]:
        if column == XSFJ:
            return [
                ("政务公开", "/zwgk/index.html"),
                ("部门信息公开", "/zwgk/bmxxgk/index.html"),
                ("县司法局", XSFJ + "index.html"),
            ]
        if column in (TZGG, JRRC):
            return [
                ("新闻中心", JRRC + "index.html"),
                (self._column_name(column), column + "index.html"),
            ]
        return [
            ("政务公开", "/zwgk/index.html"),
            (self._column_name(column), column + "index.html"),
        ]

    def _listing(
        self,
        column: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        crumbs: list[tuple[str, str]],
    ) -> None:
        pages = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
        total = len(pages)
        for n, chunk in enumerate(pages):

            def href(k: int) -> str:
                return "index.html" if k == 0 else f"index_{k}.html"

            links = [f"共{len(items)}条　{n + 1}/{total}页　"]
            links.append(f'<a href="{href(0)}">首页</a>')
            links.append(f'<a href="{href(n - 1)}">上一页</a>' if n > 0 else "<span>上一页</span>")
            for k in range(total):
                links.append(
                    f'<span class="current">{k + 1}</span>'
                    if k == n
                    else f'<a href="{href(k)}">{k + 1}</a>'
                )
            links.append(
                f'<a href="{href(n + 1)}">下一页</a>' if n < total - 1 else "<span>下一页</span>"
            )
            links.append(f'<a href="{href(total - 1)}">尾页</a>')
            # links relative to the column, as TRS publishes them (`./202503/t….html`)
            rel = [(t, "." + u.removeprefix(column.rstrip("/")), d) for t, u, d in chunk]
            self.page(
                column + href(n),
                self._list_page(name, rel, " ".join(links) if total > 1 else "", crumbs=crumbs),
            )

    def _list_page(
        self,
        name: str,
        items: list[tuple[str, str, str]],
        pager: str,
        *,
        crumbs: list[tuple[str, str]],
    ) -> str:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>\n"
            for t, u, d in items
        )
        tree = fu.left_tree("政务公开", [(n, u, []) for n, u in ZWGK_TREE])
        main = (
            tree
            + f'<div class="list-right"><div class="list-tit"><span>{esc(name)}</span></div>'
            + f'<ul class="list">\n{rows}</ul>'
            + (f'<div class="page">{pager}</div>' if pager else "")
            + "</div>"
        )
        return self._frame(name, [*crumbs, (name, "index.html")], main, column=name)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        meta: dict[str, str] | None = None,
        column: str = "",
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{column + '_' if column else ''}{SITE}"
        location = fu.crumbs([("首页", "/index.html"), *crumbs]) if crumbs else ""
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta or {})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + location
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="湘ICP备05006348号",
                police="湘公网安备 43102602000118号",
                code=CODE,
                address="湖南省郴州市汝城县卢阳镇东街1号",
            )
            + "</body></html>"
        )
