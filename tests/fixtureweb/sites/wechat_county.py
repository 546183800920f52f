"""A Sichuan county portal (洪雅县, TRS-like static paths) whose 法治政府建设 reports are
published only in the news column 新闻中心 → 法治建设, in the editors' usual ways of pasting:

- 法治建设 (`/xwzx/fzjs/index.html`, `index_1.html` … `index_3.html`, 15 items a page, a
  static pager `共N条 当前1/4页 首页 上一页 1 2 3 4 下一页 尾页`) mixes the reports with
  普法/调解/执法 news and decoys: 工作要点, 实施方案, 普法 plans, 考核 results, 督察整改,
  一图读懂 (a WeChat repost of images), a 常务会议 that 听取 the report, a 依法治县委员会
  meeting that 审议 it, a 推进会 news item reposted from WeChat, a 述法 report;
- two reports are reposts of the 县司法局's WeChat account (`洪雅司法`) pasted whole:
  `<div class="rich_media_content" id="js_content">` with the account's preamble (点击上方蓝字
  关注我们, a banner image `data-src` only), nested 135editor `<section>`s with inline styles,
  text in `<span leaf="">` runs (a paragraph cut into several runs, a bold lead sentence),
  headings in coloured boxes, ProseMirror `<br>` spacers, `<mp-style-type>`, a photo with a
  `▲` caption, an editor's lead-in (`近日，…全文如下：`), the closing furniture (END, 来源：,
  编辑：　审核：, a QR code, 长按识别二维码关注我们, 分享 收藏 点赞 在看) and a `阅读原文` link;
  one copy keeps `style="visibility: hidden;"` (the portal's detail template reveals it by
  script), the other is a copy of the rendered DOM (`visibility: visible` everywhere) and ends
  with the 司法局's signature block (part of the report);
- one report in a UEditor body pasted from Word: `text-indent:2em` paragraphs padded with
  `&nbsp;`, `MsoNormal` paragraphs with `<o:p></o:p>`, `<p><br/></p>` spacers, the issuer and
  date right-aligned at the end (part of the report);
- one report split by the CMS's content pagination into `t20250326_3158207.html` and
  `t20250326_3158207_1.html` (`第1页 第2页 下一页`), the gold body the whole text once.

Article pages: `<h1>`, `发布时间：… 来源：… 浏览次数：` with 字体 大 中 小 and 打印, the text,
a 分享到 bar, 上一篇/下一篇 and 相关文章.
"""

from __future__ import annotations

import dataclasses
import re

from tests.fixtureweb import furniture as fu
from tests.fixtureweb.blindkit import FILLER_BODY, NEGATIVE_BODY, BlindSite
from tests.fixtureweb.pages import esc

