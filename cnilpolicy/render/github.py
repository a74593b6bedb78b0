"""GitHub Actions workflow commands: an annotation per finding, on the manifest's line.

`::error` for a failure, `::warning` for a warning, `::notice` for a waived
finding (accepted, but a reviewer should still see it); passes and
not-applicable rules stay silent. A closing plain line per manifest gives the
verdict in the log.

An invalid manifest gives an `::error` per problem at its line and column
(title "cnilpolicy MANIFEST-SCHEMA"); a manifest the engine could not
evaluate, an `::error` on the file. With a baseline, a failure's or warning's
title ends with its state: (new), (worse) or (unchanged).

With `--fail-on warning`, a warning fails the job: it is an `::error` too.

`render` stays pure. The job summary is a separate step: when
GITHUB_STEP_SUMMARY is set, the CLI calls
`write_step_summary(verdicts, options, step_summary_path(os.environ))`, which
appends the `markdown-summary` format to that file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from cnilpolicy.errors import pointed
from cnilpolicy.i18n import N_, count_words, translate_plural, word, words
from cnilpolicy.problem import INVALID, Entry, ManifestProblem
from cnilpolicy.render import markdown_summary
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import BASELINE_WORDS, WAIVER_NOTE_KINDS
from cnilpolicy.render.stream import Spool, render_whole
from cnilpolicy.render.text import COUNT_WORDS
from cnilpolicy.verdict import FAIL, WAIVED, WARN, ManifestVerdict, RuleResult

STEP_SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
# Control characters other than the escaped line ends: terminal escapes and NULs have
# no place in a log or an annotation.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_ENDS = re.compile(r"[\r\n]")
#: Bidirectional controls and Unicode separators: shown by code point, never applied.
_BIDI = re.compile("[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

_COMMANDS = {FAIL: "error", WARN: "warning", WAIVED: "notice"}
_WORDS = {
    "remediation": N_("Remediation:"),
    "waived": N_("Waived:"),
    "waived_title": N_("waived"),
    "waiver_note": N_("cnilpolicy waiver {kind}"),
    "sections": N_("cnilpolicy sections not evaluated"),
    "engine_error": N_("cnilpolicy engine error"),
    "invalid": N_("cnilpolicy MANIFEST-SCHEMA invalid manifest"),
}
_VERDICT_WORDS = {
    "compliant": N_("COMPLIANT"),
    "compliant_with_warnings": N_("COMPLIANT WITH WARNINGS"),
    "non_compliant": N_("NON COMPLIANT"),
    "invalid": N_("INVALID MANIFEST"),
    "error": N_("NOT EVALUATED (ENGINE ERROR)"),
}


def escape_data(text: str) -> str:
    """A command's message: the runner reads %, CR and LF as escapes and line ends."""
    text = _CONTROL.sub("", _BIDI.sub(lambda match: f"\\u{ord(match.group()):04x}", text))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: also ':' and ',', which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str) -> str:
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return (
        f"::{name} {listed}::{escape_data(message)}"
        if listed
        else f"::{name}::{escape_data(message)}"
    )


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(GithubRenderer, entries, options)


#: The kinds of lines, in the order they are written: each kind for every manifest.
_KINDS = ("problems", "findings", "waiver_notes", "notices", "engine_errors", "summaries")


