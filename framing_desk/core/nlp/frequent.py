"""The most frequent German lemmas (lowercase), most frequent first.

Counted with Framing Desk's own lemmatizer over 27 000 sentences of German
news (the WMT 2008–2018 test sets). The matcher uses the ranks to anchor each
pattern on its rarest word, so common words such as "haben" or "der" do not
make a pattern run on every sentence.
"""

FREQUENT_DE = """
    der ich und in sein einen werden von zu sich mein haben mit auf dass im für einer nicht dies
    als an auch sagen ein können am bei um jahr nach aus wie aber über vor so geben oder noch
    zum nur man wenn mehr zur kein gut ander viel bis groß durch kommen was habe weit gegen
    gehen machen sollen unter wollen erst zwei land all mensch alle vom immer weg da dann seit
    neu erklären drei sehen während stehen prozent tag wieder jed schon zwischen zeit million
    sehr finden bereits ganz kind frau unternehmen wenig leben damit beim müssen einig alt letzt
    mann neues doch regierung hoch monat zeigen ohne jetzt muss bringen meinen weil fall stellen
    beid hier soll etwas bleiben tun lassen dabei ab laut jedoch woche euro stadt dazu selbst
    nehmen erhalten haus ob nun polizei sowie nachdem mal lang heute staat spiel führen
    präsident liegen wichtig deutschland teil person wo halten ende welt ins darauf denn nächst
    spielen spät früh eigen stark etwa vier sondern problem mehrer mögen beginnen versuchen
    erster fast schwer fünf fahren rund leute dort gruppe einfach meist davon arbeit arbeiten
    öffentlich vergangen frage recht darüber treffen glauben milliarde möglich dürfen weiß usa
    sprechen seite familie dafür nichts politisch also gewinnen bekennen geld straße bekommen
    welch zurück ziehen fordern dollar solch geschichte weisen deutsch obwohl donnerstag
    entscheidung klein schreiben sogar art wer erreichen gegenüber gesetz mitarbeiter uhr bank
    denken setzen europa wahl bericht ergebnis stunde ort grund gerade trump teilen schaffen
    zusammen bieten hören handeln verlieren erwarten ebenfalls freitag amerikanisch wirklich
    einmal europäisch ehemalig befinden einzig kurz kosten thema pro veröffentlichen anfang
    verwenden team heißen letzter september deshalb zwar de partei sechs verletzen helfen
    allerdings flüchtling platz behörde markt daran beispiel berichten unterstützen punkt zweit
    erinnern minute bestehen hin mitglied mittwoch auto name genau tragen bild projekt junge
    jung trotzen steigen bedeuten fallen deutlich musste nennen ziel weiterhin sichern hinter
    dienstag aufgrund paaren hinzu meinung gelten nie sonntag hand fügen scheinen gericht preis
    situation wissen sterben meter außerdem legen verschieden international klaren the firma
    rolle zahl eher bestätigen langen töten statt oktober entscheiden new suchen russisch leicht
    derzeit spieler freund fest natürlich möglichkeit betonen zehn schlecht schule schlagen
    china gespräch gesellschaft november student information kunde fragen besonders national
    studie gemeinsam ja einigen wort allein brauchen gestern samstag juli entwickeln obama
    laufen bestimmen unterstützung region häufig kampf du stelle indem gleich richtig
""".split()

RANK = {word: rank for rank, word in enumerate(FREQUENT_DE)}
