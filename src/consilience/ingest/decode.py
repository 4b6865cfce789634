"""Bytes to text, deciding what the bytes are by content rather than by file name."""
from __future__ import annotations

import gzip
import json
import re
import zlib

from charset_normalizer import from_bytes


class UnreadableInput(ValueError):
    """Raised with a reason a user can act on; the caller names the input."""


GZIP_MAGIC = b"\x1f\x8b"
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_TAG = re.compile(rb"</?(p|div|span|a|br|article|section|h[1-6]|li|table|script)\b", re.I)


def gunzip_if_needed(data: bytes, max_bytes: int) -> bytes:
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decompressor.decompress(data, max_bytes + 1)
    except (zlib.error, gzip.BadGzipFile, EOFError) as exc:
        raise UnreadableInput(f"corrupt gzip data ({exc})") from None
    if len(out) > max_bytes:
        raise UnreadableInput(f"decompresses to more than {max_bytes // 1_000_000} MB (the size limit)")
    return out


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 text has NULs too; a BOM says it is text.
        return not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff"))
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and control / len(sample) > 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Mixed encodings are decoded line by line."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    guessed = best.encoding if best is not None else "cp1252"
    lines = data.split(b"\n")
    utf8_lines = 0
    decoded = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
            if any(b > 127 for b in line):
                utf8_lines += 1
        except UnicodeDecodeError:
            decoded.append(line.decode(guessed, errors="replace"))
    encoding = f"mixed(utf-8+{guessed})" if utf8_lines else guessed
    return "\n".join(decoded), encoding


def sniff_type(data: bytes) -> str:
    """'html', 'jsonl' or 'text', from the bytes themselves."""
    head = data[:4096].lstrip()
    if _HTML_START.match(head) or len(_TAG.findall(data[:20000])) >= 5:
        return "html"
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"
