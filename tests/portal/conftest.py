from tests.public_fixtures import draft, xx  # noqa: F401