class GithubRenderer:
    """The annotations kind by kind: each kind's lines wait in a spool till the end."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._lang = options.lang
        self._said = words(_WORDS, options.lang)
        self._fail_on = options.fail_on
        self._spools = {kind: Spool() for kind in _KINDS}

    def entry(self, entry: Entry) -> Iterator[str]:
        spools = self._spools
        for kind, line in self._lines(entry):
            spools[kind].add(f"{line}\n")
        return iter(())

    def _lines(self, entry: Entry) -> Iterator[tuple[str, str]]:
        if isinstance(entry, ManifestProblem):
            for error in entry.errors:
                yield "problems", _problem_annotation(entry, error, self._said, self._lang)
        else:
            verdict = entry
            for result in verdict.results:
                if result.status in _COMMANDS:
                    yield "findings", _annotation(verdict, result, self._said, self._fail_on)
            # A waiver that did not apply (expired, stale, refused, locked) is the
            # platform team's business too: a warning on the manifest.
            for note in verdict.waiver_notes:
                yield "waiver_notes", command(
                    "warning", note.message, file=verdict.path,
                    title=self._said["waiver_note"].format(
                        kind=word(WAIVER_NOTE_KINDS, self._lang, note.kind)
                    ),
                )  # fmt: skip
            if notice := verdict.unevaluated_notice():
                yield (
                    "notices",
                    command(
                        "notice",
                        notice,
                        file=verdict.path,
                        title=self._said["sections"],
                    ),
                )
            if verdict.error is not None:
                yield (
                    "engine_errors",
                    command(
                        "error", verdict.error, file=verdict.path, title=self._said["engine_error"]
                    ),
                )
        yield "summaries", _summary_line(entry, self._lang)

    def end(self) -> Iterator[str]:
        for kind in _KINDS:
            yield from self._spools[kind].chunks()


def _problem_annotation(
    problem: ManifestProblem, error: Any, said: dict[str, str], lang: str
) -> str:
    if problem.verdict == INVALID:
        return command(
            "error",
            pointed(error.pointer, error.message, lang),
            file=problem.path,
            line=str(error.line),
            col=str(error.column),
            title=said["invalid"],
        )
    return command("error", error.message, file=problem.path, title=said["engine_error"])


def _annotation(
    verdict: ManifestVerdict, result: RuleResult, said: dict[str, str], fail_on: str
) -> str:
    title = f"{result.rule_id} {result.title}"
    if result.baseline:
        title += f" ({word(BASELINE_WORDS, verdict.lang, result.baseline)})"
    if result.status == WAIVED and result.waiver is not None:
        title += f" ({said['waived_title']})"
        message = f"{said['waived']} {result.waiver.justification}\n{result.message}"
    else:
        message = f"{result.message}\n{said['remediation']} {result.remediation}"
    name = "error" if result.status == WARN and fail_on == "warning" else _COMMANDS[result.status]
    return command(
        name,
        message,
        file=verdict.path,
        line=str(result.line),
        col=str(result.column),
        title=title,
    )


def _summary_line(verdict: Entry, lang: str) -> str:
    if isinstance(verdict, ManifestProblem):
        count = len(verdict.errors)
        counts = translate_plural(lang, "{count} error", "{count} errors", count).format(
            count=count
        )
    else:
        counts = ", ".join(
            count_words(COUNT_WORDS[status], lang, count)
            for status, count in verdict.counts().items()
        )
    verdict_words = word(_VERDICT_WORDS, lang, verdict.verdict)
    # Not a command, so nothing is unescaped: only keep the path from starting a line.
    path = _LINE_ENDS.sub(" ", _CONTROL.sub("", verdict.path))
    return f"cnilpolicy: {path}: {verdict_words} ({counts})"


def step_summary_path(environ: Mapping[str, str]) -> str | None:
    """Where GitHub wants the job summary, if this runs in a GitHub Actions step."""
    return environ.get(STEP_SUMMARY_VARIABLE) or None


def write_step_summary(
    entries: Sequence[Entry], options: RenderOptions, path: str | os.PathLike[str]
) -> None:
    """Append the Markdown summary to the job summary file (other steps write there too)."""
    with open(path, "a", encoding="utf-8") as summary:
        summary.write(markdown_summary.render(entries, options) + "\n")


def append_step_summary(chunks: Iterable[str], path: str | os.PathLike[str]) -> None:
    """Append a summary's text, given in pieces, to the job summary file."""
    with open(path, "a", encoding="utf-8") as summary:
        for chunk in chunks:
            summary.write(chunk)
        summary.write("\n")
