"""Codability: would a trained coder write this candidate down as an incident, in that place?

The rules find candidates; some are not incidents a coder codes (a massacre told again as an
"attack", bodies arriving at a hospital, an arrest campaign of last year), or are placed in the
wrong governorate. Two models learned from the hand-coded Yemen articles
(`build_scripts/gold/yemen_incidents.json`, all 540 articles; label: matched by event type and
governorate) scores each coded candidate from what the pipeline knows about it: the rules' own
support score, how it is told (a strong trigger, its own date, a definite back-reference
«المعارك», «another»), the precision of its place and how it was found, its actors' types,
casualty figures, how many sentences tell it, where in the article it is first told, how far back
it is dated, how many other candidates the article has, whether its place is in the title and how
often it is named, its sub-event type, its place's kind and the article's length (these three
paid only once the model had 540 coded articles to learn from; see docs/incidents.md), and the
words of the clause that first tells it, without names of places, days and figures (version 11:
+0.003 F1 in cross-validation over no words). The two
models are a logistic regression and a random forest (which can use combinations of features that the
logistic model only adds up); their mean
probability scored +0.008 F1 over the logistic model alone, in cross-validation and on each
never-read part left out.

The probability becomes the candidate's `confidence`; below the model's threshold it is set aside
with the flag `unlikely` — kept, shown with its reason, never counted or exported — unless it is
told as news beyond doubt: a strong trigger, dated by the text to the last three days, with its
place named in its own clause (`protected`; a review found clear abductions in a named city set
aside: the label also punishes a wrong governorate, which the model reads off the place's
precision). Candidates set aside for other reasons (commentary, no place, a tally, a rights
report) keep the rules' support score as their confidence.

Weights, trees and threshold live in `resources/acled/codability.json`, built by
`build_scripts/train_incident_filter.py` (which prints its grouped cross-validated effect on
incident F1). A missing model file leaves every candidate coded, with the rules' support score as
its confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Date
from functools import lru_cache
from operator import attrgetter
from typing import Any

from core.document import Document
from core.incidents.eventness import classes_of
from core.incidents.lexicons import context, fitted_model, forest_many, logistic, word_set
from core.incidents.merge import Draft, _confidence
from core.incidents.model import Incident
from core.text.clitics import variant_in
from core.text.normalize import fold
from core.text.tokens import Token

ENABLED = True  # tests of the rules switch it off to see every candidate coded
FLAG = "unlikely"
LEAD_CHARS = 400  # an incident first told in the article's first lines is its news
LONG_ARTICLE = 6000  # characters: longer articles score as this long
WORD_WEIGHT = 0.3  # value of a word feature: 0.3 and 1.0 scored within 0.002 in cross-validation
# Words that are no word features: which place, day or figure is told is no reason to code it or not
# (a review found «عدن» weighing an Aden event down and «تعز» a Taiz one up).
NOT_WORDS = frozenset({"LOCATION", "DATE", "NUMBER"})
START = attrgetter("start")  # tokens are sorted by it
HOME = "Yemen"  # the war the model was fitted on; `border_regions` (triggers_context.json) lists its neighbours' border areas


def _days_back(incident: Incident, article_date: Date | None) -> str:
    if not incident.date or article_date is None:
        return "none"
    try:
        days = (article_date - Date.fromisoformat(incident.date[:10])).days
    except ValueError:
        return "none"
    return "future" if days < 0 else "0" if days == 0 else "1" if days == 1 else "2-3" if days <= 3 else "4+"


# Word classes (resources/acled/eventness_cues.json) that, before the trigger in its own clause, say
# the violence is talked about, not told: «وأدان الاتحاد أمس اختطاف …» (opinion), «محاكمة …»
# (legal); negation and modals only right before it («لم تسجل أمس أي اشتباكات»), not «لا تزال» nor
# «قد» («كان مسلحون قد اختطفوا»: already); plus `talk_before_words` (calls, failures, releases,
# talks, «ظاهرة»). A review found wider checks (the whole sentence, history and generic-talk words,
# later back-references such as «وقد أدان حزب الإصلاح هذا الاختطاف») voiding clear news.
TALK_CLASSES = frozenset({"opinion", "legal"})
NEAR_CLASSES = frozenset({"negation", "future_modal"})
NEAR = 3  # tokens before the trigger where a negation or a modal governs it
NOT_TALK = frozenset({"قد", "لقد"})


def _talked_about(draft: Draft, sentence_tokens: list[list[Token]] | None) -> bool:
    if not sentence_tokens:
        return False
    told = [r for r in draft.reports if not r.definite] or draft.reports  # the telling, not back-references
    r = told[0]
    if r.sentence >= len(sentence_tokens) or not r.mentions:
        return False
    talk = word_set("talk_before_words")
    still = word_set("negation_unless_next")
    mention = min(r.mentions, key=lambda m: m.start)
    tokens = sentence_tokens[r.sentence]
    before = [t for t in tokens[mention.clause.tok_start:mention.clause.tok_end] if t.start < mention.start]
    for k, tok in enumerate(before):
        if tok.norm.lstrip("و") in NOT_TALK:
            continue
        classes = set(classes_of(tok.norm))
        if classes & TALK_CLASSES or variant_in(tok.norm, talk, depth=1):
            return True
        nxt = before[k + 1].norm if k + 1 < len(before) else ""
        if classes & NEAR_CLASSES and len(before) - k <= NEAR and nxt not in still:
            return True
    return False


def _told(f: dict[str, float], draft: Draft, sentence_tokens: list[list[Token]] | None = None) -> None:
    """How the reports behind the candidate tell it: a strong trigger, a date of its own, a place
    named in its own clause or carried from earlier, a definite back-reference («المعارك»), words
    of talk before the trigger."""
    reports = draft.reports
    if _talked_about(draft, sentence_tokens):
        f["talk_before"] = 1.0
    if any(r.strength == "strong" for r in reports):
        f["strong"] = 1.0
    if any(r.date_explicit for r in reports):
        f["dated"] = 1.0
    if all(r.definite for r in reports):
        f["definite"] = 1.0
    if any(r.another or r.pointed for r in reports):
        f["another"] = 1.0
    if all(r.finer for r in reports):
        f["finer"] = 1.0  # a further place of a list within one district («في أحياء الضباب، وجبل صبر»)
    listed = max(r.parts for r in reports)
    if listed > 1:
        f["list_part"] = 1.0
        f["list_size"] = min(6, listed) / 6
    located = draft.located
    how = "none" if located is None else located.how if located.explicit else "implicit"
    if how == "named" and located is not None and located.span is not None and not _in_own_clause(located.span.start, reports):
        how = "sentence"  # named in another clause of its sentence («…، فيما قصفت الميليشيات مواقع أخرى»)
    f["place_how:" + how] = 1.0


def _in_own_clause(at: int, reports: list) -> bool:
    """The place is named in a clause of one of the candidate's tellings (its trigger's, or one of its
    list of targets told after it), not in another clause of the sentence."""
    return any(c.start <= at < c.end for r in reports for c in (*r.clauses, *r.also))


def features(incident: Incident, draft: Draft | None, others: list[Incident], doc: Document) -> dict[str, float]:
    """Features of one candidate of `doc`; `draft` holds the reports merged into it (None: only
    what the incident itself says), `others` are the article's coded candidates (itself included)."""
    text, title, article_date = doc.text, doc.title, doc.date
    support = _confidence(draft, incident) if draft is not None else incident.confidence
    f: dict[str, float] = {"bias": 1.0, "support": support}
    if draft is not None:
        _told(f, draft, doc.sentence_tokens() if doc.tokens else None)
    loc = incident.location
    f[f"geo:{loc.geo_precision if loc else 9}"] = 1.0
    f["sub:" + incident.sub_event_type] = 1.0
    if loc:
        f["kind:" + (loc.kind or "none")] = 1.0
        # coders of the Yemen war code border fighting in its neighbours, not their far interior; a
        # place in a country beyond them (Iraq, Syria, …: another war's news) has no such feature
        neighbours = context()["border_regions"].get(HOME, {})
        if loc.country and loc.country != HOME and loc.country in neighbours:
            border = loc.admin1_en in neighbours[loc.country]
            f["abroad:" + ("border" if border else "far")] = 1.0
    f["length"] = min(LONG_ARTICLE, len(text)) / LONG_ARTICLE
    for key, actor in (("a1", incident.actor1), ("a2", incident.actor2)):
        f[f"{key}:{actor.actor_type if actor and actor.actor_type else 'none'}"] = 1.0
    f["assoc"] = min(2, len(incident.assoc_actor_1) + len(incident.assoc_actor_2)) / 2
    killed = "unknown" if "fatalities_unknown" in incident.flags else "yes" if incident.fatalities else "no"
    f["killed:" + killed] = 1.0
    if incident.injured:
        f["injured"] = 1.0
    if incident.captured:
        f["captured"] = 1.0
    if incident.equipment:
        f["equipment"] = 1.0
    if incident.source:
        f["source"] = 1.0
    f["evidence"] = min(4, len(incident.evidence)) / 4
    first = min((s for s, _ in incident.evidence), default=0)
    f["position"] = first / max(1, len(text))
    if first < LEAD_CHARS:
        f["lead"] = 1.0
    f["candidates"] = min(10, len(others)) / 10
    f["same_type"] = min(5, sum(1 for o in others if o.event_type == incident.event_type)) / 5
    admin1 = loc.admin1_en if loc else ""
    f["same_admin1"] = min(5, sum(1 for o in others if o.location and o.location.admin1_en == admin1)) / 5
    f[f"time_precision:{incident.time_precision}"] = 1.0
    f["days_back:" + _days_back(incident, article_date)] = 1.0
    if loc and title and (_named_in(loc.text, title) or _named_in(loc.admin1_ar, title)):
        f["place_in_title"] = 1.0
    if loc and loc.text:
        f["place_told"] = min(5, _times_named(loc.text, text)) / 5
    if incident.evidence and doc.tokens:  # the words of its first telling (weighted down: many, each weak)
        start, end = incident.evidence[0]
        named = [(e.start, e.end) for e in doc.entities
                 if e.label in NOT_WORDS and e.start < end and start < e.end]
        at = bisect_left(doc.tokens, start, key=START)
        for t in doc.tokens[at: bisect_left(doc.tokens, end, lo=at, key=START)]:
            if not t.is_punct and not any(ch.isdigit() for ch in t.norm) \
                    and not any(a <= t.start < b for a, b in named):
                f["w:" + t.norm] = WORD_WEIGHT
    return f


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """Text as names are compared: folded like tokens (hamza forms, ة/ه, ى/ي, marks and tatweel
    gone), every run of spaces one space."""
    return " ".join(fold(text).lower().split())


