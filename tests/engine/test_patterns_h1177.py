"""Rules from the eight-hundred-ninety-eighth held-out set (the Governor of Nakuru County, Kenya, 2020-2025): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_GROUNDBREAKING = ("Speaking on Monday at Velsk during a ground breaking ceremony, Senator Ima Sello noted that many "
                   "leaders were not invited. ")


def test_a_name_with_also_stating_that_and_no_finite_verb_speaks():
    """"Nakuru Woman Rep Liza Chelule also stating that it was wrong …" (famousnakuru, Lanet): one person opens the
    sentence behind a capitalised title, "also", then "stating that" for the verb. Before, no one's."""
    body = _GROUNDBREAKING + ("Velsk Woman Rep Dara Quill also stating that it was wrong for elected leaders not to "
                              "be recognized.")
    assert_statements(body, [
        ("Ima Sello", "indirect", "Speaking on Monday at Velsk during a ground breaking ceremony, Senator Ima Sello "
         "noted that many leaders were not invited."),
        ("Dara Quill", "indirect", "Velsk Woman Rep Dara Quill also stating that it was wrong for elected leaders not "
         "to be recognized."),
    ])


def test_an_office_with_stating_that_or_wondering_why_speaks():
    """"The MP stating that leaders are known …", "The Senator also wondering why the event was made secret …"
    (famousnakuru, Lanet): a description of one person, then the participle and its "that" or "why". Before, no
    one's."""
    body = _GROUNDBREAKING + ("The Senator also wondering why the event was made secret. "
                              "Host MP Olek Varn spoke next. "
                              "The MP stating that leaders are known by the respect they have for their electorates.")
    assert_statements(body, [
        ("Ima Sello", "indirect", "Speaking on Monday at Velsk during a ground breaking ceremony, Senator Ima Sello "
         "noted that many leaders were not invited."),
        ("Ima Sello", "indirect", "The Senator also wondering why the event was made secret."),
        ("Olek Varn", "indirect", "The MP stating that leaders are known by the respect they have for their "
         "electorates."),
    ])


def test_a_participle_after_an_opening_clause_or_a_thing_is_no_statement():
    """The guards: "With Minister X stating that …" (a clause opens the sentence, the person does not), "The letter
    stating that …" (no person) and "He left, saying that …" (a verb and a comma between): no slipped verb there."""
    body = ("Minister Olek Varn of Zarnia met the governors on Monday. "
            "With Minister Olek Varn stating that the road was complete, the contractors left the site. "
            "The letter stating that the road was complete reached the county on Friday.")
    assert_statements(body, [])
