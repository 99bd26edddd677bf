"""「加入评测集」's file names: a browser sends a name, and only a plain name inside the gold folder
is ever written — the issue saw it create /etc/passwd.jsonl and folders from a typed path."""
import pytest

from ui.gold_files import GoldFolder, GoldNameError


@pytest.fixture
def folder(tmp_path) -> GoldFolder:
    return GoldFolder.beside(tmp_path / "home" / "index")


def test_the_folder_is_gold_beside_the_index(tmp_path, folder):
    assert folder.path == (tmp_path / "home" / "gold").resolve()


@pytest.mark.parametrize("name, file", [("mine", "mine.jsonl"), ("mine.jsonl", "mine.jsonl"),
                                        (" 我的评测集 ", "我的评测集.jsonl"), ("dev-2.v1", "dev-2.v1.jsonl")])
def test_plain_names_get_jsonl_inside_the_folder(folder, name, file):
    assert folder.file(name) == folder.path / file


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "/tmp/a.jsonl", "a/b", "..\\x", "C:\\gold\\x.jsonl",
                                  "..", "...jsonl", ".hidden", "a\0b", "", "   ", None, "a b", "x" * 80,
                                  "~/x", "$HOME", "%2e%2e"])
def test_anything_but_a_plain_name_is_refused_in_chinese(folder, name):
    with pytest.raises(GoldNameError, match="[\u4e00-\u9fff]"):
        folder.file(name)


def test_only_regular_jsonl_files_are_listed(folder, tmp_path):
    folder.path.mkdir(parents=True)
    (folder.path / "b.jsonl").write_text("", encoding="utf-8")
    (folder.path / "a.jsonl").write_text("", encoding="utf-8")
    (folder.path / "notes.txt").write_text("", encoding="utf-8")
    (folder.path / "dir.jsonl").mkdir()
    (tmp_path / "outside.jsonl").write_text("", encoding="utf-8")
    (folder.path / "link.jsonl").symlink_to(tmp_path / "outside.jsonl")
    assert folder.names() == ["a.jsonl", "b.jsonl"]


def test_no_folder_yet_lists_nothing(folder):
    assert folder.names() == []


def test_download_is_a_copy_of_the_named_file_only(folder, tmp_path):
    """Gradio serves files from temporary folders only; a bad or missing name gives nothing."""
    folder.path.mkdir(parents=True)
    (folder.path / "mine.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    copy = folder.download_copy("mine")
    assert copy and copy != str(folder.path / "mine.jsonl")
    assert open(copy, encoding="utf-8").read() == '{"id": "a"}\n'
    (tmp_path / "secret.jsonl").write_text("secret", encoding="utf-8")
    (folder.path / "link.jsonl").symlink_to(tmp_path / "secret.jsonl")
    assert folder.download_copy("../secret") is None and folder.download_copy("new") is None
    assert folder.download_copy("link") is None
