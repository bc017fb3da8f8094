"""Renderers: turn stage records into JSON, Markdown and (later) HTML, PDF and DOCX."""
