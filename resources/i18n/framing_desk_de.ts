<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Minimum severity:</source>
        <translation>&amp;Mindestschweregrad:</translation>
    </message>
    <message>
        <source>Add &amp;word</source>
        <translation>Wort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Findings less severe than this are not shown.</source>
        <translation>Befunde mit geringerem Schweregrad werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Findings on exactly these words are not shown, in any text.</source>
        <translation>Befunde zu genau diesen Wörtern werden in keinem Text angezeigt.</translation>
    </message>
    <message>
        <source>Findings shown</source>
        <translation>Angezeigte Befunde</translation>
    </message>
    <message>
        <source>Ignored rules</source>
        <translation>Ignorierte Regeln</translation>
    </message>
    <message>
        <source>Ignored words</source>
        <translation>Ignorierte Wörter</translation>
    </message>
    <message>
        <source>No rule is ignored.</source>
        <translation>Es wird keine Regel ignoriert.</translation>
    </message>
    <message>
        <source>No word is ignored.</source>
        <translation>Es wird kein Wort ignoriert.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation>&amp;Regel entfernen</translation>
    </message>
    <message>
        <source>Rules you chose to ignore everywhere from a finding&apos;s menu.</source>
        <translation>Regeln, die Sie im Menü eines Befunds mit „Überall ignorieren“ ausgeschaltet haben.</translation>
    </message>
    <message>
        <source>Show findings of the selected rules again.</source>
        <translation>Befunde der ausgewählten Regeln wieder anzeigen.</translation>
    </message>
    <message>
        <source>Show findings of this category.</source>
        <translation>Befunde dieser Kategorie anzeigen.</translation>
    </message>
    <message>
        <source>Show findings on the selected words again.</source>
        <translation>Befunde zu den ausgewählten Wörtern wieder anzeigen.</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Wort oder Wendung</translation>
    </message>
    <message>
        <source>Word to ignore</source>
        <translation>Zu ignorierendes Wort</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Takes effect the next time Framing Desk starts.</source>
        <translation>Wirkt beim nächsten Start von Framing Desk.</translation>
    </message>
    <message>
        <source>The colours of Framing Desk; applied with OK or Apply.</source>
        <translation>Die Farben von Framing Desk; sie werden mit „OK“ oder „Anwenden“ übernommen.</translation>
    </message>
    <message>
        <source>The language of menus and messages.</source>
        <translation>Die Sprache von Menüs und Meldungen.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>German source</source>
        <translation>Deutsches Original</translation>
    </message>
    <message>
        <source>How the {provider} translation treats the framing of the source</source>
        <translation>Wie die Übersetzung von {provider} mit dem Framing des Originals umgeht</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonalität</translation>
    </message>
    <message>
        <source>Translation by {provider}</source>
        <translation>Übersetzung von {provider}</translation>
    </message>
    <message>
        <source>{provider} has no translation of this sentence</source>
        <translation>{provider} hat diesen Satz nicht übersetzt</translation>
    </message>
    <message>
        <source>— not translated —</source>
        <translation>– nicht übersetzt –</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Measuring how far the translations differ…</source>
        <translation>Die Abweichungen zwischen den Übersetzungen werden gemessen …</translation>
    </message>
    <message>
        <source>Translation &amp;A:</source>
        <translation>Übersetzung &amp;A:</translation>
    </message>
    <message>
        <source>Translation &amp;B:</source>
        <translation>Übersetzung &amp;B:</translation>
    </message>
    <message>
        <source>Translation A</source>
        <translation>Übersetzung A</translation>
    </message>
    <message>
        <source>Translation B</source>
        <translation>Übersetzung B</translation>
    </message>
    <message>
        <source>Translations side by side</source>
        <translation>Übersetzungen nebeneinander</translation>
    </message>
    <message>
        <source>{a} ↔ {b}: no sentence translated by both</source>
        <translation>{a} ↔ {b}: kein Satz von beiden übersetzt</translation>
    </message>
    <message>
        <source>{a} ↔ {b}: {changed} word changed of {words} ({ratio} %)</source>
        <translation>{a} ↔ {b}: {changed} Wort von {words} geändert ({ratio} %)</translation>
    </message>
    <message>
        <source>{a} ↔ {b}: {changed} words changed of {words} ({ratio} %)</source>
        <translation>{a} ↔ {b}: {changed} Wörter von {words} geändert ({ratio} %)</translation>
    </message>
