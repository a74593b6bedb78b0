"""A run's entries in input order: each manifest's verdict, or why it has none."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest

from cnilpolicy.problem import Entry, ManifestProblem, engine_error
from cnilpolicy.verdict import ManifestVerdict

NOT_EVALUATED = "not evaluated: the run stopped before this manifest"


class EntryOrder:
    """Which manifests were valid (to be evaluated, in order) and which had a problem.

    Manifests are read, and the valid ones evaluated, as a stream: this keeps
    each one's place so that the report lists them all in the order given.
    """

    def __init__(self) -> None:
        self._slots: list[ManifestProblem | None] = []

    def valid(self) -> None:
        self._slots.append(None)

    def problem(self, problem: ManifestProblem) -> None:
        self._slots.append(problem)

    @property
    def problems(self) -> list[ManifestProblem]:
        return [slot for slot in self._slots if slot is not None]

    def entries(
        self,
        paths: Sequence[str],
        verdicts: Sequence[ManifestVerdict],
        engine_message: str | None = None,
    ) -> list[Entry]:
        """Every path's entry; a valid manifest left without a verdict is an engine error."""
        evaluated = iter(verdicts)
        entries: list[Entry] = []
        for path, slot in zip_longest(paths, self._slots):
            if path is None:
                break
            if slot is not None:
                entries.append(slot)
                continue
            verdict = next(evaluated, None)
            if verdict is None:
                entries.append(engine_error(path, engine_message or NOT_EVALUATED))
            else:
                entries.append(as_entry(verdict))
        return entries


def as_entry(verdict: ManifestVerdict) -> Entry:
    """A verdict, or the engine error it carries, as the entry every format lists.

    A manifest the engine failed on alone may come back as a verdict marked
    with its error (an `error` attribute); it is reported as a ManifestProblem,
    in the same slot as an invalid manifest.
    """
    error = getattr(verdict, "error", None)
    if isinstance(error, str):
        return engine_error(verdict.path, error)
    return verdict
