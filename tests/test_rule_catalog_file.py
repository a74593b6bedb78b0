"""cnilpolicy/rule_catalog.json: generated from the policies' METADATA, never stale."""

from __future__ import annotations

import json
from pathlib import Path

from cnilpolicy.catalog import CATALOG_FILE, catalog_document, load_catalog, load_shipped_catalog
from cnilpolicy.opa_install import PINNED_OPA_VERSION, install_hint, release_asset
from cnilpolicy.verdict import dumps
from tests.support import ROOT


def test_the_shipped_catalog_is_what_opa_reads_from_the_policies(opa_binary: Path) -> None:
    shipped = (ROOT / "cnilpolicy" / CATALOG_FILE).read_text(encoding="utf-8")
    generated = dumps(catalog_document(opa_binary, ROOT / "policies"))
    assert shipped == generated, f"cnilpolicy/{CATALOG_FILE} is stale: run 'make catalog'"


def test_the_shipped_catalog_gives_the_same_rules_as_a_live_read(opa_binary: Path) -> None:
    live = load_catalog(opa_binary)
    shipped = load_shipped_catalog()
    assert [rule.id for rule in shipped] == [rule.id for rule in live]
    for left, right in zip(shipped, live, strict=True):
        assert left.raw == right.raw
        assert right.file.endswith(left.file)  # relative in the shipped file


def test_the_shipped_catalog_does_not_depend_on_the_checkout() -> None:
    document = json.loads((ROOT / "cnilpolicy" / CATALOG_FILE).read_text(encoding="utf-8"))
    for entry in document["rules"]:
        file = entry["location"]["file"]
        assert not Path(file).is_absolute() and file.startswith("cnil/"), file
        assert (ROOT / "policies" / file).is_file()


def test_the_release_binary_named_for_each_platform() -> None:
    assert release_asset("Linux", "x86_64") == "opa_linux_amd64_static"
    assert release_asset("Linux", "aarch64") == "opa_linux_arm64_static"
    assert release_asset("Darwin", "arm64") == "opa_darwin_arm64_static"
    assert release_asset("Windows", "AMD64") == "opa_windows_amd64.exe"
    assert release_asset("Plan9", "x86_64") is None
    assert f"releases/download/v{PINNED_OPA_VERSION}/opa_darwin_arm64_static" in install_hint(
        "Darwin", "arm64"
    )
    assert f"releases/download/v{PINNED_OPA_VERSION}/ " not in install_hint("Plan9", "mips")
