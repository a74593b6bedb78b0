"""Which steps read each manifest section, so that a verdict can say what its pack left out.

A pack selects steps; a manifest may declare a section that none of them reads
(a `scraping` section under `cnil-2024`). The verdict then names the section and
the packs that do evaluate it: an honest "not looked at", never a silent pass.
The notice never changes the verdict or the exit code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnilpolicy.packs import PACKS, Pack
from cnilpolicy.verdict import UnevaluatedSection

#: Top-level manifest sections and the steps whose rules read them.
#: tests/test_sections.py checks every entry against the policies.
SECTION_STEPS: dict[str, tuple[str, ...]] = {
    "organisation": ("legal_basis", "dpia", "information", "ai_act"),
    "legal_regime": ("scope",),
    "personal_data": ("scope", "model_status"),
    "ai_system": ("scope", "purpose", "minimisation", "dpia", "model_status"),
    "ai_act": ("responsibilities", "dpia", "legitimate_interest", "scraping", "ai_act"),
    "deployment": ("scope", "legitimate_interest"),
    "processing_activities": ("scope", "purpose", "responsibilities", "legal_basis", "reuse"),
    "datasets": ("scope", "reuse", "minimisation", "retention"),
    "design_review": ("minimisation",),
    "dpia": ("dpia",),
    "scraping": ("scraping", "legitimate_interest"),
    "distribution": ("open_source", "legitimate_interest", "ai_act"),
    "transparency": ("information", "scraping", "model_status", "ai_act"),
    "rights": ("rights", "information", "legitimate_interest"),
    "annotation": ("annotation",),
    "security": ("security",),
    "model": ("model_status", "open_source", "ai_act"),
    "system": ("model_status", "legitimate_interest"),
    "bias_detection_sensitive_data": ("ai_act",),
}


def _declared(value: Any) -> bool:
    return value not in (None, "", [], {})


def unevaluated_sections(
    manifest: Mapping[str, Any], pack: Pack, packs: Mapping[str, Pack] = PACKS
) -> tuple[UnevaluatedSection, ...]:
    """The declared sections that `pack` does not evaluate, in the schema's order."""
    selected = set(pack.steps)
    found = []
    for section, steps in SECTION_STEPS.items():
        if not _declared(manifest.get(section)) or selected.intersection(steps):
            continue
        evaluating = tuple(sorted(p.id for p in packs.values() if set(p.steps) & set(steps)))
        found.append(UnevaluatedSection(section, evaluating))
    return tuple(found)
