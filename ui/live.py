"""Everything on a page that shows the reports follows the index, in every browser.

Report lists, filters, tables and choices are not put into the page when the app is built (that
page config is what every later visitor gets, however stale). Each is declared here as a
``Follow``: a component and how to compute it from the index. They are filled when a page loads,
and a timer on each page asks every few seconds whether the index changed — an upload in another
browser, a ``reportqa ingest`` or ``remove`` from the command line — and refills them only then.
The check is cheap: ``AppContext.snapshot`` compares the index folder's stat and re-opens the index
only when a new generation was saved.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import gradio as gr

from index.store import ReportIndex

from ui.context import AppContext

CHECK_SECONDS = 3.0


@dataclass(frozen=True)
class Follow:
    """``component`` shows ``update(index, *values of inputs)``; several components given as a
    tuple get one value each from one call."""

    component: gr.components.Component | tuple[gr.components.Component, ...]
    update: Callable
    inputs: tuple[gr.components.Component, ...] = ()

    @property
    def components(self) -> tuple[gr.components.Component, ...]:
        return self.component if isinstance(self.component, tuple) else (self.component,)


def index_version(index: ReportIndex) -> str:
    """Changes with every change of the reports: the generation alone could repeat if an index
    folder were deleted and built again."""
    reports = sorted((rid, entry.content_hash) for rid, entry in index.manifest.reports.items())
    digest = hashlib.sha1(repr(reports).encode("utf-8")).hexdigest()[:12]
    return f"{index.manifest.generation}-{digest}"


def connect(app: gr.Blocks, ctx: AppContext, follows: Sequence[Follow], *, every: float = CHECK_SECONDS):
    """Fill ``follows`` on page load and whenever the index changes. Returns ``after(event)``, to
    chain a refill at once after a change made on this page (ingest, remove)."""
    seen = gr.State(None)  # the index version this page shows
    inputs = [c for f in follows for c in f.inputs]
    outputs = [c for f in follows for c in f.components]

    def check(last):
        version = index_version(ctx.index)
        return gr.skip() if version == last else version

    def refill(*values):
        index, updates, position = ctx.index, [], 0
        for f in follows:
            value = f.update(index, *values[position:position + len(f.inputs)])
            updates.extend(value if isinstance(f.component, tuple) else [value])
            position += len(f.inputs)
        return updates

    # The timer's checks write only the (invisible) version; the components are touched, and show
    # any progress, only when it changed.
    seen.change(refill, inputs, outputs, show_progress="hidden")
    app.load(check, [seen], [seen], show_progress="hidden")
    gr.Timer(every).tick(check, [seen], [seen], show_progress="hidden")
    return lambda event: event.then(check, [seen], [seen], show_progress="hidden")
