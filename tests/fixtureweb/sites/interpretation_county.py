"""A Hunan county portal (隆回县, 邵阳市) on the province's intensive platform (`/<col>/<col>/
index.htm`, articles `…/content_<id>.html`) where every year's 法治政府建设 report is surrounded
by its near relatives, published beside it as real portals do:

- 专题专栏 → 法治政府建设专栏 (`/1070/1071/index.htm`): one page holding four tabs (工作动态 /
  政策文件 / 年度报告 / 政策解读) as hidden panes, each pane's newest items and a `更多>>` to
  its own column (`/1070/1071/107N/index.htm`); the 年度报告 column links the catalogue's
  report pages (a CMS 引用: the same URL) beside two 述法 reports (`党政主要负责人履行推进法治
  建设第一责任人职责情况报告`: reports, but not 法治政府建设 annual reports);
- 政务公开 → 信息公开目录 → 法定主动公开内容 → 法治政府建设 (`/1010/1021/1033/index.htm`,
  two pages): the 县政府's 2024, 2023 and 2020 reports and the 县司法局's 2024 report, each
  with a 信息公开 table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期, 有效性), beside
  the 人大常委会's 审议意见 on the 2023 report, the 市司法局's 督察反馈 函, the 2023 考评结果
  table, 实施方案 and 工作要点; 政策解读 (`/1010/1021/1030/`) lists the 解读 pages;
  政府信息公开年报 the 信息公开 annual reports;
- each report page links its 解读 (`相关解读：…`), its Word file (`附件：….docx`, the same
  text) and a print version (`/common/print.jsp?id=…`, the same text in a bare template);
- the relatives: `《…2023年度法治政府建设工作报告》解读` (quotes the report),
  `一图读懂…2023年法治政府建设年度报告` (images, alt texts, a caption), `图解：…2024…报告`,
  `【视频解读】…2023年度法治政府建设工作报告` (a video and a caption), an H5
  (`/h5/2023fzzf/index.html`, its `<title>` the report's name), the 公示 of the 2023 report
  (its body quotes the first half of the report), the 征求意见 notice of the 2024 draft,
  a 常务会议 news item that 听取 the report;
- the 县司法局's sub-site under the same host (`/lhxsfj/…`, its own header and footer)
  reposts the 2023 county report and its own 2024 report in 法治建设 (`发布时间：… 来源：…`,
  no 索引号, another URL): `aliases`; each report must come out once.
"""

from __future__ import annotations

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.documents import report_docx
from tests.fixtureweb.pages import esc
from tests.fixtureweb.seeds import load_seed
from tests.fixtureweb.server import Reply

SITE = "隆回县人民政府"
GOV = "隆回县人民政府"
GOV_OFFICE = "隆回县人民政府办公室"
SFJ = "隆回县司法局"
SFJ_SITE = "隆回县司法局"
CODE = "4305240001"
CREDIT = "11430524006302415X"
SFJ_CREDIT = "11430524006302601R"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PAGE_SIZE = 8
ON = ' class="on"'

# Columns.
YW = "/1001/1002"  # 隆回要闻
TZGG = "/1001/1004"  # 通知公告
ZWGK = "/1010"
ZCWJ = "/1010/1021/1022"  # 政策文件
JD = "/1010/1021/1030"  # 政策解读
FZZF = "/1010/1021/1033"  # 法治政府建设 (catalogue)
NDBG = "/1010/1040"  # 政府信息公开年报
ZTZL = "/1070"
ZL = "/1070/1071"  # 法治政府建设专栏
ZL_DT, ZL_WJ, ZL_BG, ZL_JD = (f"{ZL}/{n}" for n in (1072, 1073, 1074, 1075))
SFJ_HOME = "/lhxsfj"
SFJ_DT = "/lhxsfj/2301"  # 工作动态
SFJ_FZ = "/lhxsfj/2302"  # 法治建设
SFJ_PF = "/lhxsfj/2303"  # 普法宣传

NAV = [
    ("首页", "/index.htm"),
    ("走进隆回", "/1090/index.htm"),
    ("新闻中心", f"{YW}/index.htm"),
    ("政务公开", f"{ZWGK}/index.htm"),
    ("政务服务", "https://zwfw-new.hunan.gov.cn/"),
    ("互动交流", "/1080/index.htm"),
    ("专题专栏", f"{ZTZL}/index.htm"),
]

JIEDU_INTRO = [
    "近日，《隆回县2023年度法治政府建设工作报告》（以下简称《报告》）正式对外公布。"
    "为便于社会公众全面了解《报告》内容，现就有关情况解读如下。",
    "一、出台背景",
    "根据《法治政府建设与责任落实督察工作规定》和《湖南省法治政府建设年度报告工作办法》，"
    "县级人民政府每年第一季度要向社会公开上一年度法治政府建设情况报告。",
    "二、主要内容",
    "《报告》共分为三个部分。第一部分总结了2023年度法治政府建设主要举措和成效，"
    "从八个方面进行了梳理。其中指出：",
]
JIEDU_OUTRO = [
    "第二部分客观分析了存在的问题。第三部分明确了2024年重点工作安排，主要包括：",
    "三、解读机关及联系方式",
    "解读机关：隆回县司法局　解读人：县司法局法治督察股　联系电话：0739-8231526",
]

SELF_CHECK = [
    "根据市委依法治市办《关于开展2024年度法治政府建设督察工作的通知》要求，我局对照督察"
    "内容清单，逐项开展了自查。现将自查情况报告如下：",
    "一、自查工作开展情况",
    "局党组高度重视，成立了以局长为组长的自查工作领导小组，对照督察清单32项内容逐项梳理，"
    "收集佐证材料，形成自查台账。",
    "二、自查发现的问题",
    "（一）部分行政执法案卷归档不够及时；（二）“谁执法谁普法”责任清单更新不及时；"
    "（三）法律顾问参与合同审查的记录不够完整。",
    "三、整改措施",
    "针对上述问题，我局已制定整改清单，明确责任股室和整改时限，确保于2024年12月底前整改到位。",
]
# The 专栏's tab panes cut titles at this length (`…`), with no `title=`.
TAB_TITLE_LEN = 20


