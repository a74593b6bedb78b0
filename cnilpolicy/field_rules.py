"""Which rules read which manifest field, from the rules' own METADATA.

Each rule's annotations (description, remediation, messages) name the fields it
reads as the manifest writes them, `datasets[].retention.period` or
`personal_data.processed`; a name that is a field of the schema (or the end of
one, `compatibility_test.result`) counts. No list is kept by hand: a rule that
starts reading a field says so in its messages, and the comment `init` writes
and docs/manifest.md follow.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cnilpolicy.rule import Rule, rule_order
from cnilpolicy.schema_fields import Field

#: A dotted field path as the rules' texts write it, with optional [..] after a segment.
_MENTION = re.compile(r"\b[a-z][a-z0-9_]*(?:\[[^\]\s]*\])?(?:\.[a-z][a-z0-9_]*(?:\[[^\]\s]*\])?)+")
#: A lone field name is only taken for a multi-word one (`ropa_ref`): plain words
#: (`scraping`, `model`) occur in prose.
_SECTION = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_INDEX = re.compile(r"\[[^\]]*\]")


@dataclass(frozen=True)
class FieldRules:
    """Rule ids per field path (the field or a field under it is named by the rule)."""

    by_path: Mapping[str, tuple[str, ...]]
    steps: Mapping[str, str]  # rule id -> step

    def reading(self, path: str) -> tuple[str, ...]:
        return self.by_path.get(path, ())


def _plain(path: str) -> str:
    return _INDEX.sub("", path)


def index_rules(rules: Iterable[Rule], fields: Iterable[Field]) -> FieldRules:
    tops = tuple(fields)
    flat = [found for top in tops for found in top.walk()]
    plain_paths = {_plain(found.path): found.path for found in flat}
    by_name: dict[str, list[str]] = {}
    for found in flat:
        by_name.setdefault(found.name, []).append(found.path)
    direct: dict[str, set[str]] = {found.path: set() for found in flat}
    item_words = {top.path: _item_word(top.path) for top in tops if top.kind == "array"}
    steps: dict[str, str] = {}
    for rule in rules:
        steps[rule.id] = rule.step
        text = json.dumps(rule.raw, ensure_ascii=False)
        named: set[str] = set()
        for mention in {_plain(m) for m in _MENTION.findall(text)}:
            named |= {
                path
                for plain, path in plain_paths.items()
                if plain == mention or plain.endswith(f".{mention}")
            }
        sections = {_section(path) for path in named}
        words = set(re.findall(r"[a-z]+", text.lower()))
        sections |= {name for name, item in item_words.items() if item in words}
        # A bare field name (`ropa_ref`) counts when one field has it, or, when several
        # do, for a top-level one and those in a section the rule names (`Activity ...`
        # names processing_activities).
        for word in set(_SECTION.findall(text)) & by_name.keys():
            candidates = by_name[word]
            if len(candidates) > 1:
                candidates = [p for p in candidates if "." not in p or _section(p) in sections]
            named |= set(candidates)
        for path in named:
            direct[path].add(rule.id)
    by_path: dict[str, tuple[str, ...]] = {}
    for found in flat:
        readers: set[str] = set()
        for below in found.walk():
            readers |= direct[below.path]
        by_path[found.path] = tuple(sorted(readers, key=rule_order))
    return FieldRules(by_path=by_path, steps=steps)


def _section(path: str) -> str:
    return path.split(".")[0].removesuffix("[]")


def _item_word(section: str) -> str:
    """What one item of a list section is called in prose: processing_activities -> activity."""
    last = section.split("_")[-1]
    if last.endswith("ies"):
        return last[:-3] + "y"
    return last.removesuffix("s")
