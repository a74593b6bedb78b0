"""The pipeline lets each verdict go once it is handed on, and reads a bounded number ahead.

Memory is measured by benchmarks/run.py; this test shows, without timing
anything, the property that keeps it flat: with the real OPA, the verdicts of
the first manifests are released before the last manifests are evaluated,
and no more than the window of manifests is decided ahead of the entry the
renderer is given.
"""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cnilpolicy import pipeline
from cnilpolicy.check import WINDOW_PER_JOB, CheckOptions
from cnilpolicy.discovery import DEFAULT_GLOB, discover
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.policy_context import load_policy_context
from cnilpolicy.verdict import ManifestVerdict
from tests.support import BASE_MANIFESTS, EVALUATION_DATE

JOBS = 2
MANIFESTS = 6 * JOBS * WINDOW_PER_JOB


def _folder(target: Path) -> Path:
    for number in range(MANIFESTS):
        source = BASE_MANIFESTS[number % len(BASE_MANIFESTS)]
        folder = target / "repos" / f"project-{number:03d}"
        folder.mkdir(parents=True)
        shutil.copy(source, folder / f"cnil-manifest{source.suffix}")
    return target


def test_verdicts_are_let_go_before_the_last_manifests_are_evaluated(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    decided = 0

    @contextmanager
    def counting(total: int) -> Iterator[Callable[[], None]]:
        def tick() -> None:
            nonlocal decided
            decided += 1

        yield tick

    run = pipeline.Run(
        found=discover((str(_folder(tmp_path)),), DEFAULT_GLOB),
        policies=load_policy_context((), None, check_rules=False),
        options=CheckOptions(pack=PACKS[DEFAULT_PACK], lang="en", evaluation_date=EVALUATION_DATE),
        jobs=JOBS,
        opa_urls=(opa_server.url,),
        progress=counting,
    )
    assert len(run.found.paths) == MANIFESTS
    tally = pipeline.tally(run)
    handed: list[weakref.ref[ManifestVerdict]] = []
    for entry in pipeline.entries(run, tally):
        assert isinstance(entry, ManifestVerdict), entry
        handed.append(weakref.ref(entry))
        del entry
        # Decided ahead of the entry just handed on: at most the window (the manifests
        # in flight), never the rest of the batch.
        assert decided - len(handed) <= JOBS * WINDOW_PER_JOB
        # Every verdict but the last two (the pipeline's own variables) is gone.
        living = [number for number, ref in enumerate(handed[:-2]) if ref() is not None]
        assert living == [], f"verdicts {living} still held after {len(handed)} handed on"
    assert len(handed) == MANIFESTS
    assert decided == MANIFESTS
    assert tally.stopped is None and not tally.engine_errors and not tally.invalid
