"""Discovery vocabulary as data: report titles, hard negatives, navigation hints."""

from __future__ import annotations

# A report title names the subject and the annual-report form, and a year.
REPORT_SUBJECT = r"法治政府建设|法治政府|依法行政"
REPORT_FORMS: tuple[str, ...] = (
    r"年度报告",
    r"工作报告",
    r"情况(?:的)?报告",
    r"(?:工作)?开展情况",
    r"工作情况",
    r"的?报告",
    r"工作总结",
    # A title ending in 情况, before a file's extension, a date, a site's name or a trailer.
    r"情况(?=$|\.(?:pdf|docx?|wps|ofd)$|[。_｜|]|\s*(?:19|20)\d{2}-\d|[(（【\[])",
    r"汇报",
    r"年报",
    r"建设总结",
)
# Titles that mention the subject but are never the annual report itself, whatever else they say.
# Each alternative starts with a plain character (no class, group or look-behind first): then
# the regex engine skips every position whose character starts none of them.
HARD_NEGATIVES: tuple[str, ...] = (
    r"工作要点",
    r"实施方案",
    r"工作方案",
    r"推进会",
    r"部署会",
    r"会议",
    r"示范(?:创建|地区|区(?!管)|市|县|点|项目|单位)",
    r"考核",
    r"公示",
    r"督察",
    r"督查(?!室)",  # not 县人民政府督查室
    r"整改",
    r"自查",  # a 督察's self-inspection, not the year's report
    r"通报",
    r"政府信息公开",
    r"信息公开工作年度报告",
    r"政(?<!法治政)府工作报告",  # not 法治政府工作报告
    r"第一责任人",
    r"培训",
    r"通知$",
    r"的通知",
    r"公告$",
    r"意见",
    r"规划(?![和局]|建设局)",  # not an issuer's name: 自然资源和规划局, 规划和自然资源局
    r"纲要",
    r"调研",
    r"召开",
    r"举办",
    r"学习",
    r"座谈",
    r"动员(?!办|局)",  # not 国防动员办公室
    r"报送",
    r"做好",
    r"责任清单",
    r"任务分工",
    r"述法",
    r"宣传(?!部)",  # not 县委宣传部
    r"解读",
    r"图解",
    r"一图",
    r"读懂",
    r"计划(?!生育)",  # not 卫生和计划生育局
    r"目录",
    r"名单",
    r"上半年|下半年|半年|季度",
    # Other renderings of the report, and documents about it.
    r"看懂",
    r"图说",
    r"图读",
    r"问答",
    r"速览",
    r"长图",
    r"动漫",
    r"视频",
    r"提醒",
    r"提示",
    r"的函$",
    r"统计表",
    r"说明",
    r"编写",
    r"编制工作",  # not 编制: 县委机构编制委员会办公室 reports too
    r"指引",
    r"模板",
    r"范本",
    r"起草",
    r"送审稿",
    r"草案",
    r"决议",
    r"回头看",
    r"报告制度",
    r"发布会",
    r"正式发布",
    r"公开发布",
    r"我[县区市旗]发布",
    r"获评",
    r"启动",
    # Assessments and inspections of it.
    r"考评",
    r"评估",
    r"测评",
    r"调查",
    r"督导",
    r"检查",
    r"核查",
    # Meetings and news about it.
    r"大会",
    r"报告会",
    r"总结会",
    r"常委会",
    r"听取",
    r"审议",
    r"询问",
    r"专题研究",
    r"讲话",
    # Other subjects beside it.
    r"政务公开",
    r"竞赛",
    r"活动",
    # Part of a year, or several years.
    # (months and years read back from the 月 or 年 that ends them: every alternative starts
    # with a plain character)
    r"月(?<=\d[-—－~至]\d月)",
    r"月(?<=\d[-—－~至]\d\d月)",
    r"月(?<=\d\d[-—－~至]\d月)",
    r"月(?<=\d\d[-—－~至]\d\d月)",
    r"月(?:份)?(?:法治政府|依法行政)",
    r"截至",
    r"月报",
    r"周报",
    r"年(?<=(?:19|20)\d\d[-—－~至]\d\d年)",
    r"年(?<=(?:19|20)\d\d[-—－~至](?:19|20)\d\d年)",
    *(
        f"{month}月份"
        for month in (*map(str, range(1, 13)), *"一二三四五六七八九十", "十一", "十二")
    ),
)
# Years as digits or in Chinese numerals.
REPORT_YEAR = r"(?<!\d)(?:19|20)\d{2}(?!\d)|二[〇零○][一二三四五六七八九〇零○]{2}年"
# A report that ends with the next year's plan (`…工作总结及2024年工作计划`,
# `…情况和2024年工作安排`) is the annual report still: the clause is set aside before the hard
# negatives (计划, 要点) are looked for. Only at the end of a title, after a report form.
NEXT_YEAR_PLAN = (
    r"(?:及|和|暨|与|并|以及)(?:下一?步|(?:(?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})年度?)"
    r"(?:法治政府建设|依法行政)?(?:重点)?(?:工作)?(?:计划|安排|打算|思路|要点|重点|目标|谋划|设想)"
    r"(?:的报告)?(?:\.(?:pdf|docx?|wps|ofd))?$"
)

