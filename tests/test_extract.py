"""jfq extract on whole reports: the seeds' glossary and figures recovered as curated, the
fixture reports (ranges, qualifiers, 分别 pairs, traditional and full-width text, GBK,
distractors), the command, and the round trip extract -> merge -> validate -> query.

tests/test_extract_grammar.py holds one test per phenomenon of the genre, and
tests/test_corpus.py the measurement on real passages."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import Run

from jfq.authoring.draft import Extractions
from jfq.authoring.extract import extract
from jfq.authoring.extract.indicators import HEADLINE_KEYS
from jfq.data.convert import convert, to_plain
from jfq.data.model import Draft, Passage, TargetTable
from jfq.data.passages import in_passages
from jfq.data.quotes import parts, quote_in_text
from jfq.data.texts import decode
from jfq.data.yaml_write import dump_items
from jfq.render.authoring import DRAFTS
from jfq.search.normalize import fold

Jfq = Callable[..., Run]
FIXTURES = Path(__file__).parent / "fixtures" / "reports"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
REPORT_2022 = "004_bddc84386e9e697e"


def draft_of(path: Path):  # type: ignore[no-untyped-def]
    text, encoding = decode(path.read_bytes())
    return extract(text, source=path.name, encoding=encoding)


def rows(draft) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {(t.kind, t.year, t.key, t.value, t.value_max, t.unit, t.comparator)
            for t in draft.targets}  # fmt: skip


def years_own_rows(draft) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """The year's own figures: an average or total over several years (年均增长3亿元) is
    curated apart, with its first year (since)."""
    return {(t.kind, t.year, t.key, t.value, t.value_max, t.unit, t.comparator)
            for t in draft.targets if t.measure is None}  # fmt: skip


# -- reading -----------------------------------------------------------------------------------


def test_a_long_draft_is_written_in_pieces_as_it_would_be_whole() -> None:
    # more rows than the YAML is made of at once (render/authoring.py), in one review
    names = [chr(0x4E00 + 7 * i) + chr(0x4E03 + 7 * i) for i in range(450)]
    text = "2023年," + ",".join(f"{n}产量达到{i + 1}万吨" for i, n in enumerate(names)) + "。"
    draft = extract(text, region="示例市", year=2024)
    assert len(draft.targets) > 400
    assert DRAFTS.yaml is not None
    pieces = list(DRAFTS.yaml(Extractions([draft])))
    whole = dump_items([to_plain(row) for row in draft.targets])
    assert "".join(pieces).endswith(f"\ntargets:\n{whole}")
    assert len(pieces) > 5  # the notes, three headings, the document and the rows in pieces
    assert yaml.safe_load("".join(pieces))["documents"][0]["id"] == draft.document.id


def test_decode_detects_the_encoding() -> None:
    text = "２０２４年主要预期目标"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8 (with BOM)")
    assert decode(text.encode("gbk")) == (text, "gb18030")


# -- the seeds ---------------------------------------------------------------------------------


def test_the_2022_appendix_is_recovered_as_curated(full_seeds: Path, data_files) -> None:  # type: ignore[no-untyped-def]
    draft = draft_of(full_seeds / f"{REPORT_2022}.txt")
    # A drafted name keeps the source's quotation marks (“3+10”重大项目推进机制); the curated
    # entry is found by its search key, as jfq term would find it.
    curated = {fold(t.term): t for t in data_files[0].terms}
    appendix = [t for t in draft.terms if "glossary section" in t.notes[0]]
    assert len(appendix) == 15
    for term in appendix:
        assert term.definition == curated[fold(term.term)].definition, term.term
    three_zeros = next(t for t in appendix if t.term == "三零")
    assert [c.text for c in three_zeros.components] == ["零上访", "零事故", "零案件"]


def test_offsets_point_at_the_quotes(seeds: Path) -> None:
    text = (seeds / f"{REPORT_2022}.txt").read_text(encoding="utf-8")
    draft = draft_of(seeds / f"{REPORT_2022}.txt")
    for item in [*draft.terms, *draft.targets]:
        source = item.sources[0]
        if source.start is None:  # a heading and its line, joined by …: no one offset
            assert quote_in_text(source.quote, text)
            continue
        assert text[source.start : source.end] == source.quote


@pytest.mark.parametrize(
    ("doc", "region", "year", "kind"),
    [
        (REPORT_2022, "解放区", 2022, "target"),
        (REPORT_2022, "解放区", 2021, "actual"),
        ("000_59a781d6f6ab856a", "解放区", 2023, "target"),
        ("003_e44daa3c93eabb5b", "示范区", 2022, "target"),
    ],
)
def test_seed_figures_agree_with_the_curated_data(
    request: pytest.FixtureRequest,
    data_files,
    doc: str,
    region: str,
    year: int,
    kind: str,  # type: ignore[no-untyped-def]
) -> None:
    """Every headline target a seed states is drafted, and every drafted figure of an
    indicator jfq knows agrees with the curated row, to the last digit."""
    # 000's list says it is 2023's targets in a paragraph no quote cites: its whole text
    seeds = request.getfixturevalue("full_seeds" if doc.startswith("000_") else "seeds")
    drafted = {r for r in years_own_rows(draft_of(seeds / f"{doc}.txt")) if r[:2] == (kind, year)}
    curated = [
        t for t in data_files[1].targets
        if (t.region, t.year, t.kind, t.since) == (region, year, kind, None)
        and t.sources[0].doc == doc
    ]  # fmt: skip
    figures = {(t.kind, t.year, t.key, t.value, t.value_max, t.unit, t.comparator) for t in curated}
    keyed = {r for r in drafted if r[2] in HEADLINE_KEYS}
    assert keyed and keyed <= figures
    if kind == "target":
        headline = {(t.kind, t.year, t.key, t.value, t.value_max, t.unit, t.comparator)
                    for t in curated if t.tier == "headline"}  # fmt: skip
        assert headline <= drafted


# -- the fixtures --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reports(name: str) -> None:
    spec = EXPECTED[name]
    draft = draft_of(FIXTURES / name)
    assert (draft.document.region, draft.document.date[:4]) == (spec["region"], str(spec["year"]))
    assert [t.term for t in draft.terms] == spec["terms"]
    expected = {(k, y, key, None if v is None else float(v), None if m is None else float(m), u, c)
                for k, y, key, v, m, u, c in spec["targets"]}  # fmt: skip
    assert rows(draft) == expected
    assert {t.region for t in draft.targets} == {spec["region"]}


def test_traditional_text_is_quoted_as_written() -> None:
    draft = draft_of(FIXTURES / "traditional.txt")
    gdp = next(t for t in draft.targets if t.key == "gdp_growth" and t.kind == "target")
    assert (gdp.name, gdp.text) == ("地區生產總值", "地區生產總值增長６％左右")
    assert "經濟社會發展的主要預期目標是" in gdp.sources[0].quote
    assert draft.terms[0].definition == "簽約一批、開工一批、投產一批。"
    assert any("quoted as written" in note for note in draft.notes)


def test_last_years_results_are_not_this_years_targets() -> None:
    draft = draft_of(FIXTURES / "distractors.txt")
    targets = [t for t in draft.targets if t.kind == "target"]
    assert {t.year for t in targets} == {2024}
    assert 5.8 not in {t.value for t in targets}
    assert "规模以上工业增加值增长7%以上" in {t.text for t in targets}
    # what the report plans after its targets (确保新增规模以上企业30家) is no result: a
    # target its body sets, a task beside the list's headline figures
    (planned,) = [t for t in draft.targets if t.value == 30]
    assert (planned.kind, planned.year, planned.tier) == ("target", 2024, "task")


def test_gbk_text_gives_the_same_draft(tmp_path: Path) -> None:
    utf8 = FIXTURES / "demo-2024.txt"
    gbk = tmp_path / "demo-2024.txt"
    gbk.write_bytes(utf8.read_text(encoding="utf-8").encode("gbk"))
    assert draft_of(gbk).encoding == "gb18030"
    assert rows(draft_of(gbk)) == rows(draft_of(utf8))


def test_drafts_fit_the_model_once_merge_generates_their_pinyin() -> None:
    from jfq.search.pinyin import pinyin_of

    plain = to_plain(draft_of(FIXTURES / "demo-2024.txt").draft())
    assert {t["pinyin"] for t in plain["terms"]} == {""}  # generated at merge, not drafted
    for term in plain["terms"]:
        term["pinyin"] = pinyin_of(term["term"])
    assert convert(plain, Draft).terms[1].term == "三零"


# -- the command ---------------------------------------------------------------------------------


def test_extract_yaml_output(jfq: Jfq) -> None:
    run = jfq("extract", str(FIXTURES / "demo-2024.txt"))
    assert run.code == 0
    data = yaml.safe_load(run.stdout)
    assert list(data) == ["documents", "terms", "regions", "targets"]
    # 示例区 is none of the data's regions: the reviewer names it in English before merging
    assert data["regions"] == [{"name": "示例区", "pinyin": "", "en": "(to translate) 示例区"}]
    assert data["documents"][0]["id"] == "demo-2024"
    assert len(data["targets"]) == 18
    assert run.stderr.startswith(f"jfq: read {FIXTURES / 'demo-2024.txt'} as utf-8: 4 entries, 18 ")
    assert "year 2024: from the title" in run.stderr


def test_extract_json_from_stdin(jfq: Jfq) -> None:
    runner_input = (FIXTURES / "bullets.txt").read_bytes()
    from typer.testing import CliRunner

    from jfq.cli.app import build_app

    result = CliRunner().invoke(build_app(), ["extract", "-", "--format", "json", "--doc", "b"],
                                input=runner_input)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {t["key"] for t in data["targets"]} == {"gdp_growth", "public_budget_revenue_growth",
                                                   "income_growth"}  # fmt: skip
    assert data["targets"][0]["sources"][0]["doc"] == "b"


def test_extract_options_are_checked(jfq: Jfq, tmp_path: Path) -> None:
    no_dir = jfq("extract", str(FIXTURES / "bullets.txt"), "--merge")
    message = "jfq: --merge needs --data-dir DIR (or JFQ_DATA_DIR): the bundled data is read-only\n"
    assert (no_dir.code, no_dir.stderr) == (2, message)
    csv = jfq("extract", str(FIXTURES / "bullets.txt"), "--format", "csv")
    assert (csv.code, csv.stderr) == (
        2,
        "jfq: invalid value for '--format' / '-f': 'csv' is not one of 'yaml', 'json', 'jsonl'\n"
        "  try: jfq extract -h (help and examples)\n",
    )
    assert "[default: yaml]" in " ".join(jfq("extract", "-h").stdout.split())
    missing = jfq("extract", str(tmp_path / "none.txt"))
    assert missing.code == 2 and "cannot read" in missing.stderr
    # With --format json the failure is a JSON error object, as for every command.
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    failed = jfq("extract", str(empty), "--format", "json")
    assert failed.code == 2
    assert json.loads(failed.stdout)["error"]["kind"] == "usage"


def test_round_trip_extract_merge_validate_query(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    merged = jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(data))
    assert merged.code == 0, merged.stderr
    assert merged.stdout.splitlines()[1] == (
        "  1 document, 4 entries, 18 target rows, 1 region added; 0 already there"
    )
    checked = jfq("validate", "--corpus", str(FIXTURES), "--data-dir", str(data))
    assert checked.code == 0, checked.stdout
    term = json.loads(jfq("term", "四转工程", "-f", "json", "--data-dir", str(data)).stdout)
    assert term["entry"]["components"][0]["text"] == "个转企"
    table = json.loads(jfq("targets", "-y", "2024", "-r", "示例区", "-f", "json",
                           "--data-dir", str(data)).stdout)  # fmt: skip
    assert {r["key"] for r in table} >= {"gdp_growth", "rd_intensity"}
    # The data's own region is the default where 解放区 is not in it.
    assert json.loads(jfq("targets", "-f", "json", "--data-dir", str(data)).stdout) == table
    assert jfq("trend", "gdp_growth", "--data-dir", str(data)).code == 0
    again = jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(data))
    assert "0 target rows, 0 regions added; 23 already there" in again.stdout


def test_merge_without_pypinyin_says_what_to_install(
    jfq: Jfq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jfq.search.pinyin.available", lambda: False)
    run = jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(tmp_path))
    assert run.code == 2
    assert yaml.safe_load(run.stdout)["error"]["kind"] == "usage"  # extract writes YAML
    assert run.stderr.endswith(
        "  pinyin is generated when the draft is merged (needs pip install 'jfq[extract]')\n"
        "jfq: merging needs the pinyin of new entries, and pypinyin is not installed\n"
        "  pip install 'jfq[extract]', then extract and merge again\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_merge_never_overwrites(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(data))
    changed = tmp_path / "demo-2024.txt"
    changed.write_text((FIXTURES / "demo-2024.txt").read_text(encoding="utf-8")
                       .replace("规模以上工业增加值增长7%左右", "规模以上工业增加值增长8%左右"),
                       encoding="utf-8")  # fmt: skip
    before = (data / "targets.yaml").read_text(encoding="utf-8")
    run = jfq("extract", str(changed), "--merge", "--data-dir", str(data), "-f", "json")
    assert run.code == 1
    what = "target industrial_value_added_growth 示例区 2024"
    assert f"{what}: value: stored as 7, the draft says 8" in json.loads(run.stdout)["conflicts"]
    assert (data / "targets.yaml").read_text(encoding="utf-8") == before


def test_merge_keeps_comments_and_json_files(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    jfq("extract", str(FIXTURES / "bullets.txt"), "--merge", "--data-dir", str(data))
    glossary = (data / "glossary.yaml").read_text(encoding="utf-8")
    assert "- id: bullets" not in glossary  # a new document is a file of its own
    targets = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))
    assert len(targets["targets"]) == 2 + 3
    document = yaml.safe_load((data / "sources" / "bullets.yaml").read_text(encoding="utf-8"))
    assert document["sha256"] == hashlib.sha256((FIXTURES / "bullets.txt").read_bytes()).hexdigest()
    text = (FIXTURES / "bullets.txt").read_text(encoding="utf-8")
    for passage in document["passages"]:  # verbatim, at their offsets
        assert text[passage["at"] : passage["at"] + len(passage["text"])] == passage["text"]
    assert jfq("validate", "--data-dir", str(data)).code in (0, 3)
    report = json.loads(jfq("validate", "--data-dir", str(data), "-f", "json").stdout)
    assert not [p for p in report["problems"] if "bullets" in p["message"]]
    as_json = tmp_path / "json"
    as_json.mkdir()
    for name, empty in (("glossary.yaml", {"documents": [], "terms": []}),
                        ("targets.yaml", {"regions": [], "targets": []})):  # fmt: skip
        (as_json / name).write_text(json.dumps(empty), encoding="utf-8")
    jfq("extract", str(FIXTURES / "bullets.txt"), "--merge", "--data-dir", str(as_json))
    table = json.loads((as_json / "targets.yaml").read_text(encoding="utf-8"))
    convert(table, TargetTable)
    assert len(table["targets"]) == 3


def test_a_glossary_in_json_syntax_keeps_its_documents_in_sources(jfq: Jfq, tmp_path: Path) -> None:
    # merge reads the documents of sources/ with their passages, to check the quotes
    # against them; a glossary in JSON syntax is rewritten whole, and must not take them
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    glossary = yaml.safe_load((data / "glossary.yaml").read_text(encoding="utf-8"))
    (data / "glossary.yaml").write_text(json.dumps(glossary, ensure_ascii=False), "utf-8")
    run = jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(data))
    assert run.code == 1, run.stdout + run.stderr  # (三零, in the data already, conflicts)
    assert "3 entries" in run.stdout
    after = json.loads((data / "glossary.yaml").read_text(encoding="utf-8"))
    assert after["documents"] == glossary["documents"]  # its own, and none of sources/
    assert jfq("validate", "--data-dir", str(data)).code == 0


def test_merge_refuses_a_missing_folder_and_a_broken_file(jfq: Jfq, tmp_path: Path) -> None:
    report = str(FIXTURES / "bullets.txt")
    missing = jfq("extract", report, "--merge", "--data-dir", str(tmp_path / "typo"))
    assert missing.code == 2 and "not a folder" in missing.stderr
    assert not (tmp_path / "typo").exists()
    broken = tmp_path / "broken"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", broken)
    glossary = broken / "glossary.yaml"
    before = glossary.read_text(encoding="utf-8").replace("scope: 市", "scope: 县", 1)
    glossary.write_text(before, encoding="utf-8")
    run = jfq("extract", report, "--merge", "--data-dir", str(broken))
    assert run.code == 3 and "expected one of" in run.stderr
    assert glossary.read_text(encoding="utf-8") == before


def test_merge_into_an_empty_list_with_a_comment(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    mini = Path(__file__).parent / "fixtures" / "mini"
    shutil.copy(mini / "glossary.yaml", data / "glossary.yaml")
    regions = yaml.safe_load((mini / "targets.yaml").read_text(encoding="utf-8"))["regions"]
    (data / "targets.yaml").write_text(
        yaml.safe_dump({"regions": regions}, allow_unicode=True) + "targets: []  # none yet\n",
        encoding="utf-8",
    )
    run = jfq("extract", str(FIXTURES / "bullets.txt"), "--merge", "--data-dir", str(data))
    assert run.code == 0, run.stderr
    table = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))
    assert len(table["targets"]) == 3


def test_pairs_share_their_qualifier() -> None:
    text = (
        "2024年示例区政府工作报告\n2024年主要预期目标是：城镇、农村居民人均可支配收入分别增长7%和8%左右；"
        "合同利用外资和实际利用外资分别不少于3850万美元和4000万美元。\n"
    )
    draft = extract(text)
    assert [(t.key, t.value, t.unit, t.comparator) for t in draft.targets][:2] == [
        ("urban_disposable_income_growth", 7, "%", "about"),
        ("rural_disposable_income_growth", 8, "%", "about"),
    ]
    assert [(t.value, t.unit, t.comparator) for t in draft.targets][2:] == [
        (3850, "万美元", "at_least"),
        (4000, "万美元", "at_least"),
    ]


def test_a_text_without_year_or_region_is_refused(jfq: Jfq, tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text("地区生产总值增长7%。\n", encoding="utf-8")
    run = jfq("extract", str(bare))
    assert run.code == 2
    assert run.stderr == "jfq: the text names no year: give the report's year with --year\n"
    named = jfq("extract", str(bare), "--year", "2024")
    assert named.stderr == "jfq: the text names no region: give it with --region\n"


# -- many reports, and the round trip of a reviewed draft ----------------------------------------


def test_several_reports_give_one_draft_or_one_line_each(jfq: Jfq, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("bullets.txt", "distractors.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    one = yaml.safe_load(jfq("extract", str(folder)).stdout)
    assert [d["id"] for d in one["documents"]] == ["bullets", "distractors"]
    assert len(one["targets"]) == 3 + 8  # as expected.yaml lists them
    lines = jfq("extract", str(folder / "bullets.txt"), str(folder / "distractors.txt"),
                "--format", "jsonl").stdout.splitlines()  # fmt: skip
    assert [json.loads(line)["documents"][0]["id"] for line in lines] == ["bullets", "distractors"]
    one_doc = jfq("extract", str(folder), "--doc", "x")
    assert one_doc.code == 2 and "--doc names one document" in one_doc.stderr


def test_extract_refuses_a_draft_and_points_to_merge(jfq: Jfq, tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text(jfq("extract", str(FIXTURES / "bullets.txt")).stdout, encoding="utf-8")
    run = jfq("extract", str(draft))
    assert run.code == 2
    assert run.stderr.splitlines() == [
        f"jfq: {draft}: a draft (YAML or JSON), not a report's text",
        f"  to add a reviewed draft to your data: jfq merge {draft} --data-dir DIR",
    ]


def test_a_reviewed_draft_merges_as_the_person_edited_it(jfq: Jfq, tmp_path: Path) -> None:
    """extract, edit the draft (English, a key, a wrong figure corrected), merge, validate."""
    data = tmp_path / "data"
    data.mkdir()
    draft_path = tmp_path / "draft.yaml"
    draft_path.write_text(jfq("extract", str(FIXTURES / "demo-2024.txt")).stdout, "utf-8")
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    rd = next(r for r in draft["targets"] if r.get("key") == "rd_intensity")
    rd["en"] = "R&D spending as a share of GDP"
    term = next(t for t in draft["terms"] if t["term"] == "三零")
    term["en"] = "three zeros"
    term["scope"] = "区"
    draft["targets"] = [r for r in draft["targets"] if r["kind"] == "target"]  # results later
    draft_path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    merged = jfq("merge", str(draft_path), "--data-dir", str(data))
    assert merged.code == 0, merged.stderr
    checked = jfq("validate", "--data-dir", str(data), "--corpus", str(FIXTURES))
    assert checked.code == 0, checked.stdout
    stored = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))
    kept = next(r for r in stored["targets"] if r.get("key") == "rd_intensity")
    assert kept["en"] == "R&D spending as a share of GDP"  # the person's edit, as written
    assert {r["kind"] for r in stored["targets"]} == {"target"}
    entry = json.loads(jfq("term", "三零", "-f", "json", "--data-dir", str(data)).stdout)
    assert entry["entry"]["en"] == "three zeros"


def test_merge_refuses_a_draft_that_does_not_validate(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    draft = yaml.safe_load(jfq("extract", str(FIXTURES / "bullets.txt")).stdout)
    draft["targets"][0]["unit"] = "percent"  # not a unit: a person's slip
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    run = jfq("merge", str(path), "--data-dir", str(data))
    assert run.code == 3
    assert "$.targets[0].unit: expected a unit" in run.stderr
    assert list(data.iterdir()) == []  # nothing written


@pytest.mark.parametrize("value", ["9" * 400, ".inf", "-.inf", ".nan", "9" * 5000])
def test_merge_refuses_a_number_the_data_cannot_hold(jfq: Jfq, tmp_path: Path, value: str) -> None:
    # A 400-digit value had ended the merge as a bug in jfq (exit 70, nothing on stdout
    # with -f json); infinity and NaN had merged as figures.
    data = tmp_path / "data"
    data.mkdir()
    text = jfq("extract", str(FIXTURES / "bullets.txt")).stdout
    first = text.index("    value: ")
    path = tmp_path / "draft.yaml"
    path.write_text(text[:first] + f"    value: {value}" + text[text.index("\n", first) :],
                    encoding="utf-8")  # fmt: skip
    run = jfq("merge", str(path), "--data-dir", str(data), "-f", "json")
    assert run.code == 3, run.stderr
    assert json.loads(run.stdout)["error"]["kind"] == "data"
    assert "between -10^15 and 10^15" in run.stderr
    assert list(data.iterdir()) == []  # nothing written


def test_merge_refuses_a_document_dated_on_no_day_of_the_calendar(jfq: Jfq, tmp_path: Path) -> None:
    # date: '2018-13-45' had merged, validated with no error and shown in jfq source
    data = tmp_path / "data"
    data.mkdir()
    draft = yaml.safe_load(jfq("extract", str(FIXTURES / "bullets.txt")).stdout)
    draft["documents"][0]["date"] = "2018-13-45"
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    run = jfq("merge", str(path), "--data-dir", str(data))
    assert run.code == 3
    assert "$.documents[0].date: expected a date that the calendar has" in run.stderr
    assert list(data.iterdir()) == []  # nothing written


def test_a_data_file_in_json_syntax_refuses_infinity(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    table = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))
    table["targets"][0]["value"] = float("inf")  # json writes it as Infinity, and reads it
    (data / "targets.yaml").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    for command in (["validate"], ["targets", "--year", "2022"], ["trend", "gdp_growth"]):
        run = jfq(*command, "--data-dir", str(data))
        assert run.code == 3, (command, run.stderr)
        assert run.stderr == (f"jfq: {data / 'targets.yaml'}:1: $.targets[0].value: expected a "
                              "number between -10^15 and 10^15, got inf\n")  # fmt: skip


def test_merge_says_what_its_argument_is_when_it_is_no_draft(jfq: Jfq, tmp_path: Path) -> None:
    # A folder, /dev/null and an empty file had all been "no such file".
    data = tmp_path / "data"
    data.mkdir()
    folder = tmp_path / "corpus"
    folder.mkdir()
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    comments = tmp_path / "comments.yaml"
    comments.write_text("# jfq extract: r1.txt (utf-8)\n", encoding="utf-8")
    hint = "  give the draft that jfq extract wrote: jfq extract REPORT > draft.yaml\n"
    expected = {
        folder: f"jfq: {folder}: a folder, not a draft\n" + hint,
        empty: f"jfq: {empty}: no draft in it: it is empty\n" + hint,
        comments: f"jfq: {comments}: no draft in it: only comments\n" + hint,
        tmp_path / "typo.yaml": f"jfq: {tmp_path / 'typo.yaml'}: no such file\n" + hint,
    }
    if Path("/dev/null").exists():
        expected[Path("/dev/null")] = "jfq: /dev/null: no draft in it: it is empty\n" + hint
    for path, message in expected.items():
        run = jfq("merge", str(path), "--data-dir", str(data))
        assert (run.code, run.stderr) == (2, message), path
    assert list(data.iterdir()) == []


def test_merge_reads_a_draft_from_standard_input(jfq: Jfq, tmp_path: Path) -> None:
    # '-' had been "no such file"; extract reads a report from it, merge now a draft
    data = tmp_path / "data"
    data.mkdir()
    draft = jfq("extract", str(FIXTURES / "bullets.txt")).stdout
    command = [sys.executable, "-m", "jfq", "merge", "-", "--data-dir", str(data)]
    run = subprocess.run(command, input=draft, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "1 document, " in run.stdout
    assert jfq("validate", "--data-dir", str(data)).code == 0
    closed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            check=False)  # fmt: skip
    assert closed.returncode == 2
    assert closed.stderr.startswith("jfq: standard input: no draft in it: it is empty\n")


@pytest.mark.parametrize("draft", ["terms: 5\n", "terms: [5]\n", "regions: [name]\n"])
def test_merge_refuses_a_draft_whose_lists_hold_no_items(
    jfq: Jfq, tmp_path: Path, draft: str
) -> None:
    # terms: 5 and terms: [5] had ended the merge as a bug in jfq (exit 70)
    path = tmp_path / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    run = jfq("merge", str(path), "--data-dir", str(data))
    assert run.code == 3, run.stderr
    assert run.stderr.startswith(f"jfq: {path}:1: $.")
    assert list(data.iterdir()) == []


ERQI = (
    "初步预计,2017年全年二七区生产总值完成567亿元,增长9%;一般公共预算收入完成29.4亿元,增长8.5%;"
    "固定资产投资完成407.7亿元,增长12%;规模以上工业增加值完成45.7亿元,增长5%;社会消费品零售总额完成"
    "470亿元,增长11%;城镇居民人均可支配收入增长8.6%,农民人均可支配收入增长8.3%。\n\n"
    "  2018年,二七区给自己定下了小目标:地区生产总值增长8%以上,一般公共预算收入增长5%以上,固定资产"
    "投资增长8%以上,社会消费品零售总额增长8%以上,城乡居民人均可支配收入与经济增长基本同步,节能减排、"
    "环保等约束性指标完成上级下达任务。\n"
)


def erqi_draft(jfq: Jfq, tmp_path: Path) -> dict[str, Any]:
    """The README's walkthrough draft (二七区, 2018): 7 targets, 12 results, 2 passages."""
    report = tmp_path / "erqi.txt"
    report.write_text(ERQI, encoding="utf-8")
    draft: dict[str, Any] = yaml.safe_load(jfq("extract", str(report), "-r", "二七区").stdout)
    return draft


