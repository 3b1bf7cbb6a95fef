<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyRule</name>
    <message>
        <source>Enter an API key (in the Allium app: Settings &gt; API Keys).</source>
        <translation>Geben Sie einen API-Schlüssel ein (in der Allium-App: Settings &gt; API Keys).</translation>
    </message>
    <message>
        <source>This is %1 characters long; an API key has at most %2. Paste just the key.</source>
        <translation>Das sind %1 Zeichen; ein API-Schlüssel hat höchstens %2. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>An API key has no spaces, tabs or line breaks (one at character %1); paste just the key.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen, Tabulatoren oder Zeilenumbrüche (hier an Stelle %1); fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>An API key has only plain ASCII letters, digits and punctuation; character %1 is not one of them.</source>
        <translation>Ein API-Schlüssel besteht nur aus einfachen ASCII-Buchstaben, Ziffern und Satzzeichen; das Zeichen an Stelle %1 gehört nicht dazu.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Refresh at most once a minute: the usage figures do not change faster.</source>
        <translation>Höchstens einmal pro Minute aktualisieren: Schneller ändern sich die Nutzungszahlen nicht.</translation>
    </message>
    <message>
        <source>Refresh at least once a day (1440 minutes).</source>
        <translation>Mindestens einmal am Tag aktualisieren (1440 Minuten).</translation>
    </message>
    <message>
        <source>The warning threshold must be between 1 and 99 %.</source>
        <translation>Die Warnschwelle muss zwischen 1 und 99 % liegen.</translation>
    </message>
    <message>
        <source>The critical threshold must be between 1 and 100 %.</source>
        <translation>Die kritische Schwelle muss zwischen 1 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The critical threshold must be above the warning threshold.</source>
        <translation>Die kritische Schwelle muss über der Warnschwelle liegen.</translation>
    </message>
    <message>
        <source>Keep readings for at least 30 days: the forecast needs the whole current allocation period.</source>
        <translation>Bewahren Sie Messwerte mindestens 30 Tage auf: Die Prognose braucht den ganzen aktuellen Kontingentzeitraum.</translation>
    </message>
    <message>
        <source>Keep readings for at most 3650 days (ten years).</source>
        <translation>Bewahren Sie Messwerte höchstens 3650 Tage (zehn Jahre) auf.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The file was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei blieb, wie sie war.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>The base URL is empty; use https://api.allium.so.</source>
        <translation>Die Basis-URL ist leer; verwenden Sie https://api.allium.so.</translation>
    </message>
    <message>
        <source>The base URL “%1” is not a complete URL such as https://api.allium.so.</source>
        <translation>Die Basis-URL „%1“ ist keine vollständige URL wie https://api.allium.so.</translation>
    </message>
    <message>
        <source>The base URL “%1” must start with https://.</source>
        <translation>Die Basis-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password: the API key is the only credential, and it is sent in a header.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten: Der API-Schlüssel ist die einzige Anmeldeinformation und wird in einem Header gesendet.</translation>
    </message>
    <message>
        <source>The base URL “%1” must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die Basis-URL „%1“ darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>The base URL “%1” uses plain http://, which would send the API key unencrypted over the network; use https:// (plain http:// is allowed only for this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation>Die Basis-URL „%1“ verwendet unverschlüsseltes http:// und würde den API-Schlüssel unverschlüsselt über das Netz senden; verwenden Sie https:// (unverschlüsseltes http:// ist nur für diesen Rechner erlaubt: 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Enter a base URL, for example %1.</source>
        <translation>Geben Sie eine Basis-URL ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid base URL: give an absolute https:// URL, for example %2.</source>
        <translation>„%1“ ist keine gültige Basis-URL: Geben Sie eine vollständige https://-URL an, zum Beispiel %2.</translation>
    </message>
</context>
<context>
    <name>BearerToken</name>
    <message>
        <source>The token file %1 cannot be read: %2.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is larger than %2 bytes; it should hold one token.</source>
        <translation>Die Token-Datei %1 ist größer als %2 Bytes; sie sollte ein einziges Token enthalten.</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The token file %1 holds characters a bearer token cannot have: use letters, digits and - . _ ~ + / only (for example from openssl rand -hex 32).</source>
        <translation>Die Token-Datei %1 enthält Zeichen, die ein Bearer-Token nicht haben kann: Verwenden Sie nur Buchstaben, Ziffern und - . _ ~ + / (zum Beispiel aus openssl rand -hex 32).</translation>
    </message>
