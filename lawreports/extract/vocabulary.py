"""The extraction vocabulary as data: metadata labels, CMS containers, furniture.

Everything a portal calls a field, a container or a piece of furniture lives here, so that a
new layout is a new entry, not a new if-branch.
"""

from __future__ import annotations

# Canonical field → label variants (matched after removing every kind of space).
METADATA_LABELS: dict[str, tuple[str, ...]] = {
    "index_no": ("索引号", "索引", "信息索引号", "索取号", "信息索取号"),
    "title": ("信息名称", "标题", "名称", "文件名称", "公开事项名称"),
    "publisher": (
        "发布机构",
        "制发机构",
        "发文机关",
        "发文机构",
        "发文单位",
        "责任部门",
        "信息来源",
        "来源",
        "公开责任部门",
        "发布单位",
        "责任单位",
        "所属机构",
        "发布机关",
        "制发机关",
        "发文部门",
        "公开主体",
        "发布主体",
        "文章来源",
        "稿件来源",
        "发布部门",
        "供稿单位",
        "供稿部门",
        "来源单位",
        "供稿",
        "信息提供单位",
        "信息提供部门",
        "来源机构",
        "发布者",
        "公开单位",
    ),
    "topic": (
        "主题分类",
        "分类",
        "体裁分类",
        "信息分类",
        "组配分类",
        "服务对象分类",
        "内容分类",
    ),
    "written_date": (
        "成文日期",
        "发文日期",
        "生成日期",
        "印发日期",
        "成文时间",
        "签发日期",
        "制发日期",
        "印发时间",
        "产生日期",
        "形成日期",
        "生成时间",
    ),
    "publish_date": (
        "发布日期",
        "公开日期",
        "发布时间",
        "日期",
        "时间",
        "信息时间",
        "公开时间",
        "更新时间",
        "更新日期",
        "公布日期",
        "公布时间",
        "发稿时间",
        "上传时间",
        "录入时间",
        "发文时间",  # the written date beside another publish date: WRITTEN_BESIDE_PUBLISHED
    ),
    "doc_no": ("文号", "发文字号", "文件编号", "发文号", "文件字号", "文件号"),
    "keywords": ("关键词", "主题词", "关键字"),
    "validity": ("有效性", "效力状态", "废止日期", "生效时间", "终止时间", "时效", "有效期"),
    "disclosure": ("公开方式", "公开时限", "公开范围", "公开形式", "公开属性", "公开类别"),
    # Catalogue fields some platforms add; not kept, read so that the value before them ends.
    "catalogue": (
        "载体类型",
        "统一编号",
        "内容概述",
        "内容摘要",
        "所属类别",
        "信息类别",
        "公文种类",
        "信息格式",
    ),
    "views": ("浏览次数", "访问量", "点击数", "阅读次数", "浏览量", "点击率", "点击", "阅读"),
    "font": ("字体", "字号"),
    # Not kept: read so that the value before them ends (`来源:县司法局 作者:admin`).
    "author": ("作者", "文章作者", "撰稿", "撰稿人", "责任编辑", "编辑", "审核", "摄影"),
}

# Labels read even when their element prints no colon (`<b>索引号</b>…`, `<span class="l">发布
# 机构</span><span>…</span>`): those of the 信息公开 fields, three characters or more (a bare
# `日期` or `来源` names too much else), and 文号.
BARE_LABELS: tuple[str, ...] = (
    "文号",
    *(
        label
        for fld in ("index_no", "title", "publisher", "written_date", "publish_date", "doc_no")
        for label in METADATA_LABELS[fld]
        if len(label) >= 3
    ),
)
# How an organisation's name ends (`县司法局`, `县人民政府`, `城关镇`): a name printed beside the
# date under the title, without a label, is the source only when it is one.
ORG_NAME_ENDINGS: tuple[str, ...] = (
    "局",
    "委",
    "委员会",
    "办",
    "办公室",
    "中心",
    "院",
    "所",
    "站",
    "队",
    "镇",
    "乡",
    "街道",
    "办事处",
    "管委会",
    "政府",
    "部",
    "厅",
    "处",
    "科",
    "室",
    "会",
)

