"""Marsad core: Arabic news analysis, storage and export. Never imports Qt."""

__version__ = "0.1.0"
