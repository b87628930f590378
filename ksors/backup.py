"""Backup and restore of the whole portal: the database and the uploads, with a manifest to check them by.

A backup is a folder of three files:

- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite, a copy made with
  sqlite3's online backup API, safe while the portal runs);
- `media.tar.gz`, every uploaded or generated file: those under MEDIA_ROOT, or every object of the bucket when the
  files are in object storage (DJANGO_STORAGE_URL);
- `manifest.json`: the row count of every table and the size and SHA-256 of every file, taken from the same
  snapshot as the dump (PostgreSQL: `pg_dump --snapshot` of the transaction that counted).

`restore` loads the dump into the configured database, which must be empty, unpacks the uploads into an empty
MEDIA_ROOT (or uploads them into the configured, empty bucket), then counts again and compares with the manifest. Errors are `BackupError`, with Russian messages.
"""

import datetime
import hashlib
import json
import os
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections, transaction

__all__ = ["BackupError", "Comparison", "backup", "compare", "restore"]

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
DUMPS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
FORMAT = 1


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class Comparison:
    """What the restored copy holds beside what the manifest says it should."""

    tables: list[tuple[str, int | None, int | None]]  # (table, expected, found)
    files: list[tuple[str, str]]  # (path, problem) for files missing, extra or different

    @property
    def ok(self) -> bool:
        return not self.files and all(expected == found for _table, expected, found in self.tables)


def _connection(alias: str):
    connection = connections[alias]
    if connection.vendor not in DUMPS:
        raise BackupError(f"База {connection.vendor} не поддерживается: только PostgreSQL и SQLite.")
    return connection


def _quoted(connection, table: str) -> str:
    return connection.ops.quote_name(table)


def _count_rows(cursor, connection, tables: list[str]) -> dict[str, int]:
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {_quoted(connection, table)}")
        counts[table] = cursor.fetchone()[0]
    return counts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _storage_is_local() -> bool:
    from django.core.files.storage import storages

    return isinstance(storages["default"], FileSystemStorage)


def _stored_names(folder: str = "") -> list[str]:
    """Every file of the object storage, walked with the Storage API (listdir per folder)."""
    folders, files = default_storage.listdir(folder)
    names = [f"{folder}{name}" for name in files]
    for sub in folders:
        names += _stored_names(f"{folder}{sub}/")
    return names


