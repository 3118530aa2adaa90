"""sp72: the collector paused while one readout is attributed, and its state given back (no change of output)."""
from __future__ import annotations

import gc

import readout_tui.engine as engine
from readout_tui.engine import attribute

_READOUT = "President Aro Venn of Tolmaria said: “We agree on the port.” Minister Ilse Dorn thanked him."


def _statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in attribute(text).statements]


def test_collector_paused_during_attribution_and_restarted(monkeypatch):
    seen = []
    inner = engine._attribute

    def spy(text, participants, title):
        seen.append(gc.isenabled())
        return inner(text, participants, title)

    monkeypatch.setattr(engine, "_attribute", spy)
    assert gc.isenabled()
    attribute(_READOUT)
    assert seen == [False]
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off():
    gc.disable()
    try:
        attribute(_READOUT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_statements_the_same_with_the_collector_on_or_off():
    on = _statements(_READOUT)
    gc.disable()
    try:
        off = _statements(_READOUT)
    finally:
        gc.enable()
    assert on == off == [("Aro Venn", "direct", "We agree on the port."),
                         ("Ilse Dorn", "indirect", "Minister Ilse Dorn thanked him.")]


def test_collector_restarted_after_an_error(monkeypatch):
    def boom(text, participants, title):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "_attribute", boom)
    try:
        attribute(_READOUT)
    except RuntimeError:
        pass
    assert gc.isenabled()
