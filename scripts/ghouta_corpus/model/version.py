"""The one version string of the package and of the published data.

``pyproject.toml`` reads it from here (``dynamic = ["version"]``), ``ghouta-corpus
--version`` prints it, and ``build`` stamps it into the dataset card (YAML
``version``, the citation), ``croissant.json`` (``version``, ``citeAs``) and the card's
changelog link, so that a loaded copy of the data says which release it is. Each
release's changes are in the dataset's ``CHANGELOG.md``; a test checks that the
changelog's newest entry is this version.
"""

VERSION = "0.2.0"
RELEASED = "2026-11-29"
"""The day this version was made (the date of its ``CHANGELOG.md`` entry): the
citation's year comes from it."""
