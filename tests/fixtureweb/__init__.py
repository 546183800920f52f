"""The test web: loopback portals served as real as the research allows.

Each site is served on its own loopback address (127.0.0.N, port 0), so hosts differ as on the
real web. `python -m tests.fixtureweb` serves them by hand; `make demo` serves the demo portal.
"""
