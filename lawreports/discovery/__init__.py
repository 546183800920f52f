"""Discovery: which links lead toward reports, which titles are reports, how listings page."""
