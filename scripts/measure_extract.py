"""How well `jfq extract` reads real reports: recall and precision on tests/corpus/.

    python scripts/measure_extract.py            # the table
    python scripts/measure_extract.py --misses   # and every row it got wrong, to study

Each corpus file is a real passage with the parse a careful reader wrote by hand
(tests/corpus/README.md says how). extract reads the passage (told its government and year,
as a user would with --region and --year), and its rows are paired with the expected ones. A
row is right when name, value, value_max, unit, comparator and year all match (a row is for
the file's year unless it gives its own; a total or mean over several years is checked for
its year only where the passage's parse gives one); recall is the share of expected rows
drafted right, precision the share of drafted rows that are right. Figures with a measure
(ranks, shares, totals over several years) are measured apart. A glossary entry is right
when its term and its definition match (a definition may keep or drop the 指/是指/即 that opens
it, and the mark that closes it). The last line counts the rows drafted for another region
than the passage's government: a report's figures given to a place it only mentions are a
lie.
tests/test_corpus.py runs the same measurement and fails below the README's figures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from jfq.authoring.extract import extract
from jfq.data.files import locate
from jfq.search.cache import open_index

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
SECTIONS = ("targets", "results", "glossary")
FIELDS = ("name", "value", "value_max", "unit", "comparator", "year")
Row = dict[str, Any]


@dataclass
class Tally:
    """Counts for one kind of item: expected, drafted, right, and right field by field."""

    expected: int = 0
    drafted: int = 0
    right: int = 0
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)
    # rows drafted for a region other than the passage's own government (a lie unless the
    # passage sets several regions' targets side by side)
    elsewhere: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def precision(self) -> float:
        return self.right / self.drafted if self.drafted else 1.0


def load(folder: Path = CORPUS) -> list[tuple[Path, dict[str, Any]]]:
    paths = [path for section in SECTIONS for path in sorted((folder / section).glob("*.yaml"))]
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in paths]


def _as_the_data_names_it(government: str) -> str:
    """The region a government's rows go under: the nation's report is 国务院's (a statistics
    release's, 国家's), and its figures are the nation's, which the data calls 全国 (as a user
    passes --region 全国)."""
    return "全国" if government in ("国务院", "国家") else government


@cache
def _known() -> dict[str, str]:
    """The bundled data's regions, as `jfq extract` reads the names a text gives."""
    return open_index(locate(None)).region_spellings()


def drafted(item: dict[str, Any], section: str) -> dict[str, list[Row]]:
    """What extract drafts from one corpus passage, as plain rows by kind."""
    # a review is read a year on: a results passage, or one filed elsewhere (under glossary,
    # for its definition) that states results and no targets
    expected = item.get("expected") or {}
    reviewed = section == "results" or (expected.get("results") and not expected.get("targets"))
    # (a half-year report is given in the year it reviews: its file says so, report_year)
    year = int(item.get("report_year") or int(item["year"]) + (1 if reviewed else 0))
    region = _as_the_data_names_it(item["government"])
    draft = extract(item["text"], region=region, year=year, known_regions=_known())
    rows = {"targets": [], "results": []}
    for row in draft.targets:
        plain = {f: getattr(row, f) for f in (*FIELDS, "measure", "region")}
        rows["targets" if row.kind == "target" else "results"].append(plain)
    rows["glossary"] = [{"term": t.term, "definition": t.definition} for t in draft.terms]
    return rows


def _same(field_name: str, expected: Row, got: Row) -> bool:
    a, b = expected.get(field_name), got.get(field_name)
    if field_name == "year":  # (a total over years with no year written: its years unsaid)
        return a is None or a == b
    if field_name in ("value", "value_max"):
        return (a is None and b is None) or (a is not None and b is not None and float(a) == b)
    return a == b


def _score(expected: Row, got: Row) -> int:
    return (
        4 * _same("name", expected, got)
        + 2 * _same("value", expected, got)
        + sum(_same(f, expected, got) for f in ("value_max", "unit", "comparator", "year"))
    )


def pair(expected: list[Row], got: list[Row]) -> list[tuple[Row, Row | None]]:
    """Each expected row with the drafted row that fits it best (name or value in common).

    Rows drafted right are paired first: taken in order, a near miss could take the row
    a later expected one matches exactly, and count two misses for one."""
    left = list(got)
    found: dict[int, Row | None] = {}
    for number, want in enumerate(expected):
        exact = next((g for g in left if all(_same(f, want, g) for f in FIELDS)), None)
        if exact is not None:
            left.remove(exact)
            found[number] = exact
    for number, want in enumerate(expected):
        if number in found:
            continue
        best = max(left, key=lambda g: _score(want, g), default=None)
        found[number] = best if best is not None and _score(want, best) >= 2 else None
        if found[number] is not None:
            left.remove(best)
    return [(want, found[number]) for number, want in enumerate(expected)]


