"""A local demonstration of the whole campaign: no credentials, nothing leaves the machine."""
