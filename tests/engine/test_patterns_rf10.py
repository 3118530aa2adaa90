"""Review of stop 72's merged rules (rf10): near shapes the new rules read wrong, mended in their modules; invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

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
    """`_holder_after_body_initials` (h1260) took the second of two inverted speakers after a name and its party's
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
