"""The command line. Errors become exit codes here, and only here.

Exit codes: 0 compliant (warnings allowed), 1 non-compliant, 2 invalid manifest
or usage, 3 engine error (OPA missing, unreachable, failing, or answering
something unusable).
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from cnilpolicy import __version__
from cnilpolicy.catalog import load_catalog, load_shipped_catalog
from cnilpolicy.check import LANGUAGES
from cnilpolicy.click_language import (
    LocalisedCommand,
    LocalisedGroup,
    LocalisedOption,
    argument,
    option,
    speaking,
)
from cnilpolicy.completion import SHELLS, completion_script
from cnilpolicy.config import Choices, ConfigError, load_check_defaults
from cnilpolicy.discovery import DEFAULT_GLOB, Found, GlobError, discover
from cnilpolicy.engine import find_opa, opa_version, parse_opa_url
from cnilpolicy.engine.early import handed_over
from cnilpolicy.errors import (
    CnilPolicyError,
    EngineError,
    Failure,
    ManifestError,
    ManifestInvalid,
    os_reason,
)
from cnilpolicy.gate import FAIL_ON
from cnilpolicy.i18n import N_, Message, translate
from cnilpolicy.init_cli import init_command, schema_command
from cnilpolicy.output import OutputError, signals_held, silence, write_file, write_stream
from cnilpolicy.packs import DEFAULT_PACK, PACKS
from cnilpolicy.policy_context import PolicyContext, load_policy_context, policy_option, rules_of
from cnilpolicy.policyset import load_policy_set
from cnilpolicy.reader_language import reader_language
from cnilpolicy.render import FORMAT_NAMES, inert
from cnilpolicy.rule import Rule

if TYPE_CHECKING:
    from cnilpolicy.problem import Entry
    from cnilpolicy.render import RenderOptions
    from cnilpolicy.render.stream import EntryRenderer

EXIT_OK, EXIT_NON_COMPLIANT, EXIT_INVALID, EXIT_ENGINE = 0, 1, 2, 3


def _inert(text: str) -> str:
    # A line of a log the CI runner reads: file names and manifest texts may
    # hold line breaks, terminal escapes and "::" (a GitHub workflow command).
    return inert.no_workflow_commands(inert.line(text))


def _fail(message: str | CnilPolicyError, code: int, **values: object) -> NoReturn:
    """Stop the command: message (marked N_, with values) is reported by _Main in one place."""
    if isinstance(message, CnilPolicyError):
        raise Failure(code, "{error}", error=message)
    raise Failure(code, message, **values)


#: The line of every error, and of every warning, on standard error.
_ERROR_LINE = N_("cnilpolicy: error: {message}")
_WARNING_LINE = N_("cnilpolicy: warning: {message}")


_DEBUG_VARIABLE = "CNILPOLICY_DEBUG"


class _Main(LocalisedGroup):
    """The command group, and the one place where every error becomes an exit code.

    Whatever escapes a command is one line on stderr: an unexpected exception
    gives exit 3, with its traceback only under --debug; an output that cannot
    be written gives 2. Ctrl-C and SIGTERM give 130. Standard output is flushed
    here, so that a full disk or a closed pipe is reported too.
    """

    def main(self, *args: Any, **kwargs: Any) -> NoReturn:
        kwargs["standalone_mode"] = False
        argv = kwargs.get("args")
        argv = list(argv if argv is not None else args[0] if args else sys.argv[1:])
        previous = {}
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(ValueError):  # not the main thread: nothing to handle
                previous[number] = signal.getsignal(number)
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, _interrupt)
        try:
            lang = reader_language(argv, os.environ, Path.cwd())
        except KeyboardInterrupt:
            code = _interrupted(argv)
        else:
            # Click's own words (help, usage errors) in the reader's language too.
            with speaking(lang):
                code = self._run(argv, *args, **kwargs)
        # After an interrupt, a second Ctrl-C must not turn the shutdown into a
        # traceback (Python joins threads on exit); otherwise the caller's
        # handlers come back (the group also runs inside tests).
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, signal.SIG_IGN if code == 130 else handler)
        sys.exit(code)

    def _run(self, argv: list[str], *args: Any, **kwargs: Any) -> int:
        try:
            code = _flushed(_exit_code(super().main(*args, **kwargs)), argv)
        except SystemExit as exit_:
            code = _flushed(_exit_code(exit_.code), argv)
        except click.exceptions.Exit as exit_:
            code = _flushed(exit_.exit_code, argv)
        except click.ClickException as error:
            error.show()
            code = max(error.exit_code, EXIT_INVALID)
        except (click.Abort, KeyboardInterrupt, EOFError):
            code = _interrupted(argv)
        except Failure as error:
            code = _report_error(error, error.code, argv)
        except OutputError as error:
            code = _report_error(error, EXIT_INVALID, argv)
        except CnilPolicyError as error:
            code = _report_error(
                error, EXIT_ENGINE if isinstance(error, EngineError) else EXIT_INVALID, argv
            )
        except OSError as error:
            if error.errno in _WRITE_ERRORS:
                silence(sys.stdout)
                message = Failure(
                    EXIT_INVALID, N_("cannot write the output: {reason}"), reason=os_reason(error)
                )
                code = _report_error(message, EXIT_INVALID, argv)
            else:
                code = _unexpected(error, argv)
        except Exception as error:
            code = _unexpected(error, argv)
        return code


#: What writing the output may meet: a closed pipe, a full or failing disk.
_WRITE_ERRORS = {errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF}


def _unexpected(error: Exception, argv: Sequence[str]) -> int:
    if _debugging():
        traceback.print_exc()
    message = (
        N_("unexpected {kind}: {detail}")
        if _debugging()
        else N_("unexpected {kind}: {detail} (run with --debug for the traceback)")
    )
    unexpected = Failure(EXIT_ENGINE, message, kind=type(error).__name__, detail=_one_line(error))
    return _report_error(unexpected, EXIT_ENGINE, argv)


def _interrupt(signum: int, frame: Any) -> None:
    # SIGTERM (a CI job cancelled) unwinds like Ctrl-C, so the OPA server stops.
    raise KeyboardInterrupt


def _exit_code(value: object) -> int:
    if value is None:
        return EXIT_OK
    if isinstance(value, int):
        return value
    click.echo(str(value), err=True)
    return EXIT_INVALID


def _flushed(code: int, argv: Sequence[str]) -> int:
    try:
        sys.stdout.flush()
    except OSError as error:
        silence(sys.stdout)
        message = N_("cannot write to standard output: {reason}")
        failure = Failure(EXIT_INVALID, message, reason=os_reason(error))
        return _report_error(failure, EXIT_INVALID, argv)
    return code


def _interrupted(argv: Sequence[str]) -> int:
    return _report_error(Failure(130, N_("interrupted")), 130, argv)


def _report_error(error: CnilPolicyError, code: int, argv: Sequence[str]) -> int:
    # The language is looked for only now: the flag, the variable or the project's file.
    lang = reader_language(argv, os.environ, Path.cwd())
    line = translate(lang, _ERROR_LINE).format(message=error.in_language(lang))
    with contextlib.suppress(OSError):
        click.echo(_inert(line), err=True)
    return code


def _debugging() -> bool:
    return _truthy(os.environ.get(_DEBUG_VARIABLE))


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:400]


@click.group(
    cls=_Main,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=N_(
        "Check AI projects against the CNIL recommendations for developing AI systems.\n\n"
        "A technical aid, not legal advice."
    ),
)
@click.version_option(
    __version__,
    "--version",
    prog_name="cnilpolicy",
    cls=LocalisedOption,
    help=N_("Show the version and exit."),
)
@option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, param, value: (
        os.environ.__setitem__(_DEBUG_VARIABLE, "1") if value else None
    ),
    help=N_("Show the traceback of an unexpected error (also CNILPOLICY_DEBUG=1)."),
)
def main() -> None:
    pass


_ISOLATED_VARIABLE = "CNILPOLICY_ISOLATED"


class _ConfiguredCommand(LocalisedCommand):
    """A command whose defaults come from the project's configuration file, unless --isolated.

    Click resolves a value from the flag, then its CNILPOLICY_* variable, then
    ctx.default_map (the file), then the default: the order wanted.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = args[: args.index("--")] if "--" in args else args
        isolated = "--isolated" in options or _truthy(os.environ.get(_ISOLATED_VARIABLE))
        if not isolated and not ctx.resilient_parsing:
            try:
                _, defaults = load_check_defaults(Path.cwd(), _config_choices())
            except ConfigError as error:
                _fail(error, EXIT_INVALID)
            ctx.default_map = {**(ctx.default_map or {}), **defaults}
        return super().parse_args(ctx, args)


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def _config_choices() -> Choices:
    return Choices(
        formats=FORMAT_NAMES,
        packs={pack.id: pack.steps for pack in PACKS.values()},
        default_pack=DEFAULT_PACK,
        languages=LANGUAGES,
    )


