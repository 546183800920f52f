"""A Hunan county portal on TRS WCM (澧县, 常德市) whose 法治政府建设 reports are published as
FILES behind short article pages, the files carrying the real print layout of 公文 (GB/T 9704):

- 首页 → 政府信息公开 (`/zwgk/index.html`, a 目录 tree and boxes) → 法治政府建设
  (`/zwgk/zfxxgkml/fzzfjs/index.html`, `index_1.html` by TRS `createPageHTML`), 14 items;
  article pages `./YYYYMM/tYYYYMMDD_N.html`, attachments `./P0YYYYMMDD….pdf` beside them,
  served as static files (`application/pdf`, no `Content-Disposition`);
- each report page shows the 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号,
  发布日期), the title, one lead-in sentence (or nothing) and a 相关附件 block;
- the PDFs are set as 公文 are printed: a running header, the red 文件头
  (`澧县人民政府文件`, `澧政发〔2025〕5号`, a red rule), the title on two lines, 主送, body
  lines wrapped at 28 characters (every line ends mid-sentence; first lines indented two),
  `— N —` at each page foot (odd pages right, even pages left), the 署名 and a date in
  Chinese numerals, `（此件公开发布）`, and the 版记 (抄送, 印发机关 and 印发日期 between
  rules) at the foot of the last page;
- R1, the 县政府's 2024 report: lead-in sentence, 附件1 the PDF, 附件2
  `行政复议案件统计表.xls`;
- R2, the 县司法局's 2024 report: lead-in sentence, the link text is the uploaded file's name
  only (`4f8a9c.pdf`); its PDF has the 司法局's 文件头 and 主送 `县人民政府：`;
- R3, the county's 2023 report: empty article body, one link
  `附件：澧县2023年度法治政府建设工作报告.pdf`; the PDF's own title differs from the page's;
- R4, the 2020 report: lead-in sentence and a `.docx` (title, text, 署名, date; header and
  footer in the Word file);
- decoys, several as files: the 2025 工作要点 (a 红头 PDF of the 县政府办公室 with the same
  layout), a 督察整改 report (红头 PDF), the 考核 通报 (PDF), the 2024 工作要点 and the
  实施方案 (PDFs linked from the list), the 八五普法 plan (DOCX), a 政策解读 page, a 一图读懂
  page of images, the 2020 工作要点, a 常务会议 news item that 听取 the 2024 report, and the
  政府信息公开工作年度报告 pages (PDFs) in the 年报 column.

Gold bodies are the report text as a reader reads it: 主送, the paragraphs whole, the 署名,
the date as printed and the 附注; not the 文件头, title, running header, page numbers or 版记.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import _register_font
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply
from tests.fixtureweb.sites.demo import GoldReport

SITE = "澧县人民政府"
GOV = "澧县人民政府"
GOV_OFFICE = "澧县人民政府办公室"
SFJ = "澧县司法局"
CODE = "4307230001"
CREDIT = "11430723006190527Q"
ZWGK = "/zwgk/index.html"
FZZF_DIR = "/zwgk/zfxxgkml/fzzfjs/"
FZZF = FZZF_DIR + "index.html"
NDBG_DIR = "/zwgk/zfxxgkml/ndbg/"
NDBG = NDBG_DIR + "index.html"
ZCWJ_DIR = "/zwgk/zfxxgkml/zcwj/"
ZCWJ = ZCWJ_DIR + "index.html"
YW_DIR = "/xwzx/zwyw/"
YW = YW_DIR + "index.html"
TZGG_DIR = "/xwzx/tzgg/"
TZGG = TZGG_DIR + "index.html"
PAGE_SIZE = 10
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLS_TYPE = "application/vnd.ms-excel"
# An .xls the fixtures cannot write: an OLE compound file's signature and padding (never read).
XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096
NAV = [
    ("首页", "/index.html"),
    ("走进澧县", "/zjlx/index.html"),
    ("新闻中心", YW),
    ("政府信息公开", ZWGK),
    ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
    ("互动交流", "/hdjl/index.html"),
]
CC_GOV = "县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院，县人武部。"
RED = Color(0.85, 0.0, 0.0)
GRAY = Color(0.45, 0.45, 0.45)

YAODIAN_BODY = [
    "各乡镇人民政府，县政府各部门、各直属机构：",
    "《澧县2025年法治政府建设工作要点》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
    "澧县2025年法治政府建设工作要点",
    "为深入贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，结合我县实际，"
    "制定本工作要点。",
    "一、加强党对法治政府建设的领导。各级各部门主要负责人切实履行推进法治建设第一责任人职责，"
    "将法治政府建设纳入年度工作计划。",
    "二、健全依法行政制度体系。严格落实重大行政决策程序，加强行政规范性文件合法性审核和备案审查。",
    "三、严格规范公正文明执法。深化行政执法体制改革，全面推行行政执法公示、执法全过程记录、"
    "重大执法决定法制审核制度。",
    "四、强化行政权力制约监督。自觉接受人大监督、民主监督，发挥行政复议化解行政争议主渠道作用。",
    "五、各乡镇、各部门要对照本要点，结合实际制定具体措施，于2025年12月10日前将落实情况报县司法局。",
]
ZHENGGAI_BODY = [
    "常德市人民政府：",
    "根据市委全面依法治市委员会办公室法治政府建设督察反馈意见，我县高度重视，逐条研究制定整改措施。"
    "现将整改情况报告如下：",
    "一、整改工作总体情况",
    "县政府成立整改工作领导小组，制定整改方案，明确责任单位和完成时限，截至目前，反馈的6个问题"
    "已全部完成整改。",
    "二、具体问题整改落实情况",
    "（一）关于重大行政决策程序不够规范的问题。制定重大行政决策事项目录，严格履行公众参与、"
    "专家论证、风险评估、合法性审查和集体讨论决定程序。",
    "（二）关于行政执法监督不够有力的问题。开展行政执法案卷评查，对发现的问题督促限期整改。",
    "三、下一步工作打算",
    "我县将持续巩固整改成果，建立健全长效机制，推动法治政府建设不断取得新成效。",
]
KAOHE_BODY = [
    "各乡镇人民政府，县政府各部门、各直属机构：",
    "根据《澧县法治政府建设考核办法》，县委全面依法治县委员会办公室组织开展了2024年度法治政府"
    "建设考核，现将考核结果通报如下。",
    "一、考核等次为优秀的单位（14个）",
    "二、考核等次为良好的单位（31个）",
    "希望受到表扬的单位珍惜荣誉，再接再厉；其他单位要对照考核中发现的问题，认真抓好整改。",
]
PUFA_BODY = [
    "为深入开展法治宣传教育，扎实推进全县第八个五年法治宣传教育工作，制定本规划。",
    "一、指导思想",
    "以习近平新时代中国特色社会主义思想为指导，深入学习宣传贯彻习近平法治思想。",
    "二、主要目标",
    "到2025年，全民法治观念和法治素养普遍提升，社会主义法治文化建设取得新成效。",
    "三、组织实施",
    "各乡镇、各部门要把法治宣传教育纳入经济社会发展规划，确保本规划各项任务落到实处。",
]
JIEDU_BODY = [
    "一、起草背景",
    "根据《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府每年第一季度要向同级党委、"
    "人大常委会和上一级政府报告上一年度法治政府建设情况，并通过报刊、网站等新闻媒体向社会公开。",
    "二、主要内容",
    "报告分为三个部分：一是2024年度推进法治政府建设的主要举措和成效；二是存在的不足和原因；"
    "三是2025年工作打算。",
    "三、解读机关及联系方式",
    "解读机关：澧县司法局　联系电话：0736-3221234",
]
MEETING_BODY = [
    "3月18日，县长主持召开县人民政府第45次常务会议，听取2024年度法治政府建设情况报告，"
    "研究部署2025年法治政府建设重点工作。",
    "会议强调，要深入学习贯彻习近平法治思想，坚持依法行政，持续提升政府治理法治化水平。",
    "会议还研究了其他事项。",
]
XXGK_BODY = [
    "本报告由澧县人民政府办公室根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开"
    "办公室有关要求编制。",
    "一、总体情况",
    "本年度，澧县人民政府坚持以公开为常态、不公开为例外，主动公开政府信息5200余条。",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]

_CN_DIGITS = "〇一二三四五六七八九"


def cn_date(iso: str) -> str:
    """`2025-03-18` as 公文 print it: `二〇二五年三月十八日`."""
    y, m, d = (int(x) for x in iso.split("-"))

    def small(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")

    return "".join(_CN_DIGITS[int(c)] for c in str(y)) + f"年{small(m)}月{small(d)}日"


def clean(paras: Sequence[str]) -> list[str]:
    """Paragraphs as the gold body has them (mojibake runs of a capture removed); a `·` the
    PDFs' CID font has no glyph for is left out of the text, as a typesetter would have."""
    return [re.sub(r"[?？\ufffd]{3,}", "", p).strip().replace("·", "") for p in paras]


