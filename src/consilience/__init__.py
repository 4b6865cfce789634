"""consilience: fact-level cross-source reconciliation of news."""

__version__ = "0.1.0"
REPORT_SCHEMA = "consilience.report/1"
