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


def _reports(verdicts: Sequence[ManifestVerdict], prefixed: bool) -> list[Report]:
    slugs = manifest_slugs([verdict.path for verdict in verdicts])
    return [
        build_report(verdict, slug, prefix=f"{slug}--" if prefixed else "")
        for verdict, slug in zip(verdicts, slugs, strict=True)
    ]


def render(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> str:
    environment = _environment()
    if len(verdicts) == 1:
        (report,) = _reports(verdicts, prefixed=False)
        return environment.get_template("report.html.j2").render(report=report)
    reports = _reports(verdicts, prefixed=True)
    index = build_index(reports, [f"#{report.prefix}report" for report in reports], options.lang)
    return environment.get_template("index.html.j2").render(index=index, embed=True)


def render_files(verdicts: Sequence[ManifestVerdict], options: RenderOptions) -> dict[str, str]:
    """index.html and one <manifest>.html per manifest, by relative file name."""
    environment = _environment()
    reports = _reports(verdicts, prefixed=False)
    files = {
        f"{report.slug}.html": environment.get_template("report.html.j2").render(
            report=report, index_href=INDEX_FILE
        )
        for report in reports
    }
    index = build_index(reports, [f"{report.slug}.html" for report in reports], options.lang)
    files[INDEX_FILE] = environment.get_template("index.html.j2").render(index=index, embed=False)
    return files
