"""Other programs' words, quoted in a French sentence that says whose words they are.

The YAML parser, OPA, the HTTP client, Python's URL parser and the system speak English.
With --lang fr their words are kept as they are (a reader may search for them), but
always inside « » after « message de … (en anglais) : », never as a bare English
sentence: everything outside the quotes is scanned for English words of the interface
(tests/test_french_frames.py). English output is unchanged: the words stand bare.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml.error import MarkedYAMLError

from cnilpolicy.catalog import inspect_annotations
from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer, run_bounded
from cnilpolicy.errors import CnilPolicyError, EngineError, ManifestError, os_reason
from cnilpolicy.loader import _describe_yaml_error, load_manifest
from cnilpolicy.rule_references import references_by_rule
from tests.support import FIXTURES
from tests.test_french_frames import _english_left, interface_english_words

MANIFEST = FIXTURES / "manifests" / "hospital-imaging.yaml"
FRENCH_PREFIX = "cnilpolicy : erreur : "
#: A quotation: whose words, then the words. The catalogue writes every one this way.
QUOTED = re.compile(
    r"message (?P<source>d(?:e l'|u |')[^«:()]+?)(?: \(en anglais\) :|, en anglais :) "
    r"« (?P<words>.*?) »"
)
SOURCES = {
    "yaml": "de l'analyseur YAML",
    "opa": "d'OPA",
    "http": "du client HTTP",
    "url": "de l'analyseur d'URL de Python",
    "json": "de l'analyseur JSON",
    "system": "du système",
    "toml": "de l'analyseur TOML",
    "schema": "du vérificateur JSON Schema",
    "decoder": "du décodeur de texte de Python",
}


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    return interface_english_words()


def quotations(text: str) -> tuple[str, list[tuple[str, str]]]:
    """text without its quotations, and each quotation's (source, words)."""
    found = [(m.group("source"), m.group("words")) for m in QUOTED.finditer(text)]
    return QUOTED.sub(" ¶ ", text), found


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _assert_french_frame(
    text: str, english_words: set[str], foreign: frozenset[str] | set[str] = frozenset()
) -> None:
    frame, _ = quotations(text)
    assert "«" not in frame and "»" not in frame, text
    assert _english_left(frame, foreign, english_words) == [], text


# --- the YAML parser -----------------------------------------------------------------------


