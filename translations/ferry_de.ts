<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeCapture</name>
    <message>
        <source>Name the tables to keep in step (--tables T1,T2).</source>
        <translation>Nennen Sie die synchron zu haltenden Tabellen (--tables T1,T2).</translation>
    </message>
    <message>
        <source>%1 is Ferry's own table.</source>
        <translation>%1 ist Ferrys eigene Tabelle.</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>'%1' is not a database URL. Use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>'%1' ist keine Datenbank-URL. Verwenden Sie sqlite:///PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Ferry never stores passwords: leave it out and put it in ~/.pgpass (or PGPASSWORD) for the user running Ferry.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Ferry speichert nie Passwörter: Lassen Sie es weg und hinterlegen Sie es in ~/.pgpass (oder PGPASSWORD) des Benutzers, unter dem Ferry läuft.</translation>
    </message>
    <message>
        <source>An SQLite URL names an absolute path: sqlite:///var/www/site.db.</source>
        <translation>Eine SQLite-URL nennt einen absoluten Pfad: sqlite:///var/www/site.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names a host and a database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Eine PostgreSQL-URL nennt einen Host und eine Datenbank: postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Ferry speaks to SQLite and PostgreSQL databases, not '%1'.</source>
        <translation>Ferry arbeitet mit SQLite- und PostgreSQL-Datenbanken, nicht mit '%1'.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>This installation lacks Qt's %1 driver (Debian package %2).</source>
        <translation>Dieser Installation fehlt Qts %1-Treiber (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 (%2).</source>
        <translation>Keine Verbindung zur Datenbank %1 (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a table or column name Ferry can use: letters, digits and underscores, not starting with a digit.</source>
        <translation>'%1' ist kein Tabellen- oder Spaltenname, den Ferry verwenden kann: Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer beginnend.</translation>
    </message>
</context>
<context>
    <name>ContentHasher</name>
    <message>
        <source>Could not read the file (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Usage: ferryctl [--home DIR] COMMAND [ARGUMENTS]

Keeps web sites in step across servers, from a shell.

Global options:
  --home DIR     the Ferry home to use (default: $FERRY_HOME, else %1)
  -h, --help     show this help, or a command's help after the command
  -v, --version  show the version

Commands:
</source>
        <translation>Aufruf: ferryctl [--home VERZ] BEFEHL [ARGUMENTE]

Hält Websites über Server hinweg synchron, von der Shell aus.

Globale Optionen:
  --home VERZ    das zu verwendende Ferry-Home (Standard: $FERRY_HOME, sonst %1)
  -h, --help     diese Hilfe zeigen, oder nach einem Befehl dessen Hilfe
  -v, --version  die Version zeigen

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when the command failed, 2 when the command line was wrong.
</source>
        <translation>
Exit-Status: 0 bei Erfolg, 1 wenn der Befehl fehlschlug, 2 wenn die Befehlszeile falsch war.
</translation>
    </message>
    <message>
        <source>--home needs a folder.</source>
        <translation>--home braucht einen Ordner.</translation>
    </message>
    <message>
        <source>unknown option '%1'. See 'ferryctl --help'.</source>
        <translation>unbekannte Option '%1'. Siehe 'ferryctl --help'.</translation>
    </message>
    <message>
        <source>unknown command '%1'. See 'ferryctl --help'.</source>
        <translation>unbekannter Befehl '%1'. Siehe 'ferryctl --help'.</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Cannot create the demo folder for %1.</source>
        <translation>Der Demo-Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1 (%2).</source>
        <translation>Die Demo-Datei %1 kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>Master site wins</source>
        <translation>Master-Website gewinnt</translation>
    </message>
    <message>
        <source>Newer change wins</source>
        <translation>Neuere Änderung gewinnt</translation>
    </message>
    <message>
        <source>Local wins</source>
        <translation>Lokal gewinnt</translation>
    </message>
    <message>
        <source>Remote wins</source>
        <translation>Entfernt gewinnt</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Mich fragen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Holen</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Resolved by policy</source>
        <translation>Durch Regel gelöst</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Both kept</source>
        <translation>Beide behalten</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>GlobMatcher</name>
    <message>
        <source>An empty pattern matches nothing; leave it out.</source>
        <translation>Ein leeres Muster passt auf nichts; lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The pattern '%1' has a '[' without its ']'.</source>
        <translation>Das Muster '%1' hat ein '[' ohne sein ']'.</translation>
    </message>
    <message>
        <source>The pattern '%1' is not valid (%2).</source>
        <translation>Das Muster '%1' ist ungültig (%2).</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>No home folder was given.</source>
        <translation>Es wurde kein Home-Ordner angegeben.</translation>
    </message>
    <message>
        <source>The Ferry home %1 is a file, not a folder.</source>
        <translation>Das Ferry-Home %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the Ferry home %1: check that its parent folder exists and is writable.</source>
        <translation>Das Ferry-Home %1 kann nicht angelegt werden: Prüfen Sie, ob sein übergeordneter Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The Ferry home %1 is not writable by this user.</source>
        <translation>Das Ferry-Home %1 ist für diesen Benutzer nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>ScanReportOutput</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 in %2 s: %3 files (%4).</source>
        <translation>%1 in %2 s durchsucht: %3 Dateien (%4).</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 changed, %3 deleted; %4 hashed (%5). Rows changed: %6.</source>
        <translation>Dateien: %1 hinzugefügt, %2 geändert, %3 gelöscht; %4 gehasht (%5). Geänderte Zeilen: %6.</translation>
    </message>
    <message>
        <source>could not read (kept in the index as they were):</source>
        <translation>nicht lesbar (im Index unverändert behalten):</translation>
    </message>
    <message>
        <source>links that point outside the files folder (not followed):</source>
        <translation>Verknüpfungen, die aus dem Dateiordner hinausweisen (nicht verfolgt):</translation>
    </message>
    <message>
        <source>changed while being read (scan again):</source>
        <translation>während des Lesens geändert (erneut durchsuchen):</translation>
    </message>
    <message>
        <source>skipped (special files, or names that are not UTF-8):</source>
        <translation>übersprungen (Spezialdateien oder Namen, die kein UTF-8 sind):</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>the site's files folder</source>
        <translation>der Dateiordner der Website</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>the site's stage</source>
        <translation>die Stufe der Website</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>site add needs --files DIR, the site's files folder.</source>
        <translation>site add braucht --files VERZ, den Dateiordner der Website.</translation>
    </message>
    <message>
        <source>--stage needs a whole number, not '%1'.</source>
        <translation>--stage braucht eine ganze Zahl, nicht '%1'.</translation>
    </message>
    <message>
        <source>Added site %1 (stage %2) with files at %3.</source>
        <translation>Website %1 (Stufe %2) mit Dateien in %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>UUID: %1</source>
        <translation>UUID: %1</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>No sites yet. Add one with: ferryctl site add NAME --files DIR</source>
        <translation>Noch keine Websites. Fügen Sie eine hinzu mit: ferryctl site add NAME --files VERZ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>register this server's sites and index them (add, list, remove, scan)</source>
        <translation>die Websites dieses Servers registrieren und indizieren (add, list, remove, scan)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] site add NAME --files DIR [--db URL --tables T1,T2] [--stage N]
  ferryctl [--home DIR] site list [--json]
  ferryctl [--home DIR] site remove NAME
  ferryctl [--home DIR] site scan NAME [--json]

A site is a content repository on this server: a name, a files folder, optionally a content
database, and a stage (0 = author/staging; higher stages are published later). Its UUID is
made once, here.

--db takes sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE, never a password: PostgreSQL
passwords come from ~/.pgpass or PGPASSWORD. Adding a site installs change capture (triggers
and a _ferry_changes table) in its database; removing the site takes them out again. Every
synced table needs a primary key.

scan re-reads what changed in the files folder and takes in the captured row changes.
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] site add NAME --files VERZ [--db URL --tables T1,T2] [--stage N]
  ferryctl [--home VERZ] site list [--json]
  ferryctl [--home VERZ] site remove NAME
  ferryctl [--home VERZ] site scan NAME [--json]

Eine Website ist ein Inhaltsbestand auf diesem Server: ein Name, ein Dateiordner, optional eine
Inhaltsdatenbank, und eine Stufe (0 = Autor/Staging; höhere Stufen werden später veröffentlicht).
Ihre UUID wird einmal erzeugt, hier.

--db nimmt sqlite:///PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK, nie ein Passwort:
PostgreSQL-Passwörter kommen aus ~/.pgpass oder PGPASSWORD. Beim Hinzufügen wird in der Datenbank
die Änderungserfassung (Trigger und eine Tabelle _ferry_changes) eingerichtet; beim Entfernen der
Website wird sie wieder herausgenommen. Jede synchronisierte Tabelle braucht einen Primärschlüssel.

scan liest neu, was sich im Dateiordner geändert hat, und übernimmt die erfassten Zeilenänderungen.
</translation>
    </message>
    <message>
        <source>unknown site action '%1'. Use add, list, remove or scan.</source>
        <translation>unbekannte Website-Aktion '%1'. Verwenden Sie add, list, remove oder scan.</translation>
    </message>
    <message>
        <source>site %1 takes no arguments.</source>
        <translation>site %1 nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>site %1 needs a NAME.</source>
        <translation>site %1 braucht einen NAMEN.</translation>
    </message>
    <message>
        <source>site %1 takes one NAME; got %2.</source>
        <translation>site %1 nimmt einen NAMEN; erhalten: %2.</translation>
    </message>
    <message>
        <source>the site's content database</source>
        <translation>die Inhaltsdatenbank der Website</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the tables to keep in step</source>
        <translation>die synchron zu haltenden Tabellen</translation>
    </message>
    <message>
        <source>T1,T2</source>
        <translation>T1,T2</translation>
    </message>
    <message>
        <source>--db and --tables go together: the database, and which of its tables to keep in step.</source>
        <translation>--db und --tables gehören zusammen: die Datenbank, und welche ihrer Tabellen synchron zu halten sind.</translation>
    </message>
    <message>
        <source>Capturing changes to %1 in %2.</source>
        <translation>Änderungen an %1 in %2 werden erfasst.</translation>
    </message>
    <message>
        <source>Removed site %1. Its files were not touched.</source>
        <translation>Website %1 entfernt. Ihre Dateien wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>Change capture was taken out of %1; its tables and rows were not touched.</source>
        <translation>Die Änderungserfassung wurde aus %1 entfernt; Tabellen und Zeilen wurden nicht angetastet.</translation>
    </message>
</context>
<context>
    <name>SiteIndex</name>
    <message>
        <source>Cannot create the folder for the site index %1.</source>
        <translation>Der Ordner für den Website-Index %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the site index %1 (%2).</source>
        <translation>Der Website-Index %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Cannot use the site index %1 (%2).</source>
        <translation>Der Website-Index %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>The site index %1 belongs to another site (%2).</source>
        <translation>Der Website-Index %1 gehört zu einer anderen Website (%2).</translation>
    </message>
    <message>
        <source>The site index was written by a newer version of Ferry (format %1). Upgrade Ferry.</source>
        <translation>Der Website-Index wurde von einer neueren Ferry-Version geschrieben (Format %1). Aktualisieren Sie Ferry.</translation>
    </message>
    <message>
        <source>The index has no file %1.</source>
        <translation>Der Index enthält keine Datei %1.</translation>
    </message>
    <message>
        <source>The site index is not an SQLite database.</source>
        <translation>Der Website-Index ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot read the site index (%1).</source>
        <translation>Der Website-Index kann nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>SiteRegistry</name>
    <message>
        <source>A site needs a name.</source>
        <translation>Eine Website braucht einen Namen.</translation>
    </message>
    <message>
        <source>'%1' is not a valid site name: use up to %2 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>'%1' ist kein gültiger Website-Name: Verwenden Sie bis zu %2 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>'%1' looks like a UUID; peers would mistake it for another site's identifier. Choose a name.</source>
        <translation>'%1' sieht wie eine UUID aus; Gegenstellen würden sie für die Kennung einer anderen Website halten. Wählen Sie einen Namen.</translation>
    </message>
    <message>
        <source>A site needs a files folder.</source>
        <translation>Eine Website braucht einen Dateiordner.</translation>
    </message>
    <message>
        <source>The files folder %1 does not exist.</source>
        <translation>Der Dateiordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The files folder %1 cannot be read by this user.</source>
        <translation>Der Dateiordner %1 ist für diesen Benutzer nicht lesbar.</translation>
    </message>
    <message>
        <source>The stage must be a number from 0 (author) to %1.</source>
        <translation>Die Stufe muss eine Zahl von 0 (Autor) bis %1 sein.</translation>
    </message>
    <message>
        <source>A site named '%1' already exists (files at %2).</source>
        <translation>Eine Website namens '%1' existiert bereits (Dateien in %2).</translation>
    </message>
    <message>
        <source>The folder %1 already belongs to site '%2': a folder can be the files of one site only.</source>
        <translation>Der Ordner %1 gehört bereits zur Website '%2': Ein Ordner kann nur die Dateien einer einzigen Website enthalten.</translation>
    </message>
    <message>
        <source>The database %1 already belongs to site '%2': a database can be the content of one site only.</source>
        <translation>Die Datenbank %1 gehört bereits zur Website '%2': Eine Datenbank kann nur die Inhalte einer einzigen Website enthalten.</translation>
    </message>
    <message>
        <source>The database %1 already has Ferry's change capture, perhaps for a site of another installation: a database can be the content of one site only.</source>
        <translation>Die Datenbank %1 hat bereits Ferrys Änderungserfassung, vielleicht für eine Website einer anderen Installation: Eine Datenbank kann nur die Inhalte einer einzigen Website enthalten.</translation>
    </message>
    <message>
        <source>Tables belong to a content database: give its URL as well (--db URL).</source>
        <translation>Tabellen gehören zu einer Inhaltsdatenbank: Geben Sie auch deren URL an (--db URL).</translation>
    </message>
    <message>
        <source>There is no site named '%1'. See 'ferryctl site list'.</source>
        <translation>Es gibt keine Website namens '%1'. Siehe 'ferryctl site list'.</translation>
    </message>
    <message>
        <source>Site '%1' is used by relationship '%2'. Remove the relationship first.</source>
        <translation>Die Website '%1' wird von der Beziehung '%2' verwendet. Entfernen Sie zuerst die Beziehung.</translation>
    </message>
    <message>
        <source>Cannot take change capture out of the database of '%1', so the site stays registered: %2</source>
        <translation>Die Änderungserfassung kann nicht aus der Datenbank von '%1' entfernt werden, daher bleibt die Website registriert: %2</translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message>
        <source>The files folder %1 of site %2 is missing. Ferry does not scan a missing folder: if it is a mount, mount it again; an absent mount must never look like every file was deleted.</source>
        <translation>Der Dateiordner %1 der Website %2 fehlt. Ferry durchsucht keinen fehlenden Ordner: Ist er ein Einhängepunkt, hängen Sie ihn wieder ein; ein fehlender Einhängepunkt darf nie so aussehen, als wären alle Dateien gelöscht.</translation>
    </message>
    <message>
        <source>The files folder %1 of site %2 is empty. Ferry does not scan an empty folder: an absent mount must never look like every file was deleted.</source>
        <translation>Der Dateiordner %1 der Website %2 ist leer. Ferry durchsucht keinen leeren Ordner: Ein fehlender Einhängepunkt darf nie so aussehen, als wären alle Dateien gelöscht.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled; its index is as it was.</source>
        <translation>Die Durchsuchung von %1 wurde abgebrochen; ihr Index ist unverändert.</translation>
    </message>
    <message>
        <source>The files of %1 were indexed, but its row changes could not be taken in: %2</source>
        <translation>Die Dateien von %1 wurden indiziert, aber ihre Zeilenänderungen konnten nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Conflict %1 does not exist or is not waiting for review.</source>
        <translation>Konflikt %1 existiert nicht oder wartet nicht auf eine Prüfung.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it (%2). Nothing was changed.</source>
        <translation>Vor dem Aktualisieren von %1 konnte keine Kopie angelegt werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No profile with id %1.</source>
        <translation>Kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>No relationship with id %1.</source>
        <translation>Keine Beziehung mit der ID %1.</translation>
    </message>
    <message>
        <source>No run with id %1.</source>
        <translation>Kein Lauf mit der ID %1.</translation>
    </message>
    <message>
        <source>No schedule with id %1.</source>
        <translation>Kein Zeitplan mit der ID %1.</translation>
    </message>
    <message>
        <source>No site with id %1.</source>
        <translation>Keine Website mit der ID %1.</translation>
    </message>
    <message>
        <source>The state database is busy: another Ferry process kept it locked for too long. Try again.</source>
        <translation>Die Zustandsdatenbank ist belegt: Ein anderer Ferry-Prozess hat sie zu lange gesperrt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The state database could not be read or written (%1).</source>
        <translation>Die Zustandsdatenbank konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ferry has not changed it: restore it from a backup, or move it away to start with an empty home.</source>
        <translation>%1 ist beschädigt (%2). Ferry hat die Datei nicht verändert: Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie, um mit einem leeren Home zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes of %2</source>
        <translation>die Datei ist abgeschnitten: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not Ferry's state. Ferry has not changed it: choose another home folder.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber nicht der Zustand von Ferry. Ferry hat sie nicht verändert: Wählen Sie einen anderen Home-Ordner.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ferry (state format %2; this version reads up to %3). Ferry has not changed it: upgrade Ferry to use this home.</source>
        <translation>%1 wurde von einer neueren Ferry-Version geschrieben (Zustandsformat %2; diese Version liest bis %3). Ferry hat die Datei nicht verändert: Aktualisieren Sie Ferry, um dieses Home zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Cannot use %1: its folder does not support the write-ahead log SQLite needs for safe sharing between processes (a network file system?).</source>
        <translation>%1 kann nicht verwendet werden: Sein Ordner unterstützt das Write-Ahead-Log nicht, das SQLite für die sichere gemeinsame Nutzung durch mehrere Prozesse braucht (ein Netzwerkdateisystem?).</translation>
    </message>
</context>
<context>
    <name>ferry::PostgresChangeCapture</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>Die Datenbank hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Table %1 has no primary key. Ferry recognises a row on every server by its key: add a PRIMARY KEY to %1.</source>
        <translation>Die Tabelle %1 hat keinen Primärschlüssel. Ferry erkennt eine Zeile auf jedem Server an ihrem Schlüssel: Fügen Sie %1 einen PRIMARY KEY hinzu.</translation>
    </message>
</context>
<context>
    <name>ferry::SqliteChangeCapture</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>Die Datenbank hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Table %1 has no primary key. Ferry recognises a row on every server by its key (SQLite's hidden rowid differs from one database to the next): add a PRIMARY KEY to %1.</source>
        <translation>Die Tabelle %1 hat keinen Primärschlüssel. Ferry erkennt eine Zeile auf jedem Server an ihrem Schlüssel (SQLites verborgene rowid unterscheidet sich von Datenbank zu Datenbank): Fügen Sie %1 einen PRIMARY KEY hinzu.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The sync log: what every run sent, received and deleted, and what went wrong.</source>
        <translation>Das Synchronisationsprotokoll: was jeder Lauf gesendet, empfangen und gelöscht hat, und was schiefging.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (Gegenstelle)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>Every run writes here what it did to each folder and table — files and rows sent, received and deleted — and every error, with the side it happened on.</source>
        <translation>Jeder Lauf schreibt hier, was er mit jedem Ordner und jeder Tabelle getan hat – gesendete, empfangene und gelöschte Dateien und Zeilen – und jeden Fehler, mit der Seite, auf der er auftrat.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation>Die neuesten %1 von %2 Einträgen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AddSiteDialog</name>
    <message>
        <source>Add Site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>e.g. www-staging</source>
        <translation>z. B. www-staging</translation>
    </message>
    <message>
        <source>the folder that holds the site's files</source>
        <translation>der Ordner mit den Dateien der Website</translation>
    </message>
    <message>
        <source>0 for the author (staging) site; production sites come later in the publishing order.</source>
        <translation>0 für die Autoren-Website (Staging); Produktions-Websites folgen später in der Veröffentlichungsreihenfolge.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>A site is a web site on this server. Ferry gives it a permanent identifier that its peers will know it by.</source>
        <translation>Eine Website ist eine Web-Präsenz auf diesem Server. Ferry gibt ihr eine dauerhafte Kennung, unter der ihre Gegenstellen sie kennen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Files folder:</source>
        <translation>&amp;Dateiordner:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Choose the Site's Files Folder</source>
        <translation>Dateiordner der Website wählen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Servers trust each other through certificates issued by this installation's certificate authority.</source>
        <translation>Server vertrauen einander über Zertifikate, die von der Zertifizierungsstelle dieser Installation ausgestellt werden.</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>Noch keine Zertifikate</translation>
    </message>
    <message>
        <source>This home has no certificate authority and trusts no other server yet. A certificate authority issues the certificates that let this installation and its production servers recognise each other.</source>
        <translation>Dieses Home hat keine Zertifizierungsstelle und vertraut noch keinem anderen Server. Eine Zertifizierungsstelle stellt die Zertifikate aus, mit denen sich diese Installation und ihre Produktionsserver gegenseitig erkennen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Items that changed on both sides between two runs, how each was settled, and those waiting for your decision.</source>
        <translation>Einträge, die zwischen zwei Läufen auf beiden Seiten geändert wurden, wie jeder gelöst wurde, und welche auf Ihre Entscheidung warten.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <source>When the same file or row changes on both sides between two runs, Ferry records it here with both versions, whatever the policy settled. Nothing needs your decision.</source>
        <translation>Ändert sich dieselbe Datei oder Zeile zwischen zwei Läufen auf beiden Seiten, hält Ferry das hier mit beiden Versionen fest, wie auch immer die Regel entschied. Nichts wartet auf Ihre Entscheidung.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Whether every site is in step, what ran last and what needs your attention.</source>
        <translation>Ob jede Website synchron ist, was zuletzt lief und was Ihre Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No runs yet. Runs appear here as soon as a profile has run, by hand or on its schedule.</source>
        <translation>Noch keine Läufe. Läufe erscheinen hier, sobald ein Profil gelaufen ist, von Hand oder nach Zeitplan.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Welcome to Ferry</source>
        <translation>Willkommen bei Ferry</translation>
    </message>
    <message>
        <source>Ferry keeps a staging site and its production sites in step — their files and their content — across servers. Start by registering the sites on this server.</source>
        <translation>Ferry hält eine Staging-Website und ihre Produktions-Websites synchron – ihre Dateien und ihre Inhalte – über Server hinweg. Registrieren Sie zuerst die Websites auf diesem Server.</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Website hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n at the author stage</source>
        <translation>
            <numerusform>%n auf der Autorenstufe</numerusform>
            <numerusform>%n auf der Autorenstufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No site is paired yet</source>
        <translation>Noch keine Website gekoppelt</translation>
    </message>
    <message numerus="yes">
        <source>%n in step after the initial copy</source>
        <translation>
            <numerusform>%n nach der Erstkopie synchron</numerusform>
            <numerusform>%n nach der Erstkopie synchron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled, of %n</source>
        <translation>
            <numerusform>aktiviert, von %n</numerusform>
            <numerusform>aktiviert, von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>No profile has run yet</source>
        <translation>Noch kein Profil ist gelaufen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>Home: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>Website &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Ferry cannot read this home: %1</source>
        <translation>Ferry kann dieses Home nicht lesen: %1</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Keeps web sites in step across servers: a staging site and its production sites, their files and their content, as one consistent unit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Hält Websites über Server hinweg synchron: eine Staging-Website und ihre Produktions-Websites, ihre Dateien und ihre Inhalte, als eine stimmige Einheit.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Home: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilesView</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>What each relationship keeps in step — folders and tables — in which direction, and how conflicts are settled.</source>
        <translation>Was jede Beziehung synchron hält – Ordner und Tabellen –, in welche Richtung, und wie Konflikte gelöst werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Propagated</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>A profile belongs to a relationship and says what to sync: folders with include and exclude patterns, database tables, the direction, and what to do when both sides changed the same item.</source>
        <translation>Ein Profil gehört zu einer Beziehung und legt fest, was synchronisiert wird: Ordner mit Ein- und Ausschlussmustern, Datenbanktabellen, die Richtung, und was geschieht, wenn beide Seiten denselben Eintrag geändert haben.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipsView</name>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Pairs of sites kept in step: a site on this server and its counterpart on another server running the Ferry agent.</source>
        <translation>Synchron gehaltene Website-Paare: eine Website auf diesem Server und ihr Gegenstück auf einem anderen Server, auf dem der Ferry-Agent läuft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Local site</source>
        <translation>Lokale Website</translation>
    </message>
    <message>
        <source>Remote site</source>
        <translation>Entfernte Website</translation>
    </message>
    <message>
        <source>Accepts pushes</source>
        <translation>Nimmt Sendungen an</translation>
    </message>
    <message>
        <source>Initial copy</source>
        <translation>Erstkopie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Angeheftetes Zertifikat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>No relationships yet</source>
        <translation>Noch keine Beziehungen</translation>
    </message>
    <message>
        <source>A relationship pairs a site on this server with a site on another server, such as staging with production. The other server runs the Ferry agent, and the two trust each other through certificates.</source>
        <translation>Eine Beziehung koppelt eine Website auf diesem Server mit einer Website auf einem anderen Server, etwa Staging mit Produktion. Auf dem anderen Server läuft der Ferry-Agent, und beide vertrauen einander über Zertifikate.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SchedulesView</name>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>When profiles run on their own. The agent runs them even while this window is closed.</source>
        <translation>Wann Profile von selbst laufen. Der Agent führt sie aus, auch wenn dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>Noch keine Zeitpläne</translation>
    </message>
    <message>
        <source>A schedule runs a profile every few minutes or hours, daily at a set time, or on chosen weekdays. A run is never queued twice for the same profile.</source>
        <translation>Ein Zeitplan führt ein Profil alle paar Minuten oder Stunden aus, täglich zu einer festen Zeit oder an gewählten Wochentagen. Ein Lauf wird für dasselbe Profil nie zweimal eingereiht.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SitesView</name>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>The web sites on this server that Ferry keeps in step: their files and, later, their content database.</source>
        <translation>Die Websites auf diesem Server, die Ferry synchron hält: ihre Dateien und, später, ihre Inhaltsdatenbank.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>0 · author</source>
        <translation>0 · Autor</translation>
    </message>
    <message>
        <source>Files folder</source>
        <translation>Dateiordner</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Website hinzufügen…</translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation>Noch keine Websites</translation>
    </message>
    <message>
        <source>Register the web sites on this server that Ferry should keep in step: a name and the folder that holds the site's files. From a shell: ferryctl site add NAME --files DIR</source>
        <translation>Registrieren Sie die Websites auf diesem Server, die Ferry synchron halten soll: einen Namen und den Ordner mit den Dateien der Website. Von der Shell aus: ferryctl site add NAME --files VERZ</translation>
    </message>
</context>
</TS>
