"""Where 「加入评测集」 may write: gold files named by a plain file name inside one folder.

The folder is fixed when the app starts — ``gold/`` beside the index folder, where
``feedback.jsonl`` is kept too (not inside the index: a rebuild swaps that folder whole). A
browser only ever sends a file name, never a path; a name with a path in it is refused.
"""
from __future__ import annotations

import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".jsonl"
MAX_NAME = 80
# Letters (any script), digits, _ - and inner dots; no separators, no leading dot, no "..".
_NAME = re.compile(r"[^\W_][\w.\-]*", re.UNICODE)


class GoldNameError(ValueError):
    """A file name 「加入评测集」 refuses; the message is for the user, in Chinese."""


@dataclass(frozen=True)
class GoldFolder:
    path: Path

    @classmethod
    def beside(cls, index_dir: Path) -> "GoldFolder":
        return cls(Path(index_dir).resolve().parent / "gold")

    def names(self) -> list[str]:
        """The gold files there now: regular ``.jsonl`` files, not links."""
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.iterdir()
                      if p.suffix == SUFFIX and stat.S_ISREG(p.lstat().st_mode))

    def file(self, name: str | None) -> Path:
        """The file a typed or chosen name means: ``.jsonl`` appended, always inside the folder."""
        name = (name or "").strip()
        if not name:
            raise GoldNameError("请选择已有的评测集文件，或输入新文件名。")
        if any(sep in name for sep in ("/", "\\", "\0")) or ".." in name:
            raise GoldNameError("只能填写文件名，不能包含路径（/、\\ 或 ..）。例如：我的评测集 或 mine.jsonl")
        stem = name[:-len(SUFFIX)] if name.endswith(SUFFIX) else name
        if not _NAME.fullmatch(stem) or len(stem) + len(SUFFIX) > MAX_NAME:
            raise GoldNameError(f"文件名只能由文字、数字、下划线、连字符和点组成（不以点开头），"
                                f"不超过 {MAX_NAME} 个字符。")
        return self.path / (stem + SUFFIX)

    def download_copy(self, name: str | None) -> str | None:
        """A copy of the named gold file in a fresh temporary folder (Gradio serves files only
        from there), or None when there is no such file yet."""
        try:
            source = self.file(name)
        except GoldNameError:
            return None
        if not source.is_file() or source.is_symlink():
            return None
        target = Path(tempfile.mkdtemp(prefix="reportqa-gold-")) / source.name
        shutil.copyfile(source, target, follow_symlinks=False)
        return str(target)
