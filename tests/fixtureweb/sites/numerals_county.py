"""A Yunnan 自治县 portal (红河州 屏边苗族自治县 style) whose years and dates are written every way
real pages write them:

- 首页 (`/`) → 政务公开 (`/zwgk/`, a catalogue tree) → 法定主动公开内容 → 法治政府建设
  (`/zwgk/fdzdgknr/fzzfjs/index.html`, two pages, a plain link pager `index_1.html`); the list
  dates are `2025.03.18`; 部门信息公开 → 县司法局 (`[2025-01-20]`), 政府信息公开年报;
  the home page's 要闻 cards split their date in a day block and a year-month block
  (`<span class="day">12</span><span class="ym">2024-03</span>`), its 通知公告 show `[03-12]`;
- four reports:
  * the 县政府's 2024 report `…关于二〇二四年度法治政府建设工作情况的报告` (Chinese-numeral year),
    in the current 信息公开 template (a table: 索引号 `11532523015164290K/2025-00031`, 成文日期
    typed by the editor as printed under the signature, `二〇二五年三月二十六日`, 发布日期 as
    the CMS prints it, `2025-3-28`, 文号 `屏政报〔2025〕3号`); 屏边要闻 reposts it the next day
    as `…关于2024年度…` (the year in Arabic digits, no 索引号, the 融媒 三审 line in the text);
  * the 县司法局's 2024 report `…关于２０２４年法治政府建设工作情况和２０２５年度工作计划的报告`
    (full-width digits; the year it covers first, the next year's plan second), in the 部门
    template: bracketed labels (`[ 索引号 ] PBSFJ-2025-0003`, `[ 发文字号 ] 屏司发［2025］2号`,
    `[ 成文日期 ] ２０２５年１月１６日`) and `发布时间：2025/01/20 09:12`; linked from both columns;
  * the 县政府's 2023 report titled without a year (`…人民政府关于法治政府建设工作情况的报告`),
    the year only in its first sentence after the 主送 line (`州人民政府：` / `2023年，在市委、
    市政府的坚强领导下…`); 成文日期 `2024年 3月 5日`, 文号 `屏政报[2024]5号`, all else says 2024;
  * the 县政府's 2020 report `…关于上一年度法治政府建设情况的报告` (published January 2021), on
    the old 信息公开 system kept as an archive (`/old/show.asp?id=…`, a table layout: 索引号 on
    the old 组织机构代码 `015164290/2021-0012`, 文号 `屏政报（2021）1号`, 成文日期 `2021-1-15`,
    发布日期 `2021.1.18`); its text opens `县人大常委会：` and `根据《…》和州委依法治州办《关于
    做好2021年度法治政府建设有关工作的通知》（红法治办〔2021〕1号）要求，现将我县上一年度…报告
    如下。`, then `2020年，我区法治政府建设工作…`;
  every report ends with its signature: the issuer and the date in Chinese numerals (〇 or ○);
- decoys: 二〇二五/二〇二四/二○二一年 工作要点, 一图读懂 the 2024 report, 督察 notice and
  整改 report, 考核 通报, 实施方案, the 八五普法 plan, 二〇二三年度政府信息公开工作年度报告 (and
  other years, in Arabic and Chinese numerals), news of the 人大常委会 session that 听取 the
  2023 report, a 推进会, a 司法局 普法 工作要点.

Furniture: 无障碍/长者模式 toolbar, masthead, breadcrumbs, 字体[大 中 小], 上一篇/下一篇, 打印/关闭,
QR, 相关文章 (titles of other reports with dates), share bar, footer (滇ICP备, 滇公网安备, 网站标识码),
政府网站找错.
"""

from __future__ import annotations

