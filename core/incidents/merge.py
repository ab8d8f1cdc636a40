"""Merging: reports of one incident inside an article become one Incident; across articles,
incidents of the same kind, place and date (± 1 day) are linked as corroborations.

Inside an article a report joins an earlier incident when it is of the same kind, close in the
text (MAX_GAP sentences), its actors are compatible and its place is compatible:
- the same place, or either has none;
- a governorate/district the article *names* and a place inside it (the lead «محافظة الضالع»
  and the detail «شمال مدينة دمت»). A place only inferred from «في المحافظة» does not widen: the
  writer moved from «الزاهر» to «the governorate» because it is another event.
A definite back-reference with no place of its own («خلال المواجهات», «وأتى القصف المدفعي») joins
the latest incident of its kind. A casualty-only report («وأضاف أن ثلاثة استشهدوا») joins the
latest violent incident within two sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import lru_cache
from typing import Any, Callable, Hashable, Iterator

from core.acled_inter import NON_STATE, PROTESTERS, RIOTERS
from core.document import Document
from core.entities.matcher import normalized
from core.incidents.actors import actor_key
from core.incidents.counts import Count, combine, even_share
from core.incidents.detect import AIR_STRIKE, TERRITORY
from core.incidents.lexicons import actor_facts, is_violent
from core.incidents.location import Located, _headless, contains, kind_rank, place_key
from core.incidents.model import Actor, Incident
from core.incidents.reports import Report

TOTAL_FATALITIES = 300  # one incident this deadly is a running total in news of this war (Dar Saad, the worst day, ~100)
MAX_GAP = 6  # sentences between an incident's last report and a new one that may still join it
WEAK_GAP = 2


@dataclass(slots=True)
class Draft:
    reports: list[Report] = field(default_factory=list)

    @property
    def kind(self) -> tuple[str, str]:
        return self.reports[0].kind

    @property
    def last_sentence(self) -> int:
        return self.reports[-1].sentence

    @property
    def located(self) -> Located | None:
        real = [r.located for r in self.reports if r.located]
        explicit = [x for x in real if x.explicit] or real
        return min(explicit, key=lambda x: x.rank) if explicit else None

    def actor_keys(self) -> set[str]:
        return {actor_key(a) for r in self.reports for a in r.side1 + r.side2 if _party(a)}


def _party(actor: Actor) -> bool:
    """An actor that tells two events apart: not the civilians harmed («بينهم مدنيون»), who are
    victims of whichever event it is."""
    return bool(actor.text) and actor.inter != 7


def _places_compatible(a: Located | None, b: Located | None, nested: bool = False) -> bool:
    """`nested`: also a place the gazetteer put by the other (`_placed_by`)."""
    if a is None or b is None:
        return True
    if place_key(a.place) == place_key(b.place) or _same_district(a, b):
        return True
    if _lent_by(a, b) or _lent_by(b, a):
        return True
    if a.explicit and (a.rank > b.rank and contains(a.place, b.place) or nested and _placed_by(b, a)):
        return True
    if b.explicit and (b.rank > a.rank and contains(b.place, a.place) or nested and _placed_by(a, b)):
        return True
    # «استعادت المقاومة القصر الرئاسي بحي التواهي في عدن … وكانت المقاومة قد سيطرت على مباني
    # الإذاعة»: a facility the later report only borrows from the sentences before (not named in
    # its own) is no other battlefield than the district of that town named for the event
    return any(x.explicit and x.rank in (2, 3) and not y.explicit and y.rank == 0 and _borrowed_in_governorate(y, x)
               for x, y in ((a, b), (b, a)))


BORROWED = ("anaphoric", "carried")


def _lent_by(unknown: Located, town: Located) -> bool:
    """`unknown` is a place the gazetteer does not know («بمنطقة قادود جنوب رفح»), named for its
    telling, that took its region and point from the very town `town` is (`_in_context`: the nearest
    place of its sentence, else the one carried): an ACLED coder places it at that town, no other
    battlefield."""
    u, t = unknown.place, town.place
    return unknown.explicit and not u.kind and not u.name_en and t.kind in ("city", "town", "village") \
        and u.lat is not None and u.lat == t.lat and u.lon == t.lon and u.admin1_en == t.admin1_en and u.country == t.country


def _borrowed_in_governorate(borrowed: Located | None, told: Located | None, hows: tuple[str, ...] = BORROWED) -> bool:
    """`borrowed` is no place named for its telling but one it takes from the sentences before (`hows`
    of `Located.how`: an anaphor, «في هذا الحي», or the place carried on), and it lies in the
    governorate of `told`: where it landed may be a neighbour of the place `told` names (the town
    for its quarter, the facility named before), no other battlefield."""
    return borrowed is not None and told is not None and borrowed.how in hows \
        and bool(told.place.admin1_en) and told.place.admin1_en == borrowed.place.admin1_en


def _placed_by(inner: Located, outer: Located) -> bool:
    """The gazetteer put `inner` (a facility, a quarter) by the very place `outer` is: «مستشفى ظهران
    الجنوب العام» and «حي الرحيب الشرقي» by the town «ظهران الجنوب», whose admin names (a Saudi town has
    no district) do not tell it (`contains`). The shelling told at the hospital and told at the town
    is one event at the hospital."""
    if inner.span is None or outer.span is None:
        return False
    near = inner.span.attrs.get("near_place_id")
    return bool(near) and near == outer.span.attrs.get("place_id") and kind_rank(outer.place.kind) >= kind_rank(inner.place.kind)


def _parties_apart(d: Draft, r: Report) -> bool:
    """Both name parties, and none in common. A fight told back («الهجوم») naming only parties of
    alliances the fight it may join already has on its sides is not told apart: «سيطرت المقاومة على القاعدة بعد
    قتال مع الحوثيين …، وفرت قوات صالح أثناء الهجوم» is one battle (Saleh's forces fight beside
    the Houthis)."""
    # a striker named only by a strike's adjective («الغارات التركية على …») joins no two reports: the
    # same army's strikes on other targets, or a running total of them, are other events
    keys = {actor_key(a) for a in r.side1 + r.side2 if _party(a)} - r.struck_by
    other = d.actor_keys() - {k for x in d.reports for k in x.struck_by}
    if _fire_returned(d, r):
        return True
    if not (keys and other) or keys & other:
        return False
    if r.definite and r.event_type == "Battles" and d.kind[0] == "Battles":
        alliance = actor_facts()[1]
        mine = {alliance.get(a.name_en) for a in r.side1 + r.side2 if _party(a)}
        theirs = {alliance.get(a.name_en) for x in d.reports for a in x.side1 + x.side2 if _party(a)}
        if None not in mine and mine <= theirs:
            return False
    if r.event_type == "Battles" and d.kind[0] == "Battles":
        # «… في اشتباكات مع قوات الأمن في رفح» then «اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من
        # الجماعة … جنوب رفح»: the army and the police of one country are one side of the fight, not
        # another fight; a report naming only them, beside a draft where that state's forces fight
        mine = {_state_of(a) for a in r.side1 + r.side2 if _party(a)}
        theirs = {_state_of(a) for x in d.reports for a in x.side1 + x.side2 if _party(a)}
        if None not in mine and mine <= theirs:
            return False
    return True


_STATE_FORCES = re.compile(r"(?:Military|Police) Forces of ([^()]+?)(?: \([^()]*\))?")


def _state_of(actor: Actor) -> str | None:
    """The country whose state forces (ACLED's «Military/Police Forces of X», inter 1) `actor` is,
    None for any other actor (a regional force named after them, «… Peshmerga - Kurdistan Regional
    Government», is not)."""
    m = _STATE_FORCES.fullmatch(actor.name_en or "") if actor.inter == 1 else None
    return m.group(1) if m else None


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _fire_returned(d: Draft, r: Report) -> bool:
    """Shelling the other way round: «استهدفت ميليشيات الحوثي أحياء ظهران الجنوب بقذائف
    كاتيوشا … كما استهدفت المدفعية السعودية مواقع الحوثيين» — the second names its own doer, who is
    not a doer of the draft, and fires on the draft's doer: the answer is another event (a fight
    told from both sides stays one)."""
    if d.kind != SHELLING or r.kind != SHELLING:
        return False  # an air strike's flyer is read at the end (`_air_sides`), its sides here are word order
    mine = {actor_key(a) for a in r.side1[:1] if _party(a)}
    theirs = {actor_key(a) for x in d.reports for a in x.side1[:1] if _party(a)}
    hit = {actor_key(a) for a in r.side2 if _party(a)}
    return bool(mine and theirs) and not mine & theirs and bool(theirs & hit)


def _further_deed(d: Draft, r: Report) -> bool:
    """A fresh telling opening with «كما/وكذلك» (`Report.additive`), not a back-reference (a definite
    trigger right after a verb of breaking out is none: «كما تجددت الاشتباكات …», `Report.renewed`),
    naming a place of its own that is not the draft's: «استهدفت المقاومة … في مديرية الضالع وقتلت 4 منهم.
    كما قصفت المقاومة … موقعا في جبل العود» is a second shelling, even though the district holds the
    hill; «، كما هاجمت المقاومة دورية في صنعاء» after an attack in one of the capital's quarters is
    another attack; or telling a toll of its own unlike the draft's with no place of its own. The
    same deed told again names its place again or points back («كما أسفرت المواجهات …»)."""
    if not r.additive or (r.definite and not r.renewed) or r.pointed:
        return False
    if r.located is None or not r.located.explicit:
        return _own_toll(d, r, both=True)
    if any(_same_place(x.located, r.located) for x in d.reports):
        return False
    wider = d.located is not None and r.located.rank > d.located.rank and contains(r.located.place, d.located.place)
    return wider or _own_toll(d, r)


def _own_toll(d: Draft, r: Report, both: bool = False) -> bool:
    """`r` gives a precise figure of killed that no report of the draft gives, not even rounded
    («نحو 20» after «19»: the same dead told again); `both`: and the draft gives one of its own."""
    mine = {c.value for c in r.counts if c.role == "killed" and c.value is not None and not c.vague}
    theirs = {c.value for x in d.reports for c in x.counts if c.role == "killed" and c.value is not None}
    if not mine or (both and not theirs):
        return False
    return not any(abs(a - b) <= max(1, max(a, b) // 10) for a in mine for b in theirs)


def _tolled(r: Report) -> bool:
    """`r` gives a figure of killed or injured of its own."""
    return any(c.role in ("killed", "injured") and c.value is not None for c in r.counts)


def _figured(r: Report) -> bool:
    """`r` gives a figure of its own (killed, injured, captured...)."""
    return any(c.value is not None for c in r.counts)


def _lead_by_capital(d: Draft, r: Report) -> bool:
    """The article's lead placing its event by the city that bears its governorate's name («سيطرت
    المقاومة الشعبية بمدينة تعز على موقع استراتيجي», «غارات … في مدينة الحديدة»), and the next
    telling of that kind, right after it, naming a place of that governorate («سيطرت على تبة مسعود
    بمديرية مشرعة», «في مدينة حيس جنوبي الحديدة»): the lead told the governorate's event loosely."""
    a, b = d.located, r.located
    if a is None or b is None or not b.explicit:
        return False
    lead = not any(x.sentence != 0 for x in d.reports) and r.sentence <= 2
    city = a.place
    if a.rank != 1 or not city.admin1_ar or place_key(b.place) == place_key(city):
        return False
    if lead and _headless(city.name_ar) == _headless(city.admin1_ar) \
            and normalized(b.place.admin1_ar or "") == normalized(city.admin1_ar):
        return True
    # the capital told loosely («غارتين على معسكر في ضواحي العاصمة صنعاء»), the very next sentence
    # placing the deed in the governorate that bears the city's name («… في مديرية الحيمة الخارجية،
    # التابعة لمحافظة صنعاء»): the city is Amanat al Asimah's, its outskirts Sanaa governorate's
    return r.sentence == d.last_sentence + 1 and city.geo_precision == 2 \
        and _headless(city.name_ar) != _headless(city.admin1_ar) \
        and normalized(b.place.admin1_ar or "") == _headless(city.name_ar)


def _told_figures(r: Report, role: str, least: int | None = None) -> set[int]:
    """The precise figures (not rounded, not zero; at least `least` when given) `r` tells for `role`;
    `_precise` gives the draft's."""
    return {c.value for c in r.counts if c.role == role and c.value and not c.vague and (least is None or c.value >= least)}


def _in_draft_governorate(d: Draft, r: Report) -> bool:
    """`r`, one place (no list split by place), placed in the governorate the draft is placed in."""
    if r.parts > 1 or r.located is None or d.located is None:
        return False
    return bool(r.located.place.admin1_en) and r.located.place.admin1_en == d.located.place.admin1_en


def _same_toll(d: Draft, r: Report) -> bool:
    """`r` tells the very figure of killed a report of the draft told (precise, not rounded, not
    zero): «قتل 9 أشخاص إثر انفجار ألغام أرضية شمال عدن» told again paragraphs on is that blast."""
    return bool(_told_figures(r, "killed") & _precise(d, "killed"))


def _toll_retold(d: Draft, r: Report) -> bool:
    """`r` places its deed by no name of its own (carried on, or an anaphor: «وكان الإقليم نفسه قد شهد
    تفجيرا انتحاريا أسفر عن مقتل 32 شخصا» after the bombing «الذي أوقع 32 قتيلا في سوروتش» and a
    sentence naming another town of that province) and tells the very toll (above one) the draft told,
    in the draft's governorate: that deed told again, not another one where the last town was named."""
    if not _in_draft_governorate(d, r) or r.located.explicit:
        return False
    return bool(_told_figures(r, "killed", least=2)) and _same_toll(d, r)


