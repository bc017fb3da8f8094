"""Truth and number helpers shared by the held-out samples."""

from __future__ import annotations

from typing import Any

from . import truth as truth_io

TRUTH = truth_io.TRUTH


def write_truth(filename: str, data: dict[str, Any]) -> None:
    data = {"file": filename, **data}
    truth_io.write_truth(TRUTH / f"{filename}.json", data)


def heading_truth(blocks: list[tuple], transform=None) -> list[dict[str, Any]]:
    out = []
    for b in blocks:
        if b[0] == "h":
            title = transform(b[2], b[3]) if transform else b[2]
            out.append({"number": b[1], "title": title, "level": int(b[3])})
    return out


def de(n: int) -> str:
    return f"{n:,}".replace(",", ".")
