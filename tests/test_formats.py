"""The CI formats: SARIF, JUnit, GitHub annotations, and the Markdown summary.

Golden files pin the exact bytes of each format for the hand-built verdicts of
tests/verdicts.py; `UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_formats.py`
rewrites them (then read the diff). The other tests read the outputs back with
independent parsers (the OASIS SARIF schema, xml.etree, junitparser,
markdown-it) and compare what they find with the verdicts.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import Failure, JUnitXml, Skipped
from markdown_it import MarkdownIt
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from cnilpolicy.catalog import load_catalog
from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.problem import Entry
from cnilpolicy.render import (
    FORMATS,
    RENDERERS,
    RenderOptions,
    github,
    junit,
    markdown_summary,
    sarif,
)
from cnilpolicy.render.stream import chunks, text_of
from cnilpolicy.verdict import (
    FAIL,
    NOT_APPLICABLE,
    PASS,
    WAIVED,
    WARN,
    ManifestVerdict,
    worst_status,
)
from tests.support import BASE_MANIFESTS, CASES, EVALUATION_DATE, load_case
from tests.verdicts import (
    HOSTILE_MESSAGE,
    HOSTILE_PATH,
    WAIVER,
    catalog,
    french,
    hospital,
    two_manifests,
    with_baseline,
    with_problems,
)

GOLDEN = Path(__file__).parent / "golden"


def french_problems() -> list[Entry]:
    """with_problems() as a run with --lang fr gives it."""
    return french(with_problems("fr"))


SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

# --- golden files -------------------------------------------------------------------------

#: (format, golden file, options, entries): every file under tests/golden is one of these.
GOLDEN_CASES: list[tuple[str, str, RenderOptions, Callable[[], Sequence[Entry]]]] = [
    ("sarif", "two-manifests.sarif", RenderOptions(catalog=catalog()), two_manifests),
    ("sarif", "no-catalog.sarif", RenderOptions(), two_manifests),
    ("sarif", "with-problems.sarif", RenderOptions(), with_problems),
    ("sarif", "with-baseline.sarif", RenderOptions(), with_baseline),
    ("junit", "two-manifests.xml", RenderOptions(), two_manifests),
    ("junit", "two-manifests-fail-on-warning.xml", RenderOptions(fail_on="warning"), two_manifests),
    ("junit", "with-problems.xml", RenderOptions(), with_problems),
    ("github", "two-manifests.txt", RenderOptions(), two_manifests),
    ("github", "two-manifests-fail-on-warning.txt", RenderOptions(fail_on="warning"),
     two_manifests),
    ("github", "with-problems.txt", RenderOptions(), with_problems),
    ("github", "with-baseline.txt", RenderOptions(), with_baseline),
    ("markdown-summary", "two-manifests.md", RenderOptions(), two_manifests),
    ("markdown-summary", "two-manifests-fr.md", RenderOptions(lang="fr"), two_manifests),
    ("markdown-summary", "with-problems.md", RenderOptions(), with_problems),
    ("codequality", "two-manifests.json", RenderOptions(), two_manifests),
    ("codequality", "two-manifests-fail-on-warning.json", RenderOptions(fail_on="warning"),
     two_manifests),
    ("codequality", "with-problems.json", RenderOptions(), with_problems),
    ("text", "with-problems.txt", RenderOptions(), with_problems),
    ("text", "with-baseline-quiet.txt", RenderOptions(quiet=True), with_baseline),
    ("json", "with-problems.json", RenderOptions(), with_problems),
    # The same entries with --lang fr: the frame in French (the verdicts' own texts are
    # the policies' and stay as the test verdicts give them).
    ("text", "with-problems-fr.txt", RenderOptions(lang="fr"), french_problems),
    ("text", "with-baseline-quiet-fr.txt", RenderOptions(quiet=True, lang="fr"),
     lambda: french(with_baseline())),
    ("github", "with-baseline-fr.txt", RenderOptions(lang="fr"), lambda: french(with_baseline())),
    ("github", "with-problems-fr.txt", RenderOptions(lang="fr"), french_problems),
    ("junit", "with-problems-fr.xml", RenderOptions(lang="fr"), french_problems),
    ("junit", "with-baseline-fr.xml", RenderOptions(lang="fr"), lambda: french(with_baseline())),
    ("sarif", "with-problems-fr.sarif", RenderOptions(lang="fr"),
     french_problems),
    ("codequality", "with-problems-fr.json", RenderOptions(lang="fr"),
     french_problems),
    ("codequality", "with-baseline-fr.json", RenderOptions(lang="fr"),
     lambda: french(with_baseline())),
    ("markdown-summary", "with-baseline-fr.md", RenderOptions(lang="fr"),
     lambda: french(with_baseline())),
]  # fmt: skip


@pytest.mark.parametrize(
    ("output_format", "name", "options", "entries"),
    GOLDEN_CASES,
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_output_matches_its_golden_file(
    output_format: str,
    name: str,
    options: RenderOptions,
    entries: Callable[[], Sequence[Entry]],
) -> None:
    rendered = FORMATS[output_format](entries(), options)
    # Same verdicts, same bytes: rendering twice must not differ.
    assert FORMATS[output_format](entries(), options) == rendered
    golden = GOLDEN / output_format / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="")
    # Bytes, not text: reading text would turn a CR into a LF and hide it.
    assert golden.read_bytes().decode("utf-8") == rendered, (
        f"{golden} differs: run UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_formats.py"
    )


@pytest.mark.parametrize(
    ("output_format", "name", "options", "entries"),
    GOLDEN_CASES,
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_each_renderer_fed_one_entry_at_a_time_writes_its_golden_file(
    output_format: str,
    name: str,
    options: RenderOptions,
    entries: Callable[[], Sequence[Entry]],
) -> None:
    listed = entries()
    given: list[int] = []

    def one_at_a_time() -> Iterator[Entry]:
        # A stream, as the pipeline gives it: each entry once, then dropped.
        for number, entry in enumerate(listed):
            given.append(number)
            yield entry

    renderer = RENDERERS[output_format](options, [entry.path for entry in listed])
    rendered = text_of(chunks(renderer, one_at_a_time()))
    assert given == list(range(len(listed)))
    golden = GOLDEN / output_format / name
    assert golden.read_bytes().decode("utf-8") == rendered


@pytest.mark.parametrize("output_format", ["json", "text", "codequality"])
def test_formats_without_totals_first_write_each_entry_as_it_comes(output_format: str) -> None:
    listed = two_manifests()
    renderer = RENDERERS[output_format](RenderOptions(), [entry.path for entry in listed])
    written = text_of(renderer.entry(listed[0]))
    assert listed[0].path in written
    assert listed[1].path not in written


def test_every_golden_file_is_produced_by_a_case() -> None:
    # Only these formats' folders: tests/golden also holds other formats' files.
    produced = {GOLDEN / fmt / name for fmt, name, _, _ in GOLDEN_CASES}
    present = {path for fmt, _, _, _ in GOLDEN_CASES for path in (GOLDEN / fmt).glob("*")}
    assert present == produced


def test_the_ci_formats_are_registered() -> None:
    assert FORMATS["sarif"] is sarif.render
    assert FORMATS["junit"] is junit.render
    assert FORMATS["github"] is github.render
    assert FORMATS["markdown-summary"] is markdown_summary.render


# --- SARIF --------------------------------------------------------------------------------


@cache
def sarif_validator() -> jsonschema.protocols.Validator:
    """The OASIS schema, registered under its own id so that nothing is fetched."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)
    )
    cls = jsonschema.validators.validator_for(schema)
    # Every known format: the draft-04 checker alone ignores the schema's "uri-reference".
    return cls(schema, registry=registry, format_checker=jsonschema.FormatChecker())


