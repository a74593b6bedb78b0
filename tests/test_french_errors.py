"""Errors in the reader's language: `--lang fr` (or CNILPOLICY_LANG, or the project's file)
gives French error lines, « cnilpolicy : erreur : … », with the same exit codes and still
one line each; English stays the default.

The French lines are scanned for English words of the interface as the reports are
(tests/test_french_frames.py): what is left once the paths, the values and the words
of others (the YAML parser's, OPA's) are taken out.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.errors import OpaNotFound, os_reason
from cnilpolicy.i18n import N_
from cnilpolicy.opa_install import install_hint
from cnilpolicy.packs import PACKS
from cnilpolicy.reader_language import reader_language
from tests.support import FIXTURES
from tests.test_french_frames import _english_left, interface_english_words

MANIFEST = FIXTURES / "manifests" / "hospital-imaging.yaml"
ENGLISH_PREFIX = "cnilpolicy: error: "
FRENCH_PREFIX = "cnilpolicy : erreur : "


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    return interface_english_words()


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with no configuration file, and no language in the environment."""
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("CNILPOLICY_LANG", raising=False)
    monkeypatch.delenv("CNILPOLICY_ISOLATED", raising=False)
    return folder


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stderr.splitlines()


def _error_lines(lines: list[str], prefix: str) -> list[str]:
    return [line for line in lines if line.startswith(prefix)]


# --- which language, before the command line is parsed -----------------------------------


def test_the_flag_then_the_variable_then_the_file_then_english(tmp_path: Path) -> None:
    (tmp_path / "cnilpolicy.toml").write_text('lang = "fr"\n', encoding="utf-8")
    bare = tmp_path / "bare"
    bare.mkdir()
    assert reader_language(["check", "x"], {}, bare) == "en"
    assert reader_language(["check", "--lang", "fr", "x"], {}, bare) == "fr"
    assert reader_language(["check", "--lang=fr", "x"], {}, bare) == "fr"
    assert reader_language(["check", "x"], {"CNILPOLICY_LANG": "fr"}, bare) == "fr"
    assert reader_language(["check", "--lang", "en"], {"CNILPOLICY_LANG": "fr"}, bare) == "en"
    assert reader_language(["check", "x"], {}, tmp_path) == "fr"
    assert reader_language(["check", "--lang", "en"], {}, tmp_path) == "en"
    # --isolated ignores the file, as `check` does; an unknown language is no language.
    assert reader_language(["check", "--isolated", "x"], {}, tmp_path) == "en"
    assert reader_language(["check", "x"], {"CNILPOLICY_ISOLATED": "1"}, tmp_path) == "en"
    assert reader_language(["check", "--lang", "de"], {"CNILPOLICY_LANG": "xx"}, bare) == "en"
    # After "--" every argument is a manifest's name.
    assert reader_language(["check", "--", "--lang", "fr"], {}, bare) == "en"


def test_an_unreadable_configuration_file_is_no_language(tmp_path: Path) -> None:
    (tmp_path / "cnilpolicy.toml").write_text("lang = [", encoding="utf-8")
    assert reader_language(["check", "x"], {}, tmp_path) == "en"


# --- the error lines ---------------------------------------------------------------------


def test_a_broken_manifest_in_french(elsewhere: Path, english_words: set[str]) -> None:
    broken = elsewhere / "broken.yaml"
    broken.write_text('manifest_version: "0.1"\nproject: [\n', encoding="utf-8")
    missing = elsewhere / "missing.yaml"
    code_en, lines_en = _run("check", "--isolated", str(broken), str(missing))
    code, lines = _run("check", "--isolated", "--lang", "fr", str(broken), str(missing))
    assert code == code_en == 2
    assert len(lines) == len(lines_en)
    said = "\n".join(lines)
    assert "ligne 3, colonne 1" in said and "YAML invalide" in said
    assert "impossible de lire le manifeste : fichier ou dossier introuvable" in said
    # The parser's own words are English and quoted as its words.
    parser = "while parsing a flow node expected the node content, but found '<stream end>'"
    assert parser in said
    assert _english_left(said, {str(broken), str(missing), parser}, english_words) == []
    assert "cannot read manifest: No such file or directory" in "\n".join(lines_en)


