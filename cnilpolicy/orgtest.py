"""`cnilpolicy test DIR`: an organisation folder's Rego tests, with the shared library.

The folder's rules and tests (and its data files) are run by `opa test` beside
policies/lib, as a bundle would hold them; coverage is reported for the
folder's own rule files only. Its packs/ and extensions/ are not Rego data and
are left out, as from a bundle.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnilpolicy.engine.process import launch_error
from cnilpolicy.engine.text import first_line as _first_line
from cnilpolicy.errors import OPA_SAYS, EngineError, quoted
from cnilpolicy.i18n import N_, translate
from cnilpolicy.policyset import DATA_FILES, organisation_folder
from cnilpolicy.resources import policies_dir

#: The report's lines, in the reader's language.
_WORDS = {
    "failed": N_("FAIL {name}: {detail}"),
    "no_detail": N_("failed"),
    "passed": N_("{passed}/{count} tests passed in {folder}"),
    "none": N_("no test found (files named *_test.rego)"),
    "not_measured": N_("Rego coverage: not measured while a test fails"),
    "coverage": N_("Rego coverage of the folder's rules: {coverage} %"),
    "under": N_(
        "Rego coverage of the folder's rules: {coverage} % (under the threshold of {threshold} %)"
    ),
}


@dataclass(frozen=True)
class TestOutcome:
    name: str
    passed: bool
    #: OPA's error for a failed test ("" when the test simply failed).
    detail: str = ""

    def detail_in(self, lang: str) -> str:
        if not self.detail:
            return translate(lang, _WORDS["no_detail"])
        return quoted(OPA_SAYS, self.detail).in_language(lang)


@dataclass(frozen=True)
class TestReport:
    folder: Path
    outcomes: tuple[TestOutcome, ...]
    #: Coverage of each of the folder's rule files (not its tests), in percent.
    coverage: dict[str, float]
    total_coverage: float

    def passed(self, threshold: float = 0.0) -> bool:
        return (
            bool(self.outcomes)
            and all(outcome.passed for outcome in self.outcomes)
            and self.total_coverage >= threshold
        )

    def text(self, threshold: float = 0.0, lang: str = "en") -> str:
        said = {key: translate(lang, message) for key, message in _WORDS.items()}
        lines = [
            said["failed"].format(name=outcome.name, detail=outcome.detail_in(lang))
            for outcome in self.outcomes
            if not outcome.passed
        ]
        passed = sum(outcome.passed for outcome in self.outcomes)
        lines.append(
            said["passed"].format(passed=passed, count=len(self.outcomes), folder=self.folder)
        )
        if not self.outcomes:
            lines.append(said["none"])
        for name, coverage in sorted(self.coverage.items()):
            lines.append(f"  {coverage:6.2f} %  {name}")
        if not self.coverage:
            lines.append(said["not_measured"])
            return "\n".join(lines) + "\n"
        total = f"{self.total_coverage:.2f}"
        if self.total_coverage < threshold:
            lines.append(said["under"].format(coverage=total, threshold=f"{threshold:g}"))
        else:
            lines.append(said["coverage"].format(coverage=total))
        return "\n".join(lines) + "\n"


def _stage(folder: Path, target: Path) -> dict[str, str]:
    """The folder's Rego and data files copied under target; staged path -> path in folder."""
    names = {}
    for source in sorted(folder.rglob("*")):
        relative = source.relative_to(folder)
        if not source.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if source.suffix != ".rego" and source.name not in DATA_FILES:
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(source.read_bytes())
        names[str(destination)] = relative.as_posix()
    return names


def _run(binary: Path, arguments: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            # OPA's 5 s default is outgrown on a busy machine (as in the Makefile).
            [str(binary), "test", "--timeout", "60s", *arguments],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        raise launch_error(binary, "test", error) from None


def _json(completed: subprocess.CompletedProcess[str]) -> Any:
    try:
        return json.loads(completed.stdout)
    except ValueError:
        message = N_("opa {what} failed: {detail}")
        raise EngineError(message, what="test", detail=_first_line(completed.stderr)) from None


def test_organisation(binary: Path, folder: Path) -> TestReport:
    root = organisation_folder(folder)
    library = policies_dir() / "lib"
    with tempfile.TemporaryDirectory(prefix="cnilpolicy-test-") as workdir:
        staged = Path(workdir) / "organisation"
        names = _stage(root, staged)
        # The library without its own tests (only the folder's tests are run), at
        # lib/ so that its data keep their path (data.lib.thresholds).
        shared = Path(workdir) / "shared"
        for source in sorted(library.rglob("*")):
            if source.is_file() and not source.name.endswith("_test.rego"):
                destination = shared / "lib" / source.relative_to(library)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(source.read_bytes())
        paths = [str(shared), str(staged)]
        results = _json(_run(binary, ["--format", "json", *paths]))
        if not isinstance(results, list):
            raise EngineError(N_("opa test did not answer a list of results"))
        # With a failing test, `opa test --coverage` reports the failure, not coverage.
        failing = any(
            (result.get("fail") or result.get("error"))
            and str(result.get("location", {}).get("file", "")) in names
            for result in results
        )
        coverage = (
            {} if failing else _json(_run(binary, ["--coverage", "--format", "json", *paths]))
        )
    outcomes = tuple(
        TestOutcome(
            name=f"{result.get('package', '')}.{result.get('name', '')}",
            passed=not result.get("fail") and not result.get("error"),
            detail=_first_line(result.get("error") or ""),
        )
        for result in results
        if str(result.get("location", {}).get("file", "")) in names
    )
    files = {
        names[name]: float(entry.get("coverage", 0.0))
        for name, entry in (coverage.get("files") or {}).items()
        if name in names and not name.endswith("_test.rego")
    }
    own = [
        entry
        for name, entry in (coverage.get("files") or {}).items()
        if name in names and not name.endswith("_test.rego")
    ]
    covered = sum(int(entry.get("covered_lines", 0)) for entry in own)
    not_covered = sum(int(entry.get("not_covered_lines", 0)) for entry in own)
    total = 100.0 * covered / (covered + not_covered) if covered + not_covered else 0.0
    return TestReport(root, outcomes, files, total)
