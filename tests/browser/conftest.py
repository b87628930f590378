import shutil
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"



def pytest_collection_modifyitems(items):
    # `pytest -m "not browser"` is the quick loop only if every browser test says it is one.
    unmarked = [item.nodeid for item in items if "tests/browser/" in str(item.fspath) and not item.get_closest_marker("browser")]
    if unmarked:
        raise pytest.UsageError(f"browser tests without pytestmark = pytest.mark.browser: {unmarked}")
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed (make browser-deps)")
        for item in items:
            if "browser" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }


@pytest.fixture
def shot():
    """Save a screenshot of what the user sees, under tests/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture(autouse=True)
def _static_files_by_their_own_names(settings):
    """pytest-django's live server serves /static/ through the finders, which know no hashed names; the
    manifest storage itself is tested by every other test (see tests/conftest.py)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
