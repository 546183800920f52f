"""A county portal (the 略阳县 Hanweb portal's shape, after its OA system began exporting 公文
as OFD, GB/T 33190) whose 法治政府建设 reports are OFD files behind short article pages:

- R1, the 县政府's 2024 report: the page says only `根据《…》，现将…予以公开。` and links
  `附件：….ofd` (a static file, `application/ofd`); the OFD writes one TextCode per line, its
  版头 (`略阳县人民政府文件`, the 文号) in a template page the first page draws, a running
  header in a template every page draws, `— N —` at each foot, 主送, 署名, a date in Chinese
  numerals and the 版记 on the last page;
- R2, the 县司法局's 2024 report: a lead-in `现将…予以公开。` and an OFD behind
  `/servlet/download.jsp?fileId=…` (`application/octet-stream`, the name in a raw GBK
  `Content-Disposition`), written one TextCode per character;
- R3, the 县政府's 2023 report: `详见附件。` above the same 公文 as a PDF (附件1) and as an
  OFD (附件2, `…（OFD版）.ofd`, TextCodes per run of a few characters): its text once;
- decoys: the 2025 工作要点 (page → 红头 OFD), a 解读 page, the 考核 通报 (an OFD the list
  links itself), a 常务会议 news item that 听取 the report, and the portal's other columns.

Gold bodies are the report as a reader reads it: 主送, the paragraphs whole, 署名 and date;
not the 版头, title, running header, page numbers or 版记.
"""

from __future__ import annotations

from tests.fixtureweb.blindkit import NEGATIVE_BODY
from tests.fixtureweb.ofdgen import Gongwen, gongwen_ofd
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.sites.attachment_county import (
    CREDIT,
    GOV,
    GOV_OFFICE,
    JIEDU_BODY,
    OCTET,
    SFJ,
    AttachmentCountySite,
)
from tests.fixtureweb.sites.pdf_layout_county import Gongwen as PdfGongwen
from tests.fixtureweb.sites.pdf_layout_county import clean, cn_date, gongwen_pdf

OFD = "application/ofd"
PDF = "application/pdf"
SERVLET = "/servlet/download.jsp?fileId="
CC = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"
LEAD_IN = "根据《法治政府建设与责任落实督察工作规定》，现将{what}予以公开。"


