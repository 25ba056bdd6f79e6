"""Reading incoming mail and deciding what it says: bounce, auto-reply, or a reply's meaning."""
