"""`python -m outreach` is the same as the `outreach` command."""

from outreach.cli.app import main

main()
