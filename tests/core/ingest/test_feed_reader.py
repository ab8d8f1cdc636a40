"""RSS/Atom files: an article per item, HTML reduced to text, dates and links kept, attacks refused."""

from __future__ import annotations

from pathlib import Path

from core.ingest.feed_reader import feed_articles, html_to_text
from core.ingest.model import ArticleIn, IngestError
from core.ingest.readers import read_path

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel>
  <title>وكالة الأنباء اليمنية</title>
  <link>https://example.org/</link>
  <item>
   <title>غارة جوية على &lt;b&gt;صعدة&lt;/b&gt;</title>
   <link>https://example.org/news/1</link>
   <pubDate>Tue, 12 May 2015 23:30:00 +0300</pubDate>
   <description>&lt;p&gt;قتل 3 مدنيين &amp;amp; جرح آخرون&lt;/p&gt;&lt;p&gt;في غارة على مديرية &lt;a href="x"&gt;رازح&lt;/a&gt;.&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
  </item>
  <item>
   <title>اشتباكات في دمت</title>
   <guid isPermaLink="true">https://example.org/news/2</guid>
   <dc:date>2015-07-21T08:00:00Z</dc:date>
   <description>ملخص قصير</description>
   <content:encoded><![CDATA[<div><p>النص الكامل للخبر.</p><br/>سطر ثان</div>]]></content:encoded>
  </item>
  <item><title>عنوان فقط: مقتل جنديين في مأرب</title><pubDate>not a date</pubDate></item>
  <item><link>https://example.org/empty</link></item>
 </channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title type="text">المصدر أونلاين</title>
 <entry>
  <title type="html">خبر &amp;lt;عاجل&amp;gt;</title>
  <link rel="enclosure" href="https://example.org/a.jpg"/>
  <link rel="alternate" href="https://example.org/atom/1"/>
  <updated>2015-05-13T10:00:00Z</updated>
  <published>2015-05-12T22:00:00+03:00</published>
  <summary>ملخص</summary>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>فقرة أولى</p><p>فقرة <b>ثانية</b></p></div></content>
 </entry>
 <entry>
  <title>نص عادي</title>
  <updated>2015-05-14T10:00:00Z</updated>
  <content type="text">سطر &lt;ليس وسمًا&gt;</content>
 </entry>
</feed>"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "saba.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_path(path))
    assert [type(i) for i in items] == [ArticleIn, ArticleIn, ArticleIn, IngestError]
    first, second, headline, empty = items
    assert isinstance(first, ArticleIn) and isinstance(second, ArticleIn)
    assert first.title == "غارة جوية على صعدة"
    assert first.text == "قتل 3 مدنيين & جرح آخرون\nفي غارة على مديرية رازح."
    assert (first.source, first.url, first.published) == (
        "وكالة الأنباء اليمنية", "https://example.org/news/1", "2015-05-12")
    assert first.origin == f"{path}[0]"
    assert second.text == "النص الكامل للخبر.\nسطر ثان"  # content:encoded beats description
    assert (second.url, second.published) == ("https://example.org/news/2", "2015-07-21")
    assert isinstance(headline, ArticleIn)
    assert headline.text == headline.title == "عنوان فقط: مقتل جنديين في مأرب"
    assert headline.published is None  # an unreadable date is unknown, not guessed
    assert isinstance(empty, IngestError) and empty.origin == f"{path}[3]"


def test_atom_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = list(read_path(path))
    assert isinstance(first, ArticleIn) and isinstance(second, ArticleIn)
    assert first.title == "خبر <عاجل>"
    assert first.text == "فقرة أولى\nفقرة ثانية"
    assert (first.url, first.published, first.source) == (
        "https://example.org/atom/1", "2015-05-12", "المصدر أونلاين")
    assert second.text == "سطر <ليس وسمًا>"  # type="text" is text, not markup
    assert second.published == "2015-05-14"


def test_legacy_encoding_declared_in_the_feed(tmp_path: Path) -> None:
    feed = RSS.replace('encoding="utf-8"', 'encoding="windows-1256"')
    feed = feed.replace("&lt;script&gt;alert(1)&lt;/script&gt;", "")
    (tmp_path / "old.xml").write_bytes(feed.encode("cp1256"))
    first = next(iter(read_path(tmp_path / "old.xml")))
    assert isinstance(first, ArticleIn) and first.title == "غارة جوية على صعدة"


def test_xml_attacks_and_non_feeds_are_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<rss><channel><item><title>&c;</title></item></channel></rss>"
    )
    external = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><title>&x;</title></item></channel></rss>"
    )
    cases = {
        "laughs.rss": laughs,
        "external.rss": external,
        "broken.rss": "<rss><channel><item><title>غير مغلق",
        "other.xml": "<catalog><book/></catalog>",
        "no_items.atom": '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
        "empty.rss": "",
    }
    reasons = {}
    for name, content in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        [item] = list(read_path(tmp_path / name))
        assert isinstance(item, IngestError), (name, item)
        reasons[name] = item.reason
    assert reasons["laughs.rss"].startswith("unsafe XML refused")
    assert reasons["external.rss"].startswith("unsafe XML refused")
    assert reasons["broken.rss"].startswith("not valid XML")
    assert reasons["other.xml"] == "not an RSS or Atom feed (root element <catalog>)"
    assert reasons["no_items.atom"] == "the feed has no items"
    assert reasons["empty.rss"] == "empty file"


def test_rss_1_rdf_items_are_found() -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
 <channel rdf:about="x"><title>RDF source</title></channel>
 <item rdf:about="https://e.org/1"><title>t</title><link>https://e.org/1</link><description>d</description></item>
</rdf:RDF>"""
    [item] = list(feed_articles(rdf, "mem"))
    assert isinstance(item, ArticleIn)
    expected = ("t", "d", "https://e.org/1", "RDF source")
    assert (item.title, item.text, item.url, item.source) == expected


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = "<div>أ<br>ب<style>p{}</style></div><ul><li>ج&nbsp; د</li></ul>نص &quot;مقتبس&quot;"
    assert html_to_text(html) == 'أ\nب\nج د\nنص "مقتبس"'
