"""「加入评测集」: any answer of the conversation, checked and edited, as a line of a gold file.

The person picks which answer, may correct its type and expected values, and picks a gold file of
the app's gold folder by name (or types a new name). An abstention becomes an ``unanswerable``
line only when the person confirms the reports really do not say it — otherwise a failure would
be saved as a question the system answers perfectly. A question already in the file is refused.
Messages never quote a gold file's contents: a file that is not a gold set is named by its bad
line numbers only.
"""
from __future__ import annotations

import gradio as gr

from assistant.answer import Answer
from eval.gold import DuplicateQuestion, GoldDraft, GoldError, append_item, draft_from_answer

from ui.gold_files import GoldFolder, GoldNameError
from ui.render import plain

TYPE_LABELS = {"figure": "数字", "measure": "措施", "fact": "事实", "unanswerable": "无答案（报告中没有）"}
CONFIRM_LABEL = "我已核实：所选报告中确实没有这个问题的答案（保存为「无答案」时必须勾选）"


class FormError(ValueError):
    """What the person must fix before the line can be saved; the message is in Chinese."""


def answer_choices(kept: list[dict]) -> list[tuple[str, int]]:
    """The conversation's answers, newest last, by number and question."""
    return [(f"{n + 1}. {a['question'][:40]}{'（未找到）' if a['abstained'] else ''}", n)
            for n, a in enumerate(kept)]


def picked(kept: list[dict], number) -> Answer:
    if not kept:
        raise FormError("还没有回答可以加入。")
    if not isinstance(number, int) or not 0 <= number < len(kept):
        raise FormError("请先选择要加入的回答。")
    return Answer.model_validate(kept[number])


def edited_draft(answer: Answer, reports: dict, kind: str, expected: str, confirmed: bool) -> GoldDraft:
    """The draft an answer proposes, with the person's type and expected values (one a line)."""
    if kind not in TYPE_LABELS:
        raise FormError("请选择类型。")
    values = [line.strip() for line in (expected or "").split("\n") if line.strip()]
    if kind == "unanswerable":
        if values:
            raise FormError("「无答案」的问题不填期望答案：请清空期望答案，或改选其他类型。")
        if not confirmed:
            raise FormError("保存为「无答案」前，请勾选确认：所选报告中确实没有这个问题的答案。")
        return GoldDraft(type="unanswerable", question=answer.question)
    if not values:
        raise FormError("请填写至少一个期望答案（每行一个）。")
    proposed = draft_from_answer(answer, reports)  # an abstention cites nothing: no evidence
    return proposed.model_copy(update={"type": kind, "answers": values})


def save(folder: GoldFolder, kept: list[dict], number, kind: str, expected: str, confirmed: bool,
         name: str | None, reports: dict) -> str:
    """Append the edited line to the named gold file; the Markdown status to show."""
    try:
        draft = edited_draft(picked(kept, number), reports, kind, expected, confirmed)
        path = folder.file(name)
    except (FormError, GoldNameError) as exc:
        return f"未加入：{plain(str(exc))}"
    shown = plain(path.name)
    try:
        folder.path.mkdir(parents=True, exist_ok=True)
        item = append_item(path, draft)
    except DuplicateQuestion as exc:
        return f"未加入：{shown} 中已有这个问题（{plain(exc.item_id)}），不重复加入。"
    except GoldError as exc:
        lines = "、".join(str(n) for n, _ in exc.problems if n) or "全文"
        return f"未加入：{shown} 不是有效的评测集文件（第 {lines} 行有误），请换一个文件名。"
    except OSError as exc:
        return f"未加入：无法写入 {shown}（{plain(exc.strerror or '写入失败')}）。"
    return f"已加入 {plain(item.id)}（{TYPE_LABELS[item.type]}）到 {shown}。"


def form_for(kept: list[dict], number, reports: dict) -> tuple[str, str | None, str, bool]:
    """The form for the picked answer: its question, proposed type and values, unconfirmed."""
    try:
        answer = picked(kept, number)
    except FormError:
        return "", None, "", False
    draft = draft_from_answer(answer, reports)
    return answer.question, draft.type, "\n".join(draft.answers), False


def build(folder: GoldFolder, answers: gr.State, reports_of, *, prefix: str = "gold",
          title: str = "加入评测集") -> tuple[gr.Dropdown, callable]:
    """The accordion's components and events, over the answers in ``answers`` (the conversation's,
    or the 👎 ones under review). ``reports_of()`` gives the current reports by id. Returns the
    file list (filled on page load, not in the page config) and its loader."""
    with gr.Accordion(title, open=False, elem_id=f"{prefix}-form"):
        pick = gr.Dropdown([], label="要加入的回答", elem_id=f"{prefix}-answer")
        question = gr.Textbox(label="问题", interactive=False, elem_id=f"{prefix}-question")
        kind = gr.Radio([(label, key) for key, label in TYPE_LABELS.items()], label="类型", elem_id=f"{prefix}-type")
        expected = gr.Textbox(label="期望答案（每行一个，可修改）", lines=3, elem_id=f"{prefix}-answers")
        confirm = gr.Checkbox(label=CONFIRM_LABEL, elem_id=f"{prefix}-confirm")
        name = gr.Dropdown([], allow_custom_value=True, elem_id=f"{prefix}-file",
                           label="评测集文件（选已有的，或输入新文件名，如 mine；保存在服务器的评测集文件夹中）")
        with gr.Row():
            add = gr.Button("加入评测集", variant="primary", elem_id=f"add-{prefix}")
            download = gr.DownloadButton("下载该评测集文件", elem_id=f"{prefix}-download")
        status = gr.Markdown(elem_id=f"{prefix}-status", latex_delimiters=[])

    def on_answers(kept):
        return gr.update(choices=answer_choices(kept), value=len(kept) - 1 if kept else None)

    def on_save(kept, number, kind_value, expected_value, confirmed, name_value):
        message = save(folder, kept, number, kind_value, expected_value, confirmed, name_value, reports_of())
        return message, gr.update(choices=folder.names()), folder.download_copy(name_value)

    answers.change(on_answers, [answers], [pick])
    pick.change(lambda kept, n: form_for(kept, n, reports_of()), [answers, pick], [question, kind, expected, confirm])
    name.change(folder.download_copy, [name], [download])
    add.click(on_save, [answers, pick, kind, expected, confirm, name], [status, name, download])
    return name, lambda: gr.update(choices=folder.names())
