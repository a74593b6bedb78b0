"""Click's interface in the reader's language: help, usage lines, usage errors.

The English help of every command is its golden file, made before the interface was
localised: English runs are Click's own output, byte for byte. The French help is a
golden file too (a reviewer reads it there), and tests/test_french_frames.py scans it
for English words. Click's own words come from locale/fr/LC_MESSAGES/click.po, which
must translate every message the installed Click marks for gettext.
"""

from __future__ import annotations

import gettext
import importlib.metadata
import os
import re
import string
import tomllib
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner, Result

from cnilpolicy import click_language
from cnilpolicy.cli import main
from cnilpolicy.click_language import LocalisedArgument, LocalisedOption
from cnilpolicy.i18n import LOCALE_DIR, Message
from tests.support import ROOT
from tests.test_i18n import code_messages

GOLDEN = Path(__file__).parent / "golden" / "help"
CLICK_PO = LOCALE_DIR / "fr" / "LC_MESSAGES" / "click.po"
#: What Click passes to gettext at run time without a literal to extract
#: (Option.get_help_record: the "[required]" of a required option).
CLICK_RUNTIME_MESSAGES = {"required"}


def command_paths(
    command: click.Command = main, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """The path of every command and sub-command, the group itself first."""
    yield path
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from command_paths(sub, (*path, name))


def command_at(path: tuple[str, ...]) -> click.Command:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    return command


def run(args: list[str], lang: str | None, tmp_path: Path) -> Result:
    """cnilpolicy ARGS in a folder with no configuration file, 80 columns wide."""
    env = {"COLUMNS": "80", "CNILPOLICY_LANG": lang, "CNILPOLICY_ISOLATED": None}
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        return CliRunner().invoke(
            main, args, env=env, catch_exceptions=False, prog_name="cnilpolicy"
        )
    finally:
        os.chdir(cwd)


def golden_name(path: tuple[str, ...]) -> str:
    return "-".join(("cnilpolicy", *path)) + ".txt"


def help_of(path: tuple[str, ...], lang: str, tmp_path: Path) -> str:
    result = run([*path, "--help"], lang, tmp_path)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("path", list(command_paths()), ids=lambda p: " ".join(p) or "cnilpolicy")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_help_of_every_command_matches_its_golden_file(
    path: tuple[str, ...], lang: str, tmp_path: Path
) -> None:
    shown = help_of(path, lang, tmp_path)
    golden = GOLDEN / lang / golden_name(path)
    if os.environ.get("UPDATE_GOLDEN") == "1" and lang == "fr":
        # The English files are Click's own output: never rewritten by the test.
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(shown, encoding="utf-8", newline="")
    assert golden.read_bytes().decode("utf-8") == shown, (
        f"{golden} differs (French: UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_cli_help.py)"
    )


def test_every_golden_file_is_a_command() -> None:
    names = {golden_name(path) for path in command_paths()}
    for lang in ("en", "fr"):
        assert {p.name for p in (GOLDEN / lang).iterdir()} == names


def test_the_language_is_the_flag_the_variable_or_the_configuration_file(
    tmp_path: Path,
) -> None:
    french = (GOLDEN / "fr" / "cnilpolicy-check.txt").read_text(encoding="utf-8")
    assert run(["check", "--lang", "fr", "--help"], None, tmp_path).stdout == french
    assert run(["check", "--help", "--lang=fr"], "en", tmp_path).stdout == french
    (tmp_path / "cnilpolicy.toml").write_text('lang = "fr"\n', encoding="utf-8")
    # The file's language is also the option's default there.
    configured = run(["check", "--help"], None, tmp_path).stdout
    assert configured == french.replace("défaut\u00a0: en]", "défaut\u00a0: fr]") != french
    # Not with --isolated: the configuration file is not read.
    assert run(["check", "--isolated", "--help"], None, tmp_path).stdout.startswith("Usage:")


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (["check", "--bogus", "x"],
         "Error: No such option '--bogus'. Did you mean '--jobs'?",
         "Erreur : Option inconnue : '--bogus'. Vouliez-vous dire '--jobs' ?"),
        (["check"],
         "Error: Missing argument 'MANIFESTS...'.",
         "Erreur : Argument manquant 'MANIFESTES...'."),
        (["check", "--format", "bogus", "x"],
         "Error: Invalid value for '--format' (env var: 'CNILPOLICY_FORMAT'): "
         "'bogus' is not one of",
         "Erreur : Valeur invalide pour '--format' (variable d'environnement : "
         "'CNILPOLICY_FORMAT') : 'bogus' n'est pas l'une des valeurs"),
        (["check", "--jobs", "0", "x"],
         "0 is not in the range x>=1.",
         "0 n'est pas dans l'intervalle x>=1."),
        (["check", "--date", "2026-13-45", "x"],
         "'2026-13-45' does not match the format '%Y-%m-%d'.",
         "'2026-13-45' ne suit pas le format '%Y-%m-%d'."),
        (["check", "--lang"],
         "Error: Option '--lang' requires an argument.",
         "Erreur : L'option '--lang' attend une valeur."),
        (["bogus"], "Error: No such command 'bogus'.", "Erreur : Commande inconnue : 'bogus'."),
        (["test", "/nonexistent-folder"],
         "Error: Invalid value for 'FOLDER': Directory '/nonexistent-folder' does not exist.",
         "Erreur : Valeur invalide pour 'DOSSIER' : '/nonexistent-folder' n'existe pas."),
    ],
)  # fmt: skip
def test_usage_errors_are_in_the_reader_language(
    args: list[str], english: str, french: str, tmp_path: Path
) -> None:
    said = {lang: run(args, lang, tmp_path) for lang in ("en", "fr")}
    assert said["en"].exit_code == said["fr"].exit_code == 2
    assert english in said["en"].stderr and french in said["fr"].stderr
    if said["en"].stderr.startswith("Usage:"):
        assert said["fr"].stderr.startswith("Utilisation : cnilpolicy")
        assert "pour l'aide." in said["fr"].stderr


