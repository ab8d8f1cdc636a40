<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="139"/>
        <source>Opening the library</source>
        <translation>فتح المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="133"/>
        <source>The database used last, %1, was not found (moved, deleted, or on a drive that is not connected). %2 is open instead; use File → Recent databases or Open database… once it is back.</source>
        <translation>قاعدة البيانات المستخدمة آخر مرة، %1، غير موجودة (نُقلت أو حُذفت أو على قرص غير موصول). فُتحت %2 بدلًا منها؛ استخدم ملف ← قواعد البيانات الأخيرة أو فتح قاعدة بيانات… حين تعود.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="137"/>
        <source>Database not found</source>
        <translation>قاعدة البيانات غير موجودة</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../gui/library/model.py" line="32"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="33"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="34"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="35"/>
        <source>Inc.</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="125"/>
        <source>Starred</source>
        <translation>مميَّز بنجمة</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="125"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="164"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="176"/>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/model.py" line="178"/>
        <source>%n highlight(s) or note(s)</source>
        <translation>
            <numerusform>لا تظليلات ولا ملاحظات</numerusform>
            <numerusform>تظليل أو ملاحظة واحدة</numerusform>
            <numerusform>تظليلان أو ملاحظتان</numerusform>
            <numerusform>%n تظليلات أو ملاحظات</numerusform>
            <numerusform>%n تظليلًا أو ملاحظة</numerusform>
            <numerusform>%n تظليل أو ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="180"/>
        <source>Unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../../gui/library/model.py" line="183"/>
        <source>Not analysed yet: opening it analyses it</source>
        <translation>لم يُحلَّل بعد: فتحه يحلّله</translation>
    </message>
    <message>
        <source>%1 Date read from the article's text (its dateline), not from the file; Article details… corrects it</source>
        <translation>%1 تاريخ مقروء من نص المقال (سطر التاريخ)، لا من الملف؛ يصحّحه «تفاصيل المقال…»</translation>
    </message>
    <message>
        <source>Date unknown: incidents are undated; Article details… sets it</source>
        <translation>التاريخ غير معروف: الحوادث بلا تاريخ؛ يحدّده «تفاصيل المقال…»</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="27"/>
        <source>Marsad databases (*.db *.sqlite *.sqlite3 *.bak);;All files (*)</source>
        <translation>قواعد بيانات مرصد (*.db *.sqlite *.sqlite3 *.bak);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/backup_restore.py" line="32"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/backup_restore.py" line="33"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/backup_restore.py" line="34"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>لا تظليلات</numerusform>
            <numerusform>تظليل واحد</numerusform>
            <numerusform>تظليلان</numerusform>
            <numerusform>%n تظليلات</numerusform>
            <numerusform>%n تظليلًا</numerusform>
            <numerusform>%n تظليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="35"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="36"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="49"/>
        <source>Back up the database to</source>
        <translation>نسخ قاعدة البيانات احتياطيا إلى</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="54"/>
        <source>Not backed up: the existing file was kept.</source>
        <translation>لم يُنسخ شيء: أُبقي على الملف الموجود.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="60"/>
        <source>%1 already exists. Replace it with the backup?</source>
        <translation>%1 موجود. هل تستبدل به النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="61"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="72"/>
        <source>Backing up the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات احتياطيا…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="73"/>
        <source>Backing up… %1%</source>
        <translation>النسخ الاحتياطي… %1%</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="75"/>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="77"/>
        <source>Backup finished</source>
        <translation>اكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="78"/>
        <source>Backed up %1 to %2.</source>
        <translation>نُسخ %1 احتياطيا إلى %2.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="80"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="86"/>
        <source>Restore the database from</source>
        <translation>استعادة قاعدة البيانات من</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="93"/>
        <source>Checking the backup</source>
        <translation>فحص النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="95"/>
        <source>Not a usable backup</source>
        <translation>نسخة احتياطية غير صالحة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="101"/>
        <source>Replace the open database %1 with the backup %2?</source>
        <translation>هل تستبدل بقاعدة البيانات المفتوحة %1 النسخةَ الاحتياطية %2؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="103"/>
        <source>The backup holds %1.</source>
        <translation>تحوي النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="104"/>
        <source>The current database is kept as %1; restoring that file undoes this.</source>
        <translation>ستُحفظ قاعدة البيانات الحالية باسم %1، واستعادة ذلك الملف تلغي هذه العملية.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="106"/>
        <source>Restore the database?</source>
        <translation>استعادة قاعدة البيانات؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="116"/>
        <source>Restoring the database…</source>
        <translation>جارٍ استعادة قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="118"/>
        <source>Restoring… %1%</source>
        <translation>الاستعادة… %1%</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="120"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="123"/>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="128"/>
        <source>Restored %1 from %2.</source>
        <translation>استُعيد %1 من %2.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="131"/>
        <source>The database it replaced was kept as %1.</source>
        <translation>وحُفظت قاعدة البيانات التي استُبدلت باسم %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup_restore.py" line="134"/>
        <source>Restore finished</source>
        <translation>اكتملت الاستعادة</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="178"/>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="178"/>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="179"/>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="179"/>
        <source>United Arab Emirates</source>
        <translation>الإمارات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="180"/>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="180"/>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="181"/>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="181"/>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="182"/>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="182"/>
        <source>Sudan</source>
        <translation>السودان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="183"/>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="183"/>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="184"/>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="184"/>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="185"/>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="185"/>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="186"/>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="186"/>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="187"/>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="187"/>
        <source>Russia</source>
        <translation>روسيا</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>It was made by a newer version of Marsad, which this version cannot read.</source>
        <translation>أنشأها إصدار أحدث من مرصد لا يستطيع هذا الإصدار قراءته.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>The file is damaged: parts of it cannot be read.</source>
        <translation>الملف تالف: تتعذر قراءة أجزاء منه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>The file is not a Marsad database.</source>
        <translation>الملف ليس قاعدة بيانات لمرصد.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>It is a folder, not a database file.</source>
        <translation>هذا مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>It cannot be opened.</source>
        <translation>يتعذر فتحها.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Another program is using it (perhaps Marsad in another window). Close that program, or wait for it to finish, then choose Try again.</source>
        <translation>برنامج آخر يستعملها (ربما مرصد في نافذة أخرى). أغلق ذلك البرنامج أو انتظر حتى ينتهي، ثم اختر «أعد المحاولة».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Marsad cannot open the database %1.</source>
        <translation>لا يستطيع مرصد فتح قاعدة البيانات %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>The file was left exactly as it is. Open another database, restore a backup into a new file, or start a new empty database.</source>
        <translation>تُرك الملف كما هو تمامًا. افتح قاعدة بيانات أخرى، أو استعد نسخة احتياطية في ملف جديد، أو ابدأ قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Open another database…</source>
        <translation>فتح قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>New empty database…</source>
        <translation>قاعدة بيانات جديدة فارغة…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Marsad databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>قواعد بيانات مرصد (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Marsad databases (*.db *.sqlite *.sqlite3 *.bak);;All files (*)</source>
        <translation>قواعد بيانات مرصد (*.db *.sqlite *.sqlite3 *.bak);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>New empty database</source>
        <translation>قاعدة بيانات جديدة فارغة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore the database from</source>
        <translation>استعادة قاعدة البيانات من</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore the backup into a new database</source>
        <translation>استعادة النسخة الاحتياطية في قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Choose a new file</source>
        <translation>اختر ملفًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>%1 already exists; choose a new file name, or open it with “Open another database…”.</source>
        <translation>%1 موجود من قبل؛ اختر اسم ملف جديدًا، أو افتحه بـ«فتح قاعدة بيانات أخرى…».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Or restore a backup in its place: the file that cannot be opened is then kept, unchanged, as %1.</source>
        <translation>أو استعد نسخة احتياطية في مكانه: يُحتفظ عندئذٍ بالملف الذي تعذّر فتحه كما هو، باسم %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore a backup in its place…</source>
        <translation>استعادة نسخة احتياطية في مكانه…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Like “marsad restore --force”: the backup becomes this database; the file that cannot be opened is moved aside, unchanged</source>
        <translation>مثل «marsad restore --force»: تصبح النسخة الاحتياطية قاعدة البيانات هذه، ويُنقل الملف الذي تعذّر فتحه جانبًا كما هو</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore in place of the damaged database from</source>
        <translation>الاستعادة في مكان قاعدة البيانات التالفة من</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore in its place?</source>
        <translation>الاستعادة في مكانه؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore %1 in place of %2?</source>
        <translation>استعادة %1 في مكان %2؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>The file that cannot be opened is not deleted: it is moved, unchanged, to %1.</source>
        <translation>لن يُحذف الملف الذي تعذّر فتحه: سيُنقل كما هو إلى %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore in its place</source>
        <translation>الاستعادة في مكانه</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restore a backup into a new file; this file stays as it is</source>
        <translation>استعادة نسخة احتياطية في ملف جديد؛ يبقى هذا الملف كما هو</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/database_problem.py"/>
        <source>Restoring the backup %1…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية %1…</translation>
    </message>
</context>
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
    <name>Entity</name>
    <message>
        <location filename="../../gui/theme.py" line="35"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="36"/>
        <source>Location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="37"/>
        <source>Organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="38"/>
        <source>Armed actor</source>
        <translation>طرف مسلح</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="48"/>
        <source>Civilians, protesters</source>
        <translation>مدنيون، متظاهرون</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="63"/>
        <source>Civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="39"/>
        <source>Weapon</source>
        <translation>سلاح</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="40"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="41"/>
        <source>Casualty</source>
        <translation>إصابات</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="42"/>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="43"/>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../gui/theme.py" line="44"/>
        <source>Other name</source>
        <translation>اسم آخر</translation>
    </message>
</context>
<context>
    <name>EntityAttr</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="114"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="88"/>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="115"/>
        <source>whose</source>
        <translation>مَن هم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="115"/>
        <source>count_text</source>
        <translation>العدد كما كُتب</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="108"/>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="116"/>
        <source>vague</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="117"/>
        <source>qualifier</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="25"/>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="118"/>
        <source>dual</source>
        <translation>مثنى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="90"/>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="119"/>
        <source>relative</source>
        <translation>نسبي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="119"/>
        <source>calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="120"/>
        <source>alliance</source>
        <translation>التحالف</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="120"/>
        <source>affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="121"/>
        <source>affiliation_en</source>
        <translation>الانتماء بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="121"/>
        <source>ambiguous</source>
        <translation>ملتبس</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="122"/>
        <source>near_name_ar</source>
        <translation>قرب</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="122"/>
        <source>near_name_en</source>
        <translation>قرب (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="123"/>
        <source>org_type</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="123"/>
        <source>organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="124"/>
        <source>confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="124"/>
        <source>weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="125"/>
        <source>weapon_category</source>
        <translation>فئة السلاح</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="125"/>
        <source>noun</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="126"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
</context>
<context>
    <name>EntityAttrValue</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="40"/>
        <source>True</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="129"/>
        <source>False</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="109"/>
        <source>killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="130"/>
        <source>injured</source>
        <translation>جرحى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="131"/>
        <source>captured</source>
        <translation>أسرى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="131"/>
        <source>missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="132"/>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="109"/>
        <source>at_least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="133"/>
        <source>at_most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="133"/>
        <source>less_than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="134"/>
        <source>more_than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="134"/>
        <source>gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="135"/>
        <source>hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="109"/>
        <source>hadi_coalition</source>
        <translation>حكومة هادي والتحالف</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="136"/>
        <source>houthi_saleh</source>
        <translation>الحوثيون وصالح</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="136"/>
        <source>air_munition</source>
        <translation>ذخيرة جوية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="137"/>
        <source>aircraft</source>
        <translation>طائرات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="137"/>
        <source>anti_aircraft</source>
        <translation>مضادات طيران</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="138"/>
        <source>anti_tank</source>
        <translation>مضادات دروع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="138"/>
        <source>apc_ifv</source>
        <translation>مدرعات نقل وقتال</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="139"/>
        <source>armoured_vehicle</source>
        <translation>مدرعات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="139"/>
        <source>artillery</source>
        <translation>مدفعية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="140"/>
        <source>ballistic_missile</source>
        <translation>صواريخ باليستية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="140"/>
        <source>car_bomb</source>
        <translation>سيارة مفخخة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="141"/>
        <source>drone</source>
        <translation>طائرات مسيّرة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="141"/>
        <source>grenade</source>
        <translation>قنابل يدوية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="142"/>
        <source>helicopter</source>
        <translation>مروحيات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="142"/>
        <source>ied</source>
        <translation>عبوات ناسفة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="143"/>
        <source>landmine</source>
        <translation>ألغام أرضية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="143"/>
        <source>military_vehicle</source>
        <translation>آليات عسكرية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="144"/>
        <source>mortar</source>
        <translation>هاون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="144"/>
        <source>naval</source>
        <translation>قطع بحرية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="145"/>
        <source>rockets</source>
        <translation>صواريخ</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="145"/>
        <source>rpg</source>
        <translation>قذائف آر بي جي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="146"/>
        <source>shelling</source>
        <translation>قصف</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="146"/>
        <source>small_arms</source>
        <translation>أسلحة خفيفة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="147"/>
        <source>sniper</source>
        <translation>قنص</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="147"/>
        <source>suicide_bomb</source>
        <translation>تفجير انتحاري</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="138"/>
        <source>tank</source>
        <translation>دبابات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="148"/>
        <source>body</source>
        <translation>هيئة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="149"/>
        <source>club</source>
        <translation>نادٍ</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="149"/>
        <source>company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="150"/>
        <source>government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="150"/>
        <source>intergovernmental</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="151"/>
        <source>media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="151"/>
        <source>ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="152"/>
        <source>ngo</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="152"/>
        <source>party</source>
        <translation>حزب</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="153"/>
        <source>un_agency</source>
        <translation>وكالة أممية</translation>
    </message>
</context>
<context>
    <name>EntityCorrectionsDialog</name>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="30"/>
        <source>Entity corrections on this article</source>
        <translation>تصحيحات الكيانات في هذا المقال</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="41"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="41"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="41"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="45"/>
        <source>Undo selected</source>
        <translation>التراجع عن المحدد</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="47"/>
        <source>Undo all</source>
        <translation>التراجع عن الكل</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="65"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="65"/>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="72"/>
        <source>Undo a decision to give the entity back to the analyzer; the article is analysed again.</source>
        <translation>تراجع عن قرار ليعود الكيان إلى قراءة المحلل الآلي؛ ويُعاد تحليل المقال.</translation>
    </message>
    <message>
        <location filename="../../gui/reader/corrections_dialog.py" line="73"/>
        <source>No entity corrections on this article.</source>
        <translation>لا تصحيحات للكيانات في هذا المقال.</translation>
    </message>
</context>
<context>
    <name>EntityFoundBy</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="174"/>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="174"/>
        <source>gazetteer</source>
        <translation>المعجم الجغرافي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="175"/>
        <source>rule</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="175"/>
        <source>lexicon</source>
        <translation>المعجم</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="88"/>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="156"/>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="157"/>
        <source>governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="157"/>
        <source>facility</source>
        <translation>منشأة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="158"/>
        <source>district</source>
        <translation>مديرية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="158"/>
        <source>village</source>
        <translation>قرية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="159"/>
        <source>area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="159"/>
        <source>landmark</source>
        <translation>معلم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="160"/>
        <source>subdistrict</source>
        <translation>عزلة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="160"/>
        <source>province</source>
        <translation>مقاطعة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="161"/>
        <source>region</source>
        <translation>إقليم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="161"/>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="20"/>
        <source>digits</source>
        <translation>أرقام</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="116"/>
        <source>vague</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="4"/>
        <source>words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="118"/>
        <source>dual</source>
        <translation>مثنى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="90"/>
        <source>generic</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="143"/>
        <source>military</source>
        <translation>عسكري</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="151"/>
        <source>media</source>
        <translation>إعلامي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="165"/>
        <source>spokesperson</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="166"/>
        <source>official</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="166"/>
        <source>local</source>
        <translation>محلي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="167"/>
        <source>witnesses</source>
        <translation>شهود</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="167"/>
        <source>security</source>
        <translation>أمني</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="168"/>
        <source>informed</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="168"/>
        <source>medical</source>
        <translation>طبي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="169"/>
        <source>media_office</source>
        <translation>مكتب إعلامي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="169"/>
        <source>media_name</source>
        <translation>اسم وسيلة إعلام</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="170"/>
        <source>residents</source>
        <translation>سكان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="170"/>
        <source>activists</source>
        <translation>ناشطون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="171"/>
        <source>tribal</source>
        <translation>قبلي</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="100"/>
        <source>PERSON</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="100"/>
        <source>LOCATION</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="101"/>
        <source>ORGANIZATION</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="101"/>
        <source>ARMED_ACTOR</source>
        <translation>طرف مسلح</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="100"/>
        <source>CIVILIANS</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="102"/>
        <source>WEAPON</source>
        <translation>سلاح</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="102"/>
        <source>NUMBER</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="103"/>
        <source>CASUALTY</source>
        <translation>إصابات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="103"/>
        <source>DATE</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="104"/>
        <source>SOURCE</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="104"/>
        <source>MISC</source>
        <translation>اسم آخر</translation>
    </message>
</context>
<context>
    <name>EntityTooltip</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="90"/>
        <source>state forces</source>
        <translation>قوات حكومية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="91"/>
        <source>rebel group</source>
        <translation>جماعة متمردة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="92"/>
        <source>political militia</source>
        <translation>ميليشيا سياسية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="93"/>
        <source>identity militia</source>
        <translation>ميليشيا هوياتية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="94"/>
        <source>external/other force</source>
        <translation>قوة خارجية/أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="95"/>
        <source>civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="96"/>
        <source>protesters</source>
        <translation>محتجون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="97"/>
        <source>rioters</source>
        <translation>مشاغبون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="98"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="122"/>
        <source>in %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="129"/>
        <source>actor type: %1</source>
        <translation>نوع الفاعل: %1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="130"/>
        <source>(ACLED inter %1)</source>
        <translation>(فئة ACLED %1)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="136"/>
        <source>found by: %1</source>
        <translation>وجده: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="284"/>
        <source>Articles to export that an older version of Marsad analysed, or none did: %n. Their incidents are not what this version finds. Analyse them again before exporting? Your corrections, highlights and notes are kept.</source>
        <translation>
            <numerusform>لا مقالات حلّلها إصدار أقدم. ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>من المقالات المراد تصديرها مقال واحد حلّله إصدار أقدم من مرصد أو لم يُحلَّل: حوادثه ليست ما يجده هذا الإصدار. هل تعيد تحليله قبل التصدير؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>من المقالات المراد تصديرها مقالان حلّلهما إصدار أقدم من مرصد أو لم يُحلَّلا: حوادثهما ليست ما يجده هذا الإصدار. هل تعيد تحليلهما قبل التصدير؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>من المقالات المراد تصديرها %n مقالات حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها قبل التصدير؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>من المقالات المراد تصديرها %n مقالًا حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها قبل التصدير؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>من المقالات المراد تصديرها %n مقال حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها قبل التصدير؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="598"/>
        <source>Not exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="602"/>
        <source>Articles analysed by an older version</source>
        <translation>مقالات حلّلها إصدار أقدم</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="605"/>
        <source>Analyse again, then export</source>
        <translation>أعد التحليل ثم صدّر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="607"/>
        <source>Export as they are</source>
        <translation>صدّرها كما هي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="622"/>
        <source>Analysing the articles again…</source>
        <translation>جارٍ تحليل المقالات من جديد…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="634"/>
        <source>Analysing the articles again</source>
        <translation>تحليل المقالات من جديد</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="643"/>
        <source>Analysing the articles again: %1/%2</source>
        <translation>جارٍ تحليل المقالات من جديد: %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="51"/>
        <source>Report as PDF (A4)</source>
        <translation>تقرير PDF (A4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="120"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n تعليق</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="186"/>
        <source>Not on the map: %1 without coordinates.</source>
        <translation>ليست على الخريطة: %1 بلا إحداثيات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="122"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="123"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="124"/>
        <source>Exported %1 from %2 to %3.</source>
        <translation>صُدِّر %1 من %2 إلى %3.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="180"/>
        <source>Exported %1 from %2 to %3.</source>
        <comment>incidents</comment>
        <translation>صُدِّرت %1 من %2 إلى %3.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="185"/>
        <source>Nothing to export: the library&apos;s search and filters show no article.</source>
        <translation>لا شيء للتصدير: بحث المكتبة وتصفيتها لا يُظهران أي مقال.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="183"/>
        <source>Nothing to export: the library is empty.</source>
        <translation>لا شيء للتصدير: المكتبة فارغة.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="187"/>
        <source>Nothing to export: the article has no highlights or notes.</source>
        <translation>لا شيء للتصدير: لا تظليلات ولا ملاحظات في المقال.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="188"/>
        <source>Nothing to export: the articles have no highlights or notes.</source>
        <translation>لا شيء للتصدير: لا تظليلات ولا ملاحظات في المقالات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="190"/>
        <source>Nothing to export: no incident was found in the article.</source>
        <translation>لا شيء للتصدير: لم يُعثر على أي حادثة في المقال.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="191"/>
        <source>Nothing to export: no incident was found in the articles.</source>
        <translation>لا شيء للتصدير: لم يُعثر على أي حادثة في المقالات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="194"/>
        <source>Nothing to export: you rejected every incident (tick “Include incidents I rejected” to export them).</source>
        <translation>لا شيء للتصدير: رفضتَ كل الحوادث (حدِّد «تضمين الحوادث التي رفضتُها» لتصديرها).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="197"/>
        <source>Nothing to export: no incident has coordinates, which %1 needs.</source>
        <translation>لا شيء للتصدير: لا إحداثيات لأي حادثة، و%1 يحتاج إليها.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="198"/>
        <source>Nothing to export: no incident could be written as %1.</source>
        <translation>لا شيء للتصدير: لم تُكتب أي حادثة بصيغة %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="208"/>
        <source>Reading article %1 of %2…</source>
        <translation>قراءة المقال %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="213"/>
        <source>Writing %1…</source>
        <translation>كتابة %1…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="261"/>
        <location filename="../../gui/dialogs/export_dialog.py" line="322"/>
        <location filename="../../gui/dialogs/export_dialog.py" line="427"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="270"/>
        <source>What to export</source>
        <translation>ما يُصدَّر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="277"/>
        <source>The open article: %1</source>
        <translation>المقال المفتوح: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="278"/>
        <source>The open article</source>
        <translation>المقال المفتوح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export_dialog.py" line="279"/>
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>المقالات المحددة: لا مقالات</numerusform>
            <numerusform>المقال المحدد</numerusform>
            <numerusform>المقالان المحددان</numerusform>
            <numerusform>المقالات المحددة: %n مقالات</numerusform>
            <numerusform>المقالات المحددة: %n مقالًا</numerusform>
            <numerusform>المقالات المحددة: %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="280"/>
        <source>The selected articles</source>
        <translation>المقالات المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="280"/>
        <source>The library&apos;s %1</source>
        <translation>نتيجة المكتبة: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="283"/>
        <source>The current search or filter</source>
        <translation>البحث أو التصفية الحالية</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>search “%1”</source>
        <translation>بحث «%1»</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>to %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>governorate %1</source>
        <translation>المحافظة %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>actor %1</source>
        <translation>الفاعل %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>event %1</source>
        <translation>الحدث %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>tag %1</source>
        <translation>الوسم %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>starred</source>
        <translation>المميَّزة بنجمة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>with notes</source>
        <translation>بملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="300"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="284"/>
        <source>The whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="301"/>
        <source>Include incidents I rejected</source>
        <translation>تضمين الحوادث التي رفضتُها</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="302"/>
        <source>Start with a byte-order mark (for Excel)</source>
        <translation>البدء بعلامة ترتيب البايتات (لبرنامج Excel)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="374"/>
        <source>Excel shows the Arabic of a CSV file without it as garbled letters; other programs ignore it. On unless you turned it off.</source>
        <translation>من دونها يعرض Excel حروف ملف CSV العربية مشوّهة، وتتجاهلها البرامج الأخرى. مفعّلة ما لم تُلغِها.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="305"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="310"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="313"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="390"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="391"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="397"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="398"/>
        <source>%1 already exists. Replace it?</source>
        <translation>الملف %1 موجود. أتريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="411"/>
        <source>Cannot export: %1.</source>
        <translation>تعذّر التصدير: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="414"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف الذي يُكتب فيه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="417"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 مجلد: اختر اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="420"/>
        <source>Not exported: the existing file was kept.</source>
        <translation>لم يُصدَّر شيء: أُبقي الملف الموجود.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="426"/>
        <source>Exporting…</source>
        <translation>جار التصدير…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="462"/>
        <source>Cancelling…</source>
        <translation>جار الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="471"/>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="476"/>
        <source>Nothing was written. %1</source>
        <translation>لم يُكتب شيء. %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="477"/>
        <source>Nothing was written (%1).</source>
        <translation>لم يُكتب شيء (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="480"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="598"/>
        <source>Nothing to export</source>
        <translation>لا شيء للتصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="484"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="49"/>
        <source>ACLED columns then Marsad&apos;s (CSV, UTF-8)</source>
        <translation>أعمدة ACLED ثم أعمدة مرصد (CSV، UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="50"/>
        <source>Excel workbook: incidents, articles, notes</source>
        <translation>مصنف Excel: الحوادث والمقالات والملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="51"/>
        <source>GeoJSON points (incidents with coordinates)</source>
        <translation>نقاط GeoJSON (الحوادث ذات الإحداثيات)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="52"/>
        <source>KML placemarks for Google Earth</source>
        <translation>علامات أماكن KML لـ Google Earth</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="53"/>
        <source>Full incident structure (JSON)</source>
        <translation>بنية الحوادث كاملة (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="54"/>
        <source>Report in Markdown</source>
        <translation>تقرير بصيغة Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="55"/>
        <source>Self-contained HTML report</source>
        <translation>تقرير HTML قائم بذاته</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="65"/>
        <source>Report as a Word document (.docx)</source>
        <translation>تقرير في مستند Word (‎.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="56"/>
        <source>Highlights and notes (Markdown)</source>
        <translation>التظليلات والملاحظات (Markdown)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="57"/>
        <source>Highlights and notes (JSON)</source>
        <translation>التظليلات والملاحظات (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="58"/>
        <source>Highlights and notes (CSV)</source>
        <translation>التظليلات والملاحظات (CSV)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="70"/>
        <source>ACLED-style CSV table</source>
        <translation>جدول CSV على نمط ACLED</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="71"/>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="72"/>
        <source>GeoJSON map points</source>
        <translation>نقاط خريطة GeoJSON</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="73"/>
        <source>KML placemarks</source>
        <translation>علامات أماكن KML</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="74"/>
        <source>Incidents as JSON</source>
        <translation>الحوادث بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="75"/>
        <source>Markdown report</source>
        <translation>تقرير بصيغة Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="76"/>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="77"/>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="86"/>
        <source>Word report</source>
        <translation>تقرير Word</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="78"/>
        <source>Highlights and notes as Markdown</source>
        <translation>التظليلات والملاحظات بصيغة Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="79"/>
        <source>Highlights and notes as JSON</source>
        <translation>التظليلات والملاحظات بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="80"/>
        <source>Highlights and notes as CSV</source>
        <translation>التظليلات والملاحظات بصيغة CSV</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="34"/>
        <source>Find in article…</source>
        <translation>البحث في المقال…</translation>
    </message>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="41"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="44"/>
        <source>Next hit (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="47"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="50"/>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../../gui/reader/find_bar.py" line="83"/>
        <source>no hits</source>
        <translation>لا نتائج</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="12"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="13"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="14"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="15"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="16"/>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="24"/>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../../gui/notes/highlight_dialog.py" line="51"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../gui/incidents/editor.py" line="85"/>
        <source>Where the article tells the killed, injured and captured</source>
        <translation>موضع ذكر القتلى والجرحى والأسرى في المقال</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="176"/>
        <source>Already listed</source>
        <translation>مدرجة من قبل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="177"/>
        <source>An incident of this type at this place and date is already listed (row %1) — add anyway?</source>
        <translation>حادثة من هذا النوع في هذا المكان وهذا التاريخ مدرجة من قبل (الصف %1). هل تضيفها مع ذلك؟</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="179"/>
        <source>An incident of this type at this place and date is already listed (row %1) — save anyway?</source>
        <translation>حادثة من هذا النوع في هذا المكان وهذا التاريخ مدرجة من قبل (الصف %1). هل تحفظها مع ذلك؟</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="33"/>
        <source>Edit incident</source>
        <translation>تحرير الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="39"/>
        <location filename="../../gui/incidents/editor.py" line="128"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="50"/>
        <source>yyyy-mm-dd (empty: unknown)</source>
        <translation>بالأرقام، مثل ⁦2015-08-02⁩ (فارغًا: غير معروف)</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="54"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="55"/>
        <source>Sub-event type</source>
        <translation>نوع الحدث الفرعي</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="56"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="57"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="58"/>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="59"/>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="60"/>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="61"/>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="62"/>
        <source>Captured</source>
        <translation>الأسرى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="63"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="74"/>
        <source>Your values are stored apart from the machine&apos;s and win over them.</source>
        <translation>تُحفظ قيمك منفصلة عن قيم الآلة وتتقدّم عليها.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="96"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="165"/>
        <source>Choose an event type.</source>
        <translation>اختر نوع الحدث.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="167"/>
        <source>Choose a sub-event type.</source>
        <translation>اختر نوع الحدث الفرعي.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="170"/>
        <source>This sub-event type does not belong to the event type.</source>
        <translation>نوع الحدث الفرعي هذا لا ينتمي إلى نوع الحدث.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/editor.py" line="176"/>
        <location filename="../../gui/incidents/editor.py" line="178"/>
        <source>The date is not a calendar date (yyyy-mm-dd).</source>
        <translation>التاريخ ليس يومًا من التقويم (اكتبه بالأرقام، مثل ⁦2015-08-02⁩).</translation>
    </message>
    <message>
        <source>the place as the article names it</source>
        <translation>المكان كما يسمّيه المقال</translation>
    </message>
    <message>
        <source>filled in from the place, or type it</source>
        <translation>يُملأ من المكان، أو اكتبها</translation>
    </message>
    <message>
        <source>Places of this name in several governorates: choose the one meant</source>
        <translation>أماكن بهذا الاسم في عدة محافظات: اختر المقصود</translation>
    </message>
    <message>
        <source>Which one</source>
        <translation>أيّها</translation>
    </message>
    <message>
        <source>the actor as the article names it</source>
        <translation>الفاعل كما يسمّيه المقال</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../gui/incidents/panel.py" line="83"/>
        <source>Filter by type, place or actor</source>
        <translation>تصفية حسب النوع أو المكان أو الطرف</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="372"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="38"/>
        <location filename="../../gui/incidents/panel.py" line="125"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="89"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="89"/>
        <source>Correct the selected incident&apos;s fields</source>
        <translation>تصحيح حقول الحادثة المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="90"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="90"/>
        <source>Confirm the selected incident</source>
        <translation>تأكيد الحادثة المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="91"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="92"/>
        <source>Reject the selected incident (an added one is deleted)</source>
        <translation>رفض الحادثة المحددة (المضافة يدويًا تُحذف)</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="93"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="93"/>
        <source>Undo confirming or rejecting; on an edited incident, give back the machine&apos;s values</source>
        <translation>التراجع عن التأكيد أو الرفض؛ وفي الحادثة المعدّلة، إعادة قيم الآلة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="94"/>
        <source>Add from selection…</source>
        <translation>إضافة من التحديد…</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="95"/>
        <source>Code a new incident; the selected text is its evidence</source>
        <translation>ترميز حادثة جديدة؛ النص المحدد شاهدها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="123"/>
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>الحوادث (%n)</numerusform>
            <numerusform>الحوادث (%n)</numerusform>
            <numerusform>الحوادث (%n)</numerusform>
            <numerusform>الحوادث (%n)</numerusform>
            <numerusform>الحوادث (%n)</numerusform>
            <numerusform>الحوادث (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="274"/>
        <source>Incidents (%1 of %n)</source>
        <translation>
            <numerusform>الحوادث (%1 من أصل %n)</numerusform>
            <numerusform>الحوادث (%1 من أصل حادثة واحدة)</numerusform>
            <numerusform>الحوادث (%1 من أصل حادثتين)</numerusform>
            <numerusform>الحوادث (%1 من أصل %n حوادث)</numerusform>
            <numerusform>الحوادث (%1 من أصل %n حادثة)</numerusform>
            <numerusform>الحوادث (%1 من أصل %n حادثة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="124"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="126"/>
        <source>No incidents coded in this article yet.</source>
        <translation>لم تُرمَّز حوادث في هذا المقال بعد.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="200"/>
        <source>No summary.</source>
        <translation>لا ملخص.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="210"/>
        <source>Every incident was rejected.</source>
        <translation>رُفضت كل الحوادث.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="281"/>
        <source>rejected: %1</source>
        <translation>مرفوضة: %1</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="282"/>
        <source>no event type: %1</source>
        <translation>بلا نوع حدث: %1</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="283"/>
        <source>its event told by another incident: %1</source>
        <translation>حدثها ترويه حادثة أخرى: %1</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="285"/>
        <source>No incident is counted (%1).</source>
        <translation>لا تُحتسب أي حادثة (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="286"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="225"/>
        <source>%n mention(s) not coded:</source>
        <translation>
            <numerusform>لا إشارات غير مرمَّزة:</numerusform>
            <numerusform>إشارة واحدة لم تُرمَّز:</numerusform>
            <numerusform>إشارتان لم تُرمَّزا:</numerusform>
            <numerusform>%n إشارات لم تُرمَّز:</numerusform>
            <numerusform>%n إشارة لم تُرمَّز:</numerusform>
            <numerusform>%n إشارة لم تُرمَّز:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="316"/>
        <source>A side not named in these sentences was taken from the article: the party it names most on the other side.</source>
        <translation>طرفٌ لم يُذكر في هذه الجمل أُخذ من المقال: الطرف الذي يذكره المقال أكثر من غيره في الجانب الآخر.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="432"/>
        <source>No country known from its place: the export codes it in the article's country, or as Unknown when the analysis tells none. Edit it to give a known place or a governorate.</source>
        <translation>لا يُعرف بلدها من مكانها: يُرمِّزها التصدير في بلد المقال، أو «غير معروف» إن لم يحدّده التحليل. حرّرها لتحديد مكان معروف أو محافظة.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="230"/>
        <source>reads as commentary</source>
        <translation>تُقرأ تعليقًا</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="231"/>
        <source>no place to code it</source>
        <translation>لا مكان لترميزها</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="233"/>
        <source>a running total</source>
        <translation>حصيلة تراكمية</translation>
    </message>
    <message>
        <source>retold from a rights group's report</source>
        <translation>منقول عن تقرير حقوقي</translation>
    </message>
    <message>
        <source>unlikely to be an incident, score %1</source>
        <translation>يُستبعد أن تكون حادثة، الدرجة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="240"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا غير ذلك</numerusform>
            <numerusform>… وواحدة أخرى</numerusform>
            <numerusform>… واثنتان أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="214"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="215"/>
        <source>%n killed</source>
        <translation>
            <numerusform>لا قتلى</numerusform>
            <numerusform>قتيل واحد</numerusform>
            <numerusform>قتيلان</numerusform>
            <numerusform>%n قتلى</numerusform>
            <numerusform>%n قتيلًا</numerusform>
            <numerusform>%n قتيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/panel.py" line="216"/>
        <source>%n injured</source>
        <translation>
            <numerusform>لا جرحى</numerusform>
            <numerusform>جريح واحد</numerusform>
            <numerusform>جريحان</numerusform>
            <numerusform>%n جرحى</numerusform>
            <numerusform>%n جريحًا</numerusform>
            <numerusform>%n جريح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="472"/>
        <source>killed: unknown</source>
        <translation>القتلى: غير معروف</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="474"/>
        <source>injured: unknown</source>
        <translation>الجرحى: غير معروف</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="217"/>
        <source>. Select one to see its summary and evidence.</source>
        <translation>. حدّد حادثة لترى ملخصها وشاهدها.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="190"/>
        <source>Delete the incident</source>
        <translation>حذف الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/panel.py" line="191"/>
        <source>This incident was added by you; rejecting it deletes it for good. Delete it?</source>
        <translation>أضفت هذه الحادثة بنفسك، ورفضها يحذفها نهائيا. هل تريد حذفها؟</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/corroboration.py" line="51"/>
        <source>Open %1 at this incident</source>
        <translation>فتح %1 عند هذه الحادثة</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../gui/incidents/model.py" line="164"/>
        <source>Right-click the header to show or hide the injured, the captured, the actors, the date and the confidence.</source>
        <translation>انقر بالزر الأيمن على رأس الجدول لإظهار الجرحى والأسرى والفاعلين والتاريخ والثقة أو إخفائها.</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="156"/>
        <source>The analyst&apos;s decision: ✓ confirmed, ✎ corrected, ✗ rejected, + added</source>
        <translation>قرار المحلل: ✓ أكّدها، ✎ صحّحها، ✗ رفضها، + أضافها</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="156"/>
        <source>The machine&apos;s confidence in this incident</source>
        <translation>ثقة الآلة في هذه الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="156"/>
        <source>Other articles that report this incident</source>
        <translation>مقالات أخرى تروي هذه الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="54"/>
        <source>Confirmed by the analyst</source>
        <translation>أكّدها المحلل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="55"/>
        <source>Rejected by the analyst</source>
        <translation>رفضها المحلل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="56"/>
        <source>Corrected by the analyst</source>
        <translation>صحّحها المحلل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="57"/>
        <source>Added by the analyst</source>
        <translation>أضافها المحلل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="74"/>
        <source>Confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="76"/>
        <source>the machine no longer finds this incident after re-analysis</source>
        <translation>لم تعد الآلة تجد هذه الحادثة بعد إعادة التحليل</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="84"/>
        <source>not counted: a re-analysis tells its event once, in another incident you corrected; Restore counts it again as your own</source>
        <translation>غير محتسبة: إعادة التحليل تروي حدثها مرة واحدة، في حادثة أخرى صحّحتها؛ «استعادة» تحتسبها من جديد حادثةً خاصة بك</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="88"/>
        <source>kept and counted with your values</source>
        <translation>محفوظة ومحتسبة بقيمك</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="77"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="83"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="85"/>
        <source>Sub-event</source>
        <translation>الحدث الفرعي</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="87"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="88"/>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="89"/>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="88"/>
        <source>Captured</source>
        <translation>الأسرى</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="91"/>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="92"/>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="93"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="94"/>
        <source>Conf.</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="140"/>
        <source>(analyst)</source>
        <translation>(المحلل)</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="84"/>
        <source>Also in</source>
        <translation>أيضا في</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/model.py" line="198"/>
        <source>Also reported in %n other article(s)</source>
        <translation>
            <numerusform>لم يرد في مقالات أخرى</numerusform>
            <numerusform>ورد أيضا في مقال آخر</numerusform>
            <numerusform>ورد أيضا في مقالين آخرين</numerusform>
            <numerusform>ورد أيضا في %n مقالات أخرى</numerusform>
            <numerusform>ورد أيضا في %n مقالًا آخر</numerusform>
            <numerusform>ورد أيضا في %n مقال آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="203"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="204"/>
        <source>date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <location filename="../../gui/incidents/model.py" line="211"/>
        <source>Double-click or right-click to open one at this incident.</source>
        <translation>انقر نقرا مزدوجا أو بالزر الأيمن لفتح أحدها عند هذه الحادثة.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../gui/tasks.py" line="170"/>
        <source>reading %1</source>
        <translation>قراءة %1</translation>
    </message>
    <message>
        <location filename="../../gui/tasks.py" line="172"/>
        <source>%1 articles read, %2 new</source>
        <translation>المقالات المقروءة: %1، الجديدة منها: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tasks.py" line="175"/>
        <source>analysing: %1</source>
        <translation>تحليل: %1</translation>
    </message>
</context>
<context>
    <name>IngestError</name>
    <message>
        <location filename="../../gui/store_errors.py" line="144"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="145"/>
        <source>unsupported file type «%1»</source>
        <translation>نوع ملف غير مدعوم «%1»</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="147"/>
        <source>cannot read the file (%1)</source>
        <translation>تعذّرت قراءة الملف (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="148"/>
        <source>damaged gzip file (%1)</source>
        <translation>ملف gzip تالف (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="150"/>
        <source>not valid JSON (%1)</source>
        <translation>ليس JSON صالحًا (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="151"/>
        <source>malformed JSON line (%1)</source>
        <translation>سطر JSON مشوّه (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="159"/>
        <source>file too large (over %1 MB of text)</source>
        <translation>الملف أكبر من اللازم (أكثر من %1 ميغابايت من النص)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="160"/>
        <source>JSON nested too deeply to be an article export</source>
        <translation>JSON متداخل بعمق أكبر من أن يكون تصديرًا لمقالات</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="161"/>
        <source>the listed file «%1» is outside the list&apos;s folder</source>
        <translation>الملف المدرج «%1» خارج مجلد القائمة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="162"/>
        <source>the listed file «%1» is missing</source>
        <translation>الملف المدرج «%1» غير موجود</translation>
    </message>
    <message>
        <source>a Marsad export of notes and highlights, not articles: nothing to import (notes come back only from a backup: File → Restore database…)</source>
        <translation>ملف صدّره مرصد للملاحظات والتظليلات، لا مقالات: لا شيء فيه يُستورد (تعود الملاحظات من نسخة احتياطية فقط: ملف ← استعادة قاعدة البيانات…)</translation>
    </message>
    <message>
        <source>a Marsad export of incidents, not articles: nothing to import (it holds no article text)</source>
        <translation>ملف صدّره مرصد للحوادث، لا مقالات: لا شيء فيه يُستورد (لا يحوي نص أي مقال)</translation>
    </message>
    <message>
        <source>a GeoJSON map file, not articles: nothing to import</source>
        <translation>ملف خريطة GeoJSON، لا مقالات: لا شيء فيه يُستورد</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="164"/>
        <source>the listed file «%1» is not one article (.txt, .html, .docx or .pdf)</source>
        <translation>الملف المدرج «%1» ليس مقالًا واحدًا (‎.txt أو ‎.html أو ‎.docx أو ‎.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="165"/>
        <source>not text (undecodable bytes)</source>
        <translation>ليس نصًّا (بايتات يتعذّر فك ترميزها)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="166"/>
        <source>not valid %1 text; the rest of the file was not read</source>
        <translation>ليس نصًّا صالحًا بترميز %1؛ لم يُقرأ باقي الملف</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="168"/>
        <source>stored, but not analysed: too long to analyse automatically (%1 characters; limit %2)</source>
        <translation>خُزّن دون تحليل: أطول من أن يُحلَّل تلقائيًا (%1 حرفًا؛ الحد %2)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="170"/>
        <source>stored, but analysis failed (%1)</source>
        <translation>خُزّن لكن تحليله فشل (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="172"/>
        <source>analysis stopped after %1 failures in a row; the remaining articles are stored unanalysed and can be analysed later</source>
        <translation>توقّف التحليل بعد %1 إخفاقات متتالية؛ خُزّنت بقية المقالات دون تحليل ويمكن تحليلها لاحقًا</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="174"/>
        <source>an analysis process stopped (%1); continuing in this process</source>
        <translation>توقّفت إحدى عمليات التحليل (%1)؛ يستمر التحليل في هذه العملية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="176"/>
        <source>date not understood (%1); imported without a date</source>
        <translation>لم يُفهم التاريخ (%1)؛ استُورد المقال بلا تاريخ</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged character(s) (NUL bytes, broken UTF-8 or UTF-16 characters) removed or replaced by �; the rest of the text is kept</source>
        <translation>
            <numerusform>أُزيل أو استُبدل بالرمز � عدد %n من المحارف التالفة (بايتات صفرية أو محارف UTF-⁠8 أو UTF-⁠16 مكسورة)؛ وحُفظ باقي النص</numerusform>
            <numerusform>أُزيل أو استُبدل بالرمز � محرف تالف واحد (بايت صفري أو محرف UTF-⁠8 أو UTF-⁠16 مكسور)؛ وحُفظ باقي النص</numerusform>
            <numerusform>أُزيل أو استُبدل بالرمز � محرفان تالفان (بايتات صفرية أو محارف UTF-⁠8 أو UTF-⁠16 مكسورة)؛ وحُفظ باقي النص</numerusform>
            <numerusform>أُزيل أو استُبدل بالرمز � عدد %n من المحارف التالفة (بايتات صفرية أو محارف UTF-⁠8 أو UTF-⁠16 مكسورة)؛ وحُفظ باقي النص</numerusform>
            <numerusform>أُزيل أو استُبدل بالرمز � عدد %n من المحارف التالفة (بايتات صفرية أو محارف UTF-⁠8 أو UTF-⁠16 مكسورة)؛ وحُفظ باقي النص</numerusform>
            <numerusform>أُزيل أو استُبدل بالرمز � عدد %n من المحارف التالفة (بايتات صفرية أو محارف UTF-⁠8 أو UTF-⁠16 مكسورة)؛ وحُفظ باقي النص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="242"/>
        <source>the text was Arabic stored as Latin letters (%1 read as Latin-1 or cp1252) and was read back; check it against the source</source>
        <translation>كان النص عربيًا محفوظًا بحروف لاتينية (ترميز %1 قُرئ بترميز لاتيني) فأُعيدت قراءته؛ راجعه على المصدر</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="237"/>
        <source>date not understood (%1); dated %2 from its text instead</source>
        <translation>لم يُفهم التاريخ (%1)؛ فأُرّخ المقال %2 من نصه</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="348"/>
        <source>dated %1 from the text «%2»</source>
        <translation>أُرّخ %1 من النص «%2»</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="237"/>
        <source>skipped: not a text format («%1»)</source>
        <translation>تُخطِّي: ليس بصيغة نصية («%1»)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="204"/>
        <source>(analysis workers)</source>
        <translation>(عمليات التحليل)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a broken link or a symbolic link loop</source>
        <translation>رابط مكسور أو حلقة روابط رمزية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>cannot read the folder (%1); its files were not imported</source>
        <translation>تعذّرت قراءة المجلد (%1)؛ لم تُستورد ملفاته</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the file disappeared before it could be read</source>
        <translation>اختفى الملف قبل أن تمكن قراءته</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>cannot read the file (a symbolic link loop)</source>
        <translation>تعذّرت قراءة الملف (حلقة روابط رمزية)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py"/>
        <source>not a regular file (a named pipe, a device or a socket); not read</source>
        <translation>ليس ملفًا عاديًا (أنبوب مسمّى أو جهاز أو مقبس)؛ لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a binary file, not text</source>
        <translation>ملف ثنائي، لا نص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a binary file, not text (not valid %1)</source>
        <translation>ملف ثنائي، لا نص (ليس %1 صالحًا)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a binary file, not text (unknown encoding)</source>
        <translation>ملف ثنائي، لا نص (ترميز غير معروف)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not enough memory to read this file</source>
        <translation>لا تكفي الذاكرة لقراءة هذا الملف</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>could not be read (%1)</source>
        <translation>تعذّرت قراءته (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not an article: expected a JSON object, found %1</source>
        <translation>ليس مقالًا: كان المتوقع كائن JSON، ووُجد %1</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>no article text (none of the fields %1 holds any text)</source>
        <translation>لا نص للمقال (لا يحمل أيٌّ من الحقول %1 نصًّا)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>article text too large (over %1 MB)</source>
        <translation>نص المقال أكبر من اللازم (أكثر من %1 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>line too long (over %1 MB)</source>
        <translation>السطر أطول من اللازم (أكثر من %1 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>no article text found in the HTML page</source>
        <translation>لم يوجد نص مقال في صفحة HTML</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>no article text found in the HTML page (under %1 letters of text)</source>
        <translation>لم يوجد نص مقال في صفحة HTML (أقل من %1 حرفًا من النص)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>feed file too large (over %1 MB)</source>
        <translation>ملف الخلاصة أكبر من اللازم (أكثر من %1 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>unsafe XML refused: the file declares entities or external references</source>
        <translation>رُفض XML غير آمن: يعرّف الملف كيانات أو مراجع خارجية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not valid XML (%1)</source>
        <translation>ليس XML صالحًا (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not readable XML (%1)</source>
        <translation>XML تتعذّر قراءته (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not an RSS or Atom feed (root element &lt;%1&gt;)</source>
        <translation>ليس خلاصة RSS أو Atom (العنصر الجذر ‎&lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the feed has no items</source>
        <translation>لا عناصر في الخلاصة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>feed item without title or text</source>
        <translation>عنصر خلاصة بلا عنوان ولا نص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>PDF too large (over %1 MB)</source>
        <translation>ملف PDF أكبر من اللازم (أكثر من %1 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not a PDF file (no PDF header)</source>
        <translation>ليس ملف PDF (لا ترويسة PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>encrypted PDF (password protected); remove the password and import again</source>
        <translation>ملف PDF مشفّر (محمي بكلمة مرور)؛ أزل كلمة المرور واستورده من جديد</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>encrypted PDF that cannot be opened (%1)</source>
        <translation>ملف PDF مشفّر يتعذّر فتحه (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the PDF forbids text extraction</source>
        <translation>ملف PDF يمنع استخراج النص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>ملف PDF تالف ولا يمكن قراءته</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>PDF has over %1 pages; not read as one article</source>
        <translation>في ملف PDF أكثر من %1 صفحة؛ لم يُقرأ مقالًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>no text layer (scanned PDF?); OCR is not supported</source>
        <translation>لا طبقة نص (ملف PDF ممسوح ضوئيًا؟)؛ التعرّف الضوئي على الحروف غير مدعوم</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the PDF&apos;s fonts do not say which letters %1 of %2 glyphs are; its text cannot be read (OCR is not supported)</source>
        <translation>خطوط ملف PDF لا تبيّن أيّ حروف هي %1 من %2 رسمًا؛ تتعذّر قراءة نصه (التعرّف الضوئي على الحروف غير مدعوم)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>Word document too large (over %1 MB)</source>
        <translation>مستند Word أكبر من اللازم (أكثر من %1 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>password-protected Word document; remove the password and save again</source>
        <translation>مستند Word محمي بكلمة مرور؛ أزل كلمة المرور واحفظه من جديد</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>old Word .doc format is not supported; save it as .docx</source>
        <translation>صيغة Word القديمة ‎.doc غير مدعومة؛ احفظه بصيغة ‎.docx</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not a Word .docx file (not a zip archive)</source>
        <translation>ليس ملف Word ‏‎.docx (ليس أرشيف zip)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>Word document unpacks to too much data (zip bomb?)</source>
        <translation>مستند Word يُفكّ إلى بيانات أكثر من اللازم (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>not a Word .docx file (zip without Office content)</source>
        <translation>ليس ملف Word ‏‎.docx (أرشيف zip بلا محتوى Office)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the Word document is damaged and cannot be opened</source>
        <translation>مستند Word تالف ولا يمكن فتحه</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>damaged .docx (bad XML: %1)</source>
        <translation>ملف ‎.docx تالف (XML معطوب: %1)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>no text in the Word document</source>
        <translation>لا نص في مستند Word</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>permission denied</source>
        <translation>لا إذن بالوصول</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>input/output error: a damaged disk or a disconnected drive?</source>
        <translation>خطأ في القراءة من القرص: قرص تالف أو محرك غير موصول؟</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a symbolic link loop</source>
        <translation>حلقة روابط رمزية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>the name is too long</source>
        <translation>الاسم أطول من اللازم</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>too many open files</source>
        <translation>ملفات مفتوحة أكثر من اللازم</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="252"/>
        <source>no space left on the disk</source>
        <translation>لم تبقَ مساحة على القرص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="252"/>
        <source>the disk quota is used up</source>
        <translation>استُنفدت حصة القرص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="252"/>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>true or false</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="140"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Expecting value</source>
        <translation>كان المتوقع قيمة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>كان المتوقع فاصلة «,»</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>كان المتوقع نقطتان «:»</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>كان المتوقع اسم حقل بين علامتَي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Unterminated string</source>
        <translation>سلسلة نصية لم تُغلق بعلامة تنصيص</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Invalid control character in a string</source>
        <translation>محرف تحكّم غير مسموح به داخل سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Invalid \escape</source>
        <translation>تسلسل هروب (\) غير صالح</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Invalid \uXXXX escape</source>
        <translation>رمز يونيكود (\u) غير صالح</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Extra data</source>
        <translation>بيانات زائدة بعد نهاية قيمة JSON</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>syntax error</source>
        <translation>خطأ في البنية</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>no element found</source>
        <translation>انتهى الملف قبل اكتمال عناصره</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>not well-formed (invalid token)</source>
        <translation>بنية غير سليمة (رمز غير صالح)</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>unclosed token</source>
        <translation>رمز لم يُغلق</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>mismatched tag</source>
        <translation>وسم إغلاق لا يطابق وسم الفتح</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>duplicate attribute</source>
        <translation>سمة مكرّرة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>junk after document element</source>
        <translation>بيانات زائدة بعد نهاية المستند</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>undefined entity</source>
        <translation>كيان غير معرَّف</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>unbound prefix</source>
        <translation>بادئة نطاق أسماء غير مُعلنة</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Document is empty</source>
        <translation>المستند فارغ</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Extra content at the end of the document</source>
        <translation>محتوى زائد بعد نهاية المستند</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>Invalid bytes in character encoding</source>
        <translation>بايتات غير صالحة في ترميز الأحرف</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>StartTag: invalid element name</source>
        <translation>وسم فتح باسم عنصر غير صالح</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>attributes construct error</source>
        <translation>خطأ في كتابة السمات</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>xmlParseEntityRef: no name</source>
        <translation>علامة &amp; بلا اسم كيان بعدها</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>%1, line %2, column %3</source>
        <translation>%1، السطر %2، العمود %3</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="260"/>
        <source>%1, column %2</source>
        <translation>%1، العمود %2</translation>
    </message>
    <message>
        <source>no Arabic text (English, French…?): the article is kept, but entities and incidents are found in Arabic text only</source>
        <translation>لا نص عربيًا فيه (إنجليزي أو فرنسي…؟): حُفظ المقال، لكن الكيانات والأحداث لا تُستخرج إلا من النص العربي</translation>
    </message>
</context>
<context>
    <name>KeySentences</name>
    <message>
        <location filename="../../gui/incidents/key_sentences.py" line="49"/>
        <source>The sentences that tell the article&apos;s incidents; click one to read it in place</source>
        <translation>الجمل التي تروي حوادث المقال؛ انقر إحداها لقراءتها في موضعها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incidents/key_sentences.py" line="107"/>
        <source>Key sentences (%n)</source>
        <translation>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
            <numerusform>الجمل الرئيسية (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/reader/legend.py" line="29"/>
        <source>Show:</source>
        <translation>إظهار:</translation>
    </message>
    <message>
        <location filename="../../gui/reader/legend.py" line="39"/>
        <source>Show or hide the highlights of: %1</source>
        <translation>إظهار تظليلات «%1» أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../gui/library/pane.py" line="318"/>
        <source>No articles yet: File › Import… (%1) adds them</source>
        <translation>لا مقالات بعد: ملف › استيراد… (%1) يضيفها</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="33"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="38"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="42"/>
        <source>Search articles…</source>
        <translation>بحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="45"/>
        <source>Search the articles&apos; titles and text (Ctrl+L)</source>
        <translation>بحث في عناوين المقالات ونصوصها (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="45"/>
        <location filename="../../gui/library/pane.py" line="222"/>
        <location filename="../../gui/library/pane.py" line="280"/>
        <source>Filters</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="47"/>
        <source>Show the filters (Ctrl+Shift+F)</source>
        <translation>إظهار التصفية (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="61"/>
        <source>★ Starred</source>
        <translation>★ المميَّزة</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="62"/>
        <source>With notes</source>
        <translation>بملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="63"/>
        <source>Unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="65"/>
        <source>Clear filters</source>
        <translation>مسح التصفية</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="70"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="70"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="71"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="71"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="72"/>
        <source>Gov.</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="72"/>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <location filename="../../gui/library/pane.py" line="72"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="280"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>تصفية (%n)</numerusform>
            <numerusform>تصفية (%n)</numerusform>
            <numerusform>تصفية (%n)</numerusform>
            <numerusform>تصفية (%n)</numerusform>
            <numerusform>تصفية (%n)</numerusform>
            <numerusform>تصفية (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="296"/>
        <source>%n article</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="296"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="298"/>
        <source>%1 of %n article</source>
        <translation>
            <numerusform>%1 من أصل %n مقال</numerusform>
            <numerusform>%1 من أصل مقال واحد</numerusform>
            <numerusform>%1 من أصل مقالين</numerusform>
            <numerusform>%1 من أصل %n مقالات</numerusform>
            <numerusform>%1 من أصل %n مقالًا</numerusform>
            <numerusform>%1 من أصل %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="299"/>
        <source>%1 of %n articles</source>
        <translation>
            <numerusform>%1 من أصل %n مقال</numerusform>
            <numerusform>%1 من أصل مقال واحد</numerusform>
            <numerusform>%1 من أصل مقالين</numerusform>
            <numerusform>%1 من أصل %n مقالات</numerusform>
            <numerusform>%1 من أصل %n مقالًا</numerusform>
            <numerusform>%1 من أصل %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="387"/>
        <source>No match in the library's %n article</source>
        <translation>
            <numerusform>لا نتيجة في المكتبة (%n مقال)</numerusform>
            <numerusform>لا نتيجة في مقال المكتبة الوحيد</numerusform>
            <numerusform>لا نتيجة في مقالَي المكتبة</numerusform>
            <numerusform>لا نتيجة بين %n مقالات</numerusform>
            <numerusform>لا نتيجة بين %n مقالًا</numerusform>
            <numerusform>لا نتيجة بين %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/pane.py" line="388"/>
        <source>No match among %n articles</source>
        <translation>
            <numerusform>لا نتيجة في المكتبة (%n مقال)</numerusform>
            <numerusform>لا نتيجة في مقال المكتبة الوحيد</numerusform>
            <numerusform>لا نتيجة بين مقالَي المكتبة</numerusform>
            <numerusform>لا نتيجة بين %n مقالات</numerusform>
            <numerusform>لا نتيجة بين %n مقالًا</numerusform>
            <numerusform>لا نتيجة بين %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>مقال واحد محدد</numerusform>
            <numerusform>مقالان محددان</numerusform>
            <numerusform>%n مقالات محددة</numerusform>
            <numerusform>%n مقالًا محددًا</numerusform>
            <numerusform>%n مقال محدد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>the incident correction</source>
        <translation>تصحيح الحادثة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت&amp;راجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>the change to the note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>the change to the tags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <source>starring the article</source>
        <translation>تمييز المقال بنجمة</translation>
    </message>
    <message>
        <source>taking the star off the article</source>
        <translation>إزالة النجمة عن المقال</translation>
    </message>
    <message>
        <source>marking the article read</source>
        <translation>تعليم المقال كمقروء</translation>
    </message>
    <message>
        <source>marking the article unread</source>
        <translation>تعليم المقال كغير مقروء</translation>
    </message>
    <message>
        <source>the change to the article's details</source>
        <translation>تعديل تفاصيل المقال</translation>
    </message>
    <message>
        <source>marking «%1» as an entity</source>
        <translation>وسم «%1» ككيان</translation>
    </message>
    <message>
        <source>removing the entity «%1»</source>
        <translation>إزالة الكيان «%1»</translation>
    </message>
    <message>
        <source>clearing entity corrections</source>
        <translation>مسح تصحيحات الكيانات</translation>
    </message>
    <message>
        <source>Could not undo %1: the article has changed since.</source>
        <translation>تعذّر التراجع عن %1: تغيّر المقال منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Could not redo %1: the article has changed since.</source>
        <translation>تعذّرت إعادة %1: تغيّر المقال منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>Marsad cannot save its settings in %1: the file or its folder cannot be written. It goes on working and your articles, notes and corrections are saved as usual, but the language, theme, text size, window layout and recent databases will not be remembered after it closes.</source>
        <translation>لا يستطيع مرصد حفظ إعداداته في %1: لا تمكن الكتابة في الملف أو في مجلده. يواصل مرصد عمله وتُحفظ مقالاتك وملاحظاتك وتصحيحاتك كالمعتاد، لكن اللغة والمظهر وحجم النص وترتيب النافذة وقواعد البيانات الأخيرة لن تُذكر بعد إغلاقه.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>The new language cannot be kept: Marsad cannot save its settings.</source>
        <translation>لا يمكن الاحتفاظ باللغة الجديدة: لا يستطيع مرصد حفظ إعداداته.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>تم التراجع عن %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>تمت إعادة %1.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>تعذّرت الإعادة</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>جارٍ التراجع</translation>
    </message>
    <message>
        <source>Redoing</source>
        <translation>جارٍ الإعادة</translation>
    </message>
    <message>
        <source>the highlight «%1»</source>
        <translation>تظليل «%1»</translation>
    </message>
    <message>
        <source>the change to the highlight «%1»</source>
        <translation>تعديل تظليل «%1»</translation>
    </message>
    <message>
        <source>deleting the highlight «%1»</source>
        <translation>حذف تظليل «%1»</translation>
    </message>
    <message>
        <source>No article open. Import articles with File › Import… (%1), a whole folder with File › Import a folder… (%2), paste an article you copied with %3, or drop files on this window.</source>
        <translation>لا مقال مفتوح. استورد مقالات من ملف › استيراد… (%1)، أو مجلدًا كاملًا من ملف › استيراد مجلد… (%2)، أو الصق مقالًا نسخته بـ %3، أو أفلت الملفات على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="34"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>Import a &amp;folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>&amp;Paste as a new article</source>
        <translation>&amp;لصق كمقال جديد</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>Read dates from article &amp;text…</source>
        <translation>ق&amp;راءة التواريخ من نص المقالات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Analyse outdated articles again…</source>
        <translation>&amp;إعادة تحليل ما حلّله إصدار أقدم…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="36"/>
        <source>Open &amp;database…</source>
        <translation>فتح &amp;قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="37"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;نسخ احتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="38"/>
        <source>&amp;Restore database…</source>
        <translation>استعا&amp;دة قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>Recent databases</source>
        <translation>قواعد البيانات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="42"/>
        <source>&amp;Quit</source>
        <translation>إن&amp;هاء</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="52"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="54"/>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="55"/>
        <source>Default text size</source>
        <translation>حجم النص الافتراضي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="56"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="57"/>
        <location filename="../../gui/main_window.py" line="95"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="60"/>
        <source>Find in article…</source>
        <translation>البحث في المقال…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>Find previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="63"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>Library filters</source>
        <translation>تصفية المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="66"/>
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Incidents tab</source>
        <translation>لسان الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="68"/>
        <source>Notes tab</source>
        <translation>لسان الملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>Summary tab</source>
        <translation>لسان الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>Next pane</source>
        <translation>الجزء التالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>Previous pane</source>
        <translation>الجزء السابق</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>&amp;Incident</source>
        <translation>&amp;حادثة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="87"/>
        <source>&amp;Notes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="88"/>
        <source>Highlight selection</source>
        <translation>تظليل التحديد</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Highlight with a note…</source>
        <translation>تظليل مع ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="90"/>
        <source>Highlight in</source>
        <translation>التظليل باللون</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>Star article</source>
        <translation>تمييز المقال بنجمة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="96"/>
        <source>Mark as read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="97"/>
        <source>Edit tags</source>
        <translation>تحرير الوسوم</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="98"/>
        <source>Write a note on the article</source>
        <translation>كتابة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="106"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <location filename="../../gui/main_window.py" line="412"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="97"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>Loading the library</source>
        <translation>تحميل المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>Loading the filters</source>
        <translation>تحميل التصفية</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>Opening…</source>
        <translation>جار الفتح…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>Opening the article</source>
        <translation>فتح المقال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="231"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>جار استيراد %n ملف…</numerusform>
            <numerusform>جار استيراد ملف واحد…</numerusform>
            <numerusform>جار استيراد ملفين…</numerusform>
            <numerusform>جار استيراد %n ملفات…</numerusform>
            <numerusform>جار استيراد %n ملفًا…</numerusform>
            <numerusform>جار استيراد %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>Finding the mentions</source>
        <translation>البحث عن الإشارات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>Select some text to highlight first.</source>
        <translation>حدّد نصًا لتظليله أولًا.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>Highlight with a note</source>
        <translation>تظليل مع ملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333"/>
        <location filename="../../gui/main_window.py" line="363"/>
        <source>Saving the highlight</source>
        <translation>حفظ التظليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="343"/>
        <location filename="../../gui/main_window.py" line="451"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>Edit highlight</source>
        <translation>تحرير التظليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="368"/>
        <source>Deleting the highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="372"/>
        <source>Saving the note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="383"/>
        <source>Saving the tags</source>
        <translation>حفظ الوسوم</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <location filename="../../gui/main_window.py" line="431"/>
        <source>Saving (%1)</source>
        <translation>الحفظ (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="412"/>
        <source>Notes ({0})</source>
        <translation>الملاحظات ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="426"/>
        <source>Saving the correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="436"/>
        <source>Select the words that report the incident first, then add it.</source>
        <translation>حدّد الكلمات التي تروي الحادثة أولًا، ثم أضفها.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="439"/>
        <source>Add an incident</source>
        <translation>إضافة حادثة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="444"/>
        <source>Adding the incident</source>
        <translation>إضافة الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="461"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="565"/>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>Importing the folder&apos;s articles…</source>
        <translation>جار استيراد مقالات المجلد…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="45"/>
        <source>Articles (%1)</source>
        <translation>مقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="46"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="487"/>
        <source>Loading more articles</source>
        <translation>تحميل مزيد من المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="497"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="498"/>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="765"/>
        <source>Not analysed: too long to analyse automatically (%1 characters; limit %2). Showing the text only.</source>
        <translation>لم يُحلَّل: أطول من أن يُحلَّل تلقائيًا (%1 حرفًا؛ الحد %2). يُعرض النص وحده.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>The clipboard holds no text to import.</source>
        <translation>لا نص في الحافظة لاستيراده.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>Importing the pasted text…</source>
        <translation>جارٍ استيراد النص الملصوق…</translation>
    </message>
    <message>
        <source>Importing the dropped text…</source>
        <translation>جارٍ استيراد النص المسحوب…</translation>
    </message>
    <message>
        <source>Marsad works offline and does not open links: drag the article&apos;s text, or save the page and drop the file.</source>
        <translation>يعمل مرصد دون اتصال ولا يفتح الروابط: اسحب نص المقال، أو احفظ الصفحة واسحب ملفها إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="517"/>
        <source>Analysis failed, showing the text only: %1</source>
        <translation>فشل التحليل، يُعرض النص وحده: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="520"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="520"/>
        <source>%n entities</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="520"/>
        <source>%n entity</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="521"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="521"/>
        <source>%n incident</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="522"/>
        <source> (analysed now)</source>
        <translation> (حُلّل الآن)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="528"/>
        <source>Could not open the article</source>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="538"/>
        <source>Importing %1/%2…</source>
        <translation>جار الاستيراد %1/%2…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547"/>
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="552"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1050"/>
        <source>%n article(s) had been imported before it stopped; importing the same files again skips them as duplicates.</source>
        <translation>
            <numerusform>لم يكن قد استُورد أي مقال قبل التوقف.</numerusform>
            <numerusform>كان قد استُورد مقال واحد قبل التوقف؛ واستيراد الملفات نفسها مرة أخرى يتخطاه لأنه مكرر.</numerusform>
            <numerusform>كان قد استُورد مقالان قبل التوقف؛ واستيراد الملفات نفسها مرة أخرى يتخطاهما لأنهما مكرران.</numerusform>
            <numerusform>كان قد استُورد %n مقالات قبل التوقف؛ واستيراد الملفات نفسها مرة أخرى يتخطاها لأنها مكررة.</numerusform>
            <numerusform>كان قد استُورد %n مقالًا قبل التوقف؛ واستيراد الملفات نفسها مرة أخرى يتخطاها لأنها مكررة.</numerusform>
            <numerusform>كان قد استُورد %n مقال قبل التوقف؛ واستيراد الملفات نفسها مرة أخرى يتخطاها لأنها مكررة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="572"/>
        <source>Open an article or select articles in the library first.</source>
        <translation>افتح مقالا أو حدد مقالات في المكتبة أولا.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="580"/>
        <source>Computing the summary</source>
        <translation>حساب الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="600"/>
        <source>Marsad — %1</source>
        <translation>مرصد — %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="603"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="604"/>
        <source>Marsad databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>قواعد بيانات مرصد (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="614"/>
        <source>Opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="616"/>
        <source>Could not open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="659"/>
        <source>Wait for the import to finish before restoring.</source>
        <translation>انتظر انتهاء الاستيراد قبل الاستعادة.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish before importing.</source>
        <translation>انتظر انتهاء الاستعادة قبل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="672"/>
        <source>Restore cancelled; the database was not changed.</source>
        <translation>أُلغيت الاستعادة؛ لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="687"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="704"/>
        <source>The new language applies when Marsad starts again.</source>
        <translation>تطبق اللغة الجديدة عند إعادة تشغيل مرصد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="808"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="813"/>
        <source>%n added</source>
        <translation>
            <numerusform>لم يُضف شيء</numerusform>
            <numerusform>أضيف مقال واحد</numerusform>
            <numerusform>أضيف مقالان</numerusform>
            <numerusform>أضيفت %n مقالات</numerusform>
            <numerusform>أضيف %n مقالًا</numerusform>
            <numerusform>أضيف %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="814"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>لا شيء موجود مسبقًا</numerusform>
            <numerusform>مقال واحد موجود مسبقًا</numerusform>
            <numerusform>مقالان موجودان مسبقًا</numerusform>
            <numerusform>%n مقالات موجودة مسبقًا</numerusform>
            <numerusform>%n مقالًا موجودًا مسبقًا</numerusform>
            <numerusform>%n مقال موجود مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="816"/>
        <source>%n failed</source>
        <translation>
            <numerusform>لم يفشل شيء</numerusform>
            <numerusform>فشل ملف واحد</numerusform>
            <numerusform>فشل ملفان</numerusform>
            <numerusform>فشلت %n ملفات</numerusform>
            <numerusform>فشل %n ملفًا</numerusform>
            <numerusform>فشل %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1771"/>
        <source>%n bad line(s) skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر</numerusform>
            <numerusform>تُخطِّي سطر معيب واحد</numerusform>
            <numerusform>تُخطِّي سطران معيبان</numerusform>
            <numerusform>تُخطِّيت %n أسطر معيبة</numerusform>
            <numerusform>تُخطِّي %n سطرًا معيبًا</numerusform>
            <numerusform>تُخطِّي %n سطر معيب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1771"/>
        <source>%n bad list item(s) skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي عنصر</numerusform>
            <numerusform>تُخطِّي عنصر معيب واحد من قائمة</numerusform>
            <numerusform>تُخطِّي عنصران معيبان من قائمة</numerusform>
            <numerusform>تُخطِّيت %n عناصر معيبة من قائمة</numerusform>
            <numerusform>تُخطِّي %n عنصرًا معيبًا من قائمة</numerusform>
            <numerusform>تُخطِّي %n عنصر معيب من قائمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1190"/>
        <source>%n not analysed</source>
        <translation>
            <numerusform>لم يبقَ شيء بلا تحليل</numerusform>
            <numerusform>مقال واحد بلا تحليل</numerusform>
            <numerusform>مقالان بلا تحليل</numerusform>
            <numerusform>%n مقالات بلا تحليل</numerusform>
            <numerusform>%n مقالًا بلا تحليل</numerusform>
            <numerusform>%n مقال بلا تحليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="831"/>
        <source>Some articles were stored without analysis</source>
        <translation>حُفظت بعض المقالات دون تحليلها</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1165"/>
        <source>Stored without analysis:</source>
        <translation>حُفظت هذه المقالات دون تحليل:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="949"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>مقال واحد بتحذير</numerusform>
            <numerusform>مقالان بتحذير</numerusform>
            <numerusform>%n مقالات بتحذير</numerusform>
            <numerusform>%n مقالًا بتحذير</numerusform>
            <numerusform>%n مقال بتحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1030"/>
        <source>%n skipped: not a text format</source>
        <translation>
            <numerusform>لم يُتخطَّ أي ملف</numerusform>
            <numerusform>تُخطِّي ملف واحد: ليس نصًّا</numerusform>
            <numerusform>تُخطِّي ملفان: ليسا نصًّا</numerusform>
            <numerusform>تُخطِّيت %n ملفات: ليست نصًّا</numerusform>
            <numerusform>تُخطِّي %n ملفًا: ليست نصًّا</numerusform>
            <numerusform>تُخطِّي %n ملف: ليست نصًّا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="666"/>
        <source>Some articles were imported with warnings</source>
        <translation>استُوردت بعض المقالات مع تحذيرات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="797"/>
        <source>Some articles were dated from their text</source>
        <translation>أُرّخت بعض المقالات من نصها</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="1097"/>
        <source>Dated from their text (check the date):</source>
        <translation>أُرّخت هذه المقالات من نصها (تحقق من التاريخ):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="1118"/>
        <source>%n dated from their text</source>
        <translation>
            <numerusform>لم يؤرَّخ أي مقال من نصه</numerusform>
            <numerusform>مقال واحد أُرّخ من نصه</numerusform>
            <numerusform>مقالان أُرّخا من نصهما</numerusform>
            <numerusform>%n مقالات أُرّخت من نصها</numerusform>
            <numerusform>%n مقالًا أُرّخ من نصه</numerusform>
            <numerusform>%n مقال أُرّخ من نصه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="936"/>
        <source>Imported with warnings:</source>
        <translation>استُوردت هذه المقالات مع تحذيرات:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="819"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="820"/>
        <source>Import: %1</source>
        <translation>الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="821"/>
        <source>nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py"/>
        <source>Stop the import after the current article; what is imported is kept</source>
        <translation>أوقف الاستيراد بعد المقال الجاري؛ ويُحفظ ما استُورد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py"/>
        <source>Cancelling the import after the current article…</source>
        <translation>يُلغى الاستيراد بعد المقال الجاري…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py"/>
        <source>An import is running: wait for it or cancel it first.</source>
        <translation>يجري استيراد الآن: انتظر انتهاءه أو ألغه أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py"/>
        <source>Import cancelled: %n imported</source>
        <translation>
            <numerusform>أُلغي الاستيراد: لم يُستورد شيء</numerusform>
            <numerusform>أُلغي الاستيراد: استُورد مقال واحد</numerusform>
            <numerusform>أُلغي الاستيراد: استُورد مقالان</numerusform>
            <numerusform>أُلغي الاستيراد: استُوردت %n مقالات</numerusform>
            <numerusform>أُلغي الاستيراد: استُورد %n مقالًا</numerusform>
            <numerusform>أُلغي الاستيراد: استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="96"/>
        <source>Mark as entity</source>
        <translation>وسم ككيان</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="342"/>
        <source>Select the words to mark as an entity first.</source>
        <translation>حدّد الكلمات المراد وسمها ككيان أولاً.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>Marking the entity and analysing again</source>
        <translation>وسم الكيان وإعادة التحليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Removing the entity and analysing again</source>
        <translation>إزالة الكيان وإعادة التحليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>Saved; the article was analysed again.</source>
        <translation>حُفظ، وأُعيد تحليل المقال.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348"/>
        <source>Looking up the place</source>
        <translation>البحث عن المكان</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="103"/>
        <source>Undo entity corrections…</source>
        <translation>التراجع عن تصحيحات الكيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="372"/>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولاً.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="375"/>
        <source>Listing the entity corrections</source>
        <translation>عرض تصحيحات الكيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="399"/>
        <source>Could not undo the entity corrections</source>
        <translation>تعذّر التراجع عن تصحيحات الكيانات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>Undoing entity corrections and analysing again</source>
        <translation>التراجع عن تصحيحات الكيانات وإعادة التحليل</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>Finding other reports of the incidents</source>
        <translation>البحث عن تقارير أخرى للحوادث</translation>
    </message>
    <message>
        <source>Article &amp;details…</source>
        <translation>&amp;تفاصيل المقال…</translation>
    </message>
    <message>
        <source>%1 (read from the text)</source>
        <translation>%1 (مقروء من النص)</translation>
    </message>
    <message>
        <source>Saving the article's details</source>
        <translation>حفظ تفاصيل المقال</translation>
    </message>
    <message>
        <source>Some articles are not in Arabic</source>
        <translation>بعض المقالات ليست بالعربية</translation>
    </message>
    <message>
        <source>Not in Arabic (kept; entities and incidents are found in Arabic text only):</source>
        <translation>ليست بالعربية (حُفظت، لكن الكيانات والأحداث لا تُستخرج إلا من النص العربي):</translation>
    </message>
    <message numerus="yes">
        <source>%n not in Arabic (nothing found)</source>
        <translation>
            <numerusform>لا مقالات بغير العربية</numerusform>
            <numerusform>مقال واحد بغير العربية (لم يُستخرج منه شيء)</numerusform>
            <numerusform>مقالان بغير العربية (لم يُستخرج منهما شيء)</numerusform>
            <numerusform>%n مقالات بغير العربية (لم يُستخرج منها شيء)</numerusform>
            <numerusform>%n مقالًا بغير العربية (لم يُستخرج منها شيء)</numerusform>
            <numerusform>%n مقال بغير العربية (لم يُستخرج منها شيء)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set date of selected articles…</source>
        <translation>تعيين تاريخ ال&amp;مقالات المحددة…</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>يجري الإلغاء بعد المقال الحالي…</translation>
    </message>
    <message>
        <source>Some articles have no date</source>
        <translation>بعض المقالات بلا تاريخ</translation>
    </message>
    <message numerus="yes">
        <source>%n without a date</source>
        <translation>
            <numerusform>لا مقال بلا تاريخ</numerusform>
            <numerusform>مقال واحد بلا تاريخ</numerusform>
            <numerusform>مقالان بلا تاريخ</numerusform>
            <numerusform>%n مقالات بلا تاريخ</numerusform>
            <numerusform>%n مقالًا بلا تاريخ</numerusform>
            <numerusform>%n مقال بلا تاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) have no date (none in the file, none in the article's first lines): their incidents have no date. To set it, select them in the library and choose Set date of selected articles… (right-click, or the Notes menu); for one article, Article details… (Ctrl+Shift+D).</source>
        <translation>
            <numerusform>لا مقال بلا تاريخ.</numerusform>
            <numerusform>مقال واحد بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثه بلا تاريخ. لتعيينه حدّده في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)، أو «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>مقالان بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقالين)، فحوادثهما بلا تاريخ. لتعيينه حدّدهما في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقالات بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. لتعيينه حدّد المقالات في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقالًا بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. لتعيينه حدّد المقالات في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقال بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. لتعيينه حدّد المقالات في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) have no date (none in the file, none in the article's first lines): their incidents have no date. They are selected in the library: choose Set date of selected articles… (right-click them, or the Notes menu) to date them at once; for one article, Article details… (Ctrl+Shift+D).</source>
        <translation>
            <numerusform>لا مقال بلا تاريخ.</numerusform>
            <numerusform>مقال واحد بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثه بلا تاريخ. وهو محدَّد في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليه بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخه، أو «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>مقالان بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقالين)، فحوادثهما بلا تاريخ. وهما محدَّدان في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليهما بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخهما معًا؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقالات بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. وهي محدَّدة في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليها بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخها معًا؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقالًا بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. وهي محدَّدة في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليها بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخها معًا؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
            <numerusform>%n مقال بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثها بلا تاريخ. وهي محدَّدة في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليها بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخها معًا؛ ولمقال واحد «تفاصيل المقال…» (Ctrl+Shift+D).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 article has no date (none in the file, none in the article's first lines): its incidents have no date. It is selected in the library: choose Set date of selected articles… (right-click it, or the Notes menu) to date it, or Article details… (Ctrl+Shift+D).</source>
        <translation>مقال واحد بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثه بلا تاريخ. وهو محدَّد في المكتبة: اختر «تعيين تاريخ المقالات المحددة…» (بالنقر عليه بالزر الأيمن، أو من قائمة «ملاحظات») لتأريخه، أو «تفاصيل المقال…» (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>1 article has no date (none in the file, none in the article's first lines): its incidents have no date. To set it, select it in the library and choose Set date of selected articles… (right-click, or the Notes menu), or Article details… (Ctrl+Shift+D).</source>
        <translation>مقال واحد بلا تاريخ (لا تاريخ في الملف ولا في الأسطر الأولى من المقال)، فحوادثه بلا تاريخ. لتعيينه حدّده في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن، أو من قائمة «ملاحظات»)، أو «تفاصيل المقال…» (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Could not undo %1: an article has changed since.</source>
        <translation>تعذّر التراجع عن %1: تغيّر أحد المقالات منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Could not redo %1: an article has changed since.</source>
        <translation>تعذّرت إعادة %1: تغيّر أحد المقالات منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../gui/summary/map_view.py" line="118"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/summary/map_view.py" line="119"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/summary/map_view.py" line="120"/>
        <source>%n killed</source>
        <translation>
            <numerusform>لا قتلى</numerusform>
            <numerusform>قتيل واحد</numerusform>
            <numerusform>قتيلان</numerusform>
            <numerusform>%n قتلى</numerusform>
            <numerusform>%n قتيلًا</numerusform>
            <numerusform>%n قتيل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="84"/>
        <source>… and {0} more</source>
        <translation>… و{0} أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="85"/>
        <source>Click to open the article at the incident.</source>
        <translation>انقر لفتح المقال عند الحادثة.</translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="147"/>
        <source>Incidents map</source>
        <translation>خريطة الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/map_view.py" line="148"/>
        <source>Arrow keys move between the incident points; Enter opens the article at the incident.</source>
        <translation>تنقل مفاتيح الأسهم بين نقاط الحوادث، ويفتح مفتاح الإدخال المقال عند الحادثة.</translation>
    </message>
</context>
<context>
    <name>MentionsDialog</name>
    <message>
        <location filename="../../gui/reader/mentions.py" line="30"/>
        <source>Mentions in the library</source>
        <translation>الإشارات في المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/mentions.py" line="36"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/reader/mentions.py" line="36"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../gui/reader/mentions.py" line="36"/>
        <source>In context</source>
        <translation>في السياق</translation>
    </message>
    <message>
        <location filename="../../gui/reader/mentions.py" line="46"/>
        <source>Double-click or Enter opens the article at the mention.</source>
        <translation>النقر المزدوج أو Enter يفتح المقال عند الإشارة.</translation>
    </message>
    <message>
        <location filename="../../gui/reader/mentions.py" line="58"/>
        <source>Searching the library…</source>
        <translation>جار البحث في المكتبة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader/mentions.py" line="66"/>
        <source>%n mention(s) in %1</source>
        <translation>
            <numerusform>%n إشارة في %1</numerusform>
            <numerusform>إشارة واحدة في %1</numerusform>
            <numerusform>إشارتان في %1</numerusform>
            <numerusform>%n إشارات في %1</numerusform>
            <numerusform>%n إشارة في %1</numerusform>
            <numerusform>%n إشارة في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader/mentions.py" line="67"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>No highlights on this article yet.</source>
        <translation>لا تظليلات على هذا المقال بعد.</translation>
    </message>
    <message>
        <source>N&amp;ote on this article:</source>
        <translation>ملاح&amp;ظتك على هذا المقال:</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="48"/>
        <source>Star this article (Ctrl+D)</source>
        <translation>تمييز هذا المقال بنجمة (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="50"/>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="51"/>
        <source>Read / unread (Ctrl+U)</source>
        <translation>مقروء / غير مقروء (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="55"/>
        <source>Tags, comma separated (Ctrl+T)</source>
        <translation>الوسوم، تفصل بينها فواصل (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="72"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="74"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="211"/>
        <source>Delete the highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="212"/>
        <source>This highlight has a note; deleting the highlight deletes its note too, for good. Delete it?</source>
        <translation>لهذا التظليل ملاحظة؛ حذفُ التظليل يحذف ملاحظته معه نهائيًا. أتحذفه؟</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="85"/>
        <source>Your note on this article (saved as you type)</source>
        <translation>ملاحظتك على هذا المقال (تُحفظ أثناء الكتابة)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="93"/>
        <source>Highlights and notes</source>
        <translation>التظليلات والملاحظات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes/pane.py" line="130"/>
        <source>%n highlight</source>
        <translation>
            <numerusform>لا تظليلات</numerusform>
            <numerusform>تظليل واحد</numerusform>
            <numerusform>تظليلان</numerusform>
            <numerusform>%n تظليلات</numerusform>
            <numerusform>%n تظليلًا</numerusform>
            <numerusform>%n تظليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes/pane.py" line="130"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>لا تظليلات</numerusform>
            <numerusform>تظليل واحد</numerusform>
            <numerusform>تظليلان</numerusform>
            <numerusform>%n تظليلات</numerusform>
            <numerusform>%n تظليلًا</numerusform>
            <numerusform>%n تظليل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="131"/>
        <source>Select text, then Ctrl+H to highlight.</source>
        <translation>حدّد نصًا ثم Ctrl+H للتظليل.</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="227"/>
        <source>This passage is no longer in the text.</source>
        <translation>لم يعد هذا المقطع في النص.</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="190"/>
        <source>★ Starred</source>
        <translation>★ مميَّز بنجمة</translation>
    </message>
    <message>
        <location filename="../../gui/notes/pane.py" line="190"/>
        <source>☆ Star</source>
        <translation>☆ تمييز بنجمة</translation>
    </message>
    <message>
        <source>Delete the selected highlight (Delete)</source>
        <translation>حذف التظليل المحدد (Delete)</translation>
    </message>
    <message>
        <source>Edit the selected highlight's colour and note (double-click)</source>
        <translation>تحرير لون التظليل المحدد وملاحظته (نقر مزدوج)</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../gui/ops.py" line="209"/>
        <source>%1 failed</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <location filename="../../gui/ops.py" line="235"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../gui/reader/place_picker.py" line="20"/>
        <source>Mark as a location</source>
        <translation>وسم كمكان</translation>
    </message>
    <message>
        <location filename="../../gui/reader/place_picker.py" line="28"/>
        <source>Which place is it? (the gazetteer&apos;s places of this name)</source>
        <translation>أي مكان هو؟ (أماكن المعجم الجغرافي بهذا الاسم)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/place_picker.py" line="35"/>
        <source>None of these: a place the gazetteer does not know</source>
        <translation>لا شيء منها: مكان لا يعرفه المعجم الجغرافي</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../gui/reader/view.py" line="318"/>
        <source>Remove this entity (%1: %2)</source>
        <translation>إزالة هذا الكيان (%1: %2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="120"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="123"/>
        <location filename="../../gui/dialogs/settings_dialog.py" line="127"/>
        <source>As the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="127"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="128"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="169"/>
        <source>Neural tagger (built in, default)</source>
        <translation>المُعلِّم العصبي (مدمج، الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="170"/>
        <source>CRF tagger (built in, older)</source>
        <translation>مُعلِّم CRF (مدمج، أقدم)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="135"/>
        <source>CAMeLBERT (needs the model in CAMELTOOLS_DATA)</source>
        <translation>CAMeLBERT (يتطلب النموذج في CAMELTOOLS_DATA)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="139"/>
        <source>Not installed: set CAMELTOOLS_DATA to a folder holding the CAMeLBERT NER model.</source>
        <translation>غير مثبت: اضبط CAMELTOOLS_DATA على مجلد يحوي نموذج CAMeLBERT للتعرف على الكيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="140"/>
        <source>A new language applies when Marsad starts again.</source>
        <translation>تطبق اللغة الجديدة عند إعادة تشغيل مرصد.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="148"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="149"/>
        <source>Reader text size</source>
        <translation>حجم نص القارئ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="150"/>
        <source>Named-entity recogniser</source>
        <translation>أداة التعرف على الكيانات المسماة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="132"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="21"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="22"/>
        <source>Compute the summary again (on the Summary tab)</source>
        <translation>إعادة حساب الملخص (في لسان الملخص)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="13"/>
        <location filename="../../gui/dialogs/shortcuts.py" line="15"/>
        <source>Find</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="13"/>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="14"/>
        <source>Next / previous hit while typing in the find bar</source>
        <translation>النتيجة التالية / السابقة أثناء الكتابة في شريط البحث</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="15"/>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="20"/>
        <source>From the search field to the results, opening the first</source>
        <translation>من حقل البحث إلى النتائج، مع فتح أولها</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="22"/>
        <source>From the results to the open article&apos;s text</source>
        <translation>من النتائج إلى نص المقال المفتوح</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="24"/>
        <source>Save the incident editor or the highlight dialog from any of its fields</source>
        <translation>حفظ محرر الحادثة أو نافذة التظليل من أي حقل فيهما</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="16"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="17"/>
        <source>Previous / next article in the list</source>
        <translation>المقال السابق / التالي في القائمة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="18"/>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="18"/>
        <source>Double-click</source>
        <translation>نقر مزدوج</translation>
    </message>
    <message>
        <source>Edit the selected incident; in “Also in”, open the other article</source>
        <translation>تحرير الحادثة المحددة؛ وفي «أيضا في» يُفتح المقال الآخر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="19"/>
        <source>Edit the incident</source>
        <translation>تحرير الحادثة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="20"/>
        <location filename="../../gui/dialogs/shortcuts.py" line="22"/>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="20"/>
        <source>Click an entity</source>
        <translation>النقر على كيان</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="21"/>
        <source>List its mentions across the library</source>
        <translation>عرض إشاراته في المكتبة كلها</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="22"/>
        <source>Right-click</source>
        <translation>النقر بالزر الأيمن</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="23"/>
        <source>Highlight, highlight with a note, add an incident</source>
        <translation>تظليل، تظليل مع ملاحظة، إضافة حادثة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="58"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="58"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shortcuts.py" line="58"/>
        <source>Does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Delete the highlight selected in the Notes tab's list</source>
        <translation>حذف التظليل المحدد في قائمة لسان الملاحظات</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../gui/i18n.py" line="120"/>
        <source>Bundled sample (user&apos;s reference article)</source>
        <translation>عيّنة مرفقة (مقال مرجعي للمستخدم)</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../gui/store_errors.py" line="24"/>
        <source>the database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="31"/>
        <source>The disk is full: the database %1 could not be written. What had not been saved was left out; what was saved before is kept. Free some disk space and try again.</source>
        <translation>القرص ممتلئ: تعذّرت الكتابة في قاعدة البيانات %1. ما لم يُحفظ بعدُ تُرك، وما حُفظ قبله باقٍ. أفرغ بعض المساحة على القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="34"/>
        <source>The database %1 cannot be written here. Copy it to a writable folder to make changes.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات %1 هنا. انسخها إلى مجلد تمكن الكتابة فيه لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="37"/>
        <source>Another program holds the database %1. Close it and try again.</source>
        <translation>برنامج آخر يستعمل قاعدة البيانات %1. أغلقه ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="39"/>
        <source>The database %1 may be damaged. Restore it from a backup with File → Restore database…</source>
        <translation>قد تكون قاعدة البيانات %1 تالفة. استعدها من نسخة احتياطية عبر ملف ← استعادة قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="42"/>
        <source>The database %1 was opened read-only: its file or folder cannot be written to, so nothing can be saved to it. Copy it to a writable folder (File → Back up database…) to make changes.</source>
        <translation>فُتحت قاعدة البيانات %1 للقراءة فقط: لا يمكن الكتابة في ملفها أو مجلدها، فلا يُحفظ فيها شيء. انسخها إلى مجلد تمكن الكتابة فيه (ملف ← نسخ احتياطي لقاعدة البيانات…) لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="45"/>
        <source>The database %1 cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="46"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>المسار %1 مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="47"/>
        <source>The database %1 cannot be read.</source>
        <translation>تعذّرت قراءة قاعدة البيانات %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="49"/>
        <source>The file %1 is not a Marsad database (not an SQLite file); it was left untouched.</source>
        <translation>الملف %1 ليس قاعدة بيانات لمرصد (ليس ملف SQLite)؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="51"/>
        <source>The file %1 is not a usable Marsad database; it was left untouched.</source>
        <translation>الملف %1 ليس قاعدة بيانات صالحة لمرصد؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="53"/>
        <source>The database %1 was made by a newer version of Marsad (schema %2, this version knows %3); it was left untouched.</source>
        <translation>أنشأ قاعدةَ البيانات %1 إصدارٌ أحدث من مرصد (المخطط %2، وهذا الإصدار يعرف حتى %3)؛ تُركت كما هي.</translation>
    </message>
    <message>
        <source>The database %1 was made by an older Marsad (schema %2) and is upgraded only after a copy of it is kept, but the copy %3 could not be made; nothing was changed. Free some disk space and open it again.</source>
        <translation>أنشأ قاعدةَ البيانات %1 إصدارٌ أقدم من مرصد (المخطط %2)، ولا تُحدَّث إلا بعد الاحتفاظ بنسخة منها، لكن تعذّر إنشاء النسخة %3؛ لم يُغيَّر شيء. وفّر بعض المساحة على القرص ثم افتحها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="56"/>
        <source>The file %1 is an SQLite file of another program, not a Marsad database; it was left untouched.</source>
        <translation>الملف %1 ملف SQLite لبرنامج آخر وليس قاعدة بيانات لمرصد؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="59"/>
        <source>The database %1 can only be opened read-only and was made by an older Marsad (schema %2, this version needs %3). Open it once where it can be written to, to update it.</source>
        <translation>لا يمكن فتح قاعدة البيانات %1 إلا للقراءة، وقد أنشأها إصدار أقدم من مرصد (المخطط %2، وهذا الإصدار يحتاج %3). افتحها مرة في مكان تمكن الكتابة فيه لتحديثها.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="59"/>
        <source>The database %1 can only be opened read-only, and its recent changes are still in %2, which cannot be read from this folder. Copy the database with that file to a folder you can write to and open it there.</source>
        <translation>لا يمكن فتح قاعدة البيانات %1 إلا للقراءة، وآخر تغييراتها ما زالت في %2 الذي لا يمكن قراءته من هذا المجلد. انسخ قاعدة البيانات مع ذلك الملف إلى مجلد تمكن الكتابة فيه وافتحها هناك.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="96"/>
        <source>Cause: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="67"/>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>المسار %1 مجلد؛ اختر اسم ملف للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="68"/>
        <source>The file %1 is the database itself; choose another file for the backup.</source>
        <translation>الملف %1 هو قاعدة البيانات نفسها؛ اختر ملفًا آخر للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="69"/>
        <source>The file %1 exists; choose another name.</source>
        <translation>الملف %1 موجود؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="70"/>
        <source>The backup to %1 failed; the file was not written.</source>
        <translation>فشل النسخ الاحتياطي إلى %1؛ لم يُكتب الملف.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="71"/>
        <source>There is no backup file %1.</source>
        <translation>لا يوجد ملف نسخة احتياطية باسم %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="72"/>
        <source>The file %1 is not a Marsad backup (not an SQLite database).</source>
        <translation>الملف %1 ليس نسخة احتياطية لمرصد (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="73"/>
        <source>The backup %1 cannot be opened.</source>
        <translation>تعذّر فتح النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="74"/>
        <source>The file %1 is not a Marsad backup (no %2 table).</source>
        <translation>الملف %1 ليس نسخة احتياطية لمرصد (لا جدول %2 فيه).</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="75"/>
        <source>The backup %1 was made by a newer version of Marsad (schema %2, this version knows %3).</source>
        <translation>أنشأ النسخةَ الاحتياطية %1 إصدارٌ أحدث من مرصد (المخطط %2، وهذا الإصدار يعرف حتى %3).</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="76"/>
        <source>The file %1 is not a usable Marsad backup.</source>
        <translation>الملف %1 ليس نسخة احتياطية صالحة لمرصد.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="77"/>
        <source>The file %1 is damaged.</source>
        <translation>الملف %1 تالف.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="78"/>
        <source>The file %1 is the database itself; there is nothing to restore.</source>
        <translation>الملف %1 هو قاعدة البيانات نفسها؛ لا شيء للاستعادة.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="79"/>
        <source>The database %1 cannot be kept as %2 before the restore; restoring anyway moves it, as it is, to %3.</source>
        <translation>لا يمكن الاحتفاظ بقاعدة البيانات %1 باسم %2 قبل الاستعادة؛ الاستعادة رغم ذلك تنقلها كما هي إلى %3.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="80"/>
        <source>The restore into %1 failed; the previous database is in %2.</source>
        <translation>فشلت الاستعادة إلى %1؛ قاعدة البيانات السابقة في %2.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="81"/>
        <source>The restore into %1 failed; the previous database is unchanged.</source>
        <translation>فشلت الاستعادة إلى %1؛ قاعدة البيانات السابقة لم تتغير.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="82"/>
        <source>The database %1 cannot be moved aside to %2; nothing was restored.</source>
        <translation>تعذّر نقل قاعدة البيانات %1 جانبًا إلى %2؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="83"/>
        <source>%1 is a file, not a folder.</source>
        <translation>المسار %1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="84"/>
        <source>The folder %1 cannot be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="85"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>لا يمكن الكتابة في المجلد %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="95"/>
        <source>The file %1 exists; it was not overwritten.</source>
        <translation>الملف %1 موجود؛ لم يُكتب فوقه.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="96"/>
        <source>%1 is a folder; choose a file name for the export.</source>
        <translation>المسار %1 مجلد؛ اختر اسم ملف للتصدير.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="97"/>
        <source>The file %1 cannot be written: %2 is a file, not a folder.</source>
        <translation>تعذّرت كتابة الملف %1: المسار %2 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="98"/>
        <source>The file %1 cannot be written.</source>
        <translation>تعذّرت كتابة الملف %1.</translation>
    </message>
    <message>
        <location filename="../../gui/store_errors.py" line="106"/>
        <source>No article with id %2 in the library.</source>
        <translation>لا مقال برقم %2 في المكتبة.</translation>
    </message>
</context>
<context>
    <name>NoteLabel</name>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>How to date them…</source>
        <translation>كيف تُؤرَّخ…</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>Less</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>%n incident(s) without a date: the article has none.</source>
        <translation>
            <numerusform>لا حوادث بلا تاريخ.</numerusform>
            <numerusform>حادثة واحدة بلا تاريخ، لأن المقال بلا تاريخ.</numerusform>
            <numerusform>حادثتان بلا تاريخ، لأن المقال بلا تاريخ.</numerusform>
            <numerusform>%n حوادث بلا تاريخ، لأن المقال بلا تاريخ.</numerusform>
            <numerusform>%n حادثةً بلا تاريخ، لأن المقال بلا تاريخ.</numerusform>
            <numerusform>%n حادثة بلا تاريخ، لأن المقال بلا تاريخ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>Set the article&apos;s date…</source>
        <translation>تحديد تاريخ المقال…</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>(Article details…, Ctrl+Shift+D)</source>
        <translation>(«تفاصيل المقال…»، Ctrl+Shift+D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>Not in the day chart: %n incident(s) without a date (their articles have none).</source>
        <translation>
            <numerusform>لا حوادث خارج مخطط الأيام.</numerusform>
            <numerusform>خارج مخطط الأيام: حادثة واحدة بلا تاريخ (مقالها بلا تاريخ).</numerusform>
            <numerusform>خارج مخطط الأيام: حادثتان بلا تاريخ (مقالاتهما بلا تاريخ).</numerusform>
            <numerusform>خارج مخطط الأيام: %n حوادث بلا تاريخ (مقالاتها بلا تاريخ).</numerusform>
            <numerusform>خارج مخطط الأيام: %n حادثةً بلا تاريخ (مقالاتها بلا تاريخ).</numerusform>
            <numerusform>خارج مخطط الأيام: %n حادثة بلا تاريخ (مقالاتها بلا تاريخ).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>Select them in the library and choose Set date of selected articles… (right-click), or open one and use Article details… (Ctrl+Shift+D), or</source>
        <translation>حدّد مقالاتها في المكتبة واختر «تعيين تاريخ المقالات المحددة…» (بالنقر بالزر الأيمن)، أو افتح أحدها واستعمل «تفاصيل المقال…» (Ctrl+Shift+D)، أو</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="1"/>
        <source>read the dates from the articles&apos; text…</source>
        <translation>اقرأ التواريخ من نصوص المقالات…</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="45"/>
        <source>Open article</source>
        <translation>المقال المفتوح</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="45"/>
        <source>Selected articles</source>
        <translation>المقالات المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="46"/>
        <source>Library search and filters</source>
        <translation>بحث المكتبة وتصفيتها</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <source>Which articles the summary counts (the whole library: every article, whatever the library&apos;s search and filters)</source>
        <translation>المقالات التي يحصيها الملخص (المكتبة كلها: كل المقالات أيًّا كان بحث المكتبة وتصفيتها)</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="49"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="50"/>
        <source>Compute the summary again (F5)</source>
        <translation>إعادة حساب الملخص (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="52"/>
        <source>No summary yet.</source>
        <translation>لا ملخص بعد.</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="58"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="58"/>
        <location filename="../../gui/summary/view.py" line="59"/>
        <location filename="../../gui/summary/view.py" line="60"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="58"/>
        <location filename="../../gui/summary/view.py" line="60"/>
        <source>Killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="59"/>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="60"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="61"/>
        <source>By type</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="62"/>
        <source>By actor</source>
        <translation>حسب الفاعل</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="63"/>
        <source>By governorate</source>
        <translation>حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="76"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="76"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="77"/>
        <source>Whole map</source>
        <translation>الخريطة كاملة</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="96"/>
        <source>Summarise:</source>
        <translation>تلخيص:</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="129"/>
        <source>Computing the summary…</source>
        <translation>جار حساب الملخص…</translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="137"/>
        <source>{0} incident(s) in {1} article(s): {2} killed, {3} injured, {4} captured.</source>
        <translation>{0} في {1}: {2}، {3}، {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/summary/view.py" line="141"/>
        <source>%n corroborating report(s) counted once.</source>
        <translation>
            <numerusform>%n تقرير مؤكِّد احتُسب مرة واحدة.</numerusform>
            <numerusform>تقرير مؤكِّد واحد احتُسب مرة واحدة.</numerusform>
            <numerusform>تقريران مؤكِّدان احتُسبا مرة واحدة.</numerusform>
            <numerusform>%n تقارير مؤكِّدة احتُسب كلٌّ منها مرة واحدة.</numerusform>
            <numerusform>%n تقريرًا مؤكِّدًا احتُسب كلٌّ منها مرة واحدة.</numerusform>
            <numerusform>%n تقرير مؤكِّد احتُسب كلٌّ منها مرة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/summary/view.py" line="147"/>
        <source>{0} on the map, {1} without coordinates</source>
        <translation>{0} على الخريطة، {1} بلا إحداثيات</translation>
    </message>
    <message>
        <source>{0} incident(s) in {1} article(s): {2} killed + {5} incident(s) with deaths of unknown number, {3} injured, {4} captured.</source>
        <translation>{0} في {1}: {2} و{5} فيها قتلى عددهم غير معروف، {3}، {4}.</translation>
    </message>
    <message>
        <source>{0} incident(s) in {1} article(s): deaths of unknown number in {5} incident(s), {3} injured, {4} captured.</source>
        <translation>{0} في {1}: {5} فيها قتلى عددهم غير معروف، {3}، {4}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} killed + %n incident(s) with deaths of unknown number</source>
        <translation>
            <numerusform>القتلى {0}، و%n حادثة فيها قتلى عددهم غير معروف</numerusform>
            <numerusform>القتلى {0}، وحادثة واحدة فيها قتلى عددهم غير معروف</numerusform>
            <numerusform>القتلى {0}، وحادثتان فيهما قتلى عددهم غير معروف</numerusform>
            <numerusform>القتلى {0}، و%n حوادث فيها قتلى عددهم غير معروف</numerusform>
            <numerusform>القتلى {0}، و%n حادثةً فيها قتلى عددهم غير معروف</numerusform>
            <numerusform>القتلى {0}، و%n حادثة فيها قتلى عددهم غير معروف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatePrecision</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="212"/>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="212"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="213"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="213"/>
        <source>year</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>WeaponName</name>
    <message>
        <location filename="../../gui/reader/highlights.py" line="194"/>
        <source>Aircraft</source>
        <translation>طائرات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="194"/>
        <source>Anti-aircraft gun</source>
        <translation>مدفع مضاد للطائرات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="195"/>
        <source>Anti-tank guided missile</source>
        <translation>صاروخ موجّه مضاد للدروع</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="195"/>
        <source>Armed vehicle</source>
        <translation>آلية مسلحة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="196"/>
        <source>Armoured vehicle</source>
        <translation>مدرعة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="197"/>
        <source>BMP infantry fighting vehicle</source>
        <translation>عربة قتال مشاة (بي إم بي)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="198"/>
        <source>BTR armoured personnel carrier</source>
        <translation>ناقلة جند مدرعة (بي تي آر)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="199"/>
        <source>Ballistic missile</source>
        <translation>صاروخ باليستي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="199"/>
        <source>Car bomb (VBIED)</source>
        <translation>سيارة مفخخة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="200"/>
        <source>Cluster munitions (air-dropped)</source>
        <translation>قنابل عنقودية (من الجو)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="200"/>
        <source>Drone</source>
        <translation>طائرة مسيّرة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="201"/>
        <source>Fighter jets</source>
        <translation>طائرات حربية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="201"/>
        <source>Grad rockets</source>
        <translation>صواريخ غراد</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="202"/>
        <source>Hand grenade</source>
        <translation>قنبلة يدوية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="202"/>
        <source>Heavy artillery</source>
        <translation>مدفعية ثقيلة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="203"/>
        <source>Helicopter</source>
        <translation>مروحية</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="203"/>
        <source>IED</source>
        <translation>عبوة ناسفة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="204"/>
        <source>Katyusha rockets</source>
        <translation>صواريخ كاتيوشا</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="204"/>
        <source>Landmine</source>
        <translation>لغم أرضي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="205"/>
        <source>Mortar</source>
        <translation>هاون</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="205"/>
        <source>RPG</source>
        <translation>قذيفة آر بي جي</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="206"/>
        <source>Rockets</source>
        <translation>صواريخ</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="206"/>
        <source>Shells</source>
        <translation>قذائف</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="207"/>
        <source>Small arms</source>
        <translation>أسلحة خفيفة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="207"/>
        <source>Sniper fire</source>
        <translation>نيران قناصة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="208"/>
        <source>Suicide bomb</source>
        <translation>تفجير انتحاري</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="208"/>
        <source>Tank</source>
        <translation>دبابة</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="209"/>
        <source>Tank shells</source>
        <translation>قذائف دبابات</translation>
    </message>
    <message>
        <location filename="../../gui/reader/highlights.py" line="209"/>
        <source>Warship</source>
        <translation>سفينة حربية</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Article details</source>
        <translation>تفاصيل المقال</translation>
    </message>
    <message>
        <source>e.g. Saba, Aden al-Ghad</source>
        <translation>مثلاً: سبأ، عدن الغد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Incidents of an undated article have no date</source>
        <translation>حوادث مقال بلا تاريخ تبقى بلا تاريخ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التا&amp;ريخ:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>Changing the title or the date analyses the article again: its incidents' dates follow the article's date. Your corrections, notes and highlights are kept.</source>
        <translation>تغيير العنوان أو التاريخ يعيد تحليل المقال: تتبع تواريخ حوادثه تاريخ المقال. تبقى تصحيحاتك وملاحظاتك وتظليلاتك كما هي.</translation>
    </message>
    <message>
        <source>No date is known: none in the file, and none found in the article's first lines.</source>
        <translation>لا يُعرف تاريخ: لا تاريخ في الملف، ولم يوجد تاريخ في الأسطر الأولى من المقال.</translation>
    </message>
    <message>
        <source>Read from the article's text (its dateline), not from the file.</source>
        <translation>مقروء من نص المقال (سطر التاريخ)، لا من الملف.</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>حدّدته أنت.</translation>
    </message>
    <message>
        <source>From the file's date field.</source>
        <translation>من حقل التاريخ في الملف.</translation>
    </message>
</context>
<context>
    <name>ReadDates</name>
    <message>
        <location filename="../../gui/library/read_dates.py" line="25"/>
        <source>Looking for dates in the articles' text</source>
        <translation>البحث عن التواريخ في نصوص المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="27"/>
        <source>Dates not read</source>
        <translation>لم تُقرأ التواريخ</translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="34"/>
        <source>Every article of the library has a date.</source>
        <translation>لكل مقالات المكتبة تاريخ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/read_dates.py" line="36"/>
        <source>None of the %n undated article(s) states its date in its text.</source>
        <translation>
            <numerusform>لا مقالات غير مؤرخة في المكتبة.</numerusform>
            <numerusform>المقال غير المؤرخ الوحيد لا يذكر تاريخه في نصه.</numerusform>
            <numerusform>لا يذكر أي من المقالين غير المؤرخين تاريخه في نصه.</numerusform>
            <numerusform>لا يذكر أي من المقالات الـ%n غير المؤرخة تاريخه في نصه.</numerusform>
            <numerusform>لا يذكر أي من المقالات الـ%n غير المؤرخة تاريخه في نصه.</numerusform>
            <numerusform>لا يذكر أي من المقالات الـ%n غير المؤرخة تاريخه في نصه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/read_dates.py" line="38"/>
        <source>%1 of the %n undated article(s) state their date in their text (a dateline):</source>
        <translation>
            <numerusform>%1 من المقالات غير المؤرخة تذكر تاريخها في نصها (سطر التاريخ):</numerusform>
            <numerusform>المقال غير المؤرخ الوحيد يذكر تاريخه في نصه (سطر التاريخ):</numerusform>
            <numerusform>%1 من المقالين غير المؤرخين يذكر تاريخه في نصه (سطر التاريخ):</numerusform>
            <numerusform>%1 من %n مقالات غير مؤرخة تذكر تاريخها في نصها (سطر التاريخ):</numerusform>
            <numerusform>%1 من %n مقالًا غير مؤرخ تذكر تاريخها في نصها (سطر التاريخ):</numerusform>
            <numerusform>%1 من %n مقال غير مؤرخ تذكر تاريخها في نصها (سطر التاريخ):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="43"/>
        <source>Date them, marked as read from the text, and analyse them again?</source>
        <translation>هل تؤرّخها بهذه التواريخ، معلَّمةً بأنها قُرئت من النص، وتعيد تحليلها؟</translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="48"/>
        <source>Read dates from article text</source>
        <translation>قراءة التواريخ من نص المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="64"/>
        <source>Reading dates from the articles' text…</source>
        <translation>تُقرأ التواريخ من نصوص المقالات…</translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="70"/>
        <source>Analysing the dated articles again: %1/%2</source>
        <translation>يعاد تحليل المقالات المؤرخة: %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/read_dates.py" line="76"/>
        <source>%n article(s) dated from their text.</source>
        <translation>
            <numerusform>لم يؤرَّخ أي مقال من نصه.</numerusform>
            <numerusform>أُرّخ مقال واحد من نصه.</numerusform>
            <numerusform>أُرّخ مقالان من نصهما.</numerusform>
            <numerusform>أُرّخت %n مقالات من نصها.</numerusform>
            <numerusform>أُرّخ %n مقالًا من نصها.</numerusform>
            <numerusform>أُرّخ %n مقال من نصها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/library/read_dates.py" line="92"/>
        <source>Reading dates from the articles' text</source>
        <translation>قراءة التواريخ من نصوص المقالات</translation>
    </message>
    <message numerus="yes">
        <source>the date(s) read from the text of %n article(s)</source>
        <translation>
            <numerusform>تأريخ %n مقال من نصه</numerusform>
            <numerusform>تأريخ مقال واحد من نصه</numerusform>
            <numerusform>تأريخ مقالين من نصهما</numerusform>
            <numerusform>تأريخ %n مقالات من نصها</numerusform>
            <numerusform>تأريخ %n مقالًا من نصها</numerusform>
            <numerusform>تأريخ %n مقال من نصها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reanalyze</name>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="25"/>
        <source>Looking for articles analysed by an older version</source>
        <translation>البحث عن مقالات حلّلها إصدار أقدم</translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="27"/>
        <source>Articles not analysed</source>
        <translation>لم تُحلَّل المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="33"/>
        <source>Every article of the library is analysed by this version of Marsad.</source>
        <translation>كل مقالات المكتبة حلّلها هذا الإصدار من مرصد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/reanalyze.py" line="34"/>
        <source>Articles an older version of Marsad analysed, or none did: %n. Their incidents are not what this version finds. Analyse them again? Your corrections, highlights and notes are kept.</source>
        <translation>
            <numerusform>لا مقالات حلّلها إصدار أقدم. ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>مقال واحد حلّله إصدار أقدم من مرصد أو لم يُحلَّل: حوادثه ليست ما يجده هذا الإصدار. هل تعيد تحليله؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>مقالان حلّلهما إصدار أقدم من مرصد أو لم يُحلَّلا: حوادثهما ليست ما يجده هذا الإصدار. هل تعيد تحليلهما؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>%n مقالات حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>%n مقالًا حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
            <numerusform>%n مقال حلّلها إصدار أقدم من مرصد أو لم تُحلَّل: حوادثها ليست ما يجده هذا الإصدار. هل تعيد تحليلها؟ ستبقى تصحيحاتك وتظليلاتك وملاحظاتك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="40"/>
        <source>Analyse outdated articles again</source>
        <translation>إعادة تحليل ما حلّله إصدار أقدم</translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="51"/>
        <source>Analysing outdated articles again…</source>
        <translation>يعاد تحليل المقالات التي حلّلها إصدار أقدم…</translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="57"/>
        <source>Analysing outdated articles again: %1/%2</source>
        <translation>يعاد تحليل المقالات التي حلّلها إصدار أقدم: %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library/reanalyze.py" line="61"/>
        <source>%n article(s) analysed again.</source>
        <translation>
            <numerusform>لم يُعَد تحليل أي مقال.</numerusform>
            <numerusform>أُعيد تحليل مقال واحد.</numerusform>
            <numerusform>أُعيد تحليل مقالين.</numerusform>
            <numerusform>أُعيد تحليل %n مقالات.</numerusform>
            <numerusform>أُعيد تحليل %n مقالًا.</numerusform>
            <numerusform>أُعيد تحليل %n مقال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/library/reanalyze.py" line="74"/>
        <source>Analysing outdated articles again</source>
        <translation>إعادة تحليل المقالات التي حلّلها إصدار أقدم</translation>
    </message>
</context>
<context>
    <name>SetDates</name>
    <message>
        <source>Set date</source>
        <translation>تعيين التاريخ</translation>
    </message>
    <message numerus="yes">
        <source>The publication date of the %n selected article(s):</source>
        <translation>
            <numerusform>تاريخ نشر المقالات المحددة:</numerusform>
            <numerusform>تاريخ نشر المقال المحدد:</numerusform>
            <numerusform>تاريخ نشر المقالين المحددين:</numerusform>
            <numerusform>تاريخ نشر المقالات الـ%n المحددة:</numerusform>
            <numerusform>تاريخ نشر المقالات الـ%n المحددة:</numerusform>
            <numerusform>تاريخ نشر المقالات الـ%n المحددة:</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no date now.</source>
        <translation>لا تاريخ له الآن.</translation>
    </message>
    <message numerus="yes">
        <source>None of them has a date now.</source>
        <translation>
            <numerusform>لا تاريخ لأيّ منها الآن.</numerusform>
            <numerusform>لا تاريخ له الآن.</numerusform>
            <numerusform>كلاهما بلا تاريخ الآن.</numerusform>
            <numerusform>كلها بلا تاريخ الآن.</numerusform>
            <numerusform>كلها بلا تاريخ الآن.</numerusform>
            <numerusform>كلها بلا تاريخ الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 of them has no date now.</source>
        <translation>
            <numerusform>واحد منها بلا تاريخ الآن.</numerusform>
            <numerusform>لا تاريخ له الآن.</numerusform>
            <numerusform>أحدهما بلا تاريخ الآن.</numerusform>
            <numerusform>واحد منها بلا تاريخ الآن.</numerusform>
            <numerusform>واحد منها بلا تاريخ الآن.</numerusform>
            <numerusform>واحد منها بلا تاريخ الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no date now.</source>
        <translation>
            <numerusform>لكلها تاريخ الآن.</numerusform>
            <numerusform>واحد منها بلا تاريخ الآن.</numerusform>
            <numerusform>اثنان منها بلا تاريخ الآن.</numerusform>
            <numerusform>%n منها بلا تاريخ الآن.</numerusform>
            <numerusform>%n منها بلا تاريخ الآن.</numerusform>
            <numerusform>%n منها بلا تاريخ الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>الت&amp;اريخ:</translation>
    </message>
    <message>
        <source>The articles are analysed again: their incidents' dates follow the article's date. Your corrections, notes and highlights are kept.</source>
        <translation>يُعاد تحليل المقالات: تتبع تواريخُ حوادثها تاريخَ المقال. وتبقى تصحيحاتك وملاحظاتك وتظليلاتك.</translation>
    </message>
    <message>
        <source>Select the articles in the library first.</source>
        <translation>حدّد المقالات في المكتبة أولًا.</translation>
    </message>
    <message>
        <source>Dates are being set: wait for it or cancel it first.</source>
        <translation>يجري تعيين التواريخ: انتظر انتهاءه أو ألغِه أولًا.</translation>
    </message>
    <message>
        <source>Setting the date…</source>
        <translation>يجري تعيين التاريخ…</translation>
    </message>
    <message>
        <source>Analysing the re-dated articles again: %1/%2</source>
        <translation>إعادة تحليل المقالات بتاريخها الجديد: %1/%2</translation>
    </message>
    <message>
        <source>Date not set</source>
        <translation>لم يُعيَّن التاريخ</translation>
    </message>
    <message>
        <source>Setting the date</source>
        <translation>تعيين التاريخ</translation>
    </message>
    <message>
        <source>The articles had that date already.</source>
        <translation>لهذه المقالات هذا التاريخ من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) dated %1.</source>
        <translation>
            <numerusform>لم يُعيَّن تاريخ أي مقال.</numerusform>
            <numerusform>عُيّن تاريخ مقال واحد: %1.</numerusform>
            <numerusform>عُيّن تاريخ مقالين: %1.</numerusform>
            <numerusform>عُيّن تاريخ %n مقالات: %1.</numerusform>
            <numerusform>عُيّن تاريخ %n مقالًا: %1.</numerusform>
            <numerusform>عُيّن تاريخ %n مقال: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not analysed again yet (File → Analyse outdated articles again…).</source>
        <translation>
            <numerusform>أُلغي، وأُعيد تحليل المقالات كلها.</numerusform>
            <numerusform>أُلغي: لم يُعَد تحليل مقال واحد بعد («ملف ← إعادة تحليل ما حلّله إصدار أقدم…»).</numerusform>
            <numerusform>أُلغي: لم يُعَد تحليل مقالين بعد («ملف ← إعادة تحليل ما حلّله إصدار أقدم…»).</numerusform>
            <numerusform>أُلغي: لم يُعَد تحليل %n مقالات بعد («ملف ← إعادة تحليل ما حلّله إصدار أقدم…»).</numerusform>
            <numerusform>أُلغي: لم يُعَد تحليل %n مقالًا بعد («ملف ← إعادة تحليل ما حلّله إصدار أقدم…»).</numerusform>
            <numerusform>أُلغي: لم يُعَد تحليل %n مقال بعد («ملف ← إعادة تحليل ما حلّله إصدار أقدم…»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the date of %n article(s)</source>
        <translation>
            <numerusform>تاريخ %n مقال</numerusform>
            <numerusform>تاريخ مقال واحد</numerusform>
            <numerusform>تاريخ مقالين</numerusform>
            <numerusform>تاريخ %n مقالات</numerusform>
            <numerusform>تاريخ %n مقالًا</numerusform>
            <numerusform>تاريخ %n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>, </source>
        <comment>between tags</comment>
        <translation>، </translation>
    </message>
</context>
</TS>
