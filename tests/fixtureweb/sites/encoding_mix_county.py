"""A Henan district portal (信阳市浉河区, an old static-generating CMS: `…/index.shtml`,
`list_2.shtml`, `/<column>/YYYY/MMDD/<id>.shtml`) whose pages carry the encoding faults real
portals have, each on a page a browser still shows correctly (sniffing order: BOM, HTTP header
charset, `<meta>`; `gb2312`/`gbk` labels decoded as GB18030, as the WHATWG Encoding Standard
has browsers do). The district's own name 浉河区 has 浉, which GB2312 lacks (GBK 0x9BB8).

- the home page is GBK, its header `text/html` with no charset, and its `<meta charset>` comes
  after a long template comment, keywords/description and an inline `<style>` block (past the
  first 4 KB): Chrome keeps looking through `<head>`, Firefox reloads, and a zh-CN browser's
  fallback is GBK anyway;
- 政务公开 columns (政务公开 page, 法治政府建设 in two pages, 年报, 政策文件, 指南) are GBK with
  `text/html; charset=GBK` and gzip-compressed when the client accepts it (nginx `gzip on`);
- the 区政府's 2024 report page starts with an `<?xml version="1.0" encoding="gb2312"?>` XHTML
  prolog, has a header without charset and its bytes are GB18030: the 责任编辑 line names
  𠮷喆 (𠮷 is a four-byte GB18030 sequence) and 王堃, 李昇; its 信息公开 table spells its labels
  with `&#12288;`/`&#x3000;`/`&nbsp;`, its 成文日期 in fullwidth digits (`２０２５年３月２５日`)
  and its 发布日期 with fullwidth hyphens (`2025－03－28`); its text, from an FCKeditor, writes
  quotes as `&ldquo;`/`&rdquo;` and indents paragraphs with `&#12288;&#12288;`;
- the 区政府's 2023 report page is on the older template (the home page's head: header without
  charset, `<meta>` past 4 KB) and is GBK, but its content fields (title, metadata, text) come
  from a GB2312 database, so 浉 is `&#27993;` there while the template's 浉河区 is raw GBK; its
  title carries a zero-width space (pasted from WeChat), its 成文日期 fullwidth digits;
- the 区政府办's 2020 report (page 2 of the column), a FrontPage-era page: header without
  charset, `<meta … charset=gb_2312-80>` (a WHATWG label of GBK), labels padded with
  `&#x3000;` and `&nbsp;` and closed by `∶` (U+2236 RATIO, GB2312 0xA1C3, what a Chinese IME
  types for a colon), paragraphs indented with `&nbsp` without semicolons and curly quotes as
  Windows-1252 references `&#147;`/`&#148;` (browsers show “ ”); it links its PDF as
  `/uploadfile/2021/0118/<percent-encoded GBK name>.pdf` (the PDF is the same report);
- 新闻中心 runs on a newer UTF-8 template: its listings say `charset=utf-8` in the header while
  their `<meta>` still says gb2312; its article pages start with a UTF-8 BOM (an include saved by
  Notepad) while nginx's site-wide `charset gbk;` puts `charset=GBK` in their header and their
  `<meta charset="gbk">` is the old template's (the BOM wins in browsers). The 区司法局's 2024 report is
  there (通知公告, also on the home page): a soft hyphen in its title, a zero-width space in
  its label `来源`.

Decoys beside the reports: 工作要点 (2025, 2021), 实施方案 (`（2021&#150;2025年）`), the 八五普法
规划, 考核结果公示, 督察整改 report, 一图读懂, a 述法 report, 示范创建 notice, the
政府信息公开工作年度报告 series, news of the 常务会议 that 听取 the report.
"""

from __future__ import annotations

import gzip
from datetime import date, timedelta
from urllib.parse import quote

from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import report_pdf
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "信阳市浉河区人民政府"
CODE = "4115020001"
GOV = "信阳市浉河区人民政府"
GOV_OFFICE = "浉河区人民政府办公室"
SFJ = "浉河区司法局"
CREDIT = "11411502005253170T"
ICP = "豫ICP备05019236号-1"
POLICE = "豫公网安备 41150202000123号"

