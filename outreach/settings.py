"""Settings: a TOML file, an optional secrets file, then `OUTREACH_<SECTION>__<KEY>` variables.

Later sources win: `settings.toml` < `secrets.toml` < environment. Nothing is read at import
time; `load_settings()` is called by the CLI (or a test) with the path it was given.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from datetime import time
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from outreach.classify.confidence import DECIDE_AT
from outreach.errors import SettingsError

# Re-exported: the files in use are found without pydantic (see settings_files).
from outreach.settings_files import CONFIG_ENV as CONFIG_ENV
from outreach.settings_files import DEFAULT_CONFIG as DEFAULT_CONFIG
from outreach.settings_files import SECRETS_ENV as SECRETS_ENV
from outreach.settings_files import config_path as config_path
from outreach.settings_files import require_config
from outreach.settings_files import secret_files as secret_files
from outreach.settings_files import secrets_path as _secrets_path
from outreach.settings_files import warn_if_readable as _warn_if_readable

log = logging.getLogger(__name__)

Security = Literal["starttls", "tls", "none"]


class Section(BaseModel):
    """A `[section]` of the settings file: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


class CampaignSettings(Section):
    name: str = "kinderpardon-2026"
    from_address: str = "kinderpardonnu@gmail.com"
    from_name: str = "KinderpardonNU"
    reply_to: str | None = None
    message_id_domain: str | None = None
    token_secret: SecretStr | None = None
    motion_date: str | None = None
    # A per-municipality tag in Reply-To (name+gm0344-...@domain). Off: spam filters count a
    # Reply-To that differs from From on a free-mail domain against the letter.
    tagged_reply_to: bool = False
    # The campaign's pages, linked from the HTML part where the letter names them.
    website_url: str | None = None
    linkedin_url: str | None = None
    bluesky_url: str | None = None

    @field_validator("from_address", "reply_to")
    @classmethod
    def _valid_address(cls, value: str | None) -> str | None:
        if value is None or _plain_address(value):
            return value
        # Anything out of the ordinary gets the full check and its exact reason. Loaded only
        # then: its tables cost every command's start-up more than the rest of this module.
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(value, check_deliverability=False)
        except EmailNotValidError as exc:
            raise ValueError(f"not a valid e-mail address: {exc}") from None
        return value

    @property
    def reply_base(self) -> str:
        return self.reply_to or self.from_address

    @property
    def id_domain(self) -> str:
        return self.message_id_domain or self.from_address.rpartition("@")[2]


