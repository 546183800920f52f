"""A county portal of the 2008 generation kept alive (ASP on IIS, GB2312, tables and frames), whose
articles open in pop-up windows and whose article text sits in an iframe:

- the home page (`/`, IIS's `index.htm`) is a `<frameset>`: a banner frame `top.htm` (设为首页 /
  加入收藏, a nav bar targeting `mainFrame`), a left menu frame `menu.htm` and the main frame
  `main.htm`; `<noframes>` says only that the browser lacks frames;
- the left menu is written by `js/menu.js` (`document.write` of a table, sub-menus folded with
  `showsub(n)`): it is the only way to the 政务公开 columns, 法治政府建设 among them;
- `main.htm` boxes (政务动态, 通知公告, 政府文件) link articles by `href="#"
  onclick="openWin('/show.asp?id=N')"`; 更多>> goes to `list.asp?classid=N`;
- `list.asp?classid=N` is a table of rows whose links are `href="javascript:void(0)"
  onclick="openWin('/show.asp?id=N')"`, or `window.open('show.asp?id=N','_blank','width=800,
  height=600,scrollbars=yes')`, or `onClick="javascript:openWin('show.asp?id=N');return false;"`;
  titles cut to 26 characters with `...` (whole in `title=`), dates like `2025-3-20`; the pager
  is ASP's `首页 上一页 下一页 尾页` with query-only hrefs (`?classid=26&page=2`) and a `<select>`;
- `show.asp?id=N` (the pop-up a reader opens; **the gold URL of a report**) is a small shell:
  banner image, 您现在的位置, the title, `来源：… 发布时间：2025-3-20 10:23:15 点击：<script>`,
  for 信息公开 items a 索引号/发布机构/文号/成文日期 table, then `<iframe id="contentFrame"
  src="/content/2025/N.htm" frameborder="0" scrolling="no">` with the text, 责任编辑, 打印本页 /
  关闭窗口, 上一篇 / 下一篇 and a copyright strip;
- the content files are the CMS's text only: a small GB2312 page of `<p>&nbsp;&nbsp;…` lines;
  one (the 县司法局's report) a bare fragment of `<p>`s with no `<head>` or charset at all (a
  browser decodes it with its parent's encoding); one (the 2020 report) a Word "save as web
  page" with `MsoNormal` spans, a `<style>` block and the title repeated as its first line;
- the 2023 report's shell also shows a 内容摘要 (the first paragraph cut off with ……) above
  the iframe: the report is the iframe's full text;
- `print.asp?id=N` (打印本页) shows the title, 来源/时间 and the whole text inline, without the
  信息公开 table.

Static `.htm` files are served as `text/html` without a charset (their meta says gb2312), ASP
pages as `text/html; Charset=gb2312`; bytes are GBK.
"""

from __future__ import annotations

import re

from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "青冈县人民政府"
GOV = "青冈县人民政府"
GOV_OFFICE = "青冈县人民政府办公室"
SFJ = "青冈县司法局"
YFZX = "中共青冈县委全面依法治县委员会办公室"
ORG = "012874561"
FZZF = 26
PER_PAGE = 10
ASP = {"Content-Type": "text/html; Charset=gb2312", "Server": "Microsoft-IIS/6.0"}
STATIC = {"Content-Type": "text/html", "Server": "Microsoft-IIS/6.0"}
META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'

# classid → column name; sections of the left menu.
COLUMNS = {
    1: "县情概况",
    2: "领导之窗",
    11: "政务动态",
    12: "通知公告",
    21: "政府文件",
    22: "人事信息",
    23: "财政信息",
    24: "规划计划",
    FZZF: "法治政府建设",
    27: "政府信息公开年报",
    31: "办事指南",
}
MENU = [
    ("走进青冈", [1, 2]),
    ("新闻中心", [11, 12]),
    ("政务公开", [21, 22, 23, 24, FZZF, 27]),
    ("便民服务", [31]),
]
SERIF = "仿宋_GB2312"


