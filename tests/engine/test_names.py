"""The name registry's shortcuts give what the full parse gives.

`Attributor._collect_names` parses every run of capitalised words of a readout
(`CAP_RUN`) with `run_names`, once per distinct run (`run_entries`). These
tests hold each of its shortcuts to the parse it stands for, on generated runs.
"""
from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from readout_tui.engine.lexicon import MARKED_CAPITALS, NAME_ARTICLES
from readout_tui.engine.name_runs import (
    _NO_SLASHED_LETTER,
    AS_SPACE_AFTER,
    CAP_RUN,
    SPACE_CHARS,
    run_names,
)

from .test_properties import ENGINE_SETTINGS

# the words runs are made of: names, titles, nations, honorifics, initials,
# suffixes, particles, connectors, and words that are not a name's
RUN_WORDS = [
    "Ilona", "Brenn", "Tomas", "Kirel", "Lina", "Varga", "Radan", "Petrak", "Mohamed", "bin", "Zayed",
    "von", "der", "Leyen", "al-Sudani", "el-Sisi", "O’Neill", "D'Arcy", "Jr.", "Jr", "Sr.", "II", "R.",
    "A.", "Mr.", "Mr", "Ms.", "Dr", "H.E.", "U.S.", "U.K.", "President", "Vice", "Prime", "Minister",
    "Secretary", "Secretary-General", "General", "Deputy", "Head", "Office", "Foreign", "Affairs",
    "Speaker", "House", "Assembly", "Velorian", "Lirean", "Russian", "Ukraine", "Kastravia",
    "First", "Lady", "The", "As", "Because", "Readout", "National", "Security", "Council", "Meeting",
    "Call", "Holds", "Building", "of", "the", "for", "and", "to", "de", "y", "–", "-", "’s", "'s",
    "Biden’s", "Harris's", "Leaders’", "Attorneys", "Both", "CEA", "FBS",
]
SEPARATORS = [" ", " ", " ", ", ", "\n", "  ", ". ", " ,  ", "\u00a0"]


@st.composite
def capitalised_text(draw) -> str:
    words = draw(st.lists(st.sampled_from(RUN_WORDS), min_size=2, max_size=50))
    out = [words[0]]
    for word in words[1:]:
        out.append(draw(st.sampled_from(SEPARATORS)))
        out.append(word)
    return "".join(out)


@ENGINE_SETTINGS
@given(capitalised_text(), st.sampled_from(sorted(AS_SPACE_AFTER) + [""]))
@example("President Joseph R. Biden, Jr", ",")
@example("Minister Lina Varga and Mr. Tomas Kirel", "”")
@example("First Lady Ilona Brenn", ":")
@example("Secretary Ilona R.", "\n")
@example("Secretary Ilona R.", "")
@example("Ilona Leaders’\nR.", "\n")  # a group: its last part ends before a line break
@example("The and Ilona", " ")  # found by a run: IndexError in the group test of "The and"
@example("Ilona U.S. National", "\t")  # found by a run: a body's name read apart with a tab after it
@example("Ilona Ilona Russian Ilona Ilona Office", "!")  # found by a run: so with a mark after it
@example("Ilona – The", "!")  # found by a run: a dateline's dash and "The" ending the run, read alike before "!" and " "
def test_what_follows_a_run_that_parses_as_a_space(text, after):
    """`_collect_names` reads a run with the character after it (none at the end of
    a paragraph), and puts a space for any of `AS_SPACE_AFTER` (for a space only,
    after a run that ends in a full stop): the names found are the same."""
    for match in CAP_RUN.finditer(text):
        run = match.group()
        if run.endswith(".") and after not in SPACE_CHARS:
            continue
        assert run_names(run + after) == run_names(run + " "), (run, after)


# `CAP_RUN` as it was before the look-ahead after its first word was added
# (its capitals and joining words as `CAP_RUN`'s: A-Z and those with a mark; "i", the Slavic "and", joined at stop 49;
# a later word not a lone capital glued to a slash, "Deputy U/East Minister", as `CAP_RUN`'s since stop 72)
NAME_CAPITAL = "[A-Z" + MARKED_CAPITALS + "]"
_CAP_RUN_WITHOUT_LOOKAHEAD = re.compile(
    r"(?:" + NAME_CAPITAL + r"(?<![\w’']" + NAME_CAPITAL + r")[\w’'.-]*)(?:(?:,\s+(?:Jr|Sr)\.?)|(?<![a-z]{3}\.)(?<![A-Z]{3}\.)"
    r"(?<![^A-Za-z.][A-Z]{2}\.)(?:\s+(?:(?:of|for|the|to|and|de|bin"
    r"|ibn|al|von|van|der|da|del|y|i)\b|[-–]))*\s+" + "(?:" + NAME_ARTICLES + r")?" + NAME_CAPITAL + r"[\w’'.-]*" + _NO_SLASHED_LETTER + ")+"
)


