"""The extractor's patterns compile on Python 3.10, the oldest jfq supports: possessive
quantifiers (*+, ++, ?+, {m,n}+) and atomic groups ((?>…)) came in 3.11, and a pattern
that used them failed CI's 3.10 run at import (stop 31)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import jfq.authoring.extract as extract_package

# A quantifier followed by +, not escaped; or an atomic group.
_NEWER_THAN_310 = re.compile(r"(?<!\\)(?:[*+?]|\})\+|\(\?>")


def _patterns() -> list[tuple[str, str]]:
    found = []
    for module_info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"{extract_package.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module_info.name}.{name}", value.pattern))
    return found


def test_the_extractors_patterns_are_found() -> None:
    assert len(_patterns()) > 100  # (the walk reads the modules, not an empty list)


def test_no_pattern_needs_a_newer_python() -> None:
    newer = [name for name, pattern in _patterns() if _NEWER_THAN_310.search(pattern)]
    assert newer == []


def test_the_check_sees_a_possessive_quantifier() -> None:
    assert _NEWER_THAN_310.search(r"[一二]*+元") is not None
    assert _NEWER_THAN_310.search(r"\d+\+\d+") is None  # (an escaped plus: 1+1)