SITE = "洪雅县人民政府"
CODE = "5114230001"
GOV = "洪雅县人民政府"
GOV_OFFICE = "洪雅县人民政府办公室"
SFJ = "洪雅县司法局"
RMT = "洪雅县融媒体中心"
PAGE_SIZE = 15
COLUMNS = {
    "hyyw": "洪雅要闻",
    "bmdt": "部门动态",
    "tzgg": "通知公告",
    "fzjs": "法治建设",
}
NEWS_BODY = [
    "近日，我县组织开展法治宣传活动，工作人员通过发放宣传资料、现场解答咨询等方式，"
    "向群众宣传与生产生活密切相关的法律法规知识。",
    "活动现场共发放宣传资料1200余份，解答群众法律咨询80余人次，"
    "进一步增强了群众尊法学法守法用法意识。",
    "下一步，县司法局将持续开展形式多样的普法宣传活动，营造良好法治氛围。",
]
MEETING_BODY = [
    "3月18日，县长主持召开县政府第47次常务会议，听取全县2024年度法治政府建设工作情况报告，"
    "研究部署2025年法治政府建设重点工作。",
    "会议指出，要深入学习贯彻习近平法治思想，坚持依法行政，持续提升政府治理法治化水平。",
    "会议强调，各乡镇、各部门要压紧压实法治建设第一责任人职责，扎实推进严格规范公正文明执法。",
    "会议还研究了其他事项。",
]
PUSH_BODY = [
    "7月24日，县司法局召开2024年法治政府建设工作推进会，总结上半年全县法治政府建设工作，"
    "安排部署下半年重点任务。",
    "一、上半年工作开展情况",
    "（一）强化组织领导。县委依法治县办印发年度工作要点，明确重点任务42项，"
    "各乡镇、各部门均制定了具体工作措施。",
    "（二）规范行政执法。开展行政执法案卷评查，评查案卷120卷，发现问题37个，均已督促整改。",
    "二、下半年重点工作",
    "会议要求，各单位要对照年度工作要点，查漏补缺，确保全面完成全年目标任务。",
]
# 法治建设, newest first: (kind, title, date, source); kind "gold:<seed>" for reports.
FZJS: list[tuple[str, str, str, str]] = [
    ("news", "县司法局开展“法律明白人”骨干培训", "2025-04-16", SFJ),
    ("neg", "洪雅县2025年法治政府建设工作要点", "2025-04-09", GOV_OFFICE),
    ("news", "止戈镇司法所成功调解一起土地承包纠纷", "2025-04-02", SFJ),
    ("gold:003", "洪雅县人民政府关于2024年度法治政府建设情况的报告", "2025-03-26", GOV),
    ("negwx", "一图读懂｜洪雅县2024年度法治政府建设情况报告", "2025-03-26", SFJ),
    ("neg", "县政府召开第47次常务会议 听取2024年度法治政府建设工作情况报告", "2025-03-19", RMT),
    ("news", "我县开展“三八”妇女维权周法治宣传活动", "2025-03-08", SFJ),
    ("neg", "洪雅县2025年普法依法治理工作要点", "2025-02-27", SFJ),
    ("news", "县司法局组织开展行政执法人员资格考试", "2025-02-20", SFJ),
    ("neg", "关于2024年度法治政府建设考核结果的通报", "2025-02-12", GOV_OFFICE),
    ("gold:001", "洪雅县司法局2024年度法治政府建设工作报告", "2025-01-22", SFJ),
    ("news", "洪雅县召开2025年全县司法行政工作会议", "2025-01-15", SFJ),
    ("news", "县司法局开展岁末年初农民工欠薪法律援助专项行动", "2025-01-08", SFJ),
    ("neg", "洪雅县人民政府县长2024年度述法报告", "2024-12-30", GOV),
    ("news", "“12·4”国家宪法日｜我县开展宪法宣传周系列活动", "2024-12-04", SFJ),
    # page 2
    ("news", "县委全面依法治县委员会召开第五次会议", "2024-11-20", RMT),
    ("news", "我县举办2024年度行政执法人员综合法律知识培训班", "2024-11-06", SFJ),
    ("neg", "关于2023年度法治政府建设督察反馈问题整改情况的报告", "2024-10-24", GOV),
    ("news", "将军乡司法所开展“法律进乡村”宣传活动", "2024-10-10", SFJ),
    ("news", "县司法局开展行政执法案卷评查工作", "2024-09-19", SFJ),
    ("news", "洪雅县公共法律服务中心获评全省先进集体", "2024-09-03", SFJ),
    ("news", "我县开展“民法典宣传月”系列活动", "2024-08-15", SFJ),
    ("newswx", "洪雅司法｜县司法局召开2024年法治政府建设工作推进会", "2024-07-25", SFJ),
    ("news", "县司法局开展社区矫正对象集中教育活动", "2024-07-04", SFJ),
    ("news", "洪雅县开展法治政府建设示范创建工作培训", "2024-06-19", SFJ),
    ("neg", "洪雅县2024年法治政府建设工作要点", "2024-05-29", GOV_OFFICE),
    ("news", "县司法局开展“八五”普法中期评估迎检工作", "2024-05-16", SFJ),
    ("news", "东岳镇开展人民调解员业务培训", "2024-04-24", SFJ),
    ("neg", "洪雅县2023年度法治政府建设考核结果公示", "2024-04-10", GOV_OFFICE),
    ("neg", "县委依法治县办召开2024年第一次全体会议 审议法治政府建设年度报告", "2024-03-28", RMT),
    # page 3
    ("goldwx:000", "洪雅县人民政府关于2023年度法治政府建设情况的报告", "2024-03-22", SFJ),
    ("news", "我县开展“3·15”消费者权益保护法治宣传", "2024-03-14", SFJ),
    ("neg", "洪雅县2024年普法依法治理工作要点", "2024-02-28", SFJ),
    ("news", "县司法局召开2024年党风廉政建设工作会议", "2024-02-21", SFJ),
    ("news", "洪雅县法律援助中心开展“法援惠民生”活动", "2024-01-25", SFJ),
    ("news", "县司法局开展年终行政执法监督检查", "2023-12-20", SFJ),
    ("news", "槽渔滩镇司法所开展禁毒法治宣传", "2023-12-06", SFJ),
    ("news", "我县举办2023年度领导干部法治专题讲座", "2023-11-16", RMT),
    ("neg", "洪雅县“八五”普法规划中期评估报告", "2023-10-26", SFJ),
    ("news", "县司法局开展“法治体检”进企业活动", "2023-10-12", SFJ),
    ("news", "中保镇开展“法律明白人”培养工程", "2023-09-14", SFJ),
    ("news", "县司法局召开人民调解工作推进会", "2023-08-30", SFJ),
    ("neg", "洪雅县法治政府建设实施方案（2021—2025年）", "2023-08-10", GOV_OFFICE),
    ("news", "我县开展行政复议工作规范化建设培训", "2023-07-20", SFJ),
    ("news", "余坪镇开展“送法下乡”活动", "2023-06-29", SFJ),
    # page 4
    ("news", "县司法局开展安全生产法律宣传", "2023-06-08", SFJ),
    ("news", "洪雅县召开2023年法治政府建设工作推进会", "2023-05-18", RMT),
    ("neg", "洪雅县2023年法治政府建设工作要点", "2023-04-20", GOV_OFFICE),
    ("news", "县司法局开展“谁执法谁普法”履职评议", "2022-12-15", SFJ),
    ("news", "高庙镇开展农村土地承包法宣传", "2022-10-20", SFJ),
    ("neg", "洪雅县“八五”普法规划（2021—2025年）", "2021-11-18", SFJ),
    ("news", "县司法局召开2021年全县司法行政工作会议", "2021-02-26", SFJ),
    ("goldwx:004", "洪雅县司法局2020年度法治政府建设工作报告", "2021-02-05", SFJ),
    ("neg", "洪雅县人民政府2020年政府信息公开工作年度报告", "2021-01-29", GOV_OFFICE),
    ("news", "县司法局开展2020年度人民调解案卷评查", "2020-12-24", SFJ),
]
YAOWEN = [
    ("县委常委会召开2025年第8次会议", "2025-04-15"),
    ("县政府召开第47次常务会议", "2025-03-19"),
    ("洪雅县召开2025年优化营商环境工作推进会", "2025-03-12"),
    ("县领导督导春季森林草原防灭火工作", "2025-03-05"),
    ("我县举办2025年“春风行动”专场招聘会", "2025-02-18"),
    ("洪雅县召开2025年经济工作会议", "2025-01-10"),
    ("县委全面依法治县委员会召开第五次会议", "2024-11-20"),
    ("瓦屋山镇举办乡村旅游推介活动", "2024-10-30"),
    ("洪雅县召开2024年第三季度经济运行分析会", "2024-10-16"),
]
BMDT = [
    ("县农业农村局开展春耕备耕技术指导", "2025-04-10"),
    ("县市场监管局开展食品安全专项检查", "2025-04-01"),
    ("县司法局开展“法律明白人”骨干培训", "2025-04-16"),
    ("县卫健局开展基层医疗机构业务培训", "2025-03-20"),
    ("县住建局开展建筑工地安全生产检查", "2025-03-11"),
    ("县教育局开展校园安全隐患排查", "2025-02-26"),
]
TZGG = [
    ("洪雅县2025年公开招聘社区工作者公告", "2025-04-08"),
    ("关于召开全县2025年法治政府建设工作推进会的通知", "2025-04-03"),
    ("洪雅县2025年春季森林防火禁火令", "2025-03-01"),
    ("关于开展2025年度法治政府建设示范创建活动的通知", "2025-02-24"),
    ("关于城区部分路段临时交通管制的通告", "2025-02-10"),
]
RELATED = 5
RECOMMENDED = [
    "“八五”普法｜这些法律知识，你一定要知道！",
    "以案释法｜邻里纠纷如何化解？人民调解来帮忙",
    "洪雅县召开人民调解工作推进会",
]
Item = tuple[str, str, str]


