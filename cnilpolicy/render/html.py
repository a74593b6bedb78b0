"""HTML: the reviewer's report, one self-contained page that prints cleanly to PDF.

The page has its stylesheet inline and nothing else: no script, no font, no
image, no request (its Content-Security-Policy forbids them all). Every string
from the verdict goes through Jinja's autoescape, so a manifest cannot inject
markup.

`render` gives one document: a manifest's report, or for several an index
followed by every report on the same page (each starting on a new printed
page). `render_files` gives one file per manifest plus an index.html that
links them, for `--output DIR`.
"""

from __future__ import annotations

from collections.abc import Sequence

import jinja2

from cnilpolicy.problem import Entry, ManifestProblem
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_model import Report, build_index, build_report, manifest_slugs
from cnilpolicy.verdict import ManifestVerdict

INDEX_FILE = "index.html"


def _environment() -> jinja2.Environment:
    # Built per call: no module-level state, and building it is cheap.
    return jinja2.Environment(
        loader=jinja2.PackageLoader("cnilpolicy.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _reports(entries: Sequence[Entry], prefixed: bool) -> list[Report | ManifestProblem]:
    """A report per verdict; a manifest without a verdict stays as it is, for the index."""
    slugs = manifest_slugs([entry.path for entry in entries])
    return [
        build_report(entry, slug, prefix=f"{slug}--" if prefixed else "")
        if isinstance(entry, ManifestVerdict)
        else entry
        for entry, slug in zip(entries, slugs, strict=True)
    ]


def _href(item: Report | ManifestProblem, anchor: bool) -> str:
    if isinstance(item, ManifestProblem):
        return ""
    return f"#{item.prefix}report" if anchor else f"{item.slug}.html"


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    """One manifest's report; for several, or one without a verdict, the index first."""
    environment = _environment()
    if len(entries) == 1 and isinstance(entries[0], ManifestVerdict):
        (report,) = _reports(entries, prefixed=False)
        return environment.get_template("report.html.j2").render(report=report)
    reports = _reports(entries, prefixed=True)
    index = build_index(reports, [_href(item, anchor=True) for item in reports], options.lang)
    return environment.get_template("index.html.j2").render(index=index, embed=True)


def render_files(entries: Sequence[Entry], options: RenderOptions) -> dict[str, str]:
    """index.html and one <manifest>.html per manifest with a verdict, by relative file name."""
    environment = _environment()
    reports = _reports(entries, prefixed=False)
    files = {
        f"{report.slug}.html": environment.get_template("report.html.j2").render(
            report=report, index_href=INDEX_FILE
        )
        for report in reports
        if isinstance(report, Report)
    }
    index = build_index(reports, [_href(item, anchor=False) for item in reports], options.lang)
    files[INDEX_FILE] = environment.get_template("index.html.j2").render(index=index, embed=False)
    return files
