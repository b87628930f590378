"""Settings of the KSORS portal, all from environment variables (see README)."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from ksors.env import database_from_url, env_bool, env_list, mailer_from_url, storage_from_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("KSORS_VAR_DIR", BASE_DIR / "var"))

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY не задан. Без него портал не запускается при DJANGO_DEBUG=0: "
            "задайте длинную случайную строку (python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "или DJANGO_DEBUG=1 для разработки."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # SearchVectorField of the stored search vectors (core.fulltext)
    "django_filters",
    "django_tables2",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Ground floor, domain apps, pages by audience, the project (see pyproject's import-linter contracts).
    "core",
    "accounts",
    "organizations",
    "conferences",
    "resolutions",
    "assessments",
    "portal",
    "secretariat",
    "leaders",
    "ksors",
]

MIDDLEWARE = [
    "core.logs.RequestIdMiddleware",
    "core.middleware.RejectNulBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "ksors.middleware.ResponseHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireSecretariatMFAMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "ksors.urls"
WSGI_APPLICATION = "ksors.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "core.context_processors.portal",
                "secretariat.context_processors.inbox",
            ],
        },
    },
]

DATABASES = {"default": database_from_url(os.environ.get("DATABASE_URL"), sqlite_path=VAR_DIR / "ksors.sqlite3")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default must work on a fresh clone: its folder is git-ignored, so make it here.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds allauth's login rate limits and the TOTP codes already used: every worker must see the same
# one, or each limit is multiplied by the number of workers and a code is accepted once per worker. Without
# Redis, production uses the database (the table is made by the migration ksors.0001, so `migrate` is enough);
# the per-process memory cache is for development only. Never DummyCache: the rate limits need a real cache.
CACHE_TABLE = "ksors_cache"
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    }
elif DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ksors"}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            # Culling scans the table; rate-limit keys are small and many, so cull rarely.
            "OPTIONS": {"MAX_ENTRIES": 20000, "CULL_FREQUENCY": 4},
        }
    }
# Sessions stay in the database table, not cached_db: with the database cache that would write each session
# twice to the same database for nothing, and with Redis it would save one indexed read per request at the
# price of a second place where a session lives (and can be lost or go stale).
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Slow work (emails, PDFs after publication) runs as tasks (core.tasks): queued in the database and run by
# `manage.py db_worker` in production; at once, inside the request, under `make run` and in the tests.
KSORS_TASKS = os.environ.get("KSORS_TASKS", "immediate" if DEBUG else "database")
TASK_BACKENDS = {"database": "django_tasks_db.DatabaseBackend", "immediate": "django.tasks.backends.immediate.ImmediateBackend"}
if KSORS_TASKS not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"KSORS_TASKS: «database» или «immediate», а не {KSORS_TASKS!r}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[KSORS_TASKS]}}
# The first retry of a failed task waits this long; each next one twice as long, at most an hour (core.tasks).
KSORS_TASK_RETRY_SECONDS = int(os.environ.get("KSORS_TASK_RETRY_SECONDS", "60"))
KSORS_TASK_RETRY_MAX_SECONDS = int(os.environ.get("KSORS_TASK_RETRY_MAX_SECONDS", "3600"))
KSORS_TASK_MAX_ATTEMPTS = int(os.environ.get("KSORS_TASK_MAX_ATTEMPTS", "10"))
# /healthz says "degraded" when the oldest due task has waited longer than this (no worker running?).
KSORS_HEALTH_TASK_AGE = int(os.environ.get("KSORS_HEALTH_TASK_AGE", "900"))

# Whole public pages for anonymous visitors, in the cache above, stale after any write (core.pagecache).
KSORS_PAGE_CACHE = env_bool("KSORS_PAGE_CACHE", True)
KSORS_PAGE_CACHE_PROXY_SECONDS = int(os.environ.get("KSORS_PAGE_CACHE_PROXY_SECONDS", "10"))
# Each worker also keeps the pages it served lately in memory, checked against the shared generation on every
# request (core/pagecache.py): this many bytes at most per process; 0 turns the local copies off.
KSORS_PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("KSORS_PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "core.backends.RulesBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: email and password only, no public sign-up (invitations instead).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[КСОРС РТ] "
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "КСОРС РТ"
KSORS_REQUIRE_MFA = env_bool("KSORS_REQUIRE_MFA", not DEBUG)
KSORS_INVITATION_DAYS = 14

LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", _("Русский")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Dushanbe"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Uploads (logos, photos, materials, report attachments) and generated files (the PDF cache): MEDIA_ROOT on
# this machine by default, an S3-compatible object storage shared by every app server with DJANGO_STORAGE_URL.
STORAGES = {
    "default": storage_from_url(os.environ.get("DJANGO_STORAGE_URL")),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

MAILERS = {"default": mailer_from_url(os.environ.get("EMAIL_URL"))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "КСОРС РТ <noreply@ksors.tj>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
KSORS_SITE_URL = os.environ.get("KSORS_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Security: no inline scripts or styles anywhere; everything is served from our own origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_FAILURE_VIEW = "portal.views.home.csrf_failure"
# The language cookie holds nothing secret, but it is set on every switch of language: same rules as the others.
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# One JSON object a line with the request's id (core.logs) when debug is off; plain lines in development.
KSORS_LOG_FORMAT = os.environ.get("KSORS_LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "core.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["request_id"],
                    "formatter": "json" if KSORS_LOG_FORMAT == "json" else "text"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # WeasyPrint reports every rendering step at INFO; keep the log for what matters.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}

# Errors to Sentry when SENTRY_DSN is set: no personal data (no cookies, user emails or form bodies are sent).
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )
