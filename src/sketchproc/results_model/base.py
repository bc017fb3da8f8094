"""The base of every result record and the value types they share."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["FactValue", "ResultRecord"]

# A fact's value as results.json holds it: text, an ISO date as text, an amount, a rate or months.
# The union keeps an int an int and a float a float, so results.json keeps its exact bytes.
FactValue = str | int | float | bool | None


class ResultRecord(BaseModel):
    """A record of results.json: immutable, unknown keys refused (a typo is an error, not a loss).

    Fields are declared in the order of the results contract (shared/spec/results-contract.md);
    results.json itself is written with sorted keys. Each record's validator is built when it
    is first used: `sketchproc check` reads one sketch's records, not those of a whole run
    (submissions, decisions, inputs), and building them all at import cost it ~10 ms.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)
