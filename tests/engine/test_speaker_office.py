"""A speaker's office is shown as the readout writes it: "Prime Minister of the
Kingdom of Norvane", not the engine's lower-case key for matching descriptions
("prime minister of kingdom")."""
from __future__ import annotations

from readout_tui.engine import attribute
from readout_tui.engine.people import office_as_written
from readout_tui.model import Participant


def _offices(body: str) -> dict[str, str | None]:
    return {speaker.name: speaker.role for speaker in attribute(body).speakers}


def test_the_office_before_the_name_keeps_its_capitals_articles_and_country():
    body = ("Prime Minister of the Kingdom of Norvane Casimir Oduya met Minister of Energy of the Republic of "
            "Osterra Paulo Renz. The Prime Minister stressed that the pipeline mattered. Paulo Renz said "
            "that the talks had gone well.")
    assert _offices(body) == {
        "Casimir Oduya": "Prime Minister of the Kingdom of Norvane",
        "Paulo Renz": "Minister of Energy of the Republic of Osterra",
    }


def test_a_style_before_the_office_and_an_honorific_after_it_are_left_out():
    body = ("His Majesty King Tomas of Aldmoor received the delegation. King Tomas said that the port would "
            "reopen.\n\nSurgeon General Dr. Ida Morn stressed that the clinics were ready.")
    offices = _offices(body)
    assert offices["Ida Morn"] == "Surgeon General"
    assert offices["Tomas"].startswith("King")


def test_a_name_read_short_does_not_leave_its_first_words_in_the_office():
    # the person is named by the last word only: the words before it are name, not office
    forms = ["President Hassan Sheikh Mohamud of Somalia", "President Hassan Sheikh"]
    assert office_as_written("president", forms, "Mohamud") == "President"


def test_a_second_person_after_and_the_is_not_part_of_the_office():
    forms = ["President of Ukraine and the Prime Minister of Croatia"]
    assert office_as_written("president of ukraine", forms, "Volodymyr Zelenskyy") == "President of Ukraine"


def test_an_office_of_two_parts_joined_by_and_is_whole():
    forms = ["Ambassador Extraordinary and Plenipotentiary of Ostria Karl Brenner", "the Ambassador"]
    assert office_as_written("ambassador", forms, "Karl Brenner") == "Ambassador Extraordinary and Plenipotentiary of Ostria"
    forms = ["Harbour Gas President and CEO Neale Lunder"]
    assert office_as_written("president", forms, "Neale Lunder") == "Harbour Gas President and CEO"


def test_a_capitalised_form_wins_over_a_lower_case_one():
    forms = ["Belarus President Aleksandr Lukashenko", "the head of state", "The president"]
    assert office_as_written("president", forms, "Aleksandr Lukashenko") == "Belarus President"


def test_an_office_with_its_country_closing_is_found_without_it():
    forms = ["Velorian Minister of Foreign Affairs Teodora Lisk", "Ms Lisk"]
    assert office_as_written("minister of foreign affairs of veloria", forms, "Teodora Lisk") == \
        "Velorian Minister of Foreign Affairs"


def test_no_written_form_leaves_the_key_and_no_office_stays_none():
    assert office_as_written("director-general", ["DG Vesk", "Vesk"], "Vesk") == "director-general"
    assert office_as_written(None, ["Ida Morn"], "Ida Morn") is None
    assert office_as_written("president", [], "Ida Morn") == "president"


def test_an_office_given_in_front_matter_is_shown_as_the_user_wrote_it():
    participants = (Participant(name="Casimir Oduya", aliases=("Mr Oduya",), role="Prime Minister of Norvane"),)
    result = attribute("Mr Oduya said that the bridge would open in May.", participants)
    assert [(s.name, s.role) for s in result.speakers] == [("Casimir Oduya", "Prime Minister of Norvane")]


def test_a_form_that_names_another_speaker_is_no_alias():
    """A title read as one long name ("… Biden’s Meeting President Zelenskyy of Ukraine", a "with" lost) is
    no alias of Zelenskyy (a search for "biden" would find him); an unnamed office holder's words, no surname,
    take nothing from the others ("The Prime Minister" beside "Prime Minister Modi")."""
    result = attribute(
        "President Joseph R. Biden, Jr. met President Volodymyr Zelenskyy of Ukraine. President Biden reaffirmed "
        "the support of the United States. President Zelenskyy thanked him.",
        title="Readout of President Biden’s Meeting President Zelenskyy of Ukraine")
    aliases = {speaker.name: speaker.aliases for speaker in result.speakers}
    assert set(aliases) == {"Joseph R. Biden Jr.", "Volodymyr Zelenskyy"}
    assert not [alias for alias in aliases["Volodymyr Zelenskyy"] if "Biden" in alias]
    assert "President Zelenskyy" in aliases["Volodymyr Zelenskyy"]
    kept = attribute("The Prime Minister met Prime Minister Narendra Modi of India in Delhi. The Prime Minister "
                     "welcomed the progress on trade. Prime Minister Modi said that trade would grow.")
    aliases = {speaker.name: speaker.aliases for speaker in kept.speakers}
    assert set(aliases) == {"The Prime Minister", "Narendra Modi"}
    assert "Prime Minister Modi" in aliases["Narendra Modi"]  # ("Minister" is no surname of "The Prime Minister")


def test_an_office_ending_in_a_word_also_an_honorific_keeps_it():
    forms = ["First Lady Odile Varrant", "Mrs. Varrant", "The First Lady"]
    assert office_as_written("first lady", forms, "Odile Varrant") == "First Lady"
    # the guard: an honorific after an office is still no part of it
    assert office_as_written("director", ["Director Dr. Ida Morn"], "Ida Morn") == "Director"


