"""The SQL that scores full-text search rows: every word must occur, a whole name scores
above a part of one, and a word in the English or the body adds a little.

The scoring runs inside SQLite (instr over short precomputed columns), so a search never
walks the entries in Python; Index.search and Index.search_figures both use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from jfq.search.normalize import SEPARATOR

# A search word: the folded ways of writing it (7稳, 七稳) and its English form ('' if none).
Token = tuple[Sequence[str], str]


def scoring(
    tokens: Sequence[Token], names: Sequence[str], params: dict[str, object]
) -> tuple[str, str]:
    """(score, condition) in SQL for rows where every token occurs in ``names`` (folded,
    SEPARATOR between fields), ``english`` or ``body``; the token values go into ``params``."""
    params["sep"] = SEPARATOR
    scores, conditions = [], []
    for i, (forms, english) in enumerate(tokens):
        e = f":e{i}"
        params[e[1:]] = english
        in_english = f"({e} != '' AND instr(english, {e}) > 0)"
        form_scores, form_conditions = [], []
        for j, form in enumerate(forms):
            f = f":f{i}_{j}"
            params[f[1:]] = form
            whole = " OR ".join(
                f"instr(:sep || {n} || :sep, :sep || {f} || :sep) > 0" for n in names
            )
            part = " OR ".join(f"instr({n}, {f}) > 0" for n in names)
            form_scores.append(
                f"(CASE WHEN {whole} THEN 30 WHEN {part} THEN 10 ELSE 0 END"
                f" + CASE WHEN instr(body, {f}) > 0 THEN 1 ELSE 0 END)"
            )
            form_conditions.append(f"{part} OR instr(body, {f}) > 0")
        # max() of one argument is SQLite's aggregate: only several forms take the larger.
        best = form_scores[0] if len(form_scores) == 1 else f"max({', '.join(form_scores)})"
        scores.append(f"({best} + CASE WHEN {in_english} THEN 4 ELSE 0 END)")
        conditions.append(f"({' OR '.join(form_conditions)} OR {in_english})")
    return " + ".join(scores), " AND ".join(conditions)
