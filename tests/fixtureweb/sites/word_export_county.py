"""A Shandong county portal (鄄城县, 菏泽市) whose offices publish their reports by pasting the
Word / WPS document into the CMS editor, so the article container holds Word's HTML export:

- 首页 → 政务公开 (`/zwgk/`, a 政府信息公开 catalogue tree) → 法定主动公开内容 → 法治政府建设
  (`/zwgk/fzzfjs/`, two pages `index.html` / `index_1.html`, 首页 上一页 下一页 尾页);
  政府信息公开年报, 政策文件 and the other columns beside it; 新闻中心 → 鄄城要闻 and 通知公告;
- report pages: a 信息公开 table (索引号, 信息分类, 发布机构, 成文日期, 文号, 发布日期), the
  title as `<h1>`, then `div#zoom` with the pasted document, 打印/关闭, a share bar and a
  相关文章 box naming the other reports;
- the 县政府's 2024 report (UTF-8) is a Word "网页" export: `<!--[if gte mso 9]><xml>` blocks, a
  `<style>` of Word's `@font-face` / `p.MsoNormal{…}` definitions inside the container, the
  red 文件头 (`鄄城县人民政府文件`, `鄄政字〔2025〕8号　签发人：…`), the title in two bold
  centred lines, 主送 `菏泽市人民政府：`, `MsoListParagraph` items whose numbers sit between
  `<!--[if !supportLists]-->` and `<!--[endif]-->`, headings as `<b><span>` runs, `— 2 —`
  page-number lines before `<br clear=all style='page-break-before:always'>`, the 落款 with the
  seal as VML (`<v:shape>` in a conditional comment, `<![if !vml]><img…><![endif]>`),
  `（此件公开发布）`, then the 版记 table (抄送 / 印发);
- the 县政府's 2023 report is a GBK page (header and meta), a WPS export: its page header
  `鄄城县人民政府` repeated under every page break with `- 3 -` page numbers (once in the middle
  of a paragraph), empty `<p>&nbsp;</p>` spacers, 附件 reference, 落款, then a section break and
  the 附件: a 行政复议 / 行政诉讼 statistics table (`MsoNormalTable`, `rowspan`/`colspan`
  header cells) with its title and a 注 line;
- the 县司法局's 2024 report went through the editor's paste filter (quoted attributes, 仿宋
  spans kept): title repeated in a bold centred line, WPS footers `第 2 页 共 4 页` at each page
  break, 落款 `鄄城县司法局` and its date;
- the 县政府's 2020 report (page 2) is an old paste whose comments the CMS stripped: the
  `<xml><w:WordDocument>` block shows as `Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN
  X-NONE` at the top of the text, `<?xml:namespace prefix = o …/>` processing instructions,
  Word's Chinese smart tags (`<st1:chsdate>`, `<st1:chmetcnv>`), `－ 2 －` page numbers;
- decoys in the column (all pasted from Word too): 工作要点 (three years), 一图读懂 the 2024
  report, the 2024 行政复议/行政诉讼 statistics (a Word table only), a notice asking units to
  报送 their 2024 reports, 考核 通报, 督察整改 report, 实施方案, the 八五 普法 plan;
  政府信息公开年报 (five years); 鄄城要闻 about the 常务会议 that 听取 the 2024 report.

Gold bodies: the report text as a reader takes it — the 主送, the 附件 reference, the 落款 and
its date, `（此件公开发布）` and the 附件 table (title, cells row by row, 注) are the report's;
the 文件头, the repeated title, page numbers, repeated page headers/footers, Word's visible
`<xml>` settings and the 版记 (抄送 / 印发: where the document was sent, not what it says) are
not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed

SITE = "鄄城县人民政府"
CODE = "3717260001"
GOV = "鄄城县人民政府"
GOV_OFFICE = "鄄城县人民政府办公室"
SFJ = "鄄城县司法局"
CREDIT = "11371726004357089P"
SFJ_CREDIT = "11371726004357128E"
PER_PAGE = 10

WORD_STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	margin-top:17.0pt;
	margin-right:0cm;
	margin-bottom:16.5pt;
	margin-left:0cm;
	text-align:justify;
	line-height:240%;
	font-size:22.0pt;
	font-family:"Times New Roman",serif;
	mso-font-kerning:22.0pt;}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-priority:99;
	mso-style-link:"页眉 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:center;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	border:none;
	mso-border-bottom-alt:solid windowtext .75pt;
	padding:0cm;
	mso-padding-alt:0cm 0cm 1.0pt 0cm;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-priority:99;
	mso-style-link:"页脚 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;
	mso-footnote-separator:url("file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_header.htm") fs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:70.9pt;
	mso-even-footer:url("file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_header.htm") ef1;
	mso-footer:url("file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_header.htm") f1;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:79.4pt 73.7pt 73.7pt 87.9pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection2
	{page:WordSection2;}
 /* List Definitions */
 @list l0
	{mso-list-id:1487934371;
	mso-list-type:hybrid;
	mso-list-template-ids:-1262470330 -1470474198 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-number-format:chinese-counting;
	mso-level-text:（%1）;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:52.0pt;
	text-indent:-52.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
</style>
<![endif]-->
"""

WORD_XML = """<xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>县政府办公室</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>52</o:TotalTime>
  <o:Created>2025-03-17T01:12:00Z</o:Created>
  <o:LastSaved>2025-03-18T07:45:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
  <o:Words>583</o:Words>
  <o:Characters>3326</o:Characters>
  <o:Company>Microsoft</o:Company>
  <o:Lines>27</o:Lines>
  <o:Paragraphs>7</o:Paragraphs>
  <o:CharactersWithSpaces>3902</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml>"""

# What Word 2007+ writes in `<!--[if gte mso 9]>`: a browser shows its text once the CMS has
# stripped the comment markers (`Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE`).
WORD_SETTINGS = """<xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml>"""

