"""The reviewer's report in a real browser: Debian's Chromium, headless.

`make setup` installs it (tools/install-browser.sh). The page is driven over
the DevTools protocol on a pipe (--remote-debugging-pipe), so no port is
opened and no dependency is needed: messages are JSON separated by NUL bytes
on file descriptors 3 (to the browser) and 4 (from it).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cnilpolicy.cli import main
from cnilpolicy.engine import LocalOpaServer
from cnilpolicy.render import html
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_labels import LABELS, STEP_TITLES, VERDICT_WORDS, labels, word
from cnilpolicy.verdict import ManifestVerdict
from tests.report_verdicts import (
    EMOJI,
    IMG,
    LONG,
    RTL,
    SCRIPT,
    compliant_verdict,
    hostile_verdict,
    sample_verdict,
)
from tests.support import EVALUATION_DATE, FIXTURES, read_yaml

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
)
TIMEOUT = 60.0
VIEWPORT = {"width": 1000, "height": 1300}


def _require_browser() -> None:
    for tool in (CHROMIUM, PDFTOTEXT):
        if not Path(tool).exists():
            pytest.fail(f"{tool} is missing: run tools/install-browser.sh (make setup does)")


class Page:
    """One tab, attached in flat mode; events are kept for the assertions."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.call(method, params, self.session)

    def events(self, method: str) -> list[dict[str, Any]]:
        return [
            event["params"]
            for event in self.browser.events
            if event.get("sessionId") == self.session and event["method"] == method
        ]

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer
        return answer["result"].get("value")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.browser.wait_for("Page.loadEventFired", self.session)

    def console_errors(self) -> list[str]:
        errors = [
            " ".join(str(arg.get("value", arg.get("description", ""))) for arg in event["args"])
            for event in self.events("Runtime.consoleAPICalled")
            if event["type"] in ("error", "assert", "warning")
        ]
        errors += [str(e["exceptionDetails"]) for e in self.events("Runtime.exceptionThrown")]
        errors += [
            e["entry"]["text"]
            for e in self.events("Log.entryAdded")
            if e["entry"]["level"] in ("error", "warning")
        ]
        return errors

    def requests(self) -> list[str]:
        return [event["request"]["url"] for event in self.events("Network.requestWillBeSent")]

    def dialogs(self) -> list[str]:
        return [event["message"] for event in self.events("Page.javascriptDialogOpening")]

    def screenshot(self, target: Path) -> None:
        height = self.evaluate("document.documentElement.scrollHeight")
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height, "scale": 1},
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(shot["data"]))


