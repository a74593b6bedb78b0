"""The local OPA server of `cnilpolicy check`, spawned before the rest of cnilpolicy loads.

OPA needs about as long to compile the policies as Python needs to import
cnilpolicy and read a manifest: spawned first, OPA compiles while Python
imports, instead of after. The console command (cnilpolicy.entry) calls
spawn_early() before importing the command line; the run's Fleet adopts the
server only if it holds exactly the run's policy files and runs the binary the
run chose (its options and configuration read by then); otherwise the server
is stopped and the Fleet starts its own. A guess that fails costs a stopped
process, never a different evaluation: the adopted server passes the same
revision check as any other.

Only the plain case is guessed: `check` without --opa-url, --policy, nor their
variables (a configuration file can still choose them: then the guess is
dropped).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cnilpolicy.engine.locate import find_opa
from cnilpolicy.engine.process import LocalOpaServer
from cnilpolicy.errors import CnilPolicyError
from cnilpolicy.policyset import PolicySet, load_policy_set

#: Options and variables with which the run may not use a local server of the CNIL
#: policies alone (or none at all): no early start.
_OTHER_SERVERS = ("--opa-url", "--policy", "--help", "-h")
_OTHER_VARIABLES = ("CNILPOLICY_OPA_URL", "CNILPOLICY_POLICY")


@dataclass
class EarlyServer:
    """A local server spawned (not waited for) with the bundle of policy_set."""

    server: LocalOpaServer
    policy_set: PolicySet
    revision: str
    workdir: tempfile.TemporaryDirectory[str]

    def adopt(self, policy_set: PolicySet, binary: Path) -> EarlyServer | None:
        """Itself, handed over, if it serves policy_set with binary; else None, stopped."""
        if self.server.spawned and policy_set == self.policy_set and binary == self.server.binary:
            return self
        self.stop()
        return None

    def stop(self) -> None:
        self.server.stop()
        self.workdir.cleanup()


def spawn_early(argv: Sequence[str], environ: Mapping[str, str]) -> EarlyServer | None:
    """The server a plain `cnilpolicy check` will use, spawned now; None if not that case.

    Never raises for a reason the run would report itself (OPA missing, a
    policy file unreadable): the run then meets the same error where it
    reports it.
    """
    if not argv or argv[0] != "check" or any(environ.get(name) for name in _OTHER_VARIABLES):
        return None
    if any(arg.split("=", 1)[0] in _OTHER_SERVERS for arg in argv):
        return None
    workdir = tempfile.TemporaryDirectory(prefix="cnilpolicy-")
    try:
        policy_set = load_policy_set()
        bundle = Path(workdir.name) / "cnilpolicy.tar.gz"
        revision = policy_set.write_tarball(bundle)
        server = LocalOpaServer(find_opa(_opa_path(argv), environ), policies=bundle)
        server.spawn()
    except (CnilPolicyError, OSError):
        workdir.cleanup()
        return None
    return EarlyServer(server, policy_set, revision, workdir)


def handed_over(obj: object) -> EarlyServer | None:
    """The early server the console command handed to the command line (click's obj)."""
    return obj if isinstance(obj, EarlyServer) else None


def _opa_path(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg.startswith("--opa-path="):
            return arg.split("=", 1)[1]
        if arg == "--opa-path":
            with contextlib.suppress(IndexError):
                return argv[index + 1]
    return None