# An ordinary ASCII address: dot-separated atoms of letters, digits and `+ - _` before the @,
# a domain of LDH labels and an alphabetic top-level label. Each one is an address that
# `email_validator` accepts too (tests/test_settings.py checks it), so it needs no full check.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
# Special-use domain names (RFC 6761 and after) that email_validator refuses, by last label.
_SPECIAL_USE_LABELS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _plain_address(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    return (
        len(local) <= 64
        and len(value) <= 254
        and "--" not in domain  # IDNA rules on hyphens, punycode labels: the full check
        and _PLAIN_ADDRESS.fullmatch(value) is not None
        and domain.rpartition(".")[2].lower() not in _SPECIAL_USE_LABELS
    )


class ServerSettings(Section):
    host: str = "localhost"
    port: int = Field(default=0, ge=0, le=65535)
    security: Security = "tls"
    username: str | None = None
    password: SecretStr | None = None
    oauth2_token: SecretStr | None = None
    timeout: float = Field(default=60.0, gt=0)
    # A CA certificate file (PEM) to trust instead of the system's, for a server with its own CA.
    ca_file: Path | None = None

    def effective_port(self, *, tls: int, starttls: int, plain: int) -> int:
        if self.port:
            return self.port
        return {"tls": tls, "starttls": starttls, "none": plain}[self.security]


class SmtpSettings(ServerSettings):
    host: str = "smtp.gmail.com"
    retries: int = Field(default=4, ge=1, le=20)
    retry_wait: float = Field(default=2.0, ge=0)

    @property
    def port_number(self) -> int:
        return self.effective_port(tls=465, starttls=587, plain=25)


class ImapSettings(ServerSettings):
    host: str = "imap.gmail.com"
    folders: list[str] = Field(default_factory=lambda: ["INBOX", "\\Junk", "\\All"])
    sent_folder: str = "\\Sent"
    poll_interval: float = Field(default=60.0, gt=0)
    idle_renew: float = Field(default=540.0, gt=0)
    batch_size: int = Field(default=100, ge=1, le=5000)

    @property
    def port_number(self) -> int:
        return self.effective_port(tls=993, starttls=143, plain=143)


class InboxSettings(Section):
    backend: Literal["imap", "maildir"] = "imap"
    maildir: Path = Path("inbox")
    sent_maildir: Path = Path("sent")
    # Whose Authentication-Results header to believe: the campaign's own receiving server.
    authserv_id: str = "mx.google.com"
    # The provider's own bounce senders: their reports about an address we wrote to count.
    provider_daemons: list[str] = Field(
        default_factory=lambda: ["mailer-daemon@googlemail.com", "mailer-daemon@google.com"]
    )


class StoreSettings(Section):
    url: str = "sqlite:///outreach.db"


class SendSettings(Section):
    dry_run: bool = True
    outbox_dir: Path = Path("outbox")
    pacing: bool = True
    daily_cap: int = Field(default=400, ge=1)
    hourly_cap: int = Field(default=40, ge=1)
    min_spacing: float = Field(default=20.0, ge=0)
    max_spacing: float = Field(default=90.0, ge=0)
    window_start: time = time(9, 0)
    window_end: time = time(17, 0)
    weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])
    timezone: str = "Europe/Amsterdam"
    skip_holidays: bool = True
    reminder_after_days: int = Field(default=10, ge=1)
    max_reminders: int = Field(default=1, ge=0)
    bounce_spike_ratio: float = Field(default=0.10, gt=0, le=1)
    bounce_spike_window: int = Field(default=50, ge=1)
    recovery_recheck: float = Field(default=5.0, ge=0)
    # How long the Sent folder may take to show a letter that may have gone (Gmail indexes it
    # late) before the letter counts as not sent; looked up again with growing pauses.
    sent_lookup_window: float = Field(default=120.0, ge=0)

    @model_validator(mode="after")
    def _spacing_in_order(self) -> SendSettings:
        if self.max_spacing < self.min_spacing:
            raise ValueError("max_spacing must not be below min_spacing")
        return self


class ReviewSettings(Section):
    # The classifier's own threshold, defined once (`outreach.classify.confidence.DECIDE_AT`).
    confidence_threshold: float = Field(default=DECIDE_AT, ge=0, le=1)


class ConsoleSettings(Section):
    language: Literal["nl", "en"] = "nl"
    host: str = "127.0.0.1"
    port: int = Field(default=8642, ge=1, le=65535)
    session_hours: float = Field(default=12.0, gt=0)