def every_byte(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("broken", ["a passage rewritten", "no passages"])
def test_merge_refuses_what_validate_would_refuse(jfq: Jfq, tmp_path: Path, broken: str) -> None:
    # A draft whose quotes were no longer in its passages merged with exit 0, and the next
    # jfq validate found 7 errors (1 with no passages): merge checked the schema and the
    # integrity rules, not the quotes.
    draft = erqi_draft(jfq, tmp_path)
    if broken == "no passages":
        draft["documents"][0]["passages"] = []
    else:
        draft["documents"][0]["passages"][1]["text"] = "完全不同的文字"
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True, sort_keys=False), "utf-8")
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    before = every_byte(data)
    run = jfq("merge", str(path), "--data-dir", str(data))
    errors = 1 if broken == "no passages" else 7
    assert (run.code, run.stderr) == (
        3, f"jfq: the merged data would have {errors} error(s), listed above; nothing was written\n"
    )  # fmt: skip
    assert every_byte(data) == before
    listed = [line for line in run.stdout.splitlines() if line.startswith("  error: ")]
    assert len(listed) == errors, run.stdout
    as_json = json.loads(jfq("merge", str(path), "--data-dir", str(data), "-f", "json").stdout)
    assert (as_json["written"], len(as_json["problems"])) == (False, errors)
    as_csv = jfq("merge", str(path), "--data-dir", str(data), "-f", "csv").stdout
    assert [row.split(",")[0] for row in as_csv.splitlines()] == ["item"] + ["error"] * errors
    assert every_byte(data) == before
    # each said of the draft, at its line there: the merged files are never written
    first = as_json["problems"][0]
    text = path.read_text(encoding="utf-8")
    if broken == "no passages":  # the draft's document
        line = text[: text.index("passages: []")].count("\n") + 1
        where, message = "documents[0] erqi", "no passages in sources/ (19 quotes unchecked)"
    else:  # each row that quotes the passage, at its quote
        line = text[: text.index("- quote: 2018年")].count("\n") + 1
        where = "targets[0] 二七区 2018 target gdp_growth"
        message = (
            f"quote not in the passages of sources/erqi.yaml: {ERQI.split(chr(10))[2].strip()!r}"
        )
    assert (first["file"], first["line"], first["where"], first["message"]) == (
        str(path),
        line,
        where,
        message,
    )
    # a row without a key is named by its name, as validate names it (环保 had been "None")
    assert [p["where"] for p in as_json["problems"]][6:] == (
        [] if broken == "no passages" else ["targets[6] 二七区 2018 target 环保"]
    )


