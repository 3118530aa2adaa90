"""Work that grew with the paragraphs or the speakers times the text, made linear with the same answers: statements of
one paragraph looked up by bisection (`Attributor._found_in`), not by a scan of every statement found so far (a readout
of many quotations cut by their tags, or told after them, "“…” / The Minister X said this …"); an office's places before
names read once per text and office (`people._names_after_office`), not once per speaker. Work is counted here (in
statements visited, in readings), never timed."""
from __future__ import annotations

import random

import pytest

from readout_tui.engine import attribute
from readout_tui.engine import people as people_module
from readout_tui.engine import statements as statements_module
from readout_tui.engine.lexicon import HONORIFICS

_NAMES = ("Vakaro", "Vadevlu", "Mirastan", "Olberg")


def _readout(pairs: int) -> str:
    """Paragraphs of two shapes by turns: a quotation cut by its tag at a paragraph break, and a quotation whole
    then a paragraph that only says who said "this"."""
    paragraphs = []
    for i in range(pairs):
        name = _NAMES[i % len(_NAMES)]
        paragraphs += [f"“We have the water of well {i} and we have the nurses,”",
                       f"Dr. {name} said, “but what we do not yet have is clean water in village {i}.”",
                       f"“We are grateful to the partners of district {i}.”",
                       f"The Minister {name} said this in reply to the words of welcome."]
    return "\n\n".join(paragraphs)


def test_each_half_and_each_quotation_told_after_is_its_speakers() -> None:
    text = _readout(12)
    result = attribute(text)
    by_text = {text[s.start:s.end]: s.speaker for s in result.statements}
    for i in range(12):
        name = _NAMES[i % len(_NAMES)]
        assert by_text[f"We have the water of well {i} and we have the nurses"].endswith(name)
        assert by_text[f"but what we do not yet have is clean water in village {i}."].endswith(name)
        assert by_text[f"We are grateful to the partners of district {i}."].endswith(name)


class _CountingList(list):
    """`Attributor.found`, counting the statements every whole pass over it visits."""

    visited = 0

    def __iter__(self):
        _CountingList.visited += len(self)
        return super().__iter__()


def _statements_visited(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    original = statements_module.Attributor.run

    def run(self: statements_module.Attributor) -> None:
        self.found = _CountingList(self.found)
        original(self)

    monkeypatch.setattr(statements_module.Attributor, "run", run)
    _CountingList.visited = 0
    attribute(text)
    return _CountingList.visited


def test_whole_passes_over_the_statements_do_not_grow_with_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _statements_visited(_readout(20), monkeypatch)
    large = _statements_visited(_readout(160), monkeypatch)
    # eight times the paragraphs: a pass per paragraph would visit ~64 times the statements; the final passes
    # over the whole list (one per text) visit ~8 times
    assert large < 12 * max(small, 1)


def test_found_in_gives_a_scans_answer_on_random_readouts() -> None:
    pieces = ["“We agree on the road,” Vakaro said.", "“It is good,”", "Dr. Olberg said, “but the rest is not.”",
              "The Minister Vadevlu said this in reply.", "Mirastan stressed that the talks went well.",
              "The sides discussed trade.", "He added that “the work goes on.”", "“We want peace.”",
              "Olberg: We thank you.", "“Our farmers", "need rain,” said Vakaro."]
    rnd = random.Random(62)
    checked = 0
    original = statements_module.Attributor.run
    seen: list[statements_module.Attributor] = []

    def run(self: statements_module.Attributor) -> None:
        original(self)
        seen.append(self)

    statements_module.Attributor.run = run
    try:
        for _ in range(300):
            text = "\n\n".join(" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3)))
                               for _ in range(rnd.randint(1, 8)))
            seen.clear()
            attribute(text)
            attributor = seen[0]
            for k in range(len(attributor.paragraphs)):
                scanned = [found for found in attributor.found if found.paragraph == k]
                assert attributor._found_in(k) == scanned
                checked += len(scanned)
    finally:
        statements_module.Attributor.run = original
    assert checked > 300  # (the texts held statements to look up)


# --- an office written before a speaker's name, read once per text and office (`people._names_after_office`) ---

def _first_place_by_search(text: str, written: str, name_words: set[str]) -> int:
    """The per-speaker search `_names_after_office` replaces: where `text` first writes `written` before a name word,
    honorifics allowed between, within three words on its line."""
    pos = text.find(written)
    while pos >= 0:
        here, pos = pos, text.find(written, pos + 1)
        if here and (text[here - 1].isalnum() or text[here - 1] in "-_"):
            continue
        rest = text[here + len(written):here + len(written) + 120].split("\n", 1)[0]
        rest = rest[1:] if rest.startswith(",") else rest
        if rest[:1] not in (" ", "\t"):
            continue
        after = [word.casefold().strip(",.:;") for word in rest.split()[:3]]
        named = next((i for i, word in enumerate(after) if word in name_words), None)
        if named is None or not all(word in HONORIFICS or word.rstrip(".") in HONORIFICS for word in after[:named]):
            continue
        return here
    return -1


@pytest.mark.parametrize("text, place", [
    ("National Grid President Badar Khan met them.", 14),
    ("Grid President, Dr. Badar Khan met them.", 5),
    ("The President said so. President Khan came.", 23),  # (the first, before no name, passed over)
    ("Vice-President Khan came.", -1),  # (inside another word)
    ("President\nKhan came.", -1),  # (the name on the next line)
    ("President of X said. President Mr. Dr. Sir Khan came.", -1),  # (the name past three words)
    ("President Mr. Khan came.", 0),
    ("President, Khan: came.", 0),
])
def test_names_after_office_gives_the_first_place_the_search_gave(text: str, place: int) -> None:
    people_module._names_after_office.cache_clear()
    firsts = people_module._names_after_office(text, "President")
    names = {"badar", "khan"}
    got = min((firsts[word] for word in names if word in firsts), default=-1)
    assert got == place == _first_place_by_search(text, "President", names)


def test_names_after_office_agrees_with_the_search_on_random_texts() -> None:
    pieces = ["President", "Minister", " ", ", ", ",", "\n", "Mr.", "Dr", "dr.", "Khan", "Lin", "khan:", "Vice-",
              "the", "x", ".", "\t"]
    rnd = random.Random(621)
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24)))
        people_module._names_after_office.cache_clear()
        for written in ("President", "Minister"):
            firsts = people_module._names_after_office(text, written)
            for names in ({"khan"}, {"lin", "khan"}, {"mr."}, {"dr"}):
                got = min((firsts[word] for word in names if word in firsts), default=-1)
                assert got == _first_place_by_search(text, written, names), (text, written, names)


