"""Downloader middlewares for the hostile web: cookie walls, lying charsets, offsite redirects."""
