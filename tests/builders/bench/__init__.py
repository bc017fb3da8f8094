"""The bench corpus (`make bench`): sketches composed from data/, rendered by the blind renderers."""