ZWGK = "/zwgk/"
FZZF = "/zwgk/fzzfjs/"
NDBG = "/zwgk/ndbg/"
ZCWJ = "/zwgk/zcwj/"
ZN = "/zwgk/xxgkzn/"
TZGG = "/xwzx/tzgg/"
SHYW = "/xwzx/shyw/"
COLUMNS = {
    FZZF: "法治政府建设",
    NDBG: "政府信息公开年报",
    ZCWJ: "政策文件",
    ZN: "政府信息公开指南",
    TZGG: "通知公告",
    SHYW: "浉河要闻",
}
NAV = [
    ("首页", "/index.shtml"),
    ("走进浉河", "/zjsh/index.shtml"),
    ("新闻中心", SHYW + "index.shtml"),
    ("政务公开", ZWGK + "index.shtml"),
    ("政务服务", "https://www.hnzwfw.gov.cn/"),
    ("互动交流", "/hdjl/index.shtml"),
]
TREE = [
    ("政府信息公开指南", ZN + "index.shtml"),
    ("政策文件", ZCWJ + "index.shtml"),
    ("法治政府建设", FZZF + "index.shtml"),
    ("政府信息公开年报", NDBG + "index.shtml"),
]
MEETING_BODY = [
    "3月21日，区长主持召开区政府第三十八次常务会议，听取全区2024年度法治政府建设工作情况"
    "报告，研究部署2025年法治政府建设重点任务。",
    "会议指出，要坚持以习近平法治思想为指导，持续推进严格规范公正文明执法，不断提升依法行政"
    "能力和水平。",
    "会议还研究了其他事项。",
]
NEWS_BODY = [
    "近日，区委、区政府召开专题会议，研究部署近期重点工作，区领导出席会议并讲话。",
    "会议强调，各乡镇、各部门要提高政治站位，压实工作责任，确保各项任务落地见效。",
]
ZWSP = "\u200b"
SHY = "\u00ad"
PDF_NAME = "浉河区2020年度法治政府建设工作开展情况.pdf"
PDF_PATH = "/uploadfile/2021/0118/" + quote(PDF_NAME, encoding="gbk")


def _gb2312_ncr(text: str) -> str:
    """What a GB2312 database gives back for a field: what GB2312 lacks as `&#N;`."""
    return "".join(ch if _in_gb2312(ch) else f"&#{ord(ch)};" for ch in text)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _fck(line: str) -> str:
    """An FCKeditor paragraph: entities for quotes and dashes, `&#12288;&#12288;` indent."""
    text = esc(line).replace("&quot;", '"')
    for ch, ent in (("“", "&ldquo;"), ("”", "&rdquo;"), ("—", "&mdash;"), ("…", "&hellip;")):
        text = text.replace(ch, ent)
    return f"<p>&#12288;&#12288;{text}</p>"


def _cp1252_quotes(line: str) -> str:
    """Text that went through a Word export: curly quotes as `&#147;`/`&#148;` (Windows-1252)."""
    return esc(line).replace("&quot;", '"').replace("“", "&#147;").replace("”", "&#148;")


def _cn(day: str) -> str:
    return f"{day[:4]}年{day[5:7]}月{day[8:10]}日"