def test_the_yaml_parser_s_words_are_quoted_as_its_own(
    tmp_path: Path, english_words: set[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text('manifest_version: "0.1"\nproject: [\n', encoding="utf-8")
    parser = "while parsing a flow node expected the node content, but found '<stream end>'"
    code, stdout, stderr = _run("check", "--isolated", "--lang", "fr", str(broken))
    assert code == 2
    for said in (stderr, stdout):  # the error line, and the report's account of it
        line = next(line for line in said.splitlines() if "YAML" in line)
        assert "ligne 3, colonne 1 : YAML invalide" in line
        assert quotations(line)[1] == [(SOURCES["yaml"], parser)], line
        _assert_french_frame(line, english_words, {str(broken)})
    # English: the parser's words, bare, as before.
    code, stdout, stderr = _run("check", "--isolated", str(broken))
    assert f"{broken}: line 3, column 1: {parser}" in stderr and "«" not in stderr + stdout


def test_a_yaml_error_with_no_place_is_quoted_too(english_words: set[str]) -> None:
    # ruamel.yaml gives some errors no mark; its words are quoted all the same.
    message = _describe_yaml_error(MarkedYAMLError(problem="found a character that cannot start"))
    assert str(message) == "invalid YAML: found a character that cannot start"
    french = message.in_language("fr")
    assert quotations(french)[1] == [(SOURCES["yaml"], "found a character that cannot start")]
    assert french.startswith("YAML invalide ; ")
    _assert_french_frame(french, english_words)


def test_a_manifest_that_is_not_yaml_at_all_in_french(
    tmp_path: Path, english_words: set[str]
) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text("a: 1\n\tb: [x\n", encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        load_manifest(odd)
    french = raised.value.in_language("fr")
    source, words = quotations(french)[1][0]
    assert source == SOURCES["yaml"] and words in str(raised.value)
    _assert_french_frame(french, english_words, {str(odd)})


# --- OPA's words ---------------------------------------------------------------------------


@pytest.fixture
def broken_folder(tmp_path: Path) -> Path:
    """An organisation folder OPA cannot parse: OPA says why, in English."""
    folder = tmp_path / "org"
    (folder / "acme").mkdir(parents=True)
    (folder / "acme" / "x.rego").write_text("package cnil.acme.x\n\nnot rego {\n", "utf-8")
    return folder


def test_opa_s_own_words_are_quoted_as_its_own(
    broken_folder: Path, english_words: set[str]
) -> None:
    code, _, stderr = _run("rules", "--lang", "fr", "--policy", str(broken_folder))
    assert code == 3
    (line,) = [line for line in stderr.splitlines() if line.startswith(FRENCH_PREFIX)]
    assert line.startswith(f"{FRENCH_PREFIX}échec de opa inspect ; ")
    ((source, words),) = quotations(line)[1]
    assert source == SOURCES["opa"] and "rego_parse_error" in words
    _assert_french_frame(line, english_words)
    code, _, stderr = _run("rules", "--policy", str(broken_folder))
    assert code == 3 and f"cnilpolicy: error: opa inspect failed: {words}" in stderr


def test_an_opa_server_that_stops_at_start_up_is_quoted(
    opa_binary: Path, broken_folder: Path, english_words: set[str]
) -> None:
    # The real OPA, given policies it cannot parse, exits and logs why.
    with pytest.raises(EngineError) as raised, LocalOpaServer(opa_binary, broken_folder):
        pass
    french = raised.value.in_language("fr")
    assert french.startswith("le serveur OPA s'est arrêté au démarrage ; ")
    ((source, words),) = quotations(french)[1]
    assert source == SOURCES["opa"] and "rego_parse_error" in words
    assert str(raised.value) == f"OPA server exited during start-up: {words}"
    _assert_french_frame(french, english_words)


# --- the HTTP client and Python's URL parser ---------------------------------------------


def test_the_http_client_s_words_are_quoted_as_its_own(english_words: set[str]) -> None:
    url = "http://127.0.0.1:9"  # nothing listens: refused at once
    code, _, stderr = _run("check", "--isolated", "--lang", "fr", "--opa-url", url, str(MANIFEST))
    assert code == 3
    (line,) = [line for line in stderr.splitlines() if line.startswith(FRENCH_PREFIX)]
    assert f"OPA ({url}) est injoignable ; " in line
    ((source, words),) = quotations(line)[1]
    assert source == SOURCES["http"] and "Connection refused" in words
    _assert_french_frame(line, english_words, {url})


def test_python_s_url_parser_is_quoted_as_its_own(english_words: set[str]) -> None:
    url = "http://127.0.0.1:99999"
    code, _, stderr = _run("check", "--isolated", "--lang", "fr", "--opa-url", url, str(MANIFEST))
    assert code == 2
    (line,) = [line for line in stderr.splitlines() if line.startswith(FRENCH_PREFIX)]
    assert quotations(line)[1] == [(SOURCES["url"], "Port out of range 0-65535")]
    _assert_french_frame(line, english_words, {url, "--opa-url:"})


# --- the system ----------------------------------------------------------------------------


def test_a_reason_of_the_system_the_catalogue_does_not_know_is_quoted(
    english_words: set[str],
) -> None:
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert os_reason(full).in_language("fr") == "plus de place sur le périphérique"
    rare = OSError(errno.EXDEV, os.strerror(errno.EXDEV))
    assert str(os_reason(rare)) == os.strerror(errno.EXDEV)  # English: as the system says it
    french = os_reason(rare).in_language("fr")
    assert quotations(french)[1] == [(SOURCES["system"], os.strerror(errno.EXDEV))]
    _assert_french_frame(french, english_words)


# --- the catalog's errors, through the catalogue -------------------------------------------


def _program(folder: Path, name: str, script: str) -> Path:
    """A program that is not OPA (it prints what script prints): an error path, not a mock."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.mark.parametrize(
    ("script", "english", "french"),
    [
        ("echo 'not json'", "opa inspect did not answer JSON",
         "opa inspect n'a pas répondu en JSON"),
        ("echo '[1]'", "opa inspect did not answer a JSON object",
         "opa inspect n'a pas répondu par un objet JSON"),
    ],
)  # fmt: skip
def test_the_catalog_s_errors_in_french(
    tmp_path: Path, english_words: set[str], script: str, english: str, french: str
) -> None:
    with pytest.raises(EngineError) as raised:
        inspect_annotations(_program(tmp_path, "not-opa", script), tmp_path)
    assert str(raised.value) == english
    assert raised.value.in_language("fr") == french
    _assert_french_frame(french, english_words)


def test_the_references_errors_in_french(tmp_path: Path, english_words: set[str]) -> None:
    failing = _program(tmp_path, "failing", "echo 'rego_type_error: x' >&2; exit 1")
    with pytest.raises(EngineError) as raised:
        references_by_rule(failing, tmp_path)
    french = raised.value.in_language("fr")
    assert quotations(french)[1] == [(SOURCES["opa"], "rego_type_error: x")]
    assert str(raised.value) == "opa eval of the references failed: rego_type_error: x"
    _assert_french_frame(french, english_words)
    with pytest.raises(EngineError) as raised:
        references_by_rule(_program(tmp_path, "empty", "echo '{}'"), tmp_path)
    _assert_french_frame(raised.value.in_language("fr"), english_words)


def test_a_command_that_cannot_run_says_why_in_french(
    tmp_path: Path, english_words: set[str]
) -> None:
    missing = tmp_path / "no-opa"
    with pytest.raises(EngineError) as raised:
        run_bounded([str(missing), "inspect"], 10, "inspect")
    french = raised.value.in_language("fr")
    assert french == f"impossible d'exécuter {missing} inspect : fichier ou dossier introuvable"
    _assert_french_frame(french, english_words, {str(missing)})
    with pytest.raises(EngineError) as raised:
        run_bounded([str(missing), "a\0b"], 10, "inspect")
    _assert_french_frame(raised.value.in_language("fr"), english_words, {str(missing)})


def test_every_quotation_of_the_catalogue_says_whose_words_it_holds() -> None:
    # A placeholder between « » in a French message is another program's words: the
    # sentence names the program, one of the known sources.
    from babel.messages.pofile import read_po

    from tests.test_i18n import PO

    with PO.open("rb") as handle:
        catalogue = {m.id: m.string for m in read_po(handle) if m.id and isinstance(m.string, str)}
    quoting = {key: text for key, text in catalogue.items() if re.search(r"« \{\w+\} »", text)}
    assert len(quoting) >= 10
    for key, text in quoting.items():
        found = quotations(text)[1]
        assert found and all(source in SOURCES.values() for source, _ in found), key


# --- the files cnilpolicy reads besides manifests: configuration, packs, extensions,
# --- baselines (their parsers' words, or the system's reason) ------------------------------


def _one_error(*args: str) -> tuple[int, str]:
    code, _, stderr = _run(*args)
    errors = [line for line in stderr.splitlines() if "erreur :" in line]
    assert len(errors) == 1, stderr
    return code, errors[0]


def test_a_configuration_file_the_toml_parser_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_words: set[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CNILPOLICY_LANG", raising=False)
    (tmp_path / "cnilpolicy.toml").write_text("format = \n", encoding="utf-8")
    code, error = _one_error("check", "--lang", "fr", str(MANIFEST))
    assert code == 2 and "impossible de lire la configuration" in error
    ((source, words),) = quotations(error)[1]
    assert source == SOURCES["toml"] and "Invalid value" in words
    _assert_french_frame(error, english_words, {str(tmp_path / "cnilpolicy.toml")})
    (tmp_path / "cnilpolicy.toml").write_bytes(b"\xff\xfe")
    code, error = _one_error("check", "--lang", "fr", str(MANIFEST))
    assert quotations(error)[1][0][0] == SOURCES["decoder"]
    _assert_french_frame(error, english_words, {str(tmp_path / "cnilpolicy.toml")})


def test_a_baseline_that_is_not_json_or_not_there(tmp_path: Path, english_words: set[str]) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    args = ("check", "--isolated", "--lang", "fr", "--baseline")
    code, error = _one_error(*args, str(baseline), str(MANIFEST))
    assert code == 2 and "impossible de lire la référence" in error
    assert quotations(error)[1][0][0] == SOURCES["json"]
    _assert_french_frame(error, english_words, {str(baseline)})
    missing = tmp_path / "none.json"
    code, error = _one_error(*args, str(missing), str(MANIFEST))
    assert error.endswith("impossible de lire la référence : fichier ou dossier introuvable")


def test_an_organisation_s_pack_and_extension_files_the_parsers_refuse(
    tmp_path: Path, english_words: set[str]
) -> None:
    from cnilpolicy.extensions import load_extensions
    from cnilpolicy.packs import load_packs
    from cnilpolicy.policyset import PolicySetError

    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "p.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(CnilPolicyError) as raised:
        load_packs([packs])
    french = raised.value.in_language("fr")
    assert quotations(french)[1][0][0] == SOURCES["yaml"]
    _assert_french_frame(french, english_words, {str(packs / "p.yaml")})
    assert "«" not in str(raised.value)
    for text, source in (("{", SOURCES["json"]), ('{"type": 3}', SOURCES["schema"])):
        folder = tmp_path / source.replace(" ", "-")
        (folder / "extensions").mkdir(parents=True)
        schema = folder / "extensions" / "acme.schema.json"
        schema.write_text(text, encoding="utf-8")
        with pytest.raises(PolicySetError) as refused:
            load_extensions([folder])
        french = refused.value.in_language("fr")
        assert quotations(french)[1][0][0] == source, french
        _assert_french_frame(french, english_words, {str(schema)})


def test_policies_opa_cannot_load_in_french(tmp_path: Path, english_words: set[str]) -> None:
    from cnilpolicy.engine.locate import policy_version

    for script, words in (("echo 'rego_parse_error: x' >&2; exit 1", "rego_parse_error: x"),
                          ("exit 0", None)):  # fmt: skip
        with pytest.raises(EngineError) as raised:
            policy_version(_program(tmp_path, "opa", script))
        french = raised.value.in_language("fr")
        assert french.startswith("OPA n'a pas pu charger les politiques")
        assert quotations(french)[1] == ([(SOURCES["opa"], words)] if words else [])
        _assert_french_frame(french, english_words)