class InterpretationCountySite(BlindSite):
    name = "interpretation_county"
    region = "湖南省邵阳市隆回县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.aliases.clear()
        self.next_id = 3_482_117
        self.cols: dict[str, list[tuple[str, str, str]]] = {}
        self._reports()
        self._relatives()
        self._others()
        self._sfj_site()
        self._zl_copy()
        self._draft()
        self._lists()
        self._home()

    # --- the reports ------------------------------------------------------------------------
    def _reports(self) -> None:
        self.g2024 = self._gold(
            "隆回县人民政府关于2024年度法治政府建设情况的报告",
            "003",
            pub="2025-03-27 16:20",
            written="2025-03-24",
            doc_no="隆政报〔2025〕5号",
            index_no=f"{CREDIT}/2025-00046",
            publisher=GOV,
            relatives="2024",
        )
        self.g_sfj = self._gold(
            "隆回县司法局2024年度法治政府建设工作报告",
            "001",
            pub="2025-02-14 09:05",
            written="2025-02-12",
            doc_no="",
            index_no=f"{SFJ_CREDIT}/2025-00007",
            publisher=SFJ,
        )
        self.g2023 = self._gold(
            "隆回县2023年度法治政府建设工作报告",
            "000",
            pub="2024-03-28 10:42",
            written="2024-03-25",
            doc_no="隆政报〔2024〕6号",
            index_no=f"{CREDIT}/2024-00039",
            publisher=GOV,
            relatives="2023",
        )
        self.g2020 = self._gold(
            "隆回县2020年度法治政府建设工作开展情况",
            "004",
            pub="2021-03-30 15:11",
            written="2021-03-29",
            doc_no="隆政报〔2021〕3号",
            index_no=f"{CREDIT}/2021-00052",
            publisher=GOV,
        )

    def _gold(
        self,
        title: str,
        seed: str,
        *,
        pub: str,
        written: str,
        doc_no: str,
        index_no: str,
        publisher: str,
        relatives: str = "",
    ) -> tuple[str, str, str]:
        cid = self._id()
        path = f"{FZZF}/content_{cid}.html"
        body = self.gold_report(
            path,
            seed,
            title,
            publisher=publisher,
            publish_date=pub[:10],
            index_no=index_no,
            written_date=written,
            doc_no=doc_no or None,
        )
        docx = f"/uploadfiles/{pub[:7].replace('-', '')}/{pub[:10].replace('-', '')}{cid}.docx"
        self.pages[docx] = Reply(
            200,
            report_docx(title, body),
            {
                "Content-Type": DOCX,
                "Content-Disposition": f'attachment; filename="{cid}.docx"',
            },
        )
        self.page(
            f"/common/print.jsp?id={cid}&type=content",
            self._print(title, body, pub=pub, source=publisher),
        )
        self._pending_detail = getattr(self, "_pending_detail", [])
        self._pending_detail.append(
            {
                "path": path,
                "cid": cid,
                "title": title,
                "body": body,
                "pub": pub,
                "written": written,
                "doc_no": doc_no,
                "index_no": index_no,
                "publisher": publisher,
                "docx": docx,
                "relatives": relatives,
            }
        )
        item = (title, path, pub[:10])
        self._add(FZZF, item)
        self._add(ZL_BG, item)
        return item

    # --- the relatives ----------------------------------------------------------------------
    def _relatives(self) -> None:
        s000 = list(load_seed("000").body_lines)
        s003 = list(load_seed("003").body_lines)
        self.rel: dict[str, list[tuple[str, str]]] = {"2023": [], "2024": []}

        # 解读 (quotes the report).
        t = "《隆回县2023年度法治政府建设工作报告》解读"
        p = self._article(
            ZL_JD,
            t,
            [*JIEDU_INTRO, s000[3], s000[15], s000[31], *JIEDU_OUTRO, s000[40]],
            "2024-03-29 09:30",
            SFJ,
            negative=True,
        )
        self._add(JD, (t, p, "2024-03-29"))
        self.rel["2023"].append((t, p))

        # 一图读懂 (images with a caption).
        t = "一图读懂隆回县2023年法治政府建设年度报告"
        p = self._image_page(ZL_JD, t, "2024-03-29 15:02", 6)
        self._add(JD, (t, p, "2024-03-29"))
        self.rel["2023"].append((t, p))

        # 视频解读.
        t = "【视频解读】隆回县2023年度法治政府建设工作报告"
        p = self._video_page(ZL_JD, t, "2024-04-02 11:18")
        self.rel["2023"].append((t, p))

        # H5.
        t = "H5丨一起来看！隆回县2023年度法治政府建设工作报告"
        self._h5()
        self._add(ZL_JD, (t, "/h5/2023fzzf/index.html", "2024-04-03"))
        self.negative_titles.append(t)

        # 2024: 图解 and a 解读.
        t = "图解：隆回县人民政府关于2024年度法治政府建设情况的报告"
        p = self._image_page(ZL_JD, t, "2025-03-28 10:00", 5)
        self._add(JD, (t, p, "2025-03-28"))
        self.rel["2024"].append((t, p))
        t = "《隆回县人民政府关于2024年度法治政府建设情况的报告》政策解读"
        body = [
            JIEDU_INTRO[0].replace("《隆回县2023年度法治政府建设工作报告》", f"《{t[1:-5]}》"),
            "一、主要内容",
            "《报告》从五个方面总结了2024年度法治政府建设工作。其中指出：",
            s003[2],
            s003[8],
            "二、下一步工作",
            s003[14],
            JIEDU_OUTRO[-1],
        ]
        p = self._article(ZL_JD, t, body, "2025-03-28 16:45", SFJ, negative=True)
        self._add(JD, (t, p, "2025-03-28"))
        self.rel["2024"].append((t, p))

        # 公示 of the 2023 report: quotes its first half.
        t = "关于隆回县2023年度法治政府建设情况报告的公示"
        body = [
            "根据《法治政府建设与责任落实督察工作规定》要求，现将《隆回县2023年度法治政府建设"
            "工作报告》主要内容予以公示，公示期为2024年3月18日至3月22日（5个工作日）。",
            "公示期间，如对报告内容有意见建议，请以书面形式反馈至隆回县司法局法治督察股。",
            "联系电话：0739-8231526　电子邮箱：lhxsfjfzdc@163.com",
            "附：隆回县2023年度法治政府建设工作报告（公示稿）",
            *s000[:22],
            "（全文略）",
            "隆回县司法局",
            "2024年3月18日",
        ]
        p = self._article(TZGG, t, body, "2024-03-18 17:30", SFJ, negative=True)
        self._add(ZL_DT, (t, p, "2024-03-18"))

        # 征求意见 on the 2024 draft (the draft as a Word file).
        t = "关于公开征求《隆回县人民政府关于2024年度法治政府建设情况的报告（征求意见稿）》意见的公告"
        draft = "/uploadfiles/202503/202503110938271.docx"
        self.pages[draft] = Reply(
            200,
            report_docx(
                "隆回县人民政府关于2024年度法治政府建设情况的报告（征求意见稿）", s003[:9]
            ),
            {"Content-Type": DOCX},
        )
        body = [
            "为进一步提高法治政府建设年度报告编制质量，广泛听取社会各界意见，现将《隆回县人民政府"
            "关于2024年度法治政府建设情况的报告（征求意见稿）》向社会公开征求意见。",
            "征求意见时间：2025年3月11日至2025年3月17日。",
            "意见反馈方式：电子邮件发送至lhxsfjfzdc@163.com，或邮寄至隆回县司法局法治督察股"
            "（信封注明“法治政府建设年度报告意见”）。",
        ]
        p = self._article(
            TZGG,
            t,
            body,
            "2025-03-11 10:12",
            SFJ,
            negative=True,
            attachments=[
                (draft, "隆回县人民政府关于2024年度法治政府建设情况的报告（征求意见稿）.docx")
            ],
        )
        self._add(ZL_DT, (t, p, "2025-03-11"))

        # 人大常委会's 审议意见.
        t = "隆回县人大常委会关于县人民政府2023年度法治政府建设情况报告的审议意见"
        body = [
            "2024年4月26日，县十八届人大常委会第十九次会议听取和审议了县人民政府关于2023年度"
            "法治政府建设情况的报告。会议认为，县人民政府深入学习贯彻习近平法治思想，法治政府"
            "建设取得了积极成效。",
            "会议指出，我县法治政府建设还存在一些不足：一是依法行政意识有待增强；二是行政执法"
            "规范化水平有待提高；三是基层法治力量较为薄弱。",
            "为此，会议提出如下审议意见：",
            "一、进一步压实法治建设责任。严格落实党政主要负责人履行推进法治建设第一责任人职责。",
            "二、进一步规范行政执法行为。全面落实行政执法“三项制度”，加强执法监督。",
            "三、进一步加强法治队伍建设。充实基层法治工作力量，提升执法人员素质。",
            "县人民政府要认真研究处理审议意见，并于6个月内将研究处理情况向县人大常委会报告。",
        ]
        p = self._catalogue_doc(
            t,
            body,
            "2024-05-08 09:00",
            "隆回县人大常委会办公室",
            "2024-05-06",
            "隆人常函〔2024〕11号",
        )
        self._add(FZZF, (t, p, "2024-05-08"))

        # 市司法局's 督察反馈.
        t = "关于反馈隆回县法治政府建设工作督察情况的函"
        body = [
            "隆回县人民政府：",
            "根据《邵阳市2023年度法治政府建设督察工作方案》安排，市委全面依法治市委员会办公室"
            "督察组于2023年11月对你县法治政府建设工作进行了实地督察。现将督察情况反馈如下：",
            "一、总体情况",
            "你县高度重视法治政府建设，党政主要负责人履行推进法治建设第一责任人职责较好。",
            "二、存在的问题",
            "（一）重大行政决策程序执行不够严格。（二）行政复议案件纠错率偏高。"
            "（三）法治政府建设年度报告公开不够及时。",
            "三、整改要求",
            "请你县对照反馈问题认真整改，于2024年2月底前将整改情况书面报送市委依法治市办。",
            "邵阳市司法局",
            "2023年12月20日",
        ]
        p = self._catalogue_doc(
            t, body, "2023-12-28 10:30", "邵阳市司法局", "2023-12-20", "邵司函〔2023〕87号"
        )
        self._add(FZZF, (t, p, "2023-12-28"))
        self._add(ZL_WJ, (t, p, "2023-12-28"))

        # 考评结果.
        t = "隆回县2023年度法治政府建设考评结果"
        rows = [
            ("序号", "单位", "考评得分", "等次"),
            ("1", "县公安局", "96.5", "优秀"),
            ("2", "县市场监督管理局", "95.0", "优秀"),
            ("3", "县自然资源局", "93.5", "优秀"),
            ("4", "桃洪镇人民政府", "92.0", "优秀"),
            ("5", "县住房和城乡建设局", "88.5", "良好"),
            ("6", "县交通运输局", "86.0", "良好"),
            ("7", "县卫生健康局", "84.5", "良好"),
        ]
        table = (
            '<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">'
            + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
            + "</table>"
        )
        p = self._catalogue_doc(
            t,
            [
                "根据《隆回县法治政府建设考核评价办法》，经县委全面依法治县委员会同意，现将2023年度"
                "全县法治政府建设考评结果公布如下："
            ],
            "2024-02-22 11:00",
            SFJ,
            "2024-02-21",
            "",
            extra_html=table,
        )
        self._add(FZZF, (t, p, "2024-02-22"))
        self._add(ZL_DT, (t, p, "2024-02-22"))

        # 述法 reports: reports, but not 法治政府建设 annual reports.
        for year, pub in (("2024", "2025-02-26 16:00"), ("2023", "2024-02-27 15:30")):
            t = f"隆回县人民政府县长{year}年度履行推进法治建设第一责任人职责情况报告"
            body = [
                f"{year}年，本人认真履行推进法治建设第一责任人职责，坚持把法治政府建设摆在全局"
                "工作的重要位置，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、"
                "重要任务亲自督办。现将有关情况报告如下：",
                "一、履行第一责任人职责情况",
                "（一）带头尊法学法。主持县政府常务会议会前学法12次，带头参加法治专题讲座。",
                "（二）带头依法决策。严格落实重大行政决策程序规定，重大决策事项全部经过合法性审查。",
                "（三）带头推进依法行政。研究部署法治政府建设工作，听取法治政府建设工作汇报。",
                "二、存在的不足",
                "对法治政府建设工作的督促检查还不够经常，基层法治力量建设还需加强。",
                "三、下一步打算",
                "继续认真履行推进法治建设第一责任人职责，推动法治政府建设再上新台阶。",
            ] * 2
            p = self._catalogue_doc(t, body, pub, GOV, pub[:10], "")
            self._add(FZZF, (t, p, pub[:10]))
            self._add(ZL_BG, (t, p, pub[:10]))
        # A 述法 of all 党政主要负责人, as a 专栏 item.
        t = "隆回县党政主要负责人履行推进法治建设第一责任人职责情况报告（2023年度）"
        p = self._article(
            ZL_DT, t, NEGATIVE_BODY, "2024-03-05 10:00", "县委依法治县办", negative=True
        )

    # --- other columns ----------------------------------------------------------------------
    def _others(self) -> None:
        # 法治政府建设 catalogue: plans, 要点.
        for t, pub in (
            ("隆回县2025年法治政府建设工作要点", "2025-04-10 09:00"),
            ("隆回县2024年法治政府建设工作要点", "2024-04-15 09:00"),
            ("隆回县法治政府建设实施方案（2021—2025年）", "2022-01-18 10:00"),
            ("隆回县“八五”普法规划（2021—2025年）", "2021-12-20 10:00"),
        ):
            p = self._catalogue_doc(t, NEGATIVE_BODY, pub, GOV_OFFICE, pub[:10], "")
            self._add(FZZF, (t, p, pub[:10]))
            self._add(ZL_WJ, (t, p, pub[:10]))
        # News.
        news = [
            ("隆回县召开县政府第46次常务会议", "2025-03-21 18:00", True),
            ("县政府常务会议听取2023年度法治政府建设工作报告", "2024-03-22 18:30", True),
            ("隆回县召开2025年全面依法治县工作会议", "2025-04-18 17:00", True),
            ("县领导调研春耕备耕工作", "2025-03-15 16:00", False),
            ("隆回县开展“宪法宣传周”集中宣传活动", "2024-12-04 15:00", False),
            ("隆回县举办2024年度领导干部法治专题讲座", "2024-06-12 16:30", False),
        ]
        for t, pub, fz in news:
            body = (
                [
                    f"{pub[:4]}年{int(pub[5:7])}月{int(pub[8:10])}日，县长主持召开县政府常务会议，"
                    "听取全县法治政府建设工作情况汇报，审议《隆回县法治政府建设年度报告》等事项。",
                    "会议强调，要深入学习贯彻习近平法治思想，坚持依法行政，全面推进法治政府建设。",
                    "会议还研究了其他事项。",
                ]
                if fz
                else FILLER_BODY
            )
            p = self._article(YW, t, body, pub, "隆回县融媒体中心", negative=fz)
            if fz:
                self._add(ZL_DT, (t, p, pub[:10]))
        for t, pub in (
            ("隆回县2025年公开招聘教师公告", "2025-04-08 10:00"),
            ("关于召开全县2024年法治政府建设推进会的通知", "2024-04-01 10:00"),
            ("隆回县2025年3月政府采购意向公开", "2025-03-05 10:00"),
        ):
            self._article(TZGG, t, FILLER_BODY, pub, GOV_OFFICE)
        # 政策文件 and the 信息公开 annual reports.
        for t, pub in (
            ("隆回县人民政府关于印发《隆回县优化营商环境若干措施》的通知", "2025-03-12 10:00"),
            ("隆回县人民政府办公室关于做好2025年春季防汛工作的通知", "2025-03-03 10:00"),
        ):
            p = self._catalogue_doc(t, FILLER_BODY, pub, GOV_OFFICE, pub[:10], "", col=ZCWJ)
            self._add(ZCWJ, (t, p, pub[:10]))
        for year in range(2024, 2019, -1):
            t = f"隆回县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-2{year % 8} 10:00"
            p = self._catalogue_doc(t, FILLER_BODY * 3, pub, GOV_OFFICE, pub[:10], "", col=NDBG)
            self._add(NDBG, (t, p, pub[:10]))

    def _zl_copy(self) -> None:
        """The 专栏's 年度报告 column holds the 2024 county report as a copy of its own (a CMS
        引用 that makes a page under the column): the 专栏's article template, no 信息公开 table."""
        title, gold_path, date = self.g2024
        pub = "2025-03-28 08:40"
        path = self._article(ZL_BG, title, list(load_seed("003").body_lines), pub, GOV)
        self.aliases[path] = gold_path
        self.cols[ZL_BG] = [
            (title, path, pub[:10]) if item[1] == gold_path else item for item in self.cols[ZL_BG]
        ]
        _ = date

    def _draft(self) -> None:
        """互动交流 → 民意征集: the 2024 report's draft, its whole text on a page of its own."""
        title = "隆回县人民政府关于2024年度法治政府建设情况的报告（征求意见稿）"
        draft = list(load_seed("003").body_lines)[:14]
        main = (
            '<div class="myzj-detail"><h1>' + esc(title) + "</h1>"
            '<table class="myzj-info"><tr><td>征集单位：隆回县司法局</td>'
            "<td>征集时间：2025-03-11 至 2025-03-17</td><td>状态：<em>已结束</em></td></tr></table>"
            '<div class="myzj-sm"><p>为提高法治政府建设年度报告编制质量，现将《'
            + esc(title)
            + "》全文公布，公开征求社会各界意见。</p></div>"
            '<div class="myzj-con"><h3>征求意见稿全文</h3>' + fu.paragraphs(draft) + "</div>"
            '<div class="myzj-form"><h3>我要提意见</h3><form action="/hdjl/myzj/submit.jsp" '
            'method="post"><input type="hidden" name="id" value="218" />'
            '<textarea name="content"></textarea><input type="text" name="name" placeholder="姓名" />'
            '<input type="submit" value="提交" /></form></div>'
            '<div class="myzj-fk"><h3>意见反馈情况</h3><p>征集期间共收到意见建议3条，'
            "已采纳2条。</p></div></div>"
        )
        crumbs = [
            ("首页", "/index.htm"),
            ("互动交流", "/1080/index.htm"),
            ("民意征集", "/hdjl/myzj/"),
        ]
        self.page("/hdjl/myzj/detail.jsp?id=218", self._frame(title, crumbs, main))
        self.negative_titles.append(title)
        rows = [
            (title, "/hdjl/myzj/detail.jsp?id=218", "2025-03-11", "已结束"),
            (
                "《隆回县城市生活垃圾分类管理办法（征求意见稿）》意见征集",
                "/hdjl/myzj/detail.jsp?id=215",
                "2025-01-06",
                "已结束",
            ),
        ]
        self.page(
            "/hdjl/myzj/detail.jsp?id=215",
            self._frame(
                rows[1][0],
                crumbs,
                '<div class="myzj-detail"><h1>'
                + esc(rows[1][0])
                + "</h1>"
                + fu.paragraphs(FILLER_BODY)
                + "</div>",
            ),
        )
        table = (
            '<table class="myzj-list"><tr><th>征集主题</th><th>开始时间</th><th>状态</th></tr>'
            + "".join(
                f'<tr><td><a href="{esc(u)}" target="_blank">{esc(t)}</a></td><td>{d}</td>'
                f"<td>{st}</td></tr>"
                for t, u, d, st in rows
            )
            + "</table>"
        )
        self.page("/hdjl/myzj/", self._frame("民意征集", crumbs, table))

    # --- the 县司法局's sub-site --------------------------------------------------------------
    def _sfj_site(self) -> None:
        # Pasted again from the Word file: the title as the first line (2023), the signature
        # and the date under the text.
        for gold, seed, pub, head, sign in (
            (self.g_sfj, "001", "2025-02-17 08:50", [], [SFJ, "2025年2月12日"]),
            (
                self.g2023,
                "000",
                "2024-03-29 16:10",
                [self.g2023[0]],
                [GOV, "2024年3月25日"],
            ),
        ):
            title, gold_path, _ = gold
            body = [*head, *load_seed(seed).body_lines, *sign]
            cid = self._id()
            path = f"{SFJ_FZ}/content_{cid}.html"
            self.page(path, self._sfj_detail(title, body, pub, SFJ, "法治建设", SFJ_FZ))
            self.aliases[path] = gold_path
            self._add(SFJ_FZ, (title, path, pub[:10]))
        for t, pub, body in (
            ("隆回县司法局2025年普法依法治理工作要点", "2025-03-06 09:00", NEGATIVE_BODY),
            (
                "隆回县司法局关于2024年度法治政府建设工作的自查报告",
                "2024-11-20 09:00",
                SELF_CHECK,
            ),
        ):
            cid = self._id()
            path = f"{SFJ_FZ}/content_{cid}.html"
            self.page(path, self._sfj_detail(t, body, pub, SFJ, "法治建设", SFJ_FZ))
            self.negative_titles.append(t)
            self._add(SFJ_FZ, (t, path, pub[:10]))
        for t, pub in (
            ("县司法局召开2025年全县司法行政工作会议", "2025-02-20 17:00"),
            ("县司法局开展“法律明白人”培训", "2024-11-08 16:00"),
        ):
            cid = self._id()
            path = f"{SFJ_DT}/content_{cid}.html"
            self.page(path, self._sfj_detail(t, FILLER_BODY, pub, SFJ, "工作动态", SFJ_DT))
            self._add(SFJ_DT, (t, path, pub[:10]))
        self._add(
            SFJ_PF,
            ("隆回县2024年“谁执法谁普法”责任清单", self._sfj_filler("2024-03-01"), "2024-03-01"),
        )

    def _sfj_filler(self, pub: str) -> str:
        cid = self._id()
        path = f"{SFJ_PF}/content_{cid}.html"
        self.page(
            path,
            self._sfj_detail(
                "隆回县2024年“谁执法谁普法”责任清单",
                FILLER_BODY,
                pub + " 10:00",
                SFJ,
                "普法宣传",
                SFJ_PF,
            ),
        )
        return path

    # --- pages ------------------------------------------------------------------------------
    def _id(self) -> int:
        self.next_id += 37
        return self.next_id

    def _add(self, col: str, item: tuple[str, str, str]) -> None:
        self.cols.setdefault(col, []).append(item)

    def _article(
        self,
        col: str,
        title: str,
        body: list[str],
        pub: str,
        source: str,
        *,
        negative: bool = False,
        attachments: list[tuple[str, str]] | None = None,
        body_html: str | None = None,
    ) -> str:
        """A news-style article (要闻, 通知公告, 解读, 专栏 工作动态): no 信息公开 table."""
        path = f"{col}/content_{self._id()}.html"
        if negative:
            self.negative_titles.append(title)
        content = body_html if body_html is not None else fu.paragraphs(body)
        if attachments:
            content += (
                '<div class="fj"><p>附件：</p>'
                + "".join(
                    f'<p><a href="{esc(u)}" target="_blank">{esc(n)}</a></p>'
                    for u, n in attachments
                )
                + "</div>"
            )
        main = (
            '<div class="article">'
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + '<div class="article-info"><span>信息来源：'
            + esc(source)
            + f"</span><span>发布时间：{esc(pub)}</span>"
            + '<span>浏览量：<em id="hits"></em></span>'
            + '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>'
            + f'<div class="article-content" id="zoom">\n{content}\n</div>'
            + fu.article_tools()
            + "</div>"
        )
        self.page(path, self._frame(title, self._crumbs(col), main))
        if col not in (ZL_JD, ZL_DT, TZGG, YW):
            return path
        self._add(col, (title, path, pub[:10]))
        return path

    def _image_page(self, col: str, title: str, pub: str, n: int) -> str:
        stamp = pub[:10].replace("-", "")
        imgs = "".join(
            f'<p style="text-align:center"><img src="/uploadfiles/{stamp[:6]}/W0{stamp}{k:02d}'
            f'3185.jpg" alt="{esc(title)}{k}" width="750" /></p>'
            for k in range(1, n + 1)
        )
        html = imgs + '<p style="text-align:right">来源：隆回县司法局　制图：隆回县融媒体中心</p>'
        return self._article(col, title, [], pub, SFJ, negative=True, body_html=html)

    def _video_page(self, col: str, title: str, pub: str) -> str:
        html = (
            '<p style="text-align:center"><video controls="controls" width="720" height="405" '
            'src="/uploadfiles/202404/20240402111512.mp4" poster="/uploadfiles/202404/v0402.jpg">'
            "您的浏览器不支持视频播放。</video></p>"
            "<p>隆回县司法局负责人以视频形式对《隆回县2023年度法治政府建设工作报告》进行解读，"
            "一起来看→</p><p>出品：隆回县司法局　隆回县融媒体中心</p>"
        )
        return self._article(col, title, [], pub, SFJ, negative=True, body_html=html)

    def _h5(self) -> None:
        slides = [
            "2023年，隆回县法治政府建设交出亮眼答卷",
            "重大行政决策合法性审查率100%",
            "行政复议案件办结86件",
            "“八五”普法中期评估全市第一",
            "法治隆回 你我共建",
        ]
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">'
            "<title>一起来看！隆回县2023年度法治政府建设工作报告</title>"
            '<link rel="stylesheet" href="css/swiper.min.css"><script src="js/swiper.min.js"></script>'
            '</head><body><div class="swiper-container"><div class="swiper-wrapper">'
            + "".join(
                f'<div class="swiper-slide" style="background-image:url(images/p{k}.jpg)">'
                f'<div class="txt ani" swiper-animate-effect="fadeInUp">{esc(s)}</div></div>'
                for k, s in enumerate(slides, 1)
            )
            + '</div></div><div class="music"><audio src="images/bgm.mp3" autoplay loop></audio>'
            "</div><script>var mySwiper=new Swiper('.swiper-container',{direction:'vertical'});"
            "</script></body></html>"
        )
        self.page("/h5/2023fzzf/index.html", html)

    def _catalogue_doc(  # noqa: PLR0917
        self,
        title: str,
        body: list[str],
        pub: str,
        publisher: str,
        written: str,
        doc_no: str,
        extra_html: str = "",
        col: str = FZZF,
    ) -> str:
        """A 信息公开 document of the catalogue (not a report)."""
        cid = self._id()
        path = f"{col}/content_{cid}.html"
        self.negative_titles.append(title)
        self.page(
            path,
            self._detail(
                title,
                body,
                cid=cid,
                pub=pub,
                written=written,
                doc_no=doc_no,
                index_no=f"{CREDIT}/{pub[:4]}-{cid % 1000:05d}",
                publisher=publisher,
                extra_html=extra_html,
                col=col,
            ),
        )
        return path

    def _detail(
        self,
        title: str,
        body: list[str],
        *,
        cid: int,
        pub: str,
        written: str,
        doc_no: str,
        index_no: str,
        publisher: str,
        docx: str = "",
        relatives: list[tuple[str, str]] | None = None,
        related: list[tuple[str, str, str]] | None = None,
        extra_html: str = "",
        col: str = FZZF,
    ) -> str:
        topic = "司法" if "法治" in title else "综合政务"
        table = (
            '<div class="xxgk-info"><table width="100%" cellspacing="0" cellpadding="0">'
            f"<tr><th>索&ensp;引&ensp;号：</th><td>{esc(index_no)}</td>"
            f"<th>主题分类：</th><td>{topic}</td></tr>"
            f"<tr><th>发布机构：</th><td>{esc(publisher)}</td>"
            f"<th>成文日期：</th><td>{esc(written)}</td></tr>"
            f"<tr><th>文&emsp;&emsp;号：</th><td>{esc(doc_no)}</td>"
            f"<th>发布日期：</th><td>{esc(pub[:10])}</td></tr>"
            f'<tr><th>名&emsp;&emsp;称：</th><td colspan="3">{esc(title)}</td></tr>'
            "<tr><th>有&ensp;效&ensp;性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>"
            "</table></div>"
        )
        attach = ""
        if docx:
            attach = (
                '<div class="fj"><span>附件：</span>'
                f'<a href="{esc(docx)}" target="_blank">{esc(title)}.docx</a></div>'
            )
        jd = ""
        if relatives:
            jd = (
                '<div class="xgjd"><span>相关解读：</span>'
                + "".join(
                    f'<a href="{esc(u)}" target="_blank">{esc(t)}</a>　' for t, u in relatives
                )
                + "</div>"
            )
        rel = ""
        if related:
            rel = (
                '<div class="xgwz"><h4>相关文章</h4><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a><span>{esc(d)}</span></li>'
                    for t, u, d in related
                )
                + "</ul></div>"
            )
        main = (
            '<div class="article">'
            + table
            + f'<h1 class="article-title">{esc(title)}</h1>'
            + f'<div class="article-info"><span>发布时间：{esc(pub)}</span>'
            + f'<span>来源：{esc(publisher)}</span><span>浏览量：<em id="hits"></em></span>'
            + '<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> '
            + '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
            + f'<span>【<a href="/common/print.jsp?id={cid}&amp;type=content" target="_blank">打印</a>】</span>'
            + "</div>"
            + '<div class="article-content" id="zoom">\n'
            + fu.paragraphs(body)
            + extra_html
            + "\n</div>"
            + attach
            + jd
            + '<div class="article-bottom">【<a href="javascript:window.close();">关闭窗口</a>】'
            + '<div class="fr ewm"><img src="/images/ewm.png" /><p>扫一扫在手机打开当前页</p></div></div>'
            + fu.float_share()
            + rel
            + "</div>"
        )
        return self._frame(title, self._crumbs(col), main)

    def _print(self, title: str, body: list[str], *, pub: str, source: str) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>'
            + esc(title)
            + '</title><link href="/images/print.css" rel="stylesheet" /></head><body>'
            + '<div class="print-box"><div class="print-tit">'
            + esc(title)
            + f'</div><div class="print-info">发布时间：{esc(pub)}　来源：{esc(source)}</div>'
            + '<div class="print-con">'
            + fu.paragraphs(body)
            + "</div>"
            + '<div class="print-btn"><a href="javascript:window.print();">【打印】</a>'
            + '<a href="javascript:window.close();">【关闭】</a></div></div></body></html>'
        )

    def _crumbs(self, col: str) -> list[tuple[str, str]]:
        names = {
            YW: [("新闻中心", f"{YW}/index.htm"), ("隆回要闻", f"{YW}/index.htm")],
            TZGG: [("新闻中心", f"{YW}/index.htm"), ("通知公告", f"{TZGG}/index.htm")],
            ZCWJ: [("政务公开", f"{ZWGK}/index.htm"), ("政策文件", f"{ZCWJ}/index.htm")],
            JD: [("政务公开", f"{ZWGK}/index.htm"), ("政策解读", f"{JD}/index.htm")],
            FZZF: [
                ("政务公开", f"{ZWGK}/index.htm"),
                ("法定主动公开内容", f"{ZWGK}/index.htm"),
                ("法治政府建设", f"{FZZF}/index.htm"),
            ],
            NDBG: [("政务公开", f"{ZWGK}/index.htm"), ("政府信息公开年报", f"{NDBG}/index.htm")],
            ZL: [("专题专栏", f"{ZTZL}/index.htm"), ("法治政府建设专栏", f"{ZL}/index.htm")],
        }
        for sub, name in (
            (ZL_DT, "工作动态"),
            (ZL_WJ, "政策文件"),
            (ZL_BG, "年度报告"),
            (ZL_JD, "政策解读"),
        ):
            names[sub] = names[ZL] + [(name, f"{sub}/index.htm")]
        return [("首页", "/index.htm"), *names.get(col, [])]

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        head_title = SITE if title == SITE else f"{title}-{SITE}"
        return (
            fu.doc_head(
                head_title,
                site=SITE,
                code=CODE,
                meta={"ArticleTitle": title} if crumbs and len(crumbs) > 2 else None,
            )
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, NAV)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.footer_block(
                SITE,
                icp="湘ICP备05004512号-1",
                police="湘公网安备 43052402000107号",
                code=CODE,
                address="湖南省邵阳市隆回县桃洪镇东方红路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )

    def _sfj_frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", f"{SFJ_HOME}/index.htm"),
            ("工作动态", f"{SFJ_DT}/index.htm"),
            ("法治建设", f"{SFJ_FZ}/index.htm"),
            ("普法宣传", f"{SFJ_PF}/index.htm"),
            ("县政府门户", "/index.htm"),
        ]
        return (
            fu.doc_head(f"{title}_{SFJ_SITE}", site=SFJ_SITE, code=CODE)
            + '<body><div class="sfj-top"><div class="wrap"><span>欢迎访问隆回县司法局网站</span>'
            + '<a href="/index.htm">返回县政府门户</a> <a href="javascript:;" class="wza">无障碍</a>'
            + "</div></div>"
            + '<div class="sfj-header"><div class="wrap"><img src="/lhxsfj/images/logo.png" '
            + 'alt="隆回县司法局" /></div></div><div class="sfj-nav"><ul class="wrap">'
            + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in nav)
            + "</ul></div>"
            + '<div class="sfj-main wrap"><div class="position">您现在的位置：'
            + "&gt;".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in crumbs)
            + "</div>"
            + main
            + "</div>"
            + '<div class="sfj-footer"><p>主办：隆回县司法局　地址：隆回县桃洪镇金石桥路18号　'
            + "电话：0739-8231526</p><p>湘ICP备05004512号-1　网站标识码：4305240001　"
            + "湘公网安备 43052402000107号</p></div></body></html>"
        )

    def _sfj_detail(  # noqa: PLR0917
        self, title: str, body: list[str], pub: str, source: str, col_name: str, col: str
    ) -> str:
        main = (
            '<div class="sfj-article"><h2 class="bt">'
            + esc(title)
            + '</h2><div class="sx">发布时间：'
            + esc(pub)
            + "　来源："
            + esc(source)
            + '　点击：<span id="clicks"></span>　【<a href="javascript:;" onclick="fontZoom(16)">'
            + '大</a> <a href="javascript:;" onclick="fontZoom(14)">中</a> '
            + '<a href="javascript:;" onclick="fontZoom(12)">小</a>】</div>'
            + '<div class="content_txt">\n'
            + fu.paragraphs(body)
            + "\n</div>"
            + '<div class="sfj-tools"><a href="javascript:window.print()">打印</a> '
            + '<a href="javascript:window.close()">关闭</a></div></div>'
        )
        crumbs = [("首页", f"{SFJ_HOME}/index.htm"), (col_name, f"{col}/index.htm")]
        return self._sfj_frame(title, crumbs, main)

    # --- listings ---------------------------------------------------------------------------
    def _lists(self) -> None:
        # The report pages, now that their relatives are known.
        related_pool = list(self.cols[ZL_BG])
        for d in self._pending_detail:
            rels = self.rel.get(d["relatives"], []) if d["relatives"] else []
            related = [r for r in related_pool if r[1] != d["path"]][:4]
            self.page(
                d["path"],
                self._detail(
                    d["title"],
                    d["body"],
                    cid=d["cid"],
                    pub=d["pub"],
                    written=d["written"],
                    doc_no=d["doc_no"],
                    index_no=d["index_no"],
                    publisher=d["publisher"],
                    docx=d["docx"],
                    relatives=rels,
                    related=related,
                ),
            )
        self._pending_detail.clear()

        catalogue_tree = fu.left_tree(
            "政府信息公开",
            [
                ("政府信息公开指南", f"{ZWGK}/1011/index.htm", []),
                ("政府信息公开制度", f"{ZWGK}/1012/index.htm", []),
                (
                    "法定主动公开内容",
                    "javascript:;",
                    [
                        ("政策文件", f"{ZCWJ}/index.htm"),
                        ("政策解读", f"{JD}/index.htm"),
                        ("法治政府建设", f"{FZZF}/index.htm"),
                    ],
                ),
                ("政府信息公开年报", f"{NDBG}/index.htm", []),
                ("部门信息公开", "javascript:;", [("县司法局", f"{SFJ_HOME}/index.htm")]),
            ],
        )
        zl_tree = fu.left_tree(
            "法治政府建设专栏",
            [
                ("工作动态", f"{ZL_DT}/index.htm", []),
                ("政策文件", f"{ZL_WJ}/index.htm", []),
                ("年度报告", f"{ZL_BG}/index.htm", []),
                ("政策解读", f"{ZL_JD}/index.htm", []),
            ],
        )
        for col, name, tree in (
            (FZZF, "法治政府建设", catalogue_tree),
            (ZCWJ, "政策文件", catalogue_tree),
            (JD, "政策解读", catalogue_tree),
            (NDBG, "政府信息公开年报", catalogue_tree),
            (YW, "隆回要闻", ""),
            (TZGG, "通知公告", ""),
            (ZL_DT, "工作动态", zl_tree),
            (ZL_WJ, "政策文件", zl_tree),
            (ZL_BG, "年度报告", zl_tree),
            (ZL_JD, "政策解读", zl_tree),
        ):
            self._list(col, name, tree)
        for col, name in ((SFJ_DT, "工作动态"), (SFJ_FZ, "法治建设"), (SFJ_PF, "普法宣传")):
            self._sfj_list(col, name)

        # 政务公开 landing: the catalogue tree and a note.
        main = (
            catalogue_tree
            + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
            + "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>"
        )
        self.page(f"{ZWGK}/index.htm", self._frame("政务公开", [("首页", "/index.htm")], main))
        # 专题专栏 landing: banners.
        main = (
            '<div class="zt-list">'
            + f'<a href="{ZL}/index.htm"><img src="/images/zt_fzzf.jpg" alt="法治政府建设专栏" /></a>'
            + '<a href="/1070/1078/index.htm"><img src="/images/zt_xczx.jpg" alt="乡村振兴" /></a>'
            + '<a href="/1070/1079/index.htm"><img src="/images/zt_yshj.jpg" alt="优化营商环境" /></a>'
            + "</div>"
        )
        self.page(f"{ZTZL}/index.htm", self._frame("专题专栏", [("首页", "/index.htm")], main))
        self._zl_home()

    def _zl_home(self) -> None:
        """The 专栏's page: one page with the four tabs as hidden panes."""

        def cut(title: str) -> str:
            return title if len(title) <= TAB_TITLE_LEN else title[:TAB_TITLE_LEN] + "…"

        tabs = [("工作动态", ZL_DT), ("政策文件", ZL_WJ), ("年度报告", ZL_BG), ("政策解读", ZL_JD)]
        heads = "".join(
            f'<li id="fz{k}"{ON if k == 1 else ""} '
            f"onmouseover=\"setTab('fz',{k},4)\">{esc(t)}</li>"
            for k, (t, _) in enumerate(tabs, 1)
        )
        panes = ""
        for k, (_, col) in enumerate(tabs, 1):
            items = sorted(self.cols[col], key=lambda i: i[2], reverse=True)[:7]
            panes += (
                f'<div id="con_fz_{k}" class="tab-con"'
                + ("" if k == 1 else ' style="display:none"')
                + "><ul>"
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank">{esc(cut(t))}</a>'
                    f"<span>{esc(d)}</span></li>"
                    for t, u, d in items
                )
                + f'</ul><a class="more" href="{col}/index.htm">更多&gt;&gt;</a></div>'
            )
        main = (
            '<div class="zl-banner"><img src="/images/zl_fzzf_banner.jpg" alt="法治政府建设" /></div>'
            + f'<div class="zl-tab"><ul class="tab-hd">{heads}</ul><div class="tab-bd">{panes}</div></div>'
            + "<script>function setTab(n,c,t){for(var i=1;i<=t;i++){document.getElementById(n+i)"
            + ".className=i==c?'on':'';document.getElementById('con_'+n+'_'+i).style.display="
            + "i==c?'block':'none';}}</script>"
        )
        crumbs = [
            ("首页", "/index.htm"),
            ("专题专栏", f"{ZTZL}/index.htm"),
            ("法治政府建设专栏", "#"),
        ]
        self.page(f"{ZL}/index.htm", self._frame("法治政府建设专栏", crumbs, main))

    def _pager(self, pages: int, n: int) -> str:
        def href(k: int) -> str:
            return "index.htm" if k == 0 else f"index_{k + 1}.htm"

        if pages <= 1:
            return '<div class="page">共1页</div>'
        out = [f'<a href="{href(0)}">首页</a>']
        if n > 0:
            out.append(f'<a href="{href(n - 1)}">上一页</a>')
        for k in range(pages):
            out.append(
                f'<span class="cur">{k + 1}</span>'
                if k == n
                else f'<a href="{href(k)}">{k + 1}</a>'
            )
        if n < pages - 1:
            out.append(f'<a href="{href(n + 1)}">下一页</a>')
        out.append(f'<a href="{href(pages - 1)}">尾页</a>')
        return f'<div class="page">{" ".join(out)} 共{pages}页</div>'

    def _list(self, col: str, name: str, tree: str) -> None:
        items = sorted(self.cols.get(col, []), key=lambda i: i[2], reverse=True)
        chunks = [items[k : k + PAGE_SIZE] for k in range(0, len(items), PAGE_SIZE)] or [[]]
        for n, chunk in enumerate(chunks):
            rows = "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d)}</span></li>"
                for t, u, d in chunk
            )
            main = (
                tree
                + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                + f'<ul class="list">{rows}</ul>{self._pager(len(chunks), n)}</div>'
            )
            crumbs = self._crumbs(col)
            page = "index.htm" if n == 0 else f"index_{n + 1}.htm"
            self.page(f"{col}/{page}", self._frame(name, crumbs, main))

    def _sfj_list(self, col: str, name: str) -> None:
        items = sorted(self.cols.get(col, []), key=lambda i: i[2], reverse=True)
        rows = "".join(
            f'<li><span class="date">{esc(d)}</span><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>'
            for t, u, d in items
        )
        main = f'<div class="sfj-list"><h3>{esc(name)}</h3><ul>{rows}</ul><div class="page">共1页</div></div>'
        crumbs = [("首页", f"{SFJ_HOME}/index.htm"), (name, f"{col}/index.htm")]
        self.page(f"{col}/index.htm", self._sfj_frame(name, crumbs, main))

    def _home(self) -> None:
        def box(title: str, col: str, n: int = 6) -> str:
            items = sorted(self.cols.get(col, []), key=lambda i: i[2], reverse=True)[:n]
            return (
                f'<div class="home-box"><div class="tit">{esc(title)}'
                f'<a class="more" href="{col}/index.htm">更多&gt;&gt;</a></div><ul>'
                + "".join(
                    f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                    f"<span>{esc(d[5:])}</span></li>"
                    for t, u, d in items
                )
                + "</ul></div>"
            )

        main = (
            '<div class="home-row">'
            + box("隆回要闻", YW)
            + box("通知公告", TZGG)
            + "</div>"
            + '<div class="home-row zt-banner">'
            + f'<a href="{ZL}/index.htm"><img src="/images/banner_fzzf.jpg" alt="法治政府建设专栏" /></a>'
            + '<a href="/1070/1078/index.htm"><img src="/images/banner_xczx.jpg" alt="乡村振兴" /></a>'
            + "</div>"
            + '<div class="home-row"><div class="home-box zwgk"><div class="tit">政务公开'
            + f'<a class="more" href="{ZWGK}/index.htm">更多&gt;&gt;</a></div><ul>'
            + f'<li><a href="{ZCWJ}/index.htm">政策文件</a></li><li><a href="{JD}/index.htm">政策解读</a></li>'
            + f'<li><a href="{NDBG}/index.htm">政府信息公开年报</a></li></ul></div>'
            + fu.interaction_sidebar()
            + "</div>"
            + '<div class="home-row bmwz"><span>部门网站：</span><select onchange="window.open(this.value)">'
            + '<option value="">--请选择--</option>'
            + f'<option value="{SFJ_HOME}/index.htm">隆回县司法局</option>'
            + '<option value="/lhxfgw/index.htm">隆回县发展和改革局</option></select>'
            + f'<a href="{SFJ_HOME}/index.htm" target="_blank">县司法局</a></div>'
        )
        html = self._frame(SITE, [], main)
        self.page("/index.htm", html)
        self.page("/", html)

        # The 县司法局's home: its two columns' newest items.
        def sbox(title: str, col: str) -> str:
            items = sorted(self.cols.get(col, []), key=lambda i: i[2], reverse=True)[:5]
            return (
                f'<div class="sfj-box"><h3>{esc(title)}<a href="{col}/index.htm">更多</a></h3><ul>'
                + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u, _ in items)
                + "</ul></div>"
            )

        main = sbox("工作动态", SFJ_DT) + sbox("法治建设", SFJ_FZ) + sbox("普法宣传", SFJ_PF)
        self.page(
            f"{SFJ_HOME}/index.htm",
            self._sfj_frame("首页", [("首页", f"{SFJ_HOME}/index.htm")], main),
        )
