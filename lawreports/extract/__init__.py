"""Extraction: pure functions from a page's HTML to report fields. No Scrapy engine needed."""
