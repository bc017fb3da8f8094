"""Errors sketchproc raises, each with a German message a user can act on.

Our exception hierarchy:

    SketchprocError          base; `code` is a stable ASCII id for results.json
     ├── InputError          one submission cannot be read (exit code 1)
     ├── UsageError          the command was called wrongly (missing folder, bad option) (exit code 2)
     ├── ProfileError        the call profile is invalid (exit code 2)
     ├── ModelError          a model artifact is missing or does not fit (exit code 2)
     ├── ReviewError         a reviewer's file (decisions, board list, date) is invalid (exit code 2)
     ├── ResultsError        results (a worker's payload, results.json) do not fit the contract (exit code 1)
     └── RenderError         an output cannot be written (exit code 1)

Anything else escaping the library is a bug and shows its traceback.
"""

from __future__ import annotations

from pathlib import Path


class SketchprocError(Exception):
    """Base of every error sketchproc raises on purpose."""

    exit_code = 1
    default_code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code


class InputError(SketchprocError):
    """A submission file cannot be read; names the file and the fix."""

    default_code = "input_unreadable"

    def __init__(self, path: str | Path, problem: str, fix: str, *, code: str | None = None) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: {problem} {fix}", code=code)


class UsageError(SketchprocError):
    """The command was called wrongly: a missing input folder, an output inside it, a bad limit."""

    exit_code = 2
    default_code = "usage"


class ProfileError(SketchprocError):
    """A call profile is invalid; names the file, the key and the problem."""

    exit_code = 2
    default_code = "profile_invalid"


class ModelError(SketchprocError):
    """A model artifact is missing, damaged or built for other versions."""

    exit_code = 2
    default_code = "model_invalid"


class ReviewError(SketchprocError):
    """A reviewer's file (decisions, board list) or date is invalid; names the line and the fix."""

    exit_code = 2
    default_code = "review_invalid"


class ResultsError(SketchprocError):
    """Results (a worker's payload, a cache entry, a results.json) do not fit the results contract."""

    default_code = "results_invalid"


class RenderError(SketchprocError):
    """An output file cannot be written."""

    default_code = "render_failed"
