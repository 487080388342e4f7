"""Writing files so that no reader, and no failure, ever leaves half of one.

The cache writes one file at a time (write_atomically); ``jfq extract --merge``
changes glossary.yaml and targets.yaml together (replace_together): either both
change or, when anything fails, both stay byte for byte as they were.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> bool:
    """Write via a temporary file and a rename, so no reader sees half a file.

    False when the folder cannot be written (the caller decides whether that matters).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _stage(path, data).replace(path)
    except OSError:
        return False
    return True


def replace_together(contents: Mapping[Path, bytes]) -> None:
    """Give every path its new contents, or leave them all as they were (raises OSError).

    Each file is first written in full beside its target; only then are they renamed
    into place.  Should a rename fail, the files already replaced get their old
    contents back.
    """
    before = {path: path.read_bytes() for path in contents if path.exists()}
    staged: dict[Path, Path] = {}
    replaced: list[Path] = []
    try:
        for path, data in contents.items():
            staged[path] = _stage(path, data)
        for path, temporary in staged.items():
            temporary.replace(path)
            replaced.append(path)
    except BaseException:  # an interrupt midway must not leave a half-merged pair either
        for path in replaced:
            if path in before:
                _stage(path, before[path]).replace(path)
            else:
                path.unlink(missing_ok=True)
        for path, temporary in staged.items():
            if path not in replaced:
                temporary.unlink(missing_ok=True)
        raise


def _stage(path: Path, data: bytes) -> Path:
    """``data`` in a new file beside ``path``, with ``path``'s permissions if it exists."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates the file for its owner only; a data file keeps the mode it had.
        mode = path.stat().st_mode if path.exists() else 0o666 & ~_umask()
        temporary.chmod(mode & 0o7777)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
