"""JUnit XML, for CI test reports (GitLab, Jenkins, GitHub test-report actions).

One <testsuite> per manifest, one <testcase> per rule of that manifest: a rule
with several findings is one test whose status is the worst of them.

How each status reads:

- pass: a test that passed (no child element);
- fail: <failure type="error">, with the findings, file:line, and remediation;
- warn: <skipped message="warning: ...">. A warning is a SHOULD or a good
  practice that is not met; with cnilpolicy's default (only errors fail the
  check) it must not turn a JUnit consumer red, and every consumer shows a
  skipped test apart from the passes, where a <system-out> note on a passing
  test would go unseen. With --fail-on warning, where warnings do fail the
  run, it is <failure type="warning"> instead;
- waived: <skipped message="waived: justification">;
- not_applicable: <skipped message="not applicable: reason">.

A manifest without a verdict is a suite of one test case with an <error>:
an invalid manifest (every schema error, file:line:column, in its text), or
one the engine could not evaluate.

With a baseline, the message of a failing or warning test starts with its
state: "[new]", "[worse]" or "[unchanged]".

XML 1.0 cannot carry most control characters, even escaped, and manifest
values reach the messages: they are removed before serialising.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator, Sequence
from itertools import groupby

from cnilpolicy.errors import pointer_shown
from cnilpolicy.i18n import N_, translate, word
from cnilpolicy.problem import ERROR, INVALID, Entry, ManifestProblem
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import BASELINE_WORDS, WAIVER_NOTE_KINDS
from cnilpolicy.render.stream import Spool, render_whole
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    ManifestVerdict,
    RuleResult,
    worst_status,
)

# Everything outside XML 1.0's Char production (surrogates cannot occur in valid text).
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SKIPPED_PREFIX = {WARN: N_("warning"), WAIVED: N_("waived"), NOT_APPLICABLE: N_("not applicable")}
#: A finding's status in the details (the English word is the verdict's own status).
_STATUS_TAGS = {
    FAIL: N_("fail"),
    WARN: N_("warn"),
    WAIVED: N_("waived"),
    NOT_APPLICABLE: N_("not_applicable"),
}
_PROBLEM_WORDS = {INVALID: N_("invalid"), ERROR: N_("error")}
_WORDS = {
    "more": N_("(+{count} more)"),
    "prefixed": N_("{prefix}: {text}"),
    "waived": N_("waived: {justification} ({accepted})"),
    "remediation": N_("Remediation: {remediation}"),
    "see": N_("See: {reference}"),
    "waiver_note": N_("waiver {kind}: {message}"),
    "evaluation": N_("cnilpolicy evaluation"),
    "schema_case": N_("MANIFEST-SCHEMA The manifest is readable and matches the schema"),
}


def clean(text: str) -> str:
    """Text that XML 1.0 can carry, with its line ends as an XML parser would read them."""
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    return render_whole(JunitRenderer, entries, options)


_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
_TOTALS = ("tests", "failures", "errors", "skipped")


class JunitRenderer:
    """The <testsuites> element opens with the totals: each suite waits in a spool till the end."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._fail_on = options.fail_on
        self._lang = options.lang
        self._totals = dict.fromkeys(_TOTALS, 0)
        self._suites = Spool(separator="\n  ")

    def entry(self, entry: Entry) -> Iterator[str]:
        if isinstance(entry, ManifestVerdict):
            suite = _suite(entry, self._fail_on, self._lang)
        else:
            suite = _problem_suite(entry, self._lang)
        for key in _TOTALS:
            self._totals[key] += int(suite.get(key, "0"))
        # Indented as a child of <testsuites>, as ET.indent does it for the whole tree.
        ET.indent(suite, level=1)
        self._suites.add(ET.tostring(suite, encoding="unicode"))
        return iter(())

    def end(self) -> Iterator[str]:
        root = _element(
            "testsuites", name="cnilpolicy", **{k: str(v) for k, v in self._totals.items()}
        )
        if not self._suites.count:
            self._suites.close()
            yield _HEADER + ET.tostring(root, encoding="unicode") + "\n"
            return
        opening = ET.tostring(root, encoding="unicode").removesuffix(" />") + ">"
        yield f"{_HEADER}{opening}\n  "
        yield from self._suites.chunks()
        yield "\n</testsuites>\n"