@st.composite
def words_and_more(draw) -> str:
    """Run words, other words and any text at all, with spaces, commas and dashes."""
    words = draw(st.lists(st.one_of(st.sampled_from(RUN_WORDS + ["said", "met", "with", "al-", "Jr.,", "“", "."]),
                                    st.text(max_size=8)), max_size=30))
    return "".join(word + draw(st.sampled_from(SEPARATORS + ["", "-", ","])) for word in words)


@ENGINE_SETTINGS
@given(words_and_more())
@example("Deputy Secretary of State Ilona Brenn, Jr. said")
@example("President al-Sisi and King Abdullah II")
@example("Ilona i Ilona ")
@example("Ilona A/ ")
def test_the_look_ahead_of_cap_run_finds_what_it_found_without(text):
    """The look-ahead after a run's first word only gives up sooner: the runs found are the same."""
    assert [m.span() for m in CAP_RUN.finditer(text)] == [m.span() for m in _CAP_RUN_WITHOUT_LOOKAHEAD.finditer(text)]


def test_the_names_of_a_group_run_after_a_function_word_are_where_they_stand():
    from readout_tui.engine.name_runs import run_names

    run = "With President Anton Vesk and Minister Ida Morn "
    assert [run[p.start:p.end] for p in run_names(run)] == ["President Anton Vesk", "Minister Ida Morn"]


def test_one_office_on_both_sides_of_and_makes_two_people():
    """"Vice President and President Ali": no one is both, so two people (and Ali
    is no vice president); "Acting President and Prime Minister X" is one."""
    from readout_tui.engine.phrases import phrase_ending_at

    for text, kind in (("Vice President and President Ali", "group"),
                       ("Deputy Secretary and Secretary Morn", "group"),
                       ("Acting President and Prime Minister Vladimir Putin", "name")):
        body = "Today. " + text
        phrase = phrase_ending_at(body, 0, len(body))
        assert phrase is not None and phrase.kind == kind, (text, phrase)


def test_an_office_whose_complement_holds_and_runs_on_into_one_name():
    """"Under Secretary for Farm Production and Conservation Piet Varro" is one person;
    "Minister of Energy Ida Morn and Piet Varro" and two offices with two names are two."""
    from readout_tui.engine.phrases import phrase_ending_at

    for text, kind in (("Under Secretary for Harbour Production and Conservation Piet Varro", "name"),
                       ("Acting Under Secretary of Defense for Acquisition and Sustainment Ida Morn", "name"),
                       ("Minister of Energy Ida Morn and Piet Varro", "group"),
                       ("Secretary of Commerce Ida Morn and Harbour Director Piet Varro", "group")):
        body = "Today. " + text
        phrase = phrase_ending_at(body, 0, len(body))
        assert phrase is not None and phrase.kind == kind, (text, phrase)


def test_a_common_word_after_a_first_name_is_a_surname():
    """"Samantha Power", "Administrator Samantha Power": after a common first name that opens
    the name, a word that names a thing elsewhere ("power", a body's word) is a surname; alone it
    still names none ("the Power of Siberia")."""
    from readout_tui.engine import attribute
    from readout_tui.engine.phrases import phrase_starting_at

    for text, name, role in (("Samantha Power said", ("Samantha", "Power"), ""),
                             ("Administrator Samantha Power said", ("Samantha", "Power"), "administrator")):
        phrase = phrase_starting_at(text, 0, len(text))
        assert phrase is not None and (phrase.kind, phrase.name, phrase.role) == ("name", name, role), phrase
    thing = phrase_starting_at("the Power of Siberia", 0, 20)
    assert thing is not None and thing.kind == "thing"
    result = attribute("Administrator Samantha Power met the engineers. “The grid will hold,” Samantha Power said.")
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [("Samantha Power", "direct", "The grid will hold")]


def _aliases(body: str) -> dict[str, set[str]]:
    from readout_tui.engine import attribute
    return {speaker.name: set(speaker.aliases) for speaker in attribute(body).speakers}


def test_assured_x_of_a_bodys_support_gives_no_alias_of_that_body():
    """"… assured President Ilona Brenn of the Secretariat’s full support" (the bundled Northern Union readout):
    the "of" is the verb's (assured her of the support), so "President Brenn of the Secretariat" is no alias
    of hers, as it was, and it offered her under that name in the palette."""
    body = ("Secretary-General Halvard Strenn spoke today with President Ilona Brenn of Kastravia. "
            "Strenn said that the Union stood ready to help. He assured President Brenn of the Secretariat’s "
            "full support. President Brenn thanked him for the call.")
    aliases = _aliases(body)["Ilona Brenn"]
    assert "President Ilona Brenn of Kastravia" in aliases
    assert not any("Secretariat" in alias for alias in aliases), aliases


def test_a_name_of_a_body_possessive_after_no_assuring_verb_keeps_its_office():
    """Guard: with no "assured" before it, "President X of the Council’s …" keeps "of the Council" (the possessive
    is the whole name's: "Mr Oduya praised President Lena Varr of the Council’s plan")."""
    body = ("Mr Oduya praised President Lena Varr of the Council’s plan. President Varr said that the plan "
            "would be ready in May.")
    assert "President Lena Varr of the Council" in _aliases(body)["Lena Varr"]
