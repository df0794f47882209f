<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ActionRow</name>
        <message>
            <source>Something small and kind, or practical</source>
            <translation>شيء صغير ولطيف، أو عملي</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>الخطوة {number}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بحلول</translation>
        </message>
        <message>
            <source>Give action {number} a date</source>
            <translation>تحديد تاريخ للخطوة {number}</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Date for action {number}</source>
            <translation>تاريخ الخطوة {number}</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Remove action {number}</source>
            <translation>إزالة الخطوة {number}</translation>
        </message>
    </context>
    <context>
        <name>ActionsInput</name>
        <message>
            <source>Add an &amp;action</source>
            <translation>إضافة &amp;خطوة</translation>
        </message>
        <message>
            <source>Add another action</source>
            <translation>إضافة خطوة أخرى</translation>
        </message>
        <message>
            <source>Actions with a date show on your Today page when they are due.</source>
            <translation>الخطوات التي لها تاريخ تظهر في صفحة «اليوم» عندما يحين موعدها.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTable</name>
        <message>
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <source>After doing it</source>
            <translation>بعد ممارسته</translation>
        </message>
        <message>
            <source>After other days</source>
            <translation>بعد الأيام الأخرى</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>حتى الآن</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>نشاط أزلته</translation>
        </message>
        <message>
            <source>No days yet</source>
            <translation>لا توجد أيام بعد</translation>
        </message>
        <message numerus="yes">
            <source>{value} (%n days)</source>
            <translation>
                <numerusform>{value} (%n يوم)</numerusform>
                <numerusform>{value} (%n يوم)</numerusform>
                <numerusform>{value} (%n يوم)</numerusform>
                <numerusform>{value} (%n أيام)</numerusform>
                <numerusform>{value} (%n يومًا)</numerusform>
                <numerusform>{value} (%n يوم)</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}
too few days to say</source>
            <translation>{figure}
الأيام قليلة جدًا للحكم</translation>
        </message>
        <message>
            <source>Lower stress the next day</source>
            <translation>توتر أقل في اليوم التالي</translation>
        </message>
        <message>
            <source>Higher stress the next day</source>
            <translation>توتر أعلى في اليوم التالي</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>على حاله تقريبًا</translation>
        </message>
        <message>
            <source>Too few days to say</source>
            <translation>الأيام قليلة جدًا للحكم</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>إضافة عضو</translation>
        </message>
        <message>
            <source>Their member key</source>
            <translation>مفتاح عضوية الشخص</translation>
        </message>
        <message>
            <source>Their name in the team</source>
            <translation>اسم الشخص في الفريق</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;التالي</translation>
        </message>
        <message>
            <source>Next: compare the fingerprint</source>
            <translation>التالي: مقارنة البصمة</translation>
        </message>
        <message>
            <source>Their member &amp;key</source>
            <translation>م&amp;فتاح عضوية الشخص</translation>
        </message>
        <message>
            <source>Paste the key they sent you from “Your member key…”.</source>
            <translation>يمكنك لصق المفتاح الذي أرسله إليك الشخص من «مفتاح عضويتك…».</translation>
        </message>
        <message>
            <source>Their na&amp;me in the team</source>
            <translation>ا&amp;سم الشخص في الفريق</translation>
        </message>
        <message>
            <source>Paste their member key and type their name first.</source>
            <translation>يلزم لصق مفتاح عضوية الشخص وكتابة اسمه أولًا.</translation>
        </message>
        <message>
            <source>That key is already in the team, as {name}.</source>
            <translation>هذا المفتاح موجود في الفريق باسم {name}.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Wellbeing Desk is already running with this vault.</source>
            <translation>‏Wellbeing Desk مفتوح بالفعل على هذه الخزنة.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your vault is safe. If this keeps happening, lock Wellbeing Desk and start it again.</source>
            <translation>حدث خطأ غير متوقع. خزنتك في أمان. إذا تكرر ذلك، يمكنك قفل Wellbeing Desk وتشغيله من جديد.</translation>
        </message>
    </context>
    <context>
        <name>BackupNotice</name>
        <message>
            <source>Backing up…</source>
            <translation>جارٍ إنشاء نسخة احتياطية…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Open backup settings</source>
            <translation>فتح إعدادات النسخ الاحتياطي</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Back up automatically</source>
            <translation>نسخ احتياطي تلقائي</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>مرة في اليوم</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>مرة في الأسبوع</translation>
        </message>
        <message>
            <source>An automatic backup is made after you unlock, at most one a day.</source>
            <translation>تُنشأ نسخة احتياطية تلقائية بعد فتح الخزنة، مرة واحدة في اليوم على الأكثر.</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>عدد النسخ المحفوظة</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>اختيار مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Beside the vault folder unless you choose another. A USB stick is a good choice: a backup on another drive survives a lost or broken computer.</source>
            <translation>بجانب مجلد الخزنة، إلا إذا اخترت مجلدًا آخر. ذاكرة USB خيار جيد: النسخة الاحتياطية على قرص آخر تبقى سليمة إذا ضاع الحاسوب أو تعطّل.</translation>
        </message>
        <message>
            <source>Back &amp;up now</source>
            <translation>&amp;نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>جارٍ إنشاء نسخة احتياطية…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>اختيار مجلد للنسخ الاحتياطية</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the backup folder is not there (is the USB stick plugged in?)</source>
            <translation>مجلد النسخ الاحتياطية غير موجود (هل ذاكرة USB موصولة؟)</translation>
        </message>
        <message>
            <source>there is not enough room in the backup folder</source>
            <translation>لا توجد مساحة كافية في مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to the backup folder</source>
            <translation>لا يملك Wellbeing Desk إذنًا بالكتابة في مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>the backup folder is inside the vault folder; choose another one</source>
            <translation>مجلد النسخ الاحتياطية داخل مجلد الخزنة؛ يلزم اختيار مجلد آخر</translation>
        </message>
        <message>
            <source>the backup did not read back correctly (the drive may be failing)</source>
            <translation>لم تُقرأ النسخة الاحتياطية بشكل صحيح عند التحقق منها (ربما يكون القرص على وشك التعطل)</translation>
        </message>
        <message>
            <source>something went wrong while writing it</source>
            <translation>حدث خطأ أثناء كتابتها</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Try again with “Back up now”.</source>
            <translation>فشلت آخر نسخة احتياطية: {reason}. يمكنك المحاولة مجددًا عبر «نسخ احتياطي الآن».</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. It will be tried again the next time you unlock.</source>
            <translation>فشلت آخر نسخة احتياطية: {reason}. ستُعاد المحاولة عند فتح الخزنة في المرة القادمة.</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>لم تُنشأ أي نسخة احتياطية بعد.</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>آخر نسخة احتياطية: {when}</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Your vault itself is fine.</source>
            <translation>فشلت آخر نسخة احتياطية: {reason}. أما خزنتك نفسها فسليمة.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Type the passphrase the vault had when the backup was made.</source>
            <translation>عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية. يلزم كتابة عبارة المرور التي كانت للخزنة وقت إنشاء النسخة.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Wellbeing Desk. Update the app to restore it. Nothing was changed.</source>
            <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Wellbeing Desk. يلزم تحديث التطبيق لاستعادتها. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This file is not a Wellbeing Desk backup, or it is damaged. Nothing was changed.</source>
            <translation>هذا الملف ليس نسخة احتياطية من Wellbeing Desk، أو أنه تالف. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That folder holds other files. Choose an empty folder or make a new one. Nothing was changed.</source>
            <translation>يحتوي هذا المجلد على ملفات أخرى. يمكنك اختيار مجلد فارغ أو إنشاء مجلد جديد. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>There is not enough room on the disk to restore this backup. Free some space and try again. Nothing was changed.</source>
            <translation>لا توجد مساحة كافية على القرص لاستعادة هذه النسخة الاحتياطية. يمكنك إفراغ بعض المساحة ثم المحاولة مجددًا. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The backup file could not be found. Choose it again. Nothing was changed.</source>
            <translation>تعذّر العثور على ملف النسخة الاحتياطية. يمكنك اختياره مرة أخرى. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to that folder. Choose another one. Nothing was changed.</source>
            <translation>لا يملك Wellbeing Desk إذنًا بالكتابة في هذا المجلد. يمكنك اختيار مجلد آخر. لم يتغير شيء.</translation>
        </message>
    </context>
    <context>
        <name>BreathingCircle</name>
        <message>
            <source>Breathing circle</source>
            <translation>دائرة التنفس</translation>
        </message>
        <message>
            <source>A circle that grows while you breathe in and shrinks while you breathe out.</source>
            <translation>دائرة تكبر مع الشهيق وتصغر مع الزفير.</translation>
        </message>
    </context>
    <context>
        <name>BreathingPage</name>
        <message>
            <source>Breathing pace</source>
            <translation>إيقاع التنفس</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>الإيقاع</translation>
        </message>
        <message>
            <source>Follow the marked step and the count. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>يمكنك اتباع الخطوة المحددة والعدّ، مع إرخاء كتفيك. إذا كان الإيقاع صعبًا، يمكنك اختيار إيقاع أهدأ. إذا شعرت بدوار أو بخفة في الرأس، فالأفضل التوقف والتنفس بشكل طبيعي. وإذا كان التركيز على التنفس يزيد شعورك سوءًا، يمكنك تجربة تمرين الحواس ⁦5-4-3-2-1⁩ بدلًا منه.</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>يمكنك الشهيق بينما تكبر الدائرة والزفير بينما تصغر، مع إرخاء كتفيك. إذا كان الإيقاع صعبًا، يمكنك اختيار إيقاع أهدأ. إذا شعرت بدوار أو بخفة في الرأس، فالأفضل التوقف والتنفس بشكل طبيعي. وإذا كان التركيز على التنفس يزيد شعورك سوءًا، يمكنك تجربة تمرين الحواس ⁦5-4-3-2-1⁩ بدلًا منه.</translation>
        </message>
        <message>
            <source>Press Start when you are ready.</source>
            <translation>يمكنك الضغط على «بدء» حين يناسبك.</translation>
        </message>
        <message>
            <source>That was four rounds, enough to begin with. Breathe normally, or continue if you like.</source>
            <translation>كانت هذه أربع دورات، وهي تكفي كبداية. يمكنك العودة إلى التنفس الطبيعي، أو المتابعة إن أردت.</translation>
        </message>
        <message>
            <source>Paused. Continue whenever you like.</source>
            <translation>متوقف مؤقتًا. يمكنك المتابعة متى شئت.</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Pause the breathing guide</source>
            <translation>إيقاف دليل التنفس مؤقتًا</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;متابعة</translation>
        </message>
        <message>
            <source>Continue the breathing guide</source>
            <translation>متابعة دليل التنفس</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;بدء</translation>
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation>بدء دليل التنفس</translation>
        </message>
        <message>
            <source>Breathe in… {seconds}</source>
            <translation>شهيق… {seconds}</translation>
        </message>
        <message>
            <source>Breathe out… {seconds}</source>
            <translation>زفير… {seconds}</translation>
        </message>
        <message>
            <source>Rest… {seconds}</source>
            <translation>انتظار دون شهيق… {seconds}</translation>
        </message>
        <message>
            <source>Hold… {seconds}</source>
            <translation>حبس النفَس… {seconds}</translation>
        </message>
        <message>
            <source>Gentle 4-6</source>
            <translation>هادئ ⁦4-6⁩</translation>
        </message>
        <message>
            <source>Slower out-breath 4-2-6</source>
            <translation>زفير أبطأ ⁦4-2-6⁩</translation>
        </message>
        <message>
            <source>Box breathing 4-4-4-4</source>
            <translation>التنفس المربع ⁦4-4-4-4⁩</translation>
        </message>
        <message>
            <source>Relaxing breath 4-7-8</source>
            <translation>تنفس الاسترخاء ⁦4-7-8⁩</translation>
        </message>
        <message>
            <source>In for 4 seconds, out for 6. An easy place to start.</source>
            <translation>شهيق 4 ثوانٍ، وزفير 6. بداية سهلة.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 2, out for 6. A long out-breath helps your body slow down.</source>
            <translation>شهيق 4 ثوانٍ، وحبس النفَس 2، وزفير 6. الزفير الطويل يساعد جسمك على التمهّل.</translation>
        </message>
        <message>
            <source>In, hold, out, hold: 4 seconds each. Steady and even.</source>
            <translation>شهيق، حبس، زفير، حبس: 4 ثوانٍ لكلٍّ منها. إيقاع ثابت ومتوازن.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 7, out for 8. Four rounds are enough to begin; if the hold feels too long or you feel light-headed, choose a gentler pace.</source>
            <translation>شهيق 4 ثوانٍ، وحبس النفَس 7، وزفير 8. أربع دورات تكفي كبداية؛ وإذا بدا حبس النفَس طويلًا أو شعرت بخفة في الرأس، يمكنك اختيار إيقاع أهدأ.</translation>
        </message>
    </context>
    <context>
        <name>BreathingSteps</name>
        <message numerus="yes">
            <source>Breathe in for %n seconds</source>
            <translation>
                <numerusform>شهيق لمدة %n ثانية</numerusform>
                <numerusform>شهيق لمدة %n ثانية</numerusform>
                <numerusform>شهيق لمدة %n ثانية</numerusform>
                <numerusform>شهيق لمدة %n ثوانٍ</numerusform>
                <numerusform>شهيق لمدة %n ثانية</numerusform>
                <numerusform>شهيق لمدة %n ثانية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathe out for %n seconds</source>
            <translation>
                <numerusform>زفير لمدة %n ثانية</numerusform>
                <numerusform>زفير لمدة %n ثانية</numerusform>
                <numerusform>زفير لمدة %n ثانية</numerusform>
                <numerusform>زفير لمدة %n ثوانٍ</numerusform>
                <numerusform>زفير لمدة %n ثانية</numerusform>
                <numerusform>زفير لمدة %n ثانية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rest for %n seconds</source>
            <translation>
                <numerusform>انتظار دون شهيق لمدة %n ثانية</numerusform>
                <numerusform>انتظار دون شهيق لمدة %n ثانية</numerusform>
                <numerusform>انتظار دون شهيق لمدة %n ثانية</numerusform>
                <numerusform>انتظار دون شهيق لمدة %n ثوانٍ</numerusform>
                <numerusform>انتظار دون شهيق لمدة %n ثانية</numerusform>
                <numerusform>انتظار دون شهيق لمدة %n ثانية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold for %n seconds</source>
            <translation>
                <numerusform>حبس النفَس لمدة %n ثانية</numerusform>
                <numerusform>حبس النفَس لمدة %n ثانية</numerusform>
                <numerusform>حبس النفَس لمدة %n ثانية</numerusform>
                <numerusform>حبس النفَس لمدة %n ثوانٍ</numerusform>
                <numerusform>حبس النفَس لمدة %n ثانية</numerusform>
                <numerusform>حبس النفَس لمدة %n ثانية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BroughtBackPane</name>
        <message>
            <source>This was deleted on one of your devices while it was being changed on another, so it was kept. Keep it, or move it to the trash? From the trash you can still restore it.</source>
            <translation>حُذف هذا على أحد أجهزتك بينما كان يُعدَّل على جهاز آخر، لذلك احتُفظ به. يمكنك الاحتفاظ به أو نقله إلى سلة المهملات، ومنها تبقى استعادته ممكنة.</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>ما يحتويه</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>لا يوجد شيء مكتوب هنا.</translation>
        </message>
        <message>
            <source>Keep &amp;it</source>
            <translation>&amp;الاحتفاظ به</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>الاحتفاظ به</translation>
        </message>
        <message>
            <source>&amp;Move to the trash</source>
            <translation>&amp;نقل إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Move it to the trash, where you can still restore it</source>
            <translation>نقله إلى سلة المهملات، حيث تبقى استعادته ممكنة</translation>
        </message>
        <message>
            <source>What it &amp;says</source>
            <translation>&amp;ما يحتويه</translation>
        </message>
    </context>
    <context>
        <name>CareItems</name>
        <message>
            <source>Rest</source>
            <translation>الراحة</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>الحركة</translation>
        </message>
        <message>
            <source>Time with people I trust</source>
            <translation>وقت مع أشخاص أثق بهم</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>الطبيعة</translation>
        </message>
        <message>
            <source>Creative work</source>
            <translation>عمل إبداعي</translation>
        </message>
        <message>
            <source>Spiritual practice</source>
            <translation>ممارسة روحية</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>الدعم النفسي</translation>
        </message>
        <message>
            <source>Time off / a boundary kept</source>
            <translation>وقت حر / حدّ حافظت عليه</translation>
        </message>
        <message>
            <source>A proper meal</source>
            <translation>وجبة جيدة</translation>
        </message>
        <message>
            <source>Trouble sleeping</source>
            <translation>صعوبة في النوم</translation>
        </message>
        <message>
            <source>Irritability</source>
            <translation>سرعة الانفعال</translation>
        </message>
        <message>
            <source>Feeling numb</source>
            <translation>عدم الشعور بشيء</translation>
        </message>
        <message>
            <source>Withdrawing from people</source>
            <translation>الابتعاد عن الناس</translation>
        </message>
        <message>
            <source>Exhaustion</source>
            <translation>الإرهاق</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>التأهب الدائم</translation>
        </message>
        <message>
            <source>Nightmares or unwanted memories</source>
            <translation>كوابيس أو ذكريات تعود رغمًا عني</translation>
        </message>
        <message>
            <source>Hopelessness or cynicism</source>
            <translation>اليأس أو السخرية من كل شيء</translation>
        </message>
        <message>
            <source>Drinking more than usual</source>
            <translation>شرب الكحول أكثر من المعتاد</translation>
        </message>
        <message>
            <source>Body aches</source>
            <translation>آلام في الجسم</translation>
        </message>
        <message>
            <source>Not being able to stop working</source>
            <translation>عدم القدرة على التوقف عن العمل</translation>
        </message>
        <message>
            <source>Peer-support circle</source>
            <translation>حلقة دعم الأقران</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>جلسة دعم نفسي</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>اجتماع الفريق</translation>
        </message>
        <message>
            <source>Retreat or safe space</source>
            <translation>خلوة أو مساحة آمنة</translation>
        </message>
        <message>
            <source>Online dialogue</source>
            <translation>حوار عبر الإنترنت</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
    </context>
    <context>
        <name>CareListEditor</name>
        <message>
            <source>activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>علامات الإنذار</translation>
        </message>
        <message>
            <source>Your {things}</source>
            <translation>{things} الخاصة بك</translation>
        </message>
        <message>
            <source>Rename the chosen item</source>
            <translation>إعادة تسمية العنصر المحدد</translation>
        </message>
        <message>
            <source>Move the chosen item up</source>
            <translation>نقل العنصر المحدد لأعلى</translation>
        </message>
        <message>
            <source>Move the chosen item down</source>
            <translation>نقل العنصر المحدد لأسفل</translation>
        </message>
        <message>
            <source>Hide the chosen item</source>
            <translation>إخفاء العنصر المحدد</translation>
        </message>
        <message>
            <source>Show the chosen item again</source>
            <translation>إظهار العنصر المحدد من جديد</translation>
        </message>
        <message>
            <source>A new name</source>
            <translation>اسم جديد</translation>
        </message>
        <message>
            <source>Name of a new item</source>
            <translation>اسم عنصر جديد</translation>
        </message>
        <message>
            <source>Add the new item</source>
            <translation>إضافة العنصر الجديد</translation>
        </message>
        <message>
            <source>Hidden from the check-in and the editor</source>
            <translation>مخفي من تسجيل اليوم ومن المحرر</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>إعادة &amp;تسمية</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>نقل &amp;لأسفل</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>إ&amp;خفاء</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>{name} (hidden)</source>
            <translation>{name} (مخفي)</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>إ&amp;ظهار</translation>
        </message>
    </context>
    <context>
        <name>CareListsDialog</name>
        <message>
            <source>Lists</source>
            <translation>القوائم</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>ما يساعدني</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>علامات الإنذار</translation>
        </message>
        <message>
            <source>My lists</source>
            <translation>قوائمي</translation>
        </message>
        <message>
            <source>These are the choices in your check-in and your entries. Hiding an item keeps it in the entries that already have it.</source>
            <translation>هذه هي الخيارات في تسجيل اليوم وفي إدخالاتك. إخفاء عنصر يُبقيه في الإدخالات التي تتضمنه من قبل.</translation>
        </message>
        <message>
            <source>Close my lists</source>
            <translation>إغلاق قوائمي</translation>
        </message>
    </context>
    <context>
        <name>CarersList</name>
        <message>
            <source>Who would look after them</source>
            <translation>من سيعتني بهم</translation>
        </message>
        <message>
            <source>Add someone to look after &amp;them…</source>
            <translation>إضافة من &amp;يعتني بهم…</translation>
        </message>
        <message>
            <source>Link someone from the director&amp;y…</source>
            <translation>&amp;ربط شخص من الدليل…</translation>
        </message>
        <message>
            <source>Take off this l&amp;ist</source>
            <translation>إزالة من &amp;هذه القائمة</translation>
        </message>
        <message>
            <source>{name} is off this list (still in your directory).</source>
            <translation>لم يعد {name} في هذه القائمة (وما زال في دليلك).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Put {name} back on this list</source>
            <translation>إعادة {name} إلى هذه القائمة</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>لا يوجد رقم محفوظ</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>Changing your passphrase… this takes a moment.</source>
            <translation>جارٍ تغيير عبارة المرور… يستغرق هذا لحظات.</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Your vault is encrypted again under the new passphrase. A recovery code, if you have one, keeps working. Backups made before still open with the passphrase they had.</source>
            <translation>تُشفَّر خزنتك من جديد بعبارة المرور الجديدة. رمز الاسترداد، إن كان لديك، يبقى صالحًا. أما النسخ الاحتياطية السابقة فتُفتح بعبارة المرور التي كانت لها.</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>يلزم أولًا كتابة عبارة المرور الحالية.</translation>
        </message>
    </context>
    <context>
        <name>ChartImageSaver</name>
        <message>
            <source>Save the charts as an image?</source>
            <translation>حفظ الرسوم البيانية كصورة؟</translation>
        </message>
        <message>
            <source>The image will not be encrypted. Anyone who can open the file can see your stress and mood over time. Save it only where you trust, and delete it when you no longer need it.

Save the image?</source>
            <translation>لن تكون الصورة مشفّرة. أي شخص يستطيع فتح الملف سيرى توترك ومزاجك على مرّ الوقت. الأفضل حفظها في مكان موثوق فقط، وحذفها عند انتهاء الحاجة إليها.

