"""The leaders' workspace tests share the workspace fixtures; files come from tests/files.py."""

import pytest

from tests.workspace_fixtures import call, declaration, item_9, item_for_a, plain_user, report_a, resolution  # noqa: F401


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The matrix creates five users per case; the production hasher would make it take minutes.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
