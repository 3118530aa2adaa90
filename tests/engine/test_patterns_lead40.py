"""Readings the lead wrote in stop 40: an office named before it is taken up, written with "-designate" or
"Designate" after it ("Mr. X, Prime Minister Designate of Y, stated …"), as "-elect" already was; one speaker for a
full name and the same name with unknown office words read into it ("Archpriest Alexander Tkachenko: …" and then
"Alexander Tkachenko: …" in one transcript).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_an_office_with_designate_after_it_is_no_name():
    """"Mr. Aran Dovo, Prime Minister Designate of Kestria" is Aran Dovo's office: his statement is his, not a
    speaker called "Designate"."""
    body = ("Prime Minister Tomas Velk held telephone talks with Mr. Aran Dovo, Prime Minister Designate of Kestria.\n\n"
            "In response, Mr. Aran Dovo, Prime Minister Designate, stated that he would work closely with Japan.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "In response, Mr. Aran Dovo, Prime Minister Designate, stated that he would work closely "
                               "with Japan.")])


def test_a_hyphened_designate_office_before_a_name_is_his_office():
    """"Prime Minister-designate Dovo thanked …": the office before the name, as "President-elect Dovo"; the speaker
    is Aran Dovo, not "Prime Minister-designate Aran Dovo"."""
    body = ("President Tomas Velk spoke with Prime Minister-designate Aran Dovo of Kestria.\n\n"
            "Prime Minister-designate Dovo thanked President Velk for the call.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "Prime Minister-designate Dovo thanked President Velk for the call.")])


def test_the_elect_office_is_read_as_before():
    """The guard: "President-elect Dovo said …" keeps its reading (Aran Dovo)."""
    body = ("President Tomas Velk spoke with President-elect Aran Dovo of Kestria.\n\n"
            "President-elect Dovo said he looked forward to working together.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "President-elect Dovo said he looked forward to working together.")])


def test_a_transcript_label_with_an_unknown_office_word_is_the_same_speaker():
    """"Archpriest Pavel Rosko: Hello, Mr President." then "Pavel Rosko: Thank you.": one man, one speaker (and
    one colour), named by his name, not two speakers "Archpriest Pavel Rosko" and "Pavel Rosko"."""
    body = ("President of Kestria Alen Tarven held a meeting with Archpriest Pavel Rosko, head of the Mercy "
            "Foundation.\n\nAlen Tarven: Good afternoon, Father Pavel.\n\nArchpriest Pavel Rosko: Hello, Mr "
            "President.\n\nAlen Tarven: Please, go ahead.\n\nPavel Rosko: Thank you. The foundation has opened "
            "twelve shelters this year.\n")
    result = run(body)
    names = [speaker.name for speaker in result.speakers]
    assert names == ["Alen Tarven", "Pavel Rosko"], names
    rosko = [statement.text for statement in result.statements if statement.speaker == "Pavel Rosko"]
    assert rosko == ["Hello, Mr President.", "Thank you. The foundation has opened twelve shelters this year."]
    assert "Archpriest Pavel Rosko" in result.speakers[1].aliases


def test_a_double_surname_and_the_full_name_are_one_speaker_named_in_full():
    """"President Luisa Marin Ocampo … President Marin Ocampo said …": the shorter name opens with no first name, so
    the full name (with her given name) is the one shown."""
    body = ("President Dario Velk received President of Corvania Luisa Marin Ocampo.\n\n"
            "Luisa Marin Ocampo thanked President Velk for the invitation.\n\n"
            "“Our ports are open to your ships,” said Marin Ocampo.\n")
    result = run(body)
    assert [speaker.name for speaker in result.speakers] == ["Luisa Marin Ocampo"]
    assert [statement.speaker for statement in result.statements] == ["Luisa Marin Ocampo"] * 2


def test_a_fathers_name_after_bin_is_not_joined_to_the_son():
    """The guard: "Sheikh Tamim bin Hamad Al Zafari" holds "Hamad Al Zafari", his father's name: a "Hamad Al Zafari"
    who speaks in the same readout stays his own speaker."""
    body = ("Emir Tamim bin Hamad Al Zafari received the delegation.\n\n"
            "Tamim bin Hamad Al Zafari said that the talks had been useful.\n\n"
            "Hamad Al Zafari said that he had founded the port in 1990.\n")
    result = run(body)
    assert sorted(speaker.name for speaker in result.speakers) == ["Hamad Al Zafari", "Tamim bin Hamad Al Zafari"]


def test_the_honourable_style_is_not_shown_as_part_of_the_name():
    """"The Honourable Marta Selvin, Minister of Foreign Affairs of Kestria, spoke with …": the speaker is Marta Selvin,
    not "Honourable Marta Selvin" (the style stays one of her aliases)."""
    body = ("The Honourable Marta Selvin, Minister of Foreign Affairs of Kestria, spoke today with Orvan Dast, "
            "Foreign Minister of Lorvia.\n\nMinister Selvin welcomed the progress on the new trade agreement.\n")
    result = run(body)
    assert [speaker.name for speaker in result.speakers] == ["Marta Selvin"]
    assert [statement.speaker for statement in result.statements] == ["Marta Selvin"]


def test_a_name_of_two_words_after_the_style_keeps_both():
    """The guard: a style before a single name ("Honourable Selvin") is left as it was: no name is cut to one word."""
    body = "Honourable Selvin said that the talks had been useful.\n"
    result = run(body)
    assert [speaker.name for speaker in result.speakers] == ["Honourable Selvin"]


def test_a_title_case_headline_verb_in_the_past_tense_ends_the_name():
    """"At the Air Base, Alen Tarven Familiarized Himself with …": the title's past-tense verb parts the name from what
    follows, so the speaker is Alen Tarven, not "Alen Tarven Familiarized Himself"."""
    body = ("President of Kestria Alen Tarven and Prime Minister of Lorvia Orvan Dast visited the air base.\n\n"
            "The Head of State said that the air defence must be strengthened.\n")
    result = run(body, title="At the Air Base, Alen Tarven Familiarized Himself with the Operation of Fighter Jets")
    assert [statement.speaker for statement in result.statements] == ["Alen Tarven"]


def test_a_title_name_ending_in_ed_is_kept_whole():
    """The guard: "President Karim Ahmed Visits the Port": "Ahmed" is a name, no verb (the run is cut at "Visits")."""
    body = "President Karim Ahmed said that the port would double its capacity.\n"
    result = run(body, title="President Karim Ahmed Visits the Port")
    assert [statement.speaker for statement in result.statements] == ["Karim Ahmed"]


def test_an_office_known_only_as_itself_is_shown_with_its_small_words_in_lower_case():
    """"The Secretary of State said: “…”" in a readout that never names him: the speaker is "The Secretary of State",
    as written, not `str.title`'s "The Secretary Of State"."""
    body = "The Secretary of State said:\n\n“I am delighted to have been reappointed.”\n"
    result = run(body)
    assert [speaker.name for speaker in result.speakers] == ["The Secretary of State"]
