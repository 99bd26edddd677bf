"""Answer prose from an OpenAI-compatible endpoint: a fake server on 127.0.0.1 that the tests start."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant import library
from assistant.prose import unverified_numbers
from assistant.settings import LlmSettings, Settings


class FakeChat:
    """Answers every POST /v1/chat/completions with ``reply``; records what it was sent."""

    def __init__(self):
        self.reply: str | None = "普陀区卫生健康委共作出卫生行政许可2628件[1]。"
        self.status = 200
        self.requests: list[dict] = []

    def __enter__(self):
        chat = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                chat.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": chat.reply}}]})
                self.send_response(chat.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def chat():
    with FakeChat() as server:
        yield server


@pytest.fixture
def asker(sample_index, fake_encoder, chat):
    settings = Settings(index_dir=sample_index, model=fake_encoder.name,
                        llm=LlmSettings(base_url=chat.url, model="fake-model", api_key="sk-test"))
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings, encoder=fake_encoder)
    return lambda q: library.ask(settings, index, retriever, q)


def test_model_writes_the_text_from_cited_passages_only(asker, chat):
    """The model sees the question and the cited passages, with the configured model and key."""
    answer = asker("普陀区作出了多少件卫生行政许可？")
    sent = chat.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["auth"] == "Bearer sk-test"
    assert sent["body"]["model"] == "fake-model"
    assert "作出卫生行政许可2628件" in sent["body"]["messages"][1]["content"]
    assert answer.text == chat.reply and answer.written_by == "fake-model"
    assert answer.unverified == [] and "2628件" in answer.extractive_text
    assert [v.text for v in answer.values] == ["2628件"]


def test_number_not_in_the_passages_is_flagged(asker, chat):
    """A model that invents a figure does not get it past the reader unmarked."""
    chat.reply = "普陀区共作出卫生行政许可2682件[1]，较上年增长12%[1]。"
    answer = asker("普陀区作出了多少件卫生行政许可？")
    assert answer.unverified == ["2682件", "12%"]
    assert "未在引用段落中找到" in answer.text and "2682件" in answer.text


def test_abstention_is_not_sent_to_the_model(asker, chat):
    """「未找到」 stays an abstention: a model is never asked to fill the gap."""
    answer = asker("普陀区卫健委2024年的财政预算是多少？")
    assert answer.abstained and chat.requests == []


def test_endpoint_failure_falls_back_to_the_extractive_answer(asker, chat):
    chat.status = 500
    answer = asker("普陀区作出了多少件卫生行政许可？")
    assert answer.written_by is None and "2628件" in answer.text
    assert "HTTP 500" in answer.notes[0]


@pytest.mark.parametrize("text, flagged", [
    ("罚没款64.3万元[2]", []),
    ("罚没款643000元", []),  # the same quantity, written another way
    ("罚没款64万元", ["64万元"]),
    ("查处案件七十八起", []),  # a Chinese numeral for the quoted 78起
    ("查处案件78件", []),
    ("2020年共查处", []),
    ("2021年共查处", ["2021"]),
])
def test_numbers_are_checked_by_quantity(text, flagged):
    source = "2020 年共查处案件 78 起，罚没款 64.3 万元。"
    assert unverified_numbers(text, [source]) == flagged
