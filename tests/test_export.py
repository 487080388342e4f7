"""jfq export: each format read back by the tools that users open it with.

The expected values come from glossary.yaml and targets.yaml, read here with PyYAML,
never from jfq's own output.  The tools are test extras (pip install '.[test]'); a
machine without one skips its test, except under CI, where a missing tool fails.
"""

from __future__ import annotations

import asyncio
import csv
import importlib
import json
import os
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import ROOT, Run, copy_data

Jfq = Any
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str) -> ModuleType:
    """A test extra: skipped where it is not installed, but never under CI."""
    if os.environ.get("CI"):
        return importlib.import_module(name)
    return pytest.importorskip(name, reason=f"{name} is a test extra: pip install '.[test]'")


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    glossary = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))
    targets = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))
    documents = [yaml.safe_load(path.read_text(encoding="utf-8"))
                 for path in sorted((ROOT / "sources").glob("*.yaml"))]  # fmt: skip
    return {**glossary, **targets, "documents": documents}


def entry(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t for t in data["terms"] if t["term"] == name)


def exported(jfq: Jfq, tmp_path: Path, to: str, name: str) -> Path:
    path = tmp_path / name
    run: Run = jfq("export", "--to", to, str(path))
    assert run.code == 0 and run.stderr == "", run
    return path


# -- SQLite ---------------------------------------------------------------------------------------


def test_sqlite_tables_keys_and_rows(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    db = sqlite3.connect(exported(jfq, tmp_path, "sqlite", "jfq.sqlite"))
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"terms", "parts", "aliases", "targets", "documents", "quotes"} <= tables
    count = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    assert count["terms"] == len(data["terms"])
    assert count["aliases"] == sum(len(t.get("aliases", [])) for t in data["terms"])
    assert count["targets"] == len(data["targets"])
    assert count["documents"] == len(data["documents"])
    assert count["quotes"] == sum(
        len(x.get("sources", [])) for x in data["terms"] + data["targets"] + data["regions"]
    )
    # A region's code is quoted too: 解放区's from the place-name page that states it.
    assert db.execute("SELECT doc, quote FROM quotes WHERE region = '解放区'").fetchall() == [
        ("codes-jiefang-bubuqiang", "區(qū)劃代碼:410802000000…地名由來:取紀念焦作解放之意命名。")
    ]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    references = {(t, row[2], row[3], row[4]) for t in tables if not t.endswith(
        ("_fts", "_data", "_idx", "_content", "_docsize", "_config"))
        for row in db.execute(f"PRAGMA foreign_key_list({t})")}  # fmt: skip
    assert {("aliases", "terms", "term_id", "id"), ("parts", "parts", "parent_id", "id"),
            ("quotes", "documents", "doc", "id"), ("quotes", "targets", "target_id", "id"),
            ("quotes", "regions", "region", "name"),
            ("targets", "regions", "region", "name")} <= references  # fmt: skip
    zero = entry(data, "三零")
    row = db.execute("SELECT id, definition, en FROM terms WHERE term = '三零'").fetchone()
    assert row[1:] == (zero["definition"], zero["en"])
    aliases = db.execute("SELECT alias FROM aliases WHERE term_id = ? ORDER BY id", row[:1])
    assert [a for (a,) in aliases] == zero["aliases"]


def test_sqlite_parts_nest_as_the_slogan_does(jfq: Jfq, tmp_path: Path) -> None:
    db = sqlite3.connect(exported(jfq, tmp_path, "sqlite", "jfq.sqlite"))
    # 334: 三上三下 groups three rounds, each of a 上 and a 下 (glossary.yaml).
    rounds = db.execute(
        "SELECT child.text, child.position FROM parts child JOIN parts parent "
        "ON child.parent_id = parent.id WHERE parent.text = '三上三下' ORDER BY child.position"
    ).fetchall()
    assert [position for _, position in rounds] == [1, 2, 3]
    assert rounds[0][0] == "把居民意见收集上来,把讨论形成的初步方案公布下去"
    steps = db.execute(
        "SELECT child.label, child.text FROM parts child JOIN parts parent "
        "ON child.parent_id = parent.id WHERE parent.text = ? ORDER BY child.position",
        (rounds[0][0],),
    ).fetchall()
    assert steps == [("上", "把居民意见收集上来"), ("下", "把讨论形成的初步方案公布下去")]


def test_sqlite_full_text_search(jfq: Jfq, tmp_path: Path) -> None:
    db = sqlite3.connect(exported(jfq, tmp_path, "sqlite", "jfq.sqlite"))
    found = db.execute(
        "SELECT terms.term FROM terms JOIN terms_fts ON terms.id = terms_fts.rowid "
        "WHERE terms_fts MATCH ? ORDER BY rank",
        ("零上访",),
    ).fetchall()
    assert ("三零",) in found  # in its definition
    assert (
        db.execute(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH '\"three\" OR 楼院自治'"
        ).fetchone()[0]
        == db.execute(
            "SELECT count(*) FROM quotes WHERE quote LIKE '%楼院自治%' OR quote LIKE '%three%'"
        ).fetchone()[0]
        > 0
    )


