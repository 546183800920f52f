"""A Shaanxi county portal on Hanweb jcms (略阳县, 汉中市) whose 法治政府建设 reports are mostly
published as files, the way many county portals do it:

- 首页 → 政务公开 (`/col/col13500/index.html`, a catalogue tree and boxes of each column's
  newest items) → 法治政府建设 (`/col/col13582/index.html`, Hanweb jpage pager
  `?uid=4873&pageNum=2`), 14 items in two pages; 政府信息公开年报 (`/col/col13590/…`) lists
  the 信息公开 annual reports as PDFs linked straight from the list;
- the 县政府's 2024 report: a page with the full text under a 信息公开 table (索引号, 发布机构,
  成文日期, 文号, 发布日期) and an 附件 block holding the same report as a PDF (`— N —` page
  numbers; behind `downfile.jsp?classid=0&filename=<digits>.pdf`, no name in the URL,
  `application/octet-stream` and a raw GBK `filename=` in `Content-Disposition`), its 解读 as
  a PDF and 附件3 a statistics `.xls`;
- the 县政府's 2023 report: a page saying only `详见附件。` (信息公开 table above it) whose
  附件1 is the report as a multi-page PDF behind downfile.jsp (红头 `略阳县人民政府文件` and
  the 文号 above a title set over two lines, a running header and `第 N 页 共 M 页` on every
  page), 附件2 a one-page `一图读懂` PDF, 附件3 an `.xls`;
- the 县应急管理局's 2023 report: only a PDF the listing links itself
  (`/uploadfiles/2024/02/<timestamp>.pdf`, its title cut in the list, whole in `title=`); its
  fields are what the listing row shows (title, date); its text is the second half of seed
  000, the 2023 county report's text the first half;
- the 县司法局's 2024 report: a page saying only `详见附件。`, its DOCX behind
  `onclick="download(8842)"` (a page script goes to `/attach/download?id=8842`, which answers
  `application/octet-stream` with a percent-encoded file name); beside it an `.xls` behind
  `javascript:downloadFile('8843')`;
- the 2020 report: a page saying `（附件下载）` above an editor-made link to a `.wps`
  (Word 97–2003 bytes, as WPS Office writes them) served as `application/x-msdownload`;
- decoys, many of them files: the 2025 工作要点 (page → DOCX), the 2024 工作要点 (DOCX linked
  from the list), the 实施方案 and the 八五普法 plan (PDFs from the list), a 考核 通报 and a
  督察整改 report (PDFs), a 解读 page, the 县长's 述法报告, a 常务会议 news item that 听取 the
  report; every detail page's sidebar links the 政府信息公开指南 PDF.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from urllib.parse import quote

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import (
    DOC_TABLE_LINES,
    _register_font,
    report_doc,
    report_docx,
    report_pdf,
)
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "略阳县人民政府"
GOV = "略阳县人民政府"
GOV_OFFICE = "略阳县人民政府办公室"
SFJ = "略阳县司法局"
CODE = "6107270001"
CREDIT = "11610727016104735X"
ZWGK = "/col/col13500/index.html"
FZZF_ID, FZZF_UID = 13582, 4873
FZZF = f"/col/col{FZZF_ID}/index.html"
NDBG = "/col/col13590/index.html"
ZCWJ = "/col/col13571/index.html"
TZGG = "/col/col13012/index.html"
YW = "/col/col13011/index.html"
DOWN = "/module/download/downfile.jsp?classid=0&filename="
GUIDE = DOWN + "2301051030221.pdf"
PAGE_SIZE = 10
SPLIT = 22  # seed 000: sections 一（一）–（五） | （六）–三
NAV = [
    ("首页", "/index.html"),
    ("走进略阳", "/col/col13001/index.html"),
    ("新闻中心", YW),
    ("政务公开", ZWGK),
    ("政务服务", "https://zwfw.shaanxi.gov.cn/"),
    ("互动交流", "/col/col13700/index.html"),
]
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OCTET = "application/octet-stream"
# An .xls the fixtures cannot write: an OLE compound file's signature and padding (never read).
XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096
JIEDU_BODY = [
    "一、起草背景",
    "根据《法治政府建设与责任落实督察工作规定》，县政府每年第一季度向社会公开上一年度法治政府建设情况。",
    "二、主要内容",
    "报告分为三个部分：一是2024年度推进法治政府建设的主要举措和成效；二是存在的不足和原因；三是2025年工作打算。",
    "三、解读机关及联系方式",
    "解读机关：略阳县司法局　联系电话：0916-4821234",
]

JIEDU_BODY_2023 = [
    "2023年，略阳县坚持以习近平法治思想为指导，法治政府建设取得新成效。",
    "关键词一：依法决策。重大行政决策事项全部经过合法性审查。",
    "关键词二：规范执法。全面落实行政执法“三项制度”。",
    "关键词三：化解纠纷。行政复议、行政调解工作有序开展。",
]


def gbk_name(name: str) -> str:
    """A file name as a Java servlet sends it (`new String(name.getBytes("GBK"), "ISO8859-1")`):
    GBK bytes in the header, which HTTP carries as Latin-1."""
    return name.encode("gbk").decode("latin-1")


def paged_pdf(
    title: str,
    paragraphs: Sequence[str],
    running_header: str,
    red_head: Sequence[str] = (),
) -> bytes:
    """A report as offices export it from WPS: a running header and `第 N 页 共 M 页` on every
    page; `red_head`: the 红头 lines above the title (`XX县人民政府文件`, the 文号)."""
    font = _register_font()
    body = ParagraphStyle(
        "body", fontName=font, fontSize=14, leading=26, firstLineIndent=28, wordWrap="CJK"
    )
    heading = ParagraphStyle(
        "title", fontName=font, fontSize=20, leading=32, alignment=1, wordWrap="CJK"
    )

    class PagedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 9)
                self.drawString(26 * mm, A4[1] - 14 * mm, running_header)
                self.line(26 * mm, A4[1] - 16 * mm, A4[0] - 26 * mm, A4[1] - 16 * mm)
                self.setFont(font, 10)
                self.drawCentredString(
                    A4[0] / 2, 12 * mm, f"第 {self._pageNumber} 页 共 {total} 页"
                )
                super().showPage()
            super().save()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        topMargin=30 * mm,
        bottomMargin=26 * mm,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
        title="",
    )
    red = ParagraphStyle(
        "red", fontName=font, fontSize=26, leading=40, alignment=1, textColor="#d40000"
    )
    number = ParagraphStyle("number", fontName=font, fontSize=14, leading=30, alignment=1)
    story = []
    if red_head:
        story += [Paragraph(red_head[0], red), *(Paragraph(x, number) for x in red_head[1:])]
        story += [Spacer(1, 8 * mm)]
    story += [Paragraph(title, heading), Spacer(1, 10 * mm)]
    story += [Paragraph(p, body) for p in paragraphs]
    doc.build(story, canvasmaker=PagedCanvas)
    return out.getvalue()


def wps_report() -> bytes:
    """The 2020 report as WPS Office saves a `.wps` (Word 97–2003 binary): the fixture `.doc`
    with its title's place name changed in place (same length, UTF-16)."""
    data = report_doc()
    old, new = "广元市朝天区".encode("utf-16-le"), "汉中市略阳县".encode("utf-16-le")
    at = data.index(old)
    return data[:at] + new + data[at + len(old) :]