from dataclasses import replace

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "屏边苗族自治县人民政府"
CODE = "5325230002"
GOV = "屏边苗族自治县人民政府"
GOV_OFFICE = "屏边苗族自治县人民政府办公室"
SFJ = "屏边苗族自治县司法局"
CREDIT = "11532523015164290K"
FZZF = "/zwgk/fdzdgknr/fzzfjs/"
SFJ_COL = "/zwgk/bmxxgk/sfj/"
NDBG = "/zwgk/zfxxgknb/"
ZCWJ = "/zwgk/fdzdgknr/zcwj/"
NEWS = "/xwzx/pbyw/"
NOTICES = "/xwzx/tzgg/"
LIST_SIZE = 8

Item = tuple[str, str, str]  # title, path, date (YYYY-MM-DD)

RENDA_NEWS = [
    "3月26日，县第十七届人民代表大会常务委员会第十九次会议召开，会议听取和审议了县人民政府"
    "关于二〇二三年度法治政府建设工作情况的报告。",
    "会议认为，县人民政府深入学习贯彻习近平法治思想，法治政府建设取得积极成效。会议要求，"
    "进一步压实法治建设责任，规范行政执法行为，加强基层法治队伍建设。",
    "县人大常委会主任、副主任、委员出席会议，县人民政府、县监委、县法院、县检察院有关负责同志"
    "列席会议。",
]


def _dot(d: str) -> str:
    return d.replace("-", ".")