WORD_LATENT = """<xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="375">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
 </w:LatentStyles>
</xml>"""

FS = "仿宋_GB2312"
_ASCII = re.compile(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+")


def runs(text: str, *, font: str = FS, size: str = "16.0pt", quoted: bool = False) -> str:
    """Text as Word splits it: Chinese in one span, Latin letters and digits in `lang=EN-US`."""
    out = []
    for part in _ASCII.findall(text):
        if part[0].isascii() and part[0].isalnum():
            style = f"font-size:{size};font-family:{font};mso-fareast-font-family:{font}"
            out.append(
                f'<span lang="EN-US" style="{style}">{esc(part)}</span>'
                if quoted
                else f"<span lang=EN-US\nstyle='{style}'>{esc(part)}</span>"
            )
        else:
            style = (
                f"font-size:{size};font-family:{font};mso-ascii-font-family:"
                '"Times New Roman";mso-hansi-font-family:"Times New Roman"'
            )
            out.append(
                f'<span style="{style.replace(chr(34), "&quot;")}">{esc(part)}</span>'
                if quoted
                else f"<span\nstyle='{style}'>{esc(part)}</span>"
            )
    return "".join(out)


OP = "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span>"
OP_Q = '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span>'
PARA = (
    "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;\n"
    "line-height:28.0pt;mso-line-height-rule:exactly'>"
)
PARA_Q = (
    '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;'
    'line-height:28.0pt;mso-line-height-rule:exactly">'
)
BLANK = "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>" + (
    "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>"
)
BREAK = (
    "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:"
    '仿宋_GB2312;mso-bidi-font-family:"Times New Roman";mso-ansi-language:EN-US;'
    "mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'><br clear=all\n"
    "style='page-break-before:always'>\n</span>"
)
SECTION_BREAK = (
    "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:"
    "仿宋_GB2312;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>"
    "<br clear=all style='page-break-before:always;\nmso-break-type:section-break'>\n</span>"
)
_CN_NUM = re.compile(r"^([(（][一二三四五六七八九十]+[)）])(.*)$")
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line)) and len(line) < 60


def page_number(text: str, *, quoted: bool = False) -> str:
    if quoted:
        return (
            '<p class="MsoFooter" align="center" style="text-align:center">'
            f'<span lang="EN-US" style="font-size:14.0pt;font-family:宋体">{esc(text)}</span></p>'
        )
    return (
        "<p class=MsoFooter align=center style='text-align:center'><span lang=EN-US\n"
        f"style='font-size:14.0pt;font-family:宋体'>{esc(text)}<o:p></o:p></span></p>"
    )


def page_header(text: str) -> str:
    return (
        "<p class=MsoHeader align=center style='text-align:center;border:none;\n"
        "mso-border-bottom-alt:solid windowtext .75pt;padding:0cm;mso-padding-alt:0cm 0cm 1.0pt 0cm'>"
        f"<span style='font-size:9.0pt;font-family:宋体'>{esc(text)}<o:p></o:p></span></p>"
    )


def word_line(line: str, *, quoted: bool = False, comments: bool = True) -> str:
    """One body line as Word exports it: a heading, a list item or a plain indented paragraph."""
    op = OP_Q if quoted else OP
    if is_heading(line):
        style = "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体"
        if quoted:
            return (
                '<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;'
                'mso-line-height-rule:exactly"><b><span style="font-size:16.0pt;font-family:黑体">'
                f"{esc(line)}</span></b>{op}</p>"
            )
        return (
            "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;\n"
            "line-height:28.0pt;mso-line-height-rule:exactly'><b style='mso-bidi-font-weight:"
            f"normal'><span\nstyle='{style}'>{esc(line)}</span></b><b><span lang=EN-US\n"
            f"style='{style}'><o:p></o:p></span></b></p>"
        )
    m = _CN_NUM.match(line)
    if m and not quoted:
        num, rest = m.groups()
        kai = "楷体_GB2312"
        number = (
            f"<span style='font-size:16.0pt;font-family:{kai};mso-bidi-font-family:{kai}'>"
            f"<span style='mso-list:Ignore'>{esc(num)}<span style='font:7.0pt \"Times New Roman\"'>"
            "&nbsp;&nbsp; </span></span></span>"
        )
        lead = (
            f"<![if !supportLists]>{number}<![endif]>"
            if not comments
            else f"<!--[if !supportLists]-->{number}<!--[endif]-->"
        )
        # The item's own sentence: the heading part to the first 。 in 楷体, the rest 仿宋.
        head, dot, tail = rest.partition("。")
        return (
            "<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;\n"
            "mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;"
            "mso-list:l0 level1 lfo1'>"
            + lead
            + runs(head + dot, font=kai)
            + (runs(tail) if tail else "")
            + op
            + "</p>"
        )
    return (PARA_Q if quoted else PARA) + runs(line, quoted=quoted) + op + "</p>"


def centred(text: str, *, font: str, size: str, bold: bool = False, quoted: bool = False) -> str:
    if quoted:
        inner = f'<span style="font-size:{size};font-family:{font}">{esc(text)}</span>'
        inner = f"<b>{inner}</b>" if bold else inner
        return (
            '<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;'
            f'mso-line-height-rule:exactly">{inner}</p>'
        )
    inner = f"<span style='font-size:{size};font-family:{font};mso-hansi-font-family:宋体'>{esc(text)}</span>"
    inner = f"<b>{inner}</b>" if bold else inner
    return (
        "<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;\n"
        f"mso-line-height-rule:exactly'>{inner}<span lang=EN-US style='font-size:{size}'>"
        "<o:p></o:p></span></p>"
    )


