"""Where the built index lives, and how jfq knows it is current.

Each data file has its own index, an SQLite database named after a digest of the
file's bytes: a changed file names another index, and a glossary lookup never waits
for the targets to be indexed.  The glossary's index also holds the documents of
sources/ beside it (their headers): its digest and its memo cover every sources file,
so a title edited in sources/004_….yaml shows at once.  The digest and the index come
from one read of the file, so an index always holds what its name says, even when the file is saved
while jfq reads it.  Hashing a large file on every run would cost more than the
lookup itself, so the digest is memoised against the file's stat signature (size,
inode, mtime, ctime), taken on the open file before and after the read; a file
written within the last few seconds is always re-hashed, because its timestamps
may not yet tell two quick writes apart (git's "racy clean" problem).

The cache folder holds, per data file (KEY: the part and a hash of the file's path):

    KEY-DIGEST.sqlite        its index; only the newest is kept
    KEY-DIGEST.ok            the index's own stat signature, taken once it was in place
    KEY.stat                 the memo: stat signature and digest
    KEY.lock                 held while its index is built: parallel first runs wait
    .building-KEY-*.sqlite   an index being built, renamed into place when complete

An index whose signature no longer matches its seal (.ok) was written to after jfq
made it (by a tool, or a disk being repaired) and is rebuilt: SQLite cannot see all
such damage (a zeroed overflow page of a long entry reads as text).  An index that
fails while it is read is rebuilt once too (jfq.search.index).  An interrupted build
removes its file (Ctrl-C, SIGTERM, SIGHUP, an error); what a SIGKILL leaves is swept
by the next build, which finds its lock free.  The cache is an optimisation: a
folder jfq cannot read or write means building the index in memory for this run.
None of it is an error the user needs to hear about.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

from jfq.data.files import DataFiles, read_bytes, read_stable, signature, source_files
from jfq.errors import DataError
from jfq.search.index import Index

ENV_CACHE_DIR = "JFQ_CACHE_DIR"
# Bump when the index layout or the folding rules change: old cache files are then ignored.
INDEX_VERSION = "15"  # (15: normalize.t2s_pairs keeps rare characters as written)
_RACY_SECONDS = 3.0
_WAIT_SECONDS = 120.0  # for another run's build of the same file; then build in memory
_STALE_SECONDS = 24 * 3600.0  # a build file this old is swept even where locks cannot tell
_BUILDING = ".building-"


def cache_dir() -> Path:
    """``$JFQ_CACHE_DIR``, else the platform's user cache folder + /jfq."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "jfq" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "jfq"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jfq"


def open_index(files: DataFiles) -> Index:
    """The index of ``files``; each part is opened (or built) when first used."""
    return Index(
        lambda broken: _connect(files.glossary, "glossary", broken, files.folder),
        lambda broken: _connect(files.targets, "targets", broken),
    )


def build_in_memory(files: DataFiles) -> Index:
    """An index that lives only as long as this process (no cache files)."""
    return Index(
        lambda _: _in_memory(files.glossary, "glossary", *_read_all(files)),
        lambda _: _in_memory(files.targets, "targets", read_bytes(files.targets)),
    )


Sources = Sequence[tuple[Path, bytes]]  # the sources files of a glossary, and their bytes


def _read_all(files: DataFiles) -> tuple[bytes, Sources]:
    sources = [(path, read_bytes(path)) for path in source_files(files.folder)]
    return read_bytes(files.glossary), sources


