"""Bundled voice-call recordings (see README.md here); read through importlib.resources."""
