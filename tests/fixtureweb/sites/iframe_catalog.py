"""A JSP 政府信息公开 platform whose pages are shells around frames (as many county platforms
built before 2018 still are): the 信息公开 page is page furniture around two `<iframe>`s, the
catalogue tree (`/xxgk/tree.jsp?siteId=…`) and the list (`<iframe name="list"
src="/xxgk/list.jsp?catId=…&pageNo=1">`); the tree's links target the list frame
(`target="list"`); a list pages by `pageNo=N` (首页/上一页/下一页/尾页, 共N页). The shell's list
box holds nothing but the frame, and a script sets the date and the frame's height. The footer is
a frame too. 部门信息公开 → 县司法局 is an older `<frameset>` (top banner, left menu, main list)
whose shell only stores a cookie and whose menu is a dTree drawn by script. Detail pages: furniture, the 信息公开 table (索引号, 发布机构,
成文日期, 文号, 发布日期), the title, the body."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "伊川县人民政府"
CODE = "4103290001"
SITE_ID = "41"
PER_PAGE = 6
FZZF = 215  # 法定主动公开内容 → 法治政府建设
NB = 300  # 政府信息公开年报
SFJ = "/bmgk/sfj"  # 部门信息公开 → 县司法局 (a frameset)
NAV = [
    ("首页", "/"),
    ("走进伊川", "/zjyc/index.html"),
    ("政府信息公开", f"/xxgk/index.jsp?siteId={SITE_ID}"),
    ("部门信息公开", f"{SFJ}/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
]
# catId → name, in the tree's order (two levels: a branch and its leaves).
TREE: list[tuple[int, str, list[tuple[int, str]]]] = [
    (100, "政府信息公开指南", []),
    (110, "政府信息公开制度", []),
    (
        200,
        "法定主动公开内容",
        [(201, "机构职能"), (202, "政策文件"), (203, "财政信息"), (FZZF, "法治政府建设")],
    ),
    (NB, "政府信息公开年报", []),
]


def list_path(cat: int, page: int) -> str:
    return f"/xxgk/list.jsp?catId={cat}&siteId={SITE_ID}&pageNo={page}"


def detail_path(info_id: int) -> str:
    return f"/xxgk/detail.jsp?infoId={info_id}&siteId={SITE_ID}"


def _bare(title: str, body: str) -> str:
    """A frame's own page: no furniture of its own, the platform's stylesheet."""
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=utf-8" /><title>{esc(title)}</title>'
        '<link href="/xxgk/css/xxgk.css" rel="stylesheet" type="text/css" /></head>\n'
        f"<body>{body}</body></html>"
    )


class IframeCatalogSite(BlindSite):
    name = "iframe_catalog"
    region = "河南省洛阳市伊川县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._fzzf()
        self._annual()
        self._latest()
        self._other_nodes()
        self._department()
        self._shell()
        self._guides()
        self._tree()
        self._home()

    # --- the catalogue's lists ----------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str, str]] = []
        for i in range(5):
            info = 88310 - i * 7
            title = f"伊川县行政执法公示信息（{2024 - i // 3}年第{i % 3 + 1}期）"
            self.detail_page(info, title, FILLER_BODY, pub="2024-06-1" + str(i))
            items.append((f"410329-2024-{i:05d}", title, detail_path(info), "2024-06-1" + str(i)))
        r1 = 88355
        t1 = "伊川县人民政府关于2024年度法治政府建设工作情况的报告"
        m1 = {
            "index_no": "11410329005520123X/2025-00012",
            "publisher": "伊川县人民政府",
            "written_date": "2025-03-18",
            "doc_no": "伊政文〔2025〕21号",
        }
        body = self.gold_report(detail_path(r1), "003", t1, publish_date="2025-03-20", **m1)
        self.detail_page(r1, t1, body, pub="2025-03-20", meta=m1)
        r2 = 80127
        t2 = "伊川县2023年度法治政府建设工作报告"
        m2 = {
            "index_no": "11410329005520123X/2024-00033",
            "publisher": "伊川县人民政府",
            "written_date": "2024-03-25",
        }
        body = self.gold_report(detail_path(r2), "000", t2, publish_date="2024-03-26", **m2)
        self.detail_page(r2, t2, body, pub="2024-03-26", meta=m2)
        negatives = [
            (88402, "伊川县2025年法治政府建设工作要点", "2025-02-27"),
            (84410, "伊川县2024年度法治政府建设考核结果公示", "2025-01-16"),
            (82215, "关于召开全县法治政府建设推进会的通知", "2024-08-05"),
        ]
        for info, title, date in negatives:
            self.detail_page(info, title, NEGATIVE_BODY, pub=date)
            self.negative_titles.append(title)
        items.insert(0, ("11410329005520123X/2025-00019", *_row(negatives[0])))
        items.insert(1, (m1["index_no"], t1, detail_path(r1), "2025-03-20"))
        items.insert(3, ("11410329005520123X/2025-00004", *_row(negatives[1])))
        items.append(("11410329005520123X/2024-00101", *_row(negatives[2])))
        items.append((m2["index_no"], t2, detail_path(r2), "2024-03-26"))  # second page
        self._list(FZZF, "法治政府建设", items)

    def _annual(self) -> None:
        items = []
        for year in (2024, 2023, 2022):
            info = 70000 + year
            title = f"伊川县人民政府{year}年政府信息公开工作年度报告"
            self.detail_page(info, title, NEGATIVE_BODY, pub=f"{year + 1}-01-20")
            self.negative_titles.append(title)
            items.append(
                (f"410329-{year + 1}-00001", title, detail_path(info), f"{year + 1}-01-20")
            )
        self._list(NB, "政府信息公开年报", items)

    def _latest(self) -> None:
        """The list frame's first page: the latest information of every catalogue node."""
        items = []
        for i, subject in enumerate(("春季森林防火", "城乡居民医保缴费", "秋粮收购", "冬季供暖")):
            info = 89000 + i
            title = f"伊川县人民政府办公室关于做好{subject}工作的通知"
            self.detail_page(info, title, FILLER_BODY, pub=f"2025-0{i + 4}-08")
            items.append(
                (f"410329-2025-{i + 40:05d}", title, detail_path(info), f"2025-0{i + 4}-08")
            )
        self._list(0, "最新信息", items)

    def _other_nodes(self) -> None:
        """The rest of the catalogue: a few documents each; a branch lists its leaves' items."""
        subjects = {
            100: ["伊川县人民政府信息公开指南"],
            110: ["伊川县政府信息公开保密审查制度", "伊川县政府信息公开工作考核制度"],
            201: ["伊川县人民政府办公室主要职责内设机构和人员编制规定"],
            202: ["伊川县人民政府关于印发伊川县城市管理办法的通知"],
            203: ["伊川县2024年财政预算执行情况", "伊川县2025年部门预算公开说明"],
        }
        subjects[200] = subjects[201] + subjects[202] + subjects[203]
        for cat, titles in subjects.items():
            items = []
            for title in titles:
                info = 50000 + sum(map(ord, title)) % 9000
                self.detail_page(info, title, FILLER_BODY, pub="2024-09-02")
                items.append((f"410329-2024-{info:05d}", title, detail_path(info), "2024-09-02"))
            self._list(cat, {c: n for c, n, _ in TREE}.get(cat, "信息公开"), items)

    # --- 部门信息公开: the 县司法局's frameset ------------------------------------------------
    def _department(self) -> None:
        r3 = 60418
        t3 = "伊川县司法局2024年度法治政府建设工作报告"
        m3 = {
            "index_no": "11410329MB1234567K/2025-00006",
            "publisher": "伊川县司法局",
            "written_date": "2025-02-21",
        }
        body = self.gold_report(detail_path(r3), "001", t3, publish_date="2025-02-24", **m3)
        self.detail_page(r3, t3, body, pub="2025-02-24", meta=m3)
        items = [(m3["index_no"], t3, detail_path(r3), "2025-02-24")]
        for i, subject in enumerate(("开展“八五”普法中期检查", "公开招聘人民调解员")):
            info = 60500 + i
            title = f"伊川县司法局关于{subject}的通知"
            self.detail_page(info, title, FILLER_BODY, pub=f"2024-1{i}-09")
            items.append((f"11410329MB1234567K/2024-0004{i}", title, detail_path(info), "2024"))
        rows = _rows(items)
        self.page(
            f"{SFJ}/fzzf.html",
            _bare("法治政府建设", f'<div class="dept-list"><h3>法治政府建设</h3>{rows}</div>'),
        )
        news = _rows(items[1:])
        self.page(
            f"{SFJ}/main.html",
            _bare("工作动态", f'<div class="dept-list"><h3>工作动态</h3>{news}</div>'),
        )
        # The menu is a dTree drawn by script: no anchor until the browser runs it.
        menu = "".join(
            f"d.add({i},0,'{t}','{u}','','main');\n"
            for i, (t, u) in enumerate(
                [
                    ("机构概况", f"{SFJ}/jggk.html"),
                    ("工作动态", f"{SFJ}/main.html"),
                    ("法治政府建设", f"{SFJ}/fzzf.html"),
                    ("返回县政府", "/"),
                ],
                start=1,
            )
        )
        self.page(
            f"{SFJ}/left.html",
            _bare(
                "栏目",
                '<div class="dtree"><script type="text/javascript" src="/js/dtree.js"></script>'
                "<script type=\"text/javascript\">\nd = new dTree('d');\n"
                f"d.add(0,-1,'伊川县司法局');\n{menu}document.write(d);\n</script></div>",
            ),
        )
        self.page(f"{SFJ}/jggk.html", _bare("机构概况", "<p>伊川县司法局是县政府工作部门。</p>"))
        self.page(
            f"{SFJ}/top.html",
            _bare(
                "伊川县司法局",
                '<div class="dept-banner"><img src="/bmgk/sfj/banner.jpg" alt="伊川县司法局" />'
                "</div>",
            ),
        )
        self.page(
            f"{SFJ}/index.html",
            "<html><head><title>伊川县司法局</title>"
            '<script type="text/javascript">document.cookie = "deptId=sfj;path=/";</script>'
            '</head>\n<frameset rows="120,*" frameborder="no" border="0" framespacing="0">'
            f'<frame src="{SFJ}/top.html" name="topFrame" scrolling="no" noresize="noresize" />'
            '<frameset cols="200,*" frameborder="no" border="0" framespacing="0">'
            f'<frame src="{SFJ}/left.html" name="leftFrame" scrolling="no" />'
            f'<frame src="{SFJ}/main.html" name="main" />'
            "</frameset></frameset>\n<noframes><body>您的浏览器不支持框架。</body></noframes>"
            "</html>",
        )

    # --- the shell and its frames -------------------------------------------------------------
    def _shell(self) -> None:
        side = (
            '<div class="xxgk-side"><div class="side-links"><ul>'
            '<li><a href="/xxgk/guide.jsp">政府信息公开指南</a></li>'
            '<li><a href="/xxgk/apply.jsp">依申请公开</a></li></ul></div>'
            f'<iframe src="/xxgk/tree.jsp?siteId={SITE_ID}" name="tree" id="treeFrame" width="240"'
            ' height="760" frameborder="0" scrolling="auto"></iframe></div>'
        )
        main = (
            '<div class="xxgk-main"><div class="xxgk-search"><form action="/xxgk/search.jsp">'
            '<input type="text" name="keyword" /><input type="submit" value="检索" /></form></div>'
            '<div id="xxgkList" class="list-content">'
            f'<iframe name="list" id="listFrame" src="{list_path(0, 1)}" width="100%" '
            'height="900" frameborder="0" scrolling="no" onload="setIframeHeight(this)">'
            "</iframe></div></div>"
        )
        script = (
            '<script type="text/javascript">\nfunction setIframeHeight(f) {\n'
            "  var doc = f.contentWindow.document;\n"
            "  f.height = Math.max(doc.body.scrollHeight, 600);\n}\n"
            'document.getElementById("today").innerHTML = new Date().toLocaleDateString();\n'
            "</script>\n"
        )
        self.page(
            f"/xxgk/index.jsp?siteId={SITE_ID}",
            self._frame("政府信息公开", [("政府信息公开", "#")], side + main + script),
        )
        self.page(
            "/include/footer.html",
            _bare(
                "footer",
                fu.footer_block(
                    SITE,
                    icp="豫ICP备05012345号",
                    police="豫公网安备 41032902000123号",
                    code=CODE,
                    address="河南省洛阳市伊川县人民路1号",
                ),
            ),
        )

    def _guides(self) -> None:
        for path, title in (
            ("/xxgk/guide.jsp", "政府信息公开指南"),
            ("/xxgk/apply.jsp", "依申请公开"),
        ):
            text = (
                f"<p>{title}：公民、法人和其他组织可通过本平台查阅{SITE}主动公开的政府信息。</p>"
            )
            self.page(path, self._frame(title, [("政府信息公开", "#"), (title, "#")], text))

    def _tree(self) -> None:
        nodes = []
        for cat, name, leaves in TREE:
            kids = "".join(
                f'<li><a href="list.jsp?catId={c}&amp;siteId={SITE_ID}&amp;pageNo=1" '
                f'target="list" title="{esc(t)}">{esc(t)}</a></li>'
                for c, t in leaves
            )
            nodes.append(
                f'<li class="node"><img src="/xxgk/images/folder.gif" />'
                f'<a href="list.jsp?catId={cat}&amp;siteId={SITE_ID}&amp;pageNo=1" target="list">'
                f"{esc(name)}</a>" + (f'<ul class="sub">{kids}</ul>' if kids else "") + "</li>"
            )
        self.page(
            f"/xxgk/tree.jsp?siteId={SITE_ID}",
            _bare(
                "信息公开目录",
                '<div class="tree-head">信息公开目录</div>'
                f'<ul id="catalogTree" class="tree">{"".join(nodes)}</ul>',
            ),
        )

    def _list(self, cat: int, name: str, items: list[tuple[str, str, str, str]]) -> None:
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        last = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            pager = (
                f"<span>共{len(items)}条 共{last}页 当前第{n}页</span> "
                f'<a href="{list_path(cat, 1)}">首页</a> '
                f'<a href="{list_path(cat, max(n - 1, 1))}">上一页</a> '
                f'<a href="{list_path(cat, min(n + 1, last))}">下一页</a> '
                f'<a href="{list_path(cat, last)}">尾页</a> '
                '转到<input type="text" id="gopage" size="2" />页'
                '<input type="button" value="GO" onclick="goPage()" />'
            )
            body = (
                f'<div class="list-head"><span>当前栏目：{esc(name)}</span></div>'
                + _rows(chunk)
                + f'<div class="pagebar">{pager}</div>'
                + '<script type="text/javascript">function goPage() {'
                + " var n = document.getElementById('gopage').value;"
                + f" location.href = 'list.jsp?catId={cat}&siteId={SITE_ID}&pageNo=' + n; }}"
                + "</script>"
            )
            self.page(list_path(cat, n), _bare(name, body))

    # --- pages --------------------------------------------------------------------------------
    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        return (
            fu.doc_head(f"{title}-{SITE}", site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="wrap clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.iframe_footer("/include/footer.html")
        )

    def detail_page(
        self,
        info: int,
        title: str,
        body: list[str],
        *,
        pub: str,
        meta: dict[str, str] | None = None,
    ) -> None:
        m = meta or {
            "index_no": "11410329005520123X/2024-00200",
            "publisher": "伊川县人民政府办公室",
        }
        rows = [
            ("索引号", m.get("index_no", ""), "主题分类", "综合政务"),
            ("发布机构", m.get("publisher", ""), "成文日期", m.get("written_date", pub)),
            ("文号", m.get("doc_no", ""), "发布日期", pub),
        ]
        table = (
            '<table class="xxgk-info" cellspacing="0" cellpadding="0">'
            + "".join(
                "<tr>"
                + "".join(f"<th>{esc(a)}</th><td>{esc(b)}</td>" for a, b in _pairs(r))
                + "</tr>"
                for r in rows
            )
            + f'<tr><th>信息名称</th><td colspan="3">{esc(title)}</td></tr></table>'
        )
        main = (
            '<div class="xxgk-detail">'
            + table
            + f'<div class="detail-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="detail-info">发布时间：{esc(pub)}　来源：{esc(m.get("publisher", ""))}'
            + '　浏览次数：<span id="hits"></span></div>'
            + '<div class="detail-content" id="zoom">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(detail_path(info), self._frame(title, [("政府信息公开", "#")], main))

    def _home(self) -> None:
        boxes = (
            '<div class="home-news"><h3>伊川要闻</h3><ul>'
            '<li><a href="/zjyc/ycyw/20250312/130221.html">伊川县召开县政府常务会议</a></li>'
            '<li><a href="/zjyc/ycyw/20250310/130208.html">县领导调研春季农业生产</a></li>'
            "</ul></div>"
            '<div class="home-gk"><h3>政府信息公开</h3><ul>'
            f'<li><a href="/xxgk/index.jsp?siteId={SITE_ID}">政府信息公开目录</a></li>'
            '<li><a href="/xxgk/guide.jsp">政府信息公开指南</a></li>'
            f'<li><a href="{SFJ}/index.html">县司法局</a></li></ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame("首页", [], boxes))


def _row(neg: tuple[int, str, str]) -> tuple[str, str, str]:
    info, title, date = neg
    return title, detail_path(info), date


def _pairs(row: tuple[str, str, str, str]) -> list[tuple[str, str]]:
    return [(row[0], row[1]), (row[2], row[3])]


def _rows(items: list[tuple[str, str, str, str]]) -> str:
    """The list as the platform draws it: a table of 索引号 | 信息名称 | 发布日期."""
    trs = "".join(
        f'<tr><td class="syh">{esc(no)}</td><td class="mc"><a href="{esc(u)}" target="_blank" '
        f'title="{esc(t)}">{esc(t)}</a></td><td class="rq">{esc(d)}</td></tr>'
        for no, t, u, d in items
    )
    return (
        '<table class="list-table" width="100%"><tr class="head"><th>索引号</th><th>信息名称</th>'
        f"<th>发布日期</th></tr>{trs}</table>"
    )
