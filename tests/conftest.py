from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnilpolicy.engine import LocalOpaServer, find_opa
from cnilpolicy.policyset import load_policy_set


@pytest.fixture(scope="session")
def opa_binary() -> Path:
    # The real OPA is required: `make setup` provides it. No test mocks it.
    return find_opa()


@pytest.fixture(scope="session")
def cnil_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CNIL policies as the bundle cnilpolicy loads in its own server (revision: digest)."""
    target = tmp_path_factory.mktemp("bundle") / "cnilpolicy.tar.gz"
    load_policy_set().write_tarball(target)
    return target


@pytest.fixture(scope="session")
def opa_server(opa_binary: Path, cnil_bundle: Path) -> Iterator[LocalOpaServer]:
    """One real OPA server with the policies, shared by the end-to-end tests.

    Loaded with the bundle, as `--opa-url` requires: a server without this
    revision is refused.
    """
    with LocalOpaServer(opa_binary, policies=cnil_bundle) as server:
        yield server


@pytest.fixture(autouse=True)
def _signal_handlers_restored() -> Iterator[None]:
    """Each test leaves SIGINT and SIGTERM as it found them.

    A command run in-process (CliRunner) that ends interrupted sets them to "ignore"
    (cli._Main: a second Ctrl-C must not break the exit), and every process a later
    test starts would inherit that.
    """
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)
