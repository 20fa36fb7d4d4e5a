"""`ipx serve` in a real browser (issue 12, item 7): headless Chromium opens the page,
starts the app from textual-serve's start page, searches for a person by typing into the
terminal, opens the detail view, and reads what the terminal shows.

textual-serve draws the terminal with xterm.js on a canvas, so the screen is not in the
page's text. textual.js keeps its xterm.js `Terminal` in a closure; the test catches the
object as the page builds it (a setter for `fitAddon`, the property textual.js assigns right
after creating the terminal) and reads the screen through xterm.js's public buffer API,
line by line, as a user sees it. A screenshot of the detail view is kept under the test's
tmp folder (its path is printed) as an artefact to look at.

Chromium and chromedriver are the Debian packages (`.ci/run` installs them when missing);
the test is skipped only where they are absent. Everything waits by polling, never by
sleeping a fixed time.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.tui.kb import make_db

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
MISSING = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]

pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"needs Debian's chromium and chromium-driver ({', '.join(MISSING)} missing; "
    "`apt-get install chromium chromium-driver`, as .ci/run does)",
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,800",
)

#: runs before the page's own scripts: keeps every textual.js terminal object it creates
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, 'fitAddon', {
  configurable: true,
  set(value) {
    Object.defineProperty(this, 'fitAddon',
      {value, writable: true, configurable: true, enumerable: true});
    (window.__ipxTerminals = window.__ipxTerminals || []).push(this);
  },
});
"""

#: the terminal's screen, one line per row, through xterm.js's buffer API (null: no terminal)
READ_SCREEN = """
const t = (window.__ipxTerminals || [])[0];
if (!t || !t.terminal) return null;
const term = t.terminal, buffer = term.buffer.active, lines = [];
for (let y = 0; y < term.rows; y++) {
  const line = buffer.getLine(buffer.viewportY + y);
  lines.push(line ? line.translateToString(true) : '');
}
return lines.join('\\n');
"""

#: what the page says about the session, for a failure's message
PAGE_STATE = """
return {body: document.body.className, caught: (window.__ipxTerminals || []).length,
        url: location.href};
"""

WAIT = 45.0  # seconds: generous, for a loaded machine; polling returns as soon as it holds

T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _until(what: str, probe: Callable[[], T | None], timeout: float = WAIT) -> T:
    """Poll PROBE until it returns something truthy; fail naming WHAT after TIMEOUT."""
    deadline = time.monotonic() + timeout
    while True:
        got = probe()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.1)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """`ipx serve` on the test knowledge base, in its own process; yields the page's URL."""
    db = make_db(tmp_path)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipx", "serve", "--db", db, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _until(f"ipx serve to answer on {url}", lambda: proc.poll() is not None or _answers(url))
        assert proc.poll() is None, (tmp_path / "serve.log").read_text()
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """Headless Chromium through chromedriver, with a fresh profile, offline: the start page's
    web font (fonts.googleapis.com) is blocked so nothing waits on the network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_TERMINAL})
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.setBlockedURLs", {"urls": ["*fonts.googleapis.com*", "*fonts.gstatic.com*"]}
        )
        yield driver
    finally:
        driver.quit()


def _screen(driver: Any) -> str:
    return str(driver.execute_script(READ_SCREEN) or "")


def _wait_for(driver: Any, what: str, *texts: str) -> str:
    """The screen once it shows every one of TEXTS; on a timeout, fail with the screen."""
    last = [""]

    def probe() -> str | None:
        last[0] = _screen(driver)
        if all(t in last[0] for t in texts):
            return last[0]
        if driver.execute_script("return document.body.classList.contains('-closed')"):
            raise AssertionError(f"the app's session ended; the terminal shows:\n{last[0]}")
        return None

    try:
        return _until(what, probe)
    except AssertionError as exc:
        state = driver.execute_script(PAGE_STATE)
        raise AssertionError(f"{exc} (page: {state}); the terminal shows:\n{last[0]}") from None


def _type(driver: Any, keys: str) -> None:
    """Keys as a user types them into the terminal (xterm.js's input element has the focus)."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("document.querySelector('.xterm-helper-textarea').focus()")
    ActionChains(driver).send_keys(keys).perform()


def test_search_for_a_person_and_open_the_detail_in_a_browser(
    served: str, browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    # textual-serve's start page, as a link with ?delay shows it: the app starts on a click
    browser.get(served + "?delay=1")
    start = _until("the Start button", lambda: browser.find_element(By.ID, "start"))
    _until("the Start button to show", start.is_displayed)
    start.click()
    _wait_for(browser, "the explorer's lists", "Organisation", "Intellectual Property")

    _type(browser, "/")
    _wait_for(browser, "the search screen", "esc close")  # its own footer: it has the focus
    _type(browser, "Daren Tang")
    # a result row says who he is, as search results do: his latest role
    _wait_for(browser, "Daren Tang among the results", "Daren Tang", "Director General, WIPO")

    _type(browser, Keys.ENTER)
    detail = _wait_for(
        browser, "Daren Tang's detail view", "邓鸿森", "Chief Executive", "Director General"
    )
    assert "Daren Tang" in detail
    assert "World Intellectual Property Organization" in detail or "WIPO" in detail

    shot = tmp_path / "ipx-serve-detail.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    (tmp_path / "ipx-serve-detail.txt").write_text(detail, encoding="utf-8")
    print(f"\nipx serve in Chromium: screenshot {shot}")
