"""A run's entries in input order: each manifest's verdict, or why it has none."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from cnilpolicy.i18n import N_, translate
from cnilpolicy.problem import Entry, ManifestProblem, engine_error
from cnilpolicy.verdict import ManifestVerdict

NOT_EVALUATED = N_("not evaluated: the run stopped before this manifest")


class EntryOrder:
    """The manifests read and not reported yet: valid ones (to be evaluated, in order) and
    those with a problem.

    Manifests are read, and the valid ones evaluated, as a stream: this keeps
    each one's place, so that the report lists them all in the order given,
    and lets each go as soon as the entries before it are out.
    """

    def __init__(self) -> None:
        #: A problem, or the path of a valid manifest waiting for its verdict.
        self._slots: deque[ManifestProblem | str] = deque()
        self.problems = 0

    def valid(self, path: str) -> None:
        self._slots.append(path)

    def problem(self, problem: ManifestProblem) -> None:
        self._slots.append(problem)
        self.problems += 1

    def settle(self, verdict: ManifestVerdict) -> Iterator[Entry]:
        """The entries up to the next valid manifest's, whose verdict this is."""
        while self._slots:
            slot = self._slots.popleft()
            if isinstance(slot, str):
                yield as_entry(verdict)
                return
            yield slot
        raise ValueError(f"{verdict.path}: a verdict for no manifest read")

    def rest(self, engine_message: str | None = None, lang: str = "en") -> Iterator[Entry]:
        """The entries left: a valid manifest left without a verdict is an engine error
        (engine_message, already in the reader's language, or lang's words for it)."""
        while self._slots:
            slot = self._slots.popleft()
            if isinstance(slot, str):
                yield engine_error(slot, engine_message or translate(lang, NOT_EVALUATED))
            else:
                yield slot


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