class OfdCountySite(AttachmentCountySite):
    name = "ofd_county"
    region = "陕西省汉中市略阳县"

    def _upload(self, pub: str, ext: str) -> str:
        self.next_id += 3
        return f"/uploadfiles/{pub[:4]}/{pub[5:7]}/{pub.replace('-', '')}1030{self.next_id}.{ext}"

    def _gold_ofd(
        self, path: str, title: str, doc: Gongwen, pub: str, publisher: str, **meta: str
    ) -> None:
        lines = [doc.addressee or "", *doc.paragraphs, doc.signature or "", doc.date or ""]
        self._gold_part(path, title, [ln for ln in lines if ln], publisher, pub, **meta)

    def _fzzf(self) -> None:
        add = self.items.append

        # decoy: the 2025 工作要点, a 红头 OFD of the 县政府办公室 behind a lead-in
        title = "略阳县人民政府办公室关于印发《略阳县2025年法治政府建设工作要点》的通知"
        pub = "2025-04-03"
        path = self._art(pub)
        ofd = self._upload(pub, "ofd")
        doc = Gongwen(
            title_lines=[
                "略阳县人民政府办公室",
                "关于印发《略阳县2025年法治政府建设工作要点》的通知",
            ],
            paragraphs=NEGATIVE_BODY,
            running_header="略阳县人民政府办公室　略政办发〔2025〕7号",
            red_head=("略阳县人民政府办公室文件", "略政办发〔2025〕7号"),
            signature=GOV_OFFICE,
            date=cn_date("2025-03-31"),
        )
        self._file(ofd, gongwen_ofd(doc), OFD)
        self.page(
            path,
            self._detail(
                title,
                ["现将《略阳县2025年法治政府建设工作要点》予以公开。"],
                pub=pub + " 10:12",
                source=GOV_OFFICE,
                attachments=[(f"附件：{title}.ofd", f'href="{ofd}" target="_blank"')],
            ),
        )
        self.negative_titles.append(title)
        add((title, path, pub))

        # R1: the 县政府's 2024 report, one OFD (a TextCode a line, templates, 版记)
        title = "略阳县人民政府关于2024年度法治政府建设情况的报告"
        pub = "2025-03-26"
        path = self._art(pub)
        doc = Gongwen(
            title_lines=["略阳县人民政府", "关于2024年度法治政府建设情况的报告"],
            paragraphs=clean(load_seed("003").body_lines),
            running_header="略阳县人民政府　略政发〔2025〕9号",
            red_head=("略阳县人民政府文件", "略政发〔2025〕9号"),
            addressee="汉中市人民政府：",
            signature=GOV,
            date=cn_date("2025-03-18"),
            banji=(CC, GOV_OFFICE, "2025年3月20日印发"),
        )
        ofd = self._upload(pub, "ofd")
        self._file(ofd, gongwen_ofd(doc, "line"), OFD)
        meta = {
            "index_no": f"{CREDIT}/2025-00021",
            "written_date": "2025-03-18",
            "doc_no": "略政发〔2025〕9号",
        }
        self._gold_ofd(path, title, doc, pub, GOV, **meta)
        self.page(
            path,
            self._detail(
                title,
                [LEAD_IN.format(what="略阳县人民政府2024年度法治政府建设情况")],
                pub=pub + " 16:30",
                source=GOV,
                attachments=[(f"附件：{title}.ofd", f'href="{ofd}" target="_blank"')],
                table=(meta["index_no"], GOV, meta["written_date"], meta["doc_no"]),
            ),
        )
        add((title, path, pub))

        # decoy: its 解读 (text)
        jiedu = f"《{title}》解读"
        path = self._art("2025-03-27")
        self.page(path, self._detail(jiedu, JIEDU_BODY, pub="2025-03-27 09:05", source=SFJ))
        self.negative_titles.append(jiedu)
        add((jiedu, path, "2025-03-27"))

        # news: a meeting that 听取 the report
        news = "县政府召开第42次常务会议 听取2024年度法治政府建设情况报告"
        path = self._art("2025-03-20")
        self.page(
            path,
            self._detail(
                news,
                [
                    "3月19日，县长主持召开县政府第42次常务会议，听取2024年度法治政府建设情况报告，"
                    "研究部署2025年法治政府建设重点工作。",
                    "会议还研究了其他事项。",
                ],
                pub="2025-03-20 18:20",
                source="略阳县融媒体中心",
            ),
        )
        self.negative_titles.append(news)
        add((news, path, "2025-03-20"))

        # R2: the 县司法局's 2024 report, an OFD behind a download servlet (a TextCode a character)
        title = "略阳县司法局2024年度法治政府建设情况报告"
        pub = "2025-03-12"
        path = self._art(pub)
        doc = Gongwen(
            title_lines=["略阳县司法局", "关于2024年度法治政府建设情况的报告"],
            paragraphs=clean(load_seed("001").body_lines),
            running_header="略阳县司法局　略司发〔2025〕3号",
            red_head=("略阳县司法局文件", "略司发〔2025〕3号"),
            addressee="县人民政府：",
            signature=SFJ,
            date=cn_date("2025-03-06"),
        )
        servlet = f"{SERVLET}{self.next_id * 7}"
        self._file(servlet, gongwen_ofd(doc, "char"), OCTET, f"{title}.ofd", "gbk")
        self._gold_ofd(path, title, doc, pub, SFJ)
        self.page(
            path,
            self._detail(
                title,
                [f"现将{SFJ}2024年度法治政府建设情况予以公开。"],
                pub=pub + " 09:42",
                source=SFJ,
                attachments=[(f"{title}.ofd", f'href="{servlet}" target="_blank"')],
            ),
        )
        add((title, path, pub))

        # decoy: the 考核 通报, an OFD the list links itself
        title = "关于2024年度法治政府建设考核结果的通报"
        pub = "2025-01-15"
        ofd = self._upload(pub, "ofd")
        doc = Gongwen(
            title_lines=[title],
            paragraphs=NEGATIVE_BODY,
            running_header="中共略阳县委全面依法治县委员会办公室",
        )
        self._file(ofd, gongwen_ofd(doc), OFD)
        self.negative_titles.append(title)
        add((title, ofd, pub))

        # R3: the 县政府's 2023 report, the same 公文 as a PDF and as an OFD
        title = "略阳县人民政府关于2023年度法治政府建设情况的报告"
        pub = "2024-03-26"
        path = self._art(pub)
        paras = clean(load_seed("000").body_lines)
        doc = Gongwen(
            title_lines=["略阳县人民政府", "关于2023年度法治政府建设情况的报告"],
            paragraphs=paras,
            running_header="略阳县人民政府　略政发〔2024〕6号",
            red_head=("略阳县人民政府文件", "略政发〔2024〕6号"),
            addressee="汉中市人民政府：",
            signature=GOV,
            date=cn_date("2024-03-20"),
        )
        pdf_doc = PdfGongwen(
            title_lines=doc.title_lines,
            running_header=doc.running_header,
            red_head=doc.red_head,
            addressee=doc.addressee,
            signature=GOV,
            date="2024-03-20",
        )
        pdf, ofd = self._upload(pub, "pdf"), self._upload(pub, "ofd")
        self._file(pdf, gongwen_pdf(pdf_doc, paras), PDF)
        self._file(ofd, gongwen_ofd(doc, "run"), OFD)
        meta = {
            "index_no": f"{CREDIT}/2024-00019",
            "written_date": "2024-03-20",
            "doc_no": "略政发〔2024〕6号",
        }
        self._gold_ofd(path, title, doc, pub, GOV, **meta)
        self.page(
            path,
            self._detail(
                title,
                ["详见附件。"],
                pub=pub + " 15:30",
                source=GOV,
                attachments=[
                    (f"附件1：{title}.pdf", f'href="{pdf}" target="_blank"'),
                    (f"附件2：{title}（OFD版）.ofd", f'href="{ofd}" target="_blank"'),
                ],
                table=(meta["index_no"], GOV, meta["written_date"], meta["doc_no"]),
            ),
        )
        add((title, path, pub))