def _whole_toll_told_again(d: Draft, r: Report) -> bool:
    """`r`, a sentence or two after the draft, tells the very dead (above one) and the very wounded
    the draft told, precise both, in the draft's governorate: «أفاد شهود عيان بمقتل ثمانية مدنيين واصابة
    سبعة آخرين في قصف للطائرات التركية على مناطق جبل قنديل», then «وقال احد سكان قرية زاركلي قرب جبال
    قنديل إن طائرات تركية شنت غارة على تلك المنطقة ما أسفر عن مقتل ثمانية مدنيين واصابة سبعة آخرين»:
    a witness telling that strike again at his village, not another one (session 43)."""
    if r.sentence - d.last_sentence > 2 or not _in_draft_governorate(d, r):
        return False
    for role, least in (("killed", 2), ("injured", 1)):
        mine = _told_figures(r, role, least)
        if not mine or not mine <= _precise(d, role):
            return False
    return True


def _country_lead(d: Draft, r: Report) -> bool:
    """The draft is placed by its country alone («قتل 12 شخصا عندما هاجم انتحاريان حمام سباحة في شمال
    العراق») and `r` tells the same kind at a town of that country («وقال رئيس بلدية طوز خورماتو إن
    مهاجما انتحاريا فجر سترته الناسفة في حمام سباحة»): the lead told its place loosely, one event (a
    town told before it would have placed the draft). Remote violence only: a blast or a strike is
    at one place, a fight told for the country may be fronts apart."""
    a, b = d.located, r.located
    if a is None or b is None or not b.explicit or a.place.kind != "country" or r.parts > 1:
        return False
    if d.kind[0] != "Explosions/Remote violence":
        return False  # fighting told of a whole country («اشتباكات في جنوب شرق البلاد») is a front of its own
    return all(x.located is None or x.located.place.kind == "country" for x in d.reports) and _in_country(a, b)


def _list_retells(d: Draft, r: Report) -> bool:
    """`r` is a part of a list split by place whose sentence tells, back, the very toll (above one)
    the draft told, whole, for a place holding the part or of its governorate: «ارتفعت حصيلة قتلى
    القذائف التي سقطت على احياء عدة في دمشق الى 11 قتيلا», then «… بالقذائف التي اطلقتها التنظيمات
    على شارعي الثورة وبغداد وحي باب توما والعباسيين في دمشق الى 11 شهيدا»: the same shelling,
    its places told, not three more."""
    if not r.definite or d.located is None or r.located is None or _parties_apart(d, r):
        return False
    wholes = {c.shared for c in r.counts if c.role == "killed" and c.shared > 1}
    if not wholes or not wholes & _precise(d, "killed"):
        return False
    a, b = d.located.place, r.located.place
    return bool(a.admin1_en) and a.admin1_en == b.admin1_en or contains(a, b)


def _same_event(d: Draft, r: Report) -> bool:
    """Nothing says a later telling is another event than the draft: no party named apart, no other
    day."""
    if _parties_apart(d, r):
        return False
    days = {x.date[:10] for x in d.reports if x.date}
    return not (r.date and days and r.date[:10] not in days)


def _other_day(d: Draft, r: Report) -> bool:
    """`r` is dated in its own words («الجمعة», «مساء الخميس») on a day none of the draft's reports
    dated in theirs tells, and gives dead of its own (`_own_toll`): another day is another event, as
    ACLED codes one event per day. The same dead told again under the day the news came («أفادت
    مصادر أمس الأحد بمقتل ثمانية» after a fight «مساء السبت» that killed eight) are not."""
    if not (r.date_explicit and r.date):
        return False
    days = {x.date[:10] for x in d.reports if x.date_explicit and x.date}
    return bool(days) and r.date[:10] not in days and _own_toll(d, r)


def _other_protest_day(d: Draft, r: Report) -> bool:
    """A protest or riot told afresh (an indefinite trigger) on a day of its own words that none of
    the draft's reports dated in theirs tells: «انطلقت مظاهرات … أمس», then «وكان المئات نظموا، في
    (2 آب 2015)، تظاهرة حاشدة أمام مبنى المحافظة» — an earlier gathering, another event (ACLED codes
    one event per day). Crowds leave no toll to tell them apart (`_other_day`); a definite telling
    («التظاهرة التي انطلقت عصر امس») points back. Only a day told before the trigger, the last one
    before it (`Report.dated_before`): one told after may be the day of the protest's matter."""
    if r.kind[0] not in ("Protests", "Riots") or d.kind[0] not in ("Protests", "Riots") or r.definite:
        return False
    if not (r.date_explicit and r.date and r.dated_before):
        return False  # a day told after the trigger may be its matter's («احتجاجا على قتل … ليل السادس من أغسطس»)
    days = {x.date[:10] for x in d.reports if x.date_explicit and x.date}
    return bool(days) and r.date[:10] not in days


def _list_mates(r: Report, pool: list[Report]) -> Iterator[Report]:
    """The other parts in `pool` of the list `r` was split from (one sentence, one kind)."""
    if r.parts > 1:
        yield from (x for x in pool if x is not r and x.sentence == r.sentence and x.kind == r.kind and x.parts == r.parts)


def _siblings(d: Draft, r: Report) -> bool:
    """The draft holds another part of the list `r` was split from."""
    return any(True for _ in _list_mates(r, d.reports))


def _listed_beside(r: Report, d: Draft, reports: list[Report]) -> bool:
    """`r` is a part of a list another part of which is the draft's place: «في جبهتي بلة والعند» after
    a clash «في منطقة العند» tells Bala, placed by al-Anad, as a front apart from it."""
    return any(_same_place(x.located, d.located) for x in _list_mates(r, reports))


def _same_place(a: Located | None, b: Located | None) -> bool:
    return a is not None and b is not None and place_key(a.place) == place_key(b.place)


def _same_district(a: Located, b: Located) -> bool:
    """Two places of one district («آل حميقان» and «بلدة الزاهر») are one battlefield."""
    da = normalized(a.place.admin2_en or a.place.admin2_ar)
    db = normalized(b.place.admin2_en or b.place.admin2_ar)
    return bool(da) and da == db and a.rank <= 3 and b.rank <= 3


def _loosely_compatible(a: Located | None, b: Located | None) -> bool:
    """For back-references: a carried or missing place fits; otherwise same place or containment."""
    if a is None or b is None or b.how in ("carried", "article"):
        return True
    return place_key(a.place) == place_key(b.place) or contains(a.place, b.place) or contains(b.place, a.place) \
        or _placed_by(a, b) or _placed_by(b, a)


def merge_reports(reports: list[Report]) -> list[Draft]:
    drafts: list[Draft] = []
    for r in reports:
        target: Draft | None = None
        set_aside = False
        if r.strength == "weak":
            recent = [d for d in drafts if is_violent(d.kind[0]) and r.sentence - d.last_sentence <= WEAK_GAP]
            placed = [d for d in recent if d.located is not None and d.located.rank < 5]
            recent = placed or recent  # a toll belongs to an event with a place, not to «غارات … منذ مارس» in passing
            if r.other_topic and not (r.located is not None and r.located.explicit):
                recent = []  # «من جهة أخرى، أعلنت مصادر أن 20 عنصرا قتلوا»: another matter, no toll of the last event
            if r.shot:  # «ولقي مدرس وزوجته مصرعهما بنيران مسلحين» after a bombing: a shooting, no toll of the bomb
                recent = [d for d in recent if d.kind[1] not in BLASTS]
            if recent and r.located is not None and r.located.explicit \
                    and not _places_compatible(recent[-1].located, r.located) and r.sentence > recent[-1].last_sentence:
                # «… في دير الزور والحسكة والرقة. وأشار المرصد إلى مقتل 11 … في مدينة الميادين بريف دير
                # الزور»: a toll told after a list, placed in one of its places, is that place's (a
                # place of the list the last draft was split from; no other draft before it)
                listed = [x for x in recent[-1].reports if x.parts > 1]
                recent = [d for d in recent if _places_compatible(d.located, r.located)
                          and any(any(x is m for m in _list_mates(y, d.reports)) for y in listed for x in d.reports)][-1:] or recent
            if recent and (r.located is None or not r.located.explicit or _places_compatible(recent[-1].located, r.located)):
                target = recent[-1]
                if not r.eventful and not _figured(r):  # talk after the deed names no new party of it
                    # «واعتمد الحوثي سياسة قتل المدنيين بهدف التأثير على المقاومة»: not the resistance's
                    known = target.actor_keys()
                    r = replace(r, side1=[a for a in r.side1 if not _party(a) or actor_key(a) in known],
                                side2=[a for a in r.side2 if not _party(a) or actor_key(a) in known])
        else:
            same = [d for d in drafts if d.kind == r.kind and r.sentence - d.last_sentence <= MAX_GAP]
            backref = [d for d in same if _loosely_compatible(d.located, r.located)]
            kind_so_far = [d for d in drafts if d.kind == r.kind]
            if not backref and len(kind_so_far) == 1 and _loosely_compatible(kind_so_far[0].located, r.located):
                backref = kind_so_far  # «انفجار السيارة المفخخة» ten sentences on: the one told before
            told = [d for d in drafts if d.kind == r.kind and _same_place(d.located, r.located)
                    and (r.definite or _same_toll(d, r))] \
                if r.located and r.located.explicit and not r.another else []
            if r.definite and not (r.located and r.located.explicit) and backref and not _further_deed(backref[-1], r):
                target = backref[-1]
            elif r.parts > 1 and (whole := [d for d in same if _list_retells(d, r)]):
                target = whole[-1]  # «… على شارعي الثورة وبغداد وحي باب توما في دمشق الى 11 شهيدا» after the 11 told
                # its shares of the figures the draft told whole are that whole told again, not more dead
                r = replace(r, counts=[c for c in r.counts if not (c.shared and c.shared in _precise(target, c.role))])
            elif told and r.sentence - told[-1].last_sentence > MAX_GAP and _same_event(told[-1], r):
                target = told[-1]  # «التفجير الإرهابي الذي استهدف أمس مسجد قوات الطوارئ» twenty sentences on
            else:
                if r.parts > 1:  # a part of a list split by place (finer parts too): its own place's draft first
                    same = [d for d in same if not _siblings(d, r)]
                    same = [d for d in same if _same_place(d.located, r.located)] or same
                for d in reversed(same):
                    if _parties_apart(d, r):
                        continue
                    if r.another and not _same_place(d.located, r.located):
                        continue  # «كما استهدفت غارة أخرى … مديرية الدريهمي»: another strike
                    if r.another and r.kind[1] in BLASTS and d.kind == r.kind:
                        # «… انفجرت سيارة ملغومة في سوق بمدينة بعقوبة» then «وقتل سبعة اخرون في تفجير
                        # اخر شرقي المدينة»: a bomb is one blast, another is another event in the same
                        # town (strikes and shells on one place the same day stay one)
                        continue
                    if _further_deed(d, r):
                        continue  # «كما قصفت المقاومة … جبل العود» after «… في مديرية الضالع»: another shelling
                    if _other_day(d, r) or _other_protest_day(d, r):
                        continue  # «… في تعز امس السبت» then «كما قتل مدنيان في قصف … في تعز الجمعة»
                    if r.retold and d.last_sentence != r.sentence and _tolled(r) and any(_tolled(x) for x in d.reports):
                        # against a deed with a toll of its own; a deed told with none takes the toll announced
                        set_aside = True  # «… وكان المتحدث قد أعلن الجمعة الماضي مقتل ثلاثة»: that earlier news
                        continue
                    if _places_compatible(d.located, r.located, nested=not _listed_beside(r, d, reports)) \
                            or _toll_retold(d, r) or _country_lead(d, r):
                        target = d
                        break
                    if _whole_toll_told_again(d, r):  # its dead and wounded are the draft's, told again
                        r = replace(r, counts=[c for c in r.counts if c.role not in ("killed", "injured")])
                        target = d
                        break
                    if _lead_by_capital(d, r):  # the detail's place is the event's, the lead's city a loose one
                        for x in d.reports:
                            x.located = replace(x.located, explicit=False) if x.located else None
                        target = d
                        break
        if target is None and set_aside and not (r.located and r.located.explicit):
            continue  # is background, not more of the article's event; with no place of its own, not coded
        if target is None:
            drafts.append(Draft([r]))
        else:
            target.reports.append(r)
    return _lead_total_in_details(_rest_of_shared(
        _shared_over_list(_summary_told_in_detail(_riot_of_the_protest(_fold_kinds(_leads_told_again(_forward_backrefs(drafts))))))))


def _rest_of_shared(drafts: list[Draft]) -> list[Draft]:
    """A figure shared evenly over a list's places, some of which are given figures of their own
    later: «قتل 40 في غارات على الرقة وحلب والحسكة», then «قتل 12 منهم في منبج بريف حلب، و20 قرب
    الطبقة بريف الرقة». The places' own figures replace their shares (`counts.combine`); the places
    told no figure of their own share what the own figures leave of the whole (8 at al-Hasakah, not
    a third of 40) — when the own figures fit in it. One figure's shares are the counts of one span
    with its whole (`Count.shared`), each in another draft."""
    groups: dict[tuple[int, int, str, int], list[tuple[Draft, Report, Count]]] = {}
    for d in drafts:
        for r in d.reports:
            for c in r.counts:
                if c.shared > 1 and c.value is not None and c.role in SHARED_ROLES:
                    groups.setdefault((c.start, c.end, c.role, c.shared), []).append((d, r, c))
    for (_, _, role, whole), members in groups.items():
        if len({id(d) for d, _, _ in members}) != len(members) or len(members) < 2:
            continue
        own: list[int | None] = []
        for d, r, c in members:
            mine = [o for x in d.reports for o in x.counts if o.role == role and not o.shared
                    and o.value is not None and not o.vague and o.sentence > c.sentence]
            total, _ = combine(mine, role) if mine else (None, False)
            own.append(total if total is not None and total <= whole else None)
        told = [v for v in own if v is not None]
        rest = [m for m, v in zip(members, own) if v is None]
        if not told or not rest or sum(told) > whole:
            continue
        left = whole - sum(told)
        for i, (d, r, c) in enumerate(rest):
            r.counts = [replace(c, value=even_share(left, len(rest), i)) if o is c else o for o in r.counts]
    return drafts