</context>
<context>
    <name>DensityChart</name>
    <message>
        <source>Framing density per paragraph</source>
        <translation>Framing-Dichte je Absatz</translation>
    </message>
    <message>
        <source>No framing language found</source>
        <translation>Kein Framing gefunden</translation>
    </message>
    <message>
        <source>Paragraph {number}: {density} finding per 100 words</source>
        <translation>Absatz {number}: {density} Befund pro 100 Wörter</translation>
    </message>
    <message>
        <source>Paragraph {number}: {density} findings per 100 words</source>
        <translation>Absatz {number}: {density} Befunde pro 100 Wörter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>{count} {category}</source>
        <translation>{category}: {count}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endfassung</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Show insertions and deletions</source>
        <translation>Einfügungen und Löschungen anzeigen</translation>
    </message>
    <message>
        <source>Show text A, removed words marked</source>
        <translation>Text A anzeigen, entfernte Wörter markiert</translation>
    </message>
    <message>
        <source>Show text B, changed words marked</source>
        <translation>Text B anzeigen, geänderte Wörter markiert</translation>
    </message>
    <message>
        <source>Texts to compare</source>
        <translation>Zu vergleichende Texte</translation>
    </message>
    <message>
        <source>{changed} word changed of {words} ({ratio} %)</source>
        <translation>{changed} Wort von {words} geändert ({ratio} %)</translation>
    </message>
    <message>
        <source>{changed} words changed of {words} ({ratio} %)</source>
        <translation>{changed} Wörter von {words} geändert ({ratio} %)</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Analysing…</source>
        <translation>Text wird analysiert …</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the German language data…</source>
        <translation>Deutsche Sprachdaten werden geladen …</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Text in text boxes was left out.</source>
        <translation>Text in Textfeldern wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <source>The page marks no article, so all of its text was taken; check it for text that is not part of the article.</source>
        <translation>Die Seite kennzeichnet keinen Artikel, daher wurde ihr ganzer Text übernommen; prüfen Sie ihn auf Text, der nicht zum Artikel gehört.</translation>
    </message>
    <message>
        <source>The pasted text contains no text to check.</source>
        <translation>Der eingefügte Text enthält nichts, was geprüft werden kann.</translation>
    </message>
    <message>
        <source>The pasted text holds too much text to check ({size}); Framing Desk checks up to {limit}.</source>
        <translation>Der eingefügte Text ist zu lang für eine Prüfung ({size}); Framing Desk prüft bis zu {limit}.</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>eine PDF-Datei</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>an old Office file; please save it as .docx</source>
        <translation>eine alte Office-Datei; bitte als .docx speichern</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: the Word file is damaged or incomplete. Try saving it again in Word.</source>
        <translation>„{file}“ lässt sich nicht öffnen: Die Word-Datei ist beschädigt oder unvollständig. Speichern Sie sie in Word noch einmal.</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: you have no permission to read it.</source>
        <translation>„{file}“ lässt sich nicht öffnen: Sie haben keine Berechtigung, die Datei zu lesen.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read: {reason}.</source>
        <translation>„{file}“ lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>“{file}” contains no text to check.</source>
        <translation>„{file}“ enthält keinen Text, der geprüft werden kann.</translation>
    </message>
    <message>
        <source>“{file}” holds too much text to check ({size}); Framing Desk checks up to {limit}.</source>
        <translation>„{file}“ enthält zu viel Text für eine Prüfung ({size}); Framing Desk prüft bis zu {limit}.</translation>
    </message>
    <message>
        <source>“{file}” is a Rich Text (.rtf) file. Please save it as .docx or .txt.</source>
        <translation>„{file}“ ist eine Rich-Text-Datei (.rtf). Bitte als .docx oder .txt speichern.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a document.</source>
        <translation>„{file}“ ist ein Ordner, kein Dokument.</translation>
    </message>
    <message>
        <source>“{file}” is an old Word document (.doc). Please open it in Word, save it as .docx (“Word Document”) and open that file.</source>
        <translation>„{file}“ ist ein altes Word-Dokument (.doc). Bitte in Word öffnen, als .docx („Word-Dokument“) speichern und diese Datei öffnen.</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>„{file}“ ist leer.</translation>
    </message>
    <message>
        <source>“{file}” is not a Word document. Framing Desk opens .txt, .md, .docx and .html files.</source>
        <translation>„{file}“ ist kein Word-Dokument. Framing Desk öffnet .txt-, .md-, .docx- und .html-Dateien.</translation>
    </message>
    <message>
        <source>“{file}” is not a text document (it is {what}). Framing Desk opens .txt, .md, .docx and .html files.</source>
        <translation>„{file}“ ist kein Textdokument (sondern {what}). Framing Desk öffnet .txt-, .md-, .docx- und .html-Dateien.</translation>
    </message>
    <message>
        <source>“{file}” is not a text document, or its characters cannot be read. Framing Desk opens .txt, .md, .docx and .html files.</source>
        <translation>„{file}“ ist kein Textdokument, oder seine Zeichen lassen sich nicht lesen. Framing Desk öffnet .txt-, .md-, .docx- und .html-Dateien.</translation>
    </message>
    <message>
        <source>“{file}” is not a text document. Framing Desk opens .txt, .md, .docx and .html files.</source>
        <translation>„{file}“ ist kein Textdokument. Framing Desk öffnet .txt-, .md-, .docx- und .html-Dateien.</translation>
    </message>
    <message>
        <source>“{file}” is too large to check ({size}); Framing Desk opens documents up to {limit}.</source>
        <translation>„{file}“ ist zu groß für eine Prüfung ({size}); Framing Desk öffnet Dokumente bis zu {limit}.</translation>
    </message>
    <message>
        <source>“{file}” was not found. It may have been moved or deleted.</source>
        <translation>„{file}“ wurde nicht gefunden. Die Datei wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Accept all in category</source>
        <translation>Alle in der Kategorie übernehmen</translation>
    </message>
    <message>
        <source>Accept all: {0}</source>
        <translation>Alle übernehmen: {0}</translation>
    </message>
    <message>
        <source>All categories ({0})</source>
        <translation>Alle Kategorien ({0})</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>Nach Position im Text</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Replace with the first alternative (Ctrl+Enter)</source>
        <translation>Durch die erste Alternative ersetzen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Show decided</source>
        <translation>Entschiedene anzeigen</translation>
    </message>
    <message>
        <source>Show quotes</source>
        <translation>Zitate anzeigen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>{0} finding · {1} open · {2} shown</source>
        <translation>{0} Befund · {1} offen · {2} angezeigt</translation>
    </message>
    <message>
        <source>{0} findings · {1} open · {2} shown</source>
        <translation>{0} Befunde · {1} offen · {2} angezeigt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Attribute the claim</source>
        <translation>Aussage zuschreiben</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Delete these words</source>
        <translation>Diese Wörter streichen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Evaluative</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Intensifier</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>Loaded term</source>
        <translation>Aufgeladener Begriff</translation>
    </message>
    <message>
        <source>Name the source</source>
        <translation>Quelle nennen</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Meinung</translation>
    </message>
    <message>
        <source>Presupposition</source>
        <translation>Vorannahme</translation>
    </message>
    <message>
        <source>Rephrase</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Vague attribution</source>
        <translation>Vage Zuschreibung</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>amplified</source>
        <translation>verstärkt</translation>
    </message>
    <message>
        <source>author&apos;s voice</source>
        <translation>Autorenstimme</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ignored everywhere</source>
        <translation>überall ignoriert</translation>
    </message>
    <message>
        <source>ignored here</source>
        <translation>hier ignoriert</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>own wording</source>
        <translation>eigene Formulierung</translation>
    </message>
    <message>
        <source>preserved</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>quoted source</source>
        <translation>zitierte Quelle</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>softened</source>
        <translation>abgeschwächt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Accept best alternative</source>
        <translation>Beste &amp;Alternative übernehmen</translation>
    </message>
    <message>
        <source>&amp;Cancel translation</source>
        <translation>Übersetzung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;HTML report…</source>
        <translation>&amp;HTML-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Ignore here</source>
        <translation>&amp;Hier ignorieren</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation>Wie geschrieben &amp;belassen</translation>
    </message>
    <message>
        <source>&amp;Next open finding</source>
        <translation>&amp;Nächster offener Befund</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>Als neues Dokument &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Previous open finding</source>
        <translation>&amp;Vorheriger offener Befund</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Synchronised scrolling</source>
        <translation>&amp;Synchroner Bildlauf</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>Über&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Word file of the rewrite…</source>
        <translation>&amp;Word-Datei der neutralen Fassung…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>1 change applied</source>
        <translation>1 Änderung übernommen</translation>
    </message>
    <message>
        <source>A saved translation no longer fits the sentences and was left out.</source>
        <translation>Eine gespeicherte Übersetzung passt nicht mehr zu den Sätzen und wurde weggelassen.</translation>
    </message>
    <message>
        <source>Accept all in &amp;category</source>
        <translation>Alle in der &amp;Kategorie übernehmen</translation>
    </message>
    <message>
        <source>An autosaved review from {0} is damaged and cannot be restored. It has been set aside.</source>
        <translation>Eine automatisch gesicherte Durchsicht ({0}) ist beschädigt und kann nicht wiederhergestellt werden. Sie wurde beiseitegelegt.</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Autosaved review damaged</source>
        <translation>Automatisch gesicherte Durchsicht beschädigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot open the backup copy</source>
        <translation>Die Sicherungskopie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot read the translation</source>
        <translation>Die Übersetzung lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Compare translations</source>
        <translation>Übersetzungen vergleichen</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.docx *.html *.htm *.framingdesk);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.docx *.html *.htm *.framingdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit the translation</source>
        <translation>Übersetzung bearbeiten</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Framing Desk did not close properly last time. Restore the unsaved review “{0}” (autosaved {1})?