def cut(title: str, size: int) -> str:
    """A list's title as Hanweb's `<!--<$[标题名称(html)]>begin-->` cuts it: the full one is in
    the link's `title`."""
    return title if len(title) <= size else title[:size] + "..."


class AttachmentCountySite(BlindSite):
    name = "attachment_county"
    region = "陕西省汉中市略阳县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 60800
        self.items: list[tuple[str, str, str]] = []
        self._fzzf()
        self._fzzf_listing()
        self._ndbg()
        self._other_columns()
        self._zwgk()
        self._home()
        self._file(GUIDE, report_pdf("略阳县人民政府信息公开指南", FILLER_BODY, GOV_OFFICE), OCTET)

    # --- files ---------------------------------------------------------------------------------
    def _file(
        self, path: str, data: bytes, ctype: str, name: str | None = None, how: str = ""
    ) -> None:
        headers = {"Content-Type": ctype}
        if name is not None:
            if how == "gbk":
                headers["Content-Disposition"] = f'attachment; filename="{gbk_name(name)}"'
            else:  # java.net.URLEncoder
                headers["Content-Disposition"] = "attachment;filename=" + quote(name).replace(
                    "%20", "+"
                )
        self.pages[path] = Reply(200, data, headers)

    def _art(self, pub: str) -> str:
        self.next_id += 17
        y, m, d = (int(x) for x in pub[:10].split("-"))
        return f"/art/{y}/{m}/{d}/art_{FZZF_ID}_{self.next_id}.html"

    # --- 法治政府建设 ---------------------------------------------------------------------------
    def _fzzf(self) -> None:
        add = self.items.append

        # 2025 工作要点: a page pointing to a DOCX behind downfile.jsp
        title = "略阳县2025年法治政府建设工作要点"
        path = self._art("2025-04-02")
        docx = DOWN + "2504021012345.docx"
        self._file(docx, report_docx(title, NEGATIVE_BODY), OCTET, f"{title}.docx", "gbk")
        self.page(
            path,
            self._detail(
                title,
                ["详见附件。"],
                pub="2025-04-02 10:12",
                source=GOV_OFFICE,
                attachments=[(f"{title}.docx", f'href="{docx}" target="_blank"')],
                table=(f"{CREDIT}/2025-00027", GOV_OFFICE, "2025-03-31", "略政办发〔2025〕7号"),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2025-04-02"))

        # 解读 page (text)
        jiedu = "《略阳县人民政府关于2024年度法治政府建设工作情况的报告》解读"
        path = self._art("2025-03-27")
        self.page(path, self._detail(jiedu, JIEDU_BODY, pub="2025-03-27 09:05", source=SFJ))
        self.negative_titles.append(jiedu)
        add((jiedu, path, "2025-03-27"))

        # R2: the 县政府's 2024 report, full text and the same PDF attached, 解读 PDF, xls
        title = "略阳县人民政府关于2024年度法治政府建设工作情况的报告"
        path = self._art("2025-03-26")
        body = self.gold_report(
            path,
            "003",
            title,
            publisher=GOV,
            publish_date="2025-03-26",
            index_no=f"{CREDIT}/2025-00021",
            written_date="2025-03-21",
            doc_no="略政发〔2025〕9号",
        )
        pdf = DOWN + "2503261630123.pdf"
        self._file(pdf, report_pdf(title, body, GOV), OCTET, f"{title}.pdf", "gbk")
        jd_pdf = DOWN + "2503261630456.pdf"
        self._file(jd_pdf, report_pdf(jiedu, JIEDU_BODY, SFJ), OCTET, f"{jiedu}.pdf", "gbk")
        xls = DOWN + "2503261630789.xls"
        stats = "略阳县2024年度法治政府建设主要指标统计表"
        self._file(xls, XLS, OCTET, f"{stats}.xls", "gbk")
        self.page(
            path,
            self._detail(
                title,
                body,
                pub="2025-03-26 16:30",
                source=GOV,
                attachments=[
                    (f"附件1：{title}.pdf", f'href="{pdf}" target="_blank"'),
                    (f"附件2：{jiedu}.pdf", f'href="{jd_pdf}" target="_blank"'),
                    (f"附件3：{stats}.xls", f'href="{xls}" target="_blank"'),
                ],
                table=(f"{CREDIT}/2025-00021", GOV, "2025-03-21", "略政发〔2025〕9号"),
            ),
        )
        add((title, path, "2025-03-26"))

        # news: a meeting that 听取 the report
        news = "县政府召开第42次常务会议 听取2024年度法治政府建设工作情况报告"
        path = self._art("2025-03-20")
        self.page(
            path,
            self._detail(
                news,
                [
                    "3月19日，县长主持召开县政府第42次常务会议，听取2024年度法治政府建设工作情况报告，"
                    "研究部署2025年法治政府建设重点工作。",
                    "会议指出，要深入学习贯彻习近平法治思想，坚持依法行政，持续提升政府治理法治化水平。",
                    "会议还研究了其他事项。",
                ],
                pub="2025-03-20 18:20",
                source="略阳县融媒体中心",
            ),
        )
        self.negative_titles.append(news)
        add((news, path, "2025-03-20"))

        # R3: the 县司法局's 2024 report, `详见附件。` and a DOCX behind an onclick download
        title = "略阳县司法局2024年度法治政府建设情况报告"
        path = self._art("2025-02-18")
        body = self.gold_report(path, "001", title, publisher=SFJ, publish_date="2025-02-18")
        self._file(
            "/attach/download?id=8842", report_docx(title, body), OCTET, f"{title}.docx", "url"
        )
        table_name = "略阳县司法局2024年度行政执法数据统计表"
        self._file("/attach/download?id=8843", XLS, OCTET, f"{table_name}.xls", "url")
        self.page(
            path,
            self._detail(
                title,
                ["详见附件。"],
                pub="2025-02-18 09:42",
                source=SFJ,
                attachments=[
                    (f"{title}.docx", 'href="javascript:void(0);" onclick="download(8842)"'),
                    (f"{table_name}.xls", "href=\"javascript:downloadFile('8843')\""),
                ],
            ),
        )
        add((title, path, "2025-02-18"))

        # 述法报告 (a report, not the one)
        title = "略阳县人民政府县长2024年度述法报告"
        path = self._art("2025-02-10")
        self.page(path, self._detail(title, NEGATIVE_BODY, pub="2025-02-10 11:00", source=GOV))
        self.negative_titles.append(title)
        add((title, path, "2025-02-10"))

        # 考核 通报 and 工作要点 2024: files the list links itself
        for title, path, data, date in (
            (
                "关于2024年度法治政府建设考核结果的通报",
                "/uploadfiles/2025/01/20250115103355212.pdf",
                report_pdf("关于2024年度法治政府建设考核结果的通报", FILLER_BODY, GOV_OFFICE),
                "2025-01-15",
            ),
            (
                "略阳县2024年法治政府建设工作要点",
                "/uploadfiles/2024/04/20240409151207338.docx",
                report_docx("略阳县2024年法治政府建设工作要点", NEGATIVE_BODY),
                "2024-04-09",
            ),
        ):
            self._file(path, data, PDF if path.endswith(".pdf") else DOCX)
            self.negative_titles.append(title)
            add((title, path, date))

        # R1: the 县政府's 2023 report: `详见附件。`, a PDF behind downfile.jsp, a statistics .xls
        title = "略阳县人民政府关于2023年度法治政府建设工作情况的报告"
        path = self._art("2024-03-26")
        seed = load_seed("000")
        paras = list(seed.body_lines[:SPLIT])
        self._gold_part(
            path,
            title,
            paras,
            GOV,
            "2024-03-26",
            index_no=f"{CREDIT}/2024-00019",
            written_date="2024-03-22",
            doc_no="略政发〔2024〕6号",
        )
        pdf = DOWN + "2403261530123.pdf"
        red_head = ("略阳县人民政府文件", "略政发〔2024〕6号")
        self._file(pdf, paged_pdf(title, paras, GOV, red_head), OCTET, f"{title}.pdf", "gbk")
        jiedu = "一图读懂略阳县2023年度法治政府建设工作"
        jd_pdf = DOWN + "2403261530234.pdf"
        self._file(jd_pdf, report_pdf(jiedu, JIEDU_BODY_2023, SFJ), OCTET, f"{jiedu}.pdf", "gbk")
        stats = "略阳县2023年度法治政府建设主要指标统计表"
        xls = DOWN + "2403261530456.xls"
        self._file(xls, XLS, OCTET, f"{stats}.xls", "gbk")
        self.page(
            path,
            self._detail(
                title,
                ["详见附件。"],
                pub="2024-03-26 15:30",
                source=GOV,
                attachments=[
                    (f"附件1：{title}.pdf", f'href="{pdf}" target="_blank"'),
                    (f"附件2：{jiedu}.pdf", f'href="{jd_pdf}" target="_blank"'),
                    (f"附件3：{stats}.xls", f'href="{xls}" target="_blank"'),
                ],
                table=(f"{CREDIT}/2024-00019", GOV, "2024-03-22", "略政发〔2024〕6号"),
            ),
        )
        add((title, path, "2024-03-26"))

        # R5: the 县应急管理局's 2023 report, only a PDF the list links itself
        title = "略阳县应急管理局2023年度法治政府建设工作报告"
        path = "/uploadfiles/2024/02/20240228102334617.pdf"
        paras = list(seed.body_lines[SPLIT:])
        self._gold_part(path, title, paras, None, "2024-02-28")
        self._file(path, report_pdf(title, paras, "略阳县应急管理局"), PDF)
        add((title, path, "2024-02-28"))

        for title, path, date in (
            (
                "关于2023年度法治政府建设督察反馈问题整改情况的报告",
                "/uploadfiles/2023/11/20231117164023145.pdf",
                "2023-11-17",
            ),
            (
                "略阳县法治宣传教育第八个五年规划（2021—2025年）",
                "/uploadfiles/2022/01/20220118090512630.pdf",
                "2022-01-18",
            ),
            (
                "略阳县法治政府建设实施方案（2021—2025年）",
                "/uploadfiles/2022/01/20220110112033457.pdf",
                "2022-01-10",
            ),
        ):
            self._file(path, paged_pdf(title, NEGATIVE_BODY, "略阳县人民政府"), PDF)
            self.negative_titles.append(title)
            add((title, path, date))

        # R4: the 2020 report, `（附件下载）` and a .wps
        title = "略阳县2020年度法治政府建设工作开展情况"
        path = self._art("2021-01-18")
        seed = load_seed("004")
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=None,
                publisher=SFJ,
                publish_date="2021-01-18",
                report_year=2020,
                body="\n".join([*seed.gold_body.split("\n"), *DOC_TABLE_LINES]),
            )
        )
        wps = DOWN + "2101181645123.wps"
        self._file(wps, wps_report(), "application/x-msdownload", f"{title}.wps", "gbk")
        self.page(
            path,
            self._detail(
                title,
                [],
                pub="2021-01-18 16:45",
                source=SFJ,
                raw_body=(
                    '<p style="text-align:center;">（附件下载）</p>\n'
                    f'<p><a href="{wps}" target="_blank">'
                    f'<img src="/module/jslib/icons/wps.png" border="0" />{esc(title)}.wps</a></p>'
                ),
            ),
        )
        add((title, path, "2021-01-18"))

        title = "略阳县2020年法治政府建设工作要点"
        path = self._art("2020-04-20")
        self.page(
            path, self._detail(title, NEGATIVE_BODY, pub="2020-04-20 10:00", source=GOV_OFFICE)
        )
        self.negative_titles.append(title)
        add((title, path, "2020-04-20"))

    def _gold_part(
        self,
        path: str,
        title: str,
        paras: list[str],
        publisher: str | None,
        date: str,
        **meta: str,
    ) -> None:
        """A gold report whose text is part of a seed (two reports share seed 000's halves)."""
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                publisher=publisher,
                publish_date=date,
                report_year=int(year.group(1)) if year else None,
                body="\n".join(re.sub(r"[?？\ufffd]{3,}", "", p).strip() for p in paras),
                index_no=meta.get("index_no"),
                written_date=meta.get("written_date"),
                doc_no=meta.get("doc_no"),
            )
        )

    def _fzzf_listing(self) -> None:
        pages = [self.items[i : i + PAGE_SIZE] for i in range(0, len(self.items), PAGE_SIZE)]
        total = len(pages)
        for n, rows in enumerate(pages, 1):
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(cut(t, 24))}</a>'
                f'<span class="bt-data-time">{esc(d)}</span></li>\n'
                for t, u, d in rows
            )

            def link(k: int, text: str) -> str:
                return f'<a href="{FZZF}?uid={FZZF_UID}&amp;pageNum={k}">{text}</a>'

            pager = (
                f'<div class="default_pgContainer_page"><span class="default_pgTotalRecord">'
                f"共{len(self.items)}条</span> <span>{n}/{total}页</span> "
                + (link(1, "首页") + " " + link(n - 1, "上页") if n > 1 else "首页 上页")
                + " "
                + (link(n + 1, "下页") + " " + link(total, "尾页") if n < total else "下页 尾页")
                + "</div>"
            )
            main = (
                self._tree()
                + '<div class="xxgk-right"><div class="column-title">法治政府建设</div>'
                + f'<div id="{FZZF_UID}"><div class="default_pgContainer"><ul class="list">\n'
                + lis
                + "</ul></div>"
                + pager
                + "</div></div>"
            )
            html = self._frame("法治政府建设", self._crumbs("法治政府建设", FZZF), main)
            if n == 1:
                self.page(FZZF, html)
            self.page(f"{FZZF}?uid={FZZF_UID}&pageNum={n}", html)

    # --- other columns -------------------------------------------------------------------------
    def _ndbg(self) -> None:
        rows = []
        for year in range(2024, 2018, -1):
            title = f"略阳县人民政府{year}年政府信息公开工作年度报告"
            path = f"/uploadfiles/{year + 1}/01/{year + 1}01{20 + year % 7}0930{year % 97:03d}.pdf"
            self._file(path, report_pdf(title, FILLER_BODY, GOV_OFFICE), PDF)
            self.negative_titles.append(title)
            rows.append((title, path, f"{year + 1}-01-{20 + year % 7}"))
        self.page(NDBG, self._column("政府信息公开年报", NDBG, rows))

    def _other_columns(self) -> None:
        zcwj = []
        for k, title in enumerate(
            [
                "略阳县人民政府关于印发略阳县城乡环境综合整治实施方案的通知",
                "略阳县人民政府办公室关于进一步加强耕地保护工作的通知",
                "略阳县人民政府关于调整县政府领导工作分工的通知",
            ]
        ):
            pub = f"2025-0{3 - k}-1{k}"
            path = self._art(pub).replace(f"art_{FZZF_ID}_", "art_13571_")
            self.page(
                path, self._detail(title, FILLER_BODY, pub=pub + " 10:00", source=GOV_OFFICE)
            )
            zcwj.append((title, path, pub))
        self.page(ZCWJ, self._column("政策文件", ZCWJ, zcwj))
        self.zcwj = zcwj
        news = []
        for k, title in enumerate(
            [
                "略阳县召开2025年优化营商环境工作推进会",
                "县领导调研春季农业生产工作",
                "略阳县举办2025年春风行动专场招聘会",
            ]
        ):
            pub = f"2025-03-2{k + 1}"
            path = self._art(pub).replace(f"art_{FZZF_ID}_", "art_13011_")
            self.page(
                path,
                self._detail(title, FILLER_BODY, pub=pub + " 17:00", source="略阳县融媒体中心"),
            )
            news.append((title, path, pub))
        meeting = next(i for i in self.items if "常务会议" in i[0])
        self.news = [meeting, *news]
        self.page(YW, self._column("略阳要闻", YW, self.news))
        notices = []
        for k, title in enumerate(
            [
                "略阳县2025年公开招聘城镇公益性岗位人员公告",
                "关于城区部分路段停水的通知",
                "略阳县2025年春季森林防火期禁火令",
            ]
        ):
            pub = f"2025-03-1{k + 2}"
            path = self._art(pub).replace(f"art_{FZZF_ID}_", "art_13012_")
            self.page(
                path, self._detail(title, FILLER_BODY, pub=pub + " 09:00", source=GOV_OFFICE)
            )
            notices.append((title, path, pub))
        self.notices = notices
        self.page(TZGG, self._column("通知公告", TZGG, notices))
        for path, name in (
            ("/col/col13001/index.html", "走进略阳"),
            ("/col/col13700/index.html", "互动交流"),
            ("/col/col13510/index.html", "政府信息公开制度"),
            ("/col/col13560/index.html", "机构职能"),
            ("/col/col13575/index.html", "财政信息"),
        ):
            self.page(path, self._column(name, path, []))

    def _zwgk(self) -> None:
        def box(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="zwgk-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(cut(t, 20))}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in rows[:5]
                )
                + "</ul></div>"
            )

        main = (
            self._tree()
            + '<div class="xxgk-right">'
            + box("法治政府建设", FZZF, self.items)
            + box("政策文件", ZCWJ, self.zcwj)
            + box("政府信息公开年报", NDBG, [])
            + "</div>"
        )
        self.page(
            ZWGK, self._frame("政务公开", [("首页", "/index.html"), ("政务公开", ZWGK)], main)
        )

    def _home(self) -> None:
        def box(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in rows
                )
                + "</ul></div>"
            )

        main = (
            box("略阳要闻", YW, self.news)
            + box("通知公告", TZGG, self.notices)
            + '<div class="home-box zwgk"><div class="box-tit"><span>政务公开</span></div><ul>'
            + f'<li><a href="{GUIDE}" target="_blank">政府信息公开指南</a></li>'
            + '<li><a href="/col/col13510/index.html">政府信息公开制度</a></li>'
            + f'<li><a href="{ZCWJ}">政策文件</a></li>'
            + f'<li><a href="{NDBG}">政府信息公开年报</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- page parts ----------------------------------------------------------------------------
    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", GUIDE, []),
                ("政府信息公开制度", "/col/col13510/index.html", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", "/col/col13560/index.html"),
                        ("政策文件", ZCWJ),
                        ("财政信息", "/col/col13575/index.html"),
                        ("法治政府建设", FZZF),
                    ],
                ),
                ("政府信息公开年报", NDBG, []),
            ],
        )

    def _crumbs(self, name: str, url: str) -> list[tuple[str, str]]:
        return [("首页", "/index.html"), ("政务公开", ZWGK), (name, url)]

    def _column(self, name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
            f'<span class="bt-data-time">{esc(d)}</span></li>\n'
            for t, u, d in rows
        )
        main = (
            self._tree()
            + f'<div class="xxgk-right"><div class="column-title">{esc(name)}</div>'
            + f'<div class="default_pgContainer"><ul class="list">\n{lis}</ul></div></div>'
        )
        return self._frame(name, self._crumbs(name, url), main)

    def _detail(
        self,
        title: str,
        body: Sequence[str],
        *,
        pub: str,
        source: str,
        attachments: list[tuple[str, str]] | None = None,
        table: tuple[str, str, str, str] | None = None,
        raw_body: str | None = None,
    ) -> str:
        """A Hanweb article: optional 信息公开 table, title, info line, #zoom, an 附件 block,
        the share/print tools and 相关阅读; the 信息公开 sidebar links the 指南 PDF."""
        meta = ""
        if table:
            index_no, publisher, written, doc_no = table
            meta = (
                '<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">'
                f'<tr><td class="t">索\u2002引\u2002号：</td><td>{esc(index_no)}</td>'
                f'<td class="t">主题分类：</td><td>法治政府建设</td></tr>'
                f'<tr><td class="t">发布机构：</td><td>{esc(publisher)}</td>'
                f'<td class="t">成文日期：</td><td>{esc(written)}</td></tr>'
                f'<tr><td class="t">文\u3000\u3000号：</td><td>{esc(doc_no)}</td>'
                f'<td class="t">发布日期：</td><td>{esc(pub[:10])}</td></tr></table>\n'
            )
        content = raw_body if raw_body is not None else fu.paragraphs(body)
        files = ""
        if attachments:
            files = (
                '<div class="fujian"><h4>附件下载：</h4><ul>'
                + "".join(f"<li><a {attrs}>{esc(name)}</a></li>" for name, attrs in attachments)
                + "</ul></div>\n"
                "<script>function download(id){window.location.href='/attach/download?id='+id;}"
                "function downloadFile(id){download(id);}</script>\n"
            )
        related = [i for i in self.items if i[0] != title][:4]
        main = (
            self._tree()
            + '<div class="xxgk-right"><div class="article">'
            + meta
            + f'<h1 class="title">{esc(title)}</h1>\n'
            + f'<div class="info">发布时间：{esc(pub)}　信息来源：{esc(source)}　'
            + "浏览次数：<script>_showDynClick('art',60800)</script>　"
            + '字体：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> '
            + '<a href="javascript:doZoom(12)">小</a>]</div>\n'
            + '<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
            + content
            + '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>\n'
            + files
            + fu.float_share()
            + fu.article_tools()
            + '<div class="xgyd"><h4>相关阅读</h4><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u, _ in related
            )
            + "</ul></div></div></div>"
        )
        meta_tags = {"ArticleTitle": title, "PubDate": pub, "ContentSource": source}
        return self._frame(title, self._crumbs("法治政府建设", FZZF), main, meta_tags)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        head_title = SITE if title == SITE else f"{title} - {SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta=meta or {})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="陕ICP备05004813号-1",
                police="陕公网安备 61072702000101号",
                code=CODE,
                address="陕西省汉中市略阳县兴州街道办事处县府街1号",
            )
            + "</body></html>"
        )
