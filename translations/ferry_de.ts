<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionParser</name>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>%1 needs a NAME.</source>
        <translation>%1 braucht einen NAMEN.</translation>
    </message>
    <message>
        <source>%1 takes one NAME; got %2.</source>
        <translation>%1 nimmt einen NAMEN; erhalten: %2.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>unknown %1 action '%2'. Use %3.</source>
        <translation>unbekannte %1-Aktion '%2'. Verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>talk to an agent: hello shows its version, protocol, time and sites</source>
        <translation>mit einem Agenten sprechen: hello zeigt seine Version, sein Protokoll, seine Uhrzeit und seine Sites</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] agent hello https://HOST:PORT [--cert FILE --key FILE] [--ca FILE]
                        [--pin FINGERPRINT] [--no-proxy] [--json]

Connects with this home's node certificate and trusted CAs unless --cert, --key and --ca name others;
--pin requires the agent's certificate to have exactly this SHA-256 fingerprint.
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] agent hello https://HOST:PORT [--cert DATEI --key DATEI] [--ca DATEI]
                        [--pin FINGERABDRUCK] [--no-proxy] [--json]

Verbindet sich mit dem Knotenzertifikat und den vertrauenswürdigen Zertifizierungsstellen dieses Homes, sofern --cert, --key und --ca keine anderen nennen;
--pin verlangt, dass das Zertifikat des Agenten genau diesen SHA-256-Fingerabdruck hat.
</translation>
    </message>
    <message>
        <source>unknown agent action '%1'. Use hello.</source>
        <translation>unbekannte Agent-Aktion '%1'. Verwenden Sie hello.</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>our certificate</source>
        <translation>unser Zertifikat</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>its private key</source>
        <translation>sein privater Schlüssel</translation>
    </message>
    <message>
        <source>the CA the agent's certificate must chain to</source>
        <translation>die Zertifizierungsstelle, auf die das Zertifikat des Agenten zurückgehen muss</translation>
    </message>
    <message>
        <source>the agent's certificate fingerprint</source>
        <translation>der Fingerabdruck des Agentenzertifikats</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>connect directly, bypassing any proxy</source>
        <translation>direkt verbinden, ohne Proxy</translation>
    </message>
    <message>
        <source>print the hello as JSON</source>
        <translation>die Begrüßung als JSON ausgeben</translation>
    </message>
    <message>
        <source>agent hello needs the agent's address as https://HOST:PORT.</source>
        <translation>agent hello braucht die Adresse des Agenten als https://HOST:PORT.</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>--pin braucht einen SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Agent at %1: ferryd %2, protocol %3 to %4.</source>
        <translation>Agent unter %1: ferryd %2, Protokoll %3 bis %4.</translation>
    </message>
    <message>
        <source>Its clock: %1 (%2 s from ours).</source>
        <translation>Seine Uhr: %1 (%2 s Abstand zu unserer).</translation>
    </message>
    <message numerus="yes">
        <source>Sites: %n</source>
        <translation>
            <numerusform>Sites: %n</numerusform>
            <numerusform>Sites: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>AgentCredentialLoader</name>
    <message>
        <source>This home has no node certificate (%1). Apply a bundle with 'ferryctl cert import NODE.p12', or give --cert FILE --key FILE.</source>
        <translation>Dieses Home hat kein Knotenzertifikat (%1). Übernehmen Sie ein Paket mit 'ferryctl cert import NODE.p12' oder geben Sie --cert DATEI --key DATEI an.</translation>
    </message>
    <message>
        <source>Cannot read the agent's certificate %1: %2.</source>
        <translation>Das Zertifikat des Agenten %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The agent's certificate %1 expired on %2; issue a new one with 'ferryctl cert issue'.</source>
        <translation>Das Zertifikat des Agenten %1 ist am %2 abgelaufen; stellen Sie mit 'ferryctl cert issue' ein neues aus.</translation>
    </message>
    <message>
        <source>The agent's certificate %1 is not valid before %2; check this server's clock.</source>
        <translation>Das Zertifikat des Agenten %1 ist erst ab %2 gültig; prüfen Sie die Uhr dieses Servers.</translation>
    </message>
    <message>
        <source>The agent's key</source>
        <translation>Der Schlüssel des Agenten</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>Der Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>Qt's TLS cannot use the certificate %1 or its key.</source>
        <translation>Qts TLS kann das Zertifikat %1 oder seinen Schlüssel nicht verwenden.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The agent trusts no certificate authority, so no peer could connect. Create one with 'ferryctl cert ca', import one with 'ferryctl cert import ca.crt', or give --ca FILE.</source>
        <translation>Der Agent vertraut keiner Zertifizierungsstelle, also könnte sich kein Partner verbinden. Erstellen Sie eine mit 'ferryctl cert ca', importieren Sie eine mit 'ferryctl cert import ca.crt' oder geben Sie --ca DATEI an.</translation>
    </message>
    <message>
        <source>The certificate authority %1 expired on %2.</source>
        <translation>Die Zertifizierungsstelle %1 ist am %2 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>AgentEndpoints</name>
    <message>
        <source>There is nothing here; the agent's paths start with /v1/ (try /v1/hello).</source>
        <translation>Hier ist nichts; die Pfade des Agenten beginnen mit /v1/ (versuchen Sie /v1/hello).</translation>
    </message>
    <message>
        <source>/v1/hello only answers GET.</source>
        <translation>/v1/hello beantwortet nur GET.</translation>
    </message>
    <message>
        <source>This agent has no endpoint %1.</source>
        <translation>Dieser Agent hat keinen Endpunkt %1.</translation>
    </message>
    <message>
        <source>The change feed only answers GET.</source>
        <translation>Der Änderungsverlauf beantwortet nur GET.</translation>
    </message>
    <message>
        <source>The chunk question only answers POST.</source>
        <translation>Die Blockabfrage beantwortet nur POST.</translation>
    </message>
    <message>
        <source>A chunk answers GET and PUT only.</source>
        <translation>Ein Block beantwortet nur GET und PUT.</translation>
    </message>
    <message>
        <source>Checkpoints answer GET and PUT only.</source>
        <translation>Checkpoints beantworten nur GET und PUT.</translation>
    </message>
    <message>
        <source>'%1' is not a site UUID.</source>
        <translation>'%1' ist keine Site-UUID.</translation>
    </message>
    <message>
        <source>The checkpoints are for peer %1, but the path names %2.</source>
        <translation>Die Checkpoints gelten für den Partner %1, der Pfad nennt aber %2.</translation>
    </message>
    <message>
        <source>'after' must be a change number of 0 or more.</source>
        <translation>'after' muss eine Änderungsnummer von 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>'limit' must be between 1 and %1.</source>
        <translation>'limit' muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>This agent compresses chunks with zstd only (encoding=zstd), not '%1'.</source>
        <translation>Dieser Agent komprimiert Blöcke nur mit zstd (encoding=zstd), nicht mit '%1'.</translation>
    </message>
    <message>
        <source>Site %1 has no chunk %2.</source>
        <translation>Die Site %1 hat keinen Block %2.</translation>
    </message>
    <message>
        <source>A chunk is at most %1 bytes; this one has %2.</source>
        <translation>Ein Block hat höchstens %1 Bytes; dieser hat %2.</translation>
    </message>
    <message>
        <source>This agent serves no site '%1'; GET /v1/hello lists the sites it serves.</source>
        <translation>Dieser Agent stellt keine Site '%1' bereit; GET /v1/hello listet die Sites, die er bereitstellt.</translation>
    </message>
    <message>
        <source>The peer with certificate %1 may not push to site %2. On this server: ferryctl peer allow %1 --site %2 --push</source>
        <translation>Der Partner mit dem Zertifikat %1 darf nicht an die Site %2 senden. Auf diesem Server: ferryctl peer allow %1 --site %2 --push</translation>
    </message>
    <message>
        <source>The peer with certificate %1 may not use site %2: it is pinned to other peers. On this server: ferryctl peer allow %1 --site %2</source>
        <translation>Der Partner mit dem Zertifikat %1 darf die Site %2 nicht verwenden: Sie ist an andere Partner gebunden. Auf diesem Server: ferryctl peer allow %1 --site %2</translation>
    </message>
    <message>
        <source>%1 only answers POST.</source>
        <translation>%1 beantwortet nur POST.</translation>
    </message>
    <message>
        <source>Site %1 does not keep table %2 in step.</source>
        <translation>Die Site %1 hält die Tabelle %2 nicht synchron.</translation>
    </message>
    <message>
        <source>Site %1 has no content database.</source>
        <translation>Die Site %1 hat keine Inhaltsdatenbank.</translation>
    </message>
    <message>
        <source>A chunk batch only answers POST.</source>
        <translation>Ein Blockstapel beantwortet nur POST.</translation>
    </message>
    <message>
        <source>This agent's paths start with /v1/; there is no %1 here.</source>
        <translation>Die Pfade dieses Agenten beginnen mit /v1/; %1 gibt es hier nicht.</translation>
    </message>
</context>
<context>
    <name>ApplyBatchCodec</name>
    <message>
        <source>The apply batch</source>
        <translation>Der Übernahmestapel</translation>
    </message>
    <message>
        <source>The apply batch has no items.</source>
        <translation>Der Übernahmestapel enthält keine Einträge.</translation>
    </message>
    <message>
        <source>The apply batch has %1 items; at most %2 are accepted.</source>
        <translation>Der Übernahmestapel hat %1 Einträge; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>Item %1 of the apply batch is invalid: %2</source>
        <translation>Eintrag %1 des Übernahmestapels ist ungültig: %2</translation>
    </message>
    <message>
        <source>not a map.</source>
        <translation>keine Map.</translation>
    </message>
    <message>
        <source>its version, timestamp or flags are missing.</source>
        <translation>Seine Version, sein Zeitstempel oder seine Kennzeichen fehlen.</translation>
    </message>
    <message>
        <source>its version vector is malformed.</source>
        <translation>Sein Versionsvektor ist fehlerhaft.</translation>
    </message>
    <message>
        <source>its base version is malformed.</source>
        <translation>Seine Basisversion ist fehlerhaft.</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>Der Pfad fehlt.</translation>
    </message>
    <message>
        <source>its hash is not 32 bytes.</source>
        <translation>Sein Hash ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>its size is missing or negative.</source>
        <translation>Seine Größe fehlt oder ist negativ.</translation>
    </message>
    <message>
        <source>its chunk list is malformed or does not add up to its size.</source>
        <translation>Die Blockliste ist fehlerhaft oder ergibt in Summe nicht die Größe.</translation>
    </message>
    <message>
        <source>it has no table or key.</source>
        <translation>Er hat keine Tabelle oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>its values are missing.</source>
        <translation>Seine Werte fehlen.</translation>
    </message>
    <message>
        <source>it has %1 columns.</source>
        <translation>Er hat %1 Spalten.</translation>
    </message>
    <message>
        <source>its kind is neither a file nor a row.</source>
        <translation>Er ist weder eine Datei noch eine Zeile.</translation>
    </message>
    <message>
        <source>The apply answer</source>
        <translation>Die Übernahmeantwort</translation>
    </message>
    <message>
        <source>The apply answer does not have one result per item.</source>
        <translation>Die Übernahmeantwort hat nicht genau ein Ergebnis je Eintrag.</translation>
    </message>
    <message>
        <source>The apply answer has a result without its flag.</source>
        <translation>Die Übernahmeantwort enthält ein Ergebnis ohne sein Kennzeichen.</translation>
    </message>
    <message>
        <source>The apply batch carries more than %1 bytes of file content; send larger files as chunks.</source>
        <translation>Der Übernahmestapel enthält mehr als %1 Bytes Dateiinhalt; größere Dateien als Blöcke senden.</translation>
    </message>
    <message>
        <source>it carries content but is a deletion or a version update.</source>
        <translation>es trägt Inhalt, ist aber eine Löschung oder eine reine Versionsaktualisierung.</translation>
    </message>
    <message>
        <source>it carries %1 bytes of content; files over %2 bytes travel as chunks.</source>
        <translation>es trägt %1 Bytes Inhalt; Dateien über %2 Bytes werden als Blöcke übertragen.</translation>
    </message>
    <message>
        <source>its content or compression flag is malformed.</source>
        <translation>sein Inhalt oder seine Komprimierungsangabe ist fehlerhaft.</translation>
    </message>
    <message>
        <source>its content has %1 bytes, not the %2 of its size.</source>
        <translation>sein Inhalt hat %1 Bytes, nicht die %2 seiner Größe.</translation>
    </message>
</context>
<context>
    <name>AttentionWatch</name>
    <message>
        <source>%1: a run failed</source>
        <translation>%1: ein Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Profile %1 did not finish.</source>
        <translation>Profil %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision</source>
        <translation>
            <numerusform>%n Konflikt wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Konflikte warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Conflicts in Ferry to review them.</source>
        <translation>Öffnen Sie in Ferry die Konflikte, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The last run failed for %1.</source>
        <translation>Der letzte Lauf ist fehlgeschlagen für %1.</translation>
    </message>
    <message>
        <source>No relationship yet.</source>
        <translation>Noch keine Beziehung.</translation>
    </message>
    <message>
        <source>All relationships in step.</source>
        <translation>Alle Beziehungen sind abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n Konflikt wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Konflikte warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CborMessage</name>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR: %2.</source>
        <translation>%1 ist kein gültiges CBOR: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR: there are bytes after its end.</source>
        <translation>%1 ist kein gültiges CBOR: Nach dem Ende folgen weitere Bytes.</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map.</source>
        <translation>%1 ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>%1 has protocol version %2; this build reads version %3.</source>
        <translation>%1 hat Protokollversion %2; diese Version liest Version %3.</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>certificate authority, node certificates and trust (ca, issue, import, list, untrust)</source>
        <translation>Zertifizierungsstelle, Knotenzertifikate und Vertrauen (ca, issue, import, list, untrust)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] cert ca --name NAME [--key-type ec|rsa]
  ferryctl [--home DIR] cert issue NODE --out DIR [--host NAME]... [--ip ADDR]... [--key-type ec|rsa]
                        [--passphrase-file FILE]
  ferryctl [--home DIR] cert import FILE [--passphrase-file FILE] [--trust-ca FINGERPRINT] [--key FILE]
  ferryctl [--home DIR] cert list [--json]
  ferryctl [--home DIR] cert untrust FINGERPRINT|NAME
  ferryctl [--home DIR] cert expiry-warning [DAYS]

ca       creates this installation's certificate authority (EC P-256 by default, or RSA 3072; ten
         years). Its key is encrypted; the passphrase goes to the system keychain, or, on a server
         without one, to a file only its owner can read.
issue    issues a certificate for NODE (TLS server and client, two years; NODE and every --host
         and --ip as subject alternative names) and writes NODE.crt, NODE.key, NODE.p12 (protected
         by a passphrase) and ca.crt to DIR. Issuing again for the same NODE rotates it.
import   trusts another installation's CA certificate, or applies a node bundle (.p12) received
         from one as this server's certificate. A bundle from a CA this installation does not
         trust yet is refused unless --trust-ca names that CA's SHA-256 fingerprint.
list     shows subject, role, SHA-256 fingerprint, validity and days left of everything trusted.
untrust  takes trust back: forgets a trusted CA or a pinned peer, revokes an issued certificate.
expiry-warning  shows or sets how many days before expiry a certificate is reported (default 30).

</source>
        <translation>Aufruf:
  ferryctl [--home DIR] cert ca --name NAME [--key-type ec|rsa]
  ferryctl [--home DIR] cert issue NODE --out DIR [--host NAME]... [--ip ADDR]... [--key-type ec|rsa]
                        [--passphrase-file FILE]
  ferryctl [--home DIR] cert import FILE [--passphrase-file FILE] [--trust-ca FINGERPRINT] [--key FILE]
  ferryctl [--home DIR] cert list [--json]
  ferryctl [--home DIR] cert untrust FINGERPRINT|NAME
  ferryctl [--home DIR] cert expiry-warning [DAYS]

ca       erstellt die Zertifizierungsstelle dieser Installation (standardmäßig EC P-256, oder RSA 3072;
         zehn Jahre). Ihr Schlüssel ist verschlüsselt; die Passphrase kommt in den Schlüsselbund des
         Systems, auf einem Server ohne einen solchen in eine Datei, die nur ihr Eigentümer lesen kann.
issue    stellt ein Zertifikat für NODE aus (TLS-Server und -Client, zwei Jahre; NODE und jedes --host
         und --ip als alternative Namen) und schreibt NODE.crt, NODE.key, NODE.p12 (durch eine
         Passphrase geschützt) und ca.crt nach DIR. Erneutes Ausstellen für denselben NODE erneuert es.
import   vertraut dem CA-Zertifikat einer anderen Installation oder übernimmt ein von dort erhaltenes
         Knotenpaket (.p12) als Zertifikat dieses Servers. Ein Paket einer CA, der diese Installation
         noch nicht vertraut, wird abgelehnt, außer --trust-ca nennt den SHA-256-Fingerabdruck dieser CA.
list     zeigt Inhaber, Rolle, SHA-256-Fingerabdruck, Gültigkeit und verbleibende Tage aller Einträge.
untrust  nimmt Vertrauen zurück: vergisst eine vertraute CA oder einen Peer, widerruft ein ausgestelltes Zertifikat.
expiry-warning  zeigt oder setzt, wie viele Tage vor Ablauf ein Zertifikat gemeldet wird (Standard 30).

