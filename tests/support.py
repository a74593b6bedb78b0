"""Shared by the tests: where the fixtures are, and the fixed evaluation date."""

from __future__ import annotations

import http.server
from pathlib import Path

from cnilpolicy.fixture_cases import FixtureCase, case_paths, load_case, read_yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BASE_MANIFESTS = sorted((FIXTURES / "manifests").glob("*.yaml"))
#: Base manifests built to come out non-compliant (tests/test_derived_fixtures.py
#: checks them rule by rule); every other base manifest is compliant.
NON_COMPLIANT_MANIFESTS = ("hr-recruitment-ranking.yaml",)
COMPLIANT_MANIFESTS = [p for p in BASE_MANIFESTS if p.name not in NON_COMPLIANT_MANIFESTS]
CASES = case_paths(FIXTURES)
#: Fixed so that every run of the suite sees the same clock.
EVALUATION_DATE = "2026-01-15"

__all__ = [
    "BASE_MANIFESTS",
    "CASES",
    "COMPLIANT_MANIFESTS",
    "EVALUATION_DATE",
    "FIXTURES",
    "NON_COMPLIANT_MANIFESTS",
    "ROOT",
    "FixtureCase",
    "load_case",
    "read_yaml",
]


def forged_bundle(policies: Path, target: Path) -> Path:
    """A bundle of an altered copy of the policies that claims the real policies' revision.

    What a server with a forged revision looks like: the revision check cannot
    tell it (bundle signing can), so the engine's own checks of every answer are
    what these tests exercise.
    """
    from cnilpolicy.policyset import load_policy_set

    load_policy_set(cnil=policies).write_tarball(target, revision=load_policy_set().revision)
    return target


def bundles_document() -> bytes:
    """GET /v1/data/system/bundles of a server holding the real policies' bundle."""
    import json

    from cnilpolicy.policyset import load_policy_set

    manifest = {"revision": load_policy_set().revision, "roots": [""]}
    return json.dumps({"result": {"cnilpolicy": {"manifest": manifest}}}).encode()


class ServesRealRevision(http.server.BaseHTTPRequestHandler):
    """A fake OPA server that passes the revision check, for tests of the engine's own checks.

    cnilpolicy.fleet asks for the bundles first (GET): this answers as a server
    holding the real policies would; subclasses answer the queries (POST).
    """

    def do_GET(self) -> None:
        self.send_json(bundles_document())

    def send_json(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass  # the test's output stays readable
