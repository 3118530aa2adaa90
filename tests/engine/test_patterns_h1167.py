"""Rules from the eight-hundred-eighty-ninth held-out set (the Mayor of Taichung and those who speak at or of the
Mayor's meetings, 2005-2025): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Mayor Ardo Venn of Kastel made a stop at the City Hall to call on Mayor Tomas Pell during his trip"
_MEETING = "Governor Lena Osk of Kastel met Mayor Ardo Venn on Tuesday. She said she was pleased with the talks. "


def test_participle_set_off_after_and_opens_the_speakers_clause():
    """"Mayor X … made a particular stop at the City Hall to call on Mayor Y …, and representing Chinese communities in
    southern California, he offered consolations …" (taichunggov 2007-08-17): the stop is narrative, the clause from
    the participle his, and "he" the sentence's opener, as after a bare ", and he". Before, the whole sentence was given
    to the mayor called on (or to no one)."""
    body = _VISIT + ", and representing the Kastel community, he offered consolations and concerns to the Mayor and his wife."
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "representing the Kastel community, he offered consolations and concerns to the Mayor and his wife."),
    ])


def test_bare_and_he_stays_as_it_was():
    """The guard: ", and he offered …" with nothing set off was read so before this rule, and still is."""
    body = _VISIT + ", and he offered consolations and concerns to the Mayor and his wife."
    assert_statements(body, [
        ("Ardo Venn", "indirect", "he offered consolations and concerns to the Mayor and his wife."),
    ])


def test_preposition_in_ing_set_off_is_no_participle():
    """The guard: "including" is a preposition, no participle's phrase: ", and including …, the two …" stays no one's
    (a pair's clause)."""
    body = (_VISIT + ", and including the port in their talks, the two mayors agreed to meet again.")
    assert_statements(body, [])


def test_cited_her_as_saying_closes_her_words():
    """"…, CNA cited her as saying." (taiwannews 2022-02-23): the clause before is the one cited, as with "quoted her
    as saying". Before, the sentence was given to no one ("cited" not read as "quoted", and "her as saying" read as a
    possessive's phrase)."""
    body = _MEETING + "Before 1980, there were frequent ferries between the two ports, the agency cited her as saying."
    assert_statements(body, [
        ("Lena Osk", "indirect", "She said she was pleased with the talks."),
        ("Lena Osk", "indirect",
         "Before 1980, there were frequent ferries between the two ports, the agency cited her as saying."),
    ])


def test_quoted_her_as_saying_likewise():
    """"her" after "quoted" and before "as saying" is the one quoted, as "him" already was."""
    body = _MEETING + "Before 1980, there were frequent ferries between the two ports, the agency quoted her as saying."
    assert_statements(body, [
        ("Lena Osk", "indirect", "She said she was pleased with the talks."),
        ("Lena Osk", "indirect",
         "Before 1980, there were frequent ferries between the two ports, the agency quoted her as saying."),
    ])


def test_cited_a_reason_is_no_one_quoted():
    """The guard: "cited the rising cost of fuel as a reason" names no one cited as saying anything."""
    body = _MEETING + "The agency cited the rising cost of fuel as a reason for the delay."
    assert_statements(body, [
        ("Lena Osk", "indirect", "She said she was pleased with the talks."),
    ])


def test_two_opening_participles_stay_the_subjects():
    """The guard (hard70's shape): a sentence that opens with a participle, a second after ", and", then the subject:
    both participles the subject's, the statement whole, as before this rule."""
    body = ("Minister of Trade Ardo Venn met Minister Lena Osk of Kastel. Speaking at the opening of the forum, and "
            "having welcomed the delegation led by Minister Osk, Minister Venn said that trade had doubled in five years.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "Speaking at the opening of the forum, and having welcomed the delegation led by Minister Osk, Minister Venn "
         "said that trade had doubled in five years."),
    ])


def test_gerund_in_a_subject_with_its_verb_is_no_participles_phrase():
    """The guard (the 829th's shape): ", and fixing … were also discussed …, X told the media.": a gerund in a
    coordinated subject with its own verb, the sentence whole, as before this rule."""
    body = ("Mayor Ardo Venn met Governor Lena Osk of Kastel. The issues of flooding, and fixing the drains in the city "
            "were also discussed during the meeting, Venn told the media.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "The issues of flooding, and fixing the drains in the city were also discussed during the meeting, Venn told "
         "the media."),
    ])
