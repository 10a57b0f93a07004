"""Features and model of an entity re-typing corrector, tried for issue 12 and not shipped.

After linking (`indexer.entities.linked_fields`) every entity of an article has one canonical
name and one field decided by rules and the majority of its mentions' spaCy labels. This module
looks at the entity as a whole (its name's words and their shapes, the labels of all its
mentions, the word before and after each mention) and decides again among people, orgs, places,
or none (not a named person, organization or place: "Internet Explorer", "Hajj"). Groups
(nationalities) are left as they are.

The model is a multinomial logistic regression trained by `eval/train_entity_types.py` on the
tuning documents of the GUM gold (held-out ones never): class names, intercepts, one weight per
class for each feature, and the margin by which the model's choice must beat the rules' field
before it overrides them. Under grouped cross-validation by document it did not beat the rules
(docs/quality.md), so the indexer ships no model and does not import this module; it lives
here, beside its training script, for the next attempt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

CLASSES = ("people", "orgs", "places", "none")

_WORD = re.compile(r"[\w’'&.-]+")


@dataclass(frozen=True)
class Occurrence:
    """One mention of an entity: its paragraph's text, character offsets [start, end) and the
    spaCy label it came with ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"; regex-found names
    carry the label of the rule that found them)."""

    text: str
    start: int
    end: int
    label: str


def _shape(token: str) -> str:
    if any(c.isdigit() for c in token):
        return "0"
    if "." in token and token.replace(".", "").isupper():
        return "A."
    if token.isupper() and len(token) > 1:
        return "A"
    if token[:1].isupper():
        return "Aa"
    if token.islower():
        return "a"
    return "o"


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The word before and the word after a mention, lower case ("^"/"$" at a paragraph's edge;
    a possessive "'s" right after counts as the word "'s")."""
    before = _WORD.findall(text[max(0, start - 40) : start])
    after_text = text[end : end + 40]
    if re.match(r"['’]s\b", after_text):
        nxt = "'s"
    else:
        after = _WORD.findall(after_text)
        nxt = after[0].casefold() if after else "$"
    prev = before[-1].casefold() if before else "^"
    return prev, nxt


def features(name: str, field: str, mentions: list[Occurrence], lex_field: str = "") -> dict[str, float]:
    """Feature vector (name -> value) of one entity of an article.

    `name` is its canonical name, `field` the rules' field for it, `mentions` all its mentions in
    the article, `lex_field` the field `entities._lexicon` gives the name ("" when unknown).
    Values are 1.0 for indicator features and fractions of the mentions for label and context
    features, so an entity named ten times weighs as much as one named once.
    """
    out: dict[str, float] = {f"field={field}": 1.0, f"lex={lex_field or '-'}": 1.0}
    toks = name.split()
    out[f"ntok={min(len(toks), 4)}"] = 1.0
    out["shape=" + " ".join(_shape(t) for t in toks[:4])] = 1.0
    if toks:
        last = toks[-1].casefold()
        out[f"last={last}"] = 1.0
        out[f"first={toks[0].casefold()}"] = 1.0
        out[f"suf={last[-3:]}"] = 1.0
        for t in toks[1:-1]:
            out[f"mid={t.casefold()}"] = 1.0
    n = len(mentions) or 1
    for m in mentions:
        prev, nxt = _context(m.text, m.start, m.end)
        for key in (f"label={m.label}", f"prev={prev}", f"next={nxt}"):
            out[key] = out.get(key, 0.0) + 1.0 / n
        surface = m.text[m.start : m.end]
        if surface != name:
            out["surface!=name"] = out.get("surface!=name", 0.0) + 1.0 / n
    out["mentions"] = math.log1p(len(mentions))
    return out


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression over sparse features (see `MODEL_PATH`)."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    margin: float

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """{class: probability} for a feature vector; unknown features are ignored."""
        scores = list(self.intercept)
        for k, v in feats.items():
            w = self.weights.get(k)
            if w is not None:
                for i, wi in enumerate(w):
                    scores[i] += wi * v
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}

    def decide(self, feats: dict[str, float], field: str) -> str:
        """The entity's field: the model's choice when it beats `field` by `margin` in
        probability, else `field`. "none" means: not a person, organization or place."""
        if field not in self.classes:
            return field
        p = self.probabilities(feats)
        best = max(self.classes, key=lambda c: (p[c], -self.classes.index(c)))
        return best if p[best] - p[field] >= self.margin else field


def model_from_json(data: dict[str, Any]) -> Model:
    """A `Model` from its JSON form (written by eval/train_entity_types.py)."""
    weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
    return Model(tuple(data["classes"]), tuple(float(x) for x in data["intercept"]), weights, float(data["margin"]))