def _date(pub: str) -> str:
    """ASP's `Now()` in a Chinese locale: 2025-3-20 10:23:15 (no zero padding)."""
    day, _, time = pub.partition(" ")
    y, m, d = day.split("-")
    return f"{int(y)}-{int(m)}-{int(d)}" + (f" {time}" if time else "")


class FramesArticleCountySite(BlindSite):
    name = "frames_article_county"
    region = "黑龙江省绥化市青冈县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        # classid → [(id, title, pub)] newest first
        self.columns: dict[int, list[tuple[int, str, str]]] = {c: [] for c in COLUMNS}
        self.articles: dict[int, tuple[int, str, str]] = {}
        self.how: dict[int, str] = {}  # id → the list's link style
        self.shells: dict[int, tuple] = {}  # id → what its shell shows
        self._fzzf()
        self._notices()
        self._others()
        for cid in COLUMNS:
            self._list(cid)
        self._prev_next_shells()
        self._frames()

    # --- articles -----------------------------------------------------------------------------
    def _fzzf(self) -> None:
        def neg(aid: int, title: str, pub: str, source: str = SFJ, **kw: object) -> None:
            self._article(aid, FZZF, title, NEGATIVE_BODY, pub, source, **kw)  # type: ignore[arg-type]
            self.negative_titles.append(title)

        neg(1215, "青冈县2025年法治政府建设工作要点", "2025-04-08 16:02:44", YFZX)
        t = "青冈县人民政府关于2024年度法治政府建设工作情况的报告"
        self._article(
            1198,
            FZZF,
            f"一图读懂《{t}》",
            [],
            "2025-03-24 15:30:12",
            SFJ,
            image="/UploadFiles/2025/3/20250324153012.jpg",
        )
        self.negative_titles.append(f"一图读懂《{t}》")
        meta = {
            "index_no": f"{ORG}/2025-00031",
            "publisher": GOV,
            "written_date": "2025-03-18",
            "doc_no": "青政报〔2025〕4号",
        }
        body = self.gold_report("/show.asp?id=1187", "003", t, publish_date="2025-03-20", **meta)
        self._article(1187, FZZF, t, body, "2025-03-20 10:23:15", GOV, meta=meta)
        neg(1176, "青冈县人民政府县长2024年度述法报告", "2025-03-11 09:12:40", GOV)
        t = "青冈县司法局2024年度法治政府建设工作报告"
        body = self.gold_report(
            "/show.asp?id=1164", "001", t, publisher=SFJ, publish_date="2025-02-24"
        )
        self._article(1164, FZZF, t, body, "2025-02-24 09:05:33", SFJ, content="fragment")
        self.how[1164] = "window.open"
        neg(1151, "关于2024年度法治政府建设考核结果的通报", "2025-02-12 14:40:09", YFZX)
        neg(1120, "关于报送2024年度法治政府建设情况报告的通知", "2025-01-08 10:31:27", YFZX)
        self.columns[12].append((1120, "关于报送2024年度法治政府建设情况报告的通知", "2025-01-08"))
        neg(1043, "关于召开全县法治政府建设推进会的通知", "2024-06-14 08:50:16", YFZX)
        t = "青冈县2023年度法治政府建设工作报告"
        body = self.gold_report(
            "/show.asp?id=1002", "000", t, publisher=GOV, publish_date="2024-03-26"
        )
        self._article(1002, FZZF, t, body, "2024-03-26 11:17:52", GOV, summary=True)
        neg(968, "关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-12-20 15:03:38", GOV)
        # page 2
        neg(851, "青冈县法治政府建设实施方案（2021-2025年）", "2022-03-02 09:40:21", GOV_OFFICE)
        neg(703, "青冈县2021年法治政府建设工作要点", "2021-03-30 10:12:05", YFZX)
        self.how[703] = "window.open"
        t = "青冈县2020年度法治政府建设工作开展情况"
        body = self.gold_report(
            "/show.asp?id=642", "004", t, publisher=SFJ, publish_date="2021-01-18"
        )
        self._article(642, FZZF, t, body, "2021-01-18 06:45:10", SFJ, content="word")
        self.how[642] = "onClick"
        neg(598, "青冈县2020年法治政府建设工作要点", "2020-04-16 15:22:47", YFZX)

    def _notices(self) -> None:
        items = [
            (1221, "关于2025年春季森林草原防火的通告", "2025-04-10 08:30:00", GOV),
            (1204, "青冈县2025年公开招聘社区工作者公告", "2025-03-28 16:45:12", "县人社局"),
            (
                1190,
                "关于做好2025年城乡居民基本医疗保险参保缴费工作的通知",
                "2025-03-21 09:00:31",
                "县医保局",
            ),
            (1142, "青冈县2025年春耕生产农资价格监测公告", "2025-02-09 10:11:12", "县发改局"),
            (1101, "关于春节期间城区禁止燃放烟花爆竹的通告", "2025-01-02 14:05:55", GOV),
            (1066, "青冈县2024年度拟提拔任用干部任前公示", "2024-12-18 17:20:40", "县委组织部"),
        ]
        for aid, title, pub, source in items:
            self._article(aid, 12, title, FILLER_BODY, pub, source)
        # the 2024 report is also announced among the notices (the same pop-up)
        self.columns[12].append((1187, self.articles[1187][1], "2025-03-20"))
        self.columns[12].sort(key=lambda r: r[2], reverse=True)
        self.negative_titles.extend(
            [
                f"{SITE}2024年政府信息公开工作年度报告",
                f"{SITE}2023年政府信息公开工作年度报告",
            ]
        )
        self._article(
            1130,
            27,
            f"{SITE}2024年政府信息公开工作年度报告",
            NEGATIVE_BODY,
            "2025-01-20 10:00:00",
            GOV_OFFICE,
        )
        self._article(
            905,
            27,
            f"{SITE}2023年政府信息公开工作年度报告",
            NEGATIVE_BODY,
            "2024-01-19 10:00:00",
            GOV_OFFICE,
        )

    def _others(self) -> None:
        news = [
            "青冈县召开县政府第三十二次常务会议",
            "县领导深入乡镇检查春耕备耕工作",
            "我县召开2025年法治政府建设推进会",
            "青冈县开展“3·15”消费者权益保护宣传活动",
            "县政府召开优化营商环境工作会议",
            "我县举办2025年春风行动专场招聘会",
        ]
        for i, title in enumerate(news):
            self._article(
                1230 - i * 3,
                11,
                title,
                FILLER_BODY,
                f"2025-04-{20 - i * 2:02d} 17:0{i}:00",
                GOV_OFFICE,
            )
        docs = [
            "青冈县人民政府关于印发青冈县城区环境卫生管理办法的通知",
            "青冈县人民政府办公室关于进一步加强安全生产工作的通知",
            "青冈县人民政府关于公布青冈县2025年度重大行政决策事项目录的通知",
        ]
        for i, title in enumerate(docs):
            self._article(
                1180 - i * 9, 21, title, FILLER_BODY, f"2025-03-{15 - i * 4:02d} 10:00:00", GOV
            )
        small = {
            1: ["青冈县概况", "青冈县行政区划"],
            2: ["县政府领导分工"],
            22: ["青冈县人民政府关于王某某等同志职务任免的通知"],
            23: ["青冈县2025年政府预算公开说明", "青冈县2024年财政决算公开说明"],
            24: ["青冈县国民经济和社会发展第十四个五年规划纲要"],
            31: ["青冈县居民身份证办理指南", "青冈县不动产登记办事指南"],
        }
        aid = 400
        for cid, titles in small.items():
            for title in titles:
                aid += 7
                self._article(aid, cid, title, FILLER_BODY, "2024-09-02 10:00:00", GOV_OFFICE)

    def _article(  # noqa: PLR0917
        self,
        aid: int,
        cid: int,
        title: str,
        body: list[str],
        pub: str,
        source: str,
        *,
        meta: dict[str, str] | None = None,
        summary: bool = False,
        content: str = "page",
        image: str | None = None,
    ) -> None:
        year = pub[:4]
        src = f"/content/{year}/{aid}.htm"
        self.columns[cid].append((aid, title, pub[:10]))
        self.articles[aid] = (cid, title, pub)
        self.shells[aid] = (cid, title, pub, source, meta, body if summary else None, src)
        if image:
            lines = f'<p align="center"><img src="{image}" border="0" alt=""></p>'
            self.page(src, _content_page(lines), encoding="gbk", header_charset=None, extra=STATIC)
            printed = lines
        elif content == "fragment":
            frag = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</p>" for ln in body)
            self.page(src, frag + "\n", encoding="gbk", header_charset=None, extra=STATIC)
            printed = _plain(body)
        elif content == "word":
            self.page(
                src, _word_page(title, body), encoding="gbk", header_charset=None, extra=STATIC
            )
            printed = _plain(body)
        else:
            lines = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</p>" for ln in body)
            self.page(src, _content_page(lines), encoding="gbk", header_charset=None, extra=STATIC)
            printed = _plain(body)
        self.page(
            f"/print.asp?id={aid}",
            _print_page(title, source, _date(pub), printed),
            encoding="gbk",
            header_charset=None,
            extra=ASP,
        )

    def _prev_next_shells(self) -> None:
        """Shells are drawn last: 上一篇/下一篇 walk the article's column."""
        for aid, (cid, title, pub, source, meta, summary, src) in self.shells.items():
            column = sorted(self.columns[cid], key=lambda r: r[2], reverse=True)
            order = [a for a, _, _ in column]
            i = order.index(aid)
            newer = self.articles[order[i - 1]][1] if i > 0 else None
            older = self.articles[order[i + 1]][1] if i + 1 < len(order) else None
            prev_link = (
                f'<a href="show.asp?id={order[i + 1]}">{esc(older)}</a>' if older else "没有了"
            )
            next_link = (
                f'<a href="show.asp?id={order[i - 1]}">{esc(newer)}</a>' if newer else "没有了"
            )
            html = _shell(aid, cid, title, pub, source, meta, summary, src, prev_link, next_link)
            self.page(f"/show.asp?id={aid}", html, encoding="gbk", header_charset=None, extra=ASP)

    # --- lists --------------------------------------------------------------------------------
    def _list(self, cid: int) -> None:
        items = sorted(self.columns[cid], key=lambda r: r[2], reverse=True)
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        last = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            rows = "\n".join(self._row(aid, title, pub) for aid, title, pub in chunk)
            first = f"<a href='?classid={cid}&page=1'>首页</a>" if n > 1 else "首页"
            prev = f"<a href='?classid={cid}&page={n - 1}'>上一页</a>" if n > 1 else "上一页"
            nxt = f"<a href='?classid={cid}&page={n + 1}'>下一页</a>" if n < last else "下一页"
            end = f"<a href='?classid={cid}&page={last}'>尾页</a>" if n < last else "尾页"
            options = "".join(
                f"<option value='{k}'{' selected' if k == n else ''}>第{k}页</option>"
                for k in range(1, last + 1)
            )
            pager = (
                f"共<b>{len(items)}</b>条记录&nbsp;&nbsp;页次：<b>{n}</b>/{last}&nbsp;&nbsp;"
                f"每页<b>{PER_PAGE}</b>条&nbsp;&nbsp;{first}&nbsp;{prev}&nbsp;{nxt}&nbsp;{end}"
                "&nbsp;&nbsp;转到：<select name='page' onchange=\"javascript:location='?classid="
                f"{cid}&page='+this.options[this.selectedIndex].value;\">{options}</select>"
            )
            html = f"""<html>
<head>
{META}
<title>{esc(COLUMNS[cid])}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="28" background="images/list_title_bg.gif" class="weizhi">&nbsp;<img src="images/home.gif" align="absmiddle"> 当前位置：<a href="main.htm">首页</a> &gt;&gt; {esc(COLUMNS[cid])}</td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="list">
{rows}
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="40" align="center" class="page">{pager}</td></tr>
</table>
{_copyright()}
</body>
</html>
"""
            kw = {"encoding": "gbk", "header_charset": None, "extra": ASP}
            self.page(f"/list.asp?classid={cid}&page={n}", html, **kw)
            if n == 1:
                self.page(f"/list.asp?classid={cid}", html, **kw)

    def _row(self, aid: int, title: str, pub: str) -> str:
        shown = title if len(title) <= 26 else title[:26] + "..."
        how = self.how.get(aid, "openWin")
        if how == "window.open":
            link = (
                f'<a href="javascript:void(0)" onclick="window.open(\'show.asp?id={aid}\','
                f"'_blank','width=800,height=600,scrollbars=yes')\" title=\"{esc(title)}\">"
                f"{esc(shown)}</a>"
            )
        elif how == "onClick":
            link = (
                f'<a href="#" onClick="javascript:openWin(\'show.asp?id={aid}\');return false;" '
                f'title="{esc(title)}">{esc(shown)}</a>'
            )
        else:
            link = (
                f'<a href="javascript:void(0)" onclick="openWin(\'/show.asp?id={aid}\')" '
                f'title="{esc(title)}">{esc(shown)}</a>'
            )
        return (
            '  <tr><td height="26" class="list_line"><img src="images/dot.gif" width="9" '
            f'height="9" align="absmiddle">&nbsp;{link}</td>'
            f'<td width="90" align="right" class="list_line">[{_date(pub)}]</td></tr>'
        )

    # --- the frames ---------------------------------------------------------------------------
    def _frames(self) -> None:
        frameset = f"""<html>
<head>
{META}
<title>{SITE}网</title>
<meta name="keywords" content="青冈,青冈县,青冈县人民政府,绥化">
</head>
<frameset rows="152,*" cols="*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="NO" noresize>
  <frameset cols="190,*" frameborder="NO" border="0" framespacing="0">
    <frame src="menu.htm" name="leftFrame" scrolling="auto" noresize>
    <frame src="main.htm" name="mainFrame">
  </frameset>
</frameset>
<noframes><body>
对不起，您的浏览器不支持框架，请升级您的浏览器。
</body></noframes>
</html>
"""
        for path in ("/", "/index.htm"):
            self.page(path, frameset, encoding="gbk", header_charset=None, extra=STATIC)
        nav = " | ".join(
            f'<a href="{u}" target="mainFrame" class="nav">{t}</a>'
            for t, u in [
                ("网站首页", "main.htm"),
                ("政务动态", "list.asp?classid=11"),
                ("通知公告", "list.asp?classid=12"),
                ("政府文件", "list.asp?classid=21"),
                ("办事指南", "list.asp?classid=31"),
                ("县长信箱", "mailbox.asp"),
            ]
        )
        top = f"""<html>
<head>
{META}
<title>top</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="24" bgcolor="#E8F1FB">&nbsp;<script language="javascript">var d=new Date();document.write("今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></td>
  <td align="right" bgcolor="#E8F1FB"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.qinggang.gov.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.qinggang.gov.cn','{SITE}网')">加入收藏</a>&nbsp;</td></tr>
  <tr><td colspan="2" height="100"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="100"><param name="movie" value="images/top.swf"><param name="wmode" value="transparent"><embed src="images/top.swf" width="1000" height="100" wmode="transparent" type="application/x-shockwave-flash"></embed></object></td></tr>
  <tr><td colspan="2" height="28" background="images/nav_bg.gif" align="center">{nav}</td></tr>
</table>
</body>
</html>
"""
        self.page("/top.htm", top, encoding="gbk", header_charset=None, extra=STATIC)
        menu = f"""<html>
<head>
{META}
<title>menu</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" background="images/menu_bg.gif">
<table width="180" border="0" cellspacing="0" cellpadding="0"><tr><td><img src="images/menu_top.gif" width="180" height="36"></td></tr></table>
<script language="javascript" src="js/menu.js" charset="gb2312"></script>
<table width="180" border="0" cellspacing="0" cellpadding="0"><tr><td align="center"><a href="mailbox.asp" target="mainFrame"><img src="images/xzxx.gif" width="170" height="50" border="0" alt="县长信箱"></a></td></tr></table>
</body>
</html>
"""
        self.page("/menu.htm", menu, encoding="gbk", header_charset=None, extra=STATIC)
        js = [
            "// 左侧菜单 2008-06-12",
            "function showsub(n){",
            "  var o=document.getElementById('sub'+n);",
            "  o.style.display=(o.style.display=='none')?'':'none';",
            "}",
            "document.write(\"<table width='180' border='0' cellspacing='0' cellpadding='0'>\");",
        ]
        for n, (section, cids) in enumerate(MENU, start=1):
            js.append(
                f"document.write(\"<tr><td height='30' class='menu_title' style='cursor:hand' "
                f"onclick='showsub({n})'>&nbsp;&nbsp;{section}</td></tr>\");"
            )
            js.append(
                f"document.write(\"<tr id='sub{n}' style='display:none'><td><table width='100%' "
                "border='0' cellspacing='0' cellpadding='0'>\");"
            )
            for cid in cids:
                js.append(
                    "document.write(\"<tr><td height='24' class='menu_item'>"
                    f"<img src='images/arrow.gif' align='absmiddle'> <a href='list.asp?classid={cid}' "
                    f"target='mainFrame'>{COLUMNS[cid]}</a></td></tr>\");"
                )
            if section == "便民服务":
                js.append(
                    "document.write(\"<tr><td height='24' class='menu_item'><img src='images/"
                    "arrow.gif' align='absmiddle'> <a href='mailbox.asp' target='mainFrame'>县长信箱"
                    '</a></td></tr>");'
                )
            js.append('document.write("</table></td></tr>");')
        js.append('document.write("</table>");')
        self.pages["/js/menu.js"] = Reply(
            200,
            "\n".join(js).encode("gbk"),
            {"Content-Type": "application/x-javascript", "Server": "Microsoft-IIS/6.0"},
        )
        self.pages["/js/common.js"] = Reply(
            200,
            (
                "function openWin(url){window.open(url,'newwin','width=800,height=600,top=0,"
                "left=0,toolbar=no,menubar=no,scrollbars=yes,resizable=yes,location=no,"
                "status=no');}\n"
                "function doZoom(size){document.getElementById('contentFrame').contentWindow."
                "document.body.style.fontSize=size+'px';}\n"
            ).encode("gbk"),
            {"Content-Type": "application/x-javascript", "Server": "Microsoft-IIS/6.0"},
        )
        self._main()
        self.page(
            "/mailbox.asp",
            f"""<html><head>{META}<title>县长信箱</title><link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body><table width="96%" align="center"><tr><td class="weizhi">当前位置：<a href="main.htm">首页</a> &gt;&gt; 县长信箱</td></tr>
<tr><td><form name="form1" method="post" action="mailbox_save.asp">
姓名：<input type="text" name="name"><br>电话：<input type="text" name="tel"><br>
标题：<input type="text" name="title"><br>内容：<textarea name="content" rows="8" cols="60"></textarea><br>
<input type="submit" value="提交"> <input type="reset" value="重写"></form></td></tr></table>
{_copyright()}</body></html>""",
            encoding="gbk",
            header_charset=None,
            extra=ASP,
        )

    def _main(self) -> None:
        def box(cid: int, count: int) -> str:
            rows = "".join(
                f'<tr><td height="24" class="box_line"><img src="images/dot.gif" align="absmiddle">'
                f'&nbsp;<a href="#" onclick="openWin(\'/show.asp?id={aid}\');return false;" '
                f'title="{esc(t)}">{esc(t if len(t) <= 22 else t[:22] + "...")}</a></td>'
                f'<td width="60" align="right" class="box_line">{int(p[5:7])}-{int(p[8:10])}</td></tr>'
                for aid, t, p in sorted(self.columns[cid], key=lambda r: r[2], reverse=True)[
                    :count
                ]
            )
            return (
                '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
                f'<tr><td height="30" background="images/box_title.gif" class="box_title">'
                f"&nbsp;{COLUMNS[cid]}</td>"
                f'<td align="right" background="images/box_title.gif"><a href="list.asp?classid={cid}">'
                "更多&gt;&gt;</a>&nbsp;</td></tr>"
                f"{rows}</table>"
            )

        links = "".join(
            f'<option value="{u}">{t}</option>'
            for t, u in [
                ("中国政府网", "http://www.gov.cn"),
                ("黑龙江省人民政府", "http://www.hlj.gov.cn"),
                ("绥化市人民政府", "http://www.suihua.gov.cn"),
                ("望奎县人民政府", "http://www.wangkui.gov.cn"),
            ]
        )
        main = f"""<html>
<head>
{META}
<title>{SITE}网</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="6" cellpadding="0">
  <tr>
    <td width="300" valign="top"><a href="#" onclick="openWin('/show.asp?id=1230');return false;"><img src="UploadFiles/2025/4/20250420170012.jpg" width="290" height="210" border="0" alt="青冈县召开县政府第三十二次常务会议"></a></td>
    <td valign="top">{box(11, 6)}</td>
  </tr>
  <tr>
    <td colspan="2" valign="top">{box(12, 6)}</td>
  </tr>
  <tr>
    <td colspan="2" valign="top">{box(21, 4)}</td>
  </tr>
  <tr>
    <td colspan="2" align="center">友情链接：<select name="link" onchange="if(this.value!='')window.open(this.value);"><option value="">--政府网站--</option>{links}</select></td>
  </tr>
</table>
{_copyright()}
</body>
</html>
"""
        self.page("/main.htm", main, encoding="gbk", header_charset=None, extra=STATIC)

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path == "/count.asp":
            return Reply(
                200, b"document.write('1286');", {"Content-Type": "application/x-javascript"}
            )
        return super().dynamic(hit)

    def page_kind(self, key: str) -> str:
        """What a requested page is, for the benchmark's account of where requests went."""
        path = key.split("?", 1)[0]
        if key in {g.path for g in self.gold}:
            return "report shell"
        return {
            "/show.asp": "other shell",
            "/print.asp": "print",
            "/list.asp": "list",
            "/count.asp": "counter",
        }.get(path) or ("content" if path.startswith("/content/") else "frame/other")


