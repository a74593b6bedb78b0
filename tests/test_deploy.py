"""docs/deploy: its OPA configuration, run by the real OPA against a local bundle server."""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import _free_port
from cnilpolicy.opa_install import PINNED_OPA_VERSION
from tests.support import EVALUATION_DATE, FIXTURES, ROOT

DEPLOY = ROOT / "docs" / "deploy"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def bundle_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    folder = tmp_path / "bundles"
    folder.mkdir()
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()


def _key_pair(folder: Path) -> tuple[Path, Path]:
    key, public = folder / "bundle.pem", folder / "bundle.pub.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(key), "2048"], check=True, capture_output=True)
    subprocess.run(
        ["openssl", "rsa", "-in", str(key), "-pubout", "-out", str(public)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, public


def _configurations() -> dict[str, str]:
    (config_map, *_) = yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text())
    return {
        "opa-config.yaml": (DEPLOY / "opa-config.yaml").read_text(encoding="utf-8"),
        "kubernetes.yaml": config_map["data"]["opa-config.yaml"],
    }


def test_the_deployments_use_the_official_image_at_the_tested_version() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    images = {s.get("image") for name, s in compose["services"].items() if name.startswith("opa")}
    assert images == {f"openpolicyagent/opa:{PINNED_OPA_VERSION}"}
    kube = list(yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text()))
    (deployment,) = [d for d in kube if d["kind"] == "Deployment"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert container["image"] == f"openpolicyagent/opa:{PINNED_OPA_VERSION}"
    # One configuration, but for the bundle server's address.
    kubernetes, compose_config = (yaml.safe_load(text) for text in _configurations().values())
    for documented in (kubernetes, compose_config):
        documented["services"]["bundle-server"].pop("url")
    assert kubernetes == compose_config


@pytest.mark.parametrize("source", ["opa-config.yaml", "kubernetes.yaml"])
def test_an_opa_configured_as_documented_pulls_verifies_and_serves_the_bundle(
    opa_binary: Path, bundle_server: tuple[str, Path], tmp_path: Path, source: str
) -> None:
    url, folder = bundle_server
    key, public = _key_pair(tmp_path)
    built = CliRunner().invoke(
        main,
        [
            "bundle",
            "build",
            "--signing-key",
            str(key),
            "--output",
            str(folder / "cnilpolicy.tar.gz"),
        ],
    )
    assert built.exit_code == 0, built.output
    config = tmp_path / "opa-config.yaml"
    documented = yaml.safe_load(_configurations()[source])
    documented["services"]["bundle-server"]["url"] = url
    config.write_text(yaml.safe_dump(documented), encoding="utf-8")
    port = _free_port()
    opa = subprocess.Popen(
        [str(opa_binary), "run", "--server", f"--addr=127.0.0.1:{port}", "--skip-version-check",
         f"--config-file={config}", f"--set-file=keys.cnilpolicy.key={public}",
         "--log-level=error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        opa_url = f"http://127.0.0.1:{port}"
        assert _ready(opa_url), "the bundle was never activated"
        result = CliRunner().invoke(
            main,
            ["check", "--date", EVALUATION_DATE, "--opa-url", opa_url,
             str(FIXTURES / "manifests" / "no-personal-data.yaml")],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert built.stdout.strip() in result.stdout  # the revision, in the text report
    finally:
        opa.kill()
        opa.wait()


def _ready(url: str) -> bool:
    # The readiness probe of kubernetes.yaml: 200 once the bundle is activated.
    for _ in range(1200):
        try:
            if requests.get(f"{url}/health?bundles", timeout=1).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.1)
    return False
