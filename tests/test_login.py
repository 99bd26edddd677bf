"""``serve --auth``: the issue found the login page embedding report ids and server paths, and
wrong passwords tried as fast as they could be sent."""
import urllib.error
import urllib.parse
import urllib.request

import pytest

from ui.app import build_app, launch
from ui.login import LoginGuard
from webapp import fake_context, free_port


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failures_lock_the_name_for_longer_and_longer():
    clock = Clock()
    guard = LoginGuard("admin", "s3cret", free=3, base=2.0, longest=30.0, clock=clock)
    assert [guard("admin", "wrong") for _ in range(3)] == [False] * 3
    assert guard.locked_for("admin") == 2.0
    assert guard("admin", "s3cret") is False  # locked: even the right password is not looked at
    waits = []
    for _ in range(5):
        clock.now += guard.locked_for("admin")
        assert guard("admin", "wrong") is False
        waits.append(guard.locked_for("admin"))
    assert waits == [4.0, 8.0, 16.0, 30.0, 30.0]
    clock.now += 30.0
    assert guard("admin", "s3cret") is True and guard.locked_for("admin") == 0.0


def test_unknown_names_share_one_count_and_never_succeed():
    """Guessing names as well as passwords is throttled too; the real user is not locked by it."""
    clock = Clock()
    guard = LoginGuard("admin", "s3cret", free=2, clock=clock)
    assert not guard("root", "s3cret") and not guard("guest", "s3cret")
    assert guard.locked_for("anyone") > 0 and guard.locked_for("admin") == 0
    assert guard("admin", "s3cret")


def test_an_empty_user_or_password_is_refused():
    with pytest.raises(ValueError):
        LoginGuard("admin", "")


def get(url: str, cookie: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def login(base: str, user: str, password: str) -> tuple[int, str | None]:
    data = urllib.parse.urlencode({"username": user, "password": password}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(f"{base}/login", data=data)) as response:
            cookies = response.headers.get_all("Set-Cookie") or []
            return response.status, "; ".join(c.split(";")[0] for c in cookies)
    except urllib.error.HTTPError as exc:
        return exc.code, None


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    ctx = fake_context(tmp_path_factory.mktemp("auth") / "index")
    clock = Clock()
    app = build_app(ctx)
    port = free_port()
    launch(app, ctx, port=port, block=False, auth=LoginGuard("admin", "s3cret", free=3, clock=clock))
    yield f"http://127.0.0.1:{port}", ctx, clock
    app.close()


def test_a_visitor_who_has_not_logged_in_sees_nothing_of_the_reports_or_the_server(served):
    base, ctx, _ = served
    secrets = [*ctx.index.reports, str(ctx.settings.index_dir.parent), "普陀", "张家港"]
    pages = {path: get(base + path) for path in ("/", "/config", "/gradio_api/info", "/gradio_api/openapi.json",
                                                 "/gradio_api/runs", "/manifest.json", "/gradio_api/startup-events")}
    assert '"auth_required":true' in pages["/"][1].replace(" ", "")
    assert pages["/config"][0] == 401 and pages["/gradio_api/info"][0] == 401
    for path, (_, body) in pages.items():
        assert [s for s in secrets if s in body] == [], path


def test_a_burst_of_wrong_passwords_locks_the_login(served):
    base, _, clock = served
    assert [login(base, "admin", f"guess{n}")[0] for n in range(5)] == [400] * 5
    assert login(base, "admin", "s3cret")[0] == 400  # locked out, though right
    clock.now += 3600
    status, cookie = login(base, "admin", "s3cret")
    assert status == 200 and get(base + "/config", cookie)[0] == 200