</translation>
    </message>
    <message>
        <source>the CA's name</source>
        <translation>der Name der CA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ec or rsa</source>
        <translation>ec oder rsa</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>cert ca takes no arguments; give the name with --name NAME.</source>
        <translation>cert ca nimmt keine Argumente; geben Sie den Namen mit --name NAME an.</translation>
    </message>
    <message>
        <source>cert ca needs --name NAME.</source>
        <translation>cert ca braucht --name NAME.</translation>
    </message>
    <message>
        <source>--key-type must be ec or rsa, not '%1'.</source>
        <translation>--key-type muss ec oder rsa sein, nicht '%1'.</translation>
    </message>
    <message>
        <source>Created the certificate authority %1 (%2), valid until %3.</source>
        <translation>Zertifizierungsstelle %1 (%2) erstellt, gültig bis %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>The CA key is encrypted; its passphrase is in the system keychain.</source>
        <translation>Der CA-Schlüssel ist verschlüsselt; seine Passphrase liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>note: no system keychain here; the CA key's passphrase is in %1, readable by its owner only.</source>
        <translation>Hinweis: hier gibt es keinen Schlüsselbund; die Passphrase des CA-Schlüssels liegt in %1, nur für den Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>where to write the files</source>
        <translation>wohin die Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>another host name for the certificate</source>
        <translation>ein weiterer Hostname für das Zertifikat</translation>
    </message>
    <message>
        <source>an IP address for the certificate</source>
        <translation>eine IP-Adresse für das Zertifikat</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>the bundle's passphrase</source>
        <translation>die Passphrase des Pakets</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>cert issue needs a NODE name.</source>
        <translation>cert issue braucht einen NODE-Namen.</translation>
    </message>
    <message>
        <source>cert issue takes one NODE; got %1.</source>
        <translation>cert issue nimmt einen NODE; erhalten: %1.</translation>
    </message>
    <message>
        <source>cert issue needs --out DIR, where the files go.</source>
        <translation>cert issue braucht --out DIR, wohin die Dateien kommen.</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <source>Passphrase for %1.p12:</source>
        <translation>Passphrase für %1.p12:</translation>
    </message>
    <message>
        <source>Issued a certificate for %1, valid until %2.</source>
        <translation>Zertifikat für %1 ausgestellt, gültig bis %2.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Wrote %1, %2 (owner only), %3 (passphrase protected) and %4.</source>
        <translation>%1, %2 (nur Eigentümer), %3 (durch Passphrase geschützt) und %4 geschrieben.</translation>
    </message>
    <message>
        <source>trust the bundle's CA if it has this fingerprint</source>
        <translation>der CA des Pakets vertrauen, wenn sie diesen Fingerabdruck hat</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>the key of a PEM node certificate</source>
        <translation>der Schlüssel eines PEM-Knotenzertifikats</translation>
    </message>
    <message>
        <source>cert import needs a FILE.</source>
        <translation>cert import braucht eine DATEI.</translation>
    </message>
    <message>
        <source>cert import takes one FILE; got %1.</source>
        <translation>cert import nimmt eine DATEI; erhalten: %1.</translation>
    </message>
    <message>
        <source>--trust-ca needs a SHA-256 fingerprint (64 hex digits), not '%1'.</source>
        <translation>--trust-ca braucht einen SHA-256-Fingerabdruck (64 Hex-Ziffern), nicht '%1'.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>The CA %1 was trusted already.</source>
        <translation>Der CA %1 wurde bereits vertraut.</translation>
    </message>
    <message>
        <source>Trusted the CA %1.</source>
        <translation>Der CA %1 wird jetzt vertraut.</translation>
    </message>
    <message>
        <source>Applied the certificate of %1 (issued by %2) as this server's certificate.</source>
        <translation>Zertifikat von %1 (ausgestellt von %2) als Zertifikat dieses Servers übernommen.</translation>
    </message>
    <message>
        <source>Key: %1 (owner only)</source>
        <translation>Schlüssel: %1 (nur Eigentümer)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1, valid until %2.</source>
        <translation>SHA-256-Fingerabdruck: %1, gültig bis %2.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>cert list takes no arguments.</source>
        <translation>cert list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>The trust store is empty. Create a CA with: ferryctl cert ca --name NAME</source>
        <translation>Der Vertrauensspeicher ist leer. Erstellen Sie eine CA mit: ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation>GÜLTIG AB</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>cert untrust needs one FINGERPRINT or NAME.</source>
        <translation>cert untrust braucht einen FINGERABDRUCK oder NAMEN.</translation>
    </message>
    <message>
        <source>Revoked the certificate issued to %1 (%2).</source>
        <translation>Das für %1 ausgestellte Zertifikat (%2) wurde widerrufen.</translation>
    </message>
    <message>
        <source>No longer allows the peer %1.</source>
        <translation>Der Peer %1 ist nicht mehr zugelassen.</translation>
    </message>
    <message>
        <source>No longer trusts the CA %1 (%2).</source>
        <translation>Der CA %1 (%2) wird nicht mehr vertraut.</translation>
    </message>
    <message>
        <source>cert expiry-warning takes at most one DAYS.</source>
        <translation>cert expiry-warning nimmt höchstens ein DAYS.</translation>
    </message>
    <message>
        <source>DAYS must be a whole number, not '%1'.</source>
        <translation>DAYS muss eine ganze Zahl sein, nicht '%1'.</translation>
    </message>
    <message>
        <source>Certificates are reported %1 days before they expire.</source>
        <translation>Zertifikate werden %1 Tage vor ihrem Ablauf gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>warning: expiring within %1 days, or expired: %n certificate(s); rotate them.</source>
        <translation>
            <numerusform>Warnung: läuft innerhalb von %1 Tagen ab oder ist abgelaufen: %n Zertifikat; erneuern Sie es.</numerusform>
            <numerusform>Warnung: laufen innerhalb von %1 Tagen ab oder sind abgelaufen: %n Zertifikate; erneuern Sie sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>'%1' is not a valid %2: use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>'%1' ist kein gültiger %2: verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>'%1' is not a valid host name.</source>
        <translation>'%1' ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>'%1' is not an IP address.</source>
        <translation>'%1' ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>A certificate authority needs a name of 1 to 64 printable characters.</source>
        <translation>Eine Zertifizierungsstelle braucht einen Namen aus 1 bis 64 druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the CA certificate: %1</source>
        <translation>OpenSSL konnte das CA-Zertifikat nicht erstellen: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not a certificate authority.</source>
        <translation>Das Zertifikat von %1 ist keine Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The CA key does not match the CA certificate of %1.</source>
        <translation>Der CA-Schlüssel passt nicht zum CA-Zertifikat von %1.</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <source>OpenSSL could not issue the certificate for %1: %2</source>
        <translation>OpenSSL konnte das Zertifikat für %1 nicht ausstellen: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not check the certificate: %1</source>
        <translation>OpenSSL konnte das Zertifikat nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
</context>
<context>
    <name>CertificateExpiryWatch</name>
    <message>
        <source>certificate %1 (%2, SHA-256 %3) expired on %4: rotate it.</source>
        <translation>Zertifikat %1 (%2, SHA-256 %3) ist am %4 abgelaufen: erneuern Sie es.</translation>
    </message>
    <message>
        <source>certificate %1 (%2, SHA-256 %3) expires on %4, in %5 days: rotate it before then.</source>
        <translation>Zertifikat %1 (%2, SHA-256 %3) läuft am %4 ab, in %5 Tagen: erneuern Sie es vorher.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>%1 is damaged or truncated: its certificate cannot be read.</source>
        <translation>%1 ist beschädigt oder abgeschnitten: sein Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 ist kein Zertifikat (PEM oder DER).</translation>
    </message>
</context>
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
    <name>CheckpointMessage</name>
    <message>
        <source>The checkpoints are larger than %1 bytes.</source>
        <translation>Die Checkpoints sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The checkpoints are not a JSON object: %1.</source>
        <translation>Die Checkpoints sind kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The checkpoints name no peer site UUID.</source>
        <translation>Die Checkpoints nennen keine UUID einer Partner-Site.</translation>
    </message>
    <message>
        <source>The checkpoints need a 'checkpoints' object of at most %1 resources.</source>
        <translation>Die Checkpoints brauchen ein Objekt 'checkpoints' mit höchstens %1 Ressourcen.</translation>
    </message>
    <message>
        <source>'%1' is not a resource; resources are 'files' and 'table:NAME'.</source>
        <translation>'%1' ist keine Ressource; Ressourcen sind 'files' und 'table:NAME'.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 is not a change number.</source>
        <translation>Der Checkpoint von %1 ist keine Änderungsnummer.</translation>
    </message>
</context>
<context>
    <name>ChunkBatchCodec</name>
    <message>
        <source>The chunk batch</source>
        <translation>Der Blockstapel</translation>
    </message>
    <message>
        <source>A chunk batch holds at most %1 chunks.</source>
        <translation>Ein Blockstapel enthält höchstens %1 Blöcke.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch lacks its hash, data or compression flag.</source>
        <translation>Block %1 des Stapels fehlt der Hash, die Daten oder die Kompressionsangabe.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch: %2</source>
        <translation>Block %1 des Stapels: %2</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch is larger than a chunk can be.</source>
        <translation>Block %1 des Stapels ist größer, als ein Block sein kann.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch does not match its hash %2 (damaged in transit?).</source>
        <translation>Block %1 des Stapels passt nicht zu seinem Hash %2 (unterwegs beschädigt?).</translation>
    </message>
    <message>
        <source>The chunk request</source>
        <translation>Die Blockanfrage</translation>
    </message>
    <message>
        <source>A chunk request names at most %1 chunks.</source>
        <translation>Eine Blockanfrage nennt höchstens %1 Blöcke.</translation>
    </message>
    <message>
        <source>Chunk %1 of the request is not named by a 32-byte hash.</source>
        <translation>Block %1 der Anfrage ist nicht durch einen 32-Byte-Hash benannt.</translation>
    </message>
</context>
<context>
    <name>ChunkCompression</name>
    <message>
        <source>The compressed chunk is not a zstd frame.</source>
        <translation>Der komprimierte Block ist kein zstd-Frame.</translation>
    </message>
    <message>
        <source>The compressed chunk would expand to more than %1 bytes.</source>
        <translation>Der komprimierte Block würde sich auf mehr als %1 Bytes entpacken.</translation>
    </message>
    <message>
        <source>The compressed chunk is truncated or damaged.</source>
        <translation>Der komprimierte Block ist abgeschnitten oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>ChunkDelta</name>
    <message>
        <source>A chunk signature has %1 bytes; it must have between %2 and %3.</source>
        <translation>Eine Blocksignatur hat %1 Bytes; sie muss zwischen %2 und %3 haben.</translation>
    </message>
    <message>
        <source>A chunk signature is not of the kind this build reads (RabinKarp and BLAKE2).</source>
        <translation>Eine Blocksignatur ist nicht von der Art, die diese Version liest (RabinKarp und BLAKE2).</translation>
    </message>
    <message>
        <source>A chunk signature has blocks of %1 bytes and strong sums of %2; this build takes blocks of %3 to %4 bytes and sums of 4 to 32.</source>
        <translation>Eine Blocksignatur hat Abschnitte von %1 Bytes und starke Prüfsummen von %2; diese Version nimmt Abschnitte von %3 bis %4 Bytes und Prüfsummen von 4 bis 32.</translation>
    </message>
    <message>
        <source>A chunk signature does not hold whole blocks of a basis of at most %1 bytes.</source>
        <translation>Eine Blocksignatur enthält keine ganzen Abschnitte einer Basis von höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>The chunk signature is damaged.</source>
        <translation>Die Blocksignatur ist beschädigt.</translation>
    </message>
    <message>
        <source>The delta would be larger than the chunk.</source>
        <translation>Das Delta wäre größer als der Block.</translation>
    </message>
    <message>
        <source>The delta could not be made.</source>
        <translation>Das Delta konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The delta would rebuild more than %1 bytes.</source>
        <translation>Das Delta würde mehr als %1 Bytes wiederherstellen.</translation>
    </message>
    <message>
        <source>The delta is damaged.</source>
        <translation>Das Delta ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no basis to rebuild chunk %1 from.</source>
        <translation>Es gibt keine Basis, aus der Block %1 wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Chunk %1 rebuilt from its delta does not match its hash.</source>
        <translation>Block %1, aus seinem Delta wiederhergestellt, passt nicht zu seinem Hash.</translation>
    </message>
</context>
<context>
    <name>ChunkDeltaCodec</name>
    <message>
        <source>The signature question</source>
        <translation>Die Signaturabfrage</translation>
    </message>
    <message>
        <source>A signature question names at most %1 chunks.</source>
        <translation>Eine Signaturabfrage nennt höchstens %1 Blöcke.</translation>
    </message>
    <message>
        <source>Chunk %1 of the signature question lacks its path, offset or length.</source>
        <translation>Block %1 der Signaturabfrage fehlt der Pfad, die Position oder die Länge.</translation>
    </message>
    <message>
        <source>The chunk signatures</source>
        <translation>Die Blocksignaturen</translation>
    </message>
    <message>
        <source>A signature answer holds at most %1 signatures.</source>
        <translation>Eine Signaturantwort enthält höchstens %1 Signaturen.</translation>
    </message>
    <message>
        <source>Signature %1 lacks its basis or its bytes.</source>
        <translation>Signatur %1 fehlt die Basis oder ihre Bytes.</translation>
    </message>
    <message>
        <source>Signature %1 has a basis without a signature, or the reverse.</source>
        <translation>Signatur %1 hat eine Basis ohne Signatur oder umgekehrt.</translation>
    </message>
    <message>
        <source>The delta question</source>
        <translation>Die Deltaabfrage</translation>
    </message>
    <message>
        <source>A delta question names at most %1 chunks.</source>
        <translation>Eine Deltaabfrage nennt höchstens %1 Blöcke.</translation>
    </message>
    <message>
        <source>Chunk %1 of the delta question lacks its hash or signature.</source>
        <translation>Block %1 der Deltaabfrage fehlt der Hash oder die Signatur.</translation>
    </message>
    <message>
        <source>The chunk deltas</source>
        <translation>Die Blockdeltas</translation>
    </message>
    <message>
        <source>A delta message holds at most %1 deltas.</source>
        <translation>Eine Deltanachricht enthält höchstens %1 Deltas.</translation>
    </message>
    <message>
        <source>Delta %1 lacks its hash, length, basis, bytes or compression flag.</source>
        <translation>Delta %1 fehlt der Hash, die Länge, die Basis, die Bytes oder die Komprimierungsangabe.</translation>
    </message>
    <message>
        <source>Delta %1: %2</source>
        <translation>Delta %1: %2</translation>
    </message>
    <message>
        <source>Delta %1 is larger than a delta can be.</source>
        <translation>Delta %1 ist größer, als ein Delta sein kann.</translation>
    </message>
