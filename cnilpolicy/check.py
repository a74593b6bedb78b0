"""One manifest through the whole path: the input OPA sees, and the verdict it gives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cnilpolicy.aggregate import build_verdict
from cnilpolicy.engine import PolicyEngine
from cnilpolicy.loader import LoadedManifest
from cnilpolicy.packs import Pack
from cnilpolicy.verdict import ManifestVerdict

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class CheckOptions:
    pack: Pack
    lang: str
    #: YYYY-MM-DD: the only clock the policies see.
    evaluation_date: str


def policy_input(manifest: LoadedManifest, options: CheckOptions) -> dict[str, Any]:
    return {
        "manifest": manifest.data,
        "options": {
            "evaluation_date": options.evaluation_date,
            "lang": options.lang,
            "steps": list(options.pack.steps),
        },
    }


def check_manifest(
    engine: PolicyEngine, opa_version: str, manifest: LoadedManifest, options: CheckOptions
) -> ManifestVerdict:
    decision = engine.evaluate(policy_input(manifest, options))
    return build_verdict(
        manifest,
        decision,
        pack=options.pack,
        lang=options.lang,
        evaluation_date=options.evaluation_date,
        opa_version=opa_version,
    )
