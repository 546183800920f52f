"""A Hebei county portal whose long reports are split the ways real CMSs split long articles,
so one report spans several URLs:

- the portal is PHPCMS v9 with pseudo-static URLs (`/list-{catid}-{page}.html`,
  `/show-{catid}-{id}-{page}.html`). Its 法治政府建设 column (catid 23, two list pages, v9's
  `<div id="pages">` pager) holds the 县政府's 2024 report, which the editor split with v9's
  `[page]` tag into three pages (`show-23-881-1.html`, `-2`, `-3`; the `<div id="pages"
  class="text-c">上一页 1 2 3 下一页</div>` pager under the text); beside it the 2025 工作要点
  split the same way over two pages, an 一图读懂, a 述法 report, a 考核 通报, a 推进会, a pair of
  示范创建 问答（一）/（二）, and the 县政府's 2023 report published as two separate articles
  `…的报告（一）` and `…的报告（二）` (each its own id, 索引号, date and 上一篇/下一篇; the 文号
  and 成文日期 are the report's). The helper who built this portal scored the pair as ONE
  report; the project scores each part as the record it is published as (its own 索引号, its
  title with its part marker, its half of the text), since a merge by title would need a rule
  no 信息公开 record states. Originally: the gold was part (一)'s page, part
  (二) an alias, the gold title the report's title without the part marker and the gold
  body is the whole text. Every page of an article carries the 信息公开 table (索引号, 信息分类,
  发布机构, 成文日期, 文号, 发布日期), v9's `<h1>标题<br /><span>发布时间：… 来源：… 点击：</span>
  </h1>` and the same `<meta name="description">` (the text's opening words);
- 政务公开 → 部门信息公开 → 县司法局 is the 司法局's own DedeCMS static sub-site (`/sfj/`):
  its 法治建设 column (`/sfj/a/fzjs/`, `list_5_2.html`) holds the 司法局's 2024 report split by
  `{dede:pagebreak/}` over three pages (`…/1187.html`, `1187_2.html`, `1187_3.html`, Dede's
  `<div class="dede_pages"><ul class="pagelist">` pager wrapped in `<div class="page">`), beside a
  普法依法治理工作总结 split over two pages, a 局长述法报告 and news;
- 政务公开 links 历史信息公开目录（2021年及以前）, the county's retired Java 信息公开 platform
  (`/xxgk/`): a catalogue whose records (`detail.jsp?infoid=N`) show the metadata table and a
  内容概述 (the text's first words, cut with ……) and a `阅读全文>>` link to the full text
  (`content.jsp?infoid=N`), itself paged by `&pn=2` (`上一页 1 2 下一页`), each page with the
  metadata table and title again. The 2020 report is such a record (gold: the full text page;
  the record and page 2 are aliases), beside a 2021 工作要点 record whose full text is also two
  pages, and a 考核 通报.

News (要闻, 通知公告) carry 法治 meetings and notices; 政府信息公开年报 holds 信息公开 annual
reports. None of those is a report.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed

SITE = "阜平县人民政府"
CODE = "1306240001"
GOV = "阜平县人民政府"
GOV_OFFICE = "阜平县人民政府办公室"
SFJ = "阜平县司法局"
CREDIT = "11130624000308912F"
SFJ_CREDIT = "11130624000308955N"
FZZF = 23
LIST_SIZE = 10
# PHPCMS columns: catid → (name, parent catid or 0)
COLUMNS: dict[int, tuple[str, int]] = {
    2: ("走进阜平", 0),
    5: ("新闻中心", 0),
    6: ("阜平要闻", 5),
    7: ("部门动态", 5),
    12: ("通知公告", 5),
    9: ("政务公开", 0),
    21: ("政府信息公开指南", 9),
    22: ("政策文件", 9),
    FZZF: ("法治政府建设", 9),
    24: ("财政信息", 9),
    25: ("政府信息公开年报", 9),
    26: ("部门信息公开", 9),
    40: ("互动交流", 0),
}
NAV = [
    ("首页", "/"),
    ("走进阜平", "/list-2-1.html"),
    ("新闻中心", "/list-5-1.html"),
    ("政务公开", "/list-9-1.html"),
    ("政务服务", "http://www.hbzwfw.gov.cn/"),
    ("互动交流", "/list-40-1.html"),
]
EXPLAIN_BODY = [
    "一、什么是法治政府建设示范创建？",
    "法治政府建设示范创建是推动法治政府建设的重要抓手，通过以评促建、以创促建，发挥示范带动作用。",
    "二、示范创建的主要评估内容有哪些？",
    "评估内容包括政府职能依法全面履行、依法行政制度体系完善、行政决策科学民主合法等方面。",
    "三、群众如何参与示范创建？",
    "群众可以通过12345热线、县政府门户网站互动交流栏目等渠道提出意见建议。",
] * 2


def _cut(lines: list[str], parts: int) -> list[list[str]]:
    """Split paragraphs into `parts` runs of about equal length (as an editor inserts breaks)."""
    total = sum(len(x) for x in lines)
    out: list[list[str]] = [[]]
    run = 0
    for line in lines:
        if run >= total * len(out) / parts and len(out) < parts:
            out.append([])
        out[-1].append(line)
        run += len(line)
    return out


class MultipartCountySite(BlindSite):
    name = "multipart_county"
    region = "河北省保定市阜平县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 780
        self.column_items: dict[int, list[tuple[str, str, str]]] = {}
        self._fzzf()
        self._sfj()
        self._xxgk()
        self._other_columns()
        self._channels()
        self._home()

    # --- PHPCMS: 法治政府建设 ---------------------------------------------------------------
    def _fzzf(self) -> None:
        # (title, pub datetime, publisher, body, parts, gold) newest first, as the list shows them
        entries: list[dict] = []

        def add(title: str, pub: str, publisher: str = GOV_OFFICE, **kw: object) -> None:
            entries.append({"title": title, "pub": pub, "publisher": publisher, **kw})

        add("阜平县2025年法治政府建设工作要点", "2025-04-08 16:02:11", parts=2, long=True)
        add(
            "一图读懂《阜平县人民政府关于2024年度法治政府建设情况的报告》",
            "2025-03-28 09:15:40",
        )
        add(
            "阜平县人民政府关于2024年度法治政府建设情况的报告",
            "2025-03-27 10:20:33",
            GOV,
            seed="003",
            parts=3,
            written="2025-03-24",
            doc_no="阜政报〔2025〕7号",
        )
        add("阜平县人民政府县长2024年度述法报告", "2025-03-12 15:41:02", GOV)
        add("关于2024年度法治政府建设考核结果的通报", "2025-02-20 11:08:27")
        add("阜平县法治政府建设示范创建工作问答（二）", "2024-11-05 09:31:00", explain=True)
        add("阜平县法治政府建设示范创建工作问答（一）", "2024-11-05 09:30:12", explain=True)
        add("阜平县召开2024年法治政府建设推进会", "2024-06-14 17:22:45")
        add("阜平县2024年法治政府建设工作要点", "2024-04-10 10:05:16")
        add(
            "阜平县人民政府关于2023年度法治政府建设情况的报告（二）",
            "2024-03-28 10:32:08",
            GOV,
            seed="000",
            half=1,
            written="2024-03-25",
            doc_no="阜政报〔2024〕9号",
        )
        add(
            "阜平县人民政府关于2023年度法治政府建设情况的报告（一）",
            "2024-03-28 10:30:51",
            GOV,
            seed="000",
            half=0,
            written="2024-03-25",
            doc_no="阜政报〔2024〕9号",
        )
        add("关于开展2024年度法治政府建设督察工作的通知", "2024-03-01 09:12:33")
        add("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-12-18 16:40:09", GOV)
        add("阜平县2023年法治政府建设工作要点", "2023-04-12 11:26:50")
        add("阜平县法治政府建设实施方案（2021—2025年）", "2022-02-16 10:00:00", GOV)

        # ids ascend with time (oldest first), as a CMS assigns them
        ids = {}
        for e in reversed(entries):
            self.next_id += 7 if "seed" not in e else 1
            if e.get("seed") == "003":
                self.next_id = 881
            ids[e["title"]] = self.next_id
        order = sorted(entries, key=lambda e: ids[e["title"]])
        # The two parts are two 信息公开 records (each its own 索引号, id and page): the
        # crawler is asked for each as published, not for the report they make up together.
        seed_000 = list(load_seed("000").body_lines)
        halves = [seed_000[:22], seed_000[22:]]
        for entry, half in ((entries[10], halves[0]), (entries[9], halves[1])):
            self.gold_report(
                f"/show-{FZZF}-{ids[entry['title']]}-1.html",
                "000",
                entry["title"],
                publisher=GOV,
                publish_date="2024-03-28",
                index_no=f"{CREDIT}/2024-{ids[entry['title']]:05d}",
                written_date="2024-03-25",
                doc_no="阜政报〔2024〕9号",
            )
            self.gold[-1].body = "\n".join(
                re.sub(r"[?？\ufffd]{3,}", "", line).strip() for line in half
            )
        for k, e in enumerate(order):
            aid = ids[e["title"]]
            index_no = f"{CREDIT}/{e['pub'][:4]}-{aid:05d}"
            first = f"/show-{FZZF}-{aid}-1.html"
            if e.get("seed") == "003":
                body = self.gold_report(
                    first,
                    "003",
                    e["title"],
                    publisher=GOV,
                    publish_date=e["pub"][:10],
                    index_no=index_no,
                    written_date=e["written"],
                    doc_no=e["doc_no"],
                )
            elif e.get("seed") == "000":
                body = halves[e["half"]]
            elif e.get("explain"):
                body = EXPLAIN_BODY
                self.negative_titles.append(e["title"])
            else:
                body = NEGATIVE_BODY * (3 if e.get("long") else 1)
                self.negative_titles.append(e["title"])
            prev_ = order[k - 1] if k else None
            next_ = order[k + 1] if k + 1 < len(order) else None
            context = [
                (label, f"/show-{FZZF}-{ids[o['title']]}-1.html", o["title"]) if o else None
                for label, o in (("上一篇", prev_), ("下一篇", next_))
            ]
            pages_ = _cut(body, e.get("parts", 1))
            for n, lines in enumerate(pages_, start=1):
                path = f"/show-{FZZF}-{aid}-{n}.html"
                if n > 1 and e.get("seed") == "003":
                    self.aliases[path] = first
                self.page(
                    path,
                    self._php_article(
                        FZZF,
                        aid,
                        e["title"],
                        lines,
                        (n, len(pages_)),
                        pub=e["pub"],
                        publisher=e["publisher"],
                        index_no=index_no,
                        written=e.get("written", e["pub"][:10]),
                        doc_no=e.get("doc_no", ""),
                        description=body[0][:78],
                        context=context,
                    ),
                )
        self.column_items[FZZF] = [
            (e["title"], f"/show-{FZZF}-{ids[e['title']]}-1.html", e["pub"][:10]) for e in entries
        ]

    def _php_article(
        self,
        catid: int,
        aid: int,
        title: str,
        lines: list[str],
        pos: tuple[int, int],
        *,
        pub: str,
        publisher: str,
        index_no: str,
        written: str,
        doc_no: str,
        description: str,
        context: list[tuple[str, str, str] | None],
        table: bool = True,
    ) -> str:
        n, count = pos
        parent = COLUMNS[catid][1]
        crumbs = [("首页", "/")]
        if parent:
            crumbs.append((COLUMNS[parent][0], f"/list-{parent}-1.html"))
        crumbs.append((COLUMNS[catid][0], f"/list-{catid}-1.html"))
        info = ""
        if table:
            info = (
                '<div class="xxgk-info"><table width="100%" border="0" cellspacing="1" '
                'cellpadding="0" bgcolor="#dddddd">'
                f'<tr><td class="lb">索引号：</td><td>{esc(index_no)}</td>'
                f'<td class="lb">信息分类：</td><td>{esc(COLUMNS[catid][0])}</td></tr>'
                f'<tr><td class="lb">发布机构：</td><td>{esc(publisher)}</td>'
                f'<td class="lb">成文日期：</td><td>{esc(written)}</td></tr>'
                f'<tr><td class="lb">文　　号：</td><td>{esc(doc_no)}</td>'
                f'<td class="lb">发布日期：</td><td>{esc(pub[:10])}</td></tr>'
                f'<tr><td class="lb">名　　称：</td><td colspan="3">{esc(title)}</td></tr>'
                "</table></div>"
            )
        pager = ""
        if count > 1:

            def url(k: int) -> str:
                return f"show-{catid}-{aid}-{k}.html"

            nums = " ".join(
                f"<span>{k}</span>" if k == n else f'<a href="{url(k)}">{k}</a>'
                for k in range(1, count + 1)
            )
            pager = (
                '<div id="pages" class="text-c">'
                f'<a class="a1" href="{url(max(n - 1, 1))}">上一页</a> {nums} '
                f'<a class="a1" href="{url(min(n + 1, count))}">下一页</a></div>'
            )
        ctx = "".join(
            f"<strong>{label}：</strong>"
            + (f'<a href="{esc(u)}">{esc(t)}</a>' if item else "没有了")
            + "<br />"
            for label, item in zip(("上一篇", "下一篇"), context, strict=True)
            for u, t in [(item[1], item[2]) if item else ("", "")]
        )
        main = (
            fu.crumbs([*crumbs, ("正文", "javascript:;")], label="当前位置：")
            + '<div class="main-content"><div id="Article">'
            + info
            + f"<h1>{esc(title)}<br /><span>发布时间：{esc(pub)}&nbsp;&nbsp;&nbsp;"
            + f"来源：{esc(publisher)}&nbsp;&nbsp;&nbsp;点击："
            + '<span id="hits"></span>次&nbsp;&nbsp;&nbsp;'
            + '字号：<a href="javascript:;" onclick="fontZoom(18)">大</a> '
            + '<a href="javascript:;" onclick="fontZoom(16)">中</a> '
            + '<a href="javascript:;" onclick="fontZoom(14)">小</a></span></h1>\n'
            + '<div class="content" id="zoom">\n'
            + fu.paragraphs(lines)
            + "\n"
            + pager
            + "</div>\n"
            + f'<p class="f14">{ctx}</p>'
            + fu.article_tools()
            + "</div></div>"
            + f'<script language="JavaScript" src="/api.php?op=count&id={aid}&modelid=1">'
            + "</script>"
        )
        return self._frame(
            f"{title} - {COLUMNS[catid][0]} - {SITE}",
            main,
            meta={"keywords": title, "description": description},
        )

    # --- PHPCMS: lists, channels, home --------------------------------------------------------
    def _php_list(self, catid: int, items: list[tuple[str, str, str]]) -> None:
        chunks = [items[k : k + LIST_SIZE] for k in range(0, len(items), LIST_SIZE)] or [[]]
        parent = COLUMNS[catid][1]
        crumbs = [("首页", "/")]
        if parent:
            crumbs.append((COLUMNS[parent][0], f"/list-{parent}-1.html"))
        crumbs.append((COLUMNS[catid][0], f"/list-{catid}-1.html"))
        siblings = [(n, f"/list-{c}-1.html") for c, (n, p) in COLUMNS.items() if p == parent]
        for n, chunk in enumerate(chunks, start=1):
            rows = "".join(
                f'<li><span class="rt">{esc(d)}</span>·<a href="{esc(u)}" target="_blank"'
                f' title="{esc(t)}">{esc(t)}</a></li>'
                for t, u, d in chunk
            )
            pager = ""
            if len(chunks) > 1:
                count = len(chunks)
                nums = " ".join(
                    f"<span>{k}</span>" if k == n else f'<a href="list-{catid}-{k}.html">{k}</a>'
                    for k in range(1, count + 1)
                )
                pager = (
                    f'<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> '
                    f'<a class="a1" href="list-{catid}-{max(n - 1, 1)}.html">上一页</a> {nums} '
                    f'<a class="a1" href="list-{catid}-{min(n + 1, count)}.html">下一页</a></div>'
                )
            main = (
                fu.crumbs(crumbs, label="当前位置：")
                + fu.left_tree(
                    COLUMNS[parent][0] if parent else COLUMNS[catid][0],
                    [(t, u, []) for t, u in siblings],
                )
                + f'<div class="list-right"><div class="list-tit">{esc(COLUMNS[catid][0])}</div>'
                + f'<ul class="list lh24 f14">{rows}</ul>{pager}</div>'
            )
            self.page(
                f"/list-{catid}-{n}.html", self._frame(f"{COLUMNS[catid][0]} - {SITE}", main)
            )

    def _other_columns(self) -> None:
        self._php_list(FZZF, self.column_items[FZZF])
        start = date(2025, 4, 2)
        news = [
            ("阜平县召开2025年法治政府建设工作推进会", True),
            ("县政府召开第42次常务会议 听取2024年度法治政府建设情况汇报", True),
            ("阜平县举办2025年春风行动专场招聘会", False),
            ("县领导调研春季农业生产和森林防火工作", False),
            ("我县开展“3·15”国际消费者权益日宣传活动", False),
            ("阜平县召开优化营商环境工作推进会", False),
        ]
        notices = [
            ("关于召开全县2025年法治政府建设推进会的通知", True),
            ("阜平县2025年公开招聘社区工作者公告", False),
            ("关于开展法治政府建设示范创建活动的通知", True),
            ("阜平县2025年春季森林防火命令", False),
            ("关于举办全县行政执法人员法治专题培训班的通知", True),
            ("阜平县2025年义务教育阶段招生工作公告", False),
        ]
        for catid, rows in ((6, news), (12, notices)):
            items = []
            for i, (title, neg) in enumerate(rows):
                pub = (start - timedelta(days=5 * i + catid)).isoformat() + " 09:00:00"
                items.append(self._php_simple(catid, title, pub, neg))
            self._php_list(catid, items)
            self.column_items[catid] = items
        ndbg = [
            self._php_simple(
                25,
                f"阜平县人民政府{y}年政府信息公开工作年度报告",
                f"{y + 1}-01-{20 + y % 7} 10:00:00",
                False,
                table=True,
            )
            for y in range(2024, 2018, -1)
        ]
        self.negative_titles.extend(t for t, _, _ in ndbg)
        self._php_list(25, ndbg)
        fillers = {
            21: ["阜平县人民政府信息公开指南", "阜平县人民政府办公室信息公开指南"],
            22: [
                "阜平县人民政府关于印发阜平县城乡环境整治方案的通知",
                "阜平县人民政府办公室关于加强耕地保护工作的通知",
            ],
            24: ["阜平县2025年县级部门预算公开", "阜平县2024年县级决算公开"],
            7: ["县医保局开展医保政策宣传进社区活动", "县农业农村局部署春耕备耕工作"],
            2: ["阜平县县情概况", "阜平县历史沿革"],
            40: ["县长信箱办理情况公开（2025年3月）"],
        }
        for catid, titles in fillers.items():
            items = [
                self._php_simple(catid, t, f"2025-0{3 - k % 2}-1{k} 10:00:00", False, table=True)
                for k, t in enumerate(titles)
            ]
            self._php_list(catid, items)
            self.column_items[catid] = items

    def _php_simple(
        self, catid: int, title: str, pub: str, negative: bool, *, table: bool = False
    ) -> tuple[str, str, str]:
        self.next_id += 3
        aid = self.next_id
        body = NEGATIVE_BODY if negative else FILLER_BODY
        if negative:
            self.negative_titles.append(title)
        path = f"/show-{catid}-{aid}-1.html"
        self.page(
            path,
            self._php_article(
                catid,
                aid,
                title,
                body,
                (1, 1),
                pub=pub,
                publisher=GOV_OFFICE if table else "阜平县融媒体中心",
                index_no=f"{CREDIT}/{pub[:4]}-{aid:05d}",
                written=pub[:10],
                doc_no="",
                description=body[0][:78],
                context=[None, None],
                table=table,
            ),
        )
        return title, path, pub[:10]

    def _channels(self) -> None:
        def block(catid: int, more: str | None = None) -> str:
            items = self.column_items.get(catid, [])[:6]
            return (
                f'<div class="channel-box"><div class="box-tit"><span>{esc(COLUMNS[catid][0])}'
                f'</span><a class="more" href="{more or f"/list-{catid}-1.html"}">更多&gt;&gt;</a>'
                "</div><ul>"
                + "".join(
                    f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        # 政务公开 channel page
        links = (
            '<div class="gk-links"><ul>'
            '<li><a href="/list-21-1.html">政府信息公开指南</a></li>'
            '<li><a href="/list-25-1.html">政府信息公开年报</a></li>'
            '<li><a href="/list-26-1.html">部门信息公开</a></li>'
            '<li><a href="/xxgk/index.jsp" target="_blank">历史信息公开目录（2021年及以前）</a></li>'
            "</ul></div>"
        )
        main = (
            fu.crumbs([("首页", "/"), ("政务公开", "/list-9-1.html")], label="当前位置：")
            + links
            + block(22)
            + block(FZZF)
            + block(24)
            + block(25)
        )
        self.page("/list-9-1.html", self._frame(f"政务公开 - {SITE}", main))
        # 部门信息公开: links to the departments' own sites
        depts = [
            ("阜平县发展和改革局", "/list-26-1.html#fgj"),
            ("阜平县教育和体育局", "/list-26-1.html#jtj"),
            ("阜平县司法局", "/sfj/"),
            ("阜平县财政局", "/list-26-1.html#czj"),
            ("阜平县自然资源和规划局", "/list-26-1.html#zrzyj"),
        ]
        rows = "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in depts)
        main = (
            fu.crumbs(
                [
                    ("首页", "/"),
                    ("政务公开", "/list-9-1.html"),
                    ("部门信息公开", "/list-26-1.html"),
                ],
                label="当前位置：",
            )
            + f'<div class="dept-list"><ul>{rows}</ul></div>'
        )
        self.page("/list-26-1.html", self._frame(f"部门信息公开 - {SITE}", main))
        main = fu.crumbs([("首页", "/"), ("新闻中心", "/list-5-1.html")], label="当前位置：")
        main += block(6) + block(7) + block(12)
        self.page("/list-5-1.html", self._frame(f"新闻中心 - {SITE}", main))

    def _home(self) -> None:
        def box(title: str, catid: int) -> str:
            items = self.column_items.get(catid, [])[:7]
            return (
                f'<div class="home-box"><div class="box-tit"><span>{esc(title)}</span>'
                f'<a class="more" href="/list-{catid}-1.html">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        quick = (
            '<div class="home-box zwgk"><div class="box-tit"><span>政务公开</span>'
            '<a class="more" href="/list-9-1.html">更多&gt;&gt;</a></div><ul class="icons">'
            '<li><a href="/list-21-1.html">信息公开指南</a></li>'
            '<li><a href="/list-22-1.html">政策文件</a></li>'
            '<li><a href="/list-24-1.html">财政信息</a></li>'
            '<li><a href="/list-25-1.html">信息公开年报</a></li>'
            '<li><a href="/list-26-1.html">部门信息公开</a></li>'
            "</ul></div>"
        )
        banner = (
            '<div class="banner-zt"><a href="/list-23-1.html" target="_blank">'
            '<img src="/uploadfile/2024/0301/fzzf_banner.jpg" alt="法治阜平" /></a>'
            '<a href="http://www.12377.cn/" target="_blank"><img src="/uploadfile/jb.jpg" '
            'alt="网上有害信息举报" /></a></div>'
        )
        main = box("阜平要闻", 6) + box("通知公告", 12) + quick + banner
        self.page("/", self._frame(SITE, main))
        self.page("/index.html", self._frame(SITE, main))

    def _frame(self, title: str, main: str, meta: dict[str, str] | None = None) -> str:
        return (
            fu.doc_head(title, site=SITE, code=CODE, meta=meta)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + f'<div class="wrap main">{main}</div>\n'
            + fu.float_share()
            + fu.footer_block(
                SITE,
                icp="冀ICP备05012345号",
                police="冀公网安备 13062402000101号",
                code=CODE,
                address="河北省保定市阜平县阜平镇城南大街1号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    # --- DedeCMS: 县司法局 sub-site ------------------------------------------------------------
    def _sfj(self) -> None:
        col = "/sfj/a/fzjs"
        entries: list[tuple[str, str, str, list[str], int]] = []  # title, pub, kind, body, parts
        aid = 1130

        def add(title: str, pub: str, kind: str, body: list[str], parts: int = 1) -> None:
            entries.append((title, pub, kind, body, parts))

        add("县司法局召开2025年全县司法行政工作会议", "2025-02-26 15:30", "news", FILLER_BODY)
        add(
            "阜平县司法局2024年度普法依法治理工作总结",
            "2025-02-18 10:41",
            "neg",
            NEGATIVE_BODY * 2,
            2,
        )
        add("阜平县司法局2024年度法治政府建设工作报告", "2025-02-14 09:12", "gold", [], 3)
        add("阜平县司法局局长2024年度述法报告", "2025-01-22 16:05", "neg", NEGATIVE_BODY)
        add("阜平县2024年行政执法统计年报", "2025-01-15 11:20", "neg", NEGATIVE_BODY)
        add("县司法局开展“宪法宣传周”系列活动", "2024-12-05 17:48", "news", FILLER_BODY)
        add(
            "关于印发《阜平县“八五”普法中期评估实施方案》的通知",
            "2024-05-09 09:02",
            "neg",
            NEGATIVE_BODY,
        )
        add("县司法局开展法律援助进乡村活动", "2024-04-17 14:10", "news", FILLER_BODY)
        add("阜平县公共法律服务中心工作制度", "2024-03-11 10:00", "news", FILLER_BODY)
        add("县司法局组织开展行政执法案卷评查", "2023-11-28 15:00", "news", FILLER_BODY)
        add("阜平县司法局2023年度法治政府建设工作要点", "2023-03-20 09:30", "neg", NEGATIVE_BODY)
        add("县司法局召开人民调解员业务培训会", "2023-03-02 10:20", "news", FILLER_BODY)
        paths: list[str] = []
        for _title, pub, _, _, _ in reversed(entries):
            aid += 11
            paths.append(f"{col}/{pub[:4]}/{pub[5:7]}{pub[8:10]}/{aid}.html")
        paths.reverse()
        items = []
        for k, (title, pub, kind, body, parts) in enumerate(entries):
            path = paths[k]
            if kind == "gold":
                body = self.gold_report(path, "001", title, publisher=SFJ, publish_date=pub[:10])
            elif kind == "neg":
                self.negative_titles.append(title)
            older = (entries[k + 1][0], paths[k + 1]) if k + 1 < len(entries) else None
            newer = (entries[k - 1][0], paths[k - 1]) if k else None
            chunks = _cut(body, parts)
            stem = path.rsplit("/", 1)[1].removesuffix(".html")
            for n, lines in enumerate(chunks, start=1):
                page_path = path if n == 1 else path.replace(f"{stem}.html", f"{stem}_{n}.html")
                if n > 1 and kind == "gold":
                    self.aliases[page_path] = path
                self.page(
                    page_path,
                    self._dede_article(
                        title, pub, lines, stem, (n, len(chunks)), older=older, newer=newer
                    ),
                )
            items.append((title, path, pub[:10]))
        self.sfj_items = items
        size = 8
        chunks_ = [items[k : k + size] for k in range(0, len(items), size)]
        for n, chunk in enumerate(chunks_, start=1):
            rows = "".join(
                f'<li><a href="{esc(u)}" class="title" target="_blank">{esc(t)}</a>'
                f'<span class="info"><small>日期：</small>{esc(d)}</span></li>'
                for t, u, d in chunk
            )
            count = len(chunks_)

            def lk(k: int) -> str:
                return f"list_5_{k}.html"

            pager = "<li><a>首页</a></li>" if n == 1 else f"<li><a href='{lk(1)}'>首页</a></li>"
            if n > 1:
                pager += f"<li><a href='{lk(n - 1)}'>上一页</a></li>"
            for k in range(1, count + 1):
                pager += (
                    f'<li class="thisclass">{k}</li>'
                    if k == n
                    else f"<li><a href='{lk(k)}'>{k}</a></li>"
                )
            if n < count:
                pager += f"<li><a href='{lk(n + 1)}'>下一页</a></li>"
            pager += f"<li><a href='{lk(count)}'>末页</a></li>"
            pager += (
                f'<li><span class="pageinfo">共 <strong>{count}</strong>页'
                f"<strong>{len(items)}</strong>条</span></li>"
            )
            main = (
                '<div class="place"><strong>当前位置:</strong> <a href="/sfj/">主页</a> &gt; '
                '<a href="/sfj/a/fzjs/">法治建设</a> &gt; </div>'
                '<div class="listbox"><ul class="e2">'
                + rows
                + '</ul></div><div class="dede_pages"><ul class="pagelist">'
                + pager
                + "</ul></div>"
            )
            html = self._dede_frame("法治建设_阜平县司法局", main)
            self.page(f"{col}/{lk(n)}", html)
            if n == 1:
                self.page(f"{col}/", html)
        # sub-site home
        news = [(t, u, d) for t, u, d in items][:6]
        rows = "".join(
            f'<li><span>{esc(d[5:])}</span><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
            for t, u, d in news
        )
        main = (
            '<div class="box"><div class="box-tit"><a href="/sfj/a/fzjs/">法治建设</a>'
            '<a class="more" href="/sfj/a/fzjs/">more</a></div><ul class="d1">'
            + rows
            + "</ul></div>"
            '<div class="box"><div class="box-tit"><a href="/sfj/a/flfw/">法律服务</a></div>'
            '<ul class="d1"><li><a href="/sfj/a/flfw/">公共法律服务指南</a></li></ul></div>'
        )
        self.page("/sfj/", self._dede_frame("阜平县司法局", main))
        self.page("/sfj/index.html", self._dede_frame("阜平县司法局", main))
        self.page(
            "/sfj/a/flfw/",
            self._dede_frame(
                "法律服务_阜平县司法局",
                '<div class="listbox"><ul class="e2"><li>公共法律服务热线：12348</li></ul></div>',
            ),
        )

    def _dede_article(
        self,
        title: str,
        pub: str,
        lines: list[str],
        stem: str,
        pos: tuple[int, int],
        *,
        older: tuple[str, str] | None,
        newer: tuple[str, str] | None,
    ) -> str:
        n, count = pos
        pager = ""
        if count > 1:

            def url(k: int) -> str:
                return f"{stem}.html" if k == 1 else f"{stem}_{k}.html"

            lis = f"<li><a>共{count}页: </a></li>"
            lis += (
                "<li><a href='#'>上一页</a></li>"
                if n == 1
                else f"<li><a href='{url(n - 1)}'>上一页</a></li>"
            )
            for k in range(1, count + 1):
                lis += (
                    f"<li class=\"thisclass\"><a href='#'>{k}</a></li>"
                    if k == n
                    else f"<li><a href='{url(k)}'>{k}</a></li>"
                )
            lis += (
                f"<li><a href='{url(n + 1)}'>下一页</a></li>"
                if n < count
                else "<li><a href='#'>下一页</a></li>"
            )
            pager = f'<div class="page"><div class="dede_pages"><ul class="pagelist">{lis}</ul></div></div>'
        ctx = (
            "<li>上一篇："
            + (f"<a href='{older[1]}'>{esc(older[0])}</a>" if older else "没有了")
            + "</li><li>下一篇："
            + (f"<a href='{newer[1]}'>{esc(newer[0])}</a>" if newer else "没有了")
            + "</li>"
        )
        main = (
            '<div class="place"><strong>当前位置:</strong> <a href="/sfj/">主页</a> &gt; '
            '<a href="/sfj/a/fzjs/">法治建设</a> &gt; </div>'
            '<div class="viewbox"><div class="title"><h2>'
            + esc(title)
            + "</h2></div>"
            + f'<div class="info"><small>时间:</small>{esc(pub)}<small>来源:</small>{esc(SFJ)} '
            + "<small>作者:</small>法治股 <small>点击:</small>"
            + f'<script src="/sfj/plus/count.php?view=yes&amp;aid={stem}&amp;mid=1" '
            + 'type="text/javascript" language="javascript"></script>次</div>'
            + '<div class="content"><table width="100%"><tr><td>\n'
            + fu.paragraphs(lines)
            + "\n</td></tr></table></div>"
            + pager
            + '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            + f'<div class="context"><ul>{ctx}</ul></div>'
            + '<div class="actbox"><ul><li id="act-fav"><a href="/sfj/plus/stow.php?aid='
            + f'{stem}" target="_blank">收藏</a></li><li id="act-err"><a href="/sfj/plus/'
            + f'erraddsave.php?aid={stem}&amp;title={esc(title)}" target="_blank">挑错</a></li>'
            + '<li id="act-pus"><a href="/sfj/plus/recommend.php?aid='
            + f'{stem}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" '
            + 'onClick="window.print();">打印</a></li></ul></div></div>'
        )
        return self._dede_frame(f"{title}_阜平县司法局", main)

    def _dede_frame(self, title: str, main: str) -> str:
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="keywords" content="阜平县司法局,法治阜平" />\n'
            '<link href="/sfj/templets/default/style/dedecms.css" rel="stylesheet" '
            'media="screen" type="text/css" />\n</head>\n<body class="articleview">\n'
            '<div class="header_top"><div class="w960 center"><span id="time" class="time">'
            '阜平县司法局欢迎您！</span><div class="toplinks"><a href="/" target="_blank">'
            "阜平县人民政府</a>|<a onclick=\"this.style.behavior='url(#default#homepage)';"
            'this.setHomePage(\'/sfj/\');" href="#">设为首页</a>|<a href="javascript:'
            "window.external.AddFavorite('/sfj/','阜平县司法局')\">加入收藏</a></div></div></div>\n"
            '<div class="header"><div class="top w960 center"><div class="title"><h1>'
            '<a href="/sfj/"><img src="/sfj/templets/default/images/logo.gif" height="54" '
            'width="216" alt="阜平县司法局"/></a></h1></div></div>'
            '<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>'
            '<li><a href="/sfj/"><span>主页</span></a></li>'
            '<li><a href="/sfj/a/fzjs/"><span>法治建设</span></a></li>'
            '<li><a href="/sfj/a/flfw/"><span>法律服务</span></a></li></ul></div>'
            '<div class="search"><form name="formsearch" action="/sfj/plus/search.php">'
            '<input type="hidden" name="kwtype" value="0" /><input name="q" type="text" '
            'class="search-keyword" id="search-keyword" value="在这里搜索..." />'
            '<button type="submit" class="search-submit">搜索</button></form></div></div></div>\n'
            f'<div class="w960 center clear mt1">{main}</div>\n'
            '<div class="footer w960 center mt1 clear"><div class="footer_body">'
            '<p class="powered">主办单位：阜平县司法局　地址：阜平县阜平镇城南大街18号　'
            "联系电话：0312-7221234<br />冀ICP备05012345号-3　"
            '<a href="http://www.beian.gov.cn/">冀公网安备 13062402000118号</a></p>'
            '<div class="copyright">Copyright &copy; 2024 阜平县司法局 版权所有</div>'
            "</div></div>\n</body></html>"
        )

    # --- Java 信息公开 platform: 历史信息公开目录 ---------------------------------------------
    def _xxgk(self) -> None:
        cats = [
            (11, "机构职能"),
            (12, "政策法规"),
            (13, "规划计划"),
            (31, "法治政府建设"),
            (14, "财政信息"),
            (15, "其他"),
        ]
        recs: dict[int, list[tuple[int, str, str]]] = {c: [] for c, _ in cats}
        tree = (
            '<div class="xxgk-left"><div class="tit">信息公开目录</div><ul>'
            + "".join(f'<li><a href="list.jsp?catid={c}">{esc(n)}</a></li>' for c, n in cats)
            + "</ul></div>"
        )
        self.xxgk_tree = tree
        infoid = 598

        def record(
            cat: int,
            title: str,
            pub: str,
            body: list[str],
            *,
            parts: int = 1,
            gold_seed: str | None = None,
            written: str | None = None,
            doc_no: str = "",
            publisher: str = GOV_OFFICE,
        ) -> None:
            nonlocal infoid
            infoid += 7
            index_no = f"{CREDIT}/{pub[:4]}-{infoid % 1000:05d}"
            full = f"/xxgk/content.jsp?infoid={infoid}"
            summary = f"/xxgk/detail.jsp?infoid={infoid}"
            if gold_seed:
                body = self.gold_report(
                    full,
                    gold_seed,
                    title,
                    publisher=publisher,
                    publish_date=pub,
                    index_no=index_no,
                    written_date=written or pub,
                    doc_no=doc_no or None,
                )
                self.aliases[summary] = full
            meta = {
                "index_no": index_no,
                "cat": dict(cats)[cat],
                "publisher": publisher,
                "written": written or pub,
                "doc_no": doc_no,
                "pub": pub,
            }
            abstract = body[0][:60].rstrip("，,。") + "……"
            self.page(summary, self._xxgk_summary(infoid, title, meta, abstract))
            chunks = _cut(body, parts)
            for n, lines in enumerate(chunks, start=1):
                path = full if n == 1 else f"{full}&pn={n}"
                if n > 1 and gold_seed:
                    self.aliases[path] = full
                self.page(path, self._xxgk_full(infoid, title, meta, lines, (n, len(chunks))))
            recs[cat].append((infoid, title, pub))

        record(31, "关于2019年度法治政府建设考核情况的通报", "2020-03-06", NEGATIVE_BODY)
        record(
            31,
            "阜平县2020年度法治政府建设工作开展情况",
            "2021-01-18",
            [],
            parts=2,
            gold_seed="004",
            written="2021-01-15",
        )
        record(31, "阜平县2021年法治政府建设工作要点", "2021-04-06", NEGATIVE_BODY * 3, parts=2)
        record(31, "关于调整阜平县法治政府建设领导小组成员的通知", "2021-06-21", FILLER_BODY)
        self.negative_titles.extend(
            [
                "关于2019年度法治政府建设考核情况的通报",
                "阜平县2021年法治政府建设工作要点",
            ]
        )
        record(11, "阜平县人民政府办公室主要职责", "2019-05-10", FILLER_BODY)
        record(
            12,
            "阜平县人民政府关于印发阜平县行政规范性文件管理办法的通知",
            "2020-08-14",
            FILLER_BODY,
        )
        record(13, "阜平县国民经济和社会发展第十四个五年规划纲要", "2021-05-20", FILLER_BODY)
        record(14, "阜平县2021年县级部门预算公开", "2021-02-26", FILLER_BODY)
        record(15, "阜平县2020年政府信息公开工作年度报告", "2021-01-29", FILLER_BODY)
        self.negative_titles.append("阜平县2020年政府信息公开工作年度报告")
        for c, name in cats:
            rows = "".join(
                f'<tr><td>{k + 1}</td><td class="l"><a href="detail.jsp?infoid={i}" '
                f'target="_blank">{esc(t)}</a></td><td>{esc(d)}</td></tr>'
                for k, (i, t, d) in enumerate(sorted(recs[c], key=lambda r: r[2], reverse=True))
            )
            main = (
                tree
                + f'<div class="xxgk-right"><div class="tit">{esc(name)}</div>'
                + '<table class="xxgk-list" width="100%"><tr><th width="8%">序号</th>'
                + '<th>信息名称</th><th width="18%">发布日期</th></tr>'
                + rows
                + '</table><div class="page">共1页 首页 上一页 <span>1</span> 下一页 尾页</div></div>'
            )
            self.page(f"/xxgk/list.jsp?catid={c}", self._xxgk_frame(name, main))
        notice = (
            '<div class="xxgk-notice">本目录为阜平县原政府信息公开平台历史信息（2021年及以前），'
            '2022年起新发布的政府信息请访问<a href="/list-9-1.html">政务公开</a>栏目。</div>'
        )
        self.page("/xxgk/index.jsp", self._xxgk_frame("信息公开目录", tree + notice))

    def _xxgk_table(self, title: str, meta: dict[str, str]) -> str:
        return (
            '<table class="xxgk-detail" width="100%" border="1" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索 引 号：</td><td>{esc(meta["index_no"])}</td>'
            f'<td class="t">信息分类：</td><td>{esc(meta["cat"])}</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(meta["publisher"])}</td>'
            f'<td class="t">发文日期：</td><td>{esc(meta["written"])}</td></tr>'
            f'<tr><td class="t">文　　号：</td><td>{esc(meta["doc_no"])}</td>'
            f'<td class="t">发布日期：</td><td>{esc(meta["pub"])}</td></tr>'
            f'<tr><td class="t">信息名称：</td><td colspan="3">{esc(title)}</td></tr>'
        )

    def _xxgk_summary(self, infoid: int, title: str, meta: dict[str, str], abstract: str) -> str:
        main = (
            self.xxgk_tree
            + '<div class="xxgk-right">'
            + self._xxgk_table(title, meta)
            + f'<tr><td class="t">内容概述：</td><td colspan="3">{esc(abstract)}</td></tr></table>'
            + f'<div class="ydqw"><a href="content.jsp?infoid={infoid}" target="_blank">'
            + "阅读全文&gt;&gt;</a></div>"
            + '<div class="tools"><a href="javascript:window.print();">打印本页</a> '
            + '<a href="javascript:window.close();">关闭窗口</a></div></div>'
        )
        return self._xxgk_frame(title, main)

    def _xxgk_full(
        self,
        infoid: int,
        title: str,
        meta: dict[str, str],
        lines: list[str],
        pos: tuple[int, int],
    ) -> str:
        n, count = pos
        pager = ""
        if count > 1:

            def url(k: int) -> str:
                return f"?infoid={infoid}" if k == 1 else f"?infoid={infoid}&amp;pn={k}"

            nums = " ".join(
                f"<span>{k}</span>" if k == n else f'<a href="{url(k)}">{k}</a>'
                for k in range(1, count + 1)
            )
            prev_ = "上一页" if n == 1 else f'<a href="{url(n - 1)}">上一页</a>'
            next_ = "下一页" if n == count else f'<a href="{url(n + 1)}">下一页</a>'
            pager = f'<div class="page">{prev_} {nums} {next_}</div>'
        main = (
            self.xxgk_tree
            + '<div class="xxgk-right">'
            + self._xxgk_table(title, meta)
            + "</table>"
            + f'<div class="xxgk-title">{esc(title)}</div>'
            + '<div class="xxgk-content" id="content">\n'
            + fu.paragraphs(lines)
            + "\n</div>"
            + pager
            + '<div class="tools"><a href="javascript:window.print();">打印本页</a> '
            + '<a href="javascript:window.close();">关闭窗口</a></div></div>'
        )
        return self._xxgk_frame(title, main)

    def _xxgk_frame(self, title: str, main: str) -> str:
        return (
            "<!DOCTYPE html>\n<html><head>"
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{esc(title)}--阜平县政府信息公开</title>"
            '<link rel="stylesheet" href="/xxgk/css/xxgk.css" type="text/css"></head>\n<body>'
            '<div class="xxgk-head"><div class="logo"><img src="/xxgk/images/xxgk_logo.png" '
            'alt="阜平县政府信息公开"></div><div class="links"><a href="/">阜平县人民政府</a> | '
            '<a href="/xxgk/index.jsp">信息公开目录</a> | <a href="/list-21-1.html">信息公开指南</a>'
            "</div></div>\n"
            '<div class="xxgk-search"><form action="/xxgk/search.jsp" method="post">'
            '<input type="text" name="keyword"><input type="submit" value="检索"></form></div>\n'
            f'<div class="xxgk-main">{main}</div>\n'
            '<div class="xxgk-foot"><p>主办：阜平县人民政府办公室　技术支持：某某软件股份有限公司</p>'
            "<p>冀ICP备05012345号　网站标识码：1306240001</p></div>\n</body></html>"
        )
