"""Reading source texts: a report or a folder of them, in UTF-8 or GB18030."""

from __future__ import annotations

from pathlib import Path

from jfq.errors import UsageError


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (with or without BOM), else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8 (with BOM)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # GB18030 is a superset of GBK and GB2312, and decodes any byte sequence GBK does.
    return data.decode("gb18030", errors="replace"), "gb18030"


def read_corpus(folder: Path) -> dict[str, str]:
    """The .txt files of a folder by id (name without .txt)."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (given by --corpus)")
    texts = {path.stem: decode(path.read_bytes())[0] for path in sorted(folder.glob("*.txt"))}
    if not texts:
        raise UsageError(f"{folder}: no .txt files in the corpus folder")
    return texts
