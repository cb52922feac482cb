"""The package version (kept equal to pyproject.toml's by a test; read without importlib.metadata's import cost)."""

__version__ = "0.1.0"