# --- 公文 PDF ---------------------------------------------------------------------------------
@dataclass
class Gongwen:
    """What a 公文 carries besides its paragraphs."""

    title_lines: Sequence[str]
    running_header: str
    red_head: tuple[str, str] | None = None  # (发文机关标志, 发文字号)
    addressee: str | None = None  # 主送机关
    signature: str | None = None  # 发文机关署名
    date: str | None = None  # 成文日期, ISO
    note: str | None = None  # 附注
    cc: str | None = None  # 抄送
    printer: str | None = None  # 印发机关
    print_date: str | None = None  # 印发日期, ISO


NO_LINE_START = set("，。、；：？！”’）》」』】,.;:?!)%")
NO_LINE_END = set("“‘（《「『【(")
BODY_SIZE = 15.8
LEADING = 28.9
LEFT = 28 * mm
RIGHT = A4[0] - 26 * mm
TOP = A4[1] - 37 * mm
BOTTOM = 35 * mm


def wrap(text: str, font: str, size: float, first: float, width: float) -> list[str]:
    """Lines as a word processor breaks them: by width, a closing mark never starting a line."""
    lines: list[str] = []
    line = ""
    avail = width - first
    for ch in text:
        if stringWidth(line + ch, font, size) > avail + 0.01 and line and ch not in NO_LINE_START:
            carry = ""
            while line and line[-1] in NO_LINE_END:  # an opening mark goes to the next line
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line)
            line = carry
            avail = width
        line += ch
    if line:
        lines.append(line)
    return lines