def test_sqlite_opens_in_duckdb(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    duckdb = tool("duckdb")
    extensions = tool("duckdb_ext")  # the sqlite extension, shipped as a package
    path = exported(jfq, tmp_path, "sqlite", "jfq.sqlite")
    con = duckdb.connect()
    folder = Path(next(iter(extensions.__path__))) / "extensions"
    con.execute(f"SET extension_directory = '{folder}'")
    con.execute(f"ATTACH '{path}' AS jfq (TYPE sqlite, READ_ONLY)")
    rows = con.execute(
        "SELECT t.term, count(*) FROM jfq.aliases a JOIN jfq.terms t ON t.id = a.term_id "
        "GROUP BY t.term"
    ).fetchall()
    assert dict(rows) == {t["term"]: len(t["aliases"]) for t in data["terms"] if t.get("aliases")}
    years = con.execute(
        "SELECT year, value FROM jfq.targets WHERE key = 'gdp_growth' AND kind = 'actual' "
        "AND region = '解放区' AND since IS NULL"
    ).fetchall()
    assert (2021, 5.3) in years


def test_sqlite_opens_in_pandas(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    pandas = tool("pandas")
    with sqlite3.connect(exported(jfq, tmp_path, "sqlite", "jfq.sqlite")) as db:
        frame = pandas.read_sql_query("SELECT * FROM targets", db)
        terms = pandas.read_sql_query("SELECT * FROM terms", db, index_col="id")
    assert len(frame) == len(data["targets"])
    assert str(frame["year"].dtype) == "int64"
    assert frame.loc[frame["key"] == "new_skilled_workers", "value"].max() == 6611
    assert terms.loc[terms["term"] == "三零", "en"].item() == entry(data, "三零")["en"]


def test_sqlite_opens_in_datasette_with_search(jfq: Jfq, tmp_path: Path) -> None:
    datasette = tool("datasette.app")
    path = exported(jfq, tmp_path, "sqlite", "jfq.sqlite")

    async def get(url: str) -> Any:
        app = datasette.Datasette([str(path)])
        await app.invoke_startup()
        response = await app.client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
        return response.json()

    found = asyncio.run(get("/jfq/terms.json?_search=零上访&_shape=array&_col=term"))
    assert [row["term"] for row in found] == ["三零"]
    quotes = asyncio.run(get("/jfq/quotes.json?_search=楼院自治金&_shape=objects"))
    assert quotes["rows"] and all("楼院自治金" in row["quote"] for row in quotes["rows"])
    # Datasette links each foreign key to the row it refers to.
    linked = {(c["column"], c["other_table"]) for c, _ in quotes["expandable_columns"]}
    assert {("term_id", "terms"), ("doc", "documents"), ("target_id", "targets")} <= linked


# -- TBX ------------------------------------------------------------------------------------------


def test_tbx_basic_entries(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    text = exported(jfq, tmp_path, "tbx", "jfq.tbx").read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif ')
    root = ET.fromstring(text)
    assert (root.tag, root.get("type")) == ("martif", "TBX-Basic")
    entries = root.findall("text/body/termEntry")
    assert len(entries) == len(data["terms"])
    zero = entry(data, "三零")
    found = next(e for e in entries if e.findtext("langSet/tig/term") == "三零")
    chinese, english = found.findall("langSet")
    assert (chinese.get(XML_LANG), english.get(XML_LANG)) == ("zh-CN", "en")
    names = [(t.findtext("term"), t.findtext("termNote[@type='administrativeStatus']"))
             for t in chinese.findall("tig")]  # fmt: skip
    assert names == [("三零", "preferredTerm-admn-sts")] + [
        (alias, "admittedTerm-admn-sts") for alias in zero["aliases"]
    ]
    assert chinese.findtext("descripGrp/descrip[@type='definition']") == zero["definition"]
    assert chinese.findtext("descripGrp/admin[@type='source']").startswith("[004] ")
    contexts = [d.text for d in chinese.findall("tig/descripGrp/descrip[@type='context']")]
    assert contexts == [s["quote"] for s in zero["sources"]]
    assert english.findtext("tig/term") == zero["en"]
    assert found.findtext("descrip[@type='subjectField']") == zero["category"]


def test_tbx_reads_in_translate_toolkit(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    tbx = tool("translate.storage.tbx")
    path = exported(jfq, tmp_path, "tbx", "jfq.tbx")
    store = tbx.tbxfile.parsefile(str(path))
    pairs = {unit.source: unit.target for unit in store.units}
    assert len(store.units) == len(data["terms"])
    assert pairs["三室经济"] == entry(data, "三室经济")["en"]


def test_tbx_stays_well_formed_with_control_characters(jfq: Jfq, tmp_path: Path) -> None:
    folder = copy_data(tmp_path / "data")
    for name in ("glossary.yaml", "targets.yaml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        folder.joinpath(name).write_text(text.replace("four earlies", "four\\x1bearlies"))
    path = tmp_path / "jfq.tbx"
    run = jfq("export", "--to", "tbx", str(path), "--data-dir", str(folder))
    assert run.code == 0, run
    root = ET.parse(path).getroot()  # an ESC as it is would make the XML unreadable
    assert "four\\x1bearlies" in root.findtext("text/body/termEntry/langSet[2]/tig/term")


# -- OmegaT ---------------------------------------------------------------------------------------


def omegat_entries(path: Path) -> list[list[str]]:
    """The glossary as OmegaT reads it (GlossaryReaderTSV): lines starting with # are
    skipped, fields are split at tabs and trimmed, a line needs a source and a target."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if line and not line[0].startswith("#"):
                fields = [f.strip() for f in line]
                assert len(fields) == 3 and fields[0] and fields[1], fields
                rows.append(fields)
    return rows


def test_omegat_glossary(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    path = exported(jfq, tmp_path, "omegat", "glossary.utf8")
    assert path.read_text(encoding="utf-8").startswith("# Glossary in tab-separated format")
    rows = omegat_entries(path)
    by_source = {source: (target, comment) for source, target, comment in rows}
    zero = entry(data, "三零")
    assert by_source["三零"][0] == zero["en"]
    assert zero["definition"] in by_source["三零"][1]
    for alias in zero["aliases"]:
        assert by_source[alias] == (zero["en"], by_source[alias][1])
        assert by_source[alias][1].startswith("= 三零")
    assert by_source["零上访"] == ("zero petitions to higher authorities", by_source["零上访"][1])
    assert "部门" not in by_source  # a two-character part is an everyday word
    names = len(data["terms"]) + sum(len(t.get("aliases", [])) for t in data["terms"])
    assert len(rows) > names


# -- CSV and datapackage.json -------------------------------------------------------------------


def test_csv_package_validates_with_frictionless(jfq: Jfq, tmp_path: Path, data: dict) -> None:  # type: ignore[type-arg]
    frictionless = tool("frictionless")
    folder = exported(jfq, tmp_path, "csv", "jfq-csv")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor["resources"]]
    assert {"terms", "parts", "aliases", "targets", "documents", "quotes"} <= set(names)
    assert all((folder / f"{name}.csv").is_file() for name in names)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    with (folder / "terms.csv").open(encoding="utf-8", newline="") as handle:
        terms = list(csv.DictReader(handle))
    assert len(terms) == len(data["terms"])
    # The package declares its foreign keys: an alias of a missing entry is an error.
    aliases = folder / "aliases.csv"
    lines = aliases.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].split(",", 1)[0] + ",9999," + lines[1].split(",", 2)[2]
    aliases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    broken = frictionless.validate(str(folder / "datapackage.json"))
    assert not broken.valid
    assert "foreign-key" in {error[0] for error in broken.flatten(["type"])}


# -- the command ----------------------------------------------------------------------------------


def test_export_reports_what_it_wrote(jfq: Jfq, tmp_path: Path, data: dict[str, Any]) -> None:
    run = jfq("export", "--to", "sqlite", str(tmp_path / "a.sqlite"), "--format", "json")
    summary = json.loads(run.stdout)
    assert summary["files"] == [str(tmp_path / "a.sqlite")]
    assert summary["counts"]["terms"] == len(data["terms"])
    again = jfq("export", "--to", "sqlite", str(tmp_path / "a.sqlite"))  # replaces it
    assert again.code == 0 and again.stdout.startswith(f"wrote {tmp_path / 'a.sqlite'} (sqlite)")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--to", "sqlite", "no/such/folder/x.sqlite"], 2, "no/such/folder: no such folder"),
        (["--to", "tbx", "."], 2, ".: a folder; tbx is written to a file"),
        (["--to", "pdf", "x.pdf"], 2, "'pdf' is not one of"),
        (["x.sqlite"], 2, "missing option '--to'"),
    ],
)
def test_export_usage_errors(
    jfq: Jfq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int,
    message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    run = jfq("export", *args)
    assert run.code == code and message in run.stderr, run
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_place_that_cannot_be_written(jfq: Jfq) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc, where no file can be created")
    run = jfq("export", "--to", "omegat", "/proc/jfq-glossary.txt")
    assert run.code == 4 and run.stderr.startswith("jfq: /proc/jfq-glossary.txt: cannot write")
