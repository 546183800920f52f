"""A Hubei 省直管 county-level city on TRS WCM (`.shtml`), in the province's standardised
政府信息公开目录, whose report pages print their 信息公开 metadata as one inline run with
Chinese-format dates, and whose every page also exists as a TRS mobile `_wap.shtml` copy:

- 政务公开 (`/xxgk/`) → 政府信息公开目录 (`/xxgk/xxgkml/`): a tree of 市政府信息公开目录
  (`szfxxgkml`: 指南, 制度, 法定主动公开内容 → 机构职能, 政策文件, 财政预决算, 其他主动公开内容 →
  法治政府建设年度报告 `qtzdgknr/fzzfjsndbg/`, 建议提案办理; 政府信息公开年报), 部门信息公开目录
  (`bmxxgkml/`, one catalogue per department) and 镇处信息公开目录;
- 法治政府建设年度报告 is a TRS table list (名称 cut at 26 characters + `title` / 文号 / 发布日期)
  paged by `createPageHTML(2, 0, "index", "shtml")`: the 市政府's 2024 report on page 1 beside
  工作要点, 一图读懂, a 第一责任人 report, a 考核 通报 and a 督察整改 report; on page 2 its 2023
  report (文号 `无`; pasted from Word: `MsoNormal` spans, source lines wrapped mid-sentence;
  split by the editor into two pages `t…shtml` and `t…_1.shtml`, whose pager is only the script
  `createPageHTML(2, 0, "t…", "shtml")`) and its 2020 report, whose title names no year (its
  text opens `2020年,`), beside 工作要点 and the 实施方案; 其他主动公开内容 itself lists the
  newest items of its sub-columns (the 2024 report again, same URL);
- 部门信息公开目录 → 市司法局 → 其他主动公开内容 → 法治政府建设年度报告 holds the 市司法局's 2024
  report (list titles cut at 20 characters, no `title`) beside a 普法 要点 and a 普法规划 中期
  评估报告; 市教育局's column only a 普法 要点;
- report pages: the Hubei inline run `索 引 号: … 主题分类: 其他 发布机构: 市政府办公室 发文日期:
  2025年03月26日 16:20:00 文  号: 文  号:仙政文〔2025〕7号 效力状态: 有效 发布日期: 2025年03月28日
  10:45:00 名  称: …` (the template prints the 文号 label twice; `无` when there is none), then
  the `<h2>` title, `来源：仙桃市人民政府` (the issuing body, not the 发布机构; also the
  ContentSource meta), the 字体/打印/关闭 tools, a `TRS_Editor` with its `<style>` (the 2024
  report's text repeats its title first), a 相关解读 box;
  a script sends mobile browsers to the page's `_wap.shtml` twin;
- 手机版 (`/index_wap.shtml`, in the top strip) lists the newest 公开 items and a 法治政府建设
  column (`…/fzzfjsndbg/index_wap.shtml`) linking the `_wap.shtml` copies: title, date, 来源,
  text, no metadata. Each report must come out once, with the desktop page's fields;
- decoys elsewhere: 政策解读 of the report, news of a 常务会议 that 听取 the report, 推进会, 信息公开
  annual reports.
"""

from __future__ import annotations

import re

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "仙桃市人民政府"
CODE = "4290040001"
ORG = "011090335"  # the 市政府办公室's organisation code, the 索引号 prefix
SFJ_ORG = "011090417"
JYJ_ORG = "011090388"
GOV_OFFICE = "市政府办公室"
SFJ = "市司法局"
JYJ = "市教育局"
PAGE_SIZE = 7
SZF = "/xxgk/xxgkml/szfxxgkml"
FZZF = f"{SZF}/qtzdgknr/fzzfjsndbg"
SFJ_FZZF = "/xxgk/xxgkml/bmxxgkml/ssfj/qtzdgknr/fzzfjsndbg"
JYJ_FZZF = "/xxgk/xxgkml/bmxxgkml/sjyj/qtzdgknr/fzzfjsndbg"
STYLE = (
    "<style type=text/css>\n.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;"
    "font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor DIV{margin-top:5px;margin-bottom:5px;"
    "line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor TD{margin-top:5px;"
    "margin-bottom:5px;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}\n</style>\n"
)


def cut(title: str, size: int = 26) -> str:
    """A list cell's title, cut as the TRS list template does."""
    return title if len(title) <= size else title[:size] + "..."


def word_paste(lines: list[str]) -> str:
    """Paragraphs as Word pastes them into the TRS editor: `MsoNormal`, a span per script run
    (digits and Latin `lang=EN-US`), headings bold 黑体, `<o:p>`, source lines wrapped."""
    out = []
    for line in lines:
        heading = re.match(r"^[一二三四五六七八九十]+、", line) is not None
        runs = []
        for part in re.findall(r"[0-9A-Za-z.%\-]+|[^0-9A-Za-z.%\-]+", line):
            if re.match(r"[0-9A-Za-z]", part):
                runs.append(
                    f'<span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">{esc(part)}</span>'
                )
            else:
                font = "黑体" if heading else "仿宋_GB2312"
                runs.append(
                    f'<span style="font-size:16.0pt;font-family:{font};mso-ascii-font-family:'
                    f'&quot;Times New Roman&quot;">{esc(part)}</span>'
                )
        inner = "".join(runs)
        if heading:
            inner = f"<b>{inner}</b>"
        html = (
            '<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:'
            f'28.0pt;mso-line-height-rule:exactly">{inner}<span lang=EN-US><o:p></o:p></span></p>'
        )
        out.append(_wrap(html))
    return "\n".join(out)


