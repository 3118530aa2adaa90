"""Rules from the nine-hundred-sixty-ninth held-out set (the Menteri Besar of Selangor, Malaysia, and those who speak
at or of his meetings, 2015-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Chief Minister Dato Kerim Vale of Ostrava State met the palace officials in Varn on Thursday. "


def test_inverted_holder_after_a_body_and_its_initials():
    """"…, said Selangor Pakatan Harapan (PH) chairman Datuk Seri Amirudin Shari." (Malay Mail 2023-08-17): the
    body's initials in brackets between its name and the office cut the holder off; the inverted speaker is the
    holder named after the office, as without the brackets."""
    body = (_OPENING + "The list of candidates will be sent to the palace soon, said Ostrava People's Alliance (OPA) "
            "chairman Dato Kerim Vale.")
    assert_statements(body, [
        ("Kerim Vale", "indirect", "The list of candidates will be sent to the palace soon, said Ostrava People's "
         "Alliance (OPA) chairman Dato Kerim Vale."),
    ])


def test_inverted_holder_after_initials_with_the_article():
    """The same with the body's article: "…, said the Ostrava Labour Front (OLF) deputy chairman Mira Tolvan."."""
    body = (_OPENING + "The coalition remains united, said the Ostrava Labour Front (OLF) deputy chairman Mira "
            "Tolvan.")
    assert_statements(body, [
        ("Mira Tolvan", "indirect", "The coalition remains united, said the Ostrava Labour Front (OLF) deputy "
         "chairman Mira Tolvan."),
    ])


def test_body_and_its_initials_with_no_holder_after_them_unchanged():
    """The guard: a body and its initials with no office and name after them ("…, said the Ostrava Labour Front
    (OLF) in a statement.") stay a body's words, no one's statement."""
    body = _OPENING + "The coalition remains united, said the Ostrava Labour Front (OLF) in a statement."
    assert_statements(body, [])


def test_asked_on_someones_whereabouts_is_no_inverted_speaker():
    """"Asked on Amirudin’s whereabouts, Borhan replied: “I don’t know”." (Malay Mail 2020-02-24): the Malaysian
    wires' "Asked on …" names what was asked about; the person after "on" is its topic, not an inverted speaker as
    in "Asked the minister: “…”"; the one who replies after the comma speaks."""
    body = ("Chief Minister Dato Kerim Vale of Ostrava State is expected to see the Sultan today, according to his "
            "aide Mira Tolvan. Asked on Kerim’s whereabouts, Tolvan replied: “I cannot say”.")
    assert_statements(body, [
        ("Mira Tolvan", "indirect", "Chief Minister Dato Kerim Vale of Ostrava State is expected to see the Sultan "
         "today, according to his aide Mira Tolvan."),
        ("Mira Tolvan", "direct", "I cannot say"),
    ])


def test_inverted_lead_in_with_the_speaker_right_after_its_verb_unchanged():
    """The guard: a lead-in that opens with its verb and the speaker right after it ("Added Chief Minister Kerim
    Vale: “…”") keeps that speaker."""
    body = _OPENING + "Added Chief Minister Kerim Vale: “The state will stand by its word.”"
    assert_statements(body, [
        ("Kerim Vale", "direct", "The state will stand by its word."),
    ])