def test_every_format_of_the_sarif_schema_is_checked() -> None:
    used = set(re.findall(r'"format":\s*"([^"]+)"', SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert used == {"date-time", "uri", "uri-reference"}
    assert used <= set(jsonschema.FormatChecker().checkers)


def assert_valid_sarif(document: dict[str, Any]) -> None:
    errors = sorted(sarif_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def sarif_document(
    verdicts: Sequence[ManifestVerdict], options: RenderOptions | None = None
) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sarif.render(verdicts, options or RenderOptions()))
    return document


def test_the_schema_is_the_oasis_one_and_it_rejects_what_is_not_sarif() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    document = sarif_document(two_manifests())
    broken = json.loads(json.dumps(document))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    broken["runs"][0]["artifacts"][0]["location"]["uri"] = "not a uri"
    del broken["version"]
    paths = {tuple(e.absolute_path) for e in sarif_validator().iter_errors(broken)}
    assert () in paths  # version is required
    assert ("runs", 0, "results", 0, "level") in paths
    assert ("runs", 0, "artifacts", 0, "location", "uri") in paths  # formats are checked


@pytest.mark.parametrize("with_catalog", [True, False], ids=["catalog", "no-catalog"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sarif_is_valid_against_the_oasis_schema(with_catalog: bool, lang: str) -> None:
    options = RenderOptions(lang=lang, catalog=catalog() if with_catalog else ())
    assert_valid_sarif(sarif_document(two_manifests(), options))
    assert_valid_sarif(sarif.document(two_manifests(), options, passes_as_results=True))
    assert_valid_sarif(sarif_document([], options))


def test_sarif_declares_every_catalog_rule_and_indexes_results_into_them() -> None:
    document = sarif_document(two_manifests(), RenderOptions(catalog=catalog()))
    (run,) = document["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [info.id for info in catalog()]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_id = {rule["id"]: rule for rule in rules}
    retention = by_id["RET-02"]
    assert retention["defaultConfiguration"]["level"] == "warning"
    assert by_id["PURPOSE-01"]["defaultConfiguration"]["level"] == "error"
    assert (
        retention["helpUri"]
        == "https://cnil.fr/en/take-data-protection-account-data-collection-and-management"
    )
    assert retention["properties"]["precision"] == "medium"  # evidence "recalled"
    assert retention["properties"]["articles"] == ["GDPR 5(1)(b)", "GDPR 6"]
    assert retention["fullDescription"]["text"].startswith("What the CNIL asks")
    assert "Justify retention.period" in retention["help"]["text"]
    # The title's markup is escaped in the help's Markdown, and the link is kept.
    assert "\\<b\\>" in retention["help"]["markdown"]
    assert "](https://cnil.fr/en/take-data-protection" in retention["help"]["markdown"]


def test_sarif_results_are_the_failures_warnings_and_waivers_only() -> None:
    verdicts = two_manifests()
    (run,) = sarif_document(verdicts)["runs"]
    expected = [
        (r.rule_id, r.status, r.line)
        for v in verdicts
        for r in v.results
        if r.status in (FAIL, WARN, WAIVED)
    ]
    found = [
        (
            r["ruleId"],
            r["properties"]["status"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in run["results"]
    ]
    assert found == expected
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"PURPOSE-01": "error", "MIN-03": "warning", "RET-02": "warning"}
    assert all("kind" not in r for r in run["results"])  # "fail" is the default kind
    # The others are listed, per manifest, outside the results.
    listed = {
        (m["path"], entry["ruleId"], status)
        for m in run["properties"]["manifests"]
        for status, key in ((PASS, "passed"), (NOT_APPLICABLE, "notApplicable"))
        for entry in m[key]
    }
    assert listed == {
        (v.path, r.rule_id, r.status)
        for v in verdicts
        for r in v.results
        if r.status in (PASS, NOT_APPLICABLE)
    }
    assert run["properties"]["verdict"] == "non_compliant"


def test_a_waived_result_carries_an_accepted_suppression_with_its_justification() -> None:
    (run,) = sarif_document(two_manifests())["runs"]
    (waived,) = [r for r in run["results"] if r["properties"]["status"] == WAIVED]
    (suppression,) = waived["suppressions"]
    assert suppression["kind"] == "external"
    assert suppression["status"] == "accepted"
    assert suppression["justification"] == WAIVER.justification
    assert suppression["properties"]["waiver"]["approved_by"] == "DPO, Jane Doe"
    assert WAIVER.justification in waived["message"]["text"]
    unsuppressed = [r for r in run["results"] if r is not waived]
    assert unsuppressed and all("suppressions" not in r for r in unsuppressed)


def test_passes_as_results_have_a_kind_and_no_level() -> None:
    document = sarif.document(two_manifests(), RenderOptions(), passes_as_results=True)
    kinds = Counter(
        (r["properties"]["status"], r.get("kind", "fail"), r["level"])
        for r in document["runs"][0]["results"]
    )
    assert kinds[(PASS, "pass", "none")] == 4
    assert kinds[(NOT_APPLICABLE, "notApplicable", "none")] == 1
    assert kinds[(FAIL, "fail", "error")] == 1


def test_sarif_locations_point_at_the_manifest_line_and_pointer() -> None:
    (run,) = sarif_document(two_manifests())["runs"]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == [
        "fixtures/manifests/hospital-imaging.yaml",
        "manifests/odd%20dir/a%2Cb%3Ac%2520%231.yaml",
    ]
    assert unquote(uris[1]) == HOSTILE_PATH
    assert all(a["location"]["uriBaseId"] == "%SRCROOT%" for a in run["artifacts"])
    assert run["artifacts"][0]["hashes"] == {"sha-256": "a" * 64}
    failure = next(r for r in run["results"] if r["ruleId"] == "PURPOSE-01")
    (location,) = failure["locations"]
    physical = location["physicalLocation"]
    assert physical["artifactLocation"]["index"] == 0
    assert physical["region"] == {"startLine": 42, "startColumn": 7}
    assert (
        location["logicalLocations"][0]["fullyQualifiedName"] == "/processing_activities/0/purpose"
    )
    assert failure["properties"]["pointer"] == "/processing_activities/0/purpose"
    assert failure["message"]["text"].startswith(HOSTILE_MESSAGE)
    assert failure["message"]["text"].endswith(
        "Remediation: Describe purpose.description and purpose.legitimacy for each activity."
    )


def test_an_absolute_manifest_path_is_a_file_uri(tmp_path: Path) -> None:
    verdict = replace(hospital(), path=str(tmp_path / "a b.yaml"))
    (run,) = sarif_document([verdict])["runs"]
    location = run["artifacts"][0]["location"]
    assert location == {"uri": (tmp_path / "a b.yaml").as_uri()}
    assert "%20" in location["uri"]
    assert_valid_sarif(sarif_document([verdict]))


def test_fingerprints_follow_the_finding_not_its_line_or_wording() -> None:
    def fingerprints(verdicts: list[ManifestVerdict]) -> list[str]:
        (run,) = sarif_document(verdicts)["runs"]
        return [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in run["results"]]

    original = fingerprints(two_manifests())
    assert len(set(original)) == len(original)
    moved = hospital()
    moved = replace(
        moved,
        results=tuple(
            replace(r, line=r.line + 10, message=r.message + " (reworded)") for r in moved.results
        ),
    )
    assert fingerprints([moved, two_manifests()[1]]) == original
    renamed = replace(hospital(), path="elsewhere.yaml")
    assert set(fingerprints([renamed])).isdisjoint(original)


def test_without_a_catalog_the_rules_come_from_the_results() -> None:
    verdicts = two_manifests()
    (run,) = sarif_document(verdicts)["runs"]
    rules = run["tool"]["driver"]["rules"]
    seen = list(dict.fromkeys(r.rule_id for v in verdicts for r in v.results))
    assert [rule["id"] for rule in rules] == seen
    scope = rules[0]
    assert scope["name"] == "cnil.scope.scope_01"
    assert scope["shortDescription"]["text"] == "Personal-data screening of the development phase"
    # Only the references that are not CNIL pages count as articles.
    assert scope["properties"]["articles"] == ["GDPR 5(1)(b)"]
    assert scope["helpUri"] == "https://www.cnil.fr/en/what-scope-ai-how-sheets"
    assert "precision" not in scope["properties"]  # no evidence grade without the catalog


def test_the_real_catalog_renders_valid_sarif(opa_binary: Path) -> None:
    rules = tuple(load_catalog(opa_binary))
    document = sarif_document(two_manifests(), RenderOptions(catalog=rules))
    assert_valid_sarif(document)
    declared = [rule["id"] for rule in document["runs"][0]["tool"]["driver"]["rules"]]
    assert declared[: len(rules)] == [rule.id for rule in rules]
    assert {
        rule["defaultConfiguration"]["level"]
        for rule in document["runs"][0]["tool"]["driver"]["rules"]
    } <= {
        "error",
        "warning",
        "note",
    }


# --- the formats through the CLI, against the real OPA --------------------------------------


def run_check(
    server: LocalOpaServer, output_format: str, pack: str, paths: Sequence[Path]
) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--format",
            output_format,
            "--date",
            EVALUATION_DATE,
            "--opa-url",
            server.url,
            "--pack",
            pack,
        ]
        + [str(path) for path in paths],
        catch_exceptions=False,
    )
    return result.exit_code, result.stdout


def verdict_documents(
    server: LocalOpaServer, pack: str, paths: Sequence[Path]
) -> tuple[int, list[dict[str, Any]]]:
    code, output = run_check(server, "json", pack, paths)
    document = json.loads(output)
    return code, list(document["manifests"]) if "manifests" in document else [document]


@pytest.fixture(scope="module")
def manifest_batches(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """The compliant fixtures and every failing case, grouped by pack."""
    directory = tmp_path_factory.mktemp("cases")
    batches: dict[str, list[Path]] = {
        "cnil-2024": list(BASE_MANIFESTS),
        "cnil-extended": list(BASE_MANIFESTS),
    }
    for path in CASES:
        case = load_case(path)
        step_directory = directory / path.parent.name
        step_directory.mkdir(exist_ok=True)
        batches.setdefault(case.pack, []).append(case.write(step_directory))
    return batches


@pytest.fixture(scope="module")
def batch_verdicts(
    opa_server: LocalOpaServer, manifest_batches: dict[str, list[Path]]
) -> dict[str, tuple[int, list[dict[str, Any]]]]:
    """Per pack, the JSON run's exit code and verdicts: what the other formats must agree with."""
    return {
        pack: verdict_documents(opa_server, pack, paths) for pack, paths in manifest_batches.items()
    }


def test_cli_sarif_of_every_fixture_is_valid_and_matches_the_verdict(
    opa_server: LocalOpaServer,
    manifest_batches: dict[str, list[Path]],
    batch_verdicts: dict[str, tuple[int, list[dict[str, Any]]]],
) -> None:
    for pack, paths in sorted(manifest_batches.items()):
        code, output = run_check(opa_server, "sarif", pack, paths)
        json_code, verdicts = batch_verdicts[pack]
        # The format changes nothing to the exit code (2 if a case is not a valid manifest).
        assert code == json_code
        document = json.loads(output)
        assert_valid_sarif(document)
        (run,) = document["runs"]
        rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
        assert len(rule_ids) == len(set(rule_ids))
        uris = [artifact["location"]["uri"] for artifact in run["artifacts"]]
        for verdict in verdicts:
            # CliRunner's paths are absolute here (tmp dirs and fixtures), so file URIs.
            uri = Path(verdict["manifest"]["path"]).as_uri()
            index = uris.index(uri)
            found = Counter(
                (r["ruleId"], r["properties"]["status"])
                for r in run["results"]
                if r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == index
            )
            expected = Counter(
                (r["rule_id"], r["status"])
                for r in verdict["results"]
                if r["status"] in (FAIL, WARN, WAIVED)
            )
            assert found == expected, verdict["manifest"]["path"]
            listed = run["properties"]["manifests"][verdicts.index(verdict)]
            assert len(listed["passed"]) == verdict["summary"][PASS]
            assert len(listed["notApplicable"]) == verdict["summary"][NOT_APPLICABLE]
        for result in run["results"]:
            assert rule_ids[result["ruleIndex"]] == result["ruleId"]


def test_cli_junit_counts_match_the_verdict(
    opa_server: LocalOpaServer,
    manifest_batches: dict[str, list[Path]],
    batch_verdicts: dict[str, tuple[int, list[dict[str, Any]]]],
) -> None:
    for pack, paths in sorted(manifest_batches.items()):
        _code, output = run_check(opa_server, "junit", pack, paths)
        suites = list(JUnitXml.fromstring(output.encode("utf-8")))
        _json_code, verdicts = batch_verdicts[pack]
        assert [suite.name for suite in suites] == [v["manifest"]["path"] for v in verdicts]
        for suite, verdict in zip(suites, verdicts, strict=True):
            worst = rule_statuses(verdict["results"])
            assert suite.tests == len(worst)
            assert suite.failures == sum(1 for s in worst.values() if s == FAIL)
            assert suite.skipped == sum(
                1 for s in worst.values() if s in (WARN, WAIVED, NOT_APPLICABLE)
            )
            assert [case.name.split(" ", 1)[0] for case in suite] == list(worst)


def rule_statuses(results: list[dict[str, Any]]) -> dict[str, str]:
    statuses: dict[str, list[str]] = {}
    for result in results:
        statuses.setdefault(result["rule_id"], []).append(result["status"])
    return {rule_id: worst_status(found) for rule_id, found in statuses.items()}


# --- JUnit ----------------------------------------------------------------------------------


def test_junit_has_one_suite_per_manifest_and_one_case_per_rule() -> None:
    verdicts = two_manifests()
    root = ET.fromstring(junit.render(verdicts, RenderOptions()))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == [v.path for v in verdicts]
    total = Counter[str]()
    for suite, verdict in zip(suites, verdicts, strict=True):
        cases = suite.findall("testcase")
        worst = rule_statuses([r.to_dict() for r in verdict.results])
        assert [case.get("name", "").split(" ")[0] for case in cases] == list(worst)
        counts = {
            "tests": len(worst),
            "failures": sum(1 for s in worst.values() if s == FAIL),
            "errors": 0,
            "skipped": sum(1 for s in worst.values() if s != FAIL and s != PASS),
        }
        assert {key: int(suite.get(key, "-1")) for key in counts} == counts
        total.update(counts)
        properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
        assert properties["verdict"] == verdict.verdict
        assert properties["evaluation_date"] == verdict.evaluation_date
    assert {key: int(root.get(key, "-1")) for key in total} == dict(total)


def test_junit_statuses_read_as_failure_or_skipped() -> None:
    root = ET.fromstring(junit.render([hospital()], RenderOptions()))
    cases = {case.get("name", "").split(" ")[0]: case for case in root.iter("testcase")}
    assert cases["SCOPE-01"].get("classname") == "scope"
    assert list(cases["SCOPE-01"]) == []
    # PURPOSE-01 fails at one pointer and passes at another: the rule fails.
    failure = cases["PURPOSE-01"].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert "fixtures/manifests/hospital-imaging.yaml:42:7" in (failure.text or "")
    assert "Remediation: Describe purpose.description" in (failure.text or "")
    warning = cases["RET-02"].find("skipped")
    assert warning is not None and (warning.get("message") or "").startswith(
        "warning: Retention of 12 years"
    )
    waived = cases["MIN-03"].find("skipped")
    assert waived is not None and waived.get("message") == f"waived: {WAIVER.justification}"
    assert "approved_by=DPO, Jane Doe" in (waived.text or "")
    not_applicable = cases["DPIA-01"].find("skipped")
    assert not_applicable is not None
    assert not_applicable.get("message") == "not applicable: No DPIA needed: gdpr_applies is false."


def test_junit_drops_xml_illegal_characters_and_keeps_the_rest() -> None:
    output = junit.render(two_manifests(), RenderOptions())
    assert "\x00" not in output and "\x1b" not in output and "\x0b" not in output
    failure = ET.fromstring(output).find(".//failure")
    assert failure is not None
    message = failure.get("message") or ""
    assert message == junit.clean(HOSTILE_MESSAGE)
    assert "<script>alert(1)</script>" in message and "\n" in message  # escaped, not lost


def test_junitparser_reads_the_same_counts() -> None:
    verdicts = two_manifests()
    suites = list(JUnitXml.fromstring(junit.render(verdicts, RenderOptions()).encode("utf-8")))
    first = suites[0]
    outcomes = {
        case.name.split(" ")[0]: type(case.result[0]) if case.result else None for case in first
    }
    assert outcomes == {
        "SCOPE-01": None,
        "PURPOSE-01": Failure,
        "MIN-03": Skipped,
        "RET-02": Skipped,
        "DPIA-01": Skipped,
    }
    assert (first.tests, first.failures, first.errors, first.skipped) == (5, 1, 0, 3)
    assert suites[1].name == HOSTILE_PATH


# --- GitHub workflow commands ---------------------------------------------------------------


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command as the runner does: name, properties, message."""
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    name, _, listed = head.partition(" ")
    properties = dict(item.split("=", 1) for item in listed.split(",")) if listed else {}
    return name, {k: unescape(v) for k, v in properties.items()}, unescape(message)


def unescape(text: str) -> str:
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def test_escaping_follows_the_runner_rules() -> None:
    assert github.escape_data("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b"
    assert github.escape_property("100%\r\nnext: a,b") == "100%25%0D%0Anext%3A a%2Cb"
    assert unescape(github.escape_property("%0A literally, :")) == "%0A literally, :"


def test_github_annotations_round_trip_through_the_runner_parsing() -> None:
    verdicts = two_manifests()
    # The runner splits its output on line ends only (str.splitlines also splits on \v).
    lines = github.render(verdicts, RenderOptions()).rstrip("\n").split("\n")
    commands = [parse_command(line) for line in lines if line.startswith("::")]
    expected = [(v, r) for v in verdicts for r in v.results if r.status in (FAIL, WARN, WAIVED)]
    notes = [(v, n) for v in verdicts for n in v.waiver_notes]
    assert len(commands) == len(expected) + len(notes)
    for (name, properties, message), (verdict, note) in zip(
        commands[len(expected) :], notes, strict=True
    ):
        assert (name, properties["file"]) == ("warning", verdict.path)
        assert properties["title"] == f"cnilpolicy waiver {note.kind}"
        assert message == note.message
    for (name, properties, message), (verdict, result) in zip(
        commands[: len(expected)], expected, strict=True
    ):
        assert name == {FAIL: "error", WARN: "warning", WAIVED: "notice"}[result.status]
        assert properties["file"] == verdict.path
        assert (properties["line"], properties["col"]) == (str(result.line), str(result.column))
        assert properties["title"].startswith(f"{result.rule_id} {result.title}")
        assert re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", result.message) in message
        assert "\x1b" not in message and "\x00" not in message
    # Nothing a manifest says can start a line of its own.
    plain = [line for line in lines if not line.startswith("::")]
    assert [line.split(": ")[0] for line in plain] == ["cnilpolicy", "cnilpolicy"]
    assert len(lines) == len(commands) + len(verdicts)
    assert not any(line.startswith("::error::forged") for line in lines)


def test_the_step_summary_is_appended(tmp_path: Path) -> None:
    assert github.step_summary_path({}) is None
    assert github.step_summary_path({"GITHUB_STEP_SUMMARY": ""}) is None
    summary = tmp_path / "summary.md"
    assert github.step_summary_path({"GITHUB_STEP_SUMMARY": str(summary)}) == str(summary)
    summary.write_text("earlier step\n", encoding="utf-8")
    verdicts = two_manifests()
    github.write_step_summary(verdicts, RenderOptions(), summary)
    github.write_step_summary(verdicts, RenderOptions(), summary)
    expected = markdown_summary.render(verdicts, RenderOptions()) + "\n"
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + expected * 2


# --- Markdown summary -------------------------------------------------------------------------


def markdown_html(text: str) -> str:
    # GitHub and GitLab render GFM tables and keep some raw HTML (details, summary, sub).
    rendered: str = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    return rendered


def table_rows(html: str) -> list[ET.Element]:
    tables = ET.fromstring(f"<root>{html.replace('<br>', '<br/>')}</root>").iter("table")
    return [row for table in tables for row in table.iter("tr")]


def test_markdown_tables_keep_their_shape_and_render_hostile_text_as_text() -> None:
    verdicts = two_manifests()
    html = markdown_html(markdown_summary.render(verdicts, RenderOptions()))
    assert "<script>" not in html and "<b>" not in html
    assert '<a href="https://evil.example">' not in html
    assert "<strong>" not in html  # **bold** stays literal
    for row in table_rows(html):
        parent_width = len(row)
        assert parent_width in (3, 5, 6, 7), ET.tostring(row, encoding="unicode")
    findings = [row for row in table_rows(html) if len(row) == 5][1:]
    assert ["".join(cell.itertext()).strip() for cell in findings[0]][1:4] == [
        "PURPOSE-01",
        "A determined, explicit and legitimate purpose",
        "fixtures/manifests/hospital-imaging.yaml:42:7 /processing_activities/0/purpose",
    ]
    message = "".join(findings[0][4].itertext())
    assert (
        "<script>alert(1)</script> | `x` @security-team 100% [link](https://evil.example)"
        in message
    )
    assert "\n" not in message and "\x00" not in message
    assert len(findings) == sum(1 for v in verdicts for r in v.results if r.status in (FAIL, WARN))
    odd_place = "".join(findings[-1][3].itertext())
    assert odd_place.startswith(f"{HOSTILE_PATH}:20:13")


def test_markdown_counts_and_folded_sections() -> None:
    verdicts = two_manifests()
    text = markdown_summary.render(verdicts, RenderOptions())
    assert text.startswith("### cnilpolicy: ❌ Non compliant\n")
    html = markdown_html(text)
    counts = [
        ["".join(c.itertext()).strip() for c in row] for row in table_rows(html) if len(row) == 7
    ]
    assert counts[0][0] == "Manifest"
    assert counts[1] == [verdicts[0].path, "❌ Non compliant", "1", "1", "1", "2", "1"]
    assert counts[2][0] == HOSTILE_PATH and counts[2][2:] == ["0", "1", "0", "2", "0"]
    # Waived findings and each manifest's passing rules are folded away.
    assert text.count("<details>") == 1 + len(verdicts)
    waived_rows = [row for row in table_rows(html) if len(row) == 6]
    assert "".join(waived_rows[1][3].itertext()) == WAIVER.justification
    passing = [
        ["".join(c.itertext()).strip() for c in row] for row in table_rows(html) if len(row) == 3
    ]
    assert ["✅ pass", "SCOPE-01", "Personal-data screening of the development phase"] in passing
    # PURPOSE-01 passes at one pointer but fails at another: it is not a passing rule.
    assert not any(row[1] == "PURPOSE-01" for row in passing)
    assert "evaluated on 2026-01-15 · pack cnil-2024 · cnilpolicy 0.1.0" in text


def test_markdown_summary_speaks_french() -> None:
    text = markdown_summary.render(two_manifests(), RenderOptions(lang="fr"))
    assert text.startswith("### cnilpolicy: ❌ Non conforme\n")
    assert "#### Échecs et avertissements" in text
    assert "Une aide technique, pas un conseil juridique." in text


def test_markdown_summary_of_no_manifest() -> None:
    assert "No manifest was evaluated." in markdown_summary.render([], RenderOptions())


def test_code_spans_survive_backticks_and_pipes() -> None:
    span = markdown_summary.code_span("a ``b`` | c")
    html = markdown_html(f"| x |\n|---|\n| {span} |\n")
    (cell,) = table_rows(html)[1]
    assert "".join(cell.itertext()) == "a ``b`` | c"


@pytest.mark.parametrize("output_format", ["sarif", "junit", "github", "markdown-summary"])
def test_no_manifest_still_gives_a_well_formed_output(output_format: str) -> None:
    output = FORMATS[output_format]([], RenderOptions())
    if output_format == "sarif":
        assert_valid_sarif(json.loads(output))
        assert json.loads(output)["runs"][0]["results"] == []
    elif output_format == "junit":
        assert ET.fromstring(output).get("tests") == "0"
    elif output_format == "github":
        assert output == ""
    else:
        assert output.startswith("### cnilpolicy")


def test_a_batch_in_json_is_the_plain_serialisation_of_its_document() -> None:
    from cnilpolicy.render import json_format
    from cnilpolicy.verdict import dumps

    verdicts = two_manifests()
    assert json_format.render(verdicts, RenderOptions()) == dumps(json_format.document(verdicts))
    pieces = list(chunks(json_format.JsonRenderer(RenderOptions(), ["a", "b"]), iter(verdicts)))
    assert len(pieces) > 2  # written a manifest at a time
    assert any(isinstance(piece, memoryview) for piece in pieces)  # orjson's bytes, as they are
    assert text_of(pieces) == dumps(json_format.document(verdicts))
    one = verdicts[:1]
    assert json_format.render(one, RenderOptions()) == dumps(json_format.document(one))
    assert json_format.render([], RenderOptions()) == dumps(json_format.document([]))


def test_the_test_verdicts_cite_in_french_as_the_policies_do() -> None:
    # The French golden files show the references a French reader is given: each one the
    # test verdicts use is what the shipped catalog gives for the same English reference.
    from cnilpolicy.catalog import load_shipped_catalog
    from tests.report_verdicts import REFERENCES
    from tests.verdicts import FRENCH_REFERENCES, french_reference

    given: dict[str, Any] = {}
    for rule in load_shipped_catalog():
        english, french_refs = rule.references_in("en"), rule.references_in("fr")
        for en, fr in zip(english.cnil_pages, french_refs.cnil_pages, strict=True):
            given[en.url or ""] = fr
        for en, fr in zip(english.articles, french_refs.articles, strict=True):
            given[en.label] = fr
    assert FRENCH_REFERENCES and all(given[k] == v for k, v in FRENCH_REFERENCES.items())
    for key, reference in REFERENCES["en"].items():
        translated = REFERENCES["fr"][key]
        if translated != reference:
            assert translated in given.values(), key
    # Every reference of the French entries is French.
    for entry in french([*with_problems("fr"), *with_baseline()]):
        for result in getattr(entry, "results", ()):
            for reference in result.references:
                assert "GDPR" not in reference.label, reference
                assert "/en/" not in (reference.url or "") or "(page en anglais)" in reference.label
    assert french_reference(hospital().results[0].references[-1]).label.startswith("RGPD, art.")
