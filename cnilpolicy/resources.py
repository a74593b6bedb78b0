"""Where the policies and schemas are, from a wheel or from a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_PACKAGED = _PACKAGE_DIR / "_data"
_SOURCE_ROOT = _PACKAGE_DIR.parent


def _data_dir(name: str) -> Path:
    # A wheel carries the files in cnilpolicy/_data; a source checkout (and an
    # editable install) reads them at the top of the repository.
    packaged = _PACKAGED / name
    return packaged if packaged.is_dir() else _SOURCE_ROOT / name


def policies_dir() -> Path:
    return _data_dir("policies")


def schemas_dir() -> Path:
    return _data_dir("schemas")


def packs_dir() -> Path:
    """The CNIL pack files (which steps each pack evaluates)."""
    return _data_dir("packs")


def fixtures_dir() -> Path:
    """Realistic manifests and failing cases, used by `cnilpolicy explain`."""
    return _data_dir("fixtures")


def source_root() -> Path:
    """The repository root when running from a checkout (where make setup puts OPA)."""
    return _SOURCE_ROOT
