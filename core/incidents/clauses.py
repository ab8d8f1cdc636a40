"""Clauses: the unit events are detected in (a sentence often reports two or three events).

A sentence is cut before a word that opens a new clause after a comma: a و/ف-prefixed word that
is not a definite noun («، وأصيب», «، وتمكنوا» — but «، والجيش» is coordination and stays), or a
clause opener («فيما», «بينما», «كما», «إذ», «مشيرا/مشيرة», «في وقت», «ردا على»: fire answered is told
with its own shooter; «كذلك» before a verb: «، كذلك قصف الطيران …»). «إذ» also opens a clause without a
comma.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.document import Document
from core.text.tokens import Token

# Words that open a new clause after a comma (normalised forms).
OPENERS = frozenset(
    {"فيما", "بينما", "كما", "اذ", "حيث", "مشيرا", "مضيفا", "موضحا", "مؤكدا", "لافتا", "رغم", "بيد", "لكن", "الا", "ردا",
     # the same participles said of a feminine or plural source («، مشيرة إلى أن …», «، مؤكدين أن …»)
     "مشيره", "مضيفه", "موضحه", "مؤكده", "لافته", "مشيرين", "مضيفين", "موضحين", "مؤكدين", "لافتين"}
)
ALWAYS_OPEN = frozenset({"اذ", "بينما"})
# «قتل المسلحون شرطيين انتقاما لتفجير أسفر عن مقتل 30 شخصا», «قصفت الطائرات مواقعهم ردا على هجوم …»:
# a word of retaliation before «على/ل…/من» opens the clause of the deed answered, a comma before it or
# not — that deed's kind, figures and places are not the deed told before it (38 corpus uses with no
# comma before a deed word: the Suruç bombing after the PKK's killing of two police, strikes after a
# soldier's death)
CAUSE_OPENERS = frozenset({"ردا", "وردا", "انتقاما", "وانتقاما", "ثارا", "وثارا"})
CAUSE_OBJECTS = frozenset({"علي", "من"})
# the deed answered, a verbal noun of violence (normalised, bare or definite): not «ثأرا للمسلمين من
# الحوثيين، بتفجير …» (the avenged are people; the deed told after them is the one of the clause)
CAUSE_DEEDS = frozenset({"هجوم", "هجمات", "تفجير", "تفجيرات", "مقتل", "قتل", "غاره", "غارات", "قصف", "استهداف",
                         "اغتيال", "مجزره", "اعتداء", "اعتداءات", "انفجار", "كمين", "اعتقال", "اختطاف", "خطف",
                         "اطلاق", "ضربات", "الضربات", "عمليه"})


def _deed_word(norm: str) -> bool:
    return norm in CAUSE_DEEDS or (norm.startswith("ال") and norm[2:] in CAUSE_DEEDS)


def _answers_a_deed(tok: Token, after: Token | None, then: Token | None) -> bool:
    """«ردا على هجوم», «انتقاما لتفجير», «ثأرا لمقتل»: a word of retaliation, then the deed answered."""
    if tok.norm not in CAUSE_OPENERS or after is None:
        return False
    if after.norm in CAUSE_OBJECTS:
        return then is not None and _deed_word(then.norm)
    return after.norm[:1] == "ل" and (_deed_word(after.norm[1:]) or after.norm.startswith("لل") and _deed_word(after.norm[2:]))
# «إلى ذلك،», «من جهة أخرى،», «بدورها،»: what comes before the comma is a heading or a link.
MARKERS_BEFORE_COMMA = frozenset({"ذلك", "اخري", "متصل", "ثانيه", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها"})
COMMAS = frozenset({"،", ",", "؛"})
# «… الطوق الذي فرضته المليشيا على المدينة إلى ذلك شنت طائرات التحالف غارتين على …»: a link to the
# next piece of news opens a clause wherever it stands, a lost full stop before it or not (what the
# news before it names — its places, its parties — is not this event's); not the object of a word
# before it («بالإضافة إلى ذلك», «أدى إلى ذلك»: those read on)
LINKS = (("الي", "ذلك"), ("في", "غضون", "ذلك"), ("من", "جهه", "اخري"), ("من", "ناحيه", "اخري"), ("في", "سياق", "متصل"))
LINK_FIRSTS = frozenset(link[0] for link in LINKS)  # the cheap test run at every token
NOT_BEFORE_LINK = frozenset({"بالاضافه", "اضافه", "وبالاضافه", "ادي", "يضاف", "ويضاف", "اشاره", "استنادا", "نظرا", "وما",
                             "يؤدي", "تؤدي", "ادت", "دفع", "دفعت", "يشير", "اشار", "اشارت", "بالنظر"})


# «… منها جبل الجماجم وخلال الساعات القادمة نتوقع السيطرة على مركز المحافظة»: «وخلال/وفي» then the
# coming hours or days opens the clause of what is expected, a comma lost before it — the taking told
# before it is news, and the places after it are the plan's (its `future_time` cue cancels that clause)
FUTURE_OPENERS = frozenset((w, p, q) for w in ("وخلال", "وفي") for p in ("الساعات", "الايام") for q in ("المقبله", "القادمه"))
FUTURE_FIRSTS = frozenset(opener[0] for opener in FUTURE_OPENERS)
# «قتل جنديان في هجوم … في الوقت الذي يتصاعد فيه العنف في أعقاب حملة القصف … في شمال العراق»:
# «في الوقت الذي» (while) opens the clause of the setting, a comma before it or not — its places and
# its deeds are not the event's told before it
WHILE_OPENERS = frozenset((w, "الوقت", r) for w in ("في", "وفي") for r in ("الذي", "اللذي"))
FUTURE_FIRSTS = FUTURE_FIRSTS | frozenset(opener[0] for opener in WHILE_OPENERS)
CUT_TRIPLES = FUTURE_OPENERS | WHILE_OPENERS


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # code-point offsets into the document
    end: int
    sentence: int  # index into doc.sentences
    tok_start: int  # token indexes into the sentence's token list
    tok_end: int
    paragraph: int


# «سيطرت المقاومة على موقع في الضباب، بالإضافة إلى سقوط عدد من القتلى الحوثيين في كمين … في مدينة
# الراهدة»: after a comma, «(ب)الإضافة (إلى)» then a verbal noun of what happened to people or things
# adds another event, with its own place — not a place or a group added to a list («، إضافة إلى مدينة
# جعار», «، إضافة إلى ثلاثة من العاملين»: those read on)
ADDITION_WORDS = frozenset({"بالاضافه", "اضافه", "وبالاضافه", "واضافه"})
ADDITION_TO = frozenset({"الي", "ل"})
ADDED_EVENTS = frozenset({"سقوط", "مقتل", "مصرع", "استشهاد", "اصابه", "جرح", "اسر", "تدمير", "اعطاب", "احراق"})


def _adds_an_event(tokens: list[Token], i: int) -> bool:
    if tokens[i].norm not in ADDITION_WORDS or tokens[i - 1].text not in COMMAS:
        return False
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in ADDITION_TO)
    return j < len(tokens) and tokens[j].norm in ADDED_EVENTS


# «، في وقت شن طيران التحالف …», «، في حين …»: «في» + one of these after a comma opens a clause
TIME_OPENERS = frozenset({"وقت", "حين"})


# «ألقت قوات الأمن، فجر أمس الجمعة، القبض على …»: «فجر» (dawn) before a day word is a time between
# commas, not the verb «فجّر» opening a clause («، فجر انتحاري نفسه …» still opens one) — cut there,
# the doer before the comma is lost to the event after it
DAWN = "فجر"
DAY_WORDS = frozenset({"امس", "اليوم", "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
                       "السبت"})


# «…، كذلك دارت اشتباكات في …», «…، كذلك قصف الطيران الحربي …»: «كذلك» (likewise) after a comma
# opens the next piece of news when a verb follows it — not before a definite noun, a preposition or
# a pronoun-bearing particle («، كذلك المدنيون», «، كذلك في مدينة …», «، كذلك لها قوات»): those
# read on. (The date or period of the news after it — «منذ عامين» of a siege — is then not the
# fight told before it.) «أيضاً» (also) opens it the same way (session 43: «…، ما أدى لسقوط عدد من الجرحى،
# أيضاً دارت اشتباكات بين قوات النظام … في محور منطقة المفكر»: the clash is not at the villages shelled before).
LIKEWISE = frozenset({"كذلك", "ايضا"})
NOT_AFTER_LIKEWISE = frozenset({"من", "في", "على", "علي", "عن", "الي", "مع", "هو", "هي", "هم", "هذا", "هذه", "ذلك",
                                "تلك", "كل", "بعض", "جميع", "عدد", "ايضا", "فان", "ان"})

SHORT_VERBS = frozenset({"تم", "لم", "قد"})


def _likewise_verb(after: Token | None) -> bool:
    if after is None:
        return False
    norm = after.norm
    if norm in SHORT_VERBS:
        return True  # «، كذلك تم …», «، كذلك لم …»
    return len(norm) > 2 and not norm.startswith(("ال", "لل", "بال", "وال")) and norm not in NOT_AFTER_LIKEWISE \
        and not (norm[0] in "لب" and not norm.startswith("لم"))


# «، و كان …»: the conjunction written apart from its word (some papers space it so) opens a clause as
# «، وكان» does — the word after it is read as if joined
DETACHED_CONJUNCTIONS = frozenset({"و", "ف"})


def _joined(conj: Token, word: Token) -> Token:
    """The conjunction and the word after it read as one token («و» + «كان» → «وكان»)."""
    return replace(word, text=conj.text + word.text, norm=conj.norm + word.norm, start=conj.start)


def _opens_clause(prev: Token | None, tok: Token, before: Token | None = None, after: Token | None = None,
                  then: Token | None = None) -> bool:
    norm = tok.norm
    if norm == DAWN and after is not None and after.norm in DAY_WORDS:
        return False
    if norm == "في" and after is not None and after.norm in TIME_OPENERS and prev is not None and prev.text in COMMAS:
        return True
    if prev is not None and prev.text in COMMAS and before is not None and before.norm in MARKERS_BEFORE_COMMA:
        return True
    if norm in ALWAYS_OPEN and prev is not None:
        return True
    if prev is not None and _answers_a_deed(tok, after, then):
        return True
    if prev is None or prev.text not in COMMAS:
        return False
    if norm in OPENERS:
        return True
    if norm in LIKEWISE:
        return _likewise_verb(after)
    if norm in DETACHED_CONJUNCTIONS and after is not None:  # «، و كما شهدت …», «، و طالب …»: written apart
        return after.norm in OPENERS or _opens_clause(prev, _joined(tok, after))
    if norm == "ولا" and after is not None and after.norm == "سيما":
        # «، ولا سيما قاعدة انجرليك …»: "especially", the list goes on; «، ولا سيما أن …» gives a reason
        return then is not None and then.norm in ("ان", "وان")
    if len(norm) > 2 and norm[0] in "وف":
        rest = norm[1:]
        return not rest.startswith("ال") and not rest.startswith("لل")
    return False


def _link_at(tokens: list[Token], i: int) -> bool:
    """A link phrase (`LINKS`) starts at token i, and the word before it is no verb or noun taking it,
    nor is its «ذلك» a demonstrative before a noun («تقدمت المقاومة إلى ذلك الحي», «إلى ذلك الحين»)."""
    if tokens[i].norm not in LINK_FIRSTS or tokens[i - 1].norm in NOT_BEFORE_LINK:
        return False
    for link in LINKS:
        if tuple(t.norm for t in tokens[i:i + len(link)]) == link:
            nxt = tokens[i + len(link)].text if i + len(link) < len(tokens) else ""
            return not (link[-1] == "ذلك" and nxt.startswith("ال"))
    return False


def split_clauses(doc: Document, sentence_tokens: list[list[Token]] | None = None) -> list[list[Clause]]:
    """Clauses of every sentence, in order; every sentence has at least one clause."""
    groups = sentence_tokens if sentence_tokens is not None else doc.sentence_tokens()
    out: list[list[Clause]] = []
    paragraph = 0
    prev_end = 0
    for s_idx, ((s_start, s_end), tokens) in enumerate(zip(doc.sentences, groups)):
        if "\n" in doc.text[prev_end:s_start]:
            paragraph += 1
        prev_end = s_end
        cuts = [0]
        for i in range(1, len(tokens)):
            if _link_at(tokens, i) or _adds_an_event(tokens, i) or (tokens[i].norm in FUTURE_FIRSTS
                                                                 and tuple(t.norm for t in tokens[i:i + 3]) in CUT_TRIPLES):
                cuts.append(i)
                continue
            # only after a comma, or at a word that always opens, can a clause start (cheap test first)
            if (tokens[i - 1].text in COMMAS or tokens[i].norm in ALWAYS_OPEN or tokens[i].norm in CAUSE_OPENERS) and _opens_clause(
                tokens[i - 1], tokens[i], tokens[i - 2] if i > 1 else None, tokens[i + 1] if i + 1 < len(tokens) else None,
                tokens[i + 2] if i + 2 < len(tokens) else None
            ):
                cuts.append(i)
        cuts.append(len(tokens))
        clauses = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            clauses.append(Clause(tokens[a].start, tokens[b - 1].end, s_idx, a, b, paragraph))
        if not clauses:
            clauses.append(Clause(s_start, s_end, s_idx, 0, 0, paragraph))
        out.append(clauses)
    return out
