"""Detection: trigger phrases in each clause, minus those a context cue cancels.

The output is a list of `Mention`s — one per event kind per clause — that the argument step
fills and the merge step groups. Cancelled triggers are kept (with `cancelled` set) so the
reader can show why a sentence was not coded; `active_mentions` filters them out.

Priorities, in order (all in data except the order itself):
1. a generic trigger («هجوم», «قصف», «قتال») takes the kind its clause's weapons give it
   (artillery/rockets → Shelling, aircraft → Air/drone strike, IEDs → Remote explosive);
2. a generic trigger gives way to a strong trigger of another violent kind in its clause;
3. a weak trigger (a casualty word) is an event only when its sentence has no other violent one;
4. a protest sentence with a strong riot trigger is a riot; protest sub-events follow cues.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache
import threading

from core.acled_inter import NON_STATE, UNARMED
from core.document import Document, Span
from core.entities.matcher import normalized
from core.entities.numbers import is_number_word
from core.incidents.clauses import COMMAS, DAWN, DAY_WORDS, Clause, split_clauses
from core.text.clitics import DEFINITE_FORMS, any_variant_in, conj_in, proclitic_variants, variant_in
from core.incidents.lexicons import (Cue, Trigger, air_actor_ids, context, cue_matcher, is_violent, killing_not_before, purpose_noun, trigger_matcher, word_matcher,
                                     word_set)
from core.text.tokens import Token

# Weapon category words (lower-case substrings of WEAPON attrs["category"]/["name_en"]) -> kind.
WEAPON_KINDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("aircraft", "fighter", "jet", "helicopter", "drone", "uav", "warplane", "air"), "Explosions/Remote violence", "Air/drone strike"),
    (("artillery", "rocket", "katyusha", "grad", "missile", "mortar", "howitzer", "shell"), "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (("ied", "car bomb", "landmine", "mine", "explosive", "bomb"), "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    (("grenade",), "Explosions/Remote violence", "Grenade"),
)
# Kinds a weapon gives a casualty word of its clause (see `_prioritise`): fired from afar or set off
WEAPON_KILLS = ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")


@dataclass(slots=True)
class Mention:
    event_type: str
    sub_event_type: str
    strength: str
    resolve: str
    start: int  # the trigger's offsets
    end: int
    clause: Clause
    definite: bool = False
    cancelled: str = ""  # cue kind that cancelled it, "" when it stands
    triggers: list[tuple[int, int]] = field(default_factory=list)
    homes_end: int = 0  # homes shelled beside a fight told with it: where the shelling's own words end
    referred: bool = False  # «الهجوم» read as the blast told before it (`_blasts_referred`): a retelling

    @property
    def sentence(self) -> int:
        return self.clause.sentence

    @property
    def kind(self) -> tuple[str, str]:
        return (self.event_type, self.sub_event_type)


def is_definite(norm: str, text: str = "") -> bool:
    """«المواجهات», «والغارات», «بالقصف»: a definite noun (often a back-reference). With the
    token's `text`, a verb whose first letter is a hamza («ألقت القبض», «وألحقت») is none: the
    normalised form hides the hamza and reads like «ال»."""
    bare = text[1:] if len(text) > 3 and text[0] in "وف" else text
    if bare and bare[0] in "أإآ":  # ("" is in every string: without a text, no hamza to read)
        return False
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]
    if norm.startswith("لل"):
        return True
    if norm[:1] in "بلك" and norm[1:3] == "ال":
        norm = norm[1:]
    return norm.startswith("ال")


def weapons_and_flyers(entities: list[Span]) -> list[Span]:
    """The WEAPON spans, and the actors named by their aircraft («طائرة أمريكية بدون طيار»,
    «الطيران الإماراتي»: actors.json `weapon_category`) as the weapon they fly: the actor span
    covers the words the weapon recogniser would have tagged."""
    out = [s for s in entities if s.label == "WEAPON"]
    out += [Span(s.start, s.end, "WEAPON", s.source, s.text, {"category": s.attrs["weapon_category"], "name_en": ""})
            for s in entities if s.label == "ARMED_ACTOR" and s.attrs.get("weapon_category")]
    return sorted(out, key=lambda s: s.start)


# weapons aimed at aircraft: their names hold «aircraft» («Anti-aircraft gun»), but they fire from the
# ground («الدفاعات الجوية», «مضادات الطيران»): no air strike, nor any kind of their own here
GROUND_AIR_DEFENCE = ("anti_aircraft",)


def weapon_kind(span: Span) -> tuple[str, str] | None:
    if span.attrs.get("category", "") in GROUND_AIR_DEFENCE:
        return None
    label = f"{span.attrs.get('category', '')} {span.attrs.get('name_en', '')}".lower()
    for words, event_type, sub in WEAPON_KINDS:
        if any(w in label for w in words):
            return (event_type, sub)
    return None


def _exploded(tokens: list[Token], offset: int) -> bool:
    """The word right before `offset` says something blew up («انفجار قنبلة عنقودية»)."""
    before = [t for t in tokens if t.end <= offset][-1:]
    return bool(before) and any(w in before[0].norm for w in ("انفجار", "انفجرت", "انفجر"))


def _named_munitions(hits: list[tuple], weapons: list[Span], tokens: list[Token]) -> list[tuple]:
    """A bomb word inside a weapon's name of another kind is that weapon's event: «قنابل الهاون»
    are mortar rounds (shelling), «قنابل عنقودية» dropped from the air (an air strike) — not the
    «قنابل» of an IED."""
    out: list[tuple] = []
    for hit in hits:
        trig: Trigger = hit[4]
        if trig.sub_event_type == "Remote explosive/landmine/IED":
            around = next((w for w in weapons if w.start <= hit[2] and hit[3] <= w.end), None)
            kind = weapon_kind(around) if around is not None else None
            if kind == ("Explosions/Remote violence", "Air/drone strike") and _exploded(tokens, around.start):
                kind = None  # «انفجار قنبلة عنقودية» (from an old strike, «من مخلفات …»): a blast, no strike
            if kind is not None and kind[1] != trig.sub_event_type:
                hit = (*hit[:4], replace(trig, event_type=kind[0], sub_event_type=kind[1]), *hit[5:])
        out.append(hit)
    return out


def _single_word_triggers() -> dict[str, Trigger]:
    matcher = trigger_matcher()
    out: dict[str, Trigger] = {}
    for key, node in matcher._trie.items():  # noqa: SLF001 - read-only view of one-word entries
        if key is not None and None in node:
            out.setdefault(key, node[None][0])
    return out


_FUTURE_CACHE: dict[str, Trigger] = {}


def _future_trigger(norm: str) -> Trigger | None:
    """«سيهاجم», «ستشن»: سـ + imperfect verb — a plan, not an event."""
    if not _FUTURE_CACHE:
        _FUTURE_CACHE.update(_single_word_triggers())
    if len(norm) > 3 and norm[0] == "س" and norm[1] in "يتن":
        return _FUTURE_CACHE.get(norm[1:])
    return None


def _cancellations(tokens: list[Token], clauses: list[Clause],
                   dated: Collection[int] = (), triggers: Collection[int] = ()) -> list[tuple[int, int, str]]:
    """(first token, last token exclusive, kind) ranges of the sentence a cue cancels. Tokens of
    a date (`dated`, token indexes) do not use up a cue's window: «لم تسجل أمس أي اشتباكات».
    `triggers`: the token indexes where the sentence's trigger words start."""
    out: list[tuple[int, int, str]] = []
    for match in cue_matcher().find(tokens):
        for cue in match.payloads:  # «منذ» is two cues: right before a trigger, and before a period
            span = _cancelled_by(cue, match, tokens, clauses, dated, triggers)
            if span is not None:
                out.append(span)
    if tokens and tokens[-1].text in ("؟", "?"):
        out.append((0, len(tokens), "question"))
    return out


NEAR_BEFORE = 3  # words before a cue its `unless_near` looks at


def _cancelled_by(cue: Cue, match, tokens: list[Token], clauses: list[Clause],
                  dated: Collection[int], triggers: Collection[int] = ()) -> tuple[int, int, str] | None:
    """The range one matched cue cancels, or None when its conditions are not met."""
    nxt = tokens[match.token_end].norm if match.token_end < len(tokens) else ""
    if nxt and cue.unless_next and nxt in cue.unless_next:
        return None
    after = tokens[match.token_end: match.token_end + cue.window]
    if cue.requires and not any(t.norm in cue.requires for t in after):
        return None
    if cue.unless_before and match.token_start and tokens[match.token_start - 1].norm in cue.unless_before:
        return None
    if cue.indefinite and is_definite(tokens[match.token_start].norm):
        return None
    clause = next((c for c in clauses if c.tok_start <= match.token_start < c.tok_end), clauses[-1])
    if cue.unless_near and any_variant_in(
            (tokens[k].norm for k in range(max(clause.tok_start, match.token_start - NEAR_BEFORE), match.token_start)),
            cue.unless_near, depth=1):
        return None  # «طفلة عمرها ستة أشهر جراء القصف»: an age
    if cue.scope == "sentence":
        return (0, len(tokens), cue.kind)
    if cue.scope == "whole_clause":
        return (_reach_start(cue, match.token_start, tokens, clause, triggers), clause.tok_end, cue.kind)
    if cue.scope == "before":  # «أن حسم المعارك … بات وشيكا، خاصة أن معارك دارت …»: only what the cue closes
        return (_reach_start(cue, match.token_start, tokens, clause, triggers), match.token_start, cue.kind)
    if cue.scope == "next":
        reach = cue.window + sum(1 for k in range(match.token_end, match.token_end + cue.window) if k in dated)
        end = _until(cue, tokens, match.token_end, min(clause.tok_end, match.token_end + reach))
        if cue.first_trigger:  # «ومع استمرار المعارك، قتل 15 حوثيا»: the backdrop is the fighting, not the killing
            end = next((k + 1 for k in range(match.token_end, end) if k in triggers), end)
        return (match.token_end, end, cue.kind)
    end = _before_past_time(tokens, match.token_end, clause.tok_end, cue.kind == "plan", triggers) \
        if cue.kind in ("plan", "denial") else clause.tok_end
    return (match.token_end, _until(cue, tokens, match.token_end, end), cue.kind)


def _until(cue: Cue, tokens: list[Token], start: int, end: int) -> int:
    """Where a cue's reach stops before `end`: at the first word of its `until` (bare or after
    «و/ف»): «تأخرت الرحلة بسبب قصف طيران التحالف المطار» — the strike that caused the delay is told.
    A cue that requires a word after it looks from that word on: «أسلحة نوعية منها صواريخ الكاتيوشا
    في قصف مواقع المقاومة» — the list of weapons ends at «في», the shelling is told."""
    if cue.until:
        if cue.requires:  # the list the required word opens runs to the stop: «… تضم صواريخ في قصف …»
            start = next((k for k in range(start, end) if tokens[k].norm in cue.requires), start)
        for k in range(start, end):
            norm = tokens[k].norm
            if conj_in(norm, cue.until):
                return k
    return end


def _reach_start(cue: Cue, at: int, tokens: list[Token], clause: Clause, triggers: Collection[int]) -> int:
    """Where a whole-clause cue at token `at` starts cancelling: its clause's start, or a word of
    its `reach_from` that opens a description of what precedes — a participle right before it
    («في مدينة تعز المحاصرة منذ أشهر») or a relative pronoun with a trigger of its own before the
    cue («قتل 5 حوثيين في تعز التي تشهد معارك منذ أشهر»: the months are the place's fighting, not
    the killing's; «سيطروا على قاعدة العند التي تقع شمال عدن منذ أسابيع» dates the taking); with
    `reach_any`, a relative pronoun anywhere before the cue («… زنجبار التي حاصرتها قبل أيام»)."""
    if cue.reach_from:
        for k in range(at - 1, clause.tok_start - 1, -1):
            if variant_in(tokens[k].norm, cue.reach_from, depth=1) \
                    and (k == at - 1 or cue.reach_any or any(k < t < at for t in triggers)):
                return k
    return clause.tok_start


REPORTED_THAT = frozenset({"ان", "بان"})  # «أن/إن/بأن», normalised
SHELLING = "Shelling/artillery/missile attack"
SPOILS_REACH = 15  # tokens from «غنمت» to the last weapon of its list


def _spoils(tokens: list[Token], t0: int, triggers: Collection[int], weapon: Span | None = None,
            armed: Collection[Span] = (), flyers: Collection[Span] = ()) -> str:
    """A rocket or shell named after a verb of seizing («غنمت كميات من الأسلحة، منها 12 دبابة،
    وصواريخ كاتيوشا كانت مصوبة تجاه المطار», «ضبطت الأجهزة الأمنية قذائف هاون») is equipment
    taken, not fire — unless another trigger stands between («استولت على المواقع بعد أن قصفتها
    بصواريخ»). So is one a verb of destroying has for object (`weapon`: the WEAPON span the
    trigger lies in; «دمر طيران التحالف عربة كاتيوشا تابعة للحوثي في غارة …», «تدمير منصة
    صواريخ», «دمرت المقاومة راجمة صواريخ»): equipment lost, not a shelling of its own — not when
    the weapon is the verb's doer («دمرت صواريخ الكاتيوشا منازل المواطنين», see `_object_of`).
    `triggers`: the sentence's trigger token starts; `armed`: the sentence's armed actors, and
    `flyers` its aircraft (WEAPON spans) — a trigger inside them is the destroyer named, not a
    deed between («دمر طيران التحالف …»). Returns "seized", "destroyed" or "" (fire)."""
    seized = word_set("seized_verbs")
    destroyed = word_set("destroyed_verbs") if weapon is not None and (kind := weapon_kind(weapon)) else frozenset()
    doers = [*armed, *flyers]
    name_start = t0  # «صواريخ كاتيوشا»: two trigger words naming one weapon
    for k in range(t0 - 1, max(-1, t0 - SPOILS_REACH - 1), -1):
        norm = tokens[k].norm
        if variant_in(norm, seized, depth=1):
            return "seized"
        if destroyed and variant_in(norm, destroyed, depth=1):
            lost = _object_of(tokens, k, weapon, kind, list(armed)) or _carried(tokens, k, weapon)
            return "destroyed" if lost else ""
        if destroyed and k in triggers and any(d.start <= tokens[k].start < d.end for d in doers):
            continue  # «دمر طيران التحالف عربة كاتيوشا»: the aircraft that destroyed it
        if k in triggers:
            if k != name_start - 1 or tokens[name_start].norm[:1] == "ب":
                return ""  # another deed between, or the one the weapon is the means of («قصفتها بصواريخ»)
            name_start = k
    return ""


CARRIER_GAP = 2  # words from a carrier («منصات») to the weapon it carries («منصات لإطلاق صواريخ الكاتيوشا»)


def _carried(tokens: list[Token], verb: int, weapon: Span) -> bool:
    """The weapon is named by what carries or holds it (`weapon_carriers`: «عربة كاتيوشا»,
    «منصات لإطلاق صواريخ», «راجمة صواريخ», «مخازن صواريخ»), at most CARRIER_GAP words before it
    and after the destroy/seize verb at token `verb`: a vehicle, platform or depot destroyed
    is no doer, even when the verb names none («… ودمر عربة كاتيوشا»)."""
    carriers = word_set("weapon_carriers")
    inside = [k for k, t in enumerate(tokens) if weapon.start <= t.start < weapon.end]
    first = inside[0] if inside else None
    if first is None or first <= verb:
        return False
    for k in range(first, max(verb, first - CARRIER_GAP - 1), -1):
        if variant_in(tokens[k].norm, carriers, depth=1):
            return True
    return False


RELATIVES = frozenset({"التي", "الذي", "اللتين", "اللذين", "الذين", "اللاتي"})


USE_REACH = 3  # words from a verb of using to the trigger («يستخدمونها في قصف الأحياء», «يستخدمه الحوثيون في قصف»)


def _used_for(tokens: list[Token], t0: int, clause: Clause) -> bool:
    """A present-tense verb of using (`use_verbs`) at most USE_REACH words before the trigger, in
    its clause, no comma between: «تلال كان المتمردون يستخدمونها في قصف الأحياء السكنية», «جبل
    مطل على المدينة، حيث يستخدمه الحوثيون في قصف القرى» tell what a place or weapon serves for — a habit,
    no event of a day. A past verb («استخدم الحوثيون الدبابات في قصف الأحياء») is no such verb; one
    that carries the place as a pronoun with no «و/ف» before it (`used_verbs_past_object`: «موقع
    استخدمه الحوثيون لقصف مناطق مجاورة», «الذين استخدموه لقصف القرى») is a relative clause about
    that place, like the present one."""
    past = word_set("used_verbs_past_object")
    for k in range(t0 - 1, max(clause.tok_start, t0 - USE_REACH) - 1, -1):
        if tokens[k].text in COMMAS:
            return False
        if _is_verb(tokens[k].norm, "use_verbs") or tokens[k].norm in past:
            return True  # a past verb with the place as its pronoun and no «و/ف» («الذين استخدموه لقصف القرى») describes it
    return False


def _described(tokens: list[Token], t0: int, clause: Clause, names: Collection[Span] = ()) -> int | None:
    """Where a relative pronoun and a present-tense verb right before a trigger start («التي تنطلق
    منها صواريخ الحوثي»): it tells what habitually happens at a place, not an event — unless the
    relative clause dates it to a day («التي تشهد اشتباكات عنيفة منذ فجر اليوم»; checked by the
    caller). None when there is no such clause. A relative clause inside an actor's name that ends
    before the trigger (`names`: «التحالف الذي تقوده السعودية») is part of the name: the trigger
    after it is the sentence's own («شنت طائرات التحالف الذي تقوده المملكة غارات على …», «القوات
    اليمنية مدعومة بضربات التحالف الذي تقوده السعودية استعادت مواقع …»)."""
    for k in range(max(clause.tok_start, t0 - 4), t0):
        verb = tokens[k + 1].norm if k + 1 < t0 else ""
        if tokens[k].norm in RELATIVES and verb[:1] in ("ي", "ت") and len(verb) >= 4 and not verb.endswith(("ت", "وا")):
            if any(n.start < tokens[k].start and tokens[k].end <= n.end <= tokens[t0].start for n in names):
                continue
            return tokens[k].start  # not «التي تعرضت لقصف»: a past verb of the fifth form tells an event
    return None


def _fight_purpose(norm: str) -> bool:
    """«للقتال», «لقتال»: the purpose «ل» before a noun of fighting (`purpose_fight_nouns`) tells an
    aim («جندوهم للقتال في صفوفهم», «أرسلوا مقاتلين لقتال المقاومة»), not a fight."""
    return purpose_noun(norm, "purpose_fight_nouns")


def _facing(tokens: list[Token], t0: int, t1: int, armed: list[Span]) -> bool:
    """«النجاحات التي يحققها الجيش في مواجهة الحوثيين», «صمود المقاومة في مواجهة الميليشيات»: «في»
    (`facing_before`) then the bare verbal noun «مواجهة» (`facing_nouns`) with its object — a definite
    noun, a demonstrative or quantifier (`facing_objects`: «في مواجهة هذه المخططات», «في مواجهة أي
    عمليات») or a named armed group («في مواجهة قوات الحوثي») — is "facing, against": a stance, no
    fight told. Not «في مواجهة مع الحوثيين» (a clash with them) nor «في مواجهة مسلحة» (an indefinite
    adjective: a clash told)."""
    if t1 - t0 != 1 or t0 == 0 or t1 >= len(tokens):
        return False
    if tokens[t0].norm not in word_set("facing_nouns") or tokens[t0 - 1].norm not in word_set("facing_before"):
        return False
    nxt = tokens[t1]
    return (nxt.norm.startswith("ال") and len(nxt.norm) > 3) or nxt.norm in word_set("facing_objects") \
        or any(a.start == nxt.start for a in armed)


RELATIVE_DATE_REACH = 4  # words after «عليها» to the day that dates the taking («التي سيطرت عليها قوات الجيش أمس»)


def _dated_relative(tokens: list[Token], t1: int, clause: Clause, days: list[Span]) -> bool:
    """«قاعدة العند، التي سيطرت عليها المقاومة أمس»: a taking told in a relative clause and dated
    to a day (today or before) within RELATIVE_DATE_REACH words of its «عليها», in its clause, is
    the event told — not a place described by who holds it («معسكر استولى عليه الحوثيون»)."""
    return _day_within(tokens, t1 + 1, RELATIVE_DATE_REACH, clause, days)


def _first_day_recent(tokens: list[Token], t1: int, clause: Clause, days: list[Span], recent: Collection[tuple[int, int]]) -> bool:
    """The first day within RELATIVE_DATE_REACH words after a taking told in a relative clause
    dates it to the article's day or the day before (`recent`: spans as (start, end)) — «التي
    استعادها الثوار أمس»; not «… قبل يومين شهد أمس مواجهات», whose «أمس» dates the main verb."""
    end = min(clause.tok_end, len(tokens), t1 + 1 + RELATIVE_DATE_REACH)
    if t1 + 1 >= end:
        return False
    lo, hi = tokens[t1 + 1].start, tokens[end - 1].end
    first = min((d for d in days if lo <= d.start < hi), key=lambda d: d.start, default=None)
    return first is not None and (first.start, first.end) in recent


DAY_AFTER_REACH = 3  # words after a trigger to the day that dates it («اختطف الأربعاء الماضي», «اختطف يوم الأربعاء»)


def _day_follows(tokens: list[Token], t1: int, clause: Clause, days: list[Span]) -> bool:
    """A day (today or before) starts within DAY_AFTER_REACH words after the trigger, in its
    clause: «الذي اختطف الأربعاء الماضي» dates the deed itself."""
    return _day_within(tokens, t1, DAY_AFTER_REACH, clause, days)


def _day_within(tokens: list[Token], first: int, reach: int, clause: Clause, days: list[Span]) -> bool:
    """A day of `days` starts within `reach` tokens from token `first`, in its clause."""
    end = min(clause.tok_end, len(tokens), first + reach)
    if first >= end:
        return False
    lo, hi = tokens[first].start, tokens[end - 1].end
    return any(lo <= d.start < hi for d in days)


OCCURRED_NOUN_REACH = 3  # words back from a verb of occurrence to the event noun it tells of («مواجهات عنيفة دارت»)


def _before_past_time(tokens: list[Token], start: int, end: int, plan: bool = False,
                      triggers: Collection[int] = ()) -> int:
    """Where a plan's or a denial's reach over the rest of its clause stops: at «بعد/عقب ساعات من …» (`past_time_units`),
    which tells what happened before — «تعتزم اقتحام المعسكر بعد ساعات من استهداف طيران التحالف
    … غارات جوية على المعسكر»: the strikes are done, only the storming is planned. A plan's also
    at «بعد أن/بعدما» + a past verb: «يتأهب الحوثيون لاقتحام مأرب بعد أن قصفوا أمس مواقع
    المقاومة» (not «… بعد أن تستكمل القوات استعداداتها»: a present verb, still ahead); and at a
    participle that opens what a source reports (`report_participles`: «حذرت مصادر من انشقاقات،
    كاشفة عن اشتباكات وقعت بين اللواء الرابع والحوثيين», «… مشيرة إلى أن …») or a past verb of
    occurrence (`occurred_verbs`: «… بعد مواجهات عنيفة دارت أمس في المدينة»), from the event noun
    it tells of (a trigger at most OCCURRED_NOUN_REACH words before it): what follows was done.
    `triggers`: the token indexes where the sentence's trigger words start."""
    units = word_set("past_time_units")
    reported = word_set("report_participles") if plan else frozenset()
    occurred = word_set("occurred_verbs") if plan else frozenset()
    for k in range(start, end - 1):
        if plan and (_after_past_verb(tokens, k, end) or conj_in(tokens[k].norm, reported)):
            return k
        if plan and conj_in(tokens[k].norm, occurred):
            return next((j for j in range(max(start, k - OCCURRED_NOUN_REACH), k) if j in triggers), k)
        if k >= end - 2:
            continue

        if tokens[k].norm.lstrip("و") in ("بعد", "عقب") and tokens[k + 1].norm in units and tokens[k + 2].norm == "من" \
                and not (k + 3 < end and _is_verb(tokens[k + 3].norm, "talk_nouns")):
            return k  # not «نفى … بعد ساعات من اتهام الحوثيين له بقصف …»: an accusation, still denied
    return end


