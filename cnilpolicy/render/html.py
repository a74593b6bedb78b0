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

from collections.abc import Collection, Iterable, Iterator, Sequence

import jinja2
from markupsafe import Markup

from cnilpolicy.problem import Entry
from cnilpolicy.render.options import RenderOptions
from cnilpolicy.render.report_model import (
    INDEX_ORDER,
    IndexBuilder,
    build_report,
    manifest_slugs,
)
from cnilpolicy.render.stream import Spool, render_files_whole, render_whole
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


def render(entries: Sequence[Entry], options: RenderOptions) -> str:
    """One manifest's report; for several, or one without a verdict, the index first."""
    return render_whole(HtmlRenderer, entries, options)


def render_files(entries: Sequence[Entry], options: RenderOptions) -> dict[str, str]:
    """index.html and one <manifest>.html per manifest with a verdict, by relative file name."""
    return render_files_whole(HtmlFileSet, entries, options)


class HtmlRenderer:
    """One page: a single manifest's report, or the index then every report.

    The index lists the failing manifests first and the reports follow it in the
    same order: each report is rendered as its manifest comes, and waits in its
    verdict's spool.
    """

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._environment = _environment()
        self._single = len(paths) == 1
        self._held: list[Entry] = []
        self._slugs = iter(manifest_slugs(paths))
        self._index = IndexBuilder(options.lang)
        self._reports = {kind: Spool() for kind in INDEX_ORDER}
        self._embedded = self._environment.from_string('{% include "_report.html.j2" %}')

    def entry(self, entry: Entry) -> Iterator[str]:
        if self._single:
            self._held.append(entry)
            return iter(())
        slug = next(self._slugs)
        if isinstance(entry, ManifestVerdict):
            report = build_report(entry, slug, prefix=f"{slug}--")
            self._reports[entry.verdict].add(self._embedded.render(report=report))
            self._index.add(entry, f"#{report.prefix}report")
        else:
            self._index.add(entry, "")
        return iter(())

    def end(self) -> Iterator[str]:
        held = self._held
        if self._single and isinstance(held[0], ManifestVerdict):
            (slug,) = self._slugs
            report = build_report(held[0], slug)
            yield self._environment.get_template("report.html.j2").render(report=report)
            return
        self._single = False
        for entry in held:
            yield from self.entry(entry)
        template = self._environment.get_template("index.html.j2")
        embedded = (Markup(chunk) for kind in INDEX_ORDER for chunk in self._reports[kind].chunks())
        yield from template.generate(index=self._index.index(), embedded=embedded)


class HtmlFileSet:
    """index.html and one <manifest>.html per manifest with a verdict, written as they come."""

    def __init__(self, options: RenderOptions, paths: Collection[str]) -> None:
        self._environment = _environment()
        self._slugs = iter(manifest_slugs(paths))
        self._index = IndexBuilder(options.lang)

    def entry(self, entry: Entry) -> Iterator[tuple[str, Iterable[str]]]:
        slug = next(self._slugs)
        if not isinstance(entry, ManifestVerdict):
            self._index.add(entry, "")
            return
        name = f"{slug}.html"
        self._index.add(entry, name)
        text = self._environment.get_template("report.html.j2").render(
            report=build_report(entry, slug), index_href=INDEX_FILE
        )
        yield name, [text]

    def end(self) -> Iterator[tuple[str, Iterable[str]]]:
        template = self._environment.get_template("index.html.j2")
        yield INDEX_FILE, template.generate(index=self._index.index(), embedded=())
