"""A Jiangxi 集约化 portal on the Kaipu ucap platform, its pages cut from a real saved page
(tests/data/realpages, 万载县): header, 信息公开 crumb, `meta-data` dl with U+2002 labels, 关联稿件,
`ucapcontent`, QR block, footer. Catalogue pages are `xxgk.shtml?code=…&temp=…&parentCode=…`
(the column tree and the list as links with query strings); the county's column pages on with
`&page=2`; a department (县司法局) keeps its own report in its own catalogue. One report title
is split over two lines in the page's h1; the 关联稿件 box links a 解读 of the report."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

REAL = (
    Path(__file__).resolve().parents[2] / "data" / "realpages" / "jx-wanzai-ucap-detail-2023.html"
)
CODE = "yfxrmzf"
SITE = "宜丰县人民政府"
OWN = f"/{CODE}/xxgkml/xxgk.shtml"
DEPT = f"/{CODE}/sfj/xxgk.shtml"
LIST_TEMP = "&temp=xsqbmxxgk_lists&parentCode=fdzdgknr"


@cache
def _real() -> str:
    raw = REAL.read_text(encoding="utf-8")
    raw = re.sub(r"<script[^>]*chrome-extension[^>]*></script>", "", raw)
    raw = raw.replace(
        "./万载县2022年国民经济和社会发展统计公报 _ 万载县人民政府_files/", "/images/"
    )
    raw = raw.replace("http://www.wanzai.gov.cn", "").replace("wzxrmzf", CODE)
    return raw.replace("万载县人民政府", SITE).replace("3609220011", "3609240002")


def _crumb(parts: list[tuple[str, str]]) -> str:
    return "&gt;".join(f'<a href="{esc(u)}" target="_self">{esc(t)}</a>' for t, u in parts)


class UcapCountySite(BlindSite):
    name = "ucap_county"
    region = "江西省宜春市宜丰县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        head, rest = _real().split('<div class="xxgk-crumb">', 1)
        self.head = head
        self.tail = "<!--footer Start-->" + rest.split("<!--footer Start-->", 1)[1]
        own_items = self._own_reports()
        dept_items = self._dept_report()
        self._lists(own_items, dept_items)

    # --- reports ------------------------------------------------------------------------------
    def _own_reports(self) -> list[tuple[str, str, str]]:
        col = f"/{CODE}/fzzfjsndbg"
        r1 = f"{col}/202403/4f1c2d9e8a7b4c05a1e2f3d4c5b6a798.shtml"
        r2 = f"{col}/202303/0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.shtml"
        jd = f"/{CODE}/zcjd/202403/77aa88bb99cc4d0e8f1a2b3c4d5e6f70.shtml"
        t1 = "宜丰县2023年度法治政府建设年度报告"
        body = self.gold_report(
            r1,
            "001",
            t1,
            index_no="014742355B/2024-0012345",
            publisher="宜丰县司法局",
            publish_date="2024-03-20",
            written_date="2024-03-18",
        )
        self.detail_page(
            r1,
            t1,
            body,
            shown_title="宜丰县2023年度<br>法治政府建设年度报告",
            index_no="014742355B/2024-0012345",
            written="2024-03-18",
            publisher="宜丰县司法局",
            pub="2024-03-20 15:02:11",
            related=(f"图文解读：《{t1}》", jd),
        )
        t2 = "宜丰县2022年法治政府建设情况报告"
        body = self.gold_report(
            r2,
            "000",
            t2,
            index_no="014742355B/2023-0009876",
            publisher="宜丰县人民政府办公室",
            publish_date="2023-03-30",
            written_date="2023-03-29",
        )
        self.detail_page(
            r2,
            t2,
            body,
            index_no="014742355B/2023-0009876",
            written="2023-03-29",
            publisher="宜丰县人民政府办公室",
            pub="2023-03-30 10:20:45",
        )
        jd_title = f"图文解读：《{t1}》"
        self.detail_page(jd, jd_title, NEGATIVE_BODY[:4], pub="2024-03-21 09:00:00")
        self.negative_titles.append(jd_title)
        items = [(t1, r1, "2024-03-20"), (jd_title, jd, "2024-03-21")]
        for i in range(16):
            path = f"/{CODE}/fdzdgknr/2023{i % 9 + 1:02d}/{i:02d}e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b.shtml"
            title = f"宜丰县行政执法信息公示（第{i + 1}期）"
            self.detail_page(path, title, FILLER_BODY, pub="2023-06-01 10:00:00")
            items.append((title, path, "2023-06-01"))
        neg = f"/{CODE}/fdzdgknr/202402/aa11bb22cc33dd44ee55ff6677889900.shtml"
        neg_title = "宜丰县2024年法治政府建设工作要点"
        self.detail_page(neg, neg_title, NEGATIVE_BODY, pub="2024-02-26 10:00:00")
        self.negative_titles.append(neg_title)
        items.insert(1, (neg_title, neg, "2024-02-26"))
        items.append((t2, r2, "2023-03-30"))  # the older report on the second page
        return items

    def _dept_report(self) -> list[tuple[str, str, str]]:
        path = f"/{CODE}/sfjfzzf/202401/5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b.shtml"
        title = "宜丰县司法局关于2023年度法治政府建设工作情况的报告"
        body = self.gold_report(
            path,
            "004",
            title,
            index_no="11360924MB1A08302X/2024-0000213",
            publisher="宜丰县司法局",
            publish_date="2024-01-22",
            written_date="2024-01-19",
        )
        self.detail_page(
            path,
            title,
            body,
            index_no="11360924MB1A08302X/2024-0000213",
            written="2024-01-19",
            publisher="宜丰县司法局",
            pub="2024-01-22 08:41:30",
        )
        return [(title, path, "2024-01-22")]

    def detail_page(
        self,
        path: str,
        title: str,
        body: list[str],
        *,
        shown_title: str | None = None,
        index_no: str = "014742355B/2023-0000001",
        written: str = "2023-06-01",
        publisher: str = "宜丰县人民政府办公室",
        pub: str,
        related: tuple[str, str] | None = None,
    ) -> None:
        page = _real()
        subs = [
            (r"014742224A/2023-0043406", index_no),
            (
                r"(生成日期：</font></label>\s*<div class=\"display-block\">\s*)2023-05-11",
                rf"\g<1>{written}",
            ),
            (
                r"(责任部门：</font></label>\s*<div class=\"display-block\">\s*)万载县统计局",
                rf"\g<1>{publisher}",
            ),
            (r'(<meta name="ContentSource" content=")[^"]*', rf"\g<1>{publisher}"),
            (r'(<meta name="PubDate" content=")[^"]*', rf"\g<1>{pub}"),
            (r'(<meta name="ColumnName" content=")[^"]*', r"\g<1>法治政府建设年度报告"),
            (r'(<meta name="ArticleTitle" content=")[^"]*', rf"\g<1>{esc(title)}"),
            (r"<title>.*?</title>", f"<title>{esc(title)} | {SITE}</title>"),
            (r"<ucaptitle>.*?</ucaptitle>", f"<ucaptitle>{shown_title or esc(title)}</ucaptitle>"),
        ]
        for pattern, repl in subs:
            page = re.sub(pattern, lambda m, r=repl: m.expand(r), page, count=1, flags=re.S)
        paras = "\n".join(
            '<p style="text-align: justify; line-height: 1.5; text-indent: 2em; font-family: 仿宋_GB2312;'
            f' font-size: 16pt;" setedaria="true" tabindex="0">{esc(line)}</p>'
            for line in body
        )
        page = re.sub(
            r"<ucapcontent>.*?</ucapcontent>",
            lambda _: f"<ucapcontent>{paras}</ucapcontent>",
            page,
            count=1,
            flags=re.S,
        )
        rel = (
            f'<li><a href="{esc(related[1])}" target="_blank" title="{esc(related[0])}">{esc(related[0])}</a>'
            '<span class="time">2024-03-21</span></li>'
            if related
            else ""
        )
        page = re.sub(
            r'(<ul class="common_newslist">).*?(</ul>)',
            lambda m: m.group(1) + rel + m.group(2),
            page,
            count=1,
            flags=re.S,
        )
        self.page(path, page)

    # --- catalogue and lists ------------------------------------------------------------------
    def _shell(self, crumbs: list[tuple[str, str]], inner: str) -> str:
        return (
            self.head
            + '<div class="xxgk-crumb"><div class="xxgk-container"><h2>您当前所在位置：'
            + _crumb(crumbs)
            + "</h2></div></div>\n"
            + f'<div class="xxgk-container clearfix">{inner}</div>\n'
            + self.tail
        )

    def _tree(self, base: str, suffix: str) -> str:
        leaves = [
            ("机构职能", "jgzn"),
            ("政策文件", "zcwj"),
            ("法治政府建设年度报告", "fzzfjsndbg"),
            ("财政资金", "czzj"),
            ("重大建设项目", "zdjsxm"),
        ]
        items = "".join(
            f'<li><a href="{base}?code={c}{suffix}&temp=xsqbmxxgk_lists&parentCode=fdzdgknr{suffix}">{t}</a></li>'
            for t, c in leaves
        )
        return (
            '<div class="xxgk-left"><div class="xxgk-menu"><h3>信息公开目录</h3><ul>'
            f'<li><a href="{base}?code=xxgkzn{suffix}&temp=xsqbmxxgk_zn">政府信息公开指南</a></li>'
            f'<li><a href="{base}?code=xxgkzd{suffix}&temp=xsqbmxxgk_zn">政府信息公开制度</a></li>'
            f'<li class="on"><a href="{base}?code=fdzdgknr{suffix}&temp=xsqbmxxgk_list">法定主动公开内容</a>'
            f'<ul class="sub">{items}</ul></li>'
            f'<li><a href="{base}?code=xxgknb{suffix}&temp=xsqbmxxgk_list">政府信息公开年报</a></li>'
            "</ul></div></div>"
        )

    def _list(self, items: list[tuple[str, str, str]], pager: str) -> str:
        lis = "".join(
            f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span class="time">{d}</span></li>'
            for t, u, d in items
        )
        return (
            '<div class="xxgk-right"><div class="xxgk-list-head"><span>名称</span><span>日期</span></div>'
            f'<ul class="common_newslist xxgk-list">{lis}</ul>'
            f'<div class="pagination">{pager}</div></div>'
        )

    def _lists(self, own: list[tuple[str, str, str]], dept: list[tuple[str, str, str]]) -> None:
        crumbs = [("首页", f"/{CODE}/index.shtml"), ("政务公开", f"/{CODE}/zwgk/zwgk.shtml")]
        own_tree = self._tree(OWN, "")
        base_q = f"{OWN}?code=fzzfjsndbg{LIST_TEMP}"
        first, second = own[:15], own[15:]
        pager = (
            '<span class="current">1</span>'
            f'<a href="{esc(base_q)}&page=2">2</a> <a href="{esc(base_q)}&page=2">下一页</a>'
            f' <a href="{esc(base_q)}&page=2">尾页</a> 共{len(own)}条'
        )
        cat = [*crumbs, ("县政府信息公开", OWN)]
        self.page(base_q, self._shell(cat, own_tree + self._list(first, pager)))
        pager2 = (
            f'<a href="{esc(base_q)}&page=1">首页</a> <a href="{esc(base_q)}&page=1">上一页</a>'
            f' <a href="{esc(base_q)}&page=1">1</a><span class="current">2</span> 共{len(own)}条'
        )
        self.page(f"{base_q}&page=2", self._shell(cat, own_tree + self._list(second, pager2)))
        self.page(f"{base_q}&page=1", self._shell(cat, own_tree + self._list(first, pager)))
        intro = '<div class="xxgk-right"><p>宜丰县人民政府信息公开目录</p></div>'
        self.page(OWN, self._shell(cat, own_tree + intro))
        self.page(f"{OWN}?code=fdzdgknr&temp=xsqbmxxgk_list", self._shell(cat, own_tree + intro))
        dept_tree = self._tree(DEPT, "sfj")
        dcat = [
            *crumbs,
            ("部门信息公开目录", f"/{CODE}/bmxxgkml/zzxxgk_bm.shtml"),
            ("县司法局", DEPT),
        ]
        self.page(DEPT, self._shell(dcat, dept_tree + intro))
        self.page(
            f"{DEPT}?code=fzzfjsndbgsfj&temp=xsqbmxxgk_lists&parentCode=fdzdgknrsfj",
            self._shell(dcat, dept_tree + self._list(dept, "")),
        )
        units = "".join(
            f'<li><a href="/{CODE}/{slug}/xxgk.shtml" target="_blank">{name}</a></li>'
            for name, slug in [
                ("县发改委", "fgw"),
                ("县教体局", "jtj"),
                ("县司法局", "sfj"),
                ("县财政局", "czj"),
            ]
        )
        self.page(
            f"/{CODE}/bmxxgkml/zzxxgk_bm.shtml",
            self._shell(dcat[:3], f'<div class="bm-list"><h3>县直部门</h3><ul>{units}</ul></div>'),
        )
        zwgk = (
            '<div class="zwgk-box"><h3>政府信息公开</h3><ul>'
            f'<li><a href="{OWN}">县政府信息公开</a></li>'
            f'<li><a href="/{CODE}/bmxxgkml/zzxxgk_bm.shtml">部门信息公开目录</a></li>'
            f'<li><a href="/{CODE}/xzxxgkml/zzxxgk_xz.shtml">乡镇信息公开目录</a></li></ul></div>'
        )
        self.page(f"/{CODE}/zwgk/zwgk.shtml", self._shell(crumbs, zwgk))
        home = (
            '<div class="home-nav"><ul>'
            f'<li><a href="/{CODE}/index.shtml">首页</a></li><li><a href="/{CODE}/zwgk/zwgk.shtml">政务公开</a></li>'
            f'<li><a href="/{CODE}/zwfw/zwfw.shtml">政务服务</a></li><li><a href="/{CODE}/hdjl/hdjl.shtml">互动交流</a></li>'
            "</ul></div>"
        )
        self.page("/", self._shell(crumbs[:1], home))
        self.page(f"/{CODE}/index.shtml", self._shell(crumbs[:1], home))
