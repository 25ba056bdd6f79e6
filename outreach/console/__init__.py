"""`outreach console`: local web pages for volunteers (status, map, review queue, export)."""
