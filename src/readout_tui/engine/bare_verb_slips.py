"""A speech verb's bare form right after the person who opens the sentence: a slip of a paper's English.

"Head of the delegation, David McAllister appreciate the legislation done by the Assembly …" (eighthundredthirtyfirst
nation 2017-04-22, "appreciated" printed without its "-d"): one person, named or by office, opens the sentence, maybe
behind his office set off by a comma, and the verb after the name has lost its "-s" or "-d". A third person's subject
cannot take the bare form, so the verb is the report's, as "The Prime Minister also acknowledge …" (after "also" or
"further", `reported_speech._BARE_VERB_AFTER_ALSO`) already is. Not "We appreciate …", "Both sides stress …", "The
two leaders thank …" (a group, or a first person), nor "… will appreciate" (a modal before it, no name).

A paper's English prints the participle for the verb too, a sentence with no finite verb: "Nakuru Woman Rep Liza
Chelule also stating that it was wrong …", "The MP stating that leaders are known …", "The Senator also wondering why
the event was made secret …" (eighthundredninetyeighth famousnakuru, Lanet): one person opens the sentence, maybe
"also" or "further" after him, then "stating/saying/noting/insisting/claiming" with "that", or "wondering/asking" with
"why/whether/how/if" (`slipped_participle`). Not "The statement stating that …" (no person), "With X stating that …"
or "He left, saying that …" (the person does not open the sentence, or a comma and a verb come between).
"""

from __future__ import annotations

import re

from readout_tui.engine.fronted_links import opened_by_a_fronted_link
from readout_tui.engine.lexicon import FUNCTION_WORDS
from readout_tui.engine.phrases import Phrase, phrase_ending_at, phrase_starting_at

BARE_SPEECH_VERBS = (r"(?:acknowledge|thank|commend|reiterate|assure|congratulate|emphasi[sz]e|stress|highlight|appreciate"
                     r"|urge|reaffirm|underscore|underline)")
"""The speech verbs whose bare form a release prints for the past or third-person form (`_BARE_VERB_AFTER_A_NAME`, and
`reported_speech._BARE_VERB_AFTER_ALSO` after "also"/"further")."""
_BARE_VERB_AFTER_A_NAME = re.compile(r"\s(" + BARE_SPEECH_VERBS + r")\s+(?!to\b)")
"""A bare speech verb after a space, its object or clause after it (not "to": "appreciate to …" is no report)."""
_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,]{0,60}, ")
"""A participle's clause that opens the sentence before its subject, closed by its one comma ("Speaking in his
remarks, ", "Responding, "): the subject after it opens the clause (`_name_set_off_after_an_office`)."""
_OPENING_REACH = 160
"""How far into a sentence its opening subject and verb are looked for (a bounded window: the sentence's opening)."""
_OFFICE_SET_OFF_REACH = 60
"""How long the office set off before the name may be ("Head of the delegation, ")."""


_PARTICIPLE_FOR_A_VERB = re.compile(r"\s(?:(?:also|further)\s+)?((?:stat|say|not|insist|claim)ing\s+that"
                                    r"|(?:wonder|ask)ing\s+(?:why|whether|how|if))\b")
"""A speech participle and its clause's opening word, after a space and maybe "also"/"further" (`slipped_participle`)."""
_CLAUSE_OPENERS = frozenset({"with", "after", "as", "when", "while", "if", "though", "although", "despite", "for", "on",
                             "in", "at", "by", "and", "but", "before", "since", "upon", "without", "the", "a", "an"}
                            | FUNCTION_WORDS)
"""Words that open a clause or a phrase before a name, so that the capitalised words before it are no title of his
(`_capitalised_title_before`: "With Minister X stating that …", "Following Senator X stating that …", "During …",
"Amid …" is no report of X's): the words a sentence capitalises only by opening with them (`FUNCTION_WORDS`)."""
_FINITE_AUXILIARIES = frozenset("is was were are has had have will would should could can may might must do does did"
                                .split())
