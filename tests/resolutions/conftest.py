from tests.public_fixtures import _default_language, draft, xx  # noqa: F401
