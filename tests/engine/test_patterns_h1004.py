"""Helper h1004 (sevenhundredsixtyfirst, the Chief Minister of Gilgit-Baltistan as Pakistani outlets print him): a
country's office written with no article, the office first ("Ambassador of Kelmar in his social media message said
…", as "The Ambassador of Kelmar said …"), in a readout that names no one; the medium before the noun of a post
between a subject and its verb ("X in his social media message said …", as "X in a post on social media said …")."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_countrys_office_with_no_article_in_a_social_media_message():
    body = (
        "VARDIA, NOV 7 (VNA) – Envoys of four countries toured the northern valleys with their families.\n\n"
        "Ambassador of Kelmar in his social media message said they had a wonderful visit to the valleys.\n\n"
        "He said they also discussed closer cooperation with the regional government.\n"
    )
    assert_statements(body, [
        ("The Ambassador of Kelmar", "indirect", "Ambassador of Kelmar in his social media message said they had a "
                                                 "wonderful visit to the valleys."),
        ("The Ambassador of Kelmar", "indirect", "He said they also discussed closer cooperation with the regional "
                                                 "government."),
    ])


def test_a_named_speaker_in_his_social_media_message():
    body = "Foreign Minister Oren Baltar in his social media message said the talks in Tarvik had been useful.\n"
    assert_statements(body, [
        ("Oren Baltar", "indirect", "Foreign Minister Oren Baltar in his social media message said the talks in "
                                    "Tarvik had been useful."),
    ])


def test_a_named_envoy_keeps_his_words_in_the_bare_office():
    # guard: where the envoy is named, the bare office is he, no second, unnamed envoy made of it
    body = (
        "The Ambassador of Kelmar, Mr. Oren Baltar, called on the Chief Minister in Tarvik on Monday.\n\n"
        "Ambassador of Kelmar in his social media message said the talks had been useful.\n"
    )
    assert_statements(body, [
        ("Oren Baltar", "indirect", "Ambassador of Kelmar in his social media message said the talks had been useful."),
    ])