def _after_past_verb(tokens: list[Token], k: int, end: int) -> bool:
    """«بعد أن قصفوا», «وبعدما تمكنت»: a subordinator of time before, then a past-tense verb."""
    norm = tokens[k].norm.removeprefix("و")
    if norm in ("بعدما", "عقبما"):
        verb = k + 1
    elif norm in ("بعد", "عقب") and k + 1 < end and tokens[k + 1].norm == "ان":
        verb = k + 2
    else:
        return False
    if verb >= end:
        return False
    word = tokens[verb].norm
    return len(word) >= 3 and not (word[:1] in ("ي", "ت", "ن") and not word.endswith(("ت", "وا")))


def _outside(spans: list[Span], ranges: list[tuple[int, int]]) -> list[Span]:
    """The spans that start in none of the ranges (all of them, the same list, when there is none)."""
    return [s for s in spans if not any(a <= s.start < b for a, b in ranges)] if ranges else spans


TARGET_REACH = 4  # tokens after a destroy/seize verb its objects are read in («أتلفوا معدات وطائرات ودبابات»)


def _not_targets(weapons: list[Span], tokens: list[Token], clauses: list[Clause], armed: list[Span] = ()) -> list[Span]:
    """The weapons less those a destroy or seize verb of their clause has for object, within
    TARGET_REACH tokens («أتلفوا معدات وطائرات ودبابات», «إسقاط طائرة», «أعطبت المقاومة دبابة»):
    equipment lost, not the fire of the event («القتال مستمر … حيث أتلفوا طائرات» is no air strike).
    Not a bomb after «تفجير» (the blast itself); not what a finite verb with no subject before the
    weapon has for subject («دمرت الطائرات مواقعهم», «هجوم دمر فيه الطيران مواقعهم»); and after
    «إسقاط» only aircraft («إسقاط براميل متفجرة» is dropping them)."""
    verbs = [m.start for key in ("destroyed_verbs", "seized_verbs") for m in word_matcher(key).find(tokens)]
    if not verbs:
        return weapons
    out = []
    for w in weapons:
        at = _tok_at(tokens, w.start) if tokens[0].start <= w.start <= tokens[-1].end else None
        clause = next((c for c in clauses if at is not None and c.tok_start <= at < c.tok_end), None)
        kind = weapon_kind(w)
        target = clause is not None and kind is not None and kind[1] != "Remote explosive/landmine/IED" and any(
            clause.start <= v < w.start and clause.tok_start <= (vi := _tok_at(tokens, v)) and at - vi <= TARGET_REACH
            and _object_of(tokens, vi, w, kind, armed) for v in verbs)
        if not target:
            out.append(w)
    return out


def after_cause(tokens: list[Token], verb: int, weapon: Span) -> bool:
    """A cause word (`destroy_cause_words`: «جراء», «بسبب», «إثر») stands between the destroy verb at
    token `verb` and the weapon: the weapon is what caused the loss, not equipment lost."""
    causes = word_set("destroy_cause_words")
    return any(t.norm in causes for t in tokens[verb + 1:] if t.start < weapon.start)


def _object_of(tokens: list[Token], verb: int, weapon: Span, kind: tuple[str, str], armed: list[Span]) -> bool:
    """The weapon is what the destroy/seize verb at token `verb` acts on, not its doer (see `_not_targets`)."""
    if after_cause(tokens, verb, weapon):
        return False  # «وتدمير منازل جراء سقوط قذائف هاون»: the shells caused the loss
    norm = tokens[verb].norm
    if _is_verb(norm, "downing_words") and (kind[1] != "Air/drone strike" or any(
            _is_verb(t.norm, "dropped_munitions") for t in tokens if weapon.start <= t.start < weapon.end)):
        return False  # «بإسقاط براميل متفجرة»: munitions dropped, not aircraft downed
    if _is_verb(norm, "destroyed_nouns") or norm.endswith("وا"):
        return True  # a verbal noun («تدمير», «إتلاف») or a verb with its subject in it («أتلفوا»)
    # a finite verb: the first noun after it is its subject unless a doer stands between, or right
    # before the verb («أن عناصر المقاومة أتلفت معدات وطائرات»: subject, verb, objects)
    between = [t for t in tokens[verb + 1:] if t.end <= weapon.start]
    before = tokens[verb - 1] if verb > 0 else None
    return any(tokens[verb].end <= a.start < weapon.start for a in armed) or any(
        _is_verb(t.norm, "doer_words") for t in between) or (before is not None and (
            any(before.start < a.end <= tokens[verb].start for a in armed) or _is_verb(before.norm, "doer_words")))


def _clause_weapon_kinds(doc_weapons: list[Span], clause: Clause) -> list[tuple[str, str]]:
    return [k for w in doc_weapons if clause.start <= w.start < clause.end and (k := weapon_kind(w))]


def _pronoun_homograph(tokens: list[Token], t0: int, t1: int) -> bool:
    """A one-word trigger written with a final «ه» where its noun ends in «ة» is that word's
    homograph with a pronoun (`pronoun_homographs`: «بجميع أشكاله ومظاهره» is "its manifestations",
    not «مظاهرة», a protest; normalising «ة» to «ه» merges them) — asked only of an article that
    writes «ة» somewhere, so its writer tells the two letters apart (an article written «خرجت
    مظاهره حاشده» throughout stays a protest)."""
    if t1 - t0 != 1:
        return False
    return tokens[t0].text.endswith(_homographs())


@lru_cache(maxsize=1)
def _homographs() -> tuple[str, ...]:
    return tuple(context()["pronoun_homographs"])


def _prayer_day(tokens: list[Token], day: Span) -> bool:
    """A weekday right after a word of prayer (`prayer_day_words`: «خلال صلاة الجمعة», «أثناء خطبة
    الجمعة») names the prayer the deed was done at: it dates that deed, whatever its time, and is
    no sign the clause tells the day's news (a cue of the past stands: «سبق أن فجّر التنظيم مسجدا
    خلال صلاة الجمعة»)."""
    k = next((i for i, t in enumerate(tokens) if t.start == day.start), None)
    return k is not None and k > 0 and variant_in(tokens[k - 1].norm, word_set("prayer_day_words"), depth=1)


def find_mentions(
    doc: Document, sentence_tokens: list[list[Token]] | None = None
) -> tuple[list[Mention], list[list[Clause]]]:
    """Every trigger mention of the document (cancelled ones included) and the clauses."""
    if sentence_tokens is None:
        sentence_tokens = doc.sentence_tokens()
    clauses_by_sentence = split_clauses(doc, sentence_tokens)
    weapons = _without_unused_belts(weapons_and_flyers(doc.entities), sentence_tokens)
    flyers = [s for s in doc.entities if s.label == "ARMED_ACTOR" and s.attrs.get("id") in air_actor_ids()]
    relative = word_set("relative_pronouns_after")
    habitual = word_set("habitual_before")
    armed = [s for s in doc.entities if s.label == "ARMED_ACTOR"]
    places = [s for s in doc.entities if s.label == "LOCATION"]
    numbers = [s for s in doc.entities if s.label == "NUMBER"]
    persons = [s for s in doc.entities if s.label == "PERSON"]
    days = [s for s in doc.entities if s.label == "DATE" and s.attrs.get("relative") and s.attrs.get("precision") == 1]
    titles = [(s.start, s.end) for s in doc.entities if s.attrs.get("rule") == "title"]  # «مسرحية «الاشتباك»»
    all_dates = [s for s in doc.entities if s.label == "DATE"]
    ahead = [s for s in days if doc.date and (s.attrs.get("iso") or "") > doc.date.isoformat()]  # «غدا»: not yet
    # today and the day before: a taking told in a relative clause so dated is news, one told days back a description
    recent = {(s.start, s.end) for s in days if not doc.date or (s.attrs.get("iso") or "") >= (doc.date - timedelta(days=1)).isoformat()}
    mentions: list[Mention] = []
    air_before: int | None = None  # the paragraph of the sentence just read, when it told air strikes
    air_last = False  # the sentence just read (any paragraph) told air strikes
    air_told = False  # a sentence read so far told air strikes
    history_before: int | None = None  # the sentence just read, when it told only deeds of the past
    fire_before: int | None = None  # … when it told air strikes or shelling
    casualties = [s for s in doc.entities if s.label == "CASUALTY"]
    matcher = trigger_matcher()
    writes_ta = "ة" in doc.text  # the writer tells «ة» from «ه» apart (`_pronoun_homograph`)
    bombing = _article_bombing(sentence_tokens)  # the kind a bare «الحادث الإرهابي» takes, if any
    last = max((k for k, t in enumerate(sentence_tokens) if t), default=-1)
    link_line = _link_line(sentence_tokens, doc.text, last)
    for s_idx, (tokens, clauses) in enumerate(zip(sentence_tokens, clauses_by_sentence)):
        if not tokens:
            continue
        if s_idx == last and s_idx > 0 and tokens[0].norm in word_set("tag_line_openers") and not tokens[-1].is_punct:
            continue  # «سمات الحرب اليمن علي صالح»: the site's keyword line closing the article
        if link_line is not None and s_idx >= link_line:
            continue  # «رابط الخبر بصحيفة الوئام: …»: the site's link line, the headline told again
        s_start, s_end = (tokens[0].start, tokens[-1].end)
        # a sentence that also dates something today or before tells an event beside the plan
        # («يشيع غدا جثامين 5 جنود قتلوا أمس», «… بعد أن قصفت طائراته اليوم»)
        s_days = [d for d in days if s_start <= d.start < s_end and d not in ahead]
        told_now = bool(s_days)
        in_sentence = [a for a in armed if s_start <= a.start < s_end]
        arms_here = [w for w in weapons if s_start <= w.start < s_end]
        found = list(matcher.find(tokens))
        raw: list[Mention] = []
        hits = [(m.token_start, m.token_end, m.start, m.end, m.payloads[0], "") for m in found]
        hits = _without_bare_strikes(tokens, hits)
        taken = {i for h in hits for i in range(h[0], h[1])}
        for i, tok in enumerate(tokens):
            if tok.norm[:1] == "س" and i not in taken and (trig := _future_trigger(tok.norm)):
                hits.append((i, i + 1, tok.start, tok.end, trig, "plan"))
        hits += _withdrawals(tokens, taken, armed, places)
        hits += _expulsions(tokens, taken, armed, places)
        hits += _falls(tokens, taken, places)
        if not any(h[4].event_type == "Protests" for h in hits):
            hits += _crowd_protests(tokens, taken)
        hits += _named_takings(tokens, taken, clauses, in_sentence, places)
        hits += _captures(tokens, taken, in_sentence, [n for n in numbers if s_start <= n.start < s_end])
        hits += _arms_seizures(tokens, taken)
        hits += _destructions(tokens, taken, arms_here, in_sentence, flyers)
        hits += _answers(tokens, taken, arms_here, in_sentence)
        if air_told:
            hits += _strikes_referred(tokens, taken)
        hits += _flown_strikes(tokens, taken, arms_here, doc.text)
        hits = _clearances(tokens, hits, [c for c in casualties if s_start <= c.start < s_end])
        hits = [h for h in hits if not _found_weapon(tokens, h[0], h[4])]
        hits = _named_munitions(hits, arms_here, tokens)
        hits = [h for h in hits if not _not_killing(tokens, h[0], h[1]) and not _killing_scene(tokens, h[0], h[1])]
        hits = [h for h in hits if not _belt_carried(tokens, h[0], h[4])]
        hits = [h for h in hits if not _stopped_not_arrested(tokens, h[0], h[1], persons)]
        hits = [h for h in hits if not _negatively(tokens, h[0], h[1])]
        hits = [h for h in hits if not _crowd_munitions(tokens, h[0], h[1], h[4])]
        hits = _crowd_clashes(tokens, hits, clauses, in_sentence)
        if bombing:
            hits = _terror_acts(tokens, clauses, hits, taken, bombing)
        prior = next((t for t in reversed(sentence_tokens[:s_idx]) if t), [])
        hits = _blasts_referred(tokens, clauses, hits, in_sentence, prior)
        if titles:  # a title's words name a work or a paper: no event («مسرحية «الاشتباك»»)
            hits = [h for h in hits if not any(a <= h[2] < b for a, b in titles)]
        if writes_ta:
            hits = [h for h in hits if not _pronoun_homograph(tokens, h[0], h[1])]
        if not hits:  # most sentences: nothing told, so no cue to weigh; as below, a sentence
            # telling no strike nor fire ends their run
            fire_before = air_before = None
            air_last = False
            history_before = None
            continue
        s_dates = [d for d in all_dates if d.start < s_end and d.end > s_start]
        dated_tokens = {k for k, t in enumerate(tokens) if any(d.start <= t.start < d.end for d in s_dates)} if s_dates else set()
        cancelled = _cancellations(tokens, clauses, dated_tokens, {m.token_start for m in found})
        news_days = [d for d in days if not _prayer_day(tokens, d)] if any(k in DATED_KEEPS for _, _, k in cancelled) else []
        dated = {c for c in clauses if any(c.start <= d.start < c.end for d in news_days)}
        day_tokens = {k for k, t in enumerate(tokens) if any(d.start <= t.start < d.end for d in news_days)} if dated else set()
        for t0, t1, start, end, trig, why in sorted(hits, key=lambda h: h[0]):
            clause = next(c for c in clauses if c.tok_start <= t0 < c.tok_end)
            if not why:
                why = next((k for a, b, k in cancelled if a <= t0 < b
                            and not (k == "running_total" and trig.strength == "strong")
                            and not (k == "protest_topic" and trig.event_type in ("Protests", "Riots"))
                            # support is fire from above or afar: «بدعم من طيران التحالف هجوما واسعا
                            # لاستعادة …» — the offensive it supports is the event
                            and not (k == "support" and trig.event_type == "Battles")
                            # a mine laid that then killed: «زرعوا لغما …، ما أدى إلى مصرع ستة»
                            # (told by a verb: «زراعة الحوثيين للألغام أدت إلى مقتل مئات» sums up a war)
                            and not (k == "mine_laying" and a > 0 and not _is_verb(tokens[a - 1].norm, "mine_laying_nouns")
                                     and _laid_then_hit(tokens, t1, casualties))
                            # a rights group's call about one dated deed: «طالبت هيومن رايتس ووتش
                            # بالإفراج عن ناشط اختطف الأربعاء الماضي في تعز» — the day makes it an event
                            and not (k == "report_summary" and _day_follows(tokens, t1, clause, s_days))
                            # «أمس» before the cue dates the clause's own verb, not the war whose start a
                            # cue names right before the trigger («رست سفينة أمس … بعد أربعة أشهر على بدء
                            # المعارك»); a day the cue reaches dates the trigger («سبق أن اقتحموا أمس»)
                            and not (k in DATED_KEEPS and clause in dated and not (
                                k == "background" and t0 == a and not any(a <= i < b for i in day_tokens)))), "")
            if not why and any(clause.start <= d.start < clause.end for d in ahead) and not told_now:
                why = "plan"  # «ومن المقرر أن تعتقل قوات الأمن غدا …», «سيقصف طيران التحالف غدا …»
            kind = (trig.event_type, trig.sub_event_type)
            if not why and trig.sub_event_type == SHELLING and any(w.start <= start < w.end for w in weapons):
                air_doers = [w for w in arms_here if weapon_kind(w) == AIR_STRIKE]
                fate = _spoils(tokens, t0, {h[0] for h in hits}, next(w for w in weapons if w.start <= start < w.end),
                               in_sentence, air_doers)
                if fate == "destroyed" and any(clause.start <= f.start < start for f in [*air_doers, *flyers]):
                    kind = AIR_STRIKE  # «كما دمر التحالف أربع منصات لإطلاق صواريخ الكاتيوشا وجسر …»: what
                    # the aircraft destroyed is their strike's target, no shelling
                elif fate:
                    why = "spoils"  # «غنمت المقاومة 12 دبابة وصواريخ كاتيوشا كانت مصوبة تجاه المطار», «دمرت
                    # المقاومة راجمة صواريخ»: taken or destroyed, not fired
            if not why and trig.resolve == "territory" and t1 < len(tokens) and tokens[t1].norm in relative \
                    and not _coordinated_deed(tokens, t0, clause) \
                    and not _dated_relative(tokens, t1, clause, s_days):  # its words are the sentence's
                why = "relative"  # «معسكر استولى عليه الحوثيون»: describes a place, not an event
            if not why and trig.resolve == "territory" and t0 > 0 and tokens[t0 - 1].norm in RELATIVES \
                    and any(h[0] >= t1 and not h[5] and h[4].resolve != "territory" for h in hits) \
                    and not _first_day_recent(tokens, t1, clause, days, recent):
                why = "relative"  # «معسكر لبوزة … قرب قاعدة العند التي استعادها الثوار قبل يومين شهد
                # مواجهات»: the taking describes a place, the sentence goes on to its own event
            if not why and _is_verb(tokens[t0].norm, "mine_object_forms") \
                    and not _laid_then_hit(tokens, t1, casualties) and not _detonated(tokens, t0, clause):
                why = "mine_object"  # «وتركوا خلفهم ألغاما أرضية»: mines as a verb's object, no blast told
            if not why and trig.sub_event_type == "Remote explosive/landmine/IED" and _laid_in_relative(tokens, t1) \
                    and not any(s_start <= c.start < s_end for c in casualties):
                why = "mine_laying"  # «لا نواجه مقاومة بل الألغام التي زرعها الحوثيون»: mines described as
                # laid, no blast nor toll told in the sentence («قتل طفل بالألغام التي زرعها …» stands)
            if not why and trig.event_type == "Battles" and trig.strength == "generic" and t1 - t0 == 1 \
                    and _fight_purpose(tokens[t0].norm):
                why = "purpose"  # «جندهم الحوثيون للقتال في صفوفهم»: what they were sent for, no fight told
            if not why and trig.event_type == "Battles" and trig.strength == "generic" \
                    and _facing(tokens, t0, t1, in_sentence):
                why = "facing"  # «النجاحات التي يحققها الجيش في مواجهة الحوثيين»: a stance, no fight told
            if not why and (trig.resolve == "territory" or trig.event_type == "Battles"
                            or trig.sub_event_type == "Non-violent transfer of territory"):
                why = _territory_noun(tokens, t0, clause, places, armed)  # also «إصرارا على التصدي للفكر الضال», «لانسحاب»
            if not why and trig.strength == "weak" and trig.event_type == "Violence against civilians" \
                    and (_accidental(tokens, t0, t1, clause, arms_here) or _crashed_by_fault(tokens)
                         or _accident_told_after(tokens, t1, clause, clauses, arms_here, hits)):
                why = "accident"  # «لقي 18 شخصا مصرعهم إثر اصطدام مركب بصندل نهري»: no one attacked
            if not why and trig.sub_event_type == "Armed clash" and trig.strength == "strong" \
                    and _unarmed(tokens, t1, clause):
                why = "unarmed"  # «وصل الأمر حد الاشتباك بالأيدي»: a scuffle, no armed clash
            if not why and trig.sub_event_type == "Armed clash" and t1 < len(tokens) \
                    and word_matcher("aggression_objects").match_at(tokens, t1, clause.tok_end) is not None \
                    and any(h[4].event_type == "Explosions/Remote violence" and h[0] < t0 and not h[5]
                            and not _elsewhere_between(places, s_start, h[3], start) for h in hits):
                why = "answer"  # «تعرض المركز لقذائف …، حيث تم التعامل مع الموقف بالتصدي للعدوان»: the
                # answer to the fire just told, not a fight of its own
            if not why and trig.sub_event_type == "Armed clash" and _checkpoint(tokens, t0, t1):
                why = "checkpoint"  # «أقامت قوات الجيش ثلاثة كمائن أمنية ثابتة»: security posts, no ambush
            if not why and trig.sub_event_type == "Armed clash" and _premises_raided(tokens, t0, t1, clause):
                kind = RAID  # «اقتحم مسلحون حوثيون مكتب قناة سهيل ونهبوا أجهزتها»: no one fought back
            if not why and trig.sub_event_type == "Arrests" and _common_criminal(tokens, t1, clause, arms_here):
                why = "criminal"  # «القبض على أكبر مهرب للخادمات», «تم القبض على الجاني»: police work, no ACLED arrest
            if not why and trig.sub_event_type == "Arrests" and _goods_held(tokens, t1, clause):
                kind = RAID  # «احتجز الحوثيون 16 شاحنة محملة بمساعدات»: goods seized, no one arrested
            if not why and trig.sub_event_type == "Arrests" and _is_verb(tokens[t0].norm, "holding_words"):
                held = _held_not_arrested(tokens, t0, t1, clause)
                if held == "hostages":
                    kind = ABDUCTION  # «عملية احتجاز رهائن في الفندق»: hostages taken, an abduction
                elif held:
                    why = held  # «حالات احتجاز» in a fire, «احتجاز عشرات المركبات» in a flood: trapped
            if not why and trig.sub_event_type == "Arrests" and t0 > clause.tok_start \
                    and _is_verb(tokens[t0 - 1].norm, "detention_places"):
                why = "detention_place"  # «مكان احتجاز العسكريين», «مراكز الاعتقال»: a place named, no arrest
            if not why and trig.resolve == "territory" and _disaster_subject(tokens, t0, t1, clause):
                why = "disaster"  # «فيضانات اجتاحت محافظة إب», «اجتاحت السيول المدينة»: water, not troops
            if not why and trig.resolve == "territory" and _abstract_object(tokens, t1, clause):
                why = "not_a_place"  # «سيطر الملف اليمني على مجريات المؤتمر», «سيطروا على الحريق»
            if not why and trig.event_type == "Protests" and _figurative_march(tokens, t0, t1):
                why = "figurative"  # «بلوغ صنعاء عبر مسيرة التحرير الكبرى», «مسيرة التنمية»: a course, no march
            if not why and trig.sub_event_type == WITHDRAWAL.sub_event_type and tokens[t1 - 1].norm == "من" \
                    and not _place_within(tokens[t1: t1 + 3], places):
                why = "no_place"  # «انسحب الحوثيون من المفاوضات»: a political withdrawal
            if not why and tokens[t0].norm[:1] in ("ي", "ت") and any(
                    t.norm in habitual for t in tokens[max(clause.tok_start, t0 - 3): t0]):
                why = "habitual"  # «التي كان الحوثيون يقصفون منها كل المحافظة»
            if not why and _used_for(tokens, t0, clause):
                why = "habitual"  # «تلال كان المتمردون يستخدمونها في قصف الأحياء»: what a place serves for
            rel = _described(tokens, t0, clause, in_sentence)
            if not why and rel is not None and not any(rel <= d.start < clause.end for d in days):
                why = "habitual"  # «محافظة لحج التي تنطلق منها صواريخ الحوثي»: what a place is, not an event
            raw.append(
                Mention(kind[0], kind[1], trig.strength, "" if kind == ABDUCTION else trig.resolve, start, end, clause,
                        # strikes referred to at new places tell them, not the strikes before again
                        definite=trig is not STRIKES_REFERRED and is_definite(tokens[t0].norm, tokens[t0].text),
                        cancelled=why, triggers=[(start, end)], referred=trig.phrase == "blast_referred")
            )
        # the fire of a support phrase does not make the event it supports an air strike or shelling
        cover = [(tokens[a].start, tokens[min(b, a + SUPPORTER) - 1].end) for a, b, k in cancelled
                 if k == "support" and b > a]
        arms = _outside(weapons, cover)
        if arms and any(s_start <= w.start < s_end for w in arms):
            arms = _not_targets(arms, tokens, clauses, in_sentence)
        told = _prioritise(raw, clauses, arms, tokens, _outside(flyers, cover), in_sentence,
                           _outside(weapons, cover))
        if air_before is not None and air_before == clauses[0].paragraph:
            _strikes_continued(told, tokens, in_sentence, clauses[0], arms_here)
        if air_last:
            _strike_missiles(told, arms_here, in_sentence)
        if air_told:
            _strikes_named(told, tokens)
        for k, clause in enumerate(clauses[1:], 1):  # «…، كما استهدفت تجمعات للمليشيات في مزارع الوهط»
            if tokens[clause.tok_start].norm in ("كما", "وكما") or tokens[clause.tok_start].norm[:1] == "و":
                if any(not m.cancelled and m.sub_event_type == "Air/drone strike" and m.clause in clauses[:k] for m in told):
                    _strikes_continued(told, tokens, in_sentence, clause, arms_here)
        fire = any(not m.cancelled and m.sub_event_type in FIRE for m in told)
        if fire or (fire_before is not None and fire_before == clauses[0].paragraph):
            _heard(told, tokens, [c for c in casualties if s_start <= c.start < s_end], arms_here)
        fire_before = clauses[0].paragraph if fire else None
        air_last = any(not m.cancelled and m.sub_event_type == "Air/drone strike" for m in told)
        air_before = clauses[0].paragraph if air_last else None
        air_told = air_told or air_last
        if told and history_before == s_idx - 1 and variant_in(tokens[0].norm, word_set("history_continuers"), depth=1) \
                and all(d in days and _prayer_day(tokens, d) for d in s_dates):  # no date of its own but a prayer's
            for m in told:  # «سبق أن استهدف التنظيم المصلين …. كما قام التنظيم بتفجير مسجد …»: the history goes on
                m.cancelled = m.cancelled or "background"
        # a sentence told only as the past; «الهجوم» told back in it («وقد أعلن التنظيم مسؤوليته عن
        # الهجوم») is that past deed again
        history_before = s_idx if any(m.cancelled == "background" for m in told) \
            and all(m.cancelled == "background" or (m.definite and not m.cancelled) for m in told) else None
        mentions.extend(told)
    return mentions, clauses_by_sentence


