"""A Zhejiang-style Hanweb 大汉 portal with its 信息公开 platform: home → 政务公开
(`/col/col…/index.html`) → 政府信息公开 (`/zfxxgk/index.html`, a column tree) → 法定主动公开内容 →
法治政府建设 (a jpage listing: records as table rows in `<datastore>` CDATA, the rest from
`/module/jpage/dataproxy.jsp`). Detail pages `art_<col>_<id>.html` carry the 信息公开 table with
组配分类/生成日期/公开方式 and a separate 发布日期 line; titles in forms the first fixtures lack
(…工作情况的报告, …人民政府关于…情况的报告, …工作开展情况)."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.server import Hit, Reply

SITE = "安吉县人民政府"
CODE = "3305230001"
COL = "1229022"
UNIT = "7712345"
PER_PAGE = 10
PROXY = "/module/jpage/dataproxy.jsp"
NAV = [
    ("首页", "/"),
    ("政务公开", "/col/col1229001/index.html"),
    ("政务服务", "/col/col1229002/index.html"),
    ("互动交流", "/col/col1229003/index.html"),
    ("走进安吉", "/col/col1229004/index.html"),
]
FOOT = {
    "icp": "浙ICP备05012843号-1",
    "police": "浙公网安备 33052302000101号",
    "code": CODE,
    "address": "浙江省安吉县递铺街道昌硕东路1号",
}
XXGK = "/zfxxgk/index.html"
TREE = [
    ("政府信息公开指南", "/col/col1229011/index.html", []),
    ("政府信息公开制度", "/col/col1229012/index.html", []),
    (
        "法定主动公开内容",
        "/col/col1229020/index.html",
        [
            ("机构职能", "/col/col1229021/index.html"),
            ("法治政府建设", f"/col/col{COL}/index.html"),
            ("财政预决算", "/col/col1229023/index.html"),
            ("政策文件", "/col/col1229024/index.html"),
        ],
    ),
    ("政府信息公开年报", "/col/col1229013/index.html", []),
]


def _record(title: str, url: str, date: str) -> str:
    return (
        '<record><![CDATA[\n<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f'<tr><td class="bt"><a href="{esc(url)}" title="{esc(title)}" target="_blank">{esc(title)}'
        f'</a></td><td class="rq" width="90">{date}</td></tr></table>\n]]></record>'
    )


class HanwebXxgkSite(BlindSite):
    name = "hanweb_xxgk"
    region = "浙江省湖州市安吉县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.records: list[tuple[str, str, str]] = []
        for i in range(14):
            path = f"/art/2023/{i % 12 + 1}/{i + 3}/art_{COL}_{4100000 + i}.html"
            title = f"安吉县{['行政执法', '复议决定', '普法宣传'][i % 3]}工作信息第{i + 1}期"
            self.detail_page(path, title, FILLER_BODY, meta_rows=None, pub="2023-06-01 10:00")
            self.records.append((title, path, "2023-06-01"))
        reports = [
            (
                f"/art/2024/3/14/art_{COL}_4123456.html",
                "000",
                "安吉县2023年法治政府建设工作情况的报告",
                "2024-03-14 16:20",
                {
                    "index_no": "002592580/2024-115234",
                    "publisher": "安吉县司法局",
                    "written_date": "2024-03-12",
                },
            ),
            (
                f"/art/2023/3/28/art_{COL}_4098765.html",
                "003",
                "安吉县人民政府关于2022年度法治政府建设情况的报告",
                "2023-03-28 09:05",
                {
                    "index_no": "002592580/2023-098765",
                    "publisher": "安吉县人民政府",
                    "written_date": "2023-03-27",
                    "doc_no": "安政〔2023〕11号",
                },
            ),
            (
                f"/art/2021/1/18/art_{COL}_3900001.html",
                "004",
                "安吉县2020年度法治政府建设工作开展情况",
                "2021-01-18 11:45",
                {
                    "index_no": "002592580/2021-000731",
                    "publisher": "安吉县司法局",
                    "written_date": "2021-01-15",
                },
            ),
        ]
        for path, seed, title, pub, meta in reports:
            body = self.gold_report(path, seed, title, publish_date=pub[:10], **meta)
            self.detail_page(path, title, body, meta_rows=meta, pub=pub)
        negatives = [
            (f"/art/2024/2/20/art_{COL}_4120001.html", "安吉县2024年法治政府建设工作要点"),
            (
                f"/art/2023/5/6/art_{COL}_4100101.html",
                "安吉县人民政府办公室关于印发安吉县法治政府建设示范创建实施方案的通知",
            ),
            (
                f"/art/2024/1/25/art_{COL}_4119001.html",
                "安吉县人民政府2023年政府信息公开工作年度报告",
            ),
        ]
        for path, title in negatives:
            self.detail_page(path, title, NEGATIVE_BODY, meta_rows=None, pub="2024-02-20 10:00")
            self.negative_titles.append(title)
        r = [(g.title, g.path, g.publish_date or "") for g in self.gold]
        n = [(t, p, "2024-02-20") for p, t in negatives]
        # newest first; the oldest report only in the proxy's second batch
        self.records[0:0] = [r[0], n[0], n[2]]
        self.records.insert(8, r[1])
        self.records.insert(9, n[1])
        self.records.append(r[2])
        self.page(f"/col/col{COL}/index.html", self._column())
        self._navigation()

    # --- pages --------------------------------------------------------------------------------
    def _frame(
        self, title: str, path_crumbs: list[tuple[str, str]], main: str, **meta: str
    ) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap main">'
            + fu.crumbs([("首页", "/"), *path_crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(SITE, **FOOT)
            + "</body></html>"
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        meta_rows: dict[str, str] | None,
        pub: str,
    ) -> None:
        meta_rows = meta_rows or {"index_no": "002592580/2023-000001", "publisher": "安吉县司法局"}
        table = (
            '<div class="xxgk_top"><table class="xxgk_table" width="100%" cellspacing="0">'
            f'<tr><td class="t1">索引号：</td><td class="t2">{esc(meta_rows.get("index_no", ""))}</td>'
            '<td class="t1">公开方式：</td><td class="t2">主动公开</td></tr>'
            f'<tr><td class="t1">发布机构：</td><td class="t2">{esc(meta_rows.get("publisher", ""))}</td>'
            f'<td class="t1">生成日期：</td><td class="t2">{esc(meta_rows.get("written_date", pub[:10]))}</td></tr>'
            '<tr><td class="t1">组配分类：</td><td class="t2">法治政府建设</td>'
            f'<td class="t1">文号：</td><td class="t2">{esc(meta_rows.get("doc_no", ""))}</td></tr>'
            '<tr><td class="t1">主题分类：</td><td class="t2">综合政务/其他</td>'
            '<td class="t1">有效性：</td><td class="t2"></td></tr></table></div>\n'
        )
        main = (
            fu.left_tree("信息公开目录", TREE)
            + '<div class="xxgk_right">'
            + table
            + f'<div class="xxgk_title">{esc(title)}</div>\n'
            + f'<div class="xxgk_info">发布日期：{esc(pub[:10])}　浏览次数：<span id="ll">'
            + '<script>_showDynClick()</script></span>　字号：[ <a href="javascript:doZoom(20)">大</a>'
            + ' <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a> ]</div>\n'
            + '<div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
            + '<meta name="ContentStart">'
            + fu.paragraphs(body)
            + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>\n'
            + fu.article_tools()
            + "</div>"
        )
        crumbs = [("政府信息公开", XXGK), ("法治政府建设", f"/col/col{COL}/index.html")]
        self.page(
            path,
            self._frame(
                f"{SITE} 法治政府建设 {title}",
                crumbs,
                main,
                Maketime=pub,
                i_columnid=COL,
                ArticleTitle=title,
                PubDate=pub,
                ContentSource=meta_rows.get("publisher", ""),
            ),
        )

    def _column(self) -> str:
        inline = "\n".join(_record(*r) for r in self.records[: PER_PAGE * 3 // 2])
        total = len(self.records)
        listing = (
            f'<div class="xxgk_right"><div class="lm_title">法治政府建设</div><div id="{UNIT}">'
            '<script type="text/xml"><datastore>\n'
            f'<nextgroup><![CDATA[<a href="{PROXY}?page=1&appid=1&webid=2985&path=/&columnid={COL}'
            f'&unitid={UNIT}&webname=%E5%AE%89%E5%90%89&permissiontype=0"></a>]]></nextgroup>\n'
            f"<recordset>\n{inline}\n</recordset></datastore></script>"
            '<script language="javascript" src="/module/jpage/jpage.js"></script>'
            f"<script>$(document).ready(function(){{$('#{UNIT}').jpage({{dataStore:dataStore,"
            f"perPage:{PER_PAGE},totalRecord:{total},proxyUrl:'{PROXY}',groupSize:1,"
            "barPosition:'bottom',ajaxParam:{col:1,appid:1,webid:2985,path:'/',"
            f"columnid:{COL},sourceContentType:1,unitid:{UNIT},webname:'安吉县人民政府',"
            "permissiontype:0}});});</script></div></div>"
        )
        return self._frame(
            f"{SITE} 法治政府建设",
            [("政府信息公开", XXGK), ("法治政府建设", "#")],
            fu.left_tree("信息公开目录", TREE) + listing,
        )

    def _navigation(self) -> None:
        tree_page = self._frame(
            "政府信息公开_安吉县人民政府",
            [("政府信息公开", XXGK)],
            fu.left_tree("信息公开目录", TREE)
            + '<div class="xxgk_right"><p>本目录依据《中华人民共和国政府信息公开条例》编制。</p></div>',
        )
        for path in (XXGK, "/col/col1229020/index.html"):
            self.page(path, tree_page)
        for _, url, _ in TREE[:2]:
            self.page(url, tree_page)
        self.page(
            "/col/col1229001/index.html",
            self._frame(
                "政务公开_安吉县人民政府",
                [("政务公开", "/col/col1229001/index.html")],
                '<div class="gk-boxes"><div class="box"><h3>政府信息公开</h3><ul>'
                f'<li><a href="{XXGK}">政府信息公开</a></li>'
                '<li><a href="/col/col1229013/index.html">政府信息公开年报</a></li>'
                '<li><a href="/col/col1229024/index.html">政策文件</a></li></ul></div></div>'
                + fu.interaction_sidebar(),
            ),
        )
        news = "".join(
            f'<li><a href="/art/2024/9/{i}/art_1229030_50{i}.html">安吉县召开第{i}次县政府常务会议</a></li>'
            for i in range(1, 6)
        )
        self.page(
            "/",
            self._frame(
                SITE,
                [],
                f'<div class="news"><h3>安吉要闻</h3><ul>{news}</ul></div>'
                '<div class="gk"><h3>政务公开</h3><ul>'
                f'<li><a href="{XXGK}">政府信息公开</a></li>'
                '<li><a href="/col/col1229031/index.html">通知公告</a></li></ul></div>'
                + fu.interaction_sidebar(),
            ),
        )

    def dynamic(self, hit: Hit) -> Reply | None:
        if hit.path != PROXY:
            return None
        args = {k: v[0] for k, v in parse_qs(hit.query).items()}
        args.update({k: v[0] for k, v in parse_qs(hit.body.decode()).items()})
        if args.get("columnid") != COL:
            return Reply(400, b"bad request", {"Content-Type": "text/html"})
        start = int(args.get("startrecord", "1"))
        end = int(args.get("endrecord", str(start + PER_PAGE - 1)))
        chunk = self.records[start - 1 : end]
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(self.records)}'
            f"</totalrecord><totalpage>{-(-len(self.records) // PER_PAGE)}</totalpage><recordset>"
            + "".join(_record(*r) for r in chunk)
            + "</recordset></datastore>"
        )
        return Reply(200, xml.encode(), {"Content-Type": "text/xml; charset=UTF-8"})
