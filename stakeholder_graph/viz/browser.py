"""Open a map in headless Chromium (Debian's ``chromium`` and ``chromium-driver``) with
selenium: used by the map tests and the render benchmark."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["chromium_available", "headless_chromium", "wait_until_still", "close"]


def chromium_available() -> str | None:
    """Return why Chromium cannot be driven here, or ``None`` when it can."""
    for tool in ("chromium", "chromedriver"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install selenium)"
    return None


GL_FLAGS = ("--disable-gpu", "--enable-unsafe-swiftshader")
"""WebGL in software (SwiftShader): the only WebGL a machine without a GPU has."""


def headless_chromium(width: int = 1600, height: int = 900,
                      page_load_strategy: str = "normal",
                      gl_flags: tuple[str, ...] = GL_FLAGS) -> Any:
    """Start headless Chromium with its console and network logs on.

    The flags keep Chromium off the network by itself (no background connections), so
    every request in the log comes from the page. ``page_load_strategy="none"`` returns from
    ``get`` at once (for timing pages that keep the browser busy). ``gl_flags`` choose how
    WebGL is drawn (the render benchmark tries others).
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    profile = tempfile.mkdtemp(prefix="sg-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", f"--user-data-dir={profile}",
                 "--allow-file-access-from-files", *gl_flags):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.page_load_strategy = page_load_strategy
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.sg_profile = profile  # type: ignore[attr-defined]
    return driver


def wait_until_still(driver: Any, timeout: float = 120) -> float:
    """Wait until the map is drawn and its layout has stopped; return the seconds it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if driver.execute_script("return !!(window.sgDrawn && window.sgStill)"):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError("the map was not drawn and still in time")


def close(driver: Any) -> None:
    """Quit Chromium and remove its temporary profile."""
    profile = getattr(driver, "sg_profile", None)
    driver.quit()
    if profile:
        shutil.rmtree(Path(profile), ignore_errors=True)