# Navigation hints: anchor text / title → priority (higher is crawled first).
NAV_TEXT_WEIGHTS: tuple[tuple[str, int], ...] = (
    (r"法治政府建设(?:年度)?(?:工作)?(?:情况)?报告", 90),
    (r"法治政府", 70),
    (r"法治建设|依法行政|依法治[县区市]|法治", 45),
    (r"年度报告|工作报告|报告", 40),
    (r"其他主动公开|重点信息公开|重点领域|法定主动公开|其他法定|法定公开|主动公开", 35),
    (
        r"政府信息公开|信息公开目录|信息公开|政务公开|政府公开|公开目录|公开专栏|"
        r"透明政务|阳光政务|政务信息|政府信息",
        30,
    ),
    (r"司法局|司法", 30),
    (r"部门信息公开|部门公开|乡镇信息公开|镇街信息公开|乡镇街道|镇乡街道|镇街公开", 28),
    (r"通知公告|公告公示|通知通告|公示公告|公告通知|工作动态|政务动态|部门动态", 15),
    (r"执行结果|政府工作|工作总结|计划总结|规划计划|其他文件|其他信息", 12),
    (r"部门|乡镇|镇街|街道|机构|单位", 12),
    # The 专题 index: some portals name their 法治政府建设专栏 only there (else a bare banner).
    (r"专题专栏|专题|专栏", 10),
    # A city's 政府公报 prints its reports in an issue (not 统计公报: a bare 公报 says nothing),
    # an issue's contents name them; its issues by year, older ones in an archive.
    (r"政府公报|往期公报|公报目录", 30),
    (r"(?:19|20)\d{2}年第[\d一二三四五六七八九十]+期", 15),
    (r"(?:19|20)\d{2}年(?:及以前|以前|之前)|往期|历年", 10),
    # an organisation's own column: 县教育局, 城关镇, 新华街道办事处
    (r"(?:局|委员会|委|办公室|办|中心|院|镇|乡|街道|街道办事处|管委会|人民政府)$", 8),
    (r"更多|more|>>|查看全部", 5),
)
# URL tokens → priority.
NAV_URL_WEIGHTS: tuple[tuple[str, int], ...] = (
    (r"fzzfjsndbg|fzzfjs|fzzf|fzjs|fzzfbg|fzjsndbg", 80),
    (r"ndbg|gzbg", 25),
    (r"xxgk|zwgk|gongkai|publicity|zfxxgk|gkml|fdzdgknr|qtzdgknr|qtfdgk|zdxxgk|zdlyxxgk", 25),
    (r"ygzw|tmzw", 25),  # 阳光政务, 透明政务
    (r"bmxxgk|bmgk|xzxxgk|bmjz|xzjd|zjxxgk|bmdt|xzgk|jdgk|bumen|xiangzhen", 12),
    (r"tzgg|gsgg|notice|tongzhi|gggs|tzgs", 10),
    (r"zfgb|gongbao", 20),  # 政府公报
)
# News listings (要闻, 动态, 专题 …): paged only while they show report titles. By the listing's
# name, or, for a name that says nothing (更多>>), by its URL; a listing named for the reports, or
# for notices (where some portals file them), is never news.
NEWS_LISTING_TEXT: tuple[str, ...] = (
    r"要闻|新闻|动态|资讯|快讯|媒体|图片|视频|头条|时政|聚焦|热点|专题|简报|信息速递",
)
NEWS_LISTING_URL: tuple[str, ...] = (
    r"/(?:xwzx|xwdt|ywdt|zwdt|gzdt|bmdt|xzdt|jcdt|tpxw|spxw|mtbd|mtjj|rdjj|ztzl|zhuanti|news|xinwen)"
    r"(?:/|_|\.|$)",
)
NOT_NEWS_LISTING_TEXT: tuple[str, ...] = (r"报告|通知|公告|公示|通告|文件|公开目录|主动公开",)
# News listings never paged on for reports published as news (lawreports.discovery.listings):
# pictures, video, other media's coverage.
NEWS_NEVER_DEEPENED_TEXT: tuple[str, ...] = (r"图片|图文|视频|影像|摄影|直播|媒体|外媒|网媒",)
# Links never worth following: assets, other protocols, calendars, search, logins.
# What a catalogue tree or a template writes for a node without a page of its own
# (`/xxgkzd/null.shtml`, `'/col/' + undefined + '/'`): no page to crawl.
PLACEHOLDER_PAGE_URL = r"(?:^|/)(?:null|undefined)(?:\.(?:s?html?|jsp|php|aspx?|do))?(?:$|[/?#])"
NAV_BLOCKLIST: tuple[str, ...] = (
    r"^javascript:|^mailto:|^tel:|^data:",
    r"\.(?:jpg|jpeg|png|gif|bmp|svg|webp|css|js|ico|mp4|mp3|flv|swf|apk|exe|rar|zip)(?:$|\?)",
    # a calendar's day or month (a year alone is a listing's year filter, see CALENDAR_YEAR_PARAM)
    r"[?&](?:date|calendar|riqi|day|month|rq|time|datetime|ymd|ym|yearmonth)=(?=[^&#\s])",
    r"/(?:calendar|rili)\b",
    r"/(?:login|logout|register)(?:\b|/)",
    r"weibo\.com|weixin|qq\.com|baidu\.com",
    PLACEHOLDER_PAGE_URL,
)
# A year alone is a calendar's only on a link inside a calendar widget (`上一年`); elsewhere it
# is a listing's year filter (`list.do?catId=215&year=2023`), a page like any other.
CALENDAR_YEAR_PARAM = r"[?&]year=(?=[^&#\s])"
# What a calendar widget's class or id says (its links are never a listing's pages).
CALENDAR_WIDGET_HINTS: tuple[str, ...] = ("calendar", "rili", "date-picker")
# A listing's year filter (yearfilter.py): a form field named for the year (`year`, 年份 `nf`,
# 年度 `nd`, 发布年份 `fbnf`, 发文年份 `fwnf`, 成文日期 `cwrq`), matched with `_`/`-` removed,
# lower-cased; and the option or tab that lists every year (`全部`, `--所有年份--`, `all`).
YEAR_FIELD_NAMES: tuple[str, ...] = (
    r"years?",
    r"nf",
    r"nd",
    r"fbnf",
    r"fbnd",
    r"pubyear",
    r"publishyear",
    r"fwnf",
    r"fwnd",
    r"cwrq",
    r"cwnf",
    r"wjnf",
    r"selyear",
    r"syear",
)
ALL_YEARS_OPTION_TEXT = r"[-—\s]*(?:全部|所有|不限)(?:年份|年度)?[-—\s]*|all"
# A list whose next rows its script loads as the reader scrolls or clicks (infinite scroll):
# the page's own external scripts are read for the list API they call.
LOAD_MORE_TEXT = r"加载更多|下拉加载|上拉加载|滚动加载|点击加载|正在加载|加载中"
# A box's `更多>>` link, which says nothing of what it opens: the box's heading names it.
MORE_LINK_TEXT = r"[【\[]?\s*(?:点击)?(?:查看)?(?:更多|全部)\s*[>»›+]*\s*[】\]]?|more\s*[>»›+]*"
# External scripts that are libraries or page widgets, never a list's loader.
LIBRARY_SCRIPT_NAMES = (
    r"jquery|bootstrap|layui|layer|vue|react|angular|swiper|echarts|polyfill|html5shiv|respond"
    r"|superslide|slide|jcarousel|qrcode|share|jfzh|fontsize|zoom|wza|aria|barrier|cookie|md5"
    r"|base64|json2|analytics|stat|count|baidu|cnzz|gov_?ipv6|conac|jiucuo|zhaocuo|print"
    r"|vendor|manifest|chunk|runtime|dtree|ztree"
)
# The site search: its results are not pages to crawl. Some portals serve their 信息公开目录
# from it (`/xxgk/search.do`, Hanweb's `/module/xxgk/search.jsp`): a link that names a
# catalogue, and the catalogue's pages (a page number, every other value empty), are followed.
SEARCH_URL = r"/(?:search|was5|jrobot|sousuo|so)(?:\b|/)"
CATALOGUE_LINK_TEXT = r"目录|信息公开|政务公开"
# A site search's parameters that only order or lay out its hits (`orderby=-DOCRELTIME`,
# `perpage=10`, TRS WAS5's `outlinepage`): the same search under other values is the same
# listing of hits.
SEARCH_PRESENTATION_PARAMS: tuple[str, ...] = (
    r"orderby",
    r"order",
    r"sort\w*",
    r"perpage",
    r"pagesize",
    r"page_size",
    r"outlinepage",
    r"rows",
    r"size",
    r"limit",
)
# Query parameters that only carry a session or a cache-buster: removed from every URL.
SESSION_PARAMS: tuple[str, ...] = (
    r"jsessionid",
    r"sessionid",
    r"phpsessid",
    r"aspsessionid\w*",
    r"_",
    # cache-busters a template or a script appends to every link it writes (`&rnd=3f9a1c`)
    r"rnd",
    r"random",
    r"randnum",
    r"randomnum",
    r"nocache",
    r"_dc",
)
# Keys that are cache-busters only when their value is a token no one types: a timestamp
# (`1709251200`, `1709251200123`), `Math.random()` (`0.8273645`), a hex hash (`3f9a1c0b`). Such a
# `t=` is removed; `t=2` or `t=news` (a type) is kept.
CACHE_BUSTER_KEYS: tuple[str, ...] = (
    r"t",
    r"_t",
    r"ts",
    r"tm",
    r"timestamp",
    r"_timestamp",
    r"r",
    r"rand",
    r"v",
)
CACHE_BUSTER_VALUE = (
    r"1\d{9}(?:\d{3})?(?:\.\d+)?|0?\.\d{6,}|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{6,40}"
)
# Query parameters a share or an analytics tag adds to a page's URL: a report an editor pasted
# from WeChat (`?from=singlemessage&isappinstalled=0`), Alibaba's `?spm=…`, a campaign's
# `?utm_source=weibo`. The page is the same without them: removed from every URL.
TRACKING_PARAMS: tuple[str, ...] = (
    r"utm_\w+",
    r"spm",
    r"isappinstalled",
    r"scene",
    r"clicktime",
    r"enterid",
    r"wxshare_count",
    r"share_token",
    r"sharer_share\w+",
    r"tdsourcetag",
    r"fbclid",
    r"gclid",
    r"msclkid",
)
# Keys that are tracking only with these values: WeChat's `from=singlemessage` (a chat),
# `groupmessage` (a group), `timeline` (朋友圈); elsewhere `from` is a real key (the list a page
# was opened from, a search's first row).
TRACKING_VALUES: tuple[tuple[str, str], ...] = ((r"from", r"singlemessage|groupmessage|timeline"),)
NAV_TEXT_BLOCKLIST: tuple[str, ...] = (
    r"^(?:首页|网站首页|返回首页|登录|注册|无障碍|长者|长者模式|长者浏览模式|关怀版|繁體|繁体|简体|"
    r"English|网站地图|联系我们|网站声明|隐私声明|政务服务|办事服务|互动交流|在线访谈|领导信箱|"
    r"书记信箱|县长信箱|区长信箱|市长信箱|民意征集|网上调查|视频|图片|上一页|上页|首页|"
    r"上一篇|下一篇|打印|关闭|收藏|分享|上个月|下个月|上月|下月|上一月|下一月|今天|今日)$",
)

