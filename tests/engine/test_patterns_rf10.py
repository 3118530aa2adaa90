"""Review of stop 72's merged rules (rf10): near shapes the new rules read wrong, mended in their modules; invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, attributed, clause, run

_CLINICS = ("Governor Tam Orlo of Vessa State received the health delegation on Monday.\n\n"
            "“We will build new clinics in every district,” said Governor Orlo.\n\n")


def test_untagged_quotation_after_a_paragraph_on_its_speaker_stays_his():
    """`_untagged_quotations_before_a_tag` (h1257) gave an untagged quotation to the next paragraph's tag even when the
    narrative paragraph before it opens on the one it was carried to ("Orlo later toured the hospital …" / "“This
    hospital will serve …”"): the words told of him are his, as at base."""
    body = (_CLINICS + "Orlo later toured the new referral hospital with the health commissioner.\n\n"
            "“This hospital will serve thousands of families.”\n\n"
            "“We are grateful for the support,” said Health Commissioner Lira Moss.")
    assert_statements(body, [
        ("Tam Orlo", "direct", "We will build new clinics in every district"),
        ("Tam Orlo", "direct", "This hospital will serve thousands of families."),
        ("Lira Moss", "direct", "We are grateful for the support"),
    ])


def test_untagged_quotation_after_a_pronoun_paragraph_stays_his():
    """The same with the paragraph opening on "He"."""
    body = (_CLINICS + "He later toured the new referral hospital with the health commissioner.\n\n"
            "“This hospital will serve thousands of families.”\n\n"
            "“We are grateful for the support,” said Health Commissioner Lira Moss.")
    assert_statements(body, [
        ("Tam Orlo", "direct", "We will build new clinics in every district"),
        ("Tam Orlo", "direct", "This hospital will serve thousands of families."),
        ("Lira Moss", "direct", "We are grateful for the support"),
    ])


def test_untagged_quotation_after_a_paragraph_on_the_meeting_goes_to_the_tag():
    """The guard: the rule's own shape, a paragraph on the meeting ("The meeting also covered …"), still gives the
    untagged quotation to the tag after it."""
    body = (_CLINICS + "The meeting also covered the nursing school.\n\n“The school will open next year.”\n\n"
            "“We are grateful for the support,” said Health Commissioner Lira Moss.")
    assert_statements(body, [
        ("Tam Orlo", "direct", "We will build new clinics in every district"),
        ("Lira Moss", "direct", "The school will open next year."),
        ("Lira Moss", "direct", "We are grateful for the support"),
    ])


def test_the_countrys_leader_is_not_its_central_banks_governor():
    """`state_leader_meant` (h1263) read "the Lekiri leader" as the governor when "Bank of Lekiri Governor" was named:
    a bank's governor, the place the end of the bank's name; the country's leader is its President, as at base."""
    body = ("President Dan Amakwe of Lekiri met Bank of Lekiri Governor Sam Obu in Tarsa on Tuesday.\n\n"
            "The Lekiri leader told the Governor that inflation must come down this year.")
    assert_statements(body, [
        ("Dan Amakwe", "indirect", "The Lekiri leader told the Governor that inflation must come down this year."),
    ])


def test_the_state_leader_is_still_its_governor():
    """The guard: "Lekiri State Governor X" named, "The Lekiri leader" is X."""
    body = ("President Dan Amakwe of Okuvania received Lekiri State Governor Sam Obu in Tarsa on Tuesday.\n\n"
            "The Lekiri leader told the President that the state needs more roads.")
    assert_statements(body, [
        ("Sam Obu", "indirect", "The Lekiri leader told the President that the state needs more roads."),
    ])


_PALACE = "Chief Minister Kerim Vale of Ostrava State met the palace officials in Varn on Thursday.\n\n"


def test_a_name_and_its_partys_initials_then_and_another_is_two_speakers():
    """`_holder_after_initials` (h1260) took the second of two inverted speakers after a name and its party's
    initials ("…, said Kerim Vale (OPA) and Deputy Minister Ado Ren."): two who speak, a plural subject, no one's
    statement (GOLD-FORMAT), as at base; the holder must stand right after the brackets."""
    body = (_PALACE + "The list of candidates will be sent soon, said Kerim Vale (OPA) and Deputy Minister Ado Ren.")
    assert_statements(body, [])


def test_a_body_and_its_initials_then_its_officer_is_still_the_officer():
    """The guard: "…, said the Vessa Farmers Union (VFU) secretary Ado Ren." still gives the words to the secretary."""
    body = _PALACE + "The coalition is strong, said the Vessa Farmers Union (VFU) secretary Ado Ren."
    assert_statements(body, [
        ("Ado Ren", "indirect", "The coalition is strong, said the Vessa Farmers Union (VFU) secretary Ado Ren."),
    ])


_SEEDS = ("Governor Tam Orlo of Vessa State met the farmers on Monday.\n\n"
          "Orlo said the state would supply seeds to every farm in March.\n\n")


def test_sourced_by_the_speaker_himself_his_words_after_it_go_on():
    """`_TOLD_BY_ITS_SOURCE` (h1257) kept a whole paragraph from going on with the Governor's words between two of his
    paragraphs when it opened "This was disclosed by the Governor at the town hall." and went on with what he
    disclosed ("The seeds will be free of charge, …"): that sentence is his, as at base; only a paragraph that is the
    sourcing sentence alone, or one sourced to others ("by officials who attended"), is not carried on. (The sourcing
    sentence itself is still read as his, as at base: not asserted here.)"""
    body = (_SEEDS + "This was disclosed by the Governor at the town hall. The seeds will be free of charge, and the "
            "state will pay for transport.\n\nOrlo also said tractors would follow in April.")
    got = attributed(run(body), {"Tam Orlo"})
    assert ("Tam Orlo", "indirect", clause("The seeds will be free of charge, and the state will pay for transport.")) \
        in got
    assert ("Tam Orlo", "indirect", clause("Orlo also said tractors would follow in April.")) in got


def test_a_paragraph_sourced_to_others_is_not_carried_on():
    """The guard: "This was revealed by officials who attended the meeting. The seeds will be free …" between two of
    the Governor's paragraphs is the writer's sourcing to others, not carried on."""
    body = (_SEEDS + "This was revealed by officials who attended the meeting. The seeds will be free of charge, and "
            "the state will pay for transport.\n\nOrlo also said tractors would follow in April.")
    assert_statements(body, [
        ("Tam Orlo", "indirect", "Orlo said the state would supply seeds to every farm in March."),
        ("Tam Orlo", "indirect", "Orlo also said tractors would follow in April."),
    ])


def test_a_lone_sourcing_sentence_by_the_speaker_is_not_carried_on():
    """The guard: "This was disclosed by the Governor at the town hall." alone between two of his paragraphs is where
    he spoke, narrative (GOLD-FORMAT)."""
    body = (_SEEDS + "This was disclosed by the Governor at the town hall.\n\n"
            "Orlo also said tractors would follow in April.")
    assert_statements(body, [
        ("Tam Orlo", "indirect", "Orlo said the state would supply seeds to every farm in March."),
        ("Tam Orlo", "indirect", "Orlo also said tractors would follow in April."),
    ])
