"""Shared by the tests: where the fixtures are, and the fixed evaluation date."""

from __future__ import annotations

from pathlib import Path

from cnilpolicy.fixture_cases import FixtureCase, case_paths, load_case, read_yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BASE_MANIFESTS = sorted((FIXTURES / "manifests").glob("*.yaml"))
CASES = case_paths(FIXTURES)
#: Fixed so that every run of the suite sees the same clock.
EVALUATION_DATE = "2026-01-15"

__all__ = [
    "BASE_MANIFESTS",
    "CASES",
    "EVALUATION_DATE",
    "FIXTURES",
    "ROOT",
    "FixtureCase",
    "load_case",
    "read_yaml",
]
