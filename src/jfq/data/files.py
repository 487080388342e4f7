"""Which data files jfq reads, and reading their bytes within the size limit.

A data folder holds glossary.yaml, targets.yaml and sources/ (one file per document,
see jfq.data.sources).  Which folder is used, first match wins:
1. ``--data-dir DIR`` on the command line;
2. the ``JFQ_DATA_DIR`` environment variable;
3. the copies inside the installed package (``jfq/bundled/``, put there by the wheel);
4. the repository root, for an editable install or a checkout.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from jfq.data.records import Record, record
from jfq.errors import DataError, UsageError, WriteError

GLOSSARY = "glossary.yaml"
TARGETS = "targets.yaml"
SOURCES = "sources"  # the folder of the documents, sources/<id>.yaml
SUFFIX = ".yaml"
ENV_DATA_DIR = "JFQ_DATA_DIR"
ENV_MAX_DATA_MB = "JFQ_MAX_DATA_MB"
JOURNAL = ".jfq-merge.journal"  # see jfq.data.atomic
_PACKAGE_DATA = Path(__file__).parents[1] / "bundled"
_CHECKOUT = Path(__file__).resolve().parents[3]


@record
class DataFiles(Record):
    glossary: Path
    targets: Path

    @property
    def folder(self) -> Path:
        return self.glossary.parent


def locate(data_dir: str | os.PathLike[str] | None = None) -> DataFiles:
    """The pair of data files to use (see the module docstring for the order)."""
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if chosen is not None:
        folder = Path(chosen).expanduser()
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder (given by --data-dir or {ENV_DATA_DIR})")
        return _pair(folder)
    if (_PACKAGE_DATA / GLOSSARY).is_file():
        return _pair(_PACKAGE_DATA)
    return _pair(_CHECKOUT)


def source_files(folder: Path) -> list[Path]:
    """The files of ``folder``/sources, by name; none when the folder has no sources/.

    Hidden files (a merge's temporary files start with a dot) are not documents.
    """
    try:
        with os.scandir(folder / SOURCES) as entries:
            names = [e.name for e in entries if e.name.endswith(SUFFIX) and e.name[0] != "."]
    except FileNotFoundError:
        return []
    except NotADirectoryError:  # said as it is: read as no documents, every quote had
        # been "not a document", which sent the reader to the wrong file
        message = f"not a folder: {SOURCES}/ holds the documents, a file each ({SOURCES}/<id>.yaml)"
        raise DataError(str(folder / SOURCES), message) from None
    except OSError as err:
        raise DataError(str(folder / SOURCES), f"cannot read: {err.strerror or err}") from None
    return [folder / SOURCES / name for name in sorted(names)]


def _pair(folder: Path) -> DataFiles:
    # os.path.exists never raises (Path.exists may): a merge is running, or was killed midway
    if os.path.exists(folder / JOURNAL):  # noqa: PTH110
        from jfq.data.atomic import recover  # noqa: PLC0415 - only then

        _recovered(folder, recover)
    files = DataFiles(folder / GLOSSARY, folder / TARGETS)
    for path in (files.glossary, files.targets):
        if not path.is_file():
            raise DataError(str(path), "data file not found")
    return files


def _recovered(folder: Path, recover: Callable[[Path], None]) -> None:
    """Wait for the merge, or complete the one a crash left: never read half of one."""
    from jfq.data.locks import Busy  # noqa: PLC0415

    try:
        recover(folder)
    except (OSError, Busy):
        raise WriteError(
            f"{folder}: a jfq merge into this folder is unfinished",
            hint="run jfq again as a user who can write the folder, to complete it",
        ) from None


def max_data_bytes() -> int:
    """The largest data file jfq reads: JFQ_MAX_DATA_MB megabytes (default 256)."""
    configured = os.environ.get(ENV_MAX_DATA_MB, "")
    megabytes = int(configured) if configured.isdigit() and int(configured) > 0 else 256
    return megabytes * 2**20


def read_bytes(path: Path) -> bytes:
    """The file's bytes; DataError when it cannot be read or is over max_data_bytes().

    The size is checked on the open file before anything is read, and the read stops
    at the limit: a file that grows while it is read is refused, not read whole.
    """
    return read_stable(path)[0]


def read_stable(path: Path) -> tuple[bytes, os.stat_result | None]:
    """read_bytes(), and the file's stat when it did not change while it was read.

    None instead of the stat when size, inode or timestamps moved during the read:
    whoever remembers a file by its stat (the index cache) must not remember these bytes.
    """
    limit = max_data_bytes()
    try:
        with path.open("rb") as handle:
            before = os.fstat(handle.fileno())
            size = before.st_size
            data = b"" if size > limit else handle.read(limit + 1)
            after = os.fstat(handle.fileno())
    except OSError as err:
        raise DataError(str(path), f"cannot read: {err.strerror or err}") from None
    if size > limit or len(data) > limit:
        shown = max(size, len(data)) / 2**20
        message = f"{shown:.0f} MB is more than jfq reads ({limit // 2**20} MB)"
        raise DataError(str(path), message + f"; raise {ENV_MAX_DATA_MB} to read it")
    unchanged = signature(before) == signature(after) and len(data) == size
    return data, before if unchanged else None


def signature(st: os.stat_result) -> str:
    """What tells two versions of a file apart without reading it: size, inode, times."""
    return f"{st.st_size}:{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def read_text(path: Path) -> str:
    """The file as UTF-8 text (see read_bytes); DataError naming the line of a bad byte."""
    return decode_utf8(path, read_bytes(path))


def decode_utf8(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise DataError(
            str(path),
            f"not UTF-8: byte 0x{data[err.start]:02x} cannot be read (save the file as UTF-8)",
            line,
        ) from None
