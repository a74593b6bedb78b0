"""Rule packs: named selections of steps. A pack selects rules, it never copies them."""

from __future__ import annotations

from dataclasses import dataclass

#: The April 2024 synthesis: its 7 steps, after the scope screening.
CNIL_2024_STEPS = (
    "scope",
    "purpose",
    "responsibilities",
    "legal_basis",
    "reuse",
    "minimisation",
    "retention",
    "dpia",
)

#: Every step, in the order of the extended CNIL synthesis (2025), with the
#: later fiches placed where the CNIL places them and the AI Act links last.
EXTENDED_STEPS = (
    "scope",
    "purpose",
    "responsibilities",
    "legal_basis",
    "legitimate_interest",
    "scraping",
    "open_source",
    "reuse",
    "minimisation",
    "retention",
    "information",
    "rights",
    "security",
    "model_status",
    "annotation",
    "dpia",
    "ai_act",
)


@dataclass(frozen=True)
class Pack:
    id: str
    description: str
    steps: tuple[str, ...]


PACKS = {
    pack.id: pack
    for pack in (
        Pack(
            "cnil-2024",
            "The 7 steps of the CNIL synthesis of 8 April 2024, after the scope screening.",
            CNIL_2024_STEPS,
        ),
        Pack(
            "cnil-extended",
            "Every rule: the 7 steps, the later CNIL fiches (2024-2025) and the AI Act links.",
            EXTENDED_STEPS,
        ),
    )
}

DEFAULT_PACK = "cnil-extended"
