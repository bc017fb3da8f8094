"""Benchmark corpus and runner behind `make bench` (not part of the installed package)."""
