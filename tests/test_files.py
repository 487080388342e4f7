"""Writes that cannot leave half a file: faults are injected midway and the files compared."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from jfq.data import atomic as files
from jfq.data.atomic import replace_together, write_atomically

FIXTURES = Path(__file__).parent / "fixtures"


def fail_on_call(number: int, original: Callable[..., object], error: BaseException) -> object:
    """A stand-in for ``original`` that raises ``error`` on its ``number``-th call."""
    calls = []

    def stand_in(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == number:
            raise error
        return original(*args, **kwargs)

    return stand_in


def listing(folder: Path) -> dict[str, bytes]:
    """Every file of the folder (sources/ too), by its path in the folder."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


def test_write_atomically_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_bytes(b"old")
    path.chmod(0o644)
    assert write_atomically(path, b"new")
    assert (path.read_bytes(), path.stat().st_mode & 0o777) == (b"new", 0o644)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_bytes(b"old")
    monkeypatch.setattr(files.os, "fdopen", fail_on_call(1, files.os.fdopen, OSError(28, "full")))
    assert not write_atomically(path, b"new")
    assert listing(tmp_path) == {"glossary.yaml": b"old"}


@pytest.mark.parametrize(
    "error", [OSError(28, "No space left on device"), KeyboardInterrupt()], ids=repr
)
@pytest.mark.parametrize("step", ["write", "rename"])
def test_replace_together_changes_both_files_or_neither(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, error: BaseException
) -> None:
    a, b = tmp_path / "glossary.yaml", tmp_path / "targets.yaml"
    a.write_bytes(b"glossary before")
    b.write_bytes(b"targets before")
    if step == "write":  # the second file fails while it is being written
        monkeypatch.setattr(files.os, "fdopen", fail_on_call(2, files.os.fdopen, error))
    else:  # the first file is in place when the second rename fails (the first is the journal)
        monkeypatch.setattr(Path, "replace", fail_on_call(3, Path.replace, error))
    with pytest.raises(type(error)):
        replace_together({a: b"glossary after", b: b"targets after"}, tmp_path)
    assert listing(tmp_path) == {
        "glossary.yaml": b"glossary before",
        "targets.yaml": b"targets before",
    }


def test_replace_together_creates_new_files_and_removes_them_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = tmp_path / "glossary.yaml", tmp_path / "targets.yaml"
    replace_together({a: b"g", b: b"t"}, tmp_path)
    assert listing(tmp_path) == {"glossary.yaml": b"g", "targets.yaml": b"t"}
    c, d = tmp_path / "new" / "glossary.yaml", tmp_path / "new" / "targets.yaml"
    c.parent.mkdir()
    monkeypatch.setattr(Path, "replace", fail_on_call(3, Path.replace, OSError(5, "I/O")))
    with pytest.raises(OSError):
        replace_together({c: b"g", d: b"t"}, c.parent)
    assert listing(c.parent) == {}


def test_an_interrupted_merge_leaves_the_data_files_as_they_were(
    jfq: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", data)
    before = listing(data)
    real_replace, failed = Path.replace, []

    def full_at_targets(self: Path, target: Path) -> Path:  # the second data file's rename
        if Path(target).name == "targets.yaml" and not failed:
            failed.append(target)
            raise OSError(28, "Disk full")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", full_at_targets)
    run = jfq("extract", str(FIXTURES / "reports" / "bullets.txt"), "--merge", "--data-dir",
              str(data))  # fmt: skip
    assert (run.code, run.stderr.splitlines()[-1]) == (
        4,
        f"jfq: {data}: cannot write the merged files: Disk full",
    )
    assert listing(data) == before
