"""A Hubei county portal on TRS WCM whose 法治政府建设 reports say, in their own text, the words
page furniture is made of: the report is about 政务公开, 热线, 网站 and 宣传, so its sentences
name 网站标识码 and ICP备案编号, 12345/12348 热线 and their 联系电话, an “打印即办” service, a
campaign 主办 by the 司法局 and 承办 by the 乡镇, 浏览次数 of a 解读 column, 扫一扫 好差评,
“我为政府网站找错”, 一次登录, 无障碍 and 长者模式; paragraphs open with 版权…, 上一年度…,
下一步…, 分享…, 主办…; one report ends with `附件：2023年度行政复议案件统计表`, its signature
and that table (with a 注：line); subheadings are `<strong>` runs, measures an `<ol>`, and
every report ends with a signature block (单位 + 日期). One report is pasted from Word
(`MsoNormal` spans).

Right next to that text sits the real furniture: the 字体 大 中 小 bar and 浏览次数 above it,
【打印】【关闭】 and 分享到 below it, 上一篇/下一篇 whose titles are other years' reports, a
相关阅读 list of other reports inside the article wrapper, and the footer (主办/承办/联系电话/
网站标识码/ICP备/公网安备).

Home → 政务公开 (catalogue tree) → 法定主动公开内容 → 法治政府建设 (TRS `createPageHTML`, two
pages; the 2020 report on page 2). Beside the reports: 工作要点, 一图读懂, 考核通报, 报送通知,
普法工作要点, 督察整改报告, 实施方案; in 罗田要闻 a 常务会议 that 听取 the 2024 report; in
政府信息公开年报 the 政府信息公开工作年度报告s. The 县司法局's column links its report too.

Report pages: a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期) above the
`<h1>`, then `发布时间 / 来源 / 浏览次数 / 字体` and the TRS_Editor text.
"""

from __future__ import annotations

import re
from typing import Any

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed

SITE = "罗田县人民政府"
CODE = "4211230004"
GOV = "罗田县人民政府"
GOV_OFFICE = "罗田县人民政府办公室"
SFJ = "罗田县司法局"
CREDIT = "11421123011200315K"
SFJ_CREDIT = "11421123011200542D"
FZZF = "zwgk/fdzdgknr/fzzfjs"
NDBG = "zwgk/xxgknb"
SFJ_COL = "zwgk/bmxxgk/sfj"
NEWS = "xwzx/ltyw"
NOTICES = "xwzx/tzgg"
PAGE_SIZE = 12

# A body is a list of blocks: ("p", text), ("h", text) a <strong> subheading, ("lead", bold,
# rest) a paragraph opening with a <strong> run, ("ol", [items]), ("sign", [lines]) a
# right-aligned signature, ("caption", text) a centred line, ("table", [rows]), ("note", text)
# the office's contact note under the signature (shown, but no text of the report: the
# convention of headline_meta_county's gold).
Block = tuple[Any, ...]

# Sentences every year's report repeats word for word.
CLOSING: Block = (
    "p",
    "下一步，我们将坚持以习近平法治思想为指导，持续深化法治政府建设，"
    "为全面建设社会主义现代化提供坚实法治保障。",
)

