"""allocator.map_large_blocks holds glibc's threshold for mapping large blocks, which kept the
dense benchmark's peak over 10 x its input (benchmarks/extract.py; the module's docstring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import jfq.authoring.extract as extract_module
from jfq.authoring.extract import allocator


class _Mallopt:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def __call__(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return 1


def test_the_threshold_is_held_at_glibc_s_default(monkeypatch: pytest.MonkeyPatch) -> None:
    mallopt = _Mallopt()
    library = type("Library", (), {"mallopt": mallopt})()
    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda name: library)
    monkeypatch.setattr(allocator.sys, "platform", "linux")
    assert allocator.map_large_blocks.__wrapped__() is True
    # M_MMAP_THRESHOLD (-3 in glibc's malloc.h) at 128 KB: the default, no longer raised
    assert mallopt.calls == [(-3, 128 * 1024)]


def test_a_c_library_without_mallopt_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(allocator.ctypes, "CDLL", lambda name: object())
    monkeypatch.setattr(allocator.sys, "platform", "linux")
    assert allocator.map_large_blocks.__wrapped__() is False
    monkeypatch.setattr(allocator.sys, "platform", "darwin")
    assert allocator.map_large_blocks.__wrapped__() is False


def test_extract_reports_maps_large_blocks_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    called: list[Any] = []
    monkeypatch.setattr(extract_module, "map_large_blocks", lambda: called.append(True))
    report = tmp_path / "report.txt"
    report.write_text("过去一年,全县地区生产总值增长6%。", encoding="utf-8")
    extract_module.extract_reports([str(report)], region="某县", year=2024)
    assert called == [True]
