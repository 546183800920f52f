"""A Jiangsu county portal (射阳县, 盐城市) whose 法治政府建设 reports are shown only through
embedded document viewers, as many portals show typeset or scanned reports: the article page
carries the 信息公开 table, the title and a one-line summary (`…现将有关情况报告如下。全文见
附件。`), and the text is in a file the page displays.

- 首页 → 政务公开 (`/zfxxgk/index.html`, a 目录 tree and boxes) → 法治政府建设
  (`/zfxxgk/fdzdgknr/fzzfjs/index.html`, `index_1.html`), 13 items; 政府信息公开年报
  (`/zfxxgk/ndbg/index.html`) lists five 年度报告 pages, each an `<embed>` PDF;
- R1, the 县政府's 2023 report: a pdf.js viewer in an iframe,
  `<iframe src="/pdfjs/web/viewer.html?file=/uploadfile/2024/0328/….pdf">` (a 红头 PDF,
  running header, `第 N 页 共 M 页`); its text is the first half of seed 000;
- R2, the 县司法局's 2024 report: `<embed type="application/pdf" src="….pdf#toolbar=0…">`
  with no other link; no 文号 in its table;
- R3, the 县政府's 2024 report: a 在线预览 link to a kkFileView server behind the portal
  (`/preview/onlinePreview?url=<base64 of the file's absolute URL>`, whose page sets an
  empty iframe's `src` to its own pdf.js by script) and a `下载OFD版` button
  (`onclick="window.open('….ofd')"`): the report is the previewed PDF (the OFD holds the same
  text);
- R4, the 2020 report (an older article, no 信息公开 table, only 发布时间 and 来源): its
  first three paragraphs in HTML (about a quarter of it), `……`, `（全文见附件）`, then a
  pdf.js iframe whose `file=` is percent-encoded. Gold is the full text of the PDF: the HTML is
  a prefix the editor pasted as a teaser, the PDF the complete report the page calls the 全文;
- R5, the 县城市管理局's 2023 report: `下载OFD版` / `下载Word版` buttons
  (`<button onclick="window.open('…')">`), nothing else; gold is the Word file's text (the
  second half of seed 000);
- decoys: 2025 and 2024 工作要点 in pdf.js viewers, a 一图读懂 PDF (its title names the 2024
  report), a 考核结果通报 in an `<embed>`, the 实施方案 behind an onlinePreview link (plain
  percent-encoded URL), the 八五普法 plan and the 2020 工作要点 as text, a 常务会议 news item
  that 听取 the report; the 年报 column's 政府信息公开工作年度报告 PDFs.
"""

from __future__ import annotations

import base64
import contextlib
import io
import re
import zipfile
from collections.abc import Sequence
from urllib.parse import parse_qs, quote

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import report_docx, report_pdf
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Hit, Reply, html_reply
from tests.fixtureweb.sites.attachment_county import paged_pdf
from tests.fixtureweb.sites.demo import GoldReport

SITE = "射阳县人民政府"
GOV = "射阳县人民政府"
GOV_OFFICE = "射阳县人民政府办公室"
SFJ = "射阳县司法局"
CGJ = "射阳县城市管理局"
CODE = "3209240003"
ORG = "014110592"  # 组织机构代码 prefix of 索引号
ZWGK = "/zfxxgk/index.html"
FZZF_DIR = "/zfxxgk/fdzdgknr/fzzfjs/"
FZZF = FZZF_DIR + "index.html"
NDBG_DIR = "/zfxxgk/ndbg/"
NDBG = NDBG_DIR + "index.html"
YW = "/xwzx/syyw/index.html"
TZGG = "/xwzx/tzgg/index.html"
VIEWER = "/pdfjs/web/viewer.html"
PREVIEW = "/preview/onlinePreview"
PAGE_SIZE = 10
SPLIT = 22  # seed 000: 一（一）–（五） | （六）–三
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
NAV = [
    ("首页", "/index.html"),
    ("走进射阳", "/zjsy/index.html"),
    ("新闻中心", YW),
    ("政务公开", ZWGK),
    ("政务服务", "http://www.jszwfw.gov.cn/"),
    ("互动交流", "/hdjl/index.html"),
]
# pdf.js's stock viewer page: it reads `file=` by script and links nothing.
PDFJS_VIEWER = (
    '<!DOCTYPE html>\n<html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">'
    "<title>PDF.js viewer</title>"
    '<link rel="resource" type="application/l10n" href="locale/locale.properties">'
    '<link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>'
    '<script src="viewer.js"></script></head>\n<body tabindex="1" class="loadingInProgress">'
    '<div id="outerContainer"><div id="sidebarContainer"><div id="toolbarSidebar">'
    '<button id="viewThumbnail" class="toolbarButton toggled" title="显示缩略图">缩略图</button>'
    '<button id="viewOutline" class="toolbarButton" title="显示文档大纲">文档大纲</button></div></div>'
    '<div id="mainContainer"><div class="toolbar"><div id="toolbarViewer">'
    '<button id="previous" class="toolbarButton" title="上一页">上一页</button>'
    '<button id="next" class="toolbarButton" title="下一页">下一页</button>'
    '<input type="number" id="pageNumber" class="toolbarField" value="1"><span id="numPages"></span>'
    '<button id="print" class="toolbarButton" title="打印">打印</button>'
    '<button id="download" class="toolbarButton" title="下载">下载</button></div></div>'
    '<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>'
    '<div id="errorWrapper" hidden="true"><div id="errorMessageLeft"><span id="errorMessage">'
    "</span></div></div></div></div></body></html>\n"
)

