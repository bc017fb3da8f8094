"""Results derived from a profile, cached per profile object.

`functools.lru_cache` keyed by a frozen pydantic profile hashes the whole profile (every
term of the taxonomy, checklist and gazetteer) on every call: about 15 % of a sketch's
analysis. A profile is immutable, so its identity is as good a key. The cache keeps a
reference to each profile it holds, so an id is never reused while its entry lives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

__all__ = ["per_profile"]

_Profile = TypeVar("_Profile")
_Value = TypeVar("_Value")
# Profiles kept per function: the process normally holds one; tests load a few.
_MAX_PROFILES = 8


def per_profile(build: Callable[[_Profile], _Value]) -> Callable[[_Profile], _Value]:
    """Decorate `build(profile)` so it runs once per profile object."""
    cache: OrderedDict[int, tuple[_Profile, _Value]] = OrderedDict()

    @wraps(build)
    def cached(profile: _Profile) -> _Value:
        entry = cache.get(id(profile))
        if entry is not None and entry[0] is profile:
            cache.move_to_end(id(profile))
            return entry[1]
        value = build(profile)
        cache[id(profile)] = (profile, value)
        while len(cache) > _MAX_PROFILES:
            cache.popitem(last=False)
        return value

    return cached
