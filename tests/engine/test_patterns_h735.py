"""Statements found by helper h735 (stop 49, known errors of the lowest real sets): a head of a body who thanks first
and then reports, the report going on with his body's stance.

Each test is a small invented readout (invented people, bodies and countries); the rules' tests fail without them, and
guard tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_report_after_thanks_goes_on_with_the_bodys_stance():
    """"X thanked … . He pointed out that … . The ORB is committed to … . Work is underway … . The ORB Secretariat is
    willing to …": thanks open the paragraph and do not go on, but the same speaker's report after them does, his own
    body's present stance included (before, the paragraph stopped at the thanks)."""
    assert_statements((
        "ORB Secretary-General meets the Foreign Minister of Quessany\n\n"
        "On 3 May, ORB Secretary-General Halvard Ostrup met with the Foreign Minister of Quessany Idony Farrowgate.\n\n"
        "Halvard Ostrup thanked the Quessanian authorities for their trust. He pointed out that the situation in the "
        "region was changing quickly. The ORB is committed to supporting the principles of good neighbourliness. Work "
        "is underway to study new transport links. The ORB Secretariat is willing to provide all-round support to "
        "Quessany's initiatives.\n\n"
        "The sides also exchanged views on the coming summit."
    ), [
        ("Halvard Ostrup", "indirect", "Halvard Ostrup thanked the Quessanian authorities for their trust."),
        ("Halvard Ostrup", "indirect", "He pointed out that the situation in the region was changing quickly."),
        ("Halvard Ostrup", "indirect", "The ORB is committed to supporting the principles of good neighbourliness."),
        ("Halvard Ostrup", "indirect", "Work is underway to study new transport links."),
        ("Halvard Ostrup", "indirect", "The ORB Secretariat is willing to provide all-round support to Quessany's "
                                       "initiatives."),
    ])



def test_the_bodys_official_is_the_head_named_with_its_short_name():
    """"X met with Y, the leader of the ORB delegation … . The ORB official spelt out …": the one named with the body's
    short name in his office, not the president a title names after it ("ORB delegation confers with President X";
    before, the host)."""
    assert_statements((
        "ORB delegation confers with President Aldo Fenwray\n\n"
        "The President of the Republic Aldo Fenwray met with Wenna Castlemoor, the leader of the ORB delegation, during "
        "an audience at the palace on Wednesday.\n\n"
        "Speaking to the press at the end of the audience, the ORB official spelt out her optimism about the economy of "
        "Quessany."
    ), [
        ("Wenna Castlemoor", "indirect", "Speaking to the press at the end of the audience, the ORB official spelt out "
                                         "her optimism about the economy of Quessany."),
    ])


def test_with_whom_he_stressed_after_an_opening_phrase():
    """"During his visit to Belmarch …, Ulbrecht has held meetings …, including his Quessanian counterpart, with whom he
    stressed …": the subject after the opening phrase speaks in the "with whom" clause (before, only a subject that
    opens the sentence did)."""
    assert_statements((
        "Foreign Minister Ulbrecht meets his Quessanian counterpart\n\n"
        "The Minister of Foreign Affairs of Tallevan, Gorvan Ulbrecht, held a meeting on Friday with his counterpart "
        "from Quessany, Idony Farrowgate.\n\n"
        "During his visit to Belmarch to attend the regional summit, Ulbrecht has held meetings with several "
        "ministers, including his Quessanian counterpart, with whom he stressed the need to share the river's water."
    ), [
        ("Gorvan Ulbrecht", "indirect", "During his visit to Belmarch to attend the regional summit, Ulbrecht has held "
                                        "meetings with several ministers, including his Quessanian counterpart, with "
                                        "whom he stressed the need to share the river's water."),
    ])


def test_a_states_office_with_peoples_inside_it_gives_the_state():
    """"Tallevan’s Minister of People’s Power for Foreign Affairs, Gorvan Ulbrecht, …" / "the Tallevanian diplomat stressed …":
    the possessive before "People’s" is the state's, so the office is Tallevan's and its holder the Tallevanian (before,
    the office after "People’s" was read as no office and "the Tallevanian diplomat" was no one)."""
    assert_statements((
        "Foreign Minister Ulbrecht meets with Quessany’s counterpart in Belmarch\n\n"
        "Tallevan’s Minister of People’s Power for Foreign Affairs, Gorvan Ulbrecht, held a meeting on Friday with his "
        "counterpart from the Republic of Quessany, Idony Farrowgate, in the context of the regional summit.\n\n"
        "The Tallevanian diplomat stressed the need to share the river's water."
    ), [
        ("Gorvan Ulbrecht", "indirect", "The Tallevanian diplomat stressed the need to share the river's water."),
    ])


