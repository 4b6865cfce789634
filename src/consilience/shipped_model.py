"""Small learned models shipped as JSON files beside the code that reads them.

Each is optional: a missing or unreadable file leaves its stage to its rules.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import ClassVar, Optional


class ShippedModel:
    """Loaded once per process from `path`; subclasses read their spec in `__init__`."""

    path: ClassVar[Path]
    _loaded: ClassVar[Optional["ShippedModel"]] = None
    _tried: ClassVar[bool] = False

    def __init__(self, spec: dict):
        raise NotImplementedError

    @classmethod
    def load(cls):
        if not cls._tried:
            cls._tried = True
            try:
                cls._loaded = cls(json.loads(cls.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError):
                cls._loaded = None
        return cls._loaded


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
