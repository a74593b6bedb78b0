"""Which OPA binary a run uses, and the versions of OPA and of the policies."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

from cnilpolicy.engine.contract import DECISION_PATH
from cnilpolicy.engine.process import run_bounded
from cnilpolicy.engine.text import first_line
from cnilpolicy.errors import EngineError, OpaNotFound
from cnilpolicy.i18n import N_
from cnilpolicy.resources import policies_dir, source_root

OPA_ENV_VAR = "CNILPOLICY_OPA"


def project_local_opa() -> Path:
    return source_root() / ".tools" / "bin" / "opa"


def find_opa(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The OPA binary: --opa-path, then $CNILPOLICY_OPA, then .tools/bin, then PATH."""
    environ = os.environ if environ is None else environ
    for origin, candidate in (("--opa-path", explicit), (OPA_ENV_VAR, environ.get(OPA_ENV_VAR))):
        if candidate:
            path = Path(candidate)
            if not (path.is_file() and os.access(path, os.X_OK)):
                raise OpaNotFound(
                    N_("OPA binary given by {origin} is not an executable file: {path}"),
                    origin=origin,
                    path=path,
                )
            return path
    local = project_local_opa()
    if local.is_file() and os.access(local, os.X_OK):
        return local
    on_path = shutil.which("opa", path=environ.get("PATH"))
    if on_path:
        return Path(on_path)
    from cnilpolicy.opa_install import install_hint

    raise OpaNotFound(N_("OPA not found: {hint}"), hint=install_hint())


def opa_version(binary: Path, timeout: float = 30.0) -> str:
    """The version `opa version` reports, e.g. '1.22.3'."""
    returncode, stdout, _ = run_bounded([str(binary), "version"], timeout, "version")
    match = re.search(r"^Version:\s*(\S+)", stdout, re.MULTILINE)
    if returncode != 0 or not match:
        message = N_("{binary} does not look like OPA ('opa version' failed)")
        raise EngineError(message, binary=binary)
    return match.group(1)


def policy_version(binary: Path, timeout: float = 60.0) -> str:
    """The version the policies declare, asked of OPA itself."""
    returncode, stdout, stderr = run_bounded(
        [str(binary), "eval", "--format", "raw", "--ignore", "*_test.rego",
         "-d", str(policies_dir()), f"data.{DECISION_PATH.replace('/', '.')}.policy_version"],
        timeout, "eval",
    )  # fmt: skip
    if returncode != 0 or not stdout.strip():
        if not stderr.strip():
            raise EngineError(N_("OPA could not load the policies and wrote nothing"))
        message = N_("OPA could not load the policies: {detail}")
        raise EngineError(message, detail=first_line(stderr))
    return stdout.strip()
