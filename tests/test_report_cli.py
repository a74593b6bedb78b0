"""End to end: `cnilpolicy check --format html|markdown` against the real OPA.

The JSON verdict of the same run is the reference: the report must show every
step, rule, message and action of it, in the chosen language.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.render.report_labels import (
    STEP_STATUS_WORDS,
    STEP_TITLES,
    VERDICT_WORDS,
    labels,
    word,
)
from tests.report_verdicts import ParsedPage, flat, parse_html
from tests.support import (
    BASE_MANIFESTS,
    CASES,
    COMPLIANT_MANIFESTS,
    EVALUATION_DATE,
    load_case,
    read_yaml,
)


def run(server: LocalOpaServer, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        ["check", "--date", EVALUATION_DATE, "--opa-url", server.url, *args],
        catch_exceptions=False,
    )


def reports(server: LocalOpaServer, manifest: Path, lang: str) -> tuple[Any, ParsedPage, str]:
    """The JSON verdict, the HTML report parsed, and the Markdown report's text."""
    outputs = {
        fmt: run(server, "--format", fmt, "--lang", lang, str(manifest))
        for fmt in ("json", "html", "markdown")
    }
    codes = {fmt: result.exit_code for fmt, result in outputs.items()}
    assert len(set(codes.values())) == 1, codes
    verdict = json.loads(outputs["json"].stdout)
    page = parse_html(outputs["html"].stdout)
    rendered = MarkdownIt("commonmark").enable("table").render(outputs["markdown"].stdout)
    return verdict, page, flat(parse_html(rendered).text)


def assert_report_shows(verdict: Any, page: ParsedPage, markdown_text: str, lang: str) -> None:
    label = labels(lang)
    verdict_word = flat(word(VERDICT_WORDS, lang, verdict["verdict"]))
    assert verdict_word in page.section("summary") and verdict_word in markdown_text
    header = page.section("report")
    assert (
        verdict["manifest"]["sha256"] in header and verdict["manifest"]["sha256"] in markdown_text
    )
    if verdict["project"]:
        assert flat(verdict["project"]) in header
    step_ids = [i for i in page.ids if i.startswith("step-")]
    assert step_ids == [f"step-{s['id'].replace('_', '-')}" for s in verdict["steps"]]
    for step in verdict["steps"]:
        section = page.section(f"step-{step['id'].replace('_', '-')}")
        assert flat(word(STEP_TITLES, lang, step["id"])) in section
        assert flat(word(STEP_STATUS_WORDS, lang, step["status"])) in section
        assert flat(word(STEP_TITLES, lang, step["id"])) in markdown_text
    for result in verdict["results"]:
        section = page.section(f"step-{result['step'].replace('_', '-')}")
        assert result["rule_id"] in section
        assert flat(result["message"]) in section
        assert flat(result["message"]) in markdown_text
    actions = page.section("actions")
    assert flat(label["action_plan"]) in actions
    for result in verdict["results"]:
        if result["status"] in ("fail", "warn"):
            assert result["rule_id"] in actions and flat(result["remediation"]) in actions
    for fact in verdict["derived_facts"]:
        assert fact["pointer"] in page.section("facts")
    assert flat(label["statement"]) in page.section("statement")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("manifest", BASE_MANIFESTS, ids=lambda p: p.stem)
def test_each_fixture_report_in_each_language(
    opa_server: LocalOpaServer, manifest: Path, lang: str
) -> None:
    verdict, page, markdown_text = reports(opa_server, manifest, lang)
    assert verdict["lang"] == lang
    assert page.tags[0] == ("html", {"lang": lang})
    assert_report_shows(verdict, page, markdown_text, lang)


def _first_failing_case() -> Path:
    for path in CASES:
        case = load_case(path)
        if case.expected_fail and case.pack == "cnil-2024":
            return path
    raise AssertionError("no failing case in fixtures/cases")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_failing_manifest_gets_an_action_plan(
    opa_server: LocalOpaServer, tmp_path: Path, lang: str
) -> None:
    case = load_case(_first_failing_case())
    verdict, page, markdown_text = reports(opa_server, case.write(tmp_path), lang)
    assert verdict["verdict"] == "non_compliant"
    assert_report_shows(verdict, page, markdown_text, lang)
    actions = page.section("actions")
    for rule_id in case.expected_fail:
        assert rule_id in actions
    assert flat(word(STEP_STATUS_WORDS, lang, "fail")) in page.section("summary")


def test_the_html_report_goes_to_the_output_file(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    result = run(opa_server, "--format", "html", "--output", str(target), str(BASE_MANIFESTS[0]))
    assert result.exit_code == 0 and result.stdout == ""
    document = target.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>") and document.rstrip().endswith("</html>")


def test_a_batch_gives_one_html_page_with_every_report(opa_server: LocalOpaServer) -> None:
    result = run(opa_server, "--format", "html", *map(str, BASE_MANIFESTS))
    page = parse_html(result.stdout)
    assert result.stdout.count("<html") == 1
    index = page.section("index")
    for manifest in BASE_MANIFESTS:
        assert str(manifest) in index
        assert f"{manifest.stem}--report" in page.ids


@pytest.mark.parametrize(("output_format", "suffix"), [("html", ".html"), ("markdown", ".md")])
def test_a_batch_into_a_folder_writes_one_report_per_manifest_and_an_index(
    opa_server: LocalOpaServer, tmp_path: Path, output_format: str, suffix: str
) -> None:
    manifests = COMPLIANT_MANIFESTS  # all compliant, so the batch exits 0
    folder = tmp_path / "reports"
    result = run(
        opa_server, "--format", output_format, "--output", f"{folder}/", *map(str, manifests)
    )
    assert result.exit_code == 0 and result.stdout == ""
    written = sorted(path.name for path in folder.iterdir())
    assert written == sorted([f"index{suffix}", *(f"{m.stem}{suffix}" for m in manifests)])
    index = (folder / f"index{suffix}").read_text(encoding="utf-8")
    for manifest in manifests:
        assert f"{manifest.stem}{suffix}" in index  # linked from the index
        assert str(manifest) in (folder / f"{manifest.stem}{suffix}").read_text(encoding="utf-8")


def test_the_evidence_quotes_the_manifest_value(opa_server: LocalOpaServer) -> None:
    manifest = BASE_MANIFESTS[0]
    data = read_yaml(manifest)
    verdict = json.loads(run(opa_server, "--format", "json", str(manifest)).stdout)
    quoted = [r for r in verdict["results"] if "value" in r]
    assert quoted
    for result in quoted:
        value: Any = data
        for token in result["pointer"].split("/")[1:]:
            value = value[int(token)] if isinstance(value, list) else value[token]
        expected = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        if isinstance(value, bool):
            expected = str(value).lower()
        if len(expected) > 160:
            expected = expected[:159] + "…"
        assert result["value"] == expected
    sample = next(r for r in quoted if r["value"].isalnum())
    html = run(opa_server, "--format", "html", str(manifest)).stdout
    assert f'<q class="value"><bdi>{sample["value"]}</bdi></q>' in html
    markdown = run(opa_server, "--format", "markdown", str(manifest)).stdout
    assert f"`{sample['pointer']}` = `{sample['value']}`" in markdown
