"""The rows `jfq extract` drafts from a passage, as the extractor's stop and review tests
compare them: (kind, year, name, value, unit, comparator), of a county's report (某县)."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract
from jfq.data.files import locate
from jfq.search.cache import open_index


def rows(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit, r.comparator) for r in draft.targets]


def fields(text: str, year: int, *names: str) -> list[tuple[Any, ...]]:
    """The drafted rows of a county's report as the fields ``names`` (kind, year, name …)."""
    draft = extract(text, region="某县", year=year)
    return [tuple(getattr(r, name) for name in names) for r in draft.targets]


def bundled_regions() -> dict[str, str]:
    """The bundled data's regions, as `jfq extract` and the corpus's measure read them."""
    return open_index(locate(None)).region_spellings()
