"""The command line. Errors become exit codes here, and only here.

Exit codes: 0 compliant (warnings allowed), 1 non-compliant, 2 invalid manifest
or usage, 3 engine error (OPA missing, unreachable, failing, or answering
something unusable).
"""

from __future__ import annotations

import datetime
import os
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from cnilpolicy import __version__
from cnilpolicy.check import LANGUAGES, CheckOptions, check_manifest
from cnilpolicy.engine import find_opa, opa_version, policy_engine, policy_version
from cnilpolicy.errors import CnilPolicyError, EngineError, ManifestError, ManifestInvalid
from cnilpolicy.loader import LoadedManifest, load_manifest
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.render import FORMATS, RenderOptions
from cnilpolicy.schema import check_manifest as check_schema
from cnilpolicy.verdict import NON_COMPLIANT

EXIT_OK, EXIT_NON_COMPLIANT, EXIT_INVALID, EXIT_ENGINE = 0, 1, 2, 3


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"cnilpolicy: error: {message}", err=True)
    sys.exit(code)


def _terminate_on_sigterm() -> None:
    # SIGTERM (a CI job cancelled) unwinds like Ctrl-C, so the OPA server stops.
    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="cnilpolicy")
def main() -> None:
    """Check AI projects against the CNIL recommendations for developing AI systems.

    A technical aid, not legal advice.
    """


def _load_valid(paths: tuple[str, ...]) -> tuple[list[LoadedManifest], bool]:
    """Load and validate each manifest; report the bad ones on stderr."""
    valid: list[LoadedManifest] = []
    any_invalid = False
    for path in paths:
        try:
            manifest = load_manifest(path)
            check_schema(manifest)
        except ManifestError as error:
            click.echo(f"{error}", err=True)
            any_invalid = True
            continue
        except ManifestInvalid as error:
            for issue in error.issues:
                click.echo(str(issue), err=True)
            any_invalid = True
            continue
        valid.append(manifest)
    return valid, any_invalid


@main.command()
@click.argument("manifests", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(manifests: tuple[str, ...]) -> None:
    """Check the manifests' shape against the schema, without evaluating rules."""
    valid, any_invalid = _load_valid(manifests)
    for manifest in valid:
        click.echo(f"{manifest.path}: valid")
    sys.exit(EXIT_INVALID if any_invalid else EXIT_OK)


@main.command()
@click.argument("manifests", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--pack",
    type=click.Choice(sorted(PACKS)),
    default=DEFAULT_PACK,
    show_default=True,
    help="Rule pack: which steps are evaluated.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help="Language of titles, messages and remediations.",
)
@click.option(
    "--date",
    "evaluation_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Evaluation date (YYYY-MM-DD), the only clock the policies see. Default: today.",
)
@click.option(
    "--opa-url", help="Use this running OPA server (with the cnilpolicy policies loaded)."
)
@click.option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help="OPA binary to run (else $CNILPOLICY_OPA, .tools/bin/opa, PATH).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for each OPA answer.",
)
def check(
    manifests: tuple[str, ...],
    output_format: str,
    output: str | None,
    pack: str,
    lang: str,
    evaluation_date: datetime.datetime | None,
    opa_url: str | None,
    opa_path: str | None,
    timeout: float,
) -> None:
    """Evaluate the manifests and explain the verdict, rule by rule."""
    _terminate_on_sigterm()
    date = (evaluation_date or datetime.datetime.now()).date().isoformat()
    options = CheckOptions(pack=PACKS[pack], lang=lang, evaluation_date=date)
    valid, any_invalid = _load_valid(manifests)
    verdicts = []
    if valid:
        try:
            with policy_engine(opa_url, opa_path, timeout) as (engine, version):
                verdicts = [check_manifest(engine, version, m, options) for m in valid]
        except EngineError as error:
            _fail(str(error), EXIT_ENGINE)
        except (
            CnilPolicyError
        ) as error:  # pragma: no cover - every engine failure is an EngineError
            _fail(str(error), EXIT_ENGINE)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        report = FORMATS[output_format](verdicts, RenderOptions(color=color))
        if output:
            Path(output).write_text(report, encoding="utf-8")
        else:
            click.echo(report, nl=False)
    non_compliant = any(v.verdict == NON_COMPLIANT for v in verdicts)
    code = EXIT_NON_COMPLIANT if non_compliant else EXIT_OK
    if any_invalid:
        code = max(code, EXIT_INVALID)
    sys.exit(code)


@main.command()
@click.option("--opa-path", type=click.Path(dir_okay=False), help="OPA binary to report on.")
def version(opa_path: str | None) -> None:
    """Print the versions of cnilpolicy, its policies and OPA."""
    click.echo(f"cnilpolicy {__version__}")
    try:
        binary = find_opa(opa_path)
        click.echo(f"policies {policy_version(binary)}")
        click.echo(f"opa {opa_version(binary)} ({binary})")
    except EngineError as error:
        _fail(str(error), EXIT_ENGINE)