def test_many_speakers_of_one_office_read_its_places_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = people_module._names_after_office.__wrapped__

    def counted(text: str, written: str) -> dict[str, int]:
        calls.append(written)
        return original(text, written)

    cached = people_module.lru_cache(maxsize=64)(counted)
    monkeypatch.setattr(people_module, "_names_after_office", cached)
    text = "\n\n".join(f"Minister {name} said: “We thank our partners of district {i}.”"
                       for i, name in enumerate(("Vakaro", "Vadevlu", "Mirastan", "Olberg", "Tessaly", "Quennor")))
    result = attribute(text)
    assert len(result.speakers) == 6
    assert all(speaker.role == "Minister" for speaker in result.speakers)
    assert calls == ["Minister"]  # (one reading for the six speakers)


def test_an_office_before_a_known_surname_looks_only_at_its_bearers(monkeypatch: pytest.MonkeyPatch) -> None:
    """("Dr. X said …" then "The Minister X said this …": whether another X holds the office, `_namesake_holding`)
    only the persons filed under the surname are asked, not every person of the readout per mention."""
    calls = 0
    original = people_module._name_matches

    def counted(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return original(*args)

    monkeypatch.setattr(people_module, "_name_matches", counted)
    syllables = ("ka", "ro", "dev", "lu", "met", "sa", "vin", "tor")
    counts = []
    for speakers in (12, 48):
        names = [("Va" + syllables[i // 8] + syllables[i % 8]).capitalize() for i in range(speakers)]
        text = "\n\n".join(f"Dr. {name} said, “We thank the partners of district {i}.”\n\n"
                             f"“The road to port {i} will be built.”\n\nThe Minister {name} said this in reply."
                             for i, name in enumerate(names))
        calls = 0
        result = attribute(text)
        assert len(result.speakers) == speakers
        counts.append(calls)
    assert counts[1] < 6 * counts[0]  # (four times the mentions; a look at every person per mention: ~16 times)


def test_a_namesake_holding_the_office_is_still_found() -> None:
    text = ("Foreign Minister Maren Tolvik received the Ambassador of Brevonia, Tobias Tolvik, on Monday.\n\n"
            "Ambassador Tolvik said that his country wanted closer ties.")
    result = attribute(text)
    said = next(s for s in result.statements if "closer ties" in text[s.start:s.end])
    assert said.speaker == "Tobias Tolvik"


def test_the_speakers_names_are_read_into_words_once_per_readout() -> None:
    """(`people._words_of_names`: the words a body's name before an office may not hold, `_with_body_before`) one
    reading for all the speakers of a readout, not the others' names split for each speaker."""
    names = ("Vakaro", "Vadevlu", "Mirastan", "Olberg", "Tessaly", "Quennor")
    text = "\n\n".join(f"Harbour Gas Minister {name} said: “We thank our partners of district {i}.”"
                       for i, name in enumerate(names))
    people_module._words_of_names.cache_clear()
    result = attribute(text)
    assert {speaker.role for speaker in result.speakers} == {"Harbour Gas Minister"}
    info = people_module._words_of_names.cache_info()
    assert info.misses == 1 and info.hits == len(names) - 1
