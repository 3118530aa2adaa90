"""The bundled sample readouts against their hand-made gold attribution (tests/gold).

Two kinds of test:
- the gold files themselves are valid (GOLD-FORMAT.md): speakers declared, kinds known,
  every statement's text found in the document body, in order, without overlap;
- the engine, run on each document as the app loads it, attributes the gold words to the
  right people: token F1 >= 0.9 per document and >= 0.95 over all of them.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

try:  # tests/ may or may not be a package
    from . import gold_scoring as gs
except ImportError:
    import gold_scoring as gs

HERE = Path(__file__).parent
GOLD_DIR = HERE / "gold"
DOCUMENTS = HERE.parent / "documents"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.yaml"))
DOC_MIN_F1 = 0.9
ALL_MIN_F1 = 0.95


def _id(path: Path) -> str:
    return path.name.removesuffix(".gold.yaml")


# --- the gold files ------------------------------------------------------------------


def test_every_bundled_document_has_a_gold_file():
    documents = {p.resolve() for p in DOCUMENTS.iterdir() if p.suffix in (".txt", ".md", ".yaml")}
    annotated = {gs.load_gold(g)["_doc"] for g in GOLD_FILES}
    assert documents, "no bundled documents"
    assert documents == annotated, {
        "without gold": sorted(p.name for p in documents - annotated),
        "gold for a missing document": sorted(p.name for p in annotated - documents),
    }


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_file_is_valid(path: Path):
    gold = gs.load_gold(path)
    assert gold["_doc"].is_file(), f"document not found: {gold['document']}"
    speakers = gold.get("speakers") or []
    names = [sp["name"] for sp in speakers]
    assert len(names) == len(set(names)), "a speaker is declared twice"
    for sp in speakers:
        assert isinstance(sp.get("aliases", []), list), sp["name"]
    forms: dict[tuple[str, ...], str] = {}
    for sp in speakers:  # a name or alias must point to one person only
        for form in [sp["name"], *(sp.get("aliases") or [])]:
            key = tuple(gs.words(form))
            assert forms.setdefault(key, sp["name"]) == sp["name"], f"{form!r} names two speakers"
    statements = gold["statements"]
    assert statements, "no statements"
    for st in statements:
        assert st["speaker"] in names, f"undeclared speaker {st['speaker']!r}"
        assert st.get("kind") in gs.KINDS, f"bad kind in {st['text'][:60]!r}"
        assert gs.words(st["text"]), "empty statement"
    assert {st["speaker"] for st in statements} == set(names), "a declared speaker makes no statement"
    # every text is found in the body, in document order, never overlapping (raises otherwise)
    spans = gs.gold_spans(gold, gs.words(gs.raw_body(gold["_doc"])))
    assert len(spans) == len(statements)


# --- the engine on the bundled documents --------------------------------------------


@lru_cache(maxsize=None)
def _scores(path: Path) -> dict:
    from readout_tui.engine import attribute
    from readout_tui.loading import load_document

    gold = gs.load_gold(path)
    doc = load_document(gold["_doc"])
    assert doc.error is None, f"{gold['_doc'].name} did not load: {doc.error}"
    result = attribute(doc.body, participants=doc.participants, title=doc.title)
    pred = {"statements": [{"speaker": s.speaker, "text": s.text} for s in result.statements]}
    return gs.score(gold, pred, text=doc.body)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_engine_matches_gold_per_document(path: Path):
    row = _scores(path)
    s = gs.summary([row])
    assert s["f1"] >= DOC_MIN_F1, (
        f"{row['document']}: token F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f}), "
        f"statement recall {s['statement_recall']:.3f}; missed: {row['missed']}"
    )


def test_engine_matches_gold_overall():
    rows = [_scores(p) for p in GOLD_FILES]
    s = gs.summary(rows)
    assert s["f1"] >= ALL_MIN_F1, (
        f"token F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f}), "
        f"statement recall {s['statement_recall']:.3f} over {len(rows)} documents"
    )