# A city portal's 县区 box: its districts and counties by their bare names (`砀山县`, `埇桥区`,
# `介休市`, `土默特左旗`), sub-sites that keep their own 政务公开. Such a name is a unit's column
# only under a heading naming the box (`县区`, `县（市、区）`): elsewhere `走进某县` is an intro
# and a bare place name a label.
COUNTY_UNIT_NAME = r"(?!走进|魅力|印象|美丽|数说|认识|了解)[\u4e00-\u9fff]{1,8}(?:区|县|市|旗)"
COUNTY_BOX_HEADING = (
    r"县区|区县|县市区|市县区|区市县|县市|市县|旗县|县\s*[（(]\s*市\s*[、,，]?\s*区\s*[）)]|"
    r"区\s*[（(]\s*县\s*[）)]|所辖|辖区"
)

# A 信息公开 catalogue on another host (a prefecture city's unified platform where the county is
# one sub-site among its siblings): the query keys naming the sub-site on platforms that tell
# sub-sites apart by a query value (`?siteId=15`, `webid=3`, `siteCode=…`), lower-cased; and the
# trailing path segments of a catalogue link that name a column of the sub-site rather than the
# sub-site itself (Hanweb `col/col4213/`, `art/`, `channel_12/`).
SITE_QUERY_KEYS: tuple[str, ...] = (
    "siteid",
    "site_id",
    "webid",
    "sitecode",
    "websiteid",
    "websitecode",
)
CATALOGUE_COLUMN_SEGMENT = r"(?:col|column|channel|art|list|content)s?[_-]?\d*"
# A unit a catalogue link's text names (`盐城市政府信息公开`): another unit's catalogue is not
# this portal's. Longest names first: `射阳县` before `射阳`.
UNIT_NAME_IN_TEXT = r"[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|地区|省|市|州|盟|县|区|旗)"

