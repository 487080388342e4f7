"""Turn results of the core into text (rich), JSON, YAML, CSV or Markdown.

``emit`` is the only entry point.  Each domain has one module that knows its
result types in every format (glossary.py: terms and search; targets.py:
tables, comparisons, trends; checks.py: validation, mentions, extraction);
common.py holds what they share.  JSON, YAML and CSV never import rich.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from enum import Enum
from importlib import import_module
from typing import TYPE_CHECKING, Any, TextIO

from jfq.render.words import Lang

if TYPE_CHECKING:
    from jfq.model import Document


class Format(str, Enum):
    text = "text"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    markdown = "markdown"


# The core module a result type comes from -> the render module that draws it.
_DOMAINS = {
    "jfq.lookup": "jfq.render.glossary",
    "jfq.targets": "jfq.render.targets",
    "jfq.validate": "jfq.render.checks",
    "jfq.mentions": "jfq.render.checks",
    "jfq.extract": "jfq.render.checks",
    "jfq.merge": "jfq.render.checks",
    "jfq.overview": "jfq.render.overview",
}


def emit(
    result: Any,
    fmt: Format,
    out: TextIO | None = None,
    *,
    documents: Mapping[str, Document] | None = None,
    chart: bool = False,
    lang: Lang = Lang.both,
) -> None:
    """Write ``result`` to ``out`` (default stdout) in format ``fmt``.

    ``documents`` (id -> Document) lets text and Markdown name the sources they
    quote; JSON, YAML and CSV carry the ids.  ``chart`` adds a bar chart to text;
    ``lang`` orders Chinese and English on text screens (see jfq.render.words).
    """
    from jfq.printable import printable
    from jfq.render import common
    from jfq.render.words import Words

    stream = out if out is not None else sys.stdout
    domain = import_module(_DOMAINS[type(result).__module__])
    if fmt is Format.text:
        draw = lambda ctx: domain.text(result, ctx)  # noqa: E731 - the one place it is used
        common.write_text(stream, draw, documents or {}, chart, Words(lang))
    elif fmt is Format.markdown:
        stream.write(printable(domain.markdown(result, documents or {})))
    elif fmt is Format.csv:
        common.write_csv(stream, *domain.table(result))
    elif fmt is Format.json:
        common.write_json(stream, domain.plain(result))
    else:
        styled = getattr(domain, "yaml_text", lambda _: None)(result)
        if styled is not None:
            stream.write(styled)
        else:
            common.write_yaml(stream, domain.plain(result))
