"""Rules from the hundred-fifty-third held-out set (en.kremlin.ru, February - May 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("carrier", ["messages of condolence", "cables of sympathy", "telegrams of support"])
def test_messages_of_condolence_in_the_plural_are_said(carrier):
    """"Vladimir Putin sent messages of condolence to Crown Prince X and Vice President Y on the death of …" (68405):
    the plural carrier, one message to each addressee, says what the singular "sent a message of condolence to …"
    says (the settled convention). Before, the lead was given to no one."""
    body = (f"President Ivo Marr sent {carrier} to King Odo of Tesland and Prime Minister Lena Osk. "
            "The two countries will hold talks next month.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         f"President Ivo Marr sent {carrier} to King Odo of Tesland and Prime Minister Lena Osk."),
    ])


def test_messages_sent_bare_in_the_plural_stay_narrative():
    """The guard: "sent messages to …" with nothing said of their content stays narrative, as the singular does."""
    body = ("President Ivo Marr sent messages to King Odo of Tesland and Prime Minister Lena Osk. "
            "The two countries will hold talks next month.")
    assert_statements(body, [])


def test_shared_his_opinion_of_is_said_and_carried_on():
    """"In particular, Vladimir Putin shared his opinion of the state of the negotiating process … . This process
    has been practically put on hold by Kiev, …" (68409): an opinion shared is a view stated, as "shared his views
    / assessment" already were; the next sentence, with no speech verb, carries his view on. Before, both were
    given to no one."""
    body = ("President Ivo Marr had a telephone conversation with Prime Minister Lena Osk. "
            "The leaders also discussed the situation in the north. "
            "In particular, Ivo Marr shared his opinion of the state of the talks with Tesland. "
            "This process has been put on hold by Tesland, which shows no interest in a serious dialogue.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "In particular, Ivo Marr shared his opinion of the state of the talks with Tesland."),
        ("Ivo Marr", "indirect",
         "This process has been put on hold by Tesland, which shows no interest in a serious dialogue."),
    ])


@pytest.mark.parametrize("heading", ["Speech at the ceremony", "Remarks at the ceremony", "Opening remarks at the ceremony",
                                     "Address at the ceremony"])
def test_a_speech_heading_glued_to_the_first_label_is_skipped(heading):
    """"… from the Kaliningrad Region. * * * Speech at the flag-raising ceremony President of Russia Vladimir Putin:
    Friends, …" (67904): a part's heading that names a speech ("Speech at …", "Remarks at …", "Address at …") run
    into the first label is skipped to the label, as "Beginning of … talks" and "Speech by" already were. Before,
    the label was not read and the first turn given to no one."""
    body = ("Taking part were Minister of Transport Ivo Marr. * * * "
            f"{heading} President of Tesland Lena Osk: Friends, good afternoon. Mr Marr, please. "
            "Minister of Transport Ivo Marr: Thank you. The ferry is ready. Lena Osk: Thank you.")
    assert_statements(body, [
        ("Lena Osk", "direct", "Friends, good afternoon. Mr Marr, please."),
        ("Ivo Marr", "direct", "Thank you. The ferry is ready."),
        ("Lena Osk", "direct", "Thank you."),
    ])


@pytest.mark.parametrize("label", ["Captain of the Marshal Odo vessel Karl Vann", "Captain of the ship Karl Vann",
                                   "Ferry captain Karl Vann"])
def test_a_described_label_inside_a_joined_turn_starts_a_turn(label):
    """"… Please, Mr Vangonen. Captain of the Marshal Rokossovsky vessel Alexander Vangonen: Mr President …" (67904):
    inside a joined transcript, a label that describes its speaker in lower-case words before the full name starts
    the next turn, as it does at the start of a paragraph. Before, the captain's words were carried on as the
    President's."""
    body = ("The ship's captain Karl Vann joined the event. * * * "
            "President of Tesland Lena Osk: Friends, good afternoon. Please, Mr Vann. "
            f"{label}: Madam President, the ferry is ready. Lena Osk: Thank you.")
    assert_statements(body, [
        ("Lena Osk", "direct", "Friends, good afternoon. Please, Mr Vann."),
        ("Karl Vann", "direct", "Madam President, the ferry is ready."),
        ("Lena Osk", "direct", "Thank you."),
    ])


def test_a_sentence_about_a_named_person_with_a_colon_stays_in_the_turn():
    """The guard: a sentence of the turn that ends with a person's name before a colon but holds a verb
    ("… the proposal made by Governor Ivo Marr: …") stays the speaker's."""
    body = ("President of Tesland Lena Osk: Friends, good afternoon. I support the proposal made by Governor Ivo Marr: "
            "we will build the ferry. Minister of Transport Karl Vann: Thank you.")
    assert_statements(body, [
        ("Lena Osk", "direct",
         "Friends, good afternoon. I support the proposal made by Governor Ivo Marr: we will build the ferry."),
        ("Karl Vann", "direct", "Thank you."),
    ])


def test_a_quoted_messages_joined_paragraphs_are_both_quoted():
    """"The message reads in part:"We can be rightfully proud … for many years."I am confident that … in this
    country."" (68419): a scraper joined the message's paragraphs, and the only mark left between them (glued
    between a sentence's end and a capital) opened the second; the words after it, up to the closing mark, are
    quoted too. Before, the second paragraph was given to no one."""
    body = ('President Ivo Marr sent greetings to the students of Tesland. The message reads in part:"We are proud '
            'of you. You work hard."I am confident that the festival will succeed."')
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr sent greetings to the students of Tesland."),
        ("Ivo Marr", "direct", "We are proud of you. You work hard."),
        ("Ivo Marr", "direct", "I am confident that the festival will succeed."),
    ])


def test_a_closing_mark_after_a_spaced_quotation_stays_unread():
    """The guard: a stray closing mark after a quotation closed before a space (not glued to a capital) opens
    no quotation of the words before it."""
    from readout_tui.engine.quotes import paragraph_quotes
    text = '"We are proud of you," President Ivo Marr said. The festival opens on Monday."'
    quotes, _ = paragraph_quotes(text, 0, len(text))
    assert [text[q.start:q.end] for q in quotes] == ["We are proud of you,"]
    glued = '"We are proud of you."The festival opens on Monday."'
    quotes, _ = paragraph_quotes(glued, 0, len(glued))
    assert [glued[q.start:q.end] for q in quotes] == ["We are proud of you.", "The festival opens on Monday."]


def test_a_speakers_sentence_trailing_off_before_a_label_stays_in_the_turn():
    """The guard of the described label inside a turn (fifty-seventh 67222): "Last year, we completed the bridge
    across the Don River… Vladimir Putin: Excuse me, …" is the speaker's sentence cut off by the next label (an
    ellipsis, a comma, "we"), not a label that describes Vladimir Putin."""
    body = ("President of Tesland Lena Osk: Is this a current project? Karl Vann: Yes, this is the bridge across the "
            "Zeya River. Last year, we completed the bridge across the Don River… Lena Osk: Excuse me, when is the "
            "deadline? Karl Vann: Next year.")
    assert_statements(body, [
        ("Lena Osk", "direct", "Is this a current project?"),
        ("Karl Vann", "direct",
         "Yes, this is the bridge across the Zeya River. Last year, we completed the bridge across the Don River…"),
        ("Lena Osk", "direct", "Excuse me, when is the deadline?"),
        ("Karl Vann", "direct", "Next year."),
    ])
