"""A county whose own name has a character outside the BMP (𡌶阳县, 𡌶 = U+21336, CJK Ext-B),
one of whose towns has an Ext-A character (䢺溪镇, 䢺 = U+48BA), on a TRS-like portal whose
pages carry these characters every way real pages do, each time as a browser shows it:

- the new UTF-8 template writes 𡌶 as the character itself (home page, listings, the 2024
  report: title, 信息公开 table, text); its 信息公开 labels are aligned with ideographic-space
  runs (`索　引　号`), its 成文日期 is written `二〇二五年三月二十日`, the text ends with a
  signature block pushed right by runs of U+3000 and a date with `〇`; the text names the
  county head 陈𠮷 (U+20BB7) and annotates 䢺 with pinyin whose tone mark is a combining
  grave accent (`da` + U+0300 + `i`; the gold has it composed, as NFC: a reader sees `dài`);
- the 2023 report, from the same CMS but stored in a MySQL `utf8` (3-byte) column, has every
  astral character of its content fields as `&#x21336;` (title, `<title>`, table, text); a
  person's name in its text carries a Private Use Area code point (U+E2A7) typed with an old
  方正 造字 font, which the page ships no font for: a reader sees a box, the text is U+E2A7,
  and the gold keeps that code point;
- the 2022 report (县司法局) is a page of the old 司法局 sub-template served as GB18030
  (`Content-Type: text/html; charset=GB18030`, `<meta charset=gb18030>`), where 𡌶 and 䢺 are
  four-byte sequences; its labels mix half-width and full-width punctuation (`发布机构:`,
  `来源（…）`);
- the 2020 report (page 2 of the column) is a static page of the pre-2016 GBK template that
  was never regenerated (`charset=gbk` everywhere): GBK has no 𡌶, so the editor put an
  inline image of the glyph, `<img src="/zk/21336.gif" alt="">`, wherever the county's name
  is written (its `<h1>`, publisher, text) and the `<title>` tag (tags stripped) lacks it:
  a reader sees the glyph picture, so the gold is the character 𡌶 (the listing, a page of
  the new CMS, spells the title with the character); the town's 䢺 is a GBK user-defined
  code (0xFCB6), i.e. U+E3C1 as a browser decodes it (WHATWG gbk = gb18030 decoder), and
  the gold keeps U+E3C1;
- the home page's news box has 🔥 and 👨‍⚖️ (a ZWJ sequence) in headlines, the modern
  template's share bar is emoji buttons.

Decoys: 工作要点, 实施方案（2021-2025年）, 八五普法规划, 信息公开工作年度报告, 考核结果公示, a
督察整改 report, news of the 常务会议 that 听取 the 法治政府建设 report (🔥 in its title).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import replace

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Reply

JI = "\U00021336"  # 𡌶
DAI = "\u48ba"  # 䢺
JI2 = "\U00020bb7"  # 𠮷
PUA_NAME = "\ue2a7"  # a 方正 造字 code for a person's name character
PUA_TOWN = "\ue3c1"  # GBK user-defined 0xFCB6, the old CMS's 䢺
ZWJ = "\u200d"
COMB_GRAVE = "\u0300"
IDSP = "\u3000"

COUNTY = f"{JI}阳县"
SITE = f"{COUNTY}人民政府"
GOV = SITE
GOV_OFFICE = f"{COUNTY}人民政府办公室"
SFJ = f"{COUNTY}司法局"
CODE = "4418260003"
CREDIT = "11441826007081234X"
ICP = "粤ICP备05088123号"
POLICE = "粤公网安备 44182602000045号"

XXGK = "/xxgk/"
FZZF = "/xxgk/fzzfjs/"
NEWS = "/xwzx/jryw/"
TZGG = "/xwzx/tzgg/"
NAV = [
    ("首页", "/"),
    (f"走进{COUNTY}", "/zjjy/"),
    ("新闻中心", NEWS),
    ("政务公开", XXGK),
    ("政务服务", "https://www.gdzwfw.gov.cn/"),
    ("互动交流", "/hdjl/"),
]
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def nfc(text: str) -> str:
    """The gold: what a reader sees, so a base letter and its combining mark as one."""
    return unicodedata.normalize("NFC", text)


def entity(text: str) -> str:
    """What a MySQL `utf8` (3-byte) column gives back: astral characters as `&#x…;`."""
    return "".join(f"&#x{ord(c):X};" if ord(c) > 0xFFFF else c for c in esc(text))


def glyph_img(text: str) -> str:
    """The old GBK template: characters GBK lacks as an image of the glyph, no alt."""
    out = []
    for c in esc(text):
        if ord(c) > 0xFFFF:
            out.append(f'<img src="/zk/{ord(c):X}.gif" alt="" />')
        else:
            out.append(c)
    return "".join(out)


def gbk_stripped(text: str) -> str:
    """Tags stripped from the stored title: the glyph image leaves nothing."""
    return "".join(c for c in text if ord(c) <= 0xFFFF)


def share_bar() -> str:
    return (
        '<div class="share-bar"><span>分享到：</span>'
        '<a href="javascript:;" class="wx">💬 微信</a>'
        '<a href="javascript:;" class="wb">🧣 微博</a>'
        '<a href="javascript:;" class="qq">🐧 QQ</a>'
        '<a href="javascript:;" class="copy">🔗 复制链接</a>'
        '<a href="javascript:window.print();">🖨️ 打印</a></div>\n'
    )


class RareCharsCountySite(BlindSite):
    name = "rare_chars_county"
    # A limit of the crawler (README, "Portals nobody configured"): checks that meet it xfail.
    known_failure = (
        "a character an old GBK page draws as an image is not read into the title and publisher"
    )
    region = f"广东省清远市{COUNTY}"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.next_id = 5000
        items = [
            self._neg(f"{COUNTY}2025年法治政府建设工作要点", "2025-04-08"),
            self._report_2024("2025-03-28"),
            self._neg(f"{COUNTY}2024年度法治政府建设考核结果公示", "2025-03-10"),
            self._neg(f"{COUNTY}人民政府2024年政府信息公开工作年度报告", "2025-01-20", fill=True),
            self._neg(f"关于{COUNTY}2023年法治政府建设督察反馈问题整改情况的报告", "2024-09-02"),
            self._report_2023("2024-03-15"),
            self._report_2022("2023-02-15"),
            self._neg(f"{COUNTY}“八五”普法规划（2021-2025年）", "2022-01-05"),
            self._neg(f"{COUNTY}法治政府建设实施方案(2021—2025年)", "2021-12-20"),
            # page 2
            self._neg(f"{COUNTY}2021年法治政府建设工作要点", "2021-04-02"),
            self._report_2020("2021-01-20"),
            self._neg(f"{COUNTY}人民政府2020年政府信息公开工作年度报告", "2021-01-15", fill=True),
        ]
        self._listing(items[:9], 0, 2)
        self._listing(items[9:], 1, 2)
        self.news = [
            self._news(
                f"🔥{COUNTY}政府常务会议听取2024年度法治政府建设情况报告",
                "2025-03-21",
                [
                    f"3月20日，县长陈{JI2}主持召开县政府第四十二次常务会议，听取全县2024年度"
                    "法治政府建设工作情况报告，研究部署2025年重点任务。",
                    "会议指出，要坚持以习近平法治思想为指导，持续推进严格规范公正文明执法。",
                    "会议还研究了其他事项。",
                ],
            ),
            self._news(
                f"👨{ZWJ}⚖️法官进村：{DAI}溪镇巡回法庭开庭",
                "2025-03-18",
                [f"近日，县人民法院在{DAI}溪镇开展巡回审判，群众旁听庭审。"] * 3,
            ),
            self._news(f"{COUNTY}召开2025年全县经济工作会议", "2025-02-10", [FILLER_BODY[0]] * 3),
            self._news("🔥春运返程高峰，这份出行提示请收好", "2025-02-03", [FILLER_BODY[1]] * 3),
        ]
        self.page(
            NEWS,
            self._frame(
                "今日𡌶阳",
                [("首页", "/"), ("新闻中心", NEWS)],
                self._ul(self.news),
            ),
        )
        self._xxgk()
        self._home()
        self.pages[f"/zk/{ord(JI):X}.gif"] = Reply(200, GIF, {"Content-Type": "image/gif"})

    # --- templates -----------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(f"{title}_{SITE}", site=SITE, code=CODE, meta=meta or None)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap main">\n'
            + fu.crumbs(crumbs)
            + main
            + "</div>\n"
            + share_bar()
            + fu.footer_block(
                SITE, icp=ICP, police=POLICE, code=CODE, address=f"广东省{COUNTY}{JI}城镇府前路1号"
            )
            + fu.jiucuo(CODE)
            + "</body></html>\n"
        )

    def _ul(self, items: list[tuple[str, str, str]]) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'<span class="date">{d}</span></li>\n'
            for t, u, d in items
        )
        return f'<ul class="list">\n{lis}</ul>\n'

    def _art(self, pub: str) -> str:
        self.next_id += 17
        return f"{FZZF}{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _gold(
        self, path: str, seed: str, title: str, lines: list[str], **fields: object
    ) -> list[str]:
        self.gold_report(path, seed, title, **fields)  # type: ignore[arg-type]
        self.gold[-1] = replace(
            self.gold[-1],
            body="\n".join(nfc(re.sub(r"[?？\ufffd]{3,}", "", ln)).strip() for ln in lines),
        )
        return lines

    @staticmethod
    def _adapt(lines: list[str], subs: list[tuple[str, str]]) -> list[str]:
        out = []
        for ln in lines:
            for a, b in subs:
                ln = ln.replace(a, b)
            out.append(ln)
        return out

    def _info_table(self, rows: list[tuple[str, str]], conv=esc) -> str:
        cells = "".join(f"<tr><th>{k}</th><td>{conv(v)}</td></tr>" for k, v in rows)
        return f'<table class="xxgk-info" border="1" cellspacing="0">{cells}</table>\n'

    # --- reports ---------------------------------------------------------------------------
    def _report_2024(self, pub: str) -> tuple[str, str, str]:
        path = self._art(pub)
        title = f"{SITE}关于2024年度法治政府建设情况的报告"
        index_no = f"{CREDIT}/2025-00018"
        doc_no = f"{JI}府〔2025〕6号"
        from tests.fixtureweb.seeds import load_seed

        lines = self._adapt(
            list(load_seed("003").body_lines),
            [("万州区", COUNTY), ("区委", "县委"), ("区人大", "县人大"), ("全区", "全县")],
        )
        lines.insert(
            1,
            f"县政府主要负责人陈{JI2}同志切实履行推进法治建设第一责任人职责，"
            f"先后5次主持召开县政府常务会议专题研究法治政府建设工作，"
            f"赴{DAI}（da{COMB_GRAVE}i）溪镇、{JI}城镇调研基层依法行政工作。",
        )
        lines += [f"{IDSP * 16}{SITE}", f"{IDSP * 16}二〇二五年三月二十日"]
        self._gold(
            path,
            "003",
            title,
            lines,
            publisher=GOV,
            publish_date=pub,
            index_no=index_no,
            written_date="2025-03-20",
            doc_no=doc_no,
        )
        table = (
            '<table class="xxgk-info" border="1" cellspacing="0">'
            f"<tr><th>索{IDSP}引{IDSP}号：</th><td>{esc(index_no)}</td>"
            f"<th>分{IDSP * 2}类：</th><td>政府工作报告</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(GOV)}</td>"
            "<th>成文日期：</th><td>二〇二五年三月二十日</td></tr>"
            f'<tr><th>名{IDSP * 3}称：</th><td colspan="3">{esc(title)}</td></tr>'
            f"<tr><th>文{IDSP}{IDSP}号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{pub}</td></tr></table>\n"
        )
        main = (
            table
            + f'<div class="article"><h1>{esc(title)}</h1>\n'
            + f'<div class="info">来源：{esc(GOV)}　发布时间：{pub} 10:12　'
            + "【字体：<a>大</a> <a>中</a> <a>小</a>】</div>\n"
            + '<div class="TRS_Editor" id="zoom">\n'
            + fu.paragraphs(lines)
            + "\n</div>\n"
            + f'<div class="editor">责任编辑：黄{JI2}</div>\n'
            + fu.article_tools()
            + "</div>\n"
        )
        self.page(
            path,
            self._frame(
                title,
                [("首页", "/"), ("政务公开", XXGK), ("法治政府建设", FZZF)],
                main,
                ArticleTitle=title,
                PubDate=f"{pub} 10:12",
                ContentSource=GOV,
            ),
        )
        return title, path, pub

    def _report_2023(self, pub: str) -> tuple[str, str, str]:
        path = self._art(pub)
        title = f"{COUNTY}2023年度法治政府建设工作报告"
        index_no = f"{CREDIT}/2024-00011"
        doc_no = f"{JI}府〔2024〕5号"
        from tests.fixtureweb.seeds import load_seed

        lines = self._adapt(
            list(load_seed("000").body_lines),
            [("溪湖区", COUNTY), ("我区", "我县"), ("全区", "全县"), ("区委", "县委")],
        )
        lines[0] = lines[0].replace(
            "现将有关情况报告如下", f"县长陈{PUA_NAME}同志现将有关情况报告如下"
        )
        lines += [f"{IDSP * 16}{SITE}", f"{IDSP * 16}二〇二四年三月八日"]
        self._gold(
            path,
            "000",
            title,
            lines,
            publisher=GOV,
            publish_date=pub,
            index_no=index_no,
            written_date="2024-03-08",
            doc_no=doc_no,
        )
        table = (
            '<table class="xxgk-info" border="1" cellspacing="0">'
            f"<tr><th>索{IDSP}引{IDSP}号:</th><td>{esc(index_no)}</td>"
            f"<th>分{IDSP * 2}类:</th><td>政府工作报告</td></tr>"
            f"<tr><th>发布机构:</th><td>{entity(GOV)}</td>"
            "<th>成文日期:</th><td>2024年03月08日</td></tr>"
            f'<tr><th>名{IDSP * 3}称:</th><td colspan="3">{entity(title)}</td></tr>'
            f"<tr><th>文{IDSP}{IDSP}号:</th><td>{entity(doc_no)}</td>"
            f"<th>发布日期:</th><td>{pub}</td></tr></table>\n"
        )
        main = (
            table
            + f'<div class="article"><h1>{entity(title)}</h1>\n'
            + f'<div class="info">来源：{entity(GOV)}　发布时间：{pub} 09:40　'
            + "【字体：<a>大</a> <a>中</a> <a>小</a>】</div>\n"
            + '<div class="TRS_Editor" id="zoom">\n'
            + "\n".join(f'<p style="text-indent:2em;">{entity(ln)}</p>' for ln in lines)
            + "\n</div>\n"
            + fu.article_tools()
            + "</div>\n"
        )
        html = self._frame(
            "@@T@@",
            [("首页", "/"), ("政务公开", XXGK), ("法治政府建设", FZZF)],
            main,
        ).replace(esc("@@T@@"), entity(title))
        self.page(path, html)
        return title, path, pub

    def _report_2022(self, pub: str) -> tuple[str, str, str]:
        """The 司法局 sub-template, GB18030 bytes, `charset=GB18030` in the header."""
        path = self._art(pub)
        title = f"{COUNTY}2022年度法治政府建设报告"
        from tests.fixtureweb.seeds import load_seed

        lines = self._adapt(list(load_seed("001").body_lines), [("临沭县", COUNTY)])
        lines.insert(
            2,
            f"全面推进基层法治建设，在{DAI}溪镇、{JI}城镇开展“法治乡村”示范创建，"
            "打造“一村一法律顾问”升级版。",
        )
        lines += [f"{IDSP * 16}{SFJ}", f"{IDSP * 16}二〇二三年二月十日"]
        self._gold(path, "001", title, lines, publisher=SFJ, publish_date=pub)
        html = (
            fu.doc_head(f"{title}-{SFJ}", site=SITE, code=CODE, charset="gb18030")
            + "<body>\n"
            + f'<div class="sfj-top"><img src="/sfj/images/banner.jpg" alt="{esc(SFJ)}" />'
            + '<a href="/">返回首页</a></div>\n'
            + fu.crumbs(
                [("首页", "/"), ("政务公开", XXGK), ("法治政府建设", FZZF)], "您现在的位置:"
            )
            + f'<div class="art"><div class="art_title">{esc(title)}</div>\n'
            + f'<div class="art_info">发布机构:{esc(SFJ)}&nbsp;&nbsp;发布日期:{pub}&nbsp;&nbsp;'
            + f'来源（{esc(SFJ)}）&nbsp;&nbsp;浏览次数:<span id="hits">128</span></div>\n'
            + '<div class="art_con">\n'
            + fu.paragraphs(lines)
            + "\n</div>\n"
            + fu.article_tools()
            + "</div>\n"
            + f'<div class="sfj-foot"><p>主办：{esc(SFJ)}　地址：{esc(COUNTY)}府前路8号</p>'
            + f"<p>{esc(ICP)}　网站标识码：{CODE}</p></div>\n</body></html>\n"
        )
        self.pages[path] = Reply(
            200, html.encode("gb18030"), {"Content-Type": "text/html; charset=GB18030"}
        )
        self.sources[path] = html
        return title, path, pub

    def _report_2020(self, pub: str) -> tuple[str, str, str]:
        """The pre-2016 GBK template: 𡌶 as a glyph image, 䢺 as a GBK user-defined code."""
        path = self._art(pub)
        title = f"{COUNTY}2020年度法治政府建设工作开展情况"
        from tests.fixtureweb.seeds import load_seed

        lines = self._adapt(list(load_seed("004").body_lines), [("我区", "我县")])
        lines[0] = lines[0].replace("2020年,我县", f"2020年,{COUNTY}")
        lines.insert(
            3,
            f"扎实推进“法律明白人”培养工程，在{PUA_TOWN}溪镇等12个镇建成公共法律服务工作站，"
            "实现村(社区)法律顾问全覆盖。",
        )
        lines += [f"{IDSP * 14}{GOV_OFFICE}", f"{IDSP * 14}二〇二一年一月十八日"]
        self._gold(path, "004", title, lines, publisher=GOV_OFFICE, publish_date=pub)
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            + f"<title>{esc(gbk_stripped(title))}</title>\n"
            + '<link rel="stylesheet" href="/css/style2012.css"></head>\n<body>\n'
            + '<table width="980" align="center"><tr><td><img src="/images/top2012.jpg" '
            + 'width="980" height="120"></td></tr>\n'
            + '<tr><td class="nav"><a href="/">首页</a> | <a href="/xwzx/jryw/">新闻中心</a> | '
            + '<a href="/xxgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></td></tr></table>\n'
            + '<table width="980" align="center"><tr><td class="weizhi">您当前的位置：'
            + '<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">政务公开</a> &gt;&gt; '
            + '<a href="/xxgk/fzzfjs/">法治政府建设</a></td></tr>\n'
            + f'<tr><td align="center" class="biaoti"><h1>{glyph_img(title)}</h1></td></tr>\n'
            + f'<tr><td align="center" class="laiyuan">发布单位：{glyph_img(GOV_OFFICE)}'
            + f"&nbsp;&nbsp;&nbsp;发布时间：{pub}&nbsp;&nbsp;&nbsp;"
            + '【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a>'
            + ' <a href="javascript:fontZoom(12)">小</a>】</td></tr>\n'
            + '<tr><td class="zhengwen"><div id="fontzoom">\n'
            + "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{glyph_img(ln)}</p>" for ln in lines)
            + "\n</div></td></tr>\n"
            + '<tr><td align="right">【<a href="javascript:window.print()">打印</a>】'
            + '【<a href="javascript:window.close()">关闭</a>】</td></tr></table>\n'
            + '<table width="980" align="center" class="bottom"><tr><td>'
            + f"版权所有：{glyph_img(GOV_OFFICE)}　{esc(ICP)}<br>"
            + "建议使用IE6.0以上浏览器 1024×768分辨率浏览</td></tr></table>\n</body></html>\n"
        )
        self.pages[path] = Reply(
            200, html.encode("gb18030"), {"Content-Type": "text/html; charset=gbk"}
        )
        self.sources[path] = html
        return title, path, pub

    # --- decoys, listings, home --------------------------------------------------------------
    def _neg(self, title: str, pub: str, *, fill: bool = False) -> tuple[str, str, str]:
        path = self._art(pub)
        body = FILLER_BODY if fill else NEGATIVE_BODY
        self.negative_titles.append(title)
        main = (
            f'<div class="article"><h1>{esc(title)}</h1>\n'
            + f'<div class="info">来源：{esc(GOV_OFFICE)}　发布时间：{pub} 16:00</div>\n'
            + '<div class="TRS_Editor" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>\n"
            + fu.article_tools()
            + "</div>\n"
        )
        self.page(
            path,
            self._frame(title, [("首页", "/"), ("政务公开", XXGK), ("法治政府建设", FZZF)], main),
        )
        return title, path, pub

    def _news(self, title: str, pub: str, body: list[str]) -> tuple[str, str, str]:
        self.next_id += 7
        path = f"{NEWS}{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{self.next_id}.html"
        main = (
            f'<div class="article"><h1>{esc(title)}</h1>\n'
            + f'<div class="info">来源：{esc(COUNTY)}融媒体中心　发布时间：{pub} 18:30</div>\n'
            + '<div class="TRS_Editor" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>\n"
            + fu.article_tools()
            + "</div>\n"
        )
        self.page(path, self._frame(title, [("首页", "/"), ("新闻中心", NEWS)], main))
        return title, path, pub

    def _listing(self, items: list[tuple[str, str, str]], page: int, pages: int) -> None:
        # The list pads titles with ideographic spaces to align dates (a 28-character column).
        lis = []
        for i, (t, u, d) in enumerate(items):
            shown = entity(t) if i % 2 else esc(t)
            pad = IDSP * max(1, 30 - len(t))
            lis.append(
                f'<li><a href="{esc(u)}" target="_blank">{shown}</a>{pad}<span>[{d}]</span></li>'
            )
        names = ["index.html"] + [f"index_{n}.html" for n in range(1, pages)]
        pager = f"共{pages}页　" + "".join(
            f'<a href="{FZZF}{names[n]}">{n + 1}</a> ' if n != page else f"<b>{n + 1}</b> "
            for n in range(pages)
        )
        if page + 1 < pages:
            pager += f'<a href="{FZZF}{names[page + 1]}">下一页</a>'
        main = (
            fu.left_tree(
                "政务公开",
                [
                    ("政府信息公开指南", "/xxgk/xxgkzn/", []),
                    ("法治政府建设", FZZF, []),
                    ("政府信息公开年报", "/xxgk/ndbg/", []),
                ],
            )
            + '<div class="right"><h2>法治政府建设</h2>\n<ul class="list">\n'
            + "\n".join(lis)
            + f'\n</ul>\n<div class="page">{pager}</div></div>\n'
        )
        html = self._frame(
            "法治政府建设", [("首页", "/"), ("政务公开", XXGK), ("法治政府建设", FZZF)], main
        )
        self.page(FZZF + names[page], html)
        if page == 0:
            self.page(FZZF, html)

    def _xxgk(self) -> None:
        main = (
            '<div class="xxgk-boxes">'
            + '<div class="box"><h3>政府信息公开</h3><ul>'
            + '<li><a href="/xxgk/xxgkzn/">政府信息公开指南</a></li>'
            + f'<li><a href="{FZZF}">法治政府建设</a></li>'
            + '<li><a href="/xxgk/ndbg/">政府信息公开年报</a></li></ul></div></div>\n'
        )
        self.page(XXGK, self._frame("政务公开", [("首页", "/"), ("政务公开", XXGK)], main))

    def _home(self) -> None:
        news = self._ul(self.news)
        main = (
            '<div class="box"><h3>今日𡌶阳</h3>'
            + news
            + f'<a class="more" href="{NEWS}">更多</a></div>\n'
            + '<div class="box"><h3>政务公开</h3><ul>'
            + f'<li><a href="{FZZF}">法治政府建设</a></li>'
            + f'<li><a href="{XXGK}">政府信息公开</a></li></ul></div>\n'
        )
        self.page("/", self._frame("首页", [("首页", "/")], main))
