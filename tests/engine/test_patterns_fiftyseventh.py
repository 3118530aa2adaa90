"""Patterns found by the fifty-seventh held-out set (benchmarks/heldout/fiftyseventh/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_after_an_editors_note_glued_to_the_last_sentence_starts_a_turn():
    """"… on this decoration.(Presentation ceremony.) President of Ostrava Ilse Marren Marren
    IlsePresident of Ostrava: Mr President, …": the editor's note glued to the host's last
    sentence hides no label; the guest's turn is hers, not read into the host's, and the note
    is no one's words (kremlin_68612 gave the guest's whole answer to the President)."""
    body = ("Petr Halen presented the Order of Friendship to President of Ostrava Ilse Marren.\n\n"
            "President of Velmora Petr Halen: Friends, It gives us great pleasure to welcome Ms Marren. I congratulate "
            "you on this decoration.(Presentation ceremony.) President of Ostrava Ilse Marren Marren IlsePresident of "
            "Ostrava: Mr President, It is a great honour for me. Thank you.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Friends, It gives us great pleasure to welcome Ms Marren. I congratulate you on this "
                                 "decoration."),
        ("Ilse Marren", "direct", "Mr President, It is a great honour for me. Thank you."),
    ])


def test_an_editors_note_glued_between_sentences_of_a_turn_is_no_ones_words():
    """"… our heroes– the bridge builders.(Commenting on the pictures.) In addition to …": the
    editor's note between two sentences of a joined turn is cut out of the speaker's words; the
    same speaker goes on after it (kremlin_67222 kept the note inside the turn)."""
    body = ("Petr Halen had a working meeting with Velbridge Board Chairman Ivo Stanek.\n\n"
            "President of Velmora Petr Halen: Mr Stanek, tell me about your bridges. Velbridge Board Chairman Ivo Stanek: "
            "Thank you, Mr President. And these are our heroes– the bridge builders.(Commenting on the pictures.) In "
            "addition to them, we have over 5,000 employees with state awards. Petr Halen: Well done.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr Stanek, tell me about your bridges."),
        ("Ivo Stanek", "direct", "Thank you, Mr President. And these are our heroes– the bridge builders."),
        ("Ivo Stanek", "direct", "In addition to them, we have over 5,000 employees with state awards."),
        ("Petr Halen", "direct", "Well done."),
    ])


def test_giving_an_appraisal_is_a_statement():
    """"…, Petr Halen gave an appraisal of actions taken by Tarvik, which …": an assessment
    voiced, as "gave an assessment" (kremlin_67683 missed it)."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "In connection with the concern expressed by Ilse Marren about the developments on the border, Petr Halen "
            "gave an appraisal of actions taken by Tarvik, which is evading its commitments. "
            "The leaders agreed to continue the dialogue.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "In connection with the concern expressed by Ilse Marren about the developments on the "
                                   "border, Petr Halen gave an appraisal of actions taken by Tarvik, which is evading its "
                                   "commitments."),
    ])