</context>
<context>
    <name>ChunkListCodec</name>
    <message>
        <source>The chunk list is larger than %1 bytes.</source>
        <translation>Die Blockliste ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The chunk list is not valid CBOR: %1.</source>
        <translation>Die Blockliste ist kein gültiges CBOR: %1.</translation>
    </message>
    <message>
        <source>The chunk list is not valid CBOR: there are bytes after its end.</source>
        <translation>Die Blockliste ist kein gültiges CBOR: Nach ihrem Ende folgen weitere Bytes.</translation>
    </message>
    <message>
        <source>The chunk list is not a CBOR map.</source>
        <translation>Die Blockliste ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>The chunk list has an unknown protocol version; this build reads version %1.</source>
        <translation>Die Blockliste hat eine unbekannte Protokollversion; diese Version liest Version %1.</translation>
    </message>
    <message>
        <source>The chunk list has no 'chunks' array.</source>
        <translation>Die Blockliste hat kein Feld 'chunks'.</translation>
    </message>
    <message>
        <source>The chunk list names %1 chunks; at most %2 are accepted.</source>
        <translation>Die Blockliste nennt %1 Blöcke; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>A chunk hash in the list is not 32 bytes.</source>
        <translation>Ein Block-Hash in der Liste ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 hash (64 lowercase hexadecimal digits).</source>
        <translation>'%1' ist kein SHA-256-Hash (64 kleine Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>ChunkLocator</name>
    <message>
        <source>This site has no chunk %1.</source>
        <translation>Diese Site hat keinen Block %1.</translation>
    </message>
    <message>
        <source>The file %1 holding this chunk cannot be read; scan the site again.</source>
        <translation>Die Datei %1 mit diesem Block kann nicht gelesen werden; durchsuchen Sie die Site erneut.</translation>
    </message>
    <message>
        <source>The file %1 changed since the site was last scanned; scan it again.</source>
        <translation>Die Datei %1 hat sich seit der letzten Durchsuchung der Site geändert; durchsuchen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The chunk's content does not match its hash %1 (a truncated or damaged upload); nothing was stored.</source>
        <translation>Der Inhalt des Blocks passt nicht zu seinem Hash %1 (eine abgeschnittene oder beschädigte Übertragung); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store chunk %1 in %2 (%3).</source>
        <translation>Block %1 kann nicht in %2 gespeichert werden (%3).</translation>
    </message>
</context>
<context>
    <name>ChunkStoreCleanup</name>
    <message>
        <source>Cannot remove the unused chunk %1 (%2).</source>
        <translation>Der ungenutzte Block %1 kann nicht entfernt werden (%2).</translation>
    </message>
</context>
<context>
    <name>ConflictContent</name>
    <message>
        <source>Content not available: no copy of this version was kept.</source>
        <translation>Inhalt nicht verfügbar: Von dieser Fassung wurde keine Kopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Content not available: %1 cannot be read (%2).</source>
        <translation>Inhalt nicht verfügbar: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Content not shown: %1 is larger than 8 MiB.</source>
        <translation>Inhalt nicht angezeigt: %1 ist größer als 8 MiB.</translation>
    </message>
    <message>
        <source>Content not available: %1</source>
        <translation>Inhalt nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Both sides changed it; waiting for your decision.</source>
        <translation>Beide Seiten haben es geändert; es wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Both sides changed it; this site's version wins.</source>
        <translation>Beide Seiten haben es geändert; die Version dieser Website gewinnt.</translation>
    </message>
    <message>
        <source>Both sides changed it; the remote site's version wins.</source>
        <translation>Beide Seiten haben es geändert; die Version der entfernten Website gewinnt.</translation>
    </message>
    <message>
        <source>Both sides changed it and neither is the master site; waiting for your decision.</source>
        <translation>Beide Seiten haben es geändert, und keine ist die Master-Website; es wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Both sides changed it; the master site's version wins.</source>
        <translation>Beide Seiten haben es geändert; die Version der Master-Website gewinnt.</translation>
    </message>
    <message>
        <source>Both sides changed it; the newer change wins.</source>
        <translation>Beide Seiten haben es geändert; die neuere Änderung gewinnt.</translation>
    </message>
    <message>
        <source>One side deleted it, the other changed it; the changed version is kept.</source>
        <translation>Eine Seite hat es gelöscht, die andere geändert; die geänderte Version bleibt erhalten.</translation>
    </message>
    <message>
        <source>Both sides changed the row, which cannot be kept twice; the newer change wins and the other stays in the conflict log.</source>
        <translation>Beide Seiten haben die Zeile geändert, die nicht doppelt bestehen kann; die neuere Änderung gewinnt, die andere bleibt im Konfliktprotokoll.</translation>
    </message>
    <message>
        <source>Both sides changed it; the newer version keeps the name, the other is kept beside it.</source>
        <translation>Beide Seiten haben es geändert; die neuere Version behält den Namen, die andere wird daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>show the conflict log, those waiting for a decision first</source>
        <translation>das Konfliktprotokoll zeigen, offene Entscheidungen zuerst</translation>
    </message>
    <message>
        <source>Usage: ferryctl [--home DIR] conflicts [--pending] [--limit N] [--json]

Every item both sides changed since they last agreed, with both versions' details, the
policy applied, which version was kept and where the other went, and its status.
</source>
        <translation>Aufruf: ferryctl [--home VERZ] conflicts [--pending] [--limit N] [--json]

Jeder Eintrag, den beide Seiten seit ihrer letzten Übereinstimmung geändert haben, mit den Angaben
beider Versionen, der angewandten Regel, welche Version behalten wurde und wo die andere liegt,
und seinem Status.
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>only those waiting for a decision</source>
        <translation>nur die, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation>wie viele Einträge</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No conflict is waiting for a decision.</source>
        <translation>Kein Konflikt wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
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
    <name>DeletionGuard</name>
    <message>
        <source>This run would delete %1 of the %2 items of %3 on the remote site (%4%), more than the limit of %5%. Check that nothing is missing here, then confirm.</source>
        <translation>Dieser Lauf würde %1 der %2 Einträge von %3 auf der entfernten Website löschen (%4 %), mehr als die Grenze von %5 %. Prüfen Sie, dass hier nichts fehlt, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>This run would delete %1 of the %2 items of %3 on this site (%4%), more than the limit of %5%. Check that nothing is missing on the remote site, then confirm.</source>
        <translation>Dieser Lauf würde %1 der %2 Einträge von %3 auf dieser Website löschen (%4 %), mehr als die Grenze von %5 %. Prüfen Sie, dass auf der entfernten Website nichts fehlt, und bestätigen Sie dann.</translation>
    </message>
</context>
<context>
    <name>DemoAgent</name>
    <message>
        <source>Cannot start the demo agent %1: %2</source>
        <translation>Der Demo-Agent %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo agent did not start serving; its log is in %1/ferryd.log.</source>
        <translation>Der Demo-Agent hat seinen Dienst nicht aufgenommen; sein Protokoll liegt in %1/ferryd.log.</translation>
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
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Ferry Demo CA</source>
        <translation>Ferry-Demo-CA</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FeedPageCodec</name>
    <message>
        <source>The change page is larger than %1 bytes.</source>
        <translation>Die Änderungsseite ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The change page is not valid CBOR: %1.</source>
        <translation>Die Änderungsseite ist kein gültiges CBOR: %1.</translation>
    </message>
    <message>
        <source>The change page is not valid CBOR: there are bytes after its end.</source>
        <translation>Die Änderungsseite ist kein gültiges CBOR: Nach ihrem Ende folgen weitere Bytes.</translation>
    </message>
    <message>
        <source>The change page is not a CBOR map.</source>
        <translation>Die Änderungsseite ist keine CBOR-Map.</translation>
    </message>
    <message>
        <source>The change page has protocol version %1; this build reads version %2.</source>
        <translation>Die Änderungsseite hat Protokollversion %1; diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>The change page lacks its sequence, continuation flag or entries.</source>
        <translation>Der Änderungsseite fehlen Sequenznummer, Fortsetzungskennzeichen oder Einträge.</translation>
    </message>
    <message>
        <source>The change page has %1 entries; at most %2 are accepted.</source>
        <translation>Die Änderungsseite hat %1 Einträge; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>Entry %1 of the change page is invalid: %2</source>
        <translation>Eintrag %1 der Änderungsseite ist ungültig: %2</translation>
    </message>
    <message>
        <source>not a map.</source>
        <translation>keine Map.</translation>
    </message>
    <message>
        <source>its sequence number is missing or out of order.</source>
        <translation>Seine Sequenznummer fehlt oder ist nicht in Reihenfolge.</translation>
    </message>
    <message>
        <source>its version, timestamp or deletion flag is missing.</source>
        <translation>Seine Version, sein Zeitstempel oder sein Löschkennzeichen fehlt.</translation>
    </message>
    <message>
        <source>its version vector is malformed.</source>
        <translation>Sein Versionsvektor ist fehlerhaft.</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>Er hat keinen Pfad.</translation>
    </message>
    <message>
        <source>its hash is not 32 bytes.</source>
        <translation>Sein Hash ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>its size is missing or negative.</source>
        <translation>Seine Größe fehlt oder ist negativ.</translation>
    </message>
    <message>
        <source>it has no table or key.</source>
        <translation>Er hat keine Tabelle oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>its kind is neither a file nor a row.</source>
        <translation>Er ist weder eine Datei noch eine Zeile.</translation>
    </message>
</context>
<context>
    <name>FileApplier</name>
    <message>
        <source>Cannot open the files folder %1 (%2).</source>
        <translation>Der Dateiordner %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a path inside the files folder.</source>
        <translation>'%1' ist kein Pfad innerhalb des Dateiordners.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 (%2).</source>
        <translation>Der Ordner %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a link or a file, not a folder: Ferry never writes through a link.</source>
        <translation>%1 ist eine Verknüpfung oder eine Datei, kein Ordner: Ferry schreibt nie durch eine Verknüpfung.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 (%2).</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1 (%2).</source>
        <translation>Im Ordner von %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Cannot delete %1 (%2).</source>
        <translation>%1 kann nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover temporary file %1.</source>
        <translation>Die zurückgebliebene temporäre Datei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is already finished.</source>
        <translation>%1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its hash; nothing was changed.</source>
        <translation>Der für %1 empfangene Inhalt passt nicht zu seinem Hash; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is a folder on this side; nothing was changed.</source>
        <translation>%1 ist auf dieser Seite ein Ordner; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place (%2); nothing was changed.</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot make %1 durable (%2).</source>
        <translation>%1 kann nicht dauerhaft gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not ready to be put in place.</source>
        <translation>%1 ist noch nicht bereit, an seinen Platz gestellt zu werden.</translation>
    </message>
    <message>
        <source>Cannot make the files under %1 durable (%2).</source>
        <translation>Die Dateien unter %1 können nicht dauerhaft gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its chunk list; nothing was changed.</source>
        <translation>Der für %1 empfangene Inhalt passt nicht zu seiner Blockliste; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>FileManifestCodec</name>
    <message>
        <source>The manifest question</source>
        <translation>Die Manifestabfrage</translation>
    </message>
    <message>
        <source>The manifest question must name at most %1 paths.</source>
        <translation>Die Manifestabfrage darf höchstens %1 Pfade nennen.</translation>
    </message>
    <message>
        <source>The manifest question names a path that is not text.</source>
        <translation>Die Manifestabfrage nennt einen Pfad, der kein Text ist.</translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation>Das Manifest</translation>
    </message>
    <message>
        <source>The manifest must describe at most %1 files.</source>
        <translation>Das Manifest darf höchstens %1 Dateien beschreiben.</translation>
    </message>
    <message>
        <source>File %1 of the manifest is invalid: %2</source>
        <translation>Datei %1 des Manifests ist ungültig: %2</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>Der Pfad fehlt.</translation>
    </message>
    <message>
        <source>its hash or size is missing.</source>
        <translation>Ihr Hash oder ihre Größe fehlt.</translation>
    </message>
    <message>
        <source>its chunk list is malformed or does not add up to its size.</source>
        <translation>Die Blockliste ist fehlerhaft oder ergibt in Summe nicht die Größe.</translation>
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
    <message>
        <source>Disabled</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
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
    <name>HelloMessage</name>
    <message>
        <source>The agent's hello is larger than %1 bytes.</source>
        <translation>Die Begrüßung des Agenten ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The agent's hello is not a JSON object: %1.</source>
        <translation>Die Begrüßung des Agenten ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The agent's hello has no valid '%1'.</source>
        <translation>Die Begrüßung des Agenten hat kein gültiges '%1'.</translation>
    </message>
    <message>
        <source>This agent speaks protocol %1, we speak %2: upgrade the older of the two.</source>
        <translation>Dieser Agent spricht Protokoll %1, wir sprechen %2: Aktualisieren Sie den älteren der beiden.</translation>
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
    <name>KeyFile</name>
    <message>
        <source>Cannot read %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 %2 can be read or changed by other users (mode %3); Ferry only uses key material that its owner alone can read. Fix it with: chmod 600 %2</source>
        <translation>%1 %2 kann von anderen Benutzern gelesen oder geändert werden (Modus %3); Ferry verwendet nur Schlüsselmaterial, das allein sein Eigentümer lesen kann. Beheben mit: chmod 600 %2</translation>
    </message>
    <message>
        <source>The passphrase file</source>
        <translation>Die Passphrase-Datei</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit nimmt eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>show the sync log, newest first</source>
        <translation>das Synchronisationsprotokoll zeigen, neueste zuerst</translation>
    </message>
    <message>
        <source>Usage: ferryctl [--home DIR] log [--limit N] [--json]

Every run writes what it did to each folder and table: time, relationship, site, resource,
mode (pull, push, in, out), action, result, whether the error happened on the remote side,
and a message. Shows the newest 50 entries unless --limit says otherwise.
</source>
        <translation>Aufruf: ferryctl [--home VERZ] log [--limit N] [--json]

Jeder Lauf schreibt, was er mit jedem Ordner und jeder Tabelle getan hat: Zeit, Beziehung, Website,
Ressource, Modus (pull, push, in, out), Aktion, Ergebnis, ob der Fehler auf der entfernten Seite
auftrat, und eine Meldung. Zeigt die neuesten 50 Einträge, sofern --limit nichts anderes sagt.
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation>wie viele Einträge</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sync log is empty: no profile has run yet.</source>
        <translation>Das Synchronisationsprotokoll ist leer: Noch kein Profil ist gelaufen.</translation>
    </message>
    <message>
        <source> (remote)</source>
        <translation> (Gegenstelle)</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Passphrases are never taken as an argument (it would show in ps and in the shell history): they come
from --passphrase-file FILE (readable by its owner only: chmod 600 FILE), else from the first line
of standard input when it is not a terminal, else from a prompt with echo off.
</source>
        <translation>Passphrasen werden nie als Argument angenommen (sie wären in ps und im Verlauf der Shell zu sehen): sie kommen
aus --passphrase-file FILE (nur für den Eigentümer lesbar: chmod 600 FILE), sonst aus der ersten Zeile
der Standardeingabe, wenn diese kein Terminal ist, sonst aus einer Abfrage ohne Echo.
</translation>
    </message>
    <message>
        <source>No passphrase was given: use --passphrase-file FILE, or write it to standard input.</source>
        <translation>Keine Passphrase angegeben: verwenden Sie --passphrase-file FILE oder schreiben Sie sie auf die Standardeingabe.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>PeerCommand</name>
    <message>
        <source>There is no site '%1' in this home. See: ferryctl site list</source>
        <translation>In diesem Home-Ordner gibt es keine Site '%1'. Siehe: ferryctl site list</translation>
    </message>
    <message>
        <source>which peers may pull from or push to this installation (allow, list, deny)</source>
        <translation>welche Peers von dieser Installation holen oder zu ihr senden dürfen (allow, list, deny)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] peer allow CERT_FILE|FINGERPRINT [--site SITE] [--push]
  ferryctl [--home DIR] peer list [--json]
  ferryctl [--home DIR] peer deny FINGERPRINT

allow pins a peer by its node certificate (a file, or the certificate's SHA-256 fingerprint): it may
pull from SITE (every site without --site), and with --push also push to it.
</source>
        <translation>Aufruf:
  ferryctl [--home DIR] peer allow CERT_FILE|FINGERPRINT [--site SITE] [--push]
  ferryctl [--home DIR] peer list [--json]
  ferryctl [--home DIR] peer deny FINGERPRINT

allow heftet einen Peer über sein Knotenzertifikat an (eine Datei oder dessen SHA-256-Fingerabdruck): er darf
von SITE holen (ohne --site von jeder Site) und mit --push auch dorthin senden.
</translation>
    </message>
    <message>
        <source>the site the peer may use</source>
        <translation>die Site, die der Peer nutzen darf</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the peer may also push</source>
        <translation>der Peer darf auch senden</translation>
    </message>
    <message>
        <source>peer allow needs one CERT_FILE or FINGERPRINT.</source>
        <translation>peer allow braucht eine CERT_FILE oder einen FINGERABDRUCK.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a CA certificate; a peer is pinned by its node certificate. To trust the CA, use: ferryctl cert import %1</source>
        <translation>%1 ist ein CA-Zertifikat; ein Peer wird über sein Knotenzertifikat angeheftet. Um der CA zu vertrauen: ferryctl cert import %1</translation>
    </message>
    <message>
        <source>The certificate %1 of %2 has expired; ask the peer for its new one.</source>
        <translation>Das Zertifikat %1 von %2 ist abgelaufen; bitten Sie den Peer um sein neues.</translation>
    </message>
    <message>
        <source>'%1' is neither a certificate file nor a SHA-256 fingerprint (64 hex digits).</source>
        <translation>'%1' ist weder eine Zertifikatsdatei noch ein SHA-256-Fingerabdruck (64 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>jeder Site</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Allowed %1 to pull from and push to %2.</source>
        <translation>%1 darf jetzt von %2 holen und dorthin senden.</translation>
    </message>
    <message>
        <source>Allowed %1 to pull from %2.</source>
        <translation>%1 darf jetzt von %2 holen.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>No peers are allowed yet. Allow one with: ferryctl peer allow CERT_FILE</source>
        <translation>Noch keine Peers zugelassen. Lassen Sie einen zu mit: ferryctl peer allow CERT_FILE</translation>
    </message>
    <message>
        <source>(all sites)</source>
        <translation>(alle Sites)</translation>
    </message>
    <message>
        <source>pull+push</source>
        <translation>holen+senden</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>holen</translation>
    </message>
    <message>
        <source>peer deny needs one SHA-256 FINGERPRINT.</source>
        <translation>peer deny braucht einen SHA-256-FINGERABDRUCK.</translation>
    </message>
    <message>
        <source>No peer with the fingerprint %1 is allowed.</source>
        <translation>Kein Peer mit dem Fingerabdruck %1 ist zugelassen.</translation>
    </message>
    <message>
        <source>No longer allows the peer %1.</source>
        <translation>Der Peer %1 ist nicht mehr zugelassen.</translation>
    </message>
</context>
<context>
    <name>PeerMirror</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>%1 kann nicht geöffnet werden (%2).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <source>The passphrase is too short: a bundle carries a private key, so use at least %1 characters.</source>
        <translation>Die Passphrase ist zu kurz: ein Paket trägt einen privaten Schlüssel, verwenden Sie also mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the bundle for %1: %2</source>
        <translation>OpenSSL konnte das Paket für %1 nicht erstellen: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not write the bundle: %1</source>
        <translation>OpenSSL konnte das Paket nicht schreiben: %1</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 bundle, or it is damaged or truncated.</source>
        <translation>%1 ist kein PKCS#12-Paket, oder es ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>%1 is damaged: OpenSSL cannot read its contents (%2).</source>
        <translation>%1 ist beschädigt: OpenSSL kann seinen Inhalt nicht lesen (%2).</translation>
    </message>
    <message>
        <source>%1 holds no node certificate with its private key.</source>
        <translation>%1 enthält kein Knotenzertifikat mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>In %1 the private key does not match the certificate.</source>
        <translation>In %1 passt der private Schlüssel nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>%1 does not include the CA certificate that issued %2.</source>
        <translation>%1 enthält nicht das CA-Zertifikat, das %2 ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>Not done: the run was cancelled.</source>
        <translation>Nicht ausgeführt: Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 changed while this run was planning; the next run takes it.</source>
        <translation>%1 hat sich geändert, während dieser Lauf plante; der nächste Lauf übernimmt es.</translation>
    </message>
    <message>
        <source>%1 changed on %2 while this run was planning; the next run takes it.</source>
        <translation>%1 hat sich auf %2 geändert, während dieser Lauf plante; der nächste Lauf übernimmt es.</translation>
    </message>
    <message>
        <source>The row vanished on %1 during the run; the next run takes it.</source>
        <translation>Die Zeile ist während des Laufs auf %1 verschwunden; der nächste Lauf übernimmt sie.</translation>
    </message>
    <message>
        <source>%1 changed here while this run was planning; the next run takes it.</source>
        <translation>%1 hat sich hier geändert, während dieser Lauf plante; der nächste Lauf übernimmt es.</translation>
    </message>
    <message>
        <source>The row vanished here during the run; the next run takes it.</source>
        <translation>Die Zeile ist während des Laufs hier verschwunden; der nächste Lauf übernimmt sie.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Changed here, but this profile only downloads.</source>
        <translation>Hier geändert, aber dieses Profil lädt nur herunter.</translation>
    </message>
    <message>
        <source>Changed on the remote site, but this profile only uploads.</source>
        <translation>Auf der entfernten Website geändert, aber dieses Profil lädt nur hoch.</translation>
    </message>
    <message>
        <source>Deleted on one side; this profile does not carry deletions.</source>
        <translation>Auf einer Seite gelöscht; dieses Profil überträgt keine Löschungen.</translation>
    </message>
    <message>
        <source>Only on the destination; this profile does not carry deletions.</source>
        <translation>Nur am Ziel vorhanden; dieses Profil überträgt keine Löschungen.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>OpenSSL could not generate a %1 key: %2</source>
        <translation>OpenSSL konnte keinen %1-Schlüssel erzeugen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: the passphrase is wrong, or the file is damaged.</source>
        <translation>%1 kann nicht entschlüsselt werden: die Passphrase ist falsch, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the private key cannot be read (%2).</source>
        <translation>%1 ist beschädigt oder abgeschnitten: der private Schlüssel kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a private key in PEM format.</source>
        <translation>%1 ist kein privater Schlüssel im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>what a relationship keeps in step, and how (add, list, remove)</source>
        <translation>was eine Beziehung synchron hält, und wie (add, list, remove)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] profile add NAME --relationship REL [--direction upload|download|bidirectional]
           [--include GLOB]... [--exclude GLOB]... [--tables T1,T2] [--conflict POLICY] [--no-deletes]
           [--bandwidth KIB_PER_S] [--delete-guard PERCENT]
  ferryctl [--home DIR] profile list [--json]
  ferryctl [--home DIR] profile remove NAME

--direction: upload (this site to the remote one, the default), download, or bidirectional
(pull, then push).
--conflict, when both sides changed the same item since they last agreed:
  manual       keep both as they are and ask (the default); the rest of the run goes on
  local-wins   this site's version wins
  remote-wins  the remote site's version wins
  master-wins  the author stage's version wins
  newer-wins   the later change wins (by a hybrid clock, not the wall clock alone)
  keep-both    the later change keeps the name, the other is saved beside it
Every conflict is written to the conflict log, whatever the policy.
--delete-guard (default 25): a run that would delete a larger share of a folder or table
stops and asks for --yes.
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] profile add NAME --relationship BEZ [--direction upload|download|bidirectional]
           [--include MUSTER]... [--exclude MUSTER]... [--tables T1,T2] [--conflict REGEL] [--no-deletes]
           [--bandwidth KIB_PRO_S] [--delete-guard PROZENT]
  ferryctl [--home VERZ] profile list [--json]
  ferryctl [--home VERZ] profile remove NAME

--direction: upload (von dieser Website zur entfernten, der Standard), download, oder bidirectional
(erst holen, dann senden).
--conflict, wenn beide Seiten denselben Eintrag seit ihrer letzten Übereinstimmung geändert haben:
  manual       beide lassen, wie sie sind, und fragen (Standard); der Rest des Laufs geht weiter
  local-wins   die Version dieser Website gewinnt
  remote-wins  die Version der entfernten Website gewinnt
  master-wins  die Version der Autorenstufe gewinnt
  newer-wins   die spätere Änderung gewinnt (nach einer hybriden Uhr, nicht nur der Wanduhr)
  keep-both    die spätere Änderung behält den Namen, die andere wird daneben gespeichert
Jeder Konflikt wird im Konfliktprotokoll festgehalten, gleich nach welcher Regel.
--delete-guard (Standard 25): Ein Lauf, der einen größeren Anteil eines Ordners oder einer Tabelle
löschen würde, hält an und verlangt --yes.
</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>die Beziehung</translation>
    </message>
    <message>
        <source>REL</source>
        <translation>BEZ</translation>
    </message>
    <message>
        <source>upload, download or bidirectional</source>
        <translation>upload, download oder bidirectional</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>keep only files matching GLOB</source>
        <translation>nur Dateien behalten, die auf MUSTER passen</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>leave out files matching GLOB</source>
        <translation>Dateien auslassen, die auf MUSTER passen</translation>
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
        <source>the conflict policy</source>
        <translation>die Konfliktregel</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>do not carry deletions</source>
        <translation>Löschungen nicht übertragen</translation>
    </message>
    <message>
        <source>limit in KiB/s</source>
        <translation>Grenze in KiB/s</translation>
    </message>
    <message>
        <source>KIB_PER_S</source>
        <translation>KIB_PRO_S</translation>
    </message>
    <message>
        <source>ask before deleting more than this share</source>
        <translation>vor dem Löschen von mehr als diesem Anteil fragen</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>profile add needs --relationship REL.</source>
        <translation>profile add braucht --relationship BEZ.</translation>
    </message>
    <message>
        <source>--direction is upload, download or bidirectional, not '%1'.</source>
        <translation>--direction ist upload, download oder bidirectional, nicht '%1'.</translation>
    </message>
    <message>
        <source>--conflict is manual, local-wins, remote-wins, master-wins, newer-wins or keep-both, not '%1'.</source>
        <translation>--conflict ist manual, local-wins, remote-wins, master-wins, newer-wins oder keep-both, nicht '%1'.</translation>
    </message>
    <message>
        <source>--bandwidth and --delete-guard take whole numbers.</source>
        <translation>--bandwidth und --delete-guard nehmen ganze Zahlen.</translation>
    </message>
    <message>
        <source>Added profile %1 for relationship %2: %3, conflicts %4%5.</source>
        <translation>Profil %1 für die Beziehung %2 hinzugefügt: %3, Konflikte %4%5.</translation>
    </message>
    <message>
        <source>, deletions not carried</source>
        <translation>, Löschungen werden nicht übertragen</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: ferryctl profile add NAME --relationship REL</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: ferryctl profile add NAME --relationship BEZ</translation>
    </message>
    <message>
        <source>Removed profile %1 and its schedules.</source>
        <translation>Profil %1 und seine Zeitpläne entfernt.</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The bandwidth limit is a number of KiB/s, 0 for none.</source>
        <translation>Die Bandbreitengrenze ist eine Zahl in KiB/s, 0 für keine.</translation>
    </message>
    <message>
        <source>The deletion guard is a share of a resource, from 0 to 100 percent.</source>
        <translation>Der Löschschutz ist ein Anteil einer Ressource, von 0 bis 100 Prozent.</translation>
    </message>
    <message>
        <source>Site '%1' does not capture table %2 (it captures: %3).</source>
        <translation>Die Website '%1' erfasst die Tabelle %2 nicht (sie erfasst: %3).</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>keine Tabellen</translation>
    </message>
    <message>
        <source>A profile named '%1' already exists.</source>
        <translation>Ein Profil namens '%1' existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. See 'ferryctl profile list'.</source>
        <translation>Es gibt kein Profil namens '%1'. Siehe 'ferryctl profile list'.</translation>
    </message>