def _is_heading(line: str) -> bool:
    return bool(re.match(r"^[一二三四五六七八九十]+、", line)) and len(line) < 60


def _runs(line: str) -> list[str]:
    """A paragraph's text as the WeChat editor keeps it: several runs cut at punctuation."""
    parts = re.split(r"(?<=[。；;])", line)
    parts = [p for p in parts if p]
    if len(parts) <= 2:
        cut = re.split(r"(?<=[,，])", line, maxsplit=1)
        return [p for p in cut if p]
    return [parts[0], "".join(parts[1:-1]), parts[-1]]


WX_SPAN = (
    'style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62); visibility: visible;"'
)
WX_P = (
    'style="margin: 0px 8px 16px; padding: 0px; outline: 0px; max-width: 100%; '
    "box-sizing: border-box !important; overflow-wrap: break-word !important; "
    'text-indent: 2em; text-align: justify; line-height: 1.75em; visibility: visible;"'
)
WX_SPACER = (
    '<p style="margin: 0px; padding: 0px; outline: 0px; max-width: 100%; visibility: visible;">'
    '<span leaf=""><br class="ProseMirror-trailingBreak"></span></p>'
)


def _wx_img(token: str, ratio: str = "0.5625") -> str:
    return (
        '<p style="margin: 0px; padding: 0px; text-align: center; visibility: visible;">'
        f'<img class="rich_pages wxw-img" data-ratio="{ratio}" data-s="300,640" '
        f'data-src="https://mmbiz.qpic.cn/sz_mmbiz_jpg/{token}/640?wx_fmt=jpeg&amp;from=appmsg" '
        'data-type="jpeg" data-w="1080" style="outline: 0px; width: 100% !important; '
        'height: auto !important; visibility: visible !important;"></p>'
    )


def _wx_paragraph(line: str, tag: str = "p") -> str:
    if _is_heading(line):
        return (
            '<section style="margin: 24px 0px 12px; padding: 0px; outline: 0px; '
            'text-align: left; visibility: visible;"><section style="display: inline-block; '
            "padding: 4px 14px; background-color: rgb(23, 92, 168); border-radius: 4px 12px "
            '0px 12px; visibility: visible;"><p style="margin: 0px; padding: 0px; '
            'visibility: visible;"><strong style="visibility: visible;"><span style="color: '
            'rgb(255, 255, 255); font-size: 16px; letter-spacing: 1px; visibility: visible;">'
            f'<span leaf="">{esc(line)}</span></span></strong></p></section></section>'
        )
    runs = _runs(line)
    spans = []
    for k, run in enumerate(runs):
        text = f'<span leaf="">{esc(run)}</span>'
        if k == 0 and len(runs) > 1 and re.match(r"^[(（][一二三四五六七八九十]+[)）]", run):
            # The lead sentence of a numbered point is bold, in the account's blue.
            spans.append(
                f'<strong><span style="font-size: 15px; color: rgb(23, 92, 168); '
                f'letter-spacing: 1px;">{text}</span></strong>'
            )
        else:
            spans.append(f"<span {WX_SPAN}>{text}</span>")
    return f"<{tag} {WX_P}>{''.join(spans)}</{tag}>"


