"""opa-python-client's synchronous OpaClient, loaded without the asynchronous one.

The package's __init__ imports both clients, and the asynchronous one imports
aiohttp and its dependencies: more import time than the rest of a single
check, for a client cnilpolicy never uses. When nothing has imported the
package yet, it is registered without running its __init__, and only its
synchronous module (opa_client.opa, with the modules it imports relatively)
is executed. If the package was already imported in full, that is used as is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

_PACKAGE = "opa_client"


def _synchronous_client() -> Any:
    if _PACKAGE not in sys.modules:
        spec = importlib.util.find_spec(_PACKAGE)
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError(f"{_PACKAGE} is not installed (a dependency of cnilpolicy)")
        sys.modules[_PACKAGE] = importlib.util.module_from_spec(spec)
    return importlib.import_module(f"{_PACKAGE}.opa").OpaClient


OpaClient: Any = _synchronous_client()
