"""Issue 10, findings 1 and 2: no answer of OPA that lacks a result ever reads as a pass.

Every test runs the real OPA: the shared server, a server on a altered copy of
the policies, or the real server behind a proxy that drops part of its answer.
"""

from __future__ import annotations

import http.server
import json
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.errors import EngineError
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.resources import policies_dir
from tests.support import (
    EVALUATION_DATE,
    FIXTURES,
    ServesRealRevision,
    forged_bundle,
    load_case,
)

#: Characters strings.render_template refuses in a parameter (issue 10, finding 1).
UNRENDERABLE = ["\x7f", "\x00", "\x01", "\x07", "\x08", "\x0b", "\x1b", "\x1f"]
#: Failing cases whose message quotes a free-text field of the manifest.
CASES = {
    "MIN-01": "minimisation/min-01-category-without-justification.yaml",
    "PURPOSE-04": "purpose/purpose-04-generic-purpose-without-capabilities.yaml",
    "REUSE-02": "reuse/reuse-02-incompatible-reuse.yaml",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def check(url: str, *paths: Path, fmt: str = "json") -> Result:
    return run("check", "--format", fmt, "--date", EVALUATION_DATE, "--opa-url", url,
               "--pack", "cnil-2024", *map(str, paths))  # fmt: skip


def _strings(document: Any, pointer: str = "") -> Iterator[str]:
    """The JSON pointer of every string value in document."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _strings(value, f"{pointer}/{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _strings(value, f"{pointer}/{index}")
    elif isinstance(document, str):
        yield pointer


def _append(document: Any, pointer: str, suffix: str) -> None:
    *parents, last = pointer.split("/")[1:]
    for token in parents:
        document = document[int(token)] if isinstance(document, list) else document[token]
    key: Any = int(last) if isinstance(document, list) else last
    document[key] += suffix


@pytest.mark.parametrize("rule", sorted(CASES))
def test_a_control_character_in_any_field_never_deletes_a_failure(
    opa_server: LocalOpaServer, tmp_path: Path, rule: str
) -> None:
    manifest = load_case(FIXTURES / "cases" / CASES[rule]).manifest
    # One manifest per string of the case, with one of the characters appended
    # to it (in turn): the free texts the rule quotes are among them.
    written = []
    for number, pointer in enumerate(_strings(manifest)):
        mutated = json.loads(json.dumps(manifest))
        _append(mutated, pointer, UNRENDERABLE[number % len(UNRENDERABLE)])
        target = tmp_path / f"m{number}.json"
        target.write_text(json.dumps(mutated), encoding="utf-8")
        written.append(target)
    result = check(opa_server.url, *written)
    document = json.loads(result.stdout)
    judged = [m for m in document["manifests"] if m["verdict"] not in ("error", "invalid")]
    for verdict in document["manifests"]:
        assert verdict["verdict"] != "compliant", verdict["manifest"]["path"]
    # Most mutations only break the schema (exit 2): those that pass it keep the failure.
    for verdict in judged:
        failed = {r["rule_id"] for r in verdict["results"] if r["status"] == "fail"}
        assert rule in failed, verdict["manifest"]["path"]
    assert result.exit_code in (1, 2)
    assert judged


def test_min_01_with_a_delete_character_in_a_category_name_still_fails(
    opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    # The reproduction of the issue: COMPLIANT and exit 0 before the fix.
    manifest = load_case(FIXTURES / "cases" / CASES["MIN-01"]).manifest
    manifest["datasets"][0]["personal_data_categories"][1]["name"] += "\x7f"
    target = tmp_path / "min01.json"
    target.write_text(json.dumps(manifest), encoding="utf-8")
    result = check(opa_server.url, target)
    verdict = json.loads(result.stdout)
    assert result.exit_code == 1
    assert verdict["verdict"] == "non_compliant"
    (failure,) = [r for r in verdict["results"] if r["status"] == "fail"]
    assert failure["rule_id"] == "MIN-01"
    assert "age_band\\x7f" in failure["message"]


@pytest.fixture(scope="module")
def altered_policies(tmp_path_factory: pytest.TempPathFactory, opa_binary: Path) -> Iterator[str]:
    """A server whose MIN-01 cannot render one message, and whose SCOPE-01 lost its results."""
    copy = tmp_path_factory.mktemp("policies") / "policies"
    shutil.copytree(policies_dir(), copy)
    min_01 = copy / "cnil" / "minimisation" / "min_01.rego"
    text = min_01.read_text(encoding="utf-8")
    broken = text.replace(
        "the personal data category {{.category}} has", "the personal data category {{.category has"
    )
    assert broken != text
    min_01.write_text(broken, encoding="utf-8")
    bundle = forged_bundle(copy, copy.parent / "forged.tar.gz")
    with LocalOpaServer(opa_binary, policies=bundle) as server:
        yield server.url


def _write_case(tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.json"
    target.write_text(json.dumps(load_case(FIXTURES / "cases" / CASES[name]).manifest))
    return target


@pytest.mark.parametrize(
    "fmt", ["text", "json", "sarif", "junit", "github", "markdown-summary", "html", "markdown"]
)
def test_one_manifest_opa_cannot_judge_is_reported_and_the_batch_goes_on(
    altered_policies: str, tmp_path: Path, fmt: str
) -> None:
    bad = _write_case(tmp_path, "MIN-01")
    failing = _write_case(tmp_path, "PURPOSE-04")
    good = FIXTURES / "manifests" / "no-personal-data.yaml"
    result = check(altered_policies, bad, failing, good, fmt=fmt)
    assert result.exit_code == 3
    assert f"{bad}: the message of rule MIN-01 could not be rendered" in result.stderr
    assert str(failing) in result.stdout and str(good) in result.stdout
    if fmt == "json":
        document = json.loads(result.stdout)
        assert document["verdict"] == "error"
        verdicts = {m["manifest"]["path"]: m for m in document["manifests"]}
        assert verdicts[str(bad)]["verdict"] == "error"
        # Reported like an invalid manifest: an entry with its errors, in the same slot.
        assert "MIN-01" in verdicts[str(bad)]["errors"][0]["message"]
        assert verdicts[str(failing)]["verdict"] == "non_compliant"
        assert verdicts[str(good)]["verdict"] == "compliant"
    elif fmt == "sarif":
        (invocation,) = json.loads(result.stdout)["runs"][0]["invocations"]
        assert invocation["executionSuccessful"] is False
        assert "MIN-01" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    elif fmt == "junit":
        assert 'errors="1"' in result.stdout and "<error " in result.stdout
    elif fmt == "github":
        assert f"::error file={bad},title=cnilpolicy engine error::" in result.stdout
    else:
        assert "MIN-01 could not be rendered" in result.stdout


class _DroppingProxy(ServesRealRevision):
    """Forwards to the real OPA and drops every result of one rule from its answer."""

    upstream = ""
    dropped = "SCOPE-01"

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request = urllib.request.Request(
            self.upstream + self.path, data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            document = json.loads(answer.read())
        results = document.get("result", {}).get("results")
        if isinstance(results, list):
            document["result"]["results"] = [r for r in results if r["rule_id"] != self.dropped]
        payload = json.dumps(document).encode()
        self.send_json(payload)


def test_an_answer_missing_one_rule_is_an_engine_error(opa_server: LocalOpaServer) -> None:
    handler = type("Handler", (_DroppingProxy,), {"upstream": opa_server.url})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{proxy.server_address[1]}"
        result = check(url, FIXTURES / "manifests" / "no-personal-data.yaml")
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert result.exit_code == 3
    assert "SCOPE-01 gave no result for this manifest" in result.stderr
    assert json.loads(result.stdout)["verdict"] == "error"


def test_a_rule_package_whose_results_rule_was_renamed_is_an_engine_error(
    opa_binary: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "policies"
    shutil.copytree(policies_dir(), copy)
    scope_01 = copy / "cnil" / "scope" / "scope_01.rego"
    text = scope_01.read_text(encoding="utf-8")
    assert "\nresults " in text or "\nresults contains" in text or "\nresults :=" in text
    scope_01.write_text(text.replace("\nresults", "\nresults_renamed"), encoding="utf-8")
    (copy / "cnil" / "scope" / "scope_01_test.rego").unlink(missing_ok=True)
    bundle = forged_bundle(copy, tmp_path / "forged.tar.gz")
    with LocalOpaServer(opa_binary, policies=bundle) as server:
        result = check(server.url, FIXTURES / "manifests" / "no-personal-data.yaml")
    # The forged revision is the shipped one: the rules' texts come from the catalog, and
    # the answer contract finds SCOPE-01's results missing (with OPA describing the rules,
    # data.cnilpolicy.rules.without_results names the package: tests/test_fleet.py).
    assert result.exit_code == 3
    assert "SCOPE-01 gave no result for this manifest" in result.stderr
    assert json.loads(result.stdout)["verdict"] == "error"


def _policies_without_scope_01(tmp_path: Path) -> Path:
    copy = tmp_path / "policies"
    shutil.copytree(policies_dir(), copy)
    (copy / "cnil" / "scope" / "scope_01.rego").unlink()
    (copy / "cnil" / "scope" / "scope_01_test.rego").unlink(missing_ok=True)
    return copy


def test_a_rule_package_missing_entirely_is_an_engine_error(
    opa_binary: Path, tmp_path: Path
) -> None:
    # Neither rule_info nor results: only cnilpolicy's own catalog can tell it is gone. The
    # forged revision is the shipped one, so the rules' texts come from that catalog
    # (check.describe_rules), and the answer contract finds SCOPE-01's results missing.
    copy = _policies_without_scope_01(tmp_path)
    bundle = forged_bundle(copy, tmp_path / "forged.tar.gz")
    with LocalOpaServer(opa_binary, policies=bundle) as server:
        result = check(server.url, FIXTURES / "manifests" / "no-personal-data.yaml")
    assert result.exit_code == 3
    assert "SCOPE-01 gave no result for this manifest" in result.stderr
    assert json.loads(result.stdout)["verdict"] == "error"


def test_a_rule_package_missing_from_opa_s_descriptions_is_an_engine_error(
    opa_binary: Path, tmp_path: Path
) -> None:
    # Asked of OPA (the run's policies are not the shipped ones: here, the copy itself,
    # as a run with --policy folders asks), a description missing from the answer is
    # named against cnilpolicy's catalog before any manifest is judged.
    copy = _policies_without_scope_01(tmp_path)
    from cnilpolicy.check import CheckOptions, describe_rules
    from cnilpolicy.engine.client import PolicyEngine
    from cnilpolicy.packs import PACKS

    bundle = tmp_path / "copy.tar.gz"
    revision = load_policy_set(cnil=copy).write_tarball(bundle)
    options = CheckOptions(pack=PACKS["cnil-2024"], lang="en", evaluation_date=EVALUATION_DATE)
    with LocalOpaServer(opa_binary, policies=bundle) as server:
        engine = PolicyEngine(server.url, timeout=60)
        try:
            with pytest.raises(EngineError, match=r"lack rule\(s\) SCOPE-01 of"):
                describe_rules(engine, options, revision)
        finally:
            engine.close()