def wechat_content(
    lines: list[str],
    *,
    hidden: bool,
    title_card: str = "",
    lead: str = "",
    photo_after: int | None = None,
    caption: str = "",
    signature: tuple[str, str] | None = None,
    editor: str = "王雪",
    reviewer: str = "陈立军",
    token: str = "Qb4xT2",
    wx_header: tuple[str, str, str] | None = None,
    paragraph_tag: str = "p",
) -> str:
    """The 司法局 account's article as its editor pasted it from WeChat."""
    blocks = [
        '<section style="margin: 0px; padding: 0px; outline: 0px; text-align: center; '
        'visibility: visible;"><span leaf="">点击上方</span><span style="color: rgb(23, 92, '
        '168);"><strong><span leaf="">蓝字</span></strong></span><span leaf="">关注我们</span>'
        "</section>",
        _wx_img(f"{token}Hd8kVbAn1/banner", "0.3333"),
        WX_SPACER,
    ]
    if title_card:
        blocks.append(
            '<section style="margin: 10px 0px; padding: 12px 16px; border-top: 2px solid '
            "rgb(23, 92, 168); border-bottom: 2px solid rgb(23, 92, 168); text-align: center; "
            'visibility: visible;"><p style="margin: 0px; visibility: visible;"><strong>'
            '<span style="font-size: 18px; color: rgb(23, 92, 168); visibility: visible;">'
            f'<span leaf="">{esc(title_card)}</span></span></strong></p></section>'
        )
        blocks.append(WX_SPACER)
    if lead:
        blocks.append(f'<p {WX_P}><span {WX_SPAN}><span leaf="">{esc(lead)}</span></span></p>')
    inner = []
    for n, line in enumerate(lines):
        inner.append(_wx_paragraph(line, paragraph_tag))
        if photo_after is not None and n == photo_after:
            inner.append(_wx_img(f"{token}Pz7mRc0Lq/photo1", "0.6667"))
            inner.append(
                '<p style="margin: 0px 0px 16px; text-align: center;"><span style="font-size: '
                f'12px; color: rgb(136, 136, 136);"><span leaf="">{esc(caption)}</span></span>'
                "</p>"
            )
    if signature:
        inner.append(WX_SPACER)
        for part in signature:
            inner.append(
                '<p style="margin: 0px 8px; text-align: right; line-height: 1.75em; '
                f'visibility: visible;"><span {WX_SPAN}><span leaf="">{esc(part)}</span>'
                "</span></p>"
            )
    blocks.append(
        '<section data-role="outer" label="edit by 135editor" style="visibility: visible;">'
        '<section data-tools="135编辑器" data-id="104862" style="margin: 0px; padding: 0px; '
        'visibility: visible;"><section style="margin: 10px 0px; padding: 0px 4px; '
        'box-sizing: border-box; visibility: visible;">'
        + "\n".join(inner)
        + "</section></section></section>"
    )
    blocks += [
        WX_SPACER,
        '<section style="text-align: center; margin: 20px 0px;"><span style="font-size: 14px; '
        'color: rgb(178, 178, 178); letter-spacing: 2px;"><span leaf="">END</span></span>'
        "</section>",
        '<section style="font-size: 13px; color: rgb(136, 136, 136); line-height: 1.75em;">'
        '<p style="margin: 0px;"><span leaf="">来源：洪雅司法</span></p>'
        f'<p style="margin: 0px;"><span leaf="">编辑：{esc(editor)}　审核：{esc(reviewer)}</span>'
        "</p></section>",
        WX_SPACER,
        _wx_img(f"{token}Kq0QrCode/qrcode", "1"),
        '<p style="text-align: center; margin: 0px;"><span style="font-size: 12px; color: '
        'rgb(136, 136, 136);"><span leaf="">长按识别二维码关注我们</span></span></p>',
        '<section style="text-align: center; margin: 16px 0px 0px; font-size: 13px; color: '
        'rgb(23, 92, 168);"><span leaf="">分享</span><span leaf="">　收藏　</span>'
        '<span leaf="">点赞</span><span leaf="">　在看</span></section>',
        '<section style="margin: 24px 0px 8px;"><span style="font-size: 15px; color: '
        'rgb(23, 92, 168);"><strong><span leaf="">往期推荐</span></strong></span></section>',
        *(
            '<p style="margin: 0px 0px 8px; font-size: 14px;"><a class="normal_text_link" '
            'target="_blank" style="color: rgb(87, 107, 149);" href="https://mp.weixin.qq.com/s'
            f'?__biz=MzI1NjQ3ODkwMg==&amp;mid=22475{k}&amp;idx=1&amp;sn=9f3{k}c" '
            f'data-linktype="2"><span leaf="">{esc(t)}</span></a></p>'
            for k, t in enumerate(RECOMMENDED)
        ),
        '<section class="mp_profile_iframe_wrp"><mp-common-profile class="js_uneditable '
        'custom_select_card mp_profile_iframe" data-pluginname="mpprofile" '
        'data-nickname="洪雅司法" data-alias="hysfj" data-from="0" '
        'data-headimg="http://mmbiz.qpic.cn/mmbiz_png/hY0sF/0?wx_fmt=png" '
        'data-signature="洪雅县司法局官方微信公众号，宣传法律知识，提供法律服务。" '
        'data-id="MzI1NjQ3ODkwMg==" data-is_biz_ban="0"></mp-common-profile></section>',
        '<mp-style-type data-value="3"></mp-style-type>',
    ]
    style = "visibility: hidden;" if hidden else "visibility: visible;"
    header = ""
    if wx_header:
        title, author, when = wx_header
        header = (
            '<h1 class="rich_media_title " id="activity-name">' + esc(title) + "</h1>\n"
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta '
            'icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span> '
            f'<span class="rich_media_meta rich_media_meta_text">{esc(author)}</span> '
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            '<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight '
            'weui-wa-hotarea" id="js_name">洪雅司法</a></span> '
            '<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta '
            f'rich_media_meta_text">{esc(when)}</em></span></div>\n'
        )
    return (
        header + '<div class="rich_media_content js_underline_content autoTypeSetting24psection" '
        f'id="js_content" style="{style}">\n'
        + "\n".join(blocks)
        + "\n</div>\n"
        + '<p><a href="https://mp.weixin.qq.com/s/'
        + token
        + 'fR3k9Xw2LhQ" target="_blank" style="color: rgb(87, 107, 149);">阅读原文</a></p>'
    )


