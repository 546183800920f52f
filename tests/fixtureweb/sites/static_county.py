"""A plain static county site in DedeCMS style, served as GBK (declared only in `<meta>`): home
→ 政务公开 → 工作报告, a column that holds 政府工作报告 and the 法治政府建设 reports side by side.
Lists are `list_12_1.html`, `list_12_2.html` … with the dede pager; list titles are cut at 24
characters without an ellipsis or a title attribute (dede `cn_substr`). Detail pages use the dede
default template: `.viewbox`, an `.info` line of `时间:`/`来源:`/`作者:`/`点击:`, the body in
`.content`, 上一篇/下一篇 and the 收藏/挑错/推荐/打印 bar. Old-style bodies: `&nbsp;` indents and
`<br />` line breaks."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "武城县人民政府"
CODE = "3714280001"
COL = "/a/zwgk/gzbg/"
CUT = 24
PER_PAGE = 10
ENCODING = {"encoding": "gbk", "header_charset": None}


def _dede_head(title: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="keywords" content="武城县,政务公开" />\n'
        '<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />\n'
        '<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>\n'
        "</head>\n"
    )


def _top() -> str:
    nav = [
        ("主页", "/"),
        ("政务公开", "/a/zwgk/"),
        ("新闻中心", "/a/xwzx/"),
        ("通知公告", "/a/tzgg/"),
        ("政务服务", "/a/zwfw/"),
    ]
    items = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in nav)
    return (
        '<body class="articlelist">\n'
        '<div class="header_top"><div class="w960 center"><span id="time" class="time">'
        "今天是：2024年3月15日 星期五</span>"
        '<div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|'
        '<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>|'
        '<a href="javascript:;" onclick="wza()">无障碍</a>|<a href="javascript:;">长者模式</a>'
        '<span>[<a href="" onclick="this.style.behavior=\'url(#default#homepage)\';">设为首页</a>]'
        '[<a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a>]</span></div></div></div>\n'
        '<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">'
        '<img src="/templets/default/images/logo.gif" height="54" width="216" alt="武城县人民政府"/></a></h1></div></div>\n'
        f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>{items}</ul></div>'
        '<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" />'
        '<input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." />'
        '<button type="submit" class="search-submit">搜索</button></form></div></div></div>\n'
    )


def _foot() -> str:
    return (
        '<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body">'
        '<p class="powered">主办：武城县人民政府办公室 承办：武城县大数据中心 电话：0534-6212345<br />'
        "网站标识码：3714280001 鲁ICP备05001234号 鲁公网安备 37142802000088号<br />"
        'Powered by <a href="http://www.dedecms.com" target="_blank"><strong>DedeCMS</strong></a> © 2004-2024 DesDev Inc.</p>'
        '<div class="copyright">Copyright &copy; 2004-2024 武城县人民政府 版权所有</div></div>'
        '<div class="footer_right"></div></div>\n</body></html>\n'
    )


def _crumbs(parts: list[tuple[str, str]]) -> str:
    return (
        '<div class="place"><strong>当前位置:</strong> '
        + " > ".join(f"<a href='{u}'>{t}</a>" for t, u in parts)
        + " > </div>\n"
    )


class StaticCountySite(BlindSite):
    name = "static_county"
    region = "山东省德州市武城县"

    def page(self, path: str, html: str, **kwargs: object) -> None:
        super().page(path, html, **{**ENCODING, **kwargs})  # type: ignore[arg-type]

    def build(self, base_url: str) -> None:
        super().build(base_url)
        items: list[tuple[str, str, str]] = []
        for i, year in enumerate(range(2024, 2016, -1)):
            for kind in ("政府工作报告", "人大常委会工作报告"):
                aid = 1400 - i * 10 - len(kind)
                path = f"{COL}{year}0{1 + i % 2}1{i}/{aid}.html"
                title = (
                    f"{year}年武城县{kind}"
                    if kind == "政府工作报告"
                    else f"武城县{kind}（{year}年）"
                )
                self.detail_page(
                    path, title, FILLER_BODY, time=f"{year}-02-1{i % 9} 08:00", source="县政府办"
                )
                items.append((title, path, f"{year}-02-1{i % 9}"))
        reports = [
            (
                f"{COL}20240312/1234.html",
                "000",
                "武城县2023年法治政府建设工作情况的报告",
                "2024-03-12 09:30",
                "武城县司法局",
                True,
            ),
            (
                f"{COL}20230328/1102.html",
                "001",
                "中共武城县委 武城县人民政府关于2022年度法治政府建设情况的报告",
                "2023-03-28 16:05",
                "县委依法治县办",
                False,
            ),
        ]
        for path, seed, title, time, source, br in reports:
            body = self.gold_report(path, seed, title, publisher=source, publish_date=time[:10])
            self.detail_page(path, title, body, time=time, source=source, old_style=br)
        neg = f"{COL}20240220/1220.html"
        neg_title = "武城县2024年法治政府建设工作要点"
        self.detail_page(neg, neg_title, NEGATIVE_BODY, time="2024-02-20 10:00", source="县司法局")
        self.negative_titles.append(neg_title)
        items.insert(3, (neg_title, neg, "2024-02-20"))
        items.insert(12, (reports[0][2], reports[0][0], "2024-03-12"))  # page 2
        items.insert(21, (reports[1][2], reports[1][0], "2023-03-28"))  # page 3
        pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(pages, start=1):
            html = self._listing(chunk, n, len(pages), len(items))
            self.page(f"{COL}list_12_{n}.html", html)
            if n == 1:
                self.page(COL, html)
        self._navigation()

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        time: str,
        source: str,
        old_style: bool = False,
    ) -> None:
        aid = path.rsplit("/", 1)[1].split(".", maxsplit=1)[0]
        if old_style:
            text = (
                "<p>"
                + "<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}" for line in body)
                + "</p>"
            )
        else:
            text = fu.paragraphs(body)
        html = (
            _dede_head(f"{title}_工作报告_武城县人民政府")
            + _top()
            + '<div class="w960 center clear mt1"><div class="pleft">'
            + _crumbs([("主页", "/"), ("政务公开", "/a/zwgk/"), ("工作报告", COL)])
            + '<div class="viewbox">'
            + f'<div class="title"><h2>{esc(title)}</h2></div>\n'
            + f'<div class="info"><small>时间:</small>{esc(time)}<small>来源:</small>{esc(source)}'
            + "<small>作者:</small>admin<small>点击:</small>"
            + f'<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type=\'text/javascript\' language="javascript"></script>次</div>\n'
            + '<div class="content"><table width="100%"><tr><td>'
            + '<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>\n'
            + text
            + "\n</td></tr></table></div>\n"
            + '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            + '<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/zwgk/gzbg/20240301/1230.html">'
            + "2024年武城县政府工作报告</a> </li><li>下一篇：没有了 </li></ul></div>"
            + '<div class="actbox"><ul>'
            + f'<li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li>'
            + f'<li id="act-err"><a href="/plus/erraddsave.php?aid={aid}&title={esc(title)}" target="_blank">挑错</a></li>'
            + f'<li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li>'
            + '<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>'
            + "</div></div>"
            + self._sidebar()
            + "</div>"
            + _foot()
        )
        self.page(path, html)

    def _sidebar(self) -> str:
        return (
            '<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light">'
            '<strong>推荐内容</strong></dt><dd class="light"><ul class="d4">'
            '<li><a href="/a/xwzx/20240310/1220.html">武城县开展“美德信用”建设工作</a></li></ul></dd></dl></div>'
            + fu.interaction_sidebar("互动交流")
            + "</div>"
        )

    def _listing(self, items: list[tuple[str, str, str]], n: int, pages: int, total: int) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" class="title">{esc(t[:CUT])}</a><span class="info">'
            f"<small>日期：</small>{d}<small>点击：</small>{100 + len(t)}</span></li>"
            for t, u, d in items
        )
        links = [
            "<li><a>首页</a></li>" if n == 1 else "<li><a href='list_12_1.html'>首页</a></li>"
        ]
        if n > 1:
            links.append(f"<li><a href='list_12_{n - 1}.html'>上一页</a></li>")
        for k in range(1, pages + 1):
            links.append(
                f'<li class="thisclass">{k}</li>'
                if k == n
                else f"<li><a href='list_12_{k}.html'>{k}</a></li>"
            )
        if n < pages:
            links.append(f"<li><a href='list_12_{n + 1}.html'>下一页</a></li>")
        links.append(f"<li><a href='list_12_{pages}.html'>末页</a></li>")
        links.append(
            f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span></li>'
        )
        return (
            _dede_head("工作报告_武城县人民政府")
            + _top()
            + '<div class="w960 center clear mt1"><div class="pleft">'
            + _crumbs([("主页", "/"), ("政务公开", "/a/zwgk/"), ("工作报告", COL)])
            + '<div class="listbox"><ul class="e2">'
            + lis
            + '</ul></div><div class="dede_pages"><ul class="pagelist">'
            + "".join(links)
            + "</ul></div></div>"
            + self._sidebar()
            + "</div>"
            + _foot()
        )

    def _navigation(self) -> None:
        cols = [
            ("政府文件", "/a/zwgk/zfwj/"),
            ("人事信息", "/a/zwgk/rsxx/"),
            ("财政信息", "/a/zwgk/czxx/"),
            ("工作报告", COL),
            ("政府信息公开年报", "/a/zwgk/ndbg/"),
        ]
        box = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in cols)
        page = (
            _dede_head("政务公开_武城县人民政府")
            + _top()
            + '<div class="w960 center clear mt1"><div class="pleft">'
            + _crumbs([("主页", "/"), ("政务公开", "/a/zwgk/")])
            + f'<div class="listbox"><ul class="e3">{box}</ul></div></div>'
            + self._sidebar()
            + "</div>"
            + _foot()
        )
        self.page("/a/zwgk/", page)
        home = (
            _dede_head("武城县人民政府")
            + _top()
            + '<div class="w960 center clear mt1"><div class="pleft"><dl class="tbox"><dt><strong>'
            + '<a href="/a/zwgk/">政务公开</a></strong></dt><dd><ul class="d1">'
            + box
            + "</ul></dd></dl></div>"
            + self._sidebar()
            + "</div>"
            + _foot()
        )
        self.page("/", home)
        self.page("/index.html", home)
