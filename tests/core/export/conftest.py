"""Export test fixtures live in export_fixtures.py (a unique module name: test folders have no
__init__.py, so a second module named `conftest` could not be imported by the tests)."""

from export_fixtures import selection_of  # noqa: F401
