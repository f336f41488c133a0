"""One step of the breadcrumb: what the app narrows the statements by."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Filter:
    """One step of the breadcrumb: a label and the filter fields it sets."""

    label: str
    fields: dict = field(default_factory=dict)
