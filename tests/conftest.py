"""Shared fixtures. Server fixtures live in `tests/fixtures/`, one module per server."""

pytest_plugins = [
    "tests.fixtures.dovecot",
    "tests.fixtures.smtp",
    "tests.fixtures.store",
    "tests.fixtures.tls",
    "tests.fixtures.world",
]
