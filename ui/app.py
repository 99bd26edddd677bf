"""The web app: four tabs over the same library calls the CLI uses, served on loopback by default.

Its events are the page's own, not a public API: Gradio describes public endpoints — with their
choices and default values, i.e. report ids and server paths — even in the page it serves to a
visitor who has not logged in, so every endpoint is made private.
"""
from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from a machine without network

import gradio as gr  # noqa: E402

from index import originals  # noqa: E402

from ui import ask_tab, citation_script, data_tab, eval_tab, i18n, live, messages, reports_tab, source_view  # noqa: E402,E501
from ui.context import AppContext  # noqa: E402
from ui.login import LoginGuard  # noqa: E402
from ui.render import CSS  # noqa: E402

# Local fonts only: a theme's Google fonts would be fetched by every browser that opens the page.
THEME = gr.themes.Soft(font=["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"],
                       font_mono=["Noto Sans Mono CJK SC", "monospace"])
CSS_ALL = CSS + messages.CSS + source_view.CSS + """
.rq-hidden{display:none !important}
.failures td,.failures th{border:1px solid #ddd;padding:.3rem;vertical-align:top;font-size:.9em}
.failures pre{white-space:pre-wrap;margin:0;font-family:inherit}
.charts{display:flex;gap:2rem;flex-wrap:wrap}
"""


def build_app(ctx: AppContext) -> gr.Blocks:
    with gr.Blocks(title="reportqa 报告问答", analytics_enabled=False) as app:
        gr.Markdown("## reportqa · 政府工作报告问答\n每个回答都注明出处：报告、章节、段落和原文位置。报告中没有的内容会如实说明。")
        with gr.Tabs():
            with gr.Tab("问答", id="ask"):
                ask = ask_tab.build(ctx)
            with gr.Tab("数据", id="data"):
                data_follows = data_tab.build(ctx)
            with gr.Tab("评测", id="eval"):
                eval_tab.build(ctx)
            with gr.Tab("报告", id="reports"):
                reports = reports_tab.build(ctx)
        for on_load, inputs, outputs in ask["loads"]:
            app.load(on_load, inputs, outputs, show_progress="hidden")
        after = live.connect(app, ctx, [*ask["follows"], *data_follows, *reports["follows"]])
        for change in reports["changes"]:
            after(change)
    for fn in app.fns.values():
        fn.api_visibility = "private"
    return app


def served_folders(ctx: AppContext) -> list[str]:
    """Folders Gradio may serve files from besides its own cache, the working directory and the
    system's temporary folder: the originals kept beside the index (and their page images) — in
    the default place (~/.local/share/reportqa) they are in neither of those."""
    return [str(originals.folder_for(ctx.settings.index_dir).resolve())]


def launch(app: gr.Blocks, ctx: AppContext, *, host: str = "127.0.0.1", port: int = 7860,
           auth: LoginGuard | None = None, block: bool = True):
    """Serve without a public share link; only the app's own files (uploads, downloads, the
    originals of the indexed reports) are served."""
    app.queue(default_concurrency_limit=4)
    message = "请输入用户名和密码。连续输错几次后，需等待一段时间才能再试。" if auth else None
    return app.launch(server_name=host, server_port=port, auth=auth, auth_message=message, share=False,
                      inbrowser=False,
                      max_file_size=int(reports_tab.MAX_UPLOAD_MB * 1024 * 1024), show_error=True, quiet=True,
                      ssr_mode=False, prevent_thread_lock=not block, allowed_paths=served_folders(ctx), theme=THEME, css=CSS_ALL,
                      footer_links=[], i18n=i18n.translations(), head=i18n.head_script() + citation_script.SCRIPT)
