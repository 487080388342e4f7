"""Large blocks of memory mapped on their own, so that freeing them gives them back.

glibc's malloc maps a block of 128 KB or more on its own, until one such block is freed: it
then raises that threshold to the freed block's size, and the next large texts (a report's
normalised copy, its draft's JSON) come from the heap, where freed space is kept for reuse.
On the dense file of benchmarks/extract.py (9.9 MB) that left the peak of `jfq extract` at
105 MB (10.6 x its input) in some builds and 97 MB in others, though the Python objects it
held peaked the same (86.8 MB, traced); with the threshold held at 128 KB, 92 MB (9.3 x), in
the same time.  Written by hand because no library does it: it is one call, made once.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

_M_MMAP_THRESHOLD = -3  # (glibc's malloc.h: mallopt's parameter for the threshold)
_THRESHOLD = 128 * 1024  # bytes: glibc's own default, held


@cache
def map_large_blocks() -> bool:
    """Hold glibc's threshold for mapping a block on its own at its default, so that the
    dynamic raise never happens; whether it was set (only glibc on Linux has it)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # (the process's own C library)
    except (OSError, AttributeError):
        return False  # (musl and others: no mallopt to call)
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD))
