"""Project commands for `scrapy <command>` (found through COMMANDS_MODULE)."""