</context>
<context>
    <name>RelationshipCommand</name>
    <message>
        <source>pair a site here with a site on another server (add, list, remove)</source>
        <translation>eine Website hier mit einer Website auf einem anderen Server koppeln (add, list, remove)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] relationship add NAME --site SITE --remote https://HOST:PORT/SITE
           [--cert FILE --key FILE] [--ca FILE] [--pin FINGERPRINT]
           [--proxy URL | --no-proxy] [--accept-pushes]
  ferryctl [--home DIR] relationship list [--json]
  ferryctl [--home DIR] relationship remove NAME

--site is the site on this server; --remote names the site on the other server's agent, by
name or UUID. Without --cert and --key, this server shows the certificate applied with
'ferryctl cert import'; without --ca, the agent's certificate must chain to this
installation's CA or one it trusts. --pin accepts only that exact agent certificate.
Removing a relationship removes its profiles and their schedules; the sites are not touched.
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] relationship add NAME --site WEBSITE --remote https://HOST:PORT/WEBSITE
           [--cert DATEI --key DATEI] [--ca DATEI] [--pin FINGERABDRUCK]
           [--proxy URL | --no-proxy] [--accept-pushes]
  ferryctl [--home VERZ] relationship list [--json]
  ferryctl [--home VERZ] relationship remove NAME

--site ist die Website auf diesem Server; --remote nennt die Website beim Agenten des anderen
Servers, nach Name oder UUID. Ohne --cert und --key zeigt dieser Server das mit 'ferryctl cert import'
angewandte Zertifikat; ohne --ca muss das Zertifikat des Agenten von der Zertifizierungsstelle dieser
Installation oder einer ihr vertrauten stammen. --pin lässt nur genau dieses Agenten-Zertifikat zu.
Das Entfernen einer Beziehung entfernt ihre Profile und deren Zeitpläne; die Websites bleiben unberührt.
</translation>
    </message>
    <message>
        <source>the site on this server</source>
        <translation>die Website auf diesem Server</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>the remote site</source>
        <translation>die entfernte Website</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>this server's certificate</source>
        <translation>das Zertifikat dieses Servers</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>its private key</source>
        <translation>sein privater Schlüssel</translation>
    </message>
    <message>
        <source>the CA the agent's certificate must chain to</source>
        <translation>die Zertifizierungsstelle, von der das Zertifikat des Agenten stammen muss</translation>
    </message>
    <message>
        <source>the agent certificate's SHA-256 fingerprint</source>
        <translation>der SHA-256-Fingerabdruck des Agenten-Zertifikats</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>reach the agent through this proxy</source>
        <translation>den Agenten über diesen Proxy erreichen</translation>
    </message>
    <message>
        <source>never use a proxy for this agent</source>
        <translation>für diesen Agenten nie einen Proxy verwenden</translation>
    </message>
    <message>
        <source>let the remote site push to this one</source>
        <translation>die entfernte Website an diese senden lassen</translation>
    </message>
    <message>
        <source>relationship add needs --site SITE and --remote https://HOST:PORT/SITE.</source>
        <translation>relationship add braucht --site WEBSITE und --remote https://HOST:PORT/WEBSITE.</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy contradict each other.</source>
        <translation>--proxy und --no-proxy widersprechen sich.</translation>
    </message>
    <message>
        <source>Added relationship %1: site %2 with %3.</source>
        <translation>Beziehung %1 hinzugefügt: Website %2 mit %3.</translation>
    </message>
    <message>
        <source>The first run of its profiles is an initial copy: it asks before it overwrites anything.</source>
        <translation>Der erste Lauf ihrer Profile ist eine Erstkopie: Er fragt, bevor er etwas überschreibt.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>No relationships yet. Add one with: ferryctl relationship add NAME --site SITE --remote URL</source>
        <translation>Noch keine Beziehungen. Fügen Sie eine hinzu mit: ferryctl relationship add NAME --site WEBSITE --remote URL</translation>
    </message>
    <message>
        <source> (accepts pushes)</source>
        <translation> (nimmt Sendungen an)</translation>
    </message>
    <message>
        <source>Removed relationship %1.</source>
        <translation>Beziehung %1 entfernt.</translation>
    </message>
    <message>
        <source>Removed its profiles and their schedules: %1.</source>
        <translation>Ihre Profile und deren Zeitpläne entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>RelationshipRegistry</name>
    <message>
        <source>Cannot read the certificate %1 (%2).</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a remote site address. Use https://HOST:PORT/SITE, SITE being the site's name or UUID on that server's agent.</source>
        <translation>'%1' ist keine Adresse einer entfernten Website. Verwenden Sie https://HOST:PORT/WEBSITE, WEBSITE als Name oder UUID der Website beim Agenten jenes Servers.</translation>
    </message>
    <message>
        <source>A remote site address carries no user name or password: the agent knows this server by its certificate.</source>
        <translation>Die Adresse einer entfernten Website enthält weder Benutzername noch Passwort: Der Agent erkennt diesen Server an seinem Zertifikat.</translation>
    </message>
    <message>
        <source>'%1' is not a valid %2 name: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>'%1' ist kein gültiger Name für %2: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>--cert and --key go together: this server's certificate and its private key.</source>
        <translation>--cert und --key gehören zusammen: das Zertifikat dieses Servers und sein privater Schlüssel.</translation>
    </message>
    <message>
        <source>This server has no certificate to show the agent. Apply the bundle issued for it (ferryctl cert import NODE.p12), or give --cert and --key.</source>
        <translation>Dieser Server hat kein Zertifikat, das er dem Agenten zeigen kann. Wenden Sie das für ihn ausgestellte Bündel an (ferryctl cert import KNOTEN.p12), oder geben Sie --cert und --key an.</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>der private Schlüssel</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 fingerprint (32 bytes in hex, with or without colons).</source>
        <translation>'%1' ist kein SHA-256-Fingerabdruck (32 Bytes hexadezimal, mit oder ohne Doppelpunkte).</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>'%1' ist keine Proxy-Adresse. Verwenden Sie http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <source>The proxy address contains a password. Ferry never stores passwords in its settings: leave it out.</source>
        <translation>Die Proxy-Adresse enthält ein Passwort. Ferry speichert nie Passwörter in seinen Einstellungen: Lassen Sie es weg.</translation>
    </message>
    <message>
        <source>A relationship named '%1' already exists.</source>
        <translation>Eine Beziehung namens '%1' existiert bereits.</translation>
    </message>
    <message>
        <source>There is no relationship named '%1'. See 'ferryctl relationship list'.</source>
        <translation>Es gibt keine Beziehung namens '%1'. Siehe 'ferryctl relationship list'.</translation>
    </message>
</context>
<context>
    <name>RelativePath</name>
    <message>
        <source>The path is empty.</source>
        <translation>Der Pfad ist leer.</translation>
    </message>
    <message>
        <source>The path is longer than %1 bytes.</source>
        <translation>Der Pfad ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The path '%1' contains a NUL character.</source>
        <translation>Der Pfad '%1' enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The path '%1' contains a backslash; paths use '/' only.</source>
        <translation>Der Pfad '%1' enthält einen Backslash; Pfade verwenden nur '/'.</translation>
    </message>
    <message>
        <source>The path '%1' is absolute; only paths inside the files folder are accepted.</source>
        <translation>Der Pfad '%1' ist absolut; nur Pfade innerhalb des Dateiordners werden angenommen.</translation>
    </message>
    <message>
        <source>The path '%1' starts with a drive letter.</source>
        <translation>Der Pfad '%1' beginnt mit einem Laufwerksbuchstaben.</translation>
    </message>
    <message>
        <source>The path '%1' is deeper than %2 folders.</source>
        <translation>Der Pfad '%1' ist tiefer als %2 Ordner.</translation>
    </message>
    <message>
        <source>The path '%1' has an empty component.</source>
        <translation>Der Pfad '%1' hat einen leeren Bestandteil.</translation>
    </message>
    <message>
        <source>The path '%1' contains '%2'; only paths inside the files folder are accepted.</source>
        <translation>Der Pfad '%1' enthält '%2'; nur Pfade innerhalb des Dateiordners werden angenommen.</translation>
    </message>
    <message>
        <source>A name in the path '%1' is longer than %2 bytes.</source>
        <translation>Ein Name im Pfad '%1' ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>The path is not valid UTF-8.</source>
        <translation>Der Pfad ist kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>RemoteConflictCopy</name>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 ist nicht mehr auf %2.</translation>
    </message>
    <message>
        <source>Content not shown: %1 on %2 is larger than %3 bytes.</source>
        <translation>Inhalt nicht angezeigt: %1 auf %2 ist größer als %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 changed on %2 while it was read; open the conflict again.</source>
        <translation>%1 hat sich auf %2 beim Lesen geändert; öffnen Sie den Konflikt erneut.</translation>
    </message>
</context>
<context>
    <name>RemoteSite</name>
    <message>
        <source>The agent at %1 serves no site '%2' to this certificate. On that server, `ferryctl site list` shows its sites and `ferryctl peer list` who may use them.</source>
        <translation>Der Agent unter %1 stellt diesem Zertifikat keine Site '%2' bereit. Auf jenem Server zeigt `ferryctl site list` seine Sites und `ferryctl peer list`, wer sie verwenden darf.</translation>
    </message>
    <message>
        <source>Site %1 answered %2: %3</source>
        <translation>Die Site %1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>Site %1 described %2 files when asked about %3.</source>
        <translation>Die Site %1 hat %2 Dateien beschrieben, gefragt war nach %3.</translation>
    </message>
    <message>
        <source>Site %1 answered about other files than it was asked.</source>
        <translation>Die Site %1 hat zu anderen Dateien geantwortet als gefragt.</translation>
    </message>
    <message>
        <source>Site %1 answered about %2 rows when asked about %3.</source>
        <translation>Die Site %1 hat zu %2 Zeilen geantwortet, gefragt war nach %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 refused %n chunk(s): %2</source>
        <translation>
            <numerusform>Die Site %1 hat %n Block abgelehnt: %2</numerusform>
            <numerusform>Die Site %1 hat %n Blöcke abgelehnt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 did not send its chunks: %2</source>
        <translation>Die Site %1 hat ihre Blöcke nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Site %1 sent other chunks than were asked for.</source>
        <translation>Die Site %1 hat andere Blöcke gesendet als angefragt.</translation>
    </message>
    <message>
        <source>Site %1 sent %2 signatures when asked for %3.</source>
        <translation>Die Site %1 hat %2 Signaturen gesendet, als nach %3 gefragt wurde.</translation>
    </message>
    <message>
        <source>Site %1 sent %2 deltas when asked for %3.</source>
        <translation>Die Site %1 hat %2 Deltas gesendet, als nach %3 gefragt wurde.</translation>
    </message>
    <message>
        <source>Site %1 sent deltas of other chunks than were asked for.</source>
        <translation>Die Site %1 hat Deltas anderer Blöcke gesendet als angefragt.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>The key %1 does not fit table %2's primary key (%3).</source>
        <translation>Der Schlüssel %1 passt nicht zum Primärschlüssel der Tabelle %2 (%3).</translation>
    </message>
    <message>
        <source>Row %1 of %2 names a column that is not a plain name: %3</source>
        <translation>Zeile %1 von %2 nennt eine Spalte, die kein einfacher Name ist: %3</translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>Zeile %1 von %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: %3</source>
        <translation>Zeile %1 von %2 kann nicht gelöscht werden: %3</translation>
    </message>
</context>
<context>
    <name>RowValuesCodec</name>
    <message>
        <source>The row question</source>
        <translation>Die Zeilenabfrage</translation>
    </message>
    <message>
        <source>The row answer</source>
        <translation>Die Zeilenantwort</translation>
    </message>
    <message>
        <source>%1 must name at most %2 rows.</source>
        <translation>%1 darf höchstens %2 Zeilen nennen.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no table or key.</source>
        <translation>%2: Zeile %1 hat keine Tabelle oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has malformed values.</source>
        <translation>%2: Zeile %1 hat fehlerhafte Werte.</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1: changed on both sides; waiting for review (%2)</source>
        <translation>%1: auf beiden Seiten geändert; wartet auf Prüfung (%2)</translation>
    </message>
    <message>
        <source>conflict settled: %1</source>
        <translation>Konflikt gelöst: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like the above</source>
        <translation>
            <numerusform>… und %n weiteres wie oben</numerusform>
            <numerusform>… und %n weitere wie oben</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: the program running it stopped before it finished (killed, or the machine went down). The next run completes what it left.</source>
        <translation>Unterbrochen: Das Programm, das ihn ausführte, endete, bevor er fertig war (beendet, oder der Rechner fiel aus). Der nächste Lauf vervollständigt, was er übrig ließ.</translation>
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
    <name>ScheduleCommand</name>
    <message>
        <source>when profiles run on their own (add, list, remove, enable, disable)</source>
        <translation>wann Profile von selbst laufen (add, list, remove, enable, disable)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] schedule add PROFILE --every 30m|2h | --daily HH:MM | --weekdays mon,wed --at HH:MM
           [--start ISO] [--disabled]
  ferryctl [--home DIR] schedule list [--json]
  ferryctl [--home DIR] schedule remove ID
  ferryctl [--home DIR] schedule enable|disable ID

--every runs the profile at the start, then every so many minutes (m) or hours (h) of elapsed
time. --daily and --weekdays run it at a time of day on this machine's clock: a time skipped
when the clocks go forward runs once, when they jump; a time repeated when they go back runs
once, the first time. Weekdays are mon, tue, wed, thu, fri, sat, sun.
--start (e.g. 2026-12-01T08:00, in local time unless it names an offset): nothing runs before
it; the default is the next full minute.
Runs missed while no scheduler was running (ferryd, or the GUI while it is open) run once,
not once for each, and a profile never has two runs queued or running.
</source>
        <translation>Aufruf:
  ferryctl [--home DIR] schedule add PROFILE --every 30m|2h | --daily HH:MM | --weekdays mon,wed --at HH:MM
           [--start ISO] [--disabled]
  ferryctl [--home DIR] schedule list [--json]
  ferryctl [--home DIR] schedule remove ID
  ferryctl [--home DIR] schedule enable|disable ID

--every lässt das Profil zum Start laufen, danach alle so vielen Minuten (m) oder Stunden (h)
verstrichener Zeit. --daily und --weekdays lassen es zu einer Uhrzeit dieses Rechners laufen: eine
Uhrzeit, die beim Vorstellen der Uhr übersprungen wird, läuft einmal, wenn die Uhr springt; eine,
die beim Zurückstellen doppelt vorkommt, läuft einmal, beim ersten Mal. Wochentage sind mon, tue,
wed, thu, fri, sat, sun.
--start (z. B. 2026-12-01T08:00, Ortszeit, sofern kein Versatz angegeben ist): vorher läuft nichts;
Standard ist die nächste volle Minute.
Läufe, die verpasst wurden, während kein Planer lief (ferryd oder die GUI, solange sie offen ist),
laufen einmal, nicht einmal je verpasstem Lauf, und ein Profil hat nie zwei Läufe in der Warteschlange
oder in Arbeit.
</translation>
    </message>
    <message>
        <source>run every N minutes (30m) or hours (2h)</source>
        <translation>alle N Minuten (30m) oder Stunden (2h) ausführen</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>run daily at this time</source>
        <translation>täglich zu dieser Uhrzeit ausführen</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>run on these days</source>
        <translation>an diesen Tagen ausführen</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>the time of day, with --weekdays</source>
        <translation>die Uhrzeit, mit --weekdays</translation>
    </message>
    <message>
        <source>nothing runs before this time</source>
        <translation>vor diesem Zeitpunkt läuft nichts</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>store the schedule switched off</source>
        <translation>den Zeitplan ausgeschaltet speichern</translation>
    </message>
    <message>
        <source>schedule add needs one of --every, --daily or --weekdays.</source>
        <translation>schedule add braucht eines von --every, --daily oder --weekdays.</translation>
    </message>
    <message>
        <source>--at goes with --weekdays (use --daily HH:MM for every day).</source>
        <translation>--at gehört zu --weekdays (für jeden Tag --daily HH:MM verwenden).</translation>
    </message>
    <message>
        <source>--every takes minutes or hours, e.g. 30m or 2h; not '%1'.</source>
        <translation>--every nimmt Minuten oder Stunden, z. B. 30m oder 2h; nicht '%1'.</translation>
    </message>
    <message>
        <source>A time of day is HH:MM, from 00:00 to 23:59; not '%1'.</source>
        <translation>Eine Uhrzeit ist HH:MM, von 00:00 bis 23:59; nicht '%1'.</translation>
    </message>
    <message>
        <source>--weekdays takes days such as mon,wed (mon tue wed thu fri sat sun); not '%1'.</source>
        <translation>--weekdays nimmt Tage wie mon,wed (mon tue wed thu fri sat sun); nicht '%1'.</translation>
    </message>
    <message>
        <source>--start takes a date and time such as 2026-12-01T08:00; not '%1'.</source>
        <translation>--start nimmt Datum und Uhrzeit wie 2026-12-01T08:00; nicht '%1'.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. See 'ferryctl profile list'.</source>
        <translation>Es gibt kein Profil namens '%1'. Siehe 'ferryctl profile list'.</translation>
    </message>
    <message>
        <source>Added schedule %1 for profile %2: %3; next run %4.</source>
        <translation>Zeitplan %1 für Profil %2 hinzugefügt: %3; nächster Lauf %4.</translation>
    </message>
    <message>
        <source>Added schedule %1 for profile %2: %3; disabled.</source>
        <translation>Zeitplan %1 für Profil %2 hinzugefügt: %3; ausgeschaltet.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>No schedules yet. Add one with: ferryctl schedule add PROFILE --daily 02:30</source>
        <translation>Noch keine Zeitpläne. Einen hinzufügen mit: ferryctl schedule add PROFILE --daily 02:30</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>nächster Lauf %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>A schedule is named by its number, as 'ferryctl schedule list' shows it.</source>
        <translation>Ein Zeitplan wird mit seiner Nummer angegeben, wie 'ferryctl schedule list' sie zeigt.</translation>
    </message>
    <message>
        <source>Removed schedule %1 (%2).</source>
        <translation>Zeitplan %1 entfernt (%2).</translation>
    </message>
    <message>
        <source>Enabled schedule %1.</source>
        <translation>Zeitplan %1 eingeschaltet.</translation>
    </message>
    <message>
        <source>Disabled schedule %1.</source>
        <translation>Zeitplan %1 ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>ScheduleRegistry</name>
    <message>
        <source>A schedule runs every 1 minute to every 31 days; %1 minutes is outside that.</source>
        <translation>Ein Zeitplan läuft jede Minute bis alle 31 Tage; %1 Minuten liegen außerhalb.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the schedule.</source>
        <translation>Wählen Sie mindestens einen Wochentag für den Zeitplan.</translation>
    </message>
    <message>
        <source>Give the time of day the schedule runs at, as HH:MM.</source>
        <translation>Geben Sie die Uhrzeit an, zu der der Zeitplan läuft, als HH:MM.</translation>
    </message>
    <message>
        <source>Unknown kind of schedule.</source>
        <translation>Unbekannte Art von Zeitplan.</translation>
    </message>
    <message>
        <source>every %1h</source>
        <translation>alle %1h</translation>
    </message>
    <message>
        <source>every %1m</source>
        <translation>alle %1m</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>The schedule's profile no longer exists; choose another.</source>
        <translation>Das Profil des Zeitplans gibt es nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1. See 'ferryctl schedule list'.</source>
        <translation>Es gibt keinen Zeitplan mit der Nummer %1. Siehe 'ferryctl schedule list'.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
