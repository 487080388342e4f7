"""Build sources/ (one file per document jfq quotes) from the texts the data was taken from.

    python scripts/make_sources.py [--seeds ../shared/seeds] [--staging FILE] [--pages FILE]

For every document the data cites it writes sources/<id>.yaml: the document's header
and the passages (jfq.data.passages) around every quote that cites it, with the
sha256 of the full text they were taken from.  The texts:

- the seed reports, ``--seeds`` (../shared/seeds): the file's bytes;
- stored web pages staged for the ladder, ``--staging`` (a JSON map of document id to a
  YAML file with ``text`` and ``url``): the page text as the search tool returned it;
- stored web pages that glossary sources cited by ``url:``, ``--pages`` (a JSON map of
  URL to page text, as the search tool returned it).

It also moves the data to the layout with sources/: each ``url:`` source of
glossary.yaml becomes a ``doc:`` source of a new document (web-<host>-<n>), and
glossary.yaml's ``documents:`` list goes (its documents now live in sources/).

Re-runnable: a document whose text is not at hand keeps the sources file it has; a file
is written only when its contents change; a glossary without url sources or documents
is left as it is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from jfq.data.convert import to_plain
from jfq.data.model import Document, Passage
from jfq.data.passages import around, sha256_of
from jfq.data.quotes import quote_spans
from jfq.data.yaml_write import dump_document

ROOT = Path(__file__).resolve().parents[1]
Plain = dict[str, Any]

# What the seed catalogue (../shared/seeds/README.md) says each seed is.
SEEDS = {
    "000_59a781d6f6ab856a": ("news summary", "焦作日报 (解放区 page)"),
    "001_c84d16bfa9c2ec5e": ("news summary", "焦作日报 (解放区 page)"),
    "002_9c6a4ed528f1d3ce": ("news summary", "焦作 city news"),
    "003_e44daa3c93eabb5b": ("news summary", "焦作日报"),
    "004_bddc84386e9e697e": ("forum repost", None),
}
# The pages glossary sources cited by url: what each is, from the source's own note and
# the stored page (date, publisher).  Title: the source's title.
# What each page is that glossary sources cited by url: (keyed by a part of its URL).
WEB: dict[str, Plain] = yaml.safe_load((ROOT / "scripts" / "web_documents.yaml").read_text("utf-8"))
_SUFFIXES = ("com.cn", "org.cn", "gov.cn", "edu.cn", "com", "cn", "cc", "net", "org")
STORED = (
    "The text is the stored copy of the page as the search tool returned it: the opening "
    "of the page, not always all of it."
)
NOT_RETRIEVED = (
    "The page text was not retrievable from the stored pages: the passage is the quote's "
    "own sentence, as the glossary had it."
)


def short_host(url: str) -> str:
    """m.fx361.cc -> fx361, keywords.china.org.cn -> china: the site's own name."""
    host = urlsplit(url).hostname or "page"
    for suffix in _SUFFIXES:
        if host.endswith("." + suffix):
            return host[: -len(suffix) - 1].split(".")[-1]
    return host.split(".")[0]


def web_facts(url: str) -> Plain:
    matches = [facts for key, facts in WEB.items() if key in url]
    if len(matches) != 1:
        raise SystemExit(f"no facts (or several) for {url}: add it to WEB")
    return dict(matches[0])


def url_documents(glossary: Plain) -> dict[str, Plain]:
    """A new document for each URL that glossary sources cite, by URL, in order of use."""
    documents: dict[str, Plain] = {}
    per_host: dict[str, int] = defaultdict(int)
    for term in glossary["terms"]:
        for source in term["sources"]:
            url = source.get("url")
            if url is None or url in documents:
                continue
            host = short_host(url)
            per_host[host] += 1
            facts = web_facts(url)
            documents[url] = {"id": f"web-{host}-{per_host[host]}", "title": source["title"],
                              "en": facts.pop("en"), **facts, "url": url}  # fmt: skip
    return documents


