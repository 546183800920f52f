"""Checking a portal before it is added: what discovery found, the pages it used, a fixture."""
