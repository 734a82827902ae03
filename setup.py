"""Build glue pyproject.toml cannot express: every briefing_app package plus the two data folders mapped into it.

seeds/ (the bundled pack, its article and the pack format's README) and assets/fonts/ (the bundled fonts,
their licence and coverage list) stay at the top of the repository and ship inside the package as
`briefing_app._seeds` and `briefing_app._fonts`, where briefing_app/resources.py finds them with
importlib.resources. setuptools' editable install (`pip install -e .`) maps the same two names to the same
two folders, so a source checkout reads the live files, not a copy taken at install time. The README says
why setuptools rather than hatchling.
"""

from setuptools import find_packages, setup

DATA_PACKAGES = {"briefing_app._seeds": "seeds", "briefing_app._fonts": "assets/fonts"}

setup(
    packages=find_packages(include=["briefing_app", "briefing_app.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "briefing_app.model": ["glossary.yaml"],  # the shared zh → en glossary and termbase (draft, deck words, translate)
        "briefing_app._seeds": ["*.yaml", "*.txt", "README.md"],
        "briefing_app._fonts": ["*.otf", "*.ttf", "OFL.txt", "README.md", "coverage.txt"],
    },
)
