"""How long jfq annotate takes for a 100-page report, as ratios measured in one run.

    python benchmarks/annotate.py            # 25 rounds
    python benchmarks/annotate.py --quick    # 7 rounds

The report is 100 pages of 2,000 characters, made of the source documents in
../shared/seeds (the test fixtures' reports when they are missing) repeated: real
report text, dense with the glossary's terms.  Every command runs as its own
process, interleaved round by round with the references (benchmarks/run.py's
timing): `python -c pass`, reading and decoding the file in Python, and a term
lookup (jfq's start-up).  The goal is the issue's: under a second, in every format.
Results go to benchmarks/annotate.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from run import Measure, jfq_command, measure  # benchmarks/run.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "annotate.json"
PAGES, PAGE_CHARS = 100, 2_000
GOAL_MS = 1_000.0


def report(path: Path) -> int:
    """Write the 100-page report; return how many characters it has."""
    folder = ROOT.parent / "shared" / "seeds"
    texts = sorted(folder.glob("*.txt")) or sorted((ROOT / "tests/fixtures/reports").glob("*.txt"))
    body = "\n".join(p.read_text(encoding="utf-8") for p in texts)
    wanted = PAGES * PAGE_CHARS
    text = (body * (wanted // len(body) + 1))[:wanted]
    path.write_text(text, encoding="utf-8")
    return len(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    jfq = jfq_command()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        characters = report(path)
        env = {"PATH": "/usr/bin:/bin", "JFQ_CACHE_DIR": str(Path(folder) / "cache"),
               "NO_COLOR": "1", "COLUMNS": "100"}  # fmt: skip
        read = f"from jfq.data.texts import decode; decode(open({str(path)!r}, 'rb').read())"
        measures = [
            Measure("python -c pass", [sys.executable, "-c", "pass"]),
            Measure("read and decode the file", [sys.executable, "-c", read]),
            Measure("term 334 --format json", [*jfq, "term", "334", "--format", "json"]),
        ]
        for fmt in ("text", "json", "tsv"):
            annotate = [*jfq, "annotate", str(path), "-f", fmt]
            measures.append(Measure(f"annotate --format {fmt}", annotate))
        measure(measures, env, runs=7 if args.quick else 25, warmup=3)
    floor, lookup = measures[0].median, measures[2].median
    results: dict[str, Any] = {"pages": PAGES, "characters": characters, "commands": {}}
    print(f"{PAGES} pages, {characters:,} characters; medians of {len(measures[0].walls)} runs")
    print(f"{'command':<28}{'ms':>8}{'× python -c pass':>18}{'× term 334':>12}")
    for m in measures:
        summary = {**m.summary(), "x_python": round(m.median / floor, 2)}
        summary["command"] = str(summary["command"]).replace(folder, "$TMP")
        results["commands"][m.name] = summary
        print(f"{m.name:<28}{m.median:8.1f}{m.median / floor:18.2f}{m.median / lookup:12.2f}")
    missed = [m.name for m in measures[3:] if m.median > GOAL_MS]
    for m in measures[3:]:
        verdict = "ok  " if m.median <= GOAL_MS else "MISS"
        print(f"  {verdict} {m.name}: {m.median:.0f} ms (goal < {GOAL_MS:.0f} ms)")
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
