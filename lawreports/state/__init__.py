"""Crawl state across runs: which reports were delivered, under which key and content hash."""