def test_a_surname_glued_to_the_guests_name_after_an_opening_clause():
    """"As he met … with the Quessanian Ambassador Maria Castlemoor Tennaby stated that …": the
    opening clause's comma lost, the run ends in the host's surname, who speaks; the guest is Maria Castlemoor, "the
    Quessanian diplomat" after (before, one person "Maria Castlemoor Tennaby" made every statement)."""
    assert_statements((
        "Deputy Minister meets the Ambassador of Quessany\n\n"
        "Deputy Minister for Political Affairs Dr. Oswy Tennaby praised the role of the Quessanian government in the "
        "peace process.\n\n"
        "As he met on Tuesday via video conference with the Quessanian Ambassador Maria Castlemoor Tennaby stated "
        "that the new government will work from the capital.\n\n"
        "The Quessanian diplomat stated that her country welcomed the formation of the new government."
    ), [
        ("Oswy Tennaby", "indirect", "Deputy Minister for Political Affairs Dr. Oswy Tennaby praised the role of the "
                                     "Quessanian government in the peace process."),
        ("Oswy Tennaby", "indirect", "As he met on Tuesday via video conference with the Quessanian Ambassador Maria "
                                     "Castlemoor Tennaby stated that the new government will work from the capital."),
        ("Maria Castlemoor", "indirect", "The Quessanian diplomat stated that her country welcomed the formation of the "
                                         "new government."),
    ])


def test_a_wifes_own_name_with_the_family_surname_stays_whole():
    """Guard: "President Aldo Fenwray … . Prior to her departure, Madam Wenna Castlemoor Fenwray told reporters …": a
    kinswoman's own name shares the surname, no opening clause "with" her lost its comma; she speaks, whole."""
    assert_statements((
        "First Lady leaves for the summit\n\n"
        "President Aldo Fenwray said that the summit would be a success.\n\n"
        "Madam Wenna Castlemoor Fenwray told reporters the forum would help women in business."
    ), [
        ("Aldo Fenwray", "indirect", "President Aldo Fenwray said that the summit would be a success."),
        ("Wenna Castlemoor Fenwray", "indirect", "Madam Wenna Castlemoor Fenwray told reporters the forum would help "
                                                 "women in business."),
    ])


def test_the_place_his_quotation_opened_with_goes_on_after_it():
    """"“Quessany is one of the most open economies in the world.”, emphasized the Prime Minister." / "Quessany will
    actively contribute to the debate … . Tennaby also announced …": the place his own quotation opened with, a future
    verb after it, between his quotation and his next report, is his (before, only what should be done was)."""
    assert_statements((
        "Autumn declaration opens the political year\n\n"
        "Prime Minister Oswy Tennaby opened the new political year in the Quessanian Parliament on Monday.\n\n"
        "“Quessany is one of the most open economies in the world. Our foreign policy must be stronger”, emphasized "
        "the Prime Minister.\n\n"
        "Quessany will actively contribute to the debate on the future of the Union. Tennaby also announced that the "
        "network of trade offices abroad will expand."
    ), [
        ("Oswy Tennaby", "direct", "Quessany is one of the most open economies in the world. Our foreign policy must be "
                                   "stronger"),
        ("Oswy Tennaby", "indirect", "Quessany will actively contribute to the debate on the future of the Union."),
        ("Oswy Tennaby", "indirect", "Tennaby also announced that the network of trade offices abroad will expand."),
    ])


def test_expressed_these_views_during_says_only_where():
    """"President X noted that … . / The President expressed these views during the discussion, which also focused on
    …": the views told before, this sentence only where they were voiced (GOLD-FORMAT: narrative), plural as "expressed
    such an opinion at …" is, and with a relative clause on the occasion after it (before, a statement of his)."""
    assert_statements((
        "Quessanian Ambassador calls on President Fenwray\n\n"
        "President Aldo Fenwray noted that the reforms have begun to show results.\n\n"
        "The President expressed these views during the discussion, which also focused on tourism and vocational "
        "training."
    ), [
        ("Aldo Fenwray", "indirect", "President Aldo Fenwray noted that the reforms have begun to show results."),
    ])