def test_a_french_run_leaves_click_and_gettext_as_it_found_them(tmp_path: Path) -> None:
    originals = {
        name: getattr(module, name)
        for module in (click.core, click.exceptions, click.types, click.parser)
        for name in ("_", "ngettext")
        if hasattr(module, name)
    }
    domain = gettext.textdomain()
    help_of(("bundle", "build"), "fr", tmp_path)
    run(["check", "--bogus"], "fr", tmp_path)
    assert gettext.textdomain() == domain
    assert all(
        getattr(module, name) is originals[name]
        for module in (click.core, click.exceptions, click.types, click.parser)
        for name in ("_", "ngettext")
        if hasattr(module, name)
    )
    # What Click makes once and keeps (the help option) was made in French first: an
    # English run after it is English all the same.
    assert help_of(("bundle", "build"), "en", tmp_path) == (
        GOLDEN / "en" / "cnilpolicy-bundle-build.txt"
    ).read_text(encoding="utf-8")
    assert vars(click.core)["_"]("Usage:") == "Usage:"


def test_every_parameter_is_localised() -> None:
    # A parameter declared with click.option would show its help in English.
    plain = [
        f"{' '.join(path)} {param.name}"
        for path in command_paths()
        for param in command_at(path).params
        if not isinstance(param, LocalisedOption | LocalisedArgument)
    ]
    assert plain == []


def _help_message(item: click.Command | click.Parameter) -> str | None:
    message = getattr(item, "_message", None)
    return message.template if isinstance(message, Message) else message


def test_extraction_finds_every_help_text() -> None:
    messages = {message for _, message in code_messages()}
    missing = []
    for path in command_paths():
        command = command_at(path)
        for item in (command, *command.params):
            text = _help_message(item)
            if text is not None and text not in messages:
                missing.append(f"{' '.join(path)}: {text[:60]}")
    assert missing == []
    assert _help_message(command_at(("check",))) in messages  # the check can fail


# --- the catalogue of Click's words ---------------------------------------------------


def click_messages() -> set[str | tuple[str, ...]]:
    """The messages the installed Click marks for gettext (pybabel extract on Click)."""
    found = extract_from_dir(
        os.path.dirname(click.__file__),
        [("**.py", "python")],
        keywords={"_": None, "ngettext": (1, 2)},
    )
    return {m if isinstance(m, str) else tuple(m) for _, _, m, _, _ in found} | (
        CLICK_RUNTIME_MESSAGES
    )


def _click_po() -> dict[str | tuple[str, ...], tuple[str, ...]]:
    with CLICK_PO.open("rb") as handle:
        catalog = read_po(handle)
    assert not catalog.fuzzy and not catalog.obsolete
    return {
        m.id if isinstance(m.id, str) else tuple(m.id): (
            (m.string,) if isinstance(m.string, str) else tuple(m.string)
        )
        for m in catalog
        if m.id
    }


def test_every_word_of_click_has_a_french_translation_and_none_is_stale() -> None:
    translations = _click_po()
    missing = sorted(map(str, click_messages() - set(translations)))
    stale = sorted(map(str, set(translations) - click_messages()))
    empty = sorted(str(k) for k, v in translations.items() if not all(s.strip() for s in v))
    assert (missing, stale, empty) == ([], [], []), (
        f"{CLICK_PO}: pybabel extract on Click (babel.cfg), then update"
    )


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_the_click_catalogue_covers_every_click_the_package_allows() -> None:
    # The catalogue holds the messages of one Click (its header names it): pyproject's
    # lower bound is that Click, so that no Click the package accepts is older than its
    # catalogue (an older Click marks other messages, which would stay English).
    made_from = re.search(r"the messages of Click ([\d.]+)", CLICK_PO.read_text("utf-8"))
    assert made_from, f"{CLICK_PO}'s header names the Click its messages come from"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    (requirement,) = [r for r in project["dependencies"] if re.match(r"click\b", r)]
    lower = re.search(r">=([\d.]+)", requirement)
    assert lower and lower.group(1) == made_from.group(1), requirement
    # The Click installed is one the package allows: the tests above read its messages.
    assert _version(importlib.metadata.version("click")) >= _version(made_from.group(1))


def test_click_translations_keep_click_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    wrong = []
    for message, strings in _click_po().items():
        english = {message} if isinstance(message, str) else set(message)
        allowed = {name for text in english for name in fields(text)}
        wrong += [f"{message!r}: {s!r}" for s in strings if not fields(s) <= allowed]
    assert wrong == []


def test_the_compiled_click_catalogue_matches_its_source() -> None:
    with CLICK_PO.with_suffix(".mo").open("rb") as handle:
        compiled = {
            m.id if isinstance(m.id, str) else tuple(m.id): (
                (m.string,) if isinstance(m.string, str) else tuple(m.string)
            )
            for m in read_mo(handle)
            if m.id
        }
    assert compiled == _click_po(), "run: pybabel compile -d cnilpolicy/locale -D click"


def test_speaking_english_changes_nothing() -> None:
    before = vars(click.core)["_"]
    with click_language.speaking("en"):
        assert vars(click.core)["_"] is before
    with click_language.speaking("fr"):
        assert vars(click.core)["_"]("Usage:") == "Utilisation :"
    assert vars(click.core)["_"] is before
