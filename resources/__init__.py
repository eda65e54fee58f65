"""Bundled fonts, translations and icons, loaded with importlib.resources."""
