"""Sample fresh non-Yemen conflict articles for a blind gold file (session 43: seed 2641 → other_conflicts_read5.json).

    python build_scripts/sample_other_conflicts.py [SEED] [OUT_DIR]   # writes OUT_DIR/list.json (default: build/)


Pool (the rule of CODING.md's read files): an article that names one of Syria, Iraq, Libya, Palestine,
Lebanon, Sudan, Sinai or their main cities, never Yemen, holds at least two conflict words and is at most
7,000 characters long. Left out: every gold file's articles and copies of them (same first 200 characters
or same title). (Session 42's tool also left out, approximately, the draws of the non-Yemen passes; that
tool is gone, so this one cannot.)
"""
import gzip, json, random, re, sys, glob, os

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 2641
N = 40
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'build')
GOLD = sorted(glob.glob(os.path.join(ROOT, 'build_scripts', 'gold', '*.json')))
SHARED = os.environ.get('MARSAD_SHARED_DATA') or os.path.join(os.path.dirname(ROOT), 'shared', 'data')
NEWS = os.path.join(SHARED, 'news', 'saudinewsnet.jsonl.gz')

PLACES = ['سوريا', 'سورية', 'العراق', 'ليبيا', 'فلسطين', 'لبنان', 'السودان', 'سيناء', 'دمشق', 'حلب', 'حمص',
          'درعا', 'إدلب', 'الرقة', 'دير الزور', 'بغداد', 'الموصل', 'الأنبار', 'الرمادي', 'الفلوجة', 'كركوك', 'ديالى',
          'طرابلس', 'بنغازي', 'درنة', 'سرت', 'غزة', 'الضفة الغربية', 'القدس', 'رام الله', 'الخليل', 'نابلس', 'بيروت',
          'عرسال', 'صيدا', 'الخرطوم', 'دارفور', 'العريش', 'رفح', 'الشيخ زويد']
YEMEN = re.compile(r'اليمن|يمني|صنعاء|عدن|الحوثي|تعز')
CONFLICT = ['قتل', 'مقتل', 'قتلى', 'هجوم', 'غارة', 'غارات', 'اشتباك', 'انفجار', 'تفجير', 'قصف', 'مسلح',
            'اعتقال', 'مظاهرة', 'احتجاج', 'عبوة', 'صاروخ', 'مفخخة', 'انتحاري', 'اختطاف', 'جرحى', 'معارك']


def gold_urls():
    urls = set()
    for path in GOLD:
        data = json.load(open(path))
        arts = data['articles'] if isinstance(data, dict) and 'articles' in data else data
        if isinstance(arts, dict):
            arts = list(arts.values())
        for a in arts:
            if isinstance(a, dict) and a.get('url'):
                urls.add(a['url'])
    return urls


def main():
    taken = gold_urls()
    rows = [json.loads(line) for line in gzip.open(NEWS, 'rt', encoding='utf-8')]
    heads, titles = set(), set()
    for r in rows:
        if r['url'] in taken:
            heads.add((r.get('content') or '')[:200])
            titles.add((r.get('title') or '').strip())
    pool, seen = [], set()
    for r in rows:
        text = r.get('content') or ''
        if r['url'] in taken or not text or len(text) > 7000:
            continue
        if text[:200] in heads or (r.get('title') or '').strip() in titles:
            continue
        if YEMEN.search(text) or YEMEN.search(r.get('title') or ''):
            continue
        if not any(p in text for p in PLACES):
            continue
        if sum(text.count(w) > 0 for w in CONFLICT) < 2:
            continue
        key = text[:200]
        if key in seen:
            continue
        seen.add(key)
        pool.append(r)
    pool.sort(key=lambda r: r['url'])
    random.Random(SEED).shuffle(pool)
    picked = pool[:N]
    out = [{'n': i + 1, 'url': r['url'], 'date_published': r.get('date_published'), 'source': r.get('source'),
            'title': r.get('title'), 'content': r.get('content')} for i, r in enumerate(picked)]
    os.makedirs(OUT, exist_ok=True)
    json.dump(out, open(os.path.join(OUT, 'list.json'), 'w'), ensure_ascii=False, indent=1)
    print(f'pool {len(pool)}; wrote {len(out)} to {OUT}/list.json')


main()