def ueditor_content(lines: list[str], signature: tuple[str, str], title: str) -> str:
    """A report pasted from Word into UEditor: the Word file's title, indented spans,
    &nbsp; padding, spacers, the signature right-aligned."""
    out = [
        '<p style="text-align: center; line-height: 2em;"><span style="font-family: '
        f'方正小标宋简体; font-size: 29px;">{esc(title)}</span></p>',
        '<p style="text-indent: 2em; line-height: 2em;"><br/></p>',
    ]
    for n, line in enumerate(lines):
        if _is_heading(line):
            out.append(
                '<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: '
                f'黑体, SimHei; font-size: 21px;">{esc(line)}</span></p>'
            )
        elif n % 3 == 1:
            out.append(
                '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;'
                'line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;'
                f'font-family:仿宋_GB2312">{esc(line)}</span><span lang="EN-US" '
                'style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>'
            )
        else:
            out.append(
                '<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: '
                f'仿宋_GB2312, 仿宋; font-size: 21px;">&nbsp; &nbsp;{esc(line)}&nbsp;</span></p>'
            )
    out.append("<p><br/></p>")
    out.append("<p><br/></p>")
    issuer, when = signature
    out.append(
        '<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, '
        f'仿宋; font-size: 21px;">{esc(issuer)}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>'
    )
    out.append(
        '<p style="text-align: right; line-height: 2em;"><span style="font-family: 仿宋_GB2312, '
        f'仿宋; font-size: 21px;">{esc(when)}&nbsp;&nbsp;&nbsp;&nbsp;</span></p>'
    )
    out.append("<p><br/></p>")
    return '<div class="view TRS_UEDITOR trs_paper_default trs_web">' + "\n".join(out) + "</div>"


def trs_doc_pager(stem: str, current: int, count: int = 2) -> str:
    """TRS WCM's pager of a document split by 分页符: written by script, page i of the
    document is `stem_i.html` (page 0 the bare `stem.html`)."""
    return (
        '<div class="page" id="pageNav" style="text-align: center;">'
        '<script language="javascript">\n'
        f"var currentPage = {current};//所在页从0开始\n"
        "var prevPage = currentPage-1//上一页\n"
        "var nextPage = currentPage+1//下一页\n"
        f"var countPage = {count}//共多少页\n"
        "//设置上一页代码\n"
        "if(countPage>1&&currentPage!=0&&currentPage!=1)\n"
        f'\tdocument.write("<a href=\\"{stem}"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");\n'
        "else if(countPage>1&&currentPage!=0&&currentPage==1)\n"
        f'\tdocument.write("<a href=\\"{stem}.html\\">上一页</a>&nbsp;");\n'
        "//循环\n"
        "var num = 5;\n"
        "for(var i=0+(currentPage-1-(currentPage-1)%num) ; i<=(num+(currentPage-1-(currentPage-1)%num))&&(i<countPage) ; i++){\n"
        "\tif(countPage >1){\n"
        "\t\tif(currentPage==i)\n"
        '\t\t\tdocument.write("<span style=\\"color:#FF0000;\\">第"+(i+1)+"页</span>&nbsp;");\n'
        "\t\telse if(i==0)\n"
        f'\t\t\tdocument.write("<a href=\\"{stem}.html\\">第"+(i+1)+"页</a>&nbsp;");\n'
        "\t\telse\n"
        f'\t\t\tdocument.write("<a href=\\"{stem}"+"_" + i + "."+"html\\">第"+(i+1)+"页</a>&nbsp;");\n'
        "\t}\n"
        "}\n"
        "//设置下一页代码\n"
        "if(countPage>1&&currentPage!=(countPage-1))\n"
        f'\tdocument.write("<a href=\\"{stem}"+"_" + nextPage + "."+"html\\">下一页</a>&nbsp;");\n'
        "</script></div>"
    )


def trs_content(lines: list[str]) -> str:
    return '<div class="TRS_Editor">\n' + fu.paragraphs(lines) + "\n</div>"


