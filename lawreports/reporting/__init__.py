"""Run reports: what a crawl or crawlall did per site, as JSON and as an HTML page."""