# A portal's site map (网站地图): never followed as a column (it is furniture on every page), but
# read once at idle when the crawl saw no report column and no 信息公开 catalogue elsewhere — a
# menu drawn by an external script or pictures leaves it the only page that names every column.
# By its link's whole text, or by a path token when the text says nothing.
SITE_MAP_TEXT = r"网站地图|站点地图|网站导航图"
SITE_MAP_URL = r"(?:^|[/_.])(?:sitemap|site_?map|wzdt|webmap|zddt)(?:$|[/_.?])"

# Pager vocabulary (anchor text, whole): next page, last page; page-number query keys.
NEXT_PAGE_TEXT: tuple[str, ...] = (r"下一页>*", r"下页", r"后页", r"next", r"›", r"»", r">")
# `>|` (帝国CMS `page1()`, a media player's "to the end"): the last page.
LAST_PAGE_TEXT: tuple[str, ...] = (r"尾页", r"末页", r"最后一页", r"last", r"[>»›]\s*\|")
# Pager links back toward the first page: never the page after the current one.
BACK_PAGE_TEXT: tuple[str, ...] = (
    r"首页",
    r"上一页",
    r"上页",
    r"前页",
    r"第一页",
    r"first",
    r"prev(?:ious)?",
    r"<{1,2}",
    r"[«‹≪]",
    r"\|\s*[<«‹]",  # `|<`: the first page
)
# A double arrow is next on some pagers (`上一页 1 2 3 >>`) and last on others (`> >>`): which
# one, the page tells (lawreports.discovery.pagination.arrow_roles).
PAGE_ARROW_TEXT: tuple[str, ...] = (r">>", r"»»", r"≫")
# The bare URL of a directory listing (`/zcwj/`) is its index page: `index_2.html` is its page 2.
DIRECTORY_INDEX_STEMS: tuple[str, ...] = (r"index", r"list", r"default")
PAGE_PARAMS: tuple[str, ...] = (
    r"page",
    r"pageNum",
    r"pageNo",
    r"pageIndex",
    r"p",
    r"pn",
    r"curpage",
    r"currentPage",
    r"cp",
    r"pageNumber",
    r"start",
)
# A pager's own statement of its page count (`第1页/共5页`, `页次：1/3页`, `共4页`, `1/5页`): what
# a script pager that builds page URLs from a typed-in number (`goPage()`) pages up to.
PAGE_COUNT_TEXT: tuple[str, ...] = (
    r"共\s*(\d+)\s*页",
    r"页次\s*[:：]?\s*\d+\s*/\s*(\d+)",
    r"第?\s*\d+\s*/\s*(\d+)\s*页",
)
# ASP.NET WebForms pagers (AspNetPager, GridView): a link posts the page's form back, naming the
# pager control and the page (`javascript:__doPostBack('ctl00$…$AspNetPager1','3')`, `Page$3`).
POSTBACK_CALLS: tuple[str, ...] = (
    r"__doPostBack\(\s*['\"](?P<target>[^'\"]+)['\"]\s*,\s*['\"](?P<argument>[^'\"]*)['\"]\s*\)",
    r"WebForm_PostBackOptions\(\s*['\"](?P<target>[^'\"]+)['\"]\s*,\s*['\"](?P<argument>[^'\"]*)['\"]",
)
# The hidden field that marks a WebForms page (its form is the one posted back), and the two
# fields a postback sets.
POSTBACK_STATE_FIELD = "__VIEWSTATE"
POSTBACK_EVENT_FIELDS: tuple[str, str] = ("__EVENTTARGET", "__EVENTARGUMENT")
# A GridView pager's event arguments that name no number: the page after the posting one
# (`Page$Next`, followed); `Page$First`, `Page$Prev` and `Page$Last` are never followed (back, or a
# jump over the pages between).
POSTBACK_NEXT_ARGUMENTS: tuple[str, ...] = (r"Page\$Next",)
# Pager links that name no page number but skip ahead (`...` after the last number shown).
PAGE_SKIP_TEXT: tuple[str, ...] = (r"\.{2,}", r"…+")
# Script pagers (layui laypage, jQuery pagination, hand-written goPage): the page file is built
# from a stem and the page number (`'index_' + obj.curr + '.html'`); the page count is named, or
# follows from a record count and a page size.
SCRIPT_PAGE_COUNT_KEYS: tuple[str, ...] = (
    r"pageCount",
    r"totalPage",
    r"totalPages",
    r"pageTotal",
    r"countPage",
    r"pages",
    r"pageNum",
    r"maxPage",
)
SCRIPT_RECORD_COUNT_KEYS: tuple[str, ...] = (
    r"count",
    r"total",
    r"totalRecord",
    r"totalCount",
    r"recordCount",
    r"totalNum",
    r"totalRecords",
)
SCRIPT_PAGE_SIZE_KEYS: tuple[str, ...] = (
    r"limit",
    r"pageSize",
    r"perPage",
    r"perpage",
    r"rows",
    r"size",
    r"pagesize",
    r"items_per_page",
)