FIRE = ("Air/drone strike", "Shelling/artillery/missile attack")
SUICIDE_WORDS = frozenset(normalized(w) for w in ("انتحاري", "الانتحاري", "انتحارية", "الانتحارية", "حزام ناسف",
                                                    "الحزام الناسف", "فجر نفسه"))


def _link_line(sentence_tokens: list[list[Token]], text: str, last: int) -> int | None:
    """The first sentence of the site's link line closing the article («رابط الخبر بصحيفة الوئام: …»,
    `link_line_openers`), or None: the last sentence, or an earlier one when the headline it repeats
    is cut into sentences on its own line («رابط الخبر بصحيفة الوئام: بالصور.. صدامات أثناء تظاهر …»)."""
    for k in range(last, 0, -1):
        tokens = sentence_tokens[k]
        if not tokens:
            continue
        if "\n" in text[tokens[-1].end: sentence_tokens[last][-1].end]:
            return None  # the line closed: what follows is not the link line's
        if word_matcher("link_line_openers").match_at(tokens, 0) is not None:
            return k
    return None


def _article_bombing(sentence_tokens: list[list[Token]]) -> Trigger | None:
    """The bombing an article tells with a blast word (`blast_act_words`: «التفجير», «انفجار»,
    «انتحاري»), as the trigger a terrorist act named without one takes (`_terror_acts`): a suicide
    bombing when a suicide word tells it, else a remote explosive. None when the article names no
    terrorist or criminal act (`terror_act_nouns`) or tells no blast."""
    acts = word_matcher("terror_act_nouns")
    if not any(True for tokens in sentence_tokens for _ in acts.find(tokens)):
        return None
    blasts = word_matcher("blast_act_words")
    found = [(tokens, m) for tokens in sentence_tokens for m in blasts.find(tokens)]
    if not found:
        return None
    suicide = any(" ".join([v, *(t.norm for t in tokens[m.token_start + 1:m.token_end])]) in SUICIDE_WORDS
                  for tokens, m in found for v in proclitic_variants(tokens[m.token_start].norm))
    sub = "Suicide bomb" if suicide else "Remote explosive/landmine/IED"
    return Trigger("Explosions/Remote violence", sub, "generic", "", "terror_act")


def _blasts_referred(tokens: list[Token], clauses: list[Clause], hits: list[tuple], armed: list[Span],
                     before: list[Token]) -> list[tuple]:
    """«وقتل 30 شخصا في سلسلة تفجيرات ضربت مدنا عراقية. واستهدف أكثر الهجمات دموية منطقة …، حيث قتل
    19»: a definite attack noun (`attack_back_nouns`) naming no armed party in its clause, with blasts
    (`blast_act_words`) told in the sentence before or earlier in its own, points back to those blasts
    — a bombing (a suicide bombing when a suicide word tells them), not an armed clash. Not when the
    noun's next word names another arm (`attack_back_other_arms`: «الهجمات الصاروخية»), nor when
    the sentence before also tells a fight other than attacks («… ثم اقتحم مسلحون المعسكر. وأسفر
    الهجوم عن …»: the attack may be the storming)."""
    nouns = word_set("attack_back_nouns")
    found: tuple[list, list, bool] | None = None  # blasts told before and in the sentence, a fight before

    def sentence_told() -> tuple[list, list, bool]:  # read once, for the first attack noun that asks
        blasts = word_matcher("blast_act_words")
        bare = {_without_al(n) for n in nouns}
        fights = any(m.payloads[0].event_type == "Battles"
                     and not _is_verb(before[m.token_start].norm, "targeting_verbs")  # («تفجيرات استهدفت …»)
                     and not any(_without_al(v) in bare for v in proclitic_variants(before[m.token_start].norm)[:2])
                     for m in trigger_matcher().find(before))
        return [(before, m) for m in blasts.find(before)], [(tokens, m) for m in blasts.find(tokens)], fights

    out = []
    for h in hits:
        trig = h[4]
        if trig.event_type == "Battles" and trig.strength == "generic" and not h[5] and h[1] - h[0] == 1 \
                and variant_in(tokens[h[0]].norm, nouns, depth=1) \
                and not (h[1] < len(tokens) and variant_in(tokens[h[1]].norm, word_set("attack_back_other_arms"), depth=1)):
            # (not «حصيلة الهجمات الصاروخية», «الهجوم المسلح»: the noun names its own arm, no blast)
            clause = next((c for c in clauses if c.tok_start <= h[0] < c.tok_end), None)
            c_start, c_end = (tokens[clause.tok_start].start, tokens[clause.tok_end - 1].end) if clause else (0, 0)
            if found is None:
                found = sentence_told()
            told_before, told_here, fights = found
            told = told_before + [(toks, m) for toks, m in told_here if m.token_end <= h[0]]
            if clause and told and not fights and not any(c_start <= a.start < c_end for a in armed):
                suicide = any(" ".join([v, *(t.norm for t in toks[m.token_start + 1:m.token_end])]) in SUICIDE_WORDS
                              for toks, m in told for v in proclitic_variants(toks[m.token_start].norm))
                sub = "Suicide bomb" if suicide else "Remote explosive/landmine/IED"
                h = (*h[:4], Trigger("Explosions/Remote violence", sub, "generic", "", "blast_referred"), h[5])
        out.append(h)
    return out


TERROR_ACT_REACH = 4  # words from the act's name to «الذي وقع»: «الحادث الإرهابي الأليم الذي وقع»


def _terror_acts(tokens: list[Token], clauses: list[Clause], hits: list[tuple], taken: set[int],
                 bombing: Trigger) -> list[tuple]:
    """«واستنكر الحادث الإرهابي الأليم الذي وقع في مسجد بمقر قوات الطوارئ بمنطقة عسير», «أدانت العمل
    الإجرامي الذي استهدف مسجدا …»: condemnations name the day's bombing as a terrorist or criminal
    act (`terror_act_nouns`), with no weapon. In an article that tells the bombing with a blast word
    (`_article_bombing`), the act is that bombing — a generic mention of its kind, a back-reference
    like «التفجير» — and a targeting verb or attack noun after it in its clause («الذي استهدف»,
    «الهجوم الإرهابي») is the bombing, not an armed clash with the forces it hit. The act alone is
    a mention only when told as having happened («الذي وقع», «التي طالت»; `terror_act_verbs`)."""
    acts = list(word_matcher("terror_act_nouns").find(tokens))
    if not acts:
        return hits

    def clause_of(k: int) -> Clause:
        return next(c for c in clauses if c.tok_start <= k < c.tok_end)

    out = []
    for h in hits:
        trig = h[4]
        if trig.event_type == "Battles" and trig.strength == "generic" and not h[5] \
                and (_is_verb(tokens[h[0]].norm, "targeting_verbs") or any(a.token_start == h[0] for a in acts)) \
                and any(a.token_start <= h[0] and clause_of(a.token_start) is clause_of(h[0]) for a in acts):
            h = (*h[:4], bombing, h[5])
        out.append(h)
    relatives, verbs = frozenset(normalized(w) for w in RELATIVES), word_set("terror_act_verbs")
    for a in acts:
        # told as having happened, right after its words («… الأليم الذي وقع في مسجد …»); a bare
        # «هذا العمل الإجرامي جبان» only judges the deed, its sentence no report of it
        after = range(a.token_end, min(a.token_end + TERROR_ACT_REACH, len(tokens) - 1))
        if a.token_start not in taken and any(tokens[k].norm in relatives and tokens[k + 1].norm in verbs
                                              for k in after):
            out.append((a.token_start, a.token_end, a.start, a.end, bombing, ""))
    return out


def _laid_in_relative(tokens: list[Token], t1: int) -> bool:
    """«الألغام التي زرعها الحوثيون», «العبوات التي زرعتها الميليشيات»: right after the mine word
    (its adjective «الأرضية/الناسفة» between), a relative pronoun and a planting verb
    (`mine_laid_relative_verbs`) describe the mines as laid, not a blast."""
    k = t1
    if k < len(tokens) and _is_verb(tokens[k].norm, "mine_adjectives"):
        k += 1
    return k + 1 < len(tokens) and tokens[k].norm in RELATIVES and _is_verb(tokens[k + 1].norm, "mine_laid_relative_verbs")


DETONATED_REACH = 3  # words from «فجر» to the mine it set off («فجر مقاتلون أكراد لغما»)
DAWN_AFTER = DAY_WORDS | {"الغد"}  # «فجر» (clauses.DAWN) before one of these is dawn («فجر أمس», «فجر الغد»)


def _joined_verb(norm: str) -> bool:
    """«وتركوا», «فخلفت»: «و/ف» joined to a past verb (a plural «وا» or a feminine «ت» ending, not
    «ات» nor «ال/لل» at its start) — another deed of the clause."""
    rest = norm[1:]
    if norm[:1] not in "وف" or len(rest) < 4 or rest.startswith(("ال", "لل")):
        return False
    return rest.endswith("وا") or (rest.endswith("ت") and not rest.endswith("ات"))


def _detonated(tokens: list[Token], t0: int, clause: Clause) -> bool:
    """The mine object («لغما») is what a verb of detonation (`detonation_words`) set off, at most
    DETONATED_REACH words before it in its clause («قتلوا عندما فجر مقاتلون أكراد لغما محلي الصنع»):
    the blast itself, not mines left or laid. «فجر» before a day word is dawn («فجر أمس»). The look
    stops at another verb joined by «و/ف» (`_joined_verb`: «فجروا الجسر وتركوا خلفهم ألغاما» left them)."""
    for k in range(t0 - 1, max(clause.tok_start, t0 - DETONATED_REACH) - 1, -1):
        if not _is_verb(tokens[k].norm, "detonation_words"):
            if _joined_verb(tokens[k].norm):
                return False
            continue
        if tokens[k].norm.lstrip("و") == DAWN and k + 1 < len(tokens) and tokens[k + 1].norm in DAWN_AFTER:
            continue
        return True
    return False


def _laid_then_hit(tokens: list[Token], t1: int, casualties: list[Span]) -> bool:
    """«وزرع مقاتلو المقاومة لغما على طريق …، ما أدى إلى مصرع ستة انقلابيين»: after a bomb or
    mine told as laid (the `mine_laying` cue), a word of result (`mine_result_words`: «أدى»,
    «أسفر», «انفجر») and then a casualty word in the same sentence tell the blast it made — the
    trigger stands. Mines laid with no toll following («زرع الحوثيون ألغاما في الطريق») stay cancelled."""
    for k in range(t1, len(tokens)):
        if _is_verb(tokens[k].norm, "mine_result_words"):
            after = tokens[k].end
            return any(c.start >= after for c in casualties if c.start < tokens[-1].end)
    return False


def _heard(told: list[Mention], tokens: list[Token], casualties: list[Span], bombs: list[Span] = ()) -> None:
    """«… غارات استهدفت معسكر الصباحة، حيث سمع دوي انفجارات عنيفة»: explosions heard (a sound word,
    `heard_words`, right before the blast word) in or right after a sentence telling air strikes or
    shelling are what those did, no blast of their own — unless the clause tells a toll of its own
    («سمع دوي انفجار ضخم في حي الشيخ عثمان، وأفادت مصادر بمقتل ثلاثة») or names the bomb («دوي انفجار
    عبوة ناسفة»); the verb «دوى انفجار» («an explosion boomed») tells one."""
    for m in told:
        if m.cancelled or m.sub_event_type != "Remote explosive/landmine/IED":
            continue
        at = _tok_at(tokens, m.start)
        before = tokens[at - 1] if at > 0 else None
        if before is None or before.text.endswith("ى") or not _is_verb(before.norm, "heard_words"):
            continue
        if any(m.clause.start <= c.start < m.clause.end for c in casualties) or any(
                m.clause.start <= w.start < m.clause.end and weapon_kind(w) == (m.event_type, m.sub_event_type)
                for w in bombs):
            continue  # «فيما سمع دوي انفجار عبوة ناسفة في مديرية المنصورة»: a blast of its own, its bomb named
        m.cancelled = "heard"


DOER_REACH = 3  # tokens after the verb a weapon is read as its doer in («واستهدفت [أمس] المدفعية الحوثية»)


def _strikes_continued(told: list[Mention], tokens: list[Token], armed: list[Span], opening: Clause,
                       weapons: list[Span] = ()) -> None:
    """«شنت طائرات التحالف غارات على مواقع الحوثيين في لحج. كما استهدفت تجمعات للمليشيات في مزارع
    الوهط» (or «وقصفت مواقع …», or «…، كما استهدفت …» in the same sentence): a targeting or bare
    shelling verb with no doer of its own opening the clause `opening` right after air strikes
    (in the paragraph's sentence before, or an earlier clause of this one) goes on telling them."""
    for m in told:
        shelling = m.sub_event_type == "Shelling/artillery/missile attack"
        if m.cancelled or m.strength != "generic" or (m.event_type != "Battles" and not shelling) or m.clause is not opening:
            continue
        at = _tok_at(tokens, m.start)
        if not (shelling or _is_verb(tokens[at].norm, "targeting_verbs")) or at > opening.tok_start + 2:
            continue  # the clause's own opening verb only («كما استهدفت», «واستهدفت», «وقصفت»)
        nxt = tokens[at + 1] if at + 1 < len(tokens) else None
        subject = tokens[at + 1: at + 1 + DOER_REACH]
        if any(opening.start <= a.start < m.start or (nxt is not None and a.start == nxt.start) for a in armed) \
                or (nxt is not None and _is_verb(nxt.norm, "doer_words")) \
                or (subject and any(subject[0].start <= w.start <= subject[-1].start for w in weapons)):
            continue  # «واستهدف الحوثيون …», «واستهدف قناصة حوثيون مدنيين», «واستهدفت المدفعية الحوثية …»: a doer of its own
        m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"


def _strikes_named(told: list[Mention], tokens: list[Token]) -> None:
    """«كما استهدفت الضربات مواقع للحوثيين في وادي دقلان», after air strikes told earlier in the
    article (any paragraph): a targeting verb whose subject right after it is the strikes told
    before (`strike_back_references`: «الضربات», «الضربة») goes on telling them, not a fight; so
    does one in a relative clause of those strikes («الضربات الجوية التي استهدفت الرتل», session 41)."""
    for m in told:
        if m.cancelled or m.strength != "generic" or m.event_type != "Battles":
            continue
        at = _tok_at(tokens, m.start)
        if not _is_verb(tokens[at].norm, "targeting_verbs") or at + 1 >= len(tokens):
            continue
        if _is_verb(tokens[at + 1].norm, "strike_back_references") or _strikes_relative(tokens, at, m.clause):
            m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"


def _strikes_relative(tokens: list[Token], at: int, clause: Clause) -> bool:
    """«الضربات الجوية التي استهدفت الرتل أدت إلى …»: the targeting verb at token `at` opens a
    relative clause whose noun, right before the pronoun (one definite adjective between at most),
    is the strikes told before (`strike_back_references`)."""
    if at - 2 < clause.tok_start or tokens[at - 1].norm not in RELATIVES:
        return False
    noun = at - 2
    if not _is_verb(tokens[noun].norm, "strike_back_references") and noun - 1 >= clause.tok_start \
            and tokens[noun].norm.startswith("ال"):
        noun -= 1  # «الضربات الجوية التي …», «الضربة الأمريكية التي …»
    return _is_verb(tokens[noun].norm, "strike_back_references")


DOER_AFTER = 20  # characters after missiles a party is still their doer in («صواريخ أطلقها الحوثيون»), not their target


def _strike_missiles(told: list[Mention], weapons: list[Span], armed: list[Span]) -> None:
    """«دكت مقاتلات التحالف مواقع الحوثيين في صنعاء. وقال شهود إن ستة صواريخ استهدفت مخازن السلاح
    في معسكر الحفاء»: bare missiles (a weapon of no named kind)
    in the sentence right after air strikes (even in the next paragraph), with no armed actor in their
    clause before them or right after them (DOER_AFTER; a target further on is none) and no other weapon in their sentence, are the strikes' munitions — the air strike told on, no shelling.
    Bare: the weapon's words are all of it (`strike_missile_words`), not «قذائف صاروخية», «كاتيوشا»."""
    bare = word_set("strike_missile_words")
    if not weapons or any(normalized(w.text) not in bare for w in weapons):
        return
    for m in told:
        if not m.cancelled and m.sub_event_type == SHELLING and m.strength == "strong" \
                and any(w.start <= m.start < w.end for w in weapons) \
                and not any(m.clause.start <= a.start < m.clause.end and a.start - m.end <= DOER_AFTER for a in armed):
            m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"


# undone by a day the clause names («أمس», «اليوم», a weekday: a DATE span of day precision
# relative to the article): «… أمس، في تصعيد لم تشهده المحافظة على مدى الأشهر الماضية»
PAST_KINDS = ("background", "over_a_period")
# kinds a clause dated today or before keeps its event against: what happened then, beside the time
# spoken of («قتل 5 مدنيين أمس … وسط توقعات بتصعيد خلال الأيام المقبلة»); a condemned attack the
# clause dates is told («استنكر الحادث الإرهابي الذي وقع في مسجد … أمس»), one it does not date is
# named as told elsewhere («دانت الجامعة العربية القصف التركي في شمال العراق»)
DATED_KEEPS = PAST_KINDS + ("future_time", "condemnation")


WITHDRAWAL = Trigger("Strategic developments", "Non-violent transfer of territory", "strong", "", "withdrawal")


VERB_SCAN_KEYS = ("withdrawal_verbs", "entry_verbs", "expulsion_verbs", "expulsion_pronoun_forms", "fall_verbs",
                  "response_verbs", "capture_words", "arms_seizure_verbs", "booby_trap_words", "blast_words",
                  "detonation_nouns")
_last_scan: tuple[list[Token] | None, list[tuple[int, Token, frozenset[str]]]] = (None, [])


def _elsewhere_between(places: list[Span], s_start: int, fire_end: int, answer_start: int) -> bool:
    """Between the fire told and a fight «للعدوان» after it, a place of a governorate none of the
    sentence's places before the fire lies in («تعرضت مواقع الجيش في صرواح لقصف حوثي، وفي مديرية
    دمت بالضالع قامت المقاومة بالتصدي للعدوان»): that fight is elsewhere, no answer to that fire."""
    before = {s.attrs.get("admin1_en") for s in places if s_start <= s.start and s.end <= fire_end} - {None, ""}
    between = {s.attrs.get("admin1_en") for s in places if fire_end <= s.start and s.end <= answer_start} - {None, ""}
    return bool(before) and bool(between - before)


UNARMED_REACH = 4  # words from a clash trigger to what it was fought with («اشتبك الحراس مع المتظاهرين بالأيدي»)


def _unarmed(tokens: list[Token], t1: int, clause: Clause) -> bool:
    """A clash fought with bare hands or sticks (`unarmed_after` within UNARMED_REACH words after the
    trigger, in its clause: «الاشتباك بالأيدي», «اشتبك الحراس مع المصلين بالأيدي والعصي»): a
    scuffle, which ACLED codes as no armed clash."""
    words = word_set("unarmed_after")
    return any(t.norm in words for t in tokens[t1: min(t1 + UNARMED_REACH, clause.tok_end)])


BELT_GAP = 2  # words from «يحمل» to the belt: «يحملون جميعا أحزمة ناسفة», «كان بحوزته حزام ناسف»


def _belt_carried(tokens: list[Token], t0: int, trig: Trigger) -> bool:
    """«ثمانية أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم», «قتل مسلح يرتدي حزاما ناسفا»:
    a suicide belt that someone carries or wears (`belt_carrying_words` at most BELT_GAP words before
    `belt_words`) describes the attacker; no suicide bombing unless a word of detonation in the
    sentence (`detonation_words`: «فجر نفسه», «انفجر», «تفجير») tells that it went off, save one
    after «قبل أن» (killed before he could). The sentence's killing or attack is the event."""
    return trig.sub_event_type == "Suicide bomb" and (_belt_unused(tokens, t0) or _bomber_killed(tokens, t0))


def _bomber_killed(tokens: list[Token], t0: int) -> bool:
    """«قتل 12 من عناصره بينهم ثلاثة انتحاريين», «تمكنت من قتل 10 انتحاريين»: the bomber noun at `t0`
    counts among the dead of a fight (right after «بينهم/منهم», `bomber_among_words`, a count between
    allowed; or right after a count that follows a killing word, `bomber_kill_words`), and nothing in the
    sentence sets a bomb off (`detonation_words`, as for a belt carried): killed before he could blow
    himself up, no suicide bombing. «قتل انتحاري 32 شخصا» (no count) is the bomber killing."""
    if not _is_verb(tokens[t0].norm, "bomber_nouns"):
        return False
    k = t0 - 1
    counted = k >= 0 and is_number_word(tokens[k].norm)
    if counted:
        k -= 1
    if k < 0 or not (_is_verb(tokens[k].norm, "bomber_among_words")
                     or (counted and _is_verb(tokens[k].norm, "bomber_kill_words"))):
        return False
    return not any(_is_verb(t.norm, "detonation_words") and not (j >= 2 and tokens[j - 2].norm == "قبل")
                   for j, t in enumerate(tokens))


