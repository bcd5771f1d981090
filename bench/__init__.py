"""Benchmarks: `./dev bench` (or `python -m bench [NAME...]`) prints `name: value unit` lines."""
