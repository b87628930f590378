"""Reading configuration from environment variables (12-factor)."""

import os
from urllib.parse import parse_qs, unquote, urlparse

from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise ImproperlyConfigured(f"{name} должно быть 1/0, true/false, yes/no или on/off, а не {raw!r}.")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def database_from_url(url: str | None, *, sqlite_path) -> dict:
    """Turn DATABASE_URL into a DATABASES entry; no URL means the embedded SQLite file."""
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(sqlite_path)}
    parsed = urlparse(url)
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        pool = query.pop("pool", "1").lower() in TRUE_VALUES
        options = dict(query)
        if pool:
            options["pool"] = True
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "postgres",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": 0,
        }
    if parsed.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parsed.path) or str(sqlite_path)}
    raise ImproperlyConfigured(
        f"DATABASE_URL: неизвестная схема {parsed.scheme!r}; поддерживаются postgres:// и sqlite://."
    )


def mailer_from_url(url: str | None) -> dict:
    """EMAIL_URL → a MAILERS entry: console by default, smtp://user:pass@host:587?tls=1 for real mail."""
    if not url or url.startswith("console:"):
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parsed = urlparse(url)
    if parsed.scheme in {"smtp", "smtps"}:
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        options = {
            "host": parsed.hostname or "localhost",
            "port": parsed.port or (465 if parsed.scheme == "smtps" else 587),
            "username": unquote(parsed.username or ""),
            "password": unquote(parsed.password or ""),
            "use_ssl": parsed.scheme == "smtps",
            "use_tls": parsed.scheme == "smtp" and query.get("tls", "1").lower() in TRUE_VALUES,
            "timeout": int(query.get("timeout", "20")),
        }
        return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}
    if parsed.scheme == "file":
        return {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": unquote(parsed.path)},
        }
    if parsed.scheme == "locmem":
        return {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    raise ImproperlyConfigured(f"EMAIL_URL: неизвестная схема {parsed.scheme!r}; используйте smtp:// или smtps://.")