def _echo_problems(problems: Sequence[str]) -> None:
    for line in problems:
        click.echo(_inert(line), err=True)


_glob_option = option(
    "--glob",
    envvar="CNILPOLICY_GLOB",
    show_envvar=True,
    default=DEFAULT_GLOB,
    show_default=True,
    help=N_("Manifests searched for in each folder given."),
)
_lang_option = option(
    "--lang",
    envvar="CNILPOLICY_LANG",
    show_envvar=True,
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help=N_("Language of titles, messages and remediations."),
)


@main.command(help=N_("Check the manifests' shape against the schema, without evaluating rules."))
@argument("manifests", nargs=-1, required=True, type=click.Path())
@_glob_option
@policy_option
def validate(manifests: tuple[str, ...], glob: str, policy_dirs: tuple[str, ...]) -> None:
    from cnilpolicy.pipeline import valid_manifests

    extensions = _policy_context(policy_dirs, None, check_rules=False).extensions
    # No --lang here: CNILPOLICY_LANG or the project's file say the language.
    lang = reader_language([], os.environ, Path.cwd())
    found = _manifest_paths(manifests, glob, lang)
    problems: list[str] = list(found.problems)
    valid = translate(lang, N_("{path}: valid"))
    for manifest in valid_manifests(found.paths, problems, extensions=extensions, lang=lang):
        click.echo(_inert(valid.format(path=manifest.path)))
    _echo_problems(problems)
    sys.exit(EXIT_INVALID if problems else EXIT_OK)