class NumeralsCountySite(BlindSite):
    name = "numerals_county"
    region = "云南省红河哈尼族彝族自治州屏边苗族自治县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 71340
        self.fzzf_items: list[Item] = []
        self.reports: dict[str, tuple[str, str, str, list[str], list[str]]] = {}
        self.deferred: list[tuple[str, tuple, dict]] = []
        self._fzzf()
        self._sfj()
        self._ndbg()
        self._fillers()
        self._news()
        self._catalogue()
        self._home()
        self._old_system()
        for path, args, kwargs in self.deferred:  # article pages list the column's newest items
            self.page(path, self._t1(*args, **kwargs))

    # --- columns -----------------------------------------------------------------------------
    def _fzzf(self) -> None:
        r2024 = "屏边苗族自治县人民政府关于二〇二四年度法治政府建设工作情况的报告"
        items: list[Item] = [
            self._negative(FZZF, "屏边苗族自治县二〇二五年法治政府建设工作要点", "2025-04-08"),
            self._negative(FZZF, f"一图读懂｜{r2024}", "2025-03-31", SFJ),
            self._gold_t1(
                r2024,
                "001",
                "2025-03-28",
                index_no=f"{CREDIT}/2025-00031",
                written="二〇二五年三月二十六日",
                written_iso="2025-03-26",
                doc_no="屏政报〔2025〕3号",
                report_year=2024,
            ),
        ]
        self.sfj_report = self._gold_sfj()
        items += [
            self.sfj_report,
            self._negative(FZZF, "关于开展二〇二四年度法治政府建设督察工作的通知", "2024-11-06"),
            self._negative(FZZF, "屏边苗族自治县二〇二四年法治政府建设工作要点", "2024-04-10"),
            self._gold_t1(
                "屏边苗族自治县人民政府关于法治政府建设工作情况的报告",
                "000",
                "2024-03-08",
                index_no=f"{CREDIT}/2024-00123",
                written="2024年 3月 5日",
                written_iso="2024-03-05",
                doc_no="屏政报[2024]5号",
                report_year=2023,
                signed="二〇二四年三月五日",
                head=["州人民政府："],
            ),
            self._negative(
                FZZF,
                "关于二〇二三年度法治政府建设督察反馈问题整改情况的报告",
                "2023-12-15",
                GOV,
            ),
            self._negative(FZZF, "关于二○二二年度法治政府建设考核结果的通报", "2023-02-21"),
            self._negative(
                FZZF,
                "屏边苗族自治县关于开展法治宣传教育的第八个五年规划（2021—2025年）",
                "2022-01-12",
                GOV,
            ),
            self._negative(
                FZZF, "屏边苗族自治县法治政府建设实施方案（2021—2025年）", "2021-12-30", GOV
            ),
            self._negative(FZZF, "屏边苗族自治县二○二一年法治政府建设工作要点", "2021-03-22"),
            self._gold_old(),
        ]
        self.fzzf_items = items
        self._list(FZZF, "法治政府建设", items, date_style="dot", tree_at=1)

    def _gold_sfj(self) -> Item:
        title = (
            "屏边苗族自治县司法局关于２０２４年法治政府建设工作情况和２０２５年度工作计划的报告"
        )
        pub = "2025-01-20"
        path = self._path(SFJ_COL, pub)
        signature = [SFJ, "二○二五年一月十六日"]
        body = self.gold_report(
            path,
            "003",
            title,
            publisher=SFJ,
            publish_date=pub,
            index_no="PBSFJ-2025-0003",
            written_date="2025-01-16",
            doc_no="屏司发［2025］2号",
            report_year=2024,
        )
        self._sign(signature)
        meta = [
            ("索引号", "PBSFJ-2025-0003"),
            ("发文字号", "屏司发［2025］2号"),
            ("发布机构", SFJ),
            ("主题分类", "法治政府建设"),
            ("成文日期", "２０２５年１月１６日"),
            ("有效性", ""),
        ]
        lis = "".join(
            f'<li><span class="lab">[ {esc(k)} ]</span><span class="val">{esc(v)}</span></li>'
            for k, v in meta
        )
        main = (
            self._sfj_tree()
            + '<div class="bm-right"><div class="bm-meta"><ul class="clearfix">'
            + lis
            + "</ul></div>"
            + f'<h2 class="bm-title">{esc(title)}</h2>'
            + f'<div class="bm-info">发布时间：{pub.replace("-", "/")} 09:12　'
            + f"来源：{esc(SFJ)}　"
            + '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中'
            + '</a> <a href="javascript:doZoom(14)">小</a>】　'
            + '<a href="javascript:;" onclick="speak()">语音播报</a></div>'
            + '<div class="bm-content" id="UCAP-CONTENT">\n'
            + self._paras(body, signature)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", "/zwgk/"),
            ("部门信息公开", SFJ_COL),
            ("县司法局", SFJ_COL),
        ]
        self.page(path, self._frame(title, crumbs, main))
        return title, path, pub

    def _sfj(self) -> None:
        items = [
            self._news_item(
                SFJ_COL, "县司法局召开二〇二五年全县司法行政工作会议", "2025-02-18", SFJ
            ),
            self.sfj_report,
            self._negative(
                SFJ_COL, "屏边苗族自治县二〇二四年普法依法治理工作要点", "2024-03-26", SFJ
            ),
            self._news_item(SFJ_COL, "县司法局开展“法律进村寨”集中宣传活动", "2023-11-09", SFJ),
        ]
        self._list(SFJ_COL, "县司法局", items, date_style="bracket", tree_at=2)

    def _ndbg(self) -> None:
        years = {
            2024: "二〇二四年度",
            2023: "二〇二三年度",
            2022: "2022年度",
            2021: "2021年",
            2020: "二〇二〇年",
        }
        items = []
        for year, spelled in years.items():
            title = f"屏边苗族自治县人民政府{spelled}政府信息公开工作年度报告"
            items.append(self._filler(NDBG, title, f"{year + 1}-01-{20 + year % 7}"))
            self.negative_titles.append(title)
        self._list(NDBG, "政府信息公开年报", items, date_style="iso", tree_at=3)

    def _fillers(self) -> None:
        items = [
            self._filler(
                ZCWJ, "屏边苗族自治县人民政府关于印发二〇二五年民生实事的通知", "2025-03-02", GOV
            ),
            self._filler(
                ZCWJ,
                "屏边苗族自治县人民政府办公室关于做好二〇二五年森林草原防灭火工作的通知",
                "2025-01-15",
            ),
        ]
        self._list(ZCWJ, "政策文件", items, date_style="dot", tree_at=0)

    def _news(self) -> None:
        _, r_path, _, r_body, r_sign = self.reports["001"]
        repost = self._news_item(
            NEWS,
            "屏边苗族自治县人民政府关于2024年度法治政府建设工作情况的报告",
            "2025-03-29",
            SFJ,
            body=r_body,
            signature=r_sign,
        )
        self.aliases[repost[1]] = r_path
        news = [
            repost,
            self._news_item(
                NEWS,
                "县十七届人大常委会第十九次会议听取县人民政府关于二〇二三年度法治政府建设工作情况的报告",
                "2024-03-27",
                "屏边县融媒体中心",
                body=RENDA_NEWS,
                negative=True,
            ),
            self._news_item(
                NEWS, "屏边召开二〇二四年法治政府建设工作推进会", "2024-03-12", SFJ, negative=True
            ),
            self._news_item(
                NEWS, "县领导到和平镇调研春耕生产工作", "2024-03-06", "屏边县融媒体中心"
            ),
            self._news_item(
                NEWS, "屏边苗族自治县召开县人民政府第十二次常务会议", "2024-02-28", GOV_OFFICE
            ),
        ]
        notices = [
            self._news_item(
                NOTICES,
                "屏边苗族自治县二〇二四年事业单位公开招聘工作人员公告",
                "2024-03-15",
                GOV_OFFICE,
            ),
            self._news_item(
                NOTICES,
                "关于召开全县二〇二四年法治政府建设工作推进会的通知",
                "2024-03-08",
                GOV_OFFICE,
                negative=True,
            ),
            self._news_item(
                NOTICES, "关于县城部分路段临时交通管制的通告", "2024-03-01", "县公安局"
            ),
        ]
        self.news, self.notices = news, notices
        self._list(NEWS, "屏边要闻", news, date_style="card", section=("新闻中心", "/xwzx/"))
        self._list(NOTICES, "通知公告", notices, date_style="cn", section=("新闻中心", "/xwzx/"))

    def _catalogue(self) -> None:
        main = (
            self._tree(-1)
            + '<div class="xxgk-right"><div class="xxgk-tit">政府信息公开</div>'
            + "<p>根据《中华人民共和国政府信息公开条例》，本机关主动公开政府信息，"
            + "欢迎查阅。</p></div>"
        )
        html = self._frame("政府信息公开", [("首页", "/"), ("政务公开", "/zwgk/")], main)
        self.page("/zwgk/", html)
        self.page("/zwgk/index.html", html)
        guide = (
            self._tree(-1)
            + '<div class="xxgk-right"><div class="xxgk-tit">政府信息公开指南</div>'
            + "<p>为了更好地开展政府信息公开工作，根据《中华人民共和国政府信息公开条例》，"
            + "编制本指南。</p></div>"
        )
        self.page(
            "/zwgk/xxgkzn/",
            self._frame("政府信息公开指南", [("首页", "/"), ("政务公开", "/zwgk/")], guide),
        )
        xwzx = (
            '<div class="xwzx"><ul>'
            f'<li><a href="{NEWS}index.html">屏边要闻</a></li>'
            f'<li><a href="{NOTICES}index.html">通知公告</a></li></ul></div>'
        )
        self.page("/xwzx/", self._frame("新闻中心", [("首页", "/"), ("新闻中心", "/xwzx/")], xwzx))
        for path, name, text in [
            ("/zjpb/", "走进屏边", "屏边苗族自治县位于云南省东南部、红河哈尼族彝族自治州东部。"),
            ("/hdjl/", "互动交流", "县长信箱　在线咨询　民意征集"),
            (
                "/ztzl/",
                "专题专栏",
                "学习贯彻党的二十届三中全会精神　乡村振兴　民族团结进步示范创建",
            ),
        ]:
            body = f'<div class="page-box"><p>{esc(text)}</p></div>'
            self.page(path, self._frame(name, [("首页", "/"), (name, path)], body))

    def _home(self) -> None:
        cards = "".join(
            f'<li><div class="date"><span class="day">{d[8:10]}</span>'
            f'<span class="ym">{d[:7]}</span></div>'
            f'<a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a></li>'
            for t, p, d in self.news
        )
        notices = "".join(
            f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f'<span class="time">[{d[5:]}]</span></li>'
            for t, p, d in self.notices
        )
        quick = "".join(
            f'<li><a href="{u}">{t}</a></li>'
            for t, u in [
                ("政府信息公开指南", "/zwgk/xxgkzn/"),
                ("政策文件", ZCWJ + "index.html"),
                ("政府信息公开年报", NDBG + "index.html"),
                ("部门信息公开", SFJ_COL + "index.html"),
            ]
        )
        main = (
            '<div class="home-row"><div class="home-news"><div class="tit">屏边要闻'
            f'<a class="more" href="{NEWS}index.html">更多+</a></div><ul class="card">{cards}'
            "</ul></div>"
            '<div class="home-notice"><div class="tit">通知公告'
            f'<a class="more" href="{NOTICES}index.html">更多+</a></div><ul>{notices}</ul></div>'
            "</div>"
            '<div class="home-row"><div class="home-zwgk"><div class="tit">政务公开'
            f'<a class="more" href="/zwgk/">更多+</a></div><ul>{quick}</ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    # --- report pages -----------------------------------------------------------------------
    def _sign(self, signature: list[str], head: list[str] | None = None) -> None:
        """The gold body with the report's own 主送 line(s) above and its signature below."""
        gold = self.gold[-1]
        text = "\n".join([*(head or []), gold.body, *signature])
        self.gold[-1] = replace(gold, body=text)

    def _gold_t1(
        self,
        title: str,
        seed: str,
        pub: str,
        *,
        index_no: str,
        written: str,
        written_iso: str,
        doc_no: str,
        report_year: int,
        signed: str | None = None,
        head: list[str] | None = None,
    ) -> Item:
        path = self._path(FZZF, pub)
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=GOV,
            publish_date=pub,
            index_no=index_no,
            written_date=written_iso,
            doc_no=doc_no,
            report_year=report_year,
        )
        signature = [GOV, signed or written]
        self._sign(signature, head)
        body = (head or []) + body
        self.reports[seed] = (title, path, pub, body, signature)
        self.deferred.append(
            (
                path,
                (title, body, signature),
                {
                    "pub": pub,
                    "index_no": index_no,
                    "publisher": GOV,
                    "written": written,
                    "doc_no": doc_no,
                },
            )
        )
        return title, path, pub

    def _old_system(self) -> None:
        """The old 信息公开 system, kept as an archive: its column lists what it held."""
        rows = "".join(
            f'<tr><td>·<a href="{esc(p)}" target="_blank">{esc(t)}</a></td>'
            f'<td width="90">{_dot(d)}</td></tr>'
            for t, p, d in self.old_items
        )
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>法治政府建设--屏边苗族自治县人民政府信息公开</title></head><body>"
            '<table width="980" align="center"><tr><td class="nav"><a href="/old/">信息公开首页</a>'
            ' | <a href="/">返回门户网站</a></td></tr></table>'
            f'<table width="980" align="center" class="list">{rows}</table>'
            '<table width="980" align="center"><tr><td align="center">共2条记录 1/1页</td></tr>'
            "</table></body></html>"
        )
        self.page("/old/list.asp?cid=12", html)
        home = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>屏边苗族自治县人民政府信息公开</title></head><body>"
            '<table width="980" align="center"><tr><td><a href="/old/list.asp?cid=12">'
            '法治政府建设</a> | <a href="/">返回门户网站</a></td></tr>'
            "<tr><td>本栏目为历史信息存档，2022年以后的信息请到门户网站政务公开栏目查阅。</td></tr>"
            "</table></body></html>"
        )
        self.page("/old/", home)
        self.page("/old/index.asp", home)

    def _gold_old(self) -> Item:
        title = "屏边苗族自治县人民政府关于上一年度法治政府建设情况的报告"
        pub = "2021-01-18"
        path = "/old/show.asp?id=1187"
        signature = [GOV, "二〇二一年一月十五日"]
        head = [
            "县人大常委会：",
            "根据《法治政府建设与责任落实督察工作规定》和州委依法治州办《关于做好2021年度法治"
            "政府建设有关工作的通知》（红法治办〔2021〕1号）要求，现将我县上一年度法治政府建设"
            "情况报告如下。",
        ]
        body = self.gold_report(
            path,
            "004",
            title,
            publisher=GOV,
            publish_date=pub,
            index_no="015164290/2021-0012",
            written_date="2021-01-15",
            doc_no="屏政报（2021）1号",
            report_year=2020,
        )
        self._sign(signature, head)
        body = head + body
        paras = "".join(f"<p>　　{esc(line)}</p>\n" for line in body) + "".join(
            f'<p align="right">{esc(line)}</p>\n' for line in signature
        )
        html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}--屏边苗族自治县人民政府信息公开</title>