DETAIL_GAP = 3  # sentences from a lead's total over several events to the last of the details it sums


def _lead_total_in_details(drafts: list[Draft]) -> list[Draft]:
    """A lead's total over several events («قتل 24 شخصا في هجمات شنها مسلحون في شمال نيجيريا»), then
    the events one by one with their own figures («وقتل 6 أشخاص في هجوم على قرية …، فيما قتل 18
    آخرون في هجوم انتحاري …»): ACLED codes the details only. When the killed figures of at least two
    reports told after the lead (within DETAIL_GAP sentences, in drafts of their own) add up to the
    lead's figure exactly, the lead's killed figure is dropped (it was added to the draft it joined:
    24 + 18), and a draft left holding only such leads is dropped. A total with no details of its
    own, or details adding up to another figure (a part told), stays as it is."""
    owner = {id(r): d for d in drafts for r in d.reports}
    every = sorted((r for d in drafts for r in d.reports), key=lambda r: (r.sentence, r.mentions[0].start if r.mentions else 0))
    dropped: set[int] = set()
    for lead in every:
        total = _told(lead) if lead.several or lead.strength == "weak" else None
        if not total or total < 2:
            continue
        details = [r for r in every if r is not lead and not r.several and not r.retold
                   and 0 <= r.sentence - lead.sentence <= DETAIL_GAP and (r.sentence > lead.sentence
                   or r.mentions[0].start > lead.mentions[0].start)]
        figures = [(r, _told(r)) for r in details]
        figures = [(r, k) for r, k in figures if k]
        if not lead.several:
            if _bare_total_told_in_parts(lead, owner, figures, total):
                home = owner[id(lead)]
                if home.reports == [lead]:
                    dropped.add(id(home))
                else:  # joined to one of its details: its figures are theirs, not more
                    lead.counts = [c for c in lead.counts if c.role not in ("killed", "injured")]
            continue
        homes = {id(owner[id(r)]) for r, _ in figures}
        if len(figures) < 2 or len(homes) < 2 or sum(k for _, k in figures) != total:
            continue
        lead.counts = [c for c in lead.counts if c.role != "killed"]
        home = owner[id(lead)]
        if all(x.several and not any(c.role == "killed" for c in x.counts) for x in home.reports) \
                and not any(id(home) == id(owner[id(r)]) for r, _ in figures):
            dropped.add(id(home))
    return [d for d in drafts if id(d) not in dropped]


def _told(r: Report, role: str = "killed") -> int | None:
    """The exact figure of ROLE a report tells (None when vague, a part, an update or an estimate)."""
    counts = [c for c in r.counts if c.role == role]
    if not counts or any(c.value is None or c.vague or c.subset or c.update or c.estimate for c in counts):
        return None
    return combine(counts, role)[0]


def _bare_total_told_in_parts(lead: Report, owner: dict[int, Draft], figures: list[tuple[Report, int]],
                              total: int) -> bool:
    """A toll told bare, with no deed of its own («أفادت مصادر أمنية بمقتل 24 مدنيا وإصابة 37 آخرين في
    مدينة بعقوبة»: a weak report in a draft of its own), then the deeds that made it, one by one in the
    sentences right after it («… عبوة ناسفة انفجرت … ما أدى إلى مقتل ستة مدنيين وإصابة 11 آخرين. وأشارت إلى
    مقتل 18 مدنيا وإصابة 26 آخرين جراء سقوط قذائف هاون …»): the toll is their sum, no event of its own
    (nor more dead of the detail whose draft it joined). True when the killed figures of the first two or
    more details (strong reports, each in a draft of its own) add up to the lead's exactly — and so do their injured when the lead tells
    injured. Later details (a third matter told after) do not count against it."""
    home = owner[id(lead)]
    if lead.strength != "weak" or any(x is not lead and x.strength != "strong" for x in home.reports):
        return False
    wounded = _told(lead, "injured")
    if any(c.role == "injured" for c in lead.counts) and wounded is None:
        return False
    run: list[tuple[Report, int]] = []
    for r, k in figures:
        if r.strength != "strong":
            break
        run.append((r, k))
        if len(run) < 2 or sum(x for _, x in run) < total:
            continue
        if sum(x for _, x in run) > total or len({id(owner[id(x)]) for x, _ in run}) < len(run):
            return False
        if wounded is not None and sum(_told(x, "injured") or 0 for x, _ in run) != wounded:
            return False
        return True
    return False


SHARE_GAP = 2  # sentences from a figure told for a wider place to the list naming its places
SHARED_ROLES = ("killed", "injured", "captured")


def _shared_over_list(drafts: list[Draft]) -> list[Draft]:
    """One figure told for several places, the places named in another sentence: «لقي 20 متمردا
    مصرعهم خلال اشتباكات دارت في مناطق مختلفة بمحافظة مأرب. وقالت مصادر إن المواجهات اندلعت في
    منطقتي الجفينة وتبة الدفاع». The list was split by place (`reports.split_by_place`, one event
    per place) and the figure joined the draft of one of them; ACLED shares a figure covering
    several events evenly over them (CODING.md), so the figure is shared over the list's places,
    rounded down as within one sentence (20 over two places is 10 and 10; a figure smaller than
    the places gives one each to the first).
    Only a figure told in a report of no place finer than the list's (no place of its own, one
    carried, or a governorate/district/city holding every place of the list), within SHARE_GAP
    sentences of the list, with no party apart from the places' drafts; and only a role no
    place's draft has a figure of its own for («وفي الجفينة قتل 12 …»: a lead's total before
    per-place figures is not added to them). Vague figures («عشرات القتلى») stay where they are."""
    owner = {id(r): d for d in drafts for r in d.reports}
    every = [r for d in drafts for r in d.reports]
    for d in drafts:
        figured = [w for w in d.reports if w.parts == 1 and not w.retold
                   and any(c.role in SHARED_ROLES and c.value is not None and not c.vague for c in w.counts)]
        if not figured:
            continue
        listed = [r for r in d.reports if r.parts > 1 and r.located is not None and r.located.span is not None]
        listed.sort(key=lambda r: min(abs(r.sentence - w.sentence) for w in figured))
        for r in listed:
            places = sorted([r] + list(_list_mates(r, every)),
                            key=lambda x: x.located.span.start if x.located and x.located.span else -1)
            homes = [owner.get(id(x)) for x in places]
            if len(places) < 2 or any(h is None for h in homes) or len({id(h) for h in homes}) != len(homes) \
                    or any(x.located is None for x in places):
                continue
            wide = [w for w in figured if w.sentence != r.sentence and abs(w.sentence - r.sentence) <= SHARE_GAP
                    and all(_holds(w.located, x.located) for x in places)
                    and not any(_parties_apart(h, w) for h in homes if h is not d)]
            if not wide or any(_tolled(x) for x in d.reports if not any(x is w for w in wide)):
                continue  # a toll told for the figure's draft's own place: the figures are its own
            _share(wide, places, homes, d)
            break
    return drafts


def _holds(wide: Located | None, place: Located) -> bool:
    """A figure's place no finer than a listed place's: none, one carried from the sentences before
    in the place's governorate (a list's last place, carried to the toll told after it, too), or a
    governorate, district or city (`rank` >= 1) holding it."""
    if wide is None:
        return True
    if not wide.explicit:  # «وأسفرت المواجهات عن مقتل 12» after the list: its last place carried on
        return bool(wide.place.admin1_en) and wide.place.admin1_en == place.place.admin1_en
    return place_key(wide.place) != place_key(place.place) and wide.rank >= max(1, place.rank) \
        and contains(wide.place, place.place)


