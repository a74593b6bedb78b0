"""Waivers: accepted departures from a rule, with a justification, an owner and an end.

Two sources. A manifest may waive its own SHOULD and GOOD-PRACTICE results (the
CNIL lets a controller depart from a recommendation if it justifies it); it may
not waive a MUST or MUST-IF rule. A platform waiver file (--waivers) may waive
any rule for the manifests its glob matches, always until an expiry date. A
platform may also lock rules that no waiver can silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cnilpolicy.i18n import N_, translate, word
from cnilpolicy.loader import load_manifest
from cnilpolicy.rule import rule_order
from cnilpolicy.schema import check_manifest
from cnilpolicy.verdict import (
    EXPIRED,
    FAIL,
    NOT_WAIVABLE,
    REFUSED,
    STALE,
    WAIVED,
    WARN,
    RuleResult,
    Waiver,
    WaiverNote,
)

#: Levels a project may waive from its own manifest.
SELF_WAIVABLE_LEVELS = ("should", "good_practice")


@dataclass(frozen=True)
class PlatformWaiver:
    waiver: Waiver
    manifests: str  # glob over the manifest path

    def covers(self, manifest_path: str) -> bool:
        return _glob_regex(self.manifests).fullmatch(_normalise(manifest_path)) is not None


@dataclass(frozen=True)
class PlatformPolicy:
    """The platform team's waiver file; empty when none is given."""

    waivers: tuple[PlatformWaiver, ...] = ()
    non_waivable: frozenset[str] = field(default_factory=frozenset)


def load_platform_policy(path: str) -> PlatformPolicy:
    """Read and validate a waiver file; a bad one is a ManifestError or ManifestInvalid."""
    loaded = load_manifest(path)
    check_manifest(loaded, schema="waivers.schema.json")
    data = loaded.data
    waivers = tuple(
        PlatformWaiver(
            waiver=Waiver(
                source="platform",
                rule=entry["rule"],
                justification=entry["justification"],
                pointer=entry.get("pointer"),
                approved_by=entry["approved_by"],
                ticket=entry.get("ticket"),
                expires=entry["expires"],
            ),
            manifests=entry["manifests"],
        )
        for entry in data.get("waivers", [])
    )
    return PlatformPolicy(waivers=waivers, non_waivable=frozenset(data.get("non_waivable", [])))


def manifest_waivers(manifest_data: dict[str, Any]) -> tuple[Waiver, ...]:
    entries = manifest_data.get("waivers")
    if not isinstance(entries, list):
        return ()
    return tuple(
        Waiver(
            source="manifest",
            rule=str(entry["rule"]),
            justification=str(entry["justification"]),
            pointer=entry.get("pointer"),
            approved_by=entry.get("approved_by"),
            date=entry.get("date"),
            expires=entry.get("expires"),
        )
        for entry in entries
        if isinstance(entry, dict) and "rule" in entry and "justification" in entry
    )


def _normalise(path: str) -> str:
    return Path(path).as_posix().removeprefix("./")


def _glob_regex(pattern: str) -> re.Pattern[str]:
    # fnmatch lets * cross folders; here * stays within one and ** crosses them.
    parts = re.split(r"(\*\*/?|\*|\?)", _normalise(pattern))
    regex = ""
    for part in parts:
        if part in ("**", "**/"):
            regex += ".*"
        elif part == "*":
            regex += "[^/]*"
        elif part == "?":
            regex += "[^/]"
        else:
            regex += re.escape(part)
    return re.compile(regex)


def _covers(waiver: Waiver, result: RuleResult) -> bool:
    if waiver.rule != result.rule_id:
        return False
    if waiver.pointer is None:
        return True
    return result.pointer == waiver.pointer or result.pointer.startswith(waiver.pointer + "/")


def apply_waivers(
    results: list[RuleResult],
    *,
    manifest_path: str,
    manifest_data: dict[str, Any],
    platform: PlatformPolicy,
    evaluation_date: str,
    lang: str = "en",
) -> tuple[list[RuleResult], list[WaiverNote]]:
    """Results with accepted failures and warnings marked waived, and notes on the rest."""
    levels = {result.rule_id: result.level for result in results}
    candidates = [w.waiver for w in platform.waivers if w.covers(manifest_path)]
    candidates += manifest_waivers(manifest_data)
    notes: list[WaiverNote] = []
    active: list[Waiver] = []
    for waiver in candidates:
        note = _refusal(waiver, levels, platform, evaluation_date, lang)
        if note is None:
            active.append(waiver)
        else:
            notes.append(note)
    used: set[int] = set()
    waived_results = []
    for result in results:
        waiver_index = next(
            (
                index
                for index, waiver in enumerate(active)
                if result.status in (FAIL, WARN) and _covers(waiver, result)
            ),
            None,
        )
        if waiver_index is None:
            waived_results.append(result)
            continue
        used.add(waiver_index)
        waived_results.append(replace(result, status=WAIVED, waiver=active[waiver_index]))
    for index, waiver in enumerate(active):
        if index not in used:
            message = (
                N_(
                    "{source} waiver of {rule} at {pointer} matches no failure or warning: "
                    "remove it"
                )
                if waiver.pointer
                else N_("{source} waiver of {rule} matches no failure or warning: remove it")
            )
            notes.append(WaiverNote(STALE, waiver, _said(lang, message, waiver)))
    notes.sort(
        key=lambda n: (rule_order(n.waiver.rule), n.kind, n.waiver.source, n.waiver.pointer or "")
    )
    return waived_results, notes


#: Who wrote a waiver, in a note's sentence.
_SOURCES = {"manifest": N_("manifest"), "platform": N_("platform")}


def _said(lang: str, message: str, waiver: Waiver, **values: str) -> str:
    """A note's sentence in the run's language."""
    return translate(lang, message).format(
        source=word(_SOURCES, lang, waiver.source),
        rule=waiver.rule,
        pointer=waiver.pointer,
        expires=waiver.expires,
        **values,
    )


def _refusal(
    waiver: Waiver,
    levels: dict[str, str],
    platform: PlatformPolicy,
    evaluation_date: str,
    lang: str = "en",
) -> WaiverNote | None:
    if waiver.rule in platform.non_waivable:
        message = N_("{rule} cannot be waived: the platform policy locks it")
        return WaiverNote(NOT_WAIVABLE, waiver, _said(lang, message, waiver))
    if waiver.expires is not None and waiver.expires < evaluation_date:
        message = N_("{source} waiver of {rule} expired on {expires}: it no longer applies")
        return WaiverNote(EXPIRED, waiver, _said(lang, message, waiver))
    level = levels.get(waiver.rule)
    if waiver.source == "manifest" and level is not None and level not in SELF_WAIVABLE_LEVELS:
        message = N_(
            "{rule} is a legal obligation ({level}): a manifest cannot waive it; "
            "only a platform waiver file can"
        )
        return WaiverNote(REFUSED, waiver, _said(lang, message, waiver, level=level))
    return None
