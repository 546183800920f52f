"""Scrapy settings: Scrapy defaults tuned for government portals, then the LAWREPORTS_* knobs."""

import os

BOT_NAME = "lawreports"

SPIDER_MODULES = ["lawreports.spiders"]
NEWSPIDER_MODULE = "lawreports.spiders"
SPIDER_LOADER_CLASS = "lawreports.sites.SiteSpiderLoader"
# Project commands: `scrapy checksite`, `scrapy configschema`, `scrapy crawlall`.
COMMANDS_MODULE = "lawreports.commands"

# --- politeness and robustness -------------------------------------------------------------
# Government portals rarely publish a usable robots.txt; many answer it with the home page.
ROBOTSTXT_OBEY = False
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
# 429 is RateLimitMiddleware's: asked again after the pause the portal names, not at once.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
# A real browser UA: `Scrapy/…` and `HeadlessChrome` are both flagged by portal walls.
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Safari/537.36"
)
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9",
}
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "SENTINEL"
# Outputs of one response handled at once. Scrapy starts this many worker tasks for every
# response that yields anything (default 100: 100 tasks for a report page's one item); a page
# yields one report or a few dozen requests, and our pipelines never wait on the network.
CONCURRENT_ITEMS = 8
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# --- browser (scrapy-playwright, Debian's chromium) -------------------------------------------
# Only requests with meta {"playwright": True} go through the browser; all others use Scrapy's
# own HTTP handler.
# The browser (driver + Chromium) starts at the first such request, not with every crawl
# (lawreports.handlers): a crawl that renders nothing never starts it.
DOWNLOAD_HANDLERS = {
    "http": "lawreports.handlers.LazyBrowserDownloadHandler",
    "https": "lawreports.handlers.LazyBrowserDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": next(
        (p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if os.path.exists(p)),
        "/usr/bin/chromium",
    ),
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ],
}
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000
# Seconds one browser request may take in all (launch, navigation, page methods): a stuck
# Chromium fails that request instead of holding the crawl open.
LAWREPORTS_BROWSER_TIMEOUT = 90.0
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_MAX_CONTEXTS = 4
# The browser must present the same real UA as plain requests (HeadlessChrome is a wall flag).
PLAYWRIGHT_CONTEXTS = {"default": {"user_agent": USER_AGENT, "locale": "zh-CN"}}

# --- pipelines: clean → normalize → dedup → validate ------------------------------------------
ITEM_PIPELINES = {
    "lawreports.pipelines.clean.CleanFurniturePipeline": 100,
    "lawreports.pipelines.normalize.NormalizeScriptPipeline": 200,
    "lawreports.pipelines.dedup.DedupPipeline": 300,
    "lawreports.pipelines.validate.ValidatePipeline": 400,
}

# --- feeds -------------------------------------------------------------------------------------
# Without -o/-O (FEEDS empty), every crawl writes its own JSON lines file here.
LAWREPORTS_DEFAULT_FEED = "output/%(name)s/%(time)s.jsonl"
FEED_EXPORT_ENCODING = "utf-8"
# Local feeds are written to a temporary file and renamed into place when complete,
# so a killed crawl never leaves a partial line behind.
FEED_STORAGES = {
    "": "lawreports.feeds.AtomicFileFeedStorage",
    "file": "lawreports.feeds.AtomicFileFeedStorage",
}

EXTENSIONS = {
    "lawreports.state.commit.StateCommitExtension": 500,
    "lawreports.extensions.runreport.RunReportExtension": 900,
}

# --- lawreports --------------------------------------------------------------------------------
LAWREPORTS_SITES_DIR = "spiders_config"
LAWREPORTS_STATE = "output/state.sqlite3"
LAWREPORTS_MAX_PAGES_PER_SITE = 600
LAWREPORTS_MAX_DEPTH = 8
LAWREPORTS_MAX_LISTING_PAGES = 60
# A listing that has shown a report title is paged this far (a city's 通知公告 column holds
# every year's report among hundreds of other items; the oldest sit deep).
LAWREPORTS_MAX_REPORT_LISTING_PAGES = 200
# --- discovery on big portals: news listings (要闻, 动态, 专题) are paged this many pages while
# none of their titles names a report (0: as far as LAWREPORTS_MAX_LISTING_PAGES).
LAWREPORTS_NEWS_LISTING_PAGES = 5
# --- discovery: portals whose reports were published only as news -----------------------------
# When the crawl is otherwise done and no report came from a listing that is not news, the news
# listings stopped at LAWREPORTS_NEWS_LISTING_PAGES are paged on (once, to the listing budget).
LAWREPORTS_DEEPEN_NEWS = True
# Pages so paged on, at most (a budget of their own, beside LAWREPORTS_MAX_PAGES_PER_SITE).
LAWREPORTS_MAX_DEEPENED_PAGES = 300
# --- discovery: the browser only on evidence (an empty list a script fills) ------------------
# Listings of one portal rendered through the browser, at most.
LAWREPORTS_MAX_RENDERED_PAGES = 20
# --- discovery: frames (`<iframe src>`, `<frameset><frame src>`) are pages of the portal -------
# Same-site frames of one page loaded at most (furniture frames such as footers never are).
LAWREPORTS_MAX_FRAMES_PER_PAGE = 4
# --- discovery: links written only in script (`$('#tab3').load('/col/…')`, tab onclick handlers,
# `window.open('…')`) of one page followed at most, the likeliest first (tree nodes uncapped).
LAWREPORTS_MAX_SCRIPT_LINKS_PER_PAGE = 30
# --- attachments ------------------------------------------------------------------------------
# A body shorter than this (characters, pointer lines such as 详见附件 not counted) is treated as
# a pointer to its attachment: a PDF/DOCX attachment is then fetched and its text becomes the body.
LAWREPORTS_SHORT_BODY_CHARS = 200
# Size cap of one attachment download (Scrapy's download_maxsize meta); larger files are listed.
LAWREPORTS_ATTACHMENT_MAXSIZE = 25 * 1024 * 1024
# Pages of a PDF read at most (0: all).
LAWREPORTS_ATTACHMENT_MAX_PAGES = 300
# Files read at most for one report (附件1, 附件2 …; one document as PDF and DOCX counts once).
LAWREPORTS_ATTACHMENTS_PER_REPORT = 3
# Traditional share above which a text is converted with OpenCC t2s.
LAWREPORTS_TRADITIONAL_RATIO = 0.02

