"""Attachments of a report: which to fetch, fetching them once, and their text (PDF, DOCX)."""
