"""The policies a run evaluates: the CNIL ones and each organisation folder (--policy DIR).

Every OPA server a run uses, the local one included, is loaded with the same
bundle: the policy and data files below, each at its path relative to the
folder it comes from (so a data file lands at the same data path as with
`opa run DIR`), and a manifest whose revision is their digest. A server is used
only if it reports that revision (cnilpolicy.fleet).

An organisation folder holds Rego rules and data files anywhere, its pack files
in packs/ (cnilpolicy.packs) and the JSON Schema fragments of its manifest
extensions in extensions/<organisation>.schema.json (cnilpolicy.extensions).
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cnilpolicy.errors import CnilPolicyError
from cnilpolicy.i18n import N_
from cnilpolicy.resources import policies_dir

#: The files OPA loads from a bundle: policies and data documents.
DATA_FILES = frozenset({"data.json", "data.yaml", "data.yml"})
#: The digest's name, first in every revision string.
DIGEST_PREFIX = "sha256:"


class PolicySetError(CnilPolicyError):
    """An organisation folder cannot be used with the CNIL policies (an engine error)."""


def _bundled(path: Path) -> bool:
    name = path.name
    if name.endswith(".rego"):
        return not name.endswith("_test.rego")
    return name in DATA_FILES


@dataclass(frozen=True)
class PolicySet:
    """The CNIL policies and the organisation folders, as one bundle's files."""

    cnil: Path
    organisations: tuple[Path, ...]
    #: (path in the bundle, file on disk), in path order.
    files: tuple[tuple[str, Path], ...]

    @property
    def revision(self) -> str:
        """A digest of every policy and data file: each one's path in the bundle and contents."""
        listing = hashlib.sha256()
        for name, source in self.files:
            listing.update(f"{name}\t{hashlib.sha256(source.read_bytes()).hexdigest()}\n".encode())
        return DIGEST_PREFIX + listing.hexdigest()

    def manifest(self, revision: str) -> dict[str, object]:
        # The root "" claims every path: a server loaded with this bundle
        # refuses any other policy pushed to it (OPA's bundle ownership).
        return {"revision": revision, "roots": [""]}

    def write_tarball(self, target: Path, revision: str | None = None) -> str:
        """A bundle of the files, as `opa run` loads it; returns its revision.

        revision: another revision than the files' digest (tests: a forged one).
        """
        revision = revision or self.revision
        # Compression level 1: the bundle lives for one run and is read once.
        with tarfile.open(target, "w:gz", compresslevel=1) as archive:
            _add(archive, ".manifest", json.dumps(self.manifest(revision)).encode())
            for name, source in self.files:
                _add(archive, name, source.read_bytes())
        return revision

    def stage(self, target: Path) -> None:
        """The files copied into a folder, laid out as in the bundle (for `opa build -b`)."""
        for name, source in self.files:
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(source.read_bytes())


def _add(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    member = tarfile.TarInfo("/" + name)
    member.size = len(content)
    member.mode = 0o644
    archive.addfile(member, io.BytesIO(content))


def organisation_folder(value: str | Path) -> Path:
    folder = Path(value)
    if not folder.is_dir():
        raise PolicySetError(N_("--policy {value}: not a folder"), value=value)
    return folder.resolve()


def load_policy_set(
    organisations: Sequence[str | Path] = (), cnil: Path | None = None
) -> PolicySet:
    """The bundle files of the CNIL policies and of each organisation folder.

    Two folders giving a file at the same bundle path are refused: OPA would
    load one of them only, or fail on the data they both define.
    """
    cnil_root = (cnil or policies_dir()).resolve()
    folders = tuple(organisation_folder(value) for value in organisations)
    if len(set(folders)) != len(folders):
        raise PolicySetError(N_("the same --policy folder is given twice"))
    origin: dict[str, Path] = {}
    files: dict[str, Path] = {}
    for root in (cnil_root, *folders):
        for source in _files_of(root):
            name = source.relative_to(root).as_posix()
            if name in files:
                raise PolicySetError(
                    N_("{path}: the bundle path {name} is also given by {other}"),
                    path=source,
                    name=name,
                    other=origin[name],
                )
            files[name] = source
            origin[name] = root
    return PolicySet(cnil_root, folders, tuple(sorted(files.items())))


def _files_of(root: Path) -> Iterable[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and _bundled(path)
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
    )
