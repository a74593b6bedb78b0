"""The allocator's threshold, fixed for a batch (cnilpolicy.allocator)."""

from __future__ import annotations

import os

import pytest

from cnilpolicy.allocator import fix_mmap_threshold


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError):
        return False


@pytest.mark.skipif(not _glibc(), reason="mallopt's threshold is glibc's")
def test_glibc_takes_the_fixed_threshold() -> None:
    assert fix_mmap_threshold() is True


def test_another_c_library_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "confstr", lambda name: "musl 1.2.4")
    assert fix_mmap_threshold() is False