</context>
<context>
    <name>ChartReadout</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Projected at the reset</source>
        <translation>Voraussichtlich beim Zurücksetzen</translation>
    </message>
    <message>
        <source>Projected for %1</source>
        <translation>Voraussichtlich am %1</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <extracomment>A projected amount: %1 e.g. &quot;1.44 M&quot;, %2 e.g. &quot;72 %&quot;</extracomment>
        <translation>etwa %1 (%2)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Show built-in demo data, served by the app itself on 127.0.0.1, instead of your organization&apos;s usage. Needs no API key; always labelled as demo data.</source>
        <translation>Eingebaute Demodaten zeigen, von der App selbst auf 127.0.0.1 bereitgestellt, statt der Nutzung Ihrer Organisation. Braucht keinen API-Schlüssel; immer als Demodaten gekennzeichnet.</translation>
    </message>
    <message>
        <source>The API server (default %1). A path prefix is kept. HTTPS only, except for loopback hosts (127.0.0.1, ::1, localhost).</source>
        <translation>Der API-Server (Vorgabe %1). Ein Pfadpräfix bleibt erhalten. Nur HTTPS, außer für Loopback-Hosts (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>Dashboard: start hidden in the system tray.</source>
        <translation>Übersicht: verborgen in der Systemleiste starten.</translation>
    </message>
    <message>
        <source>Dashboard: light, dark or system (default; also from ALLIUM_THEME).</source>
        <translation>Übersicht: light (hell), dark (dunkel) oder system (Vorgabe; auch über ALLIUM_THEME).</translation>
    </message>
    <message>
        <source>Run allium-usage --help to see the options.</source>
        <translation>Mit allium-usage --help sehen Sie die Optionen.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Monthly allocation</source>
        <translation>Monatliches Kontingent</translation>
    </message>
    <message>
        <source>Annual allocation — consumption is cumulative over the year</source>
        <translation>Jährliches Kontingent – der Verbrauch summiert sich über das Jahr</translation>
    </message>
    <message>
        <source>Trial: no periodic allocation</source>
        <translation>Testzeitraum: kein regelmäßiges Kontingent</translation>
    </message>
    <message>
        <source>Allocation: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>Billing period: %1</source>
        <translation>Abrechnungszeitraum: %1</translation>
    </message>
    <message>
        <source>Allocation period: %1</source>
        <translation>Kontingentzeitraum: %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Allium usage — %1</source>
        <translation>Allium-Nutzung – %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No units reported</source>
        <translation>Keine Einheiten gemeldet</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day and short month, e.g. &quot;1 May&quot;; a QDate format string</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Day, short month and year, e.g. &quot;1 May 2026&quot;; a QDate format string</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period within one year, e.g. &quot;1 Jan – 31 Dec 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Erfasst %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Billing period ends %1, on %2</source>
        <extracomment>%1 is e.g. &quot;in 6 days&quot;, %2 a date, e.g. &quot;Billing period ends in 6 days, on 1 May&quot;</extracomment>
        <translation>Abrechnungszeitraum endet %1, am %2</translation>
    </message>
    <message>
        <source>Resets %1, on %2</source>
        <extracomment>%1 is e.g. &quot;in 6 days&quot;, %2 a date, e.g. &quot;Resets in 6 days, on 1 May&quot;</extracomment>
        <translation>Wird %1 zurückgesetzt, am %2</translation>
    </message>
    <message>
        <source>The API reports the period %1, which ended %2; the figures may be out of date.</source>
        <extracomment>%1 a period, e.g. &quot;1–30 Apr 2026&quot;, %2 e.g. &quot;7 months ago&quot;</extracomment>
        <translation>Die API meldet den Zeitraum %1, der %2 endete; die Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is e.g. &quot;just now&quot; or &quot;2 minutes ago&quot;</extracomment>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Next refresh %1</source>
        <extracomment>%1 is e.g. &quot;in 4 minutes&quot; or &quot;in 30 s&quot;</extracomment>
        <translation>Nächste Aktualisierung %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A period within one month, e.g. &quot;1–30 Apr 2026&quot;: %1 the first day, %2 the last date</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a period in one month</comment>
        <extracomment>The first day of a period within one month, as in &quot;1–30 Apr 2026&quot;; a QDate format</extracomment>
        <translation>d.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>%1: an API key is never taken from the command line (it would show in process lists and shell history). Set ALLIUM_API_KEY instead.</source>
        <translation>%1: Ein API-Schlüssel wird nie von der Befehlszeile übernommen (er wäre in Prozesslisten und im Shell-Verlauf sichtbar). Setzen Sie stattdessen ALLIUM_API_KEY.</translation>
    </message>
    <message>
        <source>--theme: expected light, dark or system, got %1</source>
        <translation>--theme: erwartet light, dark oder system, erhalten %1</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>allium-usage: the dashboard is not installed (%1 is in none of: %2).
Install the allium-usage package for the dashboard and the tray icon. The command line works without it: allium-usage --once, allium-usage --help.</source>
        <translation>allium-usage: Die Übersicht ist nicht installiert (%1 liegt in keinem von: %2).
Installieren Sie das Paket allium-usage für die Übersicht und das Symbol in der Systemleiste. Die Befehlszeile funktioniert auch ohne sie: allium-usage --once, allium-usage --help.</translation>
    </message>
    <message>
        <source>allium-usage: the dashboard (%1) could not be started: %2.
The command line works without it: allium-usage --once, allium-usage --help.</source>
        <translation>allium-usage: Die Übersicht (%1) konnte nicht gestartet werden: %2.
Die Befehlszeile funktioniert auch ohne sie: allium-usage --once, allium-usage --help.</translation>
    </message>
</context>
<context>
    <name>DetailChartView</name>
    <message>
        <source>Projected to the reset</source>
        <translation>Prognose bis zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Allocation (100 %)</source>
        <translation>Kontingent (100 %)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>No forecast: this unit has no allocation</source>
        <translation>Keine Prognose: Diese Einheit hat kein Kontingent</translation>
    </message>
    <message numerus="yes">
        <source>Forecast after %n hours of readings</source>
        <translation>
            <numerusform>Prognose nach %n Stunde mit Messwerten</numerusform>
            <numerusform>Prognose nach %n Stunden mit Messwerten</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast: the period has ended</source>
        <translation>Keine Prognose: Der Zeitraum ist abgelaufen</translation>
    </message>
    <message>
        <source>Over the allocation: about %1 % projected at reset</source>
        <translation>Über dem Kontingent: beim Zurücksetzen voraussichtlich etwa %1 %</translation>
    </message>
    <message>
        <source>Over the allocation</source>
        <translation>Über dem Kontingent</translation>
    </message>
    <message>
        <source>Projected to run out on %1, just before the reset</source>
        <translation>Voraussichtlich am %1 aufgebraucht, kurz vor dem Zurücksetzen</translation>
    </message>
    <message>
        <source>Projected to run out on %1, a day before the reset</source>
        <translation>Voraussichtlich am %1 aufgebraucht, einen Tag vor dem Zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Projected to run out on %1, %n days before the reset</source>
        <translation>
            <numerusform>Voraussichtlich am %1 aufgebraucht, %n Tag vor dem Zurücksetzen</numerusform>
            <numerusform>Voraussichtlich am %1 aufgebraucht, %n Tage vor dem Zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>On pace: about %1 % at reset</source>
        <translation>Im Plan: etwa %1 % beim Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>HeadlessMain</name>
    <message>
        <source>%1: API keys are not accepted on the command line, because command lines leak into process lists and shell history. Set the ALLIUM_API_KEY environment variable instead.</source>
        <translation>%1: API-Schlüssel werden auf der Befehlszeile nicht angenommen, weil Befehlszeilen in Prozesslisten und im Shell-Verlauf sichtbar sind. Setzen Sie stattdessen die Umgebungsvariable ALLIUM_API_KEY.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--%1 applies to the dashboard only.</source>
        <translation>--%1 gilt nur für die Übersicht.</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be combined.</source>
        <translation>--%1 und --%2 lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>--%1 only works together with one of: %2.</source>
        <translation>--%1 funktioniert nur zusammen mit einer dieser Optionen: %2.</translation>
    </message>
    <message>
        <source>Shows your organization&apos;s Allium API usage: a dashboard and tray icon; with --once, one snapshot printed as a table, CSV, JSON or Prometheus metrics; with --serve, a Prometheus exporter that runs as a service.</source>
        <translation>Zeigt die Allium-API-Nutzung Ihrer Organisation: eine Übersicht und ein Symbol in der Systemleiste; mit --once eine Momentaufnahme als Tabelle, CSV, JSON oder Prometheus-Metriken; mit --serve einen Prometheus-Exporter, der als Dienst läuft.</translation>
    </message>
    <message>
        <source>
Environment:
  ALLIUM_API_KEY    The API key (from the Allium app: Settings &gt; API Keys). Wins over the key
                    stored in the system keychain with --set-key. Keys are never accepted as
                    arguments: a command line leaks into process lists and shell history.
  CREDENTIALS_DIRECTORY
                    Set by systemd for a unit with LoadCredential=allium-api-key:FILE; the key
                    is read from the file allium-api-key there when ALLIUM_API_KEY is not set.
                    With --serve, each credential allium-api-key.NAME adds an organization NAME.
  ALLIUM_THEME      The dashboard&apos;s look when --theme is not given.

Exit codes:
  0  success
  1  the output could not be written (the --output folder does not exist, a full disk);
     an existing --output file is then left as it was
  2  usage error: unknown option, bad or refused base URL, no API key
  3  the API key was rejected (HTTP 401 or 403)
  4  network or server failure after 3 attempts: timeouts, 429, 5xx, other HTTP errors;
     for --history, the history could not be read
  5  the server&apos;s answer was not valid usage data
  6  --set-key, --forget-key: no system keychain, or it refused
  7  --once: the output is complete, but the reading could not be recorded in the usage
     history (a full disk, a read-only folder; --no-history records nothing)
  8  --serve: the --listen address cannot be listened on (in use, or not this machine&apos;s)
  126  the dashboard is installed but could not be started
  127  the dashboard is not installed (package allium-usage); the command line works

Examples:
  allium-usage --once
  allium-usage --once --format csv --output usage.csv
  allium-usage --once --format prometheus --output /var/lib/node_exporter/allium.prom
  allium-usage --demo --once --format json
  allium-usage --serve
  allium-usage --serve --listen 0.0.0.0:10741 --bearer-token-file /etc/allium-usage/token
  allium-usage --set-key &lt; key.txt
  allium-usage --history --from 2026-04-01 --format csv --output april.csv
</source>
        <translation>
Umgebung:
  ALLIUM_API_KEY    Der API-Schlüssel (aus der Allium-App: Settings &gt; API Keys). Hat Vorrang vor
                    dem mit --set-key im Schlüsselbund des Systems gespeicherten Schlüssel.
                    Schlüssel werden nie als Argumente angenommen: Eine Befehlszeile ist in
                    Prozesslisten und im Shell-Verlauf sichtbar.
  CREDENTIALS_DIRECTORY
                    Von systemd gesetzt für eine Unit mit LoadCredential=allium-api-key:DATEI;
                    der Schlüssel wird aus der Datei allium-api-key dort gelesen, wenn
                    ALLIUM_API_KEY nicht gesetzt ist.
                    Mit --serve fügt jedes Credential allium-api-key.NAME eine Organisation NAME
                    hinzu.
  ALLIUM_THEME      Das Aussehen der Übersicht, wenn --theme nicht angegeben ist.

Rückgabewerte:
  0  Erfolg
  1  die Ausgabe konnte nicht geschrieben werden (den Ordner von --output gibt es nicht, ein
     voller Datenträger); eine vorhandene --output-Datei bleibt dann, wie sie war
  2  Aufruffehler: unbekannte Option, ungültige oder abgelehnte Basis-URL, kein API-Schlüssel
  3  der API-Schlüssel wurde abgelehnt (HTTP 401 oder 403)
  4  Netzwerk- oder Serverfehler nach 3 Versuchen: Zeitüberschreitung, 429, 5xx, andere
     HTTP-Fehler; bei --history: der Verlauf konnte nicht gelesen werden
  5  die Antwort des Servers waren keine gültigen Nutzungsdaten
  6  --set-key, --forget-key: kein Schlüsselbund des Systems, oder er hat abgelehnt
  7  --once: die Ausgabe ist vollständig, aber der Messwert konnte nicht im Nutzungsverlauf
     aufgezeichnet werden (ein voller Datenträger, ein schreibgeschützter Ordner; mit
     --no-history wird nichts aufgezeichnet)
  8  --serve: an der Adresse von --listen kann nicht gelauscht werden (belegt oder nicht
     die dieses Rechners)
  126  die Übersicht ist installiert, konnte aber nicht gestartet werden
  127  die Übersicht ist nicht installiert (Paket allium-usage); die Befehlszeile funktioniert

Beispiele:
  allium-usage --once
  allium-usage --once --format csv --output usage.csv
  allium-usage --once --format prometheus --output /var/lib/node_exporter/allium.prom
  allium-usage --demo --once --format json
  allium-usage --serve
  allium-usage --serve --listen 0.0.0.0:10741 --bearer-token-file /etc/allium-usage/token
  allium-usage --set-key &lt; key.txt
  allium-usage --history --from 2026-04-01 --format csv --output april.csv
</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Write the recorded readings as CSV (with --format csv), one row per unit per reading. Needs no display.</source>
        <translation>Die aufgezeichneten Messwerte als CSV schreiben (mit --format csv), eine Zeile je Einheit und Messwert. Braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>With --history: readings from this day on (UTC).</source>
        <translation>Mit --history: Messwerte ab diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>With --history: readings up to and including this day (UTC).</source>
        <translation>Mit --history: Messwerte bis einschließlich diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>With --once: do not record this reading in the usage history.</source>
        <translation>Mit --once: diesen Messwert nicht im Nutzungsverlauf aufzeichnen.</translation>
    </message>
    <message>
        <source>--history writes CSV only: use --format csv (got &quot;%1&quot;).</source>
        <translation>--history schreibt nur CSV: Verwenden Sie --format csv (erhalten „%1“).</translation>
    </message>
    <message>
        <source>--no-history applies to --once only.</source>
        <translation>--no-history gilt nur für --once.</translation>
    </message>
    <message>
        <source>--from: expected a date as YYYY-MM-DD, got &quot;%1&quot;.</source>
        <translation>--from: erwartet ein Datum als JJJJ-MM-TT, erhalten „%1“.</translation>
    </message>
    <message>
        <source>--to: expected a date as YYYY-MM-DD, got &quot;%1&quot;.</source>
        <translation>--to: erwartet ein Datum als JJJJ-MM-TT, erhalten „%1“.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>No readings of %1 are recorded for these dates.</source>
        <translation>Für diese Tage sind keine Messwerte von %1 aufgezeichnet.</translation>
    </message>
    <message>
        <source>--demo has its own history: it cannot be combined with --org or --base-url.</source>
        <translation>--demo hat einen eigenen Verlauf: Es lässt sich nicht mit --org oder --base-url kombinieren.</translation>
    </message>
    <message>
        <source>the demo data</source>
        <translation>die Demodaten</translation>
    </message>
    <message>
        <source>No organization is set up, so there is no history to write.</source>
        <translation>Es ist keine Organisation eingerichtet, daher gibt es keinen Verlauf zum Schreiben.</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>No file was given for the usage history.</source>
        <translation>Für den Nutzungsverlauf wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>The usage history cannot be kept: the folder %1 cannot be created.</source>
        <translation>Der Nutzungsverlauf kann nicht gespeichert werden: Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>No usage history has been recorded yet (%1 does not exist).</source>
        <translation>Es wurde noch kein Nutzungsverlauf aufgezeichnet (%1 gibt es nicht).</translation>
    </message>
    <message>
        <source>The usage history %1 was written by a newer version of Allium Usage (schema %2; this version reads up to %3).</source>
        <translation>Der Nutzungsverlauf %1 wurde von einer neueren Version von Allium-Nutzung geschrieben (Schema %2; diese Version liest bis Schema %3).</translation>
    </message>
    <message>
        <source>The usage history %1 must be upgraded before it can be read.</source>
        <translation>Der Nutzungsverlauf %1 muss aktualisiert werden, bevor er gelesen werden kann.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be written: its folder does not allow the journal file SQLite needs.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht geschrieben werden: Sein Ordner erlaubt die Journaldatei nicht, die SQLite braucht.</translation>
    </message>
    <message>
        <source>The usage history %1 is locked by another program (%2). Close it and try again.</source>
        <translation>Der Nutzungsverlauf %1 ist von einem anderen Programm gesperrt (%2). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be written (%2). Check the permissions of the file and its folder.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht geschrieben werden (%2). Prüfen Sie die Berechtigungen der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>The disk holding the usage history %1 is full (%2). Free some space; the readings recorded so far are kept.</source>
        <translation>Der Datenträger mit dem Nutzungsverlauf %1 ist voll (%2). Schaffen Sie Platz; die bisher aufgezeichneten Messwerte bleiben erhalten.</translation>
    </message>
    <message>
        <source>The usage history %1 could not be read or written (%2). Check the disk; the file was left as it is.</source>
        <translation>Der Nutzungsverlauf %1 konnte nicht gelesen oder geschrieben werden (%2). Prüfen Sie den Datenträger; die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be read; it may be damaged (%2). Move it aside to start a new history.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht gelesen werden; er ist vielleicht beschädigt (%2). Verschieben Sie ihn, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be used (%2).</source>
        <translation>Der Nutzungsverlauf %1 kann nicht verwendet werden (%2).</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>The usage history %1 cannot be prepared: %2.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be read: its tables match no version of Allium Usage. It was left untouched; move it aside to start a new history.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht gelesen werden: Seine Tabellen passen zu keiner Version von Allium-Nutzung. Er wurde nicht verändert; verschieben Sie ihn, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The file %1 is not an Allium Usage history; it was left untouched.</source>
        <translation>Die Datei %1 ist kein Verlauf von Allium-Nutzung; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The usage history %1 cannot be created: %2.</source>
        <translation>Der Nutzungsverlauf %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The usage history %1 was written by a newer version of Allium Usage (schema %2; this version reads up to %3).</source>
        <translation>Der Nutzungsverlauf %1 wurde von einer neueren Version von Allium-Nutzung geschrieben (Schema %2; diese Version liest bis Schema %3).</translation>
    </message>
    <message>
        <source>The usage history cannot be upgraded to schema %1: %2.</source>
        <translation>Der Nutzungsverlauf kann nicht auf Schema %1 aktualisiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Old readings could not be removed: %1.</source>
        <translation>Alte Messwerte konnten nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>Readings could not be moved: %1</source>
        <translation>Messwerte konnten nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Readings could not be deleted: %1</source>
        <translation>Messwerte konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Paste your Allium API key (Allium app: Settings &gt; API Keys) and press Enter; it will not be shown: </source>
        <translation>Fügen Sie Ihren Allium-API-Schlüssel ein (Allium-App: Settings &gt; API Keys) und drücken Sie die Eingabetaste; er wird nicht angezeigt: </translation>
    </message>
    <message>
        <source>No API key on standard input. Pipe it in (allium-usage --set-key &lt; key.txt) or run --set-key in a terminal and paste it.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe. Leiten Sie ihn ein (allium-usage --set-key &lt; key.txt) oder führen Sie --set-key in einem Terminal aus und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Could not store the API key: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Stored the API key in the system keychain (service %1).</source>
        <translation>Der API-Schlüssel wurde im Schlüsselbund des Systems gespeichert (Dienst %1).</translation>
    </message>
    <message>
        <source>No API key was stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems war kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Could not delete the API key: %1</source>
        <translation>Der API-Schlüssel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted the API key from the system keychain.</source>
        <translation>Der API-Schlüssel wurde aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>The API key on standard input was not stored: %1</source>
        <translation>Der API-Schlüssel von der Standardeingabe wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Read the API key from standard input (not echoed on a terminal) and store it in the system keychain. With --org NAME, the key of that organization, which is created when it is new (--base-url sets its address). Example: allium-usage --set-key --org Staging &lt; key.txt</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen (auf einem Terminal ohne Echo) und im Schlüsselbund des Systems speichern. Mit --org NAME den Schlüssel dieser Organisation, die angelegt wird, wenn sie neu ist (--base-url setzt ihre Adresse). Beispiel: allium-usage --set-key --org Staging &lt; key.txt</translation>
    </message>
    <message>
        <source>Delete the stored API key from the system keychain. With --org NAME, remove that organization with its key and its recorded readings.</source>
        <translation>Den gespeicherten API-Schlüssel aus dem Schlüsselbund des Systems löschen. Mit --org NAME diese Organisation mit ihrem Schlüssel und ihren aufgezeichneten Messwerten entfernen.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--demo needs no key.</source>
        <translation>--demo braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Added the organization %1 and stored its API key in the system keychain (service %2, entry %3).</source>
        <translation>Organisation %1 hinzugefügt und ihren API-Schlüssel im Schlüsselbund des Systems gespeichert (Dienst %2, Eintrag %3).</translation>
    </message>
    <message>
        <source>Stored the API key of %1 in the system keychain (service %2, entry %3).</source>
        <translation>Den API-Schlüssel von %1 im Schlüsselbund des Systems gespeichert (Dienst %2, Eintrag %3).</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and takes precedence over the keychain when no organization is named.</source>
        <translation>Hinweis: %1 ist in dieser Umgebung gesetzt und hat Vorrang vor dem Schlüsselbund, wenn keine Organisation angegeben ist.</translation>
    </message>
    <message>
        <source>Removed the organization %1, its API key and its recorded readings (%2 deleted).</source>
        <translation>Organisation %1, ihr API-Schlüssel und ihre aufgezeichneten Messwerte wurden entfernt (%2 gelöscht).</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. Check that a keychain service (GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet. Prüfen Sie, ob ein Schlüsselbunddienst (GNOME Keyring oder KWallet) läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>No API key is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Install and start GNOME Keyring or KWallet, or use the key for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Installieren und starten Sie GNOME Keyring oder KWallet, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>LazyKeychainStore</name>
    <message>
        <source>The keychain module %1 is not installed (looked in %2).</source>
        <translation>Das Schlüsselbund-Modul %1 ist nicht installiert (gesucht in %2).</translation>
    </message>
    <message>
        <source>The keychain module could not be loaded: %1.</source>
        <translation>Das Schlüsselbund-Modul konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>ListOrganizationsCommand</name>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>List the organizations: name, address, id and where the key is kept (never the key).</source>
        <translation>Die Organisationen auflisten: Name, Adresse, ID und wo der Schlüssel aufbewahrt wird (nie den Schlüssel selbst).</translation>
    </message>
    <message>
        <source>No organizations. Add one with: allium-usage --set-key --org NAME &lt; key.txt</source>
        <translation>Keine Organisationen. Fügen Sie eine hinzu mit: allium-usage --set-key --org NAME &lt; key.txt</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Allium Usage</source>
        <translation>Allium-Nutzung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the usage now</source>
        <translation>Die Nutzung jetzt abrufen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Export snapshot to CSV…</source>
        <translation>Momentaufnahme als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the figures as plain text</source>
        <translation>Die Zahlen als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;About Allium Usage</source>
        <translation>&amp;Über Allium-Nutzung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allium Usage — Demo data</source>
        <translation>Allium-Nutzung – Demodaten</translation>
    </message>
    <message>
        <source>About Allium Usage</source>
        <translation>Über Allium-Nutzung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Allium Usage %1&lt;/h3&gt;&lt;p&gt;Shows how much of your organization&apos;s Allium API allocation is used, and when it resets.&lt;/p&gt;&lt;p&gt;Figures come from the organization usage endpoint of the Allium API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Allium-Nutzung %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie viel des Allium-API-Kontingents Ihrer Organisation verbraucht ist und wann es zurückgesetzt wird.&lt;/p&gt;&lt;p&gt;Die Zahlen stammen vom Endpunkt für die Organisationsnutzung der Allium-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Keine Systemleiste</translation>
    </message>
    <message>
        <source>No system tray shows the Allium Usage icon, so closing this window quits the app; threshold notifications appear as desktop notifications. The icon appears as soon as a tray does. On GNOME, the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension adds one.</source>
        <translation>Keine Systemleiste zeigt das Symbol von Allium Usage, daher beendet das Schließen dieses Fensters die App; Benachrichtigungen zu Schwellen erscheinen als Desktop-Benachrichtigungen. Das Symbol erscheint, sobald eine Systemleiste da ist. Unter GNOME fügt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ eine hinzu.</translation>
    </message>
    <message>
        <source>Do not show this note again</source>
        <translation>Diesen Hinweis nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The window&apos;s title with several organizations: %1 the organization, %2 the app&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write the figures on show as a CSV file</source>
        <translation>Die angezeigten Zahlen als CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The API key, refresh interval, thresholds and more</source>
        <translation>API-Schlüssel, Aktualisierungsintervall, Schwellen und mehr</translation>
    </message>
    <message>
        <source>&amp;All organizations</source>
        <translation>Alle &amp;Organisationen</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Every organization at a glance, the ones needing attention first</source>
        <translation>Alle Organisationen auf einen Blick, die mit Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
</context>
<context>
    <name>OnceAllOrganizations</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Nicht abgerufen: %1</translation>
    </message>
</context>
<context>
    <name>OnceCommand</name>
    <message>
        <source>--output: give a file name, or - for standard output.</source>
        <translation>--output: Geben Sie einen Dateinamen an, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--timeout: expected a number of seconds greater than 0 (for example 30 or 0.5), got &quot;%1&quot;.</source>
        <translation>--timeout: erwartet eine Anzahl Sekunden größer als 0 (zum Beispiel 30 oder 0.5), erhalten „%1“.</translation>
    </message>
    <message>
        <source>--demo serves its own data: it cannot be combined with --base-url.</source>
        <translation>--demo liefert eigene Daten und lässt sich nicht mit --base-url kombinieren.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Fetch one usage snapshot, print it and exit. Needs no display.</source>
        <translation>Eine Momentaufnahme der Nutzung abrufen, ausgeben und beenden. Braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>Write the output to FILE (atomically) instead of standard output.</source>
        <translation>Die Ausgabe (atomar) in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Could not start the demo data server: %1</source>
        <translation>Der Server für Demodaten konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Note: this is demo data from --demo, not your organization&apos;s usage.</source>
        <translation>Hinweis: Das sind Demodaten von --demo, nicht die Nutzung Ihrer Organisation.</translation>
    </message>
    <message>
        <source>No API key. Set the %1 environment variable to your key, or store it with allium-usage --set-key (create one in the Allium app under Settings &gt; API Keys). To look around first: --demo.</source>
        <translation>Kein API-Schlüssel. Setzen Sie die Umgebungsvariable %1 auf Ihren Schlüssel oder speichern Sie ihn mit allium-usage --set-key (einen Schlüssel erstellen Sie in der Allium-App unter Settings &gt; API Keys). Zum Ausprobieren: --demo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The stored API key cannot be used: %1</source>
        <translation>Der gespeicherte API-Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--format: expected table, csv, json or prometheus, got &quot;%1&quot;.</source>
        <translation>--format: erwartet table, csv, json oder prometheus, erhalten „%1“.</translation>
    </message>
    <message>
        <source>Output format for --once: table (default), csv, json or prometheus (the exporter&apos;s metrics, for node_exporter&apos;s textfile collector).</source>
        <translation>Ausgabeformat für --once: table (Vorgabe), csv, json oder prometheus (die Metriken des Exporters, für den Textfile-Collector von node_exporter).</translation>
    </message>
    <message>
        <source>No API key for %1. Store it with allium-usage --set-key --org &quot;%1&quot; (create one in the Allium app under Settings &gt; API Keys).</source>
        <translation>Kein API-Schlüssel für %1. Speichern Sie ihn mit allium-usage --set-key --org &quot;%1&quot; (erstellen Sie einen in der Allium-App unter Settings &gt; API Keys).</translation>
    </message>
    <message>
        <source>The address of %1 cannot be used: %2</source>
        <translation>Die Adresse von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>--org and --all-orgs cannot be combined.</source>
        <translation>--org und --all-orgs lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>--demo serves its own data: it cannot be combined with --%1.</source>
        <translation>--demo liefert eigene Daten: Es lässt sich nicht mit --%1 kombinieren.</translation>
    </message>
    <message>
        <source>Seconds allowed for each request, from connecting to the last byte, redirects included (default 30).</source>
        <translation>Erlaubte Sekunden je Anfrage, vom Verbindungsaufbau bis zum letzten Byte, Weiterleitungen eingeschlossen (Vorgabe 30).</translation>
    </message>
</context>
<context>
    <name>OnceHistory</name>
    <message>
        <source>Not recorded in the usage history: %1</source>
        <translation>Nicht im Nutzungsverlauf aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>Give the organization a name, such as Production.</source>
        <translation>Geben Sie der Organisation einen Namen, etwa „Produktion“.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or control characters.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the organization from ALLIUM_API_KEY; choose another.</source>
        <translation>„%1“ ist der Name der Organisation aus ALLIUM_API_KEY; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>There is already an organization called %1.</source>
        <translation>Es gibt bereits eine Organisation namens %1.</translation>
    </message>
</context>
<context>
    <name>OrganizationCard</name>
    <message>
        <source>%1
Click to open its dashboard.</source>
        <translation>%1
Klicken, um ihr Dashboard zu öffnen.</translation>
    </message>
</context>
<context>
    <name>OrganizationChoice</name>
    <message>
        <source>There are several organizations (%1): choose one with --org NAME.</source>
        <translation>Es gibt mehrere Organisationen (%1): Wählen Sie eine mit --org NAME.</translation>
    </message>
    <message>
        <source>With --once: every organization, one after the other in the output; the exit status is the worst of theirs.</source>
        <translation>Mit --once: jede Organisation, nacheinander in der Ausgabe; der Exit-Status ist der schlechteste von ihnen.</translation>
    </message>
    <message>
        <source>--org %1: that organization&apos;s key comes from ALLIUM_API_KEY (or the systemd credential allium-api-key) and is not kept by the app.</source>
        <translation>--org %1: Der Schlüssel dieser Organisation kommt aus ALLIUM_API_KEY (oder dem systemd-Credential allium-api-key) und wird nicht von der App aufbewahrt.</translation>
    </message>
    <message>
        <source>--org %1: no organization is set up yet.</source>
        <translation>--org %1: Es ist noch keine Organisation eingerichtet.</translation>
    </message>
    <message>
        <source>--org %1: there is no organization of that name. There are: %2.</source>
        <translation>--org %1: Es gibt keine Organisation dieses Namens. Vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>The organization to use (its name, as --list-orgs shows it), for --once, --history, --set-key and --forget-key; with --serve, the only one served. Not needed with one organization.</source>
        <translation>Die zu verwendende Organisation (ihr Name, wie --list-orgs ihn zeigt), für --once, --history, --set-key und --forget-key; mit --serve die einzige, die bereitgestellt wird. Bei nur einer Organisation nicht nötig.</translation>
    </message>
</context>
<context>
    <name>OrganizationDashboard</name>
    <message>
        <source>Looking for the API key…</source>
        <translation>API-Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>Asking the system keychain for the key; this can take a moment.</source>
        <translation>Der Schlüssel wird beim Schlüsselbund des Systems abgefragt; das kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>Working out the forecast…</source>
        <translation>Prognose wird berechnet …</translation>
    </message>
    <message>
        <source>Show &amp;demo data</source>
        <translation>&amp;Demodaten anzeigen</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Hinweis auf Demodaten</translation>
    </message>
    <message>
        <source>Demo data: made-up figures from a built-in server, not your organization&apos;s usage.</source>
        <translation>Demodaten: erfundene Zahlen von einem eingebauten Server, nicht die Nutzung Ihrer Organisation.</translation>
    </message>
</context>
<context>
    <name>OrganizationEdits</name>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>%1 cannot be removed now: its key is still being looked up.</source>
        <translation>%1 kann jetzt nicht entfernt werden: Ihr Schlüssel wird noch nachgeschlagen.</translation>
    </message>
    <message>
        <source>The key of %1 was not saved: %2</source>
        <translation>Der Schlüssel von %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no such organization.</source>
        <translation>Diese Organisation gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is removed with its key, not by leaving it out.</source>
        <translation>%1 wird mit ihrem Schlüssel entfernt, nicht durch Weglassen.</translation>
    </message>
    <message>
        <source>The organizations could not be saved: the settings file %1 cannot be written. Check the permissions of the file and its folder.</source>
        <translation>Die Organisationen konnten nicht gespeichert werden: Die Einstellungsdatei %1 kann nicht geschrieben werden. Prüfen Sie die Berechtigungen der Datei und ihres Ordners.</translation>
    </message>
</context>
<context>
    <name>OrganizationOverview</name>
    <message>
        <source>Working out the forecast…</source>
        <translation>Prognose wird berechnet …</translation>
    </message>
    <message>
        <source>%1 · Refresh failed: %2</source>
        <extracomment>%1 how old the figures are, %2 why the refresh failed</extracomment>
        <translation>%1 · Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Enter its key in Settings, under Organizations.</source>
        <translation>Schlüssel unter Einstellungen › Organisationen eingeben.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <extracomment>The overview&apos;s headline: %1 the one organization in trouble</extracomment>
        <translation>%1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 of %2 organizations need attention</source>
        <extracomment>The overview&apos;s headline: %1 how many need attention, %2 how many there are</extracomment>
        <translation>%1 von %2 Organisationen brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>All %1 organizations are within their thresholds</source>
        <translation>Alle %1 Organisationen liegen unter ihren Schwellen</translation>
    </message>
    <message>
        <source>Waiting for the first readings</source>
        <translation>Warten auf die ersten Messwerte</translation>
    </message>
    <message>
        <source>No organization needs attention so far</source>
        <translation>Bisher braucht keine Organisation Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A line of the copied overview: %1 the organization, %2 its figures and verdict</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>OrganizationRemoval</name>
    <message>
        <source>%1 was not removed: its key could not be deleted from the keychain: %2</source>
        <translation>%1 wurde nicht entfernt: Ihr Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationsExport</name>
    <message>
        <source>Export a&amp;ll organizations to CSV…</source>
        <translation>A&amp;lle Organisationen als CSV exportieren …</translation>
    </message>
    <message>
        <source>One CSV file with the latest snapshot of every organization, each row led by the organization&apos;s name</source>
        <translation>Eine CSV-Datei mit der neuesten Momentaufnahme jeder Organisation, jede Zeile beginnt mit dem Namen der Organisation</translation>
    </message>
    <message>
        <source>No organization has a snapshot to export yet.</source>
        <translation>Noch keine Organisation hat eine Momentaufnahme zum Exportieren.</translation>
    </message>
    <message>
        <source>Export all organizations to CSV</source>
        <translation>Alle Organisationen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1. Not included, no reading yet: %2</source>
        <translation>%1. Nicht enthalten, noch ohne Messwert: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationsOverview</name>
    <message>
        <source>Choose an organization to see its dashboard.</source>
        <translation>Eine Organisation wählen, um ihr Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>Organizations, most in need of attention first</source>
        <translation>Organisationen, die mit dem größten Handlungsbedarf zuerst</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Eine Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the organization with its key and its recorded readings</source>
        <translation>Die Organisation mit ihrem Schlüssel und ihren aufgezeichneten Messwerten entfernen</translation>
    </message>
    <message>
        <source>Remove the organization</source>
        <translation>Die Organisation entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the organization up</source>
        <translation>Die Organisation nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the organization down</source>
        <translation>Die Organisation nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Paste the organization&apos;s API key</source>
        <translation>Den API-Schlüssel der Organisation einfügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Delete the key from the system keychain; the organization and its readings stay</source>
        <translation>Den Schlüssel aus dem Schlüsselbund des Systems löschen; die Organisation und ihre Messwerte bleiben</translation>
    </message>
    <message>
        <source>Create a key in the Allium app under Settings &gt; API Keys. It is kept in %1, never in a file.</source>
        <translation>Erstellen Sie einen Schlüssel in der Allium-App unter Settings &gt; API Keys. Er wird im %1 aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Use this key for this session only (kept in memory, gone when the app quits)</source>
        <translation>Diesen Schlüssel nur für diese Sitzung verwenden (im Arbeitsspeicher, weg, sobald die App beendet wird)</translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation>API-&amp;Adresse</translation>
    </message>
    <message>
        <source>https://api.allium.so</source>
        <translation>https://api.allium.so</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Empty for Allium&apos;s own address. HTTPS only; plain HTTP is allowed to this computer (127.0.0.1, ::1, localhost) for testing.</source>
        <translation>Leer für Alliums eigene Adresse. Nur HTTPS; einfaches HTTP ist zum Testen nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>In use for this session: %1 (from --base-url), for every organization. Test connection uses it. The address above is saved for starts without --base-url.</source>
        <translation>In dieser Sitzung verwendet: %1 (aus --base-url), für jede Organisation. „Verbindung testen“ verwendet sie. Die Adresse oben wird für Starts ohne --base-url gespeichert.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Den API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>%1 (ALLIUM_API_KEY)</source>
        <translation>%1 (ALLIUM_API_KEY)</translation>
    </message>
    <message>
        <source>The key of this organization comes from the ALLIUM_API_KEY environment variable, for this session only.</source>
        <translation>Der Schlüssel dieser Organisation kommt aus der Umgebungsvariable ALLIUM_API_KEY, nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>In use for this session: from ALLIUM_API_KEY</source>
        <translation>In dieser Sitzung verwendet: aus ALLIUM_API_KEY</translation>
    </message>
    <message>
        <source>In use for this session: the key from the ALLIUM_API_KEY environment variable. It is never shown or stored; Test connection uses it. This organization is gone once the variable is unset.</source>
        <translation>In dieser Sitzung verwendet: der Schlüssel aus der Umgebungsvariable ALLIUM_API_KEY. Er wird nie angezeigt oder gespeichert; „Verbindung testen“ verwendet ihn. Diese Organisation verschwindet, sobald die Variable nicht mehr gesetzt ist.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be saved: %1 You can use it for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht gespeichert werden: %1 Sie können ihn nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The key is stored in %1.</source>
        <translation>Der Schlüssel ist im %1 gespeichert.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>When you press OK, its API key is deleted from the system keychain and its recorded readings from the usage history. This cannot be undone.</source>
        <translation>Wenn Sie OK drücken, werden ihr API-Schlüssel aus dem Schlüsselbund des Systems und ihre aufgezeichneten Messwerte aus dem Nutzungsverlauf gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The key was removed from %1.</source>
        <translation>Der Schlüssel wurde aus dem %1 entfernt.</translation>
    </message>
    <message>
        <source>Could not remove the key: %1</source>
        <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Connected: the key works.</source>
        <translation>Verbunden: Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
</context>
<context>
    <name>OutputDestination</name>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>PortalFileChooser</name>
    <message>
        <source>There is no session bus.</source>
        <translation>Es gibt keinen Sitzungsbus.</translation>
    </message>
    <message>
        <source>The desktop&apos;s file dialog gave no file to write.</source>
        <translation>Der Dateidialog der Arbeitsumgebung hat keine Datei zum Schreiben geliefert.</translation>
    </message>
</context>
<context>
    <name>ReadingSource</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>ReadingText</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Recorded reading of %1 (%2), not refreshed yet</source>
        <extracomment>%1 date and time, %2 e.g. &quot;2 hours ago&quot;</extracomment>
        <translation>Aufgezeichneter Messwert vom %1 (%2), noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Stale: last updated %1 (%2)</source>
        <extracomment>%1 date and time, %2 e.g. &quot;3 hours ago&quot;</extracomment>
        <translation>Veraltet: zuletzt aktualisiert am %1 (%2)</translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <extracomment>%1 is e.g. &quot;in 12 s&quot;; said after a failure that the app retries by itself</extracomment>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>Neuer Versuch %1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Erneuter Versuch …</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n attempts in a row failed.</source>
        <extracomment>%1 is how many attempts in a row failed</extracomment>
        <translation>
            <numerusform>%1 %n Versuch ist fehlgeschlagen.</numerusform>
            <numerusform>%1 %n Versuche in Folge sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The app tries again %2.</source>
        <extracomment>%1 the advice, %2 e.g. &quot;in 4 minutes&quot;</extracomment>
        <translation>%1 Die App versucht es %2 erneut.</translation>
    </message>
    <message>
        <source>No API key is set</source>
        <translation>Kein API-Schlüssel festgelegt</translation>
    </message>
    <message>
        <source>No usage data yet</source>
        <translation>Noch keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>Fetching demo data…</source>
        <translation>Demodaten werden abgerufen …</translation>
    </message>
    <message>
        <source>Fetching usage…</source>
        <translation>Nutzung wird abgerufen …</translation>
    </message>
    <message>
        <source>Enter an API key of your organization in Settings (in the Allium app: Settings &gt; API Keys), or look around with demo data.</source>
        <translation>Geben Sie in den Einstellungen einen API-Schlüssel Ihrer Organisation ein (in der Allium-App: Settings &gt; API Keys), oder sehen Sie sich mit Demodaten um.</translation>
    </message>
    <message>
        <source>The first refresh failed. The message above says what to do.</source>
        <translation>Die erste Aktualisierung ist fehlgeschlagen. Die Meldung oben sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>The first attempt failed: %1 %2.</source>
        <extracomment>%1 the error message, %2 e.g. &quot;Retrying in 12 s&quot;</extracomment>
        <translation>Der erste Versuch ist fehlgeschlagen: %1 %2.</translation>
    </message>
    <message>
        <source>The dashboard appears as soon as the first reading arrives.</source>
        <translation>Die Übersicht erscheint, sobald der erste Messwert eintrifft.</translation>
    </message>
    <message>
        <source>Stale: the last refresh failed (%1)
</source>
        <translation>Veraltet: Die letzte Aktualisierung ist fehlgeschlagen (%1)
</translation>
    </message>
    <message>
        <source>Stale: a recorded reading, not refreshed yet
</source>
        <translation>Veraltet: ein aufgezeichneter Messwert, noch nicht aktualisiert
</translation>
    </message>
    <message>
        <source>Demo data, not a real organization&apos;s usage
</source>
        <translation>Demodaten, nicht die Nutzung einer echten Organisation
</translation>
    </message>
</context>
<context>
    <name>RefreshProblemBanner</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Refresh problem</source>
        <translation>Problem beim Aktualisieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the refresh problem</source>
        <translation>Das Problem beim Aktualisieren ausblenden</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run as a Prometheus exporter until stopped (SIGTERM, Ctrl+C): read every organization on its refresh interval, record the history, and serve GET /metrics and GET /healthz. Scrapes never call the Allium API. Needs no display.</source>
        <translation>Als Prometheus-Exporter laufen, bis er beendet wird (SIGTERM, Strg+C): jede Organisation in ihrem Aktualisierungsintervall abfragen, den Verlauf aufzeichnen und GET /metrics und GET /healthz beantworten. Abfragen der Metriken rufen nie die Allium-API auf. Braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>With --serve: the address and port to listen on, default 127.0.0.1:%1 (this machine only). Any other address is used only when named here, e.g. 0.0.0.0:%1 for every network interface; then also use --bearer-token-file.</source>
        <translation>Mit --serve: Adresse und Port, an denen gelauscht wird, standardmäßig 127.0.0.1:%1 (nur dieser Rechner). Jede andere Adresse wird nur verwendet, wenn sie hier angegeben ist, z. B. 0.0.0.0:%1 für alle Netzwerkschnittstellen; dann auch --bearer-token-file verwenden.</translation>
    </message>
    <message>
        <source>With --serve: answer only requests with &quot;Authorization: Bearer TOKEN&quot;, the token read from FILE (the file Prometheus&apos;s credentials_file reads). Never put the token itself on the command line.</source>
        <translation>Mit --serve: nur Anfragen mit „Authorization: Bearer TOKEN“ beantworten, das Token wird aus DATEI gelesen (derselben Datei, die credentials_file von Prometheus liest). Das Token selbst gehört nie auf die Befehlszeile.</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT with an IP address, e.g. 127.0.0.1:%1, 0.0.0.0:%1 or [::1]:%1, got &quot;%2&quot;.</source>
        <translation>--listen: HOST:PORT mit einer IP-Adresse erwartet, z. B. 127.0.0.1:%1, 0.0.0.0:%1 oder [::1]:%1, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--serve reads real organizations; --demo works with --once and the dashboard.</source>
        <translation>--serve liest echte Organisationen; --demo funktioniert mit --once und der Übersicht.</translation>
    </message>
    <message>
        <source>--serve reads every organization already; --all-orgs is for --once.</source>
        <translation>--serve liest bereits jede Organisation; --all-orgs ist für --once.</translation>
    </message>
    <message>
        <source>--bearer-token-file: %1</source>
        <translation>--bearer-token-file: %1</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>The usage history cannot be used: %1</source>
        <translation>Der Nutzungsverlauf kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht an %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>ServeSession</name>
    <message>
        <source>Stopping (SIGINT).</source>
        <translation>Wird beendet (SIGINT).</translation>
    </message>
    <message>
        <source>Stopping (SIGTERM).</source>
        <translation>Wird beendet (SIGTERM).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Serving metrics at %1/metrics and %1/healthz for: %2.</source>
        <translation>Metriken unter %1/metrics und %1/healthz für: %2.</translation>
    </message>
    <message>
        <source>Warning: %1 is not a loopback address and no --bearer-token-file was given: whoever can reach this port can read the metrics.</source>
        <translation>Warnung: %1 ist keine Loopback-Adresse, und --bearer-token-file wurde nicht angegeben: Wer diesen Port erreicht, kann die Metriken lesen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No organization has an API key: nothing to serve.</source>
        <translation>Keine Organisation hat einen API-Schlüssel: nichts bereitzustellen.</translation>
    </message>
    <message>
        <source>%1: refresh failed: %2</source>
        <translation>%1: Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: read again; its figures are current.</source>
        <translation>%1: wieder gelesen; die Zahlen sind aktuell.</translation>
    </message>
    <message>
        <source>%1: read.</source>
        <translation>%1: gelesen.</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No API key was entered for this session.</source>
        <translation>Für diese Sitzung wurde kein API-Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Allium Usage Settings</source>
        <translation>Einstellungen von Allium-Nutzung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Refresh and thresholds</source>
        <translation>Aktualisierung und Schwellen</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warnung bei</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>Kritisch bei</translation>
    </message>
    <message>
        <source>Notify when a unit crosses the warning or critical threshold or 100 %</source>
        <translation>Benachrichtigen, wenn eine Einheit die Warnschwelle, die kritische Schwelle oder 100 % überschreitet</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the tray</source>
        <translation>Beim Schließen des Fensters läuft die App in der Systemleiste weiter</translation>
    </message>
    <message>
        <source>Launch at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep readings for</source>
        <translation>Messwerte aufbewahren für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Every reading is recorded on this computer for the trend chart, the forecast and &quot;Export history…&quot;. Readings older than this are deleted; between 30 days and 10 years (3650 days). A change applies from the next start.</source>
        <translation>Jeder Messwert wird auf diesem Computer für das Verlaufsdiagramm, die Prognose und „Verlauf exportieren …“ aufgezeichnet. Ältere Messwerte werden gelöscht; zwischen 30 Tagen und 10 Jahren (3650 Tage). Eine Änderung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>&amp;Refresh and history</source>
        <translation>&amp;Aktualisierung und Verlauf</translation>
    </message>
    <message>
        <source>The same for every organization: they colour the bars, the charts and the tray icon, and decide the notifications.</source>
        <translation>Für jede Organisation gleich: Sie bestimmen die Farben der Balken, der Diagramme und des Symbols in der Systemleiste sowie die Benachrichtigungen.</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>There is no snapshot to export yet.</source>
        <translation>Es gibt noch keine Momentaufnahme zum Exportieren.</translation>
    </message>
    <message>
        <source>Export snapshot to CSV</source>
        <translation>Momentaufnahme als CSV exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Summary copied</source>
        <translation>Zusammenfassung kopiert</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
</context>
<context>
    <name>SnapshotForecasts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SystemdCredentialStore</name>
    <message>
        <source>A systemd credential is set in the service&apos;s unit file (LoadCredential=), not by the app.</source>
        <translation>Ein systemd-Credential wird in der Unit-Datei des Dienstes gesetzt (LoadCredential=), nicht von der App.</translation>
    </message>
    <message>
        <source>the systemd credential %1</source>
        <translation>das systemd-Credential %1</translation>
    </message>
    <message>
        <source>No systemd credential %1.</source>
        <translation>Kein systemd-Credential %1.</translation>
    </message>
    <message>
        <source>The systemd credential %1 cannot be read: %2.</source>
        <translation>Das systemd-Credential %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>The systemd credential %1 is larger than %2 bytes: it should hold one API key.</source>
        <translation>Das systemd-Credential %1 ist größer als %2 Bytes: Es sollte einen einzigen API-Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty.</source>
        <translation>Das systemd-Credential %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>TextTableWriter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Demo data: made-up usage from the built-in demo server, not your organization&apos;s.</source>
        <translation>Demodaten: erfundene Nutzung vom eingebauten Demoserver, nicht die Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Billing period:</source>
        <translation>Abrechnungszeitraum:</translation>
    </message>
    <message>
        <source>Allocation period:</source>
        <translation>Kontingentzeitraum:</translation>
    </message>
    <message>
        <source>Resets on %1 (%2)</source>
        <translation>Wird am %1 zurückgesetzt (%2)</translation>
    </message>
    <message>
        <source>Captured at:</source>
        <translation>Erfasst am:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>Verbraucht %</translation>
    </message>
    <message>
        <source>(no units reported)</source>
        <translation>(keine Einheiten gemeldet)</translation>
    </message>
    <message>
        <source>The period ended on %1, %2; the figures may be out of date.</source>
        <translation>Der Zeitraum endete am %1, %2; die Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Billing period ends on %1 (%2)</source>
        <translation>Abrechnungszeitraum endet am %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ThresholdNotifier</name>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1 bei %2 %</translation>
    </message>
    <message>
        <source>%1 over the allocation</source>
        <translation>%1 über dem Kontingent</translation>
    </message>
    <message>
        <source>The allocation resets on %1.</source>
        <translation>Das Kontingent wird am %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The billing period ends on %1.</source>
        <translation>Der Abrechnungszeitraum endet am %1.</translation>
    </message>
    <message>
        <source>%1 at %2 %, past the warning threshold of %3 %.</source>
        <translation>%1 bei %2 %, über der Warnschwelle von %3 %.</translation>
    </message>
    <message>
        <source>%1 at %2 %, past the critical threshold of %3 %.</source>
        <translation>%1 bei %2 %, über der kritischen Schwelle von %3 %.</translation>
    </message>
    <message>
        <source>%1 over the allocation: %2 % used.</source>
        <translation>%1 über dem Kontingent: %2 % verbraucht.</translation>
    </message>
    <message>
        <source>Past the warning threshold of %1 %. %2</source>
        <translation>Warnschwelle von %1 % überschritten. %2</translation>
    </message>
    <message>
        <source>Past the critical threshold of %1 %. %2</source>
        <translation>Kritische Schwelle von %1 % überschritten. %2</translation>
    </message>
    <message>
        <source>%1 % of the allocation is used. %2</source>
        <translation>%1 % des Kontingents sind verbraucht. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units past their thresholds</source>
        <translation>
            <numerusform>%n Einheit über ihrer Schwelle</numerusform>
            <numerusform>%n Einheiten über ihren Schwellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimeTicks</name>
    <message>
        <source>d MMM</source>
        <extracomment>A day on a chart axis, e.g. &quot;12 Apr&quot;; a QDate format string</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>A time of day on a chart axis, e.g. &quot;14:00&quot;; a QTime format string</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>The first month of a year on a chart axis, e.g. &quot;Jan 2027&quot;; a QDate format string</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A month on a chart axis, e.g. &quot;Mar&quot;; a QDate format string</extracomment>
        <translation>MMM</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>Übersicht öffnen</translation>
    </message>
    <message>
        <source>Hide dashboard</source>
        <translation>Übersicht verbergen</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Allium Usage (demo data)</source>
        <translation>Allium-Nutzung (Demodaten)</translation>
    </message>
    <message>
        <source>Allium Usage</source>
        <translation>Allium-Nutzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A unit in the tray menu: %1 name, %2 figure, %3 amounts, e.g. &quot;Developer units: 59.7 % (1.19 M of 2 M)&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No API key: open Settings to enter one.</source>
        <translation>Kein API-Schlüssel: Öffnen Sie die Einstellungen, um einen einzugeben.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 verbraucht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not current)</source>
        <translation>%1 (nicht aktuell)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no units reported</source>
        <translation>keine Einheiten gemeldet</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>API key rejected (HTTP %1)</source>
        <translation>API-Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>no access (HTTP %1)</source>
        <translation>kein Zugriff (HTTP %1)</translation>
    </message>
    <message>
        <source>rate limited (HTTP %1)</source>
        <translation>Anfragelimit erreicht (HTTP %1)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>not valid usage data</source>
        <translation>keine gültigen Nutzungsdaten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>UnitCard</name>
    <message>
        <source>%1
Click to see it over time; right-click to copy the exact figures.</source>
        <translation>%1
Klicken, um den Verlauf zu sehen; Rechtsklick, um die genauen Zahlen zu kopieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A unit&apos;s exact figures, copied: %1 unit, %2 e.g. &quot;1,193,499 of 2,000,000 (59.7 %)&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy exact figures</source>
        <translation>Genaue Zahlen kopieren</translation>
    </message>
    <message>
        <source>Show over time</source>
        <translation>Im Zeitverlauf zeigen</translation>
    </message>
</context>
<context>
    <name>UnitCardGrid</name>
    <message>
        <source>The API reported no units for this period.</source>
        <translation>Die API hat für diesen Zeitraum keine Einheiten gemeldet.</translation>
    </message>
    <message>
        <source>Usage per unit</source>
        <translation>Nutzung je Einheit</translation>
    </message>
</context>
<context>
    <name>UnitDetailPanel</name>
    <message>
        <source>Export &amp;history…</source>
        <translation>&amp;Verlauf exportieren …</translation>
    </message>
    <message>
        <source>Period shown over time</source>
        <translation>Im Zeitverlauf gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Write a period&apos;s recorded readings as CSV</source>
        <translation>Die aufgezeichneten Messwerte eines Zeitraums als CSV schreiben</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Over time</source>
        <extracomment>The detail chart&apos;s title: %1 a unit, e.g. &quot;Developer units over time&quot;</extracomment>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>Der Verlauf ist aus: %1</translation>
    </message>
    <message>
        <source>The trend appears after the first reading.</source>
        <translation>Der Verlauf erscheint nach dem ersten Messwert.</translation>
    </message>
    <message>
        <source>Reading the recorded history…</source>
        <translation>Der aufgezeichnete Verlauf wird gelesen …</translation>
    </message>
    <message>
        <source>No readings of %1 in this period.</source>
        <translation>Keine Messwerte für %1 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>One reading so far: the line and the forecast follow as readings come in.</source>
        <translation>Bisher ein Messwert: Linie und Prognose folgen mit weiteren Messwerten.</translation>
    </message>
    <message>
        <source>There are no recorded readings to export.</source>
        <translation>Es gibt keine aufgezeichneten Messwerte zum Exportieren.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
</context>
<context>
    <name>UnitOverview</name>
    <message>
        <source>allocation %1</source>
        <extracomment>A unit whose consumption was not reported: %1 its allocation</extracomment>
        <translation>Kontingent %1</translation>
    </message>
    <message>
        <source>consumption not reported (allocation %1)</source>
        <translation>Verbrauch nicht gemeldet (Kontingent %1)</translation>
    </message>
    <message>
        <source>consumption not reported</source>
        <translation>Verbrauch nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 consumed, %2 allocated, shortened, e.g. &quot;1.19 M of 2 M&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>%1 consumed, %2 allocated, %3 percentage, e.g. &quot;1,193,499 of 2,000,000 (59.7 %)&quot;</extracomment>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 used</source>
        <extracomment>A unit without an allocation: %1 the amount consumed, e.g. &quot;1,234 used&quot;</extracomment>
        <translation>%1 verbraucht</translation>
    </message>
    <message>
        <source>allocation is 0</source>
        <translation>Kontingent ist 0</translation>
    </message>
    <message>
        <source>no allocation</source>
        <translation>kein Kontingent</translation>
    </message>
    <message>
        <source>%1 used (%2)</source>
        <extracomment>%1 the amount consumed, exact, e.g. &quot;1,234 used (no allocation)&quot;</extracomment>
        <translation>%1 verbraucht (%2)</translation>
    </message>
    <message>
        <source>about %1 a day</source>
        <extracomment>A unit&apos;s recent daily consumption, e.g. &quot;about 48.3 K a day&quot;</extracomment>
        <translation>etwa %1 pro Tag</translation>
    </message>
    <message>
        <source>No forecast: the period has ended</source>
        <translation>Keine Prognose: Der Zeitraum ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>UnitUsage</name>
    <message>
        <source>Developer units</source>
        <translation>Developer-Einheiten</translation>
    </message>
    <message>
        <source>Explorer units</source>
        <translation>Explorer-Einheiten</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>UsageError</name>
    <message>
        <source>Check the API key, or create a new one in the Allium app.</source>
        <translation>Prüfen Sie den API-Schlüssel oder erstellen Sie in der Allium-App einen neuen.</translation>
    </message>
    <message>
        <source>Ask your organization&apos;s Allium administrator about a Subscription or Free Trial plan (hello@allium.so can help).</source>
        <translation>Fragen Sie die Allium-Verwaltung Ihrer Organisation nach einem Subscription- oder Free-Trial-Plan (hello@allium.so hilft weiter).</translation>
    </message>
    <message>
        <source>Wait before trying again; refreshing less often avoids this.</source>
        <translation>Warten Sie vor dem nächsten Versuch; seltener aktualisieren vermeidet das.</translation>
    </message>
    <message>
        <source>The Allium API is having trouble; try again in a few minutes.</source>
        <translation>Die Allium-API hat Probleme; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the base URL; if it is right, try again later.</source>
        <translation>Prüfen Sie die Basis-URL; wenn sie stimmt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that the base URL points at the Allium API; if it does, the API may have changed: look for an update of this app.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf die Allium-API zeigt; wenn ja, hat sich die API vielleicht geändert: Suchen Sie nach einer neuen Version dieser App.</translation>
    </message>
    <message>
        <source>Check the API key and the base URL.</source>
        <translation>Prüfen Sie den API-Schlüssel und die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>UsageErrorClassifier</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The server rejected the API key (401 Unauthorized): it is wrong or has been revoked.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (401 Unauthorized): Er ist falsch oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Access was refused (403 Forbidden): usage is only available to organizations on an Allium Subscription or Free Trial plan.</source>
        <translation>Der Zugriff wurde verweigert (403 Forbidden): Die Nutzung ist nur für Organisationen mit einem Allium-Subscription- oder Free-Trial-Plan verfügbar.</translation>
    </message>
    <message>
        <source>Too many requests (429 Too Many Requests); the server asks to wait %1.</source>
        <translation>Zu viele Anfragen (429 Too Many Requests); der Server bittet, %1 zu warten.</translation>
    </message>
    <message>
        <source>Too many requests (429 Too Many Requests).</source>
        <translation>Zu viele Anfragen (429 Too Many Requests).</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1).</source>
        <translation>Der Server konnte nicht antworten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Status (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: nothing is listening there.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt: Dort wartet kein Dienst.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS lookup failed).</source>
        <translation>Der Servername %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 konnte nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation>Der Netzwerk-Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The response was too large (over %1) and was not read; this is not what the usage endpoint sends.</source>
        <translation>Die Antwort war zu groß (über %1) und wurde nicht gelesen; so etwas sendet der Nutzungs-Endpunkt nicht.</translation>
    </message>
    <message>
        <source>The response could not be read as usage data: %1</source>
        <translation>Die Antwort ließ sich nicht als Nutzungsdaten lesen: %1</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times (a redirect loop).</source>
        <translation>Der Server leitete mehr als %1-mal um (eine Umleitungsschleife).</translation>
    </message>
    <message>
        <source>The API key contains line breaks, control characters or non-ASCII characters, which no Allium key has; enter it again.</source>
        <translation>Der API-Schlüssel enthält Zeilenumbrüche, Steuerzeichen oder Nicht-ASCII-Zeichen, die kein Allium-Schlüssel hat; geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The request to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Anfrage an %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The request to %1 timed out: no complete answer within %2.</source>
        <translation>Zeitüberschreitung bei der Anfrage an %1: keine vollständige Antwort innerhalb von %2.</translation>
    </message>
    <message>
        <source>The server sent a compressed answer (%1) although an uncompressed one was asked for; it was not read. A proxy between this computer and the API may be at fault.</source>
        <translation>Der Server hat eine komprimierte Antwort (%1) geschickt, obwohl eine unkomprimierte angefordert war; sie wurde nicht gelesen. Möglicherweise ist ein Proxy zwischen diesem Computer und der API die Ursache.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not %2, the address in the base URL. The redirect was not followed, so the API key was not sent there; if the API has moved, change the base URL.</source>
        <translation>Der Server hat auf %1 weitergeleitet, also nicht auf %2, die Adresse der Basis-URL. Der Weiterleitung wurde nicht gefolgt, der API-Schlüssel wurde also nicht dorthin geschickt; ist die API umgezogen, ändern Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>UsageFormat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage with one decimal; %1 is the number, e.g. &quot;17.1 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <extracomment>%1 unit name, %2 consumed, %3 allocated, %4 percentage, e.g. &quot;Developer units: 341,523 of 2,000,000 (17.1 %)&quot;</extracomment>
        <translation>%1: %2 von %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 used (allocation is 0)</source>
        <translation>%1: %2 verbraucht (Kontingent ist 0)</translation>
    </message>
    <message>
        <source>%1: %2 used (no allocation)</source>
        <translation>%1: %2 verbraucht (kein Kontingent)</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>threshold</comment>
        <extracomment>A threshold percentage; %1 is the number, e.g. &quot;75 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <extracomment>Chart legend: %1 level name, %2 the warning threshold, e.g. &quot;Normal: below 75 %&quot;</extracomment>
        <translation>%1: unter %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <extracomment>Chart legend: %1 level name, %2 and %3 its range, e.g. &quot;Warning: 75 % to 90 %&quot;</extracomment>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>%1: above %2</source>
        <extracomment>Chart legend: %1 level name, %2 is 100 %, e.g. &quot;Over allocation: above 100 %&quot;</extracomment>
        <translation>%1: über %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1: consumption not reported (allocation %2)</source>
        <extracomment>%1 unit name, %2 allocated, e.g. &quot;Developer units: consumption not reported (allocation 2,000,000)&quot;</extracomment>
        <translation>%1: Verbrauch nicht gemeldet (Kontingent %2)</translation>
    </message>
    <message>
        <source>%1: consumption not reported</source>
        <translation>%1: Verbrauch nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion</comment>
        <extracomment>A trillion, shortened: %1 is e.g. &quot;1.23&quot;</extracomment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion</comment>
        <extracomment>A billion (a thousand millions), shortened: %1 is e.g. &quot;4.5&quot;</extracomment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million</comment>
        <extracomment>A million, shortened: %1 is e.g. &quot;1.19&quot;</extracomment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 K</source>
        <comment>thousand</comment>
        <extracomment>A thousand, shortened: %1 is e.g. &quot;342&quot;</extracomment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <extracomment>Usage that is not zero but rounds to 0.0 %; %1 is &quot;0.1&quot;</extracomment>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>&gt; %1 %</source>
        <extracomment>Usage just past the allocation, which would round to 100.0 %; %1 is &quot;100.0&quot;</extracomment>
        <translation>&gt; %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>headline</comment>
        <extracomment>A percentage rounded to a whole number for a headline; %1 is the number, e.g. &quot;82 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>UsageLevel</name>
    <message>
        <source>No allocation</source>
        <translation>Kein Kontingent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Over allocation</source>
        <translation>Über dem Kontingent</translation>
    </message>
