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


def test_a_passive_welcome_in_the_opening_makes_its_agent_the_host() -> None:
    """"X and his colleagues were welcomed by the President of the Chamber, Mr. Y, …": the host is Y, "the host" later
    (`People.settle_welcoming_host`, its verbs asked for before its pattern); an opening with none of the verbs makes no
    host so."""
    text = ("Mr. Tovan Rusk and his colleagues were welcomed by the President of the Chamber, Mr. Ivo Marr, and his top "
            "aides.\n\nThe host described the chamber's work to the guests.")
    said = [(s.speaker, s.kind, s.text) for s in attribute(text).statements]
    assert said == [("Ivo Marr", "indirect", "The host described the chamber's work to the guests.")]


def test_a_greek_or_cyrillic_lookalike_inside_a_latin_word_is_read_as_latin() -> None:
    """A Greek capital that opens a Latin word ("Ηe") is read as the Latin one, the statement quoted as written; a text
    with curly quotation marks and no Greek or Cyrillic letter (`_holds_greek_or_cyrillic`) is read as it stands."""
    from readout_tui.engine import _holds_greek_or_cyrillic, _latin_lookalikes_read

    greek = "Minister Tovan Rusk met the delegation. \u0397e also added that the talks were useful."
    said = [(s.speaker, s.kind, s.text) for s in attribute(greek).statements]
    assert said == [("Tovan Rusk", "indirect", "\u0397e also added that the talks were useful.")]
    plain = "Minister Tovan Rusk said the country’s “future” was bright."
    assert not _holds_greek_or_cyrillic(plain) and _latin_lookalikes_read(plain) is plain
    assert _holds_greek_or_cyrillic("Mil\u043e\u0161 said") and _latin_lookalikes_read("Mil\u043e\u0161 said") == "Miloš said"


def test_a_bare_verb_after_also_is_the_opening_persons_slip() -> None:
    """"The Prime Minister also acknowledge …" (a bare verb after "also" or "further", the space before them tested
    after their first letter): the sentence is the one who opens it's; "…also …" glued to a word is no such verb."""
    text = "Prime Minister Tovan Rusk also acknowledge Belmora's contribution to the fund."
    said = [(s.speaker, s.kind) for s in attribute(text).statements]
    assert said == [("Tovan Rusk", "indirect")]
    from readout_tui.engine.reported_speech import _BARE_VERB_AFTER_ALSO

    assert _BARE_VERB_AFTER_ALSO.search("He also thank them") is not None
    assert _BARE_VERB_AFTER_ALSO.search("He\tfurther urge them") is not None
    assert _BARE_VERB_AFTER_ALSO.search("Healso thank them") is None
    assert _BARE_VERB_AFTER_ALSO.search("also thank them") is None  # (no space before it)


def test_the_cities_after_in_or_to_are_the_one_patterns_matches() -> None:
    """`people._cities_after_in_or_to`, one pattern a word and their matches merged, finds what "(?:in|to)…", one
    pattern, finds, in its order: no match of one starts inside the other's ("into Toronto", "in Xto", "in New Delhi")."""
    import random
    import re

    from readout_tui.engine.people import _cities_after_in_or_to

    one = re.compile(r"(?:in|to)(?<!\w\w\w)\s+((?:New\s|Abu\s)?[A-Z][a-z]+)\b")
    pieces = ["in", "to", " ", "\n", "Toronto", "Xin", "Xto", "New ", "Abu ", "Delhi", "into", "A", "b", "Min", ",", "."]
    rng = random.Random(797)
    texts = ["She flew to Amman, then into Toronto and on to New Delhi; in Xto Kyiv", "Minister in Abu Dhabi"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in texts:
        for lo, hi in ((0, len(text)), (1, len(text) - 1)):
            expected = [(m.span(), m.group(1)) for m in one.finditer(text, lo, hi)]
            assert [(m.span(), m.group(1)) for m in _cities_after_in_or_to(text, lo, hi)] == expected