def _belt_unused(tokens: list[Token], t0: int) -> bool:
    """The belt word at token `t0` is carried or worn, and nothing in the sentence sets it off."""
    if not _is_verb(tokens[t0].norm, "belt_words"):
        return False
    if not any(_is_verb(tokens[k].norm, "belt_carrying_words") for k in range(max(0, t0 - BELT_GAP), t0)):
        return False
    return not any(_is_verb(t.norm, "detonation_words") and not (k >= 2 and tokens[k - 2].norm == "قبل")
                   for k, t in enumerate(tokens))


def _without_unused_belts(weapons: list[Span], sentence_tokens: list[list[Token]]) -> list[Span]:
    """The weapons but the suicide belts carried and not set off (`_belt_carried`): «يحملون أحزمة
    ناسفة» gives the sentence's attack no kind of a bombing."""
    out = []
    for w in weapons:
        if w.attrs.get("category") == "suicide_bomb":
            tokens = next((ts for ts in sentence_tokens if ts and ts[0].start <= w.start < ts[-1].end), None)
            at = next((k for k, t in enumerate(tokens or []) if t.start <= w.start < t.end), None)
            if at is not None and (_belt_unused(tokens, at) or _bomber_killed(tokens, at)):
                continue
        out.append(w)
    return out


def _bare_strike(tokens: list[Token], t0: int, t1: int) -> bool:
    """Whether the trigger at tokens t0..t1 is a strike word (`strike_words`)."""
    return all(_is_verb(tokens[k].norm, "strike_words") for k in range(t0, t1))


def _without_bare_strikes(tokens: list[Token], hits: list[tuple]) -> list[tuple]:
    """«أضرب طيارون ومضيفون في شركة الطيران اليوم», «الإضرابات كلفت ألمانيا 944 ألف يوم عمل»: a
    sentence whose only protest words are a strike tells no protest (ACLED codes demonstrations,
    not workers staying away); with a march, sit-in or gathering beside it the strike stays."""
    protest = [h for h in hits if h[4].event_type == "Protests"]
    if not protest or not all(_bare_strike(tokens, h[0], h[1]) for h in protest):
        return hits
    if any(_is_verb(t.norm, "hunger_strike_words") for t in tokens):  # «أضرب الأسرى عن الطعام»: left as it was
        return hits
    return [h for h in hits if h[4].event_type != "Protests"]


def _crowd_munitions(tokens: list[Token], t0: int, t1: int, trig: Trigger) -> bool:
    """«أطلقت الشرطة قنابل الغاز والصوت», «القنابل الصوتية», «قنابل مسيلة للدموع»: a bomb word
    followed by a crowd-control kind (`crowd_munition_kinds`) is a stun, tear-gas or smoke grenade,
    no bomb: the trigger of an IED it would be is dropped."""
    if t1 - t0 != 1 or t1 >= len(tokens) or trig.sub_event_type != "Remote explosive/landmine/IED":
        return False
    return _is_verb(tokens[t0].norm, "crowd_munitions") and _is_verb(tokens[t1].norm, "crowd_munition_kinds")


CROWD_CLASH_REACH = 10  # words after «بين/مع» the two sides are looked for in
CLASH_LINK_REACH = 10  # words after the clash word «بين/مع» is looked for in
BRACKETS = frozenset("()[]«»\"'")


def _clash_link(tokens: list[Token], t1: int, end: int) -> int | None:
    """The «بين/مع» that opens the sides of the clash word ending at t1: within `CLASH_LINK_REACH`
    words of its clause, across what is told of the clash before its sides — an adjective, its
    day or place («وقعت مواجهات اليوم (الاحد) بين فلسطينيين ملثمين والشرطة», «خلال مواجهات عنيفة
    في مدينة القدس ليلة أول من أمس بين الشبان الفلسطينيين وقوات الاحتلال») — up to punctuation
    (brackets and quotes aside) or another clash word."""
    links = word_set("crowd_clash_links")
    for k in range(t1, min(t1 + CLASH_LINK_REACH, end)):
        tok = tokens[k]
        if tok.norm in links:
            return k
        if (tok.is_punct and tok.text not in BRACKETS) or _is_verb(tok.norm, "crowd_clash_words"):
            return None
    return None


def _crowd_clashes(tokens: list[Token], hits: list[tuple], clauses: list[Clause], armed: list[Span]) -> list[tuple]:
    """«اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال», «اشتباكات بين أهالي الضحايا وقوات
    الأمن»: a clash word whose sides (after «بين» or «مع», found by `_clash_link` up to CLASH_LINK_REACH
    words on, across the clash's adjective, day or place) are a crowd of
    unarmed people (`crowd_nouns`) and a force of the state (`crowd_clash_forces`) — each right
    after the link (a count word such as «عشرات من» allowed) or after «و» — is a riot (ACLED:
    Riots / Violent demonstration), not an armed clash. A force word that heads a non-state armed
    group (`armed`, the sentence's actor spans: «وعناصر ميليشيا الحوثي», «ورجال القاعدة») is no
    force of the state: locals fighting a militia are an armed clash."""
    out: list[tuple] = []
    for hit in hits:
        trig: Trigger = hit[4]
        t0, t1 = hit[0], hit[1]
        if trig.sub_event_type == "Armed clash" and t1 - t0 == 1 and _is_verb(tokens[t0].norm, "crowd_clash_words"):
            clause = next((c for c in clauses if c.tok_start <= t0 < c.tok_end), None)
            end = clause.tok_end if clause is not None else len(tokens)
            link = _clash_link(tokens, t1, end)
            if link is not None:
                crowd = force = False
                side_start = True
                for k in range(link + 1, min(link + 1 + CROWD_CLASH_REACH, end)):
                    norm = tokens[k].norm
                    if tokens[k].is_punct:
                        break
                    opens = side_start or norm[:1] == "و"
                    if opens and _is_verb(_without_al(norm), "crowd_count_words"):
                        side_start = True  # «بين عشرات من الشبان»: the count, then the crowd
                        continue
                    if opens and _is_verb(_without_al(norm), "crowd_nouns"):
                        crowd = True
                    elif opens and _is_verb(norm, "crowd_clash_forces") and not _non_state_side(tokens, k, end, armed):
                        force = True
                    side_start = False
                if crowd and force:
                    hit = (*hit[:4], replace(trig, event_type="Riots", sub_event_type="Violent demonstration",
                                             strength="strong", resolve=""), *hit[5:])
        out.append(hit)
    return out


CROWD_SIDE_WORDS = 4  # words of a side from its force word on («وعناصر من ميليشيا الحوثي»)


def _non_state_side(tokens: list[Token], k: int, end: int, armed: list[Span]) -> bool:
    """Whether the side opened by the force word tokens[k] names a non-state armed group: an actor
    span of a rebel or militia (`NON_STATE`) over its words, up to the next «و» or punctuation."""
    m = k + 1
    while m < min(k + CROWD_SIDE_WORDS, end) and not tokens[m].is_punct and not tokens[m].norm.startswith("و"):
        m += 1
    a, b = tokens[k].start, tokens[m - 1].end
    return any(s.start < b and a < s.end and s.attrs.get("inter") in NON_STATE for s in armed)


def _without_al(norm: str) -> str:
    """«والشبان» → «وشبان», «الشبان» → «شبان»: the article dropped, a «و» kept for `_is_verb`."""
    if norm.startswith("وال") and len(norm) > 4:
        return "و" + norm[3:]
    if norm.startswith("ال") and len(norm) > 3:
        return norm[2:]
    return norm


@lru_cache(maxsize=1)
def _accident_heads() -> frozenset[str]:
    """The first words of `accident_nouns` («حادث» of «حادث سير»), normalised: «بحادث سير» is its own cause."""
    return frozenset(normalized(p.split()[0]) for p in context()["accident_nouns"])


ACCIDENT_REACH = 12  # words from a casualty word to the accident its clause gives as the cause


def _accidental(tokens: list[Token], t0: int, t1: int, clause: Clause, arms: Collection[Span]) -> bool:
    """A casualty word (`t0`..`t1`) its clause tells as an accident's toll (`accident_nouns`): the
    accident after it behind a cause word («لقوا مصرعهم إثر اصطدام مركب», «توفي جندي في حادث سير»),
    before it with a result word just before it or between («أسفر انقلاب حافلة عن مصرع …»), or a manner word right
    after it («لقي ثلاثة أطفال حتفهم غرقا»). Not when the clause names a weapon or fire («قتل
    شرطيان برصاص مسلحين أثناء توجههما إلى حادث سير»)."""
    if any(clause.start <= w.start < clause.end for w in arms):
        return False
    if any(conj_in(tokens[k].norm, word_set("arson_words")) for k in range(clause.tok_start, clause.tok_end)):
        return False  # «في حريق أضرمه مستوطنون»: someone set the fire
    if any(conj_in(tokens[k].norm, word_set("accident_manner_words")) for k in range(t1, min(t1 + 3, clause.tok_end))):
        return True
    results = word_set("accident_result_words")
    for m in word_matcher("accident_nouns").find(tokens[clause.tok_start: clause.tok_end]):
        k = clause.tok_start + m.token_start
        if t1 <= k <= t1 + ACCIDENT_REACH and _behind_cause(tokens, k, clause.tok_start):
            return True  # «… إثر اصطدام», «في حادث غرق مركب», «إثر "اصطدام …"», «بحادث سير»
        if k < t0 and any(tokens[j].norm in results for j in range(max(clause.tok_start, k - 2), t0)):
            return True
    return False


def _behind_cause(tokens: list[Token], k: int, lo: int) -> bool:
    """The accident noun at token `k` follows a cause word (`accident_cause_words`: «إثر», «في»,
    «بعد ما» read as «بعدما»), a number and punctuation aside («في 3 حوادث سير», «إثر "اصطدام …"»),
    within its clause from `lo`, or is glued to «ب» («بحادث سير»)."""
    before = next((j for j in range(k - 1, lo - 1, -1)
                   if not tokens[j].is_punct and not tokens[j].norm.isdigit()), None)
    if before is not None and before > lo and tokens[before].norm == "ما" and tokens[before - 1].norm == "بعد":
        before -= 1  # «بعد ما اصطدم مركب»: «بعد ما» is «بعدما»
    return (before is not None and tokens[before].norm in word_set("accident_cause_words")) \
        or (tokens[k].norm[:1] == "ب" and tokens[k].norm[1:] in _accident_heads())


ACCIDENT_NEXT_REACH = 20  # tokens from a casualty word to an accident told in a later clause of its sentence


def _accident_told_after(tokens: list[Token], t1: int, clause: Clause, clauses: list[Clause],
                         arms: Collection[Span], hits: list) -> bool:
    """A casualty word whose toll runs on, past ACCIDENT_REACH words or into the next clauses of its
    sentence, to the accident that caused it («لقي تسعة أشخاص حتفهم وأصيب 40 راكبا بإصابات متفاوتة
    بين الخطيرة والمتوسطة، فجر أمس في حادث سير», «توفي أربعة أشخاص وأصيب خمسة، بينهم امرأتان، إثر
    حادث مروري»): an accident noun (`accident_nouns`) behind a cause word (`accident_cause_words`; a
    number between: «إثر 3 حوادث سير»), or glued to «ب», within ACCIDENT_NEXT_REACH tokens after it, with no weapon named from the casualty
    word's clause on to it and no deed told between but casualty words (weak triggers)."""
    for c in clauses:
        if c.tok_end <= t1 or c.tok_start < clause.tok_start or c.tok_start > t1 + ACCIDENT_NEXT_REACH:
            continue
        if any(clause.start <= w.start < c.end for w in arms) \
                or any(conj_in(tokens[k].norm, word_set("arson_words")) for k in range(clause.tok_start, c.tok_end)):
            return False
        for m in word_matcher("accident_nouns").find(tokens[c.tok_start: c.tok_end]):
            k = c.tok_start + m.token_start
            if k < t1:
                continue
            if k > t1 + ACCIDENT_NEXT_REACH or any(t1 <= h[0] < k and h[4].strength != "weak" for h in hits):
                return False  # too far, or a deed told between: the toll is its
            if _behind_cause(tokens, k, c.tok_start):
                return True
    return False


def _crashed_by_fault(tokens: list[Token]) -> bool:
    """The sentence tells an aircraft crashing by a fault («قتل طياران إثر سقوط طائرة حربية … بسبب عطل
    فني», «تحطمت مروحية … بسبب خلل فني، ما أسفر عن مقتل ثلاثة»): a crash word with an aircraft word
    at most two words after it, or an aircraft word with a crash verb at most three after it
    (`aircraft_crash_words`, `aircraft_words`), a fault word right before a fault kind (`fault_words`,
    `fault_kinds`), and no word of downing (`crash_downing_words`: «أسقطها مسلحون», «بصاروخ»)."""
    crash, craft = word_set("aircraft_crash_words"), word_set("aircraft_words")
    faults, kinds, downing = word_set("fault_words"), word_set("fault_kinds"), word_set("crash_downing_words")
    words = [t.norm for t in tokens]
    if not any(conj_in(w, faults) and k + 1 < len(words) and words[k + 1] in kinds for k, w in enumerate(words)):
        return False
    if any(conj_in(w, downing) for w in words):
        return False
    return any(variant_in(w, crash, depth=1) and any(variant_in(x, craft, depth=1) for x in words[k + 1:k + 3])
               or variant_in(w, craft, depth=1) and any(conj_in(x, crash) for x in words[k + 1:k + 4])
               for k, w in enumerate(words))


def _not_killing(tokens: list[Token], t0: int, t1: int) -> bool:
    """A one-word trigger that a killing word's `not_before` list rules out by the word after it
    («والانتهاء من تصفية الجيوب المتبقية»: mopping up, nobody named killed)."""
    if t1 - t0 != 1 or t1 >= len(tokens):
        return False
    words = killing_not_before()
    after = words.get(proclitic_variants(tokens[t0].norm)[-1]) or words.get(tokens[t0].norm)
    return bool(after) and tokens[t1].norm in after


KILLING_NOUN = normalized("قتل")


def _killing_scene(tokens: list[Token], t0: int, t1: int) -> bool:
    """«وما تبعها من صور دمار وقتل», «شاهدوا مشاهد القتل والدمار», «سنوات من دمار وقتل وتشريد»: the
    noun «قتل» as a one-word trigger right after a scene noun (`killing_scene_nouns`), after a scene
    noun and a ruin noun (`ruin_nouns`), or beside a ruin noun («دمار وقتل», «القتل والدمار») with no
    figure right after it, is background description — no event."""
    if t1 - t0 != 1 or proclitic_variants(tokens[t0].norm)[-1] != KILLING_NOUN:
        return False
    scenes, ruins = word_set("killing_scene_nouns"), word_set("ruin_nouns")
    prev = tokens[t0 - 1].norm if t0 > 0 else ""
    if prev in scenes:
        return True
    nxt = tokens[t1] if t1 < len(tokens) else None
    beside = prev in ruins and tokens[t0].norm != KILLING_NOUN \
        or nxt is not None and any(v in ruins for v in proclitic_variants(nxt.norm)[1:])
    if not beside:
        return False
    return not (nxt is not None and nxt.norm[:1].isdigit())  # «دمار وقتل 5 أشخاص»: the verb, with its figure


def _verbs_at(tokens: list[Token], taken: set[int], key: str) -> list[tuple[int, Token]]:
    """The sentence's tokens (index, token) that are one of a context list's verbs, a proclitic
    allowed, and not part of a trigger phrase already.

    The sentence is scanned once for the words of every list in VERB_SCAN_KEYS (the last scan is
    kept: the detectors ask about the same sentence one after the other)."""
    if key not in VERB_SCAN_KEYS:
        return [(i, tok) for i, tok in enumerate(tokens) if i not in taken and _is_verb(tok.norm, key)]
    return [(i, tok) for i, tok, lists in _scan(tokens) if key in lists and i not in taken]


def _scan(tokens: list[Token]) -> list[tuple[int, Token, frozenset[str]]]:
    """(index, token, lists) of the sentence's tokens in some list read so far (`_lists_of`), every
    list of VERB_SCAN_KEYS read first; the last sentence's scan is kept."""
    global _last_scan
    scanned, found = _last_scan
    if scanned is not tokens:
        for k in VERB_SCAN_KEYS:
            if k not in _VERB_KEYS_READ:
                _read_list(k)
        found = [(i, tok, lists) for i, tok in enumerate(tokens) if (lists := _lists_of(tok.norm))]
        _last_scan = (tokens, found)
    return found


def _sentence_has(tokens: list[Token], key: str) -> bool:
    """`any(_is_verb(t.norm, key) for t in tokens)` for a list of VERB_SCAN_KEYS, from the kept scan."""
    return any(key in lists for _, _, lists in _scan(tokens))


# every word of the context lists asked about so far → the lists holding it (filled per list on
# first use): one dict lookup per form, where a cache of (word, list) pairs kept missing (about
# twenty lists are asked about each token)
_VERB_LISTS: dict[str, frozenset[str]] = {}  # entries replaced, never changed: workers read it
_VERB_KEYS_READ: set[str] = set()
_verb_lock = threading.Lock()
# token form → `_lists_of` answer for the lists read so far: a new dict each time a list is read, made
# after `_VERB_LISTS` holds it, so a worker still filling the old one changes nothing; cleared when full
_LISTS_MEMO: dict[str, frozenset[str]] = {}
LISTS_MEMO_LIMIT = 50_000


def _read_list(key: str) -> None:
    global _LISTS_MEMO
    with _verb_lock:
        if key not in _VERB_KEYS_READ:
            for word in word_set(key):
                _VERB_LISTS[word] = _VERB_LISTS.get(word, frozenset()) | {key}
            # the new memo before the key shows as read: a thread that sees the key read and then
            # takes the memo must not be answered from one filled before the list was (it was
            # the other way round, and four threads at once sometimes got «حصيلة» as no toll noun)
            _LISTS_MEMO = {}
            _VERB_KEYS_READ.add(key)


_NO_LISTS: frozenset[str] = frozenset()


def _lists_of(norm: str) -> frozenset[str]:
    """The lists read so far holding the token, itself or without its first proclitic."""
    memo = _LISTS_MEMO
    lists = memo.get(norm)
    if lists is not None:
        return lists
    forms = proclitic_variants(norm)
    lists = _VERB_LISTS.get(forms[0], _NO_LISTS)
    if len(forms) > 1 and (more := _VERB_LISTS.get(forms[1])) is not None:
        lists = lists | more
    if len(memo) >= LISTS_MEMO_LIMIT:
        memo.clear()
    memo[norm] = lists
    return lists


def _is_verb(norm: str, key: str) -> bool:
    """Whether the token is one of a context list's words, itself or without its first proclitic."""
    if key not in _VERB_KEYS_READ:
        _read_list(key)
    return key in _lists_of(norm)


def _coordinated_deed(tokens: list[Token], t0: int, clause: Clause) -> bool:
    """«اقتحمت المقاومة معسكر الصدرين وسيطرت عليه»: a taking verb joined by «و» to a deed told before
    it in its clause takes the place that deed named — the pronoun after it («عليه») points back to
    that place, not to a noun the verb describes («معسكر استولى عليه الحوثيون» has no «و»)."""
    word = tokens[t0].norm
    if not (word.startswith("و") and len(word) > 3 and t0 > clause.tok_start):
        return False
    storming = word_set("storming_words")
    return any_variant_in((t.norm for t in tokens[clause.tok_start: t0]), storming, depth=2)


def _withdrawals(tokens: list[Token], taken: set[int], armed: list[Span], places: list[Span]) -> list[tuple]:
    """«وتراجعت الميليشيات المتمردة من مناطق جعولة», «انسحاب المتمردين الحوثيين من أطراف عدن»: a
    withdrawal verb (`withdrawal_verbs`), an armed party named right after it (WITHDRAWAL_REACH),
    then «من» and a place: a withdrawal told in any wording the fixed phrases miss («انسحب
    الحوثيون من» is one). A fight told with it undoes it later (`_one_battle`)."""
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "withdrawal_verbs"):
        window = tokens[i + 1: i + 1 + WITHDRAWAL_REACH]
        if not window:
            continue
        actor = next((a for a in armed if window[0].start <= a.start <= window[-1].start), None)
        if actor is None:
            # «إن ميليشيات الحوثي وصالح انسحبت من منطقة جعولة»: the party named right before the
            # verb (at most WITHDRAWAL_BEFORE words between its end and the verb), «من» right after it
            # only its allies between («وصالح»): not a relative pronoun («المتمردين الذين انسحبوا من
            # الحوطة» describes the party) nor a claim («مصادر حوثية زعمت أنها انسحبت من مأرب»)
            before = [a for a in armed if a.end <= tok.start and a.attrs.get("inter") not in UNARMED
                      and len(gap := [t for t in tokens if a.end <= t.start < tok.start]) <= WITHDRAWAL_BEFORE
                      and all(t.norm.startswith("و") and t.norm[1:] not in RELATIVES  # not «والذين انسحبوا»
                              or any(b.start <= t.start < b.end for b in armed) for t in gap)]
            frm = next((k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k].norm == "من"), None)
            if not before or frm is None:  # «انسحبت أمس من …»: a day may stand before «من»
                continue
            if _place_within(tokens[frm + 1: frm + 4], places):
                out.append((i, i + 1, tok.start, tok.end, WITHDRAWAL, ""))
            continue
        after = [t for t in tokens if t.start >= actor.end][:2]
        frm = next((k for k, t in enumerate(after) if t.norm == "من"), None)
        if frm is None:
            continue
        if _place_within([t for t in tokens if t.start > after[frm].start][:3], places):
            out.append((i, i + 1, tok.start, tok.end, WITHDRAWAL, ""))
    # «دخلت قوات المقاومة مدينة دمت عصر أمس دون حدوث أي مواجهات»: a place entered (`entry_verbs`,
    # a place within ENTRY_PLACE words) with no fight (`unopposed_words`: «دون/بدون» then, within
    # two words, a fight noun) is a place handed over, not taken in battle
    for i, tok in _verbs_at(tokens, taken, "entry_verbs"):
        first = i + 1  # the words of a party named right after the verb count as one
        party = next((a for a in armed if first < len(tokens) and a.start == tokens[first].start), None)
        # «دخلت طلائع من المقاومة إلى وسط مدينة الحوطة»: a party named a few words on (ENTRY_PARTY)
        # after a word for a body of fighters («طلائع من», «عناصر», «مقاتلو»: `entry_fighter_words`;
        # not «وفد من الحوثيين», «شاحنات من التحالف»); its words count as one too
        near = party or (next((a for a in armed for t in tokens[first + 1: first + ENTRY_PARTY] if a.start == t.start), None)
                         if first < len(tokens) and _is_verb(tokens[first].norm, "entry_fighter_words") else None)
        if near is not None and party is None:
            first = next(j for j in range(first, len(tokens)) if tokens[j].start == near.start)
            party = near
        # tokens run in order: the party's are the first ones, up to where it ends
        skip = 0 if party is None else next((j - first for j in range(first, len(tokens)) if tokens[j].end > party.end),
                                            len(tokens) - first)
        window = tokens[i + 1: first + ENTRY_PLACE + max(0, skip - 1)]
        place = next((p for p in places if window and window[0].start <= p.start <= window[-1].start), None)
        if place is None:
            continue
        # the place is what was entered, not who entered («ودخلت مدينة تعز يومها الثالث من الهدنة دون
        # تسجيل أي مواجهات»: the verb opens its clause, the city right after it) nor where something
        # else entered («ودخلت الهدنة في مدينة تعز …»: after «في»)
        at = next(k for k in range(i + 1, len(tokens)) if tokens[k].end > place.start)
        if tokens[at - 1].norm in ("في", "وفي") or (at == i + 1 and (i == 0 or tokens[i - 1].is_punct)):
            continue
        rest = tokens[i + 1: i + 1 + UNOPPOSED_REACH]
        for k, t in enumerate(rest):
            if t.norm in ("دون", "بدون") and any(_is_verb(u.norm, "unopposed_words") for u in rest[k + 1: k + 4]):
                out.append((i, i + 1, tok.start, tok.end, WITHDRAWAL, ""))
                break
        else:
            # «دخلت القوات مديرية الرمضة بعد مفاوضات مع المتمردين انتهت بخروجهم»: entered by an
            # agreement (`negotiated_entry`), handed over, not taken in battle
            if any(True for _ in word_matcher("negotiated_entry").find(rest)):
                out.append((i, i + 1, tok.start, tok.end, WITHDRAWAL, ""))
            elif near is not None and near.attrs.get("inter") not in UNARMED \
                    and "دخول" not in proclitic_variants(tok.norm):  # the noun, «بدخول», «ودخول» too
                # «دخلت طلائع من المقاومة إلى وسط مدينة الحوطة», «ودخل مقاتلون من المقاومة الجنوبية حي
                # التواهي»: an armed party entering a place, neither unopposed nor by agreement, takes it
                # (the coders code such entries as territory taken); the verb's own party decides
                # whose taking it is. Civilians or protesters entering («ودخل النازحون مدينة زنجبار»,
                # «ودخل آلاف المتظاهرين ساحة الحرية») take nothing
                out.append((i, i + 1, tok.start, tok.end, ENTRY, ""))
    return out


