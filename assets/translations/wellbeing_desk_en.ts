<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActivityTable</name>
        <message numerus="yes">
            <source>{value} (%n days)</source>
            <translation>
                <numerusform>{value} (%n day)</numerusform>
                <numerusform>{value} (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreathingSteps</name>
        <message numerus="yes">
            <source>Breathe in for %n seconds</source>
            <translation>
                <numerusform>Breathe in for %n second</numerusform>
                <numerusform>Breathe in for %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathe out for %n seconds</source>
            <translation>
                <numerusform>Breathe out for %n second</numerusform>
                <numerusform>Breathe out for %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rest for %n seconds</source>
            <translation>
                <numerusform>Rest for %n second</numerusform>
                <numerusform>Rest for %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold for %n seconds</source>
            <translation>
                <numerusform>Hold for %n second</numerusform>
                <numerusform>Hold for %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeCard</name>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copied. The clipboard is emptied in %n second.</numerusform>
                <numerusform>Copied. The clipboard is emptied in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message numerus="yes">
            <source>Not created: the passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>Not created: the passphrase is too short. Use at least %n character.</numerusform>
                <numerusform>Not created: the passphrase is too short. Use at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message numerus="yes">
            <source>Showing the first {shown} of %n entries.</source>
            <translation>
                <numerusform>Showing the first {shown} of %n entry.</numerusform>
                <numerusform>Showing the first {shown} of %n entries.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n seconds.</source>
            <translation>
                <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
                <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported. Your search or filters hide some of them.</source>
            <translation>
                <numerusform>%n entry imported. Your search or filters hide it.</numerusform>
                <numerusform>%n entries imported. Your search or filters hide some of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>%n entry imported.</numerusform>
                <numerusform>%n entries imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>%n entry exported to {file}. The file is not encrypted.</numerusform>
                <numerusform>%n entries exported to {file}. The file is not encrypted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message numerus="yes">
            <source>Each tag can have at most %n characters.</source>
            <translation>
                <numerusform>Each tag can have at most %n character.</numerusform>
                <numerusform>Each tag can have at most %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForgotPassphraseDialog</name>
        <message numerus="yes">
            <source>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</source>
            <translation>
                <numerusform>A recovery code has %n symbol; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</numerusform>
                <numerusform>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>%n entry will be added.</numerusform>
                <numerusform>%n entries will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>%n likely duplicate will be merged into an entry you have.</numerusform>
                <numerusform>%n likely duplicates will be merged into entries you have.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>%n likely duplicate will be skipped.</numerusform>
                <numerusform>%n likely duplicates will be skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards cannot be read:</source>
            <translation>
                <numerusform>%n card cannot be read:</numerusform>
                <numerusform>%n cards cannot be read:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n cards that can be read</source>
            <translation>
                <numerusform>Import only the %n card that can be read</numerusform>
                <numerusform>Import only the %n cards that can be read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be read:</source>
            <translation>
                <numerusform>%n row cannot be read:</numerusform>
                <numerusform>%n rows cannot be read:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n rows that can be read</source>
            <translation>
                <numerusform>Import only the %n row that can be read</numerusform>
                <numerusform>Import only the %n rows that can be read</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message numerus="yes">
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</source>
            <translation>
                <numerusform>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n day is marked: there are too few days to say.</numerusform>
                <numerusform>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</source>
            <translation>
                <numerusform>On how many of the last %n day you noted each of your warning signs. Noticing them is part of looking after yourself.</numerusform>
                <numerusform>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have not noted any of your warning signs in the last %n days.</source>
            <translation>
                <numerusform>You have not noted any of your warning signs in the last %n day.</numerusform>
                <numerusform>You have not noted any of your warning signs in the last %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>
                <numerusform>%n day with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</numerusform>
                <numerusform>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberKeyDialog</name>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copied. The clipboard is emptied in %n second.</numerusform>
                <numerusform>Copied. The clipboard is emptied in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <source>The new passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>The new passphrase is too short. Use at least %n character.</numerusform>
                <numerusform>The new passphrase is too short. Use at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message numerus="yes">
            <source>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</source>
            <translation>
                <numerusform>A note can have at most %n person, takeaway or follow-up. Move some of them into the text.</numerusform>
                <numerusform>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message numerus="yes">
            <source>%n notes in the trash</source>
            <translation>
                <numerusform>%n note in the trash</numerusform>
                <numerusform>%n notes in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes removed for good.</source>
            <translation>
                <numerusform>%n note removed for good.</numerusform>
                <numerusform>%n notes removed for good.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message numerus="yes">
            <source>This section is too long to save. Please shorten it to %n characters or fewer.</source>
            <translation>
                <numerusform>This section is too long to save. Please shorten it to %n character or fewer.</numerusform>
                <numerusform>This section is too long to save. Please shorten it to %n characters or fewer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReachPicker</name>
        <message numerus="yes">
            <source>Copied {value}. It is taken off the clipboard after %n seconds.</source>
            <translation>
                <numerusform>Copied {value}. It is taken off the clipboard after %n second.</numerusform>
                <numerusform>Copied {value}. It is taken off the clipboard after %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message numerus="yes">
            <source>Too short: use at least %n characters. A few words only you know work well.</source>
            <translation>
                <numerusform>Too short: use at least %n character. A few words only you know work well.</numerusform>
                <numerusform>Too short: use at least %n characters. A few words only you know work well.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>Sent %n file</numerusform>
                <numerusform>Sent %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, read %n…</numerusform>
                <numerusform>{sent}, read %n…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>Sent %n change</numerusform>
                <numerusform>Sent %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}, received %n.</numerusform>
                <numerusform>{sent}, received %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n needs review.</source>
            <translation>
                <numerusform>%n needs review.</numerusform>
                <numerusform>%n need review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</source>
            <translation>
                <numerusform>%n file in the sync place was changed by someone without the key, or is out of order; it was not used, and nothing in it was applied.</numerusform>
                <numerusform>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync folder could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n file in the sync folder could not be used; nothing in it was applied.</numerusform>
                <numerusform>%n files in the sync folder could not be used; nothing in them was applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Changes from %n device wait: its clock is days ahead of this one.</numerusform>
                <numerusform>Changes from %n devices wait: their clock is days ahead of this one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</source>
            <translation>
                <numerusform>This sync would remove %n record from this vault ({counts}): it was deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</numerusform>
                <numerusform>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message numerus="yes">
            <source>%n to look at</source>
            <translation>
                <numerusform>%n to look at</numerusform>
                <numerusform>%n to look at</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusCard</name>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</source>
            <translation>
                <numerusform>%n item: a copy kept from a conflict, or a record brought back. Review it with “Review…” below.</numerusform>
                <numerusform>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>Sent %n file</numerusform>
                <numerusform>Sent %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, read %n…</numerusform>
                <numerusform>{sent}, read %n…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamSummary</name>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>Sent %n change</numerusform>
                <numerusform>Sent %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}, received %n.</numerusform>
                <numerusform>{sent}, received %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</source>
            <translation>
                <numerusform>Paused: this sync would remove %n entry that was deleted for good in the team. Apply it anyway?</numerusform>
                <numerusform>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the team's place could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n file in the team's place could not be used; nothing in it was applied.</numerusform>
                <numerusform>%n files in the team's place could not be used; nothing in them was applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Changes from %n device wait: its clock is days ahead of this one.</numerusform>
                <numerusform>Changes from %n devices wait: their clock is days ahead of this one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message numerus="yes">
            <source>Yours · %n steps</source>
            <translation>
                <numerusform>Yours · %n step</numerusform>
                <numerusform>Yours · %n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Built in, read-only · %n steps</source>
            <translation>
                <numerusform>Built in, read-only · %n step</numerusform>
                <numerusform>Built in, read-only · %n steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Counted</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
    </context>
</TS>