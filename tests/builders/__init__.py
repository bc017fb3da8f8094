"""Builders of test input files (PDFs) in code."""