# The labels any such block prints (one of them tells the page prints labels without a colon).
BARE_LABEL_SIGNS: tuple[str, ...] = ("索引号", "发布机构", "成文日期", "发文字号", "文号")

# Toolbar widgets printed right after a metadata value (`来源：县司法局 打印`): the value ends
# at the first one that follows a space.
VALUE_END_WIDGETS: tuple[str, ...] = (
    "打印",
    "关闭",
    "收藏",
    "分享",
    "返回",
    "纠错",
    "语音播报",
    "朗读",
)

# What an info line under the title prints beside its date and source, without a label, and
# which is neither: the font switch (`大 中 小`), share and print buttons; a counter's word
# (`阅读 1,203`, METADATA_LABELS' views) with its number is told apart by its shape.
INFO_LINE_TOOLS: tuple[str, ...] = (
    "大",
    "中",
    "小",
    "A",
    "A+",
    "A-",
    "默认",
    "字体",
    "字号",
    "分享到",
    "返回顶部",
    "次",
    *VALUE_END_WIDGETS,
)

# What an article's info line above the text starts with (`发布时间：…`, `来源：…【字体】`),
# and the labels that may follow a bare date there (`2024-03-12 来源：…`).
HEAD_META_WORDS: tuple[str, ...] = (
    "发布时间",
    "发布日期",
    "发布",
    "发文",
    "供稿",
    "信息来源",
    "文章来源",
    "来源",
    "日期",
    "时间",
    "作者",
    "文章作者",
    "编辑",
    "浏览",
    "阅读",
    "字体",
    "点击",
)
DATED_HEAD_LABELS: tuple[str, ...] = (
    "信息来源",
    "文章来源",
    "来源",
    "作者",
    "编辑",
    "浏览次数",
    "阅读次数",
    "点击数",
    "访问量",
)

# Values that mean "nothing here".
EMPTY_VALUES: frozenset[str] = frozenset(
    {"", "无", "暂无", "無", "暫無", "/", "-", "--", "—", "null", "none"}
)

# id/class names (whole token, lower case, `-`/`_` removed) of an element that holds one
# field's value when the page draws the label with CSS (`<span class="fbjg">县司法局</span>`,
# `.fbjg::before{content:"发布机构："}`): pinyin initials and spelled-out names. Generic words
# (`date`, `source`, `time`) are left out: list items and sidebars use them too.
CLASS_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "index_no": ("syh", "suoyinhao", "indexno", "indexnum", "xxgksyh"),
    "publisher": ("fbjg", "fbdw", "fwjg", "fwdw", "zzjg", "publishorg", "publishdept"),
    "written_date": ("cwrq", "cwsj", "fwrq", "writtendate", "writedate"),
    "publish_date": ("fbrq", "fbsj", "publishdate", "publishtime", "pubdate"),
    "doc_no": ("wh", "fwzh", "wjbh", "wenhao", "docno", "fileno"),
}


