"""Advisory locks between jfq processes: one merge per data folder, one index build per file.

A lock is held on a file, or (POSIX) on a folder itself.

fcntl.flock where it exists (every POSIX system), msvcrt's byte lock on Windows.  The
kernel drops a lock when its holder dies, even by SIGKILL, so a lock is never stale.
The ``filelock`` package does the same and was measured: importing it took 48-68 ms
here (it loads asyncio), against 0.2 ms for fcntl; jfq needs only this much of it.

A lock file is never deleted: removing it while another process waits on it would
let two processes each hold "the" lock.  It is empty, so it costs nothing to keep.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_POLL_SECONDS = 0.05


class Busy(Exception):
    """Another process holds the lock, and did not let go within the time allowed."""


@contextmanager
def held(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock of ``path`` (created when missing) for the block.

    Waits up to ``timeout`` seconds (None: as long as it takes), then raises Busy;
    Ctrl-C interrupts the wait.  OSError when the lock file cannot be opened.
    """
    fd = _open(path)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not _try(fd):
            if deadline is not None and time.monotonic() >= deadline:
                raise Busy(str(path))
            time.sleep(_POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # closing the file releases the lock


def is_free(path: Path) -> bool:
    """True when no process holds the lock of ``path`` (OSError when it cannot be opened)."""
    fd = _open(path, create=False)
    try:
        return _try(fd)
    finally:
        os.close(fd)


def _open(path: Path, create: bool = True) -> int:
    if path.is_dir():  # a folder is its own lock (POSIX): nothing is left in it
        return os.open(path, os.O_RDONLY)
    try:
        return os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o666)
    except PermissionError:
        # A folder others may only read: a lock can still be waited on, not created.
        return os.open(path, os.O_RDONLY)


if sys.platform == "win32":  # pragma: no cover - CI runs on Linux
    import msvcrt

    def _try(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
