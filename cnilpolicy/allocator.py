"""The C allocator kept from creeping over a long batch.

glibc's malloc serves a block of 128 KiB or more with its own mapping, given
back to the system when freed, but it raises that threshold to the size of
each such block freed. A batch frees several blocks of a few hundred KiB per
manifest (the text of its verdict, OPA's answer): after the first manifest they
come from the heap, between small objects that live on, and the heap's
resident size grows slowly with the batch (benchmarks/README.md, "Memory and
throughput"). Fixing the threshold at glibc's default keeps them out of the heap.
"""

from __future__ import annotations

import os

#: mallopt's M_MMAP_THRESHOLD, and glibc's default value of it.
_M_MMAP_THRESHOLD = -3
_DEFAULT_MMAP_THRESHOLD = 128 * 1024


def fix_mmap_threshold() -> bool:
    """Whether the threshold is now fixed: False on a C library other than glibc."""
    try:
        if not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"):
            return False
    except (ValueError, OSError):  # no such name here: not glibc
        return False
    import ctypes

    libc = ctypes.CDLL(None)
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, _DEFAULT_MMAP_THRESHOLD))
