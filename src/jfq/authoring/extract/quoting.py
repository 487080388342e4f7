"""What a draft's items quote: the sentence that states each, as written and with its
offsets (or with the heading it needs), and the draft's document, with the paragraphs
around every quote.  Split from the package's __init__, which makes the items."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract.text import Text
from jfq.data.model import Document, Source
from jfq.data.passages import around, sha256_of
from jfq.data.quotes import quote_spans


def date_of(norm: str) -> str | None:
    """The first date the text writes (2024年1月5日), as 2024-01-05."""
    date = re.search(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日", norm)
    return f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}" if date else None


def document_of(
    text: str,
    quotes: list[Source],
    *,
    sha256: str | None,
    doc: str,
    title: str,
    region: str,
    year: int | None,
    date: str | None,
) -> Document:
    """The draft's document: its header, the sha256 of the bytes read, and the paragraphs
    around every quote (what sources/<id>.yaml keeps of the text); ``date``: date_of's."""
    # A quote with its heading (2024年主要目标…) has no offsets: each of its parts is found.
    spans = [span for s in quotes for span in quote_spans(s.quote, text, s.start) or []]
    return Document(
        id=doc,
        title=title,
        en=f"(to describe) {region} {year or ''}: {title}",
        date=date or str(year or "undated"),
        region=region,
        sha256=sha256 or sha256_of(text.encode("utf-8")),
        passages=around(text, spans),
    )


def quoted(
    read: Text, span: tuple[int, int], doc: str, lead: tuple[int, int] | None = None
) -> Source:
    """The sentence that states an item, as written, with its offsets; with the heading or
    cue it needs (``lead``: 2024年主要目标…研发经费投入强度2.1%), joined by '…' and
    without offsets, since the two parts are apart in the text."""
    if read.norm[span[1] : span[1] + 1] in ("。", "!", "?", ";"):
        span = (span[0], span[1] + 1)  # the sentence with its closing mark
    start, end = read.span(*span)
    quote = read.original[start:end].strip()
    start += read.original[start:end].index(quote) if quote else 0
    if lead is not None and lead[1] <= span[0] and _needs_its_lead(read.norm[span[0] : span[1]]):
        heading = read.original[slice(*read.span(*lead))].strip()
        if heading:
            return Source(quote=f"{heading}…{quote}", doc=doc)
    return Source(quote=quote, doc=doc, start=start, end=start + len(quote))


def _needs_its_lead(sentence: str) -> bool:
    """A sentence that names no year and no cue (研发经费投入强度2.1%) does not say what it
    states without its heading; 2022年经济社会发展的预期目标是… does."""
    return not re.search(r"(?:19|20)\d\d年|今年|去年|上年|一年来", sentence) and (
        cues.TARGET_CUE.search(sentence) is None
    )
