"""Rules from the hundred-twenty-sixth held-out set (president.gov.ua, November 2021 - March 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_quotations_quoted_after_colons_inside_one_that_lost_its_closing_mark():
    """`"… They say to the visitors: "People, this madness must not happen again!" It is important … as one of the
    visitors wrote: "Memory is a weapon …," said Olena Zelenska.` (71797): straight marks, the outer quotation's
    closing mark printed as one with the last inner one's; the inner quotations open after colons. The whole
    quotation is the attributed speaker's; before, it was cut where the first inner one opened and its first part
    given to the person named before it."""
    body = ("As part of the project of the First Lady of Vardia Lena Vostra, an audio guide was opened at the Dorn Museum. "
            "During the ceremony, Ambassador Karel Voss expressed his condolences to the people of Ostrava. "
            "\"Vardia remembers its own tragedies. The photos of the Museum say to the visitors: "
            "\"This must not happen again!\" It is important that this is now heard in our language. "
            "As one of the visitors wrote in the book: \"Memory is a weapon against the repetition of the tragedy,\" "
            "said Lena Vostra. The project was supported by the Embassy of Vardia.")
    assert_statements(body, [
        ("Karel Voss", "indirect",
         "During the ceremony, Ambassador Karel Voss expressed his condolences to the people of Ostrava."),
        ("Lena Vostra", "direct",
         "Vardia remembers its own tragedies. The photos of the Museum say to the visitors: \"This must not happen "
         "again!\" It is important that this is now heard in our language. As one of the visitors wrote in the book: "
         "\"Memory is a weapon against the repetition of the tragedy"),
    ])


def test_a_lead_whose_second_sentence_is_impersonal_is_all_the_speakers():
    """"Ukrainian intelligence has always played an important role … . It is time not only to restrain, but also
    to start offensive actions … . This was emphasized by President X …" (72517): a lead of two sentences, the
    second opening with an impersonal "It is", is all X's, as one tied by a connective is. Before, the first
    sentence was no one's."""
    body = ("Vardian diplomacy has always played a key role in countering threats. "
            "It is time to move from defence to initiative in the region. "
            "This was emphasized by President Ivo Marr during a meeting with diplomats in Tarn. "
            "\"Our diplomats are our first line,\" the President said.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Vardian diplomacy has always played a key role in countering threats."),
        ("Ivo Marr", "indirect", "It is time to move from defence to initiative in the region."),
        ("Ivo Marr", "direct", "Our diplomats are our first line"),
    ])


def test_a_lead_whose_first_sentence_names_its_actor_stays_narrative():
    """The guard of the rule above: a first sentence with a subject of its own (a person acting) stays narrative."""
    body = ("President Ivo Marr met with diplomats in Tarn. "
            "It is time to move from defence to initiative in the region. "
            "This was emphasized by President Ivo Marr at the meeting.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "It is time to move from defence to initiative in the region."),
    ])
