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
    group: str | None = None  # peers shown together: "市 within 河南省"; None: shown alone


@record
class PeerGroup(Record):
    """Regions of one level within one parent, beyond the ladder's own (Henan's cities)."""

    level: str
    within: str
    regions: list[str]
    targets: list[int]
    actuals: list[int]


@record
class Overview(Record):
    entries: int
    scopes: list[ScopeCount]
    rows: int
    regions: list[RegionYears]  # every region with figures, in the data's order
    documents: list[Document]
    local: list[str]  # ids of the documents about the home regions below the province

    def alone(self) -> list[RegionYears]:
        """The regions the home screen lists one by one: the ladder's and its siblings."""
        return [r for r in self.regions if r.group is None]

    def groups(self) -> list[PeerGroup]:
        """The other regions with figures, by level and parent: 17 cities of 河南省."""
        grouped: dict[str, list[RegionYears]] = {}
        for region in self.regions:
            if region.group is not None:
                grouped.setdefault(region.group, []).append(region)
        return [
            PeerGroup(
                level=name.split(" within ")[0], within=name.split(" within ")[1],
                regions=[r.region for r in members],
                targets=sorted({y for r in members for y in r.targets}),
                actuals=sorted({y for r in members for y in r.actuals}),
            )
            for name, members in grouped.items()
        ]  # fmt: skip


def overview(index: Index) -> Overview:
    scopes = [ScopeCount(scope, entries, undefined) for scope, entries, undefined in
              index.scope_counts()]  # fmt: skip
    with_data = set(index.regions_with_data())
    home = _home_regions(index)
    regions = [
        RegionYears(
            region.name,
            region.en,
            index.years(region.name, kind="target"),
            index.years(region.name, kind="actual"),
            None
            if region.name in home or region.level is None or region.parent is None
            else f"{region.level} within {region.parent}",
        )
        for region in index.regions()
        if region.name in with_data
    ]
    documents = index.documents()
    levels = {r.name: r.level for r in index.regions()}
    # A reference page (a table of codes) is no report: it is counted with the others.
    local = [d.id for d in documents if d.region in home and d.kind != "reference"
             and levels.get(d.region) not in ("国家", "省")]  # fmt: skip
    return Overview(
        entries=sum(s.entries for s in scopes),
        scopes=scopes,
        rows=index.row_count(),
        regions=regions,
        documents=documents,
        local=local,
    )


def _home_regions(index: Index) -> set[str]:
    """The default region's ladder, and the regions that share its lowest parent (示范区
    beside 解放区): the ones a reader of 解放区's reports looks at first."""
    from jfq.targets.ladder import chain_of  # noqa: PLC0415 - the home screen only
    from jfq.targets.regions import default_region, resolve_region  # noqa: PLC0415

    chain = chain_of(index, resolve_region(index, default_region(index)))
    parent = chain[0].parent
    siblings = {r.name for r in index.regions() if parent is not None and r.parent == parent}
    return {r.name for r in chain} | siblings
