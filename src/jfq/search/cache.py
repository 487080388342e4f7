"""Where the built index lives, and how jfq knows it is current.

Each data file has its own cache file, an SQLite database named after a digest
of the file's bytes: a changed file names another cache file, and a glossary
lookup never waits for the targets to be indexed.  Hashing a large file on every
run would cost more than the lookup itself, so the digest is memoised against
the file's stat signature (size, inode, mtime, ctime); a file written within the
last few seconds is always re-hashed, because its timestamps may not yet tell
two quick writes apart (git's "racy clean" problem).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import zlib
from pathlib import Path

from jfq.data.files import DataFiles
from jfq.search.index import Index

ENV_CACHE_DIR = "JFQ_CACHE_DIR"
# Bump when the index layout or the folding rules change: old cache files are then ignored.
INDEX_VERSION = "9"
_RACY_SECONDS = 3.0


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
    """The index of ``files``; each part is opened (or built) when first used.

    A corrupt or foreign cache file is rebuilt; an unwritable cache folder means
    the index is built in memory for this run only.  Nothing here is an error
    the user needs to hear about: the cache is an optimisation.
    """
    return Index(
        lambda: _connect(files.glossary, "glossary"), lambda: _connect(files.targets, "targets")
    )


def build_in_memory(files: DataFiles) -> Index:
    """An index that lives only as long as this process (no cache files)."""
    return Index(
        lambda: _build(files.glossary, "glossary", ":memory:"),
        lambda: _build(files.targets, "targets", ":memory:"),
    )


def _connect(path: Path, part: str) -> sqlite3.Connection:
    folder = cache_dir()
    try:
        digest = file_digest(path, part, folder)
    except OSError:
        return _build(path, part, ":memory:")
    cached = folder / f"{part}-{digest}.sqlite"
    if cached.exists():
        connection = _open_existing(cached)
        if connection is not None:
            return connection
    return _build_cached(path, part, cached)


def _signature(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def content_digest(path: Path, part: str) -> str:
    """A digest of the file's bytes, its part and the index version."""
    import hashlib  # noqa: PLC0415 - only when a file is hashed, not on a cached run

    digest = hashlib.sha256(f"{INDEX_VERSION}\0{part}\0".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def file_digest(path: Path, part: str, folder: Path) -> str:
    """``content_digest``, taken from the stat memo in ``folder`` when the file is unchanged."""
    signature = f"{INDEX_VERSION}|{part}|{path.resolve()}|{_signature(path)}"
    memo = folder / f"stat-{_short_hash(signature.rsplit('|', 1)[0])}"
    st = path.stat()
    racy = max(st.st_mtime, st.st_ctime) > time.time() - _RACY_SECONDS
    if not racy:
        try:
            remembered_signature, digest = memo.read_text(encoding="utf-8").split("\n")[:2]
            if remembered_signature == signature and len(digest) == 32:
                return digest
        except (OSError, ValueError):
            pass
    digest = content_digest(path, part)
    if not racy:
        from jfq.data.atomic import write_atomically  # noqa: PLC0415 - rarely written

        write_atomically(memo, f"{signature}\n{digest}\n".encode())
    return digest


def _short_hash(text: str) -> str:
    return f"{zlib.crc32(text.encode()):08x}"


def _open_existing(path: Path) -> sqlite3.Connection | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = connection.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is not None and row[0] == INDEX_VERSION:
            return connection
        connection.close()
    except sqlite3.DatabaseError:
        pass
    return None


def _build(path: Path, part: str, target: str) -> sqlite3.Connection:
    from jfq.search import build  # noqa: PLC0415 - the builder loads only to build

    connection = sqlite3.connect(target)
    build.build(part, connection, build.load(path, part), INDEX_VERSION)
    return connection


def _build_cached(path: Path, part: str, cached: Path) -> sqlite3.Connection:
    import tempfile  # noqa: PLC0415 - see _build

    from jfq.search import build  # noqa: PLC0415

    data = build.load(path, part)  # errors in the data file surface here, before any I/O
    tmp = None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".building-", suffix=".sqlite")
        os.close(fd)
        connection = sqlite3.connect(tmp)
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        build.build(part, connection, data, INDEX_VERSION)
        connection.close()
        # Readers only ever open complete files: the rename is atomic.
        Path(tmp).replace(cached)
    except (OSError, sqlite3.DatabaseError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        connection = sqlite3.connect(":memory:")
        build.build(part, connection, data, INDEX_VERSION)
        return connection
    return _open_existing(cached) or _build(path, part, ":memory:")
