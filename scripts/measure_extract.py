"""How well `jfq extract` reads target statements: precision and recall on seeds and fixtures.

    python scripts/measure_extract.py

Truth for the seeds is the curated targets.yaml (rows citing that seed, of the kinds
extract looks for: headline targets and results of the indicators it knows); truth for
the fixtures is tests/fixtures/reports/expected.yaml.  A drafted row counts as right
when region, year, kind, key, value, upper value, unit and comparator all match.
tests/test_extract.py runs the same measurement and fails below the figures in the README.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from jfq.authoring.extract import INDICATORS, extract
from jfq.data.texts import decode

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
# The seeds extract is expected to read, and the region each one's statements are for.
SEED_DOCS = ("004_bddc84386e9e697e", "000_59a781d6f6ab856a", "003_e44daa3c93eabb5b")
_KNOWN_RESULT_KEYS = {k for i in INDICATORS for k in (i.level_key, i.growth_key) if k}

Row = tuple[Any, ...]


def _row(region: str, year: int, kind: str, *figure: Any) -> Row:
    """(region, year, kind, key, value, value_max, unit, comparator), numbers as floats."""
    key, value, value_max, unit, comparator = figure
    number = None if value is None else float(value)
    upper = None if value_max is None else float(value_max)
    return (region, year, kind, key, number, upper, unit, comparator)


def _drafted(path: Path) -> list[Row]:
    text, encoding = decode(path.read_bytes())
    draft = extract(text, source=path.name, encoding=encoding)
    return [_row(t.region, t.year, t.kind, t.key, t.value, t.value_max, t.unit, t.comparator)
            for t in draft.targets]  # fmt: skip


def _seed_truth(doc: str, curated: list[dict[str, Any]]) -> list[Row]:
    rows = []
    for t in curated:
        if t["sources"][0]["doc"] != doc or t.get("since") is not None:
            continue
        wanted = (t["kind"] == "target" and t["tier"] == "headline") or (
            t["kind"] == "actual" and t["key"] in _KNOWN_RESULT_KEYS
        )
        if wanted:
            rows.append(_row(t["region"], t["year"], t["kind"], t["key"], t.get("value"),
                             t.get("value_max"), t.get("unit"), t["comparator"]))  # fmt: skip
    return rows


def measure() -> dict[str, dict[str, float]]:
    """{corpus: {"drafted", "right", "expected", "precision", "recall"}} for seeds and fixtures."""
    results: dict[str, dict[str, float]] = {}
    pairs: dict[str, list[tuple[list[Row], list[Row]]]] = {"seeds": [], "fixtures": []}
    if SEEDS.is_dir():
        curated = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))["targets"]
        for doc in SEED_DOCS:
            pairs["seeds"].append((_drafted(SEEDS / f"{doc}.txt"), _seed_truth(doc, curated)))
    expected = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
    for name, spec in expected.items():
        # Rows are written [kind, year, key, value, value_max, unit, comparator].
        truth = [_row(spec["region"], row[1], row[0], *row[2:]) for row in spec["targets"]]
        pairs["fixtures"].append((_drafted(FIXTURES / name), truth))
    for corpus, found in pairs.items():
        if not found:
            continue
        drafted = sum(len(d) for d, _ in found)
        right = sum(len(set(d) & set(t)) for d, t in found)
        total = sum(len(t) for _, t in found)
        results[corpus] = {
            "drafted": drafted, "right": right, "expected": total,
            "precision": right / drafted if drafted else 1.0,
            "recall": right / total if total else 1.0,
        }  # fmt: skip
    return results


def main() -> int:
    for corpus, r in measure().items():
        print(f"{corpus:9} {r['right']:.0f} of {r['drafted']:.0f} drafted rows right "
              f"(precision {r['precision']:.0%}), {r['right']:.0f} of {r['expected']:.0f} "
              f"expected rows found (recall {r['recall']:.0%})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
