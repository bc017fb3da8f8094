"""How close sketchproc comes to the samples' truth files: used by the tests and by scripts/*_eval.py."""