@lru_cache(maxsize=512)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """A name as a whole word of folded text, proclitics allowed before it: «إب» in «بمحافظة إب»,
    «وإب», not in «إبراهيم» (nor «إبِراهيم»); «تعز» not in «تعزيزات»; «الحديدة» in «للحديدة»."""
    folded = _folded(name)
    if not folded:
        return None
    forms = [r"(?:[وفبلك]|وب|ول|ال|بال|وال)?" + re.escape(folded)]
    if folded.startswith("ال") and len(folded) > 3:
        forms.append(r"[وف]?لل" + re.escape(folded[2:]))
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)")


def _named_in(name: str, text: str) -> bool:
    pattern = _name_pattern(name) if name else None
    return pattern is not None and pattern.search(_folded(text)) is not None


def _times_named(name: str, text: str) -> int:
    pattern = _name_pattern(name) if name else None
    return len(pattern.findall(_folded(text))) if pattern is not None else 0


RECENT = frozenset({"days_back:0", "days_back:1", "days_back:2-3"})


def protected(feats: dict[str, float]) -> bool:
    """Told as news beyond doubt: a strong trigger, or a weak one with a named doer that is not only
    a back-reference («قصف الحوثيون أمس أحياء سكنية في مدينة تعز», not «شيع الآلاف أمس في عدن جثامين
    ضحايا القصف الحوثي»), dated by the text to the last three days (not the future), its place named
    in its own clause, and no word of talk before the trigger («وأدان … أمس اختطاف», «لم تسجل أمس أي
    اشتباكات»). Never set aside as unlikely."""
    doer = any(k.startswith("a1:") and k != "a1:none" for k in feats) and "definite" not in feats
    return (("strong" in feats or doer) and "dated" in feats and ("place_how:named" in feats or "place_how:sentence" in feats)
            and "talk_before" not in feats and any(k in feats for k in RECENT))


