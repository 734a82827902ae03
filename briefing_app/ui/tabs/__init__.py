"""One module per kind of tab; each builds its page from the pack, never from Songjiang-specific code."""