</context>
<context>
    <name>UsageParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time, got &quot;%1&quot;</source>
        <translation>erwartet wurde ein Zeitpunkt nach ISO 8601, erhalten „%1“</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time, got %1</source>
        <translation>erwartet wurde ein Zeitpunkt nach ISO 8601, erhalten %1</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time or null, got &quot;%1&quot;</source>
        <translation>erwartet wurde ein Zeitpunkt nach ISO 8601 oder null, erhalten „%1“</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time or null, got %1</source>
        <translation>erwartet wurde ein Zeitpunkt nach ISO 8601 oder null, erhalten %1</translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation>erwartet wurde eine Zeichenkette oder null, erhalten %1</translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation>erwartet wurde ein Objekt oder null, erhalten %1</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation>eine Einheit braucht einen Namen</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>erwartet wurde eine Zahl, erhalten %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>erwartet wurde eine endliche Zahl</translation>
    </message>
    <message>
        <source>expected a non-negative number, got %1</source>
        <translation>erwartet wurde eine nicht negative Zahl, erhalten %1</translation>
    </message>
    <message>
        <source>is before %1</source>
        <translation>liegt vor %1</translation>
    </message>
    <message>
        <source>empty, expected a JSON object</source>
        <translation>leer, erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected an object, got null</source>
        <translation>erwartet ein Objekt, erhalten null</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>erwartet ein Objekt, erhalten %1</translation>
    </message>
    <message>
        <source>expected at most 9007199254740991 (2^53 - 1), the largest amount this app holds exactly, got %1</source>
        <translation>erwartet höchstens 9007199254740991 (2^53 - 1), die größte Menge, die diese App genau darstellt, erhalten %1</translation>
    </message>
    <message>
        <source>appears more than once, so its value is unknown</source>
        <translation>kommt mehr als einmal vor, sein Wert ist also unbekannt</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbrauchsanteil</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>The headline in one line: %1 unit, %2 its figure, %3 the verdict, e.g. &quot;Explorer units 82 % · Projected to run out on 27 Dec, 4 days before the reset&quot;</extracomment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>The API reported no units</source>
        <translation>Die API hat keine Einheiten gemeldet</translation>
    </message>
    <message>
        <source>No unit reported its consumption</source>
        <translation>Keine Einheit hat ihren Verbrauch gemeldet</translation>
    </message>
    <message>
        <source>%1 used</source>
        <extracomment>A unit without an allocation: %1 the amount consumed, e.g. &quot;1,234 used&quot;</extracomment>
        <translation>%1 verbraucht</translation>
    </message>
    <message>
        <source>Trial: no allocation to run out of</source>
        <translation>Testphase: kein Kontingent, das aufgebraucht werden kann</translation>
    </message>
    <message>
        <source>No allocation to run out of</source>
        <translation>Kein Kontingent, das aufgebraucht werden kann</translation>
    </message>
    <message>
        <source>No forecast: the period has ended</source>
        <translation>Keine Prognose: Der Zeitraum ist abgelaufen</translation>
    </message>
    <message>
        <source>No forecast</source>
        <translation>Keine Prognose</translation>
    </message>
    <message>
        <source>Over the allocation by %1; about %2 % at reset at this pace</source>
        <extracomment>%1 the amount over, %2 the projected percentage, e.g. &quot;Over the allocation by 31.75; about 160 % at reset at this pace&quot;</extracomment>
        <translation>Kontingent um %1 überschritten; bei diesem Tempo etwa %2 % beim Zurücksetzen</translation>
    </message>
    <message>
        <source>Over the allocation by %1</source>
        <translation>Kontingent um %1 überschritten</translation>
    </message>
    <message>
        <source>%1, within the allocation but past the critical threshold (%2)</source>
        <extracomment>%1 e.g. &quot;On pace: about 95 % at reset&quot;, %2 the threshold, e.g. &quot;90 %&quot;</extracomment>
        <translation>%1, innerhalb des Kontingents, aber über der kritischen Schwelle (%2)</translation>
    </message>
    <message>
        <source>%1, within the allocation but past the warning threshold (%2)</source>
        <extracomment>%1 e.g. &quot;On pace: about 80 % at reset&quot;, %2 the threshold, e.g. &quot;75 %&quot;</extracomment>
        <translation>%1, innerhalb des Kontingents, aber über der Warnschwelle (%2)</translation>
    </message>