# Strategic developments the model was not fitted to judge outside its home war: arrests and
# defused or destroyed bombs abroad («واعتقلت القوات الأمنية 23 عنصرا بجنوب مدينة العريش», «أبطل خبراء
# متفجرات مفعول عبوة ناسفة قرب مبنى الحزب»). The model, fitted on Yemen's news, set aside all 6 the rules
# found of the first non-Yemen read file's 9 (the two read files' gold codes 14 of its 144
# incidents as such).
ABROAD_KEPT = frozenset({"Arrests", "Disrupted weapons use"})


def _kept_abroad(incident: Incident, feats: dict[str, float], doc: Document | None = None) -> bool:
    """An arrest or a disrupted weapons use outside HOME, by a named doer, not only told back
    («وعمليات المداهمات للبؤر الإرهابية»: `definite`), its place named in its own sentence (not
    carried from earlier): coded whatever the model's probability. Not when a word of talk comes
    before it («طالب محتجون بنشر صور فيديو حول اعتقال …»: a demand about an arrest) or the doer is
    no force (protesters, rioters, civilians arrest no one); a disrupted weapons use only when its
    first telling names the weapon or device (`_names_device`): «أحبطت قوات الأمن محاولة تسلل 17
    شخصا عبر الحدود» foils a border crossing, no weapon."""
    loc = incident.location
    doer = any(k.startswith("a1:") and k not in NO_FORCE for k in feats) and "definite" not in feats
    return incident.event_type == "Strategic developments" and incident.sub_event_type in ABROAD_KEPT \
        and loc is not None and loc.country not in ("", HOME) and doer and "talk_before" not in feats \
        and ("place_how:named" in feats or "place_how:sentence" in feats) \
        and (incident.sub_event_type != "Disrupted weapons use" or _names_device(incident, feats, doc))