def test_a_folder_with_errors_of_its_own_still_takes_a_sound_draft(
    jfq: Jfq, tmp_path: Path
) -> None:
    # only the errors a draft brings refuse it: a quote already wrong stays the reviewer's
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    source = data / "sources" / "001_c84d16bfa9c2ec5e.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("三零", "三令"), "utf-8")
    assert jfq("validate", "--data-dir", str(data)).code == 3
    draft = tmp_path / "draft.yaml"
    draft.write_text(yaml.safe_dump(erqi_draft(jfq, tmp_path), allow_unicode=True), "utf-8")
    merged = jfq("merge", str(draft), "--data-dir", str(data))
    assert merged.code == 0, merged.stdout + merged.stderr


def test_merging_an_edited_draft_again_lists_each_edit_as_a_conflict(
    jfq: Jfq, tmp_path: Path
) -> None:
    # A draft merged, edited and merged again had said "0 … added; 20 already there"
    # with exit 0: the edits were lost without a word.
    data = tmp_path / "data"
    data.mkdir()
    draft = erqi_draft(jfq, tmp_path)
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True, sort_keys=False), "utf-8")
    assert jfq("merge", str(path), "--data-dir", str(data)).code == 0
    merged = every_byte(data)
    again = jfq("merge", str(path), "--data-dir", str(data))  # the same draft: said nothing of
    assert again.code == 0, again.stdout
    assert again.stdout.splitlines()[1] == (
        "  0 documents, 0 entries, 0 target rows, 0 regions added; 21 already there"
    )
    (document,) = draft["documents"]
    stored_en = document["en"]  # as extract drafted it: "(to describe) 二七区 2018: …"
    document["en"] = "Erqi District's 2018 targets, as a news page sums them up"
    document["url"] = "http://henan.sina.com.cn/news/2018-01-23/detail.shtml"
    document["passages"][0]["text"] += "(完)"
    document["passages"].append({"at": 400, "text": "一段没有引文的文字"})  # cited by nothing
    draft["targets"][0]["en"] = "Growth of GDP"
    draft["targets"][0]["note"] = "a floor"
    draft["regions"][0]["en"] = "Erqi District"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True, sort_keys=False), "utf-8")
    run = jfq("merge", str(path), "--data-dir", str(data), "-f", "json")
    assert run.code == 1
    report = json.loads(run.stdout)
    assert (report["unchanged"], report["targets"], report["written"]) == (18, 0, True)
    end = ERQI.split("\n", maxsplit=1)[0][-10:]  # the passage's last characters
    assert report["conflicts"] == [
        f"document erqi: en: stored as {stored_en[:60] + '…'!r}, the draft says {document['en']!r}",
        f"document erqi: url: stored as nothing, the draft says {document['url']!r}",
        f"document erqi: passages at 0: stored as '…{end}', the draft says '…{end}(完)'",
        "target gdp_growth 二七区 2018: en: stored as 'GDP growth', the draft says 'Growth of GDP'",
        "target gdp_growth 二七区 2018: note: stored as nothing, the draft says 'a floor'",
        "region 二七区: en: stored as '(to translate) 二七区', the draft says 'Erqi District'",
    ]
    assert every_byte(data) == merged  # settled by editing the data files, not by merge
    text = jfq("merge", str(path), "--data-dir", str(data)).stdout
    assert (
        "  conflict: region 二七区: en: stored as '(to translate) 二七区', the draft says" in text
    )