WITHDRAWAL_BEFORE = 2  # words between a party and its withdrawal verb after it («ميليشيات الحوثي وصالح انسحبت»)
ENTRY_PLACE = 4  # words after an entry verb a place is looked for in («دخلت قوات المقاومة مدينة دمت»)
ENTRY_PARTY = 3  # words after an entry verb an armed party is looked for in («دخلت طلائع من المقاومة»)
ENTRY = Trigger("Battles", "Government regains territory", "strong", "territory", "entry")
UNOPPOSED_REACH = 16  # words after an entry verb «دون أي مواجهات» is looked for in


EXPULSION = Trigger("Battles", "Government regains territory", "strong", "territory", "expulsion")
REBELS_EXPELLED = Trigger("Battles", "Government regains territory", "strong", "", "expulsion")
EXPULSION_REACH = 8  # tokens after the verb: its subject, a date, then the armed party expelled
EXPULSION_PLACE = 5  # tokens after «من» a place is looked for in («من آخر معاقلهم في محافظة أبين»)
SUPPORTER = 2  # tokens after a support cue naming the supporter («بدعم من [طيران التحالف]»)


def _expulsions(tokens: list[Token], taken: set[int], armed: list[Span], places: list[Span]) -> list[tuple]:
    """«طردت المقاومة الشعبية ميليشيات الحوثي من مديرية مشرعة وحدنان»: an expulsion verb
    (`expulsion_verbs`) whose object is an armed party — the last one named within EXPULSION_REACH
    tokens, right before «من» (or with only «و…» words between: «الحوثيين وحلفاءهم من») — then a
    place is territory taken, by the subject's side. Not an ambassador, families or workers
    («طردت السعودية السفير الإيراني من الرياض», «طردت قوات الأمن المتظاهرين من الساحة», «طردوا
    الأسر من منازلها»), nor the passive «طردوا من منازلهم»."""
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "expulsion_verbs"):
        window = tokens[i + 1: i + 1 + EXPULSION_REACH]
        if not window or window[0].norm == "من":
            continue
        frm = next((k for k, t in enumerate(window) if t.norm == "من"), None)
        if frm is None:
            continue
        before_from = [a for a in armed if window[0].start <= a.start and a.end <= window[frm].start
                       and a.attrs.get("inter") not in UNARMED]
        if not before_from:
            continue
        last = max(before_from, key=lambda a: a.end)
        gap = [t for t in window[:frm] if t.start >= last.end]
        if any(not t.norm.startswith("و") for t in gap):
            continue
        if _place_within(tokens[i + 1 + frm + 1: i + 1 + frm + 1 + EXPULSION_PLACE], places):
            out.append((i, i + 1, tok.start, tok.end, EXPULSION, ""))
    # «معارك ضد قوات الحوثي … مما أدى إلى طردهم من مدينة لودر»: the party expelled is a pronoun
    # pointing back at an armed party told before it in the sentence
    for i, tok in _verbs_at(tokens, taken, "expulsion_pronoun_forms"):
        referent = max((a for a in armed if a.end <= tok.start), key=lambda a: a.end, default=None)
        if referent is None or referent.attrs.get("inter") != 2 or i + 1 >= len(tokens) or tokens[i + 1].norm != "من":
            continue  # only rebels so expelled: their expellers go unnamed, so the sub-event is fixed here
        if _place_within(tokens[i + 2: i + 2 + EXPULSION_PLACE], places):
            out.append((i, i + 1, tok.start, tok.end, REBELS_EXPELLED, ""))
    return out


FALL = Trigger("Battles", "Non-state actor overtakes territory", "strong", "territory", "fall")


def _falls(tokens: list[Token], taken: set[int], places: list[Span]) -> list[tuple]:
    """«وسقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي»: a fall verb (`fall_verbs`) with a
    place right after it is territory taken (its taker from the sentence's actors). «سقطت قذيفة
    على …», «سقط قتلى» name no place right after the verb."""
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "fall_verbs"):
        if i + 1 < len(tokens) and any(p.start == tokens[i + 1].start or (p.start > tokens[i + 1].start and i + 2 < len(tokens)
                                       and p.start == tokens[i + 2].start and tokens[i + 1].norm in word_set("place_heads"))
                                       for p in places):
            out.append((i, i + 1, tok.start, tok.end, FALL, ""))
    return out


CROWD_PROTEST = Trigger("Protests", "Peaceful protest", "strong", "protest", "crowd out in protest")
CROWD_PURPOSE_REACH = 15  # words from the crowd's verb to the protest purpose after it


def _crowd_protests(tokens: list[Token], taken: set[int]) -> list[tuple]:
    """«خرج آلاف المواطنين في مدينة البصرة احتجاجا على انقطاع الكهرباء»: a verb of going out or
    gathering (`crowd_out_verbs`) with a crowd right after it (`crowd_sizes`: «آلاف», «المئات», «حشود»;
    or `crowd_nouns`: «أهالي», «طلاب») and a protest purpose later in the sentence
    (`crowd_protest_purposes`: «احتجاجا على», «للتنديد») is a protest. Without the purpose the crowd
    may be mourners, revellers or people fleeing («خرج آلاف المدنيين من المدينة»)."""
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "crowd_out_verbs"):
        if not any(_is_verb(t.norm, "crowd_sizes") or _is_verb(t.norm, "crowd_nouns") for t in tokens[i + 1: i + 3]):
            continue
        reach = tokens[i + 2: i + 2 + CROWD_PURPOSE_REACH]
        if next(iter(word_matcher("crowd_protest_purposes").find(reach)), None) is not None:
            out.append((i, i + 1, tok.start, tok.end, CROWD_PROTEST, ""))
    return out


TAKING = Trigger("Battles", "Non-state actor overtakes territory", "strong", "territory", "named taker")


def _named_takings(tokens: list[Token], taken: set[int], clauses: list[Clause], armed: list[Span],
                   places: list[Span]) -> list[tuple]:
    """«أكدت قيادات في المقاومة سيطرة المقاومة على مديرية التواهي»: a bare territory noun
    (`named_taker_nouns`) with its taker named right after it, governed by an announcement verb
    and taking a place, is territory taken (told only then: the noun alone is mostly a topic,
    «منذ سيطرة الميليشيات عليها»)."""
    out: list[tuple] = []
    nouns = word_set("named_taker_nouns")
    for i, tok in enumerate(tokens):
        if i in taken or tok.norm not in nouns:
            continue
        clause = next((c for c in clauses if c.tok_start <= i < c.tok_end), None)
        after = _named_taker(tokens, i, clause, armed) if clause is not None else None
        if after is not None and _announced(tokens, i, clause, places, after):
            out.append((i, i + 1, tok.start, tok.end, TAKING, ""))
    return out


ANSWER_REACH = 6  # tokens from the weapon that answers to its verb («مدفعية القوات المسلحة السعودية وهي ترد»)
ANSWER_OBJECT_REACH = 4  # tokens from the verb to the «على» of what it answers («ترد بقوة وكثافة على مصدر»)


def _answers(tokens: list[Token], taken: set[int], weapons: list[Span], armed: list[Span] = ()) -> list[tuple]:
    """Fire answered by a named weapon: «ورصدت الصحيفة مدفعية القوات المسلحة السعودية وهي ترد
    بقوة على مصدر تلك القذائف», «ردت المدفعية السعودية على مصادر النيران» — a verb of answering
    (`response_verbs`) with an artillery or aircraft weapon at most ANSWER_REACH words before it
    (or right after it), answering «على» something, is that weapon's shelling or air strike (the
    fire answered is cancelled as `answered_fire`; the answer is the event). With no weapon named,
    an armed party right after the verb answering the source of fire («وردت القوات السعودية على
    مصادر النيران») shells it."""
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "response_verbs"):
        if not any(t.norm == "علي" for t in tokens[i + 1: i + 1 + ANSWER_OBJECT_REACH]):
            continue  # «رد الحكومة», «ردت على البيان» needs a weapon anyway; no «على»: no fire answered
        # the answerer: before the verb, or right after it («ردت المدفعية»), never what it answers
        # («ردا على قذائف الحوثيين», «على مصدر تلك القذائف»)
        first = max(0, i - ANSWER_REACH)
        first = next((k + 1 for k in range(i - 1, first - 1, -1) if tokens[k].text in COMMAS), first)
        # «شاهد السكان المدفعية السعودية على الحدود، وقد رد الحوثيون على البيان»: not past a comma
        lo, hi = tokens[first].start if first < i else tok.start, tokens[min(len(tokens) - 1, i + 1)].end
        kinds = [k for w in weapons if lo <= w.start < hi and w.start != tok.start
                 and (k := weapon_kind(w)) in ANSWERING_KINDS]
        if not kinds and i + 1 < len(tokens) and any(a.start == tokens[i + 1].start for a in armed) \
                and _fire_source(tokens, i + 2, i + 2 + ANSWER_OBJECT_REACH + 3):
            kinds = [ANSWERING_KINDS[0]]
        if kinds:
            out.append((i, i + 1, tok.start, tok.end, Trigger(kinds[0][0], kinds[0][1], "strong", "", tok.text), ""))
    return out


STRIKES_REFERRED = Trigger("Explosions/Remote violence", "Air/drone strike", "strong", "", "strikes referred")
STRIKE_PLACE_REACH = 2  # words after «الضربات» its place word may stand at («الضربات الأخرى قرب …»)


def _strikes_referred(tokens: list[Token], taken: set[int]) -> list[tuple]:
    """«وجرت الضربات الأخرى قرب كركوك والفلوجة وتلعفر», after air strikes told in an earlier sentence
    of the article: «الضربات/الضربة» (`strike_back_references`), the subject of a verb of taking
    place right before it (`strike_referred_verbs`: «جرت», «وقعت», «تركزت»; not «توجيهات لسلسلة من
    الضربات في سوريا», an order), with a word placing it
    (`strike_place_words`: «قرب», «في», «حول») at most STRIKE_PLACE_REACH words after it tells the
    strikes on at those places (each place its own incident, as a list of places struck)."""
    where = word_set("strike_place_words")
    return [(i, i + 1, tok.start, tok.end, STRIKES_REFERRED, "")
            for i, tok in _verbs_at(tokens, taken, "strike_back_references")
            if i > 0 and _is_verb(tokens[i - 1].norm, "strike_referred_verbs")
            and any(t.norm in where for t in tokens[i + 1: i + 2 + STRIKE_PLACE_REACH])]


FLOWN_STRIKES = Trigger("Explosions/Remote violence", "Air/drone strike", "strong", "", "flown strikes")
FLOWN_REACH = 30  # characters from the aircraft to «ضربات» («الطائرات التركية نفذت فجرا ثلاث ضربات»)


def _flown_strikes(tokens: list[Token], taken: set[int], weapons: list[Span], text: str) -> list[tuple]:
    """«نفذت الطائرات التركية فجرا ثلاث ضربات على مواقع …»: «ضربات/ضربة» (`strike_nouns`, no «جوية»
    after it) at most FLOWN_REACH characters after aircraft named in its sentence (a WEAPON of the air
    strike kind, or an actor named by its aircraft), no comma or full stop between, is their air strike."""
    air = [w for w in weapons if weapon_kind(w) == AIR_STRIKE]
    if not air:
        return []
    return [(i, i + 1, tok.start, tok.end, FLOWN_STRIKES, "") for i, tok in _verbs_at(tokens, taken, "strike_nouns")
            if any(w.end <= tok.start and tok.start - w.end <= FLOWN_REACH
                   and not any(c in text[w.end:tok.start] for c in "،,.؛:") for w in air)]


FIRE_SOURCES = frozenset({"مصدر", "مصادر"})  # normalised: «على مصادر النيران», what an answer fires at


@lru_cache(maxsize=1)
def _fire_words() -> frozenset[str]:
    """The words of fire a source answered names («النيران», «القذائف»): those the `answered_fire`
    cues of triggers_context.json require after «على مصدر/مصادر»."""
    return frozenset(normalized(w) for c in context()["cancel"] if c["kind"] == "answered_fire" for w in c.get("requires", []))


def _fire_source(tokens: list[Token], first: int, end: int) -> bool:
    """«على مصادر النيران», «على مصدر تلك القذائف» between `first` and `end`: the source of fire an
    answer shoots at — not «على مصادر إعلامية حوثية», «بحسب مصدر عسكري» (a reply, no fire)."""
    fire = _fire_words()
    return any(tokens[k].norm in FIRE_SOURCES and tokens[k - 1].norm == "علي"
               and any(t.norm in fire for t in tokens[k + 1: k + 3])
               for k in range(max(first, 1), min(end, len(tokens))))


ANSWERING_KINDS = (("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                   ("Explosions/Remote violence", "Air/drone strike"))


CAPTURE = Trigger("Battles", "Armed clash", "weak", "", "capture")
CAPTURE_REACH = 5  # tokens after the verb its figure or captives are looked for in («أسروا أمس ثلاثة من مسلحي»)


def _captures(tokens: list[Token], taken: set[int], armed: list[Span], numbers: list[Span]) -> list[tuple]:
    """Fighters taken prisoner: «أسرت المقاومة 14 متمردا», «أسروا أمس ثلاثة من مسلحي الحوثيين»,
    «تمكنوا من أسر قرابة 140 مسلحا» — a capture verb or noun (`capture_words`) with a figure or an
    armed party within CAPTURE_REACH tokens after it, in a sentence naming an armed party, is a
    fight (weak: a clash or an ambush told with it is the event). The bare «أسر» is also «families»
    («أسر الشهداء»): it needs a figure right after it («أسر 12 آخرين», «أسر قرابة 140»)."""
    if not armed:
        return []
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "capture_words"):
        window = tokens[i + 1: i + 1 + CAPTURE_REACH]
        if not window:
            continue
        if any(_is_verb(t.norm, "aim_before") for t in tokens[max(0, i - 5): i]):
            continue  # «تسعى المقاومة إلى أسر 30 مسلحا»: an aim
        bare = variant_in(tok.norm, ("اسر",), depth=1)
        if bare and (any(_is_verb(t.norm, "families_before") for t in tokens[max(0, i - 3): i])
                     or any(_is_verb(t.norm, "families_after") for t in window[:4])):
            continue  # «زار وفد أسر 12 شهيدا», «أسر 40 من الجنود الذين قتلوا»: families
        reach = window[:2] if bare else window
        figure = any(reach[0].start <= n.start <= reach[-1].start for n in numbers)
        party = not bare and any(window[0].start <= a.start <= window[-1].start for a in armed)
        if figure or party:
            out.append((i, i + 1, tok.start, tok.end, CAPTURE, ""))
    return out


SEIZURE = Trigger("Strategic developments", "Disrupted weapons use", "strong", "", "arms_seizure")
SEIZURE_REACH = 10  # tokens from a seize verb to the arms it takes («ضبط الجيش والمقاومة في مأرب قاطرتين تقلان أسلحة»)


def _arms_seizures(tokens: list[Token], taken: set[int]) -> list[tuple]:
    """Weapons or military equipment seized on their way or in a store: «ضبطت قوات الجيش شحنة
    صواريخ», «ضبط الجيش والمقاومة قاطرتين تقلان أسلحة وذخائر», «مصادرة شحنة متفجرات» — a seize
    verb or noun (`arms_seizure_verbs`) with a word of arms (`seized_arms`) at most SEIZURE_REACH
    tokens after it, no comma between, is a Disrupted weapons use (the fixed phrases «ضبط أسلحة»,
    «شحنة أسلحة» are triggers of their own). Not an aim («تسعى إلى ضبط …»); not a definite form,
    no verb («البيان الصادر عن …», issued; «بالضبط», exactly); and containers («عبوات») are arms only
    described as explosive or booby-trapped (SEIZED_CONTAINER_REACH words on: «عبوات ناسفة», «العبوات
    والسيارات المفخخة»; not «ضبط الجودة … العبوات الكرتون», «عبوات مياه»), as `_cache_found` reads them."""
    arms = word_set("seized_arms")
    out: list[tuple] = []
    for i, tok in _verbs_at(tokens, taken, "arms_seizure_verbs"):
        if tok.norm.startswith(DEFINITE_FORMS) or any(_is_verb(t.norm, "aim_before") for t in tokens[max(0, i - 5): i]):
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + SEIZURE_REACH)):
            if tokens[k].text in COMMAS or tokens[k].is_punct:
                break
            if variant_in(tokens[k].norm, arms, depth=1) and not (
                    "عبو" in tokens[k].norm and not _explosive_after(tokens, k)):  # a weapon may be a trigger word too
                out.append((i, i + 1, tok.start, tok.end, SEIZURE, ""))
                break
            if k in taken:
                break  # another deed told between
    return out


SEIZED_CONTAINER_REACH = 3  # words from «عبوات» to the adjective that makes them bombs («العبوات والسيارات المفخخة»)


def _explosive_after(tokens: list[Token], k: int) -> bool:
    """An explosive or booby-trap adjective at most SEIZED_CONTAINER_REACH words after token k."""
    return any(_is_verb(t.norm, "explosive_adjectives") or _is_verb(t.norm, "booby_trap_words")
               for t in tokens[k + 1: k + 1 + SEIZED_CONTAINER_REACH])


DESTRUCTION = Trigger("Battles", "Armed clash", "weak", "", "destruction")
DESTRUCTION_REACH = 6  # tokens from a destroy verb to the weapon it acts on («تمكنوا من إعطاب دبابة خاصة بالمسلحين»)
DOER_REACH = 8  # tokens from a ground party back to the destroy verb it did («تمكن رجال المقاومة أمس من إعطاب»)


def _destructions(tokens: list[Token], taken: set[int], weapons: list[Span], armed: list[Span],
                  flyers: Collection[Span]) -> list[tuple]:
    """A ground party destroying or disabling the enemy's weapon or vehicle («ودمرت المقاومة منصة
    إطلاق صواريخ للحوثيين في …», «تمكن رجال المقاومة من إعطاب دبابة خاصة بالمسلحين الحوثيين»)
    fought it: a destroy verb (`destroyed_verbs`, not downing nor «تفجير»: a blast, a bomb set off)
    whose object (`_object_of`) is a weapon within DESTRUCTION_REACH tokens, its doer an armed party
    (not an air one, no aircraft named) right after the finite verb or at most DOER_REACH tokens
    before it in the sentence, is a fight — weak, as a capture: a strike, a clash or a shelling told
    with it is the event. How the gold codes it (an armed clash), not a Disrupted weapons use (a
    seizure or a defusing without a fight)."""
    if not weapons or not armed:
        return []
    air = air_actor_ids()
    spent = None
    out: list[tuple] = []
    for i, tok in enumerate(tokens):
        if i in taken or not _is_verb(tok.norm, "destroyed_verbs") or _is_verb(tok.norm, "downing_words") \
                or any(v.endswith("تفجير") for v in proclitic_variants(tok.norm)[:2]):
            continue
        reach = tokens[min(len(tokens) - 1, i + DESTRUCTION_REACH)].end
        lost = [w for w in weapons if tok.end <= w.start < reach and (kind := weapon_kind(w)) != AIR_STRIKE
                and _object_of(tokens, i, w, kind or ("", ""), armed)]
        if spent is None and lost:
            from core.incidents.counts import spent_munitions
            spent = spent_munitions()
        lost = [w for w in lost if w.attrs.get("category") not in (spent or ())]
        if not lost:
            continue
        lo = tokens[max(0, i - DOER_REACH)].start
        doers = [a for a in armed if (lo <= a.start and a.end <= tok.start) or tok.end <= a.start < lost[0].start]
        if doers and not any(a.attrs.get("id") in air for a in doers) \
                and not any(f.start < lost[0].start for f in flyers) \
                and not any(w.start < tok.start and weapon_kind(w) == AIR_STRIKE for w in weapons):
            out.append((i, i + 1, tok.start, tok.end, DESTRUCTION, ""))
    return out


CLEARANCE = Trigger("Strategic developments", "Disrupted weapons use", "strong", "", "clearance")
FOILABLE = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})  # blasts a disrupting trigger before them stops
UNFINISHED_BEFORE = 3  # words before a clearance pronoun form an attempt or a call is looked for in
FINDING_REACH = 7  # tokens from a finding verb to the mines found («عثروا أمس على كميات كبيرة من الألغام»)
CLEARANCE_REACH = 5  # «نزع وإبطال أكثر من 200 لغم», «استخراج أكثر من 300 لغم أرضي»


def _clearances(tokens: list[Token], hits: list[tuple], casualties: Collection[Span] = ()) -> list[tuple]:
    """Mines cleared told with a figure between verb and noun («تمكن الفريق من نزع وإبطال أكثر من 200
    لغم أرضي», «قامت باستخراج أكثر من 300 لغم»): a clearance verb (`clearance_verbs`) with a mine word
    (`mine_words`) at most CLEARANCE_REACH tokens after it is a Disrupted weapons use, and the mine
    word no explosion. Returns the hits with the mine words' explosion hits replaced. `casualties`:
    the sentence's CASUALTY spans (see `_detonated_devices`)."""
    verbs, mines, finding = word_set("clearance_verbs"), word_set("mine_words"), word_set("finding_verbs")
    hits = _detonated_devices(tokens, _destroyed_devices(tokens, hits), casualties)
    ends = {w[-3:] for w in mines}  # a cheap first test: the mine words' last letters
    if not any_variant_in((t.norm for t in tokens if t.norm[-3:] in ends), mines, depth=1):
        return hits  # no mine named: nothing to look for (most sentences)
    out = list(hits)
    for i, tok in enumerate(tokens):
        found = variant_in(tok.norm, finding, depth=2)
        if not found and not variant_in(tok.norm, verbs, depth=2):
            continue
        reach = FINDING_REACH if found else CLEARANCE_REACH  # «عثروا أمس على كميات كبيرة من الألغام»
        mine = next((k for k in range(i + 1, min(len(tokens), i + 1 + reach))
                     if variant_in(tokens[k].norm, mines, depth=1)), None)
        if mine is None or (found and not _cache_found(tokens, i, mine)):
            continue
        if any(h[0] <= i < h[1] and h[4].sub_event_type == CLEARANCE.sub_event_type for h in out):
            continue  # «نزع الألغام» is a trigger phrase already
        # the verb is no other event («تطهير المنطقة من الألغام» takes no territory), the mine no explosion
        out = [h for h in out if not (h[0] <= i < h[1]) and not (
            i <= h[0] <= mine and h[4].sub_event_type == "Remote explosive/landmine/IED")]
        out.append((i, i + 1, tok.start, tok.end, CLEARANCE, ""))
    # «زرعوا مئات الألغام في محيط الموقع، وإن مختصين عكفوا على إزالتها»: a clearance noun with a
    # pronoun (`clearance_pronoun_forms`) after mines named earlier in the sentence clears them,
    # unless the sentence tells a blast («انفجرت عبوة ناسفة بعد فشل محاولة تفكيكها»)
    if _sentence_has(tokens, "blast_words"):
        return out
    for i, tok in enumerate(tokens):
        if not _is_verb(tok.norm, "clearance_pronoun_forms"):
            continue
        if any(_is_verb(t.norm, "clearance_unfinished") for t in tokens[max(0, i - UNFINISHED_BEFORE): i]):
            continue  # «أصيب جندي بعبوة ناسفة أثناء محاولته تفكيكها», «طالبت … بالمساعدة في إزالتها»: not done
        if any_variant_in((t.norm for t in tokens[:i]), mines, depth=1) \
                and not any(h[0] <= i < h[1] for h in out):
            out.append((i, i + 1, tok.start, tok.end, CLEARANCE, ""))
    return out


