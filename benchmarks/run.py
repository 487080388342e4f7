"""Start-up and scale benchmark for jfq: whole processes, timed as ratios in one run.

    python benchmarks/run.py              # full run: bundled data and the 100,000-entry set
    python benchmarks/run.py --quick      # fewer repetitions, bundled data only
    python benchmarks/run.py --record     # also store this run as benchmarks/baseline.json

Every command runs as its own process, after warm-up runs, interleaved round by
round with `python -c pass` and `python -c "import typer, rich.console"`, so
that the machine's noise touches all of them alike.  Times are medians (with
min and max); each command is reported as a ratio to both of those references,
which is what the goals are stated in.  Peak memory is the child's maxrss.

The results go to benchmarks/results.json.  When benchmarks/baseline.json
exists, a command whose ratio to `python -c pass` grew by more than 20 % is
flagged as a regression (and the exit code is 1).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from extract import ONE_PARAGRAPH_GOAL, measure_extract  # benchmarks/extract.py, beside it
from records import measure_records  # benchmarks/records.py, beside this script

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LARGE = HERE / "data" / "large"
RESULTS = HERE / "results.json"
BASELINE = HERE / "baseline.json"
REGRESSION = 1.20
LARGE_TERMS = 100_000
LARGE_REGIONS = 3_000
YEARS = range(2015, 2025)


# -- the synthetic data set -------------------------------------------------------------------

# Characters for synthetic names, with their pinyin (benchmark data only, never jfq's data).
SYLLABLES = {
    "发": "fa",
    "展": "zhan",
    "创": "chuang",
    "新": "xin",
    "产": "chan",
    "业": "ye",
    "城": "cheng",
    "乡": "xiang",
    "民": "min",
    "生": "sheng",
    "安": "an",
    "全": "quan",
    "绿": "lv",
    "色": "se",
    "数": "shu",
    "字": "zi",
    "文": "wen",
    "旅": "lv",
    "科": "ke",
    "技": "ji",
    "教": "jiao",
    "育": "yu",
    "医": "yi",
    "养": "yang",
    "老": "lao",
    "就": "jiu",
    "服": "fu",
    "务": "wu",
    "治": "zhi",
    "理": "li",
    "平": "ping",
    "法": "fa",
    "环": "huan",
    "境": "jing",
    "水": "shui",
    "林": "lin",
    "田": "tian",
    "路": "lu",
    "桥": "qiao",
    "港": "gang",
    "园": "yuan",
    "区": "qu",
    "社": "she",
    "会": "hui",
    "商": "shang",
    "贸": "mao",
    "金": "jin",
    "融": "rong",
    "人": "ren",
    "才": "cai",
}
SUFFIXES = {"计划": "ji hua", "工程": "gong cheng", "体系": "ti xi", "行动": "xing dong"}
CHARS = list(SYLLABLES)


def _name(i: int) -> tuple[str, str]:
    digits = []
    for _ in range(4):
        i, r = divmod(i, len(CHARS))
        digits.append(CHARS[r])
    suffix = list(SUFFIXES)[i % len(SUFFIXES)]
    return "".join(digits) + suffix, " ".join(SYLLABLES[c] for c in digits) + " " + SUFFIXES[suffix]


def generate(folder: Path, terms: int, regions: int) -> None:
    """Write a glossary of ``terms`` entries and targets for ``regions`` x 10 years.

    The files are in JSON syntax (JSON is YAML), as a machine-built data set would be:
    jfq reads JSON-syntax data files with the json module, PyYAML would take minutes.
    """
    rng = random.Random(20261122)
    folder.mkdir(parents=True, exist_ok=True)
    # The documents the rows cite are the project's own: sources/ as it is.
    shutil.copytree(ROOT / "sources", folder / "sources", dirs_exist_ok=True)
    entries = []
    for i in range(terms):
        name, pinyin = _name(i * 7919 % 6_250_000)
        parts = [_name(rng.randrange(6_250_000))[0][:4] for _ in range(3)]
        topic = "发展" if i % 100 == 0 else "建设"
        definition = f"一是{parts[0]}，二是{parts[1]}，三是{parts[2]}，推动{topic}。"
        entries.append(
            {
                "term": name,
                "pinyin": pinyin,
                "aliases": [name + "模式"],
                "en": f"synthetic programme {i} of a district",
                "scope": "区",
                "category": rng.choice(["经济", "产业", "民生", "治理"]),
                "definition": definition,
                "components": [{"text": p, "en": f"part {n}"} for n, p in enumerate(parts)],
                "sources": [
                    {"doc": "004_bddc84386e9e697e", "quote": f"{i + 1}.{name}:{definition}"}
                ],
            }
        )
    _write_json(folder / "glossary.yaml", {"terms": entries})
    names = [f"测试区{r:04d}" for r in range(regions)]
    regions_list = [
        {"name": n, "pinyin": f"ce shi qu {r:04d}", "en": f"Test District {r:04d}"}
        for r, n in enumerate(names)
    ]
    rows = []
    for region in names:
        for year in YEARS:
            growth = rng.choice([6, 6.5, 7, 7.5, 8])
            done = round(growth + rng.uniform(-2, 1), 1)
            for kind, key, name, en, value, comparator, text in (
                (
                    "target",
                    "gdp_growth",
                    "地区生产总值",
                    "GDP growth",
                    growth,
                    "about",
                    f"地区生产总值增长{growth:g}%左右",
                ),
                (
                    "actual",
                    "gdp_growth",
                    "地区生产总值",
                    "GDP growth",
                    done,
                    "exact",
                    f"同比增长{done:g}%",
                ),
                (
                    "target",
                    "fixed_asset_investment_growth",
                    "固定资产投资",
                    "Fixed-asset investment growth",
                    10,
                    "at_least",
                    "固定资产投资增长10%以上",
                ),
                (
                    "target",
                    "income_growth",
                    "居民收入",
                    "Residents' income growth",
                    None,
                    "in_step",
                    "居民收入增长和经济增长基本同步",
                ),
            ):
                row = {
                    "region": region,
                    "year": year,
                    "kind": kind,
                    "tier": "headline",
                    "key": key,
                    "name": name,
                    "en": en,
                    "comparator": comparator,
                    "text": text,
                    "sources": [{"doc": "004_bddc84386e9e697e", "quote": text}],
                }
                if value is not None:
                    row.update(value=value, unit="%")
                rows.append(row)
    _write_json(folder / "targets.yaml", {"regions": regions_list, "targets": rows})


def _write_json(path: Path, data: dict[str, list[object]]) -> None:
    """Compact JSON, one list item a line, as a program that builds a glossary would write."""
    with path.open("w", encoding="utf-8") as out:
        out.write("{")
        for number, (key, items) in enumerate(data.items()):
            out.write(("," if number else "") + f"\n{json.dumps(key)}: [\n")
            out.write(
                ",\n".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
            )
            out.write("\n]")
        out.write("\n}\n")


# -- timing -------------------------------------------------------------------------------------


@dataclass
class Measure:
    name: str
    command: list[str]
    walls: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    tty: bool = False

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    def summary(self) -> dict[str, object]:
        return {
            "command": " ".join(self.command),
            "median_ms": round(self.median, 2),
            "min_ms": round(min(self.walls), 2),
            "max_ms": round(max(self.walls), 2),
            "runs": len(self.walls),
            "peak_rss_mb": round(max(self.rss_kb) / 1024, 1),
        }


def run_once(command: list[str], env: dict[str, str], tty: bool = False) -> tuple[float, int]:
    """Wall time in ms and peak resident memory in KB of one process."""
    if tty:  # stdout is a terminal: jfq draws with rich
        import pty

        leader, follower = pty.openpty()
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=follower, stderr=subprocess.DEVNULL, env=env)
        os.close(follower)
        while True:
            try:
                if not os.read(leader, 65536):
                    break
            except OSError:
                break
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        os.close(leader)
    else:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        assert process.stdout is not None
        process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark command failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def measure(measures: list[Measure], env: dict[str, str], runs: int, warmup: int) -> None:
    for m in measures:
        for _ in range(warmup):
            run_once(m.command, env, m.tty)
    for _ in range(runs):
        for m in random.sample(measures, len(measures)):
            wall, rss = run_once(m.command, env, m.tty)
            m.walls.append(wall)
            m.rss_kb.append(rss)


def jfq_command() -> list[str]:
    beside = Path(sys.executable).with_name("jfq")
    found = str(beside) if beside.exists() else shutil.which("jfq")
    if found is None:
        raise SystemExit("jfq is not installed: python -m pip install .")
    return [found]


# -- goals and report ---------------------------------------------------------------------------

# (measure, reference, limit): the goals, as ratios.
GOALS = [
    ("term 334", "python -c pass", 10.0),
    ("term 334 (terminal)", "python -c pass", 10.0),
    ("term 334 --format json", "python -c pass", 7.0),
    ("targets --year 2023", "python -c pass", 10.0),
    ("compare 2022 2023", "python -c pass", 10.0),
    ("term 334", "import typer, rich.console", 1.1),
    ("term 334 (terminal)", "import typer, rich.console", 1.1),
    ("term 334 --format json", "import typer, rich.console", 1.1),
    ("targets --year 2023", "import typer, rich.console", 1.1),
    ("compare 2022 2023", "import typer, rich.console", 1.1),
    ("large: term <name>", "term 334", 1.5),
    ("large: search 发展", "search 发展", 3.0),
]


# jfq.data.records earns its place only while it keeps the model's import this much cheaper.
RECORDS_GOAL = 0.8
# The first run on the 100,000-entry set builds its index: within this many times the
# time json takes to parse the same files (in a process of its own), and a peak memory
# within this many times their size (streamed: about 2.2 x; it held 622 MB, 6.9 x).
COLD_X_PARSE = 6.0
COLD_PEAK_X_DATA = 2.5
PARSE_ONLY = "import json, sys; [json.load(open(p, encoding='utf-8')) for p in sys.argv[1:]]"

# jfq extract on an 8 MB report: within this many bare interpreter starts (about 5 MB of
# text a second on the machine the README quotes, issue 13), in under this many times its
# size; the dense text of the corpus's passages, all figures and glossaries, within 150.
EXTRACT_GOAL_X_PASS = 100.0
EXTRACT_DENSE_X_PASS = 150.0
EXTRACT_GOAL_PEAK_X_INPUT = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="8 runs, bundled data only")
    parser.add_argument("--record", action="store_true", help="store this run as the baseline")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the large data set")
    parser.add_argument("--generate-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate_only:
        generate(LARGE, LARGE_TERMS, LARGE_REGIONS)
        return 0
    runs = 8 if args.quick else args.runs

    jfq = jfq_command()
    cache = Path(tempfile.mkdtemp(prefix="jfq-bench-cache-"))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "NO_COLOR", "FORCE_COLOR", "JFQ_DATA_DIR")
    }
    env.update(JFQ_CACHE_DIR=str(cache), COLUMNS="100")
    py = sys.executable
    bundled = [
        Measure("python -c pass", [py, "-c", "pass"]),
        Measure("import typer, rich.console", [py, "-c", "import typer, rich.console"]),
        Measure("term 334", [*jfq, "term", "334"]),
        Measure("term 334 (terminal)", [*jfq, "term", "334"], tty=True),
        Measure("term 334 --format json", [*jfq, "term", "334", "--format", "json"]),
        Measure("targets --year 2023", [*jfq, "targets", "--year", "2023"]),
        Measure("compare 2022 2023", [*jfq, "compare", "2022", "2023"]),
        Measure("search 发展", [*jfq, "search", "发展"]),
    ]
    measures = list(bundled)
    cold: dict[str, object] = {}
    if not args.quick:
        if args.regenerate or not (LARGE / "targets.yaml").exists():
            print(f"generating {LARGE_TERMS} entries and {LARGE_REGIONS} regions in {LARGE} …")
            # In a child process: a parent grown to 500 MB makes every fork slower and hands
            # its peak memory on to the children's maxrss (Linux keeps it across exec).
            subprocess.run([sys.executable, __file__, "--generate-only"], check=True)
        name = _name(50_000 * 7919 % 6_250_000)[0]
        data = ["--data-dir", str(LARGE)]
        cold_runs, parse_runs = [], []
        # The floor of any first run: parsing the data files, as a process of its own.
        files = [str(path) for path in sorted(LARGE.glob("*.yaml"))]
        parse = [py, "-c", PARSE_ONLY, *files]
        for _ in range(3):  # the first run builds the index: a fresh cache folder each time
            parse_runs.append(run_once(parse, env))
            cold_env = dict(env, JFQ_CACHE_DIR=tempfile.mkdtemp(prefix="jfq-bench-cold-"))
            cold_runs.append(run_once([*jfq, "term", name, *data], cold_env))
        cold = {
            "command": " ".join([*jfq, "term", name, *data]),
            "median_ms": round(statistics.median(w for w, _ in cold_runs), 1),
            "parse_ms": round(statistics.median(w for w, _ in parse_runs), 1),
            "peak_rss_mb": round(max(r for _, r in cold_runs) / 1024, 1),
            "data_mb": round(sum(p.stat().st_size for p in LARGE.glob("*.yaml")) / 2**20, 1),
        }
        run_once([*jfq, "term", name, *data], env)  # build the cache the warm runs use
        measures += [
            Measure("large: term <name>", [*jfq, "term", name, *data]),
            Measure("large: search 发展", [*jfq, "search", "发展", *data]),
            Measure(
                "large: targets", [*jfq, "targets", "--year", "2020", "-r", "测试区1500", *data]
            ),
        ]
    print(f"timing {len(measures)} commands x {runs} runs (after {args.warmup} warm-up runs) …")
    measure(measures, env, runs, args.warmup)

    by_name = {m.name: m for m in measures}
    base = by_name["python -c pass"].median
    floor = by_name["import typer, rich.console"].median
    results = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "python": platform.python_version(),
        "typer": _version("typer"),
        "rich": _version("rich"),
        "commands": {
            m.name: {
                **m.summary(),
                "x_pass": round(m.median / base, 2),
                "x_floor": round(m.median / floor, 2),
            }
            for m in measures
        },
        "cold_first_run": cold,
        "records": measure_records(runs),
        "extract": {} if args.quick else measure_extract(jfq, Path(cache), runs=3),
    }
    print(_table(results))
    failed = _goals(results, by_name)
    regressions = _regressions(results)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.record:
        BASELINE.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}" + (" and the baseline" if args.record else ""))
    shutil.rmtree(cache, ignore_errors=True)
    return 1 if regressions or failed else 0


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _table(results: dict[str, object]) -> str:
    commands = results["commands"]
    assert isinstance(commands, dict)
    head = (
        "| command | median ms | min–max ms | × `python -c pass` | × typer+rich floor | peak MB |"
    )
    lines = ["", head, "|---|---:|---:|---:|---:|---:|"]
    for name, c in commands.items():
        spread = f"{c['min_ms']:.0f}–{c['max_ms']:.0f}"
        lines.append(
            f"| {name} | {c['median_ms']:.1f} | {spread} | {c['x_pass']:.2f} "
            f"| {c['x_floor']:.2f} | {c['peak_rss_mb']:.0f} |"
        )
    records = results["records"]
    assert isinstance(records, dict)
    lines.append(
        f"\nImporting the data model: {records['record_ms']} ms on jfq.data.records, "
        f"{records['dataclass_ms']} ms on dataclasses ({records['ratio']} x)."
    )
    extract = results["extract"]
    if extract:
        assert isinstance(extract, dict)
        lines.append(
            f"\njfq extract on a {extract['report_input_mb']} MB report (the 2022 district "
            f"report, repeated): {extract['report_seconds']} s ({extract['report_mb_per_second']}"
            f" MB/s, {extract['report_x_pass']} x python -c pass), peak "
            f"{extract['report_peak_mb']} MB ({extract['report_peak_x_input']} x the input)."
            f"\njfq extract on {extract['input_mb']} MB of dense text (the corpus's passages): "
            f"{extract['seconds']} s ({extract['mb_per_second']} MB/s, {extract['x_pass']} x "
            f"python -c pass), peak {extract['peak_mb']} MB "
            f"({extract['peak_x_input']} x the input)."
            f"\njfq extract on one endless paragraph: 2,000 figures "
            f"{extract['one_paragraph_2000_s']} s, 8,000 {extract['one_paragraph_8000_s']} s "
            f"({extract['one_paragraph_ratio']} x)."
        )
    cold = results["cold_first_run"]
    if cold:
        assert isinstance(cold, dict)
        seconds = cold["median_ms"] / 1000
        lines.append(
            f"\nFirst run on the large set ({cold['data_mb']} MB of data files), building the "
            f"index: {seconds:.1f} s ({cold['median_ms'] / cold['parse_ms']:.1f} x the "
            f"{cold['parse_ms'] / 1000:.1f} s json takes to parse the files), peak "
            f"{cold['peak_rss_mb']} MB."
        )
    return "\n".join(lines)


def _goals(results: dict[str, object], by_name: dict[str, Measure]) -> list[str]:
    print("\nGoals:")
    failed = []
    for name, reference, limit in GOALS:
        if name not in by_name or reference not in by_name:
            continue
        ratio = by_name[name].median / by_name[reference].median
        ok = ratio <= limit
        print(f"  {'ok  ' if ok else 'MISS'} {name}: {ratio:.2f} x {reference} (goal ≤ {limit})")
        if not ok:
            failed.append(name)
    records = results["records"]
    assert isinstance(records, dict)
    ok = records["ratio"] <= RECORDS_GOAL
    print(
        f"  {'ok  ' if ok else 'MISS'} jfq.data.model on @record: {records['ratio']:.2f} x the "
        f"same model on @dataclass (goal ≤ {RECORDS_GOAL}; else records.py is not needed)"
    )
    if not ok:
        failed.append("records")
    failed += _extract_goals(results["extract"])
    cold = results["cold_first_run"]
    if cold:
        assert isinstance(cold, dict)
        ratio = float(cold["median_ms"]) / float(cold["parse_ms"])  # type: ignore[arg-type]
        # Issue 12: the build held every entry as Python objects at once (622 MB).
        peak = float(cold["peak_rss_mb"]) / float(cold["data_mb"])  # type: ignore[arg-type]
        failed += _checked([
            ("first run on the large set: x parsing its data files", round(ratio, 1),
             COLD_X_PARSE),
            ("first run's peak memory: x the data files' size", round(peak, 1), COLD_PEAK_X_DATA),
        ])  # fmt: skip
    return failed


def _extract_goals(extract: object) -> list[str]:
    if not extract:
        return []
    assert isinstance(extract, dict)
    return _checked([
        ("extract 8 MB report: x python -c pass", extract["report_x_pass"], EXTRACT_GOAL_X_PASS),
        ("extract 8 MB dense: x python -c pass", extract["x_pass"], EXTRACT_DENSE_X_PASS),
        ("extract 8 MB dense: peak x input", extract["peak_x_input"], EXTRACT_GOAL_PEAK_X_INPUT),
        ("extract one paragraph: 4 x the figures, x the time", extract["one_paragraph_ratio"],
         ONE_PARAGRAPH_GOAL),
    ])  # fmt: skip


def _checked(goals: list[tuple[str, float, float]]) -> list[str]:
    """Print each measure against its limit; the names of those over it."""
    failed = []
    for name, measured, limit in goals:
        ok = measured <= limit
        print(f"  {'ok  ' if ok else 'MISS'} {name}: {measured} (goal ≤ {limit})")
        if not ok:
            failed.append(name)
    return failed


def _regressions(results: dict[str, object]) -> list[str]:
    if not BASELINE.exists():
        return []
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["commands"]
    found = []
    commands = results["commands"]
    assert isinstance(commands, dict)
    for name, now in commands.items():
        before = baseline.get(name)
        if before and now["x_pass"] > before["x_pass"] * REGRESSION:
            found.append(name)
            print(
                f"REGRESSION: {name} is {now['x_pass'] / before['x_pass']:.2f} x slower than the "
                f"baseline ({before['x_pass']} -> {now['x_pass']} x python -c pass)"
            )
    if not found:
        print("no regression against benchmarks/baseline.json (limit: 20 % slower)")
    return found


if __name__ == "__main__":
    sys.exit(main())
