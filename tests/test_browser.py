"""The report in a real browser: headless Chromium draws it at desktop and phone widths, and the pictures are
not blank. Skipped, with the reason, where no Chromium is installed (Debian: apt-get install chromium)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import tradecmp

BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
                if shutil.which(name)), None)

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on PATH (apt-get install chromium) to draw the report")


def screenshot(page: Path, width: int, height: int, folder: Path) -> Path:
    picture = folder / f"shot-{width}.png"
    profile = folder / f"profile-{width}"
    subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                    f"--user-data-dir={profile}", f"--screenshot={picture}", f"--window-size={width},{height}",
                    page.as_uri()], capture_output=True, timeout=120, check=False)
    assert picture.exists(), "Chromium wrote no screenshot"
    return picture


def ink(picture: Path) -> tuple[float, float]:
    """The share of pixels that are not (nearly) white, and the share that are dark (text)."""
    image = pytest.importorskip("matplotlib.image").imread(str(picture))
    rgb = image[..., :3]
    brightness = rgb.mean(axis=2)
    return float((brightness < 0.95).mean()), float((brightness < 0.35).mean())


@pytest.mark.parametrize(("width", "height"), [(1280, 1600), (390, 1600)])
def test_the_report_draws_in_a_browser_at_desktop_and_phone_widths(tmp_path, width, height):
    page = tmp_path / "report.html"
    tradecmp.report(["RCEP", "CPTPP"], output=page)
    picture = screenshot(page, width, height, tmp_path)
    coloured, dark = ink(picture)
    assert coloured > 0.03, f"the page looks blank ({coloured:.1%} of pixels not white)"
    assert dark > 0.005, f"no text to be seen ({dark:.1%} dark pixels)"
