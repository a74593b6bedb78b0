"""The last English of French output: punctuation, places, and the messages that were left.

Each test reads the French (--lang fr) and the English of the same thing: French
typography and words in the one, the English unchanged in the other.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import PolicyEngine, contract
from cnilpolicy.errors import EngineError
from cnilpolicy.render import FORMATS, RenderOptions
from tests.standin_opa import Scripted, scripted_server
from tests.test_contract import misfiled_description
from tests.test_french_frames import interface_english_words
from tests.test_french_quoted import FRENCH_PREFIX, MANIFEST, _assert_french_frame
from tests.test_org_pack import ORG
from tests.verdicts import french, with_problems

ENGLISH_PREFIX = "cnilpolicy: error: "


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    return interface_english_words()


#: "file:line:column: " is what editors and CI logs read: the same in every language.
EDITOR_PLACE = re.compile(r"^  (?P<path>[^:\n]+):(?P<line>\d+):(?P<column>\d+): (?P<rest>.*)$")


def _problem_lines(text: str) -> list[re.Match[str]]:
    return [m for line in text.splitlines() if (m := EDITOR_PLACE.match(line))]


def test_a_french_problem_line_keeps_the_editor_s_place_then_reads_as_french() -> None:
    french_text = FORMATS["text"](french(with_problems("fr")), RenderOptions(lang="fr"))
    english_text = FORMATS["text"](with_problems(), RenderOptions())
    french_lines, english_lines = _problem_lines(french_text), _problem_lines(english_text)
    assert len(french_lines) == len(english_lines) == 3
    for fr, en in zip(french_lines, english_lines, strict=True):
        assert fr.group("path", "line", "column") == en.group("path", "line", "column")
        # The pointer (or the root, in words) then a French colon; English keeps "/: ".
        assert re.match(r"(/\S+|à la racine du manifeste) : \S", fr.group("rest")), fr.group(0)
        assert re.match(r"/\S*: \S", en.group("rest")), en.group(0)
    assert "/: " not in french_text
    assert ": à la racine du manifeste : OPA a répondu HTTP 500" in french_text
    assert ":1:1: /: OPA answered HTTP 500: eval_conflict_error" in english_text


def test_quiet_french_problem_lines_read_as_french_too() -> None:
    options = RenderOptions(quiet=True, lang="fr")
    text = FORMATS["text"](french(with_problems("fr")), options)
    assert ":3:3: invalide : /project/name : '' ne doit pas être vide" in text
    assert ":1:1: erreur : à la racine du manifeste : OPA a répondu HTTP 500" in text
    english = FORMATS["text"](with_problems(), RenderOptions(quiet=True))
    assert ":1:1: error: /: OPA answered HTTP 500" in english


def test_references_and_totals_are_punctuated_the_french_way_in_french() -> None:
    french_text = FORMATS["text"](french(with_problems("fr")), RenderOptions(lang="fr"))
    english_text = FORMATS["text"](with_problems(), RenderOptions())
    see_fr = [line for line in french_text.splitlines() if line.strip().startswith("voir :")]
    see_en = [line for line in english_text.splitlines() if line.strip().startswith("see:")]
    assert see_fr and len(see_fr) == len(see_en)
    assert all("> ; " in line and ">; " not in line for line in see_fr)
    assert all(">; " in line and "> ; " not in line for line in see_en)
    # The closing totals line too: « cnilpolicy : 4 manifestes (…) : … ».
    assert french_text.splitlines()[-1].startswith("cnilpolicy : 4 manifestes (")
    assert english_text.splitlines()[-1].startswith("cnilpolicy: 4 manifests (")


def test_the_machine_formats_place_a_problem_in_french_too() -> None:
    for output_format in ("codequality", "github", "junit", "sarif"):
        fr = FORMATS[output_format](french(with_problems("fr")), RenderOptions(lang="fr"))
        en = FORMATS[output_format](with_problems(), RenderOptions())
        # JUnit puts the pointer in brackets after the place: "… (/project/name) : …".
        assert re.search(r"/project/name\)? : '' ne doit pas être vide", fr), output_format
        assert re.search(r"/project/name\)?: '' should be non-empty", en), output_format
        assert "should be non-empty" not in fr and "OPA answered" not in fr, output_format


# --- cli.py: --opa-url, the step summary ---------------------------------------------------


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _error_line(stderr: str, prefix: str) -> str:
    (line,) = [line for line in stderr.splitlines() if line.startswith(prefix)]
    return line


def test_a_bad_opa_url_is_named_with_a_french_colon(english_words: set[str]) -> None:
    url = "ftp://nowhere"
    code, _, stderr = _run("check", "--isolated", "--lang", "fr", "--opa-url", url, str(MANIFEST))
    code_en, _, stderr_en = _run("check", "--isolated", "--opa-url", url, str(MANIFEST))
    assert code == code_en == 2
    line = _error_line(stderr, FRENCH_PREFIX)
    assert line.startswith(f"{FRENCH_PREFIX}--opa-url : "), line
    _assert_french_frame(line, english_words, {repr(url)})
    assert _error_line(stderr_en, ENGLISH_PREFIX).startswith(f"{ENGLISH_PREFIX}--opa-url: not ")


def test_an_unwritable_step_summary_is_said_in_french(
    tmp_path: Path, english_words: set[str]
) -> None:
    invalid = tmp_path / "invalid.yaml"  # no OPA needed: the report lists it, then the summary
    invalid.write_text('manifest_version: "0.1"\n', encoding="utf-8")
    target = tmp_path / "missing" / "summary.md"
    env = {"GITHUB_STEP_SUMMARY": str(target)}
    args = ("check", "--isolated", "--format", "github", str(invalid))
    code, _, stderr = _run(args[0], "--lang", "fr", *args[1:], env=env)
    code_en, _, stderr_en = _run(*args, env=env)
    assert code == code_en == 2
    line = _error_line(stderr, FRENCH_PREFIX)
    assert f"impossible d'écrire le résumé de l'étape {target} : " in line, line
    _assert_french_frame(line, english_words, {str(target)})
    line_en = _error_line(stderr_en, ENGLISH_PREFIX)
    assert f"cannot write the step summary {target}: No such file or directory" in line_en


# --- engine/contract.py and engine/client.py -----------------------------------------------


@pytest.fixture
def answering() -> Iterator[tuple[type[Scripted], str]]:
    with scripted_server() as handler:
        yield handler, handler.url


def _decision(results: list[dict[str, object]], silent: list[str] | None = None) -> bytes:
    document = {"results": results, "silent_rules": silent or [], "derived_facts": [],
                "policy_version": "1"}  # fmt: skip
    return json.dumps({"result": document}).encode()


_RESULT = {"rule_id": "SCOPE-01", "step": "scope", "decision": "maybe", "severity": "error",
           "level": "must", "message": "m", "pointer": ""}  # fmt: skip


@pytest.mark.parametrize(
    ("status", "body", "english", "french"),
    [
        (502, b"<html>Bad gateway</html>",
         "OPA answered HTTP 502 with a body that is not JSON",
         "OPA a répondu HTTP 502 par un corps qui n'est pas du JSON"),
        (200, b"{}", "returned no result for data.cnilpolicy.main: are the cnilpolicy",
         "n'a donné aucun résultat pour data.cnilpolicy.main : les politiques"),
        (200, _decision([], ["cnil.b", "cnil.a"]), "decided nothing: cnil.a, cnil.b",
         "n'ont rien décidé : cnil.a, cnil.b"),
        (200, _decision([{**_RESULT, "decision": "pass", "message": None}]),
         "the message of rule SCOPE-01 could not be rendered",
         "le message de la règle SCOPE-01 n'a pas pu être composé"),
        (200, _decision([_RESULT]),
         'breaks the answer contract at /result/results/0/decision: "maybe" is not one of',
         "enfreint le contrat de réponse en /result/results/0/decision (règle SCOPE-01) ; "
         "message du vérificateur JSON Schema (en anglais) : « \"maybe\" is not one of"),
    ],
)  # fmt: skip
def test_the_engine_s_unusable_answers_are_said_in_french(
    answering: tuple[type[Scripted], str],
    status: int,
    body: bytes,
    english: str,
    french: str,
    english_words: set[str],
) -> None:
    handler, url = answering
    handler.status, handler.body = status, body
    with pytest.raises(EngineError) as raised:
        PolicyEngine(url, timeout=5).evaluate({"manifest_version": "0.1"})
    error = raised.value
    assert english in str(error)
    said = error.in_language("fr")
    assert french in said, said
    assert "body is not JSON" not in str(error)
    _assert_french_frame(said, english_words, {url, "data.cnilpolicy.main"})


def test_a_description_filed_under_another_rule_is_refused_in_french(
    english_words: set[str],
) -> None:
    with pytest.raises(EngineError) as raised:
        contract.descriptions(misfiled_description(), "http://127.0.0.1:8181")
    assert str(raised.value) == "OPA description of rule SCOPE-01 is not one: it describes SCOPE-02"
    said = raised.value.in_language("fr")
    assert said == (
        "la description de la règle SCOPE-01 donnée par OPA n'est pas la sienne : "
        "elle décrit SCOPE-02"
    )
    _assert_french_frame(said, english_words)


# --- init's answers file -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        ("- a\n- b\n", "an answers file must be a mapping at the top level",
         "un fichier de réponses doit être un dictionnaire"),
        ("", "answers file is empty", "le fichier de réponses est vide"),
    ],
)  # fmt: skip
def test_an_answers_file_is_not_called_a_manifest(
    tmp_path: Path, text: str, english: str, french: str, english_words: set[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(text, encoding="utf-8")
    target = tmp_path / "cnil-manifest.yaml"
    args = ("init", "--output", str(target), "--answers", str(answers))
    code_en, _, stderr_en = _run(*args)
    code, _, stderr = _run(*args, "--lang", "fr")
    assert code == code_en == 2 and not target.exists()
    line_en, line = _error_line(stderr_en, ENGLISH_PREFIX), _error_line(stderr, FRENCH_PREFIX)
    assert f"{answers}: {english}" in line_en and "manifest" not in line_en
    assert f"{answers} : {french}" in line and "manifeste" not in line
    _assert_french_frame(line, english_words, {str(answers)})


# --- cnilpolicy test -----------------------------------------------------------------------


def test_the_org_test_report_is_in_french_with_cnilpolicy_lang(
    tmp_path: Path, english_words: set[str]
) -> None:
    folder = tmp_path / "org"
    shutil.copytree(ORG, folder)
    test = folder / "acme" / "security" / "acme_02_test.rego"
    test.write_text(test.read_text(encoding="utf-8").replace('"ACME-02"', '"ACME-09"'))
    code_en, english, _ = _run("test", str(folder), env={"CNILPOLICY_LANG": "en"})
    code, french, _ = _run("test", str(folder), env={"CNILPOLICY_LANG": "fr"})
    assert code == code_en == 1
    failed = "data.cnil.security.acme_02_test.test_the_rule_describes_itself"
    assert f"FAIL {failed}: failed\n" in english
    assert f"ÉCHEC {failed} : échoué\n" in french
    assert "tests réussis dans" in french and "Couverture Rego : non mesurée" in french
    _assert_french_frame(french, english_words, {str(folder)})
    test.unlink()  # ACME-02 untested: the folder's coverage falls under the threshold
    code, french, _ = _run("test", str(folder), "--threshold", "90",
                           env={"CNILPOLICY_LANG": "fr"})  # fmt: skip
    assert code == 1
    assert re.search(r"Couverture Rego des règles du dossier : [\d.]+ % \(sous le seuil de 90 %\)",
                     french), french  # fmt: skip
    _assert_french_frame(french, english_words, {str(folder)})


def test_an_opa_test_error_is_quoted_as_opa_s_words() -> None:
    from cnilpolicy.orgtest import TestOutcome

    outcome = TestOutcome("data.x.test_y", passed=False, detail="eval_type_error: bad")
    assert outcome.detail_in("en") == "eval_type_error: bad"
    assert outcome.detail_in("fr") == "message d'OPA (en anglais) : « eval_type_error: bad »"
    assert TestOutcome("data.x.test_y", passed=False).detail_in("fr") == "échoué"


def test_init_lists_the_values_to_type_with_the_language_s_colon(tmp_path: Path) -> None:
    def listed(*lang: str) -> list[str]:
        target = tmp_path / f"m{len(lang)}.yaml"
        args = ["init", "--output", str(target), "--opa-url", "http://127.0.0.1:9", *lang]
        result = CliRunner().invoke(main, args, input="\n" * 300)
        return [line for line in result.stdout.splitlines() if re.match(r"  \d+\. ", line)]

    english, french = listed(), listed("--lang", "fr")
    assert english and len(english) == len(french)
    assert "  1. gdpr: The GDPR" in english[0]
    assert french[0].startswith("  1. gdpr : Le RGPD")
    assert all(re.match(r"  \d+\. [a-z_0-9]+ : ", line) for line in french), french


def test_schema_errors_counted_in_french() -> None:
    from cnilpolicy.errors import ManifestInvalid, SchemaIssue

    issue = SchemaIssue("m.yaml", 1, 1, "", "x")
    error = ManifestInvalid([issue, issue])
    assert str(error) == "2 schema error(s)"
    assert error.in_language("fr") == "2 erreur(s) de schéma"