def _manifest_paths(inputs: tuple[str, ...], glob: str, lang: str) -> Found:
    try:
        found = discover(inputs, glob, lang)
    except GlobError as error:
        _fail(error, EXIT_INVALID)
    if not found.paths and not found.problems:
        message = N_("no manifest found (searched for {glob} in {inputs})")
        _fail(message, EXIT_INVALID, glob=glob, inputs=", ".join(inputs))
    return found


@main.command(
    cls=_ConfiguredCommand,
    help=N_(
        "Evaluate manifests (files, folders searched with --glob, or - for standard input).\n\n"
        "Exit codes: 0 compliant (or nothing counted by --fail-on), 1 non-compliant, "
        "2 invalid manifest, waiver file, baseline or usage, 3 engine error."
    ),
)
@argument("manifests", nargs=-1, required=True, type=click.Path())
@option(
    "--isolated",
    is_flag=True,
    envvar=_ISOLATED_VARIABLE,
    show_envvar=True,
    help=N_("Ignore every configuration file (cnilpolicy.toml, pyproject.toml): what CI uses."),
)
@option(
    "--format",
    "output_format",
    envvar="CNILPOLICY_FORMAT",
    show_envvar=True,
    type=click.Choice(FORMAT_NAMES),
    default="text",
    show_default=True,
    help=N_("Output format."),
)
@option(
    "-o",
    "--output",
    envvar="CNILPOLICY_OUTPUT",
    show_envvar=True,
    type=click.Path(),
    help=N_(
        "Write the report to this file instead of standard output. For html and markdown, "
        "a folder (existing, or ending with /) gets one report per manifest and an index."
    ),
)
@option(
    "-q",
    "--quiet",
    is_flag=True,
    help=N_("Text: only failures and warnings, one line each (file:line), and the totals."),
)
@option("--no-color", is_flag=True, help=N_("No colours in the text output (also NO_COLOR)."))
@option(
    "--pack",
    envvar="CNILPOLICY_PACK",
    show_envvar=True,
    default=DEFAULT_PACK,
    show_default=True,
    help=Message(
        N_(
            "Rule pack: which steps are evaluated (cnil-extended: the complete catalog; "
            "{packs}, or one of a --policy folder's packs)."
        ),
        packs=", ".join(sorted(PACKS)),
    ),
)
@policy_option
@_lang_option
@option(
    "--date",
    "evaluation_date",
    envvar="CNILPOLICY_DATE",
    show_envvar=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help=N_("Evaluation date (YYYY-MM-DD), the only clock the policies see. Default: today."),
)
@option(
    "--fail-on",
    envvar="CNILPOLICY_FAIL_ON",
    show_envvar=True,
    type=click.Choice(FAIL_ON),
    default="error",
    show_default=True,
    help=N_("Exit 1 on failures (error), on failures and warnings (warning), or never."),
)
@option(
    "--waivers",
    "waivers_file",
    envvar="CNILPOLICY_WAIVERS",
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help=N_("Platform waiver file (YAML): may waive any rule until its expiry date."),
)
@option(
    "--baseline",
    "baseline_file",
    envvar="CNILPOLICY_BASELINE",
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help=N_("A previous JSON verdict: only new or worse results count toward the exit code."),
)
@_glob_option
@option(
    "--jobs",
    envvar="CNILPOLICY_JOBS",
    show_envvar=True,
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help=N_("Manifests evaluated at the same time, in all (spread over a pool of OPA servers)."),
)
@option(
    "--opa-url",
    envvar="CNILPOLICY_OPA_URL",
    show_envvar=True,
    multiple=True,
    help=N_(
        "Use this running OPA server, loaded with the bundle of 'cnilpolicy bundle build' "
        "(repeat for a pool; a server holding other policies is refused). The variable takes "
        "URLs separated by spaces."
    ),
)
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_("OPA binary to run (else $CNILPOLICY_OPA, .tools/bin/opa, PATH)."),
)
@option(
    "--timeout",
    envvar="CNILPOLICY_TIMEOUT",
    show_envvar=True,
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help=N_("Seconds to wait for each OPA answer."),
)
def check(
    manifests: tuple[str, ...],
    isolated: bool,
    output_format: str,
    output: str | None,
    quiet: bool,
    no_color: bool,
    pack: str,
    policy_dirs: tuple[str, ...],
    lang: str,
    evaluation_date: datetime.datetime | None,
    fail_on: str,
    waivers_file: str | None,
    baseline_file: str | None,
    glob: str,
    jobs: int,
    opa_url: tuple[str, ...],
    opa_path: str | None,
    timeout: float,
) -> None:
    from cnilpolicy import pipeline
    from cnilpolicy.check import CheckOptions
    from cnilpolicy.gate import BaselineError, load_baseline
    from cnilpolicy.render import RenderOptions
    from cnilpolicy.waivers import PlatformPolicy, load_platform_policy

    date = (evaluation_date or datetime.datetime.now()).date().isoformat()
    try:
        platform = load_platform_policy(waivers_file) if waivers_file else PlatformPolicy()
        baseline = load_baseline(baseline_file) if baseline_file else None
    except ManifestInvalid as error:
        for issue in error.issues:
            click.echo(_inert(issue.line_in(lang)), err=True)
        _fail(N_("invalid waiver file {path}"), EXIT_INVALID, path=waivers_file)
    except (ManifestError, BaselineError) as error:
        _fail(error, EXIT_INVALID)
    except (AttributeError, TypeError, KeyError, ValueError):
        # A document shaped like a verdict on the outside only.
        _fail(N_("{path}: not a cnilpolicy JSON verdict"), EXIT_INVALID, path=baseline_file)
    for url in opa_url:
        try:
            parse_opa_url(url)
        except EngineError as error:
            _fail(N_("--opa-url: {error}"), EXIT_INVALID, error=error)
    policies = _policy_context(policy_dirs, opa_path, check_rules=bool(policy_dirs))
    if pack not in policies.packs:
        packs = ", ".join(sorted(policies.packs))
        _fail(N_("unknown pack {pack!r} (packs: {packs})"), EXIT_INVALID, pack=pack, packs=packs)
    run = pipeline.Run(
        found=_manifest_paths(manifests, glob, lang),
        policies=policies,
        options=CheckOptions(
            pack=policies.packs[pack], lang=lang, evaluation_date=date, platform=platform
        ),
        fail_on=fail_on,
        baseline=baseline,
        jobs=jobs,
        timeout=timeout,
        opa_urls=opa_url,
        opa_path=opa_path,
        on_dropped=lambda url, reason: _warn_dropped(url, reason, lang),
        progress=lambda total: _progress(total, lang),
        early=handed_over(click.get_current_context().obj),
    )
    render_options = RenderOptions(
        color=_colour(output, no_color),
        lang=lang,
        fail_on=fail_on,
        quiet=quiet,
        catalog=pipeline.report_catalog(output_format, opa_path, policies),
    )
    tally = pipeline.tally(run)
    with contextlib.closing(pipeline.entries(run, tally)) as entries:
        _report(entries, run.entry_paths(), output_format, output, render_options)
    _echo_problems(tally.problems)
    if tally.stopped is not None:
        _fail("{error}", EXIT_ENGINE, error=tally.stopped)
    code = EXIT_NON_COMPLIANT if tally.gate.fails else EXIT_OK
    for failed in tally.engine_errors:
        click.echo(_inert(translate(lang, _ERROR_LINE).format(message=failed)), err=True)
        code = EXIT_ENGINE
    if tally.invalid:
        code = max(code, EXIT_INVALID)
    sys.exit(code)