def _element(tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.Element(tag, {key: clean(value) for key, value in attributes.items()})
    if text:
        element.text = clean(text)
    return element


def _suite(verdict: ManifestVerdict, fail_on: str, lang: str) -> ET.Element:
    if verdict.error is not None:
        return _error_suite(verdict, lang)
    cases = [
        _case(verdict, list(results), fail_on, lang)
        for _rule_id, results in groupby(verdict.results, key=lambda result: result.rule_id)
    ]
    suite = _element(
        "testsuite",
        name=verdict.path,
        tests=str(len(cases)),
        failures=str(sum(1 for case in cases if case.find("failure") is not None)),
        errors="0",
        skipped=str(sum(1 for case in cases if case.find("skipped") is not None)),
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("verdict", verdict.verdict),
        ("pack", verdict.pack),
        ("lang", verdict.lang),
        ("evaluation_date", verdict.evaluation_date),
        ("manifest_sha256", verdict.sha256),
        ("cnilpolicy_version", verdict.engine.tool_version),
        ("policy_version", verdict.engine.policy_version),
        ("opa_version", verdict.engine.opa_version),
        ("project", verdict.project),
        ("organisation", verdict.organisation),
        ("unevaluated_sections", verdict.unevaluated_notice()),
    ):
        if value is not None:
            properties.append(_element("property", name=name, value=value))
    suite.extend(cases)
    if verdict.waiver_notes:
        said = translate(lang, _WORDS["waiver_note"])
        notes = "\n".join(
            said.format(kind=word(WAIVER_NOTE_KINDS, lang, note.kind), message=note.message)
            for note in verdict.waiver_notes
        )
        suite.append(_element("system-err", notes))
    return suite


_PROBLEM_CASES = {INVALID: (_WORDS["schema_case"], "invalid")}
_ENGINE_CASE = (_WORDS["evaluation"], "engine-error")


def _problem_suite(problem: ManifestProblem, lang: str) -> ET.Element:
    name, kind = _PROBLEM_CASES.get(problem.verdict, _ENGINE_CASE)
    name = translate(lang, name)
    first = problem.errors[0]
    case = _element("testcase", name=name, classname="manifest", file=problem.path,
                    line=str(first.line))  # fmt: skip
    count = len(problem.errors)
    more = " " + translate(lang, _WORDS["more"]).format(count=count - 1) if count > 1 else ""
    message = translate(lang, _WORDS["prefixed"]).format(
        prefix=word(_PROBLEM_WORDS, lang, problem.verdict), text=f"{first.message}{more}"
    )
    prefixed = translate(lang, _WORDS["prefixed"])
    details = "\n".join(
        prefixed.format(
            prefix=f"{problem.path}:{error.line}:{error.column}"
            f" ({pointer_shown(error.pointer, lang)})",
            text=error.message,
        )
        for error in problem.errors
    )
    case.append(_element("error", details, message=message, type=kind))
    suite = _element("testsuite", name=problem.path, tests="1", failures="0", errors="1",
                     skipped="0")  # fmt: skip
    properties = ET.SubElement(suite, "properties")
    properties.append(_element("property", name="verdict", value=problem.verdict))
    suite.append(case)
    return suite


def _case(
    verdict: ManifestVerdict, results: list[RuleResult], fail_on: str, lang: str
) -> ET.Element:
    first = results[0]
    status = worst_status([result.status for result in results])
    shown = [result for result in results if result.status == status]
    case = _element(
        "testcase",
        name=f"{first.rule_id} {first.title}",
        classname=first.step,
        file=verdict.path,
        line=str(shown[0].line),
    )
    if status == PASS:
        return case
    message = _message(status, shown, lang)
    details = _details(verdict, results, status, lang)
    if status == FAIL:
        case.append(_element("failure", details, message=message, type="error"))
    elif status == WARN and fail_on == "warning":
        case.append(_element("failure", details, message=message, type="warning"))
    else:
        case.append(_element("skipped", details, message=message))
    return case


def _message(status: str, shown: list[RuleResult], lang: str) -> str:
    first = shown[0]
    if status == WAIVED and first.waiver is not None:
        text = first.waiver.justification
    else:
        text = first.message
    if len(shown) > 1:
        text += " " + translate(lang, _WORDS["more"]).format(count=len(shown) - 1)
    prefix = _SKIPPED_PREFIX.get(status)
    if prefix:
        text = translate(lang, _WORDS["prefixed"]).format(prefix=translate(lang, prefix), text=text)
    states = sorted(
        {word(BASELINE_WORDS, lang, result.baseline) for result in shown if result.baseline}
    )
    return f"[{', '.join(states)}] {text}" if states else text


def _details(verdict: ManifestVerdict, results: list[RuleResult], status: str, lang: str) -> str:
    """Every non-passing finding of the rule, where it is, and how to fix it."""
    lines = []
    for result in results:
        if result.status == PASS:
            continue
        place = (
            f"{verdict.path}:{result.line}:{result.column} ({pointer_shown(result.pointer, lang)})"
        )
        state = f" [{word(BASELINE_WORDS, lang, result.baseline)}]" if result.baseline else ""
        tag = word(_STATUS_TAGS, lang, result.status)
        lines.append(
            translate(lang, _WORDS["prefixed"]).format(
                prefix=f"[{tag}] {place}", text=f"{result.message}{state}"
            )
        )
        waiver = result.waiver
        if result.status == WAIVED and waiver is not None:
            accepted = ", ".join(
                f"{key}={value}"
                for key, value in waiver.to_dict().items()
                if key not in ("rule", "justification")
            )
            waived = translate(lang, _WORDS["waived"])
            lines.append(
                "    " + waived.format(justification=waiver.justification, accepted=accepted)
            )
    if status in (FAIL, WARN):
        first = results[0]
        lines.append(translate(lang, _WORDS["remediation"]).format(remediation=first.remediation))
        see = translate(lang, _WORDS["see"])
        lines.extend(
            see.format(reference=f"{ref.label} <{ref.url}>" if ref.url else ref.label)
            for ref in first.references
        )
    return "\n".join(lines)


def _error_suite(verdict: ManifestVerdict, lang: str) -> ET.Element:
    """A manifest the engine could not judge: one test case in error, never a pass."""
    suite = _element(
        "testsuite", name=verdict.path, tests="1", failures="0", errors="1", skipped="0"
    )
    name = translate(lang, _WORDS["evaluation"])
    case = _element("testcase", name=name, classname="engine", file=verdict.path)
    case.append(_element("error", verdict.error, message=verdict.error or "", type="engine"))
    suite.append(case)
    return suite
