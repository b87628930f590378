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


# psycopg's pool waits 30 s for a connection by default: with the database down every request, /healthz
# included, hung that long. A gunicorn sync worker holds at most one connection, so a short wait costs nothing
# when the database is up. A failed reconnection gives up after `reconnect_timeout` and the next request tries
# again at once, instead of waiting out an exponential backoff after the database is back.
POOL_DEFAULTS = {"timeout": "1.5", "reconnect_timeout": "5", "min_size": "2", "max_size": "4"}
CONNECT_TIMEOUT = "5"


def _pool_options(raw: dict[str, str]) -> dict:
    from psycopg_pool import ConnectionPool

    try:
        options = {
            "timeout": float(raw["timeout"]),
            "reconnect_timeout": float(raw["reconnect_timeout"]),
            "min_size": int(raw["min_size"]),
            "max_size": int(raw["max_size"]),
        }
    except ValueError as exc:
        raise ImproperlyConfigured(
            "DATABASE_URL: pool_timeout и pool_reconnect_timeout — числа секунд, pool_min_size и pool_max_size — "
            f"целые числа ({exc})."
        ) from None
    if options["max_size"] < options["min_size"]:
        raise ImproperlyConfigured("DATABASE_URL: pool_max_size не может быть меньше pool_min_size.")
    # A connection broken while it sat in the pool (database restarted) is replaced, not handed to a request.
    options["check"] = ConnectionPool.check_connection
    return options


def database_from_url(url: str | None, *, sqlite_path) -> dict:
    """Turn DATABASE_URL into a DATABASES entry; no URL means the embedded SQLite file."""
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(sqlite_path)}
    parsed = urlparse(url)
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        pool = query.pop("pool", "1").lower() in TRUE_VALUES
        pool_options = {name: query.pop(f"pool_{name}", default) for name, default in POOL_DEFAULTS.items()}
        options = {"connect_timeout": CONNECT_TIMEOUT, **query}
        if pool:
            options["pool"] = _pool_options(pool_options)
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


# Objects stay private: no ACL is set on them (the bucket's own policy, private by default, applies), and any
# URL the storage makes is signed and short-lived. Downloads go through the portal's views, which check
# permissions and stream the file; a storage URL is never put in a page.
S3_DEFAULTS = {"querystring_expire": "60", "region_name": "us-east-1", "signature_version": "s3v4"}


def storage_from_url(url: str | None) -> dict:
    """DJANGO_STORAGE_URL → the STORAGES["default"] entry: the local disk (MEDIA_ROOT) without a URL,
    `s3://KEY:SECRET@bucket?endpoint_url=https://s3.example&region_name=…&location=prefix` for object storage
    (credentials may also come from boto3's usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)."""
    if not url or url.startswith("file:"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    parsed = urlparse(url)
    if parsed.scheme != "s3":
        raise ImproperlyConfigured(f"DJANGO_STORAGE_URL: неизвестная схема {parsed.scheme!r}; используйте s3://.")
    if not parsed.hostname:
        raise ImproperlyConfigured("DJANGO_STORAGE_URL: укажите корзину (bucket): s3://имя-корзины?endpoint_url=…")
    query = {**S3_DEFAULTS, **{key: values[-1] for key, values in parse_qs(parsed.query).items()}}
    known = {"endpoint_url", "region_name", "location", "querystring_expire", "signature_version", "addressing_style"}
    unknown = sorted(set(query) - known)
    if unknown:
        raise ImproperlyConfigured(f"DJANGO_STORAGE_URL: неизвестные параметры {', '.join(unknown)}.")
    try:
        expire = int(query.pop("querystring_expire"))
    except ValueError:
        raise ImproperlyConfigured("DJANGO_STORAGE_URL: querystring_expire — целое число секунд.") from None
    options = {
        # The bucket name keeps its case: urlparse lowercases hostname, netloc does not.
        "bucket_name": unquote(parsed.netloc.rsplit("@", 1)[-1]),
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": expire,
        "file_overwrite": False,
        **query,
    }
    from botocore.config import Config

    # boto3 waits a minute to connect by default: with the storage down, every download and /healthz would too.
    options["client_config"] = Config(
        connect_timeout=2, read_timeout=20, retries={"max_attempts": 3, "mode": "standard"},
        signature_version=options.pop("signature_version"), s3={"addressing_style": options.pop("addressing_style", None)},
    )
    if parsed.username:
        options["access_key"] = unquote(parsed.username)
        options["secret_key"] = unquote(parsed.password or "")
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