def test_an_office_written_in_another_order_than_the_key_is_shown_as_written():
    forms = ["Deputy Head of the Governor's Office Ilan Vesk", "Vesk", "the deputy head of the Governor's Office"]
    assert office_as_written("deputy head of office of governor", forms, "Ilan Vesk") == \
        "Deputy Head of the Governor's Office"
    # the guard: other words, or a word more, are another office, and the key stays
    forms = ["Head of the Governor's Press Office Ilan Vesk"]
    assert office_as_written("deputy head of office of governor", forms, "Ilan Vesk") == \
        "deputy head of office of governor"


def test_a_bodys_name_in_capitals_before_the_office_is_kept_with_it():
    text = ("Tarn Valley Power President and CEO Neale Lunder said that prices would hold.\n\n"
            "Harbour Gas President Ida Morn:\n“We are ready,” she said.")
    forms = ["Power President and CEO Neale Lunder", "Neale Lunder"]
    assert office_as_written("president", forms, "Neale Lunder", text) == "Tarn Valley Power President and CEO"
    assert office_as_written("president", ["Gas President Ida Morn"], "Ida Morn", text) == "Harbour Gas President"
    text = "Joining them, Regional Climate Advisor Dr. Oda Pell said that the plan held."
    assert office_as_written("advisor", ["Advisor Dr. Oda Pell"], "Oda Pell", text) == "Regional Climate Advisor"


def test_no_country_sentence_opener_article_or_other_persons_name_joins_the_office():
    # the guards: a country's adjective already kept, a word that opens the sentence, a thing an article
    # opens (then a clause), another speaker's name, an office not before this person's name
    text = "Velorian President Casimir Oduya met the delegation."
    assert office_as_written("president", ["Velorian President Casimir Oduya"], "Casimir Oduya", text) == \
        "Velorian President"
    text = "Joining President Oduya were the ministers. Because President Oduya agreed, the port opened."
    assert office_as_written("president", ["President Oduya"], "Casimir Oduya", text) == "President"
    text = "Funds came through the Harbour Relief Declaration President Oduya approved."
    assert office_as_written("president", ["President Oduya"], "Casimir Oduya", text) == "President"
    text = "The talks were led by Governor Ilan Vesk Harbour Gas President Ida Morn."
    assert office_as_written("president", ["Gas President Ida Morn"], "Ida Morn", text, ["Ilan Vesk"]) == \
        "Harbour Gas President"  # (not "Governor Ilan Vesk Harbour Gas President")
    text = "Greeting Ida Morn, Harbour Gas President Ilan Vesk spoke."
    assert office_as_written("president", ["Gas President"], "Ida Morn", text) == "Gas President"


def test_an_office_written_after_the_name_is_shown_when_none_before_it_holds_the_key():
    forms = ["Ilan Vesk", "Ilan Vesk, Deputy Head of the Office of the Governor, Secretary of the Harbour Board", "Vesk"]
    assert office_as_written("deputy head of office of governor", forms, "Ilan Vesk") == \
        "Deputy Head of the Office of the Governor"
    # the guard: an office written before the name comes first, and a clause after the comma is no office
    forms = ["Ilan Vesk, Governor of Tarsel", "Governor Ilan Vesk"]
    assert office_as_written("governor", forms, "Ilan Vesk") == "Governor"
    assert office_as_written("governor", ["Ilan Vesk, who met the Governor"], "Ilan Vesk") == "governor"


def test_an_office_no_form_holds_is_taken_from_the_text_before_or_after_the_name():
    text = "Harbour Secretary Ida Morn opened the port. Ilan Vesk, Assistant to the Governor for Harbour Affairs, spoke."
    assert office_as_written("harbour secretary", ["Secretary Ida Morn"], "Ida Morn", text) == "Harbour Secretary"
    assert office_as_written("assistant to governor for harbour affairs", ["Ilan Vesk"], "Ilan Vesk", text) == \
        "Assistant to the Governor for Harbour Affairs"
    # the guards: the words in lower case, or written before another person's name, leave the key
    text = "The harbour secretary Ida Morn opened the port. Harbour Secretary Piet Varro stayed."
    assert office_as_written("harbour secretary", ["Secretary Ida Morn"], "Ida Morn", text) == "harbour secretary"


def test_office_in_text_reads_as_the_pattern_did():
    """`_office_in_text` reads the text with `str.find`, as the pattern made per speaker read it (kept for the few
    texts whose lower case is not letter for letter): the office before the name, after an honorific's point,
    after the name and a comma, with an article between its words; none in a longer word or in lower case."""
    from readout_tui.engine.people import _office_in_text, _office_in_text_by_pattern

    for text in ("Economic Development and Trade Minister German Gref reported.",
                 "Trade Minister, Dr. German Gref, reported.", "German Gref, the Minister of the Trade, spoke.",
                 "trade minister German Gref", "Trade Ministers German Gref", "Gref, Trade Minister-x",
                 "İzmir Trade Minister German Gref"):
        for wanted in (["trade", "minister"], ["minister", "of", "trade"]):
            assert _office_in_text(wanted, text, "German Gref", ()) == _office_in_text_by_pattern(wanted, text, "German Gref", ())
    assert _office_in_text(["trade", "minister"], "Today Trade Minister German Gref said.", "German Gref", ()) == "Trade Minister"
