"""Sections the pack does not evaluate: named once in every format, never in the exit code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.render import FORMATS
from cnilpolicy.schema import validator
from cnilpolicy.sections import SECTION_STEPS, unevaluated_sections
from tests.support import EVALUATION_DATE, FIXTURES, ROOT

SCRAPED = FIXTURES / "manifests" / "llm-web-scraped.yaml"
NOTICE = re.compile(r"Not evaluated by pack cnil-2024: [^\n]*scraping \(cnil-extended\)")


def test_the_default_pack_is_the_complete_catalog() -> None:
    assert DEFAULT_PACK == "cnil-extended"
    every_step = {step for pack in PACKS.values() for step in pack.steps}
    assert set(PACKS[DEFAULT_PACK].steps) == every_step


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def test_each_section_is_read_by_the_steps_listed() -> None:
    # The map must not claim a reader that does not exist: each listed step has a
    # rule (outside the tests) that reads the section.
    schema = json.loads((ROOT / "schemas" / "manifest.schema.json").read_text())
    # extensions: an organisation's fields, read by its own rules (--policy), no CNIL step.
    bookkeeping = {"$schema", "manifest_version", "project", "waivers", "action_plan", "extensions"}
    assert set(SECTION_STEPS) == set(schema["properties"]) - bookkeeping
    for section, steps in SECTION_STEPS.items():
        # A rule also reads a section through the shared facts named after it
        # (facts.ai_act_annex_iii_areas reads ai_act).
        reads = re.compile(
            rf'(manifest\.{section}\b|"{section}"|manifest, \["{section}"|facts\.{section}_)'
        )
        for step in steps:
            files = [
                path
                for path in (ROOT / "policies" / "cnil" / step).glob("*.rego")
                if not path.name.endswith("_test.rego")
            ]
            code = [_without_comments(path.read_text()) for path in files]
            assert any(reads.search(text) for text in code), (section, step)


def test_only_declared_sections_left_out_by_the_pack_are_named() -> None:
    manifest = {"scraping": {"robots_txt_respected": False}, "security": {}, "datasets": [{}]}
    found = unevaluated_sections(manifest, PACKS["cnil-2024"])
    assert [(s.section, s.packs) for s in found] == [("scraping", ("cnil-extended",))]
    assert unevaluated_sections(manifest, PACKS["cnil-extended"]) == ()


def _check(server: LocalOpaServer, output_format: str, pack: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["check", "--format", output_format, "--date", EVALUATION_DATE, "--pack", pack,
         "--opa-url", server.url, str(SCRAPED)],
        catch_exceptions=False,
    )  # fmt: skip
    return result.exit_code, result.stdout


@pytest.mark.parametrize("output_format", sorted(FORMATS))
def test_every_format_carries_the_notice_once(
    opa_server: LocalOpaServer, output_format: str
) -> None:
    code, output = _check(opa_server, output_format, "cnil-2024")
    assert code == 0  # the notice never changes the exit code
    if output_format == "json":  # the structured field (see the next test)
        assert output.count('"unevaluated_sections"') == 1
    else:
        assert len(NOTICE.findall(output)) == 1, output_format
    _, complete = _check(opa_server, output_format, "cnil-extended")
    assert "Not evaluated by pack" not in complete


def test_the_json_verdict_lists_the_sections(opa_server: LocalOpaServer, tmp_path: Path) -> None:
    code, output = _check(opa_server, "json", "cnil-2024")
    verdict = json.loads(output)
    validator("verdict.schema.json").validate(verdict)
    sections = {s["section"] for s in verdict["unevaluated_sections"]}
    assert {"scraping", "transparency", "rights", "distribution", "model"} <= sections
    assert all(s["packs"] == ["cnil-extended"] for s in verdict["unevaluated_sections"])
    assert verdict["verdict"] == "compliant" and code == 0