def right(text: str, *, quoted: bool = False, extra: str = "") -> str:
    if quoted:
        return (
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;'
            'mso-line-height-rule:exactly;margin-right:32.0pt">'
            f"{extra}{runs(text, quoted=True)}{OP_Q}</p>"
        )
    return (
        "<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;\n"
        f"mso-line-height-rule:exactly;margin-right:32.0pt'>{extra}{runs(text)}{OP}</p>"
    )


def seal(src: str) -> str:
    """The office's seal over the 落款: VML for Word, an `<img>` for everyone else."""
    return (
        '<!--[if gte vml 1]><v:shape id="图片_x0020_2" o:spid="_x0000_s1026" type="#_x0000_t75"\n'
        " style='position:absolute;left:0;text-align:left;margin-left:258.6pt;margin-top:-38.2pt;"
        "width:119.25pt;height:119.25pt;z-index:-251657216;visibility:visible;"
        "mso-wrap-style:square;mso-position-horizontal-relative:text;"
        "mso-position-vertical-relative:text'>\n"
        f' <v:imagedata src="{src}" o:title=""/>\n'
        "</v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:\n"
        "absolute;z-index:-1895822336;left:0px;margin-left:345px;margin-top:-51px;width:159px;\n"
        f'height:159px\'><img width=159 height=159\nsrc="{src}" v:shapes="图片_x0020_2"></span>'
        "<![endif]>"
    )


def cell(text: str, *, width: int, bold: bool = False, span: str = "") -> str:
    font = "黑体" if bold else FS
    inner = f"<span style='font-size:12.0pt;font-family:{font}'>{esc(text)}</span>"
    inner = f"<b>{inner}</b>" if bold else inner
    return (
        f"<td width={width} {span}valign=middle style='width:{width * 0.75:.1f}pt;border:solid "
        "windowtext 1.0pt;\n  border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm "
        "5.4pt 0cm 5.4pt;height:22.7pt'>\n  <p class=MsoNormal align=center style='text-align:"
        f"center;line-height:18.0pt;mso-line-height-rule:exactly'>{inner}"
        "<span lang=EN-US style='font-size:12.0pt'><o:p></o:p></span></p>\n  </td>"
    )


def stat_table(head1: list[tuple[str, str]], head2: list[str], rows: list[list[str]]) -> str:
    """A Word table (`MsoNormalTable`) with a two-row header of merged cells."""
    out = [
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=860\n"
        " style='width:645.0pt;border-collapse:collapse;border:none;mso-border-alt:solid "
        "windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>",
        " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.7pt'>",
    ]
    for text, span in head1:
        out.append(
            "  " + cell(text, width=180 if "rowspan" in span else 340, bold=True, span=span)
        )
    out.append(" </tr>\n <tr style='mso-yfti-irow:1;height:22.7pt'>")
    for text in head2:
        out.append("  " + cell(text, width=113, bold=True))
    out.append(" </tr>")
    for k, row in enumerate(rows):
        last = "mso-yfti-lastrow:yes;" if k == len(rows) - 1 else ""
        out.append(f" <tr style='mso-yfti-irow:{k + 2};{last}height:22.7pt'>")
        for j, text in enumerate(row):
            out.append("  " + cell(text, width=180 if j == 0 else 113, bold=k == len(rows) - 1))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def banji(lines: list[tuple[str, str]]) -> str:
    """The 版记: 抄送 and 印发 lines in a borderless table ruled above and below."""
    rows = []
    for left, right_text in lines:
        rows.append(
            " <tr style='height:22.7pt'>\n  <td width=595 valign=top style='width:446.25pt;"
            "border-top:solid windowtext 1.0pt;border-left:none;border-bottom:solid windowtext "
            "1.0pt;border-right:none;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal "
            "style='margin-left:14.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<span style='font-size:14.0pt;font-family:{FS}'>{esc(left)}</span>"
            f"<span lang=EN-US style='font-size:14.0pt'><span style='mso-spacerun:yes'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
            f"<span style='font-size:14.0pt;font-family:{FS}'>{esc(right_text)}</span>"
            "<span lang=EN-US style='font-size:14.0pt'><o:p></o:p></span></p>\n  </td>\n </tr>"
        )
    return (
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=595\n"
        " style='width:446.25pt;border-collapse:collapse;mso-yfti-tbllook:1184;"
        "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" + "\n".join(rows) + "\n</table>"
    )


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


TREE: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("政府信息公开指南", "/zwgk/xxgkzn/", []),
    ("政府信息公开制度", "/zwgk/xxgkzd/", []),
    (
        "法定主动公开内容",
        "javascript:;",
        [
            ("机构职能", "/zwgk/jgzn/"),
            ("政策文件", "/zwgk/zcwj/"),
            ("规划计划", "/zwgk/ghjh/"),
            ("财政预决算", "/zwgk/czyjs/"),
            ("法治政府建设", "/zwgk/fzzfjs/"),
        ],
    ),
    ("政府信息公开年报", "/zwgk/ndbg/", []),
]
NAMES: dict[str, str] = {
    "zwgk/xxgkzn": "政府信息公开指南",
    "zwgk/xxgkzd": "政府信息公开制度",
    "zwgk/jgzn": "机构职能",
    "zwgk/zcwj": "政策文件",
    "zwgk/ghjh": "规划计划",
    "zwgk/czyjs": "财政预决算",
    "zwgk/fzzfjs": "法治政府建设",
    "zwgk/ndbg": "政府信息公开年报",
    "xwzx/jcyw": "鄄城要闻",
    "xwzx/tzgg": "通知公告",
}


