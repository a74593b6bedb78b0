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
from cnilpolicy.errors import EngineError

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


def decision(answer: Any, source: str) -> Decision:
    """The decision in an answer of data.cnilpolicy.main, once it keeps the contract."""
    _check(answer, DECISION_PATH, source)
    result = answer["result"]
    return Decision(
        results=result["results"],
        derived_facts=result["derived_facts"],
        policy_version=result["policy_version"],
    )


def descriptions(answer: Any, source: str) -> dict[str, dict[str, Any]]:
    """The rule descriptions in an answer of data.cnilpolicy.rules, by rule id."""
    _check(answer, RULES_PATH, source)
    catalog: dict[str, dict[str, Any]] = answer["result"]["catalog"]
    for rule_id, description in catalog.items():
        if description["rule_id"] != rule_id:
            raise EngineError(
                f"OPA description of rule {rule_id} is not one: it describes "
                f"{first_line(description['rule_id'])}"
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
                f"rule {rule_id} belongs to step {raw['step']!r}, not in pack {pack.id}"
            )
        if rule_id not in described:
            raise EngineError(f"OPA gave a result of rule {rule_id} but no description")
        answered.add(rule_id)
        steps_answered.add(raw["step"])
    missing = set(described) - answered
    if missing:
        raise EngineError(f"rule(s) {', '.join(_sorted(missing))} gave no result for this manifest")
    empty = [step for step in pack.steps if step not in steps_answered]
    if empty:
        raise EngineError(f"no rule of step(s) {', '.join(empty)} is loaded in OPA")


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


def _check(answer: Any, path: str, source: str) -> None:
    validator = _validator(_ROOTS[path])
    if validator.is_valid(answer):
        return
    errors = sorted(validator.iter_errors(answer), key=lambda error: len(error.instance_path))
    explained = [_special(error, answer, path, source) for error in errors]
    raise EngineError(
        next((text for text in explained if text), None) or _plain(errors[0], answer, path)
    )


def _special(error: Any, answer: Any, path: str, source: str) -> str | None:
    """The meaning of a broken rule of the contract that says more than where it broke."""
    where = list(error.instance_path)
    keyword = error.schema_path[-1] if error.schema_path else ""
    if (
        where == []
        and keyword == "required"
        and isinstance(answer, dict)
        and "result" not in answer
    ):
        return (
            f"{source} returned no result for data.{path.replace('/', '.')}: "
            "are the cnilpolicy policies loaded?"
        )
    if where == ["result", "silent_rules"] and keyword == "maxItems":
        return f"rule package(s) decided nothing: {_listing(error.instance)}"
    if where == ["result", "undescribed"] and keyword == "maxItems":
        return f"rule package(s) without rule_info: {_listing(error.instance)}"
    if (
        len(where) == 4
        and where[1] == "results"
        and where[3] == "message"
        and error.instance is None
    ):
        # policies/lib/result.rego: the message's template failed even with its
        # parameters escaped; the result is there, its text is not.
        return f"the message of rule {_rule_of(answer, where)} could not be rendered"
    return None


def _plain(error: Any, answer: Any, path: str) -> str:
    where = list(error.instance_path)
    pointer = "".join(f"/{str(token).replace('~', '~0').replace('/', '~1')}" for token in where)
    rule = _rule_of(answer, where)
    about = f" (rule {rule})" if rule != "?" else ""
    return first_line(
        f"OPA's answer for data.{path.replace('/', '.')} breaks the answer contract "
        f"at {pointer or '/'}: {error.message}{about}"
    )


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