def test_schema_errors_in_french(elsewhere: Path, english_words: set[str]) -> None:
    invalid = elsewhere / "invalid.yaml"
    invalid.write_text(
        'manifest_version: "0.1"\nproject: 3\nfoo: 1\ndatasets:\n  - id: ""\n', encoding="utf-8"
    )
    code_en, lines_en = _run("check", "--isolated", str(invalid))
    code, lines = _run("check", "--isolated", "--lang", "fr", str(invalid))
    assert code == code_en == 2
    assert len(lines) == len(lines_en) == 4
    assert f"{invalid}:2:1: /project : 3 n'est pas du type objet" in lines
    assert f"{invalid}:3:1: /foo : clé inconnue : 'foo'" in lines
    assert f"{invalid}:2:1: /project: 3 is not of type 'object'" in lines_en
    # The pattern is the schema's, quoted as the reader would type it.
    pattern = "'^[A-Za-z0-9][A-Za-z0-9._-]*$'"
    said = "\n".join(lines)
    assert _english_left(said, {str(invalid), pattern}, english_words) == []
    # The report says the same in French, the same way.
    result = CliRunner().invoke(main, ["check", "--isolated", "--lang", "fr", str(invalid)])
    assert f"  {invalid}:2:1: /project : 3 n'est pas du type objet\n" in result.stdout


def test_opa_missing_in_french(elsewhere: Path, english_words: set[str]) -> None:
    not_opa = elsewhere / "opa"
    not_opa.write_text("not a program", encoding="utf-8")
    args = ("check", "--isolated", "--opa-path", str(not_opa), str(MANIFEST))
    code_en, lines_en = _run(*args)
    code, lines = _run(*args[:1], "--lang", "fr", *args[1:])
    assert code == code_en == 3
    errors = _error_lines(lines, FRENCH_PREFIX)
    assert len(errors) == 1 and _error_lines(lines, ENGLISH_PREFIX) == []
    assert "n'est pas un fichier exécutable" in errors[0]
    assert _english_left(errors[0], {str(not_opa)}, english_words) == []
    assert len(_error_lines(lines_en, ENGLISH_PREFIX)) == 1


def test_an_opa_server_that_cannot_be_used_in_french(
    elsewhere: Path, english_words: set[str]
) -> None:
    # A port nothing listens on (refused at once), and a URL that is not an OPA server's.
    for url, code, said in (
        ("http://127.0.0.1:9", 3, "est injoignable"),
        ("ftp://opa.example", 2, "ce n'est pas une URL de serveur OPA"),
    ):
        args = ("check", "--isolated", "--opa-url", url, str(MANIFEST))
        code_en, lines_en = _run(*args)
        code_fr, lines = _run(*args[:1], "--lang", "fr", *args[1:])
        assert code_fr == code_en == code, lines
        errors = _error_lines(lines, FRENCH_PREFIX)
        assert len(errors) == 1 and said in errors[0], lines
        assert len(_error_lines(lines_en, ENGLISH_PREFIX)) == 1
        # What follows « injoignable : » is the HTTP client's own account, in English.
        checked = errors[0].split(" : ", 3)[:3] if code == 3 else [errors[0]]
        assert _english_left(" ".join(checked), {url}, english_words) == [], errors[0]


def test_opa_not_found_says_how_to_get_it_in_french(english_words: set[str]) -> None:
    error = OpaNotFound(N_("OPA not found: {hint}"), hint=install_hint("Linux", "x86_64"))
    french = error.in_language("fr")
    assert french.startswith("OPA introuvable : cnilpolicy check évalue avec OPA v")
    assert "\n" not in french
    assert _english_left(french, set(), english_words) == []
    assert str(error).startswith("OPA not found: cnilpolicy check evaluates with OPA v")