# The last word of a class that names an article's title in pinyin initials or cut short
# (`wzbt` 文章标题, `xxbt` 信息标题, `article-bt`, `ny-tit`, `newsTit`), the word split off at
# `-`, `_` or a capital. A column's (`lmbt` 栏目标题) and a crumb's (`bt-position`) are not.
TITLE_CLASS_WORDS: frozenset[str] = frozenset(
    {"bt", "tit", "wzbt", "xxbt", "nrbt", "zwbt", "xwbt", "wjbt", "artbt", "newsbt", "newstit"}
)
# A column's name, printed as a heading above the article's own title (`<h2>法治政府建设年度报告
# </h2>`, `<div class="lm-title">通知公告</div>`): a title that is one of them, whole, gives way
# to a later one that names the subject (`某县人民政府关于法治政府建设工作情况的报告`).
COLUMN_NAMES: tuple[str, ...] = (
    # also under a year, as a year's sub-column is named (`2023年度法治政府建设年度报告`)
    r"(?:(?:19|20)\d{2}年度?)?(?:法治政府建设|法治政府|依法行政|法治建设)(?:工作)?"
    r"(?:年度报告|报告|专栏|专题)?",
    r"通知公告",
    r"政务公开",
    r"(?:政府)?信息公开",
    r"法定主动公开内容",
    r"工作动态",
    r"政策文件",
)
# How a site's name ends (`安宁县人民政府`, `安宁县人民政府门户网站`, `安宁政府网`): a `<title>`
# is split at a colon or a dot only where one side is the site's name (`安宁县人民政府：…报告`,
# `…报告 · 安宁县人民政府`); a report's own title may hold a colon (`关于…的报告：…`).
SITE_NAME_ENDINGS: tuple[str, ...] = ("人民政府", "门户网站", "政府网", "网站", "门户网", "门户")
# What separates the parts of a `<title>` that a site name may stand beside.
SITE_NAME_SEPARATORS: tuple[str, ...] = ("：", ":", "·", "•", "・")
# Lines a report may open with before its first sentence, read past for the year it reports on
# when its title names none: a document number (`安政报〔2024〕5号`), a dateline (`（2024年1月10日
# 在…会议上）`, a date alone), and, when they name no year, an addressee (`县人大常委会：`) or a
# short line of no sentence (the title again, the issuer's name). Whole lines, spaces removed.
OPENING_PREAMBLE_LINES: tuple[str, ...] = (
    r"[^，。；]{1,15}[〔\[【(（［]\d{4}[〕\]】)）］]第?\d{1,4}号",
    r"[(（](?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})年[^()（），。]{0,60}[)）]",
    r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?",
    r"[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
)
YEARLESS_PREAMBLE_LINES: tuple[str, ...] = (
    r"[^。；]{2,40}[:：]",
    r"[^。，；：:]{2,40}",
    r"[^。]{0,200}(?:报告|汇报)如下[。：:]?",  # `根据《…》要求，现将我县…情况报告如下。`
)

# The 政府网站发展指引 meta tags.
META_TAGS: dict[str, str] = {
    "title": "ArticleTitle",
    "publish_date": "PubDate",
    "publisher": "ContentSource",
    "site_name": "SiteName",
    "column": "ColumnName",
}

# Body containers of the CMS families, most specific first.
BODY_CONTAINERS: tuple[str, ...] = (
    "ucapcontent",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#vsb_content",
    "[id^='vsb_content']",
    ".v_news_content",
    "#zoom",
    "#zoomcon",
    "#UCAP-CONTENT",
    ".article-content",
    ".pages_content",
    "#con_con",
    ".con_con",
    ".wzcon",
    ".zwnr",
    ".news_content",
    ".article_con",
    "#Zoom",
    "#fontzoom",
    ".xxgk_content",
    ".detail-content",
    ".detail_con",
    "article",
)

# Hanweb marks the body with comments; the most reliable delimiters where present.
BODY_COMMENT_MARKERS: tuple[tuple[str, str], ...] = (
    ("<!--ZJEG_RSS.content.begin-->", "<!--ZJEG_RSS.content.end-->"),
    ("<!--<$[信息内容]>begin-->", "<!--<$[信息内容]>end-->"),
)

# Page regions that are never the report: removed from the DOM before any text is taken.
FURNITURE_TAGS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "select",
    "button",
    "input",
    "textarea",
    "header",
    "footer",
    "nav",
    "svg",
    "map",
    "aside",
    # a ruby's reading (`<ruby>設<rt>shè</rt></ruby>`): pronunciation, never text
    "rt",
    "rp",
    # Word's document settings (`<xml><w:WordDocument>…`) when a paste lost the comment
    # around them: `Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN` to a parser
    "xml",
)
# id/class tokens (whole token, case-insensitive) marking furniture regions.
FURNITURE_TOKENS: frozenset[str] = frozenset(
    {
        "footer",
        "foot",
        "bottom",
        "copyright",
        "header",
        "topbar",
        "nav",
        "navbar",
        "breadcrumb",
        "crumb",
        "crumbs",
        "position",
        "location",
        "weizhi",
        "dqwz",
        "share",
        "bdsharebuttonbox",
        "sharebox",
        "bshare",
        "article-ewm",
        "ewm",
        "qrcode",
        "related",
        "relate",
        "xgxx",
        "xglj",
        "xgwz",
        "xgwj",
        "xgxw",
        "xgyd",
        "xgjd",
        "xgwd",
        "article-reldocuments",
        "reldocuments",
        "common_newslist",
        "sidebar",
        "pagination",
        "page-tools",
        "toolbar",
        "fontsize",
        "login",
        "skip",
        "wza",
        "barrier",
        "gotop",
        "backtop",
        "prev-next",
        "prevnext",
        "sxp",
        "fenxiang",
        "erweima",
        "jiucuo",
        "zhaocuo",
        "logo",
        "banner",
        # A pasted WeChat article's own header line (原创 / author / account / date).
        "rich_media_meta_list",
    }
)

