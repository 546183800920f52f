"""Item pipelines, in order: clean furniture → normalize script → dedup → validate."""