class WordExportCountySite(BlindSite):
    name = "word_export_county"
    region = "山东省菏泽市鄄城县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 4_829_100
        self.columns: dict[str, list[tuple[str, str, str]]] = {}
        self.reports: list[tuple[str, str, str]] = []
        self._fzzfjs()
        self._ndbg()
        self._other_columns()
        self._news()
        self._zwgk()
        self._home()

    # --- URLs ------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 17
        return f"/{col}/{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self.next_id}.html"

    # --- 法治政府建设 ------------------------------------------------------------------------
    def _fzzfjs(self) -> None:
        col = "zwgk/fzzfjs"
        items: list[tuple[str, str, str]] = []

        def neg(title: str, pub: str, body: str, publisher: str = GOV_OFFICE) -> None:
            path = self._path(col, pub)
            meta = self._meta(pub, publisher)
            self.page(path, self._xxgk(title, body, meta, col))
            self.negative_titles.append(title)
            items.append((title, path, pub))

        neg(
            "鄄城县2025年法治政府建设工作要点",
            "2025-04-08",
            self._plain_word(
                [
                    "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，扎实推进2025年全县法治政府建设工作，制定本工作要点。",
                    "一、深入学习贯彻习近平法治思想",
                    "（一）把学习贯彻习近平法治思想作为县政府常务会议会前学法的重要内容。",
                    "二、健全政府机构职能体系",
                    "（二）全面实行政府权责清单制度，动态调整县级权责清单。",
                    "三、加强督促检查",
                    "（三）县委依法治县办适时对工作要点落实情况进行督促检查。",
                ]
            ),
        )
        neg(
            "一图读懂《鄄城县人民政府关于2024年度法治政府建设工作情况的报告》",
            "2025-03-21",
            '<p style="text-align:center"><img src="/uploadfiles/202503/20250321093321482.jpg" '
            'alt="" width="750" /></p>',
            SFJ,
        )
        self._report_2024(col, items)
        neg(
            "鄄城县2024年度行政复议、行政诉讼案件统计情况",
            "2025-02-10",
            self._plain_word(["现将我县2024年度行政复议、行政诉讼案件统计情况公布如下："])
            + stat_table(*STATS_2024)
            + self._plain_word(["注：本表统计时间为2024年1月1日至2024年12月31日。"]),
            SFJ,
        )
        self._report_sfj(col, items)
        neg(
            "关于报送2024年度法治政府建设工作情况报告的通知",
            "2025-01-06",
            self._plain_word(
                [
                    "各镇人民政府、街道办事处，县政府各部门、各直属机构：",
                    "根据《法治政府建设与责任落实督察工作规定》要求，现就报送2024年度法治政府建设工作情况报告有关事项通知如下：",
                    "一、报送内容",
                    "各单位2024年度法治政府建设工作情况报告，主要包括推进法治政府建设的主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度工作安排等。",
                    "二、报送时间",
                    "请于2025年1月20日前将报告纸质版（加盖公章）和电子版报送县司法局。",
                    "联系人：王某某，联系电话：0530-2421234。",
                ]
            ),
        )
        neg(
            "鄄城县2023年度法治政府建设考核结果通报",
            "2024-05-10",
            self._plain_word(
                [
                    "根据《鄄城县法治政府建设考核办法》，县委依法治县办对各镇街、各部门2023年度法治政府建设工作进行了考核，现将考核结果通报如下。",
                    "一、考核等次为优秀的单位（10个）",
                    "二、考核等次为良好的单位（21个）",
                ]
            ),
        )
        neg(
            "关于2023年度法治政府建设督察反馈问题整改情况的报告",
            "2024-04-22",
            self._plain_word(
                [
                    "菏泽市人民政府：",
                    "根据市法治政府建设督察组反馈意见，我县对照问题清单逐项整改，现将整改情况报告如下。",
                    "一、整改工作开展情况",
                    "二、下一步工作打算",
                ]
            ),
            GOV,
        )
        neg(
            "鄄城县2024年法治政府建设工作要点",
            "2024-04-02",
            self._plain_word(
                [
                    "2024年全县法治政府建设工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻习近平法治思想。",
                    "一、加强党对法治政府建设的领导",
                    "二、深化“放管服”改革",
                ]
            ),
        )
        self._report_2023(col, items)
        neg(
            "鄄城县“八五”普法规划（2021—2025年）",
            "2021-11-05",
            self._plain_word(
                [
                    "为深入开展第八个五年法治宣传教育，根据中央、省委、市委有关部署，结合我县实际，制定本规划。",
                    "一、指导思想、主要目标和工作原则",
                    "二、深入学习宣传贯彻习近平法治思想",
                ]
            ),
        )
        neg(
            "鄄城县法治政府建设实施方案（2021—2025年）",
            "2021-09-15",
            self._plain_word(
                [
                    "为深入推进依法行政，全面建设法治政府，根据《法治政府建设实施纲要（2021—2025年）》，结合我县实际，制定本实施方案。",
                    "一、总体要求",
                    "二、主要任务",
                ]
            ),
            GOV,
        )
        self._report_2020(col, items)
        neg(
            "鄄城县2020年法治政府建设工作要点",
            "2020-04-10",
            self._plain_word(["一、加强党对法治政府建设的领导", "二、依法全面履行政府职能"]),
        )
        self.columns[col] = items
        self._list(col, "法治政府建设", items, paged=True)

    def _meta(
        self, pub: str, publisher: str, written: str | None = None, doc_no: str = ""
    ) -> dict[str, str]:
        credit = SFJ_CREDIT if publisher == SFJ else CREDIT
        return {
            "索 引 号": f"{credit}/{pub[:4]}-{self.next_id % 10000:05d}",
            "信息分类": "法治政府建设",
            "发布机构": publisher,
            "成文日期": written or pub,
            "文　　号": doc_no,
            "发布日期": pub,
        }

    def _gold(
        self,
        col: str,
        items: list[tuple[str, str, str]],
        title: str,
        seed: str,
        body_html: str,
        *,
        extra_gold: tuple[list[str], list[str]],
        pub: str,
        publisher: str,
        written: str,
        doc_no: str = "",
        encoding: str = "utf-8",
    ) -> None:
        path = self._path(col, pub)
        meta = self._meta(pub, publisher, written, doc_no)
        self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub,
            index_no=meta["索 引 号"],
            written_date=written,
            doc_no=doc_no or None,
        )
        before, after = extra_gold
        gold = self.gold[-1]
        self.gold[-1] = replace(gold, body="\n".join([*before, gold.body, *after]))
        self.page(
            path, self._xxgk(title, body_html, meta, col, encoding=encoding), encoding=encoding
        )
        items.append((title, path, pub))
        self.reports.append((title, path, pub))

    # The 县政府's 2024 report: a Word 网页 export, 文件头, 版记, seal.
    def _report_2024(self, col: str, items: list[tuple[str, str, str]]) -> None:
        title = "鄄城县人民政府关于2024年度法治政府建设工作情况的报告"
        lines = list(load_seed("003").body_lines)
        written, doc_no = "2025-03-18", "鄄政字〔2025〕8号"
        parts = [
            "<!--[if gte mso 9]>" + WORD_XML + "<![endif]-->",
            "<!--[if gte mso 9]>"
            + WORD_SETTINGS
            + "<![endif]--><!--[if gte mso 9]>"
            + WORD_LATENT
            + "<![endif]-->",
            WORD_STYLE,
            "<div class=WordSection1 style='layout-grid:15.6pt'>",
            "<p class=MsoNormal align=center style='text-align:center;line-height:60.0pt;"
            "mso-line-height-rule:exactly'><span style='font-size:48.0pt;font-family:"
            "方正小标宋简体;color:red;letter-spacing:-2.0pt'>鄄城县人民政府文件</span></p>",
            BLANK,
            centred(f"{doc_no}　　　　　　签发人：李某某", font=FS, size="16.0pt"),
            "<div style='mso-element:para-border-div;border:none;border-bottom:solid red 2.25pt;"
            "padding:0cm 0cm 1.0pt 0cm'><p class=MsoNormal style='border:none;padding:0cm'>"
            "<span lang=EN-US><o:p>&nbsp;</o:p></span></p></div>",
            BLANK,
            centred("鄄城县人民政府", font="方正小标宋简体", size="22.0pt", bold=True),
            centred(
                "关于2024年度法治政府建设工作情况的报告",
                font="方正小标宋简体",
                size="22.0pt",
                bold=True,
            ),
            BLANK,
            "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>"
            + runs("菏泽市人民政府：")
            + OP
            + "</p>",
        ]
        for k, line in enumerate(lines):
            if k in (5, 11, 16):
                parts += [page_number(f"— {k // 5} —"), BREAK]
            parts.append(word_line(line))
        sign = [GOV, cn_date(written)]
        parts += [
            BLANK,
            BLANK,
            right(sign[0], extra=seal("/uploadfiles/202503/20250320101512638.png")),
            right(sign[1]),
            "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;"
            "mso-line-height-rule:exactly'>" + runs("（此件公开发布）") + OP + "</p>",
            page_number("— 4 —"),
            BREAK,
            BLANK,
            BLANK,
            BLANK,
            banji(
                [
                    (
                        "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
                        "",
                    ),
                    (GOV_OFFICE, f"{cn_date(written)}印发"),
                ]
            ),
            page_number("— 5 —"),
            "</div>",
        ]
        self._gold(
            col,
            items,
            title,
            "003",
            "\n".join(parts),
            extra_gold=(["菏泽市人民政府："], [*sign, "（此件公开发布）"]),
            pub="2025-03-20",
            publisher=GOV,
            written=written,
            doc_no=doc_no,
        )

    # The 县司法局's 2024 report: pasted through the editor's Word filter.
    def _report_sfj(self, col: str, items: list[tuple[str, str, str]]) -> None:
        title = "鄄城县司法局2024年度法治政府建设工作报告"
        lines = list(load_seed("001").body_lines)
        written = "2025-01-10"
        parts = [
            centred(title, font="方正小标宋简体", size="22.0pt", bold=True, quoted=True),
            "<p>&nbsp;</p>",
        ]
        for k, line in enumerate(lines):
            if k in (5, 11, 16):
                parts += [
                    '<p class="MsoFooter" align="center" style="text-align:center">'
                    f'<span style="font-size:9.0pt">第 {k // 5} 页 共 4 页</span></p>',
                    "<p>&nbsp;</p>",
                ]
            parts.append(word_line(line, quoted=True))
        sign = [SFJ, cn_date(written)]
        parts += [
            "<p>&nbsp;</p>",
            right(sign[0], quoted=True),
            right(sign[1], quoted=True),
            '<p class="MsoFooter" align="center" style="text-align:center">'
            '<span style="font-size:9.0pt">第 4 页 共 4 页</span></p>',
        ]
        self._gold(
            col,
            items,
            title,
            "001",
            "\n".join(parts),
            extra_gold=([], sign),
            pub="2025-01-14",
            publisher=SFJ,
            written=written,
        )

    # The 县政府's 2023 report: GBK, WPS export, repeated page header, 附件 table.
    def _report_2023(self, col: str, items: list[tuple[str, str, str]]) -> None:
        title = "鄄城县人民政府关于2023年度法治政府建设工作情况的报告"
        lines = list(load_seed("000").body_lines)
        written = "2024-03-15"
        annex = "鄄城县2023年度行政复议、行政诉讼案件统计表"
        parts = [
            "<!--[if gte mso 9]>" + WORD_SETTINGS + "<![endif]-->",
            WORD_STYLE,
            "<div class=WordSection1 style='layout-grid:15.6pt'>",
        ]
        page = 1
        for k, line in enumerate(lines):
            if k and k % 8 == 0:
                parts += [page_number(f"- {page} -"), BREAK, page_header(GOV)]
                page += 1
            if k == 20:  # a page ends in the middle of this paragraph
                cut = len(line) * 3 // 5
                parts.append(PARA + runs(line[:cut]) + "</p>")
                parts += [page_number(f"- {page} -"), BREAK, page_header(GOV)]
                page += 1
                parts.append(
                    "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>"
                    + runs(line[cut:])
                    + OP
                    + "</p>"
                )
                continue
            if is_heading(line) and k:
                parts.append("<p>&nbsp;</p>")
            parts.append(word_line(line))
        ref = f"附件：{annex}"
        sign = [GOV, cn_date(written)]
        parts += [
            BLANK,
            PARA + runs(ref) + OP + "</p>",
            BLANK,
            BLANK,
            right(sign[0]),
            right(sign[1]),
            page_number(f"- {page} -"),
            "</div>",
            SECTION_BREAK,
            "<div class=WordSection2 style='layout-grid:15.6pt'>",
            page_header(GOV),
            "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'>"
            "<span style='font-size:16.0pt;font-family:黑体'>附件</span>" + OP + "</p>",
            centred(annex, font="方正小标宋简体", size="18.0pt"),
            BLANK,
            stat_table(*STATS_2023),
            "<p class=MsoNormal style='line-height:22.0pt;mso-line-height-rule:exactly'>"
            + runs(
                "注：本表统计时间为2023年1月1日至2023年12月31日；纠错含撤销、变更、确认违法和责令履行。",
                size="12.0pt",
            )
            + OP
            + "</p>",
            page_number(f"- {page + 1} -"),
            "</div>",
        ]
        head1, head2, rows = STATS_2023
        table_text = [
            " ".join(t for t, _ in head1),
            " ".join(head2),
            *(" ".join(r) for r in rows),
        ]
        self._gold(
            col,
            items,
            title,
            "000",
            "\n".join(parts),
            extra_gold=(
                [],
                [
                    ref,
                    *sign,
                    "附件",
                    annex,
                    *table_text,
                    "注：本表统计时间为2023年1月1日至2023年12月31日；纠错含撤销、变更、确认违法和责令履行。",
                ],
            ),
            pub="2024-03-19",
            publisher=GOV,
            written=written,
            doc_no="鄄政字〔2024〕6号",
            encoding="gbk",
        )

    # The 县政府's 2020 report: an old paste, comment markers stripped by the CMS.
    def _report_2020(self, col: str, items: list[tuple[str, str, str]]) -> None:
        title = "鄄城县人民政府关于2020年度法治政府建设工作情况的报告"
        lines = list(load_seed("004").body_lines)
        written = "2021-01-15"
        ns = '<?xml:namespace prefix = "o" ns = "urn:schemas-microsoft-com:office:office" />'
        # The CMS's filter dropped every comment marker and kept what was inside.
        style = re.sub(r"<!--\[if [^\]]*\]>|<!\[endif\]-->|<!--|-->", "", WORD_STYLE)
        parts = [WORD_SETTINGS, WORD_LATENT, style]
        for k, line in enumerate(lines):
            if k in (4, 8):
                parts += [page_number(f"－ {k // 4} －"), BREAK]
            html = word_line(line, comments=False)
            if k == 0:
                html = html.replace(
                    "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>",
                    ns + "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>",
                    1,
                )
            units = re.search(r"(\d+)(个)", line)
            if k == 3 and units:
                # Word's Chinese smart tag around a number and its measure word.
                n, unit = units.groups()
                tag = (
                    f'<st1:chmetcnv TCSC="0" NumberType="1" Negative="False" HasSpace="False" '
                    f'SourceValue="{n}" UnitName="{unit}" w:st="on">'
                )
                html = html.replace(f">{n}</span>", f">{tag}{n}</st1:chmetcnv></span>", 1)
            parts.append(html)
        date = cn_date(written)
        chsdate = (
            '<?xml:namespace prefix = "st1" ns = "urn:schemas-microsoft-com:office:smarttags" />'
            '<st1:chsdate IsROCDate="False" IsLunarDate="False" Day="15" Month="1" Year="2021" '
            f"w:st=\"on\"><span lang=EN-US style='font-size:16.0pt;font-family:{FS}'>2021</span>"
            f"<span style='font-size:16.0pt;font-family:{FS}'>年</span><span lang=EN-US "
            f"style='font-size:16.0pt;font-family:{FS}'>1</span><span style='font-size:16.0pt;"
            f"font-family:{FS}'>月</span><span lang=EN-US style='font-size:16.0pt;font-family:"
            f"{FS}'>15</span><span style='font-size:16.0pt;font-family:{FS}'>日</span>"
            "</st1:chsdate>"
        )
        parts += [
            BLANK,
            right(GOV),
            "<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;"
            f"mso-line-height-rule:exactly;margin-right:32.0pt'>{chsdate}{OP}</p>",
            page_number("－ 3 －"),
        ]
        self._gold(
            col,
            items,
            title,
            "004",
            "\n".join(parts),
            extra_gold=([], [GOV, date]),
            pub="2021-01-20",
            publisher=GOV,
            written=written,
            doc_no="鄄政字〔2021〕3号",
        )

    def _plain_word(self, lines: list[str]) -> str:
        return "\n".join(word_line(line) for line in lines)

    # --- other columns ------------------------------------------------------------------------
    def _ndbg(self) -> None:
        col = "zwgk/ndbg"
        items = []
        for year in range(2024, 2019, -1):
            title = f"鄄城县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-{20 + year % 7:02d}"
            path = self._path(col, pub)
            body = self._plain_word(
                [
                    f"本报告由鄄城县人民政府办公室根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关通知要求编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
                    "一、总体情况",
                    "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况",
                    "五、存在的主要问题及改进情况",
                ]
            )
            self.page(path, self._xxgk(title, body, self._meta(pub, GOV_OFFICE), col))
            self.negative_titles.append(title)
            items.append((title, path, pub))
        self.columns[col] = items
        self._list(col, "政府信息公开年报", items)

    def _other_columns(self) -> None:
        fillers = {
            "zwgk/xxgkzn": ("政府信息公开指南", ["鄄城县人民政府信息公开指南"]),
            "zwgk/xxgkzd": ("政府信息公开制度", ["鄄城县政府信息公开保密审查制度"]),
            "zwgk/jgzn": ("机构职能", ["鄄城县人民政府领导分工", "鄄城县司法局主要职责"]),
            "zwgk/zcwj": (
                "政策文件",
                [
                    "鄄城县人民政府关于印发鄄城县重大行政决策程序规定的通知",
                    "鄄城县人民政府办公室关于进一步规范行政规范性文件制定和监督管理工作的通知",
                ],
            ),
            "zwgk/ghjh": ("规划计划", ["鄄城县国民经济和社会发展第十四个五年规划纲要"]),
            "zwgk/czyjs": ("财政预决算", ["鄄城县2025年县级预算公开", "鄄城县2024年县级决算公开"]),
        }
        for k, (col, (name, titles)) in enumerate(fillers.items()):
            items = []
            for j, title in enumerate(titles):
                pub = f"2025-0{1 + (k + j) % 3}-{10 + k + j:02d}"
                path = self._path(col, pub)
                body = self._plain_word(
                    [f"{title}。现予公开，请各单位认真贯彻执行。", "一、总体要求", "二、工作措施"]
                )
                self.page(path, self._xxgk(title, body, self._meta(pub, GOV_OFFICE), col))
                items.append((title, path, pub))
            self.columns[col] = items
            self._list(col, name, items)
        for col, name in (("zjjc/xqgk", "县情概况"), ("hdjl", "互动交流")):
            self.page(
                f"/{col}/",
                self._frame(
                    name,
                    [("首页", "/"), (name, f"/{col}/")],
                    (
                        f'<div class="article"><h1>{esc(name)}</h1><div id="zoom"><p>鄄城县位于山东省西南部，'
                        "菏泽市北部，黄河下游南岸。</p></div></div>"
                    ),
                ),
            )

    def _news(self) -> None:
        news = [
            (
                "县政府召开第四十二次常务会议 听取2024年度法治政府建设工作情况报告",
                "2025-03-14",
                [
                    "3月13日，县长主持召开县政府第四十二次常务会议，听取县司法局关于《鄄城县人民政府关于2024年度法治政府建设工作情况的报告》起草情况的汇报。",
                    "会议指出，2024年全县法治政府建设取得积极成效，要认真梳理存在的不足，按程序报送市政府并向社会公开。",
                    "会议还研究了其他事项。",
                ],
            ),
            (
                "鄄城县召开2025年全县法治政府建设推进会",
                "2025-03-05",
                [
                    "3月4日，全县法治政府建设推进会召开，总结2024年度法治政府建设工作，安排部署2025年重点任务。",
                    "会议强调，要深入学习贯彻习近平法治思想，扎实推进法治政府建设提质增效。",
                ],
            ),
            (
                "鄄城县2025年春季农业生产工作会议召开",
                "2025-02-26",
                ["会议对春季农业生产工作作出安排部署。"],
            ),
            ("县领导调研重点项目建设情况", "2025-02-18", ["县领导一行深入重点项目现场调研。"]),
        ]
        items = []
        for title, pub, body in news:
            path = self._path("xwzx/jcyw", pub)
            self.page(path, self._notice(title, body, pub, "鄄城县融媒体中心", "xwzx/jcyw"))
            if "法治" in title:
                self.negative_titles.append(title)
            items.append((title, path, pub))
        self.columns["xwzx/jcyw"] = items
        self._list("xwzx/jcyw", "鄄城要闻", items, section=("新闻中心", "/xwzx/jcyw/"))
        notices = []
        for title, pub in (
            ("鄄城县2025年公开招聘教师简章", "2025-03-24"),
            ("关于开展2025年度行政执法人员资格考试的通知", "2025-03-11"),
            ("鄄城县城区部分路段临时交通管制的通告", "2025-03-02"),
        ):
            path = self._path("xwzx/tzgg", pub)
            body = [f"{title}。现将有关事项通知如下，请相关单位和人员认真落实。"] * 3
            self.page(path, self._notice(title, body, pub, GOV_OFFICE, "xwzx/tzgg"))
            notices.append((title, path, pub))
        self.columns["xwzx/tzgg"] = notices
        self._list("xwzx/tzgg", "通知公告", notices, section=("新闻中心", "/xwzx/jcyw/"))

    # --- page templates -------------------------------------------------------------------

    def _crumbs(self, col: str) -> list[tuple[str, str]]:
        if col.startswith("zwgk"):
            return [("首页", "/"), ("政务公开", "/zwgk/"), (NAMES[col], f"/{col}/")]
        return [("首页", "/"), ("新闻中心", "/xwzx/jcyw/"), (NAMES[col], f"/{col}/")]

    def _related(self, col: str, own: str) -> str:
        others = [r for r in self.reports if r[0] != own][:4]
        if not others:
            return ""
        return (
            '<div class="xgwz"><h3>相关文章</h3><ul>'
            + "".join(
                f'<li><a href="{esc(p)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, p, d in others
            )
            + "</ul></div>"
        )

    def _xxgk(
        self, title: str, body: str, meta: dict[str, str], col: str, *, encoding: str = "utf-8"
    ) -> str:
        cells = list(meta.items())
        rows = "".join(
            "<tr>"
            + "".join(
                f'<td class="t1">{esc(k)}：</td><td class="t2">{esc(v)}</td>'
                for k, v in cells[i : i + 2]
            )
            + "</tr>"
            for i in range(0, len(cells), 2)
        )
        rows += (
            f'<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">{esc(title)}</td></tr>'
        )
        main = (
            '<div class="content-box"><div class="xxgk-info"><table width="100%" border="0" '
            f'cellspacing="0" cellpadding="0">{rows}</table></div>'
            f'<div class="article"><h1 class="title">{esc(title)}</h1>'
            '<div class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>'
            f'<div class="article-content" id="zoom">\n{body}\n</div>'
            + fu.article_tools()
            + fu.float_share()
            + self._related(col, title)
            + "</div></div>"
        )
        return self._frame(title, self._crumbs(col), main, charset=encoding)

    def _notice(self, title: str, body: list[str], pub: str, source: str, col: str) -> str:
        main = (
            f'<div class="article"><h1 class="title">{esc(title)}</h1>'
            f'<div class="info">发布时间：{esc(pub)}　来源：{esc(source)}　浏览次数：'
            '<span id="hits"><script>getHits(1)</script></span>　【字体：大 中 小】</div>'
            '<div class="article-content" id="zoom">\n'
            + self._plain_word(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        return self._frame(title, self._crumbs(col), main)

    def _list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        *,
        paged: bool = False,
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f'<span class="date">{esc(d)}</span></li>'
                for t, p, d in chunk
            )

            def link(k: int) -> str:
                return "index.html" if k == 0 else f"index_{k}.html"

            pager = ""
            if paged or total > 1:
                pager = (
                    f'<div class="pager">共{len(items)}条　{n + 1}/{total}页　'
                    f'<a href="{link(0)}">首页</a> '
                    + (f'<a href="{link(n - 1)}">上一页</a> ' if n else "<span>上一页</span> ")
                    + (
                        f'<a href="{link(n + 1)}">下一页</a> '
                        if n + 1 < total
                        else "<span>下一页</span> "
                    )
                    + f'<a href="{link(total - 1)}">尾页</a></div>'
                )
            left = (
                fu.left_tree("政府信息公开", TREE)
                if section[0] == "政务公开"
                else fu.left_tree(
                    "新闻中心",
                    [("鄄城要闻", "/xwzx/jcyw/", []), ("通知公告", "/xwzx/tzgg/", [])],
                )
            )
            main = (
                left + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [("首页", "/"), section, (name, f"/{col}/")], main)
            if n == 0:
                self.page(f"/{col}/", html)
            self.page(f"/{col}/{link(n)}", html)

    def _zwgk(self) -> None:
        latest = sorted(
            (it for c, its in self.columns.items() if c.startswith("zwgk") for it in its),
            key=lambda it: it[2],
            reverse=True,
        )[:8]
        rows = "".join(
            f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{esc(d)}</span></li>"
            for t, p, d in latest
        )
        main = (
            fu.left_tree("政府信息公开", TREE)
            + '<div class="list-right"><div class="list-tit">最新公开</div>'
            f'<ul class="list">{rows}</ul>'
            '<div class="xxgk-search"><form action="/search/" method="get">'
            '<input name="q" type="text" /><input type="submit" value="检索" /></form></div>'
            "</div>"
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, p, d in items[:6]
                )
                + "</ul></div>"
            )

        main = (
            box("鄄城要闻", "/xwzx/jcyw/", self.columns["xwzx/jcyw"])
            + box("通知公告", "/xwzx/tzgg/", self.columns["xwzx/tzgg"])
            + '<div class="home-box zwgk-links"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/">更多&gt;&gt;</a></div><ul>'
            '<li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li>'
            '<li><a href="/zwgk/xxgkzd/">政府信息公开制度</a></li>'
            '<li><a href="/zwgk/ndbg/">政府信息公开年报</a></li>'
            '<li><a href="/zwgk/zcwj/">政策文件</a></li></ul></div>' + fu.interaction_sidebar()
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, charset: str = "utf-8"
    ) -> str:
        nav = [
            ("首页", "/"),
            ("走进鄄城", "/zjjc/xqgk/"),
            ("新闻中心", "/xwzx/jcyw/"),
            ("政务公开", "/zwgk/"),
            (
                "政务服务",
                "http://www.shandong.gov.cn/api-gateway/jpaas-jiq-web-sdywtb/front/transition/ywTransToDetail?areaCode=371726000000",
            ),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, charset=charset)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="鲁ICP备05002417号-1",
                police="鲁公网安备 37172602000108号",
                code=CODE,
                address="山东省菏泽市鄄城县陈王街道府前街1号",
            )
            + "</body></html>"
        )


