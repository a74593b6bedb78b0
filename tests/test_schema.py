"""Schema errors: every one located at its line, naming the offending key."""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from cnilpolicy.errors import ManifestInvalid
from cnilpolicy.loader import load_manifest
from cnilpolicy.schema import check_manifest, schema_issues
from tests.support import BASE_MANIFESTS


def test_the_formats_the_manifest_uses_are_checked() -> None:
    # jsonschema skips a format silently when no checker is installed for it.
    assert {"date", "uri"} <= set(Draft202012Validator.FORMAT_CHECKER.checkers)


@pytest.mark.parametrize("path", BASE_MANIFESTS, ids=lambda p: p.stem)
def test_base_manifests_are_valid(path: Path) -> None:
    assert schema_issues(load_manifest(path)) == []


def _issues(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "m.yaml"
    path.write_text(text)
    with pytest.raises(ManifestInvalid) as raised:
        check_manifest(load_manifest(path))
    return [str(issue).removeprefix(f"{path}:") for issue in raised.value.issues]


def test_each_kind_of_error_is_located_and_named(tmp_path: Path) -> None:
    issues = _issues(
        tmp_path,
        "manifest_version: '0.1'\n"
        "organisation: {name: ACME, has_dpoo: true}\n"
        "legal_regime: gdprr\n"
        "transparency:\n"
        "  public_notice_url: not a uri\n"
        "datasets:\n"
        "  - source_type: web_scraping\n"
        "    collection_start: 2025-02-30\n",
    )
    assert issues == [
        "2:28: /organisation/has_dpoo: unknown key 'has_dpoo'",
        '3:1: /legal_regime: "gdprr" is not one of: "gdpr", "law_enforcement", "national_security"',
        "5:3: /transparency/public_notice_url: 'not a uri' is not a 'uri'",
        "7:5: /datasets/0/id: missing required key 'id'",
        "8:5: /datasets/0/collection_start: '2025-02-30' is not a 'date'",
    ]
