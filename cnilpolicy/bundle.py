"""`cnilpolicy bundle build`: one OPA bundle of the CNIL policies and organisation folders.

Built by `opa build` from the files of cnilpolicy.policyset, laid out as the
local server loads them, with their digest as the manifest's revision; signed
with OPA's bundle signing (`--signing-key`, verified by a server's
`--verification-key` or its bundle service's `signing` keys) when a key is given.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from cnilpolicy.engine.process import launch_error
from cnilpolicy.engine.text import first_line as _first_line
from cnilpolicy.errors import EngineError
from cnilpolicy.i18n import N_
from cnilpolicy.policyset import PolicySet


def build_bundle(
    binary: Path,
    policy_set: PolicySet,
    output: Path,
    signing_key: Path | None = None,
    signing_alg: str | None = None,
) -> str:
    """Write the bundle to output; returns its revision."""
    revision = policy_set.revision
    with tempfile.TemporaryDirectory(prefix="cnilpolicy-bundle-") as workdir:
        staged = Path(workdir) / "bundle"
        policy_set.stage(staged)
        command = [
            str(binary), "build",
            "--bundle", str(staged),
            "--revision", revision,
            "--output", str(output),
        ]  # fmt: skip
        if signing_key is not None:
            command += ["--signing-key", str(signing_key)]
            if signing_alg:
                command += ["--signing-alg", signing_alg]
        try:
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=300, check=False
            )
        except (OSError, ValueError, subprocess.TimeoutExpired) as error:
            raise launch_error(binary, "build", error) from None
    if completed.returncode != 0:
        # OPA's own words (the French catalogue quotes them as OPA's).
        message = N_("opa {what} failed: {detail}")
        raise EngineError(message, what="build", detail=_first_line(completed.stderr))
    return revision