def gongwen_pdf(doc: Gongwen, paragraphs: Sequence[str]) -> bytes:
    """A 公文 as an office's OA system exports it to PDF (every line its own text run)."""
    font = _register_font()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setTitle("")
    c.setCreator("WPS 文字")
    width = RIGHT - LEFT
    state = {"page": 1, "y": TOP}

    def furniture() -> None:
        c.setFillColor(GRAY)
        c.setFont(font, 9)
        c.drawString(LEFT, A4[1] - 15 * mm, doc.running_header)
        c.setStrokeColor(GRAY)
        c.setLineWidth(0.4)
        c.line(LEFT, A4[1] - 17 * mm, RIGHT, A4[1] - 17 * mm)
        c.setFillColor(black)
        c.setFont(font, 14)
        number = f"— {state['page']} —"
        if state["page"] % 2:  # 单页码居右，双页码居左 (GB/T 9704)
            c.drawRightString(RIGHT - 14, 26 * mm, number)
        else:
            c.drawString(LEFT + 14, 26 * mm, number)

    def new_page() -> None:
        c.showPage()
        state["page"] += 1
        state["y"] = TOP
        furniture()

    def line_at(
        text: str, x: float, size: float = BODY_SIZE, lead: float = LEADING, fill: float = 0
    ) -> None:
        """A line at the cursor; `fill`: the width a justified line spreads its characters to."""
        if state["y"] < BOTTOM:
            new_page()
        c.setFont(font, size)
        space = 0.0
        if fill and len(text) > 1:
            space = (fill - stringWidth(text, font, size)) / (len(text) - 1)
        c.drawString(x, state["y"], text, charSpace=space)
        state["y"] -= lead

    furniture()
    if doc.red_head:
        mark, number = doc.red_head
        c.setFillColor(RED)
        c.setFont(font, 34)
        c.drawCentredString(A4[0] / 2, A4[1] - 72 * mm, mark)
        c.setFillColor(black)
        c.setFont(font, BODY_SIZE)
        c.drawCentredString(A4[0] / 2, A4[1] - 97 * mm, number)
        c.setStrokeColor(RED)
        c.setLineWidth(2)
        c.line(LEFT, A4[1] - 101 * mm, RIGHT, A4[1] - 101 * mm)
        c.setStrokeColor(black)
        state["y"] = A4[1] - 118 * mm
    for t in doc.title_lines:
        c.setFont(font, 21)
        c.drawCentredString(A4[0] / 2, state["y"], t)
        state["y"] -= 34
    state["y"] -= LEADING
    if doc.addressee:
        line_at(doc.addressee, LEFT)
    for para in paragraphs:
        lines = wrap(para, font, BODY_SIZE, 2 * BODY_SIZE, width)
        for k, text in enumerate(lines):
            indent = 2 * BODY_SIZE if k == 0 else 0
            # 两端对齐: every line but a paragraph's last is spread to the full measure
            line_at(text, LEFT + indent, fill=width - indent if k < len(lines) - 1 else 0)
    if doc.signature and doc.date:
        state["y"] -= 2 * LEADING
        date = cn_date(doc.date)
        date_right = RIGHT - 4 * BODY_SIZE
        date_w = stringWidth(date, font, BODY_SIZE)
        sig_w = stringWidth(doc.signature, font, BODY_SIZE)
        line_at(doc.signature, date_right - date_w / 2 - sig_w / 2)
        line_at(date, date_right - date_w)
    if doc.note:
        state["y"] -= LEADING / 2
        line_at(doc.note, LEFT + 2 * BODY_SIZE)
    if doc.cc and doc.printer and doc.print_date:
        # 版记 at the foot of the last page: 抄送, then 印发机关 and 印发日期, between rules.
        size = 14.0
        cc_lines = wrap("抄送：" + doc.cc, font, size, size, width - size)
        height = (len(cc_lines) + 1) * 24 + 12
        if state["y"] - height < BOTTOM - 8:
            new_page()
        y = BOTTOM + height
        c.setLineWidth(0.8)
        c.line(LEFT, y + 18, RIGHT, y + 18)
        c.setFont(font, size)
        for k, text in enumerate(cc_lines):
            c.drawString(LEFT + size + (0 if k == 0 else 3 * size), y, text)
            y -= 24
        c.setLineWidth(0.5)
        c.line(LEFT, y + 16, RIGHT, y + 16)
        y -= 4
        c.drawString(LEFT + size, y, doc.printer)
        c.drawRightString(RIGHT - size, y, printed(doc.print_date))
        c.setLineWidth(0.8)
        c.line(LEFT, y - 8, RIGHT, y - 8)
    c.showPage()
    c.save()
    return out.getvalue()