If you choose No, the autosaved copy is deleted.</source>
        <translation>Framing Desk wurde beim letzten Mal nicht ordnungsgemäß beendet. Die nicht gespeicherte Durchsicht „{0}“ (automatisch gesichert: {1}) wiederherstellen?

Wenn Sie „Nein“ wählen, wird die automatisch gesicherte Kopie gelöscht.</translation>
    </message>
    <message>
        <source>Framing Desk projects (*{0})</source>
        <translation>Framing-Desk-Projekte (*{0})</translation>
    </message>
    <message>
        <source>Framing density</source>
        <translation>Framing-Dichte</translation>
    </message>
    <message>
        <source>German: {0}

English:</source>
        <translation>Deutsch: {0}

Englisch:</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Ignore &amp;everywhere</source>
        <translation>Überall &amp;ignorieren</translation>
    </message>
    <message>
        <source>Import a &amp;reference translation…</source>
        <translation>&amp;Referenzübersetzung importieren…</translation>
    </message>
    <message>
        <source>Import a reference translation</source>
        <translation>Referenzübersetzung importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Neutral rewrite</source>
        <translation>Neutrale Fassung</translation>
    </message>
    <message>
        <source>No open findings left.</source>
        <translation>Keine offenen Befunde mehr.</translation>
    </message>
    <message>
        <source>No translation yet — choose Translate</source>
        <translation>Noch keine Übersetzung – „Übersetzen“ wählen</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Open a document (Ctrl+O), paste one (Ctrl+Shift+V) or drop a file here.</source>
        <translation>Öffnen Sie ein Dokument (Strg+O), fügen Sie eines ein (Strg+Umschalt+V) oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>Beispiel&amp;artikel öffnen</translation>
    </message>
    <message>
        <source>Original (German)</source>
        <translation>Original (Deutsch)</translation>
    </message>
    <message>
        <source>Original ↔ Rewrite</source>
        <translation>Original ↔ neutrale Fassung</translation>
    </message>
    <message>
        <source>Own &amp;wording…</source>
        <translation>&amp;Eigene Formulierung…</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Eigene Formulierung</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Preview &amp;all suggestions in the rewrite</source>
        <translation>&amp;Alle Vorschläge in der neutralen Fassung anzeigen (Vorschau)</translation>
    </message>
    <message>
        <source>Reference: {0}</source>
        <translation>Referenz: {0}</translation>
    </message>
    <message>
        <source>Replace “{0}” with:</source>
        <translation>„{0}“ ersetzen durch:</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the autosaved review.</source>
        <translation>Die automatisch gesicherte Durchsicht wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the review as a project</source>
        <translation>Durchsicht als Projekt speichern</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Send the text to {0}?</source>
        <translation>Text an {0} senden?</translation>
    </message>
    <message>
        <source>Show the rewrite in English (from the translation shown)</source>
        <translation>Die neutrale Fassung auf Englisch zeigen (aus der angezeigten Übersetzung)</translation>
    </message>
    <message>
        <source>To translate, the text of this document is sent to {0} over the internet.