</context>
<context>
    <name>SecurityConfigurator</name>
    <message>
        <source>OpenSSL could not make a random passphrase.</source>
        <translation>OpenSSL konnte keine zufällige Passphrase erzeugen.</translation>
    </message>
    <message>
        <source>%1 %2 is not valid yet: it becomes valid on %3 (UTC). Check this computer's clock, or wait.</source>
        <translation>%1 %2 ist noch nicht gültig: es wird am %3 (UTC) gültig. Prüfen Sie die Uhr dieses Rechners, oder warten Sie.</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 (UTC); ask for a new one.</source>
        <translation>%1 %2 ist am %3 (UTC) abgelaufen; fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>This home already has a certificate authority. Ferry keeps one per installation.</source>
        <translation>Dieser Home-Ordner hat bereits eine Zertifizierungsstelle. Ferry führt eine pro Installation.</translation>
    </message>
    <message>
        <source>The CA was not created: its key's passphrase could not be stored. %1</source>
        <translation>Die CA wurde nicht erstellt: die Passphrase ihres Schlüssels konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The passphrase of the CA key is not in the system keychain (entry %1 of service %2): the CA cannot issue certificates without it.</source>
        <translation>Die Passphrase des CA-Schlüssels ist nicht im Schlüsselbund des Systems (Eintrag %1 des Dienstes %2): ohne sie kann die CA keine Zertifikate ausstellen.</translation>
    </message>
    <message>
        <source>The CA key's passphrase is in the system keychain, which cannot be read here: %1</source>
        <translation>Die Passphrase des CA-Schlüssels liegt im Schlüsselbund des Systems, der hier nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME</source>
        <translation>Dieser Home-Ordner hat noch keine Zertifizierungsstelle. Erstellen Sie eine mit: ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is a passphrase-protected bundle: give its passphrase.</source>
        <translation>%1 ist ein durch Passphrase geschütztes Paket: geben Sie seine Passphrase an.</translation>
    </message>
    <message>
        <source>In %1 the node certificate %2 was not issued by the CA included with it.</source>
        <translation>In %1 wurde das Knotenzertifikat %2 nicht von der mitgelieferten CA ausgestellt.</translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation>Das CA-Zertifikat</translation>
    </message>
    <message>
        <source>%1 is a CA certificate that is not self-signed; Ferry trusts root CAs only.</source>
        <translation>%1 ist ein CA-Zertifikat, das nicht selbst signiert ist; Ferry vertraut nur Stamm-CAs.</translation>
    </message>
    <message>
        <source>%1 is the node certificate of %2, not a CA. To apply it as this server's certificate, give its key with --key FILE; to let that node in, use: ferryctl peer allow %1</source>
        <translation>%1 ist das Knotenzertifikat von %2, keine CA. Um es als Zertifikat dieses Servers zu übernehmen, geben Sie seinen Schlüssel mit --key FILE an; um diesen Knoten zuzulassen: ferryctl peer allow %1</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>Die Schlüsseldatei</translation>
    </message>
    <message>
        <source>The key file %1</source>
        <translation>Die Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>The key %1 does not match the certificate %2: they are not a pair.</source>
        <translation>Der Schlüssel %1 passt nicht zum Zertifikat %2: sie sind kein Paar.</translation>
    </message>
    <message>
        <source>The node certificate</source>
        <translation>Das Knotenzertifikat</translation>
    </message>
    <message>
        <source>The certificate %1 was not issued by a CA this installation trusts. Import its CA certificate first: ferryctl cert import ca.crt</source>
        <translation>Das Zertifikat %1 wurde nicht von einer CA ausgestellt, der diese Installation vertraut. Importieren Sie zuerst ihr CA-Zertifikat: ferryctl cert import ca.crt</translation>
    </message>
    <message>
        <source>The bundle's CA %1 has the fingerprint %2, not %3: it is not the CA you meant to trust.</source>
        <translation>Die CA %1 des Pakets hat den Fingerabdruck %2, nicht %3: es ist nicht die CA, der Sie vertrauen wollten.</translation>
    </message>
    <message>
        <source>The bundle was issued by the CA %1 (SHA-256 %2), which this installation does not trust. Compare that fingerprint with the one 'ferryctl cert list' shows on the issuing server, then import again with --trust-ca FINGERPRINT, or import its ca.crt first.</source>
        <translation>Das Paket wurde von der CA %1 (SHA-256 %2) ausgestellt, der diese Installation nicht vertraut. Vergleichen Sie diesen Fingerabdruck mit dem, den 'ferryctl cert list' auf dem ausstellenden Server zeigt, und importieren Sie dann erneut mit --trust-ca FINGERPRINT, oder importieren Sie zuerst ihre ca.crt.</translation>
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
    <message>
        <source>index only files matching GLOB</source>
        <translation>nur Dateien indizieren, die auf MUSTER passen</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>leave out files and folders matching GLOB</source>
        <translation>Dateien und Ordner auslassen, die auf MUSTER passen</translation>
    </message>
    <message>
        <source>register this server's sites and index them (add, set, list, remove, scan)</source>
        <translation>die Websites dieses Servers anmelden und indizieren (add, set, list, remove, scan)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] site add NAME --files DIR [--db URL --tables T1,T2] [--stage N]
                                 [--keep-versions DAYS]
  ferryctl [--home DIR] site set NAME --keep-versions DAYS
  ferryctl [--home DIR] site list [--json]
  ferryctl [--home DIR] site remove NAME
  ferryctl [--home DIR] site scan NAME [--include GLOB]... [--exclude GLOB]... [--json]

A site is a content repository on this server: a name, a files folder, optionally a content
database, and a stage (0 = author/staging; higher stages are published later). Its UUID is
made once, here.

A file a run overwrites or deletes on a site is kept first in the site's versions area in the
home (see 'ferryctl versions'), for --keep-versions days (30 unless set; 1 to 3650), then pruned.

--db takes sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE, never a password: PostgreSQL
passwords come from ~/.pgpass or PGPASSWORD. Adding a site installs change capture (triggers
and a _ferry_changes table) in its database; removing the site takes them out again. Every
synced table needs a primary key.

scan re-reads what changed in the files folder and takes in the captured row changes.
A pattern without '/' matches a name at any depth (*.tmp, cache); one with '/' matches the
path from the files folder (assets/**/*.css); '**' crosses folders. Files outside the
patterns are left out of the scan, never recorded as deleted.
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] site add NAME --files VERZ [--db URL --tables T1,T2] [--stage N]
                                [--keep-versions TAGE]
  ferryctl [--home VERZ] site set NAME --keep-versions TAGE
  ferryctl [--home VERZ] site list [--json]
  ferryctl [--home VERZ] site remove NAME
  ferryctl [--home VERZ] site scan NAME [--include MUSTER]... [--exclude MUSTER]... [--json]

Eine Website ist ein Inhaltsbestand auf diesem Server: ein Name, ein Dateiordner, optional eine
Inhaltsdatenbank, und eine Stufe (0 = Autor/Staging; höhere Stufen werden später veröffentlicht).
Ihre UUID wird einmal erzeugt, hier.

Eine Datei, die ein Lauf auf einer Website überschreibt oder löscht, wird zuerst im Versionsbereich
der Website im Home-Ordner aufbewahrt (siehe 'ferryctl versions'), --keep-versions Tage lang (30, wenn
nicht gesetzt; 1 bis 3650), und danach entfernt.

--db nimmt sqlite:///PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK, nie ein Passwort:
PostgreSQL-Passwörter kommen aus ~/.pgpass oder PGPASSWORD. Beim Hinzufügen wird in der Datenbank
die Änderungserfassung (Trigger und eine Tabelle _ferry_changes) eingerichtet; beim Entfernen der
Website wird sie wieder herausgenommen. Jede synchronisierte Tabelle braucht einen Primärschlüssel.

scan liest neu, was sich im Dateiordner geändert hat, und übernimmt die erfassten Zeilenänderungen.
Ein Muster ohne '/' passt auf einen Namen in jeder Tiefe (*.tmp, cache); eines mit '/' auf den Pfad
ab dem Dateiordner (assets/**/*.css); '**' überspannt Ordner. Dateien außerhalb der Muster werden
nicht durchsucht und nie als gelöscht vermerkt.
</translation>
    </message>
    <message>
        <source>days overwritten and deleted files are kept</source>
        <translation>Tage, die überschriebene und gelöschte Dateien aufbewahrt werden</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>--keep-versions needs a whole number of days, not '%1'.</source>
        <translation>--keep-versions braucht eine ganze Zahl von Tagen, nicht '%1'.</translation>
    </message>
    <message>
        <source>site set needs --keep-versions DAYS.</source>
        <translation>site set braucht --keep-versions TAGE.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 keeps overwritten and deleted files for %n day(s).</source>
        <translation>
            <numerusform>Website %1 bewahrt überschriebene und gelöschte Dateien %n Tag auf.</numerusform>
            <numerusform>Website %1 bewahrt überschriebene und gelöschte Dateien %n Tage auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its versions area %1 still holds %n kept version(s) of replaced files (%2); delete that folder when you no longer need it.</source>
        <translation>
            <numerusform>Sein Versionsbereich %1 enthält noch %n aufbewahrte Version ersetzter Dateien (%2); löschen Sie diesen Ordner, wenn Sie ihn nicht mehr brauchen.</numerusform>
            <numerusform>Sein Versionsbereich %1 enthält noch %n aufbewahrte Versionen ersetzter Dateien (%2); löschen Sie diesen Ordner, wenn Sie ihn nicht mehr brauchen.</numerusform>
        </translation>
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
</context>
<context>
    <name>SiteLock</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the lock file of site %1 (%2).</source>
        <translation>Die Sperrdatei der Site %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Site %1 is being written by another run; try again when it has finished.</source>
        <translation>Die Site %1 wird gerade von einem anderen Lauf beschrieben; versuchen Sie es erneut, wenn dieser beendet ist.</translation>
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
    <message>
        <source>A site keeps overwritten and deleted files from 1 to %1 days, not %2.</source>
        <translation>Eine Website bewahrt überschriebene und gelöschte Dateien 1 bis %1 Tage auf, nicht %2.</translation>
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
    <name>SiteWriter</name>
    <message>
        <source>%1 changed on site %2 since this run planned; the next run will look again.</source>
        <translation>%1 hat sich auf der Site %2 geändert, seit dieser Lauf geplant hat; der nächste Lauf prüft es erneut.</translation>
    </message>
    <message>
        <source>%1 appeared on site %2 since this run planned; the next run will look again.</source>
        <translation>%1 ist auf der Site %2 aufgetaucht, seit dieser Lauf geplant hat; der nächste Lauf prüft es erneut.</translation>
    </message>
    <message>
        <source>%1 changed on disk on site %2 since its last scan; the next run will look again.</source>
        <translation>%1 hat sich seit der letzten Durchsuchung auf dem Datenträger der Site %2 geändert; der nächste Lauf prüft es erneut.</translation>
    </message>
    <message>
        <source>%1 on site %2 does not hold the content the run expected.</source>
        <translation>%1 auf der Site %2 hat nicht den Inhalt, den der Lauf erwartet hat.</translation>
    </message>
    <message>
        <source>Site %1 lacks a chunk of %2; it must be sent before the file.</source>
        <translation>Der Site %1 fehlt ein Block von %2; er muss vor der Datei gesendet werden.</translation>
    </message>
    <message>
        <source>%1 vanished from site %2 right after it was written.</source>
        <translation>%1 ist direkt nach dem Schreiben von der Site %2 verschwunden.</translation>
    </message>
    <message>
        <source>Site %1 has no content database to take rows into.</source>
        <translation>Die Site %1 hat keine Inhaltsdatenbank, die Zeilen aufnehmen könnte.</translation>
    </message>
    <message>
        <source>Site %1 does not keep table %2 in step.</source>
        <translation>Die Site %1 hält die Tabelle %2 nicht synchron.</translation>
    </message>
    <message>
        <source>Row %1 changed on %2 during the run; it was left as it is, and the next run settles both changes.</source>
        <translation>Zeile %1 wurde während des Laufs auf %2 geändert; sie blieb unverändert, und der nächste Lauf klärt beide Änderungen.</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its chunk list; nothing was changed.</source>
        <translation>Der für %1 empfangene Inhalt passt nicht zu seiner Blockliste; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The database is not an open SQLite database.</source>
        <translation>Die Datenbank ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The database could not be read or written (%1).</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The database is busy: another Ferry process kept it locked for too long. Try again.</source>
        <translation>Die Datenbank ist belegt: Ein anderer Ferry-Prozess hat sie zu lange gesperrt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written (%1).</source>
        <translation>Der Datenträger ist voll: Die Datenbank konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Qt's SQLite driver uses another SQLite library than Ferry (%1): Ferry needs Qt built with the system's SQLite.</source>
        <translation>Qts SQLite-Treiber verwendet eine andere SQLite-Bibliothek als Ferry (%1): Ferry benötigt ein Qt, das mit dem SQLite des Systems gebaut ist.</translation>
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
    <message>
        <source>Run %1 is no longer running.</source>
        <translation>Lauf %1 läuft nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>run a profile now (--dry-run: show the plan only)</source>
        <translation>ein Profil jetzt ausführen (--dry-run: nur den Plan zeigen)</translation>
    </message>
    <message>
        <source>Usage: ferryctl [--home DIR] sync PROFILE [--dry-run] [--yes] [--initial upload|download] [--json]

Connects to the relationship's agent, scans both sites, exchanges their changes, plans, and moves
files and rows so both sides are in step. --dry-run prints the plan, deletions first, and changes
nothing. A relationship's first run is an initial copy, which overwrites the destination: it, and
a run that would delete more than the profile's share of a folder or table, stops and asks
(exit status 3) until run again with --yes. --initial says which way the first run of a
bidirectional profile copies. --json prints one JSON object with the totals.
</source>
        <translation>Aufruf: ferryctl [--home VERZ] sync PROFIL [--dry-run] [--yes] [--initial upload|download] [--json]

Verbindet sich mit dem Agenten der Beziehung, durchsucht beide Sites, tauscht ihre Änderungen aus,
plant und überträgt Dateien und Zeilen, bis beide Seiten synchron sind. --dry-run gibt den Plan aus,
Löschungen zuerst, und ändert nichts. Der erste Lauf einer Beziehung ist eine Erstkopie, die das
Ziel überschreibt: Diese hält, ebenso wie ein Lauf, der mehr als den im Profil festgelegten Anteil
eines Ordners oder einer Tabelle löschen würde, an und fragt nach (Exit-Status 3), bis Sie den
Befehl mit --yes erneut ausführen. --initial legt fest, in welche Richtung der erste Lauf eines
bidirektionalen Profils kopiert. --json gibt ein JSON-Objekt mit den Summen aus.
</translation>
    </message>
    <message>
        <source>show the plan, change nothing</source>
        <translation>den Plan zeigen, nichts ändern</translation>
    </message>
    <message>
        <source>confirm an initial copy or a guarded deletion</source>
        <translation>eine Erstkopie oder eine geschützte Löschung bestätigen</translation>
    </message>
    <message>
        <source>the first run's direction</source>
        <translation>die Richtung des ersten Laufs</translation>
    </message>
    <message>
        <source>upload|download</source>
        <translation>upload|download</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>--initial takes upload or download.</source>
        <translation>--initial erwartet upload oder download.</translation>
    </message>
    <message>
        <source>The run was cancelled; the next run completes it.</source>
        <translation>Der Lauf wurde abgebrochen; der nächste Lauf schließt ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be synchronised; `ferryctl log` has the reasons.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht synchronisiert werden; `ferryctl log` nennt die Gründe.</numerusform>
            <numerusform>%n Einträge konnten nicht synchronisiert werden; `ferryctl log` nennt die Gründe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides are in step: nothing to do.</source>
        <translation>Beide Seiten sind synchron: nichts zu tun.</translation>
    </message>
    <message>
        <source>Initial copy plan with %1:</source>
        <translation>Plan der Erstkopie mit %1:</translation>
    </message>
    <message>
        <source>Plan with %1:</source>
        <translation>Plan mit %1:</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n Änderung:</numerusform>
            <numerusform>%n Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to push, %2 to pull, %3 deletions here, %4 deletions there, %5 conflicts (%6 waiting for review).</source>
        <translation>%1 zu senden, %2 zu holen, %3 Löschungen hier, %4 Löschungen dort, %5 Konflikte (%6 warten auf Prüfung).</translation>
    </message>
