"""The cached index: used when fresh, rebuilt when stale or broken, never half-read;
and it answers exactly what a plain scan of the entries answers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from jfq.data.files import locate
from jfq.data.model import walk
from jfq.search import build as indexer
from jfq.search.cache import open_index
from jfq.search.lookup import find_term
from jfq.search.normalize import (
    digits_fit,
    english_stems,
    fold,
    initials_key,
    is_latin,
    pinyin_initials,
    pinyin_key,
)

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    return folder


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("JFQ_CACHE_DIR", str(folder))
    return folder


def count_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The parts (glossary, targets) built from now on, in order."""
    builds: list[str] = []
    real_build = indexer.index_file

    def counting_build(path: Path, part: str, *args: object, **options: object) -> None:
        builds.append(part)
        real_build(path, part, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(indexer, "index_file", counting_build)
    return builds


def age(folder: Path, seconds: float = 3600) -> None:
    """Backdate the data files, so the stat memo (which distrusts fresh files) is used."""
    import os
    import time

    for path in [*folder.glob("*.yaml"), *folder.glob("sources/*.yaml")]:
        past = time.time() - seconds
        os.utime(path, (past, past))


def test_a_fresh_cache_is_used(data: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = count_builds(monkeypatch)
    age(data)
    find_term(open_index(locate(data)), "334")
    find_term(open_index(locate(data)), "334")
    assert builds == ["glossary"]
    assert len(list(cache.glob("glossary-*-*.sqlite"))) == 1


def test_a_changed_data_file_invalidates_the_cache(
    data: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = count_builds(monkeypatch)
    assert find_term(open_index(locate(data)), "三零").entry.en.startswith('"three zeros"')
    glossary = data / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace('"three zeros"', '"3 zeros"'), encoding="utf-8"
    )
    assert find_term(open_index(locate(data)), "三零").entry.en.startswith('"3 zeros"')
    assert builds == ["glossary", "glossary"]


def test_an_edited_source_title_shows_at_once(
    jfq: Callable[..., Run], data: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The glossary's index holds the documents' headers from sources/: an edit of one
    # sources file must rebuild it, though glossary.yaml did not change.
    builds = count_builds(monkeypatch)
    age(data)
    before = jfq("term", "三零", "--data-dir", str(data)).stdout
    assert "[004] 2022年焦作市解放区政府工作报告" in before
    assert jfq("term", "三零", "--data-dir", str(data)).stdout == before
    assert builds == ["glossary"]  # the memo of every input file held: no rebuild
    source = data / "sources" / "004_bddc84386e9e697e.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "title: 2022年焦作市解放区政府工作报告", "title: 2022年解放区政府工作报告（转帖）"),
        encoding="utf-8")  # fmt: skip
    age(data)  # backdated: only its size and ctime tell the memo it changed
    after = jfq("term", "三零", "--data-dir", str(data)).stdout
    assert "[004] 2022年解放区政府工作报告（转帖）" in after
    assert builds == ["glossary", "glossary"]


def test_a_new_sources_file_is_seen(data: Path, cache: Path) -> None:
    age(data)
    assert [d.id for d in open_index(locate(data)).documents()][-1] == "004_bddc84386e9e697e"
    copy = (data / "sources" / "004_bddc84386e9e697e.yaml").read_text(encoding="utf-8")
    (data / "sources" / "zz-copy.yaml").write_text(
        copy.replace("id: 004_bddc84386e9e697e", "id: zz-copy"), encoding="utf-8"
    )
    age(data)
    assert [d.id for d in open_index(locate(data)).documents()][-1] == "zz-copy"


def test_each_data_file_has_its_own_cache(
    data: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jfq.targets.tables import target_report

    builds = count_builds(monkeypatch)
    find_term(open_index(locate(data)), "334")
    assert builds == ["glossary"], "a term lookup does not index the targets"
    target_report(open_index(locate(data)), 2022)
    assert builds == ["glossary", "targets"]
    targets = data / "targets.yaml"
    targets.write_text(targets.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    find_term(open_index(locate(data)), "334")
    target_report(open_index(locate(data)), 2022)
    assert builds == ["glossary", "targets", "targets"]


def test_a_same_size_edit_within_the_same_second_is_seen(data: Path, cache: Path) -> None:
    # Timestamps cannot tell two quick writes of the same size apart; content can.
    glossary = data / "glossary.yaml"
    find_term(open_index(locate(data)), "334")
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("零上访", "零上诉"), encoding="utf-8"
    )
    assert find_term(open_index(locate(data)), "零上诉").entry.term == "三零"


def test_a_corrupt_cache_is_rebuilt(data: Path, cache: Path) -> None:
    find_term(open_index(locate(data)), "334")
    (cached,) = cache.glob("glossary-*-*.sqlite")
    cached.write_bytes(b"this is not a database" * 100)
    assert find_term(open_index(locate(data)), "334").entry.term == "334楼院协商治理模式"


def test_a_truncated_cache_is_rebuilt(data: Path, cache: Path) -> None:
    find_term(open_index(locate(data)), "334")
    (cached,) = cache.glob("glossary-*-*.sqlite")
    cached.write_bytes(cached.read_bytes()[:2048])
    assert find_term(open_index(locate(data)), "334").entry.term == "334楼院协商治理模式"


def test_an_unwritable_cache_folder_is_bypassed(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("JFQ_CACHE_DIR", str(blocker / "cache"))
    assert find_term(open_index(locate(data)), "三零").match == "exact"


def test_processes_starting_together_never_read_half_a_cache(data: Path, cache: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "jfq",
        "term",
        "334",
        "--format",
        "json",
        "--data-dir",
        str(data),
    ]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(6)
    ]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0] * 6, outputs
    assert len({out for out, _ in outputs}) == 1
    assert not list(cache.glob(".building-*")), "a temporary build file was left behind"


# -- the index against a plain scan -------------------------------------------------------------


def reference_lookup(terms: list, query: str) -> tuple[str, str] | None:  # type: ignore[type-arg]
    """The first stages of lookup written as the plainest possible scan over all entries."""
    text = query.strip()
    key = fold(text)
    for term in terms:  # exact name
        if term.term == text:
            return term.term, "exact"
    for term in terms:
        if text in term.aliases:
            return term.term, "alias"
    for term in terms:
        if key in [fold(n) for n in (term.term, *term.aliases)]:
            return term.term, "normalized"
    if is_latin(text):
        compact, with_digits = pinyin_key(text), initials_key(text)
        for term in terms:
            if with_digits != compact and with_digits == pinyin_initials(term.pinyin):
                return term.term, "pinyin"
        for term in terms:  # '… 2023 nian' is the 2023 entry, not the 2022 one
            own = "".join(re.findall(r"[0-9]+", term.pinyin))
            same_digits = digits_fit(text, "") or digits_fit(text, own)
            if compact in (pinyin_key(term.pinyin), pinyin_initials(term.pinyin)) and same_digits:
                return term.term, "pinyin"
        stems = english_stems(text)
        for term in terms:
            english = [term.en, *(c.en for c in walk(term.components) if c.en)]
            words = re.findall(r"[a-z0-9]+", " ".join(english).casefold())
            if stems and all(any(w.startswith(s) for w in words) for s in stems):
                return term.term, "english"
    return None


def test_index_answers_like_a_plain_scan(data_files) -> None:  # type: ignore[no-untyped-def]
    glossary, _ = data_files
    terms = glossary.terms
    queries = []
    for term in terms:
        queries += [
            term.term,
            *term.aliases,
            f"“{term.term}”",
            term.pinyin,
            pinyin_initials(term.pinyin),
            term.term.replace("", " ").strip(),
        ]
    index = open_index(locate())
    compared = 0
    for query in queries:
        expected = reference_lookup(terms, query)
        if expected is None:
            continue
        result = find_term(index, query)
        if expected[1] in ("exact", "alias", "normalized"):
            assert (result.entry.term, result.match) == expected, query
        else:  # several entries may share a pinyin: the scan's pick must be among the answers
            answers = [result.entry.term] + [c.term for c in result.alternatives]
            assert expected[0] in answers and result.match == expected[1], query
        compared += 1
    assert compared >= len(terms) * 3
