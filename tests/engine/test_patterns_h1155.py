"""Rules from the eight-hundred-eighty-first held-out set (the President of Ethiopia's Amhara Regional State and those
who speak at the office's meetings, 2021-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "President Ardo Venn of Kastravia met Ambassador Tomas Pell of Orsa today.\n\n"
_DELEGATION = "A delegation led by Orsan Ambassador Tomas Pell held discussion with President Ardo Venn of Kastravia today.\n\n"


def test_agency_dateline_with_no_place_before_the_month_is_cut():
    """"March 16/2022/ENA/ Chief Administrator of … Regional State of Ethiopia, X today conferred with …" (ENA
    2022-03-16): the agency's dateline with no place before the month is no one's words, so the office after it is
    read as the name's and "The Chief Administrator told journalist that …" is his. Before, no one's."""
    body = ("March 16/2022/KNA/ Chief Administrator of Kastravia Regional State, Ardo Venn today conferred with "
            "Ambassador Tomas Pell.\n\n"
            "The Chief Administrator told journalist that the region needs peace and security.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "The Chief Administrator told journalist that the region needs peace and security."),
    ])


def test_agency_dateline_in_brackets_with_no_place_likewise():
    """The same with the agency's name in brackets glued to the year ("September 17/2021(ENA) …")."""
    body = ("September 17/2021(KNA) Chief Administrator of Kastravia Regional State, Ardo Venn today conferred with "
            "Ambassador Tomas Pell.\n\n"
            "The Chief Administrator told journalist that the region needs peace and security.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "The Chief Administrator told journalist that the region needs peace and security."),
    ])


def test_a_slashed_date_with_no_agency_opens_its_sentence_as_before():
    """The guard: with no agency's name after it, a "day/year" date opening the paragraph is the sentence's own words
    (the subject of "marked"), not a dateline: the sentence stays whole."""
    body = "March 16/2022 marked the first visit of Ambassador Tomas Pell to Kastravia, President Ardo Venn said."
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "March 16/2022 marked the first visit of Ambassador Tomas Pell to Kastravia, President Ardo Venn said."),
    ])


def test_titled_name_after_a_possessor_whose_article_was_lost_speaks_the_quotation():
    """"“Russia is a country that stands by Ethiopia …,” region’s President Yilkal said, adding that …" (zehabesha
    2022-03-22): "region’s" with its "the" left out qualifies the office; the titled name after it speaks the
    quotation, and "he said" after the next one is his too. Before, both quotations went to the ambassador who spoke
    before them."""
    body = (_MEETING + "Ambassador Pell said his country is ready to help.\n\n"
            "“Orsa is a friend that stands by Kastravia,” region’s President Venn said, adding that the talks were "
            "useful. “Orsa has stood by us,” he said, and called on Orsa to help.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell said his country is ready to help."),
        ("Ardo Venn", "direct", "Orsa is a friend that stands by Kastravia"),
        ("Ardo Venn", "indirect", "adding that the talks were useful."),
        ("Ardo Venn", "direct", "Orsa has stood by us"),
        ("Ardo Venn", "indirect", "called on Orsa to help."),
    ])


def test_a_body_after_a_possessor_whose_article_was_lost_is_no_speaker():
    """The guard: a body after the bare possessor ("country’s Foreign Ministry") is no titled name: the quotation
    is given to no person, as before."""
    body = (_MEETING + "Ambassador Pell said his country is ready to help.\n\n"
            "“The talks were useful,” country’s Foreign Ministry said.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell said his country is ready to help."),
    ])


def test_affirming_after_a_closing_tag_goes_on_with_its_speaker():
    """"China understands that Amhara region is one of …, Ambassador Zhiyuan noted, affirming the continuation of …"
    (ENA 2022-03-16): "affirming" after the tag goes on with the tagged speaker, as "reaffirming" does, so the words
    before the tag, a country's "understands that" inside them, are his too. Before, only the tag and the participle."""
    body = (_DELEGATION + "Orsa understands that the region has huge potential for development, Ambassador Pell noted, "
            "affirming the continuation of investment in the region.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Orsa understands that the region has huge potential for development, Ambassador "
         "Pell noted, affirming the continuation of investment in the region."),
    ])


def test_affirming_after_a_closing_tag_keeps_another_speakers_own_clause():
    """The guard: where the words before the tag have a speaker of their own ("President Venn stressed that …"), his
    clause stays his, as before."""
    body = (_DELEGATION + "President Venn stressed that the region has huge potential, Ambassador Pell noted, "
            "affirming the continuation of investment.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "President Venn stressed that the region has huge potential"),
        ("Tomas Pell", "indirect", "Ambassador Pell noted, affirming the continuation of investment."),
    ])


def test_first_person_belief_before_a_middle_tag_is_the_speakers_own():
    """"If we think and act in the interests of the people, he claimed, peace is the only option." (fidelpost
    2023-06-11): "we think" is the tagged speaker's own first person, no cue of its own; the sentence is his, whole
    (the tag in the middle of unmarked words). Before, only "he claimed, peace is the only option."."""
    body = (_MEETING + "If we think and act in the interests of the people, he claimed, peace is the only option.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "If we think and act in the interests of the people, he claimed, peace is the only option."),
    ])


def test_first_person_report_before_a_middle_tag_likewise():
    """The same with "we said that …, he added, and …"."""
    body = (_MEETING + "We said that the ties are strong, he added, and peace is the only option.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "We said that the ties are strong, he added, and peace is the only option."),
    ])


def test_first_person_clause_before_and_a_new_speaker_stays_apart():
    """The guard: "we" before "and he said …" (no tag set off by commas) is a clause of its own: only his report."""
    body = (_MEETING + "We discussed trade, and he said peace is vital.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "he said peace is vital."),
    ])
