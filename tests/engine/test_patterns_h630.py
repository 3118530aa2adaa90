"""Rules mended by helper h630 from the fourhundredsixtyeighth set (Solomon Islands Government releases): invented
readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_meeting_used_to_speak_may_be_named_by_its_day():
    """"Ambassador X used today’s follow-up meeting to reaffirm …" (fourhundredsixtyeighth saudi-ambassador): the day's
    possessive stands where "the" or "this" stood before "meeting"; the occasion is used to speak, so the sentence is the
    ambassador's. Before, only "the", "his", "her", "this", "that" opened the meeting noun and the sentence went to no
    one."""
    body = ("Prime Minister Corwin Tallis has received a courtesy visit from the non-resident ambassador, "
            "His Excellency Dario Veln.\n\n"
            "Ambassador Veln used today’s follow-up meeting to reaffirm his country’s commitment to support the islands "
            "in the areas of energy and tourism.")
    assert_statements(body, [
        ("Dario Veln", "indirect",
         "Ambassador Veln used today’s follow-up meeting to reaffirm his country’s commitment to support the islands "
         "in the areas of energy and tourism."),
    ])


def test_a_meeting_used_only_to_act_stays_narrative():
    """The day's possessive does not make every use speech: "used yesterday’s meeting to sign …" is an act."""
    body = ("Prime Minister Corwin Tallis has received a courtesy visit from the non-resident ambassador, "
            "His Excellency Dario Veln.\n\n"
            "Ambassador Veln used yesterday’s meeting to sign the visa agreement.")
    assert_statements(body, [])


def test_registering_a_countrys_interest_voices_it():
    """"Minister X registered Solomon Islands interest to engage in new areas, …" (fourhundredsixtyeighth
    agovaka-marsudi): a country's interest registered is voiced, as "expressed interest". Before, "registered" spoke
    only with a feeling word ("concern", "satisfaction" …) after it."""
    body = ("Foreign Minister Tavita Orue and her counterpart Mrs. Lena Strand met in New York this week.\n\n"
            "Minister Orue registered Kelvara interest to engage in new areas, including an air services agreement.")
    assert_statements(body, [
        ("Tavita Orue", "indirect",
         "Minister Orue registered Kelvara interest to engage in new areas, including an air services agreement."),
    ])


def test_registering_a_company_is_not_speech():
    """"registered the company in …" and "registered an interest in the property" (a filing, an article before
    "interest") stay narrative."""
    body = ("Foreign Minister Tavita Orue and her counterpart Mrs. Lena Strand met in New York this week.\n\n"
            "Minister Orue registered an interest in the property with the land office.")
    assert_statements(body, [])


def test_a_peer_styled_the_rt_hon_takes_the_office_after_his_name():
    """"The Rt Hon. Lord Goldsmith, UK Minister of State for …" (fourhundredsixtyeighth manele-goldsmith): a style and a
    lone surname, "The Rt Hon." before "Lord", is a person's name as a full name is, and the office after the comma
    is his, so "The UK Minister of State …" later means him. Before, only a full name learned an office so, and a
    style counted only as the first word."""
    body = ("Minister Tavita Orue met The Rt Hon. Lord Pembury, UK Minister of State for Energy, in London.\n\n"
            "The UK Minister of State assured Minister Orue that the UK can support the islands.")
    assert_statements(body, [
        ("Pembury", "indirect",
         "The UK Minister of State assured Minister Orue that the UK can support the islands."),
    ])


def test_an_unnamed_office_with_a_listed_remit_is_its_holder():
    """"The UK Secretary of State for Overseas Territories, Commonwealth, Energy, Climate and Environment assured …"
    (fourhundredsixtyeighth manele-goldsmith): the subject is the whole office, its remit a comma list, not the list's
    last words ("Climate and Environment", a thing); its remit is the one person's who was introduced as "Minister
    of State for Overseas Territories, …" (the head of the office miswritten), so the sentence and the "He" after it
    are his. Before, both went astray: nothing, then the other minister."""
    body = ("Minister Tavita Orue met The Rt Hon. Lord Pembury, UK Minister of State for Overseas Territories, "
            "Commonwealth, Energy, Climate and Environment in London.\n\n"
            "The UK Secretary of State for Overseas Territories, Commonwealth, Energy, Climate and Environment assured "
            "Minister Orue that the UK Government can support the islands. He further highlighted the UK’s commitment "
            "to the islands.")
    assert_statements(body, [
        ("Pembury", "indirect",
         "The UK Secretary of State for Overseas Territories, Commonwealth, Energy, Climate and Environment assured "
         "Minister Orue that the UK Government can support the islands."),
        ("Pembury", "indirect", "He further highlighted the UK’s commitment to the islands."),
    ])