YITU_BODY = [
    "一图读懂",
    "射阳县人民政府关于2024年度法治政府建设情况的报告",
    "关键词一：依法决策 重大行政决策事项100%经过合法性审查",
    "关键词二：规范执法 行政执法“三项制度”全面落实",
    "关键词三：化解纠纷 行政复议案件办结率100%",
    "关键词四：普法宣传 开展“八五”普法主题活动320余场次",
    "射阳县司法局 制",
]
YAODIAN_BODY = [
    "为深入贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，"
    "结合我县实际，制定本工作要点。",
    "一、加强党对法治政府建设的领导。各级各部门主要负责人切实履行推进法治建设第一责任人职责。",
    "二、健全依法行政制度体系。严格落实重大行政决策程序，加强规范性文件备案审查。",
    "三、严格规范公正文明执法。深化行政执法体制改革，全面推行行政执法“三项制度”。",
    "四、强化行政权力制约监督。自觉接受人大监督、民主监督，加强行政复议监督。",
    "五、各镇（区）、各部门要对照本要点，结合实际制定具体措施，确保各项任务落到实处。",
]
XXGK_BODY = [
    "本报告由射阳县人民政府办公室根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开"
    "办公室有关要求编制。",
    "一、总体情况",
    "本年度，射阳县人民政府坚持以公开为常态、不公开为例外，主动公开政府信息5800余条。",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
KAOHE_BODY = [
    "各镇（区）人民政府，县各委办局，县各直属单位：",
    "根据《射阳县法治政府建设考核办法》，县委全面依法治县委员会办公室组织开展了2024年度法治政府"
    "建设考核，现将考核结果通报如下。",
    "一、考核等次为优秀的单位（15个）",
    "二、考核等次为良好的单位（28个）",
    "希望受到表扬的单位珍惜荣誉，再接再厉。",
]
PUFA_BODY = [
    "为深入开展法治宣传教育，扎实推进全县第八个五年法治宣传教育工作，制定本规划。",
    "一、指导思想",
    "以习近平新时代中国特色社会主义思想为指导，深入学习宣传贯彻习近平法治思想。",
    "二、主要目标",
    "到2025年，全民法治观念和法治素养普遍提升，社会主义法治文化建设取得新成效。",
    "三、组织实施",
    "各镇（区）、各部门要把法治宣传教育纳入经济社会发展规划，确保本规划各项任务落到实处。",
]
MEETING_BODY = [
    "3月19日，县长主持召开县政府第36次常务会议，听取2024年度法治政府建设情况报告，研究部署"
    "2025年法治政府建设重点工作。",
    "会议强调，要深入学习贯彻习近平法治思想，坚持依法行政，持续提升政府治理法治化水平。",
    "会议还研究了其他事项。",
]


def clean(paras: Sequence[str]) -> list[str]:
    """Paragraphs as the gold body has them (mojibake runs of a capture removed)."""
    return [re.sub(r"[?？\ufffd]{3,}", "", p).strip() for p in paras]


def ofd_file(title: str, paragraphs: Sequence[str], issuer: str) -> bytes:
    """An OFD (GB/T 33190) as offices export it: a ZIP of XML parts, each line of text a
    `TextObject` (paragraphs wrapped at 28 characters, first lines indented two), 26 lines a
    page and `— N —` at the foot of each."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    per_line, per_page = 28, 26
    lines: list[tuple[str, float, float]] = [(title, 22.0, 5.6)]  # (text, x, size)
    for para in paragraphs:
        first = True
        rest = para
        while rest:
            width = per_line - 2 if first else per_line
            chunk, rest = rest[:width], rest[width:]
            lines.append((chunk, 25.0 + (8.4 if first else 0.0), 4.2))
            first = False
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {ns} Version="1.1" DocType="OFD">'
            "<ofd:DocBody><ofd:DocInfo><ofd:DocID>a3f1c07e9b2d4c5e8f60718293a4b5c6</ofd:DocID>"
            f"<ofd:Title>{esc(title)}</ofd:Title><ofd:Author>{esc(issuer)}</ofd:Author>"
            "<ofd:CreationDate>2025-03-27</ofd:CreationDate><ofd:Creator>WPS Office</ofd:Creator>"
            "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        page_refs = "".join(
            f'<ofd:Page ID="{10 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
            for n in range(len(pages))
        )
        z.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {ns}><ofd:CommonData>'
            "<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea>"
            "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
            "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
            f"<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>",
        )
        z.writestr(
            "Doc_0/PublicRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
            '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>'
            '<ofd:Font ID="3" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
            "</ofd:Fonts></ofd:Res>",
        )
        uid = 100
        for n, page in enumerate(pages):
            objs = []
            for k, (text, x, size) in enumerate(page):
                uid += 1
                y = 30.0 + k * 9.2
                font = 3 if size > 5 else 2
                objs.append(
                    f'<ofd:TextObject ID="{uid}" Boundary="{x} {y} {len(text) * size:.2f} {size + 1}"'
                    f' Font="{font}" Size="{size}"><ofd:FillColor Value="0 0 0"/>'
                    f'<ofd:TextCode X="0" Y="{size}" DeltaX="g {len(text) - 1} {size}">'
                    f"{esc(text)}</ofd:TextCode></ofd:TextObject>"
                )
            uid += 1
            objs.append(
                f'<ofd:TextObject ID="{uid}" Boundary="95 280 20 5" Font="2" Size="3.5">'
                f'<ofd:TextCode X="0" Y="3.5">— {n + 1} —</ofd:TextCode></ofd:TextObject>'
            )
            z.writestr(
                f"Doc_0/Pages/Page_{n}/Content.xml",
                f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {ns}><ofd:Content>'
                f'<ofd:Layer ID="{uid + 1}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>',
            )
            uid += 1
    return out.getvalue()


KKFILE_PREVIEW = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, user-scalable=yes, initial-scale=1.0">
    <title>PDF预览</title>
    <link rel="icon" href="./favicon.ico" type="image/x-icon">
    <script src="js/jquery-3.6.1.min.js" type="text/javascript"></script>
    <script src="js/base64.min.js" type="text/javascript"></script>
    <script src="js/watermark.js" type="text/javascript"></script>
    <style>
        * {{ margin: 0; padding: 0; }}
        html, body {{ height: 100%; width: 100%; }}
    </style>
</head>
<body>
<iframe src="" width="100%" frameborder="0"></iframe>
<img src="images/jpg.svg" width="48" height="48" style="position: fixed; cursor: pointer; top: 40%; right: 48px; z-index: 999;" alt="使用图片预览" title="使用图片预览" onclick="goForImage()"/>
</body>
<script type="text/javascript">
    var url = '{url}';
    var baseUrl = '{base}'.endsWith('/') ? '{base}' : '{base}' + '/';
    if (!url.startsWith(baseUrl)) {{
        url = baseUrl + 'getCorsFile?urlPath=' + encodeURIComponent(Base64.encode(url));
    }}
    document.getElementsByTagName('iframe')[0].src = "{base}pdfjs/web/viewer.html?file=" + encodeURIComponent(url) + "&disablepresentationmode=false&disableopenfile=true&disableprint=false&disabledownload=false&disablebookmark=false&disableediting=true";
    document.getElementsByTagName('iframe')[0].height = document.documentElement.clientHeight - 10;
    function goForImage() {{
        var url = window.location.href;
        if (url.indexOf("officePreviewType=pdf") != -1) {{
            url = url.replace("officePreviewType=pdf", "officePreviewType=image");
        }} else {{
            url = url + "&officePreviewType=image";
        }}
        window.location.href = url;
    }}
    /*初始化水印*/
    window.onload = function () {{
        initWaterMark();
    }}
</script>
</html>
"""

KKFILE_ERROR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>kkFileView</title></head>
<body><div class="container"><div class="panel panel-danger"><div class="panel-heading">
<h3 class="panel-title">该文件不允许预览</h3></div><div class="panel-body">
<p>该文件类型或链接不在信任列表内，请联系管理员。</p></div></div></div></body></html>
"""


class PdfViewerCountySite(BlindSite):
    name = "pdf_viewer_county"
    region = "江苏省盐城市射阳县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 4512300
        self.items: list[tuple[str, str, str]] = []
        self.files: dict[str, tuple[bytes, str]] = {}
        self.page(VIEWER, PDFJS_VIEWER)
        self.page("/preview/pdfjs/web/viewer.html", PDFJS_VIEWER)
        self._fzzf()
        self._fzzf_listing()
        self._ndbg()
        self._other_columns()
        self._zwgk()
        self._home()

    # --- files and dynamic pages ---------------------------------------------------------------
    def _file(self, path: str, data: bytes, ctype: str) -> str:
        self.files[path] = (data, ctype)
        self.pages[path] = Reply(200, data, {"Content-Type": ctype})
        return path

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == PREVIEW:
            return self._preview(hit)
        if hit.path == "/preview/getCorsFile":
            return self._cors_file(hit)
        return super().dynamic(hit)

    def _file_of_url(self, url: str) -> str | None:
        path = url.removeprefix(self.base_url)
        return path if path in self.files else None

    def _preview(self, hit: Hit) -> Reply:
        """kkFileView: `url` is the file's absolute URL, Base64 then percent-encoded (newer
        versions) or only percent-encoded (older ones and their callers)."""
        raw = (parse_qs(hit.query).get("url") or [""])[0]
        candidates = [raw]
        with contextlib.suppress(ValueError):
            candidates.append(base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8"))
        for url in candidates:
            if self._file_of_url(url):
                html = KKFILE_PREVIEW.format(url=url, base=self.base_url + "/preview/")
                return html_reply(html)
        return html_reply(KKFILE_ERROR)

    def _cors_file(self, hit: Hit) -> Reply:
        raw = (parse_qs(hit.query).get("urlPath") or [""])[0]
        try:
            url = base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8")
        except ValueError:
            url = ""
        path = self._file_of_url(url)
        if path is None:
            return html_reply(KKFILE_ERROR, status=404)
        data, ctype = self.files[path]
        return Reply(200, data, {"Content-Type": ctype})

    def preview_link(self, path: str, *, b64: bool = True) -> str:
        url = self.base_url + path
        arg = base64.b64encode(url.encode()).decode() if b64 else url
        return f"{PREVIEW}?url={quote(arg, safe='')}"

    def _art(self, pub: str, column: str = FZZF_DIR) -> str:
        self.next_id += 23
        y, m, d = pub[:10].split("-")
        return f"{column}{y}{m}/t{y}{m}{d}_{self.next_id}.html"

    def _gold(self, path: str, title: str, paras: Sequence[str], **fields: object) -> None:
        year = re.search(r"(20\d{2})", title)
        self.gold.append(
            GoldReport(
                path=path,
                title=title,
                report_year=int(year.group(1)) if year else None,
                body="\n".join(clean(paras)),
                **fields,  # type: ignore[arg-type]
            )
        )

    # --- 法治政府建设 ---------------------------------------------------------------------------
    def _fzzf(self) -> None:
        add = self.items.append
        s000, s001, s003, s004 = (load_seed(k) for k in ("000", "001", "003", "004"))

        # 2025 工作要点 in a pdf.js viewer
        title = "射阳县2025年法治政府建设工作要点"
        path = self._art("2025-04-08")
        pdf = self._file(
            "/uploadfile/2025/0408/20250408101522318.pdf",
            paged_pdf(title, YAODIAN_BODY, "射阳县人民政府办公室文件"),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2025-04-08 10:15",
                source=GOV_OFFICE,
                table=(f"{ORG}/2025-00031", GOV_OFFICE, "2025-04-03", "射政办发〔2025〕14号"),
                content=self._summary(
                    "现将《射阳县2025年法治政府建设工作要点》印发给你们，请认真贯彻落实。"
                )
                + self._pdfjs(pdf),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2025-04-08"))

        # 一图读懂 (a PDF in a pdf.js viewer)
        title = "一图读懂射阳县人民政府关于2024年度法治政府建设情况的报告"
        path = self._art("2025-03-29")
        pdf = self._file(
            "/uploadfile/2025/0329/20250329084510771.pdf",
            report_pdf("一图读懂", YITU_BODY, SFJ),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2025-03-29 08:45",
                source=SFJ,
                content=self._pdfjs(pdf, encoded=True),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2025-03-29"))

        # R3: the 县政府's 2024 report: kkFileView 在线预览 (Base64) and an OFD download button
        title = "射阳县人民政府关于2024年度法治政府建设情况的报告"
        path = self._art("2025-03-28")
        paras = clean(s003.body_lines)
        self._gold(
            path,
            title,
            paras,
            index_no=f"{ORG}/2025-00027",
            publisher=GOV,
            publish_date="2025-03-28",
            written_date="2025-03-25",
            doc_no="射政发〔2025〕9号",
        )
        pdf = self._file(
            "/uploadfile/2025/0328/20250328163012904.pdf",
            paged_pdf(title, paras, GOV, ("射阳县人民政府文件", "射政发〔2025〕9号")),
            PDF,
        )
        ofd = self._file(
            "/uploadfile/2025/0328/20250328163013127.ofd", ofd_file(title, paras, GOV), OFD
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2025-03-28 16:30",
                source=GOV,
                table=(f"{ORG}/2025-00027", GOV, "2025-03-25", "射政发〔2025〕9号"),
                content=self._summary(
                    "为全面总结2024年度法治政府建设工作，根据《法治政府建设与责任落实督察工作规定》，"
                    "现将有关情况报告如下。全文见附件。"
                ),
                files=(
                    '<div class="file-box"><span class="file-name">'
                    f"附件：{esc(title)}</span>"
                    f'<a class="btn-preview" href="{esc(self.preview_link(pdf))}" target="_blank">'
                    "在线预览</a>"
                    f'<a class="btn-down" href="javascript:void(0);" onclick="window.open(\'{ofd}\')">'
                    "下载OFD版</a></div>\n"
                    '<p class="file-tip">温馨提示：OFD版式文件请使用数科阅读器或福昕OFD版式办公套件打开。</p>\n'
                ),
            ),
        )
        add((title, path, "2025-03-28"))

        # news: a meeting that 听取 the report
        title = "县政府召开第36次常务会议 听取2024年度法治政府建设情况报告"
        path = self._art("2025-03-20")
        self.page(
            path,
            self._detail(
                title,
                pub="2025-03-20 18:20",
                source="射阳县融媒体中心",
                content=fu.paragraphs(MEETING_BODY),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2025-03-20"))

        # R2: the 县司法局's 2024 report in an <embed>, no 文号
        title = "射阳县司法局2024年度法治政府建设工作报告"
        path = self._art("2025-02-14")
        paras = clean(s001.body_lines)
        self._gold(
            path,
            title,
            paras,
            index_no=f"{ORG}-08/2025-00004",
            publisher=SFJ,
            publish_date="2025-02-14",
            written_date="2025-02-12",
            doc_no=None,
        )
        pdf = self._file(
            "/uploadfile/2025/0214/20250214111748205.pdf", report_pdf(title, paras, SFJ), PDF
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2025-02-14 11:17",
                source=SFJ,
                table=(f"{ORG}-08/2025-00004", SFJ, "2025-02-12", ""),
                content=self._summary(
                    "为全面总结2024年度法治政府建设工作，根据《法治政府建设与责任落实督察工作规定》，"
                    "现将有关情况报告如下。全文见附件。"
                )
                + '<div class="pdf-box" style="text-align:center;">'
                f'<embed type="application/pdf" src="{pdf}#toolbar=0&amp;navpanes=0&amp;scrollbar=0"'
                ' width="100%" height="1100" /></div>',
            ),
        )
        add((title, path, "2025-02-14"))

        # 考核 通报 in an <embed>
        title = "关于2024年度全县法治政府建设考核结果的通报"
        path = self._art("2025-01-20")
        pdf = self._file(
            "/uploadfile/2025/0120/20250120150233690.pdf",
            report_pdf(title, KAOHE_BODY, "中共射阳县委全面依法治县委员会办公室"),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2025-01-20 15:02",
                source="中共射阳县委全面依法治县委员会办公室",
                content=f'<embed type="application/pdf" src="{pdf}" width="100%" height="1100" />',
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2025-01-20"))

        # 2024 工作要点 in a pdf.js viewer (percent-encoded `file=`)
        title = "射阳县2024年法治政府建设工作要点"
        path = self._art("2024-04-10")
        pdf = self._file(
            "/uploadfile/2024/0410/20240410092207415.pdf",
            paged_pdf(title, YAODIAN_BODY, "射阳县人民政府办公室文件"),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2024-04-10 09:22",
                source=GOV_OFFICE,
                table=(f"{ORG}/2024-00035", GOV_OFFICE, "2024-04-07", "射政办发〔2024〕11号"),
                content=self._pdfjs(pdf, encoded=True),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2024-04-10"))

        # R1: the 县政府's 2023 report in a pdf.js iframe
        title = "射阳县人民政府关于2023年度法治政府建设情况的报告"
        path = self._art("2024-03-28")
        paras = clean(s000.body_lines[:SPLIT])
        self._gold(
            path,
            title,
            paras,
            index_no=f"{ORG}/2024-00022",
            publisher=GOV,
            publish_date="2024-03-28",
            written_date="2024-03-26",
            doc_no="射政发〔2024〕12号",
        )
        pdf = self._file(
            "/uploadfile/2024/0328/20240328093015123.pdf",
            paged_pdf(title, paras, GOV, ("射阳县人民政府文件", "射政发〔2024〕12号")),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2024-03-28 09:30",
                source=GOV,
                table=(f"{ORG}/2024-00022", GOV, "2024-03-26", "射政发〔2024〕12号"),
                content=self._summary(
                    "为全面总结2023年度法治政府建设工作，根据《法治政府建设与责任落实督察工作规定》，"
                    "现将有关情况报告如下。全文见附件。"
                )
                + self._pdfjs(pdf),
            ),
        )
        add((title, path, "2024-03-28"))

        # R5: the 县城市管理局's 2023 report: OFD and Word download buttons only
        title = "射阳县城市管理局2023年度法治政府建设工作报告"
        path = self._art("2024-02-22")
        paras = clean(s000.body_lines[SPLIT:])
        self._gold(
            path,
            title,
            paras,
            index_no=f"{ORG}-21/2024-00003",
            publisher=CGJ,
            publish_date="2024-02-22",
            written_date="2024-02-20",
            doc_no=None,
        )
        ofd = self._file(
            "/uploadfile/2024/0222/20240222140521566.ofd", ofd_file(title, paras, CGJ), OFD
        )
        docx = self._file(
            "/uploadfile/2024/0222/20240222140522013.docx", report_docx(title, paras), DOCX
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2024-02-22 14:05",
                source=CGJ,
                table=(f"{ORG}-21/2024-00003", CGJ, "2024-02-20", ""),
                content=self._summary(
                    "根据《法治政府建设与责任落实督察工作规定》，现将我局2023年度法治政府建设工作"
                    "情况报告如下。全文见附件。"
                ),
                files=(
                    '<div class="down-btns">'
                    f'<button type="button" class="btn" onclick="window.open(\'{ofd}\')">'
                    "下载OFD版</button>"
                    f'<button type="button" class="btn" onclick="window.open(\'{docx}\')">'
                    "下载Word版</button></div>\n"
                ),
            ),
        )
        add((title, path, "2024-02-22"))

        # 实施方案 behind an onlinePreview link (plain percent-encoded URL)
        title = "射阳县法治政府建设实施方案（2021—2025年）"
        path = self._art("2022-01-12")
        pdf = self._file(
            "/uploadfile/2022/0112/20220112103344871.pdf",
            paged_pdf(title, NEGATIVE_BODY, "中共射阳县委 射阳县人民政府"),
            PDF,
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2022-01-12 10:33",
                source=GOV_OFFICE,
                table=(f"{ORG}/2022-00006", GOV_OFFICE, "2022-01-05", "射发〔2022〕3号"),
                content=self._summary(
                    "现将《射阳县法治政府建设实施方案（2021—2025年）》印发给你们，请结合实际认真贯彻落实。"
                )
                + f'<p><a href="{esc(self.preview_link(pdf, b64=False))}" target="_blank">'
                "【在线预览】</a></p>",
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2022-01-12"))

        # 八五普法 plan (text)
        title = "射阳县法治宣传教育第八个五年规划（2021—2025年）"
        path = self._art("2021-12-30")
        self.page(
            path,
            self._detail(
                title,
                pub="2021-12-30 16:00",
                source=SFJ,
                table=(f"{ORG}-08/2021-00019", SFJ, "2021-12-27", ""),
                content=fu.paragraphs(PUFA_BODY),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2021-12-30"))

        # R4: the 2020 report: an HTML teaser (its first three paragraphs), then the full PDF
        title = "射阳县2020年度法治政府建设工作情况报告"
        path = self._art("2021-01-26")
        paras = clean(s004.body_lines)
        self._gold(
            path,
            title,
            paras,
            index_no=None,
            publisher=SFJ,
            publish_date="2021-01-26",
            written_date=None,
            doc_no=None,
        )
        pdf = self._file(
            "/uploadfile/2021/0126/20210126171055249.pdf", report_pdf(title, paras, SFJ), PDF
        )
        self.page(
            path,
            self._detail(
                title,
                pub="2021-01-26 17:10",
                source=SFJ,
                table=None,
                content=fu.paragraphs(paras[:3])
                + '\n<p style="text-indent:2em;">……</p>\n'
                + '<p style="text-align:center;">（全文见附件）</p>\n'
                + self._pdfjs(pdf, encoded=True),
            ),
        )
        add((title, path, "2021-01-26"))

        # 2020 工作要点 (text)
        title = "射阳县2020年法治政府建设工作要点"
        path = self._art("2020-04-15")
        self.page(
            path,
            self._detail(
                title,
                pub="2020-04-15 10:00",
                source=GOV_OFFICE,
                content=fu.paragraphs(YAODIAN_BODY),
            ),
        )
        self.negative_titles.append(title)
        add((title, path, "2020-04-15"))

    def _summary(self, text: str) -> str:
        return f'<p style="text-indent:2em;">{esc(text)}</p>\n'

    def _pdfjs(self, pdf: str, *, encoded: bool = False) -> str:
        file = quote(pdf, safe="") if encoded else pdf
        return (
            '<div class="pdf-view"><iframe id="pdfFrame" '
            f'src="{VIEWER}?file={file}" width="100%" height="1000" frameborder="0"'
            ' scrolling="no" allowfullscreen="true"></iframe></div>\n'
        )

    def _fzzf_listing(self) -> None:
        chunks = [self.items[i : i + PAGE_SIZE] for i in range(0, len(self.items), PAGE_SIZE)]
        total = len(chunks)

        def url(k: int) -> str:
            return FZZF if k == 0 else f"{FZZF_DIR}index_{k}.html"

        for n, rows in enumerate(chunks):
            lis = "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>\n"
                for t, u, d in rows
            )
            parts = [f"<span>共{len(self.items)}条 {n + 1}/{total}页</span>"]
            parts.append(f'<a href="{url(0)}">首页</a>' if n else "<span>首页</span>")
            parts.append(f'<a href="{url(n - 1)}">上一页</a>' if n else "<span>上一页</span>")
            for k in range(total):
                parts.append(
                    f'<a href="{url(k)}">{k + 1}</a>' if k != n else f'<b class="cur">{k + 1}</b>'
                )
            last = n == total - 1
            parts.append("<span>下一页</span>" if last else f'<a href="{url(n + 1)}">下一页</a>')
            parts.append("<span>尾页</span>" if last else f'<a href="{url(total - 1)}">尾页</a>')
            main = (
                self._tree()
                + '<div class="xxgk-right"><div class="column-title">法治政府建设</div>'
                + f'<ul class="list">\n{lis}</ul><div class="pagination">{" ".join(parts)}</div>'
                + "</div>"
            )
            self.page(
                url(n), self._frame("法治政府建设", self._crumbs("法治政府建设", FZZF), main)
            )

    # --- other columns -------------------------------------------------------------------------
    def _ndbg(self) -> None:
        rows = []
        for year in range(2024, 2019, -1):
            title = f"射阳县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{18 + year % 5}"
            path = self._art(pub, NDBG_DIR)
            stamp = pub.replace("-", "")
            pdf = self._file(
                f"/uploadfile/{year + 1}/{stamp[4:]}/{stamp}0930{year % 97:05d}.pdf",
                report_pdf(title, XXGK_BODY, GOV_OFFICE),
                PDF,
            )
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 09:30",
                    source=GOV_OFFICE,
                    table=(f"{ORG}/{year + 1}-00002", GOV_OFFICE, pub, ""),
                    content=f'<embed type="application/pdf" src="{pdf}" width="100%" height="1100" />',
                    crumb=("政府信息公开年报", NDBG),
                ),
            )
            self.negative_titles.append(title)
            rows.append((title, path, pub))
        self.page(NDBG, self._column("政府信息公开年报", NDBG, rows))

    def _other_columns(self) -> None:
        news = []
        for k, title in enumerate(
            [
                "射阳县召开2025年优化营商环境工作推进会",
                "县领导调研春季农业生产工作",
                "射阳县举办2025年春风行动专场招聘会",
            ]
        ):
            pub = f"2025-03-2{k + 1}"
            path = self._art(pub, "/xwzx/syyw/")
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 17:00",
                    source="射阳县融媒体中心",
                    content=fu.paragraphs(FILLER_BODY),
                    crumb=("射阳要闻", YW),
                ),
            )
            news.append((title, path, pub))
        meeting = next(i for i in self.items if "常务会议" in i[0])
        self.news = [meeting, *news]
        self.page(
            YW,
            self._column(
                "射阳要闻",
                YW,
                self.news,
                crumbs=[("首页", "/index.html"), ("新闻中心", YW), ("射阳要闻", YW)],
            ),
        )
        notices = []
        for k, title in enumerate(
            [
                "射阳县2025年公开招聘城镇公益性岗位人员公告",
                "关于城区部分路段停水的通知",
                "射阳县2025年春季森林防火期禁火令",
            ]
        ):
            pub = f"2025-03-1{k + 2}"
            path = self._art(pub, "/xwzx/tzgg/")
            self.page(
                path,
                self._detail(
                    title,
                    pub=pub + " 09:00",
                    source=GOV_OFFICE,
                    content=fu.paragraphs(FILLER_BODY),
                    crumb=("通知公告", TZGG),
                ),
            )
            notices.append((title, path, pub))
        self.notices = notices
        self.page(
            TZGG,
            self._column(
                "通知公告",
                TZGG,
                notices,
                crumbs=[("首页", "/index.html"), ("新闻中心", YW), ("通知公告", TZGG)],
            ),
        )
        for path, name in (
            ("/zjsy/index.html", "走进射阳"),
            ("/hdjl/index.html", "互动交流"),
            ("/zfxxgk/zn/index.html", "政府信息公开指南"),
            ("/zfxxgk/zd/index.html", "政府信息公开制度"),
            ("/zfxxgk/fdzdgknr/jgzn/index.html", "机构职能"),
            ("/zfxxgk/fdzdgknr/zcwj/index.html", "政策文件"),
            ("/zfxxgk/fdzdgknr/czxx/index.html", "财政信息"),
        ):
            self.page(path, self._column(name, path, []))

    def _zwgk(self) -> None:
        def box(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="zwgk-box"><div class="box-tit"><span>{esc(name)}</span>'
                f'<a class="more" href="{url}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in rows[:6]
                )
                + "</ul></div>"
            )

        main = (
            self._tree()
            + '<div class="xxgk-right">'
            + box("法治政府建设", FZZF, self.items)
            + box("政府信息公开年报", NDBG, [])
            + "</div>"
        )
        self.page(
            ZWGK, self._frame("政府信息公开", [("首页", "/index.html"), ("政务公开", ZWGK)], main)
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
            box("射阳要闻", YW, self.news)
            + box("通知公告", TZGG, self.notices)
            + '<div class="home-box zwgk"><div class="box-tit"><span>政务公开</span></div><ul>'
            + '<li><a href="/zfxxgk/zn/index.html">政府信息公开指南</a></li>'
            + '<li><a href="/zfxxgk/zd/index.html">政府信息公开制度</a></li>'
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
                ("政府信息公开指南", "/zfxxgk/zn/index.html", []),
                ("政府信息公开制度", "/zfxxgk/zd/index.html", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", "/zfxxgk/fdzdgknr/jgzn/index.html"),
                        ("政策文件", "/zfxxgk/fdzdgknr/zcwj/index.html"),
                        ("财政信息", "/zfxxgk/fdzdgknr/czxx/index.html"),
                        ("法治政府建设", FZZF),
                    ],
                ),
                ("政府信息公开年报", NDBG, []),
            ],
        )

    def _crumbs(self, name: str, url: str) -> list[tuple[str, str]]:
        return [("首页", "/index.html"), ("政府信息公开", ZWGK), (name, url)]

    def _column(
        self,
        name: str,
        url: str,
        rows: list[tuple[str, str, str]],
        crumbs: list[tuple[str, str]] | None = None,
    ) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>\n"
            for t, u, d in rows
        )
        main = (
            self._tree()
            + f'<div class="xxgk-right"><div class="column-title">{esc(name)}</div>'
            + f'<ul class="list">\n{lis}</ul></div>'
        )
        return self._frame(name, crumbs or self._crumbs(name, url), main)

    def _detail(
        self,
        title: str,
        *,
        pub: str,
        source: str,
        content: str,
        table: tuple[str, str, str, str] | None = None,
        files: str = "",
        crumb: tuple[str, str] = ("法治政府建设", FZZF),
    ) -> str:
        """An article: the 信息公开 table (when the page has one), title, info line, the content
        (summary and viewer), the download buttons, share/print tools and 相关文章."""
        meta = ""
        if table:
            index_no, publisher, written, doc_no = table
            meta = (
                '<table class="xxgk-table" width="100%" border="0" cellspacing="1" cellpadding="0">'
                f"<tr><th>索\u2002引\u2002号：</th><td>{esc(index_no)}</td>"
                f"<th>主题分类：</th><td>综合政务\\其他</td></tr>"
                f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
                f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
                f"<tr><th>文\u3000\u3000号：</th><td>{esc(doc_no)}</td>"
                f"<th>发布日期：</th><td>{esc(pub[:10])}</td></tr>"
                f'<tr><th>标\u3000\u3000题：</th><td colspan="3">{esc(title)}</td></tr>'
                "<tr><th>有\u2002效\u2002性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>"
                "</table>\n"
            )
        related = [i for i in self.items if i[0] != title][:4]
        main = (
            self._tree()
            + '<div class="xxgk-right"><div class="article">'
            + meta
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>\n'
            + f'<div class="article-info"><span>发布时间：{esc(pub)}</span>'
            + f"<span>来源：{esc(source)}</span>"
            + '<span>浏览次数：<em id="hits"><script>getHits(4512300)</script></em></span>'
            + '<span class="font">字号：<a href="javascript:fontZoom(18)">大</a> '
            + '<a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></span>'
            + "</div>\n"
            + '<div class="article-content" id="zoom">\n'
            + content
            + "\n</div>\n"
            + files
            + fu.float_share()
            + fu.article_tools()
            + '<div class="xgwz"><h4>相关文章</h4><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u, _ in related
            )
            + "</ul></div></div></div>"
        )
        meta_tags = {
            "ArticleTitle": title,
            "PubDate": pub,
            "ContentSource": source,
            "ColumnName": crumb[0],
        }
        crumbs = (
            [("首页", "/index.html"), ("新闻中心", YW), crumb]
            if crumb[1].startswith("/xwzx/")
            else self._crumbs(*crumb)
        )
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
                icp="苏ICP备05007103号-1",
                police="苏公网安备 32092402000101号",
                code=CODE,
                address="江苏省盐城市射阳县合德镇人民西路1号",
            )
            + "</body></html>"
        )
