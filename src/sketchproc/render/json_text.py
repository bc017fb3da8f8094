"""Indented JSON, the very text of `json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)`.

With `indent` set, the standard library leaves its C encoder for a pure-Python one made of
nested generators: every piece of text is handed up through one `yield` per level of
nesting. results.json (about 12 MB for 200 sketches) and the cache entries spent about
0.7 s there, in the parent, after the last sketch. This encoder walks the value once and
appends the pieces to one list; strings go through the standard library's own C escaper,
numbers through the same `repr`s, so the text is the same to the byte (a test compares
both on real results). Whatever it does not handle exactly as the standard library does
(a key that is not a string, an object only `default` could encode) goes to
`json.dumps` itself.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

__all__ = ["indented_json"]

_INDENT = "  "


class _Unusual(Exception):
    """A value this encoder leaves to `json.dumps` (which encodes it or raises as usual)."""


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)`, faster."""
    parts: list[str] = []
    try:
        _encode(value, "\n", parts)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    return "".join(parts)


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    """Append the text of `value` at the indentation `newline` opens (tests in json's order)."""
    kind = type(value)
    if kind is dict:  # the common containers and leaves first, by their exact type
        _object(value, newline, parts)
    elif kind is str:
        parts.append(encode_basestring(value))
    elif kind is list:
        _array(value, newline, parts)
    elif isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, list | tuple):
        _array(value, newline, parts)
    elif isinstance(value, dict):
        _object(value, newline, parts)
    else:
        raise _Unusual


def _array(value: list[Any] | tuple[Any, ...], newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("[]")
        return
    inner = newline + _INDENT
    opening = "[" + inner
    following = "," + inner
    if all(type(item) is int for item in value):  # a fingerprint: thousands of shingle hashes
        parts.append(opening + following.join(map(int.__repr__, value)) + newline + "]")
        return
    for item in value:
        parts.append(opening)
        opening = following
        _encode(item, inner, parts)
    parts.append(newline + "]")


def _object(value: dict[Any, Any], newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("{}")
        return
    if not all(isinstance(key, str) for key in value):
        raise _Unusual  # json turns numbers, booleans and None into key strings: left to it
    inner = newline + _INDENT
    opening = "{" + inner
    following = "," + inner
    for key, item in sorted(value.items()):
        parts.append(opening + encode_basestring(key) + ": ")
        opening = following
        _encode(item, inner, parts)
    parts.append(newline + "}")


def _float(value: float) -> str:
    """json's text of a float: its repr, and JavaScript's names for NaN and the infinities."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == float("-inf"):
        return "-Infinity"
    return float.__repr__(value)