# Pagers a site-wide external script draws from hidden fields (`<input type="hidden"
# id="totalPage" value="7">`, `currentPage`, `pageUrl` = `index_{page}.html`): the field names of
# the page count and of the current page (compared lower-case, without `_`/`-`), and the
# placeholders a URL template marks the page number with (`{page}`, `{{pageNo}}`, `[page]`, `%d`).
HIDDEN_PAGE_COUNT_FIELDS: tuple[str, ...] = (
    r"pagecount",
    r"totalpages?",
    r"pagetotal",
    r"countpage",
    r"totalpagenum",
    r"pagesum",
    r"maxpage",
)
HIDDEN_CURRENT_PAGE_FIELDS: tuple[str, ...] = (
    r"currentpage",
    r"curpage",
    r"currpage",
    r"pageindex",
    r"pageno",
    r"nowpage",
)
PAGE_URL_PLACEHOLDERS: tuple[str, ...] = (
    r"\{\{?\s*(?:page|pageNo|pageNum|pageIndex|curPage|p|n|num)\s*\}\}?",
    r"\[(?:page|pageNo|pageNum|pageIndex|p|n)\]",
    r"%d(?![0-9A-Fa-f])",
)
# Pager buttons that are pictures without words (`<a href="…&page=2"><img src="next.gif"
# alt=""></a>`, 动易, old ASP sites): a word of the image's file name, and what the button says.
PAGER_IMAGE_WORDS: tuple[tuple[str, str], ...] = (
    (r"next(?:page)?|xyy|xiayiye|xiaye|houye", "下一页"),
    (r"last(?:page)?|end|weiye|moye|mo", "尾页"),
    (r"prev(?:ious)?(?:page)?|syy|shangyiye|shangye|qianye", "上一页"),
    (r"first(?:page)?|home|shouye|sy", "首页"),
)

