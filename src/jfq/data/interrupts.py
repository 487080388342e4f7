"""Signals around work that must not be left half done.

``deferred()``: SIGINT, SIGTERM and SIGHUP wait until the block is over, then take
effect (a merge between its two renames: the files are consistent first).
``as_interrupt()``: SIGTERM and SIGHUP end the block like Ctrl-C, so that ``finally``
clauses run (an index build removes its temporary file).  SIGKILL cannot be caught:
what it leaves is cleaned up by the next run (see jfq.data.atomic and jfq.search.cache).
A signal the parent set to be ignored (nohup's SIGHUP, a background job's SIGINT) stays
ignored in both.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from jfq.errors import Interrupted

_CAUGHT = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP back until the block ends, then deliver them."""
    pending: list[int] = []
    with _handling(lambda number, _frame: pending.append(number)) as previous:
        yield
    for number in dict.fromkeys(pending):
        if number == signal.SIGINT and previous.get(number) is signal.default_int_handler:
            raise KeyboardInterrupt
        os.kill(os.getpid(), number)  # with the handler restored: as if it came now


@contextmanager
def as_interrupt() -> Iterator[Callable[[], None]]:
    """SIGTERM and SIGHUP raise Interrupted inside the block, SIGINT KeyboardInterrupt as ever.

    The block gets a check to call before what must not follow an interrupt (a build's
    rename): a signal that came while Python ran a callback it cannot let an exception out
    of (a module lock's, during an import) is printed as "Exception ignored" and would
    otherwise be lost.  The block's end checks too.
    """
    caught: list[int] = []

    def interrupt(number: int, _frame: FrameType | None) -> None:
        caught.append(number)
        raise _as_exception(number)

    def check() -> None:
        if caught:
            raise _as_exception(caught[0])

    with _handling(interrupt):
        yield check
        check()


def _as_exception(number: int) -> BaseException:
    # Ctrl-C stays a KeyboardInterrupt: the command layer and Python's own exit code know it.
    return KeyboardInterrupt() if number == signal.SIGINT else Interrupted(number)


@contextmanager
def _handling(handler: Callable[[int, FrameType | None], Any]) -> Iterator[dict[int, Any]]:
    """``handler`` for the caught signals during the block; the old ones after it.

    Only the main thread may set handlers: elsewhere the block runs unguarded.  A signal
    set to be ignored is left so.
    """
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for number in _CAUGHT:
            if signal.getsignal(number) is not signal.SIG_IGN:
                previous[number] = signal.signal(number, handler)
    try:
        yield previous
    finally:
        for number, old in previous.items():
            signal.signal(number, old)