def printed(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日印发"


def report_docx_file(
    title: str,
    paragraphs: Sequence[str],
    signature: str,
    date: str,
    header: str,
    *,
    red_head: tuple[str, str] | None = None,
    addressee: str | None = None,
    banji: tuple[str, str, str] | None = None,
) -> bytes:
    """A Word document as an office's 公文 template makes it: optional red 发文机关标志 and
    发文字号, the title, 主送, the text, 署名 and date on the right, and the 版记 (抄送, 印发机关,
    印发日期) as a bordered table at the end; a header line and a page-number footer."""
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = "— 1 —"
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if red_head:
        mark = document.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = mark.add_run(red_head[0])
        run.font.size = Pt(36)
        run.font.color.rgb = RGBColor(0xD4, 0x00, 0x00)
        number = document.add_paragraph(red_head[1])
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_paragraph("")
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(title)
    run.font.size = Pt(22)
    document.add_paragraph("")
    if addressee:
        document.add_paragraph(addressee)
    for text in paragraphs:
        p = document.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(32)
    document.add_paragraph("")
    for text in (signature, date):
        p = document.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if banji:
        cc, printer, printed_on = banji
        for _ in range(3):
            document.add_paragraph("")
        grid = document.add_table(rows=2, cols=2)
        grid.style = "Table Grid"
        top = grid.cell(0, 0).merge(grid.cell(0, 1))
        top.text = "抄送：" + cc
        grid.cell(1, 0).text = printer
        grid.cell(1, 1).text = printed_on
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- the portal -------------------------------------------------------------------------------
@dataclass
class Item:
    title: str
    url: str  # the list's link: a page, or a file the list links itself
    date: str


class PdfLayoutCountySite(BlindSite):
    name = "pdf_layout_county"
    region = "湖南省常德市澧县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 10845123
        self.items: list[Item] = []
        self._fzzf()
        self._fzzf_listing()
        self._ndbg()
        self._other_columns()
        self._zwgk()
        self._home()

    # --- helpers -------------------------------------------------------------------------------
    def _file(self, path: str, data: bytes, ctype: str) -> str:
        self.pages[path] = Reply(200, data, {"Content-Type": ctype, "Accept-Ranges": "bytes"})
        return path

    def _art(self, column_dir: str, pub: str) -> tuple[str, str]:
        """A TRS article URL (`YYYYMM/tYYYYMMDD_N.html`) and its directory."""
        self.next_id += 2317
        ym = pub[:7].replace("-", "")
        folder = f"{column_dir}{ym}/"
        return f"{folder}t{pub.replace('-', '')}_{self.next_id}.html", folder

    def _p0(self, folder: str, pub: str, ext: str) -> tuple[str, str]:
        """A TRS attachment: its relative href (`./P0….pdf`) and path."""
        self.next_id += 7
        name = f"P0{pub.replace('-', '')}{self.next_id:010d}{self.next_id % 997:03d}.{ext}"
        return f"./{name}", folder + name

    def _gold(
        self,
        path: str,
        title: str,
        body: Sequence[str],
        *,
        publisher: str,
        pub: str,
        index_no: str,
        written: str,
        doc_no: str | None,
    ) -> None:
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                index_no=index_no,
                publisher=publisher,
                publish_date=pub,
                report_year=int(year.group(1)) if year else None,
                body="\n".join(body),
                written_date=written,
                doc_no=doc_no,
            )
        )

    # --- 法治政府建设 ---------------------------------------------------------------------------
    def _fzzf(self) -> None:
        add = self.items.append

        # decoy: 2025 工作要点, a 红头 PDF of the 县政府办公室 behind a lead-in sentence
        title = "澧县人民政府办公室关于印发《澧县2025年法治政府建设工作要点》的通知"
        pub = "2025-04-03"
        path, folder = self._art(FZZF_DIR, pub)
        href, fpath = self._p0(folder, pub, "pdf")
        doc = Gongwen(
            title_lines=["澧县人民政府办公室", "关于印发《澧县2025年法治政府建设工作要点》的通知"],
            running_header="澧县人民政府办公室　澧政办发〔2025〕7号",
            red_head=("澧县人民政府办公室文件", "澧政办发〔2025〕7号"),
            signature=GOV_OFFICE,
            date="2025-03-31",
            note="（此件公开发布）",
            cc=CC_GOV,
            printer=GOV_OFFICE,
            print_date="2025-04-01",
        )
        self._file(fpath, gongwen_pdf(doc, YAODIAN_BODY[1:]), PDF)
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 10:12",
                source=GOV_OFFICE,
                lead=["现将《澧县2025年法治政府建设工作要点》予以公开，全文详见附件。"],
                attachments=[(href, f"{title}.pdf")],
                table=(f"{CREDIT}/2025-00027", GOV_OFFICE, "2025-03-31", "澧政办发〔2025〕7号"),
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # decoy: 一图读懂 the 2024 report, images only
        title = "一图读懂｜澧县人民政府关于2024年度法治政府建设情况的报告"
        pub = "2025-03-27"
        path, folder = self._art(FZZF_DIR, pub)
        imgs = "".join(
            f'<p style="text-align:center;"><img src="./W0{pub.replace("-", "")}58012345{k}.jpg"'
            ' border="0" /></p>\n'
            for k in range(5)
        )
        self.page(
            path,
            self._detail(title, pub=pub + " 16:40", source=SFJ, raw_body=imgs),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # R1: the 县政府's 2024 report, lead-in, 附件1 the 公文 PDF, 附件2 an .xls
        title = "澧县人民政府关于2024年度法治政府建设情况的报告"
        pub = "2025-03-26"
        path, folder = self._art(FZZF_DIR, pub)
        paras = clean(load_seed("003").body_lines)
        doc = Gongwen(
            title_lines=["澧县人民政府", "关于2024年度法治政府建设情况的报告"],
            running_header="澧县人民政府　澧政发〔2025〕5号",
            red_head=("澧县人民政府文件", "澧政发〔2025〕5号"),
            addressee="常德市人民政府：",
            signature=GOV,
            date="2025-03-18",
            note="（此件公开发布）",
            cc=CC_GOV,
            printer=GOV_OFFICE,
            print_date="2025-03-20",
        )
        href, fpath = self._p0(folder, pub, "pdf")
        self._file(fpath, gongwen_pdf(doc, paras), PDF)
        xhref, xpath = self._p0(folder, pub, "xls")
        self._file(xpath, XLS, XLS_TYPE)
        self._gold(
            path,
            title,
            [doc.addressee or "", *paras, GOV, cn_date("2025-03-18"), "（此件公开发布）"],
            publisher=GOV,
            pub=pub,
            index_no=f"{CREDIT}/2025-00021",
            written="2025-03-18",
            doc_no="澧政发〔2025〕5号",
        )
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 16:30",
                source=GOV,
                lead=[
                    "根据《法治政府建设与责任落实督察工作规定》，现将澧县人民政府2024年度"
                    "法治政府建设情况予以公开。"
                ],
                attachments=[
                    (href, f"附件1：{title}.pdf"),
                    (xhref, "附件2：行政复议案件统计表.xls"),
                ],
                table=(f"{CREDIT}/2025-00021", GOV, "2025-03-18", "澧政发〔2025〕5号"),
            ),
        )
        add(Item(title, path, pub))
        self.r1 = Item(title, path, pub)

        # decoy: 政策解读 of R1 (text)
        title = "《澧县人民政府关于2024年度法治政府建设情况的报告》政策解读"
        pub = "2025-03-26"
        path, folder = self._art(FZZF_DIR, pub)
        self.page(
            path,
            self._detail(
                title, pub=pub + " 16:45", source=SFJ, body=JIEDU_BODY, related=[self.r1]
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # R2: the 县司法局's 2024 report; the link text is the uploaded file's name only
        title = "澧县司法局2024年度法治政府建设工作报告"
        pub = "2025-03-12"
        path, folder = self._art(FZZF_DIR, pub)
        paras = clean(load_seed("001").body_lines)
        doc = Gongwen(
            title_lines=["澧县司法局", "关于2024年度法治政府建设工作情况的报告"],
            running_header="澧县司法局　澧司发〔2025〕3号",
            red_head=("澧县司法局文件", "澧司发〔2025〕3号"),
            addressee="县人民政府：",
            signature=SFJ,
            date="2025-03-06",
            cc="县委全面依法治县委员会办公室。",
            printer="澧县司法局办公室",
            print_date="2025-03-07",
        )
        href, fpath = self._p0(folder, pub, "pdf")
        self._file(fpath, gongwen_pdf(doc, paras), PDF)
        self._gold(
            path,
            title,
            [doc.addressee or "", *paras, SFJ, cn_date("2025-03-06")],
            publisher=SFJ,
            pub=pub,
            index_no="11430723006190959K/2025-00008",
            written="2025-03-06",
            doc_no="澧司发〔2025〕3号",
        )
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 09:42",
                source=SFJ,
                lead=["现将澧县司法局2024年度法治政府建设工作情况公开如下（见附件）。"],
                attachments=[(href, "4f8a9c.pdf")],
                table=("11430723006190959K/2025-00008", SFJ, "2025-03-06", "澧司发〔2025〕3号"),
            ),
        )
        add(Item(title, path, pub))

        # decoy: 考核 通报 (page + PDF)
        title = "关于2024年度法治政府建设考核结果的通报"
        pub = "2025-01-16"
        path, folder = self._art(FZZF_DIR, pub)
        href, fpath = self._p0(folder, pub, "pdf")
        doc = Gongwen(
            title_lines=["关于2024年度法治政府建设考核结果的通报"],
            running_header="中共澧县县委全面依法治县委员会办公室",
            signature="中共澧县县委全面依法治县委员会办公室",
            date="2025-01-14",
        )
        self._file(fpath, gongwen_pdf(doc, KAOHE_BODY), PDF)
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 11:05",
                source=SFJ,
                lead=["详见附件。"],
                attachments=[(href, f"{title}.pdf")],
                table=(f"{CREDIT}/2025-00004", "澧县司法局", "2025-01-14", ""),
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # decoy: 2024 工作要点, a PDF the list links itself
        title = "澧县2024年法治政府建设工作要点"
        pub = "2024-04-10"
        _, fpath = self._p0(FZZF_DIR + "202404/", pub, "pdf")
        doc = Gongwen(title_lines=[title], running_header="澧县人民政府办公室")
        self._file(fpath, gongwen_pdf(doc, NEGATIVE_BODY), PDF)
        self.negative_titles.append(title)
        add(Item(title, fpath, pub))

        # R3: the county's 2023 report: empty body, one `附件：….pdf` link
        title = "澧县2023年度法治政府建设工作报告"
        pub = "2024-03-27"
        path, folder = self._art(FZZF_DIR, pub)
        paras = clean(load_seed("000").body_lines)
        doc = Gongwen(
            title_lines=["澧县人民政府", "关于2023年度法治政府建设工作情况的报告"],
            running_header="澧县人民政府　澧政发〔2024〕4号",
            red_head=("澧县人民政府文件", "澧政发〔2024〕4号"),
            addressee="常德市人民政府：",
            signature=GOV,
            date="2024-03-20",
            note="（此件公开发布）",
            cc=CC_GOV,
            printer=GOV_OFFICE,
            print_date="2024-03-22",
        )
        href, fpath = self._p0(folder, pub, "pdf")
        self._file(fpath, gongwen_pdf(doc, paras), PDF)
        self._gold(
            path,
            title,
            [doc.addressee or "", *paras, GOV, cn_date("2024-03-20"), "（此件公开发布）"],
            publisher=GOV,
            pub=pub,
            index_no=f"{CREDIT}/2024-00019",
            written="2024-03-20",
            doc_no="澧政发〔2024〕4号",
        )
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 15:30",
                source=GOV,
                raw_body="<p>&nbsp;</p>",
                attachments=[(href, f"附件：{title}.pdf")],
                table=(f"{CREDIT}/2024-00019", GOV, "2024-03-20", "澧政发〔2024〕4号"),
            ),
        )
        add(Item(title, path, pub))

        # decoy: 督察整改 report, a 红头 PDF behind a lead-in
        title = "澧县人民政府关于2023年度法治政府建设督察反馈问题整改情况的报告"
        pub = "2023-11-20"
        path, folder = self._art(FZZF_DIR, pub)
        href, fpath = self._p0(folder, pub, "pdf")
        doc = Gongwen(
            title_lines=["澧县人民政府", "关于2023年度法治政府建设督察反馈问题整改情况的报告"],
            running_header="澧县人民政府　澧政函〔2023〕86号",
            red_head=("澧县人民政府", "澧政函〔2023〕86号"),
            signature=GOV,
            date="2023-11-15",
            note="（此件公开发布）",
            cc=CC_GOV,
            printer=GOV_OFFICE,
            print_date="2023-11-16",
        )
        self._file(fpath, gongwen_pdf(doc, ZHENGGAI_BODY), PDF)
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 10:20",
                source=GOV,
                lead=["现将我县法治政府建设督察反馈问题整改情况予以公开。"],
                attachments=[(href, f"{title}.pdf")],
                table=(f"{CREDIT}/2023-00088", GOV, "2023-11-15", "澧政函〔2023〕86号"),
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # decoy: 实施方案, a PDF the list links itself
        title = "澧县法治政府建设实施方案（2021—2025年）"
        pub = "2022-01-12"
        _, fpath = self._p0(FZZF_DIR + "202201/", pub, "pdf")
        doc = Gongwen(title_lines=[title], running_header="澧县人民政府")
        self._file(fpath, gongwen_pdf(doc, NEGATIVE_BODY), PDF)
        self.negative_titles.append(title)
        add(Item(title, fpath, pub))

        # decoy: 八五普法 plan (page + DOCX)
        title = "澧县法治宣传教育第八个五年规划（2021—2025年）"
        pub = "2021-12-08"
        path, folder = self._art(FZZF_DIR, pub)
        href, fpath = self._p0(folder, pub, "docx")
        self._file(
            fpath, report_docx_file(title, PUFA_BODY, SFJ, "2021年12月6日", "澧县司法局"), DOCX
        )
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 09:00",
                source=SFJ,
                lead=["详见附件。"],
                attachments=[(href, f"{title}.docx")],
                table=(f"{CREDIT}/2021-00102", SFJ, "2021-12-06", ""),
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

        # R4: the 2020 report: lead-in and a DOCX made from the 公文 template
        title = "澧县2020年度法治政府建设工作开展情况"
        pub = "2021-01-15"
        path, folder = self._art(FZZF_DIR, pub)
        paras = clean(load_seed("004").body_lines)
        href, fpath = self._p0(folder, pub, "docx")
        self._file(
            fpath,
            report_docx_file(
                "澧县人民政府关于2020年度法治政府建设工作开展情况的报告",
                paras,
                GOV,
                "2021年1月12日",
                "澧县人民政府",
                red_head=("澧县人民政府文件", "澧政发〔2021〕2号"),
                addressee="常德市人民政府：",
                banji=(CC_GOV, GOV_OFFICE, "2021年1月13日印发"),
            ),
            DOCX,
        )
        self._gold(
            path,
            title,
            ["常德市人民政府：", *paras, GOV, "2021年1月12日"],
            publisher=GOV,
            pub=pub,
            index_no=f"{CREDIT}/2021-00006",
            written="2021-01-12",
            doc_no="澧政发〔2021〕2号",
        )
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 17:10",
                source=GOV,
                lead=["现将澧县2020年度法治政府建设工作开展情况予以公布，具体内容见附件。"],
                attachments=[(href, f"{title}.docx")],
                table=(f"{CREDIT}/2021-00006", GOV, "2021-01-12", "澧政发〔2021〕2号"),
            ),
        )
        add(Item(title, path, pub))

        # decoy: 2020 工作要点 (text)
        title = "澧县2020年法治政府建设工作要点"
        pub = "2020-04-08"
        path, folder = self._art(FZZF_DIR, pub)
        self.page(
            path,
            self._detail(
                title,
                pub=pub + " 10:00",
                source=GOV_OFFICE,
                body=YAODIAN_BODY[3:],
                table=(f"{CREDIT}/2020-00031", GOV_OFFICE, "2020-04-03", "澧政办发〔2020〕9号"),
            ),
        )
        self.negative_titles.append(title)
        add(Item(title, path, pub))

    def _fzzf_listing(self) -> None:
        pages = [self.items[i : i + PAGE_SIZE] for i in range(0, len(self.items), PAGE_SIZE)]
        for n, rows in enumerate(pages):
            html = self._column(
                "法治政府建设", FZZF, rows, total=len(self.items), page_count=len(pages), current=n
            )
            self.page(FZZF_DIR + ("index.html" if n == 0 else f"index_{n}.html"), html)
        self.page(FZZF_DIR, self.sources[FZZF])

    # --- other columns -------------------------------------------------------------------------
    def _ndbg(self) -> None:
        rows = []
        for year in range(2024, 2019, -1):
            title = f"澧县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7}"
            path, folder = self._art(NDBG_DIR, pub)
            href, fpath = self._p0(folder, pub, "pdf")
            doc = Gongwen(title_lines=[title], running_header=GOV_OFFICE)
            self._file(fpath, gongwen_pdf(doc, XXGK_BODY), PDF)
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 09:30",
                    source=GOV_OFFICE,
                    lead=["详见附件。"],
                    attachments=[(href, f"{title}.pdf")],
                    crumb=("政府信息公开年报", NDBG),
                ),
            )
            self.negative_titles.append(title)
            rows.append(Item(title, path, pub))
        self.page(NDBG, self._column("政府信息公开年报", NDBG, rows))

    def _other_columns(self) -> None:
        zcwj = []
        for k, title in enumerate(
            [
                "澧县人民政府关于印发《澧县城乡环境综合整治三年行动方案》的通知",
                "澧县人民政府办公室关于进一步加强耕地保护工作的通知",
                "澧县人民政府关于调整县人民政府领导工作分工的通知",
            ]
        ):
            pub = f"2025-0{3 - k}-1{k}"
            path, _ = self._art(ZCWJ_DIR, pub)
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 10:00",
                    source=GOV_OFFICE,
                    body=FILLER_BODY,
                    crumb=("政策文件", ZCWJ),
                ),
            )
            zcwj.append(Item(title, path, pub))
        self.zcwj = zcwj
        self.page(ZCWJ, self._column("政策文件", ZCWJ, zcwj))

        news = []
        meeting = "县人民政府召开第45次常务会议 听取2024年度法治政府建设情况报告"
        pub = "2025-03-18"
        path, _ = self._art(YW_DIR, pub)
        self.page(
            path,
            self._detail(
                meeting,
                pub=pub + " 18:20",
                source="澧县融媒体中心",
                body=MEETING_BODY,
                crumb=("政务要闻", YW),
            ),
        )
        self.negative_titles.append(meeting)
        news.append(Item(meeting, path, pub))
        for k, title in enumerate(
            [
                "澧县召开2025年优化营商环境工作推进会",
                "县领导调研春季农业生产工作",
                "澧县举办2025年春风行动专场招聘会",
            ]
        ):
            pub = f"2025-03-1{k + 4}"
            path, _ = self._art(YW_DIR, pub)
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 17:00",
                    source="澧县融媒体中心",
                    body=FILLER_BODY,
                    crumb=("政务要闻", YW),
                ),
            )
            news.append(Item(title, path, pub))
        self.news = news
        self.page(YW, self._column("政务要闻", YW, news, tree=False))

        notices = []
        for k, title in enumerate(
            [
                "澧县2025年公开招聘城镇公益性岗位人员公告",
                "关于城区部分路段停水的通知",
                "澧县2025年春季森林防火期禁火令",
            ]
        ):
            pub = f"2025-03-0{k + 3}"
            path, _ = self._art(TZGG_DIR, pub)
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 09:00",
                    source=GOV_OFFICE,
                    body=FILLER_BODY,
                    crumb=("通知公告", TZGG),
                ),
            )
            notices.append(Item(title, path, pub))
        self.notices = notices
        self.page(TZGG, self._column("通知公告", TZGG, notices, tree=False))
        for path, name in (
            ("/zjlx/index.html", "走进澧县"),
            ("/hdjl/index.html", "互动交流"),
            ("/zwgk/zfxxgkzn/index.html", "政府信息公开指南"),
            ("/zwgk/zfxxgkzd/index.html", "政府信息公开制度"),
            ("/zwgk/zfxxgkml/jgzn/index.html", "机构职能"),
            ("/zwgk/zfxxgkml/czxx/index.html", "财政信息"),
        ):
            self.page(path, self._column(name, path, []))

    def _zwgk(self) -> None:
        def box(name: str, url: str, rows: list[Item]) -> str:
            return (
                f'<div class="zwgk-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(i.url)}" target="_blank" title="{esc(i.title)}">'
                    f"{esc(cut(i.title, 22))}</a><span>{esc(i.date)}</span></li>"
                    for i in rows[:6]
                )
                + "</ul></div>"
            )

        main = (
            self._tree()
            + '<div class="xxgk-right">'
            + box("法治政府建设", FZZF, self.items)
            + box("政策文件", ZCWJ, self.zcwj)
            + "</div>"
        )
        self.page(
            ZWGK,
            self._frame("政府信息公开", [("首页", "/index.html"), ("政府信息公开", ZWGK)], main),
        )

    def _home(self) -> None:
        def box(name: str, url: str, rows: list[Item]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}" target="_blank">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(i.url)}" target="_blank" title="{esc(i.title)}">'
                    f"{esc(cut(i.title, 26))}</a><span>{esc(i.date[5:])}</span></li>"
                    for i in rows
                )
                + "</ul></div>"
            )

        main = (
            box("政务要闻", YW, self.news)
            + box("通知公告", TZGG, self.notices)
            + '<div class="home-box zwgk"><div class="box-tit"><span>政府信息公开</span></div><ul>'
            + '<li><a href="/zwgk/zfxxgkzn/index.html">政府信息公开指南</a></li>'
            + '<li><a href="/zwgk/zfxxgkzd/index.html">政府信息公开制度</a></li>'
            + f'<li><a href="{ZWGK}">法定主动公开内容</a></li>'
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
                ("政府信息公开指南", "/zwgk/zfxxgkzn/index.html", []),
                ("政府信息公开制度", "/zwgk/zfxxgkzd/index.html", []),
                (
                    "法定主动公开内容",
                    ZWGK,
                    [
                        ("机构职能", "/zwgk/zfxxgkml/jgzn/index.html"),
                        ("政策文件", ZCWJ),
                        ("财政信息", "/zwgk/zfxxgkml/czxx/index.html"),
                        ("法治政府建设", FZZF),
                    ],
                ),
                ("政府信息公开年报", NDBG, []),
            ],
        )

    def _column(
        self,
        name: str,
        url: str,
        rows: list[Item],
        *,
        total: int | None = None,
        page_count: int = 1,
        current: int = 0,
        tree: bool = True,
    ) -> str:
        """A TRS column page; links relative to the column's directory, as TRS writes them."""
        base = url.rsplit("/", 1)[0] + "/"
        lis = "".join(
            f'<li><a href="{esc(rel(i.url, base))}" title="{esc(i.title)}" target="_blank">'
            f'{esc(cut(i.title, 30))}</a><span class="date">{esc(i.date)}</span></li>\n'
            for i in rows
        )
        pager = (
            '<div class="page">' + CREATE_PAGE_SCRIPT + '<script type="text/javascript">\n'
            f"//wcm分页，总记录：{total if total is not None else len(rows)}\n"
            f'var countPage = {page_count};\ncreatePageHTML(countPage, {current}, "index", "html");\n'
            "</script></div>"
        )
        crumbs = (
            [("首页", "/index.html"), ("政府信息公开", ZWGK), (name, url)]
            if tree
            else [("首页", "/index.html"), ("新闻中心", YW), (name, url)]
        )
        main = (
            (self._tree() if tree else "")
            + f'<div class="xxgk-right"><div class="column-title">{esc(name)}</div>'
            + f'<ul class="list">\n{lis}</ul>{pager}</div>'
        )
        return self._frame(name, crumbs, main)

    def _detail(
        self,
        title: str,
        *,
        pub: str,
        source: str,
        body: Sequence[str] = (),
        lead: Sequence[str] = (),
        raw_body: str | None = None,
        attachments: list[tuple[str, str]] | None = None,
        table: tuple[str, str, str, str] | None = None,
        crumb: tuple[str, str] = ("法治政府建设", FZZF),
        related: list[Item] | None = None,
    ) -> str:
        """A TRS WCM article: the 信息公开 table, the title, the info line, `TRS_Editor`, the
        相关附件 block, share/print tools and 相关文章."""
        meta = ""
        if table:
            index_no, publisher, written, doc_no = table
            meta = (
                '<div class="xxgk-info"><table width="100%" cellspacing="0" cellpadding="0">'
                f"<tr><th>索\u2002引\u2002号：</th><td>{esc(index_no)}</td>"
                "<th>主题分类：</th><td>综合政务/法治政府建设</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
                f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
                f"<tr><th>文\u3000\u3000号：</th><td>{esc(doc_no)}</td>"
                f"<th>发布日期：</th><td>{esc(pub[:10])}</td></tr>"
                f'<tr><th>标\u3000\u3000题：</th><td colspan="3">{esc(title)}</td></tr>'
                "</table></div>\n"
            )
        content = raw_body if raw_body is not None else fu.paragraphs([*lead, *body])
        files = ""
        if attachments:
            files = (
                '<div class="xgfj"><p class="fj-tit">相关附件：</p><ul>'
                + "".join(
                    f'<li><a href="{esc(href)}" target="_blank" OLDSRC="/protect/'
                    f'{esc(href[2:])}">{esc(name)}</a></li>'
                    for href, name in attachments
                )
                + "</ul></div>\n"
            )
        others = related or [i for i in self.items if i.title != title][:4]
        main = (
            '<div class="article">'
            + meta
            + f'<h1 class="article-title">{esc(title)}</h1>\n'
            + f'<div class="article-info">发布时间：{esc(pub)}　来源：{esc(source)}　'
            + '浏览次数：<span id="clicks"><script>_showDynClick()</script></span>　'
            + '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            + '<a href="javascript:doZoom(14)">小</a>】</div>\n'
            + '<div class="article-content"><div class="TRS_Editor"><style type="text/css">\n'
            + ".TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.5;font-family:仿宋;"
            + "font-size:16pt;}.TRS_Editor TD{font-size:12pt;}\n</style>\n"
            + content
            + "\n</div></div>\n"
            + files
            + fu.float_share()
            + fu.article_tools()
            + '<div class="xgwz"><h4>相关文章</h4><ul>'
            + "".join(
                f'<li><a href="{esc(i.url)}" target="_blank">{esc(i.title)}</a>'
                f"<span>{esc(i.date)}</span></li>"
                for i in others
            )
            + "</ul></div></div>"
        )
        meta_tags = {
            "ArticleTitle": title,
            "PubDate": pub,
            "ContentSource": source,
            "ColumnName": crumb[0],
        }
        crumbs = [("首页", "/index.html"), ("政府信息公开", ZWGK), crumb]
        return self._frame(title, crumbs, main, meta_tags)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
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
                icp="湘ICP备05012367号",
                police="湘公网安备 43072302000115号",
                code=CODE,
                address="湖南省常德市澧县澧阳街道澧州大道1号",
            )
            + "</body></html>"
        )


CREATE_PAGE_SCRIPT = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("首页 上一页 ");
  else {
    document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a> ");
    document.write("<a href=\\""+_sPageName+(nCurrIndex-1>0?"_"+(nCurrIndex-1):"")+"."+_sPageExt+"\\">上一页</a> ");
  }
  if(nCurrIndex+1 == _nPageCount) document.write("下一页 尾页");
  else {
    document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a> ");
    document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>");
  }
}
</script>
"""


def cut(title: str, size: int) -> str:
    return title if len(title) <= size else title[:size] + "…"


def rel(url: str, base: str) -> str:
    """A link as TRS writes it in a column page: `./YYYYMM/t….html` under the column."""
    return "./" + url[len(base) :] if url.startswith(base) else url