def _wrap(html: str) -> str:
    """Word's source wrapping: a tag's spaces become line breaks, long text breaks every 38."""
    parts = re.split(r"(<[^>]+>)", html)
    out = []
    for part in parts:
        if part.startswith("<"):
            out.append(part.replace(" style=", "\nstyle=", 1))
        else:
            out.append("\n".join(part[k : k + 38] for k in range(0, len(part), 38)))
    return "".join(out)


def cn_datetime(iso: str) -> str:
    """`2025-03-28 10:45` → `2025年03月28日 10:45:00`, as the Hubei template prints dates."""
    day, _, clock = iso.partition(" ")
    y, m, d = day.split("-")
    return f"{y}年{m}月{d}日 {clock or '09:00'}:00"


class HubeiInlineCitySite(BlindSite):
    name = "hubei_inline_city"
    region = "湖北省仙桃市"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 5_711_930
        # column path → [(title, detail path, date, doc_no)], newest first
        self.columns: dict[str, list[tuple[str, str, str, str]]] = {}
        # detail path → (title, body, pub, source), for its `_wap.shtml` twin
        self.wap_twins: dict[str, tuple[str, list[str], str, str]] = {}
        self._fzzf()
        self._sfj()
        self._jyj()
        self._other_catalogue()
        self._news()
        self._catalogue_pages()
        self._wap()
        self._home()
        self._stubs()

    # --- 市政府 → 其他主动公开内容 → 法治政府建设年度报告 ------------------------------------------
    def _fzzf(self) -> None:
        col = FZZF
        items = [
            self._negative(
                col, "仙桃市2025年法治政府建设工作要点", "2025-04-10 15:12", "仙政办发〔2025〕9号"
            ),
            self._negative(
                col,
                "一图读懂《仙桃市人民政府关于2024年度法治政府建设工作情况的报告》",
                "2025-03-31 09:05",
            ),
            self._gold(
                col,
                "仙桃市人民政府关于2024年度法治政府建设工作情况的报告",
                "003",
                pub="2025-03-28 10:45",
                written="2025-03-26 16:20",
                doc_no="仙政文〔2025〕7号",
                publisher=GOV_OFFICE,
                org=ORG,
                seq="04127",
                title_in_text=True,
            ),
            self._negative(
                col,
                "仙桃市党政主要负责人2024年度履行推进法治建设第一责任人职责情况报告",
                "2025-03-20 17:30",
            ),
            self._negative(
                col,
                "关于2024年度全市法治政府建设考核结果的通报",
                "2025-02-21 11:00",
                "仙法组〔2025〕2号",
            ),
            self._negative(
                col,
                "仙桃市人民政府关于2024年法治政府建设督察反馈问题整改落实情况的报告",
                "2024-12-16 10:20",
                "仙政文〔2024〕41号",
            ),
            self._negative(
                col, "仙桃市2024年法治政府建设工作要点", "2024-04-15 16:00", "仙政办发〔2024〕11号"
            ),
            # page 2
            self._gold(
                col,
                "仙桃市人民政府关于2023年度法治政府建设工作情况的报告",
                "000",
                pub="2024-03-29 09:30",
                written="2024-03-27 15:00",
                doc_no="",
                publisher=GOV_OFFICE,
                org=ORG,
                seq="03318",
                word=True,
                split=True,
            ),
            self._negative(
                col, "仙桃市2023年法治政府建设工作要点", "2023-04-18 10:00", "仙政办发〔2023〕8号"
            ),
            self._negative(
                col,
                "仙桃市法治政府建设实施方案（2021—2025年）",
                "2022-02-11 09:00",
                "仙发〔2022〕3号",
            ),
            self._negative(
                col, "仙桃市2021年法治政府建设工作要点", "2021-04-09 10:00", "仙政办发〔2021〕10号"
            ),
            # the 2020 report: its title names no year (its text opens "2020年,…")
            self._gold(
                col,
                "仙桃市人民政府关于法治政府建设工作开展情况的报告",
                "004",
                pub="2021-01-20 14:10",
                written="2021-01-18 10:00",
                doc_no="仙政文〔2021〕2号",
                publisher=GOV_OFFICE,
                org=ORG,
                seq="00231",
                report_year=2020,
            ),
        ]
        self.columns[col] = items
        self._table_list(col, "法治政府建设年度报告", items, self._szf_tree(), self._szf_crumbs())

    # --- 部门信息公开目录 → 市司法局 / 市教育局 ----------------------------------------------------
    def _sfj(self) -> None:
        col = SFJ_FZZF
        items = [
            self._negative(
                col,
                "市司法局2025年普法依法治理工作要点",
                "2025-03-12 10:00",
                "",
                publisher=SFJ,
                org=SFJ_ORG,
            ),
            self._gold(
                col,
                "仙桃市司法局2024年度法治政府建设工作报告",
                "001",
                pub="2025-02-08 16:40",
                written="2025-02-07 09:00",
                doc_no="",
                publisher=SFJ,
                org=SFJ_ORG,
                seq="00012",
            ),
            self._negative(
                col,
                "仙桃市“八五”普法规划实施情况中期评估报告",
                "2023-11-20 15:00",
                "",
                publisher=SFJ,
                org=SFJ_ORG,
            ),
        ]
        self.columns[col] = items
        self._table_list(
            col,
            "法治政府建设年度报告",
            items,
            self._dept_tree("ssfj", SFJ),
            self._dept_crumbs("ssfj", SFJ),
        )
        self._dept_index("ssfj", SFJ, SFJ_ORG, items)

    def _jyj(self) -> None:
        col = JYJ_FZZF
        items = [
            self._negative(
                col,
                "市教育局2024年普法依法治理工作要点",
                "2024-03-20 10:00",
                "",
                publisher=JYJ,
                org=JYJ_ORG,
            ),
        ]
        self.columns[col] = items
        self._table_list(
            col,
            "法治政府建设年度报告",
            items,
            self._dept_tree("sjyj", JYJ),
            self._dept_crumbs("sjyj", JYJ),
        )
        self._dept_index("sjyj", JYJ, JYJ_ORG, items)

    def _dept_index(self, slug: str, unit: str, org: str, recent: list) -> None:
        base = f"/xxgk/xxgkml/bmxxgkml/{slug}"
        docs = [
            self._filler(
                f"{base}/bmwj",
                f"{unit}关于做好2025年度行政执法公示工作的通知",
                "2025-03-03 10:00",
                unit,
                org,
            ),
            self._filler(f"{base}/bmwj", f"{unit}2025年工作要点", "2025-02-17 10:00", unit, org),
        ]
        self.columns[f"{base}/bmwj"] = docs
        self._table_list(
            f"{base}/bmwj",
            "部门文件",
            docs,
            self._dept_tree(slug, unit),
            self._dept_crumbs(slug, unit),
        )
        self._table_list(
            base,
            f"{unit}信息公开目录",
            (docs + recent)[:6],
            self._dept_tree(slug, unit),
            self._dept_crumbs(slug, unit)[:-1],
        )

    # --- the rest of the 市政府 catalogue -------------------------------------------------------
    def _other_catalogue(self) -> None:
        ndbg = f"{SZF}/zfxxgknb"
        items = []
        for year in range(2024, 2018, -1):
            title = f"仙桃市人民政府{year}年政府信息公开工作年度报告"
            items.append(self._filler(ndbg, title, f"{year + 1}-01-2{year % 8} 10:00"))
            self.negative_titles.append(title)
        self.columns[ndbg] = items
        self._table_list(
            ndbg,
            "政府信息公开年报",
            items,
            self._szf_tree(),
            [*self._szf_crumbs()[:-2], ("政府信息公开年报", ndbg + "/")],
        )
        jytabl = f"{SZF}/qtzdgknr/jytabl"
        items = [
            self._filler(jytabl, "对市九届人大四次会议第20240031号建议的答复", "2024-08-12 10:00"),
            self._filler(jytabl, "对市政协九届三次会议第0112号提案的答复", "2024-07-30 10:00"),
        ]
        self.columns[jytabl] = items
        self._table_list(
            jytabl,
            "建议提案办理",
            items,
            self._szf_tree(),
            [*self._szf_crumbs()[:-1], ("建议提案办理", jytabl + "/")],
        )
        zcwj = f"{SZF}/zcwj"
        items = [
            self._filler(
                zcwj,
                "仙桃市人民政府关于印发仙桃市优化营商环境三年行动方案的通知",
                "2025-03-14 10:00",
                doc_no="仙政发〔2025〕4号",
            ),
            self._filler(
                zcwj,
                "仙桃市人民政府办公室关于做好2025年春季森林防火工作的通知",
                "2025-02-26 10:00",
                doc_no="仙政办电〔2025〕6号",
            ),
        ]
        self.columns[zcwj] = items
        self._table_list(
            zcwj,
            "政策文件",
            items,
            self._szf_tree(),
            [*self._szf_crumbs()[:-2], ("政策文件", zcwj + "/")],
        )
        # 其他主动公开内容: the newest items of its sub-columns
        merged = sorted(
            self.columns[FZZF] + self.columns[jytabl], key=lambda i: i[2], reverse=True
        )
        self._table_list(
            f"{SZF}/qtzdgknr",
            "其他主动公开内容",
            merged[:PAGE_SIZE],
            self._szf_tree(),
            self._szf_crumbs()[:-1],
            paged=False,
        )
        # 政策解读 (政务公开, outside the catalogue)
        zcjd = "/xxgk/zcjd"
        items = [
            self._news_item(
                zcjd,
                "《仙桃市人民政府关于2024年度法治政府建设工作情况的报告》解读",
                "2025-03-31 10:20",
                SFJ,
                negative=True,
            ),
            self._news_item(
                zcjd, "图解：仙桃市优化营商环境三年行动方案", "2025-03-15 10:00", "市发改委"
            ),
        ]
        self._plain_list(
            zcjd,
            "政策解读",
            items,
            [("首页", "/"), ("政务公开", "/xxgk/"), ("政策解读", zcjd + "/")],
        )

    def _news(self) -> None:
        col = "/xwzx/xtyw"
        self.headlines = [
            self._news_item(
                col,
                "市政府召开第47次常务会议 听取2024年度法治政府建设工作情况汇报",
                "2025-03-21 18:20",
                "仙桃日报",
                negative=True,
            ),
            self._news_item(
                col,
                "我市召开2025年法治政府建设工作推进会",
                "2025-04-16 17:00",
                "仙桃日报",
                negative=True,
            ),
            self._news_item(col, "仙桃市春季招聘月活动启动", "2025-03-10 16:00", "仙桃日报"),
            self._news_item(col, "市领导督办重点项目建设", "2025-03-05 16:00", "仙桃日报"),
        ]
        self.headlines.sort(key=lambda i: i[2], reverse=True)
        self._plain_list(
            col,
            "仙桃要闻",
            self.headlines,
            [("首页", "/"), ("新闻中心", "/xwzx/"), ("仙桃要闻", col + "/")],
        )
        col = "/xwzx/tzgg"
        self.notices = [
            self._news_item(
                col,
                "关于开展2025年度法治政府建设示范创建申报工作的通知",
                "2025-04-02 09:00",
                GOV_OFFICE,
                negative=True,
            ),
            self._news_item(
                col, "仙桃市2025年事业单位公开招聘工作人员公告", "2025-03-25 09:00", "市人社局"
            ),
        ]
        self._plain_list(
            col,
            "通知公告",
            self.notices,
            [("首页", "/"), ("新闻中心", "/xwzx/"), ("通知公告", col + "/")],
        )

    # --- 政务公开 / 政府信息公开目录 / 部门目录 entry pages ---------------------------------------
    def _catalogue_pages(self) -> None:
        gk = (
            '<div class="gk-entry"><ul>'
            '<li><a href="/xxgk/xxgkml/"><img src="/images/gk_ml.png" alt="" /><span>政府信息公开目录</span></a></li>'
            f'<li><a href="{SZF}/xxgkzn/"><img src="/images/gk_zn.png" alt="" /><span>政府信息公开指南</span></a></li>'
            f'<li><a href="{SZF}/zfxxgknb/"><img src="/images/gk_nb.png" alt="" /><span>政府信息公开年报</span></a></li>'
            '<li><a href="/xxgk/zcjd/"><img src="/images/gk_jd.png" alt="" /><span>政策解读</span></a></li>'
            '<li><a href="/xxgk/ysqgk/"><img src="/images/gk_ysq.png" alt="" /><span>依申请公开</span></a></li>'
            "</ul></div>"
        )
        html = self._frame("政务公开", [("首页", "/"), ("政务公开", "/xxgk/")], gk)
        self.page("/xxgk/", html)
        self.page("/xxgk/index.shtml", html)
        intro = (
            self._szf_tree()
            + '<div class="xxgk-right"><div class="xxgk-tit">市政府信息公开目录</div>'
            "<p>本目录依据《中华人民共和国政府信息公开条例》和《湖北省政务公开标准目录》编制，"
            "按照机构职能、政策文件、财政预决算、其他主动公开内容等分类公开政府信息。</p></div>"
        )
        html = self._frame(
            "政府信息公开目录",
            [("首页", "/"), ("政务公开", "/xxgk/"), ("政府信息公开目录", "/xxgk/xxgkml/")],
            intro,
        )
        self.page("/xxgk/xxgkml/", html)
        self.page("/xxgk/xxgkml/index.shtml", html)
        depts = [
            ("市发展和改革委员会", "sfgw"),
            ("市教育局", "sjyj"),
            ("市司法局", "ssfj"),
            ("市财政局", "sczj"),
        ]
        rows = "".join(
            f'<li><a href="/xxgk/xxgkml/bmxxgkml/{slug}/" target="_blank">{esc(n)}</a></li>'
            for n, slug in depts
        )
        main = (
            self._szf_tree()
            + f'<div class="xxgk-right"><div class="xxgk-tit">部门信息公开目录</div><ul class="dept-list">{rows}</ul></div>'
        )
        self.page(
            "/xxgk/xxgkml/bmxxgkml/",
            self._frame(
                "部门信息公开目录",
                [
                    ("首页", "/"),
                    ("政务公开", "/xxgk/"),
                    ("部门信息公开目录", "/xxgk/xxgkml/bmxxgkml/"),
                ],
                main,
            ),
        )
        for name, slug in depts[::3]:  # departments without a report column
            docs = [
                self._filler(
                    f"/xxgk/xxgkml/bmxxgkml/{slug}/bmwj",
                    f"{name}2025年工作要点",
                    "2025-02-18 10:00",
                    name,
                    "011090" + str(400 + len(slug)),
                )
            ]
            self._table_list(
                f"/xxgk/xxgkml/bmxxgkml/{slug}",
                f"{name}信息公开目录",
                docs,
                self._dept_tree(slug, name, report_column=False),
                self._dept_crumbs(slug, name)[:-1],
            )
        towns = [("沙嘴街道", "szjd"), ("郑场镇", "zcz"), ("彭场镇", "pcz")]
        rows = "".join(
            f'<li><a href="/xxgk/xxgkml/zcxxgkml/{s}/">{esc(n)}</a></li>' for n, s in towns
        )
        main = (
            self._szf_tree()
            + f'<div class="xxgk-right"><div class="xxgk-tit">镇处信息公开目录</div><ul class="dept-list">{rows}</ul></div>'
        )
        self.page(
            "/xxgk/xxgkml/zcxxgkml/",
            self._frame(
                "镇处信息公开目录",
                [
                    ("首页", "/"),
                    ("政务公开", "/xxgk/"),
                    ("镇处信息公开目录", "/xxgk/xxgkml/zcxxgkml/"),
                ],
                main,
            ),
        )
        for name, slug in towns:
            docs = [
                self._filler(
                    f"/xxgk/xxgkml/zcxxgkml/{slug}/zcwj",
                    f"{name}2025年第一季度重点工作安排",
                    "2025-04-01 10:00",
                    name,
                    "011090" + str(600 + len(slug)),
                )
            ]
            self._table_list(
                f"/xxgk/xxgkml/zcxxgkml/{slug}",
                f"{name}信息公开目录",
                docs,
                self._szf_tree(),
                [
                    ("首页", "/"),
                    ("政务公开", "/xxgk/"),
                    ("镇处信息公开目录", "/xxgk/xxgkml/zcxxgkml/"),
                    (name, f"/xxgk/xxgkml/zcxxgkml/{slug}/"),
                ],
            )
        guide = self._szf_tree() + (
            '<div class="xxgk-right"><div class="xxgk-tit">政府信息公开指南</div>'
            "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p></div>"
        )
        self.page(
            f"{SZF}/xxgkzn/",
            self._frame(
                "政府信息公开指南",
                [*self._szf_crumbs()[:-2], ("政府信息公开指南", f"{SZF}/xxgkzn/")],
                guide,
            ),
        )

    # --- the mobile site -------------------------------------------------------------------------
    def _wap(self) -> None:
        for path, (title, body, pub, source) in self.wap_twins.items():
            self.page(self._wap_path(path), self._wap_detail(title, body, pub, source))
        fz = self.columns[FZZF]
        self.page(
            f"{FZZF}/index_wap.shtml",
            self._wap_frame("法治政府建设年度报告", self._wap_list(fz)),
        )
        latest = sorted(
            self.columns[FZZF][:4] + self.columns[SFJ_FZZF][:2] + self.columns[f"{SZF}/zcwj"],
            key=lambda i: i[2],
            reverse=True,
        )[:6]
        main = (
            '<div class="m-sec"><div class="m-sec-tit">仙桃要闻</div>'
            + self._wap_list(self.headlines)
            + '</div><div class="m-sec"><div class="m-sec-tit">信息公开</div>'
            + self._wap_list(latest)
            + f'<a class="m-more" href="{FZZF}/index_wap.shtml">法治政府建设年度报告 &gt;</a></div>'
        )
        self.page("/index_wap.shtml", self._wap_frame(SITE, main))

    def _wap_list(self, items: list[tuple[str, str, str, str]]) -> str:
        return (
            '<ul class="m-list">'
            + "".join(
                f'<li><a href="{esc(self._wap_path(p))}">{esc(t)}</a><span>{esc(d[:10])}</span></li>'
                for t, p, d, _ in items
            )
            + "</ul>"
        )

    @staticmethod
    def _wap_path(path: str) -> str:
        return path.removesuffix(".shtml") + "_wap.shtml"

    def _wap_detail(self, title: str, body: list[str], pub: str, source: str) -> str:
        main = (
            f'<div class="m-article"><h1 class="m-title">{esc(title)}</h1>'
            f'<div class="m-info"><span>{esc(pub[:10])}</span><span>来源：{esc(source)}</span></div>'
            '<div class="m-con"><div class="TRS_Editor">'
            + STYLE
            + fu.paragraphs(body)
            + "</div></div></div>"
        )
        return self._wap_frame(title, main)

    def _wap_frame(self, title: str, main: str) -> str:
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8" />'
            '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no" />'
            f"<title>{esc(head_title)}</title>"
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteIDCode" content="{CODE}">'
            '<link rel="stylesheet" href="/images/wap.css" /></head><body>'
            '<div class="m-head"><a href="/index_wap.shtml" class="m-logo"><img src="/images/m_logo.png" alt="" /></a>'
            '<a href="javascript:history.back();" class="m-back">返回</a></div>'
            + main
            + '<div class="m-foot"><p><a href="/">电脑版</a> | <a href="javascript:scrollTo(0,0);">返回顶部</a></p>'
            f"<p>主办：{SITE}办公室</p><p>鄂ICP备05003327号-1　网站标识码：{CODE}</p></div>"
            "</body></html>"
        )

    # --- home ------------------------------------------------------------------------------------
    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:10])}</span></li>"
                    for t, u, d, _ in items
                )
                + "</ul></div>"
            )

        gk = (
            '<div class="home-box home-gk"><div class="tit"><span>政务公开</span></div><ul class="gk-links">'
            '<li><a href="/xxgk/xxgkml/">政府信息公开目录</a></li>'
            f'<li><a href="{SZF}/xxgkzn/">政府信息公开指南</a></li>'
            f'<li><a href="{SZF}/zcwj/">政策文件</a></li>'
            f'<li><a href="{SZF}/zfxxgknb/">政府信息公开年报</a></li>'
            '<li><a href="/xxgk/zcjd/">政策解读</a></li></ul></div>'
        )
        main = (
            '<div class="home-row">'
            + box("仙桃要闻", "/xwzx/xtyw/", self.headlines)
            + box("通知公告", "/xwzx/tzgg/", self.notices)
            + gk
            + '</div><div class="home-row">'
            + fu.interaction_sidebar("政民互动")
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.shtml", html)

    def _stubs(self) -> None:
        """Pages the menus link that hold nothing of interest."""
        for path, name in [
            ("/zjxt/", "走进仙桃"),
            ("/hdjl/", "政民互动"),
            ("/xxgk/ysqgk/", "依申请公开"),
            (f"{SZF}/jgzn/", "机构职能"),
            (f"{SZF}/czyjs/", "财政预决算"),
            ("/xxgk/xxgkml/bmxxgkml/ssfj/jggk/", "机构概况"),
            ("/xxgk/xxgkml/bmxxgkml/sjyj/jggk/", "机构概况"),
        ]:
            body = f'<div class="list-box"><div class="list-tit">{esc(name)}</div><p>暂无信息</p></div>'
            self.page(path, self._frame(name, [("首页", "/"), (name, path)], body))
        self.page("/xwzx/", self.sources["/xwzx/xtyw/"])

    # --- item pages --------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 37
        day = pub[:10].replace("-", "")
        return f"{col}/{day[:6]}/t{day}_{self.next_id}.shtml"

    def _gold(
        self,
        col: str,
        title: str,
        seed: str,
        *,
        pub: str,
        written: str,
        doc_no: str,
        publisher: str,
        org: str,
        seq: str,
        title_in_text: bool = False,
        word: bool = False,
        split: bool = False,
        report_year: int | None = None,
    ) -> tuple[str, str, str, str]:
        path = self._path(col, pub)
        index_no = f"{org}/{pub[:4]}-{seq}"
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written[:10],
            doc_no=doc_no or None,
            report_year=report_year,
        )
        # A long text the editor split with TRS 分页 (`<!--TRS_PAGE-->`): page n is `t…_n.shtml`,
        # each page with the whole header and the article pager createPageHTML(count, n, name).
        cut_at = (len(body) + 1) // 2 if split else len(body)
        parts = [body[:cut_at], body[cut_at:]] if split else [body]
        stem = path.rsplit("/", 1)[1].removesuffix(".shtml")
        for n, lines in enumerate(parts):
            text = word_paste(lines) if word else fu.paragraphs(lines)
            if title_in_text:  # the editor pasted the document's own title above its text
                text = (
                    '<p style="text-align:center;"><strong><span style="font-size:22pt;'
                    f'font-family:方正小标宋简体;">{esc(title)}</span></strong></p>\n' + text
                )
            if split:
                text += (
                    '\n<div class="art-page"><script type="text/javascript">'
                    f'createPageHTML({len(parts)}, {n}, "{stem}", "shtml");</script></div>'
                )
            page_path = path if n == 0 else path.removesuffix(".shtml") + f"_{n}.shtml"
            if n:
                self.aliases[page_path] = path
            self.page(
                page_path,
                self._detail(
                    title,
                    text,
                    pub=pub,
                    written=written,
                    doc_no=doc_no,
                    publisher=publisher,
                    index_no=index_no,
                    col=col,
                ),
            )
        self.wap_twins[path] = (
            title,
            body,
            pub,
            SITE if publisher == GOV_OFFICE else f"仙桃{publisher}",
        )
        self.aliases[self._wap_path(path)] = path
        return title, path, pub, doc_no

    def _negative(
        self,
        col: str,
        title: str,
        pub: str,
        doc_no: str = "",
        *,
        publisher: str = GOV_OFFICE,
        org: str = ORG,
    ) -> tuple[str, str, str, str]:
        self.negative_titles.append(title)
        return self._filler(col, title, pub, publisher, org, doc_no=doc_no, body=NEGATIVE_BODY)

    def _filler(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str = GOV_OFFICE,
        org: str = ORG,
        *,
        doc_no: str = "",
        body: list[str] = FILLER_BODY,
    ) -> tuple[str, str, str, str]:
        path = self._path(col, pub)
        index_no = f"{org}/{pub[:4]}-{self.next_id % 10000:05d}"
        self.page(
            path,
            self._detail(
                title,
                fu.paragraphs(body),
                pub=pub,
                written=pub,
                doc_no=doc_no,
                publisher=publisher,
                index_no=index_no,
                col=col,
            ),
        )
        self.wap_twins[path] = (title, body, pub, SITE)
        return title, path, pub, doc_no

    def _news_item(
        self, col: str, title: str, pub: str, source: str, negative: bool = False
    ) -> tuple[str, str, str, str]:
        path = self._path(col, pub)
        body = NEGATIVE_BODY if negative else FILLER_BODY
        if negative:
            self.negative_titles.append(title)
        crumbs = (
            [("首页", "/"), ("新闻中心", "/xwzx/")]
            if col.startswith("/xwzx")
            else [("首页", "/"), ("政务公开", "/xxgk/")]
        )
        main = (
            f'<div class="article"><h2 class="art-tit">{esc(title)}</h2>'
            f'<div class="art-info">来源：{esc(source)}　时间：{esc(pub)}　'
            '<span class="fontsize">字体：[<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>'
            '<div class="art-con"><div class="TRS_Editor">'
            + fu.paragraphs(body)
            + "</div></div>"
            + fu.article_tools()
            + "</div>"
        )
        self.page(path, self._frame(title, crumbs, main))
        self.wap_twins[path] = (title, body, pub, source)
        return title, path, pub, ""

    def _detail(
        self,
        title: str,
        text: str,
        *,
        pub: str,
        written: str,
        doc_no: str,
        publisher: str,
        index_no: str,
        col: str,
    ) -> str:
        # 来源 names the body that issued the text; 发布机构 the office that published it.
        source = {GOV_OFFICE: SITE, SFJ: "仙桃市司法局", JYJ: "仙桃市教育局"}.get(
            publisher, publisher
        )
        sp = "&nbsp;&nbsp;"
        run = (
            '<div class="xxgk-info">'
            f"<span>索 引 号: {esc(index_no)}</span>{sp}<span>主题分类: 其他</span>{sp}"
            f"<span>发布机构: {esc(publisher)}</span>{sp}"
            f"<span>发文日期: {cn_datetime(written)}</span>{sp}"
            f"<span>文&nbsp;&nbsp;号: 文&nbsp;&nbsp;号:{esc(doc_no or '无')}</span>{sp}"
            f"<span>效力状态: 有效</span>{sp}<span>发布日期: {cn_datetime(pub)}</span>{sp}"
            f"<span>名&nbsp;&nbsp;称: {esc(title)}</span></div>"
        )
        related = ""
        if "fzzfjsndbg" in col and col == FZZF:
            related = (
                '<div class="xgjd"><div class="xgjd-tit">相关解读</div><ul>'
                '<li><a href="/xxgk/zcjd/">《仙桃市人民政府关于2024年度法治政府建设工作情况的报告》解读</a></li>'
                f'<li><a href="{FZZF}/">一图读懂仙桃市法治政府建设年度报告</a></li></ul></div>'
            )
        main = (
            '<div class="article">'
            + run
            + f'<h2 class="art-tit">{esc(title)}</h2>'
            + f'<div class="art-info"><span>来源：{esc(source)}</span>'
            + f"<span>发布时间：{esc(pub)}</span>"
            + '<span>浏览次数：<span id="clicks"></span></span></div>'
            + '<div class="art-tools"><span>字体：[<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>'
            '<span><a href="javascript:window.print();">打印</a></span>'
            '<span><a href="javascript:window.close();">关闭</a></span></div>'
            + '<div class="art-con" id="zoom"><div class=TRS_Editor>'
            + STYLE
            + text
            + "</div></div>"
            + related
            + fu.article_tools()
            + "</div>"
            + '<script type="text/javascript">if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent))'
            "{window.location.href=window.location.href.replace(/\\.shtml$/,'_wap.shtml');}</script>"
        )
        crumbs = self._crumbs_for(col)
        return self._frame(
            title,
            crumbs,
            main,
            meta={"ArticleTitle": title, "PubDate": pub + ":00", "ContentSource": source},
        )

    # --- lists ---------------------------------------------------------------------------------------
    def _table_list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str, str]],
        tree: str,
        crumbs: list[tuple[str, str]],
        *,
        paged: bool = True,
    ) -> None:
        chunks = [items[k : k + PAGE_SIZE] for k in range(0, len(items), PAGE_SIZE)] or [[]]
        if not paged:
            chunks = [items]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<tr><td class="mc"><a href="{esc(self._rel(col, p))}" target="_blank"'
                + ("" if "/bmxxgkml/" in col else f' title="{esc(t)}"')
                + f">{esc(cut(t, 20 if '/bmxxgkml/' in col else 26))}</a></td>"
                + f'<td class="wh">{esc(doc)}</td><td class="rq">{esc(d[:10])}</td></tr>'
                for t, p, d, doc in chunk
            )
            if not chunk:
                rows = '<tr><td colspan="3" class="none">暂无信息</td></tr>'
            pager = (
                '<div class="page"><script type="text/javascript">\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f'createPageHTML({len(chunks)}, {n}, "index", "shtml");\n</script></div>'
            )
            main = (
                tree + f'<div class="xxgk-right"><div class="xxgk-tit">{esc(name)}</div>'
                '<table class="xxgk-list" width="100%" cellspacing="0" cellpadding="0">'
                '<tr class="th"><th>名称</th><th>文号</th><th>发布日期</th></tr>'
                + rows
                + "</table>"
                + pager
                + "</div>"
            )
            html = self._frame(name, crumbs, main)
            self.page(f"{col}/" + ("index.shtml" if n == 0 else f"index_{n}.shtml"), html)
            if n == 0:
                self.page(f"{col}/", html)

    def _plain_list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str, str]],
        crumbs: list[tuple[str, str]],
    ) -> None:
        rows = "".join(
            f'<li><a href="{esc(self._rel(col, p))}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{esc(d[:10])}</span></li>'
            for t, p, d, _ in items
        )
        pager = '<div class="page"><script type="text/javascript">createPageHTML(1, 0, "index", "shtml");</script></div>'
        html = self._frame(
            name,
            crumbs,
            f'<div class="list-box"><div class="list-tit">{esc(name)}</div><ul class="list">{rows}</ul>{pager}</div>',
        )
        self.page(f"{col}/", html)
        self.page(f"{col}/index.shtml", html)

    @staticmethod
    def _rel(col: str, path: str) -> str:
        return "." + path.removeprefix(col) if path.startswith(col + "/") else path

    # --- trees and crumbs ----------------------------------------------------------------------------
    def _szf_tree(self) -> str:
        return fu.left_tree(
            "政府信息公开目录",
            [
                ("市政府信息公开目录", "/xxgk/xxgkml/", []),
                ("政府信息公开指南", f"{SZF}/xxgkzn/", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("机构职能", f"{SZF}/jgzn/"),
                        ("政策文件", f"{SZF}/zcwj/"),
                        ("财政预决算", f"{SZF}/czyjs/"),
                        ("其他主动公开内容", f"{SZF}/qtzdgknr/"),
                        ("法治政府建设年度报告", f"{FZZF}/"),
                        ("建议提案办理", f"{SZF}/qtzdgknr/jytabl/"),
                    ],
                ),
                ("政府信息公开年报", f"{SZF}/zfxxgknb/", []),
                ("部门信息公开目录", "/xxgk/xxgkml/bmxxgkml/", []),
                ("镇处信息公开目录", "/xxgk/xxgkml/zcxxgkml/", []),
            ],
        )

    def _dept_tree(self, slug: str, unit: str, *, report_column: bool = True) -> str:
        base = f"/xxgk/xxgkml/bmxxgkml/{slug}"
        leaves = [("部门文件", f"{base}/bmwj/")]
        if report_column:
            leaves.append(("法治政府建设年度报告", f"{base}/qtzdgknr/fzzfjsndbg/"))
        return fu.left_tree(
            f"{unit}信息公开目录",
            [
                ("机构概况", f"{base}/jggk/", []),
                ("法定主动公开内容", "javascript:;", leaves),
                ("返回部门目录", "/xxgk/xxgkml/bmxxgkml/", []),
            ],
        )

    def _szf_crumbs(self) -> list[tuple[str, str]]:
        return [
            ("首页", "/"),
            ("政务公开", "/xxgk/"),
            ("政府信息公开目录", "/xxgk/xxgkml/"),
            ("其他主动公开内容", f"{SZF}/qtzdgknr/"),
            ("法治政府建设年度报告", f"{FZZF}/"),
        ]

    def _dept_crumbs(self, slug: str, unit: str) -> list[tuple[str, str]]:
        base = f"/xxgk/xxgkml/bmxxgkml/{slug}"
        return [
            ("首页", "/"),
            ("政务公开", "/xxgk/"),
            ("部门信息公开目录", "/xxgk/xxgkml/bmxxgkml/"),
            (unit, f"{base}/"),
            ("法治政府建设年度报告", f"{base}/qtzdgknr/fzzfjsndbg/"),
        ]

    def _crumbs_for(self, col: str) -> list[tuple[str, str]]:
        if col == FZZF:
            return self._szf_crumbs()
        if col.startswith("/xxgk/xxgkml/bmxxgkml/"):
            slug = col.split("/")[4]
            unit = {"ssfj": SFJ, "sjyj": JYJ}.get(slug, "")
            if col.endswith("fzzfjsndbg"):
                return self._dept_crumbs(slug, unit)
            return self._dept_crumbs(slug, unit)[:-1]
        return [("首页", "/"), ("政务公开", "/xxgk/"), ("政府信息公开目录", "/xxgk/xxgkml/")]

    # --- frame ---------------------------------------------------------------------------------------
    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        nav = [
            ("首页", "/"),
            ("走进仙桃", "/zjxt/"),
            ("新闻中心", "/xwzx/xtyw/"),
            ("政务公开", "/xxgk/"),
            ("政务服务", "http://zwfw.hubei.gov.cn/"),
            ("政民互动", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        top = (
            '<body><div class="topbox"><div class="wrap"><div class="fl">今天是：'
            '<script>showDate();</script></div><div class="fr">'
            '<a href="/index_wap.shtml">手机版</a> | <a id="StranLink" href="javascript:StranBody()">繁體</a>'
            ' | <a href="/sso/login">登录</a> | <a href="/sso/register">注册</a>'
            ' | <a href="javascript:;" onclick="aria.start()">无障碍</a></div></div></div>\n'
        )
        return (
            fu.doc_head(
                head_title,
                site=SITE,
                code=CODE,
                meta={"ColumnName": crumbs[-1][0] if crumbs else "首页", **(meta or {})},
            )
            + top
            + fu.masthead(SITE, nav).replace("<body>", "")
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs, label="您当前的位置：") if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="鄂ICP备05003327号-1",
                police="鄂公网安备 42900402000118号",
                code=CODE,
                address="湖北省仙桃市沔阳大道特1号",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