def _copyright() -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bottom">
  <tr><td align="center" height="80" bgcolor="#E8F1FB">版权所有：{SITE}&nbsp;&nbsp;主办：{GOV_OFFICE}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">黑ICP备05003456号</a><br>
  地址：黑龙江省绥化市青冈县青冈镇中央大街88号&nbsp;&nbsp;联系电话：0455-3221234&nbsp;&nbsp;网站标识码：2312230001<br>
  技术支持：绥化市某某网络科技有限公司&nbsp;&nbsp;建议使用1024×768分辨率 IE6.0以上版本浏览</td></tr>
</table>"""


def _plain(body: list[str]) -> str:
    return "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</p>" for ln in body)


def _content_page(lines: str) -> str:
    return f"""<html>
<head>
{META}
<link href="/css/content.css" rel="stylesheet" type="text/css">
</head>
<body style="margin:0px;font-size:14px;line-height:200%;">
{lines}
</body>
</html>
"""


def _word_page(title: str, body: list[str]) -> str:
    paras = "\n\n".join(
        "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:"
        f"exactly'><span style='font-size:16.0pt;font-family:{SERIF}'>{esc(ln)}<span lang=EN-US>"
        "<o:p></o:p></span></span></p>"
        for ln in body
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<title>{esc(title)}</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
@font-face
	{{font-family:{SERIF};
	panose-1:2 1 6 9 3 1 1 1 1 1;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman";}}
@page Section1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.Section1
	{{page:Section1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=Section1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span
style='font-size:22.0pt;font-family:方正小标宋简体'>{esc(title)}</span></b></p>

<p class=MsoNormal style='line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>

{paras}

</div>

</body>

</html>
"""