<link href="/old/css/style.css" rel="stylesheet" type="text/css"></head>
<body><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/old/images/top.jpg" width="980" height="120"></td></tr>
<tr><td class="nav"><a href="/old/">信息公开首页</a> | <a href="/old/list.asp?cid=12">法治政府建设</a>
 | <a href="/">返回门户网站</a></td></tr>
<tr><td class="weizhi">您现在的位置：<a href="/old/">信息公开</a> &gt;&gt; 法治政府建设 &gt;&gt; 正文</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" class="xl_tab">
<tr><td width="50%">索引号：015164290/2021-0012</td><td>文号：屏政报（2021）1号</td></tr>
<tr><td>发布机构：{esc(GOV)}</td><td>成文日期：2021-1-15</td></tr>
<tr><td>发布日期：2021.1.18</td><td>点击数：<script src="/old/hits.asp?id=1187"></script></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="biaoti" align="center" height="60"><b>{esc(title)}</b></td></tr>
<tr><td class="zw" style="font-size:16px;line-height:30px">
{paras}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">屏边苗族自治县人民政府办公室主办　版权所有<br>
滇ICP备05004321号　网站标识码：{CODE}</td></tr></table>
</body></html>
"""
        self.page(path, html)
        old_plan = "屏边苗族自治县二〇二〇年法治政府建设工作要点"
        plan_path = "/old/show.asp?id=1093"
        self.page(
            plan_path,
            html.replace(esc(title), esc(old_plan))
            .replace(paras, "".join(f"<p>　　{esc(line)}</p>\n" for line in NEGATIVE_BODY))
            .replace("屏政报（2021）1号", "屏政办发（2020）12号")
            .replace("015164290/2021-0012", "015164290/2020-0041")
            .replace("2021-1-15", "2020-4-7")
            .replace("2021.1.18", "2020.4.9"),
        )
        self.negative_titles.append(old_plan)
        self.old_items = [(title, path, pub), (old_plan, plan_path, "2020-04-09")]
        return title, path, pub

    def _t1(
        self,
        title: str,
        body: list[str],
        signature: list[str],
        *,
        pub: str,
        index_no: str,
        publisher: str,
        written: str,
        doc_no: str,
    ) -> str:
        y, m, d = (int(x) for x in pub.split("-"))
        shown = f"{y}-{m}-{d}"  # the CMS prints dates unpadded
        table = (
            '<div class="xxgk-info"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr><th>索 引 号：</th><td>{esc(index_no)}</td><th>主题分类：</th><td>法治政府建设</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(publisher)}</td><th>成文日期：</th><td>{esc(written)}</td></tr>"
            f"<tr><th>文　　号：</th><td>{esc(doc_no)}</td><th>发布日期：</th><td>{shown}</td></tr>"
            f'<tr><th>名　　称：</th><td colspan="3">{esc(title)}</td></tr>'
            "</table></div>"
        )
        related = "".join(
            f'<li><a href="{esc(p)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for t, p, d in self.fzzf_items[:4]
            if t != title
        )
        main = (
            self._tree(1)
            + '<div class="xxgk-right"><div class="article">'
            + table
            + f'<h1 class="art-title">{esc(title)}</h1>'
            + f'<div class="art-info">发布时间：{shown}　来源：{esc(publisher)}　浏览次数：'
            + '<span id="hits"></span>　字体：[<a href="javascript:;" class="big">大</a> '
            + '<a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="sma">小</a>]'
            + "</div>"
            + '<div class="art-content" id="zoom">\n'
            + self._paras(body, signature)
            + "\n</div>"
            + '<div class="art-editor">责任编辑：杨某某　　审核：李某某　　终审：王某某</div>'
            + '<div class="art-pn"><p>上一篇：<a href="'
            + f'{FZZF}index.html">返回列表</a></p><p>下一篇：没有了</p></div>'
            + fu.article_tools()
            + (
                f'<div class="related"><h4>相关文章</h4><ul>{related}</ul></div>'
                if related
                else ""
            )
            + "</div></div>"
            + fu.float_share()
        )
        crumbs = [
            ("首页", "/"),
            ("政务公开", "/zwgk/"),
            ("法定主动公开内容", FZZF + "index.html"),
            ("法治政府建设", FZZF + "index.html"),
        ]
        return self._frame(title, crumbs, main)

    @staticmethod
    def _paras(body: list[str], signature: list[str]) -> str:
        return (
            fu.paragraphs(body)
            + "\n"
            + "\n".join(f'<p style="text-align:right;">{esc(line)}</p>' for line in signature)
        )

    # --- other articles ----------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 17
        return f"{col}{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _negative(self, col: str, title: str, pub: str, publisher: str = GOV_OFFICE) -> Item:
        path = self._path(col, pub)
        self.deferred.append(
            (
                path,
                (title, NEGATIVE_BODY, []),
                {
                    "pub": pub,
                    "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                    "publisher": publisher,
                    "written": pub,
                    "doc_no": "",
                },
            )
        )
        self.negative_titles.append(title)
        return title, path, pub

    def _filler(self, col: str, title: str, pub: str, publisher: str = GOV_OFFICE) -> Item:
        path = self._path(col, pub)
        self.deferred.append(
            (
                path,
                (title, FILLER_BODY, []),
                {
                    "pub": pub,
                    "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                    "publisher": publisher,
                    "written": pub,
                    "doc_no": "",
                },
            )
        )
        return title, path, pub

    def _news_item(
        self,
        col: str,
        title: str,
        pub: str,
        source: str,
        *,
        body: list[str] | None = None,
        negative: bool = False,
        signature: list[str] | None = None,
    ) -> Item:
        path = self._path(col, pub)
        lines = body or (NEGATIVE_BODY if negative else FILLER_BODY)
        closing = "".join(
            f'\n<p style="text-align:right;">{esc(line)}</p>' for line in signature or []
        )
        if signature:  # 融媒 copies close with the 三审 line inside the text block
            closing += '\n<p style="text-align:right;">（责任编辑：杨某某　审核：李某某　终审：王某某）</p>'

        main = (
            '<div class="news-article">'
            + f'<h1 class="news-title">{esc(title)}</h1>'
            + f'<div class="news-info"><span>发布时间：{pub} 10:{len(title) % 60:02d}</span>'
            + f"<span>来源：{esc(source)}</span>"
            + '<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            + '<a href="javascript:;">小</a>】</span></div>'
            + '<div class="news-content" id="zoom">\n'
            + fu.paragraphs(lines)
            + closing
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
            + fu.float_share()
        )
        section = ("政务公开", "/zwgk/") if col.startswith("/zwgk") else ("新闻中心", "/xwzx/")
        self.page(path, self._frame(title, [("首页", "/"), section], main))
        if negative:
            self.negative_titles.append(title)
        return title, path, pub

    # --- listings and frame --------------------------------------------------------------------
    def _list(
        self,
        col: str,
        name: str,
        items: list[Item],
        *,
        date_style: str,
        tree_at: int | None = None,
        section: tuple[str, str] = ("政务公开", "/zwgk/"),
    ) -> None:
        def shown(d: str) -> str:
            if date_style == "dot":
                return _dot(d)
            if date_style == "bracket":
                return f"[{d}]"
            if date_style == "cn":
                return f"{d[:4]}年{d[5:7]}月{d[8:10]}日"
            return d

        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            if date_style == "card":
                rows = "".join(
                    f'<li><div class="date"><span class="day">{d[8:10]}</span>'
                    f'<span class="ym">{d[:7]}</span></div><div class="txt">'
                    f'<a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    "</div></li>"
                    for t, p, d in chunk
                )
            else:
                rows = "".join(
                    f'<li><a href="{esc(p)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f'<span class="date">{shown(d)}</span></li>'
                    for t, p, d in chunk
                )
            pager = self._pager(n, len(chunks))
            left = self._tree(tree_at) if tree_at is not None else ""
            main = (
                left
                + f'<div class="xxgk-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list{" card" if date_style == "card" else ""}">{rows}</ul>'
                + f'<div class="pager">{pager}</div></div>'
            )
            crumbs = [("首页", "/"), section, (name, col + "index.html")]
            html = self._frame(name, crumbs, main)
            self.page(col + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(col, html)

    @staticmethod
    def _pager(n: int, total: int) -> str:
        def href(k: int) -> str:
            return "index.html" if k == 0 else f"index_{k}.html"

        parts = [f"共{total}页　当前第{n + 1}页　"]
        parts.append(f'<a href="{href(0)}">首页</a>')
        parts.append(f'<a href="{href(n - 1)}">上一页</a>' if n > 0 else "<span>上一页</span>")
        for k in range(total):
            parts.append(
                f'<span class="cur">{k + 1}</span>'
                if k == n
                else f'<a href="{href(k)}">{k + 1}</a>'
            )
        parts.append(
            f'<a href="{href(n + 1)}">下一页</a>' if n + 1 < total else "<span>下一页</span>"
        )
        parts.append(f'<a href="{href(total - 1)}">尾页</a>')
        return " ".join(parts)

    def _tree(self, at: int | None) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [("政策文件", ZCWJ + "index.html"), ("法治政府建设", FZZF + "index.html")],
                ),
                ("部门信息公开", "javascript:;", [("县司法局", SFJ_COL + "index.html")]),
                ("政府信息公开年报", NDBG + "index.html", []),
            ],
        )

    def _sfj_tree(self) -> str:
        return fu.left_tree(
            "部门信息公开",
            [
                ("县发展和改革局", "javascript:;", []),
                ("县教育体育局", "javascript:;", []),
                ("县司法局", SFJ_COL + "index.html", []),
                ("县财政局", "javascript:;", []),
            ],
        )

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进屏边", "/zjpb/"),
            ("新闻中心", NEWS + "index.html"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://zwfw.yn.gov.cn/"),
            ("互动交流", "/hdjl/"),
            ("专题专栏", "/ztzl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, "您当前的位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="滇ICP备05004321号-1",
                police="滇公网安备 53252302000101号",
                code=CODE,
                address="云南省红河州屏边苗族自治县玉屏镇",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
