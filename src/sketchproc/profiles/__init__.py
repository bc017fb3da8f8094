"""Call profiles: the call's outline, checklist, taxonomy and gazetteer as validated data.

`load_profile()` reads a profile folder (shipped inside this package, or anywhere on
disk) and returns a frozen `CallProfile`. Every problem becomes a `ProfileError` whose
German message names the file, the key path and the problem.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from sketchproc.errors import ProfileError
from sketchproc.profiles.messages import describe, problem, relevant
from sketchproc.profiles.schema import (
    CallProfile,
    Checklist,
    Gazetteer,
    Outline,
    ProfileManifest,
    Taxonomy,
)

# libyaml's parser where PyYAML was built with it: several times faster than the pure-Python
# one on the profile, a fixed cost of every process. The safe constructor is the same.
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

__all__ = ["DEFAULT_PROFILE", "CallProfile", "available_profiles", "load_profile"]

DEFAULT_PROFILE = "rdz_lsa_2018"
MANIFEST = "profile.yaml"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_PROBLEMS = 5
_Model = TypeVar("_Model", bound=BaseModel)
# The parts profile.yaml names, by the field of ProfileFiles that names them.
_PARTS: dict[str, type[BaseModel]] = {
    "outline": Outline,
    "checklist": Checklist,
    "taxonomy": Taxonomy,
    "gazetteer": Gazetteer,
}


def available_profiles() -> list[str]:
    """Return the names of the profiles shipped with sketchproc, sorted."""
    root = resources.files(__name__)
    return sorted(entry.name for entry in root.iterdir() if entry.joinpath(MANIFEST).is_file())


def load_profile(name_or_path: str | Path | None = None) -> CallProfile:
    """Load and validate a call profile.

    None loads the default profile. A string shaped like a profile id loads the
    shipped profile of that name; anything else is a path to a profile folder or to
    its profile.yaml.

    Raises:
        ProfileError: the profile does not exist or a file in it is invalid.
    """
    folder, manifest_name = _locate(DEFAULT_PROFILE if name_or_path is None else name_or_path)
    manifest_bytes = _read_bytes(folder, manifest_name)
    manifest = _validate(ProfileManifest, manifest_name, _parse_yaml(manifest_name, manifest_bytes))
    # Field order of ProfileFiles is the fixed order of the hash.
    names: dict[str, str] = manifest.files.model_dump()
    contents = {manifest_name: manifest_bytes} | {name: _read_bytes(folder, name) for name in names.values()}
    parts = {
        part: _validate(_PARTS[part], name, _parse_yaml(name, contents[name])) for part, name in names.items()
    }
    fields = {**dict(manifest), **parts, "sha256": profile_sha256(contents.items())}
    try:
        return CallProfile.model_validate(fields)
    except ValidationError as exc:
        # Only cross-file checks can fail here; their messages already name file and key.
        raise ProfileError(f"Profil '{manifest.id}' ist ungültig: {_cross_file_message(exc)}") from exc


def profile_sha256(files: Iterable[tuple[str, bytes]]) -> str:
    """Hash (name, bytes) pairs in the given order; each file is framed by its name and length.

    The framing makes the hash change when bytes move from one file to the next.
    """
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _locate(name_or_path: str | Path) -> tuple[Traversable, str]:
    """Return the profile folder and the manifest's file name."""
    if isinstance(name_or_path, str) and _NAME.match(name_or_path):
        shipped = resources.files(__name__).joinpath(name_or_path)
        if shipped.joinpath(MANIFEST).is_file():
            return shipped, MANIFEST
    path = Path(name_or_path)
    if path.is_dir():
        return path, MANIFEST
    if path.is_file():
        return path.parent, path.name
    raise ProfileError(
        f"Profil '{name_or_path}' nicht gefunden: weder ein mitgeliefertes Profil "
        f"({', '.join(available_profiles())}) noch ein Ordner mit {MANIFEST} oder eine Profil-Datei."
    )


def _read_bytes(folder: Traversable, name: str) -> bytes:
    try:
        return folder.joinpath(name).read_bytes()
    except OSError as exc:
        raise ProfileError(f"{name}: Datei fehlt oder ist nicht lesbar ({exc.strerror or exc}).") from exc


def _parse_yaml(name: str, data: bytes) -> Any:
    """Parse one profile file; duplicate keys are errors, not silently the last value."""
    try:
        return yaml.load(data, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{name}: YAML-Syntaxfehler {_yaml_position(exc)}: {_yaml_problem(exc)}") from exc


def _yaml_position(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return "(Position unbekannt)"
    return f"in Zeile {mark.line + 1}, Spalte {mark.column + 1}"


def _yaml_problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or exc)


class _StrictLoader(_SafeLoader):
    """SafeLoader that rejects a key given twice in one mapping (hand-edited files do that)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"Schlüssel '{key}' doppelt", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _validate(model: type[_Model], file: str, data: Any) -> _Model:
    """Validate one file's data against its model, translating errors to German."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [describe(error) for error in relevant(exc.errors(include_url=False))]
        raise ProfileError(f"{file}: {_summarise(problems)}") from exc


def _cross_file_message(exc: ValidationError) -> str:
    problems = [part for error in exc.errors(include_url=False) for part in problem(error).split("; ")]
    return _summarise(problems)


def _summarise(problems: list[str]) -> str:
    """Join problems; one typo can cause dozens, and the first few are enough to find it."""
    shown = "; ".join(problems[:_MAX_PROBLEMS])
    rest = len(problems) - _MAX_PROBLEMS
    return f"{shown}; … und {rest} weitere" if rest > 0 else shown
