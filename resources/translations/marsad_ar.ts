<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../gui/summary/chart.py" line="75"/>
        <source>No dated incidents</source>
        <translation>لا حوادث مؤرخة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/chart.py" line="105"/>
        <source>{0}: {1} incident(s)</source>
        <translation>{0}: {1} حادثة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/actions.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="33"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="34"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>Open &amp;database…</source>
        <translation>فتح &amp;قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="36"/>
        <source>Recent databases</source>
        <translation>قواعد البيانات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="49"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="51"/>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>Default text size</source>
        <translation>حجم النص الافتراضي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="57"/>
        <source>Find in article…</source>
        <translation>البحث في المقال…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="58"/>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Find previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="60"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>Library filters</source>
        <translation>مرشحات المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>Incidents tab</source>
        <translation>لسان الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>Notes tab</source>
        <translation>لسان الملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>Summary tab</source>
        <translation>لسان الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="80"/>
        <source>I&amp;ncident</source>
        <translation>&amp;حادثة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="84"/>
        <source>&amp;Notes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>Highlight selection</source>
        <translation>تظليل التحديد</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>Highlight with a note…</source>
        <translation>تظليل مع ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="87"/>
        <source>Highlight in</source>
        <translation>التظليل باللون</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>Star article</source>
        <translation>تمييز المقال بنجمة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="92"/>
        <source>Mark as read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Edit tags</source>
        <translation>تحرير الوسوم</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="94"/>
        <source>Write a note on the article</source>
        <translation>كتابة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="102"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="103"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="84"/>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="85"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>Notes ({0})</source>
        <translation>الملاحظات ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="553"/>
        <source>Open an article or select articles in the library first.</source>
        <translation>افتح مقالا أو حدد مقالات في المكتبة أولا.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="561"/>
        <source>Computing the summary</source>
        <translation>حساب الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="584"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="585"/>
        <source>Marsad databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>قواعد بيانات مرصد (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="595"/>
        <source>Opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="597"/>
        <source>Could not open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="621"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="638"/>
        <source>The new language applies when Marsad starts again.</source>
        <translation>تطبق اللغة الجديدة عند إعادة تشغيل مرصد.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../gui/summary/map_view.py" line="79"/>
        <source>{0}: {1} incident(s), {2} killed</source>
        <translation>{0}: {1} حادثة، {2} قتيلا</translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="82"/>
        <source>… and {0} more</source>
        <translation>… و{0} أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="83"/>
        <source>Click to open the article at the incident.</source>
        <translation>انقر لفتح المقال عند الحادثة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="127"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="130"/>
        <location filename="../../gui/dialogs/settings_dialog.py" line="134"/>
        <source>As the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="134"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="135"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="141"/>
        <source>CRF tagger (built in)</source>
        <translation>مُعلِّم CRF (مدمج)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="142"/>
        <source>CAMeLBERT (needs the model in CAMELTOOLS_DATA)</source>
        <translation>CAMeLBERT (يتطلب النموذج في CAMELTOOLS_DATA)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="146"/>
        <source>Not installed: set CAMELTOOLS_DATA to a folder holding the CAMeLBERT NER model.</source>
        <translation>غير مثبت: اضبط CAMELTOOLS_DATA على مجلد يحوي نموذج CAMeLBERT للتعرف على الكيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="147"/>
        <source>A new language applies when Marsad starts again.</source>
        <translation>تطبق اللغة الجديدة عند إعادة تشغيل مرصد.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="153"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="155"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="156"/>
        <source>Reader text size</source>
        <translation>حجم نص القارئ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="157"/>
        <source>Named-entity recogniser</source>
        <translation>أداة التعرف على الكيانات المسماة</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../gui/summary/view.py" line="44"/>
        <source>Open article</source>
        <translation>المقال المفتوح</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="44"/>
        <source>Selected articles</source>
        <translation>المقالات المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="45"/>
        <source>Library search and filters</source>
        <translation>بحث المكتبة ومرشحاتها</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="48"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="49"/>
        <source>Compute the summary again (F5)</source>
        <translation>إعادة حساب الملخص (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="51"/>
        <source>No summary yet.</source>
        <translation>لا ملخص بعد.</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="57"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="57"/>
        <location filename="../../gui/summary/view.py" line="58"/>
        <location filename="../../gui/summary/view.py" line="59"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="57"/>
        <location filename="../../gui/summary/view.py" line="59"/>
        <source>Killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="58"/>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="59"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="60"/>
        <source>By type</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="61"/>
        <source>By actor</source>
        <translation>حسب الفاعل</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="62"/>
        <source>By governorate</source>
        <translation>حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="75"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="75"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="76"/>
        <source>Whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="95"/>
        <source>Summarise:</source>
        <translation>تلخيص:</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="128"/>
        <source>Computing the summary…</source>
        <translation>جار حساب الملخص…</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="136"/>
        <source>{0} incident(s) in {1} article(s): {2} killed, {3} injured, {4} captured.</source>
        <translation>{0} حادثة في {1} مقال: {2} قتيلا، {3} جريحا، {4} أسيرا.</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="139"/>
        <source>{0} corroborating report(s) counted once.</source>
        <translation>{0} تقرير مؤكِّد احتُسب مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="146"/>
        <source>{0} on the map, {1} without coordinates</source>
        <translation>{0} على الخريطة، {1} بلا إحداثيات</translation>
    </message>
</context>
</TS>
