"""Defaults for `cnilpolicy check` from cnilpolicy.toml or [tool.cnilpolicy] in pyproject.toml.

Flags given on the command line always win. The first file found in the current
folder is used: cnilpolicy.toml, then pyproject.toml.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from cnilpolicy.errors import CnilPolicyError

#: Settings accepted in the configuration (long option names, - or _), and the
#: parameter of `check` each one sets.
CHECK_SETTINGS = {
    "format": "output_format",
    "output": "output",
    "pack": "pack",
    "lang": "lang",
    "fail_on": "fail_on",
    "waivers": "waivers_file",
    "baseline": "baseline_file",
    "glob": "glob",
    "jobs": "jobs",
    "timeout": "timeout",
    "opa_url": "opa_url",
    "opa_path": "opa_path",
}


class ConfigError(CnilPolicyError):
    """The configuration file cannot be read or has unknown keys."""


def load_check_defaults(directory: Path) -> tuple[Path | None, dict[str, Any]]:
    """The configuration file used, and its defaults for `check` by parameter name."""
    dedicated = directory / "cnilpolicy.toml"
    pyproject = directory / "pyproject.toml"
    if dedicated.is_file():
        return dedicated, _check_table(dedicated, _read(dedicated))
    if pyproject.is_file():
        table = _read(pyproject).get("tool", {}).get("cnilpolicy")
        if isinstance(table, dict):
            return pyproject, _check_table(pyproject, table)
    return None, {}


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None


def _check_table(path: Path, table: dict[str, Any]) -> dict[str, Any]:
    settings = {key.replace("-", "_"): value for key, value in table.items()}
    unknown = sorted(set(settings) - set(CHECK_SETTINGS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown cnilpolicy setting(s): {', '.join(unknown)} "
            f"(known: {', '.join(sorted(CHECK_SETTINGS))})"
        )
    return {CHECK_SETTINGS[key]: value for key, value in settings.items()}