"""The finite verbs among `FUNCTION_WORDS` (`_main_clause_after`: ", the works were finished" is a main clause)."""
_MAIN_VERB_PASTS = frozenset("drew won caught brought made gave took left led sent came became struck kept put set found "
                             "met".split())
"""Irregular past forms that, after the participle's clause has its own finite verb, are the sentence's main verb
(`_finite_verb_after_the_clause`: "Her Deputy X saying that the clinic would open daily drew applause": the participle
phrase is the subject of "drew")."""
_BEFORE_NO_MAIN_VERB = frozenset("and or but nor yet who whom whose which that where when while as if because since than "
                                 "to for of in on at by with from the a an his her their its our not never also".split())
"""Words after which a past form is no main verb of the sentence: a conjunction's or a relative's own verb, a
preposition's or a determiner's participle, an auxiliary's (with `_FINITE_AUXILIARIES`)."""
_LOWER_WORDS = re.compile(r"[a-z]+")
"""The lower-case words of the participle's clause (`_finite_verb_after_the_clause`)."""


def slipped_bare_verb(text: str, lo: int, hi: int) -> tuple[Phrase, int, int] | None:
    """The subject and the verb's span where the sentence text[lo:hi] opens with one person's name or office, maybe
    behind that person's office and a comma ("Head of the delegation, X …") or a linking word ("Meanwhile, X …"), and
    a bare speech verb follows it (`BARE_SPEECH_VERBS`), or a name that closes an apposition after such an office
    ("Speaking …, the state governor, X, commend …", `_name_set_off_after_an_office`); None otherwise. Only the
    sentence's first `_OPENING_REACH` characters are read."""
    match = _BARE_VERB_AFTER_A_NAME.search(text, lo, hi if hi < lo + _OPENING_REACH else lo + _OPENING_REACH)
    if match is None:
        return None
    start = match.start(1)
    if text.startswith(", ", start - 2):  # (the name closes an apposition: "the governor, X, commend …")
        subject = _name_set_off_after_an_office(text, lo, start - 2)
        if subject is None:
            return None
        return subject, start, match.end(1)
    subject = phrase_ending_at(text, lo, start)
    if subject is None or not subject.is_person or subject.kind not in ("name", "description") \
            or text[subject.end:start].strip():
        return None
    if subject.start > lo and not _office_set_off_before(text, lo, subject.start) \
            and not opened_by_a_fronted_link(text, lo, subject.start):
        return None
    return subject, start, match.end(1)


def _name_set_off_after_an_office(text: str, lo: int, comma: int) -> Phrase | None:
    """The office that opens the clause when the name before the bare verb closes its apposition ("the state governor,
    X, commend …", thousandth tribune 2023-06-21: "Speaking in his remarks, the state governor, Ahmed Aliyu, commend
    Unicef for …"): one person's office ending at the comma before the name, that opens the sentence or follows a
    fronted link or a fronted participle's clause ("Speaking …, ", `_FRONTED_PARTICIPLE`); the name itself when so, so
    that the report is his; None otherwise (a list of names, "X, Y, commend …", or a name set off after a thing).
    `comma` is where the comma after the name stands."""
    name = phrase_ending_at(text, lo, comma)
    if name is None or name.kind != "name" or not name.is_person or name.end != comma \
            or not text.startswith(", ", name.start - 2):
        return None
    office = phrase_ending_at(text, lo, name.start - 2)
    if office is None or office.kind != "description" or not office.is_person:
        return None
    if office.start == lo or opened_by_a_fronted_link(text, lo, office.start) \
            or _FRONTED_PARTICIPLE.fullmatch(text, lo, office.start) is not None:
        return name
    return None


