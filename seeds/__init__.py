"""Not code: lets the build ship this folder inside the package as `briefing_app._seeds` (see setup.py)."""
