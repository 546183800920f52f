"""Fixture portals. Each module defines one Site subclass with its gold reports."""
