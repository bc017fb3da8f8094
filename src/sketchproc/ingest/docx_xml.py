"""WordprocessingML names and small lxml helpers shared by the DOCX reader modules.

lxml ships no type stubs, so elements are typed as `Element` (an alias of Any)
to keep the rest of the reader readable under `mypy --strict`.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

Element = Any  # an lxml element; lxml has no type stubs

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def w(local: str) -> str:
    """The Clark name ("{ns}local") of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"

W_P = w("p")
W_TBL = w("tbl")
W_SDT = w("sdt")
W_SDT_CONTENT = w("sdtContent")
W_CUSTOM_XML = w("customXml")
W_TXBX_CONTENT = w("txbxContent")
W_VAL = w("val")

_OFF_VALUES = frozenset({"0", "false", "off", "none"})


def attr(element: Element | None, name: str) -> str | None:
    """A w:-namespaced attribute of an element, or None if either is missing."""
    if element is None:
        return None
    value = element.get(w(name))
    return None if value is None else str(value)


def child(element: Element | None, local: str) -> Element | None:
    """The first direct w: child named `local` (never a descendant: *Change elements hide old values)."""
    if element is None:
        return None
    return element.find(w(local))


def child_val(element: Element | None, local: str) -> str | None:
    """The w:val of the first direct w: child named `local`."""
    return attr(child(element, local), "val")


def toggle(element: Element | None, local: str) -> bool | None:
    """A boolean property (w:b, w:caps …): None if absent, else on unless w:val says off."""
    found = child(element, local)
    if found is None:
        return None
    value = attr(found, "val")
    return value is None or value.lower() not in _OFF_VALUES


def int_or_none(value: str | None) -> int | None:
    """Parse an integer attribute; malformed values count as absent."""
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def alternate_branch(element: Element) -> Element | None:
    """The one branch of mc:AlternateContent to read: Choice if present, else Fallback.

    Word stores a text box twice (DrawingML in Choice, VML in Fallback); reading
    both would duplicate its text.
    """
    choice = element.find(MC_CHOICE)
    return choice if choice is not None else element.find(MC_FALLBACK)


def outer_text_boxes(element: Element) -> list[Element]:
    """The outermost w:txbxContent elements under `element`, one branch per AlternateContent."""
    found: list[Element] = []
    for sub in element:
        tag = sub.tag
        if tag == W_TXBX_CONTENT:
            found.append(sub)
        elif tag == MC_ALTERNATE:
            branch = alternate_branch(sub)
            if branch is not None:
                found.extend(outer_text_boxes(branch))
        elif isinstance(tag, str):
            found.extend(outer_text_boxes(sub))
    return found


def parse_untrusted_xml(data: bytes) -> Element:
    """Parse XML from the submitted file without entities, network or huge-tree expansion.

    Raises:
        lxml.etree.XMLSyntaxError: the data is not well-formed XML.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    return etree.fromstring(data, parser=parser)
