"""Cue words that introduce what someone said, and the form each one is recorded under.

Our own list, informed by the reporting-verb inventories that quote-attribution work uses:
speech verbs ("said", "told"), verbs that carry a stance ("urged", "warned", "pledged"),
and phrases ("according to", "called for"). Each surface form maps to a base cue.
"""

from __future__ import annotations

import re

from onrecord.db.extract.wordlist import word_pattern

_CUE_FORMS: dict[str, tuple[str, ...]] = {
    "said": ("said", "says", "say", "saying"),
    "added": ("added", "adds", "adding"),
    "told": ("told", "tells", "telling"),
    "noted": ("noted", "notes", "noting"),
    "stressed": ("stressed", "stresses", "stressing"),
    "emphasized": ("emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"),
    "underscored": ("underscored", "underscores", "underlined", "underlines", "underscoring", "underlining"),
    "called for": ("called for", "calls for", "calling for"),
    "urged": ("urged", "urges", "urging"),
    "agreed": ("agreed", "agree", "agrees"),
    "pledged": ("pledged", "pledges", "pledging"),
    "vowed": ("vowed", "vows", "vowing"),
    "promised": ("promised", "promises", "promising"),
    "expressed": ("expressed", "expresses", "expressing"),
    "announced": ("announced", "announces", "announcing"),
    "warned": ("warned", "warns", "warning"),
    "stated": ("stated", "states", "stating"),
    "explained": ("explained", "explains", "explaining"),
    "argued": ("argued", "argues", "arguing"),
    "insisted": ("insisted", "insists", "insisting"),
    "asserted": ("asserted", "asserts", "asserting"),
    "claimed": ("claimed", "claims"),
    "confirmed": ("confirmed", "confirms", "confirming"),
    "acknowledged": ("acknowledged", "acknowledges", "acknowledging"),
    "suggested": ("suggested", "suggests", "suggesting"),
    "proposed": ("proposed", "proposes", "proposing"),
    "highlighted": ("highlighted", "highlights", "highlighting"),
    "reiterated": ("reiterated", "reiterates", "reiterating"),
    "welcomed": ("welcomed", "welcomes"),
    "asked": ("asked", "asks"),
    "replied": ("replied", "replies", "answered"),
    "responded": ("responded", "responds"),
    "wrote": ("wrote", "writes", "tweeted", "posted"),
    "remarked": ("remarked", "remarks"),
    "continued": ("continued",),
    "recalled": ("recalled", "recalls", "recalling"),
    "predicted": ("predicted", "predicts", "predicting"),
    "affirmed": ("affirmed", "affirms", "reaffirmed", "reaffirms", "reconfirmed", "reaffirming", "affirming"),
    "according to": ("according to",),
}

# Verbs that introduce content *after* them in reported speech ("X urged Y to ...").
# "said"/"added" also allow the content before them ("..., X said").
CONTENT_AFTER_ONLY = {
    "called for", "urged", "agreed", "pledged", "vowed", "promised", "expressed", "announced",
    "warned", "proposed", "welcomed", "asked", "highlighted", "reiterated", "affirmed",
}

SURFACE_TO_CUE: dict[str, str] = {
    form: cue for cue, forms in _CUE_FORMS.items() for form in forms
}

# Longest forms first so "called for" wins over a bare "called".
CUE_PATTERN = re.compile(r"\b(" + word_pattern(SURFACE_TO_CUE) + r")\b")


def base_cue(surface: str) -> str:
    return SURFACE_TO_CUE[surface.lower()]

# A second statement by the same speaker inside a sentence: ", adding that …", "… and
# stressed that …". Not the cues that want whom they address, a question or a quote of their
# own ("telling", "asked", "replied", "wrote"), nor "continued" or "reconfirmed".
_NOT_CONTINUING = {"according to", "telling", "announcing", "answered", "asked", "continued", "posted",
                   "reconfirmed", "remarked", "replied", "responded", "told", "tweeted", "wrote"}
CONTINUING_PARTICIPLES = {form for form in SURFACE_TO_CUE
                          if form.split()[0].endswith("ing") and form not in _NOT_CONTINUING}
CONTINUING_VERBS = {form for form in SURFACE_TO_CUE
                    if (form.split()[0].endswith("ed") or form == "said") and form not in _NOT_CONTINUING}

# The first word of every cue (lower-case): a sentence without one reports no speech.
CUE_WORDS = {form.split()[0] for form in SURFACE_TO_CUE}