class Chromium:
    """A headless Chromium with a fresh profile, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def give_pipe_descriptors() -> None:
            # Chromium expects the pipe on 3 and 4; copy above 10 first so
            # that neither dup2 overwrites the other's source.
            inbound = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            outbound = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(inbound, 3)
            os.dup2(outbound, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=give_pipe_descriptors,
            pass_fds=(3, 4),
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.events: list[dict[str, Any]] = []
        self._buffer = b""
        self._next_id = 0

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise EOFError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        decoded: dict[str, Any] = json.loads(message)
        return decoded

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            answer = self._receive(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer["result"]
                return result
            if "method" in answer:
                self.events.append(answer)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        for event in self.events:
            if event["method"] == method and event.get("sessionId") == session:
                return event
        while True:
            event = self._receive(deadline)
            if "method" in event:
                self.events.append(event)
                if event["method"] == method and event.get("sessionId") == session:
                    return event

    def new_page(self) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
        page = Page(self, session["sessionId"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(f"{domain}.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride",
            width=VIEWPORT["width"],
            height=VIEWPORT["height"],
            deviceScaleFactor=1,
            mobile=False,
        )
        return page

    def close(self) -> None:
        with contextlib.suppress(OSError, EOFError, TimeoutError, RuntimeError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    _require_browser()
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield chromium
    finally:
        chromium.close()


def _write(tmp_path: Path, name: str, content: str) -> Path:
    target = tmp_path / name
    target.write_text(content, encoding="utf-8")
    return target


def _open(browser: Chromium, path: Path) -> Page:
    page = browser.new_page()
    page.open(path.as_uri())
    return page


def _assert_sealed(page: Page, path: Path) -> None:
    """No console error, no dialog, and no request but the page itself."""
    assert page.console_errors() == []
    assert page.dialogs() == []
    assert set(page.requests()) == {path.as_uri()}


VISIBLE = """(id) => {
  const element = document.getElementById(id);
  if (!element) return "missing";
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  if (style.display === "none" || style.visibility !== "visible" || box.height < 10) {
    return "hidden";
  }
  return element.innerText;
}"""


def _section_text(page: Page, element_id: str) -> str:
    value = page.evaluate(f"({VISIBLE})({json.dumps(element_id)})")
    assert isinstance(value, str)
    assert value not in ("missing", "hidden"), f"#{element_id} is {value}"
    return value


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_step_and_the_action_plan_are_visible(
    browser: Chromium, tmp_path: Path, lang: str
) -> None:
    verdict = sample_verdict(lang)
    path = _write(tmp_path, "report.html", html.render([verdict], RenderOptions(lang=lang)))
    page = _open(browser, path)
    for step in verdict.steps:
        text = _section_text(page, f"step-{step.id.replace('_', '-')}")
        assert word(STEP_TITLES, lang, step.id) in text
        for result in verdict.results:
            if result.step == step.id:
                assert result.rule_id in text and result.message in text
    actions = _section_text(page, "actions")
    assert word(LABELS, lang, "action_plan") in actions
    for rule_id in ("PURPOSE-01", "PURPOSE-02", "MIN-06"):
        assert rule_id in actions
    assert word(VERDICT_WORDS, lang, "non_compliant") in _section_text(page, "summary")
    assert page.evaluate("document.documentElement.lang") == lang
    _assert_sealed(page, path)
    page.screenshot(ARTIFACTS / f"report-{lang}.png")


def test_the_harness_sees_errors_scripts_and_requests(browser: Chromium, tmp_path: Path) -> None:
    # The checks above would pass on a page that the harness cannot observe;
    # this page does everything the report must not do, and each is seen.
    path = _write(
        tmp_path,
        "bad.html",
        "<!DOCTYPE html><title>bad</title><img src='http://127.0.0.1:9/x.png'>"
        "<script>console.error('boom'); document.title = 'changed';</script>",
    )
    page = _open(browser, path)
    assert any("boom" in error for error in page.console_errors())
    assert "http://127.0.0.1:9/x.png" in page.requests()
    assert page.evaluate("document.title") == "changed"


def test_a_hostile_manifest_renders_as_text(browser: Chromium, tmp_path: Path) -> None:
    verdict = hostile_verdict()
    document = html.render([verdict], RenderOptions())
    path = _write(tmp_path, "hostile.html", document)
    page = _open(browser, path)
    _assert_sealed(page, path)
    title = f"{labels('en')['document_title']} — {verdict.project}"
    assert page.evaluate("document.title") == title
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror], [onclick]').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    body = page.evaluate("document.body.innerText")
    for hostile in (SCRIPT, IMG, EMOJI, LONG):
        assert hostile in body
    _assert_layout_holds(page)
    page.screenshot(ARTIFACTS / "report-hostile.png")


def _assert_layout_holds(page: Page) -> None:
    """Nothing is wider than its page or its table cell: long strings wrap, right-to-left
    text stays put."""
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
    overflowing = page.evaluate(
        """(() => {
          const out = [];
          for (const box of document.querySelectorAll('.sheet, td, th')) {
            const right = box.getBoundingClientRect().right;
            for (const element of box.querySelectorAll('*')) {
              const inner = element.getBoundingClientRect();
              if (inner.width && inner.right > right + 1) {
                out.push(element.tagName + '.' + element.className + ' ' + element.textContent);
              }
            }
          }
          return out;
        })()"""
    )
    assert overflowing == []


def test_a_batch_page_is_laid_out_within_its_columns(browser: Chromium, tmp_path: Path) -> None:
    batch = [sample_verdict("fr"), compliant_verdict("fr"), hostile_verdict()]
    path = _write(tmp_path, "batch.html", html.render(batch, RenderOptions(lang="fr")))
    page = _open(browser, path)
    _assert_sealed(page, path)
    _assert_layout_holds(page)
    page.screenshot(ARTIFACTS / "report-batch.png")


def test_a_hostile_manifest_through_the_cli(
    browser: Chromium, opa_server: LocalOpaServer, tmp_path: Path
) -> None:
    # The whole path: manifest strings reach the report through the policies'
    # messages, the action plan and the header.
    manifest = read_yaml(FIXTURES / "manifests" / "hospital-imaging.yaml")
    hostile = f"{SCRIPT}{IMG}{RTL}{EMOJI}{LONG}"
    manifest["project"]["name"] = hostile
    manifest["organisation"]["name"] = f"{IMG}{RTL}"
    manifest["personal_data"]["screening_ref"] = hostile
    manifest["action_plan"] = [
        {"rule": "MIN-06", "action": hostile, "owner": SCRIPT, "due": "2026-06-15"}
    ]
    source = _write(tmp_path, "hostile.json", json.dumps(manifest, ensure_ascii=False))
    report = tmp_path / "hostile.html"
    result = CliRunner().invoke(
        main,
        ["check", "--format", "html", "--date", EVALUATION_DATE, "--opa-url", opa_server.url,
         "--output", str(report), str(source)],
    )  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    page = _open(browser, report)
    _assert_sealed(page, report)
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    body = page.evaluate("document.body.innerText")
    assert SCRIPT in body and IMG in body
    # The screening reference comes back inside a policy's message.
    assert body.count(LONG) >= 2
    _assert_layout_holds(page)


def _print_to_pdf(tmp_path: Path, source: Path) -> str:
    pdf = tmp_path / f"{source.stem}.pdf"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'print-profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(pdf, ARTIFACTS / pdf.name)
    completed = subprocess.run(
        [PDFTOTEXT, str(pdf), "-"], capture_output=True, timeout=60, check=True
    )
    return completed.stdout.decode("utf-8")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_printed_pdf_has_each_step_on_its_own_page(tmp_path: Path, lang: str) -> None:
    _require_browser()
    verdict = sample_verdict(lang)
    source = _write(tmp_path, f"report-{lang}.html", html.render([verdict], RenderOptions()))
    pages = _print_to_pdf(tmp_path, source).split("\f")
    label = labels(lang)
    whole = " ".join(" ".join(page.split()) for page in pages)
    assert " ".join(word(VERDICT_WORDS, lang, "non_compliant").split()) in whole
    assert label["action_plan"] in whole
    for number, step in enumerate(verdict.steps, start=1):
        title = " ".join(word(STEP_TITLES, lang, step.id).split())
        # The step starts its page: its heading is the first text on it.
        starting = [
            p for p in pages if " ".join(p.split()).startswith(f"{label['step']} {number}".upper())
        ]
        assert starting, f"no page starts with step {number}"
        assert title in " ".join(starting[0].split())


def test_a_batch_page_prints_every_report(tmp_path: Path) -> None:
    _require_browser()
    verdicts: list[ManifestVerdict] = [sample_verdict("en"), compliant_verdict("en")]
    source = _write(tmp_path, "batch.html", html.render(verdicts, RenderOptions()))
    whole = " ".join(_print_to_pdf(tmp_path, source).split())
    for verdict in verdicts:
        assert verdict.path in whole
        assert word(VERDICT_WORDS, "en", verdict.verdict) in whole
