"""Fleet runs: many configured portals crawled in one process (`scrapy crawlall`)."""