</context>
<context>
    <name>SyncLogExport</name>
    <message>
        <source>Cannot write %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Is the disk full?</source>
        <translation>%1 kann nicht geschrieben werden (%2). Ist der Datenträger voll?</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>There is no profile '%1'; `ferryctl profile list` shows the profiles.</source>
        <translation>Es gibt kein Profil '%1'; `ferryctl profile list` zeigt die Profile.</translation>
    </message>
    <message>
        <source>Profile %1 belongs to no relationship any more.</source>
        <translation>Das Profil %1 gehört zu keiner Beziehung mehr.</translation>
    </message>
    <message>
        <source>Relationship %1 names a site that no longer exists.</source>
        <translation>Die Beziehung %1 nennt eine Site, die nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Decided on review by %1.</source>
        <translation>Nach Prüfung von %1 entschieden.</translation>
    </message>
    <message>
        <source>%1 files sent, %2 received, %3 deleted; %4 rows sent, %5 received, %6 deleted</source>
        <translation>%1 Dateien gesendet, %2 empfangen, %3 gelöscht; %4 Zeilen gesendet, %5 empfangen, %6 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n waiting for review)</source>
        <translation>
            <numerusform>(%n wartet auf Prüfung)</numerusform>
            <numerusform>(%n warten auf Prüfung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed</source>
        <translation>
            <numerusform>%n Eintrag fehlgeschlagen</numerusform>
            <numerusform>%n Einträge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>This is relationship %1's first run, an initial copy: say which way with --initial upload (this site over the remote) or --initial download.</source>
        <translation>Dies ist der erste Lauf der Beziehung %1, eine Erstkopie: Legen Sie die Richtung mit --initial upload (diese Site überschreibt die entfernte) oder --initial download fest.</translation>
    </message>
    <message>
        <source>If it is meant to be empty, run again with --yes.</source>
        <translation>Ist diese Leere gewollt, führen Sie den Befehl mit --yes erneut aus.</translation>
    </message>
    <message>
        <source>Cancelled before anything was transferred.</source>
        <translation>Abgebrochen, bevor etwas übertragen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>This first run is an initial copy %1: it overwrites or deletes %n item(s) on %2, whose previous versions go to that side's versions area. Run again with --yes to go ahead.</source>
        <translation>
            <numerusform>Dieser erste Lauf ist eine Erstkopie %1: Er überschreibt oder löscht %n Eintrag auf %2, dessen vorherige Version in den Versionsbereich jener Seite kommt. Führen Sie den Befehl mit --yes erneut aus, um fortzufahren.</numerusform>
            <numerusform>Dieser erste Lauf ist eine Erstkopie %1: Er überschreibt oder löscht %n Einträge auf %2, deren vorherige Versionen in den Versionsbereich jener Seite kommen. Führen Sie den Befehl mit --yes erneut aus, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>from this site to the remote</source>
        <translation>von dieser Site zur entfernten Site</translation>
    </message>
    <message>
        <source>from the remote to this site</source>
        <translation>von der entfernten Site zu dieser Site</translation>
    </message>
    <message>
        <source>Run again with --yes to go ahead.</source>
        <translation>Führen Sie den Befehl mit --yes erneut aus, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) planned, nothing transferred.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung geplant, nichts übertragen.</numerusform>
            <numerusform>Probelauf: %n Änderungen geplant, nichts übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <source>Only a dry run can use settings that are not saved.</source>
        <translation>Nur ein Probelauf kann ungespeicherte Einstellungen verwenden.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The trust store file %1 is damaged (%2); restore it from a backup.</source>
        <translation>Die Datei %1 des Vertrauensspeichers ist beschädigt (%2); stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The expiry warning needs between 1 and 3650 days, not %1.</source>
        <translation>Die Ablaufwarnung braucht zwischen 1 und 3650 Tage, nicht %1.</translation>
    </message>
    <message>
        <source>This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME</source>
        <translation>Dieser Home-Ordner hat noch keine Zertifizierungsstelle. Erstellen Sie eine mit: ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>This home already has a certificate authority (%1). Ferry keeps one per installation.</source>
        <translation>Dieser Home-Ordner hat bereits eine Zertifizierungsstelle (%1). Ferry führt eine pro Installation.</translation>
    </message>
    <message>
        <source>The CA key</source>
        <translation>Der CA-Schlüssel</translation>
    </message>
    <message>
        <source>The CA key %1</source>
        <translation>Der CA-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate.</source>
        <translation>%1 ist kein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>Nothing in the trust store has the fingerprint or name '%1'. See: ferryctl cert list</source>
        <translation>Nichts im Vertrauensspeicher hat den Fingerabdruck oder Namen '%1'. Siehe: ferryctl cert list</translation>
    </message>
    <message>
        <source>More than one certificate is named '%1': give its SHA-256 fingerprint instead.</source>
        <translation>Mehr als ein Zertifikat heißt '%1': geben Sie stattdessen seinen SHA-256-Fingerabdruck an.</translation>
    </message>
    <message>
        <source>%1 is this installation's own certificate authority; it cannot be untrusted here. Untrust the certificates it issued instead.</source>
        <translation>%1 ist die eigene Zertifizierungsstelle dieser Installation; ihr kann hier nicht das Vertrauen entzogen werden. Widerrufen Sie stattdessen die von ihr ausgestellten Zertifikate.</translation>
    </message>
    <message>
        <source>%1 is this server's own certificate; apply a new bundle to replace it.</source>
        <translation>%1 ist das eigene Zertifikat dieses Servers; übernehmen Sie ein neues Paket, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>VersionRestore</name>
    <message>
        <source>No version of %1 is kept. See 'ferryctl versions list SITE'.</source>
        <translation>Von %1 ist keine Version aufbewahrt. Siehe 'ferryctl versions list WEBSITE'.</translation>
    </message>
    <message>
        <source>No version of %1 was kept at %2. See 'ferryctl versions list SITE %1'.</source>
        <translation>Von %1 wurde um %2 keine Version aufbewahrt. Siehe 'ferryctl versions list WEBSITE %1'.</translation>
    </message>
    <message>
        <source>Cannot read the kept version %1 (%2).</source>
        <translation>Die aufbewahrte Version %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it became shorter while it was read</source>
        <translation>sie wurde beim Lesen kürzer</translation>
    </message>
</context>
<context>
    <name>VersionsArea</name>
    <message>
        <source>Cannot create the versions folder %1.</source>
        <translation>Der Versionsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1 (%2).</source>
        <translation>Die vorige Version von %1 kann nicht aufbewahrt werden (%2).</translation>
    </message>
    <message>
        <source>Cannot remove the old version %1.</source>
        <translation>Die alte Version %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>VersionsCommand</name>
    <message>
        <source>list, restore and prune the files runs overwrote or deleted on a site</source>
        <translation>die von Läufen überschriebenen oder gelöschten Dateien einer Website auflisten, wiederherstellen und bereinigen</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] versions list SITE [PATH] [--json]
  ferryctl [--home DIR] versions restore SITE PATH [--kept TIME]
  ferryctl [--home DIR] versions prune SITE [--older-than DAYS]