def tally_rows(tally: Tally, expected: list[Row], got: list[Row], where: str) -> None:
    tally.expected += len(expected)
    tally.drafted += len(got)
    paired = pair(expected, got)
    for want, found in paired:
        if found is None:
            tally.misses.append(f"{where}: missed {want}")
            continue
        right = [f for f in FIELDS if _same(f, want, found)]
        for f in right:
            tally.fields[f] += 1
        if len(right) == len(FIELDS):
            tally.right += 1
        else:
            shown = {f: found.get(f) for f in FIELDS if f not in right}
            tally.misses.append(f"{where}: {want['name']} drafted as {shown}")
    matched = [id(g) for _, g in paired if g is not None]
    tally.misses += [
        f"{where}: extra { {f: v for f, v in g.items() if f != 'region'} }"
        for g in got
        if id(g) not in matched
    ]


_COPULA = re.compile(r"^(?:是指|指的是|指|即|就是|也就是)")


def _definition(text: str | None) -> str:
    return _COPULA.sub("", "".join((text or "").split())).rstrip("。.;；")  # a closing mark


def tally_glossary(tally: Tally, expected: list[Row], got: list[Row], where: str) -> None:
    tally.expected += len(expected)
    tally.drafted += len(got)
    by_term = {g["term"]: g for g in got}
    for want in expected:
        found = by_term.pop(want["term"], None)
        if found is not None and _definition(found["definition"]) == _definition(
            want["definition"]
        ):
            tally.right += 1
        else:
            tally.misses.append(f"{where}: {want['term']} -> {found and found['definition']}")
    tally.misses += [f"{where}: extra {g['term']}" for g in by_term.values()]


def measure(items: Iterable[tuple[Path, dict[str, Any]]]) -> dict[str, Tally]:
    tallies = {name: Tally() for name in ("targets", "results", "measured", "glossary")}
    for path, item in items:
        section = path.parent.name
        got = drafted(item, section)
        where = f"{section}/{path.stem}"
        want = item.get("expected") or {}
        for kind in ("targets", "results"):
            tallies[kind].elsewhere += [
                f"{where}: {g['name']} {g['value']} for {g['region']}"
                for g in got[kind]
                if g["region"] != _as_the_data_names_it(item["government"])
            ]
            rows = want.get(kind) or []
            # a row is for the file's year (the year reviewed) unless it says another
            plain = [
                {**r, "year": r.get("year", item["year"])} for r in rows if not r.get("measure")
            ]
            tally_rows(tallies[kind], plain, [g for g in got[kind] if not g.get("measure")], where)
            measured = [r for r in rows if r.get("measure")]
            tally_rows(tallies["measured"], measured,
                       [g for g in got[kind] if g.get("measure")], where)  # fmt: skip
        tally_glossary(tallies["glossary"], want.get("glossary") or [], got["glossary"], where)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    lines = [
        "| items | expected | drafted | right | recall | precision | "
        + " | ".join(FIELDS) + " |",
        "|---|---:|---:|---:|---:|---:|" + "---:|" * len(FIELDS),
    ]  # fmt: skip
    for name, t in tallies.items():
        fields = " | ".join(
            f"{t.fields[f] / t.expected:.0%}" if t.expected and name != "glossary" else "—"
            for f in FIELDS
        )
        lines.append(f"| {name} | {t.expected} | {t.drafted} | {t.right} | {t.recall():.0%} | "
                     f"{t.precision():.0%} | {fields} |")  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every row got wrong")
    parser.add_argument("only", nargs="*", help="corpus files to read (default: all)")
    args = parser.parse_args()
    items = load()
    if args.only:
        items = [(p, i) for p, i in items if any(o in str(p) for o in args.only)]
    tallies = measure(items)
    if args.misses:
        for name, tally in tallies.items():
            for miss in tally.misses:
                print(f"[{name}] {miss}")
    elsewhere = [row for tally in tallies.values() for row in tally.elsewhere]
    if args.misses:
        print("\n".join(f"[region] {row}" for row in elsewhere))
    print(f"{len(items)} passages\n")
    print(table(tallies))
    print(f"\n{len(elsewhere)} rows drafted for a region other than the passage's government")
    return 0


if __name__ == "__main__":
    sys.exit(main())
