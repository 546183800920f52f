"""Spiders. Portal spiders are generated from spiders_config/ by lawreports.sites."""