class _Slot:
    """The cache files of one data file (a glossary's: of it and of sources/ beside it)."""

    def __init__(self, folder: Path, part: str, path: Path, data_folder: Path | None) -> None:
        self.folder, self.part, self.path = folder, part, path
        self.data_folder = data_folder  # a glossary's documents are in its sources/
        self.key = f"{part}-{zlib.crc32(str(path.resolve()).encode()):08x}"
        self.memo = folder / f"{self.key}.stat"
        self.lock = folder / f"{self.key}.lock"

    def index(self, digest: str) -> Path:
        return self.folder / f"{self.key}-{digest}.sqlite"

    def inputs(self) -> list[Path]:  # a listing and a stat per sources file: ~0.1 ms
        """The files the index is built from: the data file, then its sources files."""
        sources = source_files(self.data_folder) if self.data_folder is not None else []
        return [self.path, *sources]

    def remembered(self) -> str | None:
        """The digest the memo holds for the files as they are now; None when unknown, or
        when a file is too fresh for its timestamps to be trusted."""
        try:
            stats = [(path, path.stat()) for path in self.inputs()]
            remembered, digest = self.memo.read_text(encoding="utf-8").split("\n")[:2]
        except (OSError, ValueError, DataError):
            return None
        same = remembered == _signatures(stats) and not any(_racy(st) for _, st in stats)
        return digest if same and len(digest) == 32 else None

    def read(self) -> tuple[bytes, Sources, str]:
        """The files' bytes and their digest, from one read of each; remembered when every
        file held still while it was read."""
        import hashlib  # noqa: PLC0415 - only when a file is hashed, not on a cached run

        digest = hashlib.sha256(f"{INDEX_VERSION}\0{self.part}\0".encode())
        read = [(path, *read_stable(path)) for path in self.inputs()]
        for path, data, _ in read:
            # Each file named and sized: moving bytes from one file to the next changes it.
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
        hexdigest = digest.hexdigest()[:32]
        stats = [(path, st) for path, _, st in read if st is not None]
        if len(stats) == len(read) and not any(_racy(st) for _, st in stats):
            from jfq.data.atomic import write_atomically  # noqa: PLC0415 - rarely written

            memo = f"{_signatures(stats)}\n{hexdigest}\n"
            write_atomically(self.memo, memo.encode())  # a folder jfq cannot write: no memo
        return read[0][1], [(path, data) for path, data, _ in read[1:]], hexdigest

    def prune(self, keep: Path) -> None:
        """Remove the older indexes of this data file (and their seals): only the newest is kept."""
        kept = {str(keep), str(_seal_of(keep))}
        for entry in os.scandir(self.folder):
            if entry.name.startswith(f"{self.key}-") and entry.path not in kept:
                _remove(Path(entry.path))


def _racy(st: os.stat_result) -> bool:
    return max(st.st_mtime, st.st_ctime) > time.time() - _RACY_SECONDS


def _signatures(stats: list[tuple[Path, os.stat_result]]) -> str:
    """The memo's key: the layout version, then each input file's name and stat signature
    (a sources file added, removed, renamed or edited changes it)."""
    return INDEX_VERSION + "".join(f"|{path.name}:{signature(st)}" for path, st in stats)


def _connect(
    path: Path, part: str, broken: bool = False, data_folder: Path | None = None
) -> sqlite3.Connection:
    """The index of ``path`` (and of ``data_folder``'s sources/): from the cache, built
    into it, or built in memory.

    ``broken``: the index given before failed while it was read; it is rebuilt.
    """
    try:
        slot = _Slot(cache_dir(), part, path, data_folder)
    except (OSError, RuntimeError):  # no home folder to put a cache in
        files = source_files(data_folder) if data_folder is not None else []
        return _in_memory(path, part, read_bytes(path), [(p, read_bytes(p)) for p in files])
    if not broken:
        digest = slot.remembered()
        connection = _open_existing(slot.index(digest)) if digest else None
        if connection is not None:
            return connection
    data, sources, digest = slot.read()
    index = slot.index(digest)
    connection = None if broken else _open_existing(index)
    if connection is None:
        try:
            connection = _build_cached(slot, data, sources, index, broken)
        except (OSError, sqlite3.DatabaseError, _Busy):  # the cache is unusable: do without
            connection = None
    return connection or _in_memory(path, part, data, sources)


class _Busy(Exception):
    """Another run has been building this index for longer than jfq waits."""


def _build_cached(
    slot: _Slot, data: bytes, sources: Sources, index: Path, broken: bool
) -> sqlite3.Connection | None:
    from jfq.data import locks  # noqa: PLC0415 - only to build

    slot.folder.mkdir(parents=True, exist_ok=True)
    try:
        with locks.held(slot.lock, timeout=_WAIT_SECONDS):  # parallel runs: one builds
            if broken:
                _remove(index)
            else:
                connection = _open_existing(index)  # built by the run this one waited for
                if connection is not None:
                    return connection
            _sweep(slot)
            _build_file(slot, data, sources, index)
            _seal(index)
            slot.prune(keep=index)
    except locks.Busy:
        raise _Busy from None
    return _open_existing(index)