# Hanweb jcms: the jpage form fields and the known dataproxy paths (the page's own first).
HANWEB_FORM_FIELDS: tuple[str, ...] = (
    "col",
    "appid",
    "webid",
    "path",
    "columnid",
    "sourceContentType",
    "unitid",
    "webname",
    "permissiontype",
)
HANWEB_DATAPROXY_PATHS: tuple[str, ...] = (
    "/module/web/jpage/dataproxy.jsp",
    "/module/jpage/dataproxy.jsp",
    "/module/jslib/jquery/jpage/dataproxy.jsp",
)

# JSON list APIs: keys that hold an item's title and URL, and the page count.
JSON_TITLE_KEYS: tuple[str, ...] = (
    "title",
    "name",
    "subject",
    "docTitle",
    "articleTitle",
    "showTitle",
    "aT",
    "bt",
    "wjbt",
)
JSON_URL_KEYS: tuple[str, ...] = (
    "url",
    "link",
    "href",
    "docUrl",
    "pubUrl",
    "articleUrl",
    "detailUrl",
    "path",
    "aU",
    "ljdz",
)
JSON_TOTAL_PAGE_KEYS: tuple[str, ...] = (
    "totalPage",
    "totalPages",
    "pageCount",
    "pages",
    "pageTotal",
)
# A list API's count of records and its page size (`{"total": 73, "pageSize": 15, …}`): its
# page count when it states none; the size keys are also the request's own field for it.
JSON_TOTAL_RECORD_KEYS: tuple[str, ...] = (
    "total",
    "totalCount",
    "totalRecord",
    "totalRecords",
    "totalElements",
    "recordCount",
    "totalNum",
)
JSON_PAGE_SIZE_KEYS: tuple[str, ...] = (
    "pageSize",
    "size",
    "limit",
    "perPage",
    "rows",
)