def test_usage_errors_and_their_codes_in_french(elsewhere: Path, english_words: set[str]) -> None:
    for args, code in (
        (("check", "--isolated", "--pack", "nope", str(MANIFEST)), 2),
        (("check", "--isolated", str(elsewhere)), 2),  # no manifest found
        (("rules", "--step", "nope"), 2),
        (("explain", "NOPE-99"), 2),
    ):
        code_en, lines_en = _run(*args)
        code_fr, lines = _run(*args[:1], "--lang", "fr", *args[1:])
        assert code_fr == code_en == code, args
        errors = _error_lines(lines, FRENCH_PREFIX)
        assert len(errors) == 1 and len(_error_lines(lines_en, ENGLISH_PREFIX)) == 1, args
        # The packs' and steps' ids are what the reader types.
        foreign = {str(elsewhere), "nope", "NOPE-99", *PACKS, *PACKS["cnil-extended"].steps}
        assert _english_left(errors[0], foreign, english_words) == [], errors[0]


def test_a_configuration_error_in_the_file_s_language(elsewhere: Path) -> None:
    # Raised while the command line is parsed: the file's own `lang` says French.
    (elsewhere / "cnilpolicy.toml").write_text('lang = "fr"\njobs = 0\n', encoding="utf-8")
    code, lines = _run("check", str(MANIFEST))
    assert code == 2
    assert _error_lines(lines, FRENCH_PREFIX) == [
        f"{FRENCH_PREFIX}{elsewhere / 'cnilpolicy.toml'} : jobs : doit être un entier de 1 à 1024"
    ]
    # The flag wins over the file.
    code, lines = _run("check", "--lang", "en", str(MANIFEST))
    assert code == 2 and len(_error_lines(lines, ENGLISH_PREFIX)) == 1


def test_the_variable_gives_french_errors_to_every_command(elsewhere: Path) -> None:
    french = {"CNILPOLICY_LANG": "fr"}
    code, lines = _run("validate", str(elsewhere / "missing.yaml"), str(MANIFEST), env=french)
    assert code == 2
    assert any("impossible de lire le manifeste" in line for line in lines), lines
    result = CliRunner().invoke(main, ["validate", str(MANIFEST)], env=french)
    assert result.exit_code == 0 and result.stdout == f"{MANIFEST} : valide\n"
    code, lines = _run("explain", "NOPE-99", env={"CNILPOLICY_LANG": "fr"})
    assert code == 2 and _error_lines(lines, FRENCH_PREFIX), lines


def test_the_system_s_reasons_in_both_languages() -> None:
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert str(os_reason(full)) == os.strerror(errno.ENOSPC)
    assert os_reason(full).in_language("fr") == "plus de place sur le périphérique"
    rare = OSError(errno.EXDEV, os.strerror(errno.EXDEV))
    assert str(os_reason(rare)) == os.strerror(errno.EXDEV)


def test_init_s_answer_file_errors_in_french(elsewhere: Path) -> None:
    answers = elsewhere / "answers.yaml"
    answers.write_text("personal_data: maybe\n", encoding="utf-8")
    args = ("init", "--answers", str(answers), "--output", str(elsewhere / "m.yaml"))
    code_en, lines_en = _run(*args)
    code, lines = _run(*args, "--lang", "fr")
    assert code == code_en == 2
    errors = _error_lines(lines, FRENCH_PREFIX)
    assert errors == [f"{FRENCH_PREFIX}personal_data : true ou false est attendu, et non 'maybe'"]
    assert _error_lines(lines_en, ENGLISH_PREFIX) == [
        f"{ENGLISH_PREFIX}personal_data: expected true or false, not 'maybe'"
    ]
    assert not (elsewhere / "m.yaml").exists()


