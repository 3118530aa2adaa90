"""Helper h1236 (KE71): "The representative of the <noun> said …", the noun a body's in lower case ("the embassy",
"the directorate"), is the one person the readout named beside that body before: after it as the one who leads its
delegation ("a delegation of the Ambrelian embassy, led by its Deputy Head of Mission, Mr. X") or as its officer
("Deputy Director X of the Fisheries Directorate"). At the base the subject was read as the thing "the embassy" and
the sentence was no one's (hard78 ×2: 2 for, 0 against at stop 71; KE69's and KE70's "Left for a next pass").
`name_registry._named_beside_the_body` already read the body's capitalised name ("the representative of the Asian
Development Bank"); a body never named with the noun, or two people beside it, stays no one's."""

from __future__ import annotations

from .test_patterns import assert_statements

EMBASSY_LEAD = (
    "The Minister for Maritime Affairs of Tessara, Mr. Oren Pask, on Tuesday received a delegation of the Ambrelian "
    "embassy, led by its Deputy Head of Mission, Mr. Kiro Vallen, which called on him at the ministry.\n\n"
    "Pask said the harbour's cold storage would be leased to a private operator within the year.\n\n"
)
PASK = ("Oren Pask", "indirect", "Pask said the harbour's cold storage would be leased to a private operator within the year.")
EMBASSY_SAID = "The representative of the embassy said Ambrelian firms had shown interest in the cold storage."

DIRECTORATE_LEAD = (
    "Dorin Maskel, the Foreign Ministry's spokesman, said on Thursday that the visit of the Prime Minister to Ambrelia "
    "would focus on fisheries.\n\n"
    "Deputy Director Hanna Liesvik of the Fisheries Directorate also attended the briefing.\n\n"
)
MASKEL = ("Dorin Maskel", "indirect", "Dorin Maskel, the Foreign Ministry's spokesman, said on Thursday that the visit "
          "of the Prime Minister to Ambrelia would focus on fisheries.")
DIRECTORATE_SAID = "The representative of the directorate said catch quotas would be negotiated separately in April."


def test_the_representative_of_the_embassy_is_who_led_its_delegation():
    """hard78 ranjhar: the one who led the embassy's delegation speaks for it."""
    assert_statements(EMBASSY_LEAD + EMBASSY_SAID,
                      [PASK, ("Kiro Vallen", "indirect", EMBASSY_SAID)],
                      title="Minister receives Ambrelian embassy delegation")


def test_the_representative_of_the_directorate_is_its_officer_named_before():
    """hard78 spokesman_deputy_prime_minister: the directorate's officer named before speaks for it."""
    assert_statements(DIRECTORATE_LEAD + DIRECTORATE_SAID,
                      [MASKEL, ("Hanna Liesvik", "indirect", DIRECTORATE_SAID)],
                      title="Spokesman briefs on the Prime Minister's visit")


def test_the_representative_of_a_body_never_named_stays_no_ones():
    """Guard: no directorate named before (only the ministry's spokesman): the sentence is no one's, as at base."""
    lead = DIRECTORATE_LEAD.replace(" of the Fisheries Directorate", "")
    assert_statements(lead + DIRECTORATE_SAID, [MASKEL], title="Spokesman briefs on the Prime Minister's visit")


def test_the_representative_of_the_embassy_is_its_officer_named_before():
    """The embassy's officer named before it ("Counsellor X of the Ambrelian embassy"), the noun after his phrase."""
    lead = EMBASSY_LEAD.replace(
        "received a delegation of the Ambrelian embassy, led by its Deputy Head of Mission, Mr. Kiro Vallen, which "
        "called on him at the ministry.",
        "received business leaders from Ambrelia. Counsellor Mira Stenholt of the Ambrelian embassy also attended.")
    assert_statements(lead + EMBASSY_SAID, [PASK, ("Mira Stenholt", "indirect", EMBASSY_SAID)],
                      title="Minister receives Ambrelian business leaders")


def test_the_representative_of_a_body_last_named_with_no_one_beside_it_stays_no_ones():
    """Guard: the embassy last named with no one beside it ("The Ambrelian embassy had sent …"): no one's, as at
    base, though its delegation's leader was named before that."""
    lead = EMBASSY_LEAD.replace(
        "which called on him at the ministry.",
        "which called on him at the ministry. The Ambrelian embassy had sent a note on the project in May.")
    assert_statements(lead + EMBASSY_SAID, [PASK], title="Minister receives Ambrelian embassy delegation")


def test_an_official_of_the_embassy_is_not_read_as_its_representative():
    """Guard: "An official of the embassy told …" (indefinite) is not the representative's shape: no one's, as at base."""
    said = "An official of the embassy told reporters that Ambrelian firms had shown interest in the cold storage."
    assert_statements(EMBASSY_LEAD + said, [PASK], title="Minister receives Ambrelian embassy delegation")


# ---------------------------------------------------------------------------------------
# A lone surname that speaks twice, with only a sentence's "He" after it (KE71, W1-c: ninehundredtwentieth citizen
# mvurya, the surname never given in full; its "He …" sentences went to the President named in the lead)
# ---------------------------------------------------------------------------------------

LONE_BODY = (
    "Speaking in Tessara during a meeting with community leaders, the Cabinet Secretary reaffirmed the region's support "
    "for President Oren Pask.\n\n"
    "Kaldwero highlighted several national projects aimed at improving livelihoods.\n\n"
    "He emphasized that the development agenda is inclusive.\n\n"
    "Taking a swipe at the opposition, Kaldwero asserted that the region would not be drawn into confrontations.\n\n"
)
LONE_STATEMENTS = [
    ("Kaldwero", "indirect", "Kaldwero highlighted several national projects aimed at improving livelihoods."),
    ("Kaldwero", "indirect", "He emphasized that the development agenda is inclusive."),
    ("Kaldwero", "indirect", "Taking a swipe at the opposition, Kaldwero asserted that the region would not be drawn "
                             "into confrontations."),
]


def test_a_lone_surname_with_a_sentences_he_after_it_speaks():
    """The lone surname speaks twice in the past and a sentence's "He" follows it: a person's surname."""
    assert_statements(LONE_BODY, LONE_STATEMENTS, title="Kaldwero urges unity")


def test_a_lone_word_with_only_his_excellency_after_it_stays_no_ones():
    """Guard: a capitalised "His" opens a style ("His Excellency"), no pronoun of the word: no one's, as at base."""
    body = LONE_BODY.replace("He emphasized that", "His Excellency the Bishop noted that")
    assert_statements(body, [], title="Kaldwero urges unity")
