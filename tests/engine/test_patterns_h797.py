"""h797 (speed, no change of behaviour): the patterns whose reading was reordered so that the cheap test comes first."""
from __future__ import annotations

from readout_tui.engine import attribute
from readout_tui.engine.name_offices import appositive_office

_NAME = "Mr. Tovan Rusk"
_FIRST = ", Minister of Mines of the Republic of Belmora, special envoy of the Belmoran Head of State"


def _offices(text: str) -> list[str]:
    start = text.index("Tovan")
    return [office.text for office in appositive_office(text, start, start + len("Tovan Rusk"), 0, len(text))]


def test_a_second_office_closed_by_a_full_stop_or_before_a_lower_case_word_is_the_names_too() -> None:
    """The second office after a name's first one, closed by a full stop or by a comma before a lower-case word,
    is his (`name_offices._chained_office`, its close looked for before the office is read)."""
    assert _offices(f"{_NAME}{_FIRST}. He said it was late.") == [
        "Minister of Mines of the Republic of Belmora", "special envoy of the Belmoran Head of State"]
    assert _offices(f"{_NAME}{_FIRST}, arrived today.") == [
        "Minister of Mines of the Republic of Belmora", "special envoy of the Belmoran Head of State"]
    text = f"{_NAME}{_FIRST}. The special envoy added that the talks were useful."
    said = [(s.speaker, s.kind, s.text) for s in attribute(text).statements]
    assert said == [("Tovan Rusk", "indirect", "The special envoy added that the talks were useful.")]


def test_a_second_office_before_the_next_name_is_not_the_names() -> None:
    """A comma before a capital after the second office (the next name's pair, "…, the special envoy …, Ida Morn,
    …"): no close, and the second office is not read as his."""
    assert _offices(f"{_NAME}{_FIRST}, Ida Morn, and others met.") == ["Minister of Mines of the Republic of Belmora"]
    assert _offices(f"{_NAME}{_FIRST}; Ida Morn, Minister of Trade, and others met.") == [
        "Minister of Mines of the Republic of Belmora", "special envoy of the Belmoran Head of State"]