def _detonated_devices(tokens: list[Token], hits: list[tuple], casualties: Collection[Span] = ()) -> list[tuple]:
    """A device detonated on purpose («بينما تم تفجير القذيفة الخامسة في إحدى المزارع من أفراد
    الشرطة», «تمكنت قوات الأمن من تفجير 7 عبوات ناسفة»): the detonation noun (`detonation_nouns`)
    right after an achievement word (`detonation_done_before`: «تم», «تمكنت من») with a device
    (`mine_words`, `detonated_devices`) at most CLEARANCE_REACH tokens after it made it safe — a
    Disrupted weapons use, not an explosion. Not when a past verb of targeting follows the device
    («تم تفجير عبوة ناسفة استهدفت دورية»: a bombing told in the passive), nor when the sentence
    tells a harm after it — a word of result (`mine_result_words`: «تم تفجير عبوة ناسفة في سوق، ما
    أسفر عن …») or a casualty (`casualties`, the sentence's CASUALTY spans: «وتم تفجير سيارة مفخخة
    أمام مسجد، وقتل سبعة مصلين»): a blast that hurt people was nobody's clearance."""
    if not _sentence_has(tokens, "detonation_nouns"):
        return hits
    devices = word_set("mine_words") | word_set("detonated_devices")
    out = list(hits)
    for i, tok in enumerate(tokens):
        if not _is_verb(tok.norm, "detonation_nouns") or i == 0:
            continue
        before = tokens[i - 1].norm
        if not (_is_verb(before, "detonation_done_before")
                or (before == normalized("من") and i > 1 and _is_verb(tokens[i - 2].norm, "detonation_done_before"))):
            continue
        device = next((k for k in range(i + 1, min(len(tokens), i + 1 + CLEARANCE_REACH))
                       if variant_in(tokens[k].norm, devices, depth=1)), None)
        if device is None or any(t.is_punct for t in tokens[i + 1: device]):
            continue
        if any(_is_verb(t.norm, "targeting_verbs_past") for t in tokens[device + 1: device + 1 + CLEARANCE_REACH]):
            continue  # «تم تفجير عبوة ناسفة استهدفت دورية»: an attack
        after = tokens[device].end
        if any(_is_verb(t.norm, "mine_result_words") for t in tokens[device + 1:]) \
                or any(after <= c.start < tokens[-1].end for c in casualties):
            continue  # «… ما أسفر عن مقتل أربعة أشخاص»: the blast harmed, a bombing told in the passive
        out = [h for h in out if not (i <= h[0] <= device or h[0] <= i < h[1])]
        out.append((i, i + 1, tok.start, tok.end, CLEARANCE, ""))
    return out


def _destroyed_devices(tokens: list[Token], hits: list[tuple]) -> list[tuple]:
    """Booby-trapped vehicles destroyed before use («ودمرت القوات الأمنية ثلاث عجلات مفخخة كانت
    معدة لاستهداف …», «تدمير آلية حفر كانت مفخخة»): a destruction verb (`device_destruction_verbs`)
    whose object, at most CLEARANCE_REACH tokens on, is booby-trapped (`booby_trap_words`) made a
    bomb safe — a Disrupted weapons use, and the booby-trap word no explosion. Not when the
    sentence tells a blast («أدى انفجار سيارة مفخخة إلى تدمير منزل») nor when the trapped thing is
    the means («تدمير المبنى بسيارة مفخخة»: a «ب» word between)."""
    # a token that is a trap word is one of the list's words itself (`_is_verb`): the sentence's
    # kept scan answers both questions without a call per token
    if not _sentence_has(tokens, "booby_trap_words") or _sentence_has(tokens, "blast_words"):
        return hits
    out = list(hits)
    for i, tok in enumerate(tokens):
        if not _is_verb(tok.norm, "device_destruction_verbs"):
            continue
        trap = next((k for k in range(i + 1, min(len(tokens), i + 1 + CLEARANCE_REACH))
                     if _is_verb(tokens[k].norm, "booby_trap_words")), None)
        if trap is None or any(t.norm.startswith("ب") and len(t.norm) > 3 for t in tokens[i + 1: trap]):
            continue
        if any(h[0] <= i < h[1] and h[4].sub_event_type == CLEARANCE.sub_event_type for h in out):
            continue
        out = [h for h in out if not (h[0] <= i < h[1]) and not (
            i <= h[0] <= trap and h[4].sub_event_type in FOILABLE)]
        out.append((i, i + 1, tok.start, tok.end, CLEARANCE, ""))
    return out


FIRE_FOUND = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
ON_WORD = normalized("على")
FIRED_STEMS = tuple(normalized(w) for w in ("قصف", "أطلق", "سقط", "استهدف", "انفجر", "أصاب", "ضرب", "تفجر"))


def _found_weapon(tokens: list[Token], t0: int, trig: Trigger) -> bool:
    """An aircraft or a fire weapon found («تم العثور على عدد من المقاتلات في القاعدة الجوية», «عثروا
    على صواريخ كاتيوشا في مخزن»): a strike or shelling trigger (token `t0`) within FINDING_REACH
    tokens after a finding verb (`finding_verbs`) and its «على», in its clause (no punctuation
    between), is a thing found — nobody fired it. Not when a word after it in the sentence tells it
    fired, fell or blew up (FIRED_STEMS, with its pronoun, after «و/ف»: «عثروا على قذيفة انفجرت
    بهم», «عثر الأهالي على قذيفة هاون سقطت على منزل», «على بقايا صاروخ أطلقه الحوثيون»)."""
    if trig.sub_event_type not in FIRE_FOUND:
        return False
    finding = word_set("finding_verbs")
    for j in range(t0 - 1, max(-1, t0 - 1 - FINDING_REACH), -1):
        if tokens[j].is_punct:
            return False
        if variant_in(tokens[j].norm, finding, depth=2):
            between = [t.norm for t in tokens[j + 1: t0]]
            return ON_WORD in between and not any(
                t.norm.startswith(FIRED_STEMS) or t.norm[:1] in "وف" and t.norm[1:].startswith(FIRED_STEMS)
                for t in tokens[t0 + 1:])
    return False


def _cache_found(tokens: list[Token], verb: int, mine: int) -> bool:
    """A finding verb (`finding_verbs`: «عثروا على مخازن للألغام», «ضبط عبوة ناسفة») with a mine word
    is mines made safe only when they are mines («لغم», or «عبوة» with «ناسفة»: not «عبوات غذائية»),
    nothing blew up after («عثورهم على لغم انفجر بهم») and nobody is said to have laid them («ضبط
    المتهم بزرع عبوة ناسفة انفجرت»)."""
    word = tokens[mine].norm
    if "عبو" in word and not (mine + 1 < len(tokens) and _is_verb(tokens[mine + 1].norm, "explosive_adjectives")):
        return False
    if any(_is_verb(t.norm, "blast_words") and tokens[k - 1].norm != "قبل" for k, t in enumerate(tokens[mine + 1:], mine + 1)):
        return False  # (not «وتفكيكها قبل انفجارها»: it did not blow up)
    return not any(_is_verb(t.norm, "mine_planting_words") for t in tokens[:mine] if t.start >= tokens[max(0, verb - 1)].start)


OBJECT_REACH = 6  # tokens from a territory verb to its «على» («سيطر الملف اليمني على …»)


def _disaster_subject(tokens: list[Token], t0: int, t1: int, clause: Clause) -> bool:
    """A territory verb (`t0`..`t1`) whose subject is a natural disaster of `disaster_subjects`: right
    after it («اجتاحت السيول المدينة») or right before it, «التي» between allowed («فيضانات اجتاحت
    محافظة إب», «الفيضانات التي اجتاحت …»): no one took the place."""
    found = word_matcher("disaster_subjects").find(tokens[clause.tok_start: clause.tok_end])
    for m in found:
        k0, k1 = clause.tok_start + m.token_start, clause.tok_start + m.token_end
        if k0 == t1:
            return True
        gap = [tokens[j].norm for j in range(k1, t0)]
        if k1 <= t0 and (not gap or gap in (["التي"], ["الذي"], ["التي", "قد"])):
            return True
    return False


def _abstract_object(tokens: list[Token], t1: int, clause: Clause) -> bool:
    """The «على» of a territory trigger (its last word, or within `OBJECT_REACH` words after it in
    its clause) takes a word of `non_territory_objects`: «سيطر الملف اليمني على مجريات المؤتمر»,
    «سيطرت فرق الدفاع المدني على الحريق» take no place — nor a quantity of such things
    (`object_quantities` + «من»: «استولوا على كثير من العتاد العسكري»). A freeing noun whose object right after it
    is a state of things (`restored_abstracts`: «استعادة الشرعية في عدن», «استعادة الدولة») restores
    no place either."""
    if t1 < clause.tok_end and _is_verb(tokens[t1 - 1].norm, "freeing_nouns") \
            and _is_verb(tokens[t1].norm, "restored_abstracts"):
        return True
    if t1 > clause.tok_start and tokens[t1 - 1].norm == "علي":
        on: int | None = t1 - 1
    else:
        on = next((k for k in range(t1, min(clause.tok_end, t1 + OBJECT_REACH)) if tokens[k].norm == "علي"), None)
    if on is None or on + 1 >= clause.tok_end:
        return False
    obj = on + 1
    if obj + 2 < clause.tok_end and _is_verb(tokens[obj].norm, "object_quantities") and tokens[obj + 1].norm == "من":
        obj += 2  # «استولوا على كثير من العتاد», «كميات من الأسلحة»: the thing counted is the object
    if obj + 1 < clause.tok_end and is_number_word(tokens[obj].norm) and tokens[obj].norm not in ("احد", "احدي"):
        obj += 1  # «استولى رجال المقاومة على ثلاث عربات»: the thing counted (not «أحد المواقع»: one of them)
    return _is_verb(tokens[obj].norm, "non_territory_objects")


def _figurative_march(tokens: list[Token], t0: int, t1: int) -> bool:
    """«مسيرة» / «مسيرات» alone as the trigger (`march_words`), with a word of a course or a cause
    right after it (`figurative_march_words`: «مسيرة التحرير», «مسيرة البناء», «مسيرة التنمية»,
    «المسيرة التنموية», «المسيرة القرآنية»): the way a people, a state or a movement goes, no march
    in the street. Marches named by what they are for («مسيرة الغضب», «مسيرة الحياة», «مسيرة
    سلمية», «مسيرة حاشدة») are not in the list and stay protests."""
    return t1 - t0 == 1 and t1 < len(tokens) and _is_verb(tokens[t0].norm, "march_words") \
        and _is_verb(tokens[t1].norm, "figurative_march_words")


RAID = ("Strategic developments", "Looting/property destruction")  # a premises stormed and taken over
RAID_REACH = 4  # tokens from a raid word to the premises it names («اقتحم مسلحون حوثيون أمس مكتب»)
SUFFERED_REACH = 9  # tokens from «تعرض» to the raid word («تعرض منزل الصحفي … في مدينة إب لاقتحام»)


GOODS_REACH = 5  # tokens after a holding verb its object is looked for in («تحتجز منذ صبيحة الجمعة ثلاث قاطرات»)


def _goods_held(tokens: list[Token], t1: int, clause: Clause) -> bool:
    """An arrest word whose object within `GOODS_REACH` tokens after it in its clause is a vehicle
    or goods (`held_goods`: «شاحنة», «قاطرات», «مساعدات», «سفينة»), before any person: trucks or aid
    seized are property taken (looting), not people arrested. A person named first is who was
    arrested (`held_people`: «اعتقل الحوثيون سائق شاحنة», the driver of a truck)."""
    for t in tokens[t1: min(clause.tok_end, t1 + GOODS_REACH)]:
        if _is_verb(t.norm, "held_people"):
            return False
        if _is_verb(t.norm, "held_goods"):
            return True
    return False


ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
HOSTAGE_REACH = 4  # tokens after a holding word the hostages are looked for in («احتجاز 18 شخصا كرهائن»)


def _held_not_arrested(tokens: list[Token], t0: int, t1: int, clause: Clause) -> str:
    """A word of holding («احتجاز», «احتجز», `holding_words`) that tells no arrest: hostages
    within `HOSTAGE_REACH` tokens after it in its clause (`hostage_words`: «عملية احتجاز رهائن»,
    «احتجزوا عددا من النزلاء رهائن») → "hostages", an abduction; people or cars trapped → "trapped":
    a case of it («حالات احتجاز», `trapped_cases_before`), held inside something («احتجازه داخل
    المركبة», `trapped_inside`), or vehicles held before any person (`trapped_vehicles`: «تسببت
    السيول في احتجاز عشرات المركبات»; the police impounding a car is no ACLED arrest either), or goods
    and papers impounded before any person (`impounded_items`: «تم احتجاز المضبوطات وجواز سفره»). Else ""."""
    end = clause.tok_end
    if any(_is_verb(t.norm, "hostage_words") for t in tokens[t1: min(end, t1 + HOSTAGE_REACH)]):
        return "hostages"
    if t0 > clause.tok_start and _is_verb(tokens[t0 - 1].norm, "trapped_cases_before"):
        return "trapped"
    if t1 < end and _is_verb(tokens[t1].norm, "trapped_inside"):
        return "trapped"
    for t in tokens[t1: min(end, t1 + GOODS_REACH)]:
        if _is_verb(t.norm, "held_people"):
            return ""
        if _is_verb(t.norm, "trapped_vehicles") or _is_verb(t.norm, "impounded_items"):
            return "trapped"  # «وتم احتجاز المضبوطات وجواز سفره»: seized goods and papers, no one held
    return ""


CRIMINAL_REACH = 3  # tokens after an arrest word its object is looked for in («القبض على أكبر مهرب»)
CRIMINAL_ARMS_REACH = 6  # tokens after the criminal word a weapon makes the arrest one of the war


def _common_criminal(tokens: list[Token], t1: int, clause: Clause, arms: list[Span]) -> bool:
    """An arrest word whose object within `CRIMINAL_REACH` tokens after it in its clause is a
    common criminal (`criminal_arrestees`: «الجاني», «مهرب», «مروج مخدرات», «لصوص», «المتسولين»;
    not «المخالفين», also a party's opponents: «اعتقلت الميليشيات عشرات المخالفين لها»): the police
    beat of the local press, which ACLED does not code as an arrest. Smugglers of arms (a weapon or a word of arms right after them, `smuggled_arms`:
    «مهربي أسلحة للحوثيين») stay arrests of the war."""
    end = min(clause.tok_end, t1 + CRIMINAL_REACH)
    hit = next(iter(word_matcher("criminal_arrestees").find(tokens[t1:end])), None)
    if hit is None:
        return False
    k = t1 + hit.token_end
    if k < clause.tok_end:
        stop = tokens[min(clause.tok_end, k + CRIMINAL_ARMS_REACH) - 1].end
        if any(tokens[k].start <= w.start < stop for w in arms) \
                or any(_is_verb(t.norm, "smuggled_arms") for t in tokens[k: min(clause.tok_end, k + CRIMINAL_ARMS_REACH)]):
            return False
    return True


def _checkpoint(tokens: list[Token], t0: int, t1: int) -> bool:
    """«كمين/كمائن» as a security checkpoint (Egyptian news), not an ambush: a one-word ambush noun
    (`ambush_nouns`) with a fixed/mobile adjective right after it (`checkpoint_after`), a security
    one (`checkpoint_security`) allowed between («كمائن أمنية ثابتة», «الكمائن الثابتة»), or, at
    most one word between, a verb of setting up or a word of places before it (`checkpoint_before`:
    «إقامة ثلاثة كمائن», «أنشأت كمينا», «أماكن الكمائن»). «نصب كمينا» and «قتلوا في كمين» stay
    ambushes; so does a security adjective alone («في محيط أحد الكمائن الأمنية»: left)."""
    if t1 - t0 != 1 or not variant_in(tokens[t0].norm, word_set("ambush_nouns"), depth=1):
        return False
    k = t1 + 1 if t1 < len(tokens) and tokens[t1].norm in word_set("checkpoint_security") else t1
    if k < len(tokens) and tokens[k].norm in word_set("checkpoint_after"):
        return True
    before = word_set("checkpoint_before")
    return any(variant_in(tokens[k].norm, before, depth=1) for k in range(max(0, t0 - 2), t0))


def _premises_raided(tokens: list[Token], t0: int, t1: int, clause: Clause) -> bool:
    """A raid word («اقتحم», `raid_words`) whose object within `RAID_REACH` tokens after it in
    its clause is a civilian, media or party premises (`raided_premises`: «مكتب قناة», «منزل»,
    «مقر حزب»): a raid, not an armed clash — the premises stormed and taken over (`RAID`), the
    same event as a looting told with it («ونهبوا أجهزتها»)."""
    if not _is_verb(tokens[t0].norm, "raid_words"):
        return False
    premises = word_matcher("raided_premises")
    window = tokens[t1: min(clause.tok_end, t1 + RAID_REACH + 1)]
    if any(True for _ in premises.find(window)):
        return True
    # told passively, the premises before the raid word: «تعرض مكتبها في صنعاء لعملية اقتحام من
    # مسلحين», «تعرض منزل الصحفي لاقتحام» (`suffered_verbs`; the premises may carry its owner's pronoun)
    before = range(max(clause.tok_start, t0 - SUFFERED_REACH), t0)
    suffered = next((k for k in before if _is_verb(tokens[k].norm, "suffered_verbs")), None)
    if suffered is None or any(tokens[k].text in COMMAS for k in range(suffered, t0)) \
            or not any(tokens[k].norm.startswith("ل") for k in range(max(suffered + 1, t0 - 1), t0 + 1)):
        return False  # what was suffered comes with «ل» («لاقتحام», «لعملية اقتحام»), in the same clause:
        # not «تعرض مكتب المحافظ للقصف، قبل اقتحام مسلحين حوثيين مواقع المقاومة»
    subject = tokens[suffered + 1: min(t0, suffered + 3)]  # what suffered it, right after the verb
    words = word_set("raided_premises")
    return any(m.token_start == 0 for m in premises.find(subject)) or bool(subject) and (
        _without_pronoun(subject[0].norm) in words)