# The report texts, each a seed with paragraphs added: (after seed line n, blocks).
ADDITIONS: dict[str, list[tuple[int, list[Block]]]] = {
    "003": [
        (-1, [("p", "黄冈市人民政府：")]),
        (
            10,
            [
                ("h", "六、全面推进政务公开，提升政府工作透明度"),
                (
                    "lead",
                    "一是加强政府网站和政务新媒体建设。",
                    "全年在县政府门户网站发布各类信息1.2万条，政策解读专栏浏览次数达52万人次；"
                    "严格落实政府网站与政务新媒体检查指标要求，网站标识码、ICP备案编号和公安机关"
                    "备案编号在网站首页底部规范展示；完成县政府门户网站适老化和无障碍改造，上线"
                    "长者模式和语音读屏功能；优化网站栏目设置和网站地图，全年网站访问量达380万"
                    "人次。政府网站运行维护经费纳入县级财政预算，由县大数据中心提供技术支持；"
                    "县政府政务微信、政务微博全年发布信息4600余条。",
                ),
                ("p", "群众可通过以下渠道反映诉求："),
                (
                    "ol",
                    [
                        "12345政务服务便民热线：0713-12345；",
                        "12348公共法律服务热线：0713-12348；",
                        "县长信箱、在线咨询：县政府门户网站“互动交流”栏目。",
                    ],
                ),
                (
                    "lead",
                    "二是畅通政民互动渠道。",
                    "整合开通12345政务服务便民热线和12348公共法律服务热线，各乡镇、县直部门咨询"
                    "投诉联系电话全部向社会公布，全年受理群众诉求8.6万件，按时办结率99.2%；办理"
                    "“我为政府网站找错”平台网民留言23条，均在规定时限内答复。",
                ),
                (
                    "lead",
                    "三是推进政务服务便利化。",
                    "在县政务服务中心推行“打印即办”自助服务，群众通过自助终端打印不动产登记证明、"
                    "社保缴费证明等材料1.8万份；推行“一网通办”统一身份认证，企业群众一次登录、"
                    "全网通办；在政务服务大厅设置“好差评”二维码，群众扫一扫即可评价办事服务。",
                ),
                ("lead", "四是规范政务公开标准目录。", "重点抓好以下工作："),
                (
                    "ol",
                    [
                        "完善基层政务公开标准目录，全年新增和更新公开事项1260项；",
                        "分享推广“村务公开栏+二维码”做法，在全县12个乡镇、216个村（社区）全面铺开；",
                        "上一年度政务公开第三方评估发现的17个问题全部整改到位；",
                        "主办“政府开放日”活动4场，邀请人大代表、政协委员和群众代表走进政府部门。",
                    ],
                ),
                (
                    "lead",
                    "五是规范政府信息公开要素。",
                    "主动公开的政府信息统一标注索引号、发布机构、成文日期、文号和发布日期等要素，"
                    "全年纠正要素缺失、标注不规范的信息310条。",
                ),
                (
                    "p",
                    "当前，全县政务公开工作与群众期待相比还有一定差距，部分乡镇政务公开专栏更新"
                    "不及时，高频热门事项的解读回应还不够精准。",
                ),
            ],
        ),
        (
            19,
            [
                CLOSING,
                ("sign", ["罗田县人民政府", "2025年3月26日"]),
                ("p", "（此件公开发布）"),
                # The 版记: where the document went, not what it says (no text, as the
                # contact note under a signature).
                ("note", "抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
                ("note", "罗田县人民政府办公室　　　　2025年3月28日印发"),
            ],
        ),
    ],
    "000": [
        (
            -1,
            [
                ("p", "——2024年3月27日在县第十九届人民代表大会常务委员会第十七次会议上"),
                ("p", "县人民政府副县长　李建华"),
                ("p", "主任、各位副主任、秘书长、各位委员："),
                ("p", "受县人民政府委托，现将我县2023年度法治政府建设情况报告如下，请予审议。"),
            ],
        ),
        (
            20,
            [
                (
                    "p",
                    "关闭取缔无证经营的小作坊、黑加油点等8处，对12家存在重大隐患的企业"
                    "依法责令停产整顿。",
                ),
            ],
        ),
        (
            17,
            [
                (
                    "p",
                    "四是开展行政执法案卷评查。建立行政执法案卷评查“上一年度问题回头看”机制，"
                    "对上一年度评查发现的63个问题逐一复核整改，全年评查行政执法案卷420卷，"
                    "优秀率85%。",
                ),
            ],
        ),
        (
            21,
            [
                (
                    "p",
                    "四是提升应急信息服务水平。在“应急罗田”微信小程序实时发布全县78处应急避难"
                    "场所的当前位置、容纳人数和疏散路线，群众可一键导航就近避险。",
                ),
            ],
        ),
        (
            28,
            [
                (
                    "p",
                    "上一年度法治政府建设考核中反馈的6类问题，已于2023年6月底前全部整改到位，"
                    "整改情况在县政府门户网站公开。",
                ),
            ],
        ),
        (
            33,
            [
                (
                    "p",
                    "四是深化“法律进乡村”活动。由县司法局主办、各乡镇人民政府承办的“法律进乡村”"
                    "巡回宣讲活动全年开展127场，受众2.3万人次；12348公共法律服务热线和各司法所"
                    "联系电话印制在宣传资料上发放到户。",
                ),
            ],
        ),
        (
            44,
            [
                CLOSING,
                ("p", "附件：2023年度行政复议案件统计表"),
                ("sign", ["罗田县人民政府", "2024年3月27日"]),
                ("caption", "2023年度行政复议案件统计表"),
                (
                    "table",
                    [
                        ["序号", "被申请人", "收案数", "受理数", "审结数", "维持", "调解撤回"],
                        ["1", "县市场监督管理局", "2", "2", "2", "1", "1"],
                        ["2", "县自然资源和规划局", "1", "1", "1", "1", "0"],
                        ["3", "县人力资源和社会保障局", "1", "1", "1", "0", "1"],
                        ["4", "县城市管理执法局", "1", "1", "1", "1", "0"],
                        ["合计", "", "5", "5", "5", "3", "2"],
                    ],
                ),
                ("p", "注：统计时间为2023年1月1日至2023年12月31日。"),
            ],
        ),
    ],
    "001": [
        (
            5,
            [
                (
                    "p",
                    "（五）强化公共法律服务供给。开通12348公共法律服务热线，县、乡镇两级公共法律"
                    "服务中心（站）的地址和联系电话在县政府门户网站、“罗田司法”微信公众号同步"
                    "公开，全年解答群众法律咨询1.1万人次。",
                ),
                (
                    "p",
                    "县法律援助中心联系电话：0713-5062348，节假日有专人值守，全年受理法律援助"
                    "申请1186件。",
                ),
                ("caption", "表1　2024年重点普法活动开展情况"),
                (
                    "table",
                    [
                        ["活动名称", "主办单位", "承办单位", "场次"],
                        ["“法律进乡村”巡回宣讲", "县司法局", "各乡镇人民政府", "127"],
                        ["“宪法宣传周”集中宣传", "县委依法治县办", "县司法局", "36"],
                        ["“民法典进万家”", "县司法局", "县妇联", "48"],
                    ],
                ),
            ],
        ),
        (
            19,
            [
                ("p", "下一步，县司法局将重点抓好以下工作："),
                (
                    "ol",
                    [
                        "全面完成“八五”普法规划总结验收；",
                        "推进行政复议规范化建设，提升案件办理质效；",
                        "推动公共法律服务实体平台、热线平台、网络平台融合发展。",
                    ],
                ),
                ("sign", ["罗田县司法局", "2025年1月20日"]),
                ("note", "（联系人：王志刚　联系电话：0713-5062148）"),
            ],
        ),
    ],
    "004": [
        (
            9,
            [
                ("h", "（九）加强知识产权保护。"),
                (
                    "p",
                    "版权执法监管持续加强，全年开展出版物市场、网络版权专项检查12次，查处侵权盗版"
                    "案件3件；推进软件正版化工作，全县党政机关软件正版化率保持100%。",
                ),
            ],
        ),
        (11, [CLOSING, ("sign", ["罗田县人民政府", "2021年3月29日"])]),
    ],
}


def report_blocks(seed_key: str) -> list[Block]:
    seed = load_seed(seed_key)
    additions = dict(ADDITIONS[seed_key])
    blocks: list[Block] = list(additions.get(-1, []))
    for n, line in enumerate(seed.body_lines):
        line = re.sub(r"[?？\ufffd]{3,}", "", line).strip()
        # the seed's section headings (一、…) are bold, as in the published texts
        if re.match(r"^[一二三四五六七八九十]+、", line) and len(line) < 40:
            blocks.append(("h", line))
        else:
            blocks.append(("p", line))
        blocks.extend(additions.get(n, []))
    return blocks


def gold_text(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind in ("p", "h", "caption"):
            lines.append(block[1])
        elif kind == "lead":
            lines.append(block[1] + block[2])
        elif kind in ("ol", "sign"):
            lines.extend(block[1])
        elif kind == "table":
            lines.extend(" ".join(c for c in row if c) for row in block[1])
    return "\n".join(lines)


def render_blocks(blocks: list[Block], *, word: bool = False) -> str:
    """The text as the editor stored it; `word` = pasted from Word (MsoNormal spans)."""

    def para(inner: str, style: str = "text-indent:2em;") -> str:
        if word:
            return (
                f'<p class="MsoNormal" style="{style}line-height:28pt;">'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt;">{inner}</span></p>'
            )
        return f'<p style="{style}">{inner}</p>'

    out: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind in ("p", "note"):
            out.append(para(esc(block[1])))
        elif kind == "h":
            out.append(para(f"<strong>{esc(block[1])}</strong>"))
        elif kind == "lead":
            out.append(para(f"<strong>{esc(block[1])}</strong>{esc(block[2])}"))
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in block[1]) + "</ol>")
        elif kind == "sign":
            out.append("<p>&nbsp;</p>")
            out.extend(para(esc(line), "text-align:right;") for line in block[1])
        elif kind == "caption":
            out.append(para(f"<strong>{esc(block[1])}</strong>", "text-align:center;"))
        elif kind == "table":
            rows = []
            for k, row in enumerate(block[1]):
                cells = []
                skip = False
                for j, cell in enumerate(row):
                    if skip:
                        skip = False
                        continue
                    tag = "th" if k == 0 else "td"
                    if cell == "合计" and j == 0:
                        cells.append(f'<{tag} colspan="2" align="center">{esc(cell)}</{tag}>')
                        skip = True
                    else:
                        cells.append(f'<{tag} align="center">{esc(cell)}</{tag}>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="100%" '
                'style="border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
    return "\n".join(out)


NEWS_BODY = [
    "3月21日，县长主持召开县政府第46次常务会议，听取全县2024年度法治政府建设情况报告，"
    "研究部署2025年法治政府建设重点工作。",
    "会议指出，2024年全县法治政府建设取得新成效，要认真总结经验，正视存在的问题。",
    "会议强调，各乡镇、各部门要认真落实党政主要负责人履行推进法治建设第一责任人职责，"
    "坚持依法决策、依法行政，推动法治政府建设各项任务落地见效。",
    "会议还研究了其他事项。",
]
SUBMIT_BODY = [
    "各乡镇人民政府，县政府各部门：",
    "根据《法治政府建设与责任落实督察工作规定》，请各单位于2025年1月10日前将本单位"
    "2024年度法治政府建设情况报告报送县委依法治县办，同时在本单位门户网站或政务公开专栏公开。",
    "联系人：县司法局法治督察股　联系电话：0713-5062148",
]


def _href(path: str, base: str) -> str:
    """TRS lists link their own articles relatively, others' by their root path."""
    return "./" + path.removeprefix(base) if path.startswith(base) else path


class LookalikeBodyCountySite(BlindSite):
    name = "lookalike_body_county"
    region = "湖北省黄冈市罗田县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 1062210
        self.articles: dict[str, list[tuple[str, str, str]]] = {}
        self.pending: list[tuple[str, str, list[Block], dict[str, Any]]] = []
        self.gold_paths: set[str] = set()
        self._fzzf()
        self._sfj()
        self._ndbg()
        self._news()
        self._other_columns()
        self._render_pending()
        self._zwgk()
        self._home()

    # --- 法治政府建设 -----------------------------------------------------------------------
    def _fzzf(self) -> None:
        items: list[tuple[str, str, str]] = []

        def neg(title: str, pub: str, publisher: str = GOV_OFFICE, body: Any = None) -> None:
            items.append(self._article(FZZF, title, pub, publisher, body or NEGATIVE_BODY))
            self.negative_titles.append(title)

        def gold(
            title: str,
            seed: str,
            pub: str,
            *,
            col: str = FZZF,
            template: str = "trs",
            word: bool = False,
            **meta: Any,
        ) -> None:
            # The 司法局's report lives in its own column (its sub-site's template); the
            # 法治政府建设 column links it there, as a TRS 引用 does.
            path = self._path(col, pub)
            self.gold_report(path, seed, title, publish_date=pub, **meta)
            blocks = report_blocks(seed)
            self.gold[-1].body = gold_text(blocks)
            self.gold_paths.add(path)
            extra = {"col": col, "pub": pub, "word": word, "template": template}
            self.pending.append((path, title, blocks, extra | meta))
            items.append((title, path, pub))

        neg("罗田县2025年法治政府建设工作要点", "2025-04-08")
        neg("一图读懂｜罗田县2024年度法治政府建设情况报告", "2025-03-28")
        gold(
            "罗田县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            "2025-03-28",
            word=True,
            index_no=f"{CREDIT}/2025-00031",
            publisher=GOV,
            written_date="2025-03-26",
            doc_no="罗政文〔2025〕11号",
        )
        neg("罗田县2024年度法治政府建设考核结果通报", "2025-04-02")
        gold(
            "罗田县司法局2024年度法治政府建设工作报告",
            "001",
            "2025-01-22",
            col=SFJ_COL,
            template="dept",
            index_no=f"{SFJ_CREDIT}/2025-00004",
            publisher=SFJ,
            written_date="2025-01-20",
        )
        gold(
            "罗田县人民政府关于2023年度法治政府建设情况的报告",
            "000",
            "2024-03-29",
            index_no=f"{CREDIT}/2024-00027",
            publisher=GOV,
            written_date="2024-03-27",
            doc_no="罗政文〔2024〕9号",
        )
        neg("罗田县2023年度法治政府建设考核结果通报", "2024-02-26")
        neg("关于2023年度法治政府建设督察反馈问题整改情况的报告", "2023-11-20", GOV)
        neg("罗田县2023年法治政府建设工作要点", "2023-04-06")
        neg("罗田县行政执法“三项制度”落实情况公示", "2023-03-15", SFJ)
        # page 2
        neg("罗田县法治政府建设实施方案（2021—2025年）", "2022-01-14", GOV)
        neg("罗田县2021年法治政府建设工作要点", "2021-04-12")
        gold(
            "罗田县2020年度法治政府建设工作开展情况",
            "004",
            "2021-03-30",
            index_no=f"{CREDIT}/2021-00019",
            publisher=GOV,
            written_date="2021-03-29",
        )
        neg("罗田县“八五”普法规划（2021—2025年）", "2021-12-28", SFJ)
        items.sort(key=lambda it: it[2], reverse=True)
        self.articles[FZZF] = items
        self._list(FZZF, "法治政府建设", items, ("法定主动公开内容", "/zwgk/fdzdgknr/"))

    def _sfj(self) -> None:
        report = next(it for it in self.articles[FZZF] if it[0].startswith("罗田县司法局"))
        items = [
            self._article(
                SFJ_COL, "罗田县司法局2025年第一季度行政执法数据公开", "2025-04-03", SFJ
            ),
            report,
            self._article(SFJ_COL, "罗田县司法局2025年部门预算公开", "2025-01-16", SFJ),
            self._article(
                SFJ_COL, "罗田县2024年普法依法治理工作要点", "2024-04-02", SFJ, NEGATIVE_BODY
            ),
            self._article(SFJ_COL, "罗田县司法局2024年行政执法统计年报", "2025-01-10", SFJ),
        ]
        self.negative_titles.append(items[-1][0])
        self.articles[SFJ_COL] = items
        self._list(SFJ_COL, "县司法局", items, ("部门信息公开", "/zwgk/bmxxgk/"))

    def _ndbg(self) -> None:
        items = []
        for year in range(2024, 2018, -1):
            title = f"罗田县人民政府{year}年政府信息公开工作年度报告"
            items.append(self._article(NDBG, title, f"{year + 1}-01-{20 + year % 7}", GOV_OFFICE))
            self.negative_titles.append(title)
        self.articles[NDBG] = items
        self._list(NDBG, "政府信息公开年报", items, ("政务公开", "/zwgk/"))

    def _news(self) -> None:
        news = [
            self._article(NEWS, "罗田县召开县政府第47次常务会议", "2025-04-11", "县融媒体中心"),
            self._article(
                NEWS,
                "县政府常务会议听取2024年度法治政府建设情况报告",
                "2025-03-21",
                "县融媒体中心",
                NEWS_BODY,
                news=True,
            ),
            self._article(
                NEWS, "县领导调研春季农业生产和森林防火工作", "2025-03-18", "县融媒体中心"
            ),
            self._article(
                NEWS, "罗田县举办2025年“春风行动”专场招聘会", "2025-03-06", "县融媒体中心"
            ),
        ]
        self.negative_titles.append(news[1][0])
        self.articles[NEWS] = news
        self._list(NEWS, "罗田要闻", news, ("新闻中心", "/xwzx/"))
        notices = [
            self._article(
                NOTICES, "罗田县2025年公开招聘社区专职工作者公告", "2025-04-09", GOV_OFFICE
            ),
            self._article(
                NOTICES,
                "关于召开全县2025年法治政府建设工作推进会的通知",
                "2025-04-01",
                GOV_OFFICE,
                NEGATIVE_BODY,
            ),
            self._article(NOTICES, "罗田县2025年春季森林防火禁火令", "2025-02-28", GOV),
            self._article(
                NOTICES,
                "关于报送2024年度法治政府建设情况报告的通知",
                "2024-12-10",
                GOV_OFFICE,
                SUBMIT_BODY,
            ),
        ]
        self.negative_titles += [notices[1][0], notices[3][0]]
        self.articles[NOTICES] = notices
        self._list(NOTICES, "通知公告", notices, ("新闻中心", "/xwzx/"))
        self.news, self.notices = news, notices

    def _other_columns(self) -> None:
        fillers = {
            "zwgk/xxgkzn": ("政府信息公开指南", ["罗田县人民政府信息公开指南"]),
            "zwgk/xxgkzd": ("政府信息公开制度", ["罗田县政府信息公开保密审查制度"]),
            "zwgk/fdzdgknr/zcwj": (
                "政策文件",
                [
                    "罗田县人民政府关于印发罗田县优化营商环境若干措施的通知",
                    "罗田县人民政府办公室关于做好2025年春季防汛工作的通知",
                ],
            ),
            "zwgk/fdzdgknr/czzj": ("财政资金", ["罗田县2025年县级部门预算公开"]),
            "zwgk/fdzdgknr/jytabl": ("建议提案办理", ["对县十九届人大三次会议第12号建议的答复"]),
        }
        for col, (name, titles) in fillers.items():
            items = [
                self._article(col, t, f"2025-0{3 - k}-1{k + 2}", GOV_OFFICE)
                for k, t in enumerate(titles)
            ]
            self.articles[col] = items
            self._list(col, name, items, ("政务公开", "/zwgk/"))

    # --- pages -------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 17
        return f"/{col}/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _article(
        self,
        col: str,
        title: str,
        pub: str,
        publisher: str,
        body: list[str] | None = None,
        *,
        news: bool = False,
    ) -> tuple[str, str, str]:
        path = self._path(col, pub)
        blocks: list[Block] = [("p", line) for line in (body or FILLER_BODY)]
        meta: dict[str, Any] = {"col": col, "pub": pub, "publisher": publisher, "news": news}
        if not news:
            meta |= {
                "index_no": f"{CREDIT}/{pub[:4]}-{self.next_id % 1000:05d}",
                "written_date": pub,
            }
        self.pending.append((path, title, blocks, meta))
        return title, path, pub

    def _render_pending(self) -> None:
        for path, title, blocks, meta in self.pending:
            col = meta["col"]
            items = self.articles.get(col, [])
            idx = next((k for k, it in enumerate(items) if it[1] == path), None)
            prev_item = items[idx - 1] if idx else None
            next_item = items[idx + 1] if idx is not None and idx + 1 < len(items) else None
            related = [it for it in self.articles.get(FZZF, []) if it[1] != path]
            if col == FZZF or path in self.gold_paths:
                related = [it for it in related if "报告" in it[0] or "开展情况" in it[0]][:5]
            else:
                related = [it for it in items if it[1] != path][:4]
            render = self._dept_detail if meta.get("template") == "dept" else self._detail
            self.page(
                path,
                render(
                    title,
                    blocks,
                    col=col,
                    pub=meta["pub"],
                    publisher=meta["publisher"],
                    index_no=meta.get("index_no"),
                    written_date=meta.get("written_date"),
                    doc_no=meta.get("doc_no"),
                    word=meta.get("word", False),
                    news=meta.get("news", False),
                    prev_item=prev_item,
                    next_item=next_item,
                    related=related,
                ),
            )

    def _detail(
        self,
        title: str,
        blocks: list[Block],
        *,
        col: str,
        pub: str,
        publisher: str,
        index_no: str | None,
        written_date: str | None,
        doc_no: str | None,
        word: bool,
        news: bool,
        prev_item: tuple[str, str, str] | None,
        next_item: tuple[str, str, str] | None,
        related: list[tuple[str, str, str]],
    ) -> str:
        table = ""
        if not news:
            topic = "政府工作" if col == FZZF else "其他"
            table = (
                '<div class="xxgk-info"><table class="xxgk-table" width="100%" border="0" '
                'cellspacing="0" cellpadding="0"><tbody>'
                f"<tr><td class='t'><b>索 引 号：</b></td><td>{esc(index_no or '')}</td>"
                f"<td class='t'><b>主题分类：</b></td><td>{esc(topic)}</td></tr>"
                f"<tr><td class='t'><b>发布机构：</b></td><td>{esc(publisher)}</td>"
                f"<td class='t'><b>成文日期：</b></td><td>{esc(written_date or '')}</td></tr>"
                f"<tr><td class='t'><b>文　　号：</b></td><td>{esc(doc_no or '')}</td>"
                f"<td class='t'><b>发布日期：</b></td><td>{esc(pub)}</td></tr>"
                f"<tr><td class='t'><b>名　　称：</b></td><td colspan='3'>{esc(title)}</td></tr>"
                "</tbody></table></div>"
            )
        attr = (
            f'<div class="article-attr"><span>发布时间：{esc(pub)} 10:{len(title) % 50 + 10}'
            f"</span><span>来源：{esc(publisher)}</span>"
            '<span>浏览次数：<font id="readCount"><script>getReadCount("'
            f'{esc(title[:6])}");</script></font></span>'
            '<span class="zh">字体：[<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]'
            "</span></div>"
        )
        style = (
            "<style type=text/css>\n.TRS_Editor P{margin-top:5px;margin-bottom:5px;"
            "line-height:1.5;font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}"
            "\n</style>"
        )
        tools = (
            '<div class="article-tools"><div class="fl">【<a href="javascript:window.print();">'
            '打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>'
            '<div class="fr bdsharebuttonbox"><span>分享到：</span>'
            '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
            '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
            '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>'
        )

        def neighbour(label: str, item: tuple[str, str, str] | None) -> str:
            if item is None:
                return f"<p>{label}：没有了</p>"
            return f'<p>{label}：<a href="{esc(item[1])}" title="{esc(item[0])}">{esc(item[0])}</a></p>'

        pager = (
            '<div class="article-page">'
            + neighbour("上一篇", prev_item)
            + neighbour("下一篇", next_item)
            + "</div>"
        )
        rel = ""
        if related:
            rel = (
                '<div class="related"><div class="related-tit">相关阅读</div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in related
                )
                + "</ul></div>"
            )
        main = (
            '<div class="article-wrap">'
            + table
            + f'<div class="article-title"><h1>{esc(title)}</h1></div>'
            + attr
            + '<div class="article-content" id="zoom"><div class="TRS_Editor">'
            + style
            + "\n"
            + render_blocks(blocks, word=word)
            + "\n</div></div>"
            + tools
            + pager
            + rel
            + "</div>"
        )
        meta = {"ArticleTitle": title, "PubDate": pub, "ContentSource": publisher}
        return self._frame(title, self._crumbs(col), main, meta)

    def _dept_detail(
        self,
        title: str,
        blocks: list[Block],
        *,
        col: str,
        pub: str,
        publisher: str,
        index_no: str | None,
        written_date: str | None,
        doc_no: str | None,
        word: bool,
        news: bool,
        prev_item: tuple[str, str, str] | None,
        next_item: tuple[str, str, str] | None,
        related: list[tuple[str, str, str]],
    ) -> str:
        """The 司法局 sub-site's article: a dl/dd 信息索引, and the share line, 打印/关闭,
        上一篇/下一篇 and 相关阅读 inside the `#zoom` box after the text."""
        meta = "".join(
            f"<dt>{esc(k)}：</dt><dd>{esc(v or '')}</dd>"
            for k, v in (
                ("索引号", index_no),
                ("发布机构", publisher),
                ("成文日期", written_date),
                ("文号", doc_no),
                ("发布日期", pub),
            )
        )

        def neighbour(label: str, item: tuple[str, str, str] | None) -> str:
            if item is None:
                return f"<p>{label}：没有了</p>"
            return f'<p>{label}：<a href="{esc(item[1])}">{esc(item[0])}</a></p>'

        rel = "".join(
            f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for t, u, _ in related
        )
        main = (
            '<div class="dept-banner"><img src="/images/sfj_banner.jpg" alt="罗田县司法局" />'
            "</div>"
            '<div class="con_main">'
            f'<h2 class="con_title">{esc(title)}</h2>'
            f'<div class="con_info">发布日期：{esc(pub)}　来源：{esc(publisher)}　'
            '【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">'
            '中</a> <a href="javascript:fontZoom(14)">小</a>】</div>'
            f'<div class="xxgk_dl"><dl>{meta}</dl></div>'
            '<div class="con_text" id="zoom">\n'
            + render_blocks(blocks, word=word)
            + "\n<p>&nbsp;</p>"
            + '<p class="fx">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>'
            + ' <a href="javascript:;">QQ空间</a></p>'
            + '<p align="center">【<a href="javascript:window.print()">打印本页</a>】　'
            + '【<a href="javascript:window.close()">关闭窗口</a>】</p>'
            + neighbour("上一篇", prev_item)
            + neighbour("下一篇", next_item)
            + f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div>'
            + "</div></div>"
        )
        meta_tags = {"ArticleTitle": title, "PubDate": pub, "ContentSource": publisher}
        return self._frame(title, [*self._crumbs(col), ("县司法局", f"/{col}/")], main, meta_tags)

    def _crumbs(self, col: str) -> list[tuple[str, str]]:
        names = {
            FZZF: [("政务公开", "/zwgk/"), ("法定主动公开内容", "/zwgk/fdzdgknr/")],
            SFJ_COL: [("政务公开", "/zwgk/"), ("部门信息公开", "/zwgk/bmxxgk/")],
            NEWS: [("新闻中心", "/xwzx/")],
            NOTICES: [("新闻中心", "/xwzx/")],
        }
        return [("首页", "/index.html"), *names.get(col, [("政务公开", "/zwgk/")])]

    def _list(
        self,
        col: str,
        name: str,
        items: list[tuple[str, str, str]],
        section: tuple[str, str],
    ) -> None:
        base = f"/{col}/"
        chunks = [items[k : k + PAGE_SIZE] for k in range(0, len(items), PAGE_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="{esc(_href(u, base))}" target="_blank" title="{esc(t)}">'
                f"{esc(t)}</a><span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            pager = (
                '<div class="page"><script type="text/javascript">\n'
                f"//wcm分页，总记录：{len(items)}\n"
                f'createPageHTML({len(chunks)}, {n}, "index", "html");\n</script></div>'
            )
            main = (
                self._tree()
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{pager}</div>'
            )
            html = self._frame(name, [("首页", "/index.html"), section, (name, base)], main)
            self.page(base + ("index.html" if n == 0 else f"index_{n}.html"), html)
            if n == 0:
                self.page(base, html)

    def _tree(self) -> str:
        return fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", "/zwgk/xxgkzn/", []),
                ("政府信息公开制度", "/zwgk/xxgkzd/", []),
                (
                    "法定主动公开内容",
                    "/zwgk/fdzdgknr/",
                    [
                        ("政策文件", "/zwgk/fdzdgknr/zcwj/"),
                        ("财政资金", "/zwgk/fdzdgknr/czzj/"),
                        ("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/"),
                        ("建议提案办理", "/zwgk/fdzdgknr/jytabl/"),
                    ],
                ),
                ("部门信息公开", "/zwgk/bmxxgk/", [("县司法局", "/zwgk/bmxxgk/sfj/")]),
                ("政府信息公开年报", "/zwgk/xxgknb/", []),
            ],
        )

    def _zwgk(self) -> None:
        intro = (
            '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息，"
            "请通过左侧目录查阅。</p></div>"
        )
        html = self._frame("政府信息公开", [("首页", "/index.html")], self._tree() + intro)
        for path in ("/zwgk/", "/zwgk/index.html"):
            self.page(path, html)
        # the catalogue's branch pages list their columns
        for path, name, leaves in (
            (
                "/zwgk/fdzdgknr/",
                "法定主动公开内容",
                [
                    ("政策文件", "/zwgk/fdzdgknr/zcwj/"),
                    ("财政资金", "/zwgk/fdzdgknr/czzj/"),
                    ("法治政府建设", "/zwgk/fdzdgknr/fzzfjs/"),
                    ("建议提案办理", "/zwgk/fdzdgknr/jytabl/"),
                ],
            ),
            ("/zwgk/bmxxgk/", "部门信息公开", [("县司法局", "/zwgk/bmxxgk/sfj/")]),
        ):
            box = (
                f'<div class="list-right"><div class="list-tit">{esc(name)}</div><ul class="sub-cols">'
                + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in leaves)
                + "</ul></div>"
            )
            page = self._frame(
                name, [("首页", "/index.html"), ("政务公开", "/zwgk/")], self._tree() + box
            )
            self.page(path, page)
            self.page(path + "index.html", page)
        xwzx = self._frame(
            "新闻中心",
            [("首页", "/index.html")],
            '<div class="list-right"><ul class="sub-cols">'
            f'<li><a href="/{NEWS}/">罗田要闻</a></li><li><a href="/{NOTICES}/">通知公告</a></li>'
            "</ul></div>",
        )
        self.page("/xwzx/", xwzx)

    def _home(self) -> None:
        def box(title: str, more: str, items: list[tuple[str, str, str]]) -> str:
            return (
                f'<div class="home-box"><div class="tit"><span>{esc(title)}</span>'
                f'<a class="more" href="{more}">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        zwgk = (
            '<div class="home-box zwgk-box"><div class="tit"><span>政务公开</span>'
            '<a class="more" href="/zwgk/">更多&gt;&gt;</a></div><ul class="icons">'
            '<li><a href="/zwgk/xxgkzn/">信息公开指南</a></li>'
            '<li><a href="/zwgk/fdzdgknr/zcwj/">政策文件</a></li>'
            '<li><a href="/zwgk/fdzdgknr/czzj/">财政资金</a></li>'
            '<li><a href="/zwgk/xxgknb/">信息公开年报</a></li>'
            '<li><a href="/zwgk/">政府信息公开目录</a></li></ul></div>'
        )
        main = (
            '<div class="home-row">'
            + box("罗田要闻", f"/{NEWS}/", self.news)
            + box("通知公告", f"/{NOTICES}/", self.notices)
            + "</div><div class='home-row'>"
            + zwgk
            + fu.interaction_sidebar()
            + "</div>"
        )
        html = self._frame(SITE, [], main)
        self.page("/index.html", html)
        self.page("/", html)

    def _frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        meta: dict[str, str] | None = None,
    ) -> str:
        nav = [
            ("首页", "/index.html"),
            ("走进罗田", "/zjlt/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://zwfw.hubei.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(
                head_title,
                site=SITE,
                code=CODE,
                meta=meta,
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.footer_block(
                SITE,
                icp="鄂ICP备05003316号-1",
                police="鄂公网安备 42112302000105号",
                code=CODE,
                address="湖北省黄冈市罗田县凤山镇义水北路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