NO_FORCE = frozenset({"a1:none", "a1:protesters", "a1:rioters", "a1:civilians"})
PROTEST_TYPES = ("Protests", "Riots")
FORCE_ON_PROTESTERS = "Excessive force against protesters"


def _protest_told_abroad(incident: Incident, draft: Draft | None, feats: dict[str, float], doc: Document) -> bool:
    """A protest or riot outside HOME told in its first clause by a crowd verb in the past
    (`protest_crowd_verbs`: «وتجمع نحو ألف متظاهر أمام مقر الأونروا في عمان», «خرج مئات المتظاهرين
    إلى ساحة التحرير في بغداد»), or force against protesters told there by a past verb of wounds or
    deaths (`protest_hurt_verbs`: «أصيب متظاهران برصاص الجيش»), its place named in that clause,
    dated no more than three days back, no word of talk before it: coded whatever the model says.
    The model, fitted on Yemen's news where protests are few, set aside 109 protests of 455
    protest articles abroad, these among them; a protest named only by its noun («الاحتجاجات التي
    اندلعت في اللاذقية», «بعد مقتل أحد المتظاهرين») is still left to it."""
    loc = incident.location
    if incident.event_type not in PROTEST_TYPES or draft is None or not draft.reports or not doc.tokens \
            or loc is None or loc.country in ("", HOME) or "talk_before" in feats or "place_how:named" not in feats \
            or not any(k in feats for k in RECENT):
        return False
    told = [r for r in draft.reports if not r.definite] or draft.reports
    r = told[0]
    sentences = doc.sentence_tokens()
    if not r.mentions or r.sentence >= len(sentences):
        return False
    clause = min(r.mentions, key=lambda m: m.start).clause
    words = word_set("protest_hurt_verbs" if incident.sub_event_type == FORCE_ON_PROTESTERS else "protest_crowd_verbs")
    return any(variant_in(t.norm, words, depth=1) for t in sentences[r.sentence][clause.tok_start:clause.tok_end])
DEVICE_LISTS = ("mine_words", "mine_object_forms", "booby_trap_words", "explosive_adjectives", "smuggled_arms")


@lru_cache(maxsize=1)
def _device_words() -> frozenset[str]:
    """The words of the `DEVICE_LISTS`, one set (read once)."""
    return frozenset().union(*(word_set(k) for k in DEVICE_LISTS))


def _names_device(incident: Incident, feats: dict[str, float], doc: Document | None) -> bool:
    """The first telling holds a WEAPON entity («عبوة ناسفة», «صاروخ») or a word of the device and
    arms lists of triggers_context.json (`DEVICE_LISTS`: «لغما», «الأسلحة», «مفخخة»)."""
    words = _device_words()
    if any(k.startswith("w:") and variant_in(k[2:], words, depth=1) for k in feats):
        return True
    if doc is None or not incident.evidence:
        return False
    start, end = incident.evidence[0]
    return any(e.label == "WEAPON" and e.start < end and start < e.end for e in doc.entities)


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    return fitted_model("codability.json")


def probability(feats: dict[str, float]) -> float | None:
    return probabilities([feats])[0]


def probabilities(rows: list[dict[str, float]]) -> list[float | None]:
    """The model's probability for each candidate's features (None without a model): the mean of
    the logistic model's and the random forest's when the file has a forest."""
    m = model()
    if not m or not ENABLED:
        return [None] * len(rows)
    ps = [logistic(m["weights"], f) for f in rows]
    if (m.get("forest") or {}).get("trees"):
        ps = [(p + q) / 2 for p, q in zip(ps, forest_many(m["forest"], rows))]
    return ps


def assess(candidates: list[tuple[Incident, Draft]], doc: Document,
           only: list[tuple[Incident, Draft]] | None = None) -> None:
    """Score the article's coded candidates: confidence = the model's probability, and the flag
    `unlikely` below its threshold. Without a model (or switched off) nothing changes. With `only`,
    score those alone, the article's other candidates being `candidates` (a candidate let back in
    after the others were scored)."""
    if not model() or not ENABLED:
        return  # no scoring, so no features either
    others = [inc for inc, _ in candidates]
    scored = candidates if only is None else only
    rows = [features(incident, draft, others, doc) for incident, draft in scored]
    for (incident, draft), f, p in zip(scored, rows, probabilities(rows)):
        assert p is not None
        incident.confidence = p
        if p < model()["threshold"] and FLAG not in incident.flags and not protected(f) \
                and not _kept_abroad(incident, f, doc) and not _protest_told_abroad(incident, draft, f, doc):
            incident.flags.append(FLAG)
