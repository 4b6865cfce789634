"""The report as JSON, following schema/report.schema.json."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from ..model import Report
from .serialize import report_to_dict


def render(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def report_schema() -> dict:
    return json.loads(files("consilience").joinpath("schema/report.schema.json").read_text("utf-8"))


def validate(document: dict) -> None:
    """Raise jsonschema.ValidationError when `document` breaks the report contract."""
    import jsonschema

    jsonschema.validate(document, report_schema())
