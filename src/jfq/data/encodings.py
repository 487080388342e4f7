"""Which encoding a text is in, decided by measuring, and what its reading had to mend.

A byte-order mark says UTF-8, UTF-16 or UTF-32, and is believed when the text behind it
reads so by the measures below; else that text is measured as one with no mark (an
editor's UTF-8 mark before GBK).  Without one, NUL bytes mean UTF-16 or
UTF-32 (a report's digits and line ends are ASCII, a NUL beside each) in the byte order
that reads plausibly; else the text is read as UTF-8 or GB18030, whichever reads it
cleanly, or nearly so.  Two measures decide, and the texts of tests/corpus and the seeds
(2,233, simplified and traditional) set their bounds:

- the share of its bytes past ASCII that an encoding cannot decode.  Those texts in GBK,
  read as UTF-8, leave 57-86% of them undecodable; a UTF-8 report with a stray Latin-1 (c)
  or cut inside its last character, one or two.  An encoding reads a text "nearly" when
  at most NEARLY (5%) of them fail: a tenth of what GBK leaves, and a stray byte in a
  line or two of text is no more.  A text with few bytes past ASCII (an English note with
  a Latin-1 (c)) may have up to FEW (3) undecodable whatever their share: a share of one
  byte is no measure, and 3 is a stray sign or a last character cut, never a GBK text's
  Chinese (each of its characters is two bytes, most of which UTF-8 cannot decode);
- how plausible the decoded text is as Chinese: the share of its characters past ASCII
  that are marks (punctuation, pinyin's letters, full-width forms) or common characters
  (GB2312's 6,763, once simplified).  Read in their own encoding, those texts score
  98.5-100%; read as GB18030, UTF-8 scores 21-52% and Big5 19-42% (though GB18030 decodes
  Big5 without one error), and UTF-16 read in the wrong byte order at most 44%.  A text
  reads as Chinese from PLAUSIBLE (90%) up; its undecodable bytes, measured above, are no
  characters here.

A text that no encoding reads nearly cleanly and plausibly is refused, with what was tried
(and Big5, when it reads so): never drafted as mojibake beside real-looking figures.  The
undecodable bytes of a text that is read are each replaced by U+FFFD, and a note says how
many and on which lines.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from jfq.errors import UsageError

NEARLY = 0.05  # of the bytes past ASCII, at most this share undecodable
FEW = 3  # undecodable bytes allowed whatever their share (see the module's docstring)
PLAUSIBLE = 0.9  # of the characters past ASCII, at least this share common Chinese or marks
_SAMPLE = 2**20  # bytes or characters measured: a report's first megabyte is like the rest

_BOMS = (  # UTF-32's first: its little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)  # fmt: skip
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_NAMES = {"utf-8-sig": "utf-8 (with BOM)"}


class Decoded(NamedTuple):
    text: str
    encoding: str  # as the draft and the messages name it: utf-8, gb18030, utf-16 …
    notes: list[str]  # what reading it had to mend, said to the reader


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` declares, if any."""
    return next((encoding for mark, encoding in _BOMS if head.startswith(mark)), None)


def wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32, when ``head`` (a text's first bytes) is one: by its byte-order mark,
    or, without one, the byte order that decodes it into plausible text.  A text with NUL
    bytes that is neither is binary data."""
    marked = bom_encoding(head)
    if marked is not None:
        return marked if marked != "utf-8-sig" else None
    if b"\0" not in head:
        return None
    for encoding in _WIDE:
        unit = 4 if "32" in encoding else 2
        text, bad = _decoded(head[: len(head) // unit * unit], encoding)
        # (a head cut inside a pair of surrogates leaves its last unit undecodable)
        if text and bad <= unit and plausibility(text) >= PLAUSIBLE:
            return encoding
    return None


def decoded(data: bytes, name: str) -> Decoded:
    """``data`` as text, in the encoding that reads it (see the module's docstring), its
    line ends read (_line_ends).  UsageError, naming ``name`` and what was tried, when no
    encoding reads it."""
    found = _decoding(data, name)
    text, notes = _line_ends(found.text)
    return Decoded(text, found.encoding, [*found.notes, *notes])


def _decoding(data: bytes, name: str) -> Decoded:
    head = data[:_SAMPLE]
    mark = next((mark for mark, _ in _BOMS if head.startswith(mark)), b"")
    if b"\0" in head or mark:
        wide = wide_encoding(head)
        if wide is None and b"\0" in data:
            raise UsageError(f"{name}: binary data (NUL bytes), not a text")
        encoding = wide or "utf-8-sig"
        text, bad = _decoded(data, encoding)
        label = _NAMES.get(encoding, encoding)
        if not mark:  # (wide_encoding measured it: the byte order that reads plausibly)
            return _mended(text, f"{label} (no BOM)", bad)
        if _reads(text, bad, _nonascii(data[len(mark) :])):
            return _mended(text, label, bad)
        # A mark says nothing of the text behind it (an editor's UTF-8 mark before GBK had
        # been read as UTF-8, rows named ����): that text is measured as one with no mark.
        rest = _decoding(data[len(mark) :], name)
        said = (bom_encoding(head) or "").removesuffix("-sig").upper()
        note = f"a {said} byte-order mark before a text in {rest.encoding}: the mark is left out"
        return Decoded(rest.text, rest.encoding, [note, *rest.notes])
    try:
        return Decoded(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError:
        pass
    nonascii = _nonascii(data)
    tried = {encoding: _decoded(data, encoding) for encoding in ("gb18030", "utf-8")}
    for encoding in ("gb18030", "utf-8"):  # a clean reading first, then a nearly clean one
        text, bad = tried[encoding]
        if bad == 0 and _reads(text, bad, nonascii):
            return Decoded(text, encoding, [])
    for encoding in ("utf-8", "gb18030"):
        text, bad = tried[encoding]
        if _reads(text, bad, nonascii):
            return _mended(text, encoding, bad)
    raise _unreadable(data, name, nonascii, tried)


def _nonascii(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))


def _reads(text: str, bad: int, nonascii: int) -> bool:
    """Whether a reading of a text with ``nonascii`` bytes past ASCII, ``bad`` of them
    undecodable, reads it nearly cleanly and plausibly (see the module's docstring)."""
    return bad <= max(NEARLY * nonascii, FEW) and plausibility(text[:_SAMPLE]) >= PLAUSIBLE


def _unreadable(
    data: bytes, name: str, nonascii: int, tried: dict[str, tuple[str, int]]
) -> UsageError:
    bad = tried["utf-8"][1]
    rare = 1 - plausibility(tried["gb18030"][0][:_SAMPLE])
    message = (
        f"{name}: not a text in an encoding jfq reads: as UTF-8, {bad:,} of its {nonascii:,} "
        f"bytes past ASCII do not decode; as GB18030, {rare:.0%} of the "
        "characters it gives are rare or not Chinese"
    )
    big5, undecodable = _decoded(data, "big5")
    if _reads(big5, undecodable, nonascii):
        how = "it reads as Big5: convert it first: iconv -f BIG5 -t UTF-8 FILE > report.txt"
    else:
        how = ("jfq reads UTF-8, GB18030/GBK, UTF-16 and UTF-32: convert it first: "
               "iconv -f ITS-ENCODING -t UTF-8 FILE > report.txt")  # fmt: skip
    return UsageError(message, hint=how)


def _mended(text: str, encoding: str, bad: int) -> Decoded:
    """The text with its undecodable bytes replaced, and a note of how many and where."""
    if not bad:
        return Decoded(text, encoding, [])
    lines: list[int] = []
    line, counted = 1, 0  # (counted on from the last run: a run a line would scan it again)
    for found in _UNDECODED.finditer(text):
        line, counted = line + text.count("\n", counted, found.start()), found.start()
        if not lines or lines[-1] != line:
            lines.append(line)
        if len(lines) > _LINES_SHOWN:
            break
    where = ", ".join(map(str, lines[:_LINES_SHOWN])) + " …" * (len(lines) > _LINES_SHOWN)
    plain = encoding.split(" (", maxsplit=1)[0]  # (utf-8, not utf-8 (with BOM))
    bytes_ = f"{bad:,} byte that is" if bad == 1 else f"{bad:,} bytes that are"
    note = (f"{bytes_} not {plain} read as \ufffd, on line{'s' * (len(lines) > 1)} {where}; "
            f"the rest is {plain}")  # fmt: skip
    return Decoded(_UNDECODED.sub(lambda run: "\ufffd" * len(run[0]), text), encoding, [note])


# Line ends other than LF and CRLF: CR alone (classic Mac OS), NEL, and Unicode's line and
# paragraph separators.  The grammar reads lines by LF (and by CRLF, whose CR it skips):
# each is read as LF, one character for one, so every offset stays the file's own.
_OTHER_LINE_ENDS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_LINE_END_NAMES = {"\r": "CR alone", "\x85": "NEL", "\u2028": "U+2028", "\u2029": "U+2029"}


def _line_ends(text: str) -> tuple[str, list[str]]:
    """``text`` with its other line ends as LF, and a note of how many there were."""
    if "\r" not in text and not _SEPARATORS.search(text):  # (a scan for one character first)
        return text, []
    found = _OTHER_LINE_ENDS.findall(text)
    if not found:
        return text, []
    names = ", ".join(_LINE_END_NAMES[end] for end in sorted(set(found), key=found.index))
    note = (f"{len(found):,} line end{'s' * (len(found) != 1)} ({names}) read as line breaks: "
            "quoted as \\n, at the file's own offsets")  # fmt: skip
    return _OTHER_LINE_ENDS.sub("\n", text), [note]


_SEPARATORS = re.compile("[\x85\u2028\u2029]")
_LINES_SHOWN = 5
_ASCII_BYTES = bytes(range(128))
# What _count puts for an undecodable byte: a lone surrogate, which no decoder gives for text.
_UNDECODED = re.compile("[\udc00-\udcff]+")


def _count(err: UnicodeError) -> tuple[str, int]:
    """An error handler that keeps each undecodable byte as a lone surrogate (as Python's
    surrogateescape does, but for any byte: a multibyte codec's error may span an ASCII
    byte), to be counted, located and replaced."""
    if not isinstance(err, UnicodeDecodeError):  # pragma: no cover - registered for decoding
        raise err
    return "".join(chr(0xDC00 + byte) for byte in err.object[err.start : err.end]), err.end


codecs.register_error("jfq-undecodable", _count)


def _decoded(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded, each undecodable byte as a lone surrogate; and how many there are."""
    text = data.decode(encoding, errors="jfq-undecodable")
    return text, sum(len(run) for run in _UNDECODED.findall(text))


# What any text holds besides its words: ASCII's letters, digits, marks and white space.
_PLAIN = re.compile(r"[\t-\r\x20-\x7e]+")
# What Chinese text holds past ASCII besides its characters: Latin letters with marks (the
# pinyin some pages gloss each character with), Greek, punctuation, signs and arrows, CJK
# marks and 注音, enclosed numbers, shapes (● ■), full-width and small forms.  Not kana, Cyrillic or
# box drawing: GB18030 makes them of Big5's bytes.
_MARKS = re.compile(r"[\u00a0-\u024f\u0300-\u03ff\u2000-\u24ff\u25a0-\u27bf\u3000-\u303f"
                    r"\u3100-\u312f\u3200-\u33ff\ufe30-\ufe6f\uff00-\uffef]+")  # fmt: skip
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")


def plausibility(text: str) -> float:
    """The share of ``text``'s characters past ASCII that are marks or common Chinese
    characters (in GB2312 once simplified); 1.0 for plain ASCII.  Undecodable bytes
    (_decoded's lone surrogates) are left out: a reading's bad bytes are measured apart."""
    rest = _UNDECODED.sub("", _PLAIN.sub("", text))  # (bad bytes are measured apart)
    if not rest:
        return 1.0
    words = _MARKS.sub("", rest)
    han = _NOT_HAN.sub("", words)
    from jfq.search.normalize import simplified  # noqa: PLC0415 - only an unusual text

    rare = simplified(han).encode("gb2312", errors="replace").count(b"?")
    return 1 - (len(words) - len(han) + rare) / len(rest)