def moved_glossary(text: str, ids: dict[str, str]) -> str:
    """glossary.yaml with each `url:` source a `doc:` source and no documents list."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    skip_title = False
    for line in lines:
        found = re.match(r"^(\s*)- url: (.+)$", line)
        if found and found.group(2).strip() in ids:
            out.append(f"{found.group(1)}- doc: {ids[found.group(2).strip()]}\n")
            skip_title = True
            continue
        if skip_title and re.match(r"^\s+title: ", line):
            skip_title = False
            continue
        skip_title = False
        out.append(line)
    moved = "".join(out)
    start, end = moved.find("\ndocuments:\n"), moved.find("\nterms:\n")
    if start >= 0 and end > start:
        moved = moved[: start + 1] + moved[end + 1 :]
    return moved.replace(
        "# source below (checked by `jfq validate --corpus ../shared/seeds` and the tests);",
        "# document in sources/ (checked by `jfq validate` and the tests);",
    )


def quotes_by_document(
    glossary: Plain, table: Plain, ids: dict[str, str]
) -> dict[str, list[Plain]]:
    cited: dict[str, list[Plain]] = defaultdict(list)
    sources = [s for t in glossary["terms"] for s in t["sources"]]
    sources += [s for r in table["regions"] for s in r.get("sources") or []]  # codes
    for source in [*sources, *(s for r in table["targets"] for s in r["sources"])]:
        doc = source.get("doc") or ids.get(source.get("url") or "")
        if doc is not None:
            cited[doc].append(source)
    return cited


def texts(args: argparse.Namespace, web: dict[str, Plain]) -> dict[str, tuple[str, bytes, Plain]]:
    """Each document's full text, its bytes (what sha256 is of) and facts about it."""
    found: dict[str, tuple[str, bytes, Plain]] = {}
    if args.seeds.is_dir():
        for path in sorted(args.seeds.glob("*.txt")):
            data = path.read_bytes()
            found[path.stem] = (data.decode("utf-8"), data, {})
    if args.staging.is_file():
        for doc, staged in json.loads(args.staging.read_text(encoding="utf-8")).items():
            page = yaml.safe_load(Path(staged).read_text(encoding="utf-8"))
            facts = {
                "url": page.get("url"),
                "note": " ".join(filter(None, [STORED, page.get("notes")])),
            }
            found[doc] = (page["text"], page["text"].encode("utf-8"), facts)
    if args.pages.is_file():
        pages = json.loads(args.pages.read_text(encoding="utf-8"))
        for url, document in web.items():
            if url in pages:
                found[document["id"]] = (pages[url], pages[url].encode("utf-8"), {"note": STORED})
    return found


def source_file(header: Plain, text: tuple[str, bytes, Plain] | None, quotes: list[Plain]) -> Plain:
    """The sources file of one document: its header and the passages around its quotes."""
    document = dict(header)
    if text is None:  # the glossary's quote is all there is of the page
        document["note"] = " ".join(filter(None, [document.get("note"), NOT_RETRIEVED]))
        passages = [
            Passage(at=0, text=q["quote"]) for q in {q["quote"]: q for q in quotes}.values()
        ]
    else:
        full, data, facts = text
        document["sha256"] = sha256_of(data)
        for key, value in facts.items():
            if value and not document.get(key):
                document[key] = value
            elif key == "note" and value and value not in document[key]:
                document[key] = f"{document[key]} {value}"
        spans = []
        for quote in quotes:
            placed = quote_spans(quote["quote"], full, quote.get("start"))
            if placed is None:
                print(
                    f"  {header['id']}: not in the text: {quote['quote'][:40]!r}", file=sys.stderr
                )
            spans += placed or []
        passages = around(full, spans)
    document["passages"] = [to_plain(p) for p in passages]
    order = [f for f in (f.name for f in Document.__dataclass_fields__.values()) if f in document]
    return {key: document[key] for key in order}


def existing(path: Path) -> Plain:
    """The header of a sources file made before: what a re-run starts from."""
    document: Plain = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: v for k, v in document.items() if k not in ("passages", "sha256")}


def write(path: Path, content: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    path.write_text(content, encoding="utf-8")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--staging", type=Path, default=Path("/work/staging/doc_pages.json"))
    parser.add_argument("--pages", type=Path, default=Path("/tmp/jfq-pages/pages.json"))
    args = parser.parse_args()
    glossary_path, folder = args.data_dir / "glossary.yaml", args.data_dir / "sources"
    text = glossary_path.read_text(encoding="utf-8")
    glossary = yaml.safe_load(text)
    table = yaml.safe_load((args.data_dir / "targets.yaml").read_text(encoding="utf-8"))
    web = url_documents(glossary)
    ids = {url: document["id"] for url, document in web.items()}
    headers = {path.stem: existing(path) for path in sorted(folder.glob("*.yaml"))}
    headers.update({d["id"]: d for d in glossary.get("documents") or []})
    for document in web.values():
        headers[document["id"]] = document
    for doc, (kind, publisher) in SEEDS.items():
        if doc in headers:
            headers[doc] = {
                **headers[doc],
                "kind": kind,
                **({"publisher": publisher} if publisher else {}),
            }
    full_texts = texts(args, web)
    cited = quotes_by_document(glossary, table, ids)
    folder.mkdir(exist_ok=True)
    changed = 0
    for doc, header in headers.items():
        path = folder / f"{doc}.yaml"
        if doc not in full_texts and path.exists():
            continue  # its text is not at hand: the file made from it stays
        content = dump_document(source_file(header, full_texts.get(doc), cited[doc]))
        changed += write(path, content)
    for doc in sorted(set(cited) - set(headers) - {p.stem for p in folder.glob("*.yaml")}):
        print(f"  {doc}: cited, but no document and no sources file", file=sys.stderr)
    moved = write(glossary_path, moved_glossary(text, ids))
    print(f"sources/: {changed} file(s) written of {len(headers)}; glossary.yaml "
          f"{'moved to sources/' if moved else 'unchanged'}")  # fmt: skip


if __name__ == "__main__":
    main()