def _fullwidth(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


class EncodingMixCountySite(BlindSite):
    name = "encoding_mix_county"
    region = "河南省信阳市浉河区"

    def start_url(self) -> str:
        return self.base_url + "/"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.gzipped: set[str] = set()
        self.next_id = 3100
        self.fzzf_items: list[tuple[str, str, str]] = []
        self.notices: list[tuple[str, str, str]] = []
        self.news: list[tuple[str, str, str]] = []
        self._fzzf()
        self._other_columns()
        self._notices()
        self._news()
        self._zwgk()
        self._home()

    # --- serving -----------------------------------------------------------------------------
    def dynamic(self, hit: Hit) -> Reply | None:
        reply = super().dynamic(hit)
        path = hit.path
        if reply is None and not hit.query and path in self.gzipped:
            reply = self.pages[path]
        if reply is None or path not in self.gzipped:
            return reply
        accept = next((v for k, v in hit.headers.items() if k.lower() == "accept-encoding"), "")
        if "gzip" not in accept:
            return reply
        headers = {**reply.headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        return Reply(reply.status, gzip.compress(reply.body), headers)

    def _put(self, path: str, body: bytes, ctype: str, *, gz: bool = False) -> None:
        self.pages[path] = Reply(200, body, {"Content-Type": ctype})
        self.sources[path] = body.decode("gb18030", errors="replace")
        if gz:
            self.gzipped.add(path)

    def _gbk_page(self, path: str, html: str, *, gz: bool = True, alias: str = "") -> None:
        """A 政务公开 page: GBK, `charset=GBK` in the header, gzip when accepted."""
        self._put(path, html.encode("gbk", "xmlcharrefreplace"), "text/html; charset=GBK", gz=gz)
        if alias:
            self._put(
                alias, html.encode("gbk", "xmlcharrefreplace"), "text/html; charset=GBK", gz=gz
            )

    def _news_page(self, path: str, html: str) -> None:
        """A 新闻中心 article: BOM + UTF-8, `charset=GBK` in the header, `<meta charset="gbk">`."""
        self._put(path, b"\xef\xbb\xbf" + html.encode("utf-8"), "text/html; charset=GBK")

    def _news_listing_page(self, path: str, html: str) -> None:
        """A 新闻中心 listing: UTF-8, header says so, `<meta>` says gb2312."""
        self._put(path, html.encode("utf-8"), "text/html; charset=utf-8")

    def _art(self, column: str, pub: str) -> str:
        self.next_id += 13
        return f"{column}{pub[:4]}/{pub[5:7]}{pub[8:10]}/{self.next_id}.shtml"

    # --- 法治政府建设 ------------------------------------------------------------------------
    def _fzzf(self) -> None:
        rows: list[tuple[str, str, str, str]] = [
            ("浉河区2025年法治政府建设工作要点", "2025-04-10", "neg", GOV_OFFICE),
            ("A", "2025-03-28", "gold", GOV),
            ("浉河区2024年度法治政府建设考核结果公示", "2025-03-20", "neg", GOV_OFFICE),
            (
                "一图读懂《信阳市浉河区人民政府关于2024年度法治政府建设情况的报告》",
                "2025-03-28",
                "neg",
                GOV_OFFICE,
            ),
            (
                "浉河区关于2023年法治政府建设督察反馈问题整改情况的报告",
                "2024-09-12",
                "neg",
                GOV_OFFICE,
            ),
            (
                "浉河区党政主要负责人2023年度履行推进法治建设第一责任人职责情况报告",
                "2024-03-26",
                "neg",
                GOV_OFFICE,
            ),
            ("C", "2024-03-15", "gold", GOV),
            ("浉河区法治政府建设实施方案（2021&#150;2025年）", "2022-03-02", "neg", GOV_OFFICE),
            ("浉河区“八五”普法规划（2021&#150;2025年）", "2021-12-20", "neg", SFJ),
            ("关于开展法治政府建设示范创建活动的通知", "2021-08-06", "neg", GOV_OFFICE),
            # page 2
            ("浉河区2021年法治政府建设工作要点", "2021-04-02", "neg", GOV_OFFICE),
            ("D", "2021-01-18", "gold", "浉河区政府办"),
            ("浉河区人民政府2020年政府信息公开工作年度报告", "2021-01-15", "neg", GOV_OFFICE),
            ("浉河区2020年度依法行政考核结果通报", "2020-12-28", "neg", GOV_OFFICE),
        ]
        for title, pub, _kind, publisher in rows:
            if title == "A":
                self.fzzf_items.append(self._report_a(pub))
            elif title == "C":
                self.fzzf_items.append(self._report_c(pub))
            elif title == "D":
                self.fzzf_items.append(self._report_d(pub, publisher))
            else:
                self.fzzf_items.append(self._gbk_article(FZZF, title, pub, publisher))
        self._gbk_listing(FZZF, self.fzzf_items)

    def _report_a(self, pub: str) -> tuple[str, str, str]:
        """The 2024 report: XHTML prolog, no header charset, GB18030 bytes, entity labels."""
        path = self._art(FZZF, pub)
        title = "信阳市浉河区人民政府关于2024年度法治政府建设情况的报告"
        written = "2025-03-25"
        index_no = f"{CREDIT}/2025-00012"
        doc_no = "浉政文〔2025〕12号"
        body = self.gold_report(
            path,
            "003",
            title,
            publisher=GOV,
            publish_date=pub,
            index_no=index_no,
            written_date=written,
            doc_no=doc_no,
        )
        y, m, d = (int(x) for x in written.split("-"))
        table = (
            '<table class="xxgk-table" cellspacing="0" cellpadding="0" border="1">'
            f"<tr><th>索&#12288;引&#12288;号：</th><td>{esc(index_no)}</td>"
            "<th>主题分类：</th><td>综合政务\\其他</td></tr>"
            f"<tr><th>发布机构&nbsp;：</th><td>{esc(GOV)}</td>"
            f"<th>成文日期：</th><td>{_fullwidth(f'{y}年{m}月{d}日')}</td></tr>"
            f'<tr><th>名&#x3000;&#x3000;称：</th><td colspan="3">{esc(title)}</td></tr>'
            f"<tr><th>文&#x3000;&#x3000;号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{pub.replace('-', '－')}</td></tr></table>\n"
        )
        main = (
            table
            + f'<div class="art-title"><h1>{esc(title)}</h1></div>\n'
            + '<div class="art-info">【字体：<a href="javascript:setFont(18)">大</a> '
            '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】'
            '&nbsp;&nbsp;浏览次数：<span id="hits"><script src="/count.jsp?id=5234">'
            "</script></span></div>\n"
            + '<div class="art-content" id="zoom">\n'
            + "\n".join(_fck(line) for line in body)
            + "\n</div>\n"
            + '<div class="editor">责任编辑：𠮷喆&#12288;审核：王堃&#12288;签发：李昇</div>\n'
            + self._tools()
            + self._related(FZZF)
        )
        html = self._frame(
            title,
            [("政务公开", ZWGK + "index.shtml"), ("法治政府建设", FZZF + "index.shtml")],
            main,
            charset="gb2312",
            prolog='<?xml version="1.0" encoding="gb2312"?>\n',
            sidebar=True,
        )
        self._put(path, html.encode("gb18030"), "text/html")
        return title, path, pub

    def _report_c(self, pub: str) -> tuple[str, str, str]:
        """The 2023 report: gb2312 everywhere, GBK template, content fields with `&#N;`."""
        path = self._art(FZZF, pub)
        title = "浉河区人民政府关于2023年度法治政府建设情况的报告"
        shown = "浉河区人民政府关于2023年度法治政府建设" + ZWSP + "情况的报告"
        written = "2024-03-11"
        index_no = f"{CREDIT}/2024-00008"
        doc_no = "浉政文〔2024〕7号"
        body = self.gold_report(
            path,
            "000",
            title,
            publisher=GOV,
            publish_date=pub,
            index_no=index_no,
            written_date=written,
            doc_no=doc_no,
        )
        y, m, d = (int(x) for x in written.split("-"))
        table = (
            '<table class="xxgk-table" cellspacing="0" cellpadding="0" border="1">'
            f"<tr><th>索&nbsp;引&nbsp;号：</th><td>{esc(index_no)}</td>"
            "<th>主题分类：</th><td>综合政务\\其他</td></tr>"
            f"<tr><th>发布机构：</th><td>{_gb2312_ncr(esc(GOV))}</td>"
            f"<th>成文日期：</th><td>{_fullwidth(f'{y}年{m}月{d}日')}</td></tr>"
            f'<tr><th>名　　称：</th><td colspan="3">{_gb2312_ncr(esc(shown))}</td></tr>'
            f"<tr><th>文　　号：</th><td>{_gb2312_ncr(esc(doc_no))}</td>"
            f"<th>发布日期：</th><td>{_cn(pub)}</td></tr></table>\n"
        )
        main = (
            table
            + f'<div class="art-title"><h1>{_gb2312_ncr(esc(shown))}</h1></div>\n'
            + '<div class="art-info">【字体：<a href="javascript:setFont(18)">大</a> '
            '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】'
            "</div>\n"
            + '<div class="art-content" id="zoom">\n'
            + "\n".join(f"<p>{_gb2312_ncr(esc(line))}</p>" for line in body)
            + "\n</div>\n"
            + self._tools()
            + self._related(FZZF)
        )
        html = self._frame(
            _gb2312_ncr(shown),
            [("政务公开", ZWGK + "index.shtml"), ("法治政府建设", FZZF + "index.shtml")],
            main,
            charset="gb2312",
            sidebar=True,
            raw_title=True,
            late_meta=True,
        )
        self._put(path, html.encode("gbk", "xmlcharrefreplace"), "text/html")
        return shown, path, pub

    def _report_d(self, pub: str, publisher: str) -> tuple[str, str, str]:
        """The 2020 report: GBK, labels padded with entities, its PDF under a GBK file name."""
        path = self._art(FZZF, pub)
        title = "浉河区2020年度法治政府建设工作开展情况"
        body = self.gold_report(path, "004", title, publisher=publisher, publish_date=pub)
        main = (
            f'<div class="art-title"><h1>{esc(title)}</h1></div>\n'
            + f'<div class="art-info">发布机构&#x3000;∶{esc(publisher)}&nbsp;&nbsp;&#x3000;'
            + f"发布时间&#x3000;∶{_cn(pub)}&nbsp;06:45&#x3000;&#x3000;"
            + '【字体：<a href="javascript:setFont(18)">大</a> '
            '<a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】'
            "</div>\n"
            + '<div class="art-content" id="zoom">\n'
            + "\n".join(f"<p>&nbsp&nbsp&nbsp&nbsp{_cp1252_quotes(line)}</p>" for line in body)
            + "\n</div>\n"
            + f'<div class="fujian">附件：<a href="{PDF_PATH}" target="_blank">'
            + f"{esc(PDF_NAME)}</a></div>\n"
            + self._tools()
            + self._related(FZZF)
        )
        html = self._frame(
            title,
            [("政务公开", ZWGK + "index.shtml"), ("法治政府建设", FZZF + "index.shtml")],
            main,
            charset="gb_2312-80",
            sidebar=True,
        )
        self._put(path, html.encode("gbk", "xmlcharrefreplace"), "text/html")
        self.pages[PDF_PATH] = Reply(
            200,
            report_pdf(title, body, "浉河区人民政府办公室"),
            {"Content-Type": "application/pdf"},
        )
        self.aliases[PDF_PATH] = path
        return title, path, pub

    def _gbk_article(
        self, column: str, title: str, pub: str, publisher: str, body: list[str] | None = None
    ) -> tuple[str, str, str]:
        path = self._art(column, pub)
        shown = title.replace("&#150;", "\u2013")
        if body is None:
            body = NEGATIVE_BODY if column == FZZF else FILLER_BODY
        if body is NEGATIVE_BODY:
            self.negative_titles.append(shown)
        main = (
            f'<div class="art-title"><h1>{esc(title).replace("&amp;#150;", "&#150;")}</h1></div>\n'
            + f'<div class="art-info">发布机构：{esc(publisher)}&#x3000;发布时间：{pub} 09:30'
            + "&#x3000;【字体：大 中 小】</div>\n"
            + '<div class="art-content" id="zoom">\n'
            + "\n".join(_fck(line) for line in body)
            + "\n</div>\n"
            + self._tools()
        )
        html = self._frame(
            shown,
            [("政务公开", ZWGK + "index.shtml"), (COLUMNS[column], column + "index.shtml")],
            main,
            charset="gb2312",
            sidebar=True,
        )
        self._gbk_page(path, html, gz=False)
        return title, path, pub

    def _gbk_listing(self, column: str, items: list[tuple[str, str, str]]) -> None:
        size = 10
        chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "\n".join(
                f'<li><span class="date">{d}</span><a href="{u}" target="_blank" '
                f'title="{esc(t).replace("&amp;#150;", "&#150;")}">'
                f"{esc(t).replace('&amp;#150;', '&#150;')}</a></li>"
                for t, u, d in chunk
            )
            pager = self._pager(n, len(chunks), len(items))
            main = (
                f'<div class="col-title"><span>{COLUMNS[column]}</span></div>\n'
                f'<ul class="news-list">\n{rows}\n</ul>\n{pager}'
            )
            html = self._frame(
                COLUMNS[column],
                [("政务公开", ZWGK + "index.shtml"), (COLUMNS[column], column + "index.shtml")],
                main,
                charset="gb2312",
                sidebar=True,
            )
            if n == 0:
                self._gbk_page(column + "index.shtml", html, alias=column)
            else:
                self._gbk_page(f"{column}list_{n + 1}.shtml", html)

    def _pager(self, n: int, count: int, total: int) -> str:
        def page(i: int) -> str:
            return "index.shtml" if i == 0 else f"list_{i + 1}.shtml"

        links = " ".join(
            f"<span class='cur'>{i + 1}</span>" if i == n else f'<a href="{page(i)}">{i + 1}</a>'
            for i in range(count)
        )
        prev = f'<a href="{page(n - 1)}">上一页</a>' if n > 0 else "<span>上一页</span>"
        nxt = f'<a href="{page(n + 1)}">下一页</a>' if n < count - 1 else "<span>下一页</span>"
        return (
            f'<div class="pages">共{total}条&nbsp;第{n + 1}/{count}页&nbsp;'
            f'<a href="index.shtml">首页</a> {prev} {links} {nxt} '
            f'<a href="{page(count - 1)}">尾页</a></div>\n'
        )

    # --- other 政务公开 columns ---------------------------------------------------------------
    def _other_columns(self) -> None:
        ndbg = [
            (f"浉河区人民政府{y}年政府信息公开工作年度报告", f"{y + 1}-01-2{y % 7}")
            for y in range(2024, 2020, -1)
        ]
        items = [self._gbk_article(NDBG, t, d, GOV_OFFICE, FILLER_BODY) for t, d in ndbg]
        self.negative_titles += [t for t, _ in ndbg]
        self._gbk_listing(NDBG, items)
        zcwj = [
            ("信阳市浉河区人民政府关于印发浉河区城乡环境综合整治方案的通知", "2025-02-11"),
            ("浉河区人民政府办公室关于进一步加强耕地保护工作的通知", "2024-11-05"),
            ("信阳市浉河区人民政府关于公布区级行政许可事项清单的通知", "2024-06-18"),
        ]
        self._gbk_listing(ZCWJ, [self._gbk_article(ZCWJ, t, d, GOV_OFFICE) for t, d in zcwj])
        self._gbk_listing(
            ZN,
            [self._gbk_article(ZN, "信阳市浉河区人民政府信息公开指南", "2024-01-10", GOV_OFFICE)],
        )

    def _zwgk(self) -> None:
        boxes = "".join(
            f'<div class="zwgk-box"><div class="box-tit"><a href="{u}">{esc(t)}</a>'
            f'<a class="more" href="{u}">更多&gt;&gt;</a></div></div>'
            for t, u in TREE
        )
        html = self._frame(
            "政务公开", [("政务公开", ZWGK + "index.shtml")], boxes, charset="gb2312", sidebar=True
        )
        self._gbk_page(ZWGK + "index.shtml", html, alias=ZWGK)
        for path, name in (("/zjsh/index.shtml", "走进浉河"), ("/hdjl/index.shtml", "互动交流")):
            self._gbk_page(
                path, self._frame(name, [(name, path)], "<p>栏目建设中。</p>", charset="gb2312")
            )

    # --- 新闻中心 (UTF-8 template) ------------------------------------------------------------
    def _notices(self) -> None:
        titles = [
            "浉河区2025年公开招聘社区工作者公告",
            "关于召开全区2025年法治政府建设推进会的通知",
            "关于城区部分路段临时停水的通知",
            "浉河区2025年春季森林防火禁火令",
            "GOLD",
            "关于开展2025年“民法典宣传月”活动的通知",
            "浉河区2025年3月政府采购意向公开",
            "关于做好2025年城乡居民医保参保缴费工作的通告",
            "关于举办全区行政执法人员法治政府建设专题培训班的通知",
            "浉河区2024年度拟提拔任用干部任前公示",
            # page 2
            "关于2025年元旦春节期间加强安全生产工作的通知",
            "浉河区2024年第四季度行政执法数据公开",
        ]
        start = date(2025, 3, 30)
        for i, title in enumerate(titles):
            pub = (start - timedelta(days=4 * i + 1)).isoformat()
            if title == "GOLD":
                pub = "2025-02-14"
                path = self._art(TZGG, pub)
                clean = "浉河区司法局2024年度法治政府建设工作报告"
                shown = "浉河区司法局2024年度法治政府" + SHY + "建设工作报告"
                body = self.gold_report(path, "001", clean, publisher=SFJ, publish_date=pub)
                self._news_page(path, self._news_article(TZGG, shown, body, f"{pub} 10:30", SFJ))
                self.notices.append((shown, path, pub))
                continue
            body = NEGATIVE_BODY if "法治" in title else FILLER_BODY
            path = self._art(TZGG, pub)
            self._news_page(
                path, self._news_article(TZGG, title, body, f"{pub} 09:00", GOV_OFFICE)
            )
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
            self.notices.append((title, path, pub))
        self._news_listing(TZGG, self.notices)

    def _news(self) -> None:
        titles = [
            ("区政府召开第三十八次常务会议 听取2024年度法治政府建设工作情况报告", MEETING_BODY),
            ("浉河区召开区委全面依法治区委员会会议 审议法治政府建设年度报告", MEETING_BODY),
            ("区领导调研春季农业生产工作", NEWS_BODY),
            ("浉河区召开2025年优化营商环境工作推进会", NEWS_BODY),
            ("浉河区举办2025年“春风行动”招聘会", NEWS_BODY),
            ("浉河区茶产业发展大会召开", NEWS_BODY),
        ]
        start = date(2025, 3, 22)
        for i, (title, body) in enumerate(titles):
            pub = (start - timedelta(days=2 * i)).isoformat()
            path = self._art(SHYW, pub)
            self._news_page(
                path, self._news_article(SHYW, title, body, f"{pub} 17:20", "浉河区融媒体中心")
            )
            if body is MEETING_BODY:
                self.negative_titles.append(title)
            self.news.append((title, path, pub))
        self._news_listing(SHYW, self.news)

    def _news_article(
        self, column: str, title: str, body: list[str], stamp: str, source: str
    ) -> str:
        main = (
            '<div class="article">\n'
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + f'<div class="info"><span>发布时间：{stamp}</span>'
            + f"<span>来{ZWSP}源：{esc(source)}</span>"
            + '<span>浏览次数：<em id="views">--</em></span>'
            + '<span class="font">字号：<a href="javascript:;" data-size="18">大</a>'
            '<a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a>'
            "</span></div>\n"
            + '<div class="content" id="content">\n'
            + "\n".join(f'<p style="text-indent:2em">{esc(line)}</p>' for line in body)
            + "\n</div>\n"
            + '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a>'
            '<a class="qq">QQ空间</a></div>\n' + self._tools() + "</div>\n"
        )
        crumbs = [("新闻中心", SHYW + "index.shtml"), (COLUMNS[column], column + "index.shtml")]
        return self._frame(title, crumbs, main, charset="gbk", html5=True)

    def _news_listing(self, column: str, items: list[tuple[str, str, str]]) -> None:
        size = 10
        chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
        crumbs = [("新闻中心", SHYW + "index.shtml"), (COLUMNS[column], column + "index.shtml")]
        for n, chunk in enumerate(chunks):
            rows = "\n".join(
                f'<li><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{d}</span></li>"
                for t, u, d in chunk
            )
            main = (
                f'<div class="col-title"><span>{COLUMNS[column]}</span></div>\n'
                f'<ul class="news-list">\n{rows}\n</ul>\n'
                + self._pager(n, len(chunks), len(items))
            )
            html = self._frame(COLUMNS[column], crumbs, main, charset="gb2312", html5=True)
            if n == 0:
                self._news_listing_page(column + "index.shtml", html)
                self._news_listing_page(column, html)
            else:
                self._news_listing_page(f"{column}list_{n + 1}.shtml", html)

    # --- home --------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, more: str, rows: list[tuple[str, str, str]]) -> str:
            lis = "".join(
                f'<li><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{d[5:]}</span></li>"
                for t, u, d in rows
            )
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>\n'
            )

        xxgk = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in TREE)
        main = (
            '<div class="home-row">'
            + box("浉河要闻", SHYW + "index.shtml", self.news[:6])
            + box("通知公告", TZGG + "index.shtml", self.notices[:7])
            + f'<div class="home-box"><div class="box-tit"><span>政务公开</span>'
            f'<a class="more" href="{ZWGK}index.shtml">更多&gt;&gt;</a></div><ul>{xxgk}</ul></div>'
            + "</div>\n"
            + '<div class="zt"><a href="/ztzl/index.shtml"><img src="/images/zt1.jpg" '
            'alt="学习贯彻党的二十届三中全会精神" /></a></div>\n'
        )
        html = self._frame(SITE, [], main, charset="gb2312", late_meta=True)
        self._put("/", html.encode("gbk", "xmlcharrefreplace"), "text/html")
        self._put("/index.shtml", html.encode("gbk", "xmlcharrefreplace"), "text/html")

    # --- templates ----------------------------------------------------------------------------
    def _tools(self) -> str:
        return (
            '<div class="art-tools">【<a href="javascript:window.print();">打印本页</a>】'
            '【<a href="javascript:window.close();">关闭窗口</a>】'
            '<span class="ewm"><img src="/images/ewm.png" alt="" />扫一扫在手机打开当前页</span>'
            "</div>\n"
        )

    def _related(self, column: str) -> str:
        rows = [it for it in self.fzzf_items if "要点" in it[0] or "方案" in it[0]][:3]
        lis = "".join(
            f'<li><a href="{u}">{esc(t).replace("&amp;#150;", "&#150;")}</a><span>{d}</span></li>'
            for t, u, d in rows
        )
        return f'<div class="related"><h4>相关文章</h4><ul>{lis}</ul></div>\n'

    def _head(self, title: str, charset: str, *, prolog: str, late: bool, html5: bool) -> str:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        if html5:
            return (
                '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
                f'<meta charset="{charset}">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{title}_{SITE}</title>\n"
                f'<meta name="SiteName" content="{SITE}">\n'
                f'<meta name="SiteIDCode" content="{CODE}">\n'
                '<link rel="stylesheet" href="/static/css/news.css">\n</head>\n'
            )
        doctype = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        )
        head_title = title if title == SITE else f"{title}-{SITE}"
        rest = (
            f"<title>{head_title}</title>\n"
            f'<meta name="SiteName" content="{SITE}" />\n'
            f'<meta name="SiteIDCode" content="{CODE}" />\n'
            '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>\n'
        )
        if not late:
            return prolog + doctype + meta + rest + "</head>\n"
        banner = (
            "<!--\n"
            + "*" * 76
            + "\n  "
            + SITE
            + "门户网站  首页模板 v3.2\n"
            + "  模板制作：某某网络科技有限公司  2016-05-12\n"
            + "  修改记录：\n"
            + "".join(
                f"    {2016 + k}-0{k % 9 + 1}-1{k}  调整{part}（编辑：网站管理员）\n"
                for k, part in enumerate(
                    [
                        "首页焦点图尺寸",
                        "通知公告条数",
                        "政务公开栏目入口",
                        "页脚备案信息",
                        "无障碍插件",
                        "政府网站找错",
                        "长者模式",
                        "头部导航样式",
                    ]
                )
            )
            + "*" * 76
            + "\n-->\n"
        )
        keywords = (
            f'<meta name="keywords" content="{SITE},浉河区,信阳市浉河区,浉河区政务公开,'
            '浉河区政务服务,浉河区新闻,浉河区通知公告,浉河区政府信息公开,信阳毛尖,浉河茶" />\n'
            '<meta name="description" content="信阳市浉河区人民政府门户网站是浉河区人民政府'
            "在互联网上发布政务信息、提供在线服务、与公众互动交流的官方网站，"
            '主要栏目有走进浉河、新闻中心、政务公开、政务服务、互动交流等。" />\n'
        )
        style = (
            '<style type="text/css">\n'
            + "".join(
                f".{name} {{ margin:0; padding:0 {k}px; font-size:{12 + k % 6}px; "
                f"line-height:{20 + k % 8}px; color:#{(k * 1234567) % 0xFFFFFF:06x}; }}\n"
                for k, name in enumerate(
                    f"{a}-{b}"
                    for a in ("top", "nav", "banner", "box", "list", "foot", "side", "zt")
                    for b in ("wrap", "tit", "con", "more", "item", "hd")
                )
            )
            + "</style>\n"
        )
        return doctype + banner + keywords + style + rest + meta + "</head>\n"

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        *,
        charset: str,
        prolog: str = "",
        late_meta: bool = False,
        sidebar: bool = False,
        html5: bool = False,
        raw_title: bool = False,
    ) -> str:
        head = self._head(
            title if raw_title else esc(title), charset, prolog=prolog, late=late_meta, html5=html5
        )
        nav = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in NAV)
        top = (
            '<body>\n<div class="top-bar"><div class="wrap">'
            f'<span class="welcome">欢迎访问{SITE}门户网站！</span>'
            '<span class="fr"><a href="javascript:;" id="wza">无障碍</a> | '
            '<a href="javascript:;" id="zzms">长者模式</a> | '
            '<a href="javascript:;" id="fanti">繁體</a> | <a href="/wap/">手机版</a></span>'
            "</div></div>\n"
            '<div class="header"><div class="wrap"><a class="logo" href="/">'
            f'<img src="/images/logo.png" alt="{SITE}" /></a>'
            '<form class="search" action="/search/search.jsp" method="get">'
            '<input name="q" type="text" value="" /><input type="submit" value="搜索" />'
            "</form></div></div>\n"
            f'<div class="nav"><ul class="wrap">{nav}</ul></div>\n'
        )
        location = ""
        if crumbs:
            links = " &gt; ".join(
                f'<a href="{u}">{esc(t)}</a>' for t, u in [("首页", "/index.shtml"), *crumbs]
            )
            location = f'<div class="position">当前位置：{links}</div>\n'
        side = ""
        if sidebar:
            lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in TREE)
            side = f'<div class="side"><h3>政务公开</h3><ul>{lis}</ul></div>\n'
        foot = (
            '<div class="footer"><div class="wrap">\n'
            '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | '
            '<a href="/wzsm/">网站声明</a></p>\n'
            f"<p>主办单位：{SITE}办公室&#12288;承办单位：浉河区大数据管理局</p>\n"
            f"<p>地址：河南省信阳市浉河区新华西路88号&nbsp;&nbsp;联系电话：0376-6227001"
            f"&nbsp;&nbsp;网站标识码：{CODE}</p>\n"
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>&#12288;'
            f'<a href="http://www.beian.gov.cn/" target="_blank">{POLICE}</a></p>\n'
            '<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code='
            f'{CODE}"><img src="/images/jiucuo.png" alt="政府网站找错" /></a>'
            '<a href="https://bszs.conac.cn/"><img src="/images/red.png" alt="党政机关" /></a></p>\n'
            "</div></div>\n</body></html>\n"
        )
        return (
            head
            + top
            + '<div class="main wrap">\n'
            + location
            + side
            + f'<div class="content-wrap">{main}</div>\n'
            + "</div>\n"
            + foot
        )
