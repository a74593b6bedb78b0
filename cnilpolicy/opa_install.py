"""How to get OPA, said where it is missing: `check` cannot evaluate without it."""

from __future__ import annotations

import platform
from pathlib import Path

#: The OPA version cnilpolicy is built and tested with, written once in this
#: package data file: the Makefile, the CI templates' tests and the docs' test
#: read it too (tests/test_opa_version.py).
PINNED_OPA_VERSION = (Path(__file__).parent / "opa_version.txt").read_text(encoding="utf-8").strip()
RELEASES = "https://github.com/open-policy-agent/opa/releases/download"

_SYSTEMS = {"Linux": "linux", "Darwin": "darwin", "Windows": "windows"}
_MACHINES = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}


def release_asset(system: str | None = None, machine: str | None = None) -> str | None:
    """The name of OPA's release binary for this platform, or None if OPA publishes none.

    OPA publishes static builds for Linux and macOS (arm64 only static) and one
    Windows build.
    """
    os_name = _SYSTEMS.get(system or platform.system())
    arch = _MACHINES.get((machine or platform.machine()).lower())
    if os_name is None or arch is None:
        return None
    if os_name == "windows":
        return "opa_windows_amd64.exe" if arch == "amd64" else None
    return f"opa_{os_name}_{arch}_static"


def install_hint(system: str | None = None, machine: str | None = None) -> str:
    """One line: where cnilpolicy looks for OPA, and the two ways to get the pinned version."""
    version = PINNED_OPA_VERSION
    asset = release_asset(system, machine)
    download = (
        f"or download {RELEASES}/v{version}/{asset} (check it against {asset}.sha256 beside it)"
        if asset
        else f"or download the binary for your platform from {RELEASES}/v{version}/"
    )
    return (
        f"cnilpolicy check evaluates with OPA v{version}: set CNILPOLICY_OPA to the binary, "
        f"pass --opa-path, or put 'opa' on PATH; get it with "
        f"'go install github.com/open-policy-agent/opa@v{version}' (Go >= 1.26) {download}"
    )
