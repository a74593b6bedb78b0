"""cnilpolicy as a pipeline runs it: the installed command in a subprocess, the real OPA.

Invalid manifests and engine errors in every format, --fail-on in every format,
the baseline by manifest identity, and what makes a large run readable
(--quiet, totals, -o, --no-color, - for standard input, completion).
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.render import FORMATS
from cnilpolicy.schema import validator
from tests.support import CASES, EVALUATION_DATE, FIXTURES, load_case
from tests.test_formats import assert_valid_sarif

CLI = Path(sys.executable).parent / "cnilpolicy"
HOSPITAL = FIXTURES / "manifests" / "hospital-imaging.yaml"
#: On this date the hospital's manifest has two warnings (overdue data reviews) and no failure.
WARNING_DATE = "2026-12-05"
CODEQUALITY_SCHEMA = Path(__file__).parent / "data" / "gitlab-codequality.schema.json"

GOOD = "services/good/cnil-manifest.yaml"
BAD = "services/bad/cnil-manifest.yaml"
BROKEN = "services/broken/cnil-manifest.yaml"
FAILING = "services/failing/cnil-manifest.json"


def cnilpolicy(
    cwd: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    environment.update(env or {})
    return subprocess.run(
        [str(CLI), *args],
        cwd=cwd, input=stdin, env=environment, capture_output=True, text=True, timeout=180,
        check=False,
    )  # fmt: skip


def check(
    cwd: Path, server: LocalOpaServer, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    # A later --date among args wins: Click keeps the last value of an option.
    return cnilpolicy(
        cwd, "check", "--opa-url", server.url, "--date", EVALUATION_DATE, *args, stdin=stdin
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository of several services: one valid, one failing the schema, one not YAML."""
    good = tmp_path / GOOD
    good.parent.mkdir(parents=True)
    shutil.copy(HOSPITAL, good)
    bad = tmp_path / BAD
    bad.parent.mkdir(parents=True)
    # An unknown key on line 1 and a date that is not one, further down.
    text = HOSPITAL.read_text(encoding="utf-8")
    bad.write_text("surprise: 1\n" + text, encoding="utf-8")
    broken = tmp_path / BROKEN
    broken.parent.mkdir(parents=True)
    broken.write_text("project: [\n", encoding="utf-8")
    failing = tmp_path / FAILING
    failing.parent.mkdir(parents=True)
    case = next(load_case(path) for path in CASES if path.name == "ret-01-no-period.yaml")
    failing.write_text(case.write(tmp_path).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


# --- invalid manifests in every format --------------------------------------------------


def test_every_format_lists_the_invalid_manifests(repo: Path, opa_server: LocalOpaServer) -> None:
    for output_format in sorted(FORMATS):
        result = check(repo, opa_server, GOOD, BAD, BROKEN, "--format", output_format)
        assert result.returncode == 2, (output_format, result.stderr)
        assert BAD in result.stdout and BROKEN in result.stdout, output_format
        assert "unknown key" in result.stdout and "surprise" in result.stdout, output_format
        # The valid manifest is still evaluated and reported (Code Quality lists only issues).
        assert (GOOD in result.stdout) != (output_format == "codequality"), output_format


def test_json_gives_each_invalid_manifest_its_entry_and_errors(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    result = check(repo, opa_server, GOOD, BAD, BROKEN, "--format", "json")
    document = json.loads(result.stdout)
    validator("verdict.schema.json").validate(document)
    assert document["verdict"] == "invalid"
    entries = {entry["manifest"]["path"]: entry for entry in document["manifests"]}
    assert [e["manifest"]["path"] for e in document["manifests"]] == [GOOD, BAD, BROKEN]
    assert entries[GOOD]["verdict"] == "compliant"
    bad = entries[BAD]
    assert bad["verdict"] == "invalid"
    assert bad["errors"] == [
        {"pointer": "/surprise", "line": 1, "column": 1, "message": "unknown key 'surprise'"}
    ]
    (broken,) = entries[BROKEN]["errors"]
    assert broken["line"] == 2 and "while parsing" in broken["message"]
    # Alone, the invalid manifest's entry is the whole document.
    alone = json.loads(check(repo, opa_server, BAD, "--format", "json").stdout)
    validator("verdict.schema.json").validate(alone)
    assert alone == bad | {"format_version": "1"}


def test_sarif_reports_schema_errors_as_results_of_a_declared_rule(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    result = check(repo, opa_server, BAD, "--format", "sarif", "-o", "out.sarif")
    assert result.returncode == 2
    document = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    assert_valid_sarif(document)
    (run,) = document["runs"]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    (finding,) = run["results"]
    assert finding["ruleId"] == "MANIFEST-SCHEMA" and finding["level"] == "error"
    assert rules[finding["ruleIndex"]] == "MANIFEST-SCHEMA"
    location = finding["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == BAD
    assert location["region"] == {"startLine": 1, "startColumn": 1}
    # An invalid manifest is a finding, not a failure of the tool.
    assert run["invocations"][0]["executionSuccessful"] is True


def test_an_engine_error_still_writes_a_report_that_says_so(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    # A server that is not there: nothing can be evaluated.
    closed = "http://127.0.0.1:9"
    for output_format in ("sarif", "json", "junit", "github"):
        result = cnilpolicy(
            repo, "check", GOOD, BAD, "--opa-url", closed, "--format", output_format,
            "--timeout", "2",
        )  # fmt: skip
        assert result.returncode == 3, result.stderr
        # The schema error, then the engine error: one line each.
        assert result.stderr.splitlines()[0].startswith(f"{BAD}:1:1:")
        assert result.stderr.splitlines()[-1].startswith("cnilpolicy: error: OPA at")
        assert len(result.stderr.splitlines()) == 2
        if output_format == "sarif":
            (run,) = json.loads(result.stdout)["runs"]
            invocation = run["invocations"][0]
            assert invocation["executionSuccessful"] is False
            (note,) = invocation["toolExecutionNotifications"]
            assert note["level"] == "error"
            uri = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            assert uri == GOOD
            # The invalid manifest is still reported as such.
            assert [r["ruleId"] for r in run["results"]] == ["MANIFEST-SCHEMA"]
        elif output_format == "json":
            verdicts = [e["verdict"] for e in json.loads(result.stdout)["manifests"]]
            assert verdicts == ["error", "invalid"]
        elif output_format == "junit":
            root = ET.fromstring(result.stdout)
            assert root.get("errors") == "2"
        else:
            assert f"::error file={GOOD},title=cnilpolicy engine error" in result.stdout


def test_junit_and_github_locate_the_schema_error(repo: Path, opa_server: LocalOpaServer) -> None:
    junit = check(repo, opa_server, GOOD, BAD, "--format", "junit")
    root = ET.fromstring(junit.stdout)
    suite = next(s for s in root.iter("testsuite") if s.get("name") == BAD)
    (case,) = suite.iter("testcase")
    error = case.find("error")
    assert error is not None and "unknown key 'surprise'" in (error.text or "")
    assert root.get("errors") == "1"
    github = check(repo, opa_server, GOOD, BAD, "--format", "github")
    assert f"::error file={BAD},line=1,col=1,title=cnilpolicy MANIFEST-SCHEMA" in github.stdout


def test_reports_list_the_invalid_manifest_with_its_errors(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    for output_format in ("markdown-summary", "markdown", "html"):
        result = check(repo, opa_server, GOOD, BAD, "--format", output_format)
        assert "Invalid manifest" in result.stdout, output_format
        assert "surprise" in result.stdout, output_format
    folder = repo / "report"
    check(repo, opa_server, GOOD, BAD, "--format", "html", "-o", f"{folder}/")
    # One page per evaluated manifest, named after its folder; the invalid one is in the index.
    assert sorted(p.name for p in folder.iterdir()) == ["good.html", "index.html"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert index.index(BAD) < index.index(GOOD)  # failing first


# --- --fail-on in every format ----------------------------------------------------------


@pytest.mark.parametrize("fail_on", ["error", "warning", "never"])
def test_fail_on_reaches_every_format(repo: Path, opa_server: LocalOpaServer, fail_on: str) -> None:
    gate = ("--fail-on", fail_on, "--date", WARNING_DATE)
    expected_code = 1 if fail_on == "warning" else 0
    counted = 2 if fail_on == "warning" else 0
    outputs = {}
    for output_format in sorted(FORMATS):
        result = check(repo, opa_server, GOOD, "--format", output_format, *gate)
        assert result.returncode == expected_code, (output_format, result.stderr)
        outputs[output_format] = result.stdout
    root = ET.fromstring(outputs["junit"])
    assert root.get("failures") == str(1 if fail_on == "warning" else 0)  # MIN-06, one rule
    warnings = [f for f in root.iter("failure") if f.get("type") == "warning"]
    assert len(warnings) == (1 if fail_on == "warning" else 0)
    assert outputs["github"].count("::error ") == counted
    assert outputs["github"].count("::warning ") == 2 - counted
    severities = [issue["severity"] for issue in json.loads(outputs["codequality"])]
    assert severities == ["major" if fail_on == "warning" else "minor"] * 2
    (run,) = json.loads(outputs["sarif"])["runs"]
    assert run["properties"]["gate"] == {"failOn": fail_on, "counted": counted}
    assert f"--fail-on {fail_on}`: {counted} result(s)" in outputs["markdown-summary"]
    assert f"--fail-on {fail_on}: {counted} counted" in outputs["text"]


# --- baseline by manifest identity -----------------------------------------------------


def test_a_baseline_matches_the_same_manifest_however_it_is_named(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    made = check(repo, opa_server, FAILING, "--format", "json", "-o", "baseline.json")
    assert made.returncode == 1
    # The same manifest, named another way and from a sub-folder of the repository.
    again = "./services/failing/../failing/cnil-manifest.json"
    same = check(repo, opa_server, again, "--baseline", "baseline.json", "--format", "json")
    assert same.returncode == 0, same.stderr
    validator("verdict.schema.json").validate(json.loads(same.stdout))
    results = json.loads(same.stdout)["results"]
    marked = {r["baseline"] for r in results if r["status"] in ("fail", "warn")}
    assert marked == {"unchanged"}
    assert all("baseline" not in r for r in results if r["status"] not in ("fail", "warn"))
    sub = repo / "services"
    relative = check(sub, opa_server, "failing/cnil-manifest.json", "--baseline",
                     "../baseline.json")  # fmt: skip
    # From another folder the path is another one: the baseline does not apply.
    assert relative.returncode == 1
    assert "[new]" in relative.stdout


def test_new_findings_are_marked_new_in_every_format(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    check(repo, opa_server, GOOD, "--format", "json", "-o", "baseline.json")
    # The baseline lacks RET-01, which the manifest now fails: one new finding.
    shutil.copy(repo / FAILING, repo / GOOD.replace(".yaml", ".json"))
    (repo / GOOD).unlink()
    good = GOOD.replace(".yaml", ".json")
    document = json.loads(check(repo, opa_server, good, "--format", "json").stdout)
    json.dump(
        {**document, "results": [r for r in document["results"] if r["rule_id"] != "RET-01"]},
        (repo / "baseline.json").open("w", encoding="utf-8"),
    )
    flags = ("--baseline", "baseline.json")
    result = check(repo, opa_server, good, "--format", "json", *flags)
    assert result.returncode == 1
    marks = {
        (r["rule_id"], r["baseline"])
        for r in json.loads(result.stdout)["results"]
        if r["status"] in ("fail", "warn")
    }
    assert ("RET-01", "new") in marks
    assert {mark for rule, mark in marks if rule != "RET-01"} <= {"unchanged"}
    (run,) = json.loads(check(repo, opa_server, good, "--format", "sarif", *flags).stdout)["runs"]
    states = {(r["ruleId"], r["baselineState"]) for r in run["results"]}
    assert ("RET-01", "new") in states
    text = check(repo, opa_server, good, "-q", *flags).stdout
    assert any("RET-01" in line and line.endswith("[new]") for line in text.splitlines())
    github = check(repo, opa_server, good, "--format", "github", *flags).stdout
    assert "(new)::" in github
    junit = check(repo, opa_server, good, "--format", "junit", *flags).stdout
    assert 'message="[new]' in junit
    quality = json.loads(check(repo, opa_server, good, "--format", "codequality", *flags).stdout)
    assert any(i["check_name"] == "RET-01" and i["description"].endswith("[new]") for i in quality)


# --- readable at scale ----------------------------------------------------------------


def test_quiet_gives_one_line_per_failure_or_warning_and_the_totals(
    repo: Path, opa_server: LocalOpaServer
) -> None:
    result = check(repo, opa_server, GOOD, FAILING, BAD, "-q", "--date", WARNING_DATE)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    *findings, totals = lines
    assert all(line.split(":")[1].isdigit() for line in findings)  # file:line:...
    assert sum(1 for line in findings if line.startswith(f"{GOOD}:")) == 2
    assert any(" fail RET-01 " in line for line in findings)
    assert any(line.startswith(f"{BAD}:1:1: invalid:") for line in findings)
    assert totals.startswith("cnilpolicy: 3 manifests (1 non compliant,")
    assert "1 invalid" in totals
    full = check(repo, opa_server, GOOD, FAILING, "--date", WARNING_DATE).stdout
    assert full.rstrip().splitlines()[-1].startswith("cnilpolicy: 2 manifests")
    assert len(full.splitlines()) > 10 * len(lines)


def test_colours_only_on_request_of_a_terminal(repo: Path, opa_server: LocalOpaServer) -> None:
    # Not a terminal here: never colours; --no-color is accepted everywhere.
    plain = check(repo, opa_server, GOOD, "--no-color")
    assert plain.returncode == 0 and "\x1b[" not in plain.stdout


def test_a_manifest_from_standard_input(repo: Path, opa_server: LocalOpaServer) -> None:
    text = (repo / FAILING).read_text(encoding="utf-8")
    result = check(repo, opa_server, "-", "--format", "json", stdin=text)
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["manifest"]["path"] == "-"
    assert any(r["rule_id"] == "RET-01" and r["status"] == "fail" for r in document["results"])
    invalid = check(repo, opa_server, "-", "-q", stdin="surprise: 1\n")
    assert invalid.returncode == 2
    assert "-:1:1: invalid:" in invalid.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(tmp_path: Path, shell: str) -> None:
    script = cnilpolicy(tmp_path, "completion", shell)
    assert script.returncode == 0
    assert "_CNILPOLICY_COMPLETE" in script.stdout
    # What the script asks for, and the answer it gets.
    # fish gives the word being completed; bash and zsh, its index.
    word = "ch" if shell == "fish" else "1"
    answer = cnilpolicy(
        tmp_path,
        env={"_CNILPOLICY_COMPLETE": f"{shell}_complete", "COMP_WORDS": "cnilpolicy ch",
             "COMP_CWORD": word},
    )  # fmt: skip
    assert "check" in answer.stdout


def test_bash_completes_through_the_script(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = cnilpolicy(tmp_path, "completion", "bash").stdout
    (tmp_path / "complete.sh").write_text(script, encoding="utf-8")
    program = (
        f'PATH="{CLI.parent}:$PATH"; source complete.sh; '
        "COMP_WORDS=(cnilpolicy check --fail-on w); COMP_CWORD=3; "
        '_cnilpolicy_completion cnilpolicy; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    completed = subprocess.run(
        [bash, "-c", program], cwd=tmp_path, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert "warning" in completed.stdout.split(), completed.stderr


# --- GitLab Code Quality ----------------------------------------------------------------


@cache
def codequality_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(CODEQUALITY_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def assert_valid_codequality(document: Any) -> None:
    errors = list(codequality_validator().iter_errors(document))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    fingerprints = [issue["fingerprint"] for issue in document]
    assert len(fingerprints) == len(set(fingerprints))


def test_codequality_of_a_batch_has_gitlabs_shape(repo: Path, opa_server: LocalOpaServer) -> None:
    absolute = str(repo / FAILING)
    result = check(repo, opa_server, f"./{GOOD}", absolute, BAD, "--format", "codequality",
                   "--date", WARNING_DATE)  # fmt: skip
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert_valid_codequality(document)
    paths = {issue["location"]["path"] for issue in document}
    # Relative to the repository, however the manifest was named.
    assert paths == {GOOD, FAILING, BAD}
    failing = [i for i in document if i["location"]["path"] == FAILING]
    assert {"critical"} <= {i["severity"] for i in failing}
    (invalid,) = [i for i in document if i["location"]["path"] == BAD]
    assert invalid["severity"] == "blocker" and invalid["check_name"] == "MANIFEST-SCHEMA"
    assert invalid["location"]["lines"]["begin"] == 1


def test_the_schema_rejects_what_gitlab_would_not_read() -> None:
    good = {"description": "d", "check_name": "c", "fingerprint": "f", "severity": "minor",
            "location": {"path": "a.yaml", "lines": {"begin": 1}}}  # fmt: skip
    assert_valid_codequality([good])
    for broken in (
        {**good, "severity": "error"},
        {**good, "location": {"path": "a.yaml"}},
        {**good, "location": {"path": "./a.yaml", "lines": {"begin": 1}}},
        {key: value for key, value in good.items() if key != "fingerprint"},
    ):
        with pytest.raises(AssertionError):
            assert_valid_codequality([broken])


def test_colours_on_a_terminal_unless_refused(repo: Path, opa_server: LocalOpaServer) -> None:
    def on_a_terminal(*args: str) -> str:
        leader, follower = pty.openpty()
        environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        with subprocess.Popen(
            [str(CLI), "check", "--opa-url", opa_server.url, "--date", EVALUATION_DATE, *args],
            cwd=repo, stdout=follower, stderr=subprocess.DEVNULL, env=environment,
        ) as process:  # fmt: skip
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed: the command has ended
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            process.wait(timeout=120)
        os.close(leader)
        return b"".join(chunks).decode("utf-8", "replace")

    assert "\x1b[" in on_a_terminal(GOOD, "-q", "--date", WARNING_DATE)
    assert "\x1b[" not in on_a_terminal(GOOD, "-q", "--date", WARNING_DATE, "--no-color")
