"""Defaults for `cnilpolicy check` from cnilpolicy.toml or [tool.cnilpolicy] in pyproject.toml.

Found like ruff and pytest find theirs: the nearest folder, from the working
folder up to the repository root, holding a cnilpolicy.toml, or a
pyproject.toml with a [tool.cnilpolicy] table (cnilpolicy.toml first in one
folder). Outside a repository only the working folder is searched.

That file belongs to the audited project, and the gate to whoever runs it: it
may make the gate stricter, never weaker. It cannot lower --fail-on, choose a
narrower pack, name platform waivers or a baseline, narrow the manifests
searched for (--glob), or choose the OPA server or binary; those come from
flags or CNILPOLICY_* variables only (precedence: file < variables < flags).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnilpolicy.errors import TOML_PARSER_SAYS, CnilPolicyError, reason_of
from cnilpolicy.i18n import N_, Message

#: Settings accepted in the configuration (long option names, - or _), and the
#: parameter of `check` each one sets.
CHECK_SETTINGS = {
    "format": "output_format",
    "output": "output",
    "pack": "pack",
    "lang": "lang",
    "fail_on": "fail_on",
    "jobs": "jobs",
    "timeout": "timeout",
}

#: Settings that would let the audited project weaken its own gate: only the
#: pipeline sets them, with a flag or a CNILPOLICY_* variable.
PIPELINE_ONLY = {
    "waivers": N_("platform waivers may waive MUST rules"),
    "baseline": N_("a baseline stops known results from counting"),
    "glob": N_("a glob can leave manifests out"),
    "opa_url": N_("the OPA server decides every verdict"),
    "opa_path": N_("the OPA binary decides every verdict"),
    "policy": N_("an organisation's rules take part in every verdict"),
}

#: --fail-on values, least strict first.
FAIL_ON_STRICTNESS = ("never", "error", "warning")

CONFIG_FILES = ("cnilpolicy.toml", "pyproject.toml")


class ConfigError(CnilPolicyError):
    """The configuration file cannot be read, or one of its keys is not acceptable."""


@dataclass(frozen=True)
class Choices:
    """What the settings may hold, given by the CLI (which owns the lists)."""

    formats: tuple[str, ...]
    packs: Mapping[str, tuple[str, ...]]  # pack id -> its steps
    default_pack: str
    languages: tuple[str, ...]


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file from start up to the repository root, and its table."""
    for folder in _search_path(start):
        dedicated = folder / "cnilpolicy.toml"
        if dedicated.is_file():
            return dedicated, _read(dedicated)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = _read(pyproject).get("tool", {})
            table = tool.get("cnilpolicy") if isinstance(tool, dict) else None
            if table is not None:
                if not isinstance(table, dict):
                    message = N_("{path}: [tool.cnilpolicy] is not a table")
                    raise ConfigError(message, path=pyproject)
                return pyproject, table
    return None


def _search_path(start: Path) -> list[Path]:
    start = start.resolve()
    folders = [start, *start.parents]
    for number, folder in enumerate(folders):
        if (folder / ".git").exists():
            return folders[: number + 1]
    return [start]


def load_check_defaults(directory: Path, choices: Choices) -> tuple[Path | None, dict[str, Any]]:
    """The configuration file used, and its defaults for `check` by parameter name."""
    found = find_config(directory)
    if found is None:
        return None, {}
    path, table = found
    return path, check_table(path, table, choices)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        message = N_("{path}: cannot read configuration: {reason}")
        raise ConfigError(message, path=path, reason=reason_of(error, TOML_PARSER_SAYS)) from None


def check_table(path: Path, table: dict[str, Any], choices: Choices) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = str(raw_key).replace("-", "_")
        if key in PIPELINE_ONLY:
            raise ConfigError(
                N_("{path}: {key}: only the pipeline may set it, with {flag} or {variable} "
                   "({why})"),
                path=path,
                key=raw_key,
                flag=f"--{key.replace('_', '-')}",
                variable=f"CNILPOLICY_{key.upper()}",
                why=Message(PIPELINE_ONLY[key]),
            )  # fmt: skip
        if key not in CHECK_SETTINGS:
            raise ConfigError(
                N_("{path}: {key}: unknown cnilpolicy setting (known: {known})"),
                path=path,
                key=raw_key,
                known=", ".join(sorted(CHECK_SETTINGS)),
            )
        problem = _VALIDATORS[key](value, choices)
        if problem:
            raise ConfigError(
                N_("{path}: {key}: {problem}"), path=path, key=raw_key, problem=problem
            )
        if key == "output":
            # A path in the file is read from the file's folder, as ruff reads its own.
            value = str(path.parent / value)
        defaults[CHECK_SETTINGS[key]] = value
    return defaults


def _not_one_of(value: Any, allowed: Iterable[str]) -> Message:
    return Message(
        N_("{value} is not one of {allowed}"), value=repr(value), allowed=", ".join(allowed)
    )


def _one_of(values: Callable[[Choices], tuple[str, ...]]) -> _Validator:
    def check(value: Any, choices: Choices) -> Message | None:
        allowed = values(choices)
        if value in allowed:
            return None
        return _not_one_of(value, allowed)

    return check


def _fail_on(value: Any, choices: Choices) -> Message | None:
    if value not in FAIL_ON_STRICTNESS:
        return _not_one_of(value, FAIL_ON_STRICTNESS)
    if FAIL_ON_STRICTNESS.index(value) < FAIL_ON_STRICTNESS.index("error"):
        return Message(
            N_("{value} would weaken the gate: the file may only make it stricter "
               "(error or warning); the pipeline may pass --fail-on or CNILPOLICY_FAIL_ON"),
            value=repr(value),
        )  # fmt: skip
    return None


def _pack(value: Any, choices: Choices) -> Message | None:
    if value not in choices.packs:
        return _not_one_of(value, sorted(choices.packs))
    missing = set(choices.packs[choices.default_pack]) - set(choices.packs[value])
    if missing:
        return Message(
            N_("{value} would weaken the gate: it leaves out step(s) of the default pack "
               "{pack} ({steps}); the pipeline may pass --pack or CNILPOLICY_PACK"),
            value=repr(value),
            pack=choices.default_pack,
            steps=", ".join(sorted(missing)),
        )  # fmt: skip
    return None


def _text(value: Any, choices: Choices) -> Message | None:
    return None if isinstance(value, str) and value else Message(N_("must be a non-empty string"))


def _jobs(value: Any, choices: Choices) -> Message | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1024
    return None if ok else Message(N_("must be an integer from 1 to 1024"))


def _timeout(value: Any, choices: Choices) -> Message | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    ok = ok and math.isfinite(value) and 0.1 <= value <= 86400
    return None if ok else Message(N_("must be a number of seconds from 0.1 to 86400"))


_Validator = Callable[[Any, Choices], Message | None]
_VALIDATORS: dict[str, _Validator] = {
    "format": _one_of(lambda choices: choices.formats),
    "output": _text,
    "pack": _pack,
    "lang": _one_of(lambda choices: choices.languages),
    "fail_on": _fail_on,
    "jobs": _jobs,
    "timeout": _timeout,
}
