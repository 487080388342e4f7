"""Where the built index lives, and how jfq knows it is current.

The index is an SQLite file named after a digest of the data files' contents,
so a changed file simply names another cache file.  Hashing a large glossary on
every run would cost more than the lookup itself, so the digest is memoised
against the files' stat signature (size, inode, mtime, ctime); a file written
within the last few seconds is always re-hashed, because its timestamps may
not yet tell two quick writes apart (git's "racy clean" problem).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from jfq.datafiles import DataFiles

ENV_CACHE_DIR = "JFQ_CACHE_DIR"
# Bump when the index layout or the folding rules change: old cache files are then ignored.
INDEX_VERSION = "3"
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


def _signature(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def content_digest(files: DataFiles) -> str:
    """A digest of both data files' bytes and of the index version."""
    import hashlib

    digest = hashlib.sha256(INDEX_VERSION.encode())
    for path in (files.glossary, files.targets):
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def data_digest(files: DataFiles, folder: Path) -> str:
    """``content_digest``, taken from the stat memo in ``folder`` when the files are unchanged."""
    signature = "|".join(
        (
            INDEX_VERSION,
            str(files.glossary.resolve()),
            _signature(files.glossary),
            str(files.targets.resolve()),
            _signature(files.targets),
        )
    )
    memo = folder / f"stat-{_short_hash(signature)}"
    recent = time.time() - _RACY_SECONDS
    racy = any(
        p.stat().st_mtime > recent or p.stat().st_ctime > recent
        for p in (files.glossary, files.targets)
    )
    if not racy:
        try:
            remembered_signature, digest = memo.read_text(encoding="utf-8").split("\n")[:2]
            if remembered_signature == signature and len(digest) == 32:
                return digest
        except (OSError, ValueError):
            pass
    digest = content_digest(files)
    if not racy:
        write_atomically(memo, f"{signature}\n{digest}\n".encode())
    return digest


def _short_hash(text: str) -> str:
    import zlib

    return f"{zlib.crc32(text.encode()):08x}"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write via a temporary file and rename, so no reader sees half a file; False if it failed."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError:
        return False
    return True