def _build_file(slot: _Slot, data: bytes, sources: Sources, index: Path) -> None:
    """Build into a temporary file and rename it: readers only ever open complete files.

    The temporary file goes on every way out: an error, Ctrl-C, SIGTERM, SIGHUP.
    """
    import tempfile  # noqa: PLC0415 - only to build

    from jfq.data.interrupts import as_interrupt  # noqa: PLC0415
    from jfq.search import build  # noqa: PLC0415 - the builder loads only to build

    fd, name = tempfile.mkstemp(dir=slot.folder, prefix=f"{_BUILDING}{slot.key}-", suffix=".sqlite")
    os.close(fd)
    building = Path(name)
    try:
        with as_interrupt() as check_interrupted:
            connection = sqlite3.connect(building)
            try:
                # No journal, no fsync per write: a failed build is thrown away whole.
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                build.index_file(
                    slot.path, slot.part, data, connection, INDEX_VERSION, sources=sources
                )
            finally:
                connection.close()
            check_interrupted()  # (a signal an import's callback swallowed: no rename)
            # One fsync before the rename (0.07 s for the 130 MB index of the large set):
            # after a power cut, an index under its final name is whole, as its seal says.
            fd = os.open(building, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            building.replace(index)
    finally:
        _remove(building)  # nothing there once renamed


def _sweep(slot: _Slot) -> None:
    """Remove the build files that interrupted runs left, stale temporary files, and files
    of older layouts.

    Called holding ``slot``'s lock: a build file of this data file is abandoned; one
    of another data file is when that file's lock is free, or after a day.
    """
    now = time.time()
    for entry in os.scandir(slot.folder):
        name = entry.name
        if name.startswith(_BUILDING) and name.endswith(".sqlite"):
            key = "-".join(name[len(_BUILDING) :].split("-")[:2])
            abandoned = key == slot.key or _abandoned(slot.folder / f"{key}.lock")
            if abandoned or now - entry.stat().st_mtime > _STALE_SECONDS:
                _remove(Path(entry.path))
        elif _older_layout(name):
            _remove(Path(entry.path))
        elif name.endswith(".tmp") and now - entry.stat().st_mtime > _STALE_SECONDS:
            _remove(Path(entry.path))  # a memo or seal whose writer was killed


def _abandoned(lock: Path) -> bool:
    from jfq.data import locks  # noqa: PLC0415 - only to build

    try:
        return locks.is_free(lock)
    except OSError:  # no lock file: only the age can tell
        return False


def _older_layout(name: str) -> bool:
    """An index or memo as jfq wrote them before INDEX_VERSION 8 (never pruned then)."""
    stem, _, suffix = name.partition(".")
    fields = stem.split("-")
    if suffix == "sqlite" and len(fields) == 2:
        return fields[0] in ("glossary", "targets") and len(fields[1]) == 32
    return not suffix and len(fields) == 2 and fields[0] == "stat" and len(fields[1]) == 8


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # in use (Windows) or not ours: swept another time
        path.unlink(missing_ok=True)


def _seal_of(index: Path) -> Path:
    return index.with_suffix(".ok")


def _seal(index: Path) -> None:
    """Remember the index as it is now: any later write to it changes its signature."""
    from jfq.data.atomic import write_atomically  # noqa: PLC0415 - only to build

    write_atomically(_seal_of(index), signature(index.stat()).encode())


def _sealed(index: Path) -> bool:
    try:
        return _seal_of(index).read_text(encoding="ascii") == signature(index.stat())
    except (OSError, ValueError):
        return False


def _open_existing(path: Path) -> sqlite3.Connection | None:
    """The index at ``path``, if it is there, unchanged since it was sealed, and current."""
    if not _sealed(path):
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = connection.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is not None and row[0] == INDEX_VERSION:
            return connection
        connection.close()
    except sqlite3.DatabaseError:
        pass
    return None


def _in_memory(path: Path, part: str, data: bytes, sources: Sources = ()) -> sqlite3.Connection:
    from jfq.search import build  # noqa: PLC0415 - see _build_file

    connection = sqlite3.connect(":memory:")
    build.index_file(path, part, data, connection, INDEX_VERSION, sources=sources)
    return connection