def _without_pronoun(norm: str) -> str:
    """«مكتبها» → «مكتب», «منزله» → «منزل»: a noun without its possessive pronoun."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            return norm[: -len(suffix)]
    return norm


def _place_within(window: list[Token], places: list[Span]) -> bool:
    return bool(window) and any(window[0].start <= p.start <= window[-1].start for p in places)


WITHDRAWAL_REACH = 1  # the party right after the verb («تراجعت أعداد مسلحي الحوثي» is numbers going down)


def _place_object(tokens: list[Token], k: int, end: int, places: list[Span]) -> bool:
    """The words from `k` name a place: a LOCATION span starts within four words, or a place word
    (`place_heads`, `place_list_words`, `anaphoric_places`, `place_object_words`) is among the
    first four («على ثلاثة مواقع للحوثيين», «تحرير أكثر من 20 موقعا»)."""
    if k >= end:
        return False
    if any(tokens[k].start <= p.start <= tokens[min(end, k + 4) - 1].start for p in places):
        return True
    words = _place_words()
    return any_variant_in((t.norm for t in tokens[k: min(end, k + 4)]), words, depth=1)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return word_set("place_heads") | word_set("place_list_words") | word_set("place_object_words") \
        | frozenset(normalized(w) for w in context()["anaphoric_places"])


ANNOUNCED_REACH = 7  # tokens between an announcement verb and its noun: the announcer, its town, a date


def _announced(tokens: list[Token], t0: int, clause: Clause, places: list[Span], on: int | None = None) -> bool:
    """«أعلنت المقاومة أمس سيطرتها على مديرية …», «أعلن الثوار تحريرها بالكامل»: an announcement
    verb governing the noun directly — nothing but its subject and a date between («أعلن … أن
    الحوثيين فقدوا سيطرتهم», «… دعمه للمقاومة حتى تحريرها», «… في ادعاء سيطرتها» are not) — and
    the noun's «على» taking a place («سيطرتها على الحريق» is no place). `on`: where that «على»
    may stand when not right after the noun (after the taker: «سيطرة المقاومة على …»)."""
    lo, words = t0, 0  # punctuation and a lone «لـ» («لـ«عكاظ»») are no words of the reach
    while lo > clause.tok_start and words <= ANNOUNCED_REACH:
        lo -= 1
        words += not (tokens[lo].is_punct or len(tokens[lo].norm) < 2)
    cue = next((j for j in range(t0 - 1, lo - 1, -1) if _is_verb(tokens[j].norm, "announcement_cues")), None)
    if cue is None:
        return False
    if any(_is_verb(t.norm, "announcement_blockers") for t in tokens[cue + 1: t0]):
        return False
    on = t0 + 1 if on is None else on
    if on < clause.tok_end and tokens[on].norm == "علي":
        return _place_object(tokens, on + 1, clause.tok_end, places)
    return True


def _named_taker(tokens: list[Token], t0: int, clause: Clause, armed: list[Span]) -> int | None:
    """«أكدت قيادات المقاومة سيطرة المقاومة على مديرية التواهي»: the bare noun «سيطرة» with its
    taker named right after it (an ARMED_ACTOR span starting on the next word) — the index of the
    word after the taker, else None."""
    if t0 + 1 >= clause.tok_end:
        return None
    span = next((a for a in armed if a.start == tokens[t0 + 1].start), None)
    if span is None:
        return None
    k = t0 + 1
    while k < clause.tok_end and tokens[k].start < span.end:
        k += 1
    return k


def _territory_noun(tokens: list[Token], t0: int, clause: Clause, places: list[Span] = (),
                    armed: list[Span] = ()) -> str:
    """A place taken told as a verbal noun is an event only when achieved: «تمكنت المقاومة من
    السيطرة على …», «تمت السيطرة على …». With the purpose «ل» («لاستعادة قاعدة العند»,
    «لتطهير المدينة») it is an aim; alone («استعادة السيطرة على صنعاء على رأس أولويات …»,
    «عمليات استعادة الأحياء») a topic. Returns the cancelling reason, or ""."""
    norm = tokens[t0].norm
    nouns = word_set("territory_nouns")
    bare = next((v for v in proclitic_variants(norm) if v in nouns), None)
    if bare is None:
        return ""
    prefix = norm[: len(norm) - len(bare)].lstrip("و")
    if prefix.endswith("ل") or (bare.startswith("ال") and norm.lstrip("و").startswith("لل")):
        return "purpose"  # «لاستعادة», «للسيطرة» (ل + ال written لل)
    if norm.startswith("و") and t0 > clause.tok_start and _territory_noun(tokens, t0 - 1, clause) == "purpose":
        return "purpose"  # «لتحرير وتطهير المناطق»: the second noun shares the first one's «ل»
    achieved = word_set("achievement_cues")
    before = tokens[max(clause.tok_start, t0 - ACHIEVEMENT_REACH): t0]
    if before and before[-1].norm in word_set("unachieved_before"):
        return "negation"  # «انتهت الهدنة دون السيطرة على مدينة تعز»: no place taken
    if before and _is_verb(before[-1].norm, "time_achievement_cues") and _past_taking(tokens, t0 + 1, clause.tok_end):
        return "time"  # «بعد سيطرتهم على العاصمة صنعاء»: the capital's fall dates what followed it
    if bare in word_set("invasion_nouns") and before and _is_verb(before[-1].norm, "time_achievement_cues"):
        return "time"  # «الذين سقطوا بعد اجتياح الحوثيين للمدينة»: the invasion dates what followed it
    if bare in word_set("liberation_nouns"):  # «بعد تحرير عدن» dates the news; «نجحت في تحرير …» tells it
        times = word_set("time_achievement_cues")
        achieved = achieved - times
        if before and _is_verb(before[-1].norm, "time_achievement_cues") \
                and not _is_verb(before[-1].norm, "day_after_cues"):
            return "time"  # «قبل تحرير محافظة عدن», «بعد أيام على تحرير عدن»
        if before and _is_verb(before[-1].norm, "day_after_cues"):
            return ""  # «وغداة تحرير قاعدة العند»: the morning after it — freed the day before, news
        if bare == normalized("تحرير") and not _place_object(tokens, t0 + 1, clause.tok_end, places):
            return "not_a_place"  # «تحرير 20 أسيرا», «تحرير 150 مخالفة مرورية»
        before = [t for k, t in enumerate(before) if not (k and _is_verb(before[k - 1].norm, "time_achievement_cues"))]
    if bare in word_set("own_taker_nouns") and _announced(tokens, t0, clause, places):
        return ""  # «أعلنت المقاومة سيطرتها على …»: the taker's own word
    if norm == bare and bare in word_set("named_taker_nouns") \
            and (after := _named_taker(tokens, t0, clause, armed)) is not None \
            and _announced(tokens, t0, clause, places, after):
        return ""  # «أكدت قيادات في المقاومة سيطرة المقاومة على مديرية التواهي»: the taker named
    if norm.startswith("و"):  # «قامت … باقتحام المعسكر والسيطرة عليه»: joined to the storming noun
        # before it, the taking shares that noun's deed verb, however far back it stands from the taking
        storming = word_set("storming_words")
        k = next((k for k in range(t0 - 1, max(clause.tok_start, t0 - STORMED_OBJECT_REACH) - 1, -1)
                  if tokens[k].norm.startswith("ب") and tokens[k].norm[1:] in storming), None)
        if k is not None:
            before = tokens[max(clause.tok_start, k - ACHIEVEMENT_REACH): t0]
    if any_variant_in((t.norm for t in before), achieved, depth=1):
        return ""
    if prefix.startswith("ب") and _won_by(tokens, t0, clause):
        return ""  # «عززت المقاومة انتصاراتها بالسيطرة على زنجبار»: the means of a victory told
    if _second_taking(tokens, t0, clause, places, armed):
        return ""  # «تمكنت من تحرير مدينة لودر إضافة إلى تحرير مدينة الوهط»: the same deed told again
    return "topic"


SECOND_TAKING_REACH = 14  # words back from a repeated taking noun to the first («تحرير ثاني أكبر مدن محافظة أبين وهي مدينة لودر إضافة إلى تحرير …»)


def _second_taking(tokens: list[Token], t0: int, clause: Clause, places: list[Span], armed: list[Span]) -> bool:
    """«تمكنت المقاومة من تحرير مدينة لودر إضافة إلى تحرير مدينة الوهط», «… وتحرير مدينة الوهط»:
    the same verbal noun of taking (`territory_nouns`) told again after «و» or a word going on
    with a list (`list_continuers`: «إضافة إلى», «فضلا عن»), with the first achieved, shares its
    achievement — a second place taken, not a topic. The first stands at most SECOND_TAKING_REACH
    words back in the clause (the nearest such noun is the one asked)."""
    norm = tokens[t0].norm
    nouns = word_set("territory_nouns")
    bare = next((v for v in proclitic_variants(norm) if v in nouns), None)
    if bare is None or bare != norm.removeprefix("و"):
        return False  # «لتحرير», «بالسيطرة»: another preposition, another reading
    if not norm.startswith("و"):
        k = t0 - 1  # «إضافة إلى», «بالإضافة إلى», «فضلا عن», «علاوة على»
        if k <= clause.tok_start or tokens[k].norm not in ("الي", "إلى", "الى", "عن", "علي", "على"):
            return False
        if normalized(tokens[k - 1].text.lstrip("و")) not in {normalized(w) for w in word_set("list_continuers")}:
            return False
    words = 0  # punctuation and quotes («مدينة " لودر "») are no words of the reach
    for k in range(t0 - 1, clause.tok_start - 1, -1):
        if tokens[k].norm.removeprefix("و") == bare:
            return _territory_noun(tokens, k, clause, places, armed) == ""
        words += not tokens[k].is_punct
        if words >= SECOND_TAKING_REACH:
            break
    return False


VICTORY_GAP = 2  # words between a victory noun and the «ب» of its means («تقدما جديدا أمس بتحرير»)


def _won_by(tokens: list[Token], t0: int, clause: Clause) -> bool:
    """«عززت المقاومة انتصاراتها بالسيطرة على زنجبار», «حققت القوات تقدما جديدا أمس بتحرير …»: a
    victory noun (`victory_nouns`) at most VICTORY_GAP words before the «ب» noun at t0, a victory
    told as won — none of `victory_unwon_before` (a negation, an aim, «تحقيق» as a noun: «تسعى إلى
    تحقيق انتصار بالسيطرة», «لم تحقق مكاسب بالسيطرة») before it in its clause."""
    k = next((k for k in range(t0 - 1, max(clause.tok_start, t0 - 1 - VICTORY_GAP) - 1, -1)
              if _is_verb(tokens[k].norm, "victory_nouns")), None)
    return k is not None and not any(_is_verb(t.norm, "victory_unwon_before") or _is_verb(t.norm, "aim_before")
                                     for t in tokens[clause.tok_start: k])


def _past_taking(tokens: list[Token], k: int, end: int) -> bool:
    """The words from `k` («على العاصمة صنعاء», «صنعاء») name a place whose taking is a landmark
    of the war's past (`past_taking_places`: the capital, taken in September 2014) — told after a
    time word it dates the news, it is no event of the day."""
    words = word_set("past_taking_places")
    on = next((j for j in range(k, min(end, k + 4)) if tokens[j].norm in ("علي", "على")), None)
    k = k if on is None else on + 1  # «سيطرة الحوثيين على العاصمة»: past the taker
    return k < end and variant_in(tokens[k].norm, words, depth=1)


ACHIEVEMENT_REACH = 10  # «تمكنت المقاومة الشعبية في محافظة مأرب من السيطرة على …»
STORMED_OBJECT_REACH = 8  # «باقتحام معسكر الصدرين بمحافظة مأرب والسيطرة عليه»: the storming noun and its object before the taking


def _killed_with(weapon: Span, m: Mention, tokens: list[Token]) -> bool:
    """The weapon is told as what killed: right after the casualty word («قتلت نيران الهاون»), with
    «ب» of the instrument («بقذيفة هاون», «بنيران المدفعية») or after a word of fire, blast or cause
    (`killed_by_words`: «نيران», «انفجار», «جراء») — not a weapon the victims carried or were
    moving («قتل مسلحو الحوثي ثلاثة مواطنين أثناء نقلهم قذائف هاون»)."""
    at = _tok_at(tokens, weapon.start)
    if tokens[at].start < weapon.start:  # «بقذيفة» with the span after «ب»
        return tokens[at].norm[:1] == "ب"
    if at == 0:
        return False
    before = tokens[at - 1]
    return m.start <= before.start < m.end or before.norm[:1] == "ب" or _is_verb(before.norm, "killed_by_words")


AIRCRAFT_KILL_GAP = 3  # words between an aircraft subject and its casualty verb («تمكنت أمس من»)


def _aircraft_kills(weapon: Span, m: Mention, clause: Clause, tokens: list[Token]) -> bool:
    """An aircraft (`weapon_kind` an air strike: «القوات الجوية», «الطيران الحربي») is the subject
    of the casualty verb: it ends before the verb in its clause, with at most `AIRCRAFT_KILL_GAP`
    words between, each a word of its being able (`aircraft_kill_gap_words`: «تمكنت من») or of
    time, and the verb opens no coordinated clause of its own («أسقطوا طائرة حربية وقتل طيارها»: the
    pilot killed, no strike). The casualty word is a verb of killing the aircraft can do
    (`aircraft_kill_verbs`: «قتلت», «تمكنت من قتل»), not a noun or a passive that another verb governs
    («نعت القوات الجوية أمس مقتل قائد السرب في حادث», «أعلنت القوات الجوية مقتل طيارين»: the air
    force tells of deaths, it struck no one)."""
    if weapon_kind(weapon) != AIR_STRIKE or not (clause.start <= weapon.start and weapon.end <= m.start):
        return False
    first = _tok_at(tokens, weapon.end - 1) + 1
    verb = _tok_at(tokens, m.start)
    if tokens[verb].norm[:1] == "و" or verb - first > AIRCRAFT_KILL_GAP \
            or tokens[verb].norm not in word_set("aircraft_kill_verbs"):
        return False
    gap = word_set("aircraft_kill_gap_words")
    return all(tokens[k].norm in gap for k in range(first, verb))


MANNED_AIRCRAFT = ("aircraft", "helicopter")
DOWNED_PRONOUN_REACH = 3  # «أسقطتها [الحركة] بصاروخ»: words from a downing verb with its object pronoun to the missile


def _downed_by_missile(m: Mention, clause: Clause, tokens: list[Token], weapons: list[Span]) -> bool:
    """A missile word with «ب» (the instrument: «بصاروخ», «بصواريخ») after a word of downing in its
    clause (`downed_aircraft_words`) whose object is a manned aircraft — a jet or a helicopter span
    between them («أسقطت جماعة مسلحة مروحية عسكرية بصاروخ»), or the verb's object pronoun close before
    the missile (`downed_pronoun_words`: «قالت الحركة إنها أسقطتها بصاروخ»). No drone in the clause:
    an unmanned aircraft shot down is no fight with its crew."""
    k = _tok_at(tokens, m.start)
    word = tokens[k].norm
    if not (word.startswith("ب") and _is_verb(word, "air_missile_words")):
        return False
    in_clause = [w for w in weapons if clause.start <= w.start < clause.end]
    if any(w.attrs.get("category") == "drone" for w in in_clause):
        return False
    pronoun = word_set("downed_pronoun_words")
    for j in range(clause.tok_start, k):
        norm = tokens[j].norm
        if not _is_verb(norm, "downed_aircraft_words"):
            continue
        if (norm in pronoun or norm[1:] in pronoun) and k - j <= DOWNED_PRONOUN_REACH:
            return True
        if any(tokens[j].end <= w.start and w.end <= m.start and w.attrs.get("category") in MANNED_AIRCRAFT
               for w in in_clause) or any(_is_verb(tokens[i].norm, "downed_aircraft_owned") for i in range(j + 1, k)):
            return True  # «أسقط المقاتلون مروحيتهما بصاروخ»: an aircraft word with a pronoun is no weapon span
    return False


def _negatively(tokens: list[Token], t0: int, t1: int) -> bool:
    """«بالسلب» (`negative_sense_words`) is "negatively" («انعكست بالسلب على الحكومة», «تؤثر بالسلب أو
    بالإيجاب»), no looting — unless a word of plunder follows it (`plunder_pair_words`: «قاموا
    بالسلب والنهب»)."""
    if t1 - t0 != 1 or tokens[t0].norm not in word_set("negative_sense_words"):
        return False
    return not (t1 < len(tokens) and variant_in(tokens[t1].norm, word_set("plunder_pair_words"), depth=1))


STOP_ARREST_REACH = 5  # words after «توقيف/أوقفت» looked at for the people stopped
CHECKPOINT_REACH = 8  # words before it looked at for a checkpoint («نقطة للحوثيين في منطقة الحبيلين بلحج أوقفت»)


def _stopped_not_arrested(tokens: list[Token], t0: int, t1: int, persons: list[Span]) -> bool:
    """«توقيف», «أوقفت» (`stop_arrest_words`) is an arrest only of people: also stopping a thing or
    suspending work («أوقفت الشركة ضخ النفط», «توقيف العمل في المشروع»). Within STOP_ARREST_REACH
    words after it (its doer may come first: «أوقفت الشرطة الإسبانية رجلا») stands a word of people
    (`stopped_people_words`: «شخصا», «مشتبه», «مستوطنين», «عناصر») or a person's name;
    else no arrest. Nor after a checkpoint (`stop_checkpoint_words` within CHECKPOINT_REACH words before it, no punctuation between):
    people stopped there are not held."""
    if t1 - t0 != 1 or not _is_verb(tokens[t0].norm, "stop_arrest_words"):
        return False
    checkpoints = word_set("stop_checkpoint_words")
    before = tokens[max(0, t0 - CHECKPOINT_REACH): t0]
    before = before[max((k + 1 for k, t in enumerate(before) if t.is_punct), default=0):]  # after the last punctuation
    if any(variant_in(t.norm, checkpoints, depth=1) for t in before):
        return True  # «نقطة للحوثيين … أوقفت أمس أحد المواطنين»: stopped at a checkpoint, not held
    end = min(len(tokens), t1 + STOP_ARREST_REACH)
    people = word_set("stopped_people_words")
    for k in range(t1, end):
        tok = tokens[k]
        if tok.is_punct:
            break
        if variant_in(tok.norm, people, depth=1) or any(s.start <= tok.start < s.end for s in persons):
            return False
    return True


def _prioritise(raw: list[Mention], clauses: list[Clause], weapons: list[Span], tokens: list[Token],
                flyers: list[Span] = (), armed: list[Span] = (), every_weapon: list[Span] = ()) -> list[Mention]:
    """`every_weapon`: the weapons, those destroyed or downed too (`weapons` is less them)."""
    live = _raid_as_setting(_raid_for_arrest([m for m in raw if not m.cancelled], tokens), tokens)

    def flying(m: Mention, clause: Clause) -> bool:  # a flying party does it, not one it quotes
        return any(_agent_of(f, m, clause, tokens) and not _tells_of_another(f, m, tokens, armed) for f in flyers)

    out = [m for m in raw if m.cancelled]
    flying_ids = {(f.start, f.end) for f in flyers}
    ground = [a for a in armed if (a.start, a.end) not in flying_ids and not a.attrs.get("weapon_category")]
    # 1. weapons refine generic triggers
    for clause in clauses:
        kinds = _clause_weapon_kinds(weapons, clause)
        air = any(m.sub_event_type == "Air/drone strike" for m in live if m.clause == clause and m.strength == "strong")
        remote = [m.kind for m in live if m.clause == clause and m.event_type == "Explosions/Remote violence"]
        for m in live:
            if m.clause == clause and m.strength == "strong" and m.sub_event_type == "Shelling/artillery/missile attack" \
                    and _is_verb(tokens[_tok_at(tokens, m.start)].norm, "air_missile_words") \
                    and (air or flying(m, clause) or _aircraft_fires(m, clause, tokens, weapons, ground)):
                # «أطلقت مقاتلات التحالف ستة صواريخ على …»: missiles fired by aircraft are the air strike
                m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
            elif m.clause == clause and m.strength == "strong" and m.sub_event_type == SHELLING \
                    and _downed_by_missile(m, clause, tokens, every_weapon):
                # «أسقط المسلحون مروحية عسكرية بصاروخ»: a missile fired at a manned aircraft downs it
                # in a fight, no shelling (ACLED: an aircraft shot down by ground fire is an armed clash)
                m.event_type, m.sub_event_type = "Battles", "Armed clash"
        for m in live:
            if m.clause != clause or m.sub_event_type not in TERRITORY \
                    or any(clause.start <= a.start and a.end <= m.start for a in ground) \
                    or _ground_subject_after(m, clause, tokens, ground):
                continue  # «تمكنت المقاومة بدعم من طائرات التحالف من تحرير …»: the ground party took it
            if any(clause.start <= w.start and w.end <= m.start and weapon_kind(w) == AIR_STRIKE for w in weapons):
                # «قامت طائرات الأباتشي بتمشيط الحدود وقصف فلول المتمردين»: aircraft take no ground;
                # what they sweep or clear they strike from the air
                m.event_type, m.sub_event_type, m.resolve = "Explosions/Remote violence", "Air/drone strike", ""
        for m in live:
            if m.clause != clause or m.strength != "weak" or m.event_type != "Violence against civilians":
                continue
            fired = [k for w in weapons if clause.start <= w.start < clause.end and (k := weapon_kind(w))
                     and k[1] in WEAPON_KILLS and _killed_with(w, m, tokens)]
            if fired:
                # «قتلت نيران الهاون عشرات المدنيين», «قتل خمسة بنيران المدفعية»: the casualty word's
                # weapon is fired from afar or blows up — its kind is the event's (no aircraft: «قتل
                # طيار المقاتلة» tells of a pilot, not a strike)
                m.event_type, m.sub_event_type = fired[0]
            elif any(_aircraft_kills(w, m, clause, tokens) for w in weapons):
                # «إن القوات الجوية تمكنت من قتل 6 من عناصر التنظيم»: aircraft that kill strike
                m.event_type, m.sub_event_type = AIR_STRIKE
        for m in live:
            if m.clause == clause and m.strength == "generic" and m.event_type == "Battles" \
                    and _exchanged(m, clause, tokens):
                m.sub_event_type, m.strength = "Armed clash", "strong"  # «تبادلت … إطلاق النيران»: a fight
        for m in live:
            if m.clause != clause or m.strength != "generic" or not is_violent(m.event_type):
                continue
            if air:
                m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
            elif kinds:
                m.event_type, m.sub_event_type = kinds[0]
            elif m.sub_event_type == "Shelling/artillery/missile attack" and flying(m, clause):
                # «التحالف قصف أيضا محلات تجارية»
                m.sub_event_type = "Air/drone strike"
            elif m.event_type == "Battles" and _is_verb(tokens[_tok_at(tokens, m.start)].norm, "targeting_verbs") \
                    and flying(m, clause):
                # «استهدف التحالف مخازن أسلحة للحوثيين»: what the coalition targets it strikes from the air
                m.event_type, m.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
            elif m.event_type == "Battles" and remote:  # «قتالا ... لقصف», «هجوم بقذائف»
                m.event_type, m.sub_event_type = remote[0]
    # 2. generic gives way to a strong violent trigger in the clause; mines or bombs made safe
    #    («تفكيك سبعة ألغام», «إبطال مفعول الألغام») exploded nowhere, nor did a suicide bombing
    #    foiled («أحبطت قوات الأمن أمس محاولة تفجير حزام ناسف», «أحبطت هجوما انتحاريا»)
    for m in live:
        if m.sub_event_type == "Disrupted weapons use" and _foiled_ground_attack(m, tokens, armed):
            m.event_type, m.sub_event_type = "Battles", "Armed clash"
    disrupted = {m.clause for m in live if m.sub_event_type == "Disrupted weapons use"}
    live = [m for m in live if not (m.clause in disrupted and m.sub_event_type in FOILABLE
                                    and any(d.clause == m.clause and d.start < m.start for d in live
                                            if d.sub_event_type == "Disrupted weapons use"))]
    kept: list[Mention] = []
    outcome: set[int] = set()  # ids of massacre words giving way to the shelling that made them
    for m in live:
        if m.strength == "generic" and is_violent(m.event_type):
            rivals = [o for o in live if o.clause == m.clause and o.strength == "strong" and is_violent(o.event_type)]
            if rivals and m.event_type == "Explosions/Remote violence" \
                    and all(_is_verb(tokens[_tok_at(tokens, o.start)].norm, "massacre_words") for o in rivals):
                # «قتلوا في قصف تعرض له منزلهم … التي ارتكب فيها الحوثيون مجزرة»: a massacre is what
                # the shelling did, not how; the shelling tells the event's kind (remote violence
                # takes precedence over violence against civilians)
                outcome.update(id(o) for o in rivals)
            elif rivals and all(o.kind != m.kind for o in rivals):
                if not (end := _shelled_homes(m, rivals, tokens)):
                    continue
                m.homes_end = end
        kept.append(m)
    kept = [m for m in kept if id(m) not in outcome]
    # 3. weak triggers only when nothing else violent stands in the sentence
    strong_violent = any(is_violent(m.event_type) and m.strength != "weak" for m in kept)
    kept = [m for m in kept if m.strength != "weak" or not strong_violent]
    # 4. protests: a strong riot trigger makes the sentence a riot; cues pick the sub-event
    kinds = {m.event_type for m in kept}
    if "Protests" in kinds and any(m.event_type == "Riots" and m.strength == "strong" for m in kept):
        kept = [m for m in kept if m.event_type != "Protests"]
    elif "Protests" in kinds:
        sub = _protest_sub_event(tokens)
        kept = [m for m in kept if m.event_type != "Riots"]
        fought = _protesters_clash(kept, tokens, weapons) \
            if sub in ("Peaceful protest", "Protest with intervention", "Violent demonstration") else []
        if fought:
            # «اشتبكت الشرطة مع متظاهرين», «اشتبك قوميون يحتجون ضد الإسلام بعنف مع جماعات مناهضة»:
            # protesters in a fight with no weapon told are a violent demonstration, not an armed clash
            sub = "Violent demonstration"
            kept = [m for m in kept if id(m) not in fought]
        if sub == "Excessive force against protesters":
            # «قتل متظاهر وأصيب ثلاثة برصاص قوات الأمن خلال تظاهرة»: the toll is the protesters',
            # told with the force used on them — one event, not an attack on civilians beside it
            kept = [m for m in kept if m.strength != "weak"]
        for m in kept:
            if m.event_type == "Protests":
                m.sub_event_type = sub
                if sub == "Violent demonstration":
                    m.event_type = "Riots"
    kept = _raid_as_means(kept, tokens)
    kept = _one_battle(kept, tokens)
    kept = _clash_arms(kept, tokens)
    # one mention per kind per clause (the first trigger carries the others' offsets)
    merged: dict[tuple[Clause, str, str], Mention] = {}
    for m in kept:
        key = (m.clause, m.event_type, m.sub_event_type)
        if key in merged:
            first = merged[key]
            first.triggers.extend(m.triggers)  # the clause's first trigger decides `definite` …
            if first.definite and not m.definite and m.strength == "strong" and m.start > first.end \
                    and _followed_event(tokens, first, m):
                # … unless the clause tells after it, past a verb of sequence (`_followed_event`),
                # the deed it followed by an indefinite noun of its own: «عن الهجوم على القاعدة، الذي
                # أعقب تفجيرا انتحاريا خارج أكاديمية الشرطة … وأسفر عن مقتل 25» is that bombing told
                first.definite = False
            if first.strength == "weak" or m.strength == "strong":
                first.strength = m.strength if m.strength != "weak" else first.strength
        else:
            merged[key] = m
    out.extend(merged.values())
    out.sort(key=lambda m: m.start)
    return out


def _followed_event(tokens: list[Token], first: Mention, later: Mention) -> bool:
    """Between a definite trigger and a later indefinite one of its clause stands a verb of sequence
    (`sequence_verbs`: «أعقب», «تلا», «سبقه»): the later trigger is another deed, told as news."""
    verbs = word_set("sequence_verbs")
    return any(first.end <= t.start < later.start and variant_in(t.norm, verbs, depth=1) for t in tokens)


SHELLED_HOMES_REACH = 7  # «شنت الميليشيات قصفا عنيفا على عدد من الاحياء السكنية»


def _shelled_homes(m: Mention, rivals: list[Mention], tokens: list[Token]) -> int:
    """«قصف مسلحو الحوثي أحياء سكنية في حي الروضة … إثر اشتباكات عنيفة», «شنت الميليشيات قصفا عنيفا
    على عدد من الاحياء السكنية فيما شهدت مناطق مختلفة مواجهات»: shelling whose object, at most
    SHELLED_HOMES_REACH words after it and before the other trigger, is homes or residential
    quarters (`residential_targets`) is an attack of its own on where people live — it does not
    give way to the fight told with it. Returns the offset where the shelling's own words end
    (the other trigger, else the clause's end), 0 when it gives way."""
    if m.sub_event_type != "Shelling/artillery/missile attack":
        return 0
    at = _tok_at(tokens, m.end - 1) + 1
    later = [o.start for o in rivals if o.start >= m.end]
    stop = min([_tok_at(tokens, o) for o in later] + [at + SHELLED_HOMES_REACH])
    if not any(True for _ in word_matcher("residential_targets").find(tokens[at:stop])):
        return 0
    return min(later + [m.clause.end])


TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def _exchanged(m: Mention, clause: Clause, tokens: list[Token]) -> bool:
    """A verb of exchanging (`exchange_verbs`) before the trigger in its clause: «تبادلت المقاومة
    والجيش مع الحوثيين إطلاق النيران بالمدفعية» — both sides fire, a clash. Only fire (a word of
    `exchanged_fire` in the trigger) that is itself the thing exchanged: written bare or with «ل»
    («تبادل لإطلاق النار»; not «الاتهامات بإطلاق النار», «بخرق الهدنة وإطلاق النار») with no
    other thing exchanged or a ceasefire between (`exchange_other_objects`: «تبادل الأسرى ووقف إطلاق النار»)."""
    at = _tok_at(tokens, m.start)
    if tokens[at].text[: m.start - tokens[at].start] not in ("", "ل"):  # «بإطلاق», «وإطلاق»; not «تبادل لإطلاق النار»
        return False
    if not any(_is_verb(t.norm, "exchanged_fire") for t in tokens[at:] if t.start < m.end):
        return False
    verb = next((k for k in range(at - 1, clause.tok_start - 1, -1) if _is_verb(tokens[k].norm, "exchange_verbs")), None)
    return verb is not None and not any(_is_verb(t.norm, "exchange_other_objects") for t in tokens[verb + 1: at])


def _foiled_ground_attack(m: Mention, tokens: list[Token], armed: list[Span] = ()) -> bool:
    """«أحبطت القوات محاولة لتسلل المسلحين», «أحبط الجيش هجوما للمتمردين»: a foil verb with a ground
    attack at most three words after it in its clause is a fight (an Armed clash), not a Disrupted
    weapons use — unless a blast word is there too («أحبطت هجوما انتحاريا», «إحباط هجوم إرهابي»).
    Punctuation and the words of an armed party right after the verb, its subject, are not counted
    («أحبطت المقاومة الشعبية، أمس، هجوما شنه مسلحون»: the attack is the second word after the foiler)."""
    t0 = _tok_at(tokens, m.start)
    if not _is_verb(tokens[t0].norm, "foil_verbs"):
        return False
    after = [t for t in tokens[t0 + 1: m.clause.tok_end] if not t.is_punct]
    # its subject: an armed party opening the words after the verb, a word of force before it allowed
    # («أحبطت قوات الجيش»: «الجيش» is the party)
    opening = after[:1] if after and _is_verb(after[0].norm, "foiled_ground_attacks") else after[:2]
    subject = next((a for a in armed if any(t.start == a.start for t in opening)), None)
    if subject is not None:
        after = [t for t in after if t.start >= subject.end]
    window = [t.norm for t in after[:4]]
    if any(_is_verb(w, "foiled_blasts") for w in window):
        return False
    return any(_is_verb(w, "foiled_ground_attacks") for w in window[:3])


def _tok_at(tokens: list[Token], start: int) -> int:
    return next((i for i, t in enumerate(tokens) if t.start <= start < t.end), 0)


def _agent_of(actor: Span, m: Mention, clause: Clause, tokens: list[Token]) -> bool:
    """`actor` is the doer of the trigger, not its target: before it in the clause («التحالف قصف»)
    or its subject right after it («قصف التحالف مواقع»), not after an object («قصف الحوثيون
    مواقع قوات التحالف»)."""
    if not clause.start <= actor.start < clause.end:
        return False
    if actor.end <= m.start:
        return True
    between = [t for t in tokens if m.end <= t.start < actor.start]
    return actor.start >= m.end and len(between) <= 1


def _aircraft_fires(m: Mention, clause: Clause, tokens: list[Token], weapons: list[Span], ground: list[Span]) -> bool:
    """An aircraft named before the missile word in its clause fires it: «قصفت طائرات الاحتلال
    موقعا لحماس بصاروخ», «استهدفت طائرة إسرائيلية بصاروخ دراجة نارية» — an air strike (ACLED), not
    a missile attack from the ground. Not an aircraft that is the object: after a ground party of the
    clause («استهدف المسلحون طائرة مروحية بصاروخ») or after a verb whose subject is in it
    («استهدفوا طائرة بصاروخ»); aircraft downed or destroyed are no longer among `weapons`."""
    for w in weapons:
        if not (clause.start <= w.start and w.end <= m.start) or weapon_kind(w) != AIR_STRIKE:
            continue
        if any(clause.start <= a.start and a.end <= w.start for a in ground):
            continue
        at = _tok_at(tokens, w.start)
        if at > 0 and tokens[at - 1].start >= clause.start and tokens[at - 1].norm.endswith(("وا", "ون")):
            continue
        return True
    return False


def _ground_subject_after(m: Mention, clause: Clause, tokens: list[Token], ground: list[Span]) -> bool:
    """«وبعد غارات لطيران التحالف سيطرت المقاومة على معسكر …»: a finite verb of taking with a ground
    party as its subject right after it (`_agent_of`) — the aircraft before it only helped. A verbal
    noun («قامت طائرات الأباتشي بتمشيط مواقع الحوثيين», «والتطهير») takes its object after it."""
    word = tokens[_tok_at(tokens, m.start)].text
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if word.startswith(("ب", "ل", "ال")):
        return False
    return any(a.start >= m.end and _agent_of(a, m, clause, tokens) for a in ground)


def _tells_of_another(actor: Span, m: Mention, tokens: list[Token], armed: list[Span]) -> bool:
    """`actor` before the trigger says what another party did: «أكد التحالف أن الحوثيين أطلقوا
    صاروخا على خميس مشيط», «قال التحالف إن الحوثيين قصفوا مواقع الجيش» — «أن/إن» after it and
    another party after that, before the trigger (not «أعلن التحالف أن مقاتلاته أطلقت صواريخ»:
    its own aircraft)."""
    if actor.end > m.start:
        return False
    that = next((t.start for t in tokens if actor.end <= t.start < m.start and t.norm in REPORTED_THAT), None)
    return that is not None and any(that < a.start and a.end <= m.start and a.start >= actor.end
                                    and a.attrs.get("id") != actor.attrs.get("id") for a in armed)


def _raid_for_arrest(live: list[Mention], tokens: list[Token]) -> list[Mention]:
    """«اعتقلت قوات الاحتلال ستة شبان بعد اقتحام منازلهم», «اقتحمت القوات البلدة واعتقلت ثلاثة»: a
    storming word (`raid_words`) read as an armed clash or a premises stormed (`RAID`), in a sentence that tells an arrest by its
    own word and no other violence (no clash word, no shot, no blast, no one hurt): the raid is how
    the people were arrested — one Arrests event, no battle. With «اندلعت مواجهات» or a toll the
    fight is told and the raid stays."""
    if not any(m.sub_event_type == "Arrests" for m in live):
        return live
    raid_words = word_set("raid_words")

    def stormed(m: Mention) -> bool:  # every trigger of it a storming word
        return all(any_variant_in([t.norm for t in tokens if t.start < b and t.end > a], raid_words, depth=1)
                   for a, b in m.triggers or [(m.start, m.end)])

    def raid(m: Mention) -> bool:  # a clash, or premises stormed, told by storming words
        return m.kind in (("Battles", "Armed clash"), RAID) and stormed(m)
    arrests = [m for m in live if m.sub_event_type == "Arrests" and not stormed(m)]
    raids = [m for m in live if raid(m)]
    if not arrests or not raids or any(is_violent(m.event_type) and not raid(m) for m in live):
        return live
    return [m for m in live if not raid(m)]


def _raid_as_setting(live: list[Mention], tokens: list[Token]) -> list[Mention]:
    """«قتلت القوات شابا وأصابت شقيقه خلال اقتحام منزل العائلة», «اعتقلت الشرطة ثلاثة أثناء مداهمة
    الحي»: a raid word (`raid_words`, `raid_arrest_words`) right after a word of «during»
    (`raid_setting_cues`, a word of `raid_setting_between` allowed between: «عملية») is the setting of the sentence's other deed, no
    event of its own — when the sentence tells another one (not itself such a setting)."""
    words = word_set("raid_words") | word_set("raid_arrest_words")
    cues, between = word_set("raid_setting_cues"), word_set("raid_setting_between")

    def setting(m: Mention) -> bool:  # every trigger of it a raid word after «خلال/أثناء (عملية)»
        for a, b in m.triggers or [(m.start, m.end)]:
            k = next((i for i, t in enumerate(tokens) if t.start < b and t.end > a), None)
            if k is None or not variant_in(tokens[k].norm, words, depth=2):
                return False
            j = k - 1
            if j >= 0 and tokens[j].norm in between:
                j -= 1
            if j < 0 or not variant_in(tokens[j].norm, cues, depth=1):
                return False
        return True
    settings = [m for m in live if setting(m)]
    if not settings or len(settings) == len(live):
        return live
    return [m for m in live if not any(m is s for s in settings)]


def _raid_as_means(kept: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A house raid read as an arrest («داهمت», «مداهمة», `raid_arrest_words`) in a sentence that
    tells an abduction or a looting («داهمت الميليشيات منزل الناشط … واختطفت شقيقه», «أقدم
    المسلحون على مداهمة الكلية، حيث اختطفوا أربعة من الطلاب»): the raid is how the people were
    taken or the goods stolen, one event of that kind — not an arrest beside it. An arrest told by
    its own verb («داهمت … واعتقلت») stays."""
    if not any(m.kind in RAID_ENDS for m in kept):
        return kept
    words = word_set("raid_arrest_words")

    def raid(m: Mention) -> bool:  # every trigger of it a raid word
        return m.sub_event_type == "Arrests" and all(
            any_variant_in((t.norm for t in tokens if t.start < b and t.end > a), words, depth=1)
            for a, b in m.triggers)
    return [m for m in kept if not raid(m)]


RAID_ENDS = (("Violence against civilians", "Abduction/forced disappearance"), RAID)


def _one_battle(kept: list[Mention], tokens: list[Token]) -> list[Mention]:
    """One sentence that tells a place taken and the fighting for it («سيطروا على ست مناطق …
    في اشتباكات عنيفة», «انسحب الحوثيون … بعد معارك») is one ACLED event: the territorial change
    (a Battles sub-event) absorbs the clash, and a withdrawal under fire is not a non-violent
    transfer."""
    battle = [m for m in kept if m.event_type == "Battles"]
    if not battle:
        return kept
    taken = [m.clause for m in battle if m.sub_event_type in TERRITORY]
    out = []
    for m in kept:
        if m.sub_event_type == "Non-violent transfer of territory":
            continue
        if m.kind == ("Battles", "Armed clash") and any(c == m.clause or _follows_as_manner(c, m.clause, tokens) for c in taken):
            continue
        out.append(m)
    return out


INSTRUMENT_REACH = 4  # words from a clash to the shells it was fought with («اشتباكات بالأسلحة الرشاشة والقذائف»)


def _clash_arms(kept: list[Mention], tokens: list[Token]) -> list[Mention]:
    """«اشتباكات بالأسلحة الرشاشة والقذائف», «مواجهات بالقذائف»: shells named as what a clash was
    fought with (a «ب» right after the clash word, the shells within INSTRUMENT_REACH words) are
    the clash's arms, no shelling of their own."""
    clashes = [m for m in kept if m.kind == ("Battles", "Armed clash") and m.strength == "strong"]
    if not clashes:
        return kept
    out = []
    for m in kept:
        if m.sub_event_type == "Shelling/artillery/missile attack" and any(
                c.clause == m.clause and c.end <= m.start and _fought_with(tokens, c, m) for c in clashes):
            continue
        out.append(m)
    return out


def _fought_with(tokens: list[Token], clash: Mention, shells: Mention) -> bool:
    between = [t for t in tokens if clash.end <= t.start < shells.start]
    at = next((t for t in tokens if t.start <= shells.start < t.end), None)
    first = between[0] if between else at
    return first is not None and len(between) <= INSTRUMENT_REACH and first.norm[:1] == "ب" \
        and not any(t.is_punct for t in between)


MANNER_OPENERS = frozenset({"في", "بعد", "عقب", "اثر", "خلال"})


def _follows_as_manner(taken: Clause, clause: Clause, tokens: list[Token]) -> bool:
    """«سيطروا على ست مناطق …، في اشتباكات عنيفة»: the clause right after, telling how — also after
    an elaboration opener («سيطرت المقاومة على مواقع جديدة في تعز، وذلك بعد معارك أسفرت عن مقتل
    12 مسلحا», `elaboration_openers`)."""
    if clause.tok_start != taken.tok_end or clause.tok_start >= len(tokens):
        return False
    k = clause.tok_start
    if tokens[k].norm in word_set("elaboration_openers") and k + 1 < clause.tok_end:
        k += 1
    return tokens[k].norm in MANNER_OPENERS


COMMEMORATED_FORCE_REACH = 8  # words from a word of anniversary to the killing or the fire it marks


def _commemorated_force(tokens: list[Token], k: int) -> bool:
    """«خرجوا لإحياء ذكرى مقتل الشاب مايكل براون العام الماضي برصاص شرطي»: a killing or fire whose
    anniversary the protest marks (a word of `commemorated_death_before` at most
    COMMEMORATED_FORCE_REACH words before it, no punctuation between) is its occasion, no force
    used on it."""
    words = word_set("commemorated_death_before")
    for j in range(k - 1, max(-1, k - 1 - COMMEMORATED_FORCE_REACH), -1):
        if tokens[j].is_punct:
            return False
        if variant_in(tokens[j].norm, words, depth=1):
            return True
    return False


def _protest_sub_event(tokens: list[Token]) -> str:
    """The protest's sub-event from cues anywhere in its sentence: a killing, a wounding or live fire
    (`protest_force`) with protesters named (`protester_targets`, any number: «قتل متظاهر», «أصيب
    متظاهران») is excessive force — not a killing the protest denounces (`protest_topic_words`
    within two words before: «تظاهر المئات تنديدا بمقتل ثلاثة متظاهرين»); dispersal, arrests or
    suppression is an intervention; else a peaceful protest. Protesters throwing stones or fire bombs
    (`_protesters_throw`) come first: a violent demonstration."""
    if _protesters_throw(tokens):
        return "Violent demonstration"
    denounced = word_set("protest_topic_words")
    force = [m for m in word_matcher("protest_force").find(tokens)
             if not any(t.norm in denounced for t in tokens[max(0, m.token_start - 2): m.token_start])
             and not _commemorated_force(tokens, m.token_start)]
    if force and any(True for _ in word_matcher("protester_targets").find(tokens)):
        return "Excessive force against protesters"
    # not an arrest or a dispersal the protest denounces («تظاهروا احتجاجا على اعتقال أطفال»,
    # «تنديدا باعتقال»); «على» alone is no such word here («عملت الشرطة على تفريق المتظاهرين»)
    # nor one told as not done («ولم تقم الشرطة باعتقال أي منهم»: a negation within NEGATED_REACH words before)
    topic = denounced - {"على"}
    negations = word_set("intervention_negations")
    if any(not any(t.norm in topic for t in tokens[max(0, m.token_start - 2): m.token_start])
           and not any(t.norm in negations for t in tokens[max(0, m.token_start - NEGATED_REACH): m.token_start])
           for m in word_matcher("protest_intervention").find(tokens)) or _suppressed(tokens):
        return "Protest with intervention"
    if any(not any(t.norm in topic for t in tokens[max(0, m.token_start - 2): m.token_start])
           and not any(t.norm in negations for t in tokens[max(0, m.token_start - NEGATED_REACH): m.token_start])
           and _holds_protesters(tokens, m.token_start, m.token_end)
           for m in word_matcher("protest_arrest_words").find(tokens)):
        return "Protest with intervention"
    return "Peaceful protest"


ARRESTED_REACH = 8  # words from an arrest word to the protesters or the protest it holds («… عشرين شخصا شاركوا في المظاهرة»)


def _holds_protesters(tokens: list[Token], k0: int, k1: int) -> bool:
    """An arrest word (`protest_arrest_words`) at tokens[k0:k1] that intervened in the protest: its
    arrested are protesters or people of the protest — a protester word (`protester_targets`) or a
    protest word (`protest_suppressed`) within ARRESTED_REACH words after it and no time word right
    before that protest word (`protest_time_before`: «اعتقلت السلطات أحد أقارب الرئيس بعد احتجاجات»
    — the arrest of someone else that followed the protest), «منهم/بعضهم» there with protesters
    named before it («فرقت الشرطة المتظاهرين واعتقلت عددا منهم»), or protesters right before it
    («عشرات المحتجين اعتقل …»). Not an arrest told as the protest's matter with no protester held
    («طالب محتجون بنشر صور حول اعتقال رجل قتل برصاص شرطي»)."""
    before = word_set("protest_time_before")
    crowd = [x for x in word_matcher("protester_targets").find(tokens)]
    for k in range(k1, min(len(tokens), k1 + ARRESTED_REACH)):
        if tokens[k].is_punct:
            break
        if (any(x.token_start == k for x in crowd) or _is_verb(tokens[k].norm, "protest_suppressed")) \
                and not variant_in(tokens[k - 1].norm, before, depth=1):
            return True
        if tokens[k].norm in word_set("arrested_of_them") and any(x.token_end <= k0 for x in crowd):
            return True
    return any(k0 - 2 <= x.token_end <= k0 for x in crowd)


PROTEST_SUBJECT_REACH = 3  # words between a clash verb and the protesters who are its subject


def _protesters_clash(kept: list[Mention], tokens: list[Token], weapons: list[Span]) -> set[int]:
    """The armed clashes of the sentence that protesters fought: a clash word with the protest word
    of a standing mention of its clause as one of its sides — after its «بين/مع» (`_clash_link`, up to
    CROWD_CLASH_REACH words on, no punctuation between: «اشتبكت الشرطة مع متظاهرين», «مواجهات بين
    المتظاهرين وقوات الأمن»), or the subject of a clash verb (`crowd_clash_verbs`) at most
    PROTEST_SUBJECT_REACH words before or after it («اشتبك متظاهرون مع الشرطة») — and no weapon told in
    the sentence (a fire fight beside a protest stays a clash). Not a clash the protest follows or
    denounces («تظاهروا بعد اشتباكات بين الجيش ومسلحين»: no protest word is a side). Returns the clash
    mentions' ids."""
    if not tokens or any(tokens[0].start <= w.start < tokens[-1].end for w in weapons):
        return set()
    protests = [(m.clause, _tok_at(tokens, m.start)) for m in kept if m.event_type == "Protests"]
    out: set[int] = set()
    for m in kept:
        if m.sub_event_type != "Armed clash":
            continue
        k = _tok_at(tokens, m.start)
        noun, verb = _is_verb(tokens[k].norm, "crowd_clash_words"), _is_verb(tokens[k].norm, "crowd_clash_verbs")
        if not (noun or verb) and tokens[k].norm in word_set("crowd_storming_verbs"):
            verb = True  # «اقتحم مئات المحتجين مبنى البلدية وأحرقوه»: protesters storming a building riot
        if not (noun or verb):
            continue
        end = m.clause.tok_end
        link = _clash_link(tokens, k + 1, end)
        sides = set()
        if link is not None:
            for j in range(link + 1, min(link + 1 + CROWD_CLASH_REACH, end)):
                if tokens[j].is_punct:
                    break
                sides.add(j)
        if verb:
            sides.update(range(max(m.clause.tok_start, k - PROTEST_SUBJECT_REACH), min(end, k + 1 + PROTEST_SUBJECT_REACH)))
        if any(c == m.clause and p in sides for c, p in protests):
            out.add(id(m))
    return out


NEGATED_REACH = 4  # words from «لم/دون» to an intervention word it negates («لم تقم الشرطة باعتقال»)
PROTEST_THROW_REACH = 8  # words from the protesters to the stones they throw («كان محتجون يلقون الحجارة»)
# words from the crowd to a plural verb of wrecking whose subject it is, told later in its clause
# («قامت العمالة بالتجمهر أمام مقر الشركة … مطالبين بأجورهم، ومن ثم عبثوا بالسيارات»)
PROTEST_VERB_REACH = 20


def _protesters_throw(tokens: list[Token]) -> bool:
    """«ألقى محتجون زجاجات حارقة على مركز للشرطة», «المتظاهرين الذين ردوا على الشرطة بالحجارة»:
    stones or fire bombs, or smashing or looting property («وحطموا النوافذ»: `protest_violence_words`,
    proclitics allowed) at most PROTEST_THROW_REACH
    words after a word for the protesters or the crowd (`protest_throwers`: «العمالة», «المشجعين»;
    a plural verb of wrecking up to PROTEST_VERB_REACH: «… مطالبين بأجورهم، ومن ثم عبثوا
    بالسيارات») — a violent demonstration (ACLED:
    Riots). Not stones the protest denounces or a charge (a word of `protest_violence_not_after`
    between the protesters and the stones: «تظاهر المحتجون احتجاجا على اعتقال أطفال بتهمة رشق
    الحجارة»), nor stones thrown by others («ألقى مستوطنون زجاجات حارقة على منزل، وتظاهر الأهالي»)."""
    throwers = [m.token_end for m in word_matcher("protest_throwers").find(tokens)]
    if not throwers:
        return False
    stop = word_set("protest_violence_not_after")
    for m in word_matcher("protest_violence_words").find(tokens):
        # a plural verb («عبثوا», «حطموا», «أحرقوا») takes the crowd as its subject further on
        reach = PROTEST_VERB_REACH if m.token_end - m.token_start == 1 and tokens[m.token_start].norm.endswith("وا") \
            else PROTEST_THROW_REACH
        for end in throwers:
            if end <= m.token_start <= end + reach \
                    and not any(variant_in(t.norm, stop, depth=1) for t in tokens[end: m.token_start]):
                return True
    return False


SUPPRESSED_REACH = 4  # words from «قمع» to the protest it suppresses («قمعت ميليشيات الحوثي أمس مسيرة»)


def _suppressed(tokens: list[Token]) -> bool:
    """«قمعت ميليشيات الحوثي مسيرة سلمية», «قامت قوات الأمن بقمع مظاهرة»: a verb of suppressing
    (`protest_suppression`) with the protest or the protesters (`protest_suppressed`) within
    SUPPRESSED_REACH words after it — the protest met an intervention. Not the repression a protest
    denounces (`protest_topic_words` within two words before: «خرجوا تنديدا بقمع المتظاهرين»)."""
    denounced = word_set("protest_topic_words")
    for m in word_matcher("protest_suppression").find(tokens):
        if any(t.norm in denounced for t in tokens[max(0, m.token_start - 2): m.token_start]):
            continue
        if any(_is_verb(t.norm, "protest_suppressed") for t in tokens[m.token_end: m.token_end + SUPPRESSED_REACH]):
            return True
    return False


def active_mentions(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.cancelled]


__all__ = ["Mention", "find_mentions", "active_mentions", "is_definite", "weapon_kind", "normalized"]