def test_a_remit_two_people_hold_names_neither():
    """The remit alone decides only when one person holds it: with a Secretary of State and a Minister of State for the
    same portfolios, "The Deputy Secretary of State for Energy and Climate" is neither of them."""
    body = ("Minister Tavita Orue met Lord Pembury, Minister of State for Energy and Climate, and Dame Ada Quill, "
            "Secretary of State for Energy and Climate, in London.\n\n"
            "The Deputy Secretary of State for Energy and Climate said that the UK can support the islands.")
    assert_statements(body, [])


def test_a_bare_speech_verb_after_also_is_the_named_subjects():
    """"The Prime Minister also acknowledge Saudi Arabia’s contribution …" (fourhundredsixtyeighth saudi-ambassador): the
    verb's "-d" left off after "also", a slip of the release's English; the office that opens the sentence speaks.
    Before, the bare form was read as no verb and the sentence went to no one."""
    body = ("Prime Minister Corwin Tallis received the ambassador of Veldra, His Excellency Dario Veln.\n\n"
            "The Prime Minister also acknowledge Veldra’s contribution of USD 19 million to the Games.")
    assert_statements(body, [
        ("Corwin Tallis", "indirect",
         "The Prime Minister also acknowledge Veldra’s contribution of USD 19 million to the Games."),
    ])


def test_a_bare_verb_after_also_of_we_a_group_or_a_modal_stays_unattributed():
    """"We also appreciate …" (the first person, the house's own voice), "Veldra and Kessmoor also welcome …" (a group)
    and "The visit will also highlight …" (a modal, no one's name) are not the slip."""
    body = ("Prime Minister Corwin Tallis received the ambassador of Veldra, His Excellency Dario Veln.\n\n"
            "The visit will also highlight our strong links.")
    assert_statements(body, [])


def test_a_country_named_with_islands_in_a_reported_clause_is_no_clause_of_its_own():
    """"Foreign Minister X expressed, Solomon Islands hopes to improve …" (fourhundredsixtyeighth agovaka-marsudi): a
    country's whole name after the speaker's verb, "Islands" a body's word in it, begins no clause of its own with its
    stance verb, as "Fiji hopes" did not; the sentence is the minister's. Before, "Islands" made it a body that acts,
    whose clause cut the minister's off, and the sentence went to no one."""
    body = ("Minister Tavita Orue and Foreign Minister Lena Strand met in New York this week.\n\n"
            "Foreign Minister Orue expressed, Marshall Islands hopes to improve direct connectivity with the region.")
    assert_statements(body, [
        ("Tavita Orue", "indirect",
         "Foreign Minister Orue expressed, Marshall Islands hopes to improve direct connectivity with the region."),
    ])


def test_a_body_after_said_still_begins_its_own_clause():
    """A body that acts ("the Ministry of Islands Affairs") after a comma still begins a clause of its own."""
    body = ("Minister Tavita Orue and Foreign Minister Lena Strand met in New York this week.\n\n"
            "Minister Orue stressed the ties with Kelvara, and the Ministry of Islands Affairs noted that the ferry "
            "service would resume.")
    assert_statements(body, [
        ("Tavita Orue", "indirect", "Minister Orue stressed the ties with Kelvara"),
    ])


def test_a_style_between_an_office_and_a_name_is_not_part_of_the_office():
    """"the Governor General His Excellency Sir David X" (fourhundredsixtyeighth gg-medical): "His Excellency" is the
    style of address before the name, so his office is "Governor General" and "the Governor General" later is he.
    Before, the office read "governor general his excellency", and "the Governor General" went to another man whom a
    photo caption's misspelt "GG Sir David Y" had made Governor General."""
    body = ("GG Sir David Varrow and Caretaker PM Tobin Arkwell at the VIP Lounge\n\n"
            "Caretaker Prime Minister Tobin Arkwell bade farewell to the Governor General His Excellency Sir David "
            "Vannow as the latter travels for a medical check.\n\n"
            "In his final Speech from the Throne, the Governor General congratulated the Arkwell-led Government for "
            "its leadership.")
    assert_statements(body, [
        ("David Vannow", "indirect",
         "In his final Speech from the Throne, the Governor General congratulated the Arkwell-led Government for its "
         "leadership."),
    ])
