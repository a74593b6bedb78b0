from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cnilpolicy.engine import LocalOpaServer, find_opa


@pytest.fixture(scope="session")
def opa_binary() -> Path:
    # The real OPA is required: `make setup` provides it. No test mocks it.
    return find_opa()


@pytest.fixture(scope="session")
def opa_server(opa_binary: Path) -> Iterator[LocalOpaServer]:
    """One real OPA server with the policies, shared by the end-to-end tests."""
    with LocalOpaServer(opa_binary) as server:
        yield server