class WechatCountySite(BlindSite):
    name = "wechat_county"
    region = "四川省眉山市洪雅县"

    def build(self, base_url: str) -> None:
        super().build(base_url)
        self.next_id = 3157900
        self.lists: dict[str, list[tuple[str, str, str]]] = {}
        self.details: dict[str, tuple[str, str, str, str, str]] = {}
        self._fzjs()
        for col, entries in (("hyyw", YAOWEN), ("bmdt", BMDT), ("tzgg", TZGG)):
            self._simple_column(col, entries)
        self._render_details()
        self._landing_pages()
        self._home()

    # --- 法治建设 ----------------------------------------------------------------------------
    def _fzjs(self) -> None:
        items = []
        for kind, title, pub, source in FZJS:
            path = self._path("fzjs", pub)
            items.append((title, path, pub))
            stamp = f"{pub} {9 + len(items) % 8:02d}:{(len(items) * 7) % 60:02d}"
            if kind.startswith("gold"):
                content = self._gold(kind.split(":")[1], path, title, pub, source)
            elif kind == "negwx":
                content = self._one_picture(title)
            elif kind == "newswx":
                content = wechat_content(PUSH_BODY, hidden=True, token="Tm8cLp")
            elif kind == "neg":
                content = trs_content(MEETING_BODY if "常务会议" in title else NEGATIVE_BODY)
            else:
                content = trs_content(NEWS_BODY)
            if not kind.startswith("gold"):
                self.negative_titles.append(title)
            self.details[path] = ("fzjs", title, stamp, source, content)
        self.lists["fzjs"] = items

    def _gold(self, seed: str, path: str, title: str, pub: str, source: str) -> str:
        if seed == "000":
            body = self.gold_report(path, seed, title, publisher=source, publish_date=pub)
            return wechat_content(
                body,
                hidden=True,
                title_card=title,
                lead="近日，《洪雅县人民政府关于2023年度法治政府建设情况的报告》正式公布，"
                "现将全文刊发如下：",
                photo_after=1,
                caption="▲2023年全县法治政府建设工作推进会现场",
                token="Ax9Tg4",
            )
        if seed == "004":
            signature = ("洪雅县司法局", "2021年2月3日")
            # The signature's date is the document's 成文日期 by GB/T 9704, but the page labels
            # none: written_date is what a 成文日期 label says (the signature stays in the text).
            body = self.gold_report(path, seed, title, publisher=source, publish_date=pub)
            self._append_signature(signature)
            return wechat_content(
                body,
                hidden=False,
                signature=signature,
                editor="李梅",
                reviewer="张志强",
                token="Vc2Ns7",
                wx_header=(title, "李梅", "2021-02-04 18:30"),
                paragraph_tag="section",  # a 秀米 template: text blocks are sections
            )
        if seed == "001":
            signature = ("洪雅县司法局", "2025年1月20日")
            body = self.gold_report(path, seed, title, publisher=source, publish_date=pub)
            self._append_signature(signature)
            return ueditor_content(body, signature, title)
        # 003: split by the CMS's content pagination into two article pages.
        body = self.gold_report(path, seed, title, publisher=source, publish_date=pub)
        self.split = (path, body[:10], body[10:])
        return ""

    def _append_signature(self, signature: tuple[str, str]) -> None:
        gold = self.gold[-1]
        self.gold[-1] = dataclasses.replace(gold, body=gold.body + "\n" + "\n".join(signature))

    def _one_picture(self, title: str) -> str:
        """一图读懂: the 司法局 account's graphic, pasted: images, a line of text around them."""
        imgs = "\n".join(_wx_img(f"Yt5Gd1Jp{k}/tu{k}", "2.8") for k in range(1, 6))
        return (
            '<div class="rich_media_content" id="js_content" style="visibility: hidden;">\n'
            '<section style="text-align: center;"><span leaf="">点击上方</span><strong>'
            '<span leaf="">蓝字</span></strong><span leaf="">关注我们</span></section>\n'
            f'<p style="text-align: center;"><span leaf="">{esc(title.rsplit("｜", maxsplit=1)[-1])}'
            "</span></p>\n"
            + imgs
            + '\n<p style="font-size: 13px;"><span leaf="">来源：洪雅司法</span></p>'
            '<p style="font-size: 13px;"><span leaf="">编辑：王雪　审核：陈立军</span></p>\n'
            "</div>"
        )

    # --- other columns -----------------------------------------------------------------------
    def _simple_column(self, col: str, entries: list[tuple[str, str]]) -> None:
        items = []
        for title, pub in entries:
            path = self._path(col, pub)
            items.append((title, path, pub))
            legal = "法治" in title
            source = SFJ if title.startswith("县司法局") else RMT if col != "tzgg" else GOV_OFFICE
            body = (
                MEETING_BODY
                if "常务会议" in title
                else NEGATIVE_BODY
                if legal
                else FILLER_BODY
                if col == "tzgg"
                else NEWS_BODY
            )
            if legal:
                self.negative_titles.append(title)
            self.details[path] = (col, title, f"{pub} 10:30", source, trs_content(body))
        self.lists[col] = items

    # --- pages -------------------------------------------------------------------------------
    def _path(self, col: str, pub: str) -> str:
        self.next_id += 37
        ym = pub[:7].replace("-", "")
        return f"/xwzx/{col}/{ym}/t{pub.replace('-', '')}_{self.next_id}.html"

    def _render_details(self) -> None:
        for col, items in self.lists.items():
            pages = [items[k : k + PAGE_SIZE] for k in range(0, len(items), PAGE_SIZE)]
            for n, chunk in enumerate(pages):
                self._listing(col, n, len(pages), len(items), chunk)
            for k, (title, path, _) in enumerate(items):
                _, _, stamp, source, content = self.details[path]
                prev = items[k - 1] if k > 0 else None
                nxt = items[k + 1] if k + 1 < len(items) else None
                related = [it for it in items if it[1] != path][k % 7 : k % 7 + RELATED]
                if getattr(self, "split", None) and self.split[0] == path:
                    _, first, second = self.split
                    second_path = path.replace(".html", "_1.html")
                    name = path.rsplit("/", 1)[1]
                    stem = name[:-5]
                    pager1, pager2 = trs_doc_pager(stem, 0), trs_doc_pager(stem, 1)
                    for p, lines, pager in ((path, first, pager1), (second_path, second, pager2)):
                        html = self._article(
                            col,
                            title,
                            trs_content(lines) + pager,
                            stamp=stamp,
                            source=source,
                            around=(prev, nxt, related),
                        )
                        self.page(p, html)
                    continue
                self.page(
                    path,
                    self._article(
                        col,
                        title,
                        content,
                        stamp=stamp,
                        source=source,
                        around=(prev, nxt, related),
                    ),
                )

    def _article(
        self,
        col: str,
        title: str,
        content: str,
        *,
        stamp: str,
        source: str,
        around: tuple[Item | None, Item | None, list[Item]],
    ) -> str:
        prev, nxt, related = around
        info = (
            '<div class="article-info">'
            f"<span>发布时间：{esc(stamp)}</span>"
            f"<span>来源：{esc(source)}</span>"
            '<span>浏览次数：<em id="ReadCount"></em></span>'
            '<span class="fontsize">字体：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>'
            '<span class="print"><a href="javascript:window.print();">打印</a></span></div>'
        )
        share = (
            '<div class="bdsharebuttonbox"><span>分享到：</span>'
            '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
            '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
            '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
        )

        def link(item: tuple[str, str, str] | None) -> str:
            if item is None:
                return "没有了"
            return f'<a href="{esc(item[1])}" title="{esc(item[0])}">{esc(item[0])}</a>'

        prevnext = (
            f'<div class="prev-next"><p>上一篇：{link(prev)}</p><p>下一篇：{link(nxt)}</p></div>'
        )
        rel = (
            '<div class="related"><div class="related-tit">相关文章</div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in related
            )
            + "</ul></div>"
        )
        main = (
            '<div class="article">'
            f'<h1 class="article-title">{esc(title)}</h1>'
            + info
            + '<div class="article-content" id="zoom">\n'
            + content
            + "\n</div>"
            + share
            + fu.article_tools()
            + prevnext
            + rel
            + "</div>"
            + "<script>$(function(){$('#js_content').css('visibility','visible');"
            "$.get('/cms/hits?id=' + location.pathname, function(n){$('#ReadCount').text(n);});"
            "});</script>"
        )
        crumbs = [("首页", "/"), ("新闻中心", "/xwzx/"), (COLUMNS[col], f"/xwzx/{col}/")]
        return self._frame(title, crumbs, main)

    def _listing(
        self, col: str, n: int, count: int, total: int, chunk: list[tuple[str, str, str]]
    ) -> None:
        base = f"/xwzx/{col}/"

        def page_name(k: int) -> str:
            return "index.html" if k == 0 else f"index_{k}.html"

        rows = "".join(
            f'<li><a href=".{esc(u.removeprefix(base[:-1]))}" target="_blank" title="{esc(t)}">'
            f"{esc(t if len(t) <= 30 else t[:29] + '…')}</a><span>{esc(d)}</span></li>"
            for t, u, d in chunk
        )
        parts = [f"<span>共{total}条　每页{PAGE_SIZE}条　当前{n + 1}/{count}页</span>"]
        if count > 1:
            parts.append(f'<a href="{page_name(0)}">首页</a>')
            parts.append(
                f'<a href="{page_name(n - 1)}">上一页</a>' if n > 0 else "<span>上一页</span>"
            )
            for k in range(count):
                parts.append(
                    f'<span class="current">{k + 1}</span>'
                    if k == n
                    else f'<a href="{page_name(k)}">{k + 1}</a>'
                )
            parts.append(
                f'<a href="{page_name(n + 1)}">下一页</a>'
                if n + 1 < count
                else "<span>下一页</span>"
            )
            parts.append(f'<a href="{page_name(count - 1)}">尾页</a>')
        pager = '<div class="pagination">' + " ".join(parts) + "</div>"
        side = fu.left_tree(
            "新闻中心",
            [(name, f"/xwzx/{c}/", []) for c, name in COLUMNS.items()],
        )
        main = (
            side
            + f'<div class="list-right"><div class="list-tit">{esc(COLUMNS[col])}</div>'
            + f'<ul class="list">{rows}</ul>{pager}</div>'
        )
        html = self._frame(
            COLUMNS[col], [("首页", "/"), ("新闻中心", "/xwzx/"), (COLUMNS[col], base)], main
        )
        self.page(base + page_name(n), html)
        if n == 0:
            self.page(base, html)

    def _landing_pages(self) -> None:
        boxes = "".join(
            f'<div class="xw-box"><div class="tit">{esc(name)}'
            f'<a class="more" href="/xwzx/{c}/">更多&gt;&gt;</a></div><ul>'
            + "".join(
                f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
                for t, u, d in self.lists[c][:6]
            )
            + "</ul></div>"
            for c, name in COLUMNS.items()
        )
        self.page(
            "/xwzx/", self._frame("新闻中心", [("首页", "/"), ("新闻中心", "/xwzx/")], boxes)
        )
        zwgk_cols = [
            ("政府信息公开指南", "/zwgk/xxgkzn/"),
            ("政策文件", "/zwgk/zcwj/"),
            ("规划计划", "/zwgk/ghjh/"),
            ("财政预决算", "/zwgk/czyjs/"),
            ("政府信息公开年报", "/zwgk/ndbg/"),
        ]
        reports = []
        for year in range(2024, 2019, -1):
            title = f"洪雅县人民政府{year}年政府信息公开工作年度报告"
            pub = f"{year + 1}-01-2{year % 8}"
            path = f"/zwgk/ndbg/{pub[:7].replace('-', '')}/t{pub.replace('-', '')}_{year}01.html"
            self.page(
                path,
                self._frame(
                    title,
                    [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", "/zwgk/ndbg/")],
                    f'<div class="article"><h1 class="article-title">{esc(title)}</h1>'
                    f'<div class="article-info"><span>发布时间：{pub}</span><span>来源：'
                    f"{GOV_OFFICE}</span></div><div class='article-content' id='zoom'>"
                    + trs_content(FILLER_BODY)
                    + "</div></div>",
                ),
            )
            self.negative_titles.append(title)
            reports.append((title, path, pub))
        tree = fu.left_tree("政务公开", [(n, u, []) for n, u in zwgk_cols])
        rows = "".join(
            f'<li><a href="{esc(u)}" title="{esc(t)}">{esc(t)}</a><span>{esc(d)}</span></li>'
            for t, u, d in reports
        )
        self.page(
            "/zwgk/ndbg/",
            self._frame(
                "政府信息公开年报",
                [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", "/zwgk/ndbg/")],
                tree + f'<div class="list-right"><div class="list-tit">政府信息公开年报</div>'
                f'<ul class="list">{rows}</ul></div>',
            ),
        )
        for name, url in zwgk_cols[:-1]:
            self.page(
                url,
                self._frame(
                    name,
                    [("首页", "/"), ("政务公开", "/zwgk/"), (name, url)],
                    tree + f'<div class="list-right"><div class="list-tit">{esc(name)}</div>'
                    '<ul class="list"></ul><p class="no-data">暂无信息</p></div>',
                ),
            )
        self.page(
            "/zwgk/",
            self._frame(
                "政务公开",
                [("首页", "/"), ("政务公开", "/zwgk/")],
                tree + '<div class="list-right"><div class="list-tit">政府信息公开</div>'
                "<p>本机关依据《中华人民共和国政府信息公开条例》主动公开政府信息。</p></div>",
            ),
        )
        for path, name, text in (
            ("/zjhy/", "走进洪雅", "洪雅县位于四川省眉山市西南部，辖区面积1896平方公里。"),
            ("/hdjl/", "互动交流", "县长信箱　在线咨询　民意征集"),
        ):
            self.page(
                path,
                self._frame(name, [("首页", "/"), (name, path)], f"<p>{esc(text)}</p>"),
            )

    def _home(self) -> None:
        def items(col: str, n: int = 7) -> str:
            return "".join(
                f'<li><a href="{esc(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f"<span>{esc(d[5:])}</span></li>"
                for t, u, d in self.lists[col][:n]
            )

        tabs = ["hyyw", "bmdt", "fzjs"]
        tab_box = (
            '<div class="news-tab"><ul class="tab-hd">'
            + "".join(
                f'<li class="{"on" if i == 0 else ""}"><a href="/xwzx/{c}/">{COLUMNS[c]}</a></li>'
                for i, c in enumerate(tabs)
            )
            + "</ul>"
            + "".join(
                f'<div class="tab-bd" style="{"" if i == 0 else "display:none"}"><ul>{items(c)}'
                f'</ul><a class="more" href="/xwzx/{c}/">更多&gt;&gt;</a></div>'
                for i, c in enumerate(tabs)
            )
            + "</div>"
        )
        notice = (
            '<div class="home-box"><div class="tit">通知公告<a class="more" '
            'href="/xwzx/tzgg/">更多&gt;&gt;</a></div><ul>' + items("tzgg", 5) + "</ul></div>"
        )
        zt = (
            '<div class="zt-banner"><a href="https://www.ms.gov.cn/ztzl/" target="_blank">'
            '<img src="/images/zt_fzms.jpg" alt="法治眉山" /></a>'
            '<a href="https://www.sczwfw.gov.cn/" target="_blank"><img src="/images/zwfw.jpg" '
            'alt="四川政务服务网" /></a></div>'
        )
        main = tab_box + notice + zt + fu.interaction_sidebar()
        html = self._frame(SITE, [], main)
        self.page("/", html)
        self.page("/index.html", html)

    def _frame(self, title: str, crumbs: list[tuple[str, str]], main: str) -> str:
        nav = [
            ("首页", "/"),
            ("走进洪雅", "/zjhy/"),
            ("新闻中心", "/xwzx/"),
            ("政务公开", "/zwgk/"),
            ("政务服务", "https://www.sczwfw.gov.cn/"),
            ("互动交流", "/hdjl/"),
        ]
        head_title = SITE if title == SITE else f"{title}_{SITE}"
        return (
            fu.doc_head(head_title, site=SITE, code=CODE)
            + fu.access_toolbar(SITE)
            + fu.masthead(SITE, nav)
            + '<div class="main wrap">'
            + (fu.crumbs(crumbs) if crumbs else "")
            + main
            + "</div>"
            + fu.float_share()
            + fu.footer_block(
                SITE,
                icp="蜀ICP备05008213号-1",
                police="川公网安备 51142302000118号",
                code=CODE,
                address="四川省眉山市洪雅县洪川镇广场路",
            )
            + fu.jiucuo(CODE)
            + "</body></html>"
        )