# --- state and re-crawls -------------------------------------------------------------------------
# Seconds a writer waits for another crawl holding the SQLite state before failing.
LAWREPORTS_STATE_TIMEOUT = 30.0
# A run whose heartbeat is older than this (seconds) is dead; its claims are free again.
LAWREPORTS_RUN_TTL = 60.0
# Delivered detail pages are not fetched again for this many days (0: always fetch them).
LAWREPORTS_RECHECK_DAYS = 30.0

# --- the hostile web: walls, charsets, offsite redirects, site status ---------------------------
DOWNLOADER_MIDDLEWARES = {
    # Offsite check that also holds for retries and redirects (dont_filter requests).
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "lawreports.middlewares.offsite.OwnDomainsMiddleware": 50,
    # The page budget, counted on the pages actually fetched (priority order decides which).
    # A request on a host known to be an alias goes to the canonical origin before it is counted.
    "lawreports.middlewares.aliases.AliasRewriteMiddleware": 55,
    "lawreports.middlewares.budget.PageBudgetMiddleware": 60,
    # Between UserAgent (500) and Cookies (700) for requests; after decompression (590) for
    # responses, before Retry (550) sees them.
    "lawreports.middlewares.walls.CookieWallMiddleware": 560,
    "lawreports.middlewares.encoding.CharsetRepairMiddleware": 570,
    # A page cut short in a 200 (no </html>): asked again before anything reads it.
    "lawreports.middlewares.incomplete.IncompletePageMiddleware": 575,
    # Sees responses before the wall and retry middlewares: a 429 is a pause, not a wall.
    "lawreports.middlewares.ratelimit.RateLimitMiddleware": 580,
    # Sees a 301/308 before Redirect (600) follows it: the alias is known from then on.
    "lawreports.middlewares.aliases.AliasLearningMiddleware": 650,
}
# Times a page cut short in a 200 answer (it opens <html> and does not close it) is asked again.
LAWREPORTS_INCOMPLETE_RETRIES = 2
# A portal's rate limit (429, or 503 with Retry-After): times a request is asked again, the pause
# when the portal names none (doubled per refusal), the longest pause honoured, and the seconds
# between requests to that host afterwards (doubled each time it refuses again).
LAWREPORTS_RATE_LIMIT_RETRIES = 5
LAWREPORTS_RATE_LIMIT_PAUSE = 5.0
LAWREPORTS_RATE_LIMIT_MAX_PAUSE = 60.0
LAWREPORTS_RATE_LIMIT_PACE = 0.5
EXTENSIONS["lawreports.extensions.status.SiteStatusExtension"] = 600
# Browser passes per walled site: the first one and one refresh when the cookie stops working.
LAWREPORTS_WALL_BROWSER_PASSES = 2
# Seconds the browser waits for the page behind a wall (LAWREPORTS_WALL_CONTENT_SELECTOR).
LAWREPORTS_WALL_TIMEOUT = 20.0
# Any element of a real page (a 404 page behind the wall included); wall stubs hold only scripts.
LAWREPORTS_WALL_CONTENT_SELECTOR = "body a[href], body p, body h1, body h2, body li, body td"
# A wall page is smaller than this (bytes).
LAWREPORTS_WALL_MAX_BYTES = 32 * 1024

# --- fleet operations: crawlall, run reports, scale-out -----------------------------------------
# Run reports (JSON + HTML) of every crawl and crawlall, and the history used to flag regressions.
LAWREPORTS_REPORTS_DIR = "output/reports"
# Run reports kept per site (a `crawl`'s) and of `crawlall`, the newest; older ones are deleted.
LAWREPORTS_REPORTS_KEEP = 30
# crawlall: sites crawled at the same time, and the cap on requests in flight over all of them.
LAWREPORTS_CRAWLALL_SITES_AT_ONCE = 16
LAWREPORTS_CRAWLALL_MAX_REQUESTS = 64
# Seconds between two progress lines of crawlall.
LAWREPORTS_PROGRESS_INTERVAL = 10.0
# Scale-out: a redis:// URL makes this worker share the crawl (queue, dupefilter, state) there.
ADDONS = {"lawreports.scaleout.addon.RedisScaleOut": 0}
LAWREPORTS_REDIS_URL = ""
# Seconds a worker's busy/alive keys live without a heartbeat (a killed worker frees them).
LAWREPORTS_REDIS_BUSY_TTL = 30
# Seconds an idle worker waits for the others' work before it closes anyway.
LAWREPORTS_REDIS_MAX_WAIT = 600.0
# Seconds the worker that started a shared run stays open for others to join (workers started
# by cron on several machines start seconds apart; a short crawl could be over before them).
LAWREPORTS_REDIS_JOIN_GRACE = 0.0