def _share(wide: list[Report], places: list[Report], homes: list[Draft], d: Draft) -> None:
    """Each role's figures of `wide` shared evenly over `places` (reports of drafts `homes`, `d`
    holding `wide`): a role none of the places' drafts has a figure of beside `wide`'s."""
    n = len(places)
    for role in SHARED_ROLES:
        counts = [c for w in wide for c in w.counts if c.role == role]
        precise = [c for c in counts if c.value is not None and not c.vague]
        if not precise or len(precise) != len(counts):
            continue
        own = [c for h in homes for x in h.reports if not any(x is w for w in wide) for c in x.counts if c.role == role]
        if own:
            continue  # the places' figures of their own: a lead's total is not shared over them
        total, _ = combine(counts, role)
        if not total:
            continue
        for w in wide:
            w.counts = [c for c in w.counts if c.role != role]
        for i, (x, h) in enumerate(zip(places, homes)):
            target = even_share(total, n, i)
            shares = [replace(c, value=c.value // n, shared=c.value) for c in precise]  # type: ignore[operator]
            got, _ = combine(shares, role)
            if (got or 0) != target:
                big = max(range(len(shares)), key=lambda k: shares[k].value or 0)
                shares[big] = replace(shares[big], value=max(0, (shares[big].value or 0) + target - (got or 0)))
            (wide[0] if h is d else x).counts.extend(shares)


LEAD_SENTENCES = 2  # the lead: the article's first two sentences


def _leads_told_again(drafts: list[Draft]) -> list[Draft]:
    """A digest's lead tells a province's fighting in a word («وتواصلت المعارك بريف اللاذقية») and a
    paragraph further on tells it at its village («وفي ريف اللاذقية تواصلت الاشتباكات … في قرية بيت
    عوان»): more than MAX_GAP sentences apart, it was two incidents. A lead draft placed by nothing
    finer than a governorate named in it, with no toll of its own unlike the later telling's, joins
    the first later incident of its kind placed within that governorate whose parties are not told
    apart from it. Only one told beyond MAX_GAP sentences: nearer tellings are the other rules' (a
    lead's taking folds into the taking told next, `_fold_kinds`)."""
    out = list(drafts)
    for d in drafts:
        lead = d.located
        if lead is None or not lead.explicit or lead.rank != 4 or not lead.place.admin1_en \
                or any(r.sentence >= LEAD_SENTENCES for r in d.reports):
            continue
        alike = lambda o: o.kind == d.kind or (o.kind[1] in TERRITORY and d.kind[1] in TERRITORY)  # noqa: E731
        for other in out:
            where = other.located
            if other is d or not alike(other) or where is None or where.place.admin1_en != lead.place.admin1_en \
                    or other.reports[0].sentence <= d.last_sentence:
                continue
            if other.reports[0].sentence - d.last_sentence <= MAX_GAP or other.kind != d.kind \
                    or not where.explicit or where.rank >= 4:
                break  # told near the lead (the other rules' to join), or not told finer
            if any(_parties_apart(other, r) or (_tolled(r) and not _same_toll(other, r)) for r in d.reports):
                break  # the first telling there is another deed: the lead may tell that one
            other.reports.extend(d.reports)  # after the telling's own: its parties and day lead
            out = [x for x in out if x is not d]
            break
    return out


GENERIC_EXPLOSION = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ARMED_CLASH = ("Battles", "Armed clash")
ARRESTS = ("Strategic developments", "Arrests")
BLASTS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
FOLD_GAP = 2
BACK_GAP = 3  # sentences from a taking to the fight told back as its toll («خلال تلك المواجهات»)


def _own_tolls_apart(d: Draft, other: Draft) -> bool:
    """Both tell a killed figure of their own, in sentences of their own, and the figures differ:
    two blasts told one after the other, not one told twice."""
    def tolls(x: Draft) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {}
        for r in x.reports:
            for c in r.counts:
                if c.role == "killed" and c.value is not None and not c.vague:
                    out.setdefault(r.sentence, set()).add(c.value)
        return out
    mine, theirs = tolls(d), tolls(other)
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs) \
        and not {v for vs in mine.values() for v in vs} & {v for vs in theirs.values() for v in vs}


def _fold_kinds(drafts: list[Draft]) -> list[Draft]:
    """A place taken, told once as «استعادت المقاومة …» and once as «سيطر … على الحي», is one
    territorial change (the first telling's sub-event). One event told with words of two kinds
    becomes the more specific one, as ACLED codes it:
    «حدوث تفجير» then «انتحاري … فجر نفسه» is a suicide bomb; «مجزرة» next to the shelling that
    made it is the shelling (remote violence takes precedence over violence against civilians).
    A clash told in a sentence that also tells the place its sides took there is that territorial
    change, as ACLED codes it («خاضت المقاومة معارك ضد الحوثيين في الحوطة، وسيطرت على المدينة»).
    An attack told in general words alone («الحادثة الإرهابية التي استهدفت مسجداً») and, within
    FOLD_GAP sentences after, pointed back to as a blast («هذا التفجير») is that blast.
    The two must be within FOLD_GAP sentences, in compatible places, and not name different
    perpetrators."""
    def territory(d: Draft) -> bool:  # one place taken, told once with its taker and once with its loser
        return d.kind[1] in TERRITORY

    def taken_again(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind[1] not in TERRITORY or other.reports[0].sentence > d.reports[0].sentence:
            return False
        if any(_siblings(other, r) for r in d.reports):
            return False  # «سيطروا على منطقة البساتين ومزارع جعولة»: places of one list, one event each
        return d.reports[0].sentence - other.last_sentence <= MAX_GAP and bool(d.located and other.located) \
            and _places_compatible(d.located, other.located)

    def general_blast(d: Draft) -> bool:
        return d.kind == GENERIC_EXPLOSION or (d.kind[0] == "Violence against civilians" and d.kind[1] == "Attack")

    def more_specific_blast(d: Draft, other: Draft, out: list[Draft]) -> bool:
        # a blast told by its device («هجوم بسيارتين مفخختين», «انفجار عبوة ناسفة») is its own event,
        # not the shelling or the strike told beside it (a suicide bomb still takes it)
        device = d.kind == GENERIC_EXPLOSION and any(r.device for r in d.reports)
        if other.kind[0] != "Explosions/Remote violence" or other.kind == GENERIC_EXPLOSION \
                or (device and other.kind[1] != "Suicide bomb"):
            return False
        first = min(r.sentence for r in d.reports)
        near = any(abs(r.sentence - first) <= FOLD_GAP or abs(r.sentence - d.last_sentence) <= FOLD_GAP
                   for r in other.reports)
        if not near or not _fold_compatible(d.located, other.located) or not _same_doer(d, other):
            return False
        # «… تفجيرا انتحاريا خارج الأكاديمية أسفر عن مقتل 25» then «وقتل 15 في هجوم بشاحنة مفخخة»: two
        # blasts, each with its own device and toll
        return not (device and _own_tolls_apart(d, other))

    def shelling_told_back(d: Draft) -> bool:  # «القصف» told back after an air strike: that strike
        return d.kind == SHELLING and _bare_shelling_told_back(d)

    def the_strike_before(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind != AIR_STRIKE:
            return False
        first = min(r.sentence for r in d.reports)
        before = any(0 < first - r.sentence <= FOLD_GAP for r in other.reports)
        return before and _fold_compatible(d.located, other.located) and _allied_parties(d, other)

    def clash(d: Draft) -> bool:  # a fight told with the place it won in the same sentence is the place taken
        return d.kind == ARMED_CLASH

    def the_place_won(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind[1] not in TERRITORY:
            return False
        sentences = {r.sentence for r in d.reports}
        told_with = sentences <= {r.sentence for r in other.reports} and _fold_compatible(d.located, other.located)
        back = not told_with and _fight_told_back(d, other, out)  # its toll told back: «خلال تلك المواجهات»
        if not told_with and not back and not _fight_for_the_place(d, other):
            return False
        doers = {actor_key(r.doer) for r in other.reports if r.doer is not None}
        sides = {actor_key(a) for r in d.reports for a in r.side1 + r.side2 if _party(a)}
        parties = {actor_key(a) for r in other.reports for a in r.side1 + r.side2 if _party(a)} | doers
        if back:  # the back-reference is the taking's own fight, whichever side it names —
            # not a fight of two other parties («القاعدة في الاشتباكات مع قوات الأمن»);
            # the losers' toll «قتلى من الحوثيين وقوات صالح» names one camp
            return not (parties and not sides & parties and len(_camps(d)) >= 2)
        if not told_with:  # the fight for the place told next: no party named apart
            return not (sides and parties and not sides & parties)
        # the taker named, and one of the fight's sides (or no party named by either: «قاموا بتحرير ما
        # تبقى من مواقع في منطقة سناح، مشيرة إلى أن مواجهات عنيفة دارت فجر أمس»)
        return not ((not doers and (sides or parties)) or (sides and doers and not doers & sides))

    def fighters_captured(d: Draft) -> bool:  # fighters captured in the sentence telling a fight or a taking
        if d.kind != ARRESTS or any(r.civilians for r in d.reports):
            return False
        # civilians arrested («اعتقل الحوثيون ناشطين») are an arrest, not a fight's captives
        return not any(a.inter == 7 for r in d.reports for a in r.side2 if a.text)

    def the_fight(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind[0] != "Battles":
            return False
        first = min(r.sentence for r in d.reports)
        near = any(r.sentence == first for r in other.reports)  # told in the fight's own sentence
        return near and _fold_compatible(d.located, other.located) and _arrest_in_fight(d, other) \
            and _same_event(other, d.reports[0])

    def general_attack(d: Draft) -> bool:  # an attack told in general words, then named as the blast it was
        # told by generic triggers alone: «هجوم», «استهدف», «اعتداء»
        return d.kind == ARMED_CLASH and all(r.strength == "generic" for r in d.reports)

    def the_blast_named_after(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind[0] != "Explosions/Remote violence" or other.kind[1] not in BLASTS:
            return False
        first = min(r.sentence for r in d.reports)
        # «الحادثة الإرهابية التي استهدفت مسجداً …» then «هذا التفجير الذي ذهب ضحيته …»
        told_back = [r for r in other.reports if (r.pointed or r.definite) and first < r.sentence <= first + FOLD_GAP]
        return bool(told_back) and _fold_compatible(d.located, other.located) and _same_doer(d, other) \
            and not any(r.sentence < first for r in other.reports)

    def attack_told_back(d: Draft) -> bool:  # a blast told first, then told back in general words: that blast
        # «الهجوم الانتحاري الذي تبناه التنظيم في البلدة» … «الهجوم الذي أوقع 32 قتيلا في البلدة»
        return d.kind == ARMED_CLASH and all(r.strength == "generic" and (r.definite or r.pointed) for r in d.reports)

    def the_blast_before(d: Draft, other: Draft, out: list[Draft]) -> bool:
        if other.kind[0] != "Explosions/Remote violence" or other.kind[1] not in BLASTS:
            return False
        first = min(r.sentence for r in d.reports)
        before = any(0 < first - r.sentence <= FOLD_GAP for r in other.reports)
        return before and _fold_compatible(d.located, other.located) and (_same_doer(d, other) or _victim_tells(d, other))

    def retelling(d: Draft) -> None:
        for r in d.reports:
            r.referred = True  # its figures retell the blast's toll (`_figures`)

    out = list(drafts)
    out = _fold_into(drafts, out, territory, taken_again)
    out = _fold_into(drafts, out, general_blast, more_specific_blast)
    out = _fold_into(drafts, out, shelling_told_back, the_strike_before)
    out = _fold_into(drafts, out, clash, the_place_won)
    out = _fold_into(drafts, out, fighters_captured, the_fight)
    out = _fold_into(drafts, out, general_attack, the_blast_named_after)
    out = _fold_into(drafts, out, attack_told_back, the_blast_before, retelling)
    return out


RIOT = ("Riots", "Violent demonstration")


def _riot_of_the_protest(drafts: list[Draft]) -> list[Draft]:
    """A riot told right after a protest with no day and no place of its own is that protest turned
    violent: «خرج مئات المتظاهرين أمس في مسيرة … . وتحولت المسيرة إلى أعمال شغب بعد حلول الظلام»,
    «تجمهر عدد من العمالة بحي المونسية … . قامت العمالة بالتجمهر … ومن ثم عبثوا بالسيارات». ACLED
    codes one event, a violent demonstration on the protest's day (the riot's sentence, undated, would
    take the day the news came; unplaced, it would be set aside). The riot joins the last protest
    told at most FOLD_GAP sentences before it, in a compatible place, and the protest becomes the riot:
    its protesters the rioters. A riot dated in its own words or placed elsewhere stays its own."""
    out = list(drafts)
    for d in drafts:
        if d.kind != RIOT or not any(x is d for x in out) or any(r.date_explicit for r in d.reports):
            continue
        first = min(r.sentence for r in d.reports)
        protests = [o for o in out if o.kind[0] == "Protests" and o.reports[0].sentence < first
                    and 0 <= first - o.last_sentence <= FOLD_GAP and _fold_compatible(d.located, o.located)]
        if not protests:
            continue
        other = max(protests, key=lambda o: o.last_sentence)
        rioters = next((a for r in d.reports for a in r.side1 if a.inter == RIOTERS), None)
        for r in other.reports:
            r.event_type, r.sub_event_type = RIOT
            for m in r.mentions:
                m.event_type, m.sub_event_type = RIOT
            if rioters is not None:
                r.side1 = [rioters if a.inter == PROTESTERS else a for a in r.side1]
        other.reports.extend(d.reports)
        out = [x for x in out if x is not d]
    return out


def _fold_into(drafts: list[Draft], out: list[Draft], folds: Callable[[Draft], bool],
               fits: Callable[[Draft, Draft, list[Draft]], bool],
               before_fold: Callable[[Draft], None] | None = None) -> list[Draft]:
    """One pass of `_fold_kinds`: each draft of `drafts` still in `out` that `folds` joins the first
    other draft of `out` that `fits(it, other, out)` (`before_fold` marks its reports first); what is
    left of `out`."""
    for d in drafts:
        if not any(x is d for x in out) or not folds(d):
            continue
        for other in out:
            if other is d or not fits(d, other, out):
                continue
            if before_fold is not None:
                before_fold(d)
            other.reports.extend(d.reports)
            out = [x for x in out if x is not d]
            break
    return out


def _precise(d: Draft, role: str) -> set[int]:
    return {c.value for r in d.reports for c in r.counts if c.role == role and c.value and not c.vague}


def _summary_told_in_detail(drafts: list[Draft]) -> list[Draft]:
    """A summary telling the dead in general words («أفادت مصادر بمقتل 11 مدنيا وإصابة 13 آخرين في
    أعمال عنف متفرقة شهدتها مدينة بعقوبة»), and within FOLD_GAP sentences after it the blast or strike
    that killed them with the very same figures («مقتل 11 مدنيا وإصابة 13 آخرين في انفجار مزدوج
    بعبوة ناسفة داخل مقهى»): that one event, told first as an attack on civilians. The killed (above
    one) and the injured must be the same figures, whatever the places (the detail's may be finer,
    or read elsewhere)."""
    out = list(drafts)
    for d in drafts:
        if d.kind != ("Violence against civilians", "Attack") or not any(x is d for x in out):
            continue
        killed, injured = _precise(d, "killed"), _precise(d, "injured")
        if not killed or max(killed) < 2:
            continue
        first = min(r.sentence for r in d.reports)
        for other in out:
            if other is d or other.kind[0] != "Explosions/Remote violence":
                continue
            if not any(0 < r.sentence - first <= FOLD_GAP for r in other.reports):
                continue
            if not killed & _precise(other, "killed") or injured != _precise(other, "injured"):
                continue
            other.reports.extend(d.reports)
            out = [x for x in out if x is not d]
            break
    return out


def _fight_for_the_place(fight: Draft, taking: Draft) -> bool:
    """The toll of the fight that took a place, told in the next sentence with the very place named
    again: «قتل 39 متمردا و17 مقاتلا مواليا في المعارك العنيفة في الحوطة. وقال مصدر إن الحوطة باتت
    تحت السيطرة» — one territorial change with its dead, as ACLED codes it. The taking tells no toll
    of its own, the fight a precise one; both name the place themselves."""
    a, b = fight.located, taking.located
    if a is None or b is None or a.how != "named" or b.how != "named" or not _same_place(a, b):
        return False
    killed = lambda d: [c for r in d.reports for c in r.counts if c.role == "killed" and c.value]  # noqa: E731
    if not any(not c.vague for c in killed(fight)) or killed(taking):
        return False
    return any(abs(x.sentence - y.sentence) <= 1 for x in fight.reports for y in taking.reports)


def _fight_told_back(fight: Draft, taking: Draft, drafts: list[Draft]) -> bool:
    """The fight that took a place, told back after the taking with no place of its own: «بسطت
    القوات سيطرتها على حي التواهي … وقالت مصادر إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا»,
    «وسقط عشرات القتلى … خلال تلك المواجهات» — the taking's toll, one territorial change as ACLED
    codes it. The fight opens with a definite back-reference placed by no name of its own, within
    BACK_GAP sentences after the taking, with no other battle told between; the taking tells no toll.
    Not a round told as breaking out anew («وتجددت المواجهات أمس في المدينة») nor one dated to
    another day than the taking: a fight of its own."""
    first = fight.reports[0]
    if not first.definite or any(r.located is not None and r.located.how == "named" for r in fight.reports):
        return False  # a fight named at a place of its own is told for itself
    if any(r.broke_out for r in fight.reports):
        return False
    days = {r.date for r in taking.reports if r.date_explicit and r.date}
    if days and any(r.date_explicit and r.date and r.date not in days for r in fight.reports):
        return False
    a, b = fight.located, taking.located
    if not _fold_compatible(a, b) and not _borrowed_in_governorate(a, b, ("anaphoric",)):
        return False  # «المعارك في هذا الحي» after «حي المعلا في عدن»: the anaphor may land on the town
    told_before = [r.sentence for r in taking.reports if r.sentence < first.sentence]
    if not told_before:
        return False  # the fight is told back after its taking, which may be retold after it
    before = max(told_before)
    if not 0 < first.sentence - before <= BACK_GAP:
        return False
    if any(c.role == "killed" for r in taking.reports for c in r.counts):
        return False
    return not any(x is not taking and x is not fight and x.kind[0] == "Battles"
                   and any(before <= r.sentence <= first.sentence for r in x.reports) for x in drafts)


def _bare_shelling_told_back(d: Draft) -> bool:
    """Every telling of the draft is the bare definite «القصف» (a generic trigger, no weapon of its
    own): «قصفت مقاتلات التحالف رتلا للميليشيات في منطقة كرش. وأوضح المركز أن القصف أسفر عن تدمير
    الرتل» — the air strike just told, told back, not a shelling of its own."""
    return all(r.definite and r.strength == "generic" and not r.equipment and not r.device for r in d.reports)


def _camps(d: Draft) -> set[str]:
    """The camps of the draft's parties: each party's alliance (actors.json), else the party itself."""
    alliance = actor_facts()[1]
    return {alliance.get(a.name_en) or actor_key(a) for r in d.reports for a in r.side1 + r.side2 if _party(a)}


UNIDENTIFIED = "Unidentified Armed Group"


def _allied_parties(a: Draft, b: Draft) -> bool:
    """`a` names no party that `b` does not, nor one of an alliance `b` has no party of (the
    resistance's media office telling the coalition's strike)."""
    alliance = actor_facts()[1]
    # (a party named by no one, «تسعة مسلحين قتلوا في القصف» read as an unidentified armed group,
    # names no one the strike before did not: «قتل عدد من مسلحي داعش في قصف جوي …»)
    mine = [x for r in a.reports for x in r.side1 + r.side2 if _party(x) and not x.name_en.startswith(UNIDENTIFIED)]
    theirs = [x for r in b.reports for x in r.side1 + r.side2 if _party(x)]
    keys = {actor_key(x) for x in theirs}
    sides = {alliance.get(x.name_en) for x in theirs} - {None}
    return all(actor_key(x) in keys or alliance.get(x.name_en) in sides for x in mine)


def _arrest_in_fight(arrest: Draft, battle: Draft) -> bool:
    """The captor is one of the fight's parties (or unnamed), and so are those captured: «ألقى
    رجال المقاومة القبض على ضابط … في القاعدة التي سيطرت عليها بعد قتال مع الحوثيين»,
    «أسر الجيش ستة وقتل 15 من المليشيات»."""
    fighters = {actor_key(a) for r in battle.reports for a in r.side1 + r.side2 if _party(a)}
    if battle.kind[1] in TERRITORY:
        fighters |= {actor_key(r.doer) for r in battle.reports if r.doer is not None}
    captors = {actor_key(a) for r in arrest.reports for a in r.side1[:1] if _party(a)}
    captors |= {actor_key(r.doer) for r in arrest.reports if r.doer is not None}
    return not captors or not fighters or bool(captors & fighters)


def _fold_compatible(a: Located | None, b: Located | None) -> bool:
    """Places of two tellings of one event: compatible, or one of them only carried from before or
    the article's country («عُثر في الموقع على أشلاء … تفجير بأحزمة ناسفة» after the blast in the
    mosque of «منطقة عسير»)."""
    return a is None or b is None or a.how in ("carried", "article") or b.how in ("carried", "article") \
        or _places_compatible(a, b) or _in_country(a, b) or _in_country(b, a)


def _in_country(outer: Located, inner: Located) -> bool:
    """The lead places the blast only by its country («في شمال العراق»), the next sentence by its
    town («الهجوم الذي وقع في بلدة طوز خورماتو»): the town lies in that country, one event."""
    return outer.place.kind == "country" and bool(outer.place.country) and inner.place.country == outer.place.country


def _victim_tells(told: Draft, blast: Draft) -> bool:
    """The attack told back in general words («الهجوم») leads with the very side the blast hit, and
    the blast has a doer of its own: the victim speaking of it or blaming it on someone («نسبت هيئة أركان
    الجيش التركي الهجوم إلى «المنظمة الإرهابية»» after «هجوما بسيارة مفخخة أدى إلى مقتل جنديين تركيين»
    claimed by the PKK) — that blast, not a fight the army waged (session 43)."""
    doers, own = _doers(told), _doers(blast)
    hit = {actor_key(x) for r in blast.reports for x in r.side2 if _party(x)}
    return bool(doers) and bool(own) and doers <= hit and not doers & own


def _doers(draft: Draft) -> set[Hashable]:
    """The keys of the first doer each of the draft's reports names (those with a text)."""
    return {actor_key(x) for r in draft.reports for x in r.side1[:1] if x.text}


def _same_doer(a: Draft, b: Draft) -> bool:
    doers_a, doers_b = _doers(a), _doers(b)
    return not doers_a or not doers_b or bool(doers_a & doers_b)


def _forward_backrefs(drafts: list[Draft]) -> list[Draft]:
    """A back-reference with nothing to refer back to («وأتى القصف المدفعي …» before the shelling
    is told) joins the next incident of its kind told within two sentences in its paragraph."""
    out: list[Draft] = []
    for k, d in enumerate(drafts):
        orphan = all(r.definite and not (r.located and r.located.explicit) for r in d.reports)
        nxt = next((o for o in drafts[k + 1:] if o.kind == d.kind), None) if orphan else None
        if nxt is not None and 0 < nxt.reports[0].sentence - d.last_sentence <= 2:
            nxt.reports[:0] = d.reports
            continue
        out.append(d)
    return out


def _figure(counts: list[Count], role: str) -> tuple[int | None, bool]:
    return combine(counts, role)


def _told_figure(draft: Draft, role: str) -> tuple[int | None, bool]:
    """The incident's figure for `role`. A blast told back in general words («انفجرت سيارة مفخخة …
    فقتل ثلاثة» then «وأكد المحافظ مقتل أربعة في الهجوم»; `Report.referred`) retells the blast's toll:
    when both tell a figure of the role, the larger stands — a later restatement or update, as a risen
    toll («ارتفعت الحصيلة») replaces the one before — not their sum, nor the lower of two reports."""
    counts = [c for r in draft.reports for c in r.counts]
    back = [c for r in draft.reports if r.referred for c in r.counts if c.role == role]
    own = [c for r in draft.reports if not r.referred for c in r.counts if c.role == role]
    if not back or not own:
        return _figure(counts, role)
    (a, _), (b, _) = _figure(own, role), _figure(back, role)
    # several tellings back that disagree («… مؤكدا أنه قتل 8 جنود», then «أعلنت مصادر رسمية مقتل
    # عسكريين تركيين اثنين … في الهجوم»): sources differing on one toll, the lowest (session 43)
    each = [f for r in draft.reports if r.referred
            for f in [_figure([c for c in r.counts if c.role == role], role)[0]] if f is not None]
    if b is not None and len(each) > 1 and len(set(each)) > 1:
        b = min(each)
    if a is None or b is None:
        return _figure(counts, role)
    return max(a, b), True


FIGURE_ROLES = ("killed", "injured", "captured")  # the roles an incident has a figure of


def _figure_spans(counts: list[Count]) -> list[tuple[int, int]]:
    """Where the incident's figures are told: each killed, injured or captured count's words (its
    figure with its casualty word), overlapping ones as one span, in text order. «أن 12 على الأقل
    من ميليشيات الانقلابيين لقوا حتفهم، وأصيب 22 آخرون» gives the figures of a clash whose evidence
    is another clause («فيما دمرت عربتان مسلحتان … شمال مدينة دمت»)."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted({(c.told_start, c.told_end) for c in counts
                              if c.role in FIGURE_ROLES and 0 <= c.told_start < c.told_end}):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _police_counted(actor: Actor) -> bool:
    """The actor is the police named by the words counting them dead or wounded (`actors.police_victims`:
    «شرطي», «شرطيين», «رجل شرطة», «عناصر من الشرطة»)."""
    from core.incidents.lexicons import word_set

    words = [normalized(w) for w in actor.text.split()]
    if not words or not actor.name_en.startswith("Police Forces"):
        return False
    if words[0] in word_set("police_victim_nouns"):
        return len(words) <= 2  # (a nationality adjective after it: «شرطي تركي»)
    return words[0] in word_set("police_member_nouns") and any(w in word_set("police_nouns") for w in words[1:3]) \
        and len(words) <= 4


def to_incident(draft: Draft) -> Incident:
    from core.incidents.lexicons import disorder_type

    first = draft.reports[0]
    event_type, sub = first.kind
    told = [r for r in draft.reports if not r.definite] or draft.reports  # back-references name others' actors
    side1, side2 = _told_sides(draft)
    lost = sub == "Government regains territory" and all(a.inter == 2 for a in side2)
    hit = event_type == "Explosions/Remote violence" and sub != "Air/drone strike"  # (air strikes: `_air_sides`)
    hit = hit or any(r.arrested for r in draft.reports)  # «وتم القبض على خمسة منهم»: who was arrested
    if not side1 and side2 and event_type == "Battles" and all(_police_counted(a) for a in side2):
        # «قتل شرطي وأصيب آخر في هجوم نفذه ملثمون»: only the police counted dead are named — someone
        # unnamed attacked them (the place's unidentified group, `civilians_of_the_place`), they did not lead
        from core.incidents.actors import generic_actor

        side1 = [generic_actor("unidentified")]
    if not side1 and side2 and side2[0].inter != 7 and not lost and not hit:  # civilians are never the side
        # acting, nor rebels driven out of a place by someone unnamed, nor what a shell or a bomb hit
        # («استهدف قصف مدفعي مواقع الحوثيين»: no one named fired it). The party leads with its allies
        # («معسكر لبوزه الذي يتمركز فيه الحوثيون والموالون لصالح … اشتباكات تجري بالجوار منه»: the
        # Houthis with Saleh's forces, not against them; the foe not named is left to `other_side`)
        alliance = actor_facts()[1]
        ally = alliance.get(side2[0].name_en)
        lead = [side2[0]] + [a for a in side2[1:] if ally is not None and alliance.get(a.name_en) == ally]
        side1, side2 = lead, [a for a in side2 if not any(a is b for b in lead)]
    if sub == "Air/drone strike":
        side1, side2 = _air_sides(side1, side2, any(r.drone for r in draft.reports))
    counts = [c for r in draft.reports for c in r.counts]
    fatalities, killed_mentioned = _told_figure(draft, "killed")
    injured, _ = _told_figure(draft, "injured")
    captured, _ = _told_figure(draft, "captured")
    flags: list[str] = []
    if killed_mentioned and fatalities is None:
        flags.append("fatalities_unknown")
    if not any(r.eventful for r in draft.reports):
        flags.append("possibly_commentary")  # trigger words, but the sentence reads as talk about violence
    if fatalities is not None and fatalities >= TOTAL_FATALITIES:
        flags.append("running_total")  # «سقط ألف قتيل وجرح 9 آلاف» from a health office: a tally, not one event
    equipment: list[dict[str, Any]] = []
    for r in draft.reports:
        for item in r.equipment:
            if not any(e["text"] == item["text"] and e["fate"] == item["fate"] for e in equipment):
                equipment.append(item)
    dated = next((r for r in draft.reports if r.date_explicit), first)
    if dated.date_explicit and dated.date and dated.time_precision == 3:
        # «خلال الشهر الحالي» told first, «أمس» in a report of the same event after it: the day, within
        # that month, says more than the month
        dated = next((r for r in draft.reports if r.date_explicit and r.date and r.time_precision == 1
                      and r.date[:7] == dated.date[:7]), dated)
    located = draft.located
    evidence = sorted({(c.start, c.end) for r in draft.reports for c in r.clauses + r.also})
    incident = Incident(
        event_type=event_type,
        sub_event_type=sub,
        disorder_type=disorder_type(event_type, sub),
        actor1=side1[0] if side1 else None,
        actor2=side2[0] if side2 else None,
        assoc_actor_1=side1[1:],
        assoc_actor_2=side2[1:],
        location=located.place if located else None,
        date=_coded_date(dated.date, dated.time_precision),
        time_precision=min(dated.time_precision, 3),  # ACLED's coarsest is a month (a year told alone: 3)
        fatalities=fatalities,
        injured=injured,
        captured=captured,
        equipment=equipment,
        source=next((r.source for r in told + draft.reports if r.source), ""),
        evidence=evidence,
        figures=_figure_spans(counts),
        flags=flags,
    )
    incident.confidence = _confidence(draft, incident)
    return incident


def _told_sides(draft: Draft) -> tuple[list[Actor], list[Actor]]:
    """The two sides as the reports tell them: the first report naming any, with actors named
    later as associates; civilians never on the side acting in violence."""
    event_type = draft.reports[0].kind[0]
    told = [r for r in draft.reports if not r.definite] or draft.reports  # back-references name others' actors
    with_actors = next((r for r in told if r.side1 or r.side2), None)
    side1 = list(with_actors.side1) if with_actors else []
    side2 = list(with_actors.side2) if with_actors else []
    seen = {actor_key(a) for a in side1 + side2}
    for r in told:  # more actors named later join as associates
        for src, dst in ((r.side1, side1), (r.side2, side2)):
            for a in src:
                if actor_key(a) not in seen:
                    seen.add(actor_key(a))
                    dst.append(a)
    if event_type != "Protests" and event_type != "Riots" and any(a.inter == 7 for a in side1):
        # civilians are never the side acting in violence: they are what was hit
        side2 = side2 + [a for a in side1 if a.inter == 7 and actor_key(a) not in {actor_key(b) for b in side2}]
        side1 = [a for a in side1 if a.inter != 7]
    return side1, side2


def sides_by_alliance(incident: Incident) -> bool:
    """An incident naming parties of both alliances (actors.json `alliance`) has each alliance on
    one side: «قصفت طائرات التحالف مواقع الحوثيين في وقت تستمر فيه المواجهات بين المقاومة
    والحوثيين» is the coalition (with the resistance) on the Houthis, not the coalition on the
    resistance with the Houthis beside it; «بين المقاومة وقوات الجيش من جهة، والحوثيين من جهة
    أخرى» is the resistance with the army against the Houthis. The side leading stays the one
    whose party leads (an air strike: the alliance with aircraft named); in an armed clash, where
    the order tells no initiator (ACLED), the alliance fighting on the government's side leads (the
    hand-coded files' convention: «اشتباكات بين الحوثيين والمقاومة» is the resistance against the
    Houthis). Parties of no alliance (civilians, gunmen) keep their side. True when a party changed
    sides."""
    from core.incidents.lexicons import government_sides

    air, alliance, grounded = actor_facts()
    side1 = incident.side(1)
    side2 = incident.side(2)
    named = [alliance.get(a.name_en) for a in side1 + side2]
    if len({n for n in named if n}) == 1 and incident.event_type == "Battles":
        return _allies_together(incident, side1, side2, alliance)
    if len({n for n in named if n}) != 2:
        return False
    lead = next(n for n in named if n)
    if incident.sub_event_type == "Armed clash":  # no initiator told: the government's side first
        lead = next((alliance[a.name_en] for a in side1 + side2 if a.name_en in government_sides()
                     and a.name_en in alliance), lead)
    if incident.sub_event_type == "Air/drone strike":  # flown by the alliance with aircraft
        lead = next((alliance.get(a.name_en) for a in side1 + side2 if a.name_en in air),
                    next((n for n in named if n and n not in grounded), lead))
    # each side: its alliance's parties, the two sides' leads before their associates, then the
    # parties of no alliance it had
    told = side1[:1] + side2[:1] + side1[1:] + side2[1:]
    new1 = [a for a in told if alliance.get(a.name_en) == lead]
    new1 += [a for a in side1 if a.name_en not in alliance]
    new2 = [a for a in told if alliance.get(a.name_en) not in (lead, None)]
    new2 += [a for a in side2 if a.name_en not in alliance]
    if new1 == side1 and new2 == side2:
        return False
    incident.set_side(1, new1)
    incident.set_side(2, new2)
    return True


def ground_lead(incident: Incident) -> bool:
    """A fight or a taking is fought on the ground: an air campaign (actors.json `strikes_by_air`:
    the Saudi-led coalition) named on a side beside ground parties of its alliance («تمكنت المقاومة
    بإسناد من طيران التحالف من …», «اشتباكات وقصف لطائرات التحالف») supports them — the ground
    party leads the side and the campaign follows as its associate. True when a side changed."""
    if incident.event_type != "Battles":
        return False
    air, alliance, _grounded = actor_facts()
    changed = False
    for k in (1, 2):
        side = incident.side(k)
        if not side or side[0].name_en not in air:
            continue
        ground = [a for a in side if a.name_en not in air and alliance.get(a.name_en) == alliance.get(side[0].name_en)]
        if not ground:
            continue
        new = ground + [a for a in side if a not in ground]
        incident.set_side(k, new)
        changed = True
    return changed


def unnamed_fight(incident: Incident, parties: list[Actor]) -> bool:
    """A fight told with no party named at all («دارت مواجهات عنيفة في جبهة كلابة», «أسفرت
    المعارك عن مقتل 16 متمردا»), or a place regained with no one named, in an article naming
    ground parties of both alliances (actors.json `alliance`; `article_parties`, most named first)
    is between them: the government's side most named against the other side most named (the
    government's side first, as in an armed clash). An air campaign (the coalition) fights no
    clash and takes no place. True when the sides were filled."""
    from core.incidents.lexicons import government_sides

    air, alliance, _grounded = actor_facts()
    if incident.event_type != "Battles" or incident.sub_event_type not in (ARMED_CLASH[1], "Government regains territory"):
        return False
    if incident.actor1 is not None or incident.actor2 is not None:
        return False
    ground = [p for p in parties if p.name_en not in air]
    ours = [p for p in ground if p.name_en in government_sides()]
    theirs = [p for p in ground if alliance[p.name_en] not in {alliance[o.name_en] for o in ours}]
    if not ours or not theirs:
        return False
    incident.actor1, incident.actor2 = ours[0], theirs[0]
    return True


CIVILIAN_TARGETS = ("Violence against civilians", "Arrests")


def civilians_hit(incident: Incident, draft: Draft) -> bool:
    """The side hit, left unnamed, of violence against civilians or arrests («اختطفت الميليشيات
    الناشط …», «قاموا باعتقال عدد من الشخصيات الاجتماعية»: a person, no armed party) is civilians,
    as ACLED codes every such event; so is the side hit of an explosion or a shelling whose dead or
    wounded are counted as civilians («قتل سبعة عشر مدنيا جراء انفجار ألغام زرعها الحوثيون»;
    `civilian_victim_nouns`). Civilians of the place's country (`civilians_of_the_place` after it).
    True when the side was filled."""
    from core.incidents.actors import generic_actor
    from core.incidents.lexicons import word_set

    if incident.actor2 is not None or incident.actor1 is None:
        return False
    if incident.event_type in CIVILIAN_TARGETS or incident.sub_event_type == "Arrests":
        pass
    elif incident.event_type == "Explosions/Remote violence":
        stems = tuple(word_set("civilian_victim_nouns"))
        heads = [c.head.removeprefix("ال") for r in draft.reports for c in r.counts if c.role in ("killed", "injured")]
        if not any(h.startswith(stems) for h in heads):
            return False
    else:
        return False
    if incident.actor1.inter == 7:
        return False
    incident.actor2 = generic_actor("civilians")
    return True


def bomb_on_anyone(incident: Incident, draft: Draft, text: str) -> bool:
    """The side hit, left unnamed, of a bomb (a suicide bomber, a car bomb, an IED) whose dead or
    wounded are counted by no one in particular (`bomb_victim_nouns`: «فجر انتحاري نفسه في مركز
    ثقافي، ما أوقع 32 قتيلا», «مقتل سبعة أشخاص», or no noun) is civilians, as ACLED codes a blast
    among people — unless its clauses name fighters or forces (a word of `armed_victims` but the
    attacker's «إرهابي», «تكفيري», or of `bomb_force_words`: «مقتل عسكريين اثنين في انفجار سيارة
    مفخخة استهدف قافلة عسكرية», «رتل لعناصر التنظيم», «استهدفت مركزا للدرك»). Civilians of the place's country (`civilians_of_the_place`
    after it). True when the side was filled."""
    from core.incidents.actors import generic_actor
    from core.incidents.lexicons import word_set

    if incident.event_type != "Explosions/Remote violence" or incident.sub_event_type not in BOMBS \
            or incident.actor1 is None or incident.actor2 is not None or incident.actor1.inter == 7:
        return False
    heads = [c.head.removeprefix("ال") for r in draft.reports for c in r.counts if c.role in ("killed", "injured")]
    anyone = tuple(word_set("bomb_victim_nouns")) + tuple(word_set("civilian_victim_nouns"))
    if not heads or not all(not h or h.startswith(anyone) for h in heads):
        return False
    armed = tuple(w for w in word_set("armed_victims") if w not in ("ارهابي", "إرهابي", "تكفيري", "متطرف")) \
        + tuple(word_set("bomb_force_words"))
    for clause in {c for r in draft.reports for c in r.clauses}:
        for word in text[clause.start:clause.end].split():
            w = normalized(word.strip("«»\"'،,.()")).removeprefix("و")
            w = next((w[len(p):] for p in ("بال", "لل", "ال", "ب", "ل") if w.startswith(p)), w)
            if w.startswith(armed):
                return False
    incident.actor2 = generic_actor("civilians")
    return True


def civilians_of_the_place(incident: Incident, doc: Document | None = None, draft: Draft | None = None) -> bool:
    """Civilians hit («منازل المواطنين», named or inferred) are those of the country the incident is
    placed in, not the article's main country: a sentence that names «ميناء عدن» before the Saudi hospital shelled
    («مستشفى ظهران الجنوب») still hit Saudi civilians. So are the police named in words of no
    country («رجال الأمن», «دورية أمنية»: the variants of actors.json `police`): those of a Saudi town in
    an article mostly about Yemen are the Saudi police. So are the groups ACLED names by the country
    they act in (`PLACE_NAMED`: «داعش» is "Islamic State (Syria)" in Syria, "(Iraq)" in Iraq, whatever
    country the article talks about most: Turkish jets striking IS in Syria, in a Turkish report),
    and protesters and rioters. With the article (`doc`, `draft`), any mention whose country the text
    does not tell («الشرطة», «مسلحون», «القوات الحكومية», «الجيش»: the entity step gave it the
    article's main country, `lexicon.ARTICLE_COUNTRY`) is read in the place's country — Iraqi police
    for «قوات الأمن» in Mosul told in a report about Turkey, the Syrian army for «القوات الحكومية» in
    Rif Dimashq told in one about Lebanon; a mention whose country the text tells («الشرطة التركية»,
    or «الجيش اللبناني» … «الجيش») keeps it, wherever the event is. True when a name changed."""
    from core.incidents.actors import generic_actor
    from core.entities.lexicon import fill_country, named_country
    from core.incidents.lexicons import actor_entry, word_set

    country = incident.location.country if incident.location else ""
    if not country:
        return False
    told = _told_countries(incident, doc, draft, country) if doc is not None else {}
    readings = {k: v for k, v in told.items() if isinstance(v, dict)}
    names = {k: (v.get("name_en", "") if isinstance(v, dict) else v) for k, v in told.items()}
    police = actor_entry("police")
    template, local_police = police["name_en"], fill_country(police["name_en"], country)
    prefix = template.split("{country}")[0]
    words = [normalized(w) for w in police["variants"]] + list(word_set("police_victim_nouns"))  # «مقتل شرطي»
    local_civilians = generic_actor("civilians", country).name_en
    bare = generic_actor("unidentified").name_en  # an unidentified group of no country: the place's
    by_place = {fill_country(e["name_en"], ""): fill_country(e["name_en"], named_country(e, country))
                for e in map(actor_entry, PLACE_NAMED)}  # no "Islamic State (Israel)": `named_in`
    aqap, al_qaeda = actor_entry("aqap")["name_en"], actor_entry("al_qaeda")["name_en"]

    def local(actor: Actor, sides: bool) -> str:
        """The actor's name in the place's country (a side's police and unidentified groups too)."""
        if (actor.text, actor.name_en) in names:
            return names[(actor.text, actor.name_en)] or actor.name_en
        if sides and (actor.name_en.startswith(prefix) or actor.name_en == fill_country(template, "")) \
                and any(normalized(actor.text).endswith(w) for w in words):
            return local_police
        if actor.actor_type == "civilians":
            return local_civilians
        if sides and actor.name_en == bare:
            return generic_actor("unidentified", country).name_en
        if actor.name_en == aqap and country not in AQAP_COUNTRIES and _bare_al_qaeda(actor.text):
            return al_qaeda  # «هجوم شنه مسلحو تنظيم القاعدة على ثكنة في ديالى» in a Saudi or Yemeni report
        return by_place.get(COUNTRY_SUFFIX.sub("", actor.name_en), actor.name_en)

    def renamed(actor: Actor, name: str) -> Actor:
        reading = readings.get((actor.text, actor.name_en))
        if reading is not None and reading.get("name_en") == name:  # read again: the state forces of the place
            return replace(actor, name_en=name, name_ar=reading.get("name_ar", actor.name_ar),
                           actor_type=reading.get("actor_type", actor.actor_type), inter=reading.get("inter", actor.inter))
        return replace(actor, name_en=name)

    changed = False
    for field in ("actor1", "actor2"):
        actor = getattr(incident, field)
        if actor is not None and (name := local(actor, True)) != actor.name_en:
            setattr(incident, field, renamed(actor, name))
            changed = True
    for assoc in (incident.assoc_actor_1, incident.assoc_actor_2):
        for k, actor in enumerate(assoc):
            if (name := local(actor, False)) != actor.name_en:
                assoc[k] = renamed(actor, name)
                changed = True
    return changed


def _told_countries(incident: Incident, doc: Document, draft: Draft | None,
                    country: str) -> dict[tuple[str, str], dict[str, Any] | str]:
    """(text, name_en) of the incident's actors of open country → what `civilians_of_the_place`
    names them: "" (keep the name: the text tells whose they are, «الشرطة التركية») or the attrs
    of their reading in `country` (`lexicon.reading_in`: the article's main country was all the
    entity step had). Their spans are looked for in the incident's clauses, else in the article;
    an actor with no span (inferred civilians, an unidentified bomber) is not in it. Armies travel:
    a bare state-forces phrase («الجيش», «القوات الحكومية») that reads as forces the article names
    with their country anywhere («المقاتلات التركية» … «قصف الجيش مواقع الحزب في شمال العراق») stays
    those forces; police, gunmen and civilians of no country told are always the place's."""
    from core.entities.lexicon import ARTICLE_COUNTRY, COUNTRY_TOLD, reading_in

    clauses = [(c.start, c.end) for r in (draft.reports if draft else []) for c in r.clauses + r.also]
    # forces the article names with their country («المقاتلات التركية», «الجيش التركي»), anywhere in it
    named = {s.attrs.get("name_en") for s in doc.entities if s.label == "ARMED_ACTOR" and not s.attrs.get(ARTICLE_COUNTRY)
             and (s.attrs.get(COUNTRY_TOLD) or s.attrs.get("country")) and s.attrs.get("actor_type") in ("state", "external")}
    out: dict[tuple[str, str], dict[str, Any] | str] = {}
    actors = [a for a in (incident.actor1, incident.actor2, *incident.assoc_actor_1, *incident.assoc_actor_2)
              if a is not None and a.text]
    for actor in actors:
        key = (actor.text, actor.name_en)
        if key in out:
            continue
        spans = [s for s in doc.entities if s.text == actor.text and s.attrs.get("name_en") == actor.name_en
                 and (s.attrs.get(ARTICLE_COUNTRY) or s.attrs.get(COUNTRY_TOLD))]
        inside = [s for s in spans if any(a <= s.start and s.end <= b for a, b in clauses)]
        spans = inside or spans
        if not spans:
            continue
        keys = {s.attrs.get(ARTICLE_COUNTRY) for s in spans}
        if None in keys or len(keys) != 1:
            out[key] = ""  # told (or read two ways): the entity step's country stays
            continue
        phrase = keys.pop()
        if not phrase.startswith("actor:") and actor.name_en in named:
            out[key] = ""  # «الجيش» where the article names these forces with their country: they travel
            continue
        reading = reading_in(phrase, country)
        if reading is not None and reading.get("name_en"):
            out[key] = reading
    return out


def forces_at_home(incident: Incident) -> bool:
    """A state's forces coded abroad as external (inter 8) are that state's forces (actors.json
    `inter_at_home`, mostly 1) in an incident placed in their own country: the Turkish army fighting
    the PKK in Şırnak is inter 1, in northern Iraq inter 8; the Saudi army shelled in Jazan is 1.
    The lexicon gives every mention the inter of abroad (an article's country is not the event's);
    the incident's place decides. True when an inter changed."""
    country = incident.location.country if incident.location else ""
    if not country:
        return False
    home = _at_home()
    changed = False

    def local(actor: Actor) -> Actor:
        nonlocal changed
        found = home.get(actor.name_en)
        if found is None or found[0] != country or actor.inter == found[1]:
            return actor
        changed = True
        return replace(actor, inter=found[1])

    for field in ("actor1", "actor2"):
        actor = getattr(incident, field)
        if actor is not None:
            setattr(incident, field, local(actor))
    for assoc in (incident.assoc_actor_1, incident.assoc_actor_2):
        assoc[:] = [local(a) for a in assoc]
    return changed


@lru_cache(maxsize=1)
def _at_home() -> dict[str, tuple[str, int]]:
    """name_en → (country, inter at home) of the actors.json entries with an `inter_at_home`."""
    from core.incidents.lexicons import _read

    return {a["name_en"]: (a["country"], a["inter_at_home"]) for a in _read("lexicons", "actors.json")["actors"]
            if a.get("inter_at_home") is not None and a.get("country") and "{country}" not in a["name_en"]}


# actors.json ids whose ACLED name holds the country the event is in, not the group's home
PLACE_NAMED = ("islamic_state", "protesters", "rioters")
AQAP_COUNTRIES = ("Yemen", "Saudi Arabia")  # where a bare «القاعدة» is AQAP (actors.json's by_country too)
_BRANCH_WORDS = tuple(normalized(w) for w in ("جزيرة العرب", "اليمن", "أنصار الشريعة", "النصرة", "بلاد الشام"))


def _bare_al_qaeda(text: str) -> bool:
    """«القاعدة», «مسلحو تنظيم القاعدة» as written, not a name of the Yemeni branch («القاعدة في جزيرة
    العرب», «أنصار الشريعة») nor another group actors.json files under AQAP («جبهة النصرة»)."""
    norm = normalized(text)
    return normalized("القاعدة") in norm and not any(w in norm for w in _BRANCH_WORDS)


COUNTRY_SUFFIX = re.compile(r" \([^()]*\)$")  # " (Yemen)" of "Civilians (Yemen)"


BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def bomb_sides(incident: Incident, landmine: bool = False, claimed: Actor | None = None) -> bool:
    """A bomb (a suicide bomber, a car bomb, an IED) is set off by an armed group, not by state
    forces: state forces named with it and no one else acting were hit («التفجير الإرهابي الذي
    استهدف مسجد قوات الطوارئ», «انفجار عبوة ناسفة في دورية للشرطة»), and a bomb whose maker the
    text does not name is ACLED's «Unidentified Armed Group (<country>)»; a non-state armed party
    named on the side hit beside state forces is the maker (`_bomb_makers`), and so is the group
    `claimed` it in the incident's sentences («وتبنى تنظيم داعش التفجير»). A landmine left with no
    one named keeps its side empty (mines are laid long before, mostly by a party the article names
    elsewhere). True when a side changed."""
    from core.incidents.actors import generic_actor
    from core.incidents.lexicons import government_sides

    if incident.event_type != "Explosions/Remote violence" or incident.sub_event_type not in BOMBS:
        return False
    side1 = incident.side(1)
    side2 = incident.side(2)
    if side1 and any(a.inter == 1 for a in side1) and all(a.inter == 1 or a.name_en in government_sides() for a in side1):
        # state forces, alone or with their allies («دورية مشتركة للجيش والمقاومة»): hit
        makers = _bomb_makers(side2)
        side2 = side1 + [a for a in side2 if actor_key(a) not in {actor_key(b) for b in side1 + makers}]
        side1 = makers
    elif side1:
        return False
    if side1 or (landmine and incident.sub_event_type != "Suicide bomb"):
        if incident.actor1 is None and not side1:
            return False
    elif claimed is not None:
        side1 = [claimed]
        side2 = [a for a in side2 if actor_key(a) != actor_key(claimed)]
    else:
        country = incident.location.country if incident.location else ""
        side1 = [generic_actor("unidentified", country)]
    incident.set_side(1, side1)
    incident.set_side(2, side2)
    return True


def _bomb_makers(side: list[Actor]) -> list[Actor]:
    """The non-state armed parties the text names on the side a bomb hit beside state forces, not
    of the government's side («فجرت قوات الجيش عبوة ناسفة زرعها الحوثيون»: the Houthis laid it;
    the Popular Resistance hit beside the army is hit too): they set it."""
    from core.incidents.lexicons import government_sides

    return [a for a in side if a.text and a.inter in NON_STATE and a.name_en not in government_sides()]


def armed_men_of_party(incident: Incident, draft: Draft, main: Actor | None) -> bool:
    """Armed men told bare («حافلة تقل مسلحين», «استهدفوا سيارة تقل مسلحين»: `bare_armed_men` in
    triggers_context.json) are no unidentified group when the text says whose they are: a side
    that names a non-state party beside them has them as that party's men («… ما أسفر عن مقتل
    خمسة حوثيين»), and the side hit whose dead are counted as rebels («مقتل ثمانية متمردين»:
    `rebel_victim_nouns`) has them as the article's main rebel group. True when a side changed."""
    from core.incidents.actors import generic_actor
    from core.incidents.lexicons import word_set

    bare = word_set("bare_armed_men")
    unidentified = generic_actor("unidentified").name_en
    rebels = tuple(word_set("rebel_victim_nouns"))
    heads = [c.head for r in draft.reports for c in r.counts if c.role == "killed" or c.role == "injured"]
    counted_rebels = any(h.startswith(rebels) for h in heads)
    changed = False
    for k in (1, 2):
        side = incident.side(k)
        men = [a for a in side if a.name_en.startswith(unidentified) and normalized(a.text) in bare]
        if not men:
            continue
        named = [a for a in side if a.text and a.inter in NON_STATE and a not in men]
        if named:
            new = [a for a in side if a not in men]
        elif k == 2 and counted_rebels and main is not None and main.inter == 2:
            party = replace(main, text=men[0].text)
            new = []
            for a in side:
                b = party if a in men else a
                if actor_key(b) not in {actor_key(x) for x in new}:
                    new.append(b)
        else:
            continue
        incident.set_side(k, new)
        changed = True
    return changed


def rebels_counted_dead(incident: Incident, draft: Draft, main: Actor | None) -> bool:
    """A bomb or shelling whose maker is named and whose dead are counted as rebels with no party
    named beside them («فجر رجال المقاومة عبوة ناسفة … ما تسبب في مقتل 14 متمردا»:
    `rebel_victim_nouns`) hit the article's main rebel group (`main`, a rebel actor of the other
    alliance than the maker's). The side hit gets it with no text of its own. True when filled."""
    from core.incidents.lexicons import word_set

    if main is None or main.inter != 2 or incident.actor1 is None or incident.actor2 is not None \
            or incident.assoc_actor_2 or incident.event_type != "Explosions/Remote violence":
        return False
    _air, alliance, _grounded = actor_facts()
    own = alliance.get(incident.actor1.name_en)
    theirs = alliance.get(main.name_en)
    if own is None or theirs is None or own == theirs:
        return False
    rebels = tuple(word_set("rebel_victim_nouns"))
    heads = [c.head for r in draft.reports for c in r.counts if c.role in ("killed", "injured") and c.head]
    if not heads or not all(h.startswith(rebels) for h in heads):  # («وإصابة 23»: no head, the same dead)
        return False
    incident.actor2 = replace(main, text="")
    return True


def unnamed_abductor(incident: Incident, doc: Any, main: Actor | None) -> bool:
    """An abduction whose sentences name no kidnapper («وقامت بسلب النساء حليهن واختطاف عدد من
    أسرهم», «وتم اختطاف الناشط من منزله»: the doer dropped or told as «عصابات مسلحة») was done by
    the party the article named before it as doing such deeds: the nearest non-state armed actor
    named earlier in the article (not a militia of the government's side, `government_sides`, nor
    gunmen of no party; of the incident's country), when it is also the article's main non-state actor (`main`) — the
    lead names the kidnappers once («تعرضهم لأعمال نهب … من قبل مليشيات الحوثي») and the details
    drop them. ACLED codes no violence against civilians without its perpetrator. The side gets
    the party with no text of its own. True when filled."""
    from core.incidents.actors import actor_from_span
    from core.incidents.lexicons import government_sides

    if incident.sub_event_type != "Abduction/forced disappearance" or incident.actor1 is not None \
            or incident.assoc_actor_1 or main is None or not incident.evidence:
        return False
    first = min(s for s, _e in incident.evidence)
    country = incident.location.country if incident.location else ""
    beside_government = government_sides()
    before = [span for span in doc.entities
              if span.label == "ARMED_ACTOR" and span.end <= first and not span.attrs.get("generic")
              and span.attrs.get("inter") in NON_STATE and span.attrs.get("name_en")
              and span.attrs.get("name_en") not in beside_government
              and not span.attrs.get("name_en", "").startswith(UNIDENTIFIED)
              and (not country or span.attrs.get("country") in (None, "", country))]
    if not before:
        return False
    nearest = actor_from_span(max(before, key=lambda span: span.start))
    if actor_key(nearest) != actor_key(main):
        return False
    incident.actor1 = replace(main, text="")
    return True


def named_before_civilians(incident: Incident) -> bool:
    """The side hit names a party before the civilians only inferred from what was hit (generic,
    no text of their own: «في جموع المصلين», «منازل المواطنين»): «تفجير … في جموع المصلين …
    استشهاد 15 مصليا، خمسة منهم من رجال الأمن» hit the police, with civilians beside them.
    True when the order changed."""
    side2 = incident.side(2)
    if not side2 or side2[0].inter != 7 or side2[0].text:
        return False
    named = [a for a in side2 if a.text and a.inter != 7]
    if not named:
        return False
    side2 = named + [a for a in side2 if a not in named]
    incident.set_side(2, side2)
    return True


def _allies_together(incident: Incident, side1: list[Actor], side2: list[Actor], alliance: dict[str, str]) -> bool:
    """A fight whose parties of an alliance stand on both sides («تمكنت خلالها المقاومة وبمساندة من
    قوات الجيش السيطرة على الوادي»: the army supporting, not fought) has them on one side, the first
    named leading; the other side keeps only the parties of no alliance it had (the foe not named
    is left to `other_side`). The government's alliance only: the Houthis and Saleh's forces are
    told fighting each other."""
    from core.incidents.lexicons import government_sides

    allies = [a for a in side2 if a.name_en in alliance]
    if not allies or not any(a.name_en in alliance for a in side1):
        return False
    if not all(a.name_en in government_sides() for a in side1 + allies if a.name_en in alliance):
        return False  # the Houthis and Saleh's forces did fight each other
    new1 = side1 + allies
    new2 = [a for a in side2 if a.name_en not in alliance]
    incident.set_side(1, new1)
    incident.set_side(2, new2)
    return True


def other_side(incident: Incident, draft: Draft, parties: list[Actor]) -> bool:
    """A fight or an air strike of a war between two alliances (actors.json `alliance`) that names
    one alliance only gets the other as the side not named: the party of that alliance the article
    names most (`article_parties`). «سيطرت المقاومة على مديرية النادرة» is taken from the Houthis
    the article is about; «سقط عشرات القتلى في صفوف الحوثيين بالاشتباكات» is a fight against the
    resistance, who then lead (the only party named was hit, not acting); «غارات على مواقع
    الحوثيين» is flown by the alliance that has aircraft, and the coalition's «غارات» with no
    target named hit the other alliance. A ground fight is not filled with an air campaign (the
    coalition), nor an air strike with a ground party as its flyer; a drone strike, an actor of
    no alliance (AQAP, gunmen, tribesmen, civilians) or an article naming no party of the other
    alliance adds nothing. Shelling that answers fire («ردت المدفعية السعودية على مصادر النيران»:
    `Report.answer`) hit the other alliance's ground party, who fired it. True when a side was
    filled."""
    air, alliance, _grounded = actor_facts()
    strike = incident.sub_event_type == "Air/drone strike"
    answer = incident.sub_event_type == "Shelling/artillery/missile attack" and any(r.answer for r in draft.reports)
    if incident.event_type != "Battles" and not strike and not answer \
            or (incident.actor1 is None) == (incident.actor2 is None):
        return False
    if strike and any(r.drone for r in draft.reports):
        return False
    named = [a for a in (incident.actor1, incident.actor2, *incident.assoc_actor_1, *incident.assoc_actor_2) if a]
    sides = {alliance.get(a.name_en) for a in named}
    if len(sides) != 1 or None in sides:
        return False
    own = sides.pop()
    told1, _told2 = _told_sides(draft)
    if strike:
        flying = any(a.name_en in air for a in named)
        choice = [p for p in parties if alliance[p.name_en] != own and (p.name_en in air) != flying]
        lead = not flying
    elif answer:  # the answer falls where the fire came from: on the other alliance's ground party
        if incident.actor1 is None:
            return False
        choice = [p for p in parties if alliance[p.name_en] != own and p.name_en not in air]
        lead = False
    else:
        choice = [p for p in parties if alliance[p.name_en] != own and p.name_en not in air]
        lead = not told1  # the only party named was hit or lost the place: the other side acted
    if not choice:
        return False
    named_side = incident.actor1 or incident.actor2
    if lead:
        incident.actor1, incident.actor2 = choice[0], named_side
        incident.assoc_actor_2 = incident.assoc_actor_1 + incident.assoc_actor_2
        incident.assoc_actor_1 = []
    else:
        incident.actor1, incident.actor2 = named_side, choice[0]
        incident.assoc_actor_1 = incident.assoc_actor_1 + incident.assoc_actor_2
        incident.assoc_actor_2 = []
    return True


def state_forces_fought(incident: Incident, draft: Draft, doc: Any) -> bool:
    """Outside the wars of alliances (actors.json `alliance`: the article names no party of one), a
    fight or a shelling whose only party named is a rebel group (inter 2) that was hit («قتل أربعة
    من عناصر داعش في اشتباكات», «مقتل سبعة من قادة التنظيم بقصف مدفعي»: who died, no one told
    acting) was fought by the state forces of the country it is placed in that the article names
    (the most named, first named on ties: «القوات العراقية» in an Iraqi report): they lead, the
    group is the side hit (a shelling: not the police when other forces are named). A fight whose group is told acting, or an article naming no forces of
    that country, or naming another rebel group (in Syria IS fights the rebels too), keeps its sides.
    True when filled."""
    from core.acled_inter import REBELS, STATE_FORCES
    from core.incidents.actors import actor_from_span

    kind = (incident.event_type, incident.sub_event_type)
    if kind != ARMED_CLASH and kind != SHELLING:
        return False
    country = incident.location.country if incident.location else ""
    named = incident.side(1) + incident.side(2)
    if not country or len(named) != 1 or named[0].inter != REBELS or named[0].text == "":
        return False  # a rebel group fights the state; a militia may fight beside it (Hezbollah in Syria)
    _air, alliance, _grounded = actor_facts()
    if named[0].name_en in alliance:
        return False
    told1, _told2 = _told_sides(draft)
    if told1:
        return False  # the group is told acting
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for span in doc.entities:
        if span.label != "ARMED_ACTOR" or span.attrs.get("generic"):
            continue
        if span.attrs.get("name_en") in alliance:
            return False  # a war of alliances: `other_side` fills it
        if span.attrs.get("inter") == REBELS \
                and COUNTRY_SUFFIX.sub("", span.attrs.get("name_en", "")) != COUNTRY_SUFFIX.sub("", named[0].name_en):
            return False  # another rebel group named: it may be the one that fought (IS and the rebels in Syria)
        if span.attrs.get("inter") != STATE_FORCES or span.attrs.get("country") != country:
            continue
        actor = actor_from_span(span)
        counts[actor.name_en] = counts.get(actor.name_en, 0) + 1
        first.setdefault(actor.name_en, replace(actor, text=""))
    if not counts:
        return False
    if kind == SHELLING and any(not n.startswith("Police Forces") for n in counts):
        # police fire no artillery: «مقتل سبعة من قادة التنظيم بقصف مدفعي» in a report naming the
        # police of the city's bombings more often than the army is the army's shelling
        first = {n: a for n, a in first.items() if not n.startswith("Police Forces")}
    best = max(first, key=lambda n: counts[n])  # first named on ties (dicts keep order, max the first)
    incident.set_side(1, [first[best]])
    incident.set_side(2, named)
    return True


def flyers_told_before(pairs: list[tuple[Incident, Draft]], text: str) -> list[Incident]:
    """An air strike told only by a definite back-reference naming no one flying («وأفاد البيان أن
    الغارات استهدفت مواقع داعش في الحسكة والرقة») was flown by whoever flew the latest air strike the
    article told before it, up to its sentence, naming its flyer («نفذ طيران التحالف 9 غارات جوية»):
    «الغارات» points back to them — not when a nationality adjective follows it («الغارات التركية»:
    actors.json `weapon_adjectives`). The incidents whose flyer was filled."""
    from core.incidents.actors import nationality_adjectives

    adjectives = frozenset().union(*nationality_adjectives().values())
    filled: list[Incident] = []
    strikes = [(i, d) for i, d in pairs if (i.event_type, i.sub_event_type) == AIR_STRIKE]
    for incident, draft in strikes:
        if incident.actor1 is not None or not all(r.definite for r in draft.reports):
            continue
        if any(normalized(w) in adjectives for r in draft.reports for m in r.mentions
               for w in text[m.end:m.end + 30].split()[:2]):
            continue  # «الغارات التركية», «الغارات الجوية الأميركية»: the adjective names who flew them
        at = draft.reports[0].sentence
        told = [(d.reports[0].sentence, i.actor1) for i, d in strikes
                if i.actor1 is not None and d.reports[0].sentence <= at and not all(r.definite for r in d.reports)]
        if not told:
            continue
        flyer = max(told, key=lambda t: t[0])[1]
        if any(actor_key(a) == actor_key(flyer) for a in incident.side(2)):
            continue
        incident.actor1 = replace(flyer, text="")
        filled.append(incident)
    return filled


def unnamed_flyer(incident: Incident, drone: bool, day: str | None) -> bool:
    """An air strike naming no one with aircraft («قصف الطيران مواقع الحوثيين», «شنت طائرات
    الأباتشي غارات», «غارة لطائرة F-16») is flown by the one air force of that war: actors.json
    `unnamed_flyer_in` (in Yemen from 26 March 2015, the Saudi-led coalition; the Houthis have no
    aircraft). A drone strike, or any strike of an article telling one (`drone`: the United States
    flies them too, and «الغارة» may be its), a strike told before that day or
    placed elsewhere, and one whose side acting is named keep their sides. True when filled."""
    from core.incidents.lexicons import unnamed_flyers

    if incident.sub_event_type != "Air/drone strike" or drone or incident.actor1 is not None:
        return False
    air, _alliance, _grounded = actor_facts()
    if any(a.name_en in air for a in incident.side(2)):
        return False
    country = incident.location.country if incident.location else ""
    for entry, countries, first in unnamed_flyers():
        if country in countries and day and day >= first:
            incident.actor1 = Actor("", entry["name_ar"], entry["name_en"], entry["actor_type"], entry["inter"])
            return True
    return False


def shelled_across(incident: Incident, parties: list[Actor]) -> bool:
    """Shelling that lands in a country an alliance shells from across the border (actors.json
    `shells_across_into`: the Houthis, from Yemen into Saudi Arabia — «سقطت قذائف أطلقت من
    الأراضي اليمنية على قرية الخوبة», «استشهد جندي سعودي إثر سقوط قذيفة») naming no side acting,
    or only parties of other alliances and civilians (the Saudi forces or villagers it hit), is by
    the party of that alliance the article names most (`article_parties`); the parties named go to
    the side hit. True when the sides changed."""
    from core.incidents.lexicons import shelled_across as across

    if incident.sub_event_type != "Shelling/artillery/missile attack" or not incident.location:
        return False
    shooters = across().get(incident.location.country)
    if shooters is None:
        return False
    _air, alliance, _grounded = actor_facts()
    side1 = incident.side(1)
    side2 = incident.side(2)
    if any(alliance.get(a.name_en) == shooters for a in side1 + side2):
        return False  # the shooters (or their foes hit) are named: the text's sides stand
    if any(a.name_en not in alliance and a.inter != 7 for a in side1):
        return False  # someone of no alliance (gunmen, AQAP) acted
    party = next((p for p in parties if alliance.get(p.name_en) == shooters), None)
    if party is None:
        return False
    hit = side1 + [a for a in side2 if actor_key(a) not in {actor_key(b) for b in side1}]
    incident.set_side(1, [party])
    incident.set_side(2, hit)
    return True


def _air_sides(side1: list[Actor], side2: list[Actor], drone: bool = False) -> tuple[list[Actor], list[Actor]]:
    """An air strike is flown by an actor with aircraft: «غارات للتحالف» told next to the
    resistance it supports and the Houthis it hits puts the coalition first, its allies with it
    and the other alliance on the receiving side; with no such actor named, an actor of an
    alliance without aircraft is the target, not the striker (`strikes_by_air`, `alliance` in
    actors.json). A non-state armed group of neither alliance (inter 2–4: AQAP, the Islamic
    State, Jabhat al Nusra) has no aircraft either: «قتلت غارات التحالف 40 من تنظيم القاعدة» is
    the coalition on AQAP, and an air strike with no flyer named hits the group, not flies for it."""
    air, alliance, grounded = actor_facts()
    everyone = side1 + side2
    if not everyone or (side1 and side1[0].name_en in air) or drone:
        return side1, side2  # a drone strike may well be flown by the Houthis

    def on_ground(actor: Actor) -> bool:
        if actor.name_en in alliance:
            return alliance[actor.name_en] in grounded
        return actor.inter in NON_STATE

    lead = [a for a in side1 if a.name_en in air]
    flyers = [a for a in side2 if a.name_en in air]
    first_alliance = alliance.get(side1[0].name_en) if side1 else None
    if not lead and flyers and side1 and (on_ground(side1[0]) or (first_alliance and first_alliance == alliance.get(flyers[0].name_en))):
        lead = flyers  # «by Houthis on the coalition», «by the resistance on its own air cover»: roles swapped
    if not lead and not (side1 and on_ground(side1[0])):
        return side1, side2
    friends = {alliance[a.name_en] for a in lead if a.name_en in alliance}
    first = lead + [a for a in everyone if a not in lead and alliance.get(a.name_en) in friends]
    rest = [a for a in everyone if a not in first]
    return first, sorted(rest, key=lambda a: alliance.get(a.name_en) not in grounded)  # the hit alliance first


def _coded_date(iso: str | None, precision: int) -> str | None:
    """A year told alone is coded at its last day («العام الماضي» in a January article: late
    December, the nearest the text allows), at ACLED's month precision."""
    if not iso or precision < 4:
        return iso
    from core.incidents.attribution import period_end

    try:
        return period_end(Date.fromisoformat(iso[:10]), precision).isoformat()
    except ValueError:
        return iso


def _confidence(draft: Draft, incident: Incident) -> float:
    """A rough 0–1 score: how much of an ACLED row the text actually supports."""
    score = 0.35
    if any(r.strength == "strong" for r in draft.reports):
        score += 0.15
    located = draft.located
    if located is not None:
        score += 0.15 if located.explicit else 0.07
    if incident.actor1 is not None:
        score += 0.1
    if incident.actor2 is not None:
        score += 0.05
    if incident.fatalities is not None or incident.injured is not None:
        score += 0.05
    score += min(0.1, 0.05 * (len(draft.reports) - 1))
    if incident.event_type == "Strategic developments":
        score -= 0.15
    if "possibly_commentary" in incident.flags:
        score -= 0.25
    return max(0.05, min(0.95, score))


# -- across articles --------------------------------------------------------------------------


def _as_dict(incident: Incident | dict[str, Any]) -> dict[str, Any]:
    return incident.to_dict() if isinstance(incident, Incident) else incident


def corroboration_key(d: dict[str, Any]) -> tuple[Any, ...] | None:
    """What two reports must share to be one incident: type, sub-type, named place, governorate.

    The place is its Arabic name (every resolved place has one; the English one only when the
    gazetteer found it, so «الضباب» of one article and «منطقة الضباب», Ad Dabab, of another were two
    places); a quarter named after its own district («حي التواهي») is that district.
    None when the place is unnamed: a wrong merge hides an event, a missed one only shows it twice.
    """
    loc = d.get("location") or {}
    name = normalized((loc.get("name_ar") or loc.get("text") or loc.get("name_en") or "").strip().lower())
    if not name:
        return None
    if _names_its_district(loc):
        name = normalized(str(loc.get("admin2_ar")).strip())
    admin1 = normalized((loc.get("admin1_en") or loc.get("admin1_ar") or "").strip().lower())
    return (d.get("event_type"), d.get("sub_event_type"), name, admin1)


# A place word before a district's name that still names the district: «حي التواهي», «مديرية صبر».
_DISTRICT_WORDS = ("حي", "مديرية", "مديريه")


def _names_its_district(loc: dict[str, Any]) -> bool:
    """The place's Arabic name is its own district's (admin2), bare or after «حي»/«مديرية»."""
    district = normalized(str(loc.get("admin2_ar") or "").strip())
    words = str(loc.get("name_ar") or loc.get("text") or "").split()
    if not district or not words:
        return False
    if words[0] in _DISTRICT_WORDS and len(words) > 1:
        words = words[1:]
    return normalized(" ".join(words)) == district


def link_corroborations(
    incidents_by_article: dict[Hashable, list[Incident] | list[dict[str, Any]]],
) -> dict[tuple[Hashable, int], tuple[Hashable, int]]:
    """Map (article, index) -> (article, index) of the first report of the same incident.

    Same `corroboration_key`, dates within one day of the group's first report (the same day
    preferred), different articles (an article that keeps two incidents apart is believed). Only corroborating reports
    appear as keys; totals count them zero times and take the lowest figure of the group
    (`core.export.scope.export_incidents`, `core.export.totals.compute_totals`).
    Reports are bucketed by key, so a corpus of tens of thousands of incidents stays fast.
    """
    buckets: dict[tuple[Any, ...], list[tuple[Date, int, Hashable, int]]] = {}
    order = 0
    for article, incidents in incidents_by_article.items():
        for idx, inc in enumerate(incidents):
            d = _as_dict(inc)
            key, day = corroboration_key(d), _day(d.get("date"))
            if key is not None and day is not None:
                buckets.setdefault(key, []).append((day, order, article, idx))
            order += 1
    links: dict[tuple[Hashable, int], tuple[Hashable, int]] = {}
    for reports in buckets.values():
        reports.sort(key=lambda r: (r[0], r[1]))
        # a report joins its own day's telling first: an article that tells a clash on the 2nd and
        # another on the 3rd keeps the 3rd for another outlet's report of the 3rd
        groups: list[tuple[Date, set[Hashable], list[tuple[Hashable, int]]]] = []
        for day, _, article, idx in reports:
            for first_day, articles, members in groups:
                if first_day == day and article not in articles:
                    articles.add(article)
                    members.append((article, idx))
                    break
            else:
                groups.append((day, {article}, [(article, idx)]))
        # then a day's telling takes the next day's, when no article tells both
        taken: set[int] = set()
        for i, (first_day, articles, members) in enumerate(groups):
            if i in taken:
                continue
            for j in range(i + 1, len(groups)):
                day, others, more = groups[j]
                if (day - first_day).days > 1:
                    break
                if day != first_day and j not in taken and not articles & others:
                    articles |= others
                    members.extend(more)
                    taken.add(j)
            links.update((member, members[0]) for member in members[1:])
    return links


def _day(value: Any) -> Date | None:
    try:
        return Date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


__all__ = ["Draft", "merge_reports", "to_incident", "other_side", "sides_by_alliance", "bomb_sides",
           "named_before_civilians", "armed_men_of_party", "rebels_counted_dead", "ground_lead", "unnamed_fight",
           "civilians_of_the_place", "forces_at_home", "link_corroborations",
           "corroboration_key", "Actor"]
