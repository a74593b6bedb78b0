"""Everything that talks to Open Policy Agent, one concern a module.

- locate: which OPA binary, and the versions of OPA and of the policies;
- process: OPA as a child process (bounded commands, the local server);
- early: the local server spawned before the rest of cnilpolicy is imported;
- client: the HTTP client of a server (opa-python-client);
- contract: what an answer must be before it is used (one JSON Schema);
- service: the OPA a run evaluates with.

Every failure becomes an EngineError with a one-line message; nothing here ever
turns a missing or malformed answer into a decision. The names below are
imported from their module on first use, so that importing one of them (the
process, to spawn OPA first) does not import the HTTP client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cnilpolicy.engine.client import PolicyEngine as PolicyEngine
    from cnilpolicy.engine.client import _direct_session as _direct_session
    from cnilpolicy.engine.client import _is_loopback as _is_loopback
    from cnilpolicy.engine.client import parse_opa_url as parse_opa_url
    from cnilpolicy.engine.contract import DECISION_PATH as DECISION_PATH
    from cnilpolicy.engine.contract import RULES_PATH as RULES_PATH
    from cnilpolicy.engine.contract import Decision as Decision
    from cnilpolicy.engine.locate import OPA_ENV_VAR as OPA_ENV_VAR
    from cnilpolicy.engine.locate import find_opa as find_opa
    from cnilpolicy.engine.locate import opa_version as opa_version
    from cnilpolicy.engine.locate import policy_version as policy_version
    from cnilpolicy.engine.locate import project_local_opa as project_local_opa
    from cnilpolicy.engine.process import OPA_GOGC as OPA_GOGC
    from cnilpolicy.engine.process import LocalOpaServer as LocalOpaServer
    from cnilpolicy.engine.process import opa_environment as opa_environment
    from cnilpolicy.engine.process import run_bounded as run_bounded
    from cnilpolicy.engine.service import OpaService as OpaService

#: Each public name: (module, name in it).
_EXPORTS = {
    "PolicyEngine": ("client", "PolicyEngine"),
    "parse_opa_url": ("client", "parse_opa_url"),
    "_direct_session": ("client", "_direct_session"),
    "_is_loopback": ("client", "_is_loopback"),
    "DECISION_PATH": ("contract", "DECISION_PATH"),
    "RULES_PATH": ("contract", "RULES_PATH"),
    "Decision": ("contract", "Decision"),
    "OPA_ENV_VAR": ("locate", "OPA_ENV_VAR"),
    "find_opa": ("locate", "find_opa"),
    "opa_version": ("locate", "opa_version"),
    "policy_version": ("locate", "policy_version"),
    "project_local_opa": ("locate", "project_local_opa"),
    "OPA_GOGC": ("process", "OPA_GOGC"),
    "LocalOpaServer": ("process", "LocalOpaServer"),
    "opa_environment": ("process", "opa_environment"),
    "run_bounded": ("process", "run_bounded"),
    "_free_port": ("process", "free_port"),
    "OpaService": ("service", "OpaService"),
    "_first_line": ("text", "first_line"),
}

__all__ = [name for name in _EXPORTS if not name.startswith("_")]


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
