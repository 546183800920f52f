"""A 本溪-style 信息公开 platform district portal: extension-less URLs `/publicity/<section>/
<column>/<id>` for articles and `/publicity/<section>/<column>` for columns, paged by a relative
`?page=N` pager (首页/上一页/numbers/下一页/尾页, 共N页). Home → 政府信息公开 → the catalogue
tree 法定主动公开内容 → 其他 → 法治政府建设, and 重点信息公开 → 政府工作报告及执行结果, a column
that holds 政府工作报告 fillers beside a report (as on 溪湖). Detail pages show the label/value
grid (`grid-item`/`grid-label`/`grid-value`, empty 废止日期/关键词 cells), the title again as h1,
a `发布时间:… 【字体:大 中 小】` line, then the body, 相关文件 (无), 上一篇/下一篇 and the footer.
The 区司法局's pages print grid dates as `2022年02月25日`."""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "本溪市溪湖区人民政府"
CODE = "2105030001"
PER_PAGE = 8
NAV = [
    ("首页", "/"),
    ("走进溪湖", "/zjxh"),
    ("政府信息公开", "/publicity"),
    ("政务服务", "/zwfw"),
    ("互动交流", "/hdjl"),
]
FZZF = "/publicity/fdzdgknr/qtfdxx"  # 法定主动公开内容 → 其他 (法治政府建设)
ZFGZBG = "/publicity/zdxxgz/zfgzbgzhjg"  # 重点信息公开 → 政府工作报告及执行结果
NB = "/publicity/zfxxgknb/ndbg"  # 政府信息公开年报
TREE = [
    ("政府信息公开指南", "/publicity/zfxxgkzn", []),
    ("政府信息公开制度", "/publicity/zfxxgkzd", []),
    (
        "法定主动公开内容",
        "/publicity/fdzdgknr",
        [
            ("机构职能", "/publicity/fdzdgknr/jgzn"),
            ("政策文件", "/publicity/fdzdgknr/zcwj"),
            ("财政信息", "/publicity/fdzdgknr/czxx"),
            ("其他", "javascript:void(0);"),
        ],
    ),
    (
        "重点信息公开",
        "/publicity/zdxxgz",
        [("政府工作报告及执行结果", ZFGZBG), ("重大建设项目", "/publicity/zdxxgz/zdjsxm")],
    ),
    ("政府信息公开年报", NB, []),
]


def _cn_date(iso: str) -> str:
    """`2022-02-25` as the platform prints it for some units: `2022年02月25日`."""
    return f"{iso[:4]}年{iso[5:7]}月{iso[8:10]}日"


def _tree() -> str:
    """The catalogue as the platform draws it: three levels, 其他 a fold with its own leaves."""
    others = (
        f'<ul class="tree-sub3"><li><a href="{FZZF}" title="法治政府建设">法治政府建设</a></li>'
        '<li><a href="/publicity/fdzdgknr/qtxzxk" title="行政许可">行政许可</a></li></ul>'
    )
    nodes = []
    for name, url, leaves in TREE:
        kids = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a>'
            + (others if t == "其他" else "")
            + "</li>"
            for t, u in leaves
        )
        nodes.append(
            f'<li class="tree-node"><a href="{esc(url)}" class="tree-title">{esc(name)}</a>'
            + (f'<ul class="tree-sub">{kids}</ul>' if kids else "")
            + "</li>"
        )
    return (
        f'<div class="leftnav"><h2>信息公开目录</h2><ul class="tree">{"".join(nodes)}</ul></div>\n'
    )


