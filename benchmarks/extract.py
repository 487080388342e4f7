"""How fast jfq extract reads, and in how much memory: an 8 MB report, as a whole process.

The report is made of the real passages in tests/corpus (targets, reviews, glossaries),
repeated to 8 MB: text as dense with figures as reports come, which is the slow case
(prose is skipped at a glance).  Its runs are interleaved with `python -c pass`; the goals
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


def report(folder: Path) -> Path:
    """The 8 MB report, written once into ``folder``."""
    path = folder / "report-8mb.txt"
    if path.exists() and path.stat().st_size >= SIZE:
        return path
    passages = [yaml.safe_load(p.read_text(encoding="utf-8"))["text"]
                for p in sorted(CORPUS.glob("*/*.yaml"))]  # fmt: skip
    block = "\n\n".join(passages).encode("utf-8")
    copies = SIZE // len(block) + 1
    path.write_bytes(b"\n\n".join([block] * copies))
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
    path = report(folder)
    megabytes = path.stat().st_size / 2**20
    command = [*jfq, "extract", str(path), "--region", "示例市", "--year", "2024", "-f", "json"]
    bare, reads, peaks = [], [], []
    for _ in range(runs):
        bare.append(_run([sys.executable, "-c", "pass"])[0])
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
