"""The answer contract: what OPA must answer before cnilpolicy uses an answer.

One JSON Schema (answer.schema.json) gives the shape of both documents
cnilpolicy asks for: the decision on one manifest and the descriptions of the
run's rules. What a schema cannot say is checked here too, once per answer:
each description is filed under its own rule id, and every rule described for
the run answered for the manifest (and no other rule did). Anything else is an
EngineError with one line saying what was wrong: never a pass.

Code after this module trusts the answers it is given.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import SCHEMA_CHECKER_SAYS, EngineError, quoted
from cnilpolicy.i18n import N_, Message

if TYPE_CHECKING:
    from cnilpolicy.packs import Pack

#: The one document cnilpolicy asks for, per manifest (policies/main/main.rego).
DECISION_PATH = "cnilpolicy/main"
#: What every selected rule is (title, remediation, references), asked once per
#: run (policies/main/rules.rego).
RULES_PATH = "cnilpolicy/rules"

_SCHEMA = Path(__file__).with_name("answer.schema.json")
_ROOTS = {DECISION_PATH: "decision_answer", RULES_PATH: "descriptions_answer"}


@dataclass(frozen=True)
class Decision:
    """What OPA answered for one manifest, as the contract allows it."""

    results: list[dict[str, Any]]
    derived_facts: list[dict[str, Any]]
    policy_version: str


def decision(answer: Any, url: str) -> Decision:
    """The decision in an answer of data.cnilpolicy.main (from OPA at url), once it keeps
    the contract."""
    _check(answer, DECISION_PATH, url)
    result = answer["result"]
    return Decision(
        results=result["results"],
        derived_facts=result["derived_facts"],
        policy_version=result["policy_version"],
    )


def descriptions(answer: Any, url: str) -> dict[str, dict[str, Any]]:
    """The rule descriptions in an answer of data.cnilpolicy.rules (from OPA at url), by
    rule id."""
    _check(answer, RULES_PATH, url)
    catalog: dict[str, dict[str, Any]] = answer["result"]["catalog"]
    for rule_id, description in catalog.items():
        if description["rule_id"] != rule_id:
            raise EngineError(
                N_("OPA description of rule {rule} is not one: it describes {other}"),
                rule=rule_id,
                other=first_line(description["rule_id"]),
            )
    return catalog


def check_answered(decision: Decision, described: Mapping[str, object], pack: Pack) -> None:
    """The decision answers for exactly the rules described for the run, in the pack's steps.

    A rule missing from the answer (its package lost, renamed, or its results
    dropped on the way) would otherwise read as a rule with nothing to say; a
    result of a rule nobody described, or of a step outside the pack, would be
    judged without its texts or outside what was asked.
    """
    steps = set(pack.steps)
    answered: set[str] = set()
    steps_answered: set[str] = set()
    for raw in decision.results:
        rule_id = raw["rule_id"]
        if raw["step"] not in steps:
            raise EngineError(
                N_("rule {rule} belongs to step {step}, not in pack {pack}"),
                rule=rule_id,
                step=repr(raw["step"]),
                pack=pack.id,
            )
        if rule_id not in described:
            message = N_("OPA gave a result of rule {rule} but no description")
            raise EngineError(message, rule=rule_id)
        answered.add(rule_id)
        steps_answered.add(raw["step"])
    missing = set(described) - answered
    if missing:
        message = N_("rule(s) {rules} gave no result for this manifest")
        raise EngineError(message, rules=", ".join(_sorted(missing)))
    empty = [step for step in pack.steps if step not in steps_answered]
    if empty:
        message = N_("no rule of step(s) {steps} is loaded in OPA")
        raise EngineError(message, steps=", ".join(empty))


def _sorted(rule_ids: set[str]) -> list[str]:
    # PURPOSE-2 before PURPOSE-10, as everywhere rule ids are listed.
    from cnilpolicy.rule import rule_order

    return sorted(rule_ids, key=rule_order)


@cache
def _validator(root: str) -> Any:
    """The compiled validator of one document of the contract (once per process)."""
    import jsonschema_rs

    schema = json.loads(_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator({**schema, "$ref": f"#/$defs/{root}"})


def _check(answer: Any, path: str, url: str) -> None:
    validator = _validator(_ROOTS[path])
    if validator.is_valid(answer):
        return
    errors = sorted(validator.iter_errors(answer), key=lambda error: len(error.instance_path))
    explained = [_special(error, answer, path, url) for error in errors]
    message = next((text for text in explained if text), None) or _plain(errors[0], answer, path)
    raise EngineError("{error}", error=message)


#: The lists of rule packages an answer must hold empty (answer.schema.json), and what a
#: package in each means.
_MUST_BE_EMPTY = {
    "silent_rules": N_("rule package(s) decided nothing: {packages}"),
    "undescribed": N_("rule package(s) without rule_info: {packages}"),
    "without_results": N_("rule package(s) without a results rule: {packages}"),
}


def _special(error: Any, answer: Any, path: str, url: str) -> Message | None:
    """The meaning of a broken rule of the contract that says more than where it broke."""
    where = list(error.instance_path)
    keyword = error.schema_path[-1] if error.schema_path else ""
    if (
        where == []
        and keyword == "required"
        and isinstance(answer, dict)
        and "result" not in answer
    ):
        return Message(
            N_(
                "OPA at {url} returned no result for {document}: "
                "are the cnilpolicy policies loaded?"
            ),
            url=url,
            document=_document(path),
        )
    if len(where) == 2 and where[1] in _MUST_BE_EMPTY and keyword == "maxItems":
        return Message(_MUST_BE_EMPTY[where[1]], packages=_listing(error.instance))
    if (
        len(where) == 4
        and where[1] == "results"
        and where[3] == "message"
        and error.instance is None
    ):
        # policies/lib/result.rego: the message's template failed even with its
        # parameters escaped; the result is there, its text is not.
        message = N_("the message of rule {rule} could not be rendered")
        return Message(message, rule=_rule_of(answer, where))
    return None


def _plain(error: Any, answer: Any, path: str) -> Message:
    where = list(error.instance_path)
    pointer = "".join(f"/{str(token).replace('~', '~0').replace('/', '~1')}" for token in where)
    rule = _rule_of(answer, where)
    # The schema checker's words (jsonschema_rs), quoted as its own in another language.
    said = quoted(SCHEMA_CHECKER_SAYS, first_line(str(error.message)))
    values = {"document": _document(path), "pointer": pointer or "/", "said": said}
    if rule == "?":
        template = N_("OPA's answer for {document} breaks the answer contract at {pointer}: {said}")
        return Message(template, **values)
    template = N_(
        "OPA's answer for {document} breaks the answer contract at {pointer}: {said} (rule {rule})"
    )
    return Message(template, rule=rule, **values)


def _document(path: str) -> str:
    """The document OPA was asked for, as Rego names it (data.cnilpolicy.main)."""
    return f"data.{path.replace('/', '.')}"


def _rule_of(answer: Any, where: Sequence[Any]) -> str:
    """The rule an error is about: the result's rule_id, or the description's key."""
    if len(where) >= 3 and where[1] == "catalog":
        return str(where[2])
    if len(where) >= 3 and where[1] == "results" and isinstance(answer, dict):
        with contextlib.suppress(LookupError, AttributeError, TypeError):
            rule_id = answer["result"]["results"][where[2]].get("rule_id")
            if isinstance(rule_id, str):
                return rule_id
    return "?"


def _listing(value: Any) -> str:
    return first_line(", ".join(sorted(str(item) for item in value)))