class BenxiPublicitySite(BlindSite):
    name = "benxi_publicity"
    region = "辽宁省本溪市溪湖区"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self._fzzf_column()
        self._zfgzbg_column()
        self._annual_column()
        self._navigation()

    # --- columns ------------------------------------------------------------------------------
    def _fzzf_column(self) -> None:
        items: list[tuple[str, str, str]] = []
        for i in range(9):
            path = f"{FZZF}/{118500 - i * 37}"
            title = f"溪湖区行政执法公示信息（{2024 - i // 4}年第{i % 4 + 1}期）"
            self.detail_page(path, title, FILLER_BODY, crumb=("其他", FZZF), pub="2024-04-02")
            items.append((title, path, "2024-04-02"))
        r1 = f"{FZZF}/110877"
        t1 = "溪湖区人民政府关于2022年度法治政府建设情况的报告"
        m1 = {
            "index_no": "xhqrmzf-2023-00087",
            "publisher": "溪湖区人民政府",
            "written_date": "2023-03-20",
            "doc_no": "溪政发〔2023〕5号",
        }
        body = self.gold_report(r1, "000", t1, publish_date="2023-03-22", **m1)
        self.detail_page(r1, t1, body, crumb=("其他", FZZF), pub="2023-03-22", meta=m1)
        r2 = f"{FZZF}/103342"
        t2 = "溪湖区司法局2021年度法治政府建设工作报告"
        m2 = {
            "index_no": "xhqsfj-2022-00011",
            "publisher": "溪湖区司法局",
            "written_date": "2022-02-25",
        }
        body = self.gold_report(r2, "004", t2, publish_date="2022-02-28", **m2)
        # The 司法局's pages print their dates the Chinese way.
        m2_shown = {**m2, "cn_dates": "yes"}
        self.detail_page(r2, t2, body, crumb=("其他", FZZF), pub="2022-02-28", meta=m2_shown)
        negs = [
            (f"{FZZF}/118955", "溪湖区2024年法治政府建设工作要点", "2024-03-01"),
            (f"{FZZF}/99120", "溪湖区法治政府建设实施方案（2021-2025年）", "2021-09-15"),
        ]
        for path, title, date in negs:
            self.detail_page(path, title, NEGATIVE_BODY, crumb=("其他", FZZF), pub=date)
            self.negative_titles.append(title)
        items.insert(0, (negs[0][1], negs[0][0], negs[0][2]))
        items.insert(9, (t1, r1, "2023-03-22"))  # second page
        items.append((t2, r2, "2022-02-28"))
        items.append((negs[1][1], negs[1][0], negs[1][2]))
        self._column(FZZF, "法治政府建设", items)

    def _zfgzbg_column(self) -> None:
        items: list[tuple[str, str, str]] = []
        for i, year in enumerate(range(2025, 2019, -1)):
            for kind in ("政府工作报告", "政府工作报告重点任务执行情况"):
                path = f"{ZFGZBG}/{121000 - i * 300 - len(kind)}"
                title = f"{year}年溪湖区{kind}"
                self.detail_page(
                    path,
                    title,
                    FILLER_BODY,
                    crumb=("政府工作报告及执行结果", ZFGZBG),
                    pub=f"{year}-02-10",
                )
                items.append((title, path, f"{year}-02-10"))
        r3 = f"{ZFGZBG}/120292"
        t3 = "溪湖区2023年度法治政府建设工作报告"
        m3 = {
            "index_no": "xhqrmzf-2024-00119",
            "publisher": "溪湖区司法局",
            "written_date": "2024-03-12",
        }
        body = self.gold_report(r3, "003", t3, publish_date="2024-03-12", **m3)
        self.detail_page(
            r3, t3, body, crumb=("政府工作报告及执行结果", ZFGZBG), pub="2024-03-12", meta=m3
        )
        items.insert(8, (t3, r3, "2024-03-12"))  # second page
        self._column(ZFGZBG, "政府工作报告及执行结果", items)

    def _annual_column(self) -> None:
        items = []
        for year in (2024, 2023, 2022):
            path = f"{NB}/{100000 + year}"
            title = f"溪湖区人民政府{year}年政府信息公开工作年度报告"
            self.detail_page(
                path, title, NEGATIVE_BODY, crumb=("政府信息公开年报", NB), pub=f"{year + 1}-01-20"
            )
            self.negative_titles.append(title)
            items.append((title, path, f"{year + 1}-01-20"))
        self._column(NB, "政府信息公开年报", items)

    # --- pages --------------------------------------------------------------------------------
    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, tree: bool = True
    ) -> str:
        left = '<div class="publicity-left">' + _tree() + "</div>"
        return (
            fu.doc_head(title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="publicity-wrap wrap clearfix">'
            + fu.crumbs(
                [("首页", "/"), ("政府信息公开", "/publicity"), *crumbs], label="当前位置:"
            )
            + (left if tree else "")
            + f'<div class="publicity-right">{main}</div>'
            + "</div>"
            + fu.float_share()
            + fu.jiucuo(CODE)
            + fu.footer_block(
                SITE,
                icp="辽ICP备05012345号",
                police="辽公网安备 21050202000123号",
                code=CODE,
                address="辽宁省本溪市溪湖区河沿路2号",
            )
            + "</body></html>"
        )

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        crumb: tuple[str, str],
        pub: str,
        meta: dict[str, str] | None = None,
    ) -> None:
        m = meta or {"index_no": "xhqrmzf-2024-00031", "publisher": "溪湖区人民政府办公室"}
        cells = [
            ("索引号", m.get("index_no", "")),
            ("发布机构", m.get("publisher", "")),
            ("信息名称", title),
            ("主题分类", "执行结果公开"),
            ("发布日期", _cn_date(pub) if m.get("cn_dates") else pub),
            (
                "成文日期",
                _cn_date(m.get("written_date", pub))
                if m.get("cn_dates")
                else m.get("written_date", pub),
            ),
            ("废止日期", ""),
            ("文 号", m.get("doc_no", "")),
            ("关键词", ""),
        ]
        grid = "".join(
            f'<div class="grid-item"><span class="grid-label">{esc(k)}:</span>'
            f'<span class="grid-value">{esc(v)}</span></div>'
            for k, v in cells
        )
        main = (
            f'<div class="publicity-detail"><div class="grid-box">{grid}</div>\n'
            + f'<div class="publicity-title"><h1>{esc(title)}</h1></div>\n'
            + f'<div class="publicity-sub">发布时间:{esc(pub)} 14:18:38 【字体:'
            + '<a class="big" href="javascript:;">大</a> <a class="mid" href="javascript:;">中</a> '
            + '<a class="small" href="javascript:;">小</a>】 浏览次数:<span id="viewCount">0</span></div>\n'
            + '<div class="publicity-text">\n'
            + fu.paragraphs(body)
            + "\n</div>\n"
            + '<div class="publicity-files"><h4>相关文件</h4><p>无</p></div>'
            + f'<div class="publicity-near"><p>上一篇：<a href="{esc(crumb[1])}">返回列表</a></p>'
            + "<p>下一篇：没有了</p></div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(path, self._frame(f"{title}-{SITE}", [crumb], main))

    def _column(self, col: str, name: str, items: list[tuple[str, str, str]]) -> None:
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        last = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<li><span class="list-title"><a href="{esc(u)}" title="{esc(t)}" target="_blank">'
                f'{esc(t)}</a></span><span class="list-date">{d}</span></li>'
                for t, u, d in chunk
            )
            pager = ['<a href="?page=1">首页</a>']
            pager.append(f'<a href="?page={max(n - 1, 1)}">上一页</a>')
            for k in range(1, last + 1):
                pager.append(
                    f'<span class="active">{k}</span>'
                    if k == n
                    else f'<a href="?page={k}">{k}</a>'
                )
            pager.append(f'<a href="?page={min(n + 1, last)}">下一页</a>')
            pager.append(f'<a href="?page={last}">尾页</a>')
            pager.append(f"<span>共{last}页 {len(items)}条</span>")
            main = (
                f'<div class="publicity-list"><div class="list-head"><h3>{esc(name)}</h3></div>'
                + f'<ul class="list-body">{rows}</ul>'
                + f'<div class="pagination">{"".join(pager)}</div></div>'
            )
            html = self._frame(f"{name}-{SITE}", [(name, col)], main)
            self.page(f"{col}?page={n}", html)
            if n == 1:
                self.page(col, html)

    def _navigation(self) -> None:
        boxes = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u, _ in TREE)
        main = f'<div class="publicity-index"><h3>政府信息公开</h3><ul>{boxes}</ul></div>'
        self.page("/publicity", self._frame(f"政府信息公开-{SITE}", [], main))
        for name, url, leaves in TREE:
            if url in {NB}:
                continue
            lis = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in leaves)
            self.page(
                url,
                self._frame(
                    f"{name}-{SITE}",
                    [(name, url)],
                    f'<div class="publicity-index"><h3>{esc(name)}</h3><ul>{lis}</ul></div>',
                ),
            )
        home = (
            '<div class="home"><div class="home-gk"><h3><a href="/publicity">政府信息公开</a></h3><ul>'
            '<li><a href="/publicity/zfxxgkzn">政府信息公开指南</a></li>'
            '<li><a href="/publicity/fdzdgknr">法定主动公开内容</a></li>'
            f'<li><a href="{NB}">政府信息公开年报</a></li></ul></div>'
            '<div class="home-news"><h3>溪湖要闻</h3><ul>'
            '<li><a href="/zjxh/xhyw/130221">溪湖区召开区政府常务会议</a></li></ul></div></div>'
            + fu.interaction_sidebar("政民互动")
        )
        self.page("/", self._frame(SITE, [], home, tree=False))
