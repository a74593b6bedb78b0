"""`cnilpolicy init` driven through a real pseudo-terminal, as a person types the answers.

The person reads each question on the terminal and answers it from the same answers
file the --answers tests use (a question this person has no answer for gets Enter);
the manifest they get must be byte for byte the one --answers writes, valid, and
checked by the real OPA.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.i18n import words
from cnilpolicy.init_texts import ACTIVITY_KEYS, DATASET_KEYS, MESSAGES, QUESTIONS, TOP_KEYS
from cnilpolicy.loader import load_manifest
from cnilpolicy.schema import schema_issues
from tests.support import EVALUATION_DATE, ROOT

CNILPOLICY = str(Path(sys.executable).with_name("cnilpolicy"))
ANSWERS = ROOT / "tests" / "data" / "init"
#: A prompt waits for input at the end of what was printed: "...[Y/n]: ", "...later): ".
PROMPT = re.compile(r"[\]\)]: $")


def _typed(value: Any, lang: str) -> str:
    """What a person types for an answer of the answers file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("o" if lang == "fr" else "y") if value else "n"
    if isinstance(value, list):
        return ", ".join(str(entry) for entry in value) or words(MESSAGES, lang)["none"]
    return str(value)


def _answer_for(screen: str, answers: dict[str, Any], lang: str) -> str:
    """The answer to the last question on the screen, from where the person is in the file."""
    questions = words(QUESTIONS, lang)
    asked = max(questions, key=lambda key: screen.rfind(questions[key]))
    headings = [
        (screen.rfind(words(MESSAGES, lang)[label].format(number=n)), label, n)
        for label in ("activity", "dataset")
        for n in range(1, 21)
    ]
    position, label, number = max(headings)
    if asked in ACTIVITY_KEYS + DATASET_KEYS and position >= 0:
        group = "activities" if label == "activity" else "datasets"
        return _typed(answers.get(group, [{}])[number - 1].get(asked), lang)
    assert asked in TOP_KEYS
    if asked in ("activities", "datasets") and asked in answers:
        return str(len(answers[asked]))
    return _typed(answers.get(asked), lang)


def _drive(child: pexpect.spawn, answers: dict[str, Any], lang: str) -> str:
    screen = ""
    while True:
        found = child.expect([PROMPT, pexpect.EOF], timeout=60)
        screen += child.before + (child.after if found == 0 else "")
        if found == 1:
            return screen
        child.sendline(_answer_for(screen, answers, lang))


def _answer(child: pexpect.spawn, shown: str, typed: str) -> None:
    child.expect_exact(shown, timeout=60)
    child.expect(PROMPT, timeout=60)
    child.sendline(typed)


def _spawn(target: Path, opa_url: str, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        CNILPOLICY,
        ["init", "--output", str(target), "--date", EVALUATION_DATE, "--opa-url", opa_url, *args],
        cwd=str(target.parent),
        encoding="utf-8",
        dimensions=(40, 120),
        # As a terminal starts a command: Ctrl-C not ignored, whatever an earlier test in
        # this process left (a process started with SIGINT ignored keeps it ignored).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.mark.parametrize("scenario", ["no-personal-data", "llm-scraped", "hr-system"])
def test_a_person_answering_on_a_terminal_gets_the_answers_file_manifest(
    tmp_path: Path, opa_server: LocalOpaServer, scenario: str
) -> None:
    answers = load_manifest(ANSWERS / f"{scenario}.yaml").data
    typed = tmp_path / "typed" / "cnil-manifest.yaml"
    typed.parent.mkdir()
    child = _spawn(typed, opa_server.url)
    screen = _drive(child, answers, "en")
    child.close()
    assert child.exitstatus == 0, screen[-2000:]
    assert "Next to fill in:" in screen
    scripted = tmp_path / "scripted" / "cnil-manifest.yaml"
    scripted.parent.mkdir()
    subprocess.run(
        [CNILPOLICY, "init", "--output", str(scripted), "--date", EVALUATION_DATE,
         "--opa-url", opa_server.url, "--answers", str(ANSWERS / f"{scenario}.yaml")],
        check=True, capture_output=True,
    )  # fmt: skip
    assert typed.read_text(encoding="utf-8") == scripted.read_text(encoding="utf-8")
    assert schema_issues(load_manifest(typed)) == []
    verdict = subprocess.run(
        [CNILPOLICY, "check", str(typed), "--date", EVALUATION_DATE, "--opa-url", opa_server.url],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert verdict.returncode in (0, 1), verdict.stderr
    assert f"{typed}: " in verdict.stdout


def test_a_person_who_mistypes_is_asked_again_in_french(
    tmp_path: Path, opa_server: LocalOpaServer
) -> None:
    target = tmp_path / "cnil-manifest.yaml"
    child = _spawn(target, opa_server.url, "--lang", "fr")
    _answer(child, "Nom du projet", "Projet RH")
    _answer(child, "Raison sociale", "")
    _answer(child, "données personnelles", "peut-être")
    _answer(child, "répondez o ou n", "non")
    _answer(child, "apprentissage automatique", "o")
    screen = _drive(child, {"general_purpose": True, "ai_act_role": "deployer"}, "fr")
    child.close()
    assert child.exitstatus == 0, screen[-2000:]
    data = load_manifest(target).data
    assert data["project"] == {"name": "Projet RH"}
    assert data["personal_data"] == {"processed": False}
    assert data["ai_act"]["operator_role"] == "deployer"
    assert "processing_activities" not in data


def test_yes_enter_piped_into_init_takes_every_default(
    tmp_path: Path, opa_server: LocalOpaServer
) -> None:
    shell = f"yes '' | {CNILPOLICY} init --date {EVALUATION_DATE} --opa-url {opa_server.url}"
    completed = subprocess.run(
        ["sh", "-c", shell], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    manifest = load_manifest(tmp_path / "cnil-manifest.yaml")
    assert schema_issues(manifest) == []
    assert manifest.data["personal_data"]["processed"] is True
    assert "cnil-manifest.yaml: NON COMPLIANT" in completed.stdout


def test_ctrl_c_during_the_interview_writes_nothing(
    tmp_path: Path, opa_server: LocalOpaServer
) -> None:
    target = tmp_path / "cnil-manifest.yaml"
    child = _spawn(target, opa_server.url)
    _answer(child, "Name of the project", "Half-written")
    child.expect_exact("Legal name of your organisation")
    child.expect(PROMPT)
    child.sendintr()
    if child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5) == 1:
        # A Ctrl-C that comes as Python starts waiting for the line is seen by CPython's
        # readline only at the next key (seen with the builds before too): a person then
        # presses it again, and that one must stop init the same way.
        child.sendintr()
        child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 130
    assert "interrupted; nothing written" in child.before
    assert not target.exists()