def _colour(output: str | None, no_color: bool) -> bool:
    return not no_color and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _report(
    entries: Iterator[Entry],
    paths: Collection[str],
    output_format: str,
    output: str | None,
    options: RenderOptions,
) -> None:
    """The report, written as the entries come: to a folder, a file or standard output."""
    from cnilpolicy.render import FILE_SET_NAMES, FILE_SET_RENDERERS, RENDERERS, stream

    if output and output_format in FILE_SET_NAMES and _names_a_folder(output):
        folder = Path(output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = N_("cannot write {path}: {reason}")
            raise OutputError(message, path=folder, reason=os_reason(error)) from None
        files = FILE_SET_RENDERERS[output_format](options, paths)
        for entry in entries:
            for name, content in files.entry(entry):
                write_file(folder / name, content)
        for name, content in files.end():
            write_file(folder / name, content)
        return
    # GitHub's job summary is the markdown-summary of the same entries, fed alongside.
    target = None
    if output_format == "github":
        from cnilpolicy.render import github

        target = github.step_summary_path(os.environ)
    summary = RENDERERS["markdown-summary"](options, paths) if target else None
    if summary is not None:
        entries = _fed_to(summary, entries)
    chunks = stream.chunks(RENDERERS[output_format](options, paths), entries)
    if output:
        write_file(output, chunks)
    else:
        write_stream(sys.stdout, chunks)
    if summary is not None and target:
        from cnilpolicy.render import github

        try:
            with signals_held():
                github.append_step_summary(summary.end(), target)
        except OSError as error:
            message = N_("cannot write the step summary {path}: {reason}")
            raise OutputError(message, path=target, reason=os_reason(error)) from None


def _fed_to(renderer: EntryRenderer, entries: Iterator[Entry]) -> Iterator[Entry]:
    """The entries, each given to renderer too (whose text comes only at its end)."""
    for entry in entries:
        for _ in renderer.entry(entry):
            pass
        yield entry


def _names_a_folder(output: str) -> bool:
    return Path(output).is_dir() or output.endswith(("/", os.sep))


@contextlib.contextmanager
def _progress(total: int, lang: str) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal for long runs; nothing in CI logs."""
    if total < 20 or not sys.stderr.isatty():
        yield lambda: None
        return
    lock = threading.Lock()
    label = translate(lang, N_("Checking manifests"))
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:

        def tick() -> None:
            with lock:
                bar.update(1)

        yield tick


def _catalog(opa_path: str | None, policy_dirs: Sequence[str] = ()) -> list[Rule]:
    # The shipped catalog needs no OPA; --opa-path reads the annotations live instead,
    # and --policy folders need OPA to read theirs.
    try:
        if policy_dirs:
            binary = find_opa(opa_path)
            return rules_of(binary, _policy_context(policy_dirs, opa_path, check_rules=False))
        return load_catalog(find_opa(opa_path)) if opa_path else load_shipped_catalog()
    except EngineError as error:
        _fail(error, EXIT_ENGINE)


@main.command(help=N_("List the rules: id, step, level, severity, title, references."))
@option(
    "--pack",
    default=DEFAULT_PACK,
    show_default=True,
    help=N_("Rule pack to list."),
)
@policy_option
@option("--step", help=N_("Only the rules of this step (e.g. retention)."))
@option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@_lang_option
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_(
        "Read the policies' annotations live with this OPA binary, instead of the "
        "catalog shipped with cnilpolicy (which needs no OPA)."
    ),
)
def rules(
    pack: str,
    policy_dirs: tuple[str, ...],
    step: str | None,
    output_format: str,
    lang: str,
    opa_path: str | None,
) -> None:
    from cnilpolicy import rules_listing

    packs = PACKS
    if policy_dirs:
        packs = _policy_context(policy_dirs, opa_path, check_rules=False).packs
    if pack not in packs:
        message = N_("unknown pack {pack!r} (packs: {packs})")
        _fail(message, EXIT_INVALID, pack=pack, packs=", ".join(sorted(packs)))
    selected = packs[pack]
    if step is not None and step not in selected.steps:
        message = N_("no step {step!r} in pack {pack} (steps: {steps})")
        _fail(message, EXIT_INVALID, step=step, pack=pack, steps=", ".join(selected.steps))
    chosen = rules_listing.select(_catalog(opa_path, policy_dirs), selected, step)
    click.echo(rules_listing.render(chosen, output_format, lang, selected), nl=False)


@main.command(
    help=N_(
        "Explain one rule: rationale, what to declare, passing and failing excerpts, references."
    )
)
@argument("rule_id")
@_lang_option
@policy_option
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_(
        "Read the policies' annotations live with this OPA binary, instead of the "
        "catalog shipped with cnilpolicy (which needs no OPA)."
    ),
)
def explain(rule_id: str, lang: str, policy_dirs: tuple[str, ...], opa_path: str | None) -> None:
    from cnilpolicy.explain import explain as explain_rule

    catalog = {rule.id: rule for rule in _catalog(opa_path, policy_dirs)}
    rule = catalog.get(rule_id.upper())
    if rule is None:
        _fail(N_("unknown rule {rule!r} (see 'cnilpolicy rules')"), EXIT_INVALID, rule=rule_id)
    click.echo(explain_rule(rule, lang), nl=False)


@main.command(help=N_("Print the versions of cnilpolicy, its policies and OPA."))
@option("--opa-path", type=click.Path(dir_okay=False), help=N_("OPA binary to report on."))
@_lang_option
def version(opa_path: str | None, lang: str) -> None:
    click.echo(f"cnilpolicy {__version__}")
    try:
        binary = find_opa(opa_path)
        revision = load_policy_set().revision
        click.echo(translate(lang, N_("policies {revision}")).format(revision=revision))
        click.echo(f"opa {opa_version(binary)} ({binary})")
    except EngineError as error:
        _fail(error, EXIT_ENGINE)


def _warn_dropped(url: str, reason: EngineError, lang: str) -> None:
    message = translate(lang, N_("OPA server {url} dropped: {reason}")).format(
        url=url, reason=reason.in_language(lang)
    )
    click.echo(_inert(translate(lang, _WARNING_LINE).format(message=message)), err=True)


def _policy_context(
    policy_dirs: Sequence[str], opa_path: str | None, *, check_rules: bool
) -> PolicyContext:
    """The packs, bundle files and extensions of the CNIL policies and --policy folders."""
    try:
        return load_policy_context(policy_dirs, opa_path, check_rules=check_rules)
    except CnilPolicyError as error:  # EngineError, PackError, PolicySetError
        _fail(error, EXIT_ENGINE)


@main.command(
    "test",
    help=N_(
        "Run an organisation folder's Rego tests with the shared library; report coverage.\n\n"
        "Exit codes: 0 every test passes (and coverage reaches --threshold), 1 otherwise, "
        "3 OPA missing or the policies do not compile."
    ),
)
@argument("folder", type=click.Path(exists=True, file_okay=False))
@option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=0.0,
    help=N_("Exit 1 when the folder's Rego coverage is under this percentage."),
)
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_("OPA binary to run (else $CNILPOLICY_OPA, .tools/bin/opa, PATH)."),
)
def test_command(folder: str, threshold: float, opa_path: str | None) -> None:
    from cnilpolicy.orgtest import test_organisation

    try:
        report = test_organisation(find_opa(opa_path), Path(folder))
    except EngineError as error:
        _fail(error, EXIT_ENGINE)
    # No --lang here: CNILPOLICY_LANG or the project's file say the language.
    lang = reader_language([], os.environ, Path.cwd())
    click.echo(report.text(threshold, lang), nl=False)
    sys.exit(EXIT_OK if report.passed(threshold) else EXIT_NON_COMPLIANT)


@main.group(
    cls=LocalisedGroup,
    help=N_("OPA bundles of the cnilpolicy policies, for OPA servers run as a service."),
)
def bundle() -> None:
    pass


@bundle.command(
    "build",
    help=N_(
        "Build one OPA bundle of the CNIL policies and --policy folders; print its revision.\n\n"
        "The revision is a digest of every policy and data file: 'cnilpolicy check "
        "--opa-url' uses a server only if it holds exactly this revision."
    ),
)
@policy_option
@option("--output", required=True, type=click.Path(dir_okay=False), help=N_("Bundle file."))
@option(
    "--signing-key",
    type=click.Path(exists=True, dir_okay=False),
    help=N_("Sign the bundle with this key (PEM private key, or HMAC secret with --signing-alg)."),
)
@option("--signing-alg", help=N_("Signing algorithm (OPA's default: RS256)."))
@option(
    "--opa-path",
    type=click.Path(dir_okay=False),
    help=N_("OPA binary that builds the bundle (else $CNILPOLICY_OPA, .tools/bin/opa, PATH)."),
)
def bundle_build(
    policy_dirs: tuple[str, ...],
    output: str,
    signing_key: str | None,
    signing_alg: str | None,
    opa_path: str | None,
) -> None:
    from cnilpolicy.bundle import build_bundle

    policies = _policy_context(policy_dirs, opa_path, check_rules=bool(policy_dirs))
    try:
        revision = build_bundle(
            find_opa(opa_path),
            policies.policy_set,
            Path(output),
            Path(signing_key) if signing_key else None,
            signing_alg,
        )
    except EngineError as error:
        _fail(error, EXIT_ENGINE)
    click.echo(revision)


main.add_command(init_command)
main.add_command(schema_command)


@main.command(
    help=Message(
        N_("Print the shell completion script for bash, zsh or fish.\n\n\b\n{commands}"),
        # What the reader types: no words to translate.
        commands="bash: cnilpolicy completion bash"
        " > ~/.local/share/bash-completion/completions/cnilpolicy\n"
        'zsh:  cnilpolicy completion zsh > "${fpath[1]}/_cnilpolicy"\n'
        "fish: cnilpolicy completion fish > ~/.config/fish/completions/cnilpolicy.fish",
    )
)
@argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    click.echo(completion_script(main, shell), nl=False)
