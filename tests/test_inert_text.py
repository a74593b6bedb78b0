"""Manifest text is shown, never acted on, in text, Markdown and GitHub output (issue 10, 8)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cnilpolicy.render import FORMATS, RenderOptions, inert
from cnilpolicy.verdict import WAIVED, ManifestVerdict
from tests.verdicts import WAIVER, hospital

HOSTILE = (
    "ok\n::error file=x.yaml::forged\x1b[31m red\x07\x00 \u202eevil\u202c"
    " @octocat https://evil.example www.evil.example"
)


def hostile_verdict(path: str = "services/a.yaml") -> ManifestVerdict:
    verdict = hospital()
    results = list(verdict.results)
    failing = next(i for i, r in enumerate(results) if r.status == "fail")
    results[failing] = dataclasses.replace(results[failing], message=HOSTILE, title=HOSTILE)
    results.append(
        dataclasses.replace(
            results[failing],
            status=WAIVED,
            message="m",
            waiver=dataclasses.replace(WAIVER, justification=HOSTILE),
        )
    )
    return dataclasses.replace(verdict, path=path, results=tuple(results))


@pytest.mark.parametrize("color", [False, True])
def test_text_shows_controls_as_escapes_and_starts_no_workflow_command(color: bool) -> None:
    rendered = FORMATS["text"](
        [hostile_verdict("x\n::error file=y::from a file name\x1b]0;title\x07")],
        RenderOptions(color=color),
    )
    for line in rendered.splitlines():
        assert not line.lstrip().startswith("::"), line
    # Colours are the renderer's own escapes; none comes from the manifest.
    assert "\x1b]" not in rendered and "\x1b[31m red" not in rendered
    if not color:
        assert "\x1b" not in rendered
    assert "\x07" not in rendered and "\x00" not in rendered and "\u202e" not in rendered
    assert "forged\\x1b[31m red\\x07\\x00 \\u202eevil" in rendered
    assert "x\\x0a::error file=y::from a file name\\x1b]0;title\\x07" in rendered


@pytest.mark.parametrize("output_format", ["markdown", "markdown-summary"])
def test_markdown_mentions_nobody_links_nothing_and_shows_controls(output_format: str) -> None:
    rendered = FORMATS[output_format]([hostile_verdict()], RenderOptions())
    assert "@octocat" not in rendered.replace("\\@octocat", "")
    assert "https://evil" not in rendered and "www.evil" not in rendered
    assert "https\\://evil.example" in rendered
    assert "\x1b" not in rendered and "\x00" not in rendered and "\u202e" not in rendered
    assert "\\\\x1b" in rendered  # \x1b, its backslash escaped for Markdown
    for line in rendered.splitlines():
        assert not line.startswith("::")


def test_github_annotations_neutralise_bidi_and_controls() -> None:
    rendered = FORMATS["github"]([hostile_verdict()], RenderOptions())
    assert "\u202e" not in rendered and "\x1b" not in rendered and "\x00" not in rendered
    assert "\\u202e" in rendered
    commands = [line for line in rendered.splitlines() if line.startswith("::")]
    assert all(line.split(" ", 1)[0] in ("::error", "::warning", "::notice") for line in commands)
    assert not any(line.startswith("::error file=x.yaml") for line in rendered.splitlines())


def test_inert_helpers() -> None:
    assert inert.visible("a\x00b\x7fc\x85d\u2028e\u2066f") == "a\\x00b\\x7fc\\x85d\\u2028e\\u2066f"
    assert inert.no_workflow_commands("a\n  ::error::x\nb::c") == "a\n\\  ::error::x\nb::c"
    assert inert.no_autolinks("see HTTPS\\://x and www.y") == "see HTTPS\\://x and www\\.y"


def test_problem_lines_on_stderr_start_no_workflow_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cnilpolicy.cli import main

    folder = tmp_path / "x\n::error file=ci.yml::forged\x1b[2J"
    folder.mkdir()
    (folder / "cnil-manifest.yaml").write_text("manifest_version: 3\n")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert not any(line.lstrip().startswith("::") for line in result.stderr.splitlines())
    assert "\\x0a::error file=ci.yml::forged\\x1b[2J" in result.stderr
