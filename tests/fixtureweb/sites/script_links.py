"""A Hanweb jcms county portal (`/col/colN/index.html`, `/art/Y/M/D/art_N_M.html`) where the way
to each report is written only in script, as many portals draw their boxes and catalogues:

- the home page's 政务公开 box is a jQuery tab strip whose lists are loaded into empty divs
  (`$('#tab3').load('/col/col…/list.html')`, the tabs matched to the divs by index); its
  法治政府建设 tab holds the 2024 report;
- 政务公开 is a shell around `<iframe id="xxgkFrame" src="about:blank">` whose source a script
  sets (`document.getElementById('xxgkFrame').src = '…'`); the framed 最新信息公开 list holds the
  县政府's 2023 report;
- the 县司法局's page shows tabs `<li onclick="showTab('/col/col…/list.shtml', this)">` whose
  handler `$.get`s the list into a div (its first tab loaded the same way on ready); the
  法治政府建设 tab holds the 司法局's report;
- 信息公开目录 is a zTree: nodes carry their column in a click handler
  (`click:"openCol('/col/col…/index.html')"`) or a custom `link:` field; the 法治政府建设 node's
  column holds the 2022 report.

Decoys written in the same scripts are never fetched: header/footer includes loaded with
`.load()`, a 图片新闻 tab, a weather iframe set by script, a banner image's `src`, a script and
a stylesheet loaded by script, a login window, a search built from the input, 领导信箱/登录 tree
nodes. Detail pages: furniture, the 信息公开 table (索引号, 发布机构, 成文日期, 文号, 发布日期),
the title, the body.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "松阳县人民政府"
ON = ' class="on"'
HIDDEN = ' style="display:none"'
CODE = "3311240001"
GOV = "松阳县人民政府"
SFJ_NAME = "松阳县司法局"
HOME_TABS = [  # tab name, column id (the list loaded into the tab's div)
    ("通知公告", 1229000011),
    ("政策文件", 1229000012),
    ("法治政府建设", 1229000123),
    ("图片新闻", 1229000014),
]
XXGK_FRAME = "/xxgk/col/col1229000100/index.html"
SFJ = "/col/col1229000300/index.html"
SFJ_TABS = [("工作动态", 1229000311), ("通知公告", 1229000312), ("法治政府建设", 1229000313)]
ZTREE = "/col/col1229000005/index.html"
# zTree nodes: (id, pId, name, column id or None, how the node names it: click | link | None)
ZNODES: list[tuple[int, int, str, int | None, str | None]] = [
    (1, 0, "松阳县人民政府", None, None),
    (11, 1, "政府信息公开指南", 1229000101, "click"),
    (12, 1, "政府信息公开制度", 1229000102, "click"),
    (2, 0, "法定主动公开内容", None, None),
    (21, 2, "政策文件", 1229000012, "click"),
    (22, 2, "法治政府建设", 1229000091, "click"),
    (23, 2, "财政信息", 1229000104, "link"),
    (3, 0, "政府信息公开年报", 1229000105, "link"),
]
NAV = [
    ("首页", "/"),
    ("走进松阳", "/col/col1229000002/index.html"),
    ("政务公开", "/col/col1229000003/index.html"),
    ("信息公开目录", ZTREE),
    ("政务服务", "/col/col1229000006/index.html"),
    ("互动交流", "/col/col1229000007/index.html"),
]
# Paths written in the portal's scripts that no crawl should fetch.
DECOYS = (
    "/include/header.html",
    "/include/footer.html",
    "/col/col1229000014/list.html",
    "/tianqi/index.html",
    "/images/banner_2025.jpg",
    "/js/zwgk-tabs.js",
    "/css/ztree.css",
    "/member/login.html",
    "/hdjl/col/col1229000201/index.html",
    "/jsearchfront/search.do",
)


def col(cid: int, page: str = "index.html") -> str:
    return f"/col/col{cid}/{page}"


def art(day: str, cid: int, doc: int) -> str:
    """`/art/2025/3/18/art_1229000123_59012345.html` (Hanweb: month and day unpadded)."""
    return f"/art/{day[:4]}/{int(day[4:6])}/{int(day[6:])}/art_{cid}_{doc}.html"


def _pub(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


class ScriptLinksSite(BlindSite):
    name = "script_links"
    region = "浙江省丽水市松阳县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._home_tab_lists()
        self._xxgk_frame()
        self._sfj()
        self._ztree()
        self._includes()
        self._home()

    # --- the lists the scripts load -----------------------------------------------------------
    def _home_tab_lists(self) -> None:
        fz = HOME_TABS[2][1]
        d1, t1 = "20250318", "松阳县人民政府关于2024年度法治政府建设情况的报告"
        r1 = art(d1, fz, 59012345)
        m1 = {
            "index_no": "001008003006098/2025-00041",
            "publisher": GOV,
            "written_date": "2025-03-14",
            "doc_no": "松政函〔2025〕12号",
        }
        body = self.gold_report(r1, "003", t1, publish_date=_pub(d1), **m1)
        self.detail_page(r1, t1, body, pub=_pub(d1), meta=m1)
        rows = [(t1, r1, _pub(d1))]
        rows += self._negatives(
            fz,
            [
                ("20250226", 59011807, "松阳县2025年法治政府建设工作要点"),
                ("20250116", 59010233, "松阳县2024年度法治政府建设考核结果公示"),
            ],
        )
        self._fragment(col(fz, "list.html"), rows)
        notices = [
            ("20250312", 59012201, "关于召开全县法治政府建设推进会的通知"),
            ("20250305", 59012044, "松阳县人民政府关于春季森林防火工作的通告"),
        ]
        self._fragment(col(HOME_TABS[0][1], "list.html"), self._negatives(1229000011, notices))
        self._fragment(
            col(HOME_TABS[1][1], "list.html"),
            self._fillers(1229000012, ["松阳县人民政府关于印发松阳县城市管理办法的通知"]),
        )
        self._fragment(
            col(HOME_TABS[3][1], "list.html"),
            self._fillers(1229000014, ["县领导调研春季农业生产", "松阳县举办茶商大会"]),
        )

    def _xxgk_frame(self) -> None:
        """The list inside 政务公开's script-set iframe: the latest information of the catalogue."""
        d2, t2 = "20240326", "松阳县2023年度法治政府建设工作报告"
        r2 = art(d2, 1229000100, 58890127)
        m2 = {
            "index_no": "001008003006098/2024-00033",
            "publisher": GOV,
            "written_date": "2024-03-25",
        }
        body = self.gold_report(r2, "000", t2, publish_date=_pub(d2), **m2)
        self.detail_page(r2, t2, body, pub=_pub(d2), meta=m2)
        rows = self._fillers(1229000100, ["松阳县人民政府办公室关于做好秋粮收购工作的通知"])
        rows.insert(0, (t2, r2, _pub(d2)))
        rows += self._negatives(
            1229000100,
            [("20240120", 58870001, "松阳县人民政府2023年政府信息公开工作年度报告")],
        )
        self.page(
            XXGK_FRAME,
            '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>最新信息公开</title>'
            '<link href="/xxgk/css/xxgk.css" rel="stylesheet" /></head><body>'
            f'<div class="xxgk-list"><h3>最新信息公开</h3>{_table(rows)}</div></body></html>',
        )
        side = fu.left_tree(
            "政务公开",
            [
                ("政府信息公开指南", col(1229000101), []),
                ("政府信息公开制度", col(1229000102), []),
                ("信息公开目录", ZTREE, []),
            ],
        )
        main = (
            f'<div class="left-side">{side}</div><div class="right-main">'
            '<div class="xxgk-frame"><iframe id="xxgkFrame" name="xxgkFrame" src="about:blank"'
            ' width="100%" height="800" frameborder="0" scrolling="no"></iframe></div>'
            '<div class="weather"><iframe id="weatherFrame" width="180" height="60"'
            ' frameborder="0" scrolling="no"></iframe></div></div>'
            '<script type="text/javascript">\n'
            "document.getElementById('xxgkFrame').src = '" + XXGK_FRAME + "';\n"
            "document.getElementById('weatherFrame').src = '/tianqi/index.html';\n"
            "document.getElementById('topBanner').src = '/images/banner_2025.jpg';\n"
            "</script>\n"
        )
        self.page(
            col(1229000003),
            self._frame("政务公开", [("政务公开", col(1229000003))], main, banner=True),
        )
        self.page("/tianqi/index.html", "<html><body>松阳 晴 12~20℃</body></html>")

    def _sfj(self) -> None:
        """县司法局: tabs whose onclick names the list; the first tab `$.get` on ready."""
        fz = SFJ_TABS[2][1]
        d3, t3 = "20250110", "松阳县司法局2024年度法治政府建设工作报告"
        r3 = art(d3, fz, 59003302)
        m3 = {
            "index_no": "001008003006021/2025-00004",
            "publisher": SFJ_NAME,
            "written_date": "2025-01-08",
        }
        body = self.gold_report(r3, "001", t3, publish_date=_pub(d3), **m3)
        self.detail_page(r3, t3, body, pub=_pub(d3), meta=m3)
        negatives = [("20240805", 58950112, "关于开展法治政府建设示范创建活动的通知")]
        rows = [(t3, r3, _pub(d3)), *self._negatives(fz, negatives)]
        self._fragment(col(fz, "list.shtml"), rows)
        self._fragment(
            col(SFJ_TABS[0][1], "list.shtml"),
            self._fillers(
                SFJ_TABS[0][1], ["县司法局开展“八五”普法中期检查", "县司法局召开全体干部会议"]
            ),
        )
        self._fragment(
            col(SFJ_TABS[1][1], "list.shtml"),
            self._fillers(SFJ_TABS[1][1], ["松阳县司法局关于公开招聘人民调解员的公告"]),
        )
        tabs = "".join(
            "<li"
            + (ON if i == 0 else "")
            + f" onclick=\"showTab('{col(cid, 'list.shtml')}', this)\">{esc(name)}</li>"
            for i, (name, cid) in enumerate(SFJ_TABS)
        )
        main = (
            '<div class="bm-head"><h2>松阳县司法局</h2><p>主要职责：负责全县法治政府建设的统筹协调'
            "……</p></div>"
            f'<div class="bm-tabs"><ul class="bm-tab-nav">{tabs}</ul>'
            '<div class="bm-tab-con" id="bmCon"><img src="/images/loading.gif" /></div></div>'
            '<script type="text/javascript">\n'
            "function showTab(url, el) {\n"
            "  $(el).addClass('on').siblings().removeClass('on');\n"
            "  $.get(url, function (html) { $('#bmCon').html(html); });\n"
            "}\n"
            "$(function () {\n"
            f"  $.get('{col(SFJ_TABS[0][1], 'list.shtml')}', function (html) {{"
            " $('#bmCon').html(html); });\n"
            "});\n"
            "function userLogin() { window.open('/member/login.html', '_blank'); }\n"
            "</script>\n"
            '<div class="bm-login"><a href="javascript:userLogin()">用户登录</a></div>'
        )
        self.page(SFJ, self._frame(SFJ_NAME, [("部门信息公开", "#"), (SFJ_NAME, SFJ)], main))

    def _ztree(self) -> None:
        fz = 1229000091
        d4, t4 = "20230315", "松阳县2022年度法治政府建设工作报告"
        r4 = art(d4, fz, 58612077)
        m4 = {
            "index_no": "001008003006098/2023-00019",
            "publisher": GOV,
            "written_date": "2023-03-10",
            "doc_no": "松政函〔2023〕7号",
        }
        body = self.gold_report(r4, "004", t4, publish_date=_pub(d4), **m4)
        self.detail_page(r4, t4, body, pub=_pub(d4), meta=m4)
        negatives = [
            ("20220120", 58400311, "松阳县法治政府建设实施方案（2021-2025年）"),
            ("20230601", 58700002, "关于法治政府建设督察反馈问题整改情况的报告"),
        ]
        rows = [(t4, r4, _pub(d4)), *self._negatives(fz, negatives)]
        self._column(fz, "法治政府建设", rows)
        for _, _, name, cid, _how in ZNODES:
            if cid is not None and cid not in (fz, 1229000012):
                subjects = (
                    [f"松阳县人民政府{y}年政府信息公开工作年度报告" for y in (2024, 2023)]
                    if name == "政府信息公开年报"
                    else [f"松阳县{name}（{i}）" for i in (1, 2)]
                )
                if name == "政府信息公开年报":
                    rows = self._negatives(
                        cid,
                        [
                            (f"{y + 1}0120", 58000000 + y, t)
                            for y, t in zip((2024, 2023), subjects, strict=True)
                        ],
                    )
                else:
                    rows = self._fillers(cid, subjects)
                self._column(cid, name, rows)
        self._column(
            1229000012,
            "政策文件",
            self._fillers(1229000012, ["松阳县人民政府关于印发松阳县城市管理办法的通知"]),
        )
        nodes = []
        for nid, pid, name, cid, how in ZNODES:
            extra = ", open:true" if cid is None else ""
            if how == "click":
                extra += f", click:\"openCol('{col(cid or 0)}')\""
            elif how == "link":
                extra += f", link:'{col(cid or 0)}'"
            nodes.append(f'  {{ id:{nid}, pId:{pid}, name:"{name}"{extra} }}')
        nodes.append(
            '  { id:4, pId:0, name:"领导信箱", click:"window.open(\'/hdjl/col/col1229000201/index.html\')" }'
        )
        nodes.append('  { id:5, pId:0, name:"用户登录", click:"openCol(\'/member/login.html\')" }')
        script = (
            '<link rel="stylesheet" href="/css/ztree.css" type="text/css" />'
            '<script type="text/javascript" src="/js/jquery.ztree.core.min.js"></script>\n'
            '<script type="text/javascript">\n'
            "var setting = {\n  view: { dblClickExpand: false, showLine: true },\n"
            "  data: { simpleData: { enable: true } },\n"
            "  callback: { onClick: function (e, treeId, node) {"
            " if (node.link) { openCol(node.link); } } }\n};\n"
            "var zNodes = [\n" + ",\n".join(nodes) + "\n];\n"
            "function openCol(url) {\n  $('#xxgkList').load(url + ' .list-box');\n}\n"
            "$(document).ready(function () {\n"
            "  $.fn.zTree.init($('#treeDemo'), setting, zNodes);\n"
            f"  openCol('{col(1229000101)}');\n"
            "  $.getScript('/js/zwgk-tabs.js');\n"
            "});\n</script>\n"
        )
        main = (
            '<div class="xxgk-tree"><div class="tree-head">信息公开目录</div>'
            '<ul id="treeDemo" class="ztree"></ul></div>'
            '<div class="xxgk-main" id="xxgkList"></div>' + script
        )
        self.page(ZTREE, self._frame("信息公开目录", [("信息公开目录", ZTREE)], main))

    def _includes(self) -> None:
        self.page("/include/header.html", '<div class="top-links"><a href="/">首页</a></div>')
        self.page("/include/footer.html", '<div class="foot-links"><a href="/">首页</a></div>')
        self.page("/member/login.html", "<html><body><form>用户名</form></body></html>")

    # --- pages --------------------------------------------------------------------------------
    def _negatives(
        self, cid: int, items: list[tuple[str, int, str]]
    ) -> list[tuple[str, str, str]]:
        rows = []
        for day, doc, title in items:
            path = art(day, cid, doc)
            self.detail_page(path, title, NEGATIVE_BODY, pub=_pub(day), meta=None)
            self.negative_titles.append(title)
            rows.append((title, path, _pub(day)))
        return rows

    def _fillers(self, cid: int, titles: list[str]) -> list[tuple[str, str, str]]:
        rows = []
        for i, title in enumerate(titles):
            day = f"2024091{i}"
            path = art(day, cid, 58800000 + cid % 1000 * 10 + i)
            self.detail_page(path, title, FILLER_BODY, pub=_pub(day), meta=None)
            rows.append((title, path, _pub(day)))
        return rows

    def _fragment(self, path: str, rows: list[tuple[str, str, str]]) -> None:
        """What `.load()`/`$.get` fetch: the list alone, no page around it."""
        items = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
            f"<span>{d}</span></li>"
            for t, u, d in rows
        )
        self.page(path, f'<ul class="list-box">{items}</ul>\n<div class="page">共1页</div>')

    def _column(self, cid: int, name: str, rows: list[tuple[str, str, str]]) -> None:
        main = (
            f'<div class="col-title"><h2>{esc(name)}</h2></div><div class="list-box">'
            + _table(rows)
            + "</div>"
        )
        self.page(col(cid), self._frame(name, [("信息公开目录", ZTREE), (name, col(cid))], main))

    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, banner: bool = False
    ) -> str:
        top = '<div class="banner"><img id="topBanner" src="" alt="" /></div>' if banner else ""
        return (
            fu.doc_head(
                f"{SITE} {title}",
                site=SITE,
                code=CODE,
                meta={"ColumnName": title, "ColumnType": "信息公开"},
            )
            + fu.access_toolbar(SITE)
            + '<div id="header"></div>'
            + fu.masthead(SITE, NAV)
            + top
            + '<div class="main wrap clearfix">'
            + fu.crumbs([("首页", "/"), *crumbs])
            + main
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + '<div id="footer"></div>'
            + '<script type="text/javascript">\n$(function () {\n'
            + "  $('#header').load('/include/header.html');\n"
            + "  $('#footer').load('/include/footer.html');\n"
            + "});\n"
            + "function doSearch() {\n  var q = $('#q').val();\n"
            + "  location.href = '/jsearchfront/search.do?q=' + encodeURIComponent(q);\n}\n"
            + "</script>\n"
            + fu.footer_block(
                SITE,
                icp="浙ICP备05012345号",
                police="浙公网安备 33112402000123号",
                code=CODE,
                address="浙江省丽水市松阳县西屏街道紫荆路1号",
            )
            + "</body></html>"
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        pub: str,
        meta: dict[str, str] | None,
    ) -> None:
        m = meta or {"index_no": "001008003006098/2024-00200", "publisher": "松阳县人民政府办公室"}
        rows = [
            ("索引号", m["index_no"], "主题分类", "综合政务"),
            ("发布机构", m["publisher"], "成文日期", m.get("written_date", pub)),
            ("文号", m.get("doc_no", ""), "发布日期", pub),
        ]
        table = (
            '<table class="xxgk-info" cellspacing="0" cellpadding="0">'
            + "".join(
                f"<tr><th>{a}</th><td>{esc(b)}</td><th>{c}</th><td>{esc(d)}</td></tr>"
                for a, b, c, d in rows
            )
            + f'<tr><th>信息名称</th><td colspan="3">{esc(title)}</td></tr></table>'
        )
        main = (
            '<div class="article">'
            + table
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + f'<div class="article-info">发布日期：{esc(pub)}　信息来源：{esc(m["publisher"])}'
            + "　浏览次数：<script>_showDynClick()</script></div>"
            + '<div id="zoom"><!--ZJEG_RSS.content.begin-->\n'
            + fu.paragraphs(body)
            + "\n<!--ZJEG_RSS.content.end--></div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(path, self._frame(title, [("政务公开", col(1229000003))], main))

    def _home(self) -> None:
        news = "".join(
            f'<li><a href="{art("2025031" + str(i), 1229000020, 59020000 + i)}">{esc(t)}</a></li>'
            for i, t in enumerate(["松阳县召开县政府常务会议", "县领导督导春耕生产"])
        )
        tabs = "".join(
            "<li" + (ON if i == 0 else "") + f">{esc(name)}</li>"
            for i, (name, _) in enumerate(HOME_TABS)
        )
        cons = "".join(
            f'<div class="tab-con" id="tab{i}"' + ("" if i == 1 else HIDDEN) + "></div>"
            for i in range(1, len(HOME_TABS) + 1)
        )
        loads = "".join(
            f"  $('#tab{i}').load('{col(cid, 'list.html')}');\n"
            for i, (_, cid) in enumerate(HOME_TABS, start=1)
        )
        boxes = (
            f'<div class="home-news"><h3>松阳要闻</h3><ul>{news}</ul></div>'
            f'<div class="home-zwgk"><ul class="tab-nav" id="zwgkTab">{tabs}</ul>{cons}'
            '<a class="more" href="' + col(1229000003) + '">更多</a></div>'
            '<div class="home-bm"><h3>部门信息公开</h3><ul>'
            f'<li><a href="{SFJ}">县司法局</a></li>'
            f'<li><a href="{col(1229000400)}">县教育局</a></li></ul></div>'
            + fu.interaction_sidebar()
            + '<script type="text/javascript">\n$(function () {\n'
            + loads
            + "  $('#zwgkTab li').mouseover(function () {\n"
            + "    var i = $(this).index();\n"
            + "    $(this).addClass('on').siblings().removeClass('on');\n"
            + "    $('.home-zwgk .tab-con').hide().eq(i).show();\n  });\n"
            + "  $('head').append('<link rel=\"stylesheet\" href=\"/css/home.css\" />');\n"
            + "});\n</script>\n"
        )
        self.page("/", self._frame("首页", [], boxes))
        self.page(
            col(1229000400),
            self._frame("县教育局", [("部门信息公开", "#")], "<p>松阳县教育局</p>"),
        )


def _table(rows: list[tuple[str, str, str]]) -> str:
    trs = "".join(
        f'<tr><td class="mc"><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
        f'</td><td class="rq">{d}</td></tr>'
        for t, u, d in rows
    )
    return (
        f'<table class="list-table" width="100%"><tr><th>标题</th><th>日期</th></tr>{trs}</table>'
    )