@pytest.mark.parametrize(
    ("answers", "english", "french"),
    [
        ("datasets: [{retention_period: two years}]\n",
         "datasets[0].retention_period: not an ISO 8601 duration such as P2Y, P18M or P30D",
         "retention_period de l'élément datasets[0] : ce n'est pas une durée ISO 8601 comme "
         "P2Y, P18M ou P30D"),
        ("datasets: [{}, {source_type: x}]\n",
         "datasets[1].source_type: 'x' is not one of: direct_collection,",
         "source_type de l'élément datasets[1] : 'x' ne fait pas partie des valeurs permises : "
         "direct_collection,"),
        ("activities: [{legal_bases: consent}]\n",
         "activities[0]: unknown answer key 'legal_bases' (known: purpose,",
         "clé de réponse inconnue 'legal_bases' dans l'élément activities[0] (connues : "
         "purpose,"),
        ("activities: [3]\n", "activities[0]: expected a mapping of answers",
         "l'élément activities[0] doit être un dictionnaire de réponses"),
        ("personal_dta: true\n", "unknown answer key 'personal_dta' (known: project_name,",
         "clé de réponse inconnue 'personal_dta' (connues : project_name,"),
    ],
)  # fmt: skip
def test_init_s_answers_in_a_list_are_named_in_a_french_sentence(
    elsewhere: Path, english_words: set[str], answers: str, english: str, french: str
) -> None:
    # The entry of a list (datasets[0]) is named in the sentence, not glued to the key
    # as an English-style dotted prefix; English keeps the path the reader writes.
    path = elsewhere / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    args = ("init", "--answers", str(path), "--output", str(elsewhere / "m.yaml"))
    code_en, lines_en = _run(*args)
    code, lines = _run(*args, "--lang", "fr")
    assert code == code_en == 2
    (error,) = _error_lines(lines, FRENCH_PREFIX)
    assert error.startswith(FRENCH_PREFIX + french), error
    assert "]." not in error and "]:" not in error
    (error_en,) = _error_lines(lines_en, ENGLISH_PREFIX)
    assert error_en.startswith(ENGLISH_PREFIX + english), error_en
    # What is left once the keys and values the reader types are taken out is French.
    from cnilpolicy.init_texts import ACTIVITY_KEYS, DATASET_KEYS, TOP_KEYS

    typed = {*TOP_KEYS, *ACTIVITY_KEYS, *DATASET_KEYS, "datasets[0]", "datasets[1]",
             "activities[0]", "legal_bases", "personal_dta"}  # fmt: skip
    values = error.split(" : ")[-1] if "valeurs permises" in error else ""
    words = {word.strip(" ,)") for word in values.split(", ")}
    assert _english_left(error, typed | words, english_words) == [], error
    assert not (elsewhere / "m.yaml").exists()


def test_a_dropped_server_is_warned_of_in_french(
    elsewhere: Path, opa_server: LocalOpaServer
) -> None:
    # Two servers, one of them down (a port nothing listens on): the run goes on with the
    # other, and warns of the one dropped, its reason in the reader's language too.
    dead = "http://127.0.0.1:9"
    args = ("check", "--isolated", "--lang", "fr", "--opa-url", dead, "--opa-url",
            opa_server.url, "--date", "2026-01-15", str(MANIFEST))  # fmt: skip
    code, lines = _run(*args)
    assert code == 0, lines
    (warning,) = [line for line in lines if dead in line]
    assert "serveur OPA" in warning and "écarté" in warning and "est injoignable" in warning
    assert "dropped" not in warning and "unreachable" not in warning


def test_an_organisation_rule_id_already_taken_in_french(
    elsewhere: Path, english_words: set[str]
) -> None:
    import shutil

    folder = elsewhere / "org"
    shutil.copytree(Path(__file__).resolve().parent.parent / "examples" / "org-pack", folder)
    rule = folder / "acme" / "governance" / "acme_01.rego"
    rule.write_text(rule.read_text(encoding="utf-8").replace("id: ACME-01", "id: RET-01"))
    code, lines = _run("check", "--lang", "fr", "--policy", str(folder), str(MANIFEST))
    assert code == 3
    (error,) = _error_lines(lines, FRENCH_PREFIX)
    assert "l'identifiant de règle RET-01 est déjà celui d'une règle de la CNIL" in error
    assert _english_left(error, {str(rule)}, english_words) == [], error