# Script calls whose first argument is a URL data is fetched from (scripturls.py builds it when
# it is an expression: `'/api/article/detail?id=' + getQueryString('id')`).
DATA_CALLS: tuple[str, ...] = (
    r"\bfetch\(\s*",
    r"(?:\$|jQuery)\.(?:get|getJSON|post)\(\s*",
    r"\baxios(?:\.(?:get|post))?\(\s*",
    r"\.open\(\s*[\"'](?:GET|POST)[\"']\s*,\s*",
)
# Calls given one options object (`$.ajax({url: …, type: 'POST', data: {…}})`); and the data
# calls of DATA_CALLS that POST their data object.
OPTIONS_CALLS: tuple[str, ...] = (r"(?:\$|jQuery)\.ajax\(\s*(?=\{)", r"\baxios\(\s*(?=\{)")
POST_CALLS: tuple[str, ...] = (
    r"(?:\$|jQuery)\.post\(",
    r"axios\.post\(",
    r"\.open\(\s*[\"']POST[\"']\s*,",
)
# Calls that hand a URL piece on unchanged for what matters here: `encodeURIComponent(id)`.
URL_WRAPPER_CALLS: frozenset[str] = frozenset(
    {"encodeURIComponent", "encodeURI", "escape", "String", "parseInt", "Number", "trim"}
)
# A detail shell's data calls: paths of its content (tried first) and of counters (last).
DETAIL_ENDPOINT_HINTS: tuple[str, ...] = (
    r"detail",
    r"content",
    r"article",
    r"info",
    r"(?<![a-z])doc",
    r"(?<![a-z])get",
)
COUNTER_ENDPOINT_HINTS: tuple[str, ...] = (
    r"count",
    r"visit",
    r"click",
    r"(?<![a-z])hits?(?![a-z])",
    r"(?<![a-z])views?(?![a-z])",
    r"stat",
    r"comment",
    r"share",
    r"recommend|related",
)

# A script call that counts a visit or fetches a count to show (`/u/visit/hits?manuscriptId=…`,
# `/api/getClickCount`) is no list API: words of its path (camelCase split at its capitals),
# unless the path also names a list (`/api/visitList`).
HIT_COUNTER_PATH_WORDS: tuple[str, ...] = (
    r"hits?",
    r"visits?",
    r"counts?",
    r"clicks?",
    r"views?",
    r"pv",
    r"uv",
    r"(?:hit|visit|click|view|read)s?_?(?:count|num|times)",
)
LIST_ENDPOINT_WORDS: tuple[str, ...] = (
    r"lists?",
    r"pages?",
    r"search",
    r"query",
    r"articles",
    r"items",
)
# Where a call's answer goes when it shows a count (`$('#hits').text(d.count)`, `#ReadCount`,
# 点击量 `#djl`, 浏览次数 `#llcs`): a call whose answer fills only such elements is a counter.
HIT_COUNTER_TARGETS: tuple[str, ...] = (
    r"hit",
    r"visit",
    r"count",
    r"click",
    r"view",
    r"read",
    r"(?<![a-z])pv",
    r"(?<![a-z])(?:djl|djcs|llcs|llsl|lll|fwl|fwcs|ydl|ydcs)",
)

# Browser evidence: ids/classes of list containers, and script that fills a page after load.
LIST_CONTAINER_HINTS: tuple[str, ...] = (
    r"list",
    r"news",
    r"article",
    r"xxgk",
    r"items",
    r"data",
    r"content",
    r"lb",
    r"wj",
)
# A report page's body container, empty until its script fills it (a detail shell).
DETAIL_CONTAINER_HINTS: tuple[str, ...] = (
    r"content",
    r"article",
    r"detail",
    r"zoom",
    r"(?<![a-z])text",
    r"(?<![a-z])(?:zw|nr)(?![a-z])",
    r"(?<![a-z])(?:body|main)[-_]?(?:txt|text|con)",
)
# A report page's own script writes its text: literally, or decoded (`unescape('%u6CD5…')`).
# (Not evidence for a listing: templates write dates and footers so.)
SCRIPT_WRITE_MARKERS: tuple[str, ...] = (
    r"document\.write",
    r"\bunescape\(",
    r"\batob\(",
    r"decodeURIComponent\(",
)
SCRIPT_FILL_MARKERS: tuple[str, ...] = (
    r"\.ajax\(",
    r"\$\.(?:get|post|getJSON)\(",
    r"\bfetch\(",
    r"XMLHttpRequest",
    r"axios",
    r"innerHTML",
    r"\.append\(",
    r"\.html\(",
    r"template",
    r"render",
)

