"""The package as users get it: the installed command, the wheel's data files, and the
fallback of an editable checkout to the data files at the repository root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*command: str, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=False, capture_output=True, text=True, **options)  # type: ignore[call-overload, no-any-return]


def test_installed_command_runs_from_any_folder(tmp_path: Path) -> None:
    beside = Path(sys.executable).with_name("jfq")
    jfq = str(beside) if beside.exists() else shutil.which("jfq")
    if jfq is None:
        pytest.skip("jfq is not installed in this environment (pip install '.[test]')")
    done = run(jfq, "term", "334", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].startswith("334楼院协商治理模式")
    version = run(jfq, "--version")
    assert version.stdout.startswith("jfq ")


def test_python_dash_m(tmp_path: Path) -> None:
    done = run(sys.executable, "-m", "jfq", "term", "三零", "-f", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"term": "三零"' in done.stdout
    usage = run(sys.executable, "-m", "jfq", "--help")
    assert usage.stdout.startswith("Usage: jfq ")  # prog_name, not __main__.py


def test_wheel_carries_the_data_files(tmp_path: Path) -> None:
    done = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp_path)
    )
    if done.returncode != 0 and not os.environ.get("CI"):  # offline, with no hatchling
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("jfq-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for name in ("glossary.yaml", "targets.yaml"):
            assert archive.read(f"jfq/bundled/{name}") == (ROOT / name).read_bytes()
        sources = sorted((ROOT / "sources").glob("*.yaml"))
        assert len(sources) > 40
        for path in sources:
            assert archive.read(f"jfq/bundled/sources/{path.name}") == path.read_bytes()


def test_a_checkout_without_package_data_reads_the_root_files(tmp_path: Path) -> None:
    """What an editable install sees: src/jfq has no bundled/, the files sit at the root."""
    import jfq

    source = Path(jfq.__file__).parent
    package = tmp_path / "src" / "jfq"
    shutil.copytree(source, package, ignore=shutil.ignore_patterns("bundled", "__pycache__"))
    for name in ("glossary.yaml", "targets.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    probe = "from jfq.data.files import locate; print(locate().folder)"
    done = run(sys.executable, "-c", probe, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "src")})
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == tmp_path