class Settings(BaseSettings):
    """Every setting of `outreach`, grouped as in `settings.example.toml`."""

    model_config = SettingsConfigDict(
        env_prefix="OUTREACH_",
        env_nested_delimiter="__",
        extra="forbid",
        case_sensitive=False,
    )

    campaign: CampaignSettings = Field(default_factory=CampaignSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    imap: ImapSettings = Field(default_factory=ImapSettings)
    inbox: InboxSettings = Field(default_factory=InboxSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    send: SendSettings = Field(default_factory=SendSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)

    toml_files: ClassVar[tuple[Path, ...]] = ()

    # Where relative paths in the file are anchored: the folder of the settings file.
    base_dir: Path = Field(default=Path(), exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        files: list[Path] = list(getattr(settings_cls, "toml_files", ()))
        # First source wins, so the environment comes first and the main file last.
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        sources += [TomlConfigSettingsSource(settings_cls, toml_file=f) for f in reversed(files)]
        return tuple(sources)

    def path(self, value: Path) -> Path:
        """A path from the settings, relative to the settings file's folder."""
        return value if value.is_absolute() else self.base_dir / value

    @property
    def store_url(self) -> str:
        url = self.store.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.path(Path(url[len(prefix) :])))
        return url


def load_settings(path: Path | None = None, *, require_file: bool = True) -> Settings:
    """Read settings, raising `SettingsError` with one readable line on any mistake."""
    path = config_path(path)
    if require_file:
        require_config(path)
    files = [path] if path.is_file() else []
    secrets = _secrets_path(path)
    if secrets is not None:
        _warn_if_readable(secrets)
        files.append(secrets)
    problems = check_environment(os.environ)
    for file in files:
        problems += check_file(file)
    if problems:
        raise SettingsError("\n".join(problems))
    loader: Any = type("LoadedSettings", (Settings,), {"toml_files": tuple(files)})
    try:
        settings: Settings = loader(base_dir=path.parent.resolve())
    except ValidationError as exc:
        origin = _Origins(files, os.environ)
        raise SettingsError(describe_validation_error(exc, path, origin=origin)) from None
    except (OSError, ValueError) as exc:  # a TOML syntax error surfaces as ValueError
        raise SettingsError(f"{path}: cannot be read: {exc}") from None
    for server in (settings.smtp, settings.imap):
        if server.ca_file is not None:
            server.ca_file = settings.path(server.ca_file)
    return settings


# Variables with the prefix that are not settings.
_NOT_SETTINGS = {CONFIG_ENV, SECRETS_ENV}
_PREFIX = "OUTREACH_"


def _sections() -> dict[str, type[BaseModel]]:
    sections: dict[str, type[BaseModel]] = {}
    for name, info in Settings.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            sections[name] = annotation
    return sections


def check_environment(environ: Mapping[str, str]) -> list[str]:
    """`OUTREACH_*` variables that name no setting, reported as environment variables."""
    sections = _sections()
    problems = []
    for variable in sorted(environ):
        upper = variable.upper()
        if not upper.startswith(_PREFIX) or upper in _NOT_SETTINGS:
            continue
        section, sep, key = upper.removeprefix(_PREFIX).lower().partition("__")
        model = sections.get(section)
        if model is not None and (not sep or key in model.model_fields):
            continue
        hint = (
            "settings are OUTREACH_<SECTION>__<KEY> with two underscores, e.g. "
            "OUTREACH_SMTP__PASSWORD"
        )
        problems.append(f"environment variable {variable}: no such setting ({hint})")
    return problems


def check_file(path: Path) -> list[str]:
    """Unknown sections or keys, and true/false written as text, in one TOML file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # reported with the file's name when the settings are read
    sections = _sections()
    problems = []
    for section, values in data.items():
        model = sections.get(section)
        if model is None:
            problems.append(f"{path}: [{section}]: unknown section (see settings.example.toml)")
            continue
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            info = model.model_fields.get(key)
            if info is None:
                problems.append(
                    f"{path}: [{section}] {key}: unknown key (check the spelling against "
                    "settings.example.toml)"
                )
            elif info.annotation is bool and not isinstance(value, bool):
                problems.append(
                    f"{path}: [{section}] {key}: must be true or false, without quotes "
                    f"(got {value!r})"
                )
    return problems


class _Origins:
    """Where a setting's value came from: the environment, secrets.toml or settings.toml."""

    def __init__(self, files: list[Path], environ: Mapping[str, str]) -> None:
        self.files = files
        self.environ = {k.upper(): k for k in environ}
        self.data: list[tuple[Path, dict[str, Any]]] = []
        for file in reversed(files):  # the later file wins, so it is asked first
            try:
                self.data.append((file, tomllib.loads(file.read_text(encoding="utf-8"))))
            except (OSError, ValueError):
                continue

    def __call__(self, loc: list[str]) -> str | None:
        if not loc:
            return None
        variable = _PREFIX + "__".join(part.upper() for part in loc[:2])
        if variable in self.environ:
            return f"environment variable {self.environ[variable]}"
        for file, data in self.data:
            section = data.get(loc[0])
            if len(loc) > 1 and isinstance(section, dict) and loc[1] in section:
                return str(file)
        return None


def describe_validation_error(
    exc: ValidationError, path: Path, *, origin: Callable[[list[str]], str | None] | None = None
) -> str:
    """One line per problem, naming where it is set: `settings.toml: [smtp] port`."""
    lines = []
    for error in exc.errors():
        loc = [str(part) for part in error["loc"]]
        key = f"[{loc[0]}] {'.'.join(loc[1:])}" if len(loc) > 1 else loc[0] if loc else "?"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key (check the spelling against settings.example.toml)"
        elif error["type"] == "missing":
            message = "required but not set"
        value = error.get("input")
        shown = (
            ""
            if error["type"] in {"extra_forbidden", "missing"} or _secretish(loc)
            else (f" (got {value!r})")
        )
        where = (origin(loc) if origin else None) or str(path)
        lines.append(f"{where}: {key}: {message}{shown}")
    return "\n".join(lines)


def _secretish(loc: list[str]) -> bool:
    return any(word in part for part in loc for word in ("password", "token", "secret"))