# Parts of a compound id/class token (`article-ewm`, `bt_footer`) that mark furniture.
FURNITURE_TOKEN_PARTS: frozenset[str] = frozenset(
    {
        "footer",
        "header",
        "nav",
        "breadcrumb",
        "share",
        "crumb",
        "ewm",
        "copyright",
        "qrcode",
        "erweima",
        "fenxiang",
        "jiucuo",
        "logo",
        "banner",
    }
)

# Lines that are page furniture wherever they appear (backstop after DOM cleaning).
# Each pattern is anchored to a whole line; checked against every seed.
FURNITURE_LINE_PATTERNS: tuple[str, ...] = (
    # Also in a Taiwan-style conversion's words (关闭视窗).
    # A template's style rules printed as text (`.TRS_Editor P{margin-top:5px;…}`).
    r"(?:[.#][\w-][^{}]{0,80}\{[^{}]*\}\s*)+",
    r"(?:[【\[]\s*)?关闭(?:本页|此页|本文|窗口|视窗|页面)?(?:\s*[】\]])?",
    r"(?:[【\[]\s*)?(?:我要)?打印(?:本页|此页|本文|正文|全文|文章|页面)?(?:\s*[】\]])?",
    r"(?:[【\[]\s*)?(?:添加|加入)?收藏(?:本页|此页|本文)?(?:\s*[】\]])?",
    r"(?:[【\[]\s*)?返回(?:顶部|首页|列表|上一页|上页)?(?:\s*[】\]])?",
    r"扫一扫在手机(?:上)?打开当前页(?:面)?",
    r"扫一扫.{0,8}",
    r"分享[到至][:：]?.*",
    r"(?:【\s*)?字[体号](?:大小)?[:：]?\s*[\[【]?\s*(?:大\s*中\s*小)?\s*[\]】]?.*",
    r"长者浏览模式",
    r"(?:网站)?无障碍(?:浏览|阅读)?",
    r"关怀版",
    r"(?:简体|繁體|繁体)(?:版)?(?:\s*[|｜]\s*(?:简体|繁體|繁体)(?:版)?)*",
    r"登录\s*[|｜]\s*注册",
    r"语音播报",
    r"相关(?:链接|鏈接|文章|阅读|新闻|稿件|文件)[:：]?",
    # A CMS's keyword links under the text (PHPCMS `相关热词搜索：`, `热词：`).
    r"(?:相关)?热(?:词|门标签)(?:搜索)?[:：].{0,60}",
    r"关联稿件[:：]?",
    r"[【\[]?\s*[上下]一(?:篇|条|则)\s*[】\]]?[:：]?.*",
    r"[【\[]?\s*(?:[上下]篇|[前后]一篇)\s*(?:[】\]][:：]?|[:：]).*",
    r"(?:[【\[]\s*)?(?:我要)?纠错(?:\s*[】\]])?",
    r"(?:我为)?政府网站找错",
    r"(?:微信|手机)扫(?:一扫|码).{0,12}",
    r"(?:本页|文章|扫描|扫码|手机)?二维码(?:分享|阅读|访问|打开)?",
    # A QR code's caption (`扫描二维码关注`) and the account it leads to (`政务微信`).
    r"扫[描码]?(?:二维码)?(?:关注|访问|打开|阅读|浏览|查看|分享)[^。，；,;！？]{0,12}",
    r"(?:政务|官方)?(?:微信|微博|抖音)(?:公众号|号|二维码)?",
    # The source repeated under the text (`本文来源：县司法局`); a table's `数据来源：…` stays.
    r"(?:本文|文章|信息|稿件|新闻)来源[:：][^。，；,;！？]{0,40}",
    # The same in brackets after the text (`（来源：县司法局）`).
    r"[(（]\s*来源[:：][^。，；,;！？()（）]{1,40}[)）]",
    # The page's own address printed under the text (`本文链接：http://…`).
    r"(?:本文|文章|本页|信息)(?:链接|地址|网址)[:：]\s*(?:https?://)?[!-~]*",
    r"分享[:：].*",
    r"(?:【\s*)?(?:手机版|护眼模式|(?:长者|老年|适老化)(?:模式|版|服务)?|(?:在线|全文)?朗读(?:全文)?)(?:\s*】)?",
    # A news byline closing the text (`（责任编辑：张三）`, `编辑：李四 审核：王五`): names,
    # no sentence (`审核：严格落实…制度，…` is report text).
    r"[(（]?\s*(?:责任编辑|网站编辑|编辑|审核|校对|审校|初审|复审|终审|撰稿|发布人|发布者)"
    r"[:：][^。，；,;！？]{0,30}",
    r"(?:您|你)?(?:当前|现在)的?(?:位置|所在位置)[:：].*",
    r"当前位置[:：].*",
    r"(?:主办|承办|协办)(?:单位)?[:：][^。；;]*",
    r"(?:运行)?维护(?:单位)?[:：].*",
    r"(?:网站)?运维(?:单位)?[:：].*",
    r"技术支持[:：].*",
    r"版权所有.*",
    r"Copyright.*",
    r"(?:联系|电子)?(?:电话|传真|邮编|地址|邮箱)[:：].{0,60}",
    r"(?:网站地图|站点地图|联系我们|关于我们|网站声明|隐私声明|使用帮助)(?:\s*[|｜]\s*\S+)*",
    r"(?:浏览|访问|点击|阅读)(?:次数|量|数|率)[:：].*",
    r"(?:浏览|阅读|点击)[:：]\s*\d+\s*次?",
    r"今天是[:：]?.*星期.*",
    r"热门搜索[:：].*",
    r"中文域名[:：].*",
    r"视力保护色[:：].*",
    # Notes on the site printed beside the text: a tip, a disclaimer, a copyright request.
    r"温馨提示[:：].{0,80}",
    r"(?:免责|网站|版权)声明[:：].{0,120}",
    r"(?:本文|本站|本网站?|文章)(?:如有|若有|如涉及|涉及)侵权.{0,30}",
    # A satisfaction poll under the text.
    r"(?:您|你)对本(?:文|页|篇|条|条信息|页面)的?(?:满意度|评价)[:：]?.{0,20}",
    r"[【\[]?\s*(?:大|中|小)\s*[】\]]?(?:\s*[【\[]?\s*(?:大|中|小)\s*[】\]]?){2}",
)

