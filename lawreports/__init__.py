"""lawreports: finds and cleans China's annual 法治政府建设 reports on government portals."""

__version__ = "0.1.0"
