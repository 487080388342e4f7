"""Why jfq.data.records exists: the model's import time with @record against @dataclass.

Each run is a fresh interpreter that imports what both variants share (dataclasses,
typing, re, jfq.data.records), then times the import of the model module alone: the
real jfq.data.model, or the same source with @record replaced by dataclasses'
@dataclass (written to a temporary folder).  The two are run interleaved and their
medians compared as a ratio, which is what the goal in benchmarks/run.py is stated in.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

MODEL = Path(__file__).resolve().parents[1] / "src" / "jfq" / "data" / "model.py"
SHIM = "import dataclasses\nrecord = dataclasses.dataclass\nclass Record:\n    pass\n"
PROBE = """
import dataclasses, re, sys, time, typing
import jfq.data.records
start = time.perf_counter()
import {module}
print((time.perf_counter() - start) * 1000)
"""


def _plain_dataclass_model(folder: Path) -> None:
    source = MODEL.read_text(encoding="utf-8")
    marker = "from jfq.data.records import Record, record\n"
    assert marker in source, "jfq.data.model no longer imports record: update this benchmark"
    (folder / "model_on_dataclasses.py").write_text(source.replace(marker, SHIM), "utf-8")


def _import_ms(module: str, folder: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": ""},
    )
    return float(done.stdout.strip())


def measure_records(runs: int) -> dict[str, float]:
    """Median import times (ms) of the model with @record and with @dataclass, and their ratio."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _plain_dataclass_model(folder)
        for module in ("jfq.data.model", "model_on_dataclasses"):  # compile the .pyc files
            _import_ms(module, folder)
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(_import_ms("jfq.data.model", folder))
            theirs.append(_import_ms("model_on_dataclasses", folder))
    record_ms, dataclass_ms = statistics.median(ours), statistics.median(theirs)
    return {
        "record_ms": round(record_ms, 2),
        "dataclass_ms": round(dataclass_ms, 2),
        "ratio": round(record_ms / dataclass_ms, 2),
    }


if __name__ == "__main__":
    print(measure_records(15))
