"""Rules from the eight-hundred-sixty-seventh held-out set (the Governor of Kwara State, Nigeria, and those he meets):
invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_shortened_alhaji_is_no_sentences_end():
    """"The Emir of Ilorin, Alh. Ibrahim Sulu-Gambari, on Monday, said …" (leadership 2022-07-11): "Alh.", Alhaji
    shortened by Nigeria's papers, is a style before a name, as "Dr." is, no sentence's end. Before, the sentence was
    cut after "Alh." and its words given from the name on."""
    body = ("The Oba of Tarnu, Alh. Musa Okedi-Bale, thanked the governor for the new roads to the palace. "
            "The visit lasted an hour.")
    assert_statements(body, [
        ("Musa Okedi-Bale", "indirect",
         "The Oba of Tarnu, Alh. Musa Okedi-Bale, thanked the governor for the new roads to the palace."),
    ])


def test_an_office_and_name_set_off_before_a_verb_open_the_reported_clause():
    """"The Emir …, on Monday, said Kwara State governor, AbdulRahman AbdulRazaq, has shown enough commitment …":
    after the day set off by commas, "said <office>, <name>," with a finite verb after the name's comma is the
    reported clause's subject (no "that"), not an inverted tag; the sentence is the Emir's. Before, the office after
    "said" was read as the tag's subject and the sentence given to the governor."""
    body = ("Governor Ade Lomari received the Oba of Tarnu at the Government House. "
            "The Oba of Tarnu, Musa Okedi-Bale, on Monday, said Varo State governor, Ade Lomari, has shown enough "
            "commitment to public welfare to deserve a new mandate.")
    assert_statements(body, [
        ("Musa Okedi-Bale", "indirect",
         "The Oba of Tarnu, Musa Okedi-Bale, on Monday, said Varo State governor, Ade Lomari, has shown enough "
         "commitment to public welfare to deserve a new mandate."),
    ])


def test_an_inverted_tag_with_its_holders_name_stays_a_tag():
    """The guard: "…, said Varo State governor, Ade Lomari, who spoke at the palace." has a relative clause, no finite
    verb, after the name's comma: an inverted tag, the words before it the governor's."""
    body = ("Governor Ade Lomari met the Oba of Tarnu. The new roads will reach every village before the rains, "
            "said Varo State governor, Ade Lomari, who spoke at the palace.")
    assert_statements(body, [
        ("Ade Lomari", "indirect",
         "The new roads will reach every village before the rains, said Varo State governor, Ade Lomari, who spoke "
         "at the palace."),
    ])


def test_stated_this_and_a_day_word_before_the_occasion_is_narrative():
    """"AbdulRazaq stated this yesterday during his valedictory meeting with members of the state executive council."
    (thisday 2023-05-17): "stated this" then a day word then the occasion says only when and where the words before
    were said, as "stated this during …" and "stated this on Tuesday at …" already did. Before, the day word hid the
    occasion and the sentence was given to him as a statement of its own."""
    body = ("Governor Ade Lomari has lauded the outgoing members of the Varo State Executive Council. "
            "Lomari stated this yesterday during his valedictory meeting with the council.")
    assert_statements(body, [
        ("Ade Lomari", "indirect",
         "Governor Ade Lomari has lauded the outgoing members of the Varo State Executive Council."),
    ])


def test_this_and_a_day_as_a_noun_phrase_stays_said():
    """The guard: "said this Tuesday marks a new start …": "this Tuesday" is the clause's subject, no occasion after
    it; the sentence is his statement."""
    body = ("Governor Ade Lomari has lauded the outgoing members of the Varo State Executive Council. "
            "Lomari said this Tuesday marks a new start for the council.")
    assert_statements(body, [
        ("Ade Lomari", "indirect",
         "Governor Ade Lomari has lauded the outgoing members of the Varo State Executive Council."),
        ("Ade Lomari", "indirect", "Lomari said this Tuesday marks a new start for the council."),
    ])


def test_praying_to_god_after_a_quotations_tag_goes_on_with_the_report():
    """"“…,” the Emir said, praying to Allah to grant the governor more strength, good health …" (leadership
    2022-07-11): a wish voiced to God after the tag goes on with the speaker's report, as "…, wishing him good health"
    and "…, adding that …" do. Before, the participle was left to no one."""
    body = ("Governor Ade Lomari received the Emir of Tarnu, Musa Okedi-Bale. “You have just started,” the Emir said, "
            "praying to God to grant the governor good health.")
    assert_statements(body, [
        ("Musa Okedi-Bale", "direct", "You have just started"),
        ("Musa Okedi-Bale", "indirect", "praying to God to grant the governor good health."),
    ])


def test_praying_at_a_place_after_a_quotations_tag_stays_no_ones():
    """The guard: "…, praying at the mosque afterwards." is a prayer said, no words reported: only the quotation."""
    body = ("Governor Ade Lomari received the Emir of Tarnu, Musa Okedi-Bale. “You have just started,” the Emir said, "
            "praying at the mosque afterwards.")
    assert_statements(body, [
        ("Musa Okedi-Bale", "direct", "You have just started"),
    ])
