"""Schema of profile.yaml: identity, sources, models, file names, contact."""

from __future__ import annotations

from sketchproc.profiles.base_schema import FileName, Id, ProfileModel, Text


class Source(ProfileModel):
    """A document the profile was built from."""

    title: Text
    url: Text | None = None


class ProfileModels(ProfileModel):
    """The profile's own trained models, file stems inside sketchproc/models/ (no suffix).

    A profile without them runs on what needs no model: headings alone map the outline,
    taxonomy stems alone score relevance.
    """

    outline: Id | None = None
    relevance: Id | None = None


class ProfileFiles(ProfileModel):
    """File names of the profile's parts, relative to the folder of profile.yaml."""

    outline: FileName
    checklist: FileName
    taxonomy: FileName
    gazetteer: FileName


class Contact(ProfileModel):
    """Who writes to applicants in letters asking for missing items; gaps become placeholders."""

    office: Text | None = None  # the unit, e.g. "Referat 23 – Digitale Agenda"
    address: tuple[Text, ...] = ()  # street, postcode and town, one line each
    city: Text | None = None  # place before the date line
    name: Text | None = None  # the person signing and answering questions
    phone: Text | None = None
    email: Text | None = None


class ProfileManifest(ProfileModel):
    """Contents of profile.yaml."""

    id: Id
    title: Text
    version: Text
    funding_body: Text
    sources: tuple[Source, ...] = ()
    models: ProfileModels = ProfileModels()
    files: ProfileFiles
    contact: Contact = Contact()
