"""A batch runs with the cycle collector paused: it must make no cycles, and resume it."""

from __future__ import annotations

import gc

from cnilpolicy.check import CheckOptions, check_manifests
from cnilpolicy.engine import LocalOpaServer, OpaService
from cnilpolicy.loader import load_manifest
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.pipeline import collector_paused
from tests.support import BASE_MANIFESTS, EVALUATION_DATE


def test_the_collector_is_resumed_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had paused it keeps it paused
    finally:
        gc.enable()


def test_a_batch_leaves_no_cyclic_garbage(opa_server: LocalOpaServer) -> None:
    # If evaluating a manifest made reference cycles, a paused collector would
    # let a 10,000-manifest run grow without bound: there must be none to find.
    manifests = [load_manifest(path) for path in BASE_MANIFESTS] * 3
    options = CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE)
    check_manifests(OpaService(opa_server.url, None), manifests[:1], options, jobs=1)  # warm-up
    gc.collect()
    gc.disable()
    try:
        verdicts = check_manifests(OpaService(opa_server.url, None), manifests, options, jobs=3)
        del verdicts
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert gc.isenabled()