{1}

Allow Framing Desk to use {0} from now on? You can withdraw this in the settings.</source>
        <translation>Zum Übersetzen wird der Text dieses Dokuments über das Internet an {0} gesendet.

{1}

Darf Framing Desk {0} ab jetzt verwenden? Diese Einwilligung können Sie jederzeit in den Einstellungen widerrufen.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate the article with a translation service</source>
        <translation>Den Artikel mit einem Übersetzungsdienst übersetzen</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Wird übersetzt …</translation>
    </message>
    <message>
        <source>Translation &amp;settings…</source>
        <translation>Übersetzungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Translation (English)</source>
        <translation>Übersetzung (Englisch)</translation>
    </message>
    <message>
        <source>Translations (*.txt *.xlf *.xliff *.tmx);;All files (*)</source>
        <translation>Übersetzungen (*.txt *.xlf *.xliff *.tmx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Wait until the analysis has finished, then export again.</source>
        <translation>Bitte warten Sie, bis die Analyse abgeschlossen ist, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Which translation to show</source>
        <translation>Welche Übersetzung angezeigt wird</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>{0}

Open the backup copy saved before the last save?</source>
        <translation>{0}

Die vor dem letzten Speichern angelegte Sicherungskopie öffnen?</translation>
    </message>
    <message>
        <source>{0} changes applied</source>
        <translation>{0} Änderungen übernommen</translation>
    </message>
    <message>
        <source>{0} saved translations no longer fit the sentences and were left out.</source>
        <translation>{0} gespeicherte Übersetzungen passen nicht mehr zu den Sätzen und wurden weggelassen.</translation>
    </message>
    <message>
        <source>— no rewrite yet —</source>
        <translation>– noch keine neutrale Fassung –</translation>
    </message>
    <message>
        <source>— not translated —</source>
        <translation>– nicht übersetzt –</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved in a project. Save them?</source>
        <translation>„{0}“ enthält Änderungen, die nicht in einem Projekt gespeichert sind. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>&amp;Remove model</source>
        <translation>Modell &amp;entfernen</translation>
    </message>
    <message>
        <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
        <translation>Argos-Translate-Pakete (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Consents and keys are kept for when you turn it off again.</source>
        <translation>Einwilligungen und Schlüssel bleiben erhalten, bis Sie den Offlinemodus wieder ausschalten.</translation>
    </message>
    <message>
        <source>Delete the offline model {name} from this computer?</source>
        <translation>Das Offlinemodell {name} von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Install &amp;package…</source>
        <translation>&amp;Paket installieren…</translation>
    </message>
    <message>
        <source>Install a CTranslate2 model folder (with model.bin and a SentencePiece model).</source>
        <translation>Einen CTranslate2-Modellordner installieren (mit model.bin und einem SentencePiece-Modell).</translation>
    </message>
    <message>
        <source>Install an Argos Translate package (.argosmodel).</source>
        <translation>Ein Argos-Translate-Paket installieren (.argosmodel).</translation>
    </message>
    <message>
        <source>Install from fo&amp;lder…</source>
        <translation>Aus Or&amp;dner installieren…</translation>
    </message>
    <message>
        <source>Install offline model</source>
        <translation>Offlinemodell installieren</translation>
    </message>
    <message>
        <source>Install offline model from folder</source>
        <translation>Offlinemodell aus Ordner installieren</translation>
    </message>
    <message>
        <source>Installed offline models</source>
        <translation>Installierte Offlinemodelle</translation>
    </message>
    <message>
        <source>Installing {file}…</source>
        <translation>{file} wird installiert …</translation>
    </message>
    <message>
        <source>Model not installed</source>
        <translation>Modell nicht installiert</translation>
    </message>
    <message>
        <source>Model not removed</source>
        <translation>Modell nicht entfernt</translation>
    </message>
    <message>
        <source>No offline model is installed.</source>
        <translation>Es ist kein Offlinemodell installiert.</translation>
    </message>
    <message>
        <source>No text leaves this computer: online services are not used, only the offline model translates.</source>
        <translation>Kein Text verlässt diesen Computer: Onlinedienste werden nicht genutzt, nur das Offlinemodell übersetzt.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Offline models</source>
        <translation>Offlinemodelle</translation>
    </message>
    <message>
        <source>One model per language pair, installed from an Argos Translate package (.argosmodel) or a CTranslate2 model folder. Installing and removing take effect at once.</source>
        <translation>Ein Modell je Sprachpaar, installiert aus einem Argos-Translate-Paket (.argosmodel) oder einem CTranslate2-Modellordner. Installieren und Entfernen wirken sofort.</translation>
    </message>
    <message>
        <source>Remove offline model</source>
        <translation>Offlinemodell entfernen</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>{file} could not be installed.

{reason}</source>
        <translation>{file} konnte nicht installiert werden.

{reason}</translation>
    </message>
    <message>
        <source>{pair} ({folder})</source>
        <translation>{pair} ({folder})</translation>
    </message>
    <message>
        <source>{pair} ({folder}, version {version})</source>
        <translation>{pair} ({folder}, Version {version})</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Could not save the project</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source> A backup copy of the previous version exists.</source>
        <translation> Es gibt eine Sicherungskopie der vorigen Fassung.</translation>
    </message>
    <message>
        <source>The project “{file}” cannot be opened: it {reason}.{backup}</source>
        <translation>Das Projekt „{file}“ lässt sich nicht öffnen ({reason}).{backup}</translation>
    </message>
    <message>
        <source>The project “{file}” cannot be read: {reason}.</source>
        <translation>Das Projekt „{file}“ lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>The project “{file}” cannot be saved: {reason}.</source>
        <translation>Das Projekt „{file}“ lässt sich nicht speichern: {reason}.</translation>
    </message>
    <message>
        <source>The project “{file}” is damaged and cannot be restored.</source>
        <translation>Das Projekt „{file}“ ist beschädigt und lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The project “{file}” was made by a newer Framing Desk.</source>
        <translation>Das Projekt „{file}“ stammt von einem neueren Framing Desk.</translation>
    </message>
    <message>
        <source>The project “{file}” was made by a newer Framing Desk. Please update Framing Desk to open it.</source>
        <translation>Das Projekt „{file}“ stammt von einem neueren Framing Desk. Bitte aktualisieren Sie Framing Desk, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project “{file}” was not found.{backup}</source>
        <translation>Das Projekt „{file}“ wurde nicht gefunden.{backup}</translation>
    </message>
</context>
<context>
    <name>ProviderPanel</name>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Einwilligung &amp;widerrufen</translation>
    </message>
    <message>
        <source>A key is stored; type a new one to replace it.</source>
        <translation>Ein Schlüssel ist gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A&amp;llow sending text</source>
        <translation>Textversand &amp;erlauben</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>API key for {name}</source>
        <translation>API-Schlüssel für {name}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Enabled since {time}, but offline mode is on: no text is sent to {name}.</source>
        <translation>Aktiviert seit {time}, aber der Offlinemodus ist eingeschaltet: An {name} wird kein Text gesendet.</translation>
    </message>
    <message>
        <source>Enabled since {time}. Text you translate with {name} is sent to its servers.</source>
        <translation>Aktiviert seit {time}. Text, den Sie mit {name} übersetzen, wird an die Server des Anbieters gesendet.</translation>
    </message>
    <message>
        <source>Free, no key, small daily allowance; an e-mail address raises it. One sentence per request.</source>
        <translation>Kostenlos, ohne Schlüssel, kleines Tageskontingent; eine E-Mail-Adresse erhöht es. Ein Satz pro Anfrage.</translation>
    </message>
    <message>
        <source>Free, no key. Uses Google&apos;s public web page, which may be rate-limited or change at any time.</source>
        <translation>Kostenlos, ohne Schlüssel. Nutzt die öffentliche Webseite von Google, die Anfragen drosseln oder sich jederzeit ändern kann.</translation>
    </message>
    <message>
        <source>Keys are kept in the system&apos;s password store, never in a settings file. Save key and Remove key take effect at once, and Cancel does not undo them; OK and Apply also save a key typed here.</source>
        <translation>Schlüssel werden im Passwortspeicher des Systems abgelegt, nie in einer Einstellungsdatei. „Schlüssel speichern“ und „Schlüssel entfernen“ wirken sofort und werden durch „Abbrechen“ nicht rückgängig gemacht; „OK“ und „Anwenden“ speichern einen hier eingegebenen Schlüssel ebenfalls.</translation>
    </message>
    <message>
        <source>MyMemory allows more text per day when you give an e-mail address. It is sent with every request.</source>
        <translation>MyMemory erlaubt mehr Text pro Tag, wenn Sie eine E-Mail-Adresse angeben. Sie wird mit jeder Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Needs a DeepL API key (Free keys end in &apos;:fx&apos;; Pro keys work too).</source>
        <translation>Benötigt einen DeepL-API-Schlüssel (Free-Schlüssel enden auf „:fx“; Pro-Schlüssel funktionieren auch).</translation>
    </message>
    <message>
        <source>Needs the address of a LibreTranslate server; a key only if the server asks for one.</source>
        <translation>Benötigt die Adresse eines LibreTranslate-Servers; einen Schlüssel nur, wenn der Server einen verlangt.</translation>
    </message>
    <message>
        <source>Needs the key and the region (for example &apos;westeurope&apos;) of an Azure Translator resource.</source>
        <translation>Benötigt den Schlüssel und die Region (zum Beispiel „westeurope“) einer Azure-Translator-Ressource.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Es ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer: keys are kept only until Framing Desk closes and must then be entered again.</source>
        <translation>Auf diesem Computer ist kein sicherer Passwortspeicher verfügbar: Schlüssel bleiben nur bis zum Beenden von Framing Desk erhalten und müssen danach erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No text is sent to {name} any more until you allow it again.</source>
        <translation>An {name} wird kein Text mehr gesendet, bis Sie es wieder erlauben.</translation>
    </message>
    <message>
        <source>Not enabled: no text is sent to {name}.</source>
        <translation>Nicht aktiviert: An {name} wird kein Text gesendet.</translation>
    </message>
    <message>
        <source>Offline mode is on; turn it off first.</source>
        <translation>Der Offlinemodus ist eingeschaltet; schalten Sie ihn zuerst aus.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Runs on this computer: no text leaves it and no consent is needed.</source>
        <translation>Läuft auf diesem Computer: Kein Text verlässt ihn, eine Einwilligung ist nicht nötig.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Ser&amp;veradresse:</translation>
    </message>
    <message>
        <source>Text you translate with {name} is then sent to its servers.</source>
        <translation>Text, den Sie mit {name} übersetzen, wird dann an die Server des Anbieters gesendet.</translation>
    </message>
    <message>
        <source>The address of the LibreTranslate server to use.</source>
        <translation>Die Adresse des zu verwendenden LibreTranslate-Servers.</translation>
    </message>
    <message>
        <source>The region of your Azure Translator resource.</source>
        <translation>Die Region Ihrer Azure-Translator-Ressource.</translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used right now (it may be locked or have refused access), so the key was not changed.</source>
        <translation>Der Passwortspeicher des Systems ist gerade nicht nutzbar (er ist vielleicht gesperrt oder hat den Zugriff verweigert); der Schlüssel wurde daher nicht geändert.</translation>
    </message>
    <message>
        <source>This looks like it holds a key or password, so it is not kept. Put the key in the API key field below.</source>
        <translation>Dies scheint einen Schlüssel oder ein Passwort zu enthalten und wird daher nicht gespeichert. Tragen Sie den Schlüssel unten im Feld „API-Schlüssel“ ein.</translation>
    </message>
    <message>
        <source>Translates on this computer with an installed model (Argos Translate or CTranslate2); no text leaves the computer and no consent is needed.</source>
        <translation>Übersetzt auf diesem Computer mit einem installierten Modell (Argos Translate oder CTranslate2); kein Text verlässt den Computer, eine Einwilligung ist nicht nötig.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>&amp;Default service:</source>
        <translation>Standar&amp;ddienst:</translation>
    </message>
    <message>
        <source>No text is sent to an online service until you allow it here or when you first translate with it. API keys are kept in the system&apos;s password store, never in a settings file.</source>
        <translation>An einen Onlinedienst wird erst Text gesendet, wenn Sie es hier erlauben oder zum ersten Mal damit übersetzen. API-Schlüssel werden im Passwortspeicher des Systems abgelegt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>None (ask each time)</source>
        <translation>Keiner (jedes Mal fragen)</translation>
    </message>
    <message>
        <source>The service the Translate command uses; only enabled services and the offline model can be chosen.</source>
        <translation>Der Dienst, den der Befehl „Übersetzen“ verwendet; wählbar sind nur aktivierte Dienste und das Offlinemodell.</translation>
    </message>
    <message>
        <source>Translation services</source>
        <translation>Übersetzungsdienste</translation>
    </message>
    <message>
        <source>blocked by offline mode</source>
        <translation>durch den Offlinemodus gesperrt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Offline translation</source>
        <translation>Offlineübersetzung</translation>
    </message>
    <message>
        <source>Own terms</source>
        <translation>Eigene Begriffe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path}:
{reason}

Your changes are still in this dialog.</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden:
{reason}

Ihre Änderungen sind in diesem Dialog noch vorhanden.</translation>
    </message>
    <message>
        <source>The theme and language could not be saved to {path}.</source>
        <translation>Farbschema und Sprache konnten nicht in {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Translation services</source>
        <translation>Übersetzungsdienste</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>Ignore everywhere</source>
        <translation>Überall ignorieren</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <source>Keep as written</source>
        <translation>Wie geschrieben belassen</translation>
    </message>
    <message>
        <source>Neutral alternatives:</source>
        <translation>Neutrale Alternativen:</translation>
    </message>
    <message>
        <source>Own wording…</source>
        <translation>Eigene Formulierung…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Replace with “{0}”</source>
        <translation>Durch „{0}“ ersetzen</translation>
    </message>
    <message>
        <source>“{0}” — {1}</source>
        <translation>„{0}“ – {1}</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>&amp;Alternatives:</source>
        <translation>&amp;Alternativen:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;New term</source>
        <translation>&amp;Neuer Begriff</translation>
    </message>
    <message>
        <source>&amp;Phrase:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add &amp;term</source>
        <translation>Begriff &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Clear for&amp;m</source>
        <translation>Formular &amp;leeren</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;rklärung:</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Begriff bearbeiten</translation>
    </message>
    <message>
        <source>Empty the form below to add a term.</source>
        <translation>Das Formular unten leeren, um einen Begriff hinzuzufügen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Load the selected term into the form below.</source>
        <translation>Den ausgewählten Begriff ins Formular unten laden.</translation>
    </message>
    <message>
        <source>Neutral wordings to suggest; with none, the finding asks to rephrase.</source>
        <translation>Neutrale Formulierungen, die vorgeschlagen werden; ohne sie rät der Befund zum Umformulieren.</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Neuer Begriff</translation>
    </message>
    <message>
        <source>One per line, or separated by ;</source>
        <translation>Eine pro Zeile oder durch ; getrennt</translation>
    </message>
    <message>
        <source>Own terms</source>
        <translation>Eigene Begriffe</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Save &amp;term</source>
        <translation>Begriff s&amp;peichern</translation>
    </message>
    <message>
        <source>Shown with the finding; a standard text if left empty.</source>
        <translation>Wird beim Befund angezeigt; bleibt das Feld leer, erscheint ein Standardtext.</translation>
    </message>
    <message>
        <source>This term cannot be used: {reason}</source>
        <translation>Dieser Begriff kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>Words and phrases of your own to flag, like the built-in rules: each word matches in all its forms.</source>
        <translation>Eigene Wörter und Wendungen, die wie die eingebauten Regeln markiert werden: Jedes Wort wird in allen seinen Formen erkannt.</translation>
    </message>
    <message>
        <source>Words and punctuation only; each word matches in all its forms.</source>
        <translation>Nur Wörter und Satzzeichen; jedes Wort wird in allen seinen Formen erkannt.</translation>
    </message>
    <message>
        <source>for example: Schicksalswahl</source>
        <translation>zum Beispiel: Schicksalswahl</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>“{phrase}” is already on the list for {language}.</source>
        <translation>„{phrase}“ steht für {language} bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>DeepL refused the request: {detail}</source>
        <translation>DeepL hat die Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Google Translate answered with a page that holds no translation. Google may have changed the page; try another provider.</source>
        <translation>Google Übersetzer hat eine Seite ohne Übersetzung geliefert. Google hat die Seite vielleicht geändert; versuchen Sie einen anderen Dienst.</translation>
    </message>
    <message>
        <source>Microsoft Translator did not accept the key. Check the key and the region in the settings.</source>
        <translation>Microsoft Translator hat den Schlüssel nicht angenommen. Prüfen Sie Schlüssel und Region in den Einstellungen.</translation>
    </message>
    <message>
        <source>Microsoft Translator refused the request: {detail}</source>
        <translation>Microsoft Translator hat die Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>MyMemory does not support this language pair ({source} → {target}).</source>
        <translation>MyMemory unterstützt dieses Sprachpaar nicht ({source} → {target}).</translation>
    </message>
    <message>
        <source>MyMemory refused the request: {detail}</source>
        <translation>MyMemory hat die Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>No text was sent. Offline mode is on, so online services such as {provider} are not used. Turn off offline mode in the translation settings, or use the offline translation model.</source>
        <translation>Es wurde kein Text gesendet. Der Offline-Modus ist eingeschaltet, daher werden Online-Dienste wie {provider} nicht genutzt. Schalten Sie den Offline-Modus in den Übersetzungseinstellungen aus oder nutzen Sie das Offline-Übersetzungsmodell.</translation>
    </message>
    <message>
        <source>No text was sent. Translating with {provider} sends the text over the internet, so {provider} must first be chosen and enabled in the translation settings.</source>
        <translation>Es wurde kein Text gesendet. Eine Übersetzung mit {provider} schickt den Text über das Internet, daher muss {provider} zuerst in den Übersetzungseinstellungen ausgewählt und freigegeben werden.</translation>
    </message>
    <message>
        <source>The DeepL character quota for this billing period is used up. Wait for the next period, upgrade the plan, or use another provider.</source>
        <translation>Das DeepL-Zeichenkontingent für diesen Abrechnungszeitraum ist aufgebraucht. Warten Sie auf den nächsten Zeitraum, wählen Sie einen größeren Tarif oder nutzen Sie einen anderen Dienst.</translation>
    </message>
    <message>
        <source>The Microsoft Translator quota is used up (the free tier allows 2 million characters a month). Wait for the next month, upgrade the plan, or use another provider.</source>
        <translation>Das Kontingent von Microsoft Translator ist aufgebraucht (der kostenlose Tarif erlaubt 2 Millionen Zeichen im Monat). Warten Sie auf den nächsten Monat, wählen Sie einen größeren Tarif oder nutzen Sie einen anderen Dienst.</translation>
    </message>
    <message>
        <source>The free MyMemory allowance for today is used up. Try again tomorrow, add an e-mail address in the settings for a larger allowance, or use another provider.</source>
        <translation>Das kostenlose MyMemory-Kontingent für heute ist aufgebraucht. Versuchen Sie es morgen wieder, tragen Sie in den Einstellungen eine E-Mail-Adresse für ein größeres Kontingent ein oder nutzen Sie einen anderen Dienst.</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.org.</source>
        <translation>Die Serveradresse ist ungültig. Sie sollte aussehen wie https://example.org.</translation>
    </message>
    <message>
        <source>The translation failed.</source>
        <translation>Die Übersetzung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The translation service could not be reached. Check the internet connection or the server address.</source>
        <translation>Der Übersetzungsdienst ist nicht erreichbar. Prüfen Sie die Internetverbindung oder die Serveradresse.</translation>
    </message>
    <message>
        <source>The translation service did not accept the API key. Check the key in the settings.</source>
        <translation>Der Übersetzungsdienst hat den API-Schlüssel nicht angenommen. Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The translation service did not answer in time. Check the internet connection or try again later.</source>
        <translation>Der Übersetzungsdienst hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The translation service had a problem and returned no usable translation. Try again later.</source>
        <translation>Der Übersetzungsdienst hatte ein Problem und hat keine brauchbare Übersetzung geliefert. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The translation service is busy or the usage limit was reached. Please wait a moment and try again.</source>
        <translation>Der Übersetzungsdienst ist ausgelastet oder das Nutzungslimit ist erreicht. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Could not store the translation</source>
        <translation>Die Übersetzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation>Von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Translation failed</source>
        <translation>Übersetzung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Translation incomplete</source>
        <translation>Übersetzung unvollständig</translation>
    </message>
    <message>
        <source>Translation memory unavailable</source>
        <translation>Übersetzungsspeicher nicht verfügbar</translation>
    </message>
    <message>
        <source>{0}

1 of {2} sentences was translated and is kept.</source>
        <translation>{0}

1 von {2} Sätzen wurde übersetzt und bleibt erhalten.</translation>
    </message>
    <message>
        <source>{0}

{1} of {2} sentences were translated and are kept.</source>
        <translation>{0}

{1} von {2} Sätzen wurden übersetzt und bleiben erhalten.</translation>
    </message>
</context>
</TS>
