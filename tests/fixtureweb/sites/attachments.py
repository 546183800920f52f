"""A portal whose departments publish reports as 附件: the page says `详见附件。` or nothing.

Reports (bodies from the seeds, typeset into real files when the site is built):
- a TRS page saying only `详见附件。` with a Chinese PDF (STSong-Light, running header, page
  numbers) and a 20 MB data ZIP beside it that must never be downloaded;
- the same report reposted under 通知公告 (same 索引号, same PDF: read once, emitted once);
- a TRS page with no text at all and a DOCX;
- a Hanweb page whose PDF is behind `downfile.jsp?…&showname=…` (no extension in the path);
- a page whose PDF is a scan (no text layer), and one whose attachment is a DOC;
- a normal page with a full body and the ZIP;
- a DOCX linked straight from the listing (no page: the title is the link's text);
and on every detail page a sidebar with the site-wide `政府信息公开指南.pdf`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb import pages
from tests.fixtureweb.documents import (
    DOC_TABLE_LINES,
    big_zip,
    report_doc,
    report_docx,
    report_pdf,
    scanned_pdf,
)
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, Site

COLUMN = "/zwgk/fzzfjsndbg/"
NOTICES = "/tzgg/"
GUIDE = "/zwgk/xxgkzn/P020230101000001.pdf"
VIEWER = "/static/pdfjs/web/viewer.html"
# pdf.js's viewer page: it fetches the file named in its query by script; it links nothing.
PDFJS_VIEWER = (
    '<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>PDF.js viewer</title>'
    '<script src="../build/pdf.js"></script><script src="viewer.js"></script></head>'
    '<body tabindex="1"><div id="outerContainer"><div id="mainContainer">'
    '<div class="toolbar"><button id="print" title="打印">打印</button>'
    '<button id="download" title="下载">下载</button></div>'
    '<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></div></div>'
    "</body></html>"
)
ZIP_SIZE = 20 * 1024 * 1024
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def simplified(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


@dataclass
class AttachmentGold:
    path: str
    title: str
    index_no: str | None
    publish_date: str
    body: str
    body_source: str
    attachments: list[dict[str, Any]] = field(default_factory=list)
    source_paragraphs: list[str] = field(default_factory=list)
    also_at: list[str] = field(default_factory=list)  # reposts: whichever is crawled first wins
    listed_at: str | None = None  # what the listing links, when not `path` (a viewer page)


class AttachmentSite(Site):
    name = "attach"
    region = "附件县"

    def __init__(self) -> None:
        super().__init__()
        self.gold: list[AttachmentGold] = []
        self.files: dict[str, str] = {}  # role → path
        self.zip_path = COLUMN + "202403/P020240315600009.zip"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.gold.clear()
        self._pdf_pointer_and_repost()
        self._docx_only()
        self._hanweb()
        self._scan_and_doc()
        self._full_body_with_zip()
        self._file_only()
        self._viewers()
        self._direct_pdf()
        self._listings()

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == self.zip_path:  # built on demand: a well-behaved crawl never asks
            return Reply(200, big_zip(ZIP_SIZE), {"Content-Type": "application/zip"})
        return None

    def url(self, path: str) -> str:
        return self.base_url + path

    # --- pages --------------------------------------------------------------------------------
    def _detail(
        self, title: str, lines: list[str], fields: list[tuple[str, str]], **kw: Any
    ) -> str:
        html = pages.trs_detail(
            title=title,
            body_lines=lines,
            meta_block=pages.metadata_table(fields) if fields else "",
            crumbs=[("首页", "/"), ("法治政府建设年度报告", COLUMN)],
            pub_time=kw.pop("pub"),
            source=kw.pop("source"),
            attachments=kw.pop("attachments", None),
        )
        sidebar = (
            '<div class="xxgk-left"><h3>信息公开</h3><ul>'
            f'<li><a href="{GUIDE}">政府信息公开指南.pdf</a></li>'
            '<li><a href="/zwgk/xxgkzd/">政府信息公开制度</a></li></ul></div>'
        )
        return html.replace('<div class="detail">', sidebar + '<div class="detail">', 1)

    def _file(
        self, path: str, data: bytes, ctype: str, extra: dict[str, str] | None = None
    ) -> None:
        self.pages[path] = Reply(200, data, {"Content-Type": ctype, **(extra or {})})

    def _pdf_pointer_and_repost(self) -> None:
        seed = load_seed("002")
        title = simplified(seed.title)
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        pdf_path = COLUMN + "202403/P020240315600001.pdf"
        self._file(pdf_path, report_pdf(title, paras, "潜江市人民政府办公室"), PDF)
        self.files["pdf"] = pdf_path
        fields = [
            ("索\u2002引\u2002号", "011352345/2024-00017"),
            ("发布机构", "潜江市司法局"),
            ("发布日期", "2024-03-15"),
            ("信息名称", title),
        ]
        atts = [
            (f"{title}.pdf", "./P020240315600001.pdf"),
            ("统计数据.zip", "./P020240315600009.zip"),
        ]
        path = COLUMN + "202403/t20240315_1001.html"
        self.page(
            path,
            self._detail(
                title,
                ["详见附件。"],
                fields,
                pub="2024-03-15 09:00",
                source="潜江市司法局",
                attachments=atts,
            ),
        )
        repost = NOTICES + "202403/t20240316_2001.html"
        self.page(
            repost,
            self._detail(
                title,
                ["详见附件。"],
                fields,
                pub="2024-03-16 10:00",
                source="潜江市司法局",
                attachments=[(f"{title}.pdf", pdf_path), ("统计数据.zip", self.zip_path)],
            ),
        )
        self.gold.append(
            AttachmentGold(
                path=path,
                title=title,
                index_no="011352345/2024-00017",
                publish_date="2024-03-15",
                body="\n".join(paras),
                body_source="attachment",
                attachments=[
                    {"name": f"{title}.pdf", "url": self.url(pdf_path), "type": "pdf"},
                    {"name": "统计数据.zip", "url": self.url(self.zip_path), "type": "zip"},
                ],
                source_paragraphs=paras,
                also_at=[repost],
            )
        )

    def _docx_only(self) -> None:
        seed = load_seed("001")
        title = simplified(seed.title)
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        docx_path = COLUMN + "202502/P020250214600002.docx"
        self._file(docx_path, report_docx(title, paras), DOCX)
        self.files["docx"] = docx_path
        path = COLUMN + "202502/t20250214_1002.html"
        fields = [("发布机构", "临沭县司法局"), ("发布日期", "2025-02-14")]
        self.page(
            path,
            self._detail(
                title,
                [],
                fields,
                pub="2025-02-14 09:30",
                source="临沭县司法局",
                attachments=[(f"{title}.docx", "./P020250214600002.docx")],
            ),
        )
        self.gold.append(
            AttachmentGold(
                path=path,
                title=title,
                index_no=None,
                publish_date="2025-02-14",
                body="\n".join(paras),
                body_source="attachment",
                attachments=[
                    {"name": f"{title}.docx", "url": self.url(docx_path), "type": "docx"}
                ],
                source_paragraphs=paras,
            )
        )

    def _hanweb(self) -> None:
        seed = load_seed("003")
        title = simplified(seed.title)
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        name = f"{title}.pdf"
        download = (
            "/module/download/downfile.jsp?classid=0&filename=9c1e2f0a4b6d8e0f1a2b3c4d5e6f7a8b.pdf"
            f"&showname={quote(name)}"
        )
        self._file(
            "/module/download/downfile.jsp",
            report_pdf(title, paras, "重庆市万州区人民政府"),
            "application/octet-stream",
            {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
        )
        self.files["hanweb"] = "/module/download/downfile.jsp"
        path = "/art/2025/3/21/art_1229_3001.html"
        html = (
            pages.head(f"{title}_附件县人民政府")
            + pages.top_bar()
            + '<div class="main">'
            + pages.breadcrumb([("首页", "/"), ("法治政府建设年度报告", COLUMN)])
            + '<table class="xxgk_table"><tr><td>索引号：</td><td>115001010086458821/2025-00031</td>'
            + "<td>发布机构：</td><td>重庆市万州区人民政府</td></tr>"
            + "<tr><td>发布日期：</td><td>2025-03-21</td><td>文号：</td><td></td></tr></table>"
            + f'<div class="title"><h2>{esc(title)}</h2></div>'
            + '<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
            + "<p>全文详见附件。</p>"
            + f'<p>附件：<a href="{esc(download)}" target="_blank">{esc(name)}</a></p>'
            + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
            + "</div>"
            + pages.footer()
        )
        self.page(path, html)
        self.gold.append(
            AttachmentGold(
                path=path,
                title=title,
                index_no="115001010086458821/2025-00031",
                publish_date="2025-03-21",
                body="\n".join(paras),
                body_source="attachment",
                attachments=[{"name": name, "url": self.url(download), "type": "pdf"}],
                source_paragraphs=paras,
            )
        )

    def _scan_and_doc(self) -> None:
        scan_path = COLUMN + "202301/P020230110600003.pdf"
        self._file(scan_path, scanned_pdf(), PDF)
        self.files["scan"] = scan_path
        doc_path = COLUMN + "202302/P020230210600004.doc"
        self._file(doc_path, report_doc(), "application/msword")
        self.files["doc"] = doc_path
        broken_path = COLUMN + "202303/P020230310600006.doc"
        self._file(
            broken_path,
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048,
            "application/msword",
        )
        self.files["broken_doc"] = broken_path
        seed = load_seed("004")
        doc_body = [*seed.gold_body.split("\n"), *DOC_TABLE_LINES]
        for title, path, file_path, kind, source, body in (
            (
                "附件县应急管理局2022年度法治政府建设情况报告",
                COLUMN + "202301/t20230110_1003.html",
                scan_path,
                "pdf",
                "page; attachment has no text layer: pdf",
                None,
            ),
            (
                seed.title,  # the document is the county's own report (Word 97–2003)
                COLUMN + "202302/t20230210_1004.html",
                doc_path,
                "doc",
                "attachment",
                doc_body,
            ),
            (
                "附件县水利局2022年度法治政府建设工作报告",
                COLUMN + "202303/t20230310_1006.html",
                broken_path,
                "doc",
                "page; attachment could not be read: doc",
                None,
            ),
        ):
            name = f"{title}.{kind}"
            date = "2023-" + path.split("/t2023")[1][:2] + "-10"
            self.page(
                path,
                self._detail(
                    title,
                    ["详见附件。"],
                    [("发布日期", date)],
                    pub=date,
                    source="附件县",
                    attachments=[(name, "./" + file_path.rsplit("/", 1)[1])],
                ),
            )
            self.gold.append(
                AttachmentGold(
                    path=path,
                    title=title,
                    index_no=None,
                    publish_date=date,
                    # an unread file leaves the page's own lines: the pointer to it
                    body="\n".join(body if body is not None else ["详见附件。", f"附件：{name}"]),
                    body_source=source,
                    attachments=[{"name": name, "url": self.url(file_path), "type": kind}],
                    source_paragraphs=body or [],
                )
            )

    def _full_body_with_zip(self) -> None:
        seed = load_seed("000")
        path = COLUMN + "202403/t20240312_1005.html"
        self.page(
            path,
            self._detail(
                seed.title,
                list(seed.body_lines),
                [("发布日期", "2024-03-12")],
                pub="2024-03-12 14:00",
                source="溪湖区司法局",
                attachments=[("统计数据.zip", "./P020240315600009.zip")],
            ),
        )
        self.gold.append(
            AttachmentGold(
                path=path,
                title=seed.title,
                index_no=None,
                publish_date="2024-03-12",
                body=seed.gold_body,
                body_source="page",
                attachments=[
                    {"name": "统计数据.zip", "url": self.url(self.zip_path), "type": "zip"}
                ],
            )
        )

    def _file_only(self) -> None:
        """The listing links the DOCX itself: no page, title from the link text. Its text is
        not the 2020 report's of the county's page (1004): one text under two titles of one
        year is one report reposted, which the crawl delivers once."""
        seed = load_seed("001")
        title = "附件县司法局2020年度法治政府建设工作报告"
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        path = COLUMN + "202101/P020210118600005.docx"
        self._listed_file(
            "file_only", path, report_docx(title, paras), title, paras, date="2021-01-18"
        )

    def _listed_file(
        self,
        role: str,
        path: str,
        data: bytes,
        title: str,
        paras: list[str],
        *,
        date: str,
        listed_at: str | None = None,
    ) -> None:
        """A report that is only a file the listing links (itself, or `listed_at`)."""
        kind = path.rsplit(".", 1)[1]
        self._file(path, data, DOCX if kind == "docx" else PDF)
        self.files[role] = path
        self.gold.append(
            AttachmentGold(
                path=path,
                title=title,
                index_no=None,
                publish_date=date,
                body="\n".join(paras),
                body_source="attachment",
                attachments=[{"name": title, "url": self.url(path), "type": kind}],
                source_paragraphs=paras,
                listed_at=listed_at,
            )
        )

    def _viewers(self) -> None:
        """PDFs shown through pdf.js (`viewer.html?file=…`): embedded in a page whose body is
        only the viewer, and linked from the listing as the viewer page itself."""
        self.page(VIEWER, PDFJS_VIEWER)
        seed = load_seed("003")  # each half of its text is one more report
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        half = len(paras) // 2
        title = "附件县发展和改革局2021年度法治政府建设工作报告"
        embedded = COLUMN + "202204/P020220405600008.pdf"
        self._file(embedded, report_pdf(title, paras[:half], "附件县人民政府办公室"), PDF)
        self.files["viewer_embedded"] = embedded
        path = COLUMN + "202204/t20220405_1008.html"
        viewer = f"{VIEWER}?file={quote(embedded, safe='')}"
        frame = f'<iframe src="{viewer}" width="100%" height="900"></iframe>'
        page = self._detail(title, [], [], pub="2022-04-05 10:00", source="附件县人民政府办公室")
        self.page(
            path, page.replace("<div class=TRS_Editor>", f"<div class=TRS_Editor>{frame}", 1)
        )
        self.gold.append(
            AttachmentGold(
                path=path,
                title=title,
                index_no=None,
                publish_date="2022-04-05",
                body="\n".join(paras[:half]),
                body_source="attachment",
                attachments=[
                    {"name": "P020220405600008.pdf", "url": self.url(embedded), "type": "pdf"}
                ],
                source_paragraphs=paras[:half],
            )
        )
        linked = COLUMN + "202205/P020220510600009.pdf"
        title = "附件县财政局2021年度法治政府建设情况报告"
        data = report_pdf(title, paras[half:], "附件县财政局")
        viewed = f"{VIEWER}?file={linked}"
        self._listed_file(
            "viewer_linked", linked, data, title, paras[half:], date="2022-05-10", listed_at=viewed
        )

    def _direct_pdf(self) -> None:
        """The listing links the PDF itself (TRS `P0…pdf`), its objects uncompressed: plain
        text for its first kilobytes, which Scrapy takes for a text response."""
        seed = load_seed("000")
        paras = [simplified(p) for p in seed.gold_body.split("\n")]
        paras = paras[: len(paras) // 2]
        title = "附件县民政局2021年度法治政府建设工作报告"
        path = COLUMN + "202206/P020220615600010.pdf"
        data = report_pdf(title, paras, "附件县民政局")
        self._listed_file("direct_pdf", path, data, title, paras, date="2022-06-15")

    def _listings(self) -> None:
        items = [(g.title, g.listed_at or g.path, g.publish_date) for g in self.gold]
        self.page(
            COLUMN,
            pages.trs_listing(
                column="法治政府建设年度报告",
                crumbs=[("首页", "/")],
                items=items,
                page_count=1,
                current=0,
                sidebar=[],
            ),
        )
        repost = [(self.gold[0].title, NOTICES + "202403/t20240316_2001.html", "2024-03-16")]
        self.page(
            NOTICES,
            pages.trs_listing(
                column="通知公告",
                crumbs=[("首页", "/")],
                items=repost,
                page_count=1,
                current=0,
                sidebar=[],
            ),
        )
        home = (
            pages.head("附件县人民政府")
            + pages.top_bar()
            + '<div class="main"><ul>'
            + f'<li><a href="{COLUMN}">法治政府建设年度报告</a></li>'
            + f'<li><a href="{NOTICES}">通知公告</a></li></ul></div>'
            + pages.footer()
        )
        self.page("/", home)
        self._file(GUIDE, b"%PDF-1.4\n% guide\n%%EOF\n", PDF)


def gold_by_url(site: AttachmentSite) -> dict[str, AttachmentGold]:
    return {site.url(g.path): g for g in site.gold}


def primary_url(site: AttachmentSite, url: str) -> str:
    """The gold URL of a report reached at `url` (a repost stands for its original)."""
    for g in site.gold:
        if url in {site.url(p) for p in g.also_at}:
            return site.url(g.path)
    return url
