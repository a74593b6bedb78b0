"""Rule packs: named selections of steps, read from pack files. A pack selects rules, it never
copies them.

A pack file (YAML) says which steps a pack evaluates and which pack it extends:

    id: acme
    description: The complete CNIL catalog and ACME's house rules.
    extends: cnil-extended
    steps: [acme_governance]

An extending pack evaluates its parent's steps, then its own (in file order).
The CNIL packs are in packs/ at the top of the repository (cnilpolicy/_data/packs
in a wheel); an organisation's folder (--policy DIR) may carry its own in DIR/packs/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from cnilpolicy.errors import YAML_PARSER_SAYS, CnilPolicyError, reason_of
from cnilpolicy.i18n import N_
from cnilpolicy.resources import packs_dir


class PackError(CnilPolicyError):
    """A pack file cannot be read, or packs contradict each other."""


@dataclass(frozen=True)
class Pack:
    id: str
    description: str
    steps: tuple[str, ...]
    extends: str | None = None


@dataclass(frozen=True)
class _PackFile:
    path: Path
    id: str
    description: str
    steps: tuple[str, ...]
    extends: str | None
    default: bool


_KEYS = {"id", "description", "steps", "extends", "default"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def pack_files(directory: Path) -> list[Path]:
    """The pack files of a folder, in name order."""
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])


def _read(path: Path) -> _PackFile:
    try:
        document = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        message = N_("{path}: cannot read pack file: {reason}")
        raise PackError(message, path=path, reason=reason_of(error, YAML_PARSER_SAYS)) from None
    if not isinstance(document, dict):
        message = N_("{path}: a pack file is a mapping (id, description, steps, extends)")
        raise PackError(message, path=path)
    unknown = sorted(set(map(str, document)) - _KEYS)
    if unknown:
        message = N_("{path}: unknown pack key(s): {keys}")
        raise PackError(message, path=path, keys=", ".join(unknown))
    pack_id = document.get("id")
    steps = document.get("steps", [])
    extends = document.get("extends")
    if not isinstance(pack_id, str) or not _NAME.match(pack_id):
        message = N_("{path}: 'id' must be a lower-case name (letters, digits, - and _)")
        raise PackError(message, path=path)
    if not isinstance(steps, list) or not all(
        isinstance(step, str) and _NAME.match(step) for step in steps
    ):
        raise PackError(N_("{path}: 'steps' must be a list of step names"), path=path)
    if len(set(steps)) != len(steps):
        raise PackError(N_("{path}: a step is listed twice"), path=path)
    if extends is not None and not isinstance(extends, str):
        raise PackError(N_("{path}: 'extends' must name a pack"), path=path)
    if not steps and extends is None:
        raise PackError(N_("{path}: a pack needs steps, or a pack it extends"), path=path)
    return _PackFile(
        path=path,
        id=pack_id,
        description=str(document.get("description", "")),
        steps=tuple(steps),
        extends=extends,
        default=document.get("default") is True,
    )


def load_packs(directories: Iterable[Path] = ()) -> dict[str, Pack]:
    """The CNIL packs and those of the given folders, each resolved against what it extends."""
    files: dict[str, _PackFile] = {}
    for directory in (packs_dir(), *directories):
        for path in pack_files(directory):
            read = _read(path)
            if read.id in files:
                raise PackError(
                    N_("{path}: pack {pack} is already defined in {other}"),
                    path=path,
                    pack=repr(read.id),
                    other=files[read.id].path,
                )
            files[read.id] = read
    return {pack_id: _resolve(pack_id, files, ()) for pack_id in sorted(files)}


def _resolve(pack_id: str, files: Mapping[str, _PackFile], seen: Sequence[str]) -> Pack:
    read = files[pack_id]
    if pack_id in seen:
        message = N_("{path}: packs extend each other in a loop: {loop}")
        raise PackError(message, path=read.path, loop=" -> ".join(seen))
    steps: tuple[str, ...] = ()
    if read.extends is not None:
        if read.extends not in files:
            message = N_("{path}: extends unknown pack {pack}")
            raise PackError(message, path=read.path, pack=repr(read.extends))
        steps = _resolve(read.extends, files, (*seen, pack_id)).steps
    repeated = sorted(set(steps) & set(read.steps))
    if repeated:
        raise PackError(
            N_("{path}: step(s) {steps} already in pack {pack}"),
            path=read.path,
            steps=", ".join(repeated),
            pack=repr(read.extends),
        )
    return Pack(read.id, read.description, steps + read.steps, read.extends)


def default_pack_of(directory: Path) -> str:
    """The pack a folder of pack files marks `default: true` (exactly one)."""
    defaults = [read.id for read in map(_read, pack_files(directory)) if read.default]
    if len(defaults) != 1:
        message = N_("{path}: exactly one pack file must say 'default: true'")
        raise PackError(message, path=directory)
    return defaults[0]


PACKS = load_packs()

#: The complete catalog. packs/cnil-extended.yaml says `default: true` too
#: (tests/test_packs.py holds them together).
DEFAULT_PACK = "cnil-extended"

#: The April 2024 synthesis: its 7 steps, after the scope screening.
CNIL_2024_STEPS = PACKS["cnil-2024"].steps

#: Every step, in the order of the extended CNIL synthesis (2025).
EXTENDED_STEPS = PACKS["cnil-extended"].steps