def _office_set_off_before(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] is one person's office and its comma, opening the sentence before the name at `start`
    ("Head of the delegation, ", "Leader of the House, "): a description of a person, no other comma."""
    if start - lo > _OFFICE_SET_OFF_REACH or not text.startswith(", ", start - 2) or "," in text[lo:start - 2]:
        return False
    office = phrase_starting_at(text, lo, start - 2)
    return office is not None and office.kind == "description" and office.is_person


def slipped_participle(text: str, lo: int, hi: int) -> tuple[Phrase, int, int] | None:
    """The subject and the participle's span where the sentence text[lo:hi] opens with one person's name or office
    (maybe behind his office set off by a comma, a linking word, or a capitalised title the phrase left out: "Nakuru
    Woman " before "Rep X", `_capitalised_title_before`) and a speech participle with its "that" (or
    "why/whether/how/if") follows it, maybe after "also" or "further" (`_PARTICIPLE_FOR_A_VERB`): a sentence printed
    with no finite verb. None otherwise, or when a main clause follows after a comma (`_main_clause_after`) or the
    sentence's main verb after the clause (`_finite_verb_after_the_clause`). Only the sentence's first `_OPENING_REACH` characters are read."""
    match = _PARTICIPLE_FOR_A_VERB.search(text, lo, hi if hi < lo + _OPENING_REACH else lo + _OPENING_REACH)
    if match is None:
        return None
    after_subject = match.start() + 1
    subject = phrase_ending_at(text, lo, after_subject)
    if subject is None or not subject.is_person or subject.kind not in ("name", "description") \
            or text[subject.end:after_subject].strip():
        return None
    if subject.start > lo and not _office_set_off_before(text, lo, subject.start) \
            and not opened_by_a_fronted_link(text, lo, subject.start) \
            and not _capitalised_title_before(text[lo:subject.start]):
        return None
    if _main_clause_after(text, match.end(), hi) or _finite_verb_after_the_clause(text, match.end(), hi):
        return None
    return subject, match.start(1), text.find(" ", match.start(1))


def _finite_verb_after_the_clause(text: str, pos: int, hi: int) -> bool:
    """Whether the participle's clause (text[pos:hi], the rest of the sentence after "that"/"why") is followed by the
    sentence's own main verb: after the clause's first finite verb (`_FINITE_AUXILIARIES`, `_MAIN_VERB_PASTS`), a
    second past form (`_MAIN_VERB_PASTS`) with no conjunction, relative, preposition nor auxiliary right before it ("Her
    Deputy X saying that the clinic would open daily drew applause": the participle phrase a gerund subject)."""
    words = _LOWER_WORDS.findall(text, pos, hi)
    finite = next((i for i, word in enumerate(words) if word in _FINITE_AUXILIARIES or word in _MAIN_VERB_PASTS), None)
    if finite is None:
        return False
    return any(word in _MAIN_VERB_PASTS and words[i - 1] not in _BEFORE_NO_MAIN_VERB
               and words[i - 1] not in _FINITE_AUXILIARIES for i, word in enumerate(words[finite + 2:], finite + 2))


def _main_clause_after(text: str, pos: int, hi: int) -> bool:
    """Whether a comma after the participle's clause (text[pos:hi], the rest of the sentence) opens a main clause, a
    subject and its verb ("Senator X stating that the road was complete, the contractors left the site."): the
    participle phrase then opens the sentence as an adverbial, no report of its own. The first two commas are read; a
    verb is a lower-case word after the subject that is no function word, or a finite auxiliary."""
    comma = pos
    for _ in range(2):
        comma = text.find(", ", comma, hi)
        if comma < 0:
            return False
        comma += 2
        subject = phrase_starting_at(text, comma, hi)
        if subject is None or subject.kind not in ("name", "description", "thing", "pronoun"):
            continue
        after = text[subject.end:min(hi, subject.end + 30)].split(maxsplit=1)
        word = after[0] if after else ""
        if word.isalpha() and word.islower() and (word not in FUNCTION_WORDS or word in _FINITE_AUXILIARIES):
            return True
    return False


def _capitalised_title_before(words_before: str) -> bool:
    """Whether the words before the name are a capitalised title the phrase did not take ("Nakuru Woman " before
    "Rep Liza Chelule"): one to four capitalised words, no comma, none a word that opens a clause ("With", "After",
    "When" …: `_CLAUSE_OPENERS`)."""
    words = words_before.split()
    return 0 < len(words) <= 4 and "," not in words_before \
        and all(word[0].isupper() and word.isalpha() and word.lower() not in _CLAUSE_OPENERS for word in words)
