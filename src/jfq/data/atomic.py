"""Writing files so that no reader, and no failure, ever leaves half of one.

The cache writes one file at a time (write_atomically).  ``jfq merge`` changes
glossary.yaml, targets.yaml and the new files of sources/ together (replace_together),
as one transaction:

1. Under the data folder's lock (``locked``), each new file is written in full beside
   the file it replaces and fsynced.  A crash here leaves the old files and some
   temporary files, which the next merge removes.
2. The journal (``.jfq-merge.journal``, a list of what replaces what) is written,
   fsynced and renamed into place: from now on the merge is decided.
3. The new files are renamed over the old ones (or, for a file with hard links,
   copied into it), the folder is fsynced, and the journal is removed.

SIGINT, SIGTERM and SIGHUP wait from 2 to the end of 3.  After a SIGKILL or a power
cut within 3, the next jfq that opens the folder finds the journal and completes the
merge before it reads anything (``recover``): a reader sees both files old or both
new.  An error within 3 (a full disk) puts the old contents back instead.

A data file that is a symbolic link is written through the link, to its target; a
file keeps its mode (and, as root, its owner); a read-only file is refused.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from jfq.data import interrupts, locks
from jfq.data.files import JOURNAL, SOURCES

_TEMPORARY = ".jfq-"  # in the name of every temporary file this module writes


def write_atomically(path: Path, data: bytes) -> bool:
    """Write via a temporary file and a rename, so no reader sees half a file.

    False when the folder cannot be written (the caller decides whether that matters).
    Not fsynced: it is for the cache, which is rebuilt when found torn.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _install(_stage(path, data, durable=False), path)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def locked(folder: Path, timeout: float | None = 30.0) -> Iterator[None]:
    """Hold the merge lock of ``folder``, after completing any merge a crash left.

    Raises locks.Busy when another merge holds it longer than ``timeout`` seconds,
    OSError when the lock cannot be taken at all.
    """
    # POSIX locks the folder itself; Windows cannot open one, and locks a file in it.
    with locks.held(folder if os.name == "posix" else folder / ".jfq-merge.lock", timeout):
        _complete(folder)
        _sweep(folder)
        yield


def recover(folder: Path) -> None:
    """Complete the merge a crash left in ``folder`` (waiting for one that is running)."""
    with locked(folder):
        pass


def replace_together(contents: Mapping[Path, bytes], folder: Path) -> None:
    """Give every path its new contents, or leave them all as they were (raises OSError).

    Call it holding ``locked(folder)``; the journal goes in ``folder``.
    """
    targets = {_target(path): data for path, data in contents.items()}
    before = {target: target.read_bytes() for target in targets if target.exists()}
    temporaries: list[Path] = []
    try:
        for target, data in targets.items():
            temporaries.append(_stage(target, data, durable=True))
        staged = dict(zip(targets, temporaries, strict=True))
        with interrupts.deferred():  # the files are consistent before a signal acts
            _write_journal(folder, staged)
            try:
                _apply(staged)
            except BaseException:
                # Undone the way it was done: a crash while undoing completes the undo.
                undo = _undo(targets, before)
                temporaries += [u for u in undo.values() if u is not None]
                _write_journal(folder, undo)
                _apply(undo)
                _end_journal(folder)
                raise
            _end_journal(folder)
    finally:
        if not os.path.exists(folder / JOURNAL):  # noqa: PTH110 - else the next run needs them
            for temporary in temporaries:
                _remove(temporary)


def _undo(targets: Iterable[Path], before: Mapping[Path, bytes]) -> dict[Path, Path | None]:
    """What puts back the targets already changed: their old contents, staged, or None
    for a file that did not exist."""
    undo: dict[Path, Path | None] = {}
    for target in targets:
        if target not in before:
            if target.exists():
                undo[target] = None
        elif target.read_bytes() != before[target]:
            undo[target] = _stage(target, before[target], durable=True)
    return undo


def _target(path: Path) -> Path:
    """Where ``path``'s new contents go: through a symbolic link; refused if read-only."""
    target = Path(os.path.realpath(path))
    if target.exists():
        mode = target.stat().st_mode
        # root may write anything: the mode still says whether the file is meant to change
        if not mode & 0o222 or not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, f"{path.name} is read-only", str(path))
    return target


def _write_journal(folder: Path, staged: Mapping[Path, Path | None]) -> None:
    """Decide the change: the journal lists each target and its new contents (or None: none)."""
    entries = [[str(t), None if s is None else str(s)] for t, s in staged.items()]
    journal = folder / JOURNAL
    _install(_stage(journal, json.dumps(entries).encode(), durable=True), journal)
    _fsync_folder(folder)


def _end_journal(folder: Path) -> None:
    (folder / JOURNAL).unlink()
    _fsync_folder(folder)


def _apply(staged: Mapping[Path, Path | None]) -> None:
    for target, temporary in staged.items():
        if temporary is None:
            _remove(target)
        elif target.exists() and target.stat().st_nlink > 1:
            # A rename would cut the file off from its other names: copy it in instead.
            with target.open("r+b") as handle:
                handle.write(temporary.read_bytes())
                handle.truncate()
                handle.flush()
                os.fsync(handle.fileno())
            temporary.unlink()
        else:
            temporary.replace(target)
    for parent in {target.parent for target in staged}:
        _fsync_folder(parent)


def _complete(folder: Path) -> None:
    """Finish what the journal in ``folder`` lists (idempotent: a crash here is fine too)."""
    journal = folder / JOURNAL
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except ValueError:  # torn before its rename: then no file was replaced yet
        entries = []
    with interrupts.deferred():
        # A staged file that is gone was applied already; None removes a file (an undo).
        _apply({Path(t): None if s is None else Path(s) for t, s in entries
                if s is None or Path(s).exists()})  # fmt: skip
        _end_journal(folder)


def _sweep(folder: Path) -> None:
    """Remove temporary files that a merge killed before its journal was written left
    (in the folder, and in its sources/ where new documents are written)."""
    for place in (folder, folder / SOURCES):
        try:
            entries = list(os.scandir(place))
        except OSError:  # no sources/ (yet)
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") and _TEMPORARY in name and name.endswith(".tmp"):
                _remove(Path(entry.path))


def _stage(path: Path, data: bytes, durable: bool) -> Path:
    """``data`` in a new file beside ``path``, with ``path``'s permissions if it exists."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}{_TEMPORARY}", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        # mkstemp creates the file for its owner only; a data file keeps the mode it had.
        old = path.stat() if path.exists() else None
        temporary.chmod((old.st_mode if old else 0o666 & ~_umask()) & 0o7777)
        if old is not None and hasattr(os, "chown") and old.st_uid != os.getuid():
            with contextlib.suppress(OSError):  # only root may give a file away
                os.chown(temporary, old.st_uid, old.st_gid)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _install(temporary: Path, path: Path) -> None:
    """Rename ``temporary`` to ``path``; should the rename fail, no temporary file stays."""
    try:
        temporary.replace(path)
    except BaseException:
        _remove(temporary)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where folders can be opened: not on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