STATS_2023: tuple[list[tuple[str, str]], list[str], list[list[str]]] = (
    [("单位", "rowspan=2 "), ("行政复议（件）", "colspan=3 "), ("行政诉讼（件）", "colspan=3 ")],
    ["收到申请", "审结", "纠错", "一审应诉", "败诉", "负责人出庭"],
    [
        ["县人民政府", "38", "36", "3", "21", "1", "21"],
        ["县公安局", "27", "27", "2", "9", "0", "9"],
        ["县自然资源局", "15", "14", "1", "12", "1", "12"],
        ["县市场监管局", "11", "11", "0", "3", "0", "3"],
        ["县综合行政执法局", "9", "9", "1", "6", "0", "6"],
        ["县人力资源社会保障局", "6", "6", "0", "2", "0", "2"],
        ["其他单位", "8", "8", "0", "4", "0", "4"],
        ["合计", "114", "111", "7", "57", "2", "57"],
    ],
)
STATS_2024: tuple[list[tuple[str, str]], list[str], list[list[str]]] = (
    STATS_2023[0],
    STATS_2023[1],
    [
        ["县人民政府", "41", "40", "2", "19", "0", "19"],
        ["县公安局", "24", "24", "1", "8", "1", "8"],
        ["合计", "65", "64", "3", "27", "1", "27"],
    ],
)