def _stored_sha256(name: str) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with default_storage.open(name, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _media_files(root: Path) -> dict[str, dict]:
    if not _storage_is_local():
        files = {}
        for name in sorted(_stored_names()):
            size, sha = _stored_sha256(name)
            files[name] = {"size": size, "sha256": sha}
        return files
    if not root.exists():
        return {}
    files = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        files[path.relative_to(root).as_posix()] = {"size": path.stat().st_size, "sha256": _sha256(path)}
    return files


def _pg_environment(connection) -> tuple[dict[str, str], list[str]]:
    """libpq settings for pg_dump/pg_restore from the Django connection (password through the environment)."""
    params = connection.settings_dict
    env = {**os.environ}
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = params["PASSWORD"]
    sslmode = params.get("OPTIONS", {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if params.get(key):
            args += [flag, str(params[key])]
    return env, args


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    except FileNotFoundError:
        raise BackupError(
            f"Не найдена программа {command[0]}: установите клиент PostgreSQL той же версии, что и сервер "
            "(apt-get install postgresql-client)."
        ) from None
    if result.returncode != 0:
        raise BackupError(f"{command[0]} завершился с ошибкой:\n{result.stderr.strip()}")


def backup(directory: Path, *, alias: str = "default") -> dict:
    """Write database, uploads and manifest into `directory` (new or empty); return the manifest."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"Папка {directory} не пуста: резервная копия пишется в новую или пустую папку.")
    # The dump holds password hashes and the encrypted TOTP secrets: readable by the portal's user only.
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.chmod(0o700)
    connection = _connection(alias)
    dump = directory / DUMPS[connection.vendor]
    connection.ensure_connection()
    tables = connection.introspection.table_names()
    if connection.vendor == "postgresql":
        if connection.in_atomic_block:
            raise BackupError("Резервную копию нельзя делать внутри открытой транзакции.")
        # Count and dump the same snapshot, so the manifest describes the dump even while the portal runs.
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = _count_rows(cursor, connection, tables)
            env, args = _pg_environment(connection)
            _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
                  f"--file={dump}", *args, connection.settings_dict["NAME"]], env)
    else:
        with connection.cursor():
            target = sqlite3.connect(dump)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        copy = sqlite3.connect(dump)
        try:
            counts = _count_rows(copy.cursor(), connection, tables)
        finally:
            copy.close()
    media_root = Path(settings.MEDIA_ROOT)
    files = _media_files(media_root)
    with tarfile.open(directory / MEDIA_ARCHIVE, "w:gz") as archive:
        for name, meta in files.items():
            if _storage_is_local():
                archive.add(media_root / name, arcname=name, recursive=False)
            else:
                member = tarfile.TarInfo(name)
                member.size = meta["size"]
                with default_storage.open(name, "rb") as handle:
                    archive.addfile(member, handle)
    manifest = {
        "format": FORMAT,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": {"vendor": connection.vendor, "file": dump.name, "size": dump.stat().st_size,
                     "sha256": _sha256(dump)},
        "tables": counts,
        "media": {"file": MEDIA_ARCHIVE, "files": files},
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    for path in directory.iterdir():
        path.chmod(0o600)
    return manifest


def _read_manifest(directory: Path) -> dict:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"В папке {directory} нет {MANIFEST}: это не резервная копия портала.") from None
    except ValueError:
        raise BackupError(f"{MANIFEST} в папке {directory} повреждён.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Неизвестный формат резервной копии: {manifest.get('format')!r}.")
    dump = directory / manifest["database"]["file"]
    if not dump.is_file() or _sha256(dump) != manifest["database"]["sha256"]:
        raise BackupError(f"Файл базы {dump.name} отсутствует или не совпадает с манифестом (SHA-256).")
    return manifest


def _check_empty_database(connection) -> None:
    if connection.introspection.table_names():
        raise BackupError(
            f"База {connection.settings_dict['NAME']} не пуста: восстановление загружает копию только в новую "
            "пустую базу (создайте её, укажите в DATABASE_URL и повторите)."
        )


def _restore_database(connection, dump: Path) -> None:
    if connection.vendor == "postgresql":
        env, args = _pg_environment(connection)
        connection.close()
        _run(["pg_restore", "--exit-on-error", "--no-owner", "--no-privileges", "--single-transaction",
              f"--dbname={connection.settings_dict['NAME']}", *args, str(dump)], env)
    else:
        source = sqlite3.connect(dump)
        try:
            with connection.cursor():
                source.backup(connection.connection)
        finally:
            source.close()


def _restore_objects(archive_path: Path) -> None:
    """Upload every archived file into the (empty) object storage under its own name."""
    with tarfile.open(archive_path, "r:gz") as archive:
        for member in archive:
            if not member.isfile() or member.name.startswith("/") or ".." in member.name.split("/"):
                continue
            saved = default_storage.save(member.name, File(archive.extractfile(member), name=member.name))
            if saved != member.name:
                raise BackupError(f"Файл {member.name} сохранён под другим именем ({saved}): хранилище не пусто?")


def _restore_media(archive_path: Path, root: Path) -> None:
    if not _storage_is_local():
        _restore_objects(archive_path)
        return
    if root.exists() and any(root.iterdir()):
        raise BackupError(f"Папка файлов {root} не пуста: восстановление распаковывает файлы только в пустую папку.")
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(root, filter="data")


def compare(manifest: dict, *, alias: str = "default") -> Comparison:
    connection = connections[alias]
    found_tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        found = _count_rows(cursor, connection, found_tables)
    expected = manifest["tables"]
    tables = [(table, expected.get(table), found.get(table)) for table in sorted(set(expected) | set(found))]
    files = []
    on_disk = _media_files(Path(settings.MEDIA_ROOT))
    for name, meta in manifest["media"]["files"].items():
        if name not in on_disk:
            files.append((name, "нет файла"))
        elif on_disk[name] != meta:
            files.append((name, "размер или SHA-256 не совпадают"))
    files += [(name, "лишний файл") for name in on_disk if name not in manifest["media"]["files"]]
    return Comparison(tables=tables, files=files)


def restore(directory: Path, *, alias: str = "default") -> tuple[dict, Comparison]:
    """Load a backup into the configured empty database and media folder; return the manifest and the check."""
    directory = Path(directory)
    manifest = _read_manifest(directory)
    connection = _connection(alias)
    if manifest["database"]["vendor"] != connection.vendor:
        raise BackupError(
            f"Копия сделана из {manifest['database']['vendor']}, а настроена база {connection.vendor}: "
            "восстанавливайте в базу того же типа."
        )
    # Both checked before anything is written.
    _check_empty_database(connection)
    media_root = Path(settings.MEDIA_ROOT)
    if not _storage_is_local():
        if _stored_names():
            raise BackupError("Хранилище файлов (DJANGO_STORAGE_URL) не пусто: восстановление загружает файлы "
                              "только в пустую корзину (создайте новую, укажите её и повторите).")
    elif media_root.exists() and any(media_root.iterdir()):
        raise BackupError(f"Папка файлов {media_root} не пуста: восстановление распаковывает файлы только в пустую папку.")
    _restore_database(connection, directory / manifest["database"]["file"])
    _restore_media(directory / manifest["media"]["file"], media_root)
    return manifest, compare(manifest, alias=alias)
