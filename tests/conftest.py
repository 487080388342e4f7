"""Shared fixtures: an isolated cache, a fixed terminal width, and ways to run jfq."""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from jfq.cli import run

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
GOLDEN = Path(__file__).parent / "golden"
# The data the golden screens are drawn from: a frozen copy, so that an edit of the real
# glossary.yaml or targets.yaml never means re-recording a screen.
SCREENS = Path(__file__).parent / "fixtures" / "screens"
WIDTH = 100

# The property tests (test_properties.py): several hundred inputs per command, the same
# ones every run (derandomized), so CI fails for a change and not for a roll of the dice.
# HYPOTHESIS_PROFILE=explore draws new inputs, and more of them, to look for new faults.
# The autouse fixture below only sets the environment, so examples may share it.
_SHARED = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("jfq", max_examples=300, derandomize=True, **_SHARED)
settings.register_profile("explore", max_examples=2000, **_SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "jfq"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/* from the current output (then read the diff!)",
    )


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own cache folder and the same 100-column, colourless terminal."""
    monkeypatch.setenv("JFQ_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("JFQ_DATA_DIR", raising=False)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def copy_data(folder: Path) -> Path:
    """The repository's data folder (glossary.yaml, targets.yaml, sources/) copied to
    ``folder``, to be changed by a test."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for name in ("glossary.yaml", "targets.yaml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "sources", folder / "sources")
    return folder


def without_sources(data: Path, folder: Path) -> Path:
    """``data`` copied to ``folder`` as data written before sources/ was: its documents'
    headers in glossary.yaml, no passages."""
    import shutil

    import yaml

    shutil.copytree(data, folder)
    glossary = yaml.safe_load((folder / "glossary.yaml").read_text(encoding="utf-8"))
    for path in sorted((folder / "sources").glob("*.yaml")):
        header = yaml.safe_load(path.read_text(encoding="utf-8"))
        glossary["documents"].append({k: v for k, v in header.items() if k != "passages"})
        path.unlink()
    (folder / "glossary.yaml").write_text(yaml.safe_dump(glossary, allow_unicode=True), "utf-8")
    return folder


def texts_from_sources(folder: Path) -> Path:
    """A folder of <id>.txt texts rebuilt from sources/: each passage at its offset, line
    breaks between.  Where ../shared/seeds is missing (a clean clone), --corpus is tested on
    these: every quote and offset of the data holds in them as in the full texts."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "sources").glob("*.yaml")):
        passages = yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]
        text = ["\n"] * max((p["at"] + len(p["text"]) for p in passages), default=0)
        for passage in passages:
            text[passage["at"] : passage["at"] + len(passage["text"])] = passage["text"]
        (folder / f"{path.stem}.txt").write_text("".join(text), encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Full texts for --corpus: the seeds where they are beside the clone, else texts
    rebuilt from sources/ (never a skip)."""
    if (SEEDS / "README.md").is_file():
        return SEEDS
    return texts_from_sources(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def seeds(corpus: Path) -> Path:
    """The seed texts, or where ../shared is missing their passages rebuilt from sources/
    at their offsets: what a test reads of a seed is a quoted passage (never a skip)."""
    return corpus


@pytest.fixture
def full_seeds() -> Path:
    """The whole seed texts, for the few tests about text no quote cites (a mention in an
    unquoted paragraph, the appendix's heading): the project keeps passages, not whole
    reports, so these run where ../shared is beside the clone (as in CI)."""
    if not (SEEDS / "README.md").is_file():
        pytest.skip(f"the whole seed texts are not at {SEEDS} (clone with ../shared beside it)")
    return SEEDS


class Run:
    """The result of one jfq invocation: exit code, stdout and stderr apart."""

    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def __repr__(self) -> str:
        return f"Run(code={self.code}, stdout={self.stdout[:300]!r}, stderr={self.stderr!r})"


def run_jfq(*args: str, env: dict[str, str] | None = None) -> Run:
    """jfq.cli.run, the function behind the jfq command, with its streams captured."""
    with CliRunner().isolation(env=env) as (stdout, stderr, _):
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        return Run(code, stdout.getvalue().decode(), stderr.getvalue().decode())


@pytest.fixture
def jfq() -> Callable[..., Run]:
    """Run jfq in-process: jfq("term", "334") -> Run."""
    return run_jfq


def check_golden(request: pytest.FixtureRequest, name: str, actual: str) -> None:
    """``actual`` against tests/golden/NAME; --update-golden rewrites it and prints the diff
    to read, and is refused under CI, where a screen that changed is a failure."""
    path = GOLDEN / name
    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    if request.config.getoption("--update-golden") and actual != before:
        assert not os.environ.get("CI"), f"{name} changed; CI never re-records a golden screen"
        path.write_text(actual, encoding="utf-8")
        diff = difflib.unified_diff(before.splitlines(True), actual.splitlines(True),
                                    f"golden/{name}", "now")  # fmt: skip
        sys.stdout.write("".join(diff))  # shown with pytest -s; read it before committing
    assert path.is_file(), f"no golden file {path}; run pytest --update-golden and read it"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture
def golden(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Compare a screen with its golden file; the screen is drawn from the fixture data."""
    monkeypatch.setenv("JFQ_DATA_DIR", str(SCREENS))
    return lambda name, actual: check_golden(request, name, actual)


@pytest.fixture(scope="session")
def index():  # type: ignore[no-untyped-def]
    """An in-memory index of the repository's data, built once for the session."""
    from jfq.data.files import locate
    from jfq.search.cache import build_in_memory

    return build_in_memory(locate(ROOT))


@pytest.fixture(scope="session")
def data_files():  # type: ignore[no-untyped-def]
    """The repository's own data, read through the model (not through the index): the
    glossary with the documents of sources/, passages included."""
    from jfq.data.model import TargetTable
    from jfq.data.parse import load_model
    from jfq.data.sources import load_glossary

    return (
        load_glossary(ROOT / "glossary.yaml"),
        load_model(ROOT / "targets.yaml", TargetTable),
    )
