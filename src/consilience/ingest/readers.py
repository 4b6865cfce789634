"""Readers: paths, directories, globs, stdin and JSONL into `Document`s.

A reader never raises for a bad input: it yields an `InputFailure` naming the input and the
reason, and goes on with the rest of the batch.
"""
from __future__ import annotations

import glob
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..model import Document, InputFailure
from .decode import UnreadableInput, decode_text, gunzip_if_needed, looks_binary, sniff_type

Item = Union[Document, InputFailure]

DEFAULT_MAX_BYTES = 20_000_000
# Names that are never article inputs; skipped quietly inside directories (but counted).
_SKIP_NAMES = {"expected.yaml", "README.md", ".DS_Store"}
_SKIP_SUFFIXES = {".yaml", ".yml", ".py", ".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".pdf"}

JSONL_TEXT_FIELDS = ("content", "text", "body", "articleBody")
JSONL_URL_FIELDS = ("url", "uri", "link")
JSONL_DATE_FIELDS = ("published", "dct", "date", "datePublished")


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


def expand_inputs(inputs: Iterable[str]) -> Iterator[Union[str, InputFailure]]:
    """Turn user inputs into file paths (or '-'), in a stable order."""
    for raw in inputs:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _ignored(p))
            if not files:
                yield InputFailure(raw, "directory has no readable files")
            yield from (str(p) for p in files)
        elif path.is_file():
            yield raw
        elif any(ch in raw for ch in "*?["):
            matches = sorted(p for p in glob.glob(raw, recursive=True) if os.path.isfile(p))
            if not matches:
                yield InputFailure(raw, "glob matches no file")
            yield from matches
        else:
            yield InputFailure(raw, "no such file or directory")


def _ignored(path: Path) -> bool:
    return (
        path.name in _SKIP_NAMES
        or path.name.startswith(".")
        or path.suffix.lower() in _SKIP_SUFFIXES
        or any(part.startswith(".") for part in path.parts[:-1] if part not in (".", ".."))
    )


def read_inputs(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    for item in expand_inputs(inputs):
        if isinstance(item, InputFailure):
            yield item
            continue
        yield from read_path(item, options)


def read_path(path: str, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    origin = "<stdin>" if path == "-" else path
    try:
        data = _read_bytes(path, options.max_bytes)
        yield from documents_from_bytes(origin, data, options)
    except UnreadableInput as exc:
        yield InputFailure(origin, str(exc))
    except OSError as exc:
        yield InputFailure(origin, f"cannot read: {exc.strerror or exc}")


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.path.getsize(path)
        if size > max_bytes and not _is_jsonl_name(path):
            raise UnreadableInput(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article"
            )
        with open(path, "rb") as handle:
            data = handle.read() if _is_jsonl_name(path) else handle.read(max_bytes + 1)
    return data


def _is_jsonl_name(path: str) -> bool:
    return path.endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def documents_from_bytes(origin: str, data: bytes, options: ReadOptions = ReadOptions()) -> Iterator[Item]:
    data = gunzip_if_needed(data, max(options.max_bytes, len(data) * 50))
    if not data.strip():
        raise UnreadableInput("empty input")
    if looks_binary(data):
        raise UnreadableInput("binary data, not text or HTML")
    kind = sniff_type(data)
    if kind == "jsonl":
        yield from _jsonl_documents(origin, data, options)
        return
    if len(data) > options.max_bytes:
        raise UnreadableInput(f"over the {options.max_bytes / 1e6:.0f} MB limit for one article")
    text, encoding = decode_text(data)
    yield Document(origin=origin, content=text, content_type=kind, encoding=encoding)


def _jsonl_documents(origin: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    text, encoding = decode_text(data)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield InputFailure(where, f"line is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputFailure(where, "line is JSON but not an object")
            continue
        body = _first(record, JSONL_TEXT_FIELDS)
        if not isinstance(body, str) or not body.strip():
            yield InputFailure(where, f"record has no text (expected one of: {', '.join(JSONL_TEXT_FIELDS)})")
            continue
        if len(body) > options.max_bytes:
            yield InputFailure(where, "record text over the size limit")
            continue
        hints = {
            "title": _first(record, ("title", "headline")),
            "url": _first(record, JSONL_URL_FIELDS),
            "published": _first(record, JSONL_DATE_FIELDS),
            "id": _first(record, ("doc_id", "id")),
        }
        kind = sniff_type(body.encode("utf-8", errors="replace"))
        yield Document(
            origin=where,
            content=body,
            content_type="html" if kind == "html" else "text",
            encoding=encoding,
            hints=tuple((k, str(v)) for k, v in hints.items() if v not in (None, "")),
        )


def _first(record: dict, keys: tuple[str, ...]):
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return None
