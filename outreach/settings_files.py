"""Which settings files are in use, and the store's address read from them without pydantic.

`outreach.settings` validates every setting, which costs more than a quick read-only command
(`outreach status`) takes in all. Such a command asks `store_url_quickly()` for the one value it
needs, and falls back to the full settings whenever anything is out of the ordinary.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from outreach.errors import SettingsError

log = logging.getLogger("outreach.settings")

DEFAULT_CONFIG = Path("settings.toml")
CONFIG_ENV = "OUTREACH_CONFIG"
SECRETS_ENV = "OUTREACH_SECRETS_FILE"
DEFAULT_STORE_URL = "sqlite:///outreach.db"
STORE_URL_ENV = "OUTREACH_STORE__URL"
_SQLITE = "sqlite:///"


def config_path(explicit: Path | None = None) -> Path:
    """The settings file to use: `--config`, then `OUTREACH_CONFIG`, then `./settings.toml`."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(CONFIG_ENV)
    return Path(from_env) if from_env else DEFAULT_CONFIG


def require_config(path: Path) -> None:
    if not path.is_file():
        raise SettingsError(
            f"settings file {path} not found: run `outreach init` first, or pass --config"
        )


def secrets_path(config: Path) -> Path | None:
    """`OUTREACH_SECRETS_FILE`, else `secrets.toml` beside the settings file, if there is one."""
    explicit = os.environ.get(SECRETS_ENV)
    if explicit:
        if not Path(explicit).is_file():
            raise SettingsError(f"{SECRETS_ENV} points to {explicit}, which does not exist")
        return Path(explicit)
    beside = config.parent / "secrets.toml"
    return beside if beside.is_file() else None


def secret_files(path: Path | None = None) -> list[Path]:
    """The secrets file in use (`secrets.toml` beside the settings, or OUTREACH_SECRETS)."""
    try:
        secrets = secrets_path(config_path(path))
    except SettingsError:
        return []
    return [secrets] if secrets is not None else []


def warn_if_readable(path: Path) -> None:
    """Passwords in a file others can read are not secret: say so (it is not refused)."""
    mode = path.stat().st_mode
    if mode & 0o077:
        log.warning(
            "%s can be read by other users of this machine (mode %o): run `chmod 600 %s`",
            path,
            mode & 0o777,
            path,
        )


def store_url_quickly(
    explicit: Path | None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The store's SQLite URL as `Settings.store_url` gives it, or None: ask the full settings.

    None whenever the answer might differ from the full settings' (or they would refuse the
    files): another `OUTREACH_*` variable, a file that is not valid TOML, a store that is not
    a SQLite file. A missing settings file is the same error as theirs.
    """
    environ = os.environ if environ is None else environ
    path = config_path(explicit)
    require_config(path)
    known = {CONFIG_ENV, SECRETS_ENV, STORE_URL_ENV}
    if any(k.upper().startswith("OUTREACH_") and k.upper() not in known for k in environ):
        return None
    secrets = secrets_path(path)
    files = [path] if secrets is None else [path, secrets]
    url: Any = DEFAULT_STORE_URL
    for file in files:  # the later file wins
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        store = data.get("store", {})
        if not isinstance(store, dict) or set(store) - {"url"}:
            return None
        url = store.get("url", url)
    env_urls = [v for k, v in environ.items() if k.upper() == STORE_URL_ENV]
    if len(env_urls) > 1:
        return None
    if env_urls:
        url = env_urls[0]
    if not isinstance(url, str) or not url.startswith(_SQLITE) or ":memory:" in url:
        return None
    if url.startswith(_SQLITE + "/"):
        return url
    relative = Path(url.removeprefix(_SQLITE))
    base = path.parent.resolve()
    return _SQLITE + str(relative if relative.is_absolute() else base / relative)
