"""Running the portal in a child process with an environment of its own, as a production server would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def portal_env(**overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "KSORS_"))}
    env.update({"DJANGO_SECRET_KEY": "test-only-secret-key-not-for-production", "DJANGO_DEBUG": "0",
                "DJANGO_SETTINGS_MODULE": "ksors.settings"})
    env.update(overrides)
    return env


def manage(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def shell(code: str, *, env: dict[str, str], timeout: float = 60) -> str:
    result = manage("shell", "--no-imports", "-c", code, env=env, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
