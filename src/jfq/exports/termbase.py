"""The glossary for translators' tools: TBX for termbases, OmegaT's tab-separated glossary.

TBX is TBX-Basic in the ISO 30042:2008 form (<martif>, termEntry, langSet, tig), the
form that Trados (MultiTerm), memoQ and Phrase import.  Each entry holds its
Chinese name (preferred) and aliases (admitted), its English, its definition with
the source that states it, and every quote as a context sentence with its source.

OmegaT reads a glossary as lines of source term, target term and comment separated
by tabs; lines that begin with # are skipped, and the first line's "coding" comment
tells it the file is UTF-8 (OmegaT writes the same line itself).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping

from jfq.data.model import PART_MIN_CHARS, Component, Document, Source, Term, walk
from jfq.printable import printable

ZH, EN = "zh-CN", "en"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OMEGAT_FIRST_LINE = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
_TSV_UNSAFE = re.compile(r"[\t\r\n]+")


def document_label(document: Document) -> str:
    """[004] title (date)."""
    return f"[{document.id.split('_')[0]}] {document.title} ({document.date})"


def source_label(source: Source, documents: Mapping[str, Document]) -> str:
    """Where a quote is from, in one line: [004] title (date), or the page's title and URL."""
    if source.doc is None:
        return f"{source.title or ''} {source.url or ''}".strip()
    document = documents.get(source.doc)
    return document_label(document) if document else f"[{source.doc.split('_')[0]}]"


def defining_source(term: Term) -> Source:
    """The quote that holds the entry's definition (every definition lies inside one)."""
    definition = term.definition or ""
    return next((s for s in term.sources if definition in s.quote), term.sources[0])


# -- TBX ----------------------------------------------------------------------------------------


def tbx_text(terms: list[Term], documents: list[Document]) -> str:
    """The whole glossary as a TBX-Basic document."""
    by_id = {d.id: d for d in documents}
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: ZH})
    header = ET.SubElement(root, "martifHeader")
    file_description = ET.SubElement(header, "fileDesc")
    _sub(ET.SubElement(file_description, "titleStmt"), "title",
         "Glossary of the Jiefang District (焦作市解放区) government work reports")  # fmt: skip
    described = ET.SubElement(file_description, "sourceDesc")
    _sub(described, "p", "Exported by jfq. Definitions and contexts are quoted verbatim from:")
    for document in documents:
        _sub(described, "p", document_label(document))
    _sub(ET.SubElement(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for number, term in enumerate(terms, start=1):
        body.append(_entry(number, term, by_id))
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def _entry(number: int, term: Term, documents: Mapping[str, Document]) -> ET.Element:
    entry = ET.Element("termEntry", {"id": f"jfq-{number}"})
    _sub(entry, "descrip", term.category, type="subjectField")
    for note in (*term.notes, *_parts_notes(term.components)):
        _sub(entry, "note", note)
    chinese = ET.SubElement(entry, "langSet", {XML_LANG: ZH})
    if term.definition:
        group = ET.SubElement(chinese, "descripGrp")
        _sub(group, "descrip", term.definition, type="definition")
        _sub(group, "admin", source_label(defining_source(term), documents), type="source")
    name = _tig(chinese, term.term, "preferredTerm-admn-sts")
    _sub(name, "note", f"pinyin: {term.pinyin}")
    for source in term.sources:
        group = ET.SubElement(name, "descripGrp")
        _sub(group, "descrip", source.quote, type="context")
        _sub(group, "admin", source_label(source, documents), type="source")
    for alias in term.aliases:
        _tig(chinese, alias, "admittedTerm-admn-sts")
    _tig(ET.SubElement(entry, "langSet", {XML_LANG: EN}), term.en, "preferredTerm-admn-sts")
    return entry


def _tig(lang_set: ET.Element, text: str, status: str) -> ET.Element:
    tig = ET.SubElement(lang_set, "tig")
    _sub(tig, "term", text)
    _sub(tig, "termNote", status, type="administrativeStatus")
    return tig


def _parts_notes(components: list[Component]) -> list[str]:
    parts = [f"{c.text} ({c.en})" if c.en else c.text for c in components]
    return ["Parts: " + "; ".join(parts)] if parts else []


def _sub(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    # XML 1.0 cannot hold control characters or lone surrogates: they are written as escapes.
    element = ET.SubElement(parent, tag, attributes)
    element.text = printable(text)
    return element


# -- OmegaT -------------------------------------------------------------------------------------


def omegat_text(terms: list[Term], documents: list[Document]) -> str:
    """The glossary as OmegaT reads it: each name, alias and longer part with its English."""
    by_id = {d.id: d for d in documents}
    return tsv_text(row for term in terms for row in _omegat_rows(term, by_id))


def tsv_text(rows: Iterable[tuple[str, str, str]]) -> str:
    """Lines of source, target and comment, after OmegaT's first line."""
    lines = [OMEGAT_FIRST_LINE]
    lines += ["\t".join(tsv_field(cell) for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


def tsv_field(text: str) -> str:
    """One field: no tab or line break inside it, nothing that could drive a terminal, and
    no leading # that would make the line a comment."""
    cleaned = printable(_TSV_UNSAFE.sub(" ", text)).strip()
    return "\\" + cleaned if cleaned.startswith("#") else cleaned


def _omegat_rows(term: Term, documents: Mapping[str, Document]) -> Iterable[tuple[str, str, str]]:
    about = f"{term.scope} · {term.category}"
    if term.definition:
        about += f"; {term.definition} ({source_label(defining_source(term), documents)})"
    yield term.term, term.en, about
    for alias in term.aliases:
        yield alias, term.en, f"= {term.term}; {about}"
    for part in walk(term.components):
        if part.en and len(part.text) >= PART_MIN_CHARS:
            yield part.text, part.en, f"part of {term.term} ({term.en})"