def test_an_entry_drafted_again_lists_what_the_draft_would_change(jfq: Jfq, tmp_path: Path) -> None:
    # A report that defines an entry the data has (三零) had been "already there" when its
    # definition was the same: a reviewer's scope or category for it was lost.  What the
    # draft leaves to fill in ("(to translate) 三零") or leaves out changes nothing.
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", data)
    run = jfq("extract", str(FIXTURES / "demo-2024.txt"), "--merge", "--data-dir", str(data),
              "-f", "json")  # fmt: skip
    assert run.code == 1
    conflicts = json.loads(run.stdout)["conflicts"]
    assert [c.split(": stored as")[0] for c in conflicts] == [
        "term 三零: scope", "term 三零: category", "term 三零: sources", "term 三零: notes"
    ]  # fmt: skip
    assert conflicts[0] == "term 三零: scope: stored as '市', the draft says '区'"


def test_merge_keeps_only_the_passages_the_reviewed_draft_cites(jfq: Jfq, tmp_path: Path) -> None:
    drafted = yaml.safe_load(jfq("extract", str(FIXTURES / "bullets.txt")).stdout)
    (document,) = drafted["documents"]
    cited = {p["at"] for p in document["passages"]}
    assert len(cited) > 1
    kept, dropped = drafted["targets"][0], drafted["targets"][1:]
    drafted["targets"] = [kept]  # the reviewer deleted every row but the first
    drafted["terms"] = []
    draft = tmp_path / "draft.yaml"
    draft.write_text(yaml.safe_dump(drafted, allow_unicode=True), encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    assert jfq("merge", str(draft), "--data-dir", str(data)).code == 0
    stored = yaml.safe_load((data / "sources" / "bullets.yaml").read_text(encoding="utf-8"))
    (quote,) = [s["quote"] for s in kept["sources"]]
    passages = [Passage(at=p["at"], text=p["text"]) for p in stored["passages"]]
    # Each kept passage holds a part of the kept quote ('…' joins its heading and its line).
    assert passages and all(any(part in p.text for part in parts(quote)) for p in passages)
    assert in_passages(quote, passages)
    assert len(stored["passages"]) < len(document["passages"])
    assert any(not in_passages(s["quote"], passages) for row in dropped for s in row["sources"])


def test_merge_never_overwrites_a_sources_file(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    existing = "id: bullets\ntitle: 另一篇\nen: another text\ndate: '2024'\nregion: 示例区\n"
    (data / "sources" / "bullets.yaml").write_text(existing, encoding="utf-8")
    run = jfq("extract", str(FIXTURES / "bullets.txt"), "--merge", "--data-dir", str(data))
    title = (
        "document bullets: title: stored as '另一篇', the draft says '示例新区2025年经济工作会议'"
    )
    as_json = jfq("extract", str(FIXTURES / "bullets.txt"), "--merge", "--data-dir", str(data),
                  "-f", "json")  # fmt: skip
    assert title in json.loads(as_json.stdout)["conflicts"]
    assert (data / "sources" / "bullets.yaml").read_text(encoding="utf-8") == existing
    # The rows had been merged without their document (exit 1), citing one that holds
    # none of their quotes: validate then failed.  Now nothing is written.
    assert run.code == 3
    assert "  error: sources/: bullets: no passages in sources/ (3 quotes unchecked)" in run.stdout
    assert sorted(p.name for p in data.iterdir()) == ["sources"]


def test_a_targets_only_draft_makes_a_folder_jfq_reads(jfq: Jfq, tmp_path: Path) -> None:
    # A draft with no glossary entry, merged into an empty folder, had left it with no
    # glossary.yaml: validate and targets then said "data file not found".  The draft lists
    # the region the data does not know, and the reviewer's English for it is what is kept.
    report = tmp_path / "erqi.txt"
    report.write_text(
        "2018年,二七区给自己定下了小目标:地区生产总值增长8%以上,一般公共预算收入增长5%以上。\n",
        encoding="utf-8",
    )
    draft = yaml.safe_load(jfq("extract", str(report), "--region", "二七区").stdout)
    assert draft["terms"] == []
    assert draft["regions"] == [{"name": "二七区", "pinyin": "", "en": "(to translate) 二七区"}]
    draft["regions"][0]["en"] = "Erqi District"
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    assert jfq("merge", str(path), "--data-dir", str(data)).code == 0
    assert jfq("validate", "--data-dir", str(data)).code == 0
    table = json.loads(jfq("targets", "-y", "2018", "-r", "二七区", "-f", "json",
                           "--data-dir", str(data)).stdout)  # fmt: skip
    got = [(r["name"], r["value"]) for r in table]
    assert got == [("地区生产总值", 8), ("一般公共预算收入", 5)]
    regions = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))["regions"]
    assert [(r["name"], r["en"]) for r in regions] == [("二七区", "Erqi District")]


