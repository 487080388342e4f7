"""What the data holds, for the home screen (``jfq`` alone) and ``jfq overview``."""

from __future__ import annotations

from jfq.data.model import Document
from jfq.data.records import Record, record
from jfq.search.index import Index


@record
class ScopeCount(Record):
    scope: str
    entries: int
    undefined: int  # used by the sources without an explanation (defined: false)


@record
class RegionYears(Record):
    region: str
    en: str
    targets: list[int]  # years with targets
    actuals: list[int]  # years with results


@record
class Overview(Record):
    entries: int
    scopes: list[ScopeCount]
    rows: int
    regions: list[RegionYears]
    documents: list[Document]


def overview(index: Index) -> Overview:
    scopes = [ScopeCount(scope, entries, undefined) for scope, entries, undefined in
              index.scope_counts()]  # fmt: skip
    with_data = set(index.regions_with_data())
    regions = [
        RegionYears(
            region.name,
            region.en,
            index.years(region.name, kind="target"),
            index.years(region.name, kind="actual"),
        )
        for region in index.regions()
        if region.name in with_data
    ]
    return Overview(
        entries=sum(s.entries for s in scopes),
        scopes=scopes,
        rows=index.row_count(),
        regions=regions,
        documents=index.documents(),
    )
