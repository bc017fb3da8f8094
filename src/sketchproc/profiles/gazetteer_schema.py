"""Schema of gazetteer.yaml: the state's districts and places, and places outside it."""

from __future__ import annotations

from pydantic import Field, model_validator

from sketchproc.profiles.base_schema import Id, ProfileModel, Text, by_id, duplicates, unique_ids


class District(ProfileModel):
    """A district-level unit of the state: a Landkreis or a kreisfreie Stadt."""

    id: Id
    name: Text
    kind: Text  # German, as displayed: "Landkreis", "kreisfreie Stadt"
    seat: Text | None = None
    aliases: tuple[Text, ...] = ()
    needs_context: bool = False  # the name alone is also a common word or landscape


class Place(ProfileModel):
    """A town or municipality of the state, with the district it belongs to."""

    name: Text
    district: Id
    aliases: tuple[Text, ...] = ()
    needs_context: bool = False


class OutsidePlace(ProfileModel):
    """A place outside the state, so the checker can tell "outside" from "unknown"."""

    name: Text
    state: Text
    not_in: tuple[Text, ...] = ()  # longer names that are inside the state ("Sachsen-Anhalt")


class Gazetteer(ProfileModel):
    """Contents of gazetteer.yaml."""

    state: Text
    districts: tuple[District, ...] = Field(min_length=1)
    places: tuple[Place, ...] = ()
    outside: tuple[OutsidePlace, ...] = ()
    # Data sets shipped in sketchproc/data: every district of the country with its Land, and
    # the state's municipalities with their district key (official municipal register).
    national: Text | None = None
    municipalities: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Gazetteer:
        unique_ids(self.districts, "districts")
        known = {district.id for district in self.districts}
        for index, place in enumerate(self.places):
            if place.district not in known:
                raise ValueError(f"places[{index}].district: unbekannte Kreis-id '{place.district}'")
        repeated = duplicates(place.name for place in self.places)
        if repeated:
            raise ValueError(f"places: doppelte Namen: {', '.join(repeated)}")
        return self

    def district(self, district_id: str) -> District:
        """Return the district with this id; raise KeyError if there is none."""
        return by_id(self.districts, district_id)