Before a run overwrites or deletes a file on a site, the file is kept in the site's versions
area in the home (never in the files folder), for the days the site keeps versions ('site set
NAME --keep-versions DAYS', 30 unless set); older ones are pruned as runs write the site.

list shows what is kept, of the whole site or of one file or folder (PATH, relative to the
files folder), oldest first, with the time each was kept (UTC).
restore puts a kept version back: the newest one, or the one kept at TIME as list shows it.
The file it replaces is kept first, so a restore can itself be undone; the next run carries
the restored file to the site's peers like any other change made here.
prune removes now what was kept more than DAYS ago (the site's own days unless given).
</source>
        <translation>Aufruf:
  ferryctl [--home VERZ] versions list WEBSITE [PFAD] [--json]
  ferryctl [--home VERZ] versions restore WEBSITE PFAD [--kept ZEIT]
  ferryctl [--home VERZ] versions prune WEBSITE [--older-than TAGE]

Bevor ein Lauf eine Datei auf einer Website überschreibt oder löscht, wird sie im Versionsbereich der
Website im Home-Ordner aufbewahrt (nie im Dateiordner), so viele Tage, wie die Website Versionen
aufbewahrt ('site set NAME --keep-versions TAGE', 30, wenn nicht gesetzt); ältere werden entfernt,
wenn Läufe die Website schreiben.

list zeigt, was aufbewahrt ist, für die ganze Website oder eine Datei oder einen Ordner (PFAD, relativ
zum Dateiordner), die älteste zuerst, mit der Zeit der Aufbewahrung (UTC).
restore legt eine aufbewahrte Version zurück: die neueste, oder die um ZEIT aufbewahrte, wie list sie
zeigt. Die ersetzte Datei wird zuerst aufbewahrt, also lässt sich auch eine Wiederherstellung
rückgängig machen; der nächste Lauf bringt die wiederhergestellte Datei zu den Partnern der Website
wie jede andere Änderung hier.
prune entfernt sofort, was vor mehr als TAGE Tagen aufbewahrt wurde (ohne Angabe: die Tage der Website).
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>versions list takes a site and, optionally, a path in its files folder.</source>
        <translation>versions list nimmt eine Website und optional einen Pfad in ihrem Dateiordner.</translation>
    </message>
    <message>
        <source>Site %1 keeps no overwritten or deleted files.</source>
        <translation>Website %1 bewahrt keine überschriebenen oder gelöschten Dateien auf.</translation>
    </message>
    <message>
        <source>Site %1 keeps no version of %2.</source>
        <translation>Website %1 bewahrt keine Version von %2 auf.</translation>
    </message>
    <message>
        <source>KEPT (UTC)</source>
        <translation>AUFBEWAHRT (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>the version kept at this time, as 'versions list' shows it</source>
        <translation>die zu dieser Zeit aufbewahrte Version, wie 'versions list' sie zeigt</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>--kept takes a time as 'versions list' shows it (2026-12-07T16:40:01.123Z), not '%1'.</source>
        <translation>--kept nimmt eine Zeit, wie 'versions list' sie zeigt (2026-12-07T16:40:01.123Z), nicht '%1'.</translation>
    </message>
    <message>
        <source>Restored %1 on site %2 as it was kept at %3; the file it replaced is kept in the versions area.</source>
        <translation>%1 auf Website %2 wiederhergestellt, wie um %3 aufbewahrt; die ersetzte Datei ist im Versionsbereich aufbewahrt.</translation>
    </message>
    <message>
        <source>remove what was kept more than DAYS ago</source>
        <translation>entfernen, was vor mehr als TAGE Tagen aufbewahrt wurde</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>--older-than takes a whole number of days, 0 or more; not '%1'.</source>
        <translation>--older-than nimmt eine ganze Zahl von Tagen, 0 oder mehr; nicht '%1'.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n version(s) kept before %1 from site %2.</source>
        <translation>
            <numerusform>%n vor %1 aufbewahrte Version von Website %2 entfernt.</numerusform>
            <numerusform>%n vor %1 aufbewahrte Versionen von Website %2 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::AgentClient</name>
    <message>
        <source>The agent at %1 presented the certificate %2, but this relationship is pinned to %3: refusing to talk to it. If the agent's certificate was rotated, pin the new one.</source>
        <translation>Der Agent unter %1 hat das Zertifikat %2 vorgelegt, diese Beziehung ist aber auf %3 festgelegt: Die Verbindung wird abgelehnt. Wurde das Zertifikat des Agenten erneuert, legen Sie das neue fest.</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 expired on %2; renew it on that server (ferryctl cert issue).</source>
        <translation>Das Zertifikat des Agenten unter %1 ist am %2 abgelaufen; erneuern Sie es auf jenem Server (ferryctl cert issue).</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 is not valid before %2; check both servers' clocks.</source>
        <translation>Das Zertifikat des Agenten unter %1 ist erst ab %2 gültig; prüfen Sie die Uhren beider Server.</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 was not issued by a certificate authority this installation trusts. Import that CA with 'ferryctl cert import ca.crt' if you trust it.</source>
        <translation>Das Zertifikat des Agenten unter %1 stammt nicht von einer Zertifizierungsstelle, der diese Installation vertraut. Importieren Sie diese Stelle mit 'ferryctl cert import ca.crt', wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The agent's certificate does not name %1; issue it with --host or --ip for that address.</source>
        <translation>Das Zertifikat des Agenten nennt %1 nicht; stellen Sie es mit --host oder --ip für diese Adresse aus.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: is ferryd running on %1?</source>
        <translation>Unter %1 antwortet nichts: Läuft ferryd auf %1?</translation>
    </message>
    <message>
        <source>The host %1 is unknown.</source>
        <translation>Der Host %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The agent at %1 did not answer within %2 seconds.</source>
        <translation>Der Agent unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The agent at %1 closed the connection while we sent %2 bytes: more than it accepts in one request.</source>
        <translation>Der Agent unter %1 hat die Verbindung geschlossen, während wir %2 Bytes sendeten: mehr, als er in einer Anfrage annimmt.</translation>
    </message>
    <message>
        <source>The agent at %1 refused the connection: it requires a client certificate, and none is configured.</source>
        <translation>Der Agent unter %1 hat die Verbindung abgelehnt: Er verlangt ein Client-Zertifikat, und keines ist eingerichtet.</translation>
    </message>
    <message>
        <source>The agent at %1 refused our certificate during the TLS handshake (%2). Is it issued by a CA the agent trusts, and still valid (until %3)?</source>
        <translation>Der Agent unter %1 hat unser Zertifikat beim TLS-Handshake abgelehnt (%2). Stammt es von einer Zertifizierungsstelle, der der Agent vertraut, und ist es noch gültig (bis %3)?</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The agent at %1 answered %2: %3</source>
        <translation>Der Agent unter %1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>No request %1 waits for its answer.</source>
        <translation>Keine Anfrage %1 wartet auf ihre Antwort.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ferry::AgentServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden: %3.</translation>
    </message>
    <message>
        <source>This agent only answers clients with a trusted certificate.</source>
        <translation>Dieser Agent antwortet nur Clients mit einem vertrauenswürdigen Zertifikat.</translation>
    </message>
    <message>
        <source>The agent is shutting down; try again in a moment.</source>
        <translation>Der Agent wird beendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; this request takes at most %2.</source>
        <translation>Der Inhalt der Anfrage hat %1 Bytes; diese Anfrage nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTest</name>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>„%1“ ist keine Proxy-Adresse. Verwenden Sie http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Nothing answered at %1 within %2 seconds. Check the address and port, and that a firewall lets the connection through.</source>
        <translation>Unter %1 hat innerhalb von %2 Sekunden nichts geantwortet. Prüfen Sie Adresse und Port und ob eine Firewall die Verbindung durchlässt.</translation>
    </message>
    <message>
        <source>The host %1 is unknown. Check its spelling, or use its IP address.</source>
        <translation>Der Host %1 ist unbekannt. Prüfen Sie die Schreibweise oder verwenden Sie seine IP-Adresse.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the port, and that ferryd is running on that server (systemctl status ferryd).</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie den Port und ob ferryd auf diesem Server läuft (systemctl status ferryd).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <source>The server at %1 answers.</source>
        <translation>Der Server unter %1 antwortet.</translation>
    </message>
    <message>
        <source>The agent's certificate (%1) was issued by a certificate authority this installation trusts.</source>
        <translation>Das Zertifikat des Agenten (%1) wurde von einer Zertifizierungsstelle ausgestellt, der diese Installation vertraut.</translation>
    </message>
    <message>
        <source>The agent's certificate fingerprint: %1.</source>
        <translation>Fingerabdruck des Agenten-Zertifikats: %1.</translation>
    </message>
    <message>
        <source>The agent answered the hello with %1: %2</source>
        <translation>Der Agent beantwortete das Hello mit %1: %2</translation>
    </message>
    <message>
        <source>The agent (ferryd %1) speaks protocol %2, as we do.</source>
        <translation>Der Agent (ferryd %1) spricht Protokoll %2, wie wir.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The agent's clock is %1 from ours (within ±2 minutes).</source>
        <translation>Die Uhr des Agenten weicht um %1 von unserer ab (innerhalb von ±2 Minuten).</translation>
    </message>
    <message>
        <source>The agent's clock is %1 from ours, more than ±2 minutes: set both servers' clocks by NTP (timedatectl set-ntp true).</source>
        <translation>Die Uhr des Agenten weicht um %1 von unserer ab, mehr als ±2 Minuten: Stellen Sie die Uhren beider Server per NTP (timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>The agent offers no site '%1' to this server's certificate (it offers: %2). Check the site's name, or on that server: ferryctl peer allow %3 --site %1</source>
        <translation>Der Agent bietet dem Zertifikat dieses Servers keine Website „%1“ an (er bietet: %2). Prüfen Sie den Namen der Website, oder auf jenem Server: ferryctl peer allow %3 --site %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This agent does not say whether we may push to %1: it is an older version.</source>
        <translation>Dieser Agent sagt nicht, ob wir an %1 senden dürfen: Er ist eine ältere Version.</translation>
    </message>
    <message>
        <source>This server may push to site %1.</source>
        <translation>Dieser Server darf an die Website %1 senden.</translation>
    </message>
    <message>
        <source>This server may only read site %1, not push to it: copies from here to there will be refused. On that server: ferryctl peer allow %2 --site %1 --push</source>
        <translation>Dieser Server darf die Website %1 nur lesen, nicht an sie senden: Kopien von hier nach dort werden abgelehnt. Auf jenem Server: ferryctl peer allow %2 --site %1 --push</translation>
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
    <name>ferry::SyncJobQueue</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor er begann.</translation>
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
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>Every run writes here what it did to each folder and table — files and rows sent, received and deleted — and every error, with the side it happened on.</source>
        <translation>Jeder Lauf schreibt hier, was er mit jedem Ordner und jeder Tabelle getan hat – gesendete, empfangene und gelöschte Dateien und Zeilen – und jeden Fehler, mit der Seite, auf der er auftrat.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>New entries appear at the top while this view is open.</source>
        <translation>Neue Einträge erscheinen oben, solange diese Ansicht offen ist.</translation>
    </message>
    <message>
        <source>Save the entries the filters select as a CSV file.</source>
        <translation>Die von den Filtern gewählten Einträge als CSV-Datei speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Alle Beziehungen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Folder or table</source>
        <translation>Ordner oder Tabelle</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Jeder Modus</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>seit Beginn</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>bis jetzt</translation>
    </message>
    <message>
        <source>Show the entries of every run again</source>
        <translation>Wieder die Einträge aller Läufe zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Run %1 only</source>
        <translation>Nur Lauf %1</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Kein Eintrag passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n record(s); more appear as you scroll.</source>
        <translation>
            <numerusform>Der neueste %n Eintrag; weitere erscheinen beim Blättern.</numerusform>
            <numerusform>Die neuesten %n Einträge; weitere erscheinen beim Blättern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sync log</source>
        <translation>Synchronisationsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
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
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A file a sync overwrites or deletes on this site is kept in the site's versions area for this many days, and can be restored with 'ferryctl versions restore'.</source>
        <translation>Eine Datei, die eine Synchronisation auf dieser Website überschreibt oder löscht, wird so viele Tage im Versionsbereich der Website aufbewahrt und lässt sich mit 'ferryctl versions restore' wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Keep replaced files:</source>
        <translation>Ersetzte Dateien auf&amp;bewahren:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AddressPage</name>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Diesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>Connect directly, bypassing any proxy</source>
        <translation>Direkt verbinden, ohne Proxy</translation>
    </message>
    <message>
        <source>Remote agent</source>
        <translation>Entfernter Agent</translation>
    </message>
    <message>
        <source>The other server runs the Ferry agent (ferryd). Give its address and the name of the site there to pair with.</source>
        <translation>Auf dem anderen Server läuft der Ferry-Agent (ferryd). Geben Sie seine Adresse und den Namen der Website dort an, mit der gekoppelt werden soll.</translation>
    </message>
    <message>
        <source>e.g. prod1.example.org or 203.0.113.10</source>
        <translation>z. B. prod1.example.org oder 203.0.113.10</translation>
    </message>
    <message>
        <source>e.g. www</source>
        <translation>z. B. www</translation>
    </message>
    <message>
        <source>http://proxy.example.org:3128 or socks5://HOST:PORT</source>
        <translation>http://proxy.example.org:3128 oder socks5://HOST:PORT</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Remote &amp;site:</source>
        <translation>Entfernte &amp;Website:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>'%1' is not a host name or an IP address. Give the server's name (prod1.example.org) or address (203.0.113.10), without https:// or a path.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse. Geben Sie den Namen (prod1.example.org) oder die Adresse (203.0.113.10) des Servers an, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>Enter the agent's port, from 1 to 65535 (ferryd --listen HOST:PORT on that server; %1 by default).</source>
        <translation>Geben Sie den Port des Agenten an, von 1 bis 65535 (ferryd --listen HOST:PORT auf jenem Server; standardmäßig %1).</translation>
    </message>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT, or choose another connection.</source>
        <translation>„%1“ ist keine Proxy-Adresse. Verwenden Sie http://HOST:PORT oder socks5://HOST:PORT, oder wählen Sie eine andere Verbindung.</translation>
    </message>
    <message>
        <source>Leave the password out of the proxy address: Ferry never stores passwords in its settings.</source>
        <translation>Lassen Sie das Passwort aus der Proxy-Adresse weg: Ferry speichert nie Passwörter in seinen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ApplyPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Apply a bundle</source>
        <translation>Paket übernehmen</translation>
    </message>
    <message>
        <source>Choose the bundle (.p12) exported on the staging server, and type the passphrase it was exported with.</source>
        <translation>Wählen Sie das auf dem Staging-Server exportierte Paket (.p12) und geben Sie die Passphrase ein, mit der es exportiert wurde.</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>&amp;Paketdatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Apply Bundle</source>
        <translation>Paket übernehmen</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation>PKCS#12-Pakete (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>%1 is not a node bundle. Import a CA certificate from the Certificates view, or with: ferryctl cert import FILE</source>
        <translation>%1 ist kein Knotenpaket. Importieren Sie ein CA-Zertifikat in der Ansicht Zertifikate oder mit: ferryctl cert import FILE</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AsyncWizardPage</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
</context>
<context>
    <name>ferry::ui::BytesChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CaPage</name>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1 CA</source>
        <translation>%1-CA</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The authority is valid for ten years. Its private key is encrypted; the passphrase goes to the system keychain.</source>
        <translation>Die Zertifizierungsstelle ist zehn Jahre gültig. Ihr privater Schlüssel ist verschlüsselt; die Passphrase kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>This installation has its certificate authority already; it will issue the certificate.</source>
        <translation>Diese Installation hat bereits ihre Zertifizierungsstelle; diese stellt das Zertifikat aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2&lt;br&gt;Valid until %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2&lt;br&gt;Gültig bis %3</translation>
    </message>
    <message>
        <source>This installation has no certificate authority yet. Name it after the installation, e.g. "Example Ltd staging".</source>
        <translation>Diese Installation hat noch keine Zertifizierungsstelle. Benennen Sie sie nach der Installation, z. B. "Example Ltd Staging".</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificatePage</name>
    <message>
        <source>This server's certificate</source>
        <translation>Zertifikat dieses Servers</translation>
    </message>
    <message>
        <source>A certificate and key from files</source>
        <translation>Zertifikat und Schlüssel aus Dateien</translation>
    </message>
    <message>
        <source>Open the Certificates Wizard…</source>
        <translation>Zertifikat-Assistenten öffnen…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The agent lets in only servers whose certificate was issued by a certificate authority it trusts.</source>
        <translation>Der Agent lässt nur Server herein, deren Zertifikat von einer Zertifizierungsstelle stammt, der er vertraut.</translation>
    </message>
    <message>
        <source>/path/to/NODE.crt</source>
        <translation>/pfad/zu/KNOTEN.crt</translation>
    </message>
    <message>
        <source>/path/to/NODE.key (readable by its owner only)</source>
        <translation>/pfad/zu/KNOTEN.key (nur für den Eigentümer lesbar)</translation>
    </message>
    <message>
        <source>optional: the CA the agent's certificate must chain to</source>
        <translation>optional: die Zertifizierungsstelle, auf die das Zertifikat des Agenten zurückgehen muss</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>Zertifizierungs&amp;stelle:</translation>
    </message>
    <message>
        <source>No certificate yet? On the staging server, the Certificates Wizard creates the authority and issues one per server; on this server it applies the bundle you received.</source>
        <translation>Noch kein Zertifikat? Auf dem Staging-Server erstellt der Zertifikat-Assistent die Zertifizierungsstelle und stellt je Server eines aus; auf diesem Server spielt er das erhaltene Paket ein.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1, valid until %2
SHA-256 %3
Trusts: %4</source>
        <translation>%1, gültig bis %2
SHA-256 %3
Vertraut: %4</translation>
    </message>
    <message>
        <source>Give both the certificate file and its private key, or choose this server's certificate.</source>
        <translation>Geben Sie die Zertifikatsdatei und ihren privaten Schlüssel an, oder wählen Sie das Zertifikat dieses Servers.</translation>
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
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Untrust</source>
        <translation>Vertrauen entziehen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>(by fingerprint)</source>
        <translation>(per Fingerabdruck)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificates Wizard…</source>
        <translation>Zertifikats-Assistent…</translation>
    </message>
    <message>
        <source>Issue a new key and certificate for the selected server</source>
        <translation>Einen neuen Schlüssel und ein neues Zertifikat für den gewählten Server ausstellen</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate, CA or peer</source>
        <translation>Dem gewählten Zertifikat, der CA oder dem Peer nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>This home has no certificate authority and trusts no other server yet. A certificate authority issues the certificates that let this installation and its production servers recognise each other. From a shell: ferryctl cert ca --name NAME</source>
        <translation>Dieser Home-Ordner hat keine Zertifizierungsstelle und vertraut noch keinem anderen Server. Eine Zertifizierungsstelle stellt die Zertifikate aus, an denen diese Installation und ihre Produktionsserver einander erkennen. In einer Shell: ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Set Up Certificates…</source>
        <translation>Zertifikate einrichten…</translation>
    </message>
    <message>
        <source>This installation's CA</source>
        <translation>CA dieser Installation</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Trusted CA</source>
        <translation>Vertraute CA</translation>
    </message>
    <message>
        <source>Allowed peer</source>
        <translation>Zugelassener Peer</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Rotate them before servers stop trusting each other.</source>
        <translation>Erneuern Sie sie, bevor die Server einander nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>Revoke the certificate issued to %1? Servers using it will no longer be trusted.</source>
        <translation>Das für %1 ausgestellte Zertifikat widerrufen? Server, die es verwenden, werden nicht mehr vertraut.</translation>
    </message>
    <message>
        <source>Stop trusting %1? Servers relying on it will no longer be trusted.</source>
        <translation>%1 nicht mehr vertrauen? Server, die sich darauf stützen, werden nicht mehr vertraut.</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1 days: %n certificate(s).</source>
        <translation>
            <numerusform>Läuft innerhalb von %1 Tagen ab: %n Zertifikat.</numerusform>
            <numerusform>Laufen innerhalb von %1 Tagen ab: %n Zertifikate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired: %n certificate(s).</source>
        <translation>
            <numerusform>Abgelaufen: %n Zertifikat.</numerusform>
            <numerusform>Abgelaufen: %n Zertifikate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConfirmPage</name>
    <message>
        <source>Check the bundle</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>The bundle was issued by a certificate authority this installation trusts.</source>
        <translation>Das Paket wurde von einer Zertifizierungsstelle ausgestellt, der diese Installation vertraut.</translation>
    </message>
    <message>
        <source>The bundle was issued by a certificate authority this installation does not trust yet.</source>
        <translation>Das Paket wurde von einer Zertifizierungsstelle ausgestellt, der diese Installation noch nicht vertraut.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Server certificate: &lt;b&gt;%1&lt;/b&gt; (%2), valid until %3&lt;br&gt;SHA-256 %4&lt;/p&gt;&lt;p&gt;Issued by: &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;SHA-256 &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Serverzertifikat: &lt;b&gt;%1&lt;/b&gt; (%2), gültig bis %3&lt;br&gt;SHA-256 %4&lt;/p&gt;&lt;p&gt;Ausgestellt von: &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;SHA-256 &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the one the staging server shows: trust %1</source>
        <translation>Ich habe diesen Fingerabdruck mit dem auf dem Staging-Server verglichen: %1 vertrauen</translation>
    </message>
    <message>
        <source>This server's certificate is now %1, issued by %2. Allow the staging server's certificate as a peer to let it push.</source>
        <translation>Das Zertifikat dieses Servers ist jetzt %1, ausgestellt von %2. Lassen Sie das Zertifikat des Staging-Servers als Peer zu, damit er senden kann.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConflictDetail</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Local version</source>
        <translation>Lokale Fassung</translation>
    </message>
    <message>
        <source>Remote version</source>
        <translation>Entfernte Fassung</translation>
    </message>
    <message>
        <source>Select a conflict to see both versions.</source>
        <translation>Wählen Sie einen Konflikt, um beide Fassungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Beide Fassungen werden gelesen…</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>hash %1…</source>
        <translation>Hash %1…</translation>
    </message>
    <message>
        <source>No details recorded</source>
        <translation>Keine Angaben festgehalten</translation>
    </message>
    <message>
        <source>Content not available: no copy of either version was kept. The details above are all Ferry recorded.</source>
        <translation>Inhalt nicht verfügbar: Von keiner Fassung wurde eine Kopie aufbewahrt. Die Angaben oben sind alles, was Ferry festgehalten hat.</translation>
    </message>
    <message>
        <source>Neither text nor a picture: compare the details above.</source>
        <translation>Weder Text noch Bild: Vergleichen Sie die Angaben oben.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Not a picture Ferry can show.</source>
        <translation>Kein Bild, das Ferry anzeigen kann.</translation>
    </message>
    <message>
        <source>content read from the remote site just now</source>
        <translation>Inhalt soeben von der entfernten Website gelesen</translation>
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
    <message>
        <source>Keep Local</source>
        <translation>Lokale behalten</translation>
    </message>
    <message>
        <source>Keep Remote</source>
        <translation>Entfernte behalten</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>The local version stays; the next run sends it to the remote site.</source>
        <translation>Die lokale Fassung bleibt; der nächste Lauf überträgt sie zur entfernten Website.</translation>
    </message>
    <message>
        <source>The remote version replaces the local one on the next run.</source>
        <translation>Die entfernte Fassung ersetzt beim nächsten Lauf die lokale.</translation>
    </message>
    <message>
        <source>Both stay: the remote version is saved beside the local one, named after its site.</source>
        <translation>Beide bleiben: Die entfernte Fassung wird neben der lokalen gespeichert, nach ihrer Website benannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: %1. The next run applies it.</source>
        <translation>
            <numerusform>%n Konflikt entschieden: %1. Der nächste Lauf setzt es um.</numerusform>
            <numerusform>%n Konflikte entschieden: %1. Der nächste Lauf setzt es um.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you (%1)</source>
        <translation>Wartet auf Sie (%1)</translation>
    </message>
    <message>
        <source>Recording your decision…</source>
        <translation>Ihre Entscheidung wird festgehalten…</translation>
    </message>
    <message>
        <source>Apply at once</source>
        <translation>Sofort anwenden</translation>
    </message>
    <message>
        <source>Start a run of the profile that found the conflict as soon as the decision is recorded, rather than waiting for its next run.</source>
        <translation>Startet einen Lauf des Profils, das den Konflikt gefunden hat, sobald die Entscheidung gespeichert ist, statt auf seinen nächsten Lauf zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: %1. A run applies it now.</source>
        <translation>
            <numerusform>%n Konflikt entschieden: %1. Ein Lauf wendet es jetzt an.</numerusform>
            <numerusform>%n Konflikte entschieden: %1. Ein Lauf wendet es jetzt an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionPage</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Pin this certificate: refuse any other, even one from a trusted CA</source>
        <translation>Dieses Zertifikat &amp;anheften: jedes andere ablehnen, auch eines von einer vertrauten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Connect and test</source>
        <translation>Verbinden und testen</translation>
    </message>
    <message>
        <source>Ferry talks to the agent now, as the relationship will.</source>
        <translation>Ferry spricht jetzt mit dem Agenten, so wie es die Beziehung tun wird.</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>TLS trusted</source>
        <translation>TLS vertraut</translation>
    </message>
    <message>
        <source>Agent's certificate</source>
        <translation>Zertifikat des Agenten</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Uhren</translation>
    </message>
    <message>
        <source>Push rights</source>
        <translation>Senderecht</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Check the summary, name the relationship and its first profile, and create them.</source>
        <translation>Prüfen Sie die Zusammenfassung, benennen Sie die Beziehung und ihr erstes Profil und legen Sie beide an.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Relationship name:</source>
        <translation>Name der &amp;Beziehung:</translation>
    </message>
    <message>
        <source>First &amp;profile name:</source>
        <translation>Name des ersten &amp;Profils:</translation>
    </message>
    <message>
        <source>Local site: %1 (%2)</source>
        <translation>Lokale Website: %1 (%2)</translation>
    </message>
    <message>
        <source>Remote site: https://%1:%2/%3</source>
        <translation>Entfernte Website: https://%1:%2/%3</translation>
    </message>
    <message>
        <source>Certificate shown: %1 (%2)</source>
        <translation>Vorgezeigtes Zertifikat: %1 (%2)</translation>
    </message>
    <message>
        <source>Agent's certificate pinned: %1</source>
        <translation>Zertifikat des Agenten angeheftet: %1</translation>
    </message>
    <message>
        <source>Agent's certificate: any issued by a trusted CA</source>
        <translation>Zertifikat des Agenten: jedes von einer vertrauten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Connection: direct, bypassing any proxy</source>
        <translation>Verbindung: direkt, ohne Proxy</translation>
    </message>
    <message>
        <source>Connection: the system's proxy settings</source>
        <translation>Verbindung: Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>Connection: through %1</source>
        <translation>Verbindung: über %1</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>First copy and profile direction: from this server to the remote site (upload)</source>
        <translation>Erstkopie und Richtung des Profils: von diesem Server zur entfernten Website (Hochladen)</translation>
    </message>
    <message>
        <source>First copy and profile direction: from the remote site to this server (download)</source>
        <translation>Erstkopie und Richtung des Profils: von der entfernten Website zu diesem Server (Herunterladen)</translation>
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
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>%1 has expired: rotate it</source>
        <translation>%1 ist abgelaufen: erneuern Sie es</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s)</source>
        <translation>
            <numerusform>%1 läuft in %n Tag ab</numerusform>
            <numerusform>%1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>None expires within %n day(s)</source>
        <translation>
            <numerusform>Keines läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Keines läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>Noch keine Zertifizierungsstelle</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DirectionPage</name>
    <message>
        <source>The first copy</source>
        <translation>Die Erstkopie</translation>
    </message>
    <message>
        <source>The two sites start from one side's content. Choose which one is right.</source>
        <translation>Beide Websites beginnen mit dem Inhalt einer Seite. Wählen Sie, welche die richtige ist.</translation>
    </message>
    <message>
        <source>From %1 (this server) to %2</source>
        <translation>Von %1 (dieser Server) nach %2</translation>
    </message>
    <message>
        <source>From %1 to %2 (this server)</source>
        <translation>Von %1 nach %2 (dieser Server)</translation>
    </message>
    <message>
        <source>Not possible: the agent does not let this server push to %1.</source>
        <translation>Nicht möglich: Der Agent lässt diesen Server nicht an %1 senden.</translation>
    </message>
    <message>
        <source>Warning: the files of site %1 on %2 will be made identical to those of %3 here. Files there that are not here will be deleted, and files that differ will be overwritten.</source>
        <translation>Achtung: Die Dateien der Website %1 auf %2 werden denen von %3 hier angeglichen. Dateien dort, die hier fehlen, werden gelöscht, und abweichende Dateien werden überschrieben.</translation>
    </message>
    <message>
        <source>Warning: the files of site %1 on %2 and the rows of its tables %3 will be made identical to those of %4 here. Files and rows there that are not here will be deleted, and those that differ will be overwritten.</source>
        <translation>Achtung: Die Dateien der Website %1 auf %2 und die Zeilen ihrer Tabellen %3 werden denen von %4 hier angeglichen. Dateien und Zeilen dort, die hier fehlen, werden gelöscht, und abweichende werden überschrieben.</translation>
    </message>
    <message>
        <source>Replaced files are kept in that server's versions area.</source>
        <translation>Ersetzte Dateien werden im Versionsbereich jenes Servers aufbewahrt.</translation>
    </message>
    <message>
        <source>Warning: the files in %1 (site %2, this server) will be made identical to those of %3 on %4. Files here that are not there will be deleted, and files that differ will be overwritten.</source>
        <translation>Achtung: Die Dateien in %1 (Website %2, dieser Server) werden denen von %3 auf %4 angeglichen. Dateien hier, die dort fehlen, werden gelöscht, und abweichende Dateien werden überschrieben.</translation>
    </message>
    <message>
        <source>Warning: the files in %1 (site %2, this server) and the rows of its tables %3 will be made identical to those of %4 on %5. Files and rows here that are not there will be deleted, and those that differ will be overwritten.</source>
        <translation>Achtung: Die Dateien in %1 (Website %2, dieser Server) und die Zeilen ihrer Tabellen %3 werden denen von %4 auf %5 angeglichen. Dateien und Zeilen hier, die dort fehlen, werden gelöscht, und abweichende werden überschrieben.</translation>
    </message>
    <message>
        <source>Replaced files are kept in this server's versions area.</source>
        <translation>Ersetzte Dateien werden im Versionsbereich dieses Servers aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose the side the first copy starts from.</source>
        <translation>Wählen Sie die Seite, von der die Erstkopie ausgeht.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ExportPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Carry the bundle to the server and apply it there. The passphrase protects the key on the way: tell it to the other side by another channel.</source>
        <translation>Bringen Sie das Paket zum Server und übernehmen Sie es dort. Die Passphrase schützt den Schlüssel unterwegs: teilen Sie sie der Gegenseite auf einem anderen Weg mit.</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>&amp;Paketdatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Issued &lt;b&gt;%1&lt;/b&gt; for %2, valid until %3.&lt;br&gt;SHA-256 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2 ausgestellt, gültig bis %3.&lt;br&gt;SHA-256 %4</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Zu kurz: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase is stronger.</source>
        <translation>Mittel: eine längere Passphrase ist stärker.</translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase, or several words.</source>
        <translation>Schwach: verwenden Sie eine längere Passphrase oder mehrere Wörter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12)</source>
        <translation>PKCS#12-Pakete (*.p12)</translation>
    </message>
    <message>
        <source>The bundle for %1 is in %2. On that server, open this wizard and apply it, or run: ferryctl cert import %3</source>
        <translation>Das Paket für %1 liegt in %2. Öffnen Sie auf jenem Server diesen Assistenten und übernehmen Sie es, oder führen Sie aus: ferryctl cert import %3</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FinishPage</name>
    <message>
        <source>&amp;Start the initial sync now</source>
        <translation>Erste Synchronisation jetzt &amp;starten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Or later: Profiles → Run Now, or on the command line: ferryctl sync PROFILE --yes</source>
        <translation>Oder später: Profile → Jetzt ausführen, oder auf der Kommandozeile: ferryctl sync PROFIL --yes</translation>
    </message>
    <message>
        <source>The relationship %1 and its profile %2 are stored. Nothing has been copied yet: the first sync copies everything in the direction you chose.</source>
        <translation>Die Beziehung %1 und ihr Profil %2 sind gespeichert. Noch wurde nichts kopiert: Die erste Synchronisation kopiert alles in der gewählten Richtung.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::IntroPage</name>
    <message>
        <source>Issue a certificate for a server (on the staging server)</source>
        <translation>Ein Zertifikat für einen Server ausstellen (auf dem Staging-Server)</translation>
    </message>
    <message>
        <source>Apply a bundle received from another installation (on a production server)</source>
        <translation>Ein von einer anderen Installation erhaltenes Paket übernehmen (auf einem Produktionsserver)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Servers trust each other through certificates from this installation's certificate authority.</source>
        <translation>Server vertrauen einander über Zertifikate der Zertifizierungsstelle dieser Installation.</translation>
    </message>
    <message>
        <source>Creates this installation's certificate authority if it has none, issues a certificate for a named server and exports it as a bundle protected by a passphrase, to carry to that server.</source>
        <translation>Erstellt die Zertifizierungsstelle dieser Installation, falls sie keine hat, stellt ein Zertifikat für einen benannten Server aus und exportiert es als durch eine Passphrase geschütztes Paket, das zu diesem Server gebracht wird.</translation>
    </message>
    <message>
        <source>Reads a bundle (.p12) exported on the staging server, checks it and makes it this server's certificate.</source>
        <translation>Liest ein auf dem Staging-Server exportiertes Paket (.p12), prüft es und macht es zum Zertifikat dieses Servers.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::IssuePage</name>
    <message>
        <source>Certificate for a server</source>
        <translation>Zertifikat für einen Server</translation>
    </message>
    <message>
        <source>The server's certificate serves as both TLS server and client, for two years.</source>
        <translation>Das Zertifikat des Servers dient zwei Jahre lang als TLS-Server und -Client.</translation>
    </message>
    <message>
        <source>e.g. prod1</source>
        <translation>z. B. prod1</translation>
    </message>
    <message>
        <source>e.g. prod1.example.org, www.example.org</source>
        <translation>z. B. prod1.example.org, www.example.org</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.10</source>
        <translation>z. B. 203.0.113.10</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>&amp;Servername:</translation>
    </message>
    <message>
        <source>&amp;Host names:</source>
        <translation>&amp;Hostnamen:</translation>
    </message>
    <message>
        <source>&amp;IP addresses:</source>
        <translation>&amp;IP-Adressen:</translation>
    </message>
    <message>
        <source>Other servers reach this one by these names and addresses; separate several with commas. The server name is included as a host name.</source>
        <translation>Andere Server erreichen diesen über diese Namen und Adressen; trennen Sie mehrere durch Kommas. Der Servername wird als Hostname aufgenommen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (dry run)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Probelauf)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Scanning files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>Reading changed files</source>
        <translation>Geänderte Dateien lesen</translation>
    </message>
    <message>
        <source>Recording the scan</source>
        <translation>Durchsuchung festhalten</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Exchanging changes</source>
        <translation>Änderungen austauschen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Elementen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ferry::ui::JobsPanel</name>
    <message>
        <source>No run is queued or running. Start one with Run now on a profile.</source>
        <translation>Kein Lauf wartet oder läuft. Starten Sie einen mit „Jetzt ausführen“ an einem Profil.</translation>
    </message>
    <message>
        <source>This run belongs to another program on this home; the items it moved are in Activity once it ends.</source>
        <translation>Dieser Lauf gehört zu einem anderen Programm auf diesem Home; die übertragenen Einträge stehen nach seinem Ende in Aktivität.</translation>
    </message>
    <message>
        <source>started by the agent (ferryd)</source>
        <translation>vom Agenten gestartet (ferryd)</translation>
    </message>
    <message>
        <source>started from the command line</source>
        <translation>von der Kommandozeile gestartet</translation>
    </message>
    <message>
        <source>started by %1 (process %2)</source>
        <translation>gestartet von %1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocalSitePage</name>
    <message>
        <source>Local site</source>
        <translation>Lokale Website</translation>
    </message>
    <message>
        <source>The site on this server that the relationship keeps in step with a site on another server.</source>
        <translation>Die Website auf diesem Server, die die Beziehung mit einer Website auf einem anderen Server abgleicht.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>This home has no site yet. Add one first (File → Add Site…), then start this wizard again.</source>
        <translation>Diese Installation hat noch keine Website. Fügen Sie zuerst eine hinzu (Datei → Website hinzufügen…) und starten Sie diesen Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>Files: %1
Tables: %2</source>
        <translation>Dateien: %1
Tabellen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no site to pair. Add one first (File → Add Site…).</source>
        <translation>Es gibt keine Website zum Koppeln. Fügen Sie zuerst eine hinzu (Datei → Website hinzufügen…).</translation>
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
    <message>
        <source>&amp;Certificates Wizard…</source>
        <translation>&amp;Zertifikats-Assistent…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Profile %1 already has a run queued or running.</source>
        <translation>Für das Profil %1 wartet oder läuft bereits ein Lauf.</translation>
    </message>
    <message>
        <source>New &amp;Relationship…</source>
        <translation>Neue &amp;Beziehung…</translation>
    </message>
    <message>
        <source>New &amp;Profile…</source>
        <translation>Neues &amp;Profil…</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::NextRunsPreview</name>
    <message>
        <source>Next five runs</source>
        <translation>Die nächsten fünf Läufe</translation>
    </message>
    <message>
        <source>It never runs as it stands.</source>
        <translation>So, wie er ist, läuft er nie.</translation>
    </message>
    <message>
        <source>The schedule is switched off: these are the runs it will make once it is switched on.</source>
        <translation>Der Zeitplan ist ausgeschaltet: Das sind die Läufe, die er macht, sobald er eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Times on this computer's clock (%1).</source>
        <translation>Zeiten nach der Uhr dieses Rechners (%1).</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileContentEditor</name>
    <message>
        <source>One pattern a line, e.g. assets/**
Empty: every file</source>
        <translation>Ein Muster je Zeile, z. B. assets/**
Leer: alle Dateien</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. *.tmp
cache</source>
        <translation>Ein Muster je Zeile, z. B. *.tmp
cache</translation>
    </message>
    <message>
        <source>'*' and '?' stay within a folder, '**' crosses folders; a pattern without '/' matches a name at any depth. Excluded folders are not entered.</source>
        <translation>„*“ und „?“ bleiben innerhalb eines Ordners, „**“ überschreitet Ordner; ein Muster ohne „/“ passt auf einen Namen in jeder Tiefe. Ausgeschlossene Ordner werden nicht betreten.</translation>
    </message>
    <message>
        <source>None ticked: every table the site captures.</source>
        <translation>Keine angehakt: alle Tabellen, die die Website erfasst.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Ausschließen:</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Choose a relationship to count the files its site holds.</source>
        <translation>Wählen Sie eine Beziehung, um die Dateien ihrer Website zu zählen.</translation>
    </message>
    <message>
        <source>Matching files: %1 (in %2)</source>
        <translation>Passende Dateien: %1 (in %2)</translation>
    </message>
    <message>
        <source>There is no relationship yet: create one first (Relationships → New Relationship…).</source>
        <translation>Es gibt noch keine Beziehung: Legen Sie zuerst eine an (Beziehungen → Neue Beziehung…).</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. www-assets.</source>
        <translation>Geben Sie dem Profil einen Namen, z. B. www-assets.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileContentPage</name>
    <message>
        <source>What to keep in step</source>
        <translation>Was abgeglichen wird</translation>
    </message>
    <message>
        <source>Folders by pattern, relative to the site's files root, and database tables.</source>
        <translation>Ordner nach Muster, relativ zum Dateiordner der Website, und Datenbanktabellen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileDialog</name>
    <message>
        <source>Edit Profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileDonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The profile %1 is stored. Run it from the Profiles view (Run Now), or give it a schedule.</source>
        <translation>Das Profil %1 ist gespeichert. Führen Sie es in der Ansicht Profile aus (Jetzt ausführen) oder geben Sie ihm einen Zeitplan.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Which profile runs on this schedule. A profile says what is kept in step with which server, and how.</source>
        <translation>Welches Profil nach diesem Zeitplan läuft. Ein Profil legt fest, was mit welchem Server abgeglichen wird, und wie.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Beziehung: %1</translation>
    </message>
    <message>
        <source>There are no profiles yet. Add one first, e.g. ferryctl profile add NAME --relationship REL.</source>
        <translation>Es gibt noch keine Profile. Fügen Sie zuerst eines hinzu, z. B. ferryctl profile add NAME --relationship REL.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilePolicyEditor</name>
    <message>
        <source>Carry &amp;deletions to the other side</source>
        <translation>&amp;Löschungen auf die andere Seite übertragen</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Deletions:</source>
        <translation>Löschungen:</translation>
    </message>
    <message>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Konflikte:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitengrenze:</translation>
    </message>
    <message>
        <source>&amp;Ask before deleting more than:</source>
        <translation>&amp;Nachfragen, bevor mehr gelöscht wird als:</translation>
    </message>
    <message>
        <source>of a folder's files or a table's rows in one run: the run stops and asks first.</source>
        <translation>der Dateien eines Ordners oder der Zeilen einer Tabelle in einem Lauf: Der Lauf hält an und fragt zuerst.</translation>
    </message>
    <message>
        <source>Asking for a dry run…</source>
        <translation>Probelauf wird angefragt…</translation>
    </message>
    <message>
        <source>Show what a run would do now, without touching anything.</source>
        <translation>Zeigen, was ein Lauf jetzt täte, ohne etwas anzurühren.</translation>
    </message>
    <message>
        <source>A preview needs the sync engine's dry run, which this version does not have yet.</source>
        <translation>Eine Vorschau braucht den Probelauf der Synchronisation, den diese Version noch nicht hat.</translation>
    </message>
    <message>
        <source>Changes made here go to the remote site; the remote site's changes stay there.</source>
        <translation>Änderungen von hier gehen zur entfernten Website; deren Änderungen bleiben dort.</translation>
    </message>
    <message>
        <source>Changes made on the remote site come here; changes made here stay here.</source>
        <translation>Änderungen der entfernten Website kommen hierher; Änderungen von hier bleiben hier.</translation>
    </message>
    <message>
        <source>Both ways: each run first pulls the remote site's changes, then pushes ours.</source>
        <translation>In beide Richtungen: Jeder Lauf holt zuerst die Änderungen der entfernten Website und sendet dann unsere.</translation>
    </message>
    <message>
        <source>A file or row deleted on one side is deleted on the other (kept in the versions area).</source>
        <translation>Eine auf einer Seite gelöschte Datei oder Zeile wird auf der anderen gelöscht (im Versionsbereich aufbewahrt).</translation>
    </message>
    <message>
        <source>Deletions stay on the side where they happened; the other side keeps its copy.</source>
        <translation>Löschungen bleiben auf der Seite, auf der sie geschahen; die andere Seite behält ihre Kopie.</translation>
    </message>
    <message>
        <source>Both versions are kept apart and listed under Conflicts for you to choose; the run goes on.</source>
        <translation>Beide Versionen werden getrennt aufbewahrt und unter Konflikte zur Auswahl aufgeführt; der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>The version changed last wins, by a clock both servers agree on.</source>
        <translation>Die zuletzt geänderte Version gewinnt, nach einer Uhr, auf die sich beide Server einigen.</translation>
    </message>
    <message>
        <source>The author site's version wins (the site with the lower stage number).</source>
        <translation>Die Version der Autoren-Website gewinnt (der Website mit der niedrigeren Stufennummer).</translation>
    </message>
    <message>
        <source>This server's version always wins.</source>
        <translation>Die Version dieses Servers gewinnt immer.</translation>
    </message>
    <message>
        <source>The remote site's version always wins.</source>
        <translation>Die Version der entfernten Website gewinnt immer.</translation>
    </message>
    <message>
        <source>One version wins; the other is saved beside it, named after its site and time.</source>
        <translation>Eine Version gewinnt; die andere wird daneben gespeichert, benannt nach ihrer Website und Zeit.</translation>
    </message>
    <message>
        <source>A run now would send %1, fetch %2 and delete %3 items; conflicts: %4.</source>
        <translation>Ein Lauf jetzt würde %1 Elemente senden, %2 holen und %3 löschen; Konflikte: %4.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilePolicyPage</name>
    <message>
        <source>How to keep it in step</source>
        <translation>Wie abgeglichen wird</translation>
    </message>
    <message>
        <source>Direction, deletions, conflicts and limits. All of them can be changed later.</source>
        <translation>Richtung, Löschungen, Konflikte und Grenzen. Alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileWizard</name>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
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
    <message>
        <source>New Profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Delete the profile %1 of %2? Its schedules are deleted with it, and it no longer runs. The sites' files and tables are not touched.</source>
        <translation>Das Profil %1 von %2 löschen? Seine Zeitpläne werden mitgelöscht, und es läuft nicht mehr. Dateien und Tabellen der Websites bleiben unberührt.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipCard</name>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <source>%1 s (the remote clock minus this one)</source>
        <translation>%1 s (entfernte Uhr minus diese)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>The last run failed.</source>
        <translation>Der letzte Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>Keine offen</translation>
    </message>
    <message>
        <source>Expired on %1: rotate it</source>
        <translation>Am %1 abgelaufen: erneuern Sie es</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>Zertifikat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>None expires within %n day(s)</source>
        <translation>
            <numerusform>Keines läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Keines läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 übertragen</translation>
    </message>
    <message>
        <source>Waiting for the initial copy.</source>
        <translation>Wartet auf die Erstkopie.</translation>
    </message>
    <message>
        <source>In step.</source>
        <translation>Abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n Konflikt wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Konflikte warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clocks are %1 s apart: newer-wins decisions may pick the wrong side.</source>
        <translation>Die Uhren liegen %1 s auseinander: „Neuere gewinnt“ kann die falsche Seite wählen.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipDialog</name>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Diesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>Connect directly, bypassing any proxy</source>
        <translation>Direkt verbinden, ohne Proxy</translation>
    </message>
    <message>
        <source>Accept pushes from the remote site</source>
        <translation>Sendungen der entfernten Website annehmen</translation>
    </message>
    <message>
        <source>Edit Relationship %1</source>
        <translation>Beziehung %1 bearbeiten</translation>
    </message>
    <message>
        <source>empty: any certificate from a trusted CA</source>
        <translation>leer: jedes Zertifikat einer vertrauten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>%1 → %2. To change the address, the sites or the certificates, create a new relationship.</source>
        <translation>%1 → %2. Um Adresse, Websites oder Zertifikate zu ändern, legen Sie eine neue Beziehung an.</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>&amp;Angeheftetes Zertifikat:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipWizard</name>
    <message>
        <source>New Relationship</source>
        <translation>Neue Beziehung</translation>
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
    <message>
        <source>New Relationship…</source>
        <translation>Neue Beziehung…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>It has no profiles.</source>
        <translation>Sie hat keine Profile.</translation>
    </message>
    <message>
        <source>Its profiles are deleted with it, with their schedules: %1.</source>
        <translation>Ihre Profile werden mitsamt ihren Zeitplänen mitgelöscht: %1.</translation>
    </message>
    <message>
        <source>Delete the relationship %1 with %2?</source>
        <translation>Die Beziehung %1 mit %2 löschen?</translation>
    </message>
    <message>
        <source>The sites' files and tables are not touched; pairing them again starts with a new initial copy.</source>
        <translation>Dateien und Tabellen der Websites bleiben unberührt; eine erneute Kopplung beginnt mit einer neuen Erstkopie.</translation>
    </message>
    <message>
        <source>Delete Relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteSitePage</name>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Remote site and resources</source>
        <translation>Entfernte Website und Ressourcen</translation>
    </message>
    <message>
        <source>The sites the agent offers to this server, and what to keep in step.</source>
        <translation>Die Websites, die der Agent diesem Server anbietet, und was abgeglichen wird.</translation>
    </message>
    <message>
        <source>A relationship always keeps the files in step; narrow them with patterns in the profile.</source>
        <translation>Eine Beziehung gleicht immer die Dateien ab; grenzen Sie sie mit Mustern im Profil ein.</translation>
    </message>
    <message>
        <source>Site on the agent:</source>
        <translation>Website beim Agenten:</translation>
    </message>
    <message>
        <source>Tables found on both sides:</source>
        <translation>Auf beiden Seiten gefundene Tabellen:</translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>Neither site captures database tables: only files are kept in step.</source>
        <translation>Keine der Websites erfasst Datenbanktabellen: Nur Dateien werden abgeglichen.</translation>
    </message>
    <message>
        <source>Only on %1 (this server): %2. Not kept in step until the other site captures them too.</source>
        <translation>Nur auf %1 (dieser Server): %2. Nicht abgeglichen, bis die andere Website sie auch erfasst.</translation>
    </message>
    <message>
        <source>Only on %1 (remote): %2. Not kept in step until this site captures them too.</source>
        <translation>Nur auf %1 (entfernt): %2. Nicht abgeglichen, bis diese Website sie auch erfasst.</translation>
    </message>
    <message>
        <source>Both sites capture the same tables.</source>
        <translation>Beide Websites erfassen dieselben Tabellen.</translation>
    </message>
    <message>
        <source>The agent offers no site to this server's certificate. On that server, allow it: ferryctl peer allow FINGERPRINT --site SITE</source>
        <translation>Der Agent bietet dem Zertifikat dieses Servers keine Website an. Erlauben Sie es auf jenem Server: ferryctl peer allow FINGERABDRUCK --site WEBSITE</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunDetailDialog</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Show in Activity</source>
        <translation>In Aktivität zeigen</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Lauf von %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Seconds since the start</source>
        <translation>Sekunden seit dem Start</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Items appear here as the run finishes them.</source>
        <translation>Einträge erscheinen hier, sobald der Lauf sie abschließt.</translation>
    </message>
    <message>
        <source>Finished items</source>
        <translation>Abgeschlossene Einträge</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s), finished too fast to list</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag, zu schnell abgeschlossen, um ihn aufzuführen</numerusform>
            <numerusform>… und %n weitere Einträge, zu schnell abgeschlossen, um sie aufzuführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Deleted %1 on the remote site</source>
        <translation>%1 auf der entfernten Website gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 here</source>
        <translation>%1 hier gelöscht</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ScheduleWizard</name>
    <message>
        <source>Edit Schedule</source>
        <translation>Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>Add Schedule</source>
        <translation>Zeitplan hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
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
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Start the selected schedule's profile now, unless it already has a run queued or running</source>
        <translation>Das Profil des gewählten Zeitplans jetzt starten, sofern es nicht schon einen Lauf in der Warteschlange oder in Arbeit hat</translation>
    </message>
    <message>
        <source>Add Schedule…</source>
        <translation>Zeitplan hinzufügen…</translation>
    </message>
    <message>
        <source>Add a profile first; a schedule says when a profile runs.</source>
        <translation>Fügen Sie zuerst ein Profil hinzu; ein Zeitplan legt fest, wann ein Profil läuft.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Schedule Not Changed</source>
        <translation>Zeitplan nicht geändert</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Delete the schedule “%1” of profile %2? The profile stays; it no longer runs on this schedule.</source>
        <translation>Den Zeitplan „%1“ des Profils %2 löschen? Das Profil bleibt; es läuft nur nicht mehr nach diesem Zeitplan.</translation>
    </message>
    <message>
        <source>Schedule Not Deleted</source>
        <translation>Zeitplan nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SecurityWizard</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
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
<context>
    <name>ferry::ui::StartPage</name>
    <message>
        <source>&amp;Enabled: run the profile on this schedule</source>
        <translation>&amp;Eingeschaltet: das Profil nach diesem Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Nothing runs before the start. An interval runs first at the start itself. Runs missed while nothing was running are made up once, not once for each.</source>
        <translation>Vor dem Start läuft nichts. Ein Intervall läuft zuerst genau zum Start. Läufe, die verpasst wurden, während nichts lief, werden einmal nachgeholt, nicht einmal je verpasstem Lauf.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <source>Profile %1: %2.</source>
        <translation>Profil %1: %2.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncLogModel</name>
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
        <source>Remote error</source>
        <translation>Fehler auf der Gegenseite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TimingPage</name>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <source>On &amp;these days at</source>
        <translation>An &amp;diesen Tagen um</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How often the profile runs. Intervals count elapsed time; daily and weekday times follow this computer's clock, summer time included.</source>
        <translation>Wie oft das Profil läuft. Intervalle zählen verstrichene Zeit; tägliche Zeiten und Wochentagszeiten folgen der Uhr dieses Rechners, Sommerzeit eingeschlossen.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TrayIcon</name>
    <message>
        <source>Show Ferry</source>
        <translation>Ferry anzeigen</translation>
    </message>
    <message>
        <source>Review Conflicts</source>
        <translation>Konflikte prüfen</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Ferry beenden</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry — %1</source>
        <translation>Ferry — %1</translation>
    </message>
</context>
</TS>
