"""How fast jfq extract reads, and in how much memory: 8 MB reports, as whole processes.

The dense report is made of the real passages in tests/corpus (targets, reviews,
glossaries), repeated to 8 MB: text as dense with figures as reports come, the slow case
(prose is skipped at a glance).  The real report is the 2022 district report, repeated.
Its runs are interleaved with `python -c pass`; the goals
are ratios: the file read within about 100 x a bare interpreter's start (5 MB of text a
second), and a peak memory under 10 x the input.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SIZE = 8 * 2**20
REAL = "004_bddc84386e9e697e"


def report(folder: Path) -> Path:
    """The dense 8 MB report (the corpus's passages), written once into ``folder``."""
    passages = [yaml.safe_load(p.read_text(encoding="utf-8"))["text"]
                for p in sorted(CORPUS.glob("*/*.yaml"))]  # fmt: skip
    return _repeated(folder / "report-8mb.txt", "\n\n".join(passages))


def real_report(folder: Path) -> Path:
    """A real report's text to 8 MB: the 2022 district report as sources/ keeps it (its
    passages are most of the report, in order), repeated: prose, review, targets and a
    glossary in the proportions a report has them."""
    document = yaml.safe_load((ROOT / "sources" / f"{REAL}.yaml").read_text(encoding="utf-8"))
    text = "\n".join(p["text"] for p in document["passages"])
    return _repeated(folder / "real-report-8mb.txt", text)


def _repeated(path: Path, text: str) -> Path:
    if path.exists() and path.stat().st_size >= SIZE:
        return path
    block = text.encode("utf-8")
    path.write_bytes(b"\n\n".join([block] * (SIZE // len(block) + 1)))
    return path


def _run(command: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def measure_extract(jfq: list[str], folder: Path, runs: int = 3) -> dict[str, float]:
    """The dense report, with the real one's measures beside it (``report_*``), and how the
    time grows with one endless paragraph (``one_paragraph_*``)."""
    dense = _measure(jfq, report(folder), runs)
    real = _measure(jfq, real_report(folder), runs)
    return {
        **dense,
        **{f"report_{key}": value for key, value in real.items()},
        **measure_one_paragraph(jfq, folder),
    }


# A text with no line or sentence breaks (a PDF flattened, a page's one <p>): its figures
# must cost what they cost in paragraphs.  Stop 42's fault hunt timed 8,000 of them on one
# line at 24 s, growing with their square (200,000 ran on past ten minutes).  The goal: four
# times the figures in under five times the time (linear is four; a square, sixteen).
_CLAUSE = "地区生产总值增长8%以上,"
ONE_PARAGRAPH_GOAL = 5.0


def measure_one_paragraph(jfq: list[str], folder: Path) -> dict[str, float]:
    times = []
    for count in (2_000, 8_000):
        path = folder / f"one-paragraph-{count}.txt"
        path.write_text(_CLAUSE * count, encoding="utf-8")
        command = [*jfq, "extract", str(path), "--region", "示例市", "--year", "2024"]
        times.append(statistics.median(_run(command)[0] for _ in range(3)))
    return {
        "one_paragraph_2000_s": round(times[0], 2),
        "one_paragraph_8000_s": round(times[1], 2),
        "one_paragraph_ratio": round(times[1] / times[0], 1),
    }


def _measure(jfq: list[str], path: Path, runs: int) -> dict[str, float]:
    megabytes = path.stat().st_size / 2**20
    command = [*jfq, "extract", str(path), "--region", "示例市", "--year", "2024", "-f", "json"]
    bare, reads, peaks = [], [], []
    for _ in range(runs):
        # five bare starts a run: a start takes 15 ms, and one slow one moved the ratio by
        # a third when it was measured three times
        bare += [_run([sys.executable, "-c", "pass"])[0] for _ in range(5)]
        seconds, peak_kb = _run(command)
        reads.append(seconds)
        peaks.append(peak_kb)
    seconds = statistics.median(reads)
    return {
        "input_mb": round(megabytes, 1),
        "seconds": round(seconds, 2),
        "mb_per_second": round(megabytes / seconds, 1),
        "x_pass": round(seconds / statistics.median(bare), 1),
        "peak_mb": round(max(peaks) / 1024, 1),
        "peak_x_input": round(max(peaks) / 1024 / megabytes, 1),
    }


if __name__ == "__main__":
    import tempfile

    beside = Path(sys.executable).with_name("jfq")
    with tempfile.TemporaryDirectory() as name:
        print(measure_extract([str(beside)], Path(name)))