</context>
<context>
    <name>VerdictHeader</name>
    <message>
        <source>Working out the forecast…</source>
        <translation>Prognose wird berechnet …</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Welcome to Allium Usage</source>
        <translation>Willkommen bei Allium-Nutzung</translation>
    </message>
    <message>
        <source>See your organization&apos;s Allium API usage at a glance: what is used, what is left and when the allocation resets.</source>
        <translation>Die Allium-API-Nutzung Ihrer Organisation auf einen Blick: was verbraucht ist, was übrig ist und wann das Kontingent zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>To begin, paste an API key of your organization. Create one in the Allium app under &lt;b&gt;Settings &gt; API Keys&lt;/b&gt;. The key is kept in %1, never in a file.</source>
        <translation>Fügen Sie zu Beginn einen API-Schlüssel Ihrer Organisation ein. Einen Schlüssel erstellen Sie in der Allium-App unter &lt;b&gt;Settings &gt; API Keys&lt;/b&gt;. Er wird im %1 aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Use this key for this session only (kept in memory, gone when the app quits)</source>
        <translation>Diesen Schlüssel nur für diese Sitzung verwenden (im Arbeitsspeicher, weg, sobald die App beendet wird)</translation>
    </message>
    <message>
        <source>No key at hand?</source>
        <translation>Kein Schlüssel zur Hand?</translation>
    </message>
    <message>
        <source>Try demo data</source>
        <translation>Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be saved: %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Schlüssel wird gespeichert …</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
</TS>