# A `<select>` whose change navigates (`location.href=this.value`, `window.open(this.value)`,
# `goUrl(this)`): its options' values are links (year sub-columns, 部门/乡镇 jump menus).
SELECT_NAVIGATION: tuple[str, ...] = (
    r"location",
    r"window\.open",
    r"\bhref\b",
    r"go(?:to)?url|jump|navigate|redirect",
)
# Anchor text of a year's sub-column of a report column (`2024年度`, `2023年`, `2022`).
YEAR_TAB_TEXT = r"(?:19|20)\d{2}\s*年?度?"

# Frames (`<iframe>`, `<frame>`) that hold page furniture, never a list: matched on the frame's
# path and its name/id/class. Any other same-site frame is loaded as a page of the portal.
FRAME_FURNITURE_HINTS: tuple[str, ...] = (
    r"foot",
    r"bottom",
    r"header",
    r"(?<![a-z])top(?![a-z])",
    r"topframe",
    r"banner",
    r"share",
    r"weather|tianqi",
    r"(?<![a-z])map(?![a-z])|sitemap|wzdt",
    r"video|player|(?<![a-z])live(?![a-z])",
    r"counter|tongji|visit",
    r"jiucuo",
    r"wza|barrier",
    r"(?<![a-z])ads?(?![a-z])|advert",
    r"login",
)

# Script calls that load or open a page named by a string literal (scriptcalls.py): the call up to
# its URL argument, and what it does. `load`: a list loaded into the page (jQuery `.load`, and
# `$.get`/`$.post`/`$.ajax` of a static page — other targets are list APIs, see jsonapi.py);
# `open`: a window or the location goes there; `src`: a frame's source set by script.
SCRIPT_PAGE_CALLS: tuple[tuple[str, str], ...] = (
    (r"\.load\(", "load"),
    (r"(?:\$|jQuery)\.(?:get|post)\(", "load static"),
    (r"(?:\$|jQuery)\.ajax\(\s*\{[^{}]*?\burl\s*:", "load static"),
    (
        r"window\.open\(|location\s*\.\s*(?:replace|assign)\("
        r"|(?<!\]\.)(?<!contentWindow\.)location(?:\s*\.\s*href)?\s*=(?!=)",
        "open",
    ),
    (
        r"\.src\s*=(?!=)|\.(?:attr|prop)\(\s*[\"']src[\"']\s*,"
        r"|(?:(?<=\])|(?<=contentWindow))\.location(?:\s*\.\s*href)?\s*=(?!=)",
        "src",
    ),
)
# Words one of those calls holds: a page without any is not read for them.
SCRIPT_PAGE_CALL_NAMES: tuple[str, ...] = (
    ".load(",
    ".get(",
    ".post(",
    ".ajax(",
    ".open(",
    "location",
    ".src",
    "src'",
    'src"',
)

# A link to the portal's other edition: a redesigned portal keeps its old site (often on
# another host, frozen, holding the years before the redesign) behind 「返回旧版」/「旧版网站」,
# and the old site points to the new one (「访问新版网站」). Matched on the link's whole
# text, or on a bracketed qualifier closing it (`历史信息（旧版网站）`). Not a page variant's
# way back to its standard page (STANDARD_VERSION_TEXT): that is one article, this a site.
OTHER_EDITION_TEXT: tuple[str, ...] = (
    r"(?:返回|访问|进入|切换[到至])(?:旧版|老版|新版)(?:网站|门户)?(?:入口)?",
    r"(?:旧版|老版|新版)(?:网站|门户)(?:入口)?",
    r"(?:旧版|新版)入口",
    r"(?:旧|老|历史|原)网站(?:入口)?",
)
# A sentence that sends the reader to the other edition for the years it holds, ending just
# before the link (`2022年以前信息请访问<a>旧版网站</a>`, `…之前的内容请登录<a>这里</a>`).
OTHER_EDITION_SENTENCE = (
    r"(?:以前|之前)的?(?:信息|内容|资料|数据|文件|文章)请(?:访问|登录|浏览|进入|查阅)"
)

# What a page variant (无障碍, 长者模式/关怀版, 纯文本) calls the link back to the standard page
# of the same article.
STANDARD_VERSION_TEXT: tuple[str, ...] = (
    r"退出无障碍(?:浏览|模式|版)?",
    r"退出(?:长者|老年|关怀|适老化|大字)(?:模式|版)?",
    r"返回(?:标准|普通|常规)(?:版|模式)",
    r"(?:标准|普通|常规)(?:版|模式)",
)