حفظ الصورة؟</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>حفظ الرسوم البيانية كصورة</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <source>The image was not saved</source>
            <translation>لم تُحفظ الصورة</translation>
        </message>
        <message>
            <source>The image could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>تعذّر حفظ الصورة، ولم يُكتب أي شيء. يمكنك التأكد من وجود المجلد ومن إمكانية الكتابة فيه، ثم المحاولة مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Check in</source>
            <translation>تسجيل اليوم</translation>
        </message>
        <message>
            <source>Every part is optional. Enter saves.</source>
            <translation>كل جزء اختياري. Enter للحفظ.</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>ما فعلته لنفسي</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;تعديل قوائمي…</translation>
        </message>
        <message>
            <source>Edit my list of activities</source>
            <translation>تعديل قائمة أنشطتي</translation>
        </message>
        <message>
            <source>One line, if you like</source>
            <translation>سطر واحد، إن أردت</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>سطر واحد عن اليوم</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;حفظ تسجيل اليوم</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>حفظ تسجيل اليوم</translation>
        </message>
        <message>
            <source>What did you do for yourself?</source>
            <translation>ماذا فعلت لنفسك؟</translation>
        </message>
        <message>
            <source>How stressed do you feel right now?</source>
            <translation>ما مستوى توترك الآن؟</translation>
        </message>
        <message>
            <source>How is your mood?</source>
            <translation>كيف مزاجك؟</translation>
        </message>
        <message>
            <source>Choose a number, an activity or write a line first.</source>
            <translation>يلزم أولًا اختيار رقم أو نشاط، أو كتابة سطر.</translation>
        </message>
        <message>
            <source>Saved again at {time}.</source>
            <translation>حُفظ مجددًا في {time}.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>حُفظ.</translation>
        </message>
        <message>
            <source>The check-in could not be saved. {reason}</source>
            <translation>تعذّر حفظ تسجيل اليوم. {reason}</translation>
        </message>
    </context>
    <context>
        <name>CodeCard</name>
        <message>
            <source>Your pairing code</source>
            <translation>رمز الاقتران الخاص بك</translation>
        </message>
        <message>
            <source>Write this down or print it, and keep it safe: anyone with this code and the folder can read what you sync. You can see it again later in Sync, after your passphrase.</source>
            <translation>يُستحسن تدوينه أو طباعته وحفظه في مكان آمن: أي شخص لديه هذا الرمز والمجلد يستطيع قراءة ما تجري مزامنته. يمكنك رؤيته لاحقًا في «المزامنة» بعد إدخال عبارة المرور.</translation>
        </message>
        <message>
            <source>On your other device, open Sync, choose “Join another device’s sync”, pick the same folder and type this code.</source>
            <translation>على جهازك الآخر، يمكنك فتح «المزامنة»، واختيار «الانضمام إلى مزامنة جهاز آخر»، وتحديد المجلد نفسه، ثم كتابة هذا الرمز.</translation>
        </message>
        <message>
            <source>Cop&amp;y the code</source>
            <translation>&amp;نسخ الرمز</translation>
        </message>
        <message>
            <source>Copy the pairing code</source>
            <translation>نسخ رمز الاقتران</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;تم</translation>
        </message>
        <message>
            <source>Done: hide the pairing code</source>
            <translation>تم: إخفاء رمز الاقتران</translation>
        </message>
        <message>
            <source>Pairing code: {code}</source>
            <translation>رمز الاقتران: {code}</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثوانٍ.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsDialog</name>
        <message>
            <source>What many people feel afterwards</source>
            <translation>ما يشعر به كثير من الناس بعد ذلك</translation>
        </message>
        <message>
            <source>After something frightening or very hard, most people notice changes in themselves in the days and weeks that follow. These are common reactions to something that should not have happened. They do not mean that something is wrong with you.</source>
            <translation>بعد أمر مخيف أو صعب جدًا، يلاحظ معظم الناس تغيرات في أنفسهم خلال الأيام والأسابيع التالية. هذه ردود فعل شائعة على أمر ما كان ينبغي أن يحدث، ولا تعني أن فيك خللًا.</translation>
        </message>
        <message>
            <source>What many people notice</source>
            <translation>ما يلاحظه كثير من الناس</translation>
        </message>
        <message>
            <source>Trouble sleeping, or waking often</source>
            <translation>صعوبة في النوم، أو الاستيقاظ كثيرًا</translation>
        </message>
        <message>
            <source>Startling easily, or feeling on edge</source>
            <translation>الفزع بسهولة، أو الشعور بالتوتر والترقب</translation>
        </message>
        <message>
            <source>Getting irritable or angry more quickly</source>
            <translation>سرعة الانفعال أو الغضب</translation>
        </message>
        <message>
            <source>Feeling numb, flat or far away</source>
            <translation>عدم الشعور بشيء، أو الفتور، أو الإحساس بالبعد عن كل شيء</translation>
        </message>
        <message>
            <source>Feeling guilty, or blaming yourself</source>
            <translation>الشعور بالذنب، أو لوم النفس</translation>
        </message>
        <message>
            <source>Feeling tired, even after rest</source>
            <translation>التعب، حتى بعد الراحة</translation>
        </message>
        <message>
            <source>Trouble concentrating or remembering things</source>
            <translation>صعوبة في التركيز أو في تذكر الأشياء</translation>
        </message>
        <message>
            <source>Not everyone feels all of these, and some people feel very little; that is common too. For most people they ease little by little over the following weeks. Some days will be harder than others.</source>
            <translation>لا يشعر الجميع بكل ذلك، وبعض الناس لا يشعرون إلا بالقليل؛ وهذا شائع أيضًا. وعند معظم الناس تخف هذه الردود شيئًا فشيئًا خلال الأسابيع التالية. وستكون بعض الأيام أصعب من غيرها.</translation>
        </message>
        <message>
            <source>What often helps</source>
            <translation>ما يساعد في الغالب</translation>
        </message>
        <message>
            <source>Rest, even when sleep does not come easily</source>
            <translation>الراحة، حتى عندما لا يأتي النوم بسهولة</translation>
        </message>
        <message>
            <source>A simple routine: meals, water, a little movement</source>
            <translation>روتين بسيط: وجبات، وماء، وقليل من الحركة</translation>
        </message>
        <message>
            <source>Time with people you trust. You do not have to talk about what happened.</source>
            <translation>وقت مع أشخاص موثوقين. لا حاجة إلى الحديث عما حدث.</translation>
        </message>
        <message>
            <source>Grounding when it gets too much: slow breathing, or noticing what is around you</source>
            <translation>التثبيت حين يصبح الأمر أكثر من اللازم: التنفس ببطء، أو الانتباه إلى ما حولك</translation>
        </message>
        <message>
            <source>Breaks from the news and from work, and going easy on alcohol</source>
            <translation>فترات راحة من الأخبار ومن العمل، والتخفيف من الكحول</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>ال&amp;تنفس والتثبيت</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>تمارين التنفس والتثبيت (Ctrl+G)</translation>
        </message>
        <message>
            <source>When talking with someone trained is worth it</source>
            <translation>متى يكون الحديث مع شخص مدرَّب مفيدًا</translation>
        </message>
        <message>
            <source>A counsellor, a doctor or another trained person you trust can help, and asking for that is a way of looking after yourself. It is worth it if:</source>
            <translation>يمكن أن يساعدك شخص مدرَّب موضع ثقة، في الدعم النفسي أو الطب أو غيرهما، وطلب ذلك طريقة من طرق العناية بنفسك. ويكون ذلك مفيدًا إذا:</translation>
        </message>
        <message>
            <source>these reactions are still strong after a few weeks, or getting worse</source>
            <translation>بقيت ردود الفعل هذه قوية بعد بضعة أسابيع، أو ازدادت سوءًا</translation>
        </message>
        <message>
            <source>you cannot work, or cannot look after yourself or the people who depend on you</source>
            <translation>لم يعد بإمكانك العمل، أو العناية بنفسك أو بمن يعتمدون عليك</translation>
        </message>
        <message>
            <source>you are drinking or using more than usual to get through the day</source>
            <translation>زاد الشرب أو التعاطي عن المعتاد لتجاوز اليوم</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>إن كانت لديك أفكار عن إيذاء نفسك، يُرجى التواصل الآن مع أحد أشخاصك الموثوقين، أو مع خط أزمات محلي.</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>ا&amp;لتواصل مع أحد الآن</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>التواصل مع أحد الآن</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support (Ctrl+R)</source>
            <translation>أشخاصك الموثوقون للطوارئ، ثم جهات الدعم (Ctrl+R)</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>إغلاق هذه الصفحة</translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsLink</name>
        <message>
            <source>&amp;What many people feel afterwards</source>
            <translation>ما &amp;يشعر به كثير من الناس بعد ذلك</translation>
        </message>
        <message>
            <source>Read what many people feel in the days and weeks after something hard</source>
            <translation>قراءة ما يشعر به كثير من الناس في الأيام والأسابيع التي تلي أمرًا صعبًا</translation>
        </message>
        <message>
            <source>Read: what many people feel &amp;afterwards</source>
            <translation>قراءة: ما ي&amp;شعر به كثير من الناس بعد ذلك</translation>
        </message>
    </context>
    <context>
        <name>ConfirmAddDialog</name>
        <message>
            <source>Add {name}?</source>
            <translation>إضافة {name}؟</translation>
        </message>
        <message>
            <source>Ask {name} to read you the fingerprint of her member key. Add her only if every group matches.</source>
            <translation>يمكنك أن تطلب من {name} قراءة بصمة مفتاح العضوية لك. تكون الإضافة فقط إذا تطابقت كل المجموعات.</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>البصمة: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Add to the team</source>
            <translation>إ&amp;ضافة إلى الفريق</translation>
        </message>
        <message>
            <source>Add {name} to the team</source>
            <translation>إضافة {name} إلى الفريق</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>التأكيد بعبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;تأكيد</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>تأكيد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Contact type</source>
            <translation>نوع وسيلة التواصل</translation>
        </message>
        <message>
            <source>Phone number, address or handle</source>
            <translation>رقم الهاتف أو العنوان أو اسم المستخدم</translation>
        </message>
        <message>
            <source>Number, address or handle</source>
            <translation>الرقم أو العنوان أو اسم المستخدم</translation>
        </message>
        <message>
            <source>Contact label</source>
            <translation>تسمية وسيلة التواصل</translation>
        </message>
        <message>
            <source>Label, e.g. 24-hour line</source>
            <translation>التسمية، مثلًا: خط 24 ساعة</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Remove this contact method</source>
            <translation>إزالة وسيلة التواصل هذه</translation>
        </message>
    </context>
    <context>
        <name>ContactsInput</name>
        <message>
            <source>Search your directory</source>
            <translation>البحث في دليلك</translation>
        </message>
        <message>
            <source>Search your directory for people to add</source>
            <translation>البحث في دليلك عن أشخاص لإضافتهم</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>People and organisations in your directory; Enter adds one</source>
            <translation>أشخاص ومنظمات في دليلك؛ Enter يضيف واحدًا</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>إ&amp;ضافة</translation>
        </message>
        <message>
            <source>Add the one chosen in the list</source>
            <translation>إضافة المحدد في القائمة</translation>
        </message>
        <message>
            <source>Or type any name</source>
            <translation>أو كتابة أي اسم</translation>
        </message>
        <message>
            <source>A name to add</source>
            <translation>اسم للإضافة</translation>
        </message>
        <message>
            <source>Add na&amp;me</source>
            <translation>إضا&amp;فة اسم</translation>
        </message>
        <message>
            <source>Add the name you typed</source>
            <translation>إضافة الاسم المكتوب</translation>
        </message>
        <message>
            <source>From your directory</source>
            <translation>من دليلك</translation>
        </message>
        <message>
            <source>You chose:</source>
            <translation>اخترت:</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>لم يُختر أحد بعد.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>إزالة {name}</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>إنشاء خزنتك</translation>
        </message>
        <message>
            <source>Everything you keep in Wellbeing Desk is encrypted with one passphrase. Choose a few words that only you know and can remember.</source>
            <translation>كل ما يُحفظ في Wellbeing Desk يُشفَّر بعبارة مرور واحدة. يمكنك اختيار بضع كلمات لا يعرفها أحد سواك ويسهل عليك تذكّرها.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>تكرار عبارة المرور</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>عبارتا المرور غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>عبارة المرور هذه ضعيفة. استخدامها على أي حال.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>استخدام عبارة المرور الضعيفة على أي حال</translation>
        </message>
        <message>
            <source>Important: if you forget this passphrase, nobody can recover your vault, not even the people who make Wellbeing Desk. Keep a copy somewhere safe if you need one.</source>
            <translation>مهم: إذا نسيت عبارة المرور هذه، فلن يستطيع أحد استعادة خزنتك، ولا حتى صانعو Wellbeing Desk. إن احتجت إلى نسخة منها، يمكنك حفظها في مكان آمن.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>إ&amp;نشاء الخزنة</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <source>Creating your vault… this takes a moment.</source>
            <translation>جارٍ إنشاء خزنتك… يستغرق هذا لحظات.</translation>
        </message>
        <message>
            <source>Have a backup? &amp;Restore it…</source>
            <translation>لديك نسخة احتياطية؟ ا&amp;ستعادتها…</translation>
        </message>
        <message>
            <source>Restore a backup instead</source>
            <translation>استعادة نسخة احتياطية بدلًا من ذلك</translation>
        </message>
        <message>
            <source>Type a passphrase first.</source>
            <translation>يلزم كتابة عبارة مرور أولًا.</translation>
        </message>
        <message numerus="yes">
            <source>Not created: the passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n أحرف على الأقل.</numerusform>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n حرفًا على الأقل.</numerusform>
                <numerusform>لم تُنشأ: عبارة المرور قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not created yet: type the passphrase a second time, below.</source>
            <translation>لم تُنشأ بعد: يلزم كتابة عبارة المرور مرة ثانية، في الأسفل.</translation>
        </message>
        <message>
            <source>Not created: the two passphrases are not the same yet.</source>
            <translation>لم تُنشأ: عبارتا المرور غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>Not created: this passphrase is weak. Add a few more words, or tick the box below to use it anyway.</source>
            <translation>لم تُنشأ: عبارة المرور هذه ضعيفة. يمكنك إضافة بضع كلمات أخرى، أو تحديد المربع أدناه لاستخدامها على أي حال.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team space</source>
            <translation>إنشاء مساحة فريق</translation>
        </message>
        <message>
            <source>A team space keeps the directory entries you share with your team. You create it, then add each person with their member key.</source>
            <translation>تحفظ مساحة الفريق جهات الدليل التي تُشارَك مع فريقك. يمكنك إنشاؤها ثم إضافة كل شخص بمفتاح عضويته.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>اسم الفريق</translation>
        </message>
        <message>
            <source>Your name in the team</source>
            <translation>اسمك في الفريق</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>اسم ال&amp;فريق</translation>
        </message>
        <message>
            <source>&amp;Your name in the team</source>
            <translation>ا&amp;سمك في الفريق</translation>
        </message>
        <message>
            <source>How the others in the team know you: they see it in the list of members.</source>
            <translation>الاسم الذي يعرفك به أعضاء الفريق: يظهر في قائمة الأعضاء.</translation>
        </message>
        <message>
            <source>&amp;Create the team space</source>
            <translation>إن&amp;شاء مساحة الفريق</translation>
        </message>
        <message>
            <source>Create the team space</source>
            <translation>إنشاء مساحة الفريق</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>اختيار المجلد الذي يتشاركه الفريق</translation>
        </message>
    </context>
    <context>
        <name>DebriefExportDialog</name>
        <message>
            <source>Export this debrief</source>
            <translation>تصدير هذه المراجعة</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>It holds this debrief's summary: your answers and your follow-up actions. You will be asked for your passphrase before anything is written.</source>
            <translation>يحتوي على ملخص هذه المراجعة: إجاباتك وخطوات المتابعة. ستُطلب عبارة المرور قبل كتابة أي شيء.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Export the debrief</source>
            <translation>تصدير المراجعة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>حفظ الملف المُصدَّر</translation>
        </message>
        <message>
            <source>Debrief: {title}</source>
            <translation>المراجعة: {title}</translation>
        </message>
        <message>
            <source>Started {start} · finished {end}</source>
            <translation>بدأت {start} · انتهت {end}</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>خطوات المتابعة</translation>
        </message>
        <message>
            <source>Nothing was written down in this debrief.</source>
            <translation>لم يُدوَّن شيء في هذه المراجعة.</translation>
        </message>
    </context>
    <context>
        <name>DebriefHome</name>
        <message>
            <source>Debrief</source>
            <translation>المراجعة الذاتية</translation>
        </message>
        <message>
            <source>A quiet space to look after yourself after something hard: a raid, a threat, a colleague's arrest, a difficult testimony. Go at your own pace. Every question can be skipped, and you can pause at any time; what you write stays encrypted on this computer.</source>
            <translation>مساحة هادئة للاعتناء بنفسك بعد أمر صعب: مداهمة، أو تهديد، أو اعتقال أحد أفراد فريقك، أو شهادة مؤلمة. على مهلك. يمكن تخطي أي سؤال، ويمكنك التوقف مؤقتًا في أي وقت؛ وما يُكتب هنا يبقى مشفّرًا على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>This is not therapy. Only the security review asks what happened, and only the facts; you can leave those questions out or skip any question. If things feel like too much, or weeks later you still can't sleep, feel on edge or feel numb, talking with someone trained can help.</source>
            <translation>هذه ليست جلسة علاج. وحدها مراجعة الأمان تسأل عمّا حدث، وتكتفي بالوقائع؛ ويمكنك ترك تلك الأسئلة أو تخطي أي سؤال. إذا شعرت أن الأمر أكبر من طاقتك، أو استمرت بعد أسابيع صعوبة النوم أو التوتر الدائم أو عدم الشعور بشيء، فقد يساعدك الحديث مع شخص مختص.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>&amp;عرض الدعم في دليلك</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>عرض الدعم النفسي ورعاية الصدمات ودعم الأقران وخطوط المساعدة في دليلك</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>فتح تمارين التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Continue where you left off</source>
            <translation>المتابعة من حيث توقفت</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>إ&amp;دارة القوالب…</translation>
        </message>
        <message>
            <source>Manage templates: duplicate, edit, write your own, import and export</source>
            <translation>إدارة القوالب: النسخ، والتعديل، وكتابة قوالبك الخاصة، والاستيراد، والتصدير</translation>
        </message>
        <message>
            <source>Start a debrief</source>
            <translation>بدء مراجعة</translation>
        </message>
        <message>
            <source>Choose the one that fits. You can stop or skip at any point.</source>
            <translation>يمكنك اختيار ما يناسبك، والتوقف أو التخطي في أي لحظة.</translation>
        </message>
        <message>
            <source>Finished debriefs</source>
            <translation>المراجعات المنتهية</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash: bring them back or remove them for good</source>
            <translation>مراجعات نقلتها إلى سلة المهملات: يمكنك استعادتها أو حذفها نهائيًا</translation>
        </message>
        <message>
            <source>Trash ({count})</source>
            <translation>سلة المهملات ({count})</translation>
        </message>
        <message>
            <source>Open the trash ({count})</source>
            <translation>فتح سلة المهملات ({count})</translation>
        </message>
        <message>
            <source>Open the trash</source>
            <translation>فتح سلة المهملات</translation>
        </message>
    </context>
    <context>
        <name>DebriefPage</name>
        <message>
            <source>Your debrief was kept when Wellbeing Desk locked.</source>
            <translation>حُفظت مراجعتك عندما قُفل Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Continue it</source>
            <translation>متابعتها</translation>
        </message>
        <message>
            <source>Continue the debrief you were in</source>
            <translation>متابعة المراجعة التي كنت فيها</translation>
        </message>
        <message>
            <source>Your debrief is kept. Continue it here whenever you like.</source>
            <translation>مراجعتك محفوظة. يمكنك متابعتها من هنا متى شئت.</translation>
        </message>
        <message>
            <source>Exported to {file}. The file is not encrypted.</source>
            <translation>صُدِّرت إلى {file}. الملف غير مشفّر.</translation>
        </message>
        <message>
            <source>Debrief moved to the trash.</source>
            <translation>نُقلت المراجعة إلى سلة المهملات.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo: bring the debrief back</source>
            <translation>تراجع: استعادة المراجعة</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>استعادتها (Ctrl+Z)</translation>
        </message>
        <message>
            <source>“{title}” is back with your debriefs.</source>
            <translation>عادت «{title}» إلى مراجعاتك.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>إفراغ سلة المهملات؟</translation>
        </message>
        <message>
            <source>Remove every debrief in the trash for good? This cannot be undone: their answers and follow-up actions are deleted.</source>
            <translation>حذف كل المراجعات في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك: ستُحذف إجاباتها وخطوات متابعتها.</translation>
        </message>
        <message>
            <source>The trash was emptied.</source>
            <translation>أُفرغت سلة المهملات.</translation>
        </message>
        <message>
            <source>This debrief no longer exists.</source>
            <translation>هذه المراجعة لم تعد موجودة.</translation>
        </message>
        <message>
            <source>This debrief could not be opened: its saved copy is damaged.</source>
            <translation>تعذّر فتح هذه المراجعة: نسختها المحفوظة تالفة.</translation>
        </message>
    </context>
    <context>
        <name>DebriefPlanLink</name>
        <message>
            <source>&amp;Who looks after the people who depend on me…</source>
            <translation>من &amp;يعتني بمن يعتمدون عليّ…</translation>
        </message>
        <message>
            <source>Open my plan: who looks after the people who depend on me</source>
            <translation>فتح خطتي: من يعتني بمن يعتمدون عليّ</translation>
        </message>
    </context>
    <context>
        <name>DebriefRow</name>
        <message>
            <source>Finished {date}</source>
            <translation>انتهت {date}</translation>
        </message>
        <message>
            <source>Started {date}</source>
            <translation>بدأت {date}</translation>
        </message>
        <message>
            <source>View summary</source>
            <translation>عرض الملخص</translation>
        </message>
        <message>
            <source>View the summary of “{title}”, finished {date}</source>
            <translation>عرض ملخص «{title}»، انتهت {date}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Continue “{title}”, started {date}</source>
            <translation>متابعة «{title}»، بدأت {date}</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>نقل إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Move “{title}” from {date} to the trash</source>
            <translation>نقل «{title}» بتاريخ {date} إلى سلة المهملات</translation>
        </message>
        <message>
            <source>distress {before} → {after}</source>
            <translation>الضيق {before} ← {after}</translation>
        </message>
        <message>
            <source>Distress {before} at the start and {after} at the end.</source>
            <translation>الضيق {before} في البداية و{after} في النهاية.</translation>
        </message>
        <message>
            <source>distress {before} at the start</source>
            <translation>الضيق {before} في البداية</translation>
        </message>
        <message>
            <source>Distress {before} at the start.</source>
            <translation>الضيق {before} في البداية.</translation>
        </message>
    </context>
    <context>
        <name>DebriefSession</name>
        <message>
            <source>Your debrief could not be saved just now. {reason}</source>
            <translation>تعذّر حفظ مراجعتك في هذه اللحظة. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DebriefWizard</name>
        <message>
            <source>&amp;Take a moment</source>
            <translation>&amp;أخذ لحظة</translation>
        </message>
        <message>
            <source>Take a moment: a breathing or grounding exercise</source>
            <translation>أخذ لحظة: تمرين تنفس أو تثبيت</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>تمارين التنفس والتثبيت (Ctrl+G)</translation>
        </message>
        <message>
            <source>About the event itself — only if you want to</source>
            <translation>عن الحدث نفسه — فقط إن أردت</translation>
        </message>
        <message>
            <source>&amp;Pause and come back later</source>
            <translation>&amp;إيقاف مؤقت والعودة لاحقًا</translation>
        </message>
        <message>
            <source>Pause: your debrief is kept and you can come back to it later</source>
            <translation>إيقاف مؤقت: مراجعتك محفوظة ويمكنك العودة إليها لاحقًا</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>العودة إلى الخطوة السابقة</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;تخطي</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>تخطي هذه الخطوة</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;التالي</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <source>Next (Ctrl+Enter)</source>
            <translation>التالي (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>الخطوة {number} من {total}</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>Finish and see the summary</source>
            <translation>إنهاء وعرض الملخص</translation>
        </message>
    </context>
    <context>
        <name>DestroyVault</name>
        <message>
            <source>Backups you made (backup files, copies of the vault folder, backup drives) still open with the passphrase they had. Destroy them too.</source>
            <translation>النسخ الاحتياطية التي أنشأتها (ملفات النسخ، ونسخ مجلد الخزنة، وأقراص النسخ الاحتياطي) تظل تُفتح بعبارة المرور التي كانت لها. يلزم إتلافها هي أيضًا.</translation>
        </message>
        <message>
            <source>Exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched. Delete them where you saved them.</source>
            <translation>الملفات المُصدَّرة (JSON وMarkdown وCSV وvCard) غير مشفّرة ولا يشملها هذا. يلزم حذفها من حيث حُفظت.</translation>
        </message>
        <message>
            <source>Sync folders, the WebDAV server and your other paired devices keep their own encrypted copies. Destroy the vault on each device and empty the sync folder.</source>
            <translation>مجلدات المزامنة وخادم WebDAV وأجهزتك الأخرى المقترنة تحتفظ بنسخها المشفّرة الخاصة. يلزم تدمير الخزنة على كل جهاز وإفراغ مجلد المزامنة.</translation>
        </message>
        <message>
            <source>SSDs, USB sticks, memory cards, snapshots and cloud version history may keep old blocks. Those blocks are encrypted: without a key they are noise.</source>
            <translation>أقراص SSD وذاكرات USB وبطاقات الذاكرة واللقطات وسجل الإصدارات في السحابة قد تحتفظ بكتل قديمة. هذه الكتل مشفّرة: من دون مفتاح لا معنى لها.</translation>
        </message>
        <message>
            <source>Anyone who kept a copy of this vault's folder and knows the passphrase (or a recovery code) can still open their copy.</source>
            <translation>كل من احتفظ بنسخة من مجلد هذه الخزنة ويعرف عبارة المرور (أو رمز الاسترداد) يظل قادرًا على فتح نسخته.</translation>
        </message>
        <message>
            <source>The vault was destroyed: every key that opened it was overwritten, then its files were removed from this computer.</source>
            <translation>دُمّرت الخزنة: كُتب فوق كل مفتاح كان يفتحها، ثم أُزيلت ملفاتها من هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Some of the vault's files could not be overwritten or removed: {files}. Look at the folder, and remove them yourself if they are still there.</source>
            <translation>تعذّرت الكتابة فوق بعض ملفات الخزنة أو إزالتها: {files}. يمكنك فحص المجلد وإزالتها بنفسك إن كانت لا تزال موجودة.</translation>
        </message>
        <message>
            <source>Other files in the vault's folder are not part of the vault and were left as they were: {files}.</source>
            <translation>ملفات أخرى في مجلد الخزنة ليست جزءًا منها، وقد تُركت كما هي: {files}.</translation>
        </message>
        <message>
            <source>What this did not reach:</source>
            <translation>ما لم يصل إليه هذا:</translation>
        </message>
    </context>
    <context>
        <name>DestroyVaultDialog</name>
        <message>
            <source>Destroy this vault</source>
            <translation>تدمير هذه الخزنة</translation>
        </message>
        <message>
            <source>destroy</source>
            <translation>تدمير</translation>
        </message>
        <message>
            <source>This destroys every key that opens this vault (your passphrase's and the recovery code's), then removes the vault's files from this computer. Nobody can open it again, you included. It cannot be undone.</source>
            <translation>يُتلف هذا كل مفتاح يفتح هذه الخزنة (مفتاح عبارة المرور ومفتاح رمز الاسترداد)، ثم يزيل ملفات الخزنة من هذا الحاسوب. لن يستطيع أحد فتحها مجددًا، ولا أنت. لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>What this cannot reach:</source>
            <translation>ما لا يمكن أن يصل إليه هذا:</translation>
        </message>
        <message>
            <source>If you only need Wellbeing Desk out of sight, lock it instead (Lock and minimise): nothing is lost.</source>
            <translation>إذا كان المطلوب فقط إخفاء Wellbeing Desk عن الأنظار، فيكفي قفله («قفل وتصغير»): لن يضيع شيء.</translation>
        </message>
        <message>
            <source>C&amp;ontinue…</source>
            <translation>&amp;متابعة…</translation>
        </message>
        <message>
            <source>Continue to the last step</source>
            <translation>المتابعة إلى الخطوة الأخيرة</translation>
        </message>
        <message>
            <source>Cancel: keep the vault</source>
            <translation>إلغاء: الاحتفاظ بالخزنة</translation>
        </message>
        <message>
            <source>Destroy this vault?</source>
            <translation>تدمير هذه الخزنة؟</translation>
        </message>
        <message>
            <source>To destroy the vault, type “{word}” below and press the red button.</source>
            <translation>لتدمير الخزنة، يلزم كتابة «{word}» في الأسفل ثم الضغط على الزر الأحمر.</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>كتابة {word} للتأكيد</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault</source>
            <translation>&amp;تدمير هذه الخزنة</translation>
        </message>
        <message>
            <source>Destroy this vault for good</source>
            <translation>تدمير هذه الخزنة نهائيًا</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Other devices</source>
            <translation>الأجهزة الأخرى</translation>
        </message>
        <message>
            <source>Nothing received from another device yet.</source>
            <translation>لم يصل شيء من جهاز آخر بعد.</translation>
        </message>
        <message>
            <source>{device}: last file applied {when}</source>
            <translation>{device}: آخر ملف طُبِّق {when}</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>&amp;نسيان…</translation>
        </message>
        <message>
            <source>Forget device {device}</source>
            <translation>نسيان الجهاز {device}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDetail</name>
        <message>
            <source>Mark as a favourite (Ctrl+D)</source>
            <translation>تمييز كمفضّل (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;عديل</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>تعديل هذه الجهة</translation>
        </message>
        <message>
            <source>Edit this entry (Enter in the list)</source>
            <translation>تعديل هذه الجهة (Enter في القائمة)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>حذف هذه الجهة</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it (Delete)</source>
            <translation>حذف هذه الجهة؛ يمكن التراجع عن ذلك (Delete)</translation>
        </message>
        <message>
            <source>I chec&amp;ked this</source>
            <translation>قمت &amp;بالتحقق منها</translation>
        </message>
        <message>
            <source>I checked this entry today</source>
            <translation>تحققت من هذه الجهة اليوم</translation>
        </message>
        <message>
            <source>Records today as the day you checked these details yourself</source>
            <translation>يسجّل تاريخ اليوم على أنه يوم تحققك بنفسك من هذه البيانات</translation>
        </message>
        <message>
            <source>&amp;Share with a team…</source>
            <translation>مشا&amp;ركة مع فريق…</translation>
        </message>
        <message>
            <source>Share a copy of this entry with a team</source>
            <translation>مشاركة نسخة من هذه الجهة مع فريق</translation>
        </message>
        <message>
            <source>Asks first. Your own entry stays as it is; your notes are not shared</source>
            <translation>يُطلب تأكيدك أولًا. تبقى جهتك كما هي، ولا تُشارَك ملاحظاتك</translation>
        </message>
        <message>
            <source>Keep a &amp;copy as mine</source>
            <translation>الاحتفاظ ب&amp;نسخة لي</translation>
        </message>
        <message>
            <source>Keep a copy of this team entry as mine</source>
            <translation>الاحتفاظ بنسخة خاصة بي من جهة الفريق هذه</translation>
        </message>
        <message>
            <source>Adds your own copy to your directory; the team's entry stays as it is</source>
            <translation>تُضاف نسختك الخاصة إلى دليلك، وتبقى جهة الفريق كما هي</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>طرق التواصل</translation>
        </message>
        <message>
            <source>Notes this entry takes part in</source>
            <translation>الملاحظات التي تظهر فيها هذه الجهة</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>أكثر طرق التواصل أمانًا</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>الفئات</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>المناطق</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>لمن الخدمة</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>لديها خبرة مع المدافعين والمدافعات</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>آخر تحقق</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>ملاحظات أمان</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>ملاحظاتي</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>The team {team}</source>
            <translation>الفريق {team}</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>فريق</translation>
        </message>
        <message>
            <source>From a team. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>من فريق. تصل التغييرات التي تُجرى هنا إلى جميع أعضاء الفريق عند مزامنته التالية. وتبقى ملاحظاتك عليها خاصة بك.</translation>
        </message>
        <message>
            <source>From the team {team}. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>من الفريق {team}. تصل التغييرات التي تُجرى هنا إلى جميع أعضاء الفريق عند مزامنته التالية. وتبقى ملاحظاتك عليها خاصة بك.</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>مفتوح الآن</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>مغلق الآن</translation>
        </message>
        <message>
            <source>The starter directory, with your changes</source>
            <translation>الدليل المبدئي، مع تعديلاتك</translation>
        </message>
        <message>
            <source>The starter directory</source>
            <translation>الدليل المبدئي</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>مستوردة</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>أضفتها أنت</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (checked {date}).</source>
            <translation>من الدليل المبدئي — يُستحسن التحقق منها قبل الاعتماد عليها (جرى التحقق في {date}).</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it.</source>
            <translation>من الدليل المبدئي — يُستحسن التحقق منها قبل الاعتماد عليها.</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (from {source}, seen {date}).</source>
            <translation>من الدليل المبدئي — يُستحسن التحقق منها قبل الاعتماد عليها (من {source}، اطُّلع عليه في {date}).</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy the {kind}</source>
            <translation>نسخ: {kind}</translation>
        </message>
        <message>
            <source>Copy to the clipboard; it is cleared after 30 seconds and on lock</source>
            <translation>نسخ إلى الحافظة؛ تُمسح بعد 30 ثانية وعند القفل</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>كتابة…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Write an email</source>
            <translation>كتابة بريد إلكتروني</translation>
        </message>
        <message>
            <source>Open the website</source>
            <translation>فتح الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Asks first: this goes out over the internet</source>
            <translation>يُطلب التأكيد أولًا: هذا يمر عبر الإنترنت</translation>
        </message>
        <message>
            <source>From {source}, seen {date}. Check before relying on it.</source>
            <translation>من {source}، اطُّلع عليه في {date}. يُستحسن التحقق قبل الاعتماد عليه.</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>Open the note “{title}” ({date})</source>
            <translation>فتح الملاحظة «{title}» ({date})</translation>
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation>★ &amp;مفضّل</translation>
        </message>
        <message>
            <source>☆ Mark as &amp;favourite</source>
            <translation>☆ إ&amp;ضافة إلى المفضّلة</translation>
        </message>
        <message>
            <source>Favourite; press to unmark</source>
            <translation>مفضّل؛ الضغط يزيل العلامة</translation>
        </message>
        <message>
            <source>Mark as a favourite</source>
            <translation>تمييز كمفضّل</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>الفئات</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Language codes, e.g. es, en, pt-BR</source>
            <translation>رموز اللغات، مثل: ar, en, fr</translation>
        </message>
        <message>
            <source>Language codes separated by commas: es, en, pt-BR</source>
            <translation>رموز اللغات مفصولة بفواصل: ar, en, fr</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>المناطق</translation>
        </message>
        <message>
            <source>Country codes, e.g. MX, CO, or worldwide</source>
            <translation>رموز البلدان، مثل: LB, EG، أو worldwide</translation>
        </message>
        <message>
            <source>Two-letter country codes separated by commas, or the word worldwide</source>
            <translation>رموز البلدان المكوّنة من حرفين مفصولة بفواصل، أو كلمة worldwide</translation>
        </message>
        <message>
            <source>&amp;Add a contact method</source>
            <translation>إضافة &amp;وسيلة تواصل</translation>
        </message>
        <message>
            <source>Add a contact method</source>
            <translation>إضافة وسيلة تواصل</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>أكثر طرق التواصل أمانًا</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>e.g. America/Mexico_City</source>
            <translation>مثلًا: Asia/Beirut</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>لمن الخدمة</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>لديها خبرة مع المدافعين والمدافعات</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>تاريخ التحقق</translation>
        </message>
        <message>
            <source>I know when this was last checked</source>
            <translation>أعرف متى جرى التحقق آخر مرة</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>آخر تحقق</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>ملاحظات أمان</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>ملاحظاتي</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>مفضّل</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>حفظ هذه الجهة</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>حفظ (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>إ&amp;لغاء</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>إلغاء التعديل</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>إغلاق دون حفظ (Escape)</translation>
        </message>
        <message>
            <source>Contact methods</source>
            <translation>وسائل التواصل</translation>
        </message>
        <message>
            <source>Most secure way</source>
            <translation>الوسيلة الأكثر أمانًا</translation>
        </message>
        <message>
            <source>New directory entry</source>
            <translation>جهة جديدة في الدليل</translation>
        </message>
        <message>
            <source>Edit directory entry</source>
            <translation>تعديل جهة في الدليل</translation>
        </message>
        <message>
            <source>This text is too long to keep; please shorten it.</source>
            <translation>هذا النص أطول من أن يُحفظ؛ يُرجى اختصاره.</translation>
        </message>
        <message>
            <source>A field holds an invisible control character (pasted text can carry one). Retype the field or paste it again as plain text.</source>
            <translation>يحتوي أحد الحقول على محرف تحكم غير مرئي (قد يأتي مع النص الملصوق). يمكنك كتابة الحقل من جديد، أو لصقه مرة أخرى كنص عادي.</translation>
        </message>
        <message>
            <source>Please give the entry a name.</source>
            <translation>يُرجى إعطاء الجهة اسمًا.</translation>
        </message>
        <message>
            <source>Each contact method needs a number, address or handle.</source>
            <translation>كل وسيلة تواصل تحتاج إلى رقم أو عنوان أو اسم مستخدم.</translation>
        </message>
        <message>
            <source>Languages are written as codes such as es, en or pt-BR.</source>
            <translation>تُكتب اللغات برموز مثل ar أو en أو fr.</translation>
        </message>
        <message>
            <source>Regions are written as two-letter country codes such as MX, or worldwide.</source>
            <translation>تُكتب المناطق برموز البلدان المكوّنة من حرفين مثل LB، أو بكلمة worldwide.</translation>
        </message>
        <message>
            <source>Please check the entry: something could not be saved.</source>
            <translation>يُرجى مراجعة الجهة: تعذّر حفظ شيء ما.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>تصدير الدليل</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it: names, numbers, addresses and your private notes. Keep it only where you trust, and delete it when it is no longer needed.</source>
            <translation>الملف المُصدَّر غير مشفّر. أي شخص يصل إلى الملف يستطيع قراءة كل ما فيه: الأسماء والأرقام والعناوين وملاحظاتك الخاصة. الأفضل حفظه في مكان موثوق فقط، وحذفه عند انتهاء الحاجة إليه.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>صيغة الملف</translation>
        </message>
        <message>
            <source>vCard, for address books (.vcf)</source>
            <translation>‏vCard، لدفاتر العناوين (.vcf)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>‏CSV، لجداول البيانات (.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for other tools (.json)</source>
            <translation>‏JSON، كل شيء، لأدوات أخرى (.json)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>It holds every entry of your directory (not the ones in the trash). You will be asked for your passphrase before anything is written.</source>
            <translation>يحتوي على كل الجهات في دليلك (باستثناء ما في سلة المهملات). ستُطلب عبارة المرور قبل كتابة أي شيء.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>التصدير دون تشفير؟</translation>
        </message>
        <message>
            <source>The file will not be encrypted: anyone who gets it can read every entry, including your private notes. Export anyway?</source>
            <translation>لن يكون الملف مشفّرًا: أي شخص يصل إليه يستطيع قراءة كل الجهات، بما فيها ملاحظاتك الخاصة. التصدير على أي حال؟</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>ملفات vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the directory</source>
            <translation>حفظ الدليل</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFilterBar</name>
        <message>
            <source>Search names, places, languages, notes… (Ctrl+F)</source>
            <translation>البحث في الأسماء والأماكن واللغات والملاحظات… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>البحث في الدليل</translation>
        </message>
        <message>
            <source>Search every field as you type (Ctrl+F)</source>
            <translation>البحث في كل الحقول أثناء الكتابة (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>المفضّلة فقط</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>عرض المفضّلة فقط</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>لديها خبرة مع المدافعين والمدافعات</translation>
        </message>
        <message>
            <source>Show only those experienced with human rights defenders</source>
            <translation>عرض من لديهم خبرة مع المدافعين والمدافعات عن حقوق الإنسان فقط</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>مفتوح الآن</translation>
        </message>
        <message>
            <source>Show only those open now</source>
            <translation>عرض المفتوح الآن فقط</translation>
        </message>
        <message>
            <source>Entries whose hours say they are open now, where they are</source>
            <translation>الجهات التي تشير ساعات عملها إلى أنها مفتوحة الآن، بتوقيتها المحلي</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>أي فئة</translation>
        </message>
        <message>
            <source>Support and helplines</source>
            <translation>الدعم وخطوط المساعدة</translation>
        </message>
        <message>
            <source>Counselling, trauma care, peer support and helplines, together</source>
            <translation>الدعم النفسي ورعاية الصدمات ودعم الأقران وخطوط المساعدة، معًا</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>أي نوع</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>أي لغة</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>أي مكان</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListModel</name>
        <message>
            <source>favourite</source>
            <translation>مفضّل</translation>
        </message>
        <message>
            <source>Team · {team}</source>
            <translation>فريق · {team}</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>فريق</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>خط المساعدة</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>مورد</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>الدعم النفسي</translation>
        </message>
        <message>
            <source>Trauma care</source>
            <translation>رعاية الصدمات</translation>
        </message>
        <message>
            <source>Legal support</source>
            <translation>دعم قانوني</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>الأمان الرقمي</translation>
        </message>
        <message>
            <source>Physical protection</source>
            <translation>الحماية الجسدية</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>الرعاية الطبية</translation>
        </message>
        <message>
            <source>Temporary relocation</source>
            <translation>النقل المؤقت</translation>
        </message>
        <message>
            <source>Emergency funding</source>
            <translation>تمويل الطوارئ</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>دعم الأقران</translation>
        </message>
        <message>
            <source>Rest and retreats</source>
            <translation>الراحة والخلوات</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>الرعاية الذاتية</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>هاتف</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>جوال</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>بريد إلكتروني</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>موقع إلكتروني</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>العنوان البريدي</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>العمل</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>المنزل</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>الرئيسي</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>صوتي</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>فاكس</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>فاكس العمل</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>فاكس المنزل</translation>
        </message>
        <message>
            <source>Other fax</source>
            <translation>فاكس آخر</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>جهاز نداء</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>School</source>
            <translation>المدرسة</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>مدونة</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>السيارة</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>المساعد</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>معاودة الاتصال</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>مجاني</translation>
        </message>
        <message>
            <source>Sliding scale</source>
            <translation>حسب الدخل</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>مدفوع</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Worldwide</source>
            <translation>كل العالم</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>You have not added a counsellor or helpline you trust yet. Add one in your language, so it is here offline when you need it.</source>
            <translation>لا يوجد في دليلك بعد مختص في الدعم النفسي أو خط مساعدة موثوق. يمكنك إضافة واحد بلغتك، ليكون هنا دون اتصال بالإنترنت عند الحاجة إليه.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>لا توجد نتائج مطابقة. يمكنك تجربة كلمات أخرى، أو مسح عوامل التصفية.</translation>
        </message>
        <message>
            <source>Your directory is empty. Add the people and organisations you can turn to with “New entry”.</source>
            <translation>دليلك فارغ. يمكنك إضافة الأشخاص والمنظمات الذين يمكنك اللجوء إليهم عبر «جهة جديدة».</translation>
        </message>
        <message>
            <source>Open outside Wellbeing Desk?</source>
            <translation>الفتح خارج Wellbeing Desk؟</translation>
        </message>
        <message>
            <source>This opens {address} in your browser or e-mail program. It goes out over the internet, and whoever runs it can see a visit from this connection. Open it?</source>
            <translation>سيفتح هذا {address} في متصفحك أو برنامج البريد. يمر ذلك عبر الإنترنت، ويمكن للجهة التي تديره رؤية زيارة من هذا الاتصال. هل يُفتح؟</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;جهة جديدة</translation>
        </message>
        <message>
            <source>Add a new directory entry</source>
            <translation>إضافة جهة جديدة إلى الدليل</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>جهة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;استيراد…</translation>
        </message>
        <message>
            <source>Import entries from a vCard or CSV file</source>
            <translation>استيراد جهات من ملف vCard أو CSV</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Export the directory to a file</source>
            <translation>تصدير الدليل إلى ملف</translation>
        </message>
        <message>
            <source>Directory entries, by name</source>
            <translation>جهات الدليل، حسب الاسم</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact</source>
            <translation>‏Enter: تعديل · Delete: حذف · Ctrl+D: مفضّل · Ctrl+C: نسخ أول وسيلة تواصل</translation>
        </message>
        <message>
            <source>Choose an entry to see everything about it.</source>
            <translation>يمكنك اختيار جهة لرؤية كل تفاصيلها.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>عرض الكل</translation>
        </message>
        <message>
            <source>Clear the search and filters to show it</source>
            <translation>مسح البحث وعوامل التصفية لإظهارها</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n entries.</source>
            <translation>
                <numerusform>يُعرض أول {shown} من %n جهة.</numerusform>
                <numerusform>يُعرض أول {shown} من %n جهة.</numerusform>
                <numerusform>يُعرض أول {shown} من %n جهة.</numerusform>
                <numerusform>يُعرض أول {shown} من %n جهات.</numerusform>
                <numerusform>يُعرض أول {shown} من %n جهة.</numerusform>
                <numerusform>يُعرض أول {shown} من %n جهة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n جهة</numerusform>
                <numerusform>%n جهة</numerusform>
                <numerusform>%n جهة</numerusform>
                <numerusform>%n جهات</numerusform>
                <numerusform>%n جهة</numerusform>
                <numerusform>%n جهة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n seconds.</source>
            <translation>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثوانٍ.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُمسح الحافظة خلال %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Your search or filters hide it.</source>
            <translation>حُفظت. البحث أو عوامل التصفية تخفيها.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>حُفظ.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>تعذّر حفظ الجهة. {reason}</translation>
        </message>
        <message>
            <source>Saved: you checked it today.</source>
            <translation>حُفظت: تحققت منها اليوم.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>حُذفت الجهة.</translation>
        </message>
        <message>
            <source>Deleted from the team “{team}”: at the team's next sync it leaves everyone's directory.</source>
            <translation>حُذف من الفريق «{team}»: عند المزامنة التالية للفريق يُزال من دليل جميع الأعضاء.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>تراجع: استعادة الجهة</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>استعادتها (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported. Your search or filters hide some of them.</source>
            <translation>
                <numerusform>استُوردت %n جهة. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
                <numerusform>استُوردت %n جهة. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
                <numerusform>استُوردت %n جهة. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
                <numerusform>استُوردت %n جهات. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
                <numerusform>استُوردت %n جهة. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
                <numerusform>استُوردت %n جهة. البحث أو عوامل التصفية تخفي بعضها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>استُوردت %n جهة.</numerusform>
                <numerusform>استُوردت %n جهة.</numerusform>
                <numerusform>استُوردت %n جهة.</numerusform>
                <numerusform>استُوردت %n جهات.</numerusform>
                <numerusform>استُوردت %n جهة.</numerusform>
                <numerusform>استُوردت %n جهة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>صُدِّرت %n جهة إلى {file}. الملف غير مشفّر.</numerusform>
                <numerusform>صُدِّرت %n جهة إلى {file}. الملف غير مشفّر.</numerusform>
                <numerusform>صُدِّرت %n جهة إلى {file}. الملف غير مشفّر.</numerusform>
                <numerusform>صُدِّرت %n جهات إلى {file}. الملف غير مشفّر.</numerusform>
                <numerusform>صُدِّرت %n جهة إلى {file}. الملف غير مشفّر.</numerusform>
                <numerusform>صُدِّرت %n جهة إلى {file}. الملف غير مشفّر.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorHeader</name>
        <message>
            <source>New entry</source>
            <translation>إدخال جديد</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>حفظ الإدخال</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>ملاحظة جديدة</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>حفظ الملاحظة</translation>
        </message>
        <message>
            <source>Continuing your unsaved changes.</source>
            <translation>متابعة تغييراتك غير المحفوظة.</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Discard the unsaved changes</source>
            <translation>تجاهل التغييرات غير المحفوظة</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close the editor; your text stays as a draft</source>
            <translation>إغلاق المحرر؛ يبقى نصك مسودة</translation>
        </message>
        <message>
            <source>Your text stays as a draft (Escape)</source>
            <translation>يبقى نصك مسودة (Escape)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>حفظ (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EmergencyCard</name>
        <message>
            <source>In an emergency</source>
            <translation>في حالة الطوارئ</translation>
        </message>
        <message>
            <source>The people you would reach in a hard moment: someone you trust, your organisation's security contact, a local number you trust. They come first in Reach someone now ({keys}), even with no internet.</source>
            <translation>الأشخاص الذين يمكنك اللجوء إليهم في لحظة صعبة: شخص موثوق، ومسؤول الأمان في منظمتك، ورقم محلي موثوق. يظهرون أولًا في «التواصل مع أحد الآن» ({keys})، حتى دون إنترنت.</translation>
        </message>
        <message>
            <source>My people for an emergency</source>
            <translation>أشخاصي الموثوقون للطوارئ</translation>
        </message>
        <message>
            <source>Add a &amp;person…</source>
            <translation>إضافة &amp;شخص…</translation>
        </message>
        <message>
            <source>Add from &amp;directory…</source>
            <translation>إضافة من ال&amp;دليل…</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>إ&amp;زالة من القائمة</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>نقل &amp;لأسفل</translation>
        </message>
        <message>
            <source>{name} is off your emergency list (still in your directory).</source>
            <translation>أُزيل {name} من قائمة الطوارئ (وما زال في دليلك).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Put {name} back on your emergency list</source>
            <translation>إعادة {name} إلى قائمة الطوارئ</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>لا يوجد رقم محفوظ</translation>
        </message>
    </context>
    <context>
        <name>EmergencyRoles</name>
        <message>
            <source>Someone I trust</source>
            <translation>شخص أثق به</translation>
        </message>
        <message>
            <source>My organisation's security contact</source>
            <translation>مسؤول الأمان في منظمتي</translation>
        </message>
        <message>
            <source>A local number I trust</source>
            <translation>رقم محلي أثق به</translation>
        </message>
    </context>
    <context>
        <name>EntriesPage</name>
        <message>
            <source>You have an entry you have not saved yet.</source>
            <translation>لديك إدخال لم يُحفظ بعد.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>متابعة الكتابة</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>متابعة إدخالك غير المحفوظ</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message numerus="yes">
            <source>Each tag can have at most %n characters.</source>
            <translation>
                <numerusform>يمكن أن يحتوي كل وسم على %n حرف كحد أقصى.</numerusform>
                <numerusform>يمكن أن يحتوي كل وسم على %n حرف كحد أقصى.</numerusform>
                <numerusform>يمكن أن يحتوي كل وسم على %n حرف كحد أقصى.</numerusform>
                <numerusform>يمكن أن يحتوي كل وسم على %n أحرف كحد أقصى.</numerusform>
                <numerusform>يمكن أن يحتوي كل وسم على %n حرفًا كحد أقصى.</numerusform>
                <numerusform>يمكن أن يحتوي كل وسم على %n حرف كحد أقصى.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation>لا يوجد شيء للحفظ بعد.</translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>تعذّر الاحتفاظ بتغييراتك كمسودة. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>تجاهل تغييراتك غير المحفوظة؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>تعذّر حفظ الجهة. {reason}</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>هذا الإدخال لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>إدخال جديد</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>تسجيل اليوم</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>إدخال</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجّل</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> ساعة</translation>
        </message>
        <message>
            <source>Hours of sleep</source>
            <translation>ساعات النوم</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>ما فعلته لنفسي</translation>
        </message>
        <message>
            <source>Warning signs I noticed</source>
            <translation>علامات الإنذار التي لاحظتها</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;تعديل قوائمي…</translation>
        </message>
        <message>
            <source>Edit my lists of activities and warning signs</source>
            <translation>تعديل قوائم أنشطتي وعلامات الإنذار</translation>
        </message>
        <message>
            <source>For example: work, family</source>
            <translation>مثلًا: العمل، العائلة</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>الوسوم، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>التوتر</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>المزاج</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>نوم الليلة الماضية</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>What is on your mind</source>
            <translation>ما يشغل بالك</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. Markdown works here.</source>
            <translation>يمكنك الكتابة قليلًا أو كثيرًا، كما يناسبك. يمكن استخدام Markdown هنا.</translation>
        </message>
        <message>
            <source>Preview of your text</source>
            <translation>معاينة نصك</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;معاينة</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>عرض معاينة للنص</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>&amp;تعديل النص</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>العودة إلى تعديل النص</translation>
        </message>
    </context>
    <context>
        <name>EntryPickerDialog</name>
        <message>
            <source>Choose from your directory</source>
            <translation>الاختيار من دليلك</translation>
        </message>
        <message>
            <source>Search your directory</source>
            <translation>البحث في دليلك</translation>
        </message>
        <message>
            <source>Directory entries</source>
            <translation>جهات الدليل</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>صلة هذا الشخص بك</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;صلته بي</translation>
        </message>
        <message>
            <source>&amp;Add to my list</source>
            <translation>إ&amp;ضافة إلى قائمتي</translation>
        </message>
        <message>
            <source>Add to my list</source>
            <translation>إضافة إلى قائمتي</translation>
        </message>
        <message>
            <source>Cancel choosing from the directory</source>
            <translation>إلغاء الاختيار من الدليل</translation>
        </message>
    </context>
    <context>
        <name>EntryText</name>
        <message>
            <source>{date}, {time}</source>
            <translation>‏{date}، {time}</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>تسجيل اليوم</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>إدخال</translation>
        </message>
        <message>
            <source>Stress {value}/10</source>
            <translation>التوتر {value}/10</translation>
        </message>
        <message>
            <source>Mood {value}/5</source>
            <translation>المزاج {value}/5</translation>
        </message>
        <message>
            <source>{when} — {text}</source>
            <translation>{when} — {text}</translation>
        </message>
        <message>
            <source>Stress {value} of 10</source>
            <translation>التوتر {value} من 10</translation>
        </message>
        <message>
            <source>Mood {value} of 5</source>
            <translation>المزاج {value} من 5</translation>
        </message>
        <message>
            <source>What I did for myself: {names}</source>
            <translation>ما فعلته لنفسي: {names}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase did not unlock the vault. Please check it and try again.</source>
            <translation>عبارة المرور هذه لم تفتح الخزنة. يمكنك التحقق منها والمحاولة مجددًا.</translation>
        </message>
        <message>
            <source>This vault was saved by a newer version of Wellbeing Desk. Please update the app to open it. Nothing was changed.</source>
            <translation>حُفظت هذه الخزنة بإصدار أحدث من Wellbeing Desk. يلزم تحديث التطبيق لفتحها. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The vault could not be read; it may be damaged. Nothing was changed. If you have a backup, you can restore it.</source>
            <translation>تعذّرت قراءة الخزنة؛ ربما تكون تالفة. لم يتغير شيء. إن كانت لديك نسخة احتياطية، يمكنك استعادتها.</translation>
        </message>
        <message>
            <source>This vault is read-only here (a write-protected drive or a folder you cannot change), so changes can't be saved. Nothing was lost.</source>
            <translation>هذه الخزنة للقراءة فقط هنا (قرص محمي من الكتابة أو مجلد لا يمكن تعديله)، لذا لا يمكن حفظ التغييرات. لم يضع شيء.</translation>
        </message>
        <message>
            <source>The vault is in use by another Wellbeing Desk window or command. Close it and try again.</source>
            <translation>الخزنة قيد الاستخدام في نافذة أو أمر آخر من Wellbeing Desk. يمكنك إغلاقه ثم المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>لا توجد خزنة في هذا المجلد.</translation>
        </message>
        <message>
            <source>There is already a vault or other files in this folder. Nothing was overwritten.</source>
            <translation>توجد خزنة أو ملفات أخرى في هذا المجلد بالفعل. لم يُكتب فوق أي شيء.</translation>
        </message>
        <message>
            <source>The disk is full or refused to save. Nothing was lost. Free some space and try again.</source>
            <translation>القرص ممتلئ أو رفض الحفظ. لم يضع شيء. يمكنك إفراغ بعض المساحة والمحاولة مجددًا.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>الخزنة مقفلة. يمكنك فتحها ثم المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>Wellbeing Desk could not read or write its folder. Check that the folder exists and that you are allowed to write to it.</source>
            <translation>تعذّر على Wellbeing Desk القراءة من مجلده أو الكتابة فيه. يمكنك التأكد من وجود المجلد ومن إمكانية الكتابة فيه.</translation>
        </message>
        <message>
            <source>There was not enough memory for this. Close other programs and try again.</source>
            <translation>لم تكن الذاكرة كافية لهذا. يمكنك إغلاق برامج أخرى والمحاولة مجددًا.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed. Please try again.</source>
            <translation>حدث خطأ ما. لم يتغير شيء. يمكنك المحاولة مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it. Share it only in a way you trust, and delete it when it is no longer needed.</source>
            <translation>الملف المُصدَّر غير مشفّر. أي شخص يصل إلى الملف يستطيع قراءة كل ما فيه. الأفضل مشاركته بطريقة موثوقة فقط، وحذفه عند انتهاء الحاجة إليه.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>صيغة الملف</translation>
        </message>
        <message>
            <source>Markdown text (.md)</source>
            <translation>نص Markdown (.md)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>مستند PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>نص Markdown (*.md)</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>التصدير يكتب ملفًا غير مشفّر. يلزم إدخال عبارة المرور.</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>لم يُحفظ الملف المُصدَّر</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>تعذّر حفظ الملف المُصدَّر، ولم يُكتب أي شيء. يمكنك التأكد من وجود المجلد ومن إمكانية الكتابة فيه، ثم المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>Export for a counsellor</source>
            <translation>تصدير لجهة الدعم النفسي</translation>
        </message>
        <message>
            <source>From (first day)</source>
            <translation>من (اليوم الأول)</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>إلى (اليوم الأخير)</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>It holds your journal entries from the period you choose: check-ins, full entries, what you did for yourself and warning signs. You will be asked for your passphrase before anything is written.</source>
            <translation>يحتوي على إدخالات يومياتك للفترة المختارة: تسجيلات اليوم، والإدخالات الكاملة، وما فعلته لنفسك، وعلامات الإنذار. ستُطلب عبارة المرور قبل كتابة أي شيء.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Export the journal entries</source>
            <translation>تصدير إدخالات اليوميات</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The first day is after the last day. Please check them.</source>
            <translation>اليوم الأول يقع بعد اليوم الأخير. يُرجى التحقق منهما.</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>حفظ الملف المُصدَّر</translation>
        </message>
        <message>
            <source>Journal, {first} to {last}</source>
            <translation>اليوميات، من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>التوتر (⁦0–10⁩)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>المزاج (⁦1–5⁩)</translation>
        </message>
        <message>
            <source>Energy (1–5)</source>
            <translation>الطاقة (⁦1–5⁩)</translation>
        </message>
        <message>
            <source>Sleep (hours)</source>
            <translation>النوم (ساعات)</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>ما فعلته لنفسي</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>علامات الإنذار</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>تسجيل اليوم</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>لا توجد إدخالات في هذه الفترة.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>البحث في يومياتك</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;عوامل التصفية</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>إظهار عوامل التصفية</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>إخفاء عوامل التصفية</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <source>The past 7 days</source>
            <translation>آخر 7 أيام</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>آخر 3 أشهر</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>آخر سنة</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>بين تاريخين</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>النشاط</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Stress from</source>
            <translation>التوتر من</translation>
        </message>
        <message>
            <source>Stress up to</source>
            <translation>التوتر حتى</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>التوتر</translation>
        </message>
        <message>
            <source>Any activity</source>
            <translation>أي نشاط</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
    </context>
    <context>
        <name>FirstPeoplePage</name>
        <message>
            <source>Who would you reach in a hard moment?</source>
            <translation>من يمكنك اللجوء إليه في لحظة صعبة؟</translation>
        </message>
        <message>
            <source>Add two or three people you trust: a friend, someone on your team, your organisation's security contact. Their numbers stay in your encrypted vault and are here even with no internet. You can skip this and add them later in your self-care plan.</source>
            <translation>يمكنك إضافة شخصين أو ثلاثة من الموثوقين لديك: شخص من أصدقائك أو من فريقك، أو مسؤول الأمان في منظمتك. تبقى أرقامهم في خزنتك المشفّرة، ومتاحة هنا حتى دون إنترنت. يمكنك تخطي هذه الخطوة وإضافتهم لاحقًا في خطة الرعاية الذاتية.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Number or address</source>
            <translation>الرقم أو العنوان</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Name of person {number}</source>
            <translation>اسم الشخص {number}</translation>
        </message>
        <message>
            <source>Number or address of person {number}</source>
            <translation>رقم أو عنوان الشخص {number}</translation>
        </message>
        <message>
            <source>How to reach person {number}</source>
            <translation>طريقة التواصل مع الشخص {number}</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;حفظ ومتابعة</translation>
        </message>
        <message>
            <source>Save these people and continue</source>
            <translation>حفظ هؤلاء الأشخاص والمتابعة</translation>
        </message>
        <message>
            <source>S&amp;kip for now</source>
            <translation>&amp;تخطي الآن</translation>
        </message>
        <message>
            <source>Skip for now; add people later</source>
            <translation>التخطي الآن؛ وإضافة الأشخاص لاحقًا</translation>
        </message>
        <message>
            <source>Add a number or address for {name}, or clear the name.</source>
            <translation>يلزم إضافة رقم أو عنوان للاسم {name}، أو مسح الاسم.</translation>
        </message>
        <message>
            <source>Add a name for {value}, so you know who it is.</source>
            <translation>يلزم إضافة اسم إلى {value}، ليكون واضحًا لمن هو.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>Done: {text}</source>
            <translation>تم: {text}</translation>
        </message>
        <message>
            <source>From “{title}”, planned for {date}</source>
            <translation>من «{title}»، مخطط له في {date}</translation>
        </message>
        <message>
            <source>From “{title}”, for today</source>
            <translation>من «{title}»، لليوم</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>Open the note “{title}”</source>
            <translation>فتح الملاحظة «{title}»</translation>
        </message>
        <message>
            <source>Open the debrief “{title}”</source>
            <translation>فتح المراجعة «{title}»</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsCard</name>
        <message>
            <source>Things you planned. Take them one at a time.</source>
            <translation>أمور خططت لها. واحدة تلو الأخرى.</translation>
        </message>
        <message>
            <source>Follow-ups for today</source>
            <translation>متابعات اليوم</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsInput</name>
        <message>
            <source>Add a &amp;follow-up</source>
            <translation>&amp;إضافة متابعة</translation>
        </message>
        <message>
            <source>Add another follow-up</source>
            <translation>إضافة متابعة أخرى</translation>
        </message>
        <message>
            <source>Something to do or check on</source>
            <translation>شيء للقيام به أو للتحقق منه</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بحلول</translation>
        </message>
        <message>
            <source>Follow-up {number}</source>
            <translation>المتابعة {number}</translation>
        </message>
        <message>
            <source>Give follow-up {number} a date</source>
            <translation>تحديد تاريخ للمتابعة {number}</translation>
        </message>
        <message>
            <source>Date for follow-up {number}</source>
            <translation>تاريخ المتابعة {number}</translation>
        </message>
        <message>
            <source>Remove follow-up {number}</source>
            <translation>إزالة المتابعة {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>ForgotPassphraseDialog</name>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>نسيت عبارة المرور؟</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>رمز الاسترداد</translation>
        </message>
        <message>
            <source>Checking the code and setting your new passphrase… this takes a moment.</source>
            <translation>جارٍ التحقق من الرمز وتعيين عبارة المرور الجديدة… يستغرق هذا لحظات.</translation>
        </message>
        <message>
            <source>&amp;Set the new passphrase</source>
            <translation>&amp;تعيين عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>تعيين عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>If you added a recovery code, type it here and choose a new passphrase. Without the code or the passphrase, nobody can open this vault, not even the people who make Wellbeing Desk. A wrong code changes nothing and deletes nothing.</source>
            <translation>إذا كنت قد أضفت رمز استرداد، يمكنك كتابته هنا واختيار عبارة مرور جديدة. من دون الرمز أو عبارة المرور لا يستطيع أحد فتح هذه الخزنة، ولا حتى صانعو Wellbeing Desk. الرمز الخاطئ لا يغيّر شيئًا ولا يحذف شيئًا.</translation>
        </message>
        <message numerus="yes">
            <source>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</source>
            <translation>
                <numerusform>رمز الاسترداد يتكوّن من %n محرف؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
                <numerusform>رمز الاسترداد يتكوّن من %n محرف؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
                <numerusform>رمز الاسترداد يتكوّن من %n محرف؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
                <numerusform>رمز الاسترداد يتكوّن من %n محارف؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
                <numerusform>رمز الاسترداد يتكوّن من %n محرفًا؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
                <numerusform>رمز الاسترداد يتكوّن من %n محرف؛ وهذا يحتوي على {count}. يُرجى التحقق من وجود محرف ناقص أو زائد. لم تجرِ أي محاولة بعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>This code has a typo: its last symbol does not match the others. Compare it symbol by symbol with the code you wrote down. Nothing was tried yet.</source>
            <translation>في هذا الرمز خطأ كتابي: محرفه الأخير لا يتوافق مع البقية. يمكنك مقارنته محرفًا محرفًا بالرمز المدوَّن لديك. لم تجرِ أي محاولة بعد.</translation>
        </message>
        <message>
            <source>“{symbol}” is never used in recovery codes. Check the code for a typo. Nothing was tried yet.</source>
            <translation>«{symbol}» لا يُستخدم أبدًا في رموز الاسترداد. يُرجى التحقق من وجود خطأ كتابي في الرمز. لم تجرِ أي محاولة بعد.</translation>
        </message>
    </context>
    <context>
        <name>GroundingButton</name>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>فتح تمارين التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Paced breathing and the 5-4-3-2-1 exercise (Ctrl+G)</source>
            <translation>التنفس الموجَّه وتمرين ⁦5-4-3-2-1⁩ (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Breathing and grounding</source>
            <translation>التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Nothing here is saved. Go at your own pace, and stop whenever you like.</source>
            <translation>لا يُحفظ شيء هنا. على مهلك، ويمكنك التوقف متى شئت.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>التمارين</translation>
        </message>
        <message>
            <source>Paced breathing</source>
            <translation>التنفس الموجَّه</translation>
        </message>
        <message>
            <source>5-4-3-2-1 senses</source>
            <translation>الحواس ⁦5-4-3-2-1⁩</translation>
        </message>
        <message>
            <source>Close breathing and grounding</source>
            <translation>إغلاق التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Take a moment</source>
            <translation>أخذ لحظة</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Lock now</source>
            <translation>القفل الآن</translation>
        </message>
        <message>
            <source>Lock and minimise (panic)</source>
            <translation>قفل وتصغير (للطوارئ)</translation>
        </message>
        <message>
            <source>Quit: locks first</source>
            <translation>الخروج: يُقفل أولًا</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding (also while locked)</source>
            <translation>أخذ لحظة: التنفس والتثبيت (حتى أثناء القفل)</translation>
        </message>
        <message>
            <source>Reach someone now: your people for an emergency, then support</source>
            <translation>التواصل مع أحد الآن: أشخاصك الموثوقون للطوارئ، ثم جهات الدعم</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>الانتقال إلى قسم</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} إلى {last}</translation>
        </message>
        <message>
            <source>Search everywhere: journal, debriefs, directory and notes</source>
            <translation>البحث في كل مكان: اليوميات والمراجعات والدليل والملاحظات</translation>
        </message>
        <message>
            <source>Search the list on Journal, Directory and Notes; search everywhere elsewhere</source>
            <translation>البحث في القائمة في اليوميات والدليل والملاحظات؛ والبحث في كل مكان في الصفحات الأخرى</translation>
        </message>
        <message>
            <source>New journal entry, note or directory entry (on Today: a full entry)</source>
            <translation>إدخال جديد في اليوميات، أو ملاحظة، أو جهة في الدليل (في «اليوم»: إدخال كامل)</translation>
        </message>
        <message>
            <source>Save what you are writing (editors and forms)</source>
            <translation>حفظ ما تجري كتابته (المحررات والنماذج)</translation>
        </message>
        <message>
            <source>Close the editor, keeping what you wrote as a draft; leave the trash</source>
            <translation>إغلاق المحرر مع إبقاء ما كُتب مسودة؛ والخروج من سلة المهملات</translation>
        </message>
        <message>
            <source>Press the focused button; on Today, save the check-in</source>
            <translation>الضغط على الزر المحدد؛ وفي «اليوم»: حفظ تسجيل اليوم</translation>
        </message>
        <message>
            <source>Next step of a debrief</source>
            <translation>الخطوة التالية في المراجعة</translation>
        </message>
        <message>
            <source>Move the chosen entry or note to the trash (lists)</source>
            <translation>نقل الإدخال أو الملاحظة المحددة إلى سلة المهملات (القوائم)</translation>
        </message>
        <message>
            <source>Undo moving to the trash (lists)</source>
            <translation>التراجع عن النقل إلى سلة المهملات (القوائم)</translation>
        </message>
        <message>
            <source>Mark or unmark the chosen entry as a favourite (Directory)</source>
            <translation>تمييز الجهة المحددة كمفضّلة أو إلغاء ذلك (الدليل)</translation>
        </message>
        <message>
            <source>Copy the chosen entry's first number or address (Directory list)</source>
            <translation>نسخ أول رقم أو عنوان للجهة المحددة (قائمة الدليل)</translation>
        </message>
        <message>
            <source>Move the chosen item up or down (your lists, template steps)</source>
            <translation>نقل العنصر المحدد لأعلى أو لأسفل (قوائمك، وخطوات القوالب)</translation>
        </message>
        <message>
            <source>Sync now (on Sync, once it is set up)</source>
            <translation>المزامنة الآن (في «المزامنة»، بعد إعدادها)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>هذه المساعدة</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Close help</source>
            <translation>إغلاق المساعدة</translation>
        </message>
        <message>
            <source>Lock and minimise is the quick way out: the vault closes and the window gets out of sight at once. Nothing you wrote stays on screen.</source>
            <translation>«قفل وتصغير» هو طريقة الخروج السريعة: تُغلق الخزنة وتختفي النافذة عن الأنظار فورًا. لا يبقى شيء مما كتبته على الشاشة.</translation>
        </message>
        <message>
            <source>After something hard</source>
            <translation>بعد أمر صعب</translation>
        </message>
        <message>
            <source>Many people notice changes in the days and weeks after an incident. A short page says which ones are common, what helps, and when talking with someone trained is worth it.</source>
            <translation>يلاحظ كثير من الناس تغيرات في الأيام والأسابيع التي تلي حادثًا. صفحة قصيرة تبيّن أيها شائع، وما الذي يساعد، ومتى يكون الحديث مع شخص مدرَّب مفيدًا.</translation>
        </message>
        <message>
            <source>About Wellbeing Desk</source>
            <translation>عن Wellbeing Desk</translation>
        </message>
        <message>
            <source>Version {version}. An encrypted, offline-first companion for human rights defenders. It is not therapy and does not replace professional care. Free software under the GNU GPL, version 3 or later.</source>
            <translation>الإصدار {version}. أداة مشفّرة مصمَّمة للعمل دون اتصال بالإنترنت، للمدافعين والمدافعات عن حقوق الإنسان. ليست علاجًا نفسيًا ولا تغني عن الرعاية المتخصصة. برنامج حر بموجب رخصة GNU GPL، الإصدار 3 أو أحدث.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>الاستيراد إلى الدليل</translation>
        </message>
        <message>
            <source>Choose what each column holds. A column nothing holds is kept in your notes with its name; columns set to “Leave out” are not imported. The first rows of the file are shown below.</source>
            <translation>يمكنك اختيار محتوى كل عمود. العمود الذي لا يطابق أي حقل يُحفظ في ملاحظاتك مع اسمه؛ والأعمدة المحددة بـ«عدم الاستيراد» لا تُستورد. تظهر أدناه الصفوف الأولى من الملف.</translation>
        </message>
        <message>
            <source>Columns of the file and what they hold</source>
            <translation>أعمدة الملف ومحتواها</translation>
        </message>
        <message>
            <source>Likely already in your directory</source>
            <translation>موجودة في دليلك على الأرجح</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>مكررة على الأرجح</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <source>Add these entries to the directory</source>
            <translation>إضافة هذه الجهات إلى الدليل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>اختيار ملف للاستيراد</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>جهات الاتصال (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>لم يُستورد شيء</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>ملف CSV</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>ملف vCard</translation>
        </message>
        <message>
            <source>From {file} ({kind})</source>
            <translation>من {file} ({kind})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <source>Keep in my notes</source>
            <translation>الحفظ في ملاحظاتي</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>عدم الاستيراد</translation>
        </message>
        <message>
            <source>What the column “{column}” holds</source>
            <translation>محتوى العمود «{column}»</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>جارٍ قراءة الملف من جديد…</translation>
        </message>
        <message>
            <source>These have the same name and a phone number or e-mail address of an entry you already have. Choose for each whether to skip it, merge it into the entry you have (your details are kept; new contacts, places and notes are added) or add it anyway (you can then edit or delete one of the two).</source>
            <translation>لهذه الجهات الاسم نفسه ورقم هاتف أو بريد إلكتروني لجهة موجودة لديك. يمكنك تحديد ما يلزم لكل منها: تخطيها، أو دمجها في الجهة الموجودة (تبقى بياناتك كما هي، وتُضاف وسائل التواصل والأماكن والملاحظات الجديدة)، أو إضافتها على أي حال (ويمكنك بعدها تعديل إحداهما أو حذفها).</translation>
        </message>
        <message>
            <source>{name} — like “{existing}”</source>
            <translation>{name} — يشبه «{existing}»</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>تخطيها</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>الاحتفاظ بالاثنتين</translation>
        </message>
        <message>
            <source>Merge into the existing entry</source>
            <translation>الدمج في الجهة الموجودة</translation>
        </message>
        <message>
            <source>Merge into your entry “{existing}”</source>
            <translation>الدمج في جهتك «{existing}»</translation>
        </message>
        <message>
            <source>What to do with {name}</source>
            <translation>ما العمل مع {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>ستُضاف %n جهة.</numerusform>
                <numerusform>ستُضاف %n جهة.</numerusform>
                <numerusform>ستُضاف %n جهة.</numerusform>
                <numerusform>ستُضاف %n جهات.</numerusform>
                <numerusform>ستُضاف %n جهة.</numerusform>
                <numerusform>ستُضاف %n جهة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some cannot be read: choose whether to import only the readable ones.</source>
            <translation>تعذّرت قراءة بعضها: يمكنك اختيار استيراد المقروء منها فقط.</translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>ستُدمج %n جهة مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
                <numerusform>ستُدمج %n جهة مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
                <numerusform>ستُدمج %n جهة مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
                <numerusform>ستُدمج %n جهات مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
                <numerusform>ستُدمج %n جهة مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
                <numerusform>ستُدمج %n جهة مكررة على الأرجح مع جهات موجودة لديك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>سيجري تخطي %n جهة مكررة على الأرجح.</numerusform>
                <numerusform>سيجري تخطي %n جهة مكررة على الأرجح.</numerusform>
                <numerusform>سيجري تخطي %n جهة مكررة على الأرجح.</numerusform>
                <numerusform>سيجري تخطي %n جهات مكررة على الأرجح.</numerusform>
                <numerusform>سيجري تخطي %n جهة مكررة على الأرجح.</numerusform>
                <numerusform>سيجري تخطي %n جهة مكررة على الأرجح.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entries could not be added, and nothing was changed. {reason}</source>
            <translation>تعذّرت إضافة الجهات، ولم يتغير شيء. {reason}</translation>
        </message>
        <message>
            <source>Card {card} (from line {line}) cannot be imported.</source>
            <translation>لا يمكن استيراد البطاقة {card} (من السطر {line}).</translation>
        </message>
        <message>
            <source>Card {card} cannot be imported.</source>
            <translation>لا يمكن استيراد البطاقة {card}.</translation>
        </message>
        <message>
            <source>Line {line} cannot be imported.</source>
            <translation>لا يمكن استيراد السطر {line}.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>لا يمكن استيراد هذا الملف.</translation>
        </message>
        <message>
            <source>Nothing was added. Details: {details}</source>
            <translation>لم يُضف شيء. التفاصيل: {details}</translation>
        </message>
        <message>
            <source>This is not an ordinary file (it may be a folder, a device or a pipe). Choose a contacts file (.vcf or .csv). Nothing was added.</source>
            <translation>هذا ليس ملفًا عاديًا (ربما يكون مجلدًا أو جهازًا أو أنبوبًا). يلزم اختيار ملف جهات اتصال (.vcf أو .csv). لم يُضف شيء.</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it still exists and that you are allowed to read it. Nothing was added.</source>
            <translation>تعذّر فتح الملف. يمكنك التأكد من أنه ما زال موجودًا ومن إمكانية قراءته. لم يُضف شيء.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>شعار</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>صوت</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>مفتاح التشفير</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>ذكرى سنوية</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>شخص ذو صلة</translation>
        </message>
        <message>
            <source>Messaging</source>
            <translation>المراسلة</translation>
        </message>
        <message>
            <source>Social profile</source>
            <translation>ملف على وسائل التواصل الاجتماعي</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>النطق</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Assistant card</source>
            <translation>بطاقة المساعد</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>الاسم الأوسط</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Name prefix (Dr., Ms.…)</source>
            <translation>اللقب (د.، أ.…)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>لاحقة الاسم</translation>
        </message>
        <message>
            <source>Nickname (kept in my notes)</source>
            <translation>الاسم المستعار (يُحفظ في ملاحظاتي)</translation>
        </message>
        <message>
            <source>Department (with the organisation)</source>
            <translation>القسم (مع المنظمة)</translation>
        </message>
        <message>
            <source>Job title or role (in the description)</source>
            <translation>المسمى الوظيفي أو الدور (في الوصف)</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Messenger (its kind from the service column)</source>
            <translation>تطبيق مراسلة (نوعه من عمود الخدمة)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>الشارع</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>الولاية أو المحافظة</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>الرمز البريدي</translation>
        </message>
        <message>
            <source>Country (of the address)</source>
            <translation>البلد (في العنوان)</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>صندوق البريد</translation>
        </message>
        <message>
            <source>Label of a phone, e-mail or address</source>
            <translation>تسمية هاتف أو بريد إلكتروني أو عنوان</translation>
        </message>
        <message>
            <source>Messenger service</source>
            <translation>خدمة المراسلة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Kind (person, organisation…)</source>
            <translation>النوع (شخص، منظمة…)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>الفئات</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>المناطق</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>هاتف</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>جوال</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>موقع إلكتروني</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>العنوان البريدي</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>ساعات العمل</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>What will be imported</source>
            <translation>ما سيُستورد</translation>
        </message>
        <message>
            <source>Entries that will be imported</source>
            <translation>الجهات التي ستُستورد</translation>
        </message>
        <message>
            <source>Import only the readable ones</source>
            <translation>استيراد المقروء منها فقط</translation>
        </message>
        <message>
            <source>{name} — not imported: {what}</source>
            <translation>{name} — لم يُستورد: {what}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in your notes, with the column's name: {columns}.</source>
            <translation>يُحفظ في ملاحظاتك، مع اسم العمود: {columns}.</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>لم يُستورد: {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>%n cards cannot be read:</source>
            <translation>
                <numerusform>%n بطاقة لا يمكن قراءتها:</numerusform>
                <numerusform>%n بطاقة لا يمكن قراءتها:</numerusform>
                <numerusform>%n بطاقة لا يمكن قراءتها:</numerusform>
                <numerusform>%n بطاقات لا يمكن قراءتها:</numerusform>
                <numerusform>%n بطاقة لا يمكن قراءتها:</numerusform>
                <numerusform>%n بطاقة لا يمكن قراءتها:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n cards that can be read</source>
            <translation>
                <numerusform>استيراد البطاقات المقروءة فقط (%n)</numerusform>
                <numerusform>استيراد البطاقة المقروءة فقط (%n)</numerusform>
                <numerusform>استيراد البطاقتين المقروءتين فقط (%n)</numerusform>
                <numerusform>استيراد البطاقات المقروءة فقط (%n)</numerusform>
                <numerusform>استيراد البطاقات المقروءة فقط (%n)</numerusform>
                <numerusform>استيراد البطاقات المقروءة فقط (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be read:</source>
            <translation>
                <numerusform>%n صف لا يمكن قراءته:</numerusform>
                <numerusform>%n صف لا يمكن قراءته:</numerusform>
                <numerusform>صفّان (%n) لا يمكن قراءتهما:</numerusform>
                <numerusform>%n صفوف لا يمكن قراءتها:</numerusform>
                <numerusform>%n صفًا لا يمكن قراءتها:</numerusform>
                <numerusform>%n صف لا يمكن قراءتها:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n rows that can be read</source>
            <translation>
                <numerusform>استيراد الصفوف المقروءة فقط (%n)</numerusform>
                <numerusform>استيراد الصف المقروء فقط (%n)</numerusform>
                <numerusform>استيراد الصفين المقروءين فقط (%n)</numerusform>
                <numerusform>استيراد %n صفوف مقروءة فقط</numerusform>
                <numerusform>استيراد %n صفًا مقروءًا فقط</numerusform>
                <numerusform>استيراد %n صف مقروء فقط</numerusform>
            </translation>
        </message>
        <message>
            <source>Card {card} (line {line})</source>
            <translation>البطاقة {card} (السطر {line})</translation>
        </message>
        <message>
            <source>Card {card}</source>
            <translation>البطاقة {card}</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>السطر {line}</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Period shown</source>
            <translation>الفترة المعروضة</translation>
        </message>
        <message>
            <source>&amp;Export for a counsellor…</source>
            <translation>&amp;تصدير لجهة الدعم النفسي…</translation>
        </message>
        <message>
            <source>Export journal entries for a counsellor</source>
            <translation>تصدير إدخالات اليوميات لجهة الدعم النفسي</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <source>Patterns from your own check-ins. They show what tends to go together, not what causes what.</source>
            <translation>أنماط من تسجيلاتك اليومية. تُظهر ما يميل إلى الاجتماع معًا، لا ما يسبب ماذا.</translation>
        </message>
        <message>
            <source>Nothing to show for this period yet. As you check in, your stress and mood appear here over time.</source>
            <translation>لا شيء لعرضه في هذه الفترة بعد. مع تسجيلاتك اليومية سيظهر هنا توترك ومزاجك مع الوقت.</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>التوتر (⁦0–10⁩)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>المزاج (⁦1–5⁩)</translation>
        </message>
        <message>
            <source>&amp;Save the charts as an image…</source>
            <translation>&amp;حفظ الرسوم البيانية كصورة…</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>حفظ الرسوم البيانية كصورة</translation>
        </message>
        <message numerus="yes">
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</source>
            <translation>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من %n أيام يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من يوم واحد (%n) يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من يومين (%n) يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من %n أيام يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من %n يومًا يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
                <numerusform>متوسط توترك في اليوم التالي لكل نشاط، مقارنةً باليوم التالي لأيام أخرى سجّلت فيها. أي رقم يستند إلى أقل من %n يوم يُعلَّم: الأيام أقل من أن تسمح بالحكم.</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities and next-day stress</source>
            <translation>الأنشطة وتوتر اليوم التالي</translation>
        </message>
        <message>
            <source>Some things that help, like counselling or talking about something hard, can feel heavier for a day or two before they help.</source>
            <translation>بعض ما يساعد، مثل الدعم النفسي أو الحديث عن أمر صعب، قد يبدو أثقل ليوم أو يومين قبل أن يساعد.</translation>
        </message>
        <message>
            <source>When you note what you did for yourself and check in the next day, it shows here.</source>
            <translation>عند تسجيل ما فعلته لنفسك، ثم تسجيل يومك في اليوم التالي، يظهر ذلك هنا.</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>أسبوعًا بأسبوع</translation>
        </message>
        <message numerus="yes">
            <source>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</source>
            <translation>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
                <numerusform>عدد الأيام، من آخر %n يومًا، التي دوّنت فيها كل علامة من علامات الإنذار لديك. الانتباه إليها جزء من العناية بنفسك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning signs you noted</source>
            <translation>علامات الإنذار التي دوّنتها</translation>
        </message>
        <message numerus="yes">
            <source>You have not noted any of your warning signs in the last %n days.</source>
            <translation>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
                <numerusform>لم تدوّن أيًا من علامات الإنذار لديك في آخر %n يومًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>What goes with lower stress the next day</source>
            <translation>ما يرافق توترًا أقل في اليوم التالي</translation>
        </message>
        <message>
            <source>The days you checked in each week, and their averages: stress from 0 to 10, mood from 1 to 5.</source>
            <translation>الأيام التي سجّلت فيها كل أسبوع ومتوسطاتها: التوتر من 0 إلى 10، والمزاج من 1 إلى 5.</translation>
        </message>
        <message>
            <source>Your check-ins so far:</source>
            <translation>تسجيلاتك حتى الآن:</translation>
        </message>
        <message>
            <source>stress {value}</source>
            <translation>التوتر {value}</translation>
        </message>
        <message>
            <source>mood {value}</source>
            <translation>المزاج {value}</translation>
        </message>
        <message>
            <source>A chart appears after a few days of check-ins.</source>
            <translation>يظهر رسم بياني بعد بضعة أيام من التسجيل.</translation>
        </message>
        <message>
            <source>1 day with check-ins in this period. Stress {stress}, mood {mood}.</source>
            <translation>يوم واحد فيه تسجيل في هذه الفترة. التوتر {stress}، المزاج {mood}.</translation>
        </message>
        <message numerus="yes">
            <source>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>
                <numerusform>لا أيام فيها تسجيل في هذه الفترة (%n). آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
                <numerusform>يوم واحد (%n) فيه تسجيل في هذه الفترة. آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
                <numerusform>يومان (%n) فيهما تسجيل في هذه الفترة. آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
                <numerusform>%n أيام فيها تسجيل في هذه الفترة. آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
                <numerusform>%n يومًا فيها تسجيل في هذه الفترة. آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
                <numerusform>%n يوم فيها تسجيل في هذه الفترة. آخر متوسط لسبعة أيام: التوتر {stress}، المزاج {mood}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The image was saved as {name}. It is not encrypted.</source>
            <translation>حُفظت الصورة باسم {name}. وهي غير مشفّرة.</translation>
        </message>
        <message>
            <source>The export was saved as {name}. It is not encrypted: delete it when it is no longer needed.</source>
            <translation>حُفظ الملف المُصدَّر باسم {name}. وهو غير مشفّر: يُستحسن حذفه عندما لا تعود هناك حاجة إليه.</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>آخر 4 أسابيع</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>آخر 3 أشهر</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>الكل</translation>
        </message>
    </context>
    <context>
        <name>JoinForm</name>
        <message>
            <source>Join another device's sync</source>
            <translation>الانضمام إلى مزامنة جهاز آخر</translation>
        </message>
        <message>
            <source>Sync folder to join</source>
            <translation>مجلد المزامنة للانضمام إليه</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>لم يُختر أي مجلد بعد</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>&amp;اختيار مجلد…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>اختيار مجلد المزامنة</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>رمز الاقتران</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>مجلد المزامنة</translation>
        </message>
        <message>
            <source>&amp;Pairing code</source>
            <translation>&amp;رمز الاقتران</translation>
        </message>
        <message>
            <source>Join this &amp;sync</source>
            <translation>الا&amp;نضمام إلى هذه المزامنة</translation>
        </message>
        <message>
            <source>Join this sync</source>
            <translation>الانضمام إلى هذه المزامنة</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>إ&amp;لغاء</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>إلغاء الانضمام</translation>
        </message>
        <message>
            <source>Choose the folder your other device syncs through (the same USB stick or synced folder), then type the pairing code it showed you.</source>
            <translation>يمكنك اختيار المجلد الذي يتزامن عبره جهازك الآخر (ذاكرة USB نفسها أو المجلد المتزامن نفسه)، ثم كتابة رمز الاقتران الذي ظهر لك عليه.</translation>
        </message>
        <message>
            <source>Fill in the server above as on your other device, then type the pairing code it showed you.</source>
            <translation>يمكنك إدخال بيانات الخادم أعلاه كما في جهازك الآخر، ثم كتابة رمز الاقتران الذي ظهر لك عليه.</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team space</source>
            <translation>الانضمام إلى مساحة فريق</translation>
        </message>
        <message>
            <source>Join once the person who created the team has added you with your member key.</source>
            <translation>يمكنك الانضمام بعد أن يضيفك الشخص الذي أنشأ الفريق بمفتاح عضويتك.</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>معرّف مساحة الفريق</translation>
        </message>
        <message>
            <source>Fingerprint of the person who created it</source>
            <translation>بصمة الشخص الذي أنشأها</translation>
        </message>
        <message>
            <source>Team space &amp;id</source>
            <translation>م&amp;عرّف مساحة الفريق</translation>
        </message>
        <message>
            <source>The person who created the team sees it under Members.</source>
            <translation>يراه الشخص الذي أنشأ الفريق في «الأعضاء».</translation>
        </message>
        <message>
            <source>Fin&amp;gerprint of the person who created it</source>
            <translation>&amp;بصمة الشخص الذي أنشأها</translation>
        </message>
        <message>
            <source>The person who created the team reads it to you, in person or on a call.</source>
            <translation>يقرؤها لك الشخص الذي أنشأ الفريق، وجهًا لوجه أو في مكالمة.</translation>
        </message>
        <message>
            <source>&amp;Join the team space</source>
            <translation>الان&amp;ضمام إلى مساحة الفريق</translation>
        </message>
        <message>
            <source>Join the team space</source>
            <translation>الانضمام إلى مساحة الفريق</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>اختيار المجلد الذي يتشاركه الفريق</translation>
        </message>
    </context>
    <context>
        <name>JournalListPanel</name>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;جهة جديدة</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>كتابة إدخال جديد</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>جهة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>سلة &amp;المهملات</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>عرض سلة المهملات</translation>
        </message>
        <message>
            <source>&amp;Back to the journal</source>
            <translation>&amp;عودة إلى اليوميات</translation>
        </message>
        <message>
            <source>Back to the journal</source>
            <translation>العودة إلى اليوميات</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;استعادة</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>استعادة الإدخال المختار</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>إفراغ سلة المهملات</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>إفراغ سلة المهملات نهائيًا</translation>
        </message>
        <message>
            <source>Journal entries, newest first</source>
            <translation>إدخالات اليوميات، الأحدث أولًا</translation>
        </message>
        <message>
            <source>Entry moved to the trash.</source>
            <translation>نُقل الإدخال إلى سلة المهملات.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>تراجع: استعادة الجهة</translation>
        </message>
        <message>
            <source>The entry is back in your journal.</source>
            <translation>عاد الإدخال إلى يومياتك.</translation>
        </message>
        <message>
            <source>Remove every entry in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>حذف كل ما في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك، ولا توجد نسخة في أي مكان آخر.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>سلة المهملات فارغة.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>لا توجد نتائج مطابقة. يمكنك تجربة كلمات أخرى، أو مسح عوامل التصفية.</translation>
        </message>
        <message>
            <source>Your journal is empty for now. Check-ins from Today and the entries you write appear here, newest first.</source>
            <translation>يومياتك فارغة حاليًا. تظهر هنا تسجيلات «اليوم» وإدخالاتك المكتوبة، الأحدث أولًا.</translation>
        </message>
    </context>
    <context>
        <name>JournalSection</name>
        <message>
            <source>Journal views</source>
            <translation>عروض اليوميات</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>الإدخالات</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>خطتي للرعاية الذاتية</translation>
        </message>
    </context>
    <context>
        <name>LockScreenFrame</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <source>Lock and minimise</source>
            <translation>قفل وتصغير</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding</source>
            <translation>أخذ لحظة: التنفس والتثبيت</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>بحث في كل مكان</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>التواصل مع أحد الآن</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>[image: {name}]</source>
            <translation>[صورة: {name}]</translation>
        </message>
        <message>
            <source>[image]</source>
            <translation>[صورة]</translation>
        </message>
    </context>
    <context>
        <name>MemberKeyDialog</name>
        <message>
            <source>Your member key</source>
            <translation>مفتاح عضويتك</translation>
        </message>
        <message>
            <source>Send this key to the person who created the team (by any channel: it is not secret). When they add you, read each other the fingerprint: add or join only if every group matches.</source>
            <translation>يمكنك إرسال هذا المفتاح إلى الشخص الذي أنشأ الفريق (بأي وسيلة: فهو ليس سرًّا). عندما يضيفك، يقرأ كل منكما البصمة للآخر: تكون الإضافة أو الانضمام فقط إذا تطابقت كل المجموعات.</translation>
        </message>
        <message>
            <source>Its fingerprint</source>
            <translation>بصمته</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>البصمة: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Copy the key</source>
            <translation>ن&amp;سخ المفتاح</translation>
        </message>
        <message>
            <source>Copy your member key</source>
            <translation>نسخ مفتاح عضويتك</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثوانٍ.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة خلال %n ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>إعادة كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>عبارتا المرور غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>عبارة المرور هذه ضعيفة. استخدامها على أي حال.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>استخدام عبارة المرور الضعيفة على أي حال</translation>
        </message>
        <message>
            <source>Type a new passphrase first.</source>
            <translation>يلزم كتابة عبارة مرور جديدة أولًا.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم حرف واحد (%n) على الأقل.</numerusform>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم حرفان (%n) على الأقل.</numerusform>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم %n أحرف على الأقل.</numerusform>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم %n حرفًا على الأقل.</numerusform>
                <numerusform>عبارة المرور الجديدة قصيرة جدًا. يلزم %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the new passphrase a second time, the same as the first.</source>
            <translation>يلزم كتابة عبارة المرور الجديدة مرة ثانية، مطابقة للأولى.</translation>
        </message>
        <message>
            <source>The new passphrase is weak. Add a few more words, or tick the box to use it anyway.</source>
            <translation>عبارة المرور الجديدة ضعيفة. يمكنك إضافة بضع كلمات أخرى، أو تحديد المربع لاستخدامها رغم ذلك.</translation>
        </message>
    </context>
    <context>
        <name>NoteContextsDialog</name>
        <message>
            <source>Where notes come from</source>
            <translation>مصادر الملاحظات</translation>
        </message>
        <message>
            <source>These are the contexts you can give a note. Hiding one keeps it in the notes that already have it.</source>
            <translation>هذه هي السياقات التي يمكنك إعطاؤها لملاحظة. إخفاء أحدها يُبقيه في الملاحظات التي تحمله من قبل.</translation>
        </message>
        <message>
            <source>Close the list of contexts</source>
            <translation>إغلاق قائمة السياقات</translation>
        </message>
        <message>
            <source>Your contexts</source>
            <translation>سياقاتك</translation>
        </message>
        <message>
            <source>Rename the chosen context</source>
            <translation>إعادة تسمية السياق المختار</translation>
        </message>
        <message>
            <source>Move the chosen context up</source>
            <translation>نقل السياق المختار إلى أعلى</translation>
        </message>
        <message>
            <source>Move the chosen context down</source>
            <translation>نقل السياق المختار إلى أسفل</translation>
        </message>
        <message>
            <source>Hide the chosen context</source>
            <translation>إخفاء السياق المختار</translation>
        </message>
        <message>
            <source>Show the chosen context again</source>
            <translation>إظهار السياق المختار مجددًا</translation>
        </message>
        <message>
            <source>A new context</source>
            <translation>سياق جديد</translation>
        </message>
        <message>
            <source>Name of a new context</source>
            <translation>اسم سياق جديد</translation>
        </message>
        <message>
            <source>Add the new context</source>
            <translation>إضافة السياق الجديد</translation>
        </message>
        <message>
            <source>Hidden from the choices in the editor</source>
            <translation>مخفي من الخيارات في المحرر</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>This note is in the trash.</source>
            <translation>هذه الملاحظة في سلة المهملات.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;عديل</translation>
        </message>
        <message>
            <source>Edit this note</source>
            <translation>تحرير هذه الملاحظة</translation>
        </message>
        <message>
            <source>Edit this note (Enter in the list)</source>
            <translation>تحرير هذه الملاحظة (Enter في القائمة)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>Move this note to the trash</source>
            <translation>نقل هذه الملاحظة إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Move this note to the trash; you can undo it</source>
            <translation>نقل هذه الملاحظة إلى سلة المهملات؛ يمكنك التراجع عن ذلك</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;استعادة</translation>
        </message>
        <message>
            <source>Restore this note</source>
            <translation>استعادة هذه الملاحظة</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>من شارك</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>أهم الخلاصات</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>نص الملاحظة</translation>
        </message>
        <message>
            <source>{text} — by {date}</source>
            <translation>{text} — بحلول {date}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>فتح {name} في الدليل</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>فتح في الدليل</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>New note</source>
            <translation>ملاحظة جديدة</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>تحرير الملاحظة</translation>
        </message>
        <message>
            <source>Give the note a title, so you can find it again.</source>
            <translation>يمكنك إعطاء الملاحظة عنوانًا، ليسهل العثور عليها لاحقًا.</translation>
        </message>
        <message numerus="yes">
            <source>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</source>
            <translation>
                <numerusform>يمكن أن تضم الملاحظة %n من الأشخاص أو الخلاصات أو المتابعات على الأكثر. يمكنك نقل بعضها إلى النص.</numerusform>
                <numerusform>يمكن أن تضم الملاحظة عنصرًا واحدًا (%n) على الأكثر من الأشخاص أو الخلاصات أو المتابعات. يمكنك نقل بعضها إلى النص.</numerusform>
                <numerusform>يمكن أن تضم الملاحظة عنصرين (%n) على الأكثر من الأشخاص أو الخلاصات أو المتابعات. يمكنك نقل بعضها إلى النص.</numerusform>
                <numerusform>يمكن أن تضم الملاحظة %n عناصر على الأكثر من الأشخاص أو الخلاصات أو المتابعات. يمكنك نقل بعضها إلى النص.</numerusform>
                <numerusform>يمكن أن تضم الملاحظة %n عنصرًا على الأكثر من الأشخاص أو الخلاصات أو المتابعات. يمكنك نقل بعضها إلى النص.</numerusform>
                <numerusform>يمكن أن تضم الملاحظة %n عنصر على الأكثر من الأشخاص أو الخلاصات أو المتابعات. يمكنك نقل بعضها إلى النص.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>تعذّر الاحتفاظ بتغييراتك كمسودة. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>تجاهل تغييراتك غير المحفوظة؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>The note could not be saved. {reason}</source>
            <translation>تعذّر حفظ الملاحظة. {reason}</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>هذه الملاحظة لم تعد موجودة.</translation>
        </message>
    </context>
    <context>
        <name>NoteFilterBar</name>
        <message>
            <source>Search your notes</source>
            <translation>بحث في ملاحظاتك</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;عوامل التصفية</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>إظهار عوامل التصفية</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>إخفاء عوامل التصفية</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>أي وقت</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>آخر 30 يومًا</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>آخر 3 أشهر</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>آخر سنة</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>بين تاريخين</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Any context</source>
            <translation>أي سياق</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>أي شخص</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>What was the conversation?</source>
            <translation>عمّ كانت المحادثة؟</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>&amp;Edit list…</source>
            <translation>&amp;تحرير القائمة…</translation>
        </message>
        <message>
            <source>Edit your list of contexts</source>
            <translation>تحرير قائمة سياقاتك</translation>
        </message>
        <message>
            <source>Follow-ups with a date show on your Today page when they are due.</source>
            <translation>تظهر المتابعات ذات التاريخ في صفحة «اليوم» عند حلول موعدها.</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>من شارك</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>أهم الخلاصات</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>نص الملاحظة</translation>
        </message>
        <message>
            <source>What was said, what you noticed, what you want to keep. Markdown works here.</source>
            <translation>ما قيل، وما لاحظته، وما يستحق الاحتفاظ به. يمكن استخدام Markdown هنا.</translation>
        </message>
        <message>
            <source>Preview of the note's text</source>
            <translation>معاينة نص الملاحظة</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;معاينة</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>عرض معاينة للنص</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>&amp;تعديل النص</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>العودة إلى تعديل النص</translation>
        </message>
        <message>
            <source>Start from p&amp;rompts</source>
            <translation>البدء من &amp;أسئلة موجِّهة</translation>
        </message>
        <message>
            <source>Add headings to the text from a template of prompts</source>
            <translation>إضافة عناوين إلى النص من قالب أسئلة موجِّهة</translation>
        </message>
        <message>
            <source>Templates of prompts</source>
            <translation>قوالب الأسئلة الموجِّهة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>No context</source>
            <translation>بلا سياق</translation>
        </message>
        <message>
            <source>A context no longer in your list</source>
            <translation>سياق لم يعد في قائمتك</translation>
        </message>
    </context>
    <context>
        <name>NoteListPanel</name>
        <message>
            <source>Order of the notes</source>
            <translation>ترتيب الملاحظات</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>الأحدث أولًا</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>الأقدم أولًا</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>حسب العنوان</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Your dialogue notes</source>
            <translation>ملاحظات حواراتك</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: move to the trash</source>
            <translation>‏Enter: تحرير · Delete: نقل إلى سلة المهملات</translation>
        </message>
    </context>
    <context>
        <name>NotePrompts</name>
        <message>
            <source>Exchange of practices</source>
            <translation>تبادل الممارسات</translation>
        </message>
        <message>
            <source>Practices that worked</source>
            <translation>ممارسات نجحت</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>العقبات</translation>
        </message>
        <message>
            <source>What I take away</source>
            <translation>ما أخرج به</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>جلسة دعم نفسي</translation>
        </message>
        <message>
            <source>What we talked about</source>
            <translation>ما تحدثنا عنه</translation>
        </message>
        <message>
            <source>What I noticed in myself</source>
            <translation>ما لاحظته في نفسي</translation>
        </message>
        <message>
            <source>What I want to try</source>
            <translation>ما أريد تجربته</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>اجتماع الفريق</translation>
        </message>
        <message>
            <source>What we decided</source>
            <translation>ما قرّرناه</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>مخاوف طُرحت</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation>من يفعل ماذا</translation>
        </message>
    </context>
    <context>
        <name>NoteText</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} و{count} آخرون</translation>
        </message>
        <message>
            <source>{date} — {title}</source>
            <translation>{date} — {title}</translation>
        </message>
        <message>
            <source>With {names}</source>
            <translation>مع {names}</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>&amp;New note</source>
            <translation>ملاحظة &amp;جديدة</translation>
        </message>
        <message>
            <source>Write a new note</source>
            <translation>كتابة ملاحظة جديدة</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>ملاحظة جديدة (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>سلة &amp;المهملات</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>عرض سلة المهملات</translation>
        </message>
        <message>
            <source>&amp;Back to the notes</source>
            <translation>&amp;عودة إلى الملاحظات</translation>
        </message>
        <message>
            <source>Back to the notes</source>
            <translation>العودة إلى الملاحظات</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;استعادة</translation>
        </message>
        <message>
            <source>Restore the chosen note</source>
            <translation>استعادة الملاحظة المختارة</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>إ&amp;فراغ سلة المهملات…</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>إفراغ سلة المهملات نهائيًا</translation>
        </message>
        <message>
            <source>Choose a note to read it here.</source>
            <translation>يمكنك اختيار ملاحظة لقراءتها هنا.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes in the trash</source>
            <translation>
                <numerusform>لا ملاحظات في سلة المهملات (%n)</numerusform>
                <numerusform>ملاحظة واحدة (%n) في سلة المهملات</numerusform>
                <numerusform>ملاحظتان (%n) في سلة المهملات</numerusform>
                <numerusform>%n ملاحظات في سلة المهملات</numerusform>
                <numerusform>%n ملاحظة في سلة المهملات</numerusform>
                <numerusform>%n ملاحظة في سلة المهملات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>لا ملاحظات (%n)</numerusform>
                <numerusform>ملاحظة واحدة (%n)</numerusform>
                <numerusform>ملاحظتان (%n)</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>سلة المهملات فارغة.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>لا توجد نتائج مطابقة. يمكنك تجربة كلمات أخرى، أو مسح عوامل التصفية.</translation>
        </message>
        <message>
            <source>No notes yet. After a peer circle, a counselling session or a team meeting, keep here what you want to remember: “New note”, or Ctrl+N.</source>
            <translation>لا ملاحظات بعد. بعد حلقة دعم أقران أو جلسة دعم نفسي أو اجتماع فريق، يمكنك الاحتفاظ هنا بما يهمك تذكّره: «ملاحظة جديدة»، أو Ctrl+N.</translation>
        </message>
        <message>
            <source>You have a note you have not saved yet.</source>
            <translation>لديك ملاحظة لم تُحفظ بعد.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>متابعة الكتابة</translation>
        </message>
        <message>
            <source>Continue your unsaved note</source>
            <translation>متابعة ملاحظتك غير المحفوظة</translation>
        </message>
        <message>
            <source>Note moved to the trash.</source>
            <translation>نُقلت الملاحظة إلى سلة المهملات.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Undo: bring the note back</source>
            <translation>تراجع: إعادة الملاحظة</translation>
        </message>
        <message>
            <source>Bring the note back (Ctrl+Z)</source>
            <translation>إعادة الملاحظة (Ctrl+Z)</translation>
        </message>
        <message>
            <source>The note is back among your notes.</source>
            <translation>عادت الملاحظة إلى ملاحظاتك.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>إفراغ سلة المهملات</translation>
        </message>
        <message>
            <source>Remove every note in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>حذف كل الملاحظات في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك، ولا توجد نسخة في أي مكان آخر.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes removed for good.</source>
            <translation>
                <numerusform>لم تُحذف أي ملاحظة (%n).</numerusform>
                <numerusform>حُذفت ملاحظة واحدة (%n) نهائيًا.</numerusform>
                <numerusform>حُذفت ملاحظتان (%n) نهائيًا.</numerusform>
                <numerusform>حُذفت %n ملاحظات نهائيًا.</numerusform>
                <numerusform>حُذفت %n ملاحظة نهائيًا.</numerusform>
                <numerusform>حُذفت %n ملاحظة نهائيًا.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Act on this message</source>
            <translation>اتخاذ إجراء بشأن هذه الرسالة</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>إغلاق هذه الرسالة</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsInput</name>
        <message>
            <source>People who took part</source>
            <translation>الأشخاص المشاركون</translation>
        </message>
        <message>
            <source>Type a name, or search your directory</source>
            <translation>يمكنك كتابة اسم، أو البحث في دليلك</translation>
        </message>
        <message>
            <source>Add a person who took part</source>
            <translation>إضافة شخص شارك</translation>
        </message>
        <message>
            <source>Choose someone from your directory, or press Enter to add the name as typed</source>
            <translation>يمكنك اختيار شخص من دليلك، أو الضغط على Enter لإضافة الاسم كما كُتب</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>مسح الاسم</translation>
        </message>
        <message>
            <source>Linked names open their directory entry.</source>
            <translation>الأسماء المرتبطة تفتح جهتها في الدليل.</translation>
        </message>
        <message>
            <source>Matching people in your directory</source>
            <translation>أشخاص مطابقون في دليلك</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>إزالة {name}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>فتح {name} في الدليل</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>فتح في الدليل</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>يبدو أن Caps Lock مفعّل.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>إخفاء عبارة المرور</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>إظهار عبارة المرور</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Add someone who would look after them</source>
            <translation>إضافة شخص سيعتني بهم</translation>
        </message>
        <message>
            <source>Add a person for an emergency</source>
            <translation>إضافة شخص للطوارئ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>صلة هذا الشخص بك</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;صلته بي</translation>
        </message>
        <message>
            <source>Save this person</source>
            <translation>حفظ هذا الشخص</translation>
        </message>
        <message>
            <source>Cancel adding a person</source>
            <translation>إلغاء إضافة الشخص</translation>
        </message>
        <message>
            <source>Someone who would look after the people who depend on you</source>
            <translation>شخص سيعتني بمن يعتمدون عليك</translation>
        </message>
        <message>
            <source>Someone you would reach in a hard moment</source>
            <translation>شخص يمكنك اللجوء إليه في لحظة صعبة</translation>
        </message>
        <message>
            <source>Add a name, so you know who this is.</source>
            <translation>يلزم إضافة اسم، لمعرفة من هو هذا الشخص.</translation>
        </message>
        <message>
            <source>Add at least one way to reach this person.</source>
            <translation>يلزم إضافة وسيلة واحدة على الأقل للتواصل مع هذا الشخص.</translation>
        </message>
    </context>
    <context>
        <name>PlaceForm</name>
        <message>
            <source>Sync through</source>
            <translation>المزامنة عبر</translation>
        </message>
        <message>
            <source>A f&amp;older (a USB stick or a synced folder)</source>
            <translation>&amp;مجلد (ذاكرة USB أو مجلد متزامن)</translation>
        </message>
        <message>
            <source>A &amp;WebDAV server (Nextcloud, ownCloud, Synology…)</source>
            <translation>&amp;خادم WebDAV (Nextcloud، ownCloud، Synology…)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Password or app token</source>
            <translation>كلمة المرور أو رمز التطبيق</translation>
        </message>
        <message>
            <source>Certificate authority file (advanced)</source>
            <translation>ملف جهة إصدار الشهادات (متقدّم)</translation>
        </message>
        <message>
            <source>None: the usual authorities are trusted</source>
            <translation>لا شيء: تُعتمد الجهات المعتادة</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <source>Choose a certificate authority file</source>
            <translation>اختيار ملف جهة إصدار الشهادات</translation>
        </message>
        <message>
            <source>Forget the fil&amp;e</source>
            <translation>نس&amp;يان الملف</translation>
        </message>
        <message>
            <source>Forget the certificate authority file</source>
            <translation>نسيان ملف جهة إصدار الشهادات</translation>
        </message>
        <message>
            <source>Only for a server whose owner gave you their certificate authority file; leave it empty otherwise.</source>
            <translation>فقط لخادم أعطاك صاحبه ملف جهة إصدار الشهادات الخاص به؛ وإلا فيُترك فارغًا.</translation>
        </message>
        <message>
            <source>&amp;Test the server</source>
            <translation>اخ&amp;تبار الخادم</translation>
        </message>
        <message>
            <source>Test the server</source>
            <translation>اختبار الخادم</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>عن&amp;وان الخادم</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>اسم ا&amp;لمستخدم</translation>
        </message>
        <message>
            <source>Passwor&amp;d or app token</source>
            <translation>&amp;كلمة المرور أو رمز التطبيق</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>الشهادات (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Choose the certificate authority file</source>
            <translation>اختيار ملف جهة إصدار الشهادات</translation>
        </message>
        <message>
            <source>The server works: files can be written, read back and listed there, and it never replaces one. You can use it for sync.</source>
            <translation>الخادم يعمل: يمكن كتابة الملفات فيه وقراءتها وسردها، ولا يستبدل أي ملف. يمكنك استخدامه للمزامنة.</translation>
        </message>
        <message>
            <source>The server did not accept that user name and password (or app token). Check both and try again.</source>
            <translation>لم يقبل الخادم اسم المستخدم وكلمة المرور (أو رمز التطبيق). يمكنك التحقق منهما والمحاولة مجددًا.</translation>
        </message>
        <message>
            <source>There is no such folder on the server. Check the address: it ends with the folder that holds your files.</source>
            <translation>لا يوجد مجلد كهذا على الخادم. يمكنك التحقق من العنوان: ينتهي بالمجلد الذي يحوي ملفاتك.</translation>
        </message>
        <message>
            <source>This server cannot rename a file without replacing another (WebDAV MOVE), so it cannot be used safely for sync.</source>
            <translation>لا يستطيع هذا الخادم إعادة تسمية ملف دون استبدال آخر (WebDAV MOVE)، لذا لا يمكن استخدامه للمزامنة بأمان.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted, so nothing was sent. Ask whoever runs the server, or choose their certificate authority file.</source>
            <translation>شهادة الخادم غير موثوقة، لذا لم يُرسل شيء. يمكنك سؤال من يدير الخادم، أو اختيار ملف جهة إصدار الشهادات الخاص به.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again a little later.</source>
            <translation>لم يردّ الخادم في الوقت المحدد. يمكنك المحاولة مجددًا بعد قليل.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your connection to the internet.</source>
            <translation>تعذّر الوصول إلى الخادم. يمكنك التحقق من العنوان ومن اتصالك بالإنترنت.</translation>
        </message>
        <message>
            <source>The server sent the connection on to another server, which is refused. Check the address with whoever runs the server.</source>
            <translation>حوّل الخادم الاتصال إلى خادم آخر، وهذا مرفوض. يمكنك التحقق من العنوان مع من يدير الخادم.</translation>
        </message>
        <message>
            <source>The server is full: it has no room for new files.</source>
            <translation>الخادم ممتلئ: لا مساحة فيه لملفات جديدة.</translation>
        </message>
        <message>
            <source>A file on the server is locked by another program. Try again a little later.</source>
            <translation>ملف على الخادم مقفل من برنامج آخر. يمكنك المحاولة مجددًا بعد قليل.</translation>
        </message>
        <message>
            <source>The server failed to answer properly. Try again later, or ask whoever runs it.</source>
            <translation>لم يردّ الخادم ردًا سليمًا. يمكنك المحاولة لاحقًا، أو سؤال من يديره.</translation>
        </message>
        <message>
            <source>That address cannot be used. It starts with https:// and names the server, with no user name or password in it.</source>
            <translation>لا يمكن استخدام هذا العنوان. يبدأ العنوان بـ https:// ويذكر اسم الخادم، دون اسم مستخدم أو كلمة مرور.</translation>
        </message>
        <message>
            <source>That server cannot be used for sync: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>لا يمكن استخدام هذا الخادم للمزامنة: تعذّرت كتابة الملفات فيه وقراءتها بأمان. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Testing the server…</source>
            <translation>جارٍ اختبار الخادم…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>My self-care plan</source>
            <translation>خطتي للرعاية الذاتية</translation>
        </message>
        <message>
            <source>Your plan, in your own words, for the days when it is hard to think clearly. Write as much or as little as you like; it is saved as you write, inside your encrypted vault.</source>
            <translation>خطتك، بكلماتك أنت، للأيام التي يصعب فيها التفكير بوضوح. يمكنك الكتابة كثيرًا أو قليلًا؛ تُحفظ أثناء الكتابة داخل خزنتك المشفّرة.</translation>
        </message>
        <message>
            <source>Opening your plan…</source>
            <translation>جارٍ فتح خطتك…</translation>
        </message>
        <message numerus="yes">
            <source>This section is too long to save. Please shorten it to %n characters or fewer.</source>
            <translation>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى %n حرف أو أقل.</numerusform>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى حرف واحد (%n) أو أقل.</numerusform>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى حرفين (%n) أو أقل.</numerusform>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى %n أحرف أو أقل.</numerusform>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى %n حرفًا أو أقل.</numerusform>
                <numerusform>هذا القسم أطول من أن يُحفظ. يُرجى اختصاره إلى %n حرف أو أقل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in your vault.</source>
            <translation>حُفظت في خزنتك.</translation>
        </message>
        <message>
            <source>Your plan could not be saved: {reason}</source>
            <translation>تعذّر حفظ خطتك: {reason}</translation>
        </message>
        <message>
            <source>A safer place I can go</source>
            <translation>مكان أكثر أمانًا يمكنني الذهاب إليه</translation>
        </message>
        <message>
            <source>Who looks after the people who depend on me</source>
            <translation>من يعتني بمن يعتمدون عليّ</translation>
        </message>
        <message>
            <source>My warning signs</source>
            <translation>علامات الإنذار لديّ</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>ما يساعدني</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>أشخاص يمكنني التواصل معهم</translation>
        </message>
        <message>
            <source>My boundaries and commitments</source>
            <translation>حدودي والتزاماتي</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>ما يمنحني القدرة على الاستمرار</translation>
        </message>
        <message>
            <source>Where you could go if home or the office is not safe, and how to get there.</source>
            <translation>أين يمكنك الذهاب إن لم يكن البيت أو المكتب آمنًا، وكيفية الوصول إلى هناك.</translation>
        </message>
        <message>
            <source>Children, elders or others who rely on you: who would look after them if you could not, and what they need to know (school, medicines, routines).</source>
            <translation>أطفال أو كبار سن أو غيرهم ممن يعتمدون عليك: من سيعتني بهم إن لم تستطع، وما الذي ينبغي معرفته (المدرسة، الأدوية، العادات اليومية).</translation>
        </message>
        <message>
            <source>What tells you that stress is building up? For example: sleeping badly, snapping at people, feeling numb.</source>
            <translation>ما الذي ينبّهك إلى أن التوتر يتراكم؟ مثلًا: نوم سيئ، أو انفعال على الناس، أو عدم الشعور بأي شيء.</translation>
        </message>
        <message>
            <source>Small things count: a walk, music, a call, a proper meal, prayer, time alone.</source>
            <translation>الأشياء الصغيرة مهمة: نزهة، موسيقى، مكالمة، وجبة جيدة، صلاة، وقت على انفراد.</translation>
        </message>
        <message>
            <source>Who can you call or write to when things get hard? A friend, a colleague, a counsellor, a helpline.</source>
            <translation>بمن يمكنك الاتصال أو لمن يمكنك الكتابة عندما تصعب الأمور؟ صداقة مقرّبة، أحد أفراد فريقك، مختص دعم نفسي، خط مساعدة.</translation>
        </message>
        <message>
            <source>What will you say no to? What have you promised yourself, and others?</source>
            <translation>ما الذي يمكنك رفضه؟ وبماذا وعدت نفسك والآخرين؟</translation>
        </message>
        <message>
            <source>What gives you strength and meaning, in this work and outside it.</source>
            <translation>ما يمنحك القوة والمعنى، في هذا العمل وخارجه.</translation>
        </message>
    </context>
    <context>
        <name>PlanSummaryCard</name>
        <message>
            <source>My warning signs</source>
            <translation>علامات الإنذار لديّ</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>ما يساعدني</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>أشخاص يمكنني التواصل معهم</translation>
        </message>
        <message>
            <source>My boundaries</source>
            <translation>حدودي</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>ما يمنحني القدرة على الاستمرار</translation>
        </message>
        <message>
            <source>Your plan is empty for now. Writing down what helps, on a calm day, makes it easier to find on a hard one.</source>
            <translation>خطتك فارغة حاليًا. كتابة ما يساعدك في يوم هادئ تجعل العثور عليه أسهل في يوم صعب.</translation>
        </message>
        <message>
            <source>Open my &amp;plan</source>
            <translation>فتح &amp;خطتي</translation>
        </message>
        <message>
            <source>Open my self-care plan</source>
            <translation>فتح خطتي للرعاية الذاتية</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>خطتي للرعاية الذاتية</translation>
        </message>
    </context>
    <context>
        <name>PublicLines</name>
        <message>
            <source>{hours} · from {source}, seen {date} · check before relying on it</source>
            <translation>{hours} · من {source}، اطُّلع عليه في {date} · يُستحسن التحقق قبل الاعتماد عليه</translation>
        </message>
    </context>
    <context>
        <name>PublicLinesDialog</name>
        <message>
            <source>Need help now?</source>
            <translation>بحاجة إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <source>These public lines answer at any hour. Enter copies the number you choose. Your own people stay inside your vault: unlock it to see them.</source>
            <translation>هذه خطوط عامة تجيب في أي ساعة. Enter ينسخ الرقم المختار. أشخاصك يبقون داخل خزنتك: يمكنك فتح قفلها لرؤيتهم.</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour</source>
            <translation>خطوط عامة تجيب في أي ساعة</translation>
        </message>
        <message>
            <source>Close Need help now</source>
            <translation>إغلاق «بحاجة إلى مساعدة الآن؟»</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>ال&amp;بحث في:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;نوع الملفات:</translation>
        </message>
    </context>
    <context>
        <name>RatingInput</name>
        <message>
            <source>Your rating, from 0 to 10</source>
            <translation>تقييمك، من 0 إلى 10</translation>
        </message>
        <message>
            <source>Type a number, or use the arrow keys. Choosing nothing is fine too.</source>
            <translation>يمكنك كتابة رقم أو استخدام مفاتيح الأسهم. ولا بأس أيضًا بعدم اختيار شيء.</translation>
        </message>
    </context>
    <context>
        <name>ReachPicker</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>Copy the chosen number or address</source>
            <translation>نسخ الرقم أو العنوان المختار</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>لا يوجد رقم محفوظ</translation>
        </message>
        <message>
            <source>There is no number or address saved for {name}.</source>
            <translation>لا يوجد رقم أو عنوان محفوظ لـ{name}.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {value}. It is taken off the clipboard after %n seconds.</source>
            <translation>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد %n ثانية.</numerusform>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد ثانية واحدة (%n).</numerusform>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد ثانيتين (%n).</numerusform>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد %n ثوانٍ.</numerusform>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد %n ثانية.</numerusform>
                <numerusform>نُسخ {value}. يُزال من الحافظة بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ways to reach them</source>
            <translation>وسائل التواصل معهم</translation>
        </message>
        <message>
            <source>Ways to reach {name}</source>
            <translation>وسائل التواصل مع {name}</translation>
        </message>
    </context>
    <context>
        <name>ReachSomeoneDialog</name>
        <message>
            <source>Reach someone now</source>
            <translation>التواصل مع أحد الآن</translation>
        </message>
        <message>
            <source>Your people come first. Enter copies the number of the one you choose; Tab shows their other ways to reach them.</source>
            <translation>أشخاصك أولًا. Enter ينسخ رقم الشخص المختار؛ وTab يُظهر وسائل التواصل الأخرى معه.</translation>
        </message>
        <message>
            <source>People and lines you can reach</source>
            <translation>أشخاص وخطوط يمكنك التواصل معهم</translation>
        </message>
        <message>
            <source>Close Reach someone now</source>
            <translation>إغلاق «التواصل مع أحد الآن»</translation>
        </message>
        <message>
            <source>You have not added your own people for an emergency yet. The ones below come from your directory.</source>
            <translation>لم يُضف أشخاصك للطوارئ بعد. الأسماء أدناه من دليلك.</translation>
        </message>
        <message>
            <source>&amp;Open in directory</source>
            <translation>&amp;فتح في الدليل</translation>
        </message>
        <message>
            <source>&amp;My emergency people…</source>
            <translation>أشخاصي &amp;للطوارئ…</translation>
        </message>
        <message>
            <source>There is no one here yet. Add the people and numbers you would call in an emergency, so they are here offline when you need them.</source>
            <translation>لا أحد هنا بعد. يمكنك إضافة الأشخاص والأرقام التي يمكنك الاتصال بها في حالة طوارئ، لتكون هنا دون اتصال بالإنترنت عند الحاجة إليها.</translation>
        </message>
        <message>
            <source>Security contact</source>
            <translation>مسؤول الأمان</translation>
        </message>
        <message>
            <source>A local number you trust</source>
            <translation>رقم محلي موثوق</translation>
        </message>
        <message>
            <source>Would look after the people who depend on you</source>
            <translation>سيعتني بمن يعتمدون عليك</translation>
        </message>
        <message>
            <source>Your person for an emergency</source>
            <translation>شخصك للطوارئ</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>مفضّل</translation>
        </message>
    </context>
    <context>
        <name>ReachWindow</name>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>ال&amp;تنفس والتثبيت</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>التنفس والتثبيت</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>إ&amp;غلاق</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <translation>رمز الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>Recovery code: {code}</source>
            <translation>رمز الاسترداد: {code}</translation>
        </message>
        <message>
            <source>Write this code down on paper and keep it somewhere safe, away from this computer. Anyone with it can open your vault. It is shown only this once.</source>
            <translation>يُستحسن كتابة هذا الرمز على ورقة وحفظها في مكان آمن، بعيدًا عن هذا الحاسوب. أي شخص يملكه يستطيع فتح خزنتك. لن يُعرض إلا هذه المرة.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, choose “Forgot passphrase?” on the unlock screen and type this code to set a new one.</source>
            <translation>إن نسيت عبارة المرور، يمكنك اختيار «نسيت عبارة المرور؟» في شاشة فتح القفل، وكتابة هذا الرمز لتعيين عبارة جديدة.</translation>
        </message>
        <message>
            <source>The code you had before no longer opens this vault.</source>
            <translation>الرمز السابق لم يعد يفتح هذه الخزنة.</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>لقد &amp;كتبته</translation>
        </message>
        <message>
            <source>I have written it down: hide the code</source>
            <translation>لقد كتبته: إخفاء الرمز</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferDialog</name>
        <message>
            <source>A way back in</source>
            <translation>طريق للعودة</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, a recovery code lets you set a new one. It is a line of letters and numbers to write down and keep somewhere safe. Anyone who has it can open your vault, so you may prefer not to have one.</source>
            <translation>إن نسيت عبارة المرور يومًا، يتيح لك رمز الاسترداد تعيين عبارة جديدة. إنه سطر من الحروف والأرقام يُكتب ويُحفظ في مكان آمن. أي شخص يملكه يستطيع فتح خزنتك، لذا قد يكون الأنسب لك ألا يكون لديك رمز.</translation>
        </message>
        <message>
            <source>You can add one later in Settings, under “Your vault”.</source>
            <translation>يمكنك إضافته لاحقًا من الإعدادات، في «خزنتك».</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;إضافة رمز استرداد…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>إضافة رمز استرداد</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;ليس الآن</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file. A vault already in that folder is not overwritten: it is kept beside it, with today's date in its name.</source>
            <translation>إعادة إنشاء خزنتك من ملف نسخة احتياطية. لا يُكتب فوق خزنة موجودة في ذلك المجلد: تُحفظ بجانبها، وفي اسمها تاريخ اليوم.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>ملف النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>A file ending in .wdbackup</source>
            <translation>ملف ينتهي بـ .wdbackup</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>اختيار ملف النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation>عبارة مرور النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>The passphrase the vault had when the backup was made.</source>
            <translation>عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>Restore to this folder</source>
            <translation>الاستعادة إلى هذا المجلد</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>ا&amp;ختيار…</translation>
        </message>
        <message>
            <source>Choose where to restore</source>
            <translation>اختيار مكان الاستعادة</translation>
        </message>
        <message>
            <source>Restoring… this takes a moment.</source>
            <translation>جارٍ الاستعادة… يستغرق ذلك لحظة.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;استعادة</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Restore to</source>
            <translation>الاستعادة إلى</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>اختيار ملف نسخة احتياطية</translation>
        </message>
        <message>
            <source>Wellbeing Desk backups (*.wdbackup);;All files (*)</source>
            <translation>نسخ Wellbeing Desk الاحتياطية (*.wdbackup);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreLink</name>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>&amp;استعادة نسخة احتياطية…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file</source>
            <translation>إعادة إنشاء خزنتك من ملف نسخة احتياطية</translation>
        </message>
    </context>
    <context>
        <name>RestoredMessage</name>
        <message>
            <source>The backup was restored. Unlock it with the backup's passphrase.</source>
            <translation>استُعيدت النسخة الاحتياطية. يمكنك فتح قفلها بعبارة مرور النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>The backup was restored to {folder}.</source>
            <translation>استُعيدت النسخة الاحتياطية إلى {folder}.</translation>
        </message>
        <message>
            <source>The vault that was there is kept at {folder}.</source>
            <translation>الخزنة التي كانت هناك محفوظة في {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>Nothing chosen yet. {scale}</source>
            <translation>لم يُختر شيء بعد. {scale}</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Stress, from 0 to 10</source>
            <translation>التوتر، من 0 إلى 10</translation>
        </message>
        <message>
            <source>0 calm</source>
            <translation>‏0 هدوء</translation>
        </message>
        <message>
            <source>10 the most stressed I have felt</source>
            <translation>‏10 أشد توتر شعرت به</translation>
        </message>
        <message>
            <source>Mood, from 1 to 5</source>
            <translation>المزاج، من 1 إلى 5</translation>
        </message>
        <message>
            <source>1 very low</source>
            <translation>‏1 منخفض جدًا</translation>
        </message>
        <message>
            <source>5 very good</source>
            <translation>‏5 جيد جدًا</translation>
        </message>
        <message>
            <source>Energy, from 1 to 5</source>
            <translation>الطاقة، من 1 إلى 5</translation>
        </message>
        <message>
            <source>1 drained</source>
            <translation>‏1 بلا طاقة</translation>
        </message>
        <message>
            <source>5 full of energy</source>
            <translation>‏5 طاقة كبيرة</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>بحث في كل مكان</translation>
        </message>
        <message>
            <source>Search your journal, debriefs, directory and notes</source>
            <translation>بحث في يومياتك ومراجعاتك ودليلك وملاحظاتك</translation>
        </message>
        <message>
            <source>Up and Down choose a result, Enter opens it, Esc closes.</source>
            <translation>السهمان لأعلى ولأسفل لاختيار نتيجة، وEnter لفتحها، وEsc للإغلاق.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>Results, grouped by section</source>
            <translation>النتائج، مجمّعة حسب القسم</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or fewer of them.</source>
            <translation>لا شيء يطابق. يمكنك تجربة كلمات أخرى، أو كلمات أقل.</translation>
        </message>
        <message>
            <source>Type to search your journal, debriefs, directory and notes.</source>
            <translation>الكتابة هنا للبحث في يومياتك ومراجعاتك ودليلك وملاحظاتك.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultModel</name>
        <message>
            <source>Journal</source>
            <translation>اليوميات</translation>
        </message>
        <message>
            <source>Debriefs</source>
            <translation>المراجعات</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
    </context>
    <context>
        <name>SensesPage</name>
        <message>
            <source>One sense at a time. Name things to yourself, or type a word if it helps. Nothing you type here is saved, and it is gone when you close this window.</source>
            <translation>حاسة واحدة في كل مرة. يمكنك تسمية الأشياء في سرّك، أو كتابة كلمة إن كان ذلك يساعد. لا يُحفظ شيء مما يُكتب هنا، ويزول عند إغلاق هذه النافذة.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>الرجوع خطوة</translation>
        </message>
        <message>
            <source>Start &amp;again</source>
            <translation>البدء &amp;من جديد</translation>
        </message>
        <message>
            <source>Start the exercise again</source>
            <translation>بدء التمرين من جديد</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>Finish the exercise</source>
            <translation>إنهاء التمرين</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;التالي</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>الانتقال إلى الخطوة التالية</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>الخطوة {number} من {total}</translation>
        </message>
        <message>
            <source>Here and now</source>
            <translation>هنا والآن</translation>
        </message>
        <message>
            <source>Take one more slow breath. Notice how you feel now, without judging it. Whatever you typed is already gone.</source>
            <translation>نفَس بطيء آخر، ثم لحظة لملاحظة شعورك الآن دون الحكم عليه. كل ما كتبته قد زال بالفعل.</translation>
        </message>
        <message>
            <source>You can come back to this exercise at any time with {keys}.</source>
            <translation>يمكنك العودة إلى هذا التمرين في أي وقت بـ {keys}.</translation>
        </message>
        <message>
            <source>Five things you can see</source>
            <translation>خمسة أشياء يمكنك رؤيتها</translation>
        </message>
        <message>
            <source>Four things you can touch</source>
            <translation>أربعة أشياء يمكنك لمسها</translation>
        </message>
        <message>
            <source>Three things you can hear</source>
            <translation>ثلاثة أشياء يمكنك سماعها</translation>
        </message>
        <message>
            <source>Two things you can smell</source>
            <translation>شيئان يمكنك شمّهما</translation>
        </message>
        <message>
            <source>One thing you can taste</source>
            <translation>شيء واحد يمكنك تذوّقه</translation>
        </message>
        <message>
            <source>Look around slowly. Notice five things you can see: a colour, a shape, the light on a wall.</source>
            <translation>نظرة بطيئة حولك. خمسة أشياء يمكنك رؤيتها: لون، شكل، الضوء على جدار.</translation>
        </message>
        <message>
            <source>Notice four things you can feel: your feet on the floor, the chair holding you, the air on your skin, the cloth of your sleeve.</source>
            <translation>أربعة أشياء يمكنك الإحساس بها: قدماك على الأرض، الكرسي الذي يحملك، الهواء على جلدك، قماش كمّك.</translation>
        </message>
        <message>
            <source>Listen for three sounds, near or far. Your own breathing counts too.</source>
            <translation>إصغاء إلى ثلاثة أصوات، قريبة أو بعيدة. صوت تنفسك يُحسب أيضًا.</translation>
        </message>
        <message>
            <source>Find two things you can smell. If nothing comes, bring to mind two smells you like.</source>
            <translation>شيئان يمكنك شمّهما. إن لم يحضر شيء، يمكنك استحضار رائحتين محبّبتين إليك.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water and notice that.</source>
            <translation>شيء واحد يمكنك تذوّقه، أو رشفة ماء وملاحظة طعمها.</translation>
        </message>
        <message>
            <source>Something you can see, {number} of {total}</source>
            <translation>شيء يمكنك رؤيته، {number} من {total}</translation>
        </message>
        <message>
            <source>Something you can touch, {number} of {total}</source>
            <translation>شيء يمكنك لمسه، {number} من {total}</translation>
        </message>
        <message>
            <source>Something you can hear, {number} of {total}</source>
            <translation>شيء يمكنك سماعه، {number} من {total}</translation>
        </message>
        <message>
            <source>Something you can smell, {number} of {total}</source>
            <translation>شيء يمكنك شمّه، {number} من {total}</translation>
        </message>
        <message>
            <source>Something you can taste</source>
            <translation>شيء يمكنك تذوّقه</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>القفل تلقائيًا بعد</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>القفل عند تصغير النافذة</translation>
        </message>
        <message>
            <source>Call the window “Notes”, not “Wellbeing Desk”</source>
            <translation>تسمية النافذة «ملاحظات» بدل «Wellbeing Desk»</translation>
        </message>
        <message>
            <source>The title shows in the task bar and window switcher, even while locked.</source>
            <translation>يظهر العنوان في شريط المهام ومبدّل النوافذ، حتى أثناء القفل.</translation>
        </message>
        <message>
            <source>Counted from your last key press or click in Wellbeing Desk. The vault also locks when your screen locks or the computer sleeps.</source>
            <translation>يُحسب من آخر ضغطة مفتاح أو نقرة في Wellbeing Desk. تُقفل الخزنة أيضًا عند قفل الشاشة أو دخول الحاسوب في وضع السكون.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>مثل النظام</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Wellbeing Desk.</source>
            <translation>تُستخدم اللغة الجديدة في المرة القادمة التي يُشغَّل فيها Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>تقليل الحركة</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>حسب إعداد النظام</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>دائمًا</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>With less motion, the breathing guide shows still steps and a count instead of a growing circle.</source>
            <translation>مع تقليل الحركة، يعرض دليل التنفس خطوات ثابتة وعدًّا بدل دائرة تكبر.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>القفل</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>سهولة الاستخدام</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>دقيقة واحدة</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>دقيقتان</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>‏5 دقائق</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>‏10 دقائق</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>‏15 دقيقة</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>‏30 دقيقة</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>ساعة واحدة</translation>
        </message>
        <message>
            <source>Turning off automatic locking needs your passphrase.</source>
            <translation>إيقاف القفل التلقائي يتطلب عبارة المرور.</translation>
        </message>
    </context>
    <context>
        <name>ShareWithTeamDialog</name>
        <message>
            <source>Share with a team</source>
            <translation>المشاركة مع فريق</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>ال&amp;فريق:</translation>
        </message>
        <message>
            <source>The team to share a copy with</source>
            <translation>الفريق الذي ستُشارَك معه النسخة</translation>
        </message>
        <message>
            <source>&amp;Share a copy</source>
            <translation>م&amp;شاركة نسخة</translation>
        </message>
        <message>
            <source>Cancel: share nothing</source>
            <translation>إلغاء: عدم مشاركة أي شيء</translation>
        </message>
        <message>
            <source>Share a copy of “{entry}” with the team “{team}”? Everyone in the team will see it and can change it; it goes at the team's next sync. Your own entry stays as it is, and your notes on it are not shared.</source>
            <translation>مشاركة نسخة من «{entry}» مع الفريق «{team}»؟ سيراها جميع أعضاء الفريق ويمكنهم تعديلها، وتُرسَل عند مزامنة الفريق التالية. تبقى جهتك كما هي، ولا تُشارَك ملاحظاتك عليها.</translation>
        </message>
        <message>
            <source>Share a copy with the team “{team}”</source>
            <translation>مشاركة نسخة مع الفريق «{team}»</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters. A few words only you know work well.</source>
            <translation>
                <numerusform>قصيرة جدًا: يلزم %n حرف على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
                <numerusform>قصيرة جدًا: يلزم حرف واحد (%n) على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
                <numerusform>قصيرة جدًا: يلزم حرفان (%n) على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
                <numerusform>قصيرة جدًا: يلزم %n أحرف على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
                <numerusform>قصيرة جدًا: يلزم %n حرفًا على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
                <numerusform>قصيرة جدًا: يلزم %n حرف على الأقل. بضع كلمات لا يعرفها سواك تفي بالغرض.</numerusform>
            </translation>
        </message>
        <message>
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>ضعيفة جدًا: يمكن تخمينها فورًا تقريبًا.</translation>
        </message>
        <message>
            <source>Weak: this could be guessed quickly.</source>
            <translation>ضعيفة: يمكن تخمينها بسرعة.</translation>
        </message>
        <message>
            <source>Fair, but still guessable. A few more words would help.</source>
            <translation>مقبولة، لكن يمكن تخمينها. بضع كلمات إضافية ستفيد.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>قوية.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>قوية جدًا.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Your summary</source>
            <translation>ملخّصك</translation>
        </message>
        <message>
            <source>It is kept, encrypted, with your debriefs. Nothing leaves this computer unless you export it.</source>
            <translation>يُحفظ مشفّرًا مع مراجعاتك. لا يغادر شيء هذا الحاسوب إلا إذا صدّرته.</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>خطوات المتابعة</translation>
        </message>
        <message>
            <source>When they are due, they show on your Today page.</source>
            <translation>عند حلول موعدها، تظهر في صفحة «اليوم».</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Export this summary as a Markdown or PDF file</source>
            <translation>تصدير هذا الملخّص كملف Markdown أو PDF</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>Keep it and go back to your debriefs</source>
            <translation>حفظه والعودة إلى مراجعاتك</translation>
        </message>
        <message>
            <source>&amp;Change answers</source>
            <translation>تغيير &amp;الإجابات</translation>
        </message>
        <message>
            <source>Open this debrief again to change or add to your answers</source>
            <translation>فتح هذه المراجعة مجددًا لتغيير إجاباتك أو الإضافة إليها</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>{title} · started {start}, finished {end}</source>
            <translation>{title} · بدأت {start}، وانتهت {end}</translation>
        </message>
        <message>
            <source>You did not write anything down this time, and that is fine.</source>
            <translation>لم يُكتب شيء هذه المرة، ولا بأس بذلك.</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — بحلول {date}</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Support</source>
            <translation>الدعم</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>إن كانت لديك أفكار عن إيذاء نفسك، يُرجى التواصل الآن مع أحد أشخاصك الموثوقين، أو مع خط أزمات محلي.</translation>
        </message>
        <message>
            <source>T&amp;ry a breathing or grounding exercise</source>
            <translation>ت&amp;جربة تمرين تنفس أو تثبيت</translation>
        </message>
        <message>
            <source>Try a breathing or grounding exercise</source>
            <translation>تجربة تمرين تنفس أو تثبيت</translation>
        </message>
        <message>
            <source>St&amp;op for today</source>
            <translation>التوقف &amp;لليوم</translation>
        </message>
        <message>
            <source>Stop for today: your debrief is kept and you can come back to it</source>
            <translation>التوقف لليوم: مراجعتك محفوظة ويمكنك العودة إليها</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;متابعة</translation>
        </message>
        <message>
            <source>Continue the debrief</source>
            <translation>متابعة المراجعة</translation>
        </message>
        <message>
            <source>Reach someone</source>
            <translation>التواصل مع أحد</translation>
        </message>
        <message>
            <source>These come from the starter directory. On a calm day, add the people and numbers you would call in an emergency.</source>
            <translation>هذه من الدليل المبدئي. في يوم هادئ، يمكنك إضافة الأشخاص والأرقام التي يمكنك الاتصال بها في حالة طوارئ.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>&amp;عرض الدعم في دليلك</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>عرض الدعم النفسي ورعاية الصدمات ودعم الأقران وخطوط المساعدة في دليلك</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>Finish the debrief</source>
            <translation>إنهاء المراجعة</translation>
        </message>
        <message>
            <source>Your safety comes first.</source>
            <translation>سلامتك أولًا.</translation>
        </message>
        <message>
            <source>If you are not safe, you can stop here. Go somewhere safer, or reach someone you trust who can help. If someone could see your screen, {keys} locks and hides Wellbeing Desk at once. Your debrief is kept for when you are ready.</source>
            <translation>إن لم يكن وضعك آمنًا، يمكنك التوقف هنا. يمكنك الانتقال إلى مكان أكثر أمانًا، أو التواصل مع شخص موثوق يستطيع المساعدة. إن كان أحد قد يرى شاشتك، فإن {keys} يقفل Wellbeing Desk ويخفيه فورًا. مراجعتك محفوظة إلى أن يحين الوقت المناسب لك.</translation>
        </message>
        <message>
            <source>Your distress went up.</source>
            <translation>ارتفع ضيقك.</translation>
        </message>
        <message>
            <source>It went from {before} to {after}. That can happen after thinking about hard things, and it is all right. Be gentle with yourself. Would one of these help?</source>
            <translation>ارتفع من {before} إلى {after}. قد يحدث هذا بعد التفكير في أمور صعبة، ولا بأس بذلك. الرفق بنفسك مهم الآن. هل يساعدك أحد هذه الخيارات؟</translation>
        </message>
        <message>
            <source>That is a lot to carry right now.</source>
            <translation>هذا حِمل ثقيل في هذه اللحظة.</translation>
        </message>
        <message>
            <source>At the end you rated your distress {rating} out of 10. Your answers are kept. Before you close this, would one of these help?</source>
            <translation>في النهاية قيّمت ضيقك بـ {rating} من 10. إجاباتك محفوظة. قبل الإغلاق، هل يساعدك أحد هذه الخيارات؟</translation>
        </message>
        <message>
            <source>That sounds like a lot right now.</source>
            <translation>يبدو هذا كثيرًا الآن.</translation>
        </message>
        <message>
            <source>You rated your distress {rating} out of 10. You do not have to go on: you can stop for today and come back later, or continue when you feel ready. Would one of these help?</source>
            <translation>قيّمت ضيقك بـ {rating} من 10. لا داعي للمتابعة: يمكنك التوقف لليوم والعودة لاحقًا، أو المتابعة عندما يناسبك ذلك. هل يساعدك أحد هذه الخيارات؟</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>{name} · {way}</source>
            <translation>{name} · {way}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>فتح {name} في الدليل</translation>
        </message>
    </context>
    <context>
        <name>SyncOffCard</name>
        <message>
            <source>Sync is optional, and it is off for this vault. Nothing leaves this computer unless you set it up.</source>
            <translation>المزامنة اختيارية، وهي متوقفة لهذه الخزنة. لا يغادر شيء هذا الحاسوب إلا إذا أعددتها.</translation>
        </message>
        <message>
            <source>With sync, two of your vaults (on a laptop and a desktop, say) share their records through a place you choose: a folder such as a USB stick or a shared folder, or a WebDAV server such as Nextcloud. Everything is encrypted before it is written there.</source>
            <translation>مع المزامنة، تتشارك خزنتان لك (على حاسوب محمول وحاسوب مكتبي مثلًا) سجلاتهما عبر مكان من اختيارك: مجلد مثل ذاكرة USB أو مجلد مشترك، أو خادم WebDAV مثل Nextcloud. يُشفَّر كل شيء قبل كتابته هناك.</translation>
        </message>
        <message>
            <source>Set it up on one device: it gives you a pairing code. Then, on the other device, join through the same place with that code.</source>
            <translation>يبدأ الإعداد على جهاز واحد: يعطيك رمز إقران. ثم على الجهاز الآخر، يمكنك الانضمام عبر المكان نفسه بذلك الرمز.</translation>
        </message>
        <message>
            <source>Set &amp;up sync…</source>
            <translation>إ&amp;عداد المزامنة…</translation>
        </message>
        <message>
            <source>Set up sync through the place chosen above</source>
            <translation>إعداد المزامنة عبر المكان المختار أعلاه</translation>
        </message>
        <message>
            <source>&amp;Join another device's sync…</source>
            <translation>الا&amp;نضمام إلى مزامنة جهاز آخر…</translation>
        </message>
        <message>
            <source>Join another device's sync</source>
            <translation>الانضمام إلى مزامنة جهاز آخر</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>م&amp;زامنة الآن</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>مزامنة الآن</translation>
        </message>
        <message>
            <source>Send this vault's changes and receive the others' ({keys})</source>
            <translation>إرسال تغييرات هذه الخزنة واستلام تغييرات الأخرى ({keys})</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>إ&amp;لغاء</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>إلغاء المزامنة</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>جارٍ المزامنة</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <source>&amp;Apply anyway</source>
            <translation>ت&amp;طبيق رغم ذلك</translation>
        </message>
        <message>
            <source>Apply the sync anyway, with its removals</source>
            <translation>تطبيق المزامنة رغم ذلك، مع ما فيها من حذف</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>م&amp;راجعة…</translation>
        </message>
        <message>
            <source>Review what sync kept aside</source>
            <translation>مراجعة ما وضعته المزامنة جانبًا</translation>
        </message>
        <message>
            <source>Show the pairing &amp;code…</source>
            <translation>&amp;إظهار رمز الاقتران…</translation>
        </message>
        <message>
            <source>Show the pairing code</source>
            <translation>إظهار رمز الاقتران</translation>
        </message>
        <message>
            <source>Lea&amp;ve sync…</source>
            <translation>م&amp;غادرة المزامنة…</translation>
        </message>
        <message>
            <source>Leave sync</source>
            <translation>مغادرة المزامنة</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>جارٍ التوقف بعد هذا الملف…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>لم يُرسل أي ملف (%n)</numerusform>
                <numerusform>أُرسل ملف واحد (%n)</numerusform>
                <numerusform>أُرسل ملفان (%n)</numerusform>
                <numerusform>أُرسلت %n ملفات</numerusform>
                <numerusform>أُرسل %n ملفًا</numerusform>
                <numerusform>أُرسل %n ملف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}، ولم يُقرأ أي ملف (%n)…</numerusform>
                <numerusform>{sent}، وقُرئ ملف واحد (%n)…</numerusform>
                <numerusform>{sent}، وقُرئ ملفان (%n)…</numerusform>
                <numerusform>{sent}، وقُرئت %n ملفات…</numerusform>
                <numerusform>{sent}، وقُرئ %n ملفًا…</numerusform>
                <numerusform>{sent}، وقُرئ %n ملف…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder to sync through</source>
            <translation>اختيار المجلد الذي تجري عبره المزامنة</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>يلزم إدخال عنوان الخادم واسم المستخدم وكلمة المرور أولًا.</translation>
        </message>
        <message>
            <source>Sync is set up. Nothing was sent yet: press “Sync now” when you are ready.</source>
            <translation>أُعدّت المزامنة. لم يُرسل شيء بعد: يمكنك الضغط على «مزامنة الآن» متى كان ذلك مناسبًا.</translation>
        </message>
        <message>
            <source>Joined. Press “Sync now” to send what this vault has and receive what your other devices sent.</source>
            <translation>تم الانضمام. يمكنك الضغط على «مزامنة الآن» لإرسال ما في هذه الخزنة واستلام ما أرسلته أجهزتك الأخرى.</translation>
        </message>
        <message>
            <source>Type your passphrase to see the pairing code.</source>
            <translation>يلزم كتابة عبارة المرور لرؤية رمز الاقتران.</translation>
        </message>
        <message>
            <source>Forget this device?</source>
            <translation>نسيان هذا الجهاز؟</translation>
        </message>
        <message>
            <source>This vault stops reading the sync files of device {device}. That device keeps everything that was synced before, and it can still read the folder with the pairing code. To shut it out, leave sync on your other devices and set up a new sync in a new folder.</source>
            <translation>ستتوقف هذه الخزنة عن قراءة ملفات المزامنة الخاصة بالجهاز {device}. يحتفظ ذلك الجهاز بكل ما تزامن سابقًا، ويظل قادرًا على قراءة المجلد برمز الاقتران. لإبعاده تمامًا، يمكنك مغادرة المزامنة على أجهزتك الأخرى وإعداد مزامنة جديدة في مجلد جديد.</translation>
        </message>
        <message>
            <source>Device {device} is forgotten here.</source>
            <translation>نُسي الجهاز {device} هنا.</translation>
        </message>
        <message>
            <source>Leave sync?</source>
            <translation>مغادرة المزامنة؟</translation>
        </message>
        <message>
            <source>This vault stops sending and receiving. Everything stays on this computer; what was already sent stays in the folder for your other devices.</source>
            <translation>ستتوقف هذه الخزنة عن الإرسال والاستلام. يبقى كل شيء على هذا الحاسوب؛ وما أُرسل من قبل يبقى في المجلد لأجهزتك الأخرى.</translation>
        </message>
        <message>
            <source>This vault does not sync any more.</source>
            <translation>هذه الخزنة لم تعد تتزامن.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>لم يُرسل أي تغيير (%n)</numerusform>
                <numerusform>أُرسل تغيير واحد (%n)</numerusform>
                <numerusform>أُرسل تغييران (%n)</numerusform>
                <numerusform>أُرسلت %n تغييرات</numerusform>
                <numerusform>أُرسل %n تغييرًا</numerusform>
                <numerusform>أُرسل %n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}، ولم يُستلم أي تغيير (%n).</numerusform>
                <numerusform>{sent}، واستُلم تغيير واحد (%n).</numerusform>
                <numerusform>{sent}، واستُلم تغييران (%n).</numerusform>
                <numerusform>{sent}، واستُلمت %n تغييرات.</numerusform>
                <numerusform>{sent}، واستُلم %n تغييرًا.</numerusform>
                <numerusform>{sent}، واستُلم %n تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>توقفت. ما وصل محفوظ؛ والباقي يأتي في المرة القادمة.</translation>
        </message>
        <message numerus="yes">
            <source>%n needs review.</source>
            <translation>
                <numerusform>لا شيء بحاجة إلى مراجعة (%n).</numerusform>
                <numerusform>عنصر واحد (%n) بحاجة إلى مراجعة.</numerusform>
                <numerusform>عنصران (%n) بحاجة إلى مراجعة.</numerusform>
                <numerusform>%n عناصر بحاجة إلى مراجعة.</numerusform>
                <numerusform>%n عنصرًا بحاجة إلى مراجعة.</numerusform>
                <numerusform>%n عنصر بحاجة إلى مراجعة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused before removing records.</source>
            <translation>توقفت مؤقتًا قبل حذف سجلات.</translation>
        </message>
        <message>
            <source>Another device uses a newer version of Wellbeing Desk: update this one to receive its changes.</source>
            <translation>جهاز آخر يستخدم إصدارًا أحدث من Wellbeing Desk: يلزم تحديث هذا الجهاز لاستلام تغييراته.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</source>
            <translation>
                <numerusform>ملفات في مكان المزامنة (%n) غيّرها شخص لا يملك المفتاح، أو ترتيبها غير سليم؛ لم تُستخدم، ولم يُطبَّق شيء منها.</numerusform>
                <numerusform>ملف واحد (%n) في مكان المزامنة غيّره شخص لا يملك المفتاح، أو ترتيبه غير سليم؛ لم يُستخدم، ولم يُطبَّق شيء منه.</numerusform>
                <numerusform>ملفان (%n) في مكان المزامنة غيّرهما شخص لا يملك المفتاح، أو ترتيبهما غير سليم؛ لم يُستخدما، ولم يُطبَّق شيء منهما.</numerusform>
                <numerusform>%n ملفات في مكان المزامنة غيّرها شخص لا يملك المفتاح، أو ترتيبها غير سليم؛ لم تُستخدم، ولم يُطبَّق شيء منها.</numerusform>
                <numerusform>%n ملفًا في مكان المزامنة غيّرها شخص لا يملك المفتاح، أو ترتيبها غير سليم؛ لم تُستخدم، ولم يُطبَّق شيء منها.</numerusform>
                <numerusform>%n ملف في مكان المزامنة غيّرها شخص لا يملك المفتاح، أو ترتيبها غير سليم؛ لم تُستخدم، ولم يُطبَّق شيء منها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync folder could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>ملفات في مجلد المزامنة (%n) تعذّر استخدامها؛ لم يُطبَّق شيء منها.</numerusform>
                <numerusform>ملف واحد (%n) في مجلد المزامنة تعذّر استخدامه؛ لم يُطبَّق شيء منه.</numerusform>
                <numerusform>ملفان (%n) في مجلد المزامنة تعذّر استخدامهما؛ لم يُطبَّق شيء منهما.</numerusform>
                <numerusform>%n ملفات في مجلد المزامنة تعذّر استخدامها؛ لم يُطبَّق شيء منها.</numerusform>
                <numerusform>%n ملفًا في مجلد المزامنة تعذّر استخدامها؛ لم يُطبَّق شيء منها.</numerusform>
                <numerusform>%n ملف في مجلد المزامنة تعذّر استخدامها؛ لم يُطبَّق شيء منها.</numerusform>
            </translation>
        </message>
        <message>
            <source>This device's files in the sync place went back to an older copy, so everything here was sent again: nothing is missing.</source>
            <translation>عادت ملفات هذا الجهاز في مكان المزامنة إلى نسخة أقدم، لذا أُرسل كل ما هنا مجددًا: لا شيء مفقود.</translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>تغييرات من أجهزة (%n) تنتظر: ساعتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من جهاز واحد (%n) تنتظر: ساعته متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من جهازين (%n) تنتظر: ساعتاهما متقدمتان بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n أجهزة تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n جهازًا تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n جهاز تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</source>
            <translation>
                <numerusform>ستحذف هذه المزامنة سجلات (%n) من هذه الخزنة ({counts}): حُذفت نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
                <numerusform>ستحذف هذه المزامنة سجلًا واحدًا (%n) من هذه الخزنة ({counts}): حُذف نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
                <numerusform>ستحذف هذه المزامنة سجلين (%n) من هذه الخزنة ({counts}): حُذفا نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
                <numerusform>ستحذف هذه المزامنة %n سجلات من هذه الخزنة ({counts}): حُذفت نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
                <numerusform>ستحذف هذه المزامنة %n سجلًا من هذه الخزنة ({counts}): حُذفت نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
                <numerusform>ستحذف هذه المزامنة %n سجل من هذه الخزنة ({counts}): حُذفت نهائيًا على جهاز آخر. هذا كثير دفعة واحدة، لذا لم يُحذف شيء بعد. تطبيق المزامنة رغم ذلك؟</numerusform>
            </translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>إدخالات اليوميات</translation>
        </message>
        <message>
            <source>self-care list items</source>
            <translation>عناصر قائمة الرعاية الذاتية</translation>
        </message>
        <message>
            <source>self-care plan sections</source>
            <translation>أقسام خطة الرعاية الذاتية</translation>
        </message>
        <message>
            <source>directory entries</source>
            <translation>جهات الدليل</translation>
        </message>
        <message>
            <source>debriefs</source>
            <translation>المراجعات</translation>
        </message>
        <message>
            <source>debrief templates</source>
            <translation>قوالب المراجعة</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>dialogue notes</source>
            <translation>ملاحظات الحوارات</translation>
        </message>
        <message>
            <source>note contexts</source>
            <translation>سياقات الملاحظات</translation>
        </message>
        <message>
            <source>emergency contacts</source>
            <translation>جهات اتصال الطوارئ</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>The sync folder is not there. Is the drive connected? Nothing was sent or received.</source>
            <translation>مجلد المزامنة غير موجود. هل القرص موصول؟ لم يُرسل أو يُستلم شيء.</translation>
        </message>
        <message>
            <source>Sync could not finish: something in the sync folder could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>تعذّر إكمال المزامنة: تعذّرت قراءة شيء في مجلد المزامنة. لم يضع شيء من هذه الخزنة؛ يمكنك المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>Sync could not read or write the sync folder. Check that it is there and that you are allowed to write to it.</source>
            <translation>تعذّرت على المزامنة القراءة من مجلد المزامنة أو الكتابة فيه. يمكنك التأكد من وجوده ومن أن لديك إذنًا بالكتابة فيه.</translation>
        </message>
        <message>
            <source>There is no sync on that server yet. Fill in the server your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>لا توجد مزامنة على ذلك الخادم بعد. يمكنك إدخال الخادم الذي يتزامن عبره جهازك الآخر، أو إعداد المزامنة هناك أولًا. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That code does not open the sync on that server. Check that it is the code your other device showed. Nothing was changed.</source>
            <translation>هذا الرمز لا يفتح المزامنة على ذلك الخادم. يمكنك التأكد من أنه الرمز الذي أظهره جهازك الآخر. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That code has a typo: check each group against the code your other device shows. Nothing was changed.</source>
            <translation>في هذا الرمز خطأ كتابي: يمكنك مطابقة كل مجموعة مع الرمز الذي يُظهره جهازك الآخر. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That code does not open the sync in this folder. Check that it is the code your other device showed for this folder. Nothing was changed.</source>
            <translation>هذا الرمز لا يفتح المزامنة في هذا المجلد. يمكنك التأكد من أنه الرمز الذي أظهره جهازك الآخر لهذا المجلد. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>There is no sync in that folder yet. Choose the folder your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>لا توجد مزامنة في ذلك المجلد بعد. يمكنك اختيار المجلد الذي يتزامن عبره جهازك الآخر، أو إعداد المزامنة هناك أولًا. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>ذلك المجلد غير موجود. هل القرص موصول؟ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That sync was set up by a newer version of Wellbeing Desk. Update this one, then try again. Nothing was changed.</source>
            <translation>أُعدّت تلك المزامنة بإصدار أحدث من Wellbeing Desk. يلزم تحديث هذا الإصدار ثم المحاولة مجددًا. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This vault already syncs.</source>
            <translation>هذه الخزنة تتزامن بالفعل.</translation>
        </message>
        <message>
            <source>That folder cannot be used for sync: files could not be written and read back there safely (is it write-protected, or full?). Nothing was changed.</source>
            <translation>لا يمكن استخدام ذلك المجلد للمزامنة: تعذّرت كتابة الملفات فيه وقراءتها بأمان (هل هو محمي من الكتابة، أو ممتلئ؟). لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Something in that folder could not be read. Nothing was changed; you can try again.</source>
            <translation>تعذّرت قراءة شيء في ذلك المجلد. لم يتغير شيء؛ يمكنك المحاولة مجددًا.</translation>
        </message>
        <message>
            <source>That folder could not be used. Check that it is there and that you are allowed to write to it. Nothing was changed.</source>
            <translation>تعذّر استخدام ذلك المجلد. يمكنك التأكد من وجوده ومن أن لديك إذنًا بالكتابة فيه. لم يتغير شيء.</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message>
            <source>Changes to look at</source>
            <translation>تغييرات للنظر فيها</translation>
        </message>
        <message>
            <source>When sync could not tell which change you wanted, it kept everything and put it here. Take your time: nothing is lost while it waits.</source>
            <translation>عندما لم تتمكن المزامنة من معرفة التغيير المقصود، احتفظت بكل شيء ووضعته هنا. لا داعي للعجلة: لا يضيع شيء أثناء الانتظار.</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>&amp;للنظر فيه</translation>
        </message>
        <message>
            <source>Nothing needs your attention</source>
            <translation>لا شيء يحتاج إلى انتباهك</translation>
        </message>
        <message>
            <source>Everything sync kept for you to look at has been taken care of.</source>
            <translation>كل ما احتفظت به المزامنة للنظر فيه قد عولج.</translation>
        </message>
        <message>
            <source>Close the changes to look at</source>
            <translation>إغلاق التغييرات التي تنتظر النظر فيها</translation>
        </message>
        <message numerus="yes">
            <source>%n to look at</source>
            <translation>
                <numerusform>لا شيء للنظر فيه (%n)</numerusform>
                <numerusform>عنصر واحد (%n) للنظر فيه</numerusform>
                <numerusform>عنصران (%n) للنظر فيهما</numerusform>
                <numerusform>%n عناصر للنظر فيها</numerusform>
                <numerusform>%n عنصرًا للنظر فيه</numerusform>
                <numerusform>%n عنصر للنظر فيه</numerusform>
            </translation>
        </message>
        <message>
            <source>That one was already taken care of.</source>
            <translation>هذا العنصر عولج من قبل.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Noted {when}</source>
            <translation>سُجّل {when}</translation>
        </message>
        <message>
            <source>kept after a deletion</source>
            <translation>احتُفظ به بعد حذف</translation>
        </message>
        <message>
            <source>two versions</source>
            <translation>نسختان</translation>
        </message>
        <message>
            <source>{kind} · {reason} · {when}</source>
            <translation>{kind} · {reason} · {when}</translation>
        </message>
        <message>
            <source>{title}: {kind}, {reason}, noted {when}</source>
            <translation>{title}: {kind}، {reason}، سُجّل {when}</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>إدخال يوميات</translation>
        </message>
        <message>
            <source>Self-care list item</source>
            <translation>عنصر من قائمة الرعاية الذاتية</translation>
        </message>
        <message>
            <source>Self-care plan section</source>
            <translation>قسم من خطة الرعاية الذاتية</translation>
        </message>
        <message>
            <source>Directory entry</source>
            <translation>جهة في الدليل</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>المراجعة الذاتية</translation>
        </message>
        <message>
            <source>Debrief template</source>
            <translation>قالب مراجعة</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Dialogue note</source>
            <translation>ملاحظة حوار</translation>
        </message>
        <message>
            <source>Note context</source>
            <translation>سياق ملاحظة</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>جهة اتصال للطوارئ</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>إعداد</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusCard</name>
        <message>
            <source>Sync folder</source>
            <translation>مجلد المزامنة</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>آخر مزامنة</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>بانتظار الإرسال</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>لا تغييرات (%n)</numerusform>
                <numerusform>تغيير واحد (%n)</numerusform>
                <numerusform>تغييران (%n)</numerusform>
                <numerusform>%n تغييرات</numerusform>
                <numerusform>%n تغييرًا</numerusform>
                <numerusform>%n تغيير</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <source>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</source>
            <translation>
                <numerusform>لا عناصر (%n): نسخ احتُفظ بها بعد تعارض، أو سجلات أُعيدت. يمكنك مراجعتها عبر «مراجعة…» أدناه.</numerusform>
                <numerusform>عنصر واحد (%n): نسخة احتُفظ بها بعد تعارض، أو سجل أُعيد. يمكنك مراجعته عبر «مراجعة…» أدناه.</numerusform>
                <numerusform>عنصران (%n): نسخ احتُفظ بها بعد تعارض، أو سجلات أُعيدت. يمكنك مراجعتهما عبر «مراجعة…» أدناه.</numerusform>
                <numerusform>%n عناصر: نسخ احتُفظ بها بعد تعارض، أو سجلات أُعيدت. يمكنك مراجعتها عبر «مراجعة…» أدناه.</numerusform>
                <numerusform>%n عنصرًا: نسخ احتُفظ بها بعد تعارض، أو سجلات أُعيدت. يمكنك مراجعتها عبر «مراجعة…» أدناه.</numerusform>
                <numerusform>%n عنصر: نسخ احتُفظ بها بعد تعارض، أو سجلات أُعيدت. يمكنك مراجعتها عبر «مراجعة…» أدناه.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagsInput</name>
        <message>
            <source>Tags of this note</source>
            <translation>وسوم هذه الملاحظة</translation>
        </message>
        <message>
            <source>Add a tag, then Enter</source>
            <translation>إضافة وسم، ثم Enter</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>إضافة وسم</translation>
        </message>
        <message>
            <source>Clear the tag</source>
            <translation>مسح الوسم</translation>
        </message>
        <message>
            <source>Remove the tag “{tag}”</source>
            <translation>إزالة الوسم «{tag}»</translation>
        </message>
    </context>
    <context>
        <name>TakeawaysInput</name>
        <message>
            <source>Add a &amp;takeaway</source>
            <translation>إضافة &amp;خلاصة</translation>
        </message>
        <message>
            <source>Add another key takeaway</source>
            <translation>إضافة خلاصة أخرى مهمة</translation>
        </message>
        <message>
            <source>Something to remember</source>
            <translation>شيء يستحق التذكّر</translation>
        </message>
        <message>
            <source>Takeaway {number}</source>
            <translation>الخلاصة {number}</translation>
        </message>
        <message>
            <source>Move takeaway {number} up</source>
            <translation>نقل الخلاصة {number} إلى أعلى</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>نقل إلى أعلى (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move takeaway {number} down</source>
            <translation>نقل الخلاصة {number} إلى أسفل</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>نقل إلى أسفل (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Remove takeaway {number}</source>
            <translation>إزالة الخلاصة {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>Sync team</source>
            <translation>مزامنة الفريق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Apply anyway</source>
            <translation>تطبيق رغم ذلك</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>الأعضاء…</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>لا أعضاء (%n)</numerusform>
                <numerusform>عضو واحد (%n)</numerusform>
                <numerusform>عضوان (%n)</numerusform>
                <numerusform>%n أعضاء</numerusform>
                <numerusform>%n عضوًا</numerusform>
                <numerusform>%n عضو</numerusform>
            </translation>
        </message>
        <message>
            <source>You created it</source>
            <translation>أنشأته أنت</translation>
        </message>
        <message>
            <source>You are a member</source>
            <translation>أنت عضو فيه</translation>
        </message>
        <message>
            <source>Last synced {when}</source>
            <translation>آخر مزامنة: {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>لم تتم مزامنته بعد</translation>
        </message>
        <message>
            <source>Sync the team {team}</source>
            <translation>مزامنة الفريق {team}</translation>
        </message>
        <message>
            <source>Members of the team {team}</source>
            <translation>أعضاء الفريق {team}</translation>
        </message>
        <message>
            <source>Cancel the team sync</source>
            <translation>إلغاء مزامنة الفريق</translation>
        </message>
        <message>
            <source>Apply the team sync anyway, with its removals</source>
            <translation>تطبيق مزامنة الفريق رغم ذلك، مع ما تزيله</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
    </context>
    <context>
        <name>TeamEntryActions</name>
        <message>
            <source>Shared. Your search or filters hide the team's copy.</source>
            <translation>تمت المشاركة. البحث أو عوامل التصفية تخفي نسخة الفريق.</translation>
        </message>
        <message>
            <source>Shared a copy with the team “{team}”; it reaches everyone at the team's next sync. Your own entry stays as it is.</source>
            <translation>تمت مشاركة نسخة مع الفريق «{team}»، وتصل إلى جميع أعضائه عند مزامنة الفريق التالية. تبقى جهتك كما هي.</translation>
        </message>
        <message>
            <source>Copy kept. Your search or filters hide it.</source>
            <translation>حُفظت النسخة. البحث أو عوامل التصفية تخفيها.</translation>
        </message>
        <message>
            <source>Your own copy is in your directory, chosen now (it has no team tag). The team's entry stays as it is.</source>
            <translation>نسختك الخاصة في دليلك، وهي محددة الآن (دون وسم الفريق). وتبقى جهة الفريق كما هي.</translation>
        </message>
        <message>
            <source>You are no longer in that team, so nothing was shared.</source>
            <translation>لست ضمن هذا الفريق الآن، لذا لم يُشارَك أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>TeamMembersDialog</name>
        <message>
            <source>Remove {name}?</source>
            <translation>إزالة {name}؟</translation>
        </message>
        <message>
            <source>{name} will not receive anything written in the team from now on. What she already has stays with her: a removed member keeps what she already saw.</source>
            <translation>لن يصل إلى {name} أي شيء يُكتب في الفريق من الآن. ما وصل بالفعل يبقى: العضو المُزال يحتفظ بما رآه من قبل.</translation>
        </message>
        <message>
            <source>Leave {team}?</source>
            <translation>مغادرة {team}؟</translation>
        </message>
        <message>
            <source>The team's entries, and your notes on them, leave your directory on this computer. Copies you kept as your own stay. Nothing is written to the team's folder or server: the team keeps what you shared, and only the person who created it can take you off its members.</source>
            <translation>تخرج جهات الفريق، وملاحظاتك عليها، من دليلك على هذا الحاسوب. تبقى النسخ التي احتفظت بها لنفسك. لا يُكتب شيء في مجلد الفريق أو خادمه: يحتفظ الفريق بما شاركته، ووحده من أنشأ الفريق يستطيع إزالتك من أعضائه.</translation>
        </message>
        <message>
            <source>Any of them among your people for an emergency stays, as a copy of your own.</source>
            <translation>ما كان منها بين أشخاصك الموثوقين للطوارئ يبقى، نسخةً خاصة بك.</translation>
        </message>
        <message>
            <source>You created this team: once you leave, no one can add or remove its members.</source>
            <translation>أنت أنشأت هذا الفريق: بعد مغادرتك لن يستطيع أحد إضافة أعضاء أو إزالتهم.</translation>
        </message>
        <message>
            <source>Members of {team}</source>
            <translation>أعضاء {team}</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>معرّف مساحة الفريق</translation>
        </message>
        <message>
            <source>Each person you add types this id, and your fingerprint, to join.</source>
            <translation>يكتب كل شخص يُضاف هذا المعرّف، وبصمتك، للانضمام.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>إ&amp;ضافة عضو…</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>إضافة عضو</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>إ&amp;زالة…</translation>
        </message>
        <message>
            <source>Remove the chosen member</source>
            <translation>إزالة العضو المختار</translation>
        </message>
        <message>
            <source>Lea&amp;ve this team…</source>
            <translation>&amp;مغادرة هذا الفريق…</translation>
        </message>
        <message>
            <source>Leave the team {team} on this computer</source>
            <translation>مغادرة الفريق {team} على هذا الحاسوب</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>{name} is in the team now.</source>
            <translation>{name} في الفريق الآن.</translation>
        </message>
        <message>
            <source>{name} was removed.</source>
            <translation>تمت إزالة {name} من الفريق.</translation>
        </message>
        <message>
            <source>{name} (created the team, you)</source>
            <translation>{name} (مَن أنشأ الفريق؛ أنت)</translation>
        </message>
        <message>
            <source>{name} (created the team)</source>
            <translation>{name} (مَن أنشأ الفريق)</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (أنت)</translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team spaces</source>
            <translation>مساحات الفرق</translation>
        </message>
        <message>
            <source>A team space shares the directory entries you choose with the people in your team, through a folder or a server you all use. It is separate from syncing your own devices.</source>
            <translation>تشارك مساحة الفريق جهات الدليل المختارة مع أعضاء فريقك، عبر مجلد أو خادم يستخدمه الفريق كله. وهي منفصلة عن مزامنة أجهزتك الخاصة.</translation>
        </message>
        <message>
            <source>You are not in any team space yet.</source>
            <translation>لست في أي مساحة فريق بعد.</translation>
        </message>
        <message>
            <source>Be&amp;gin a team space…</source>
            <translation>إنشاء مساحة &amp;فريق…</translation>
        </message>
        <message>
            <source>Create a team space</source>
            <translation>إنشاء مساحة فريق</translation>
        </message>
        <message>
            <source>Jo&amp;in a team space…</source>
            <translation>الان&amp;ضمام إلى مساحة فريق…</translation>
        </message>
        <message>
            <source>Join a team space</source>
            <translation>الانضمام إلى مساحة فريق</translation>
        </message>
        <message>
            <source>Your member &amp;key…</source>
            <translation>مفتا&amp;ح عضويتك…</translation>
        </message>
        <message>
            <source>Show your member key</source>
            <translation>عرض مفتاح عضويتك</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>جارٍ التوقف بعد هذا الملف…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>لم يُرسل أي ملف (%n)</numerusform>
                <numerusform>أُرسل ملف واحد (%n)</numerusform>
                <numerusform>أُرسل ملفان (%n)</numerusform>
                <numerusform>أُرسلت %n ملفات</numerusform>
                <numerusform>أُرسل %n ملفًا</numerusform>
                <numerusform>أُرسل %n ملف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}، ولم يُقرأ أي ملف (%n)…</numerusform>
                <numerusform>{sent}، وقُرئ ملف واحد (%n)…</numerusform>
                <numerusform>{sent}، وقُرئ ملفان (%n)…</numerusform>
                <numerusform>{sent}، وقُرئت %n ملفات…</numerusform>
                <numerusform>{sent}، وقُرئ %n ملفًا…</numerusform>
                <numerusform>{sent}، وقُرئ %n ملف…</numerusform>
            </translation>
        </message>
        <message>
            <source>The team space “{team}” is ready. Add each person from “Members…”.</source>
            <translation>مساحة الفريق «{team}» جاهزة. يمكنك إضافة كل شخص من «الأعضاء…».</translation>
        </message>
        <message>
            <source>You joined “{team}”. Press “Sync team” to receive its entries.</source>
            <translation>انضممت إلى «{team}». يمكنك الضغط على «مزامنة الفريق» لاستلام جهاته.</translation>
        </message>
        <message>
            <source>You left “{team}” on this computer. Its entries left your directory; copies you kept as your own stay.</source>
            <translation>غادرت «{team}» على هذا الحاسوب. خرجت جهاته من دليلك؛ وتبقى النسخ التي احتفظت بها لنفسك.</translation>
        </message>
    </context>
    <context>
        <name>TeamPlaceDialog</name>
        <message>
            <source>Fill in “{field}” first.</source>
            <translation>يلزم ملء «{field}» أولًا.</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>يلزم إدخال عنوان الخادم واسم المستخدم وكلمة المرور أولًا.</translation>
        </message>
    </context>
    <context>
        <name>TeamSummary</name>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>لم يُرسل أي تغيير (%n)</numerusform>
                <numerusform>أُرسل تغيير واحد (%n)</numerusform>
                <numerusform>أُرسل تغييران (%n)</numerusform>
                <numerusform>أُرسلت %n تغييرات</numerusform>
                <numerusform>أُرسل %n تغييرًا</numerusform>
                <numerusform>أُرسل %n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}، ولم يُستلم أي تغيير (%n).</numerusform>
                <numerusform>{sent}، واستُلم تغيير واحد (%n).</numerusform>
                <numerusform>{sent}، واستُلم تغييران (%n).</numerusform>
                <numerusform>{sent}، واستُلمت %n تغييرات.</numerusform>
                <numerusform>{sent}، واستُلم %n تغييرًا.</numerusform>
                <numerusform>{sent}، واستُلم %n تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>توقفت. ما وصل محفوظ؛ والباقي يأتي في المرة القادمة.</translation>
        </message>
        <message>
            <source>The team's members changed.</source>
            <translation>تغيّر أعضاء الفريق.</translation>
        </message>
        <message numerus="yes">
            <source>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</source>
            <translation>
                <numerusform>متوقفة مؤقتًا: لن تزيل هذه المزامنة أي جهة (%n). هل تُطبَّق رغم ذلك؟</numerusform>
                <numerusform>متوقفة مؤقتًا: ستزيل هذه المزامنة جهة واحدة (%n) حُذفت نهائيًا في الفريق. هل تُطبَّق رغم ذلك؟</numerusform>
                <numerusform>متوقفة مؤقتًا: ستزيل هذه المزامنة جهتين (%n) حُذفتا نهائيًا في الفريق. هل تُطبَّق رغم ذلك؟</numerusform>
                <numerusform>متوقفة مؤقتًا: ستزيل هذه المزامنة %n جهات حُذفت نهائيًا في الفريق. هل تُطبَّق رغم ذلك؟</numerusform>
                <numerusform>متوقفة مؤقتًا: ستزيل هذه المزامنة %n جهة حُذفت نهائيًا في الفريق. هل تُطبَّق رغم ذلك؟</numerusform>
                <numerusform>متوقفة مؤقتًا: ستزيل هذه المزامنة %n جهة حُذفت نهائيًا في الفريق. هل تُطبَّق رغم ذلك؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone in the team uses a newer version of Wellbeing Desk: update this one to receive those changes.</source>
            <translation>يستخدم شخص في الفريق إصدارًا أحدث من Wellbeing Desk: يمكنك تحديث هذا الإصدار لاستلام تلك التغييرات.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the team's place could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>لا توجد ملفات تعذّر استخدامها (%n) في مكان الفريق.</numerusform>
                <numerusform>تعذّر استخدام ملف واحد (%n) في مكان الفريق؛ ولم يُطبَّق شيء منه.</numerusform>
                <numerusform>تعذّر استخدام ملفين (%n) في مكان الفريق؛ ولم يُطبَّق شيء منهما.</numerusform>
                <numerusform>تعذّر استخدام %n ملفات في مكان الفريق؛ ولم يُطبَّق شيء منها.</numerusform>
                <numerusform>تعذّر استخدام %n ملفًا في مكان الفريق؛ ولم يُطبَّق شيء منها.</numerusform>
                <numerusform>تعذّر استخدام %n ملف في مكان الفريق؛ ولم يُطبَّق شيء منها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>تغييرات من أجهزة (%n) تنتظر: ساعتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من جهاز واحد (%n) تنتظر: ساعته متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من جهازين (%n) تنتظر: ساعتاهما متقدمتان بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n أجهزة تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n جهازًا تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
                <numerusform>تغييرات من %n جهاز تنتظر: ساعاتها متقدمة بأيام على ساعة هذا الجهاز.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>You are no longer in this team: the person who created it removed you. What you already received stays in this vault; nothing new arrives.</source>
            <translation>لم تعد هذه الخزنة في هذا الفريق: أزالها الشخص الذي أنشأه. ما استُلم بالفعل يبقى فيها؛ ولن يصل شيء جديد.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>ذلك المجلد غير موجود. هل القرص موصول؟ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That is not a team space id: it has 32 letters and digits. Check it with the person who created the team.</source>
            <translation>هذا ليس معرّف مساحة فريق: فهو يتكوّن من 32 حرفًا ورقمًا. يمكنك التحقق منه مع الشخص الذي أنشأ الفريق.</translation>
        </message>
        <message>
            <source>A fingerprint has 20 letters and digits, in five groups of four. Check what you typed.</source>
            <translation>تتكوّن البصمة من 20 حرفًا ورقمًا، في خمس مجموعات من أربعة. يمكنك مراجعة ما كُتب.</translation>
        </message>
        <message>
            <source>That fingerprint does not match the person who created this team space: it may be another team's space. Check each group again with that person. Nothing was joined.</source>
            <translation>هذه البصمة لا تطابق بصمة الشخص الذي أنشأ مساحة الفريق هذه: قد تكون مساحة فريق آخر. يمكنك التحقق من كل مجموعة مرة أخرى مع ذلك الشخص. لم يتم الانضمام إلى شيء.</translation>
        </message>
        <message>
            <source>You have not been added to that team yet. Send your member key to the person who created it, and join once they have added you.</source>
            <translation>لم يُضف مفتاح عضويتك إلى ذلك الفريق بعد. يمكنك إرساله إلى الشخص الذي أنشأه، ثم الانضمام بعد أن يضيفك.</translation>
        </message>
        <message>
            <source>There is no team space with that id there. Check the id, and that you chose the place the team uses. Nothing was changed.</source>
            <translation>لا توجد هناك مساحة فريق بهذا المعرّف. يمكنك التحقق من المعرّف، ومن اختيار المكان الذي يستخدمه الفريق. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This vault has not received the team's newest key yet. Sync again a little later, or ask the person who created the team to sync.</source>
            <translation>لم تستلم هذه الخزنة أحدث مفتاح للفريق بعد. يمكنك المزامنة مرة أخرى بعد قليل، أو الطلب من الشخص الذي أنشأ الفريق أن يزامن.</translation>
        </message>
        <message>
            <source>Only the person who created the team adds and removes members.</source>
            <translation>الشخص الذي أنشأ الفريق وحده يضيف الأعضاء ويزيلهم.</translation>
        </message>
        <message>
            <source>That member key has a typo or is cut short. Check it against the key you were sent, or ask for it again.</source>
            <translation>في مفتاح العضوية هذا خطأ كتابي أو أنه ناقص. يمكنك مقارنته بالمفتاح الذي أُرسل إليك، أو طلبه مرة أخرى.</translation>
        </message>
        <message>
            <source>That team space was made by a newer version of Wellbeing Desk. Update this one, then try again.</source>
            <translation>أُنشئت مساحة الفريق هذه بإصدار أحدث من Wellbeing Desk. يمكنك تحديث هذا الإصدار ثم المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>That place cannot be used for a team: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>لا يمكن استخدام هذا المكان لفريق: تعذّرت كتابة الملفات وإعادة قراءتها هناك بأمان. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The team's server could not be used just now. Check your connection and try again a little later.</source>
            <translation>تعذّر استخدام خادم الفريق الآن. يمكنك التحقق من اتصالك والمحاولة مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>Something in the team's place could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>تعذّرت قراءة شيء في مكان الفريق. لم يُفقد شيء في هذه الخزنة؛ ويمكنك المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>The team's folder could not be read or written. Check that it is there and that you are allowed to write to it.</source>
            <translation>تعذّرت القراءة من مجلد الفريق أو الكتابة فيه. يمكنك التحقق من أنه موجود ومن أن لديك إذنًا بالكتابة فيه.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCard</name>
        <message>
            <source>Helps when</source>
            <translation>يفيد عندما</translation>
        </message>
        <message>
            <source>Not for when</source>
            <translation>لا يناسب عندما</translation>
        </message>
        <message>
            <source>Include questions about the event itself</source>
            <translation>تضمين أسئلة عن الحدث نفسه</translation>
        </message>
        <message>
            <source>Include questions about the event itself in “{title}”</source>
            <translation>تضمين أسئلة عن الحدث نفسه في «{title}»</translation>
        </message>
        <message>
            <source>You can skip each of them anyway.</source>
            <translation>يمكنك تخطي كل سؤال منها على أي حال.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>بدء «{title}»</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>New template</source>
            <translation>قالب جديد</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>تحرير القالب</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>تحرير «{title}»</translation>
        </message>
        <message>
            <source>Parts of the template</source>
            <translation>أجزاء القالب</translation>
        </message>
        <message>
            <source>&amp;About this template</source>
            <translation>&amp;تعريف بالقالب</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>ال&amp;خطوات</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;حفظ القالب</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>حفظ القالب</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>إ&amp;لغاء</translation>
        </message>
        <message>
            <source>Close without saving the changes</source>
            <translation>إغلاق دون حفظ التغييرات</translation>
        </message>
        <message>
            <source>You are writing the {language} text. What this template says in other languages is kept as it is.</source>
            <translation>يُكتب الآن النص باللغة {language}. ما يقوله هذا القالب بلغات أخرى يبقى كما هو.</translation>
        </message>
        <message>
            <source>You are writing the {language} text.</source>
            <translation>يُكتب الآن النص باللغة {language}.</translation>
        </message>
        <message>
            <source>Title of the template</source>
            <translation>عنوان القالب</translation>
        </message>
        <message>
            <source>What the template is for</source>
            <translation>الغرض من القالب</translation>
        </message>
        <message>
            <source>When the template may help</source>
            <translation>متى قد يفيد القالب</translation>
        </message>
        <message>
            <source>When not to use the template, and what to do instead</source>
            <translation>متى لا يُستخدم القالب، وما البديل</translation>
        </message>
        <message>
            <source>Ask the questions about the event itself by default</source>
            <translation>طرح الأسئلة عن الحدث نفسه افتراضيًا</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>ال&amp;غرض</translation>
        </message>
        <message>
            <source>When it &amp;helps</source>
            <translation>متى &amp;يفيد</translation>
        </message>
        <message>
            <source>When &amp;not to use it</source>
            <translation>متى لا يُ&amp;ستخدم</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Discard your changes to this template?</source>
            <translation>تجاهل تغييراتك على هذا القالب؟</translation>
        </message>
        <message>
            <source>Steps, in the order they are asked</source>
            <translation>الخطوات، بترتيب طرحها</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>إ&amp;ضافة خطوة</translation>
        </message>
        <message>
            <source>Add a step after the chosen one</source>
            <translation>إضافة خطوة بعد الخطوة المختارة</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <source>Remove the chosen step</source>
            <translation>إزالة الخطوة المختارة</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <source>Move the chosen step up</source>
            <translation>نقل الخطوة المختارة إلى أعلى</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>نقل &amp;لأسفل</translation>
        </message>
        <message>
            <source>Move the chosen step down</source>
            <translation>نقل الخطوة المختارة إلى أسفل</translation>
        </message>
        <message>
            <source>The chosen step</source>
            <translation>الخطوة المختارة</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>نوع الخطوة</translation>
        </message>
        <message>
            <source>Question of the step</source>
            <translation>سؤال الخطوة</translation>
        </message>
        <message>
            <source>Help text under the question</source>
            <translation>نص المساعدة تحت السؤال</translation>
        </message>
        <message>
            <source>About the event itself</source>
            <translation>عن الحدث نفسه</translation>
        </message>
        <message>
            <source>This step is about the event itself</source>
            <translation>هذه الخطوة عن الحدث نفسه</translation>
        </message>
        <message>
            <source>Steps about the event itself can be left out when a debrief starts.</source>
            <translation>يمكن إسقاط الخطوات المتعلقة بالحدث نفسه عند بدء المراجعة.</translation>
        </message>
        <message>
            <source>What 0 means on the rating</source>
            <translation>معنى 0 في التقييم</translation>
        </message>
        <message>
            <source>What 10 means on the rating</source>
            <translation>معنى 10 في التقييم</translation>
        </message>
        <message>
            <source>What &amp;0 means</source>
            <translation>معنى &amp;0</translation>
        </message>
        <message>
            <source>What 1&amp;0 means</source>
            <translation>معنى 1&amp;0</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>ال&amp;سؤال</translation>
        </message>
        <message>
            <source>Help te&amp;xt</source>
            <translation>نص ال&amp;مساعدة</translation>
        </message>
        <message>
            <source>Options to choose from</source>
            <translation>خيارات للاختيار منها</translation>
        </message>
        <message>
            <source>Double-click an option, or press F2, to change it</source>
            <translation>نقر مزدوج على خيار، أو F2، لتغييره</translation>
        </message>
        <message>
            <source>A new option</source>
            <translation>خيار جديد</translation>
        </message>
        <message>
            <source>Text of a new option</source>
            <translation>نص خيار جديد</translation>
        </message>
        <message>
            <source>Add &amp;option</source>
            <translation>&amp;إضافة خيار</translation>
        </message>
        <message>
            <source>Add the new option</source>
            <translation>إضافة الخيار الجديد</translation>
        </message>
        <message>
            <source>Remove o&amp;ption</source>
            <translation>إ&amp;زالة الخيار</translation>
        </message>
        <message>
            <source>Remove the chosen option</source>
            <translation>إزالة الخيار المختار</translation>
        </message>
        <message>
            <source>Op&amp;tions</source>
            <translation>الخيا&amp;رات</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(لا سؤال بعد)</translation>
        </message>
        <message>
            <source>{kind} · about the event</source>
            <translation>{kind} · عن الحدث</translation>
        </message>
        <message>
            <source>{number}. {question}
{kind}</source>
            <translation>{number}. {question}
{kind}</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>الخطوة {number}</translation>
        </message>
    </context>
    <context>
        <name>TemplateErrors</name>
        <message>
            <source>template id</source>
            <translation>معرّف القالب</translation>
        </message>
        <message>
            <source>id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>إصدار التنسيق</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>الغرض</translation>
        </message>
        <message>
            <source>when it helps</source>
            <translation>متى يفيد</translation>
        </message>
        <message>
            <source>when not to use it</source>
            <translation>متى لا يُستخدم</translation>
        </message>
        <message>
            <source>ask about the event by default</source>
            <translation>السؤال عن الحدث افتراضيًا</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>الخطوات</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>نص المساعدة</translation>
        </message>
        <message>
            <source>about the event</source>
            <translation>عن الحدث</translation>
        </message>
        <message>
            <source>about another person's feelings</source>
            <translation>عن مشاعر شخص آخر</translation>
        </message>
        <message>
            <source>options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>what 0 means</source>
            <translation>معنى 0</translation>
        </message>
        <message>
            <source>what 10 means</source>
            <translation>معنى 10</translation>
        </message>
        <message>
            <source>label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>the template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>الخطوة {number}</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>الخيار {number}</translation>
        </message>
        <message>
            <source>{field} in {language}</source>
            <translation>{field} باللغة {language}</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>رقمًا</translation>
        </message>
        <message>
            <source>a list in square brackets [ ]</source>
            <translation>قائمة بين قوسين مربعين [ ]</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>نصًا بين علامتي تنصيص</translation>
        </message>
        <message>
            <source>a group of fields in braces { }</source>
            <translation>مجموعة حقول بين قوسين معقوفين { }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>‏true أو false</translation>
        </message>
        <message>
            <source>text in quotes, or one text per language in braces { }</source>
            <translation>نصًا بين علامتي تنصيص، أو نصًا لكل لغة بين قوسين معقوفين { }</translation>
        </message>
        <message>
            <source>This is not a template file: it is not valid JSON (the first problem is on line {line}, column {column}).</source>
            <translation>هذا ليس ملف قالب: إنه ليس JSON صالحًا (أول مشكلة في السطر {line}، العمود {column}).</translation>
        </message>
        <message>
            <source>This file is larger than {limit} KB, too large to be a template.</source>
            <translation>هذا الملف أكبر من {limit} كيلوبايت، وهو أكبر من أن يكون قالبًا.</translation>
        </message>
        <message>
            <source>This template uses format version {value}, and this app reads version 1. It may come from a newer version of Wellbeing Desk.</source>
            <translation>يستخدم هذا القالب إصدار التنسيق {value}، وهذا التطبيق يقرأ الإصدار 1. ربما جاء من إصدار أحدث من Wellbeing Desk.</translation>
        </message>
        <message>
            <source>{where}: this must be {expected}.</source>
            <translation>{where}: يجب أن يكون هذا {expected}.</translation>
        </message>
        <message>
            <source>{where}: this is missing.</source>
            <translation>{where}: هذا مفقود.</translation>
        </message>
        <message>
            <source>{where}: templates have no field with this name. Check the spelling.</source>
            <translation>{where}: لا يوجد في القوالب حقل بهذا الاسم. يمكنك التحقق من الإملاء.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a kind of step. The kinds are: {kinds}.</source>
            <translation>{where}: «{value}» ليس نوعًا من أنواع الخطوات. الأنواع هي: {kinds}.</translation>
        </message>
        <message>
            <source>{where}: this is empty.</source>
            <translation>{where}: هذا فارغ.</translation>
        </message>
        <message>
            <source>{where}: this is longer than {characters}.</source>
            <translation>{where}: هذا أطول من {characters}.</translation>
        </message>
        <message>
            <source>{where}: there are more than {limit}.</source>
            <translation>{where}: العدد أكثر من {limit}.</translation>
        </message>
        <message>
            <source>{where}: at least {limit} are needed.</source>
            <translation>{where}: يلزم {limit} على الأقل.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a valid id. Use lowercase letters, digits and single hyphens.</source>
            <translation>{where}: «{value}» ليس معرّفًا صالحًا. تُستخدم فيه حروف لاتينية صغيرة وأرقام وشرطات مفردة.</translation>
        </message>
        <message>
            <source>{where}: the id “{value}” is used twice.</source>
            <translation>{where}: المعرّف «{value}» مستخدم مرتين.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a language code.</source>
            <translation>{where}: «{value}» ليس رمز لغة.</translation>
        </message>
        <message>
            <source>{where}: this does not belong in a step of this kind.</source>
            <translation>{where}: هذا لا يصلح في خطوة من هذا النوع.</translation>
        </message>
        <message>
            <source>This template cannot be used: it has a problem.</source>
            <translation>لا يمكن استخدام هذا القالب: فيه مشكلة.</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message>
            <source>Debrief templates</source>
            <translation>قوالب المراجعة</translation>
        </message>
        <message>
            <source>A template is the list of steps a debrief walks you through. The built-in ones cannot be changed, but you can duplicate one and make the copy yours, write your own, or share templates as files.</source>
            <translation>القالب هو قائمة الخطوات التي تمر بها المراجعة. القوالب المدمجة لا يمكن تغييرها، لكن يمكنك نسخ أحدها وجعل النسخة لك، أو كتابة قالبك الخاص، أو مشاركة القوالب كملفات.</translation>
        </message>
        <message>
            <source>Templates: built in, then yours</source>
            <translation>القوالب: المدمجة، ثم قوالبك</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;تحرير…</translation>
        </message>
        <message>
            <source>Edit the chosen template</source>
            <translation>تحرير القالب المختار</translation>
        </message>
        <message>
            <source>&amp;Duplicate to edit</source>
            <translation>&amp;نسخ للتحرير</translation>
        </message>
        <message>
            <source>Make an editable copy of the chosen template</source>
            <translation>إنشاء نسخة قابلة للتحرير من القالب المختار</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <source>Delete the chosen template</source>
            <translation>حذف القالب المختار</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <source>Save the chosen template to a file</source>
            <translation>حفظ القالب المختار في ملف</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>قالب &amp;جديد…</translation>
        </message>
        <message>
            <source>Write a new template of your own</source>
            <translation>كتابة قالب جديد خاص بك</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;استيراد…</translation>
        </message>
        <message>
            <source>Import a template from a file</source>
            <translation>استيراد قالب من ملف</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>Close the templates</source>
            <translation>إغلاق القوالب</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>مدمجة</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>قوالبك</translation>
        </message>
        <message>
            <source>{title} (built in)</source>
            <translation>{title} (مدمج)</translation>
        </message>
        <message>
            <source>None yet: duplicate one, or write a new one.</source>
            <translation>لا شيء بعد: يمكنك نسخ قالب، أو كتابة قالب جديد.</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;نسخ</translation>
        </message>
        <message>
            <source>Choose a template to see what it is for.</source>
            <translation>يمكنك اختيار قالب لمعرفة الغرض منه.</translation>
        </message>
        <message numerus="yes">
            <source>Yours · %n steps</source>
            <translation>
                <numerusform>من قوالبك · بلا خطوات (%n)</numerusform>
                <numerusform>من قوالبك · خطوة واحدة (%n)</numerusform>
                <numerusform>من قوالبك · خطوتان (%n)</numerusform>
                <numerusform>من قوالبك · %n خطوات</numerusform>
                <numerusform>من قوالبك · %n خطوة</numerusform>
                <numerusform>من قوالبك · %n خطوة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Built in, read-only · %n steps</source>
            <translation>
                <numerusform>مدمج، للقراءة فقط · بلا خطوات (%n)</numerusform>
                <numerusform>مدمج، للقراءة فقط · خطوة واحدة (%n)</numerusform>
                <numerusform>مدمج، للقراءة فقط · خطوتان (%n)</numerusform>
                <numerusform>مدمج، للقراءة فقط · %n خطوات</numerusform>
                <numerusform>مدمج، للقراءة فقط · %n خطوة</numerusform>
                <numerusform>مدمج، للقراءة فقط · %n خطوة</numerusform>
            </translation>
        </message>
        <message>
            <source>When it helps: {text}</source>
            <translation>متى يفيد: {text}</translation>
        </message>
        <message>
            <source>When not to use it: {text}</source>
            <translation>متى لا يُستخدم: {text}</translation>
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation>{number}. {question}</translation>
        </message>
        <message>
            <source>The steps:</source>
            <translation>الخطوات:</translation>
        </message>
        <message>
            <source>About the chosen template</source>
            <translation>عن القالب المختار</translation>
        </message>
        <message>
            <source>(my copy)</source>
            <translation>(نسختي)</translation>
        </message>
        <message>
            <source>“{title}” is now one of yours, ready to edit.</source>
            <translation>«{title}» أصبح من قوالبك، وجاهز للتحرير.</translation>
        </message>
        <message>
            <source>“{title}” was saved.</source>
            <translation>حُفظ «{title}».</translation>
        </message>
        <message>
            <source>This template was deleted in the meantime. Nothing was saved.</source>
            <translation>حُذف هذا القالب في الأثناء. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>The template could not be saved: it is too long, or another of your templates has the same id. Nothing was saved.</source>
            <translation>تعذّر حفظ القالب: إنه طويل جدًا، أو يحمل قالب آخر من قوالبك المعرّف نفسه. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>حذف هذا القالب؟</translation>
        </message>
        <message>
            <source>Delete the template “{title}”? Debriefs you already started with it keep their own copy of its steps.</source>
            <translation>حذف القالب «{title}»؟ المراجعات التي بدأتها به تحتفظ بنسختها الخاصة من خطواته.</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>حُذف «{title}».</translation>
        </message>
        <message>
            <source>Export the template “{title}”</source>
            <translation>تصدير القالب «{title}»</translation>
        </message>
        <message>
            <source>Debrief templates (*.json)</source>
            <translation>قوالب المراجعة (*.json)</translation>
        </message>
        <message>
            <source>“{title}” was saved to {file}.</source>
            <translation>حُفظ «{title}» في {file}.</translation>
        </message>
        <message>
            <source>The template was not exported</source>
            <translation>لم يُصدَّر القالب</translation>
        </message>
        <message>
            <source>Choose a template file to import</source>
            <translation>اختيار ملف قالب لاستيراده</translation>
        </message>
        <message>
            <source>Debrief templates (*.json);;All files (*)</source>
            <translation>قوالب المراجعة (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>(imported)</source>
            <translation>(مستورد)</translation>
        </message>
        <message>
            <source>“{title}” was imported.</source>
            <translation>استُورد «{title}».</translation>
        </message>
        <message>
            <source>A template with the id “{id}” was already here, so this one was imported as a copy: “{title}”.</source>
            <translation>كان هنا من قبل قالب بالمعرّف «{id}»، لذا استُورد هذا القالب كنسخة: «{title}».</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>لم يُستورد شيء</translation>
        </message>
        <message>
            <source>“{file}” cannot be used as a template, so nothing was imported.

{problem}</source>
            <translation>لا يمكن استخدام «{file}» كقالب، لذا لم يُستورد شيء.

{problem}</translation>
        </message>
        <message>
            <source>“{file}” is a folder. Choose a file instead.</source>
            <translation>«{file}» مجلد. يمكنك اختيار ملف بدلًا منه.</translation>
        </message>
        <message>
            <source>You are not allowed to write “{file}” there. Choose another folder.</source>
            <translation>لا يوجد إذن بكتابة «{file}» هناك. يمكنك اختيار مجلد آخر.</translation>
        </message>
        <message>
            <source>You are not allowed to read “{file}”. Nothing was imported.</source>
            <translation>لا يوجد إذن بقراءة «{file}». لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>“{file}” is not an ordinary file. Choose a template file (.json). Nothing was imported.</source>
            <translation>«{file}» ليس ملفًا عاديًا. يمكنك اختيار ملف قالب (.json). لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>“{file}” could not be found. It may have been moved or deleted. Nothing was imported.</source>
            <translation>تعذّر العثور على «{file}». ربما نُقل أو حُذف. لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>“{file}” could not be written. Check that the folder exists and that there is space on the disk.</source>
            <translation>تعذّرت كتابة «{file}». يمكنك التأكد من وجود المجلد ومن وجود مساحة على القرص.</translation>
        </message>
        <message>
            <source>“{file}” could not be read. Nothing was imported.</source>
            <translation>تعذّرت قراءة «{file}». لم يُستورد شيء.</translation>
        </message>
        <message>
            <source>“{file}” could not be stored: the template is too long. Nothing was imported.</source>
            <translation>تعذّر تخزين «{file}»: القالب طويل جدًا. لم يُستورد شيء.</translation>
        </message>
    </context>
    <context>
        <name>TemplateNames</name>
        <message>
            <source>Free text</source>
            <translation>نص حر</translation>
        </message>
        <message>
            <source>Rating from 0 to 10</source>
            <translation>تقييم من 0 إلى 10</translation>
        </message>
        <message>
            <source>Checklist (tick any)</source>
            <translation>قائمة تحقق (اختيار أي عدد)</translation>
        </message>
        <message>
            <source>Single choice (pick one)</source>
            <translation>اختيار واحد فقط</translation>
        </message>
        <message>
            <source>People to reach</source>
            <translation>أشخاص للتواصل معهم</translation>
        </message>
        <message>
            <source>Follow-up actions with dates</source>
            <translation>إجراءات متابعة بتواريخ</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>البرتغالية</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <source>Write as much or as little as you like, or skip this question.</source>
            <translation>يمكنك الكتابة كثيرًا أو قليلًا، أو تخطي هذا السؤال.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Write more</source>
            <translation>كتابة المزيد</translation>
        </message>
        <message>
            <source>A full entry has room for sleep, energy, warning signs and your own words.</source>
            <translation>في الإدخال الكامل مكان للنوم والطاقة وعلامات الإنذار وكلماتك أنت.</translation>
        </message>
        <message>
            <source>&amp;Write a full entry</source>
            <translation>&amp;كتابة إدخال كامل</translation>
        </message>
        <message>
            <source>Write a full entry</source>
            <translation>كتابة إدخال كامل</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>ا&amp;لتواصل مع أحد الآن</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>التواصل مع أحد الآن</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support, with their numbers ({keys})</source>
            <translation>أشخاصك للطوارئ، ثم جهات الدعم، مع أرقامهم ({keys})</translation>
        </message>
        <message>
            <source>Write a full entry (Ctrl+N)</source>
            <translation>كتابة إدخال كامل (Ctrl+N)</translation>
        </message>
        <message>
            <source>Who would you reach in a hard moment? Add two or three people now, so their numbers are here even with no internet.</source>
            <translation>بمن يمكنك التواصل في لحظة صعبة؟ يمكنك إضافة شخصين أو ثلاثة الآن، لتكون أرقامهم هنا حتى دون إنترنت.</translation>
        </message>
        <message>
            <source>&amp;Add my people</source>
            <translation>إ&amp;ضافة أشخاصي</translation>
        </message>
        <message>
            <source>Add the people you would reach in an emergency</source>
            <translation>إضافة الأشخاص الذين يمكنك التواصل معهم في حالة طوارئ</translation>
        </message>
        <message>
            <source>Do not remind me again</source>
            <translation>عدم التذكير مجددًا</translation>
        </message>
        <message>
            <source>&amp;Continue your unsaved entry</source>
            <translation>&amp;متابعة إدخالك غير المحفوظ</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>متابعة إدخالك غير المحفوظ</translation>
        </message>
    </context>
    <context>
        <name>TrashRow</name>
        <message>
            <source>Started and moved to the trash {date}</source>
            <translation>بُدئت ونُقلت إلى سلة المهملات {date}</translation>
        </message>
        <message>
            <source>Started {started} · moved to the trash {trashed}</source>
            <translation>بُدئت {started} · نُقلت إلى سلة المهملات {trashed}</translation>
        </message>
        <message>
            <source>Started {started}, moved to the trash {trashed}</source>
            <translation>بُدئت {started}، ونُقلت إلى سلة المهملات {trashed}</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;استعادة</translation>
        </message>
        <message>
            <source>Restore “{title}” from {date}</source>
            <translation>استعادة «{title}» بتاريخ {date}</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>سلة المهملات</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash. Restore one to bring it back to your debriefs. Emptying the trash removes them for good.</source>
            <translation>مراجعات نقلتها إلى سلة المهملات. استعادة إحداها تعيدها إلى مراجعاتك. إفراغ سلة المهملات يحذفها نهائيًا.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>سلة المهملات فارغة.</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>إ&amp;فراغ سلة المهملات…</translation>
        </message>
        <message>
            <source>Empty the trash: remove these debriefs for good</source>
            <translation>إفراغ سلة المهملات: حذف هذه المراجعات نهائيًا</translation>
        </message>
        <message>
            <source>&amp;Back to your debriefs</source>
            <translation>&amp;عودة إلى مراجعاتك</translation>
        </message>
        <message>
            <source>Back to your debriefs</source>
            <translation>العودة إلى مراجعاتك</translation>
        </message>
        <message>
            <source>Back to your debriefs (Esc)</source>
            <translation>العودة إلى مراجعاتك (Esc)</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>كل يوم</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>متوسط 7 أيام</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>أهلًا بعودتك</translation>
        </message>
        <message>
            <source>Wellbeing Desk is locked. Enter your passphrase to open your vault.</source>
            <translation>‏Wellbeing Desk مقفل. يمكنك إدخال عبارة المرور لفتح خزنتك.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;فتح القفل</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>Unlocking… this takes a moment.</source>
            <translation>جارٍ فتح القفل… يستغرق ذلك لحظة.</translation>
        </message>
        <message>
            <source>&amp;Need help now?</source>
            <translation>&amp;بحاجة إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <source>Need help now? Public lines and grounding</source>
            <translation>بحاجة إلى مساعدة الآن؟ خطوط عامة وتثبيت</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour, and breathing and grounding (Ctrl+G)</source>
            <translation>خطوط عامة تجيب في أي ساعة، وتمارين التنفس والتثبيت (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>VaultBanner</name>
        <message>
            <source>Check the vault</source>
            <translation>فحص الخزنة</translation>
        </message>
        <message>
            <source>Check the vault for damage</source>
            <translation>فحص الخزنة بحثًا عن تلف</translation>
        </message>
        <message>
            <source>Reads every part of the vault and reports damage; changes nothing</source>
            <translation>يقرأ كل أجزاء الخزنة ويُبلغ عن أي تلف؛ ولا يغيّر شيئًا</translation>
        </message>
        <message>
            <source>Read-only here</source>
            <translation>للقراءة فقط هنا</translation>
        </message>
        <message>
            <source>This vault is read-only here: it is on a write-protected drive or in a folder you cannot change. You can read, search and export everything, but changes can't be saved. Nothing is wrong with the vault. To make changes, copy the vault folder to a place you can write and open it there.</source>
            <translation>هذه الخزنة للقراءة فقط هنا: إنها على قرص محمي من الكتابة أو في مجلد لا يمكنك تغييره. يمكنك قراءة كل شيء والبحث فيه وتصديره، لكن لا يمكن حفظ التغييرات. لا خلل في الخزنة. لإجراء تغييرات، يمكن نسخ مجلد الخزنة إلى مكان يمكنك الكتابة فيه وفتحها هناك.</translation>
        </message>
        <message>
            <source>Damage found: open read-only</source>
            <translation>وُجد تلف: فُتحت للقراءة فقط</translation>
        </message>
        <message>
            <source>Wellbeing Desk found damage in this vault, so it is open read-only: changes can't be saved until a check passes. You can still read and export what is readable. Check it here, or with “wellbeing-desk-cli check”. If the check finds damage, restore your most recent backup copy of the vault folder.</source>
            <translation>وجد Wellbeing Desk تلفًا في هذه الخزنة، لذا فُتحت للقراءة فقط: لا يمكن حفظ التغييرات حتى ينجح الفحص. لا يزال بإمكانك قراءة ما يمكن قراءته وتصديره. يمكنك فحصها هنا، أو بالأمر «wellbeing-desk-cli check». إن وجد الفحص تلفًا، يمكنك استعادة أحدث نسخة احتياطية من مجلد الخزنة.</translation>
        </message>
        <message>
            <source>The check found no damage. Lock and unlock Wellbeing Desk to save changes again.</source>
            <translation>لم يجد الفحص أي تلف. لحفظ التغييرات مجددًا، يلزم قفل Wellbeing Desk ثم فتح قفله.</translation>
        </message>
        <message>
            <source>The check found damage. Restore your most recent backup copy of the vault folder; until then nothing is saved to this one.</source>
            <translation>وجد الفحص تلفًا. يمكنك استعادة أحدث نسخة احتياطية من مجلد الخزنة؛ وحتى ذلك الحين لن يُحفظ شيء في هذه الخزنة.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeys</name>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>&amp;نسيت عبارة المرور؟</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use a recovery code</source>
            <translation>نسيت عبارة المرور؟ استخدام رمز الاسترداد</translation>
        </message>
        <message>
            <source>Your vault</source>
            <translation>خزنتك</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>تغيّرت عبارة المرور. من الآن فصاعدًا تُستخدم العبارة الجديدة.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>هذه ليست عبارة المرور الحالية. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>A new recovery code replaces the one you have: the old code stops working. Anyone with the new code can open your vault. Confirm with your passphrase.</source>
            <translation>رمز الاسترداد الجديد يحل محل رمزك الحالي: الرمز القديم يتوقف عن العمل. أي شخص يملك الرمز الجديد يستطيع فتح خزنتك. للتأكيد، يلزم إدخال عبارة المرور.</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone with the code can open your vault. Confirm with your passphrase.</source>
            <translation>يتيح لك رمز الاسترداد تعيين عبارة مرور جديدة إن نسيت عبارتك. أي شخص يملك الرمز يستطيع فتح خزنتك. للتأكيد، يلزم إدخال عبارة المرور.</translation>
        </message>
        <message>
            <source>Removing the recovery code means only your passphrase opens this vault. The code you wrote down stops working. Confirm with your passphrase.</source>
            <translation>إزالة رمز الاسترداد تعني أن عبارة المرور وحدها تفتح هذه الخزنة. الرمز الذي كتبته يتوقف عن العمل. للتأكيد، يلزم إدخال عبارة المرور.</translation>
        </message>
        <message>
            <source>The recovery code was removed. It no longer opens this vault.</source>
            <translation>أُزيل رمز الاسترداد. لم يعد يفتح هذه الخزنة.</translation>
        </message>
        <message>
            <source>The vault was destroyed</source>
            <translation>أُتلفت الخزنة</translation>
        </message>
        <message>
            <source>The vault was not destroyed</source>
            <translation>لم تُتلف الخزنة</translation>
        </message>
        <message>
            <source>Your new passphrase is set. Unlock with it now, while it is fresh.</source>
            <translation>عُيّنت عبارة المرور الجديدة. يمكنك فتح القفل بها الآن، ما دامت حاضرة في ذهنك.</translation>
        </message>
        <message>
            <source>Working… this takes a moment.</source>
            <translation>جارٍ العمل… يستغرق ذلك لحظة.</translation>
        </message>
        <message>
            <source>That is not your passphrase. Nothing was changed.</source>
            <translation>هذه ليست عبارة المرور. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This vault has no recovery code, so a code cannot open it. Nothing was changed.</source>
            <translation>لا رمز استرداد لهذه الخزنة، لذا لا يمكن فتحها برمز. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This code does not open this vault. Compare it with the code you wrote down. Nothing was changed.</source>
            <translation>هذا الرمز لا يفتح هذه الخزنة. يمكنك مقارنته بالرمز الذي كتبته. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>This code has a typo. Compare it with the code you wrote down.</source>
            <translation>في هذا الرمز خطأ كتابي. يمكنك مقارنته بالرمز الذي كتبته.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeysSection</name>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>&amp;تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone who has it can open your vault.</source>
            <translation>يتيح لك رمز الاسترداد تعيين عبارة مرور جديدة إن نسيت عبارتك. أي شخص يملكه يستطيع فتح خزنتك.</translation>
        </message>
        <message>
            <source>&amp;Remove the recovery code…</source>
            <translation>إ&amp;زالة رمز الاسترداد…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>إزالة رمز الاسترداد</translation>
        </message>
        <message>
            <source>Destroying the vault makes everything in it unreadable, for good. Backups and copies elsewhere are not reached.</source>
            <translation>إتلاف الخزنة يجعل كل ما فيها غير قابل للقراءة، نهائيًا. لا يطال ذلك النسخ الاحتياطية والنسخ الموجودة في أماكن أخرى.</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault…</source>
            <translation>إتلاف هذه &amp;الخزنة…</translation>
        </message>
        <message>
            <source>Destroy this vault</source>
            <translation>تدمير هذه الخزنة</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>رمز الاسترداد</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>إتلاف</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>لهذه الخزنة رمز استرداد.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>لا رمز استرداد لهذه الخزنة.</translation>
        </message>
        <message>
            <source>Re&amp;place the recovery code…</source>
            <translation>ا&amp;ستبدال رمز الاسترداد…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>استبدال رمز الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;إضافة رمز استرداد…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>إضافة رمز استرداد</translation>
        </message>
    </context>
    <context>
        <name>VersionsPane</name>
        <message>
            <source>This was changed on two of your devices before they synced, so both versions were kept. Nothing is lost. Which one do you want to keep?</source>
            <translation>تغيّر هذا على جهازين من أجهزتك قبل أن يتزامنا، لذا احتُفظ بالنسختين. لم يضع شيء. أي النسختين يُحتفظ بها؟</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>لا يوجد شيء مكتوب هنا.</translation>
        </message>
        <message>
            <source>The version in place now</source>
            <translation>النسخة الحالية</translation>
        </message>
        <message>
            <source>The other version, kept as a copy</source>
            <translation>النسخة الأخرى، المحفوظة كنسخة ثانية</translation>
        </message>
        <message>
            <source>&amp;Keep this one</source>
            <translation>إبقاء &amp;هذه النسخة</translation>
        </message>
        <message>
            <source>Keep the version in place now; the other version goes to the trash</source>
            <translation>إبقاء النسخة الحالية؛ وتذهب النسخة الأخرى إلى سلة المهملات</translation>
        </message>
        <message>
            <source>Keep the &amp;other one</source>
            <translation>إبقاء النسخة ال&amp;أخرى</translation>
        </message>
        <message>
            <source>Keep the other version: its text replaces the version in place now</source>
            <translation>إبقاء النسخة الأخرى: نصها يحل محل النسخة الحالية</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>إبقاء &amp;كلتيهما</translation>
        </message>
        <message>
            <source>Keep both versions: the other one stays on its own, beside this one</source>
            <translation>إبقاء النسختين: تبقى النسخة الأخرى مستقلة، بجانب هذه</translation>
        </message>
        <message>
            <source>The version in place &amp;now</source>
            <translation>النسخة ال&amp;حالية</translation>
        </message>
        <message>
            <source>The other &amp;version, kept as a copy</source>
            <translation>ال&amp;نسخة الأخرى، المحفوظة كنسخة ثانية</translation>
        </message>
        <message>
            <source>Either way nothing is lost: “Keep this one” moves the other version to the trash, and “Keep the other one” puts its text in place of this one and moves this one's text to the trash. You can restore from the trash.</source>
            <translation>في الحالتين لا يضيع شيء: «إبقاء هذه النسخة» ينقل النسخة الأخرى إلى سلة المهملات، و«إبقاء النسخة الأخرى» يضع نصها مكان هذه وينقل نص هذه إلى سلة المهملات. يمكنك الاستعادة من سلة المهملات.</translation>
        </message>
    </context>
    <context>
        <name>WarningSignTable</name>
        <message>
            <source>Warning sign</source>
            <translation>علامة إنذار</translation>
        </message>
        <message>
            <source>Days you noted it</source>
            <translation>الأيام التي دوّنتها فيها</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <source>Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>التوتر</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>المزاج</translation>
        </message>
        <message>
            <source>Did most often</source>
            <translation>الأكثر تكرارًا</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format of a week's Monday</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>{activity} ({count}×)</source>
            <translation>{activity} ({count}×)</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>نشاط أزلته</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>أسبوع {date}</translation>
        </message>
    </context>
    <context>
        <name>WindowTitles</name>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Notes — Locked</source>
            <translation>ملاحظات — مقفل</translation>
        </message>
        <message>
            <source>Wellbeing Desk — Locked</source>
            <translation>‏Wellbeing Desk — مقفل</translation>
        </message>
        <message>
            <source>Notes — read-only</source>
            <translation>ملاحظات — للقراءة فقط</translation>
        </message>
        <message>
            <source>Wellbeing Desk — read-only</source>
            <translation>‏Wellbeing Desk — للقراءة فقط</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Wellbeing Desk help</source>
            <translation>مساعدة Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Help and keyboard shortcuts</source>
            <translation>المساعدة واختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
        </message>
        <message>
            <source>Lock Wellbeing Desk</source>
            <translation>قفل Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close the vault now</source>
            <translation>إغلاق الخزنة الآن</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>اليوميات</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>المراجعة الذاتية</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>A quick daily check-in arrives in a coming version. Take a breath; there is nothing you need to do here yet.</source>
            <translation>يأتي تسجيل يومي سريع في إصدار قادم. لحظة لنفَس هادئ؛ لا شيء مطلوب منك هنا بعد.</translation>
        </message>
        <message>
            <source>The journal arrives in a coming version.</source>
            <translation>تأتي اليوميات في إصدار قادم.</translation>
        </message>
        <message>
            <source>The guided debrief arrives in a coming version. Every step will be optional.</source>
            <translation>تأتي المراجعة الذاتية الموجَّهة في إصدار قادم. ستكون كل خطوة اختيارية.</translation>
        </message>
        <message>
            <source>The directory of support contacts arrives in a coming version.</source>
            <translation>يأتي دليل جهات الدعم في إصدار قادم.</translation>
        </message>
    </context>
    <context>
        <name>_Counted</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n حرف</numerusform>
                <numerusform>حرف واحد (%n)</numerusform>
                <numerusform>حرفان (%n)</numerusform>
                <numerusform>%n أحرف</numerusform>
                <numerusform>%n حرفًا</numerusform>
                <numerusform>%n حرف</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Table</name>
        <message>
            <source>Select the whole table</source>
            <translation>تحديد الجدول كله</translation>
        </message>
    </context>
</TS>