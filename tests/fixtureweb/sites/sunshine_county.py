"""A county portal built from the shapes a second round of probing found missing: its 政务公开
section is named 阳光政务 (`/ygzw/`), the reports sit in `其他法定公开内容` (`/ygzw/qtfdgk/`)
among budget and personnel notices, and the list cuts titles inside the subject with an
ellipsis and no title attribute (`安宁县人民政府关于2023年度法治...`).

One report page names only the site in `<title>` and its own title in a `td.biaoti` cell; its
信息公开 block prints labels without a colon in their own `<b>` (`<li><b>索引号</b>…</li>`); a
name-and-date line sits under the title; the text is hidden (`display:none`) until a script
shows it; under it a 温馨提示, a satisfaction poll, `本文链接：URL` and `【返回顶部】`. The other
report's page cuts its title tag short and carries the title only as the centred bold first
line of the text, with an older platform's `索取号`/`信息提供单位`/`产生日期`/`公布日期` table,
fields in their own brackets (`【来源：…】【时间：…】`) and `（来源：…）` under the text.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "安宁县人民政府"
CODE = "5301810001"
COL = "/ygzw/qtfdgk"
NAV = [
    ("首页", "/"),
    ("走进安宁", "/zjan/index.html"),
    ("阳光政务", "/ygzw/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
]
BOXES = [
    ("政策文件", "/ygzw/zcwj/index.html"),
    ("其他法定公开内容", f"{COL}/index.html"),
    ("人事信息", "/ygzw/rsxx/index.html"),
]
GOV = "安宁县人民政府"
SFJ = "安宁县司法局"


class SunshineCountySite(BlindSite):
    name = "sunshine_county"
    region = "云南省昆明市安宁县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        first = self._report_in_hidden_text()
        second = self._report_pasted_whole()
        negatives = self._negatives()
        page1 = [first, *negatives[:3]]
        page2 = [*negatives[3:], second]
        self._listing(f"{COL}/index.html", page1, next_page=f"{COL}/index_1.html")
        self._listing(f"{COL}/index_1.html", page2, next_page=None)
        self._other_columns()
        self._section()
        self._home()

    # --- reports ------------------------------------------------------------------------------
    def _report_in_hidden_text(self) -> tuple[str, str, str]:
        path = f"{COL}/202403/t20240318_5512.html"
        title = "安宁县人民政府关于2023年度法治政府建设情况的报告"
        fields = {
            "index_no": "5301810001/2024-00318",
            "publisher": GOV,
            "written_date": "2024-03-15",
            "doc_no": "安政报〔2024〕6号",
        }
        body = self.gold_report(path, "003", title, publish_date="2024-03-18", **fields)
        rows = [
            ("索引号", fields["index_no"]),
            ("发布机构", GOV),
            ("成文日期", fields["written_date"]),
            ("文号", fields["doc_no"]),
            ("发布日期", "2024-03-18"),
        ]
        block = (
            '<ul class="gk-info">'
            + "".join(f"<li><b>{k}</b>{esc(v)}</li>" for k, v in rows)
            + "</ul>"
        )
        main = (
            '<table class="article" width="100%"><tr><td class="biaoti">'
            f"{esc(title)}</td></tr>"
            f'<tr><td class="laiyuan">{GOV}　2024-03-18</td></tr>'
            f"<tr><td>{block}</td></tr>"
            '<tr><td><div class="zw" id="zw" style="display:none">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            "<script>document.getElementById('zw').style.display='block';</script>"
            "</td></tr>"
            "<tr><td><div class='ts'><p>温馨提示：如需下载附件，请使用WPS或Office打开。</p></div>"
            "<div class='myd'><p>您对本文的满意度：</p><label><input type='radio' name='m'>满意"
            "</label> <label><input type='radio' name='m'>一般</label> <label>"
            "<input type='radio' name='m'>不满意</label></div>"
            f"<p>本文链接：{esc(self.base_url)}{path}</p>"
            "<p>【返回顶部】</p></td></tr></table>"
        )
        self.page(path, self._frame(SITE, [("其他法定公开内容", f"{COL}/index.html")], main))
        return "安宁县人民政府关于2023年度法治...", path, "2024-03-18"

    def _report_pasted_whole(self) -> tuple[str, str, str]:
        path = f"{COL}/202302/t20230227_4871.html"
        title = "安宁县司法局2022年度法治政府建设工作报告"
        fields = {
            "index_no": "53018100SF/2023-00027",
            "publisher": SFJ,
            "written_date": "2023-02-24",
        }
        body = self.gold_report(path, "000", title, publish_date="2023-02-27", **fields)
        table = (
            '<table class="suoqu">'
            f"<tr><td>索取号：</td><td>{fields['index_no']}</td>"
            f"<td>信息提供单位：</td><td>{SFJ}</td></tr>"
            f"<tr><td>产生日期：</td><td>{fields['written_date']}</td>"
            "<td>公布日期：</td><td>2023-02-27</td></tr></table>"
        )
        main = (
            f'<div class="detail">{table}'
            f'<div class="info">【来源：{SFJ}】【时间：2023-02-27】</div>'
            '<div class="text">'
            f'<p style="text-align:center"><strong>{esc(title)}</strong></p>\n'
            + fu.paragraphs(body)
            + f"\n<p>（来源：{SFJ}）</p></div>"
            + fu.article_tools()
            + "</div>"
        )
        html = self._frame(
            title[:14] + "...", [("其他法定公开内容", f"{COL}/index.html")], main, titled=False
        )
        self.page(path, html)
        return title, path, "2023-02-27"

    def _negatives(self) -> list[tuple[str, str, str]]:
        titles = [
            ("安宁县2024年度部门预算公开说明", "20240320", FILLER_BODY),
            ("安宁县2024年法治政府建设工作要点", "20240305", NEGATIVE_BODY),
            ("关于安宁县2023年度法治政府建设考核结果的公示", "20240122", NEGATIVE_BODY),
            ("安宁县人民政府关于公开招聘事业单位工作人员的公告", "20230615", FILLER_BODY),
            ("安宁县2022年度法治政府建设考核结果公示", "20230110", NEGATIVE_BODY),
        ]
        out = []
        for n, (title, day, body) in enumerate(titles):
            path = f"{COL}/{day[:6]}/t{day}_30{n}.html"
            main = (
                f'<div class="detail"><h1>{esc(title)}</h1>'
                f'<div class="info">发布日期：{day[:4]}-{day[4:6]}-{day[6:]}</div>'
                f'<div class="text">{fu.paragraphs(body)}</div></div>'
            )
            self.page(path, self._frame(title, [("其他法定公开内容", f"{COL}/index.html")], main))
            if body is NEGATIVE_BODY:
                self.negative_titles.append(title)
            out.append((title, path, f"{day[:4]}-{day[4:6]}-{day[6:]}"))
        return out

    # --- pages --------------------------------------------------------------------------------
    def _frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, *, titled: bool = True
    ) -> str:
        """A page of the portal; `titled=False` keeps `title` as the whole title tag."""
        head_title = f"{title}_{SITE}" if titled and title != SITE else title
        return (
            fu.doc_head(head_title, site=SITE, code=CODE, meta={})
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + fu.crumbs([("首页", "/"), ("阳光政务", "/ygzw/index.html"), *crumbs])
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="滇ICP备05004321号",
                police="滇公网安备 53018102000456号",
                code=CODE,
                address="云南省昆明市安宁县连然街道1号",
            )
            + "</body></html>"
        )

    def _listing(
        self, path: str, items: list[tuple[str, str, str]], *, next_page: str | None
    ) -> None:
        rows = "".join(
            f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for t, u, d in items
        )
        pager = (
            f'<div class="pager"><a href="{COL}/index.html">首页</a> '
            + (f'<a href="{next_page}">下一页</a>' if next_page else "<span>下一页</span>")
            + "</div>"
        )
        main = (
            '<div class="col-title"><h2>其他法定公开内容</h2></div>'
            f'<ul class="list">{rows}</ul>{pager}'
        )
        self.page(path, self._frame("其他法定公开内容", [("其他法定公开内容", path)], main))

    def _other_columns(self) -> None:
        for name, url in BOXES:
            if url.startswith(COL):
                continue
            items = "".join(
                f'<li><a href="{url.rsplit("/", 1)[0]}/202404/t2024041{i}_77{i}.html">'
                f"安宁县人民政府办公室关于{name}的通知（{i}）</a><span>2024-04-1{i}</span></li>"
                for i in range(3)
            )
            main = (
                f'<div class="col-title"><h2>{esc(name)}</h2></div><ul class="list">{items}</ul>'
            )
            self.page(url, self._frame(name, [(name, url)], main))

    def _section(self) -> None:
        boxes = "".join(
            f'<div class="gk-box"><h3><a href="{u}">{esc(t)}</a></h3></div>' for t, u in BOXES
        )
        self.page("/ygzw/index.html", self._frame("阳光政务", [], boxes))

    def _home(self) -> None:
        news = "".join(
            f'<li><a href="/zjan/ayw/202403/t2024031{i}_9{i}.html">{esc(t)}</a></li>'
            for i, t in enumerate(["安宁县召开县政府常务会议", "县领导调研春耕生产"])
        )
        main = (
            f'<div class="home-news"><h3>安宁要闻</h3><ul>{news}</ul></div>'
            + fu.interaction_sidebar()
        )
        self.page("/", self._frame(SITE, [], main))
