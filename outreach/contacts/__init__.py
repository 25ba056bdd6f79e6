"""The municipality list: the CBS reference, reading files, checking rows, imports, history."""
