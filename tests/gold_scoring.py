"""Word-level scoring of speaker attribution against a gold file, for the tests.

A self-contained cut of the shared scorer (score_attribution.py): the gold format is the
one of GOLD-FORMAT.md (`document`, `speakers[{name, aliases}]`, `statements[{speaker, kind,
text}]`), a prediction is the engine's export dict ({"statements": [{"speaker", "text"}]}).
Texts are compared as runs of words, so case, quote marks, punctuation, spacing and
Markdown syntax never matter, and splitting or merging statements costs nothing: what
counts is which words of the document end up attributed to whom.

  token precision / recall / F1   words given to the right speaker
  statement recall                gold statements with >= half their words right
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

WORD = re.compile(r"[^\W_]+", re.UNICODE)
TITLES = {"the", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "secretary"}
KINDS = ("direct", "indirect")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return WORD.findall(text)  # "country's" -> "country", "s"


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["_gold"] = path
    data["_doc"] = (path.parent / data["document"]).resolve()
    return data


def raw_body(doc: Path) -> str:
    """The document's body without the loader: what follows the title line (.txt), the
    front matter (.md), or the `body` value (.yaml). Markdown syntax stays; it has no words
    that gold statements could contain, bar link targets, which sit outside them."""
    raw = doc.read_text(encoding="utf-8")
    if doc.suffix in (".yaml", ".yml"):
        return str((yaml.safe_load(raw) or {}).get("body") or "")
    if doc.suffix == ".md" and raw.startswith("---"):
        end = raw.find("\n---", 3)
        return raw[end + 4:] if end >= 0 else raw
    lines = raw.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    return "".join(lines[first + 1:])


def _find(hay: list[str], needle: list[str], taken: set[int], after: int, strict: bool) -> int | None:
    """Start of `needle` in `hay` not yet taken: the first at or after `after`; unless
    `strict`, else the first anywhere."""
    if not needle:
        return None
    n = len(needle)
    hits = [i for i, w in enumerate(hay) if w == needle[0] and i not in taken and hay[i:i + n] == needle]
    later = next((i for i in hits if i >= after), None)
    if later is not None or strict:
        return later
    return hits[0] if hits else None


def gold_spans(gold: dict, doc_words: list[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, speaker, text) of every gold statement, found in document order and
    never overlapping; ValueError when the gold does not fit the text."""
    spans: list[tuple[int, int, str, str]] = []
    after = 0
    for st in gold["statements"]:
        w = words(st["text"])
        i = _find(doc_words, w, set(), after, strict=True)
        if i is None:
            raise ValueError(f"{gold['_gold'].name}: not found after the previous statement: {st['text'][:80]!r}")
        after = i + len(w)
        spans.append((i, after, st["speaker"], st["text"]))
    return spans


class Speakers:
    """Maps a predicted display name onto a gold speaker: exactly a name or alias, else
    the one speaker whose name words (titles aside) contain or are contained in it."""

    def __init__(self, gold_speakers: list[dict]):
        self.forms = {
            sp["name"]: {tuple(words(f)) for f in [sp["name"], *(sp.get("aliases") or [])] if words(f)}
            for sp in gold_speakers
        }

    def resolve(self, predicted: str) -> str | None:
        p = tuple(words(predicted or ""))
        if not p:
            return None
        exact = [c for c, forms in self.forms.items() if p in forms]
        if len(exact) == 1:
            return exact[0]
        pset = set(p) - TITLES
        loose = {c for c, forms in self.forms.items()
                 if pset and any((fs := set(f) - TITLES) and (pset <= fs or fs <= pset) for f in forms)}
        return loose.pop() if len(loose) == 1 else None


def score(gold: dict, pred: dict, text: str | None = None) -> dict:
    """Counts for one document. `text` is the body the engine read (default: raw_body)."""
    doc_words = words(raw_body(gold["_doc"]) if text is None else text)
    n = len(doc_words)
    spans = gold_spans(gold, doc_words)
    gold_lab: list[str | None] = [None] * n
    for a, b, who, _ in spans:
        gold_lab[a:b] = [who] * (b - a)

    speakers = Speakers(gold.get("speakers") or [])
    pred_lab: list[str | None] = [None] * n
    taken: set[int] = set()
    after = lost = 0
    for st in pred.get("statements", []):
        if not st.get("speaker"):  # unattributed (joint) statements are not scored
            continue
        w = words(st.get("text") or "")
        who = speakers.resolve(st["speaker"]) or f"?{st['speaker']}"
        i = _find(doc_words, w, taken, after, strict=False)
        if i is None:
            lost += len(w)  # words that are not in the document count against precision
            continue
        taken.add(i)
        after = i + len(w)
        for k in range(i, after):
            pred_lab[k] = who if pred_lab[k] in (None, who) else "?conflict"

    tp = sum(1 for g, p in zip(gold_lab, pred_lab) if p is not None and p == g)
    found = sum(1 for a, b, who, _ in spans if 2 * sum(pred_lab[k] == who for k in range(a, b)) >= b - a)
    missed = [f"[{who}] {t[:70]!r}" for a, b, who, t in spans
              if 2 * sum(pred_lab[k] == who for k in range(a, b)) < b - a]
    return {
        "document": gold["_doc"].name,
        "tp": tp,
        "pred_words": sum(p is not None for p in pred_lab) + lost,
        "gold_words": sum(g is not None for g in gold_lab),
        "gold_statements": len(spans),
        "found": found,
        "missed": missed,
    }


def summary(rows: list[dict]) -> dict:
    """Precision, recall and F1 on words, and statement recall, over one or more documents."""
    tot = {k: sum(r[k] for r in rows) for k in ("tp", "pred_words", "gold_words", "gold_statements", "found")}
    if not tot["gold_words"] and not tot["pred_words"]:  # nothing to find, nothing claimed
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0, "statement_recall": 1.0}
    p = tot["tp"] / tot["pred_words"] if tot["pred_words"] else 0.0
    r = tot["tp"] / tot["gold_words"] if tot["gold_words"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sr = tot["found"] / tot["gold_statements"] if tot["gold_statements"] else 0.0
    return {"precision": p, "recall": r, "f1": f1, "statement_recall": sr}
