"""A district portal built on the 基层政务公开标准目录: 政务公开 → 法定主动公开内容 (a tree of
numbered 领域 columns) → 法治政府建设, a column that mixes the annual reports with news of the
same subject (会议, 督察, 培训). The list pages with a layui `laypage` script (no page links in
the markup: `index.html`, `index_2.html`, …); detail pages `/contents/<col>/<id>.html` show the
metadata as `dl/dt/dd` pairs without colons, 发布机构 differing from the 来源 line. Furniture: 长者
模式, 政府网站找错, a floating share bar, the 互动交流 sidebar and a footer in an `<iframe>`."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "淄博市临淄区人民政府"
CODE = "3703050003"
COL = "/zwgk/fdzdgknr/col24530/"
PER_PAGE = 12
NAV = [
    ("首页", "/"),
    ("临淄概况", "/ljlz/"),
    ("政务公开", "/zwgk/"),
    ("政务服务", "/zwfw/"),
    ("互动交流", "/hdjl/"),
]
DOMAINS = [
    "机构职能",
    "法规文件",
    "规划信息",
    "财政资金",
    "重大建设项目",
    "公共资源配置",
    "行政权力运行",
    "法治政府建设",
    "应急管理",
    "食品药品监管",
    "生态环境",
    "教育",
]


class StandardCatalogSite(BlindSite):
    name = "standard_catalog"
    region = "山东省淄博市临淄区"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        items: list[tuple[str, str, str]] = []
        news = [
            "临淄区召开2024年全区法治政府建设工作会议",
            "区司法局开展法治政府建设督察工作",
            "临淄区举办2023年度领导干部法治专题培训班",
            "临淄区法治政府建设示范创建工作推进会召开",
            "区委依法治区办组织开展述法评议",
        ]
        for i, title in enumerate(news):
            path = f"/contents/24530/77{i:04d}.html"
            self.detail_page(path, title, NEGATIVE_BODY[:4], pub=f"2024-02-1{i} 10:00", meta=None)
            self.negative_titles.append(title)
            items.append((title, path, f"2024-02-1{i}"))
        for i in range(14):
            path = f"/contents/24530/76{i:04d}.html"
            title = f"临淄区行政执法“三项制度”落实情况公示（第{i + 1}期）"
            self.detail_page(path, title, FILLER_BODY, pub="2023-07-01 10:00", meta=None)
            items.append((title, path, "2023-07-01"))
        r1 = "/contents/24530/781205.html"
        t1 = "临淄区人民政府关于2023年度法治政府建设情况的报告"
        m1 = {
            "index_no": "11370305004345678Q/2024-00031",
            "publisher": "临淄区人民政府",
            "written_date": "2024-03-22",
            "doc_no": "临政字〔2024〕9号",
        }
        body = self.gold_report(r1, "003", t1, publish_date="2024-03-26", **m1)
        self.detail_page(r1, t1, body, pub="2024-03-26 17:30", meta=m1, source="区司法局")
        r2 = "/contents/24530/745006.html"
        t2 = "临淄区人民政府关于2022年法治政府建设工作的报告"
        m2 = {
            "index_no": "11370305004345678Q/2023-00027",
            "publisher": "临淄区人民政府",
            "written_date": "2023-03-20",
            "doc_no": "临政字〔2023〕15号",
        }
        body = self.gold_report(r2, "000", t2, publish_date="2023-03-24", **m2)
        self.detail_page(r2, t2, body, pub="2023-03-24 09:12", meta=m2, source="区司法局")
        items.insert(1, (t1, r1, "2024-03-26"))
        items.append((t2, r2, "2023-03-24"))  # on the second page
        pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(pages):
            name = "index.html" if n == 0 else f"index_{n + 1}.html"
            html = self._listing(chunk, n + 1, len(items))
            self.page(COL + name, html)
            if n == 0:
                self.page(COL, html)
        self._navigation()

    # --- pages --------------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str, **meta: str) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap main clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs], label="您现在的位置：")
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.iframe_footer("/include/footer.html")
        )

    def _tree(self) -> str:
        leaves = [(d, f"/zwgk/fdzdgknr/col{24523 + i}/") for i, d in enumerate(DOMAINS)]
        return fu.left_tree(
            "政务公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                ("政府信息公开制度", "/zwgk/xxgkzd/", []),
                ("法定主动公开内容", "/zwgk/fdzdgknr/", leaves),
                ("政府信息公开年报", "/zwgk/xxgknb/", []),
            ],
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        pub: str,
        meta: dict[str, str] | None,
        source: str = "区政府办公室",
    ) -> None:
        m = meta or {
            "index_no": "11370305004345678Q/2024-00001",
            "publisher": "临淄区人民政府办公室",
        }
        pairs = [
            ("索引号", m.get("index_no", "")),
            ("发布机构", m.get("publisher", "")),
            ("发文字号", m.get("doc_no", "")),
            ("成文日期", m.get("written_date", pub[:10])),
            ("发布日期", pub[:10]),
            ("主题分类", "法治政府建设"),
        ]
        dls = "".join(f"<dl><dt>{esc(k)}</dt><dd>{esc(v)}</dd></dl>" for k, v in pairs)
        main = (
            '<div class="detail">'
            + f'<div class="detail-meta clearfix">{dls}'
            + f'<dl class="full"><dt>标题</dt><dd>{esc(title)}</dd></dl></div>\n'
            + f'<h1 class="detail-title">{esc(title)}</h1>\n'
            + f'<div class="detail-sub"><span>来源：{esc(source)}</span><span>时间：{esc(pub)}</span>'
            + '<span class="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a>'
            + ' <a href="javascript:;">小</a></span><span class="yybb">语音播报</span></div>\n'
            + '<div class="detail-content" id="content">'
            + fu.paragraphs(body)
            + "</div>\n"
            + fu.article_tools()
            + "</div>"
        )
        self.page(
            path,
            self._frame(
                f"{title}-{SITE}",
                [
                    ("政务公开", "/zwgk/"),
                    ("法定主动公开内容", "/zwgk/fdzdgknr/"),
                    ("法治政府建设", COL),
                ],
                main,
                ArticleTitle=title,
                PubDate=pub,
                ContentSource=source,
                ColumnName="法治政府建设",
            ),
        )

    def _listing(self, items: list[tuple[str, str, str]], current: int, total: int) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in items
        )
        pager = (
            '<div id="pageBox"></div>\n<script type="text/javascript">\n'
            "layui.use(['laypage'], function(){ var laypage = layui.laypage;\n"
            f"  laypage.render({{ elem: 'pageBox', count: {total}, limit: {PER_PAGE}, curr: {current},"
            " layout: ['prev', 'page', 'next', 'count'],\n"
            "    jump: function(obj, first){ if(!first){ window.location.href = obj.curr == 1 ?"
            " 'index.html' : 'index_' + obj.curr + '.html'; } } });\n});\n</script>\n"
        )
        return self._frame(
            f"法治政府建设-{SITE}",
            [
                ("政务公开", "/zwgk/"),
                ("法定主动公开内容", "/zwgk/fdzdgknr/"),
                ("法治政府建设", COL),
            ],
            self._tree()
            + '<div class="right-list"><div class="list-title">法治政府建设</div>'
            + f'<ul class="news-list">{lis}</ul>{pager}</div>'
            + fu.interaction_sidebar(),
        )

    def _navigation(self) -> None:
        intro = self._frame(
            f"法定主动公开内容-{SITE}",
            [("政务公开", "/zwgk/"), ("法定主动公开内容", "/zwgk/fdzdgknr/")],
            self._tree() + '<div class="right-list"><p>按照基层政务公开标准目录编制。</p></div>',
        )
        self.page("/zwgk/fdzdgknr/", intro)
        self.page(
            "/zwgk/",
            self._frame(
                f"政务公开-{SITE}",
                [("政务公开", "/zwgk/")],
                '<div class="zwgk-boxes"><div class="box"><h3>政府信息公开</h3><ul>'
                '<li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li>'
                '<li><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></li>'
                '<li><a href="/zwgk/xxgknb/">政府信息公开年报</a></li></ul></div>'
                '<div class="box"><h3>政策</h3><ul><li><a href="/zwgk/zcwj/">政策文件</a></li>'
                '<li><a href="/zwgk/zcjd/">政策解读</a></li></ul></div></div>'
                + fu.interaction_sidebar(),
            ),
        )
        self.page(
            "/include/footer.html",
            "<html><body>"
            + fu.footer_block(
                SITE,
                icp="鲁ICP备05026311号",
                police="鲁公网安备 37030502000140号",
                code=CODE,
                address="山东省淄博市临淄区桓公路1号",
            )
            + "</body></html>",
        )
        self.page(
            "/",
            self._frame(
                SITE,
                [],
                '<div class="home-news"><h3>临淄要闻</h3><ul>'
                '<li><a href="/contents/1001/600001.html">区政府召开第45次常务会议</a></li></ul></div>'
                '<div class="home-gk"><h3><a href="/zwgk/">政务公开</a></h3></div>'
                + fu.interaction_sidebar(),
            ),
        )