# Short furniture lines whose first character often starts a report line too (建, 在, 本, 网,
# 保, 办): tried only on lines of at most MAX_SHORT_FURNITURE_LINE characters, where report
# lines are few, so the start gate of the patterns above stays narrow. Whole lines.
_PAGER_WORD = r"[【\[(（]?\s*(?:首页|上一?页|下一?页|尾页|末页)\s*[】\])）]?"
_PAGER_TOKEN = (
    r"[【\[(（]?\s*(?:\d{1,3}|首页|上一?页|下一?页|尾页|末页|第\s*\d{1,3}\s*页|共\s*\d{1,4}\s*页)"
    r"\s*[】\])）]?"
)
FURNITURE_SHORT_LINE_PATTERNS: tuple[str, ...] = (
    # Footer notes on the site itself: the screen it suits, its visitor counter, IPv6.
    r"建议(?:使用|采用|您使用)?.{0,30}(?:分辨率|浏览器).{0,20}",
    r"最佳(?:分辨率|浏览效果).{0,30}",
    # The site's own notices (`未经授权禁止复制或建立镜像`, `本网站由…主办`), and the footer's
    # badges and accounts (`党政机关`, `关注我们`, `政务新媒体`).
    r"未经(?:授权|许可).{0,20}(?:复制|转载|镜像|使用).{0,10}",
    r"本网站?由.{2,24}主办.{0,10}",
    r"党政机关|关注我们|(?:移动)?客户端|今日头条号?|政务新媒体|新媒体矩阵|English",
    r"您是(?:本站)?的?第\s*\d+\s*位访(?:客|问者)",
    r"本(?:网站|站|网)(?:已)?支持\s*IPv6.{0,8}",
    r"本(?:页面?|文)已?被访问\s*\d+\s*次",
    r"在手机上?(?:查看|浏览|阅读|打开)(?:本页|当前页面?)?",
    r"[【\[]?\s*(?:网站|信息)纠错\s*[】\]]?",
    r"保护视力色[:：]?.*",
    r"(?:办公|通讯)地址[:：].{0,30}",
    # A Taiwan-style conversion's toolbar words (列印, 回到顶部), a `录入：` byline, the source's
    # address (`原文链接：…`).
    r"(?:[【\[]\s*)?列印(?:本页|此页|文章|页面)?(?:\s*[】\]])?",
    r"(?:[【\[]\s*)?回到(?:顶部|首页|列表|上一页|上页)?(?:\s*[】\]])?",
    r"[(（]?\s*录入[:：][^。，；,;！？]{0,30}",
    r"原文(?:链接|地址|网址)[:：]\s*(?:https?://)?[!-~]*",
    # The poll's choices, and how to open the files (`附件请用PDF阅读器打开`).
    r"(?:非常满意\s*)?满意\s*(?:基本满意\s*)?一般\s*(?:不满意|不太满意)(?:\s*非常不满意)?",
    r"(?:附件|文件|本页|本文|如需|若需|请|需|建议)[^。，]{0,12}(?:阅读器|WPS|Office)[^。]{0,8}"
    r"(?:打开|查看|阅读|浏览)",
    # A view count and the page's colour pickers (`1326次浏览`, `背景色：`, `护眼色：`).
    r"\d+\s*次(?:浏览|阅读|点击)",
    r"(?:背景|护眼)色[:：].*",
    # A read-aloud player (`听全文`, `听新闻 00:00 / 03:21 播放 暂停`, `点击播报本文，约 3 分钟`).
    r"(?:听|收听|朗读)(?:全文|新闻|本文)(?:\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})?(?:\s*(?:播放|暂停|停止))*",
    r"点击播报本文.{0,16}",
    # A poll on the page (`您对本页信息是否满意`, `本页面信息是否对您有帮助`), a comment count.
    r"(?:您对)?本(?:页面?|文|条)?信息是否(?:满意|对您有所?帮助)[?？]?",
    r"已有\s*\d+\s*条评论",
    # A repost's WeChat furniture: the end mark, the follow and like prompts, its own links.
    r"[-—]+\s*(?:END|完|结束)\s*[-—]+",
    r"长按(?:识别|扫描|扫码)?(?:图中)?(?:二维码)?.{0,12}",
    r"点击(?:上方)?(?:蓝字|“[^”]{1,12}”)(?:关注|订阅).{0,8}",
    r"(?:点个|点亮)在看.{0,10}|在看|分享\s*收藏\s*点赞\s*在看|阅读原文|预览时标签不可点",
    r"END",
    # A font-size switcher with a default size and an eye-care colour (`【默认 大 超大】`,
    # `【视力保护色】`), each widget in brackets or not, on one line.
    r"(?:[【\[]?\s*(?:(?:默认|标准)(?:\s*(?:超大|特大|大|中|小))+|(?:视力)?保护色)\s*[】\]]?\s*)+",
    # A download button's words alone on a line (the file is listed as an attachment).
    r"[【\[]?\s*(?:点击)?(?:下载|查看)(?:附件|文件|全文|原文)\s*[】\]]?",
    # An article's pager left in its text (`[1] [2] 下一页`, `上一页 1 2 3 下一页 尾页`): page
    # numbers and at least one of the pager's words, nothing else.
    rf"(?:{_PAGER_TOKEN}\s*)*{_PAGER_WORD}(?:\s*{_PAGER_TOKEN})*",
    # A photo's caption (`▲全县法治政府建设工作推进会现场`, `图为…`): no sentence of the report.
    r"[▲△]\s*[^。；！？]{2,38}[。！]?",
    r"图为[^。；！？]{2,38}[。！]?",
)
MAX_SHORT_FURNITURE_LINE = 40