def _print_page(title: str, source: str, pub: str, printed: str) -> str:
    return f"""<html>
<head>
{META}
<title>{esc(title)}--打印页面</title>
<style>body,td{{font-size:14px;line-height:200%}} .title{{font-size:20px;font-weight:bold}}</style>
</head>
<body>
<table width="680" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" class="title" height="50">{esc(title)}</td></tr>
  <tr><td align="center">来源：{esc(source)}&nbsp;&nbsp;&nbsp;发布时间：{esc(pub)}</td></tr>
  <tr><td><hr size="1" color="#cccccc"></td></tr>
  <tr><td>
{printed}
  </td></tr>
  <tr><td align="center"><hr size="1" color="#cccccc"><a href="javascript:window.print()">【打印】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
</body>
</html>
"""


def _shell(  # noqa: PLR0917
    aid: int,
    cid: int,
    title: str,
    pub: str,
    source: str,
    meta: dict[str, str] | None,
    summary: list[str] | None,
    src: str,
    prev_link: str,
    next_link: str,
) -> str:
    gk = ""
    if meta:
        wd = meta["written_date"]
        written = f"{wd[:4]}年{wd[5:7]}月{wd[8:10]}日"
        gk = f"""  <tr><td><table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#C5D8EE" style="border-collapse:collapse" class="gk">
    <tr><td width="15%" bgcolor="#F2F7FC">索 引 号：</td><td width="35%">{esc(meta["index_no"])}</td><td width="15%" bgcolor="#F2F7FC">发布机构：</td><td>{esc(meta["publisher"])}</td></tr>
    <tr><td bgcolor="#F2F7FC">文　　号：</td><td>{esc(meta["doc_no"])}</td><td bgcolor="#F2F7FC">成文日期：</td><td>{written}</td></tr>
  </table></td></tr>
"""
    zy = ""
    if summary:
        first = re.sub(r"\s+", "", summary[0])[:96]
        zy = (
            '  <tr><td class="zy" style="border:1px dashed #ccc;padding:6px;background:#FAFAFA">'
            f"<b>内容摘要：</b>{esc(first)}……</td></tr>\n"
        )
    return f"""<html>
<head>
{META}
<title>{esc(title)}</title>
<link href="css/show.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/common.js"></script>
<script language="javascript">
function iFrameHeight() {{
  var ifm = document.getElementById("contentFrame");
  var subWeb = document.frames ? document.frames["contentFrame"].document : ifm.contentDocument;
  if (ifm != null && subWeb != null) {{ ifm.height = subWeb.body.scrollHeight; }}
}}
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="images/show_top.jpg" width="760" height="80"></td></tr>
  <tr><td height="28" class="weizhi">您现在的位置：<a href="index.htm" target="_blank">网站首页</a> &gt;&gt; <a href="list.asp?classid={cid}" target="_blank">{esc(COLUMNS[cid])}</a> &gt;&gt; 正文</td></tr>
</table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="show">
{gk}  <tr><td align="center" class="title" height="56"><font color="#003399" size="4"><b>{esc(title)}</b></font></td></tr>
  <tr><td align="center" height="26" class="info">来源：{esc(source)}&nbsp;&nbsp;&nbsp;发布时间：{esc(_date(pub))}&nbsp;&nbsp;&nbsp;点击：<script language="javascript" src="count.asp?id={aid}"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
  <tr><td><hr size="1" color="#C5D8EE"></td></tr>
{zy}  <tr><td><iframe id="contentFrame" name="contentFrame" src="{src}" width="100%" height="500" frameborder="0" scrolling="no" onload="iFrameHeight()"></iframe></td></tr>
  <tr><td align="right" class="editor">（责任编辑：王丽）</td></tr>
  <tr><td align="center" height="36">【<a href="print.asp?id={aid}" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td class="prenext">上一篇：{prev_link}<br>下一篇：{next_link}</td></tr>
</table>
{_copyright()}
</body>
</html>
"""
