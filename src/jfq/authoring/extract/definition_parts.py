"""The parts a glossary definition lists (零上访、零事故、零案件 -> three), drafted as an
entry's components for a person to review.  Split from glossary.py, which finds the
entries; this module only reads a definition already found."""

from __future__ import annotations

import re

from jfq.data.numerals import stated_counts


def parts(term: str, definition: str) -> list[str]:
    """The parts a definition lists, when it lists them (a draft for review), as written.

    零上访、零事故、零案件。 -> 3 parts; clauses split by ; when their number is the one
    the name states (四个口袋); else a run A、B、C of that many items inside a sentence
    (四方责任: 属地、部门、单位、个人).
    """
    body = re.sub(r"^(?:是指|指的是|指|即|就是|也就是)", "", definition.rstrip("。.;； "))
    counts = stated_counts(term)
    pieces = [p.strip() for p in re.split(r"[；;]", body) if p.strip()]
    stated = (len(counts) == 1 and counts[0] and len(pieces) in counts[0]) or (
        len(counts) == len(pieces)
    )
    if len(pieces) > 1 and stated and all(len(p) <= 60 for p in pieces):
        return pieces
    if "即" in body and len(body.split("即", 1)[0]) <= 12:
        body = body.split("即", 1)[1]
    if not re.search(r"[，,；;：:]", body):
        listed = [p.strip() for p in body.split("、") if p.strip()]
        if 2 <= len(listed) <= 12 and all(len(p) <= 14 for p in listed):
            return listed
    if len(counts) == 1 and counts[0]:
        for run in re.findall(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+", definition):
            items = run.split("、")
            if len(items) in counts[0]:
                return _inner_length(items)
    return []


def _inner_length(items: list[str]) -> list[str]:
    """全面落实属地、部门、单位、个人的 -> 属地 … 个人: the ends cut to the inner items' length."""
    inner = {len(item) for item in items[1:-1]}
    if len(inner) != 1:
        return items
    (size,) = inner
    return [items[0][-size:], *items[1:-1], items[-1][:size]]