def test_a_region_merge_added_untranslated_is_noted(jfq: Jfq, tmp_path: Path) -> None:
    # The draft names no region the bundled data knows (焦作市), so merging it into a new
    # folder adds 焦作市 with '(to translate)' for its English; validate had said nothing.
    report = tmp_path / "jz.txt"
    report.write_text("2024年,焦作市主要预期目标是:地区生产总值增长6%左右。\n", encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    draft.write_text(jfq("extract", str(report), "--region", "焦作市").stdout, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    assert jfq("merge", str(draft), "--data-dir", str(data)).code == 0
    report_json = json.loads(jfq("validate", "--data-dir", str(data), "-f", "json").stdout)
    notes = [(p["where"], p["message"]) for p in report_json["problems"] if p["severity"] == "note"]
    assert ("regions 焦作市", "drafted: en still to translate") in notes


def test_a_json_draft_merges_as_a_yaml_one_does(jfq: Jfq, tmp_path: Path) -> None:
    # extract -f json heads the draft with what it read ("read"); merge had refused it as an
    # unknown field, so a JSON draft could not be added at all
    draft = tmp_path / "draft.json"
    run = jfq("extract", str(FIXTURES / "bullets.txt"), "-f", "json")
    draft.write_text(run.stdout, encoding="utf-8")
    assert "read" in json.loads(run.stdout)
    data = tmp_path / "data"
    data.mkdir()
    merged = jfq("merge", str(draft), "--data-dir", str(data))
    assert merged.code == 0, merged.stderr
    assert jfq("validate", "--data-dir", str(data)).code == 0


def test_a_region_given_by_its_alias_is_the_datas_name(jfq: Jfq, tmp_path: Path) -> None:
    # -r 焦作 had kept the alias as the document's region, which the data does not name
    report = tmp_path / "jz.txt"
    report.write_text("2024年,焦作市主要预期目标是:地区生产总值增长6%左右。\n", encoding="utf-8")
    draft = json.loads(jfq("extract", str(report), "-r", "焦作", "-f", "json").stdout)
    assert draft["documents"][0]["region"] == "焦作市"
    assert {row["region"] for row in draft["targets"]} == {"焦作市"}
