"""Crawler extensions: what happened to a site, said once at the end of its crawl."""