# A text pasted from a print layout (Word, WPS, a PDF) keeps its pages' numbers, each a line
# of its own: `— 3 —`, `- 2 -`, `－ 1 －`, `第 2 页 共 5 页`.
PRINTED_PAGE_NUMBERS: tuple[str, ...] = (
    r"[-－—–―]{1,2}\s*\d{1,3}\s*[-－—–―]{1,2}",
    r"第\s*\d{1,4}\s*页\s*[,，/、]?\s*共\s*\d{1,4}\s*页",
)
# The lines of a 公文's 版记 under its signature (抄送, 印发 by whom and when, 主题词): where
# the document went, not what it says. The 印发 line's date may stand alone (a PDF prints
# 印发机关 and 印发日期 as two runs of one line).
DOCUMENT_RECORD_LINES: tuple[str, ...] = (
    r"(?:抄\s*送|主\s*题\s*词)[:：].*",
    r"(?:.{2,40}?)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发"
    r"(?:\s*[(（]?共印\s*\d+\s*份[)）]?)?",
)
# The date under a 公文's signature (`二〇二五年三月十八日`, `2025年3月18日`), alone on its line
# or after the signing office: the text ends there, a 版记 may follow.
SIGNATURE_DATE_LINE = (
    r"(?:[^。，；！？]{2,30}?\s*)?"
    r"(?:\d{4}|[〇零○O一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
# What opens a heading or an enumerated paragraph: a page break before it ends a paragraph.
PARAGRAPH_OPENERS = (
    r"[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]"
    r"|第[一二三四五六七八九十]+[条章节部]|[①-⑳]"
)
# What ends a sentence: a line ending otherwise was cut by a page break.
SENTENCE_ENDS = "。！？；：:;!?…”’」』）)》"

# Lines after which everything is page furniture (related lists, prev/next, comment boxes);
# each anchored at the line start. A 相关文件 heading (with 无 or the files' names under it)
# and a comment-box heading only as a whole line: report text cites 相关文件 and 网友评论.
FURNITURE_TAIL_STARTERS: tuple[str, ...] = (
    # A heading ends the text, not a report sentence opening with its words (`相关阅读材料
    # 已印发…。`): a colon after it, or no sentence on its line.
    r"^[【\[]?(?:相关(?:链接|鏈接|文章|阅读|新闻|稿件|推荐)|关联稿件|扫一扫在手机|[上下]一(?:篇|条|则)"
    r"|推荐阅读|延伸阅读|往期(?:推荐|回顾|精彩))[】\]]?(?:[:：]|(?=[^。，；,;]*$))",
    r"^(?:相关文件|(?:相关|政策|文件)解读)[:：]?$",
    r"^(?:我要|发表|网友|最新|热门|全部)?(?:评论|留言)(?:列表|区)?[:：]?"
    r"(?:\s*[(（]?\s*\d+\s*(?:条)?\s*[)）]?)?$",
)

# Furniture that may sit anywhere in a footer line (`主办：… 京ICP备05070218号 …`): the line is
# dropped when it contains the pattern. The literal (upper case) must occur for the pattern to
# be tried, which keeps the search off the report's own lines.
FURNITURE_LINE_MARKERS: tuple[tuple[str, str], ...] = (
    # (The Han character before `ICP` is looked behind for: a search opening with a class
    # would try it at every character of a line holding 备, a common character.)
    ("ICP备", r"(?<=[\u4e00-\u9fff])ICP备\s*\d+号"),
    ("公网安备", r"公网安备\s*\d+号?"),
    # Short lines only: a report sentence may name them.
    ("版权所有", r"^[^。，；,;]{0,30}版权所有[^。，；,;]{0,40}$"),
    ("主办", r"^[^。，；,;]{2,30}\s主办$"),
    ("网站标识码", r"(?:政府)?网站标识码[:：]?\s*[0-9A-Za-z]+"),
    # The office's contact note under a signed document (`（联系人：王某某；联系电话：…）`).
    (
        "联系人",
        r"^[(（]?\s*联系人[:：][^。，；;,]{1,12}[;；，,\s]*(?:联系)?电话[:：]?\s*"
        r"[\d\s\-－—()（）]{5,24}\s*[)）]?$",
    ),
)

# A line longer than this is report text: the line patterns are never tried on it.
MAX_FURNITURE_LINE = 240

# Runs of question marks or replacement characters left by a broken encoding, and any
# replacement character (a single `?` in a sentence stays).
MOJIBAKE_RUN = r"[?？\ufffd]{3,}|\ufffd+"

# --- attachments -----------------------------------------------------------------------------
# File types that can hold a report itself (a document, not a table or an archive): a page's
# link to one of these is its document, and an embedded viewer showing one is its body.
DOCUMENT_TYPES: frozenset[str] = frozenset({"pdf", "doc", "docx", "wps", "ofd"})
# File types a 附件 link may carry (by extension); only some have their text extracted.
ATTACHMENT_TYPES: frozenset[str] = DOCUMENT_TYPES | frozenset(
    {
        "xls",
        "xlsx",
        "et",
        "zip",
        "rar",
        "7z",
        "txt",
        "ppt",
        "pptx",
        "csv",
        "odt",
        "rtf",
    }
)
# Query keys of download URLs that carry the file name (Hanweb downfile.jsp: showname=).
ATTACHMENT_NAME_KEYS: tuple[str, ...] = (
    "showname",
    "filename",
    "realname",
    "fname",
    "name",
    "file",
    "title",
)
# id/class parts of the block that holds a page's attachments (`fj-a`, `attachment`, `xgfj`).
ATTACHMENT_BLOCK_TOKENS: frozenset[str] = frozenset(
    {
        "fj",
        "xgfj",
        "fjxz",
        "fujian",
        "attach",
        "attachment",
        "attachments",
        "appendix",
        "enclosure",
    }
)

# Publish-date labels that name the written date when the block also prints a publish date
# (`发文时间：2024-03-01 发布时间：2024-03-05`); alone, on an info line, the date of the page.
WRITTEN_BESIDE_PUBLISHED: frozenset[str] = frozenset({"发文时间"})

# Headings of a site's download box (办事表格, guides): the files under them are the site's,
# not the report's, even inside the article's block. (`文件下载`/`附件下载` head the report's.)
DOWNLOAD_BOX_HEADINGS: tuple[str, ...] = (
    "下载中心",
    "下载专区",
    "资料下载",
    "表格下载",
    "常用下载",
    "办事表格",
    "常用表格",
)

# A detail API's JSON (a shell page's content, jsondetail.py): keys of the body, and of the
# 信息公开 fields, preferred first. Keys are compared lowercased without `_`/`-`; a key that is
# one of METADATA_LABELS (`索引号`, `发布机构`) names its field too.
JSON_BODY_KEYS: tuple[str, ...] = (
    "content",
    "body",
    "htmlContent",
    "contentHtml",
    "articleContent",
    "docContent",
    "newsContent",
    "text",
    "txt",
    "detail",
    "zw",
    "nr",
    "正文",
    "内容",
)
JSON_FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "index_no": ("indexNo", "indexNum", "indexCode", "idxNo", "syh", "suoyinhao", "identifier"),
    "publisher": (
        "publisher",
        "publishOrg",
        "publishDept",
        "publishUnit",
        "pubOrg",
        "fbjg",
        "orgName",
        "deptName",
        "unitName",
        "source",
        "sourceName",
        "ly",
    ),
    "written_date": ("writtenDate", "writeDate", "docDate", "signDate", "fileDate", "cwrq"),
    "publish_date": (
        "publishDate",
        "publishTime",
        "pubDate",
        "pubTime",
        "releaseDate",
        "releaseTime",
        "publishedAt",
        "fbrq",
        "fbsj",
        "date",
    ),
    "doc_no": ("docNo", "documentNo", "docNumber", "fileNo", "fileNum", "wh", "fwzh", "wenhao"),
}
# Epoch timestamps in a detail API (`"publishTime": 1742866200000`) are read in China time.
JSON_TIMEZONE_HOURS = 8
