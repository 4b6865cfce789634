"""Model records <-> JSON, losslessly.

The store keeps every record as one JSON document (the faithful copy) beside the columns its
queries need. Encoding is driven by the dataclasses' own field types, so a field added to
`consilience.model` is stored without touching this file, as long as it is built from the
same few shapes: str, int, float, bool, None, nested dataclasses, `Optional[...]`,
`tuple[X, ...]` and fixed tuples such as `tuple[int, int]`.

Fields equal to their default are left out (smaller rows; decoding restores the default).
A `Span` is written as `[article_id, start, end]`: spans are most of an annotated article.
Floats keep their exact value (JSON's shortest repr round-trips); infinities are written as
the strings "inf"/"-inf" so the JSON stays standard.
"""
from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from functools import lru_cache
from typing import Any, Union

from .. import model
from ..model import Article, Document, Span, StoryReport

_MISSING = dataclasses.MISSING


class CodecError(ValueError):
    pass


# ---------------------------------------------------------------- encode


def to_data(value: Any) -> Any:
    """A record as plain JSON-ready data."""
    if isinstance(value, Span):
        return [value.article_id, value.start, value.end]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if _is_default(f, v):
                continue
            out[f.name] = to_data(v)
        return out
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if math.isnan(value):
            return "nan"
        return value
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise CodecError(f"cannot encode {type(value).__name__}: {value!r}")


def _is_default(f: dataclasses.Field, v: Any) -> bool:
    if f.default is not _MISSING:
        return v == f.default and type(v) is type(f.default)
    if f.default_factory is not _MISSING:  # type: ignore[misc]
        return v == f.default_factory()  # type: ignore[misc]
    return False


def dumps(record: Any) -> str:
    return json.dumps(to_data(record), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


# ---------------------------------------------------------------- decode


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def from_data(tp: Any, data: Any) -> Any:
    """Plain data back into a value of type `tp`."""
    if tp is Any:
        return data
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return from_data(rest[0], data)
        for a in rest:  # e.g. Union[int, float]: first that fits
            try:
                return from_data(a, data)
            except (CodecError, TypeError, ValueError):
                continue
        raise CodecError(f"{data!r} fits none of {tp}")
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list):
            raise CodecError(f"expected a list for {tp}, got {data!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], d) for d in data)
        if len(args) != len(data):
            raise CodecError(f"expected {len(args)} items for {tp}, got {data!r}")
        return tuple(from_data(a, d) for a, d in zip(args, data))
    if tp is Span:
        if not (isinstance(data, list) and len(data) == 3):
            raise CodecError(f"bad span {data!r}")
        return Span(data[0], int(data[1]), int(data[2]))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise CodecError(f"expected an object for {tp.__name__}, got {data!r}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = from_data(hints[f.name], data[f.name])
        unknown = set(data) - set(kwargs)
        if unknown:
            raise CodecError(f"unknown fields for {tp.__name__}: {sorted(unknown)}")
        return tp(**kwargs)
    if tp is float:
        if isinstance(data, str) and data in ("inf", "-inf", "nan"):
            return float(data)
        if isinstance(data, (int, float)) and not isinstance(data, bool):
            return float(data)
        raise CodecError(f"expected a number, got {data!r}")
    if tp is int:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        raise CodecError(f"expected an int, got {data!r}")
    if tp is bool:
        if isinstance(data, bool):
            return data
        raise CodecError(f"expected a bool, got {data!r}")
    if tp is str:
        if isinstance(data, str):
            return data
        raise CodecError(f"expected a string, got {data!r}")
    if tp is type(None):
        if data is None:
            return None
        raise CodecError(f"expected null, got {data!r}")
    raise CodecError(f"cannot decode into {tp}")


def loads(tp: type, text: str) -> Any:
    return from_data(tp, json.loads(text))


def encode_article(article: Article) -> str:
    return dumps(article)


def decode_article(text: str) -> Article:
    return loads(Article, text)


def encode_document(document: Document) -> str:
    return dumps(document)


def decode_document(text: str) -> Document:
    return loads(Document, text)


def encode_story_report(report: StoryReport) -> str:
    return dumps(report)


def decode_story_report(text: str) -> StoryReport:
    return loads(StoryReport, text)
