<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionParser</name>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 ne prend aucun argument.</translation>
    </message>
    <message>
        <source>%1 needs a NAME.</source>
        <translation>%1 demande un NOM.</translation>
    </message>
    <message>
        <source>%1 takes one NAME; got %2.</source>
        <translation>%1 prend un seul NOM ; reçu : %2.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>unknown %1 action '%2'. Use %3.</source>
        <translation>action %1 inconnue « %2 ». Utilisez %3.</translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>talk to an agent: hello shows its version, protocol, time and sites</source>
        <translation>dialoguer avec un agent : hello affiche sa version, son protocole, son heure et ses sites</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] agent hello https://HOST:PORT [--cert FILE --key FILE] [--ca FILE]
                        [--pin FINGERPRINT] [--no-proxy] [--json]

Connects with this home's node certificate and trusted CAs unless --cert, --key and --ca name others;
--pin requires the agent's certificate to have exactly this SHA-256 fingerprint.
</source>
        <translation>Utilisation :
  ferryctl [--home DOSSIER] agent hello https://HÔTE:PORT [--cert FICHIER --key FICHIER] [--ca FICHIER]
                        [--pin EMPREINTE] [--no-proxy] [--json]

Se connecte avec le certificat de nœud et les autorités de confiance de ce dossier, sauf si --cert, --key et --ca en nomment d'autres ;
--pin exige que le certificat de l'agent ait exactement cette empreinte SHA-256.
</translation>
    </message>
    <message>
        <source>unknown agent action '%1'. Use hello.</source>
        <translation>action d'agent inconnue '%1'. Utilisez hello.</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>our certificate</source>
        <translation>notre certificat</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>its private key</source>
        <translation>sa clé privée</translation>
    </message>
    <message>
        <source>the CA the agent's certificate must chain to</source>
        <translation>l'autorité dont doit dépendre le certificat de l'agent</translation>
    </message>
    <message>
        <source>the agent's certificate fingerprint</source>
        <translation>l'empreinte du certificat de l'agent</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>connect directly, bypassing any proxy</source>
        <translation>se connecter directement, sans proxy</translation>
    </message>
    <message>
        <source>print the hello as JSON</source>
        <translation>afficher le message d'accueil en JSON</translation>
    </message>
    <message>
        <source>agent hello needs the agent's address as https://HOST:PORT.</source>
        <translation>agent hello nécessite l'adresse de l'agent sous la forme https://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>--pin nécessite une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Agent at %1: ferryd %2, protocol %3 to %4.</source>
        <translation>Agent à %1 : ferryd %2, protocole %3 à %4.</translation>
    </message>
    <message>
        <source>Its clock: %1 (%2 s from ours).</source>
        <translation>Son horloge : %1 (%2 s d'écart avec la nôtre).</translation>
    </message>
    <message numerus="yes">
        <source>Sites: %n</source>
        <translation>
            <numerusform>Sites : %n</numerusform>
            <numerusform>Sites : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
</context>
<context>
    <name>AgentCredentialLoader</name>
    <message>
        <source>This home has no node certificate (%1). Apply a bundle with 'ferryctl cert import NODE.p12', or give --cert FILE --key FILE.</source>
        <translation>Ce dossier personnel n'a pas de certificat de nœud (%1). Appliquez un paquet avec 'ferryctl cert import NODE.p12', ou indiquez --cert FICHIER --key FICHIER.</translation>
    </message>
    <message>
        <source>Cannot read the agent's certificate %1: %2.</source>
        <translation>Impossible de lire le certificat de l'agent %1 : %2.</translation>
    </message>
    <message>
        <source>The agent's certificate %1 expired on %2; issue a new one with 'ferryctl cert issue'.</source>
        <translation>Le certificat de l'agent %1 a expiré le %2 ; émettez-en un nouveau avec 'ferryctl cert issue'.</translation>
    </message>
    <message>
        <source>The agent's certificate %1 is not valid before %2; check this server's clock.</source>
        <translation>Le certificat de l'agent %1 n'est pas valide avant le %2 ; vérifiez l'horloge de ce serveur.</translation>
    </message>
    <message>
        <source>The agent's key</source>
        <translation>La clé de l'agent</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>La clé %1 n'appartient pas au certificat %2.</translation>
    </message>
    <message>
        <source>Qt's TLS cannot use the certificate %1 or its key.</source>
        <translation>Le TLS de Qt ne peut pas utiliser le certificat %1 ou sa clé.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Impossible de lire le fichier d'autorité %1 : %2.</translation>
    </message>
    <message>
        <source>The agent trusts no certificate authority, so no peer could connect. Create one with 'ferryctl cert ca', import one with 'ferryctl cert import ca.crt', or give --ca FILE.</source>
        <translation>L'agent ne fait confiance à aucune autorité de certification, aucun pair ne pourrait donc se connecter. Créez-en une avec 'ferryctl cert ca', importez-en une avec 'ferryctl cert import ca.crt', ou indiquez --ca FICHIER.</translation>
    </message>
    <message>
        <source>The certificate authority %1 expired on %2.</source>
        <translation>L'autorité de certification %1 a expiré le %2.</translation>
    </message>
</context>
<context>
    <name>AgentEndpoints</name>
    <message>
        <source>There is nothing here; the agent's paths start with /v1/ (try /v1/hello).</source>
        <translation>Il n'y a rien ici ; les chemins de l'agent commencent par /v1/ (essayez /v1/hello).</translation>
    </message>
    <message>
        <source>/v1/hello only answers GET.</source>
        <translation>/v1/hello ne répond qu'à GET.</translation>
    </message>
    <message>
        <source>This agent has no endpoint %1.</source>
        <translation>Cet agent n'a pas de point d'accès %1.</translation>
    </message>
    <message>
        <source>The change feed only answers GET.</source>
        <translation>Le flux des modifications ne répond qu'à GET.</translation>
    </message>
    <message>
        <source>The chunk question only answers POST.</source>
        <translation>La question sur les blocs ne répond qu'à POST.</translation>
    </message>
    <message>
        <source>A chunk answers GET and PUT only.</source>
        <translation>Un bloc ne répond qu'à GET et PUT.</translation>
    </message>
    <message>
        <source>Checkpoints answer GET and PUT only.</source>
        <translation>Les points de reprise ne répondent qu'à GET et PUT.</translation>
    </message>
    <message>
        <source>'%1' is not a site UUID.</source>
        <translation>'%1' n'est pas un UUID de site.</translation>
    </message>
    <message>
        <source>The checkpoints are for peer %1, but the path names %2.</source>
        <translation>Les points de reprise concernent le pair %1, mais le chemin nomme %2.</translation>
    </message>
    <message>
        <source>'after' must be a change number of 0 or more.</source>
        <translation>'after' doit être un numéro de modification de 0 ou plus.</translation>
    </message>
    <message>
        <source>'limit' must be between 1 and %1.</source>
        <translation>'limit' doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>This agent compresses chunks with zstd only (encoding=zstd), not '%1'.</source>
        <translation>Cet agent ne compresse les blocs qu'avec zstd (encoding=zstd), pas '%1'.</translation>
    </message>
    <message>
        <source>Site %1 has no chunk %2.</source>
        <translation>Le site %1 n'a pas de bloc %2.</translation>
    </message>
    <message>
        <source>A chunk is at most %1 bytes; this one has %2.</source>
        <translation>Un bloc fait au plus %1 octets ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>This agent serves no site '%1'; GET /v1/hello lists the sites it serves.</source>
        <translation>Cet agent ne sert aucun site '%1' ; GET /v1/hello liste les sites qu'il sert.</translation>
    </message>
    <message>
        <source>The peer with certificate %1 may not push to site %2. On this server: ferryctl peer allow %1 --site %2 --push</source>
        <translation>Le pair au certificat %1 n'a pas le droit d'envoyer vers le site %2. Sur ce serveur : ferryctl peer allow %1 --site %2 --push</translation>
    </message>
    <message>
        <source>The peer with certificate %1 may not use site %2: it is pinned to other peers. On this server: ferryctl peer allow %1 --site %2</source>
        <translation>Le pair au certificat %1 n'a pas accès au site %2 : il est épinglé pour d'autres pairs. Sur ce serveur : ferryctl peer allow %1 --site %2</translation>
    </message>
    <message>
        <source>%1 only answers POST.</source>
        <translation>%1 ne répond qu'à POST.</translation>
    </message>
    <message>
        <source>Site %1 does not keep table %2 in step.</source>
        <translation>Le site %1 ne garde pas la table %2 synchronisée.</translation>
    </message>
    <message>
        <source>Site %1 has no content database.</source>
        <translation>Le site %1 n'a pas de base de contenu.</translation>
    </message>
    <message>
        <source>A chunk batch only answers POST.</source>
        <translation>Un lot de blocs ne répond qu'à POST.</translation>
    </message>
    <message>
        <source>This agent's paths start with /v1/; there is no %1 here.</source>
        <translation>Les chemins de cet agent commencent par /v1/ ; il n'y a pas de %1 ici.</translation>
    </message>
</context>
<context>
    <name>ApplyBatchCodec</name>
    <message>
        <source>The apply batch</source>
        <translation>Le lot à appliquer</translation>
    </message>
    <message>
        <source>The apply batch has no items.</source>
        <translation>Le lot à appliquer ne contient aucun élément.</translation>
    </message>
    <message>
        <source>The apply batch has %1 items; at most %2 are accepted.</source>
        <translation>Le lot à appliquer a %1 éléments ; au plus %2 sont acceptés.</translation>
    </message>
    <message>
        <source>Item %1 of the apply batch is invalid: %2</source>
        <translation>L'élément %1 du lot à appliquer est invalide : %2</translation>
    </message>
    <message>
        <source>not a map.</source>
        <translation>ce n'est pas une table.</translation>
    </message>
    <message>
        <source>its version, timestamp or flags are missing.</source>
        <translation>sa version, son horodatage ou ses indicateurs manquent.</translation>
    </message>
    <message>
        <source>its version vector is malformed.</source>
        <translation>son vecteur de versions est mal formé.</translation>
    </message>
    <message>
        <source>its base version is malformed.</source>
        <translation>sa version de base est mal formée.</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>il n'a pas de chemin.</translation>
    </message>
    <message>
        <source>its hash is not 32 bytes.</source>
        <translation>son empreinte ne fait pas 32 octets.</translation>
    </message>
    <message>
        <source>its size is missing or negative.</source>
        <translation>sa taille manque ou est négative.</translation>
    </message>
    <message>
        <source>its chunk list is malformed or does not add up to its size.</source>
        <translation>sa liste de blocs est mal formée ou ne totalise pas sa taille.</translation>
    </message>
    <message>
        <source>it has no table or key.</source>
        <translation>il n'a pas de table ou de clé.</translation>
    </message>
    <message>
        <source>its values are missing.</source>
        <translation>ses valeurs manquent.</translation>
    </message>
    <message>
        <source>it has %1 columns.</source>
        <translation>il a %1 colonnes.</translation>
    </message>
    <message>
        <source>its kind is neither a file nor a row.</source>
        <translation>ce n'est ni un fichier ni une ligne.</translation>
    </message>
    <message>
        <source>The apply answer</source>
        <translation>La réponse d'application</translation>
    </message>
    <message>
        <source>The apply answer does not have one result per item.</source>
        <translation>La réponse d'application n'a pas un résultat par élément.</translation>
    </message>
    <message>
        <source>The apply answer has a result without its flag.</source>
        <translation>La réponse d'application contient un résultat sans son indicateur.</translation>
    </message>
    <message>
        <source>The apply batch carries more than %1 bytes of file content; send larger files as chunks.</source>
        <translation>Le lot à appliquer contient plus de %1 octets de contenu de fichiers ; envoyez les fichiers plus grands en blocs.</translation>
    </message>
    <message>
        <source>it carries content but is a deletion or a version update.</source>
        <translation>il porte un contenu mais c'est une suppression ou une mise à jour de version.</translation>
    </message>
    <message>
        <source>it carries %1 bytes of content; files over %2 bytes travel as chunks.</source>
        <translation>il porte %1 octets de contenu ; les fichiers de plus de %2 octets voyagent en blocs.</translation>
    </message>
    <message>
        <source>its content or compression flag is malformed.</source>
        <translation>son contenu ou son indicateur de compression est mal formé.</translation>
    </message>
    <message>
        <source>its content has %1 bytes, not the %2 of its size.</source>
        <translation>son contenu a %1 octets, et non les %2 de sa taille.</translation>
    </message>
</context>
<context>
    <name>AttentionWatch</name>
    <message>
        <source>%1: a run failed</source>
        <translation>%1 : une exécution a échoué</translation>
    </message>
    <message>
        <source>Profile %1 did not finish.</source>
        <translation>Le profil %1 ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision</source>
        <translation>
            <numerusform>%n conflit attend votre décision</numerusform>
            <numerusform>%n conflits attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Conflicts in Ferry to review them.</source>
        <translation>Ouvrez Conflits dans Ferry pour les examiner.</translation>
    </message>
    <message>
        <source>The last run failed for %1.</source>
        <translation>La dernière exécution a échoué pour %1.</translation>
    </message>
    <message>
        <source>No relationship yet.</source>
        <translation>Aucune relation pour l’instant.</translation>
    </message>
    <message>
        <source>All relationships in step.</source>
        <translation>Toutes les relations sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n conflit attend votre décision.</numerusform>
            <numerusform>%n conflits attendent votre décision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CborMessage</name>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR: %2.</source>
        <translation>%1 n'est pas du CBOR valide : %2.</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR: there are bytes after its end.</source>
        <translation>%1 n'est pas du CBOR valide : des octets suivent sa fin.</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map.</source>
        <translation>%1 n'est pas une table CBOR.</translation>
    </message>
    <message>
        <source>%1 has protocol version %2; this build reads version %3.</source>
        <translation>%1 est en version de protocole %2 ; cette version lit la version %3.</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>certificate authority, node certificates and trust (ca, issue, import, list, untrust)</source>
        <translation>autorité de certification, certificats de nœud et confiance (ca, issue, import, list, untrust)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DIR] cert ca --name NAME [--key-type ec|rsa]
  ferryctl [--home DIR] cert issue NODE --out DIR [--host NAME]... [--ip ADDR]... [--key-type ec|rsa]
                        [--passphrase-file FILE]
  ferryctl [--home DIR] cert import FILE [--passphrase-file FILE] [--trust-ca FINGERPRINT] [--key FILE]
  ferryctl [--home DIR] cert list [--json]
  ferryctl [--home DIR] cert untrust FINGERPRINT|NAME
  ferryctl [--home DIR] cert expiry-warning [DAYS]

ca       crée l'autorité de certification de cette installation (EC P-256 par défaut, ou RSA 3072 ;
         dix ans). Sa clé est chiffrée ; la phrase secrète va dans le trousseau du système ou, sur un
         serveur qui n'en a pas, dans un fichier que seul son propriétaire peut lire.
issue    délivre un certificat pour NODE (serveur et client TLS, deux ans ; NODE et chaque --host
         et --ip comme noms alternatifs) et écrit NODE.crt, NODE.key, NODE.p12 (protégé par une
         phrase secrète) et ca.crt dans DIR. Délivrer à nouveau pour le même NODE le renouvelle.
import   fait confiance au certificat d'AC d'une autre installation, ou applique un paquet de nœud
         (.p12) reçu d'elle comme certificat de ce serveur. Un paquet d'une AC à laquelle cette
         installation ne fait pas encore confiance est refusé, sauf si --trust-ca donne l'empreinte SHA-256 de cette AC.
list     affiche sujet, rôle, empreinte SHA-256, validité et jours restants de tout ce qui est approuvé.
untrust  retire la confiance : oublie une AC approuvée ou un pair épinglé, révoque un certificat délivré.
expiry-warning  affiche ou règle combien de jours avant l'expiration un certificat est signalé (30 par défaut).

</translation>
    </message>
    <message>
        <source>the CA's name</source>
        <translation>le nom de l'AC</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ec or rsa</source>
        <translation>ec ou rsa</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>cert ca takes no arguments; give the name with --name NAME.</source>
        <translation>cert ca ne prend pas d'argument ; donnez le nom avec --name NAME.</translation>
    </message>
    <message>
        <source>cert ca needs --name NAME.</source>
        <translation>cert ca a besoin de --name NAME.</translation>
    </message>
    <message>
        <source>--key-type must be ec or rsa, not '%1'.</source>
        <translation>--key-type doit être ec ou rsa, pas « %1 ».</translation>
    </message>
    <message>
        <source>Created the certificate authority %1 (%2), valid until %3.</source>
        <translation>Autorité de certification %1 (%2) créée, valide jusqu'au %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>The CA key is encrypted; its passphrase is in the system keychain.</source>
        <translation>La clé de l'AC est chiffrée ; sa phrase secrète est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>note: no system keychain here; the CA key's passphrase is in %1, readable by its owner only.</source>
        <translation>remarque : pas de trousseau système ici ; la phrase secrète de la clé de l'AC est dans %1, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>where to write the files</source>
        <translation>où écrire les fichiers</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>another host name for the certificate</source>
        <translation>un autre nom d'hôte pour le certificat</translation>
    </message>
    <message>
        <source>an IP address for the certificate</source>
        <translation>une adresse IP pour le certificat</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>the bundle's passphrase</source>
        <translation>la phrase secrète du paquet</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>cert issue needs a NODE name.</source>
        <translation>cert issue a besoin d'un nom de NODE.</translation>
    </message>
    <message>
        <source>cert issue takes one NODE; got %1.</source>
        <translation>cert issue prend un seul NODE ; reçu : %1.</translation>
    </message>
    <message>
        <source>cert issue needs --out DIR, where the files go.</source>
        <translation>cert issue a besoin de --out DIR, où vont les fichiers.</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>nom de nœud</translation>
    </message>
    <message>
        <source>Passphrase for %1.p12:</source>
        <translation>Phrase secrète pour %1.p12 :</translation>
    </message>
    <message>
        <source>Issued a certificate for %1, valid until %2.</source>
        <translation>Certificat délivré pour %1, valide jusqu'au %2.</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Wrote %1, %2 (owner only), %3 (passphrase protected) and %4.</source>
        <translation>%1, %2 (propriétaire seul), %3 (protégé par phrase secrète) et %4 écrits.</translation>
    </message>
    <message>
        <source>trust the bundle's CA if it has this fingerprint</source>
        <translation>faire confiance à l'AC du paquet si elle a cette empreinte</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>the key of a PEM node certificate</source>
        <translation>la clé d'un certificat de nœud PEM</translation>
    </message>
    <message>
        <source>cert import needs a FILE.</source>
        <translation>cert import a besoin d'un FICHIER.</translation>
    </message>
    <message>
        <source>cert import takes one FILE; got %1.</source>
        <translation>cert import prend un seul FICHIER ; reçu : %1.</translation>
    </message>
    <message>
        <source>--trust-ca needs a SHA-256 fingerprint (64 hex digits), not '%1'.</source>
        <translation>--trust-ca a besoin d'une empreinte SHA-256 (64 chiffres hexadécimaux), pas « %1 ».</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase secrète pour %1 :</translation>
    </message>
    <message>
        <source>The CA %1 was trusted already.</source>
        <translation>L'AC %1 était déjà approuvée.</translation>
    </message>
    <message>
        <source>Trusted the CA %1.</source>
        <translation>L'AC %1 est maintenant approuvée.</translation>
    </message>
    <message>
        <source>Applied the certificate of %1 (issued by %2) as this server's certificate.</source>
        <translation>Certificat de %1 (délivré par %2) appliqué comme certificat de ce serveur.</translation>
    </message>
    <message>
        <source>Key: %1 (owner only)</source>
        <translation>Clé : %1 (propriétaire seul)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1, valid until %2.</source>
        <translation>Empreinte SHA-256 : %1, valide jusqu'au %2.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>cert list takes no arguments.</source>
        <translation>cert list ne prend pas d'argument.</translation>
    </message>
    <message>
        <source>The trust store is empty. Create a CA with: ferryctl cert ca --name NAME</source>
        <translation>Le magasin de confiance est vide. Créez une AC avec : ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUJET</translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation>VALIDE DU</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>VALIDE AU</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cert untrust needs one FINGERPRINT or NAME.</source>
        <translation>cert untrust a besoin d'une EMPREINTE ou d'un NOM.</translation>
    </message>
    <message>
        <source>Revoked the certificate issued to %1 (%2).</source>
        <translation>Le certificat délivré à %1 (%2) est révoqué.</translation>
    </message>
    <message>
        <source>No longer allows the peer %1.</source>
        <translation>Le pair %1 n'est plus autorisé.</translation>
    </message>
    <message>
        <source>No longer trusts the CA %1 (%2).</source>
        <translation>L'AC %1 (%2) n'est plus approuvée.</translation>
    </message>
    <message>
        <source>cert expiry-warning takes at most one DAYS.</source>
        <translation>cert expiry-warning prend au plus un DAYS.</translation>
    </message>
    <message>
        <source>DAYS must be a whole number, not '%1'.</source>
        <translation>DAYS doit être un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>Certificates are reported %1 days before they expire.</source>
        <translation>Les certificats sont signalés %1 jours avant leur expiration.</translation>
    </message>
    <message numerus="yes">
        <source>warning: expiring within %1 days, or expired: %n certificate(s); rotate them.</source>
        <translation>
            <numerusform>avertissement : expire d'ici %1 jours, ou a expiré : %n certificat ; renouvelez-le.</numerusform>
            <numerusform>avertissement : expirent d'ici %1 jours, ou ont expiré : %n certificats ; renouvelez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>'%1' is not a valid %2: use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>« %1 » n'est pas un %2 valide : utilisez de 1 à 64 lettres, chiffres, points, tirets ou soulignés, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>'%1' is not a valid host name.</source>
        <translation>« %1 » n'est pas un nom d'hôte valide.</translation>
    </message>
    <message>
        <source>'%1' is not an IP address.</source>
        <translation>« %1 » n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>A certificate authority needs a name of 1 to 64 printable characters.</source>
        <translation>Une autorité de certification a besoin d'un nom de 1 à 64 caractères imprimables.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the CA certificate: %1</source>
        <translation>OpenSSL n'a pas pu créer le certificat de l'AC : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not a certificate authority.</source>
        <translation>Le certificat de %1 n'est pas une autorité de certification.</translation>
    </message>
    <message>
        <source>The CA key does not match the CA certificate of %1.</source>
        <translation>La clé de l'AC ne correspond pas au certificat d'AC de %1.</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>nom de nœud</translation>
    </message>
    <message>
        <source>OpenSSL could not issue the certificate for %1: %2</source>
        <translation>OpenSSL n'a pas pu délivrer le certificat pour %1 : %2</translation>
    </message>
    <message>
        <source>OpenSSL could not check the certificate: %1</source>
        <translation>OpenSSL n'a pas pu vérifier le certificat : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Le certificat de %1 n'est pas approuvé : %2.</translation>
    </message>
</context>
<context>
    <name>CertificateExpiryWatch</name>
    <message>
        <source>certificate %1 (%2, SHA-256 %3) expired on %4: rotate it.</source>
        <translation>le certificat %1 (%2, SHA-256 %3) a expiré le %4 : renouvelez-le.</translation>
    </message>
    <message>
        <source>certificate %1 (%2, SHA-256 %3) expires on %4, in %5 days: rotate it before then.</source>
        <translation>le certificat %1 (%2, SHA-256 %3) expire le %4, dans %5 jours : renouvelez-le avant.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>%1 is damaged or truncated: its certificate cannot be read.</source>
        <translation>%1 est endommagé ou tronqué : son certificat ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 n'est pas un certificat (PEM ou DER).</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <source>Name the tables to keep in step (--tables T1,T2).</source>
        <translation>Indiquez les tables à garder synchronisées (--tables T1,T2).</translation>
    </message>
    <message>
        <source>%1 is Ferry's own table.</source>
        <translation>%1 est une table de Ferry.</translation>
    </message>
</context>
<context>
    <name>CheckpointMessage</name>
    <message>
        <source>The checkpoints are larger than %1 bytes.</source>
        <translation>Les points de reprise dépassent %1 octets.</translation>
    </message>
    <message>
        <source>The checkpoints are not a JSON object: %1.</source>
        <translation>Les points de reprise ne sont pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>The checkpoints name no peer site UUID.</source>
        <translation>Les points de reprise ne nomment aucun UUID de site pair.</translation>
    </message>
    <message>
        <source>The checkpoints need a 'checkpoints' object of at most %1 resources.</source>
        <translation>Les points de reprise nécessitent un objet 'checkpoints' d'au plus %1 ressources.</translation>
    </message>
    <message>
        <source>'%1' is not a resource; resources are 'files' and 'table:NAME'.</source>
        <translation>'%1' n'est pas une ressource ; les ressources sont 'files' et 'table:NAME'.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 is not a change number.</source>
        <translation>Le point de reprise de %1 n'est pas un numéro de modification.</translation>
    </message>
</context>
<context>
    <name>ChunkBatchCodec</name>
    <message>
        <source>The chunk batch</source>
        <translation>Le lot de blocs</translation>
    </message>
    <message>
        <source>A chunk batch holds at most %1 chunks.</source>
        <translation>Un lot de blocs contient au plus %1 blocs.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch lacks its hash, data or compression flag.</source>
        <translation>Il manque au bloc %1 du lot son empreinte, ses données ou son indicateur de compression.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch: %2</source>
        <translation>Bloc %1 du lot : %2</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch is larger than a chunk can be.</source>
        <translation>Le bloc %1 du lot est plus grand qu'un bloc ne peut l'être.</translation>
    </message>
    <message>
        <source>Chunk %1 of the batch does not match its hash %2 (damaged in transit?).</source>
        <translation>Le bloc %1 du lot ne correspond pas à son empreinte %2 (endommagé en route ?).</translation>
    </message>
    <message>
        <source>The chunk request</source>
        <translation>La demande de blocs</translation>
    </message>
    <message>
        <source>A chunk request names at most %1 chunks.</source>
        <translation>Une demande de blocs nomme au plus %1 blocs.</translation>
    </message>
    <message>
        <source>Chunk %1 of the request is not named by a 32-byte hash.</source>
        <translation>Le bloc %1 de la demande n'est pas désigné par une empreinte de 32 octets.</translation>
    </message>
</context>
<context>
    <name>ChunkCompression</name>
    <message>
        <source>The compressed chunk is not a zstd frame.</source>
        <translation>Le bloc compressé n'est pas une trame zstd.</translation>
    </message>
    <message>
        <source>The compressed chunk would expand to more than %1 bytes.</source>
        <translation>Le bloc compressé se décompresserait en plus de %1 octets.</translation>
    </message>
    <message>
        <source>The compressed chunk is truncated or damaged.</source>
        <translation>Le bloc compressé est tronqué ou endommagé.</translation>
    </message>
</context>
<context>
    <name>ChunkDelta</name>
    <message>
        <source>A chunk signature has %1 bytes; it must have between %2 and %3.</source>
        <translation>Une signature de bloc a %1 octets ; elle doit en avoir entre %2 et %3.</translation>
    </message>
    <message>
        <source>A chunk signature is not of the kind this build reads (RabinKarp and BLAKE2).</source>
        <translation>Une signature de bloc n'est pas du type que cette version lit (RabinKarp et BLAKE2).</translation>
    </message>
    <message>
        <source>A chunk signature has blocks of %1 bytes and strong sums of %2; this build takes blocks of %3 to %4 bytes and sums of 4 to 32.</source>
        <translation>Une signature de bloc a des segments de %1 octets et des sommes fortes de %2 ; cette version accepte des segments de %3 à %4 octets et des sommes de 4 à 32.</translation>
    </message>
    <message>
        <source>A chunk signature does not hold whole blocks of a basis of at most %1 bytes.</source>
        <translation>Une signature de bloc ne contient pas des segments entiers d'une base d'au plus %1 octets.</translation>
    </message>
    <message>
        <source>The chunk signature is damaged.</source>
        <translation>La signature de bloc est endommagée.</translation>
    </message>
    <message>
        <source>The delta would be larger than the chunk.</source>
        <translation>Le delta serait plus grand que le bloc.</translation>
    </message>
    <message>
        <source>The delta could not be made.</source>
        <translation>Le delta n'a pas pu être calculé.</translation>
    </message>
    <message>
        <source>The delta would rebuild more than %1 bytes.</source>
        <translation>Le delta reconstruirait plus de %1 octets.</translation>
    </message>
    <message>
        <source>The delta is damaged.</source>
        <translation>Le delta est endommagé.</translation>
    </message>
    <message>
        <source>There is no basis to rebuild chunk %1 from.</source>
        <translation>Il n'y a pas de base à partir de laquelle reconstruire le bloc %1.</translation>
    </message>
    <message>
        <source>Chunk %1 rebuilt from its delta does not match its hash.</source>
        <translation>Le bloc %1 reconstruit à partir de son delta ne correspond pas à son empreinte.</translation>
    </message>
</context>
<context>
    <name>ChunkDeltaCodec</name>
    <message>
        <source>The signature question</source>
        <translation>La demande de signatures</translation>
    </message>
    <message>
        <source>A signature question names at most %1 chunks.</source>
        <translation>Une demande de signatures nomme au plus %1 blocs.</translation>
    </message>
    <message>
        <source>Chunk %1 of the signature question lacks its path, offset or length.</source>
        <translation>Il manque au bloc %1 de la demande de signatures son chemin, sa position ou sa longueur.</translation>
    </message>
    <message>
        <source>The chunk signatures</source>
        <translation>Les signatures de blocs</translation>
    </message>
    <message>
        <source>A signature answer holds at most %1 signatures.</source>
        <translation>Une réponse de signatures contient au plus %1 signatures.</translation>
    </message>
    <message>
        <source>Signature %1 lacks its basis or its bytes.</source>
        <translation>Il manque à la signature %1 sa base ou ses octets.</translation>
    </message>
    <message>
        <source>Signature %1 has a basis without a signature, or the reverse.</source>
        <translation>La signature %1 a une base sans signature, ou l'inverse.</translation>
    </message>
    <message>
        <source>The delta question</source>
        <translation>La demande de deltas</translation>
    </message>
    <message>
        <source>A delta question names at most %1 chunks.</source>
        <translation>Une demande de deltas nomme au plus %1 blocs.</translation>
    </message>
    <message>
        <source>Chunk %1 of the delta question lacks its hash or signature.</source>
        <translation>Il manque au bloc %1 de la demande de deltas son empreinte ou sa signature.</translation>
    </message>
    <message>
        <source>The chunk deltas</source>
        <translation>Les deltas de blocs</translation>
    </message>
    <message>
        <source>A delta message holds at most %1 deltas.</source>
        <translation>Un message de deltas contient au plus %1 deltas.</translation>
    </message>
    <message>
        <source>Delta %1 lacks its hash, length, basis, bytes or compression flag.</source>
        <translation>Il manque au delta %1 son empreinte, sa longueur, sa base, ses octets ou son indicateur de compression.</translation>
    </message>
    <message>
        <source>Delta %1: %2</source>
        <translation>Delta %1 : %2</translation>
    </message>
    <message>
        <source>Delta %1 is larger than a delta can be.</source>
        <translation>Le delta %1 est plus grand qu'un delta ne peut l'être.</translation>
    </message>
</context>
<context>
    <name>ChunkListCodec</name>
    <message>
        <source>The chunk list is larger than %1 bytes.</source>
        <translation>La liste de blocs dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The chunk list is not valid CBOR: %1.</source>
        <translation>La liste de blocs n'est pas du CBOR valide : %1.</translation>
    </message>
    <message>
        <source>The chunk list is not valid CBOR: there are bytes after its end.</source>
        <translation>La liste de blocs n'est pas du CBOR valide : des octets suivent sa fin.</translation>
    </message>
    <message>
        <source>The chunk list is not a CBOR map.</source>
        <translation>La liste de blocs n'est pas une table CBOR.</translation>
    </message>
    <message>
        <source>The chunk list has an unknown protocol version; this build reads version %1.</source>
        <translation>La liste de blocs a une version de protocole inconnue ; cette version lit la version %1.</translation>
    </message>
    <message>
        <source>The chunk list has no 'chunks' array.</source>
        <translation>La liste de blocs n'a pas de tableau 'chunks'.</translation>
    </message>
    <message>
        <source>The chunk list names %1 chunks; at most %2 are accepted.</source>
        <translation>La liste de blocs nomme %1 blocs ; au plus %2 sont acceptés.</translation>
    </message>
    <message>
        <source>A chunk hash in the list is not 32 bytes.</source>
        <translation>Une empreinte de bloc de la liste ne fait pas 32 octets.</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 hash (64 lowercase hexadecimal digits).</source>
        <translation>'%1' n'est pas une empreinte SHA-256 (64 chiffres hexadécimaux minuscules).</translation>
    </message>
</context>
<context>
    <name>ChunkLocator</name>
    <message>
        <source>This site has no chunk %1.</source>
        <translation>Ce site n'a pas de bloc %1.</translation>
    </message>
    <message>
        <source>The file %1 holding this chunk cannot be read; scan the site again.</source>
        <translation>Le fichier %1 qui contient ce bloc est illisible ; analysez à nouveau le site.</translation>
    </message>
    <message>
        <source>The file %1 changed since the site was last scanned; scan it again.</source>
        <translation>Le fichier %1 a changé depuis la dernière analyse du site ; analysez-le à nouveau.</translation>
    </message>
    <message>
        <source>The chunk's content does not match its hash %1 (a truncated or damaged upload); nothing was stored.</source>
        <translation>Le contenu du bloc ne correspond pas à son empreinte %1 (un envoi tronqué ou endommagé) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot store chunk %1 in %2 (%3).</source>
        <translation>Impossible d'enregistrer le bloc %1 dans %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ChunkStoreCleanup</name>
    <message>
        <source>Cannot remove the unused chunk %1 (%2).</source>
        <translation>Impossible de supprimer le bloc inutilisé %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ConflictContent</name>
    <message>
        <source>Content not available: no copy of this version was kept.</source>
        <translation>Contenu indisponible : aucune copie de cette version n’a été gardée.</translation>
    </message>
    <message>
        <source>Content not available: %1 cannot be read (%2).</source>
        <translation>Contenu indisponible : %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Content not shown: %1 is larger than 8 MiB.</source>
        <translation>Contenu non affiché : %1 dépasse 8 Mio.</translation>
    </message>
    <message>
        <source>Content not available: %1</source>
        <translation>Contenu indisponible : %1</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Both sides changed it; waiting for your decision.</source>
        <translation>Les deux côtés l'ont modifié ; il attend votre décision.</translation>
    </message>
    <message>
        <source>Both sides changed it; this site's version wins.</source>
        <translation>Les deux côtés l'ont modifié ; la version de ce site l'emporte.</translation>
    </message>
    <message>
        <source>Both sides changed it; the remote site's version wins.</source>
        <translation>Les deux côtés l'ont modifié ; la version du site distant l'emporte.</translation>
    </message>
    <message>
        <source>Both sides changed it and neither is the master site; waiting for your decision.</source>
        <translation>Les deux côtés l'ont modifié et aucun n'est le site maître ; il attend votre décision.</translation>
    </message>
    <message>
        <source>Both sides changed it; the master site's version wins.</source>
        <translation>Les deux côtés l'ont modifié ; la version du site maître l'emporte.</translation>
    </message>
    <message>
        <source>Both sides changed it; the newer change wins.</source>
        <translation>Les deux côtés l'ont modifié ; la modification la plus récente l'emporte.</translation>
    </message>
    <message>
        <source>One side deleted it, the other changed it; the changed version is kept.</source>
        <translation>Un côté l'a supprimé, l'autre l'a modifié ; la version modifiée est gardée.</translation>
    </message>
    <message>
        <source>Both sides changed the row, which cannot be kept twice; the newer change wins and the other stays in the conflict log.</source>
        <translation>Les deux côtés ont modifié la ligne, qui ne peut exister deux fois ; la modification la plus récente l'emporte et l'autre reste dans le journal des conflits.</translation>
    </message>
    <message>
        <source>Both sides changed it; the newer version keeps the name, the other is kept beside it.</source>
        <translation>Les deux côtés l'ont modifié ; la version la plus récente garde le nom, l'autre est gardée à côté.</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>show the conflict log, those waiting for a decision first</source>
        <translation>afficher le journal des conflits, ceux en attente de décision d'abord</translation>
    </message>
    <message>
        <source>Usage: ferryctl [--home DIR] conflicts [--pending] [--limit N] [--json]

Every item both sides changed since they last agreed, with both versions' details, the
policy applied, which version was kept and where the other went, and its status.
</source>
        <translation>Utilisation : ferryctl [--home DOSSIER] conflicts [--pending] [--limit N] [--json]

Chaque élément modifié des deux côtés depuis leur dernier accord, avec le détail des deux versions,
la règle appliquée, la version gardée et où se trouve l'autre, et son état.
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>only those waiting for a decision</source>
        <translation>seulement ceux qui attendent une décision</translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation>combien d'entrées</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No conflict is waiting for a decision.</source>
        <translation>Aucun conflit n'attend de décision.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>'%1' is not a database URL. Use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>« %1 » n'est pas une URL de base de données. Utilisez sqlite:///CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Ferry never stores passwords: leave it out and put it in ~/.pgpass (or PGPASSWORD) for the user running Ferry.</source>
        <translation>L'URL de la base contient un mot de passe. Ferry n'enregistre jamais de mot de passe : retirez-le et placez-le dans ~/.pgpass (ou PGPASSWORD) de l'utilisateur qui exécute Ferry.</translation>
    </message>
    <message>
        <source>An SQLite URL names an absolute path: sqlite:///var/www/site.db.</source>
        <translation>Une URL SQLite désigne un chemin absolu : sqlite:///var/www/site.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names a host and a database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Une URL PostgreSQL désigne un hôte et une base : postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Ferry speaks to SQLite and PostgreSQL databases, not '%1'.</source>
        <translation>Ferry travaille avec des bases SQLite et PostgreSQL, pas « %1 ».</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>This installation lacks Qt's %1 driver (Debian package %2).</source>
        <translation>Il manque à cette installation le pilote %1 de Qt (paquet Debian %2).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 (%2).</source>
        <translation>Impossible de se connecter à la base de données %1 (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a table or column name Ferry can use: letters, digits and underscores, not starting with a digit.</source>
        <translation>« %1 » n'est pas un nom de table ou de colonne utilisable par Ferry : lettres, chiffres et tirets bas, sans chiffre au début.</translation>
    </message>
</context>
<context>
    <name>ContentHasher</name>
    <message>
        <source>Could not read the file (%1).</source>
        <translation>Le fichier n'a pas pu être lu (%1).</translation>
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
        <translation>Utilisation : ferryctl [--home DOSSIER] COMMANDE [ARGUMENTS]

Garde des sites web synchronisés entre serveurs, depuis un shell.

Options globales :
  --home DOSSIER le dossier Ferry à utiliser (par défaut : $FERRY_HOME, sinon %1)
  -h, --help     afficher cette aide, ou après une commande, l'aide de celle-ci
  -v, --version  afficher la version

Commandes :
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when the command failed, 2 when the command line was wrong.
</source>
        <translation>
Code de sortie : 0 en cas de succès, 1 si la commande a échoué, 2 si la ligne de commande était incorrecte.
</translation>
    </message>
    <message>
        <source>--home needs a folder.</source>
        <translation>--home demande un dossier.</translation>
    </message>
    <message>
        <source>unknown option '%1'. See 'ferryctl --help'.</source>
        <translation>option inconnue « %1 ». Voir « ferryctl --help ».</translation>
    </message>
    <message>
        <source>unknown command '%1'. See 'ferryctl --help'.</source>
        <translation>commande inconnue « %1 ». Voir « ferryctl --help ».</translation>
    </message>
</context>
<context>
    <name>DeletionGuard</name>
    <message>
        <source>This run would delete %1 of the %2 items of %3 on the remote site (%4%), more than the limit of %5%. Check that nothing is missing here, then confirm.</source>
        <translation>Cette exécution supprimerait %1 des %2 éléments de %3 sur le site distant (%4 %), plus que la limite de %5 %. Vérifiez que rien ne manque ici, puis confirmez.</translation>
    </message>
    <message>
        <source>This run would delete %1 of the %2 items of %3 on this site (%4%), more than the limit of %5%. Check that nothing is missing on the remote site, then confirm.</source>
        <translation>Cette exécution supprimerait %1 des %2 éléments de %3 sur ce site (%4 %), plus que la limite de %5 %. Vérifiez que rien ne manque sur le site distant, puis confirmez.</translation>
    </message>
</context>
<context>
    <name>DemoAgent</name>
    <message>
        <source>Cannot start the demo agent %1: %2</source>
        <translation>Impossible de démarrer l'agent de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>The demo agent did not start serving; its log is in %1/ferryd.log.</source>
        <translation>L'agent de démonstration n'a pas commencé à servir ; son journal se trouve dans %1/ferryd.log.</translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Cannot create the demo folder for %1.</source>
        <translation>Impossible de créer le dossier de démonstration pour %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1 (%2).</source>
        <translation>Impossible d'écrire le fichier de démonstration %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Ferry Demo CA</source>
        <translation>AC de démonstration Ferry</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
</context>
<context>
    <name>FeedPageCodec</name>
    <message>
        <source>The change page is larger than %1 bytes.</source>
        <translation>La page de modifications dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The change page is not valid CBOR: %1.</source>
        <translation>La page de modifications n'est pas du CBOR valide : %1.</translation>
    </message>
    <message>
        <source>The change page is not valid CBOR: there are bytes after its end.</source>
        <translation>La page de modifications n'est pas du CBOR valide : des octets suivent sa fin.</translation>
    </message>
    <message>
        <source>The change page is not a CBOR map.</source>
        <translation>La page de modifications n'est pas une table CBOR.</translation>
    </message>
    <message>
        <source>The change page has protocol version %1; this build reads version %2.</source>
        <translation>La page de modifications est en version de protocole %1 ; cette version lit la version %2.</translation>
    </message>
    <message>
        <source>The change page lacks its sequence, continuation flag or entries.</source>
        <translation>Il manque à la page de modifications son numéro de séquence, son indicateur de suite ou ses entrées.</translation>
    </message>
    <message>
        <source>The change page has %1 entries; at most %2 are accepted.</source>
        <translation>La page de modifications a %1 entrées ; au plus %2 sont acceptées.</translation>
    </message>
    <message>
        <source>Entry %1 of the change page is invalid: %2</source>
        <translation>L'entrée %1 de la page de modifications est invalide : %2</translation>
    </message>
    <message>
        <source>not a map.</source>
        <translation>ce n'est pas une table.</translation>
    </message>
    <message>
        <source>its sequence number is missing or out of order.</source>
        <translation>son numéro de séquence manque ou n'est pas dans l'ordre.</translation>
    </message>
    <message>
        <source>its version, timestamp or deletion flag is missing.</source>
        <translation>sa version, son horodatage ou son indicateur de suppression manque.</translation>
    </message>
    <message>
        <source>its version vector is malformed.</source>
        <translation>son vecteur de versions est mal formé.</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>il n'a pas de chemin.</translation>
    </message>
    <message>
        <source>its hash is not 32 bytes.</source>
        <translation>son empreinte ne fait pas 32 octets.</translation>
    </message>
    <message>
        <source>its size is missing or negative.</source>
        <translation>sa taille manque ou est négative.</translation>
    </message>
    <message>
        <source>it has no table or key.</source>
        <translation>il n'a pas de table ou de clé.</translation>
    </message>
    <message>
        <source>its kind is neither a file nor a row.</source>
        <translation>ce n'est ni un fichier ni une ligne.</translation>
    </message>
</context>
<context>
    <name>FileApplier</name>
    <message>
        <source>Cannot open the files folder %1 (%2).</source>
        <translation>Impossible d'ouvrir le dossier de fichiers %1 (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a path inside the files folder.</source>
        <translation>« %1 » n'est pas un chemin à l'intérieur du dossier de fichiers.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 (%2).</source>
        <translation>Impossible de créer le dossier %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is a link or a file, not a folder: Ferry never writes through a link.</source>
        <translation>%1 est un lien ou un fichier, pas un dossier : Ferry n'écrit jamais à travers un lien.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 (%2).</source>
        <translation>Impossible d'ouvrir le dossier %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1 (%2).</source>
        <translation>Impossible d'écrire dans le dossier de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot delete %1 (%2).</source>
        <translation>Impossible de supprimer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover temporary file %1.</source>
        <translation>Impossible de retirer le fichier temporaire restant %1.</translation>
    </message>
    <message>
        <source>%1 is already finished.</source>
        <translation>%1 est déjà terminé.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); nothing was changed.</source>
        <translation>Impossible d'écrire %1 (%2) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its hash; nothing was changed.</source>
        <translation>Le contenu reçu pour %1 ne correspond pas à son empreinte ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a folder on this side; nothing was changed.</source>
        <translation>%1 est un dossier de ce côté ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place (%2); nothing was changed.</source>
        <translation>Impossible de mettre %1 en place (%2) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot make %1 durable (%2).</source>
        <translation>Impossible de rendre %1 durable (%2).</translation>
    </message>
    <message>
        <source>%1 is not ready to be put in place.</source>
        <translation>%1 n’est pas prêt à être mis en place.</translation>
    </message>
    <message>
        <source>Cannot make the files under %1 durable (%2).</source>
        <translation>Impossible de rendre durables les fichiers sous %1 (%2).</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its chunk list; nothing was changed.</source>
        <translation>Le contenu reçu pour %1 ne correspond pas à sa liste de blocs ; rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>FileManifestCodec</name>
    <message>
        <source>The manifest question</source>
        <translation>La question sur le manifeste</translation>
    </message>
    <message>
        <source>The manifest question must name at most %1 paths.</source>
        <translation>La question sur le manifeste doit nommer au plus %1 chemins.</translation>
    </message>
    <message>
        <source>The manifest question names a path that is not text.</source>
        <translation>La question sur le manifeste nomme un chemin qui n'est pas du texte.</translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation>Le manifeste</translation>
    </message>
    <message>
        <source>The manifest must describe at most %1 files.</source>
        <translation>Le manifeste doit décrire au plus %1 fichiers.</translation>
    </message>
    <message>
        <source>File %1 of the manifest is invalid: %2</source>
        <translation>Le fichier %1 du manifeste est invalide : %2</translation>
    </message>
    <message>
        <source>it has no path.</source>
        <translation>il n'a pas de chemin.</translation>
    </message>
    <message>
        <source>its hash or size is missing.</source>
        <translation>son empreinte ou sa taille manque.</translation>
    </message>
    <message>
        <source>its chunk list is malformed or does not add up to its size.</source>
        <translation>sa liste de blocs est mal formée ou ne totalise pas sa taille.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Master site wins</source>
        <translation>Le site maître l'emporte</translation>
    </message>
    <message>
        <source>Newer change wins</source>
        <translation>La modification la plus récente l'emporte</translation>
    </message>
    <message>
        <source>Local wins</source>
        <translation>Le local l'emporte</translation>
    </message>
    <message>
        <source>Remote wins</source>
        <translation>Le distant l'emporte</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Tirer</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pousser</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Resolved by policy</source>
        <translation>Résolu par la règle</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Both kept</source>
        <translation>Les deux gardés</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les minutes</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Chaque jour à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due maintenant</translation>
    </message>
</context>
<context>
    <name>GlobMatcher</name>
    <message>
        <source>An empty pattern matches nothing; leave it out.</source>
        <translation>Un motif vide ne correspond à rien ; retirez-le.</translation>
    </message>
    <message>
        <source>The pattern '%1' has a '[' without its ']'.</source>
        <translation>Le motif « %1 » a un « [ » sans son « ] ».</translation>
    </message>
    <message>
        <source>The pattern '%1' is not valid (%2).</source>
        <translation>Le motif « %1 » n'est pas valide (%2).</translation>
    </message>
</context>
<context>
    <name>HelloMessage</name>
    <message>
        <source>The agent's hello is larger than %1 bytes.</source>
        <translation>Le message d'accueil de l'agent dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The agent's hello is not a JSON object: %1.</source>
        <translation>Le message d'accueil de l'agent n'est pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>The agent's hello has no valid '%1'.</source>
        <translation>Le message d'accueil de l'agent n'a pas de '%1' valide.</translation>
    </message>
    <message>
        <source>This agent speaks protocol %1, we speak %2: upgrade the older of the two.</source>
        <translation>Cet agent parle le protocole %1, nous parlons %2 : mettez à jour le plus ancien des deux.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>No home folder was given.</source>
        <translation>Aucun dossier Ferry n'a été indiqué.</translation>
    </message>
    <message>
        <source>The Ferry home %1 is a file, not a folder.</source>
        <translation>Le dossier Ferry %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the Ferry home %1: check that its parent folder exists and is writable.</source>
        <translation>Impossible de créer le dossier Ferry %1 : vérifiez que son dossier parent existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The Ferry home %1 is not writable by this user.</source>
        <translation>Le dossier Ferry %1 n'est pas accessible en écriture pour cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Cannot read %1 %2: %3.</source>
        <translation>Impossible de lire %1 %2 : %3.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 %2 can be read or changed by other users (mode %3); Ferry only uses key material that its owner alone can read. Fix it with: chmod 600 %2</source>
        <translation>%1 %2 peut être lu ou modifié par d'autres utilisateurs (mode %3) ; Ferry n'utilise que du matériel de clé que seul son propriétaire peut lire. Corrigez avec : chmod 600 %2</translation>
    </message>
    <message>
        <source>The passphrase file</source>
        <translation>Le fichier de phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit demande un nombre entier positif.</translation>
    </message>
    <message>
        <source>show the sync log, newest first</source>
        <translation>afficher le journal de synchronisation, le plus récent d'abord</translation>
    </message>
    <message>
        <source>Usage: ferryctl [--home DIR] log [--limit N] [--json]

Every run writes what it did to each folder and table: time, relationship, site, resource,
mode (pull, push, in, out), action, result, whether the error happened on the remote side,
and a message. Shows the newest 50 entries unless --limit says otherwise.
</source>
        <translation>Utilisation : ferryctl [--home DOSSIER] log [--limit N] [--json]

Chaque exécution note ce qu'elle a fait à chaque dossier et table : heure, relation, site, ressource,
mode (pull, push, in, out), action, résultat, si l'erreur s'est produite côté distant, et un message.
Affiche les 50 entrées les plus récentes, sauf si --limit dit autre chose.
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation>combien d'entrées</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The sync log is empty: no profile has run yet.</source>
        <translation>Le journal de synchronisation est vide : aucun profil ne s'est encore exécuté.</translation>
    </message>
    <message>
        <source> (remote)</source>
        <translation> (distant)</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Passphrases are never taken as an argument (it would show in ps and in the shell history): they come
from --passphrase-file FILE (readable by its owner only: chmod 600 FILE), else from the first line
of standard input when it is not a terminal, else from a prompt with echo off.
</source>
        <translation>Les phrases secrètes ne sont jamais prises en argument (elles seraient visibles dans ps et l'historique du shell) : elles viennent
de --passphrase-file FILE (lisible par son seul propriétaire : chmod 600 FILE), sinon de la première ligne
de l'entrée standard quand ce n'est pas un terminal, sinon d'une invite sans écho.
</translation>
    </message>
    <message>
        <source>No passphrase was given: use --passphrase-file FILE, or write it to standard input.</source>
        <translation>Aucune phrase secrète donnée : utilisez --passphrase-file FILE, ou écrivez-la sur l'entrée standard.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Aucune phrase secrète donnée.</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>PeerCommand</name>
    <message>
        <source>There is no site '%1' in this home. See: ferryctl site list</source>
        <translation>Il n'y a pas de site « %1 » dans ce dossier Ferry. Voir : ferryctl site list</translation>
    </message>
    <message>
        <source>which peers may pull from or push to this installation (allow, list, deny)</source>
        <translation>quels pairs peuvent tirer de cette installation ou y pousser (allow, list, deny)</translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] peer allow CERT_FILE|FINGERPRINT [--site SITE] [--push]
  ferryctl [--home DIR] peer list [--json]
  ferryctl [--home DIR] peer deny FINGERPRINT

allow pins a peer by its node certificate (a file, or the certificate's SHA-256 fingerprint): it may
pull from SITE (every site without --site), and with --push also push to it.
</source>
        <translation>Utilisation :
  ferryctl [--home DIR] peer allow CERT_FILE|FINGERPRINT [--site SITE] [--push]
  ferryctl [--home DIR] peer list [--json]
  ferryctl [--home DIR] peer deny FINGERPRINT

allow épingle un pair par son certificat de nœud (un fichier, ou l'empreinte SHA-256 du certificat) : il peut
tirer de SITE (de tous les sites sans --site), et avec --push aussi y pousser.
</translation>
    </message>
    <message>
        <source>the site the peer may use</source>
        <translation>le site que le pair peut utiliser</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the peer may also push</source>
        <translation>le pair peut aussi pousser</translation>
    </message>
    <message>
        <source>peer allow needs one CERT_FILE or FINGERPRINT.</source>
        <translation>peer allow a besoin d'un CERT_FILE ou d'une EMPREINTE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is a CA certificate; a peer is pinned by its node certificate. To trust the CA, use: ferryctl cert import %1</source>
        <translation>%1 est un certificat d'AC ; un pair s'épingle par son certificat de nœud. Pour faire confiance à l'AC : ferryctl cert import %1</translation>
    </message>
    <message>
        <source>The certificate %1 of %2 has expired; ask the peer for its new one.</source>
        <translation>Le certificat %1 de %2 a expiré ; demandez au pair son nouveau certificat.</translation>
    </message>
    <message>
        <source>'%1' is neither a certificate file nor a SHA-256 fingerprint (64 hex digits).</source>
        <translation>« %1 » n'est ni un fichier de certificat ni une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>le site %1</translation>
    </message>
    <message>
        <source>Allowed %1 to pull from and push to %2.</source>
        <translation>%1 peut maintenant tirer de %2 et y pousser.</translation>
    </message>
    <message>
        <source>Allowed %1 to pull from %2.</source>
        <translation>%1 peut maintenant tirer de %2.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>No peers are allowed yet. Allow one with: ferryctl peer allow CERT_FILE</source>
        <translation>Aucun pair autorisé pour l'instant. Autorisez-en un avec : ferryctl peer allow CERT_FILE</translation>
    </message>
    <message>
        <source>(all sites)</source>
        <translation>(tous les sites)</translation>
    </message>
    <message>
        <source>pull+push</source>
        <translation>tirer+pousser</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>tirer</translation>
    </message>
    <message>
        <source>peer deny needs one SHA-256 FINGERPRINT.</source>
        <translation>peer deny a besoin d'une EMPREINTE SHA-256.</translation>
    </message>
    <message>
        <source>No peer with the fingerprint %1 is allowed.</source>
        <translation>Aucun pair avec l'empreinte %1 n'est autorisé.</translation>
    </message>
    <message>
        <source>No longer allows the peer %1.</source>
        <translation>Le pair %1 n'est plus autorisé.</translation>
    </message>
</context>
<context>
    <name>PeerMirror</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>Impossible d'ouvrir %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <source>The passphrase is too short: a bundle carries a private key, so use at least %1 characters.</source>
        <translation>La phrase secrète est trop courte : un paquet contient une clé privée, utilisez donc au moins %1 caractères.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the bundle for %1: %2</source>
        <translation>OpenSSL n'a pas pu créer le paquet pour %1 : %2</translation>
    </message>
    <message>
        <source>OpenSSL could not write the bundle: %1</source>
        <translation>OpenSSL n'a pas pu écrire le paquet : %1</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 bundle, or it is damaged or truncated.</source>
        <translation>%1 n'est pas un paquet PKCS#12, ou il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est incorrecte.</translation>
    </message>
    <message>
        <source>%1 is damaged: OpenSSL cannot read its contents (%2).</source>
        <translation>%1 est endommagé : OpenSSL ne peut pas lire son contenu (%2).</translation>
    </message>
    <message>
        <source>%1 holds no node certificate with its private key.</source>
        <translation>%1 ne contient pas de certificat de nœud avec sa clé privée.</translation>
    </message>
    <message>
        <source>In %1 the private key does not match the certificate.</source>
        <translation>Dans %1, la clé privée ne correspond pas au certificat.</translation>
    </message>
    <message>
        <source>%1 does not include the CA certificate that issued %2.</source>
        <translation>%1 ne contient pas le certificat de l'AC qui a délivré %2.</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>Not done: the run was cancelled.</source>
        <translation>Non effectué : l'exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1 changed while this run was planning; the next run takes it.</source>
        <translation>%1 a changé pendant que cette exécution planifiait ; la prochaine exécution s'en chargera.</translation>
    </message>
    <message>
        <source>%1 changed on %2 while this run was planning; the next run takes it.</source>
        <translation>%1 a changé sur %2 pendant que cette exécution planifiait ; la prochaine exécution s'en chargera.</translation>
    </message>
    <message>
        <source>The row vanished on %1 during the run; the next run takes it.</source>
        <translation>La ligne a disparu de %1 pendant l'exécution ; la prochaine exécution s'en chargera.</translation>
    </message>
    <message>
        <source>%1 changed here while this run was planning; the next run takes it.</source>
        <translation>%1 a changé ici pendant que cette exécution planifiait ; la prochaine exécution s'en chargera.</translation>
    </message>
    <message>
        <source>The row vanished here during the run; the next run takes it.</source>
        <translation>La ligne a disparu ici pendant l'exécution ; la prochaine exécution s'en chargera.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Changed here, but this profile only downloads.</source>
        <translation>Modifié ici, mais ce profil ne fait que recevoir.</translation>
    </message>
    <message>
        <source>Changed on the remote site, but this profile only uploads.</source>
        <translation>Modifié sur le site distant, mais ce profil ne fait qu'envoyer.</translation>
    </message>
    <message>
        <source>Deleted on one side; this profile does not carry deletions.</source>
        <translation>Supprimé d'un côté ; ce profil ne propage pas les suppressions.</translation>
    </message>
    <message>
        <source>Only on the destination; this profile does not carry deletions.</source>
        <translation>Présent seulement à la destination ; ce profil ne propage pas les suppressions.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>OpenSSL could not generate a %1 key: %2</source>
        <translation>OpenSSL n'a pas pu générer de clé %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: the passphrase is wrong, or the file is damaged.</source>
        <translation>%1 ne peut pas être déchiffré : la phrase secrète est incorrecte, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the private key cannot be read (%2).</source>
        <translation>%1 est endommagé ou tronqué : la clé privée ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>%1 is not a private key in PEM format.</source>
        <translation>%1 n'est pas une clé privée au format PEM.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>what a relationship keeps in step, and how (add, list, remove)</source>
        <translation>ce qu'une relation garde synchronisé, et comment (add, list, remove)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DOSSIER] profile add NOM --relationship REL [--direction upload|download|bidirectional]
           [--include MOTIF]... [--exclude MOTIF]... [--tables T1,T2] [--conflict RÈGLE] [--no-deletes]
           [--bandwidth KIO_PAR_S] [--delete-guard POURCENT]
  ferryctl [--home DOSSIER] profile list [--json]
  ferryctl [--home DOSSIER] profile remove NOM

--direction : upload (de ce site vers le distant, par défaut), download, ou bidirectional
(recevoir, puis envoyer).
--conflict, quand les deux côtés ont modifié le même élément depuis leur dernier accord :
  manual       laisser les deux tels quels et demander (par défaut) ; le reste de l'exécution continue
  local-wins   la version de ce site l'emporte
  remote-wins  la version du site distant l'emporte
  master-wins  la version de l'étage auteur l'emporte
  newer-wins   la modification la plus tardive l'emporte (selon une horloge hybride, pas la seule horloge murale)
  keep-both    la modification la plus tardive garde le nom, l'autre est enregistrée à côté
Chaque conflit est noté dans le journal des conflits, quelle que soit la règle.
--delete-guard (25 par défaut) : une exécution qui supprimerait une part plus grande d'un dossier ou
d'une table s'arrête et demande --yes.
</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>la relation</translation>
    </message>
    <message>
        <source>REL</source>
        <translation>REL</translation>
    </message>
    <message>
        <source>upload, download or bidirectional</source>
        <translation>upload, download ou bidirectional</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>keep only files matching GLOB</source>
        <translation>ne garder que les fichiers correspondant à MOTIF</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>leave out files matching GLOB</source>
        <translation>laisser de côté les fichiers correspondant à MOTIF</translation>
    </message>
    <message>
        <source>the tables to keep in step</source>
        <translation>les tables à garder synchronisées</translation>
    </message>
    <message>
        <source>T1,T2</source>
        <translation>T1,T2</translation>
    </message>
    <message>
        <source>the conflict policy</source>
        <translation>la règle de conflit</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>do not carry deletions</source>
        <translation>ne pas propager les suppressions</translation>
    </message>
    <message>
        <source>limit in KiB/s</source>
        <translation>limite en Kio/s</translation>
    </message>
    <message>
        <source>KIB_PER_S</source>
        <translation>KIO_PAR_S</translation>
    </message>
    <message>
        <source>ask before deleting more than this share</source>
        <translation>demander avant de supprimer plus que cette part</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENT</translation>
    </message>
    <message>
        <source>profile add needs --relationship REL.</source>
        <translation>profile add demande --relationship REL.</translation>
    </message>
    <message>
        <source>--direction is upload, download or bidirectional, not '%1'.</source>
        <translation>--direction vaut upload, download ou bidirectional, pas « %1 ».</translation>
    </message>
    <message>
        <source>--conflict is manual, local-wins, remote-wins, master-wins, newer-wins or keep-both, not '%1'.</source>
        <translation>--conflict vaut manual, local-wins, remote-wins, master-wins, newer-wins ou keep-both, pas « %1 ».</translation>
    </message>
    <message>
        <source>--bandwidth and --delete-guard take whole numbers.</source>
        <translation>--bandwidth et --delete-guard demandent des nombres entiers.</translation>
    </message>
    <message>
        <source>Added profile %1 for relationship %2: %3, conflicts %4%5.</source>
        <translation>Profil %1 ajouté pour la relation %2 : %3, conflits %4%5.</translation>
    </message>
    <message>
        <source>, deletions not carried</source>
        <translation>, suppressions non propagées</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: ferryctl profile add NAME --relationship REL</source>
        <translation>Aucun profil pour l'instant. Ajoutez-en un avec : ferryctl profile add NOM --relationship REL</translation>
    </message>
    <message>
        <source>Removed profile %1 and its schedules.</source>
        <translation>Profil %1 et ses planifications retirés.</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>The bandwidth limit is a number of KiB/s, 0 for none.</source>
        <translation>La limite de bande passante est un nombre de Kio/s, 0 pour aucune.</translation>
    </message>
    <message>
        <source>The deletion guard is a share of a resource, from 0 to 100 percent.</source>
        <translation>La protection contre les suppressions est une part d'une ressource, de 0 à 100 pour cent.</translation>
    </message>
    <message>
        <source>Site '%1' does not capture table %2 (it captures: %3).</source>
        <translation>Le site « %1 » ne capture pas la table %2 (il capture : %3).</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>A profile named '%1' already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. See 'ferryctl profile list'.</source>
        <translation>Aucun profil ne s'appelle « %1 ». Voir « ferryctl profile list ».</translation>
    </message>
</context>
<context>
    <name>RelationshipCommand</name>
    <message>
        <source>pair a site here with a site on another server (add, list, remove)</source>
        <translation>associer un site d'ici à un site d'un autre serveur (add, list, remove)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DOSSIER] relationship add NOM --site SITE --remote https://HÔTE:PORT/SITE
           [--cert FICHIER --key FICHIER] [--ca FICHIER] [--pin EMPREINTE]
           [--proxy URL | --no-proxy] [--accept-pushes]
  ferryctl [--home DOSSIER] relationship list [--json]
  ferryctl [--home DOSSIER] relationship remove NOM

--site est le site de ce serveur ; --remote désigne le site chez l'agent de l'autre serveur, par
nom ou UUID. Sans --cert ni --key, ce serveur présente le certificat appliqué avec
« ferryctl cert import » ; sans --ca, le certificat de l'agent doit venir de l'autorité de
certification de cette installation ou d'une autorité de confiance. --pin n'accepte que ce
certificat d'agent précis. Retirer une relation retire ses profils et leurs planifications ;
les sites ne sont pas touchés.
</translation>
    </message>
    <message>
        <source>the site on this server</source>
        <translation>le site de ce serveur</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the remote site</source>
        <translation>le site distant</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>this server's certificate</source>
        <translation>le certificat de ce serveur</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>its private key</source>
        <translation>sa clé privée</translation>
    </message>
    <message>
        <source>the CA the agent's certificate must chain to</source>
        <translation>l'autorité dont doit venir le certificat de l'agent</translation>
    </message>
    <message>
        <source>the agent certificate's SHA-256 fingerprint</source>
        <translation>l'empreinte SHA-256 du certificat de l'agent</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>reach the agent through this proxy</source>
        <translation>joindre l'agent par ce proxy</translation>
    </message>
    <message>
        <source>never use a proxy for this agent</source>
        <translation>ne jamais passer par un proxy pour cet agent</translation>
    </message>
    <message>
        <source>let the remote site push to this one</source>
        <translation>laisser le site distant envoyer vers celui-ci</translation>
    </message>
    <message>
        <source>relationship add needs --site SITE and --remote https://HOST:PORT/SITE.</source>
        <translation>relationship add demande --site SITE et --remote https://HÔTE:PORT/SITE.</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy contradict each other.</source>
        <translation>--proxy et --no-proxy se contredisent.</translation>
    </message>
    <message>
        <source>Added relationship %1: site %2 with %3.</source>
        <translation>Relation %1 ajoutée : site %2 avec %3.</translation>
    </message>
    <message>
        <source>The first run of its profiles is an initial copy: it asks before it overwrites anything.</source>
        <translation>La première exécution de ses profils est une copie initiale : elle demande avant d'écraser quoi que ce soit.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>No relationships yet. Add one with: ferryctl relationship add NAME --site SITE --remote URL</source>
        <translation>Aucune relation pour l'instant. Ajoutez-en une avec : ferryctl relationship add NOM --site SITE --remote URL</translation>
    </message>
    <message>
        <source> (accepts pushes)</source>
        <translation> (accepte les envois)</translation>
    </message>
    <message>
        <source>Removed relationship %1.</source>
        <translation>Relation %1 retirée.</translation>
    </message>
    <message>
        <source>Removed its profiles and their schedules: %1.</source>
        <translation>Ses profils et leurs planifications retirés : %1.</translation>
    </message>
</context>
<context>
    <name>RelationshipRegistry</name>
    <message>
        <source>Cannot read the certificate %1 (%2).</source>
        <translation>Impossible de lire le certificat %1 (%2).</translation>
    </message>
    <message>
        <source>'%1' is not a remote site address. Use https://HOST:PORT/SITE, SITE being the site's name or UUID on that server's agent.</source>
        <translation>« %1 » n'est pas l'adresse d'un site distant. Utilisez https://HÔTE:PORT/SITE, SITE étant le nom ou l'UUID du site chez l'agent de ce serveur.</translation>
    </message>
    <message>
        <source>A remote site address carries no user name or password: the agent knows this server by its certificate.</source>
        <translation>L'adresse d'un site distant ne contient ni nom d'utilisateur ni mot de passe : l'agent reconnaît ce serveur à son certificat.</translation>
    </message>
    <message>
        <source>'%1' is not a valid %2 name: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>« %1 » n'est pas un nom de %2 valide : utilisez jusqu'à 64 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>--cert and --key go together: this server's certificate and its private key.</source>
        <translation>--cert et --key vont ensemble : le certificat de ce serveur et sa clé privée.</translation>
    </message>
    <message>
        <source>This server has no certificate to show the agent. Apply the bundle issued for it (ferryctl cert import NODE.p12), or give --cert and --key.</source>
        <translation>Ce serveur n'a aucun certificat à présenter à l'agent. Appliquez le paquet émis pour lui (ferryctl cert import NŒUD.p12), ou indiquez --cert et --key.</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>la clé privée</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 fingerprint (32 bytes in hex, with or without colons).</source>
        <translation>« %1 » n'est pas une empreinte SHA-256 (32 octets en hexadécimal, avec ou sans deux-points).</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>« %1 » n'est pas une adresse de proxy. Utilisez http://HÔTE:PORT ou socks5://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>The proxy address contains a password. Ferry never stores passwords in its settings: leave it out.</source>
        <translation>L'adresse du proxy contient un mot de passe. Ferry n'enregistre jamais de mot de passe dans ses réglages : retirez-le.</translation>
    </message>
    <message>
        <source>A relationship named '%1' already exists.</source>
        <translation>Une relation nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no relationship named '%1'. See 'ferryctl relationship list'.</source>
        <translation>Aucune relation ne s'appelle « %1 ». Voir « ferryctl relationship list ».</translation>
    </message>
</context>
<context>
    <name>RelativePath</name>
    <message>
        <source>The path is empty.</source>
        <translation>Le chemin est vide.</translation>
    </message>
    <message>
        <source>The path is longer than %1 bytes.</source>
        <translation>Le chemin dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The path '%1' contains a NUL character.</source>
        <translation>Le chemin '%1' contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The path '%1' contains a backslash; paths use '/' only.</source>
        <translation>Le chemin '%1' contient une barre oblique inverse ; les chemins n'utilisent que '/'.</translation>
    </message>
    <message>
        <source>The path '%1' is absolute; only paths inside the files folder are accepted.</source>
        <translation>Le chemin '%1' est absolu ; seuls les chemins à l'intérieur du dossier des fichiers sont acceptés.</translation>
    </message>
    <message>
        <source>The path '%1' starts with a drive letter.</source>
        <translation>Le chemin '%1' commence par une lettre de lecteur.</translation>
    </message>
    <message>
        <source>The path '%1' is deeper than %2 folders.</source>
        <translation>Le chemin '%1' a plus de %2 niveaux de dossiers.</translation>
    </message>
    <message>
        <source>The path '%1' has an empty component.</source>
        <translation>Le chemin '%1' a un élément vide.</translation>
    </message>
    <message>
        <source>The path '%1' contains '%2'; only paths inside the files folder are accepted.</source>
        <translation>Le chemin '%1' contient '%2' ; seuls les chemins à l'intérieur du dossier des fichiers sont acceptés.</translation>
    </message>
    <message>
        <source>A name in the path '%1' is longer than %2 bytes.</source>
        <translation>Un nom dans le chemin '%1' dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The path is not valid UTF-8.</source>
        <translation>Le chemin n'est pas de l'UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>RemoteConflictCopy</name>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 n’est plus sur %2.</translation>
    </message>
    <message>
        <source>Content not shown: %1 on %2 is larger than %3 bytes.</source>
        <translation>Contenu non affiché : %1 sur %2 dépasse %3 octets.</translation>
    </message>
    <message>
        <source>%1 changed on %2 while it was read; open the conflict again.</source>
        <translation>%1 a changé sur %2 pendant sa lecture ; rouvrez le conflit.</translation>
    </message>
</context>
<context>
    <name>RemoteSite</name>
    <message>
        <source>The agent at %1 serves no site '%2' to this certificate. On that server, `ferryctl site list` shows its sites and `ferryctl peer list` who may use them.</source>
        <translation>L'agent à %1 ne sert aucun site « %2 » à ce certificat. Sur ce serveur, `ferryctl site list` affiche ses sites et `ferryctl peer list` qui peut les utiliser.</translation>
    </message>
    <message>
        <source>Site %1 answered %2: %3</source>
        <translation>Le site %1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>Site %1 described %2 files when asked about %3.</source>
        <translation>Le site %1 a décrit %2 fichiers alors qu'on l'interrogeait sur %3.</translation>
    </message>
    <message>
        <source>Site %1 answered about other files than it was asked.</source>
        <translation>Le site %1 a répondu sur d'autres fichiers que ceux demandés.</translation>
    </message>
    <message>
        <source>Site %1 answered about %2 rows when asked about %3.</source>
        <translation>Le site %1 a répondu sur %2 lignes alors qu'on l'interrogeait sur %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 refused %n chunk(s): %2</source>
        <translation>
            <numerusform>Le site %1 a refusé %n bloc : %2</numerusform>
            <numerusform>Le site %1 a refusé %n blocs : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 did not send its chunks: %2</source>
        <translation>Le site %1 n'a pas envoyé ses blocs : %2</translation>
    </message>
    <message>
        <source>Site %1 sent other chunks than were asked for.</source>
        <translation>Le site %1 a envoyé d'autres blocs que ceux demandés.</translation>
    </message>
    <message>
        <source>Site %1 sent %2 signatures when asked for %3.</source>
        <translation>Le site %1 a envoyé %2 signatures alors que %3 étaient demandées.</translation>
    </message>
    <message>
        <source>Site %1 sent %2 deltas when asked for %3.</source>
        <translation>Le site %1 a envoyé %2 deltas alors que %3 étaient demandés.</translation>
    </message>
    <message>
        <source>Site %1 sent deltas of other chunks than were asked for.</source>
        <translation>Le site %1 a envoyé des deltas d'autres blocs que ceux demandés.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>The key %1 does not fit table %2's primary key (%3).</source>
        <translation>La clé %1 ne correspond pas à la clé primaire de la table %2 (%3).</translation>
    </message>
    <message>
        <source>Row %1 of %2 names a column that is not a plain name: %3</source>
        <translation>La ligne %1 de %2 nomme une colonne qui n'est pas un simple nom : %3</translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>Impossible d'écrire la ligne %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Cannot delete row %1 of %2: %3</source>
        <translation>Impossible de supprimer la ligne %1 de %2 : %3</translation>
    </message>
</context>
<context>
    <name>RowValuesCodec</name>
    <message>
        <source>The row question</source>
        <translation>La question sur les lignes</translation>
    </message>
    <message>
        <source>The row answer</source>
        <translation>La réponse sur les lignes</translation>
    </message>
    <message>
        <source>%1 must name at most %2 rows.</source>
        <translation>%1 doit nommer au plus %2 lignes.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no table or key.</source>
        <translation>%2 : la ligne %1 n'a pas de table ou de clé.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has malformed values.</source>
        <translation>%2 : la ligne %1 a des valeurs mal formées.</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1: changed on both sides; waiting for review (%2)</source>
        <translation>%1 : modifié des deux côtés ; en attente d'examen (%2)</translation>
    </message>
    <message>
        <source>conflict settled: %1</source>
        <translation>conflit réglé : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like the above</source>
        <translation>
            <numerusform>… et %n autre comme ci-dessus</numerusform>
            <numerusform>… et %n autres comme ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: the program running it stopped before it finished (killed, or the machine went down). The next run completes what it left.</source>
        <translation>Interrompue : le programme qui l’exécutait s’est arrêté avant la fin (tué, ou la machine s’est arrêtée). La prochaine exécution termine ce qu’elle a laissé.</translation>
    </message>
</context>
<context>
    <name>ScanReportOutput</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 in %2 s: %3 files (%4).</source>
        <translation>%1 analysé en %2 s : %3 fichiers (%4).</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 changed, %3 deleted; %4 hashed (%5). Rows changed: %6.</source>
        <translation>Fichiers : %1 ajoutés, %2 modifiés, %3 supprimés ; %4 hachés (%5). Lignes modifiées : %6.</translation>
    </message>
    <message>
        <source>could not read (kept in the index as they were):</source>
        <translation>illisibles (gardés tels quels dans l'index) :</translation>
    </message>
    <message>
        <source>links that point outside the files folder (not followed):</source>
        <translation>liens pointant hors du dossier de fichiers (non suivis) :</translation>
    </message>
    <message>
        <source>changed while being read (scan again):</source>
        <translation>modifiés pendant la lecture (relancez l'analyse) :</translation>
    </message>
    <message>
        <source>skipped (special files, or names that are not UTF-8):</source>
        <translation>ignorés (fichiers spéciaux, ou noms qui ne sont pas en UTF-8) :</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>when profiles run on their own (add, list, remove, enable, disable)</source>
        <translation>quand les profils s'exécutent d'eux-mêmes (add, list, remove, enable, disable)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DIR] schedule add PROFILE --every 30m|2h | --daily HH:MM | --weekdays mon,wed --at HH:MM
           [--start ISO] [--disabled]
  ferryctl [--home DIR] schedule list [--json]
  ferryctl [--home DIR] schedule remove ID
  ferryctl [--home DIR] schedule enable|disable ID

--every exécute le profil au début, puis toutes les N minutes (m) ou heures (h) de temps écoulé.
--daily et --weekdays l'exécutent à une heure de l'horloge de cette machine : une heure sautée quand
l'horloge avance s'exécute une fois, au moment du saut ; une heure répétée quand elle recule
s'exécute une fois, la première. Les jours sont mon, tue, wed, thu, fri, sat, sun.
--start (p. ex. 2026-12-01T08:00, en heure locale sauf si un décalage est indiqué) : rien ne
s'exécute avant ; par défaut, la prochaine minute entière.
Les exécutions manquées pendant qu'aucun planificateur ne tournait (ferryd, ou l'interface tant
qu'elle est ouverte) ont lieu une fois, pas une fois chacune, et un profil n'a jamais deux
exécutions en attente ou en cours.
</translation>
    </message>
    <message>
        <source>run every N minutes (30m) or hours (2h)</source>
        <translation>exécuter toutes les N minutes (30m) ou heures (2h)</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>run daily at this time</source>
        <translation>exécuter chaque jour à cette heure</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>run on these days</source>
        <translation>exécuter ces jours-là</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>the time of day, with --weekdays</source>
        <translation>l'heure, avec --weekdays</translation>
    </message>
    <message>
        <source>nothing runs before this time</source>
        <translation>rien ne s'exécute avant ce moment</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>store the schedule switched off</source>
        <translation>enregistrer la planification désactivée</translation>
    </message>
    <message>
        <source>schedule add needs one of --every, --daily or --weekdays.</source>
        <translation>schedule add demande --every, --daily ou --weekdays.</translation>
    </message>
    <message>
        <source>--at goes with --weekdays (use --daily HH:MM for every day).</source>
        <translation>--at va avec --weekdays (pour chaque jour, utilisez --daily HH:MM).</translation>
    </message>
    <message>
        <source>--every takes minutes or hours, e.g. 30m or 2h; not '%1'.</source>
        <translation>--every prend des minutes ou des heures, p. ex. 30m ou 2h ; pas « %1 ».</translation>
    </message>
    <message>
        <source>A time of day is HH:MM, from 00:00 to 23:59; not '%1'.</source>
        <translation>Une heure s'écrit HH:MM, de 00:00 à 23:59 ; pas « %1 ».</translation>
    </message>
    <message>
        <source>--weekdays takes days such as mon,wed (mon tue wed thu fri sat sun); not '%1'.</source>
        <translation>--weekdays prend des jours comme mon,wed (mon tue wed thu fri sat sun) ; pas « %1 ».</translation>
    </message>
    <message>
        <source>--start takes a date and time such as 2026-12-01T08:00; not '%1'.</source>
        <translation>--start prend une date et une heure comme 2026-12-01T08:00 ; pas « %1 ».</translation>
    </message>
    <message>
        <source>There is no profile named '%1'. See 'ferryctl profile list'.</source>
        <translation>Il n'y a pas de profil nommé « %1 ». Voir « ferryctl profile list ».</translation>
    </message>
    <message>
        <source>Added schedule %1 for profile %2: %3; next run %4.</source>
        <translation>Planification %1 ajoutée pour le profil %2 : %3 ; prochaine exécution %4.</translation>
    </message>
    <message>
        <source>Added schedule %1 for profile %2: %3; disabled.</source>
        <translation>Planification %1 ajoutée pour le profil %2 : %3 ; désactivée.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>No schedules yet. Add one with: ferryctl schedule add PROFILE --daily 02:30</source>
        <translation>Aucune planification pour l'instant. En ajouter une avec : ferryctl schedule add PROFILE --daily 02:30</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>prochaine exécution %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>A schedule is named by its number, as 'ferryctl schedule list' shows it.</source>
        <translation>Une planification se désigne par son numéro, tel que « ferryctl schedule list » l'affiche.</translation>
    </message>
    <message>
        <source>Removed schedule %1 (%2).</source>
        <translation>Planification %1 supprimée (%2).</translation>
    </message>
    <message>
        <source>Enabled schedule %1.</source>
        <translation>Planification %1 activée.</translation>
    </message>
    <message>
        <source>Disabled schedule %1.</source>
        <translation>Planification %1 désactivée.</translation>
    </message>
</context>
<context>
    <name>ScheduleRegistry</name>
    <message>
        <source>A schedule runs every 1 minute to every 31 days; %1 minutes is outside that.</source>
        <translation>Une planification s'exécute toutes les minutes à tous les 31 jours ; %1 minutes est hors de cette plage.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the schedule.</source>
        <translation>Choisissez au moins un jour de la semaine pour la planification.</translation>
    </message>
    <message>
        <source>Give the time of day the schedule runs at, as HH:MM.</source>
        <translation>Indiquez l'heure d'exécution de la planification, au format HH:MM.</translation>
    </message>
    <message>
        <source>Unknown kind of schedule.</source>
        <translation>Type de planification inconnu.</translation>
    </message>
    <message>
        <source>every %1h</source>
        <translation>toutes les %1h</translation>
    </message>
    <message>
        <source>every %1m</source>
        <translation>toutes les %1m</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>chaque jour à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>The schedule's profile no longer exists; choose another.</source>
        <translation>Le profil de la planification n'existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1. See 'ferryctl schedule list'.</source>
        <translation>Il n'y a pas de planification numéro %1. Voir « ferryctl schedule list ».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau du système n'a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Aucun trousseau système disponible : %1</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Le trousseau du système a refusé : %1</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine.</source>
        <translation>Aucun trousseau système n'est disponible sur cette machine.</translation>
    </message>
</context>
<context>
    <name>SecurityConfigurator</name>
    <message>
        <source>OpenSSL could not make a random passphrase.</source>
        <translation>OpenSSL n'a pas pu créer de phrase secrète aléatoire.</translation>
    </message>
    <message>
        <source>%1 %2 is not valid yet: it becomes valid on %3 (UTC). Check this computer's clock, or wait.</source>
        <translation>%1 %2 n'est pas encore valide : il le devient le %3 (UTC). Vérifiez l'horloge de cet ordinateur, ou patientez.</translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 (UTC); ask for a new one.</source>
        <translation>%1 %2 a expiré le %3 (UTC) ; demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>This home already has a certificate authority. Ferry keeps one per installation.</source>
        <translation>Ce dossier Ferry a déjà une autorité de certification. Ferry en garde une par installation.</translation>
    </message>
    <message>
        <source>The CA was not created: its key's passphrase could not be stored. %1</source>
        <translation>L'AC n'a pas été créée : la phrase secrète de sa clé n'a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>The passphrase of the CA key is not in the system keychain (entry %1 of service %2): the CA cannot issue certificates without it.</source>
        <translation>La phrase secrète de la clé de l'AC n'est pas dans le trousseau du système (entrée %1 du service %2) : sans elle, l'AC ne peut pas délivrer de certificats.</translation>
    </message>
    <message>
        <source>The CA key's passphrase is in the system keychain, which cannot be read here: %1</source>
        <translation>La phrase secrète de la clé de l'AC est dans le trousseau du système, illisible ici : %1</translation>
    </message>
    <message>
        <source>This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME</source>
        <translation>Ce dossier Ferry n'a pas encore d'autorité de certification. Créez-en une avec : ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is a passphrase-protected bundle: give its passphrase.</source>
        <translation>%1 est un paquet protégé par une phrase secrète : donnez sa phrase secrète.</translation>
    </message>
    <message>
        <source>In %1 the node certificate %2 was not issued by the CA included with it.</source>
        <translation>Dans %1, le certificat de nœud %2 n'a pas été délivré par l'AC qui l'accompagne.</translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation>Le certificat d'AC</translation>
    </message>
    <message>
        <source>%1 is a CA certificate that is not self-signed; Ferry trusts root CAs only.</source>
        <translation>%1 est un certificat d'AC qui n'est pas auto-signé ; Ferry ne fait confiance qu'aux AC racines.</translation>
    </message>
    <message>
        <source>%1 is the node certificate of %2, not a CA. To apply it as this server's certificate, give its key with --key FILE; to let that node in, use: ferryctl peer allow %1</source>
        <translation>%1 est le certificat de nœud de %2, pas une AC. Pour l'appliquer comme certificat de ce serveur, donnez sa clé avec --key FILE ; pour autoriser ce nœud : ferryctl peer allow %1</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>Le fichier de clé</translation>
    </message>
    <message>
        <source>The key file %1</source>
        <translation>Le fichier de clé %1</translation>
    </message>
    <message>
        <source>The key %1 does not match the certificate %2: they are not a pair.</source>
        <translation>La clé %1 ne correspond pas au certificat %2 : ils ne forment pas une paire.</translation>
    </message>
    <message>
        <source>The node certificate</source>
        <translation>Le certificat de nœud</translation>
    </message>
    <message>
        <source>The certificate %1 was not issued by a CA this installation trusts. Import its CA certificate first: ferryctl cert import ca.crt</source>
        <translation>Le certificat %1 n'a pas été délivré par une AC approuvée par cette installation. Importez d'abord son certificat d'AC : ferryctl cert import ca.crt</translation>
    </message>
    <message>
        <source>The bundle's CA %1 has the fingerprint %2, not %3: it is not the CA you meant to trust.</source>
        <translation>L'AC %1 du paquet a l'empreinte %2, pas %3 : ce n'est pas l'AC à laquelle vous vouliez faire confiance.</translation>
    </message>
    <message>
        <source>The bundle was issued by the CA %1 (SHA-256 %2), which this installation does not trust. Compare that fingerprint with the one 'ferryctl cert list' shows on the issuing server, then import again with --trust-ca FINGERPRINT, or import its ca.crt first.</source>
        <translation>Le paquet a été délivré par l'AC %1 (SHA-256 %2), que cette installation n'approuve pas. Comparez cette empreinte avec celle qu'affiche « ferryctl cert list » sur le serveur émetteur, puis importez à nouveau avec --trust-ca FINGERPRINT, ou importez d'abord son ca.crt.</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>the site's files folder</source>
        <translation>le dossier de fichiers du site</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>the site's stage</source>
        <translation>l'étage du site</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>site add needs --files DIR, the site's files folder.</source>
        <translation>site add demande --files DOSSIER, le dossier de fichiers du site.</translation>
    </message>
    <message>
        <source>--stage needs a whole number, not '%1'.</source>
        <translation>--stage demande un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>Added site %1 (stage %2) with files at %3.</source>
        <translation>Site %1 (étage %2) ajouté, avec ses fichiers dans %3.</translation>
    </message>
    <message>
        <source>UUID: %1</source>
        <translation>UUID : %1</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>No sites yet. Add one with: ferryctl site add NAME --files DIR</source>
        <translation>Aucun site pour l'instant. Ajoutez-en un avec : ferryctl site add NOM --files DOSSIER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAGE</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>the site's content database</source>
        <translation>la base de contenu du site</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the tables to keep in step</source>
        <translation>les tables à garder synchronisées</translation>
    </message>
    <message>
        <source>T1,T2</source>
        <translation>T1,T2</translation>
    </message>
    <message>
        <source>--db and --tables go together: the database, and which of its tables to keep in step.</source>
        <translation>--db et --tables vont ensemble : la base, et lesquelles de ses tables garder synchronisées.</translation>
    </message>
    <message>
        <source>Capturing changes to %1 in %2.</source>
        <translation>Capture des modifications de %1 dans %2.</translation>
    </message>
    <message>
        <source>Removed site %1. Its files were not touched.</source>
        <translation>Site %1 retiré. Ses fichiers n'ont pas été touchés.</translation>
    </message>
    <message>
        <source>Change capture was taken out of %1; its tables and rows were not touched.</source>
        <translation>La capture des modifications a été retirée de %1 ; ses tables et lignes n'ont pas été touchées.</translation>
    </message>
    <message>
        <source>index only files matching GLOB</source>
        <translation>n'indexer que les fichiers correspondant à MOTIF</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>leave out files and folders matching GLOB</source>
        <translation>laisser de côté les fichiers et dossiers correspondant à MOTIF</translation>
    </message>
    <message>
        <source>register this server's sites and index them (add, set, list, remove, scan)</source>
        <translation>enregistrer les sites de ce serveur et les indexer (add, set, list, remove, scan)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DOSSIER] site add NOM --files DOSSIER [--db URL --tables T1,T2] [--stage N]
                                    [--keep-versions JOURS]
  ferryctl [--home DOSSIER] site set NOM --keep-versions JOURS
  ferryctl [--home DOSSIER] site list [--json]
  ferryctl [--home DOSSIER] site remove NOM
  ferryctl [--home DOSSIER] site scan NOM [--include MOTIF]... [--exclude MOTIF]... [--json]

Un site est un dépôt de contenu sur ce serveur : un nom, un dossier de fichiers, éventuellement une
base de contenu, et un étage (0 = auteur/préproduction ; les étages supérieurs sont publiés ensuite).
Son UUID est créé une fois, ici.

Un fichier qu'une exécution écrase ou supprime sur un site est d'abord conservé dans la zone des
versions du site, dans le dossier Ferry (voir 'ferryctl versions'), pendant --keep-versions jours
(30 par défaut ; de 1 à 3650), puis supprimé.

--db prend sqlite:///CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE, jamais de mot de passe : les
mots de passe PostgreSQL viennent de ~/.pgpass ou PGPASSWORD. Ajouter un site installe la capture des
modifications (déclencheurs et une table _ferry_changes) dans sa base ; retirer le site les enlève.
Chaque table synchronisée a besoin d'une clé primaire.

scan relit ce qui a changé dans le dossier de fichiers et reprend les modifications de lignes capturées.
Un motif sans '/' correspond à un nom à toute profondeur (*.tmp, cache) ; un motif avec '/' au chemin
depuis le dossier de fichiers (assets/**/*.css) ; '**' traverse les dossiers. Les fichiers hors des
motifs sont laissés de côté, jamais notés comme supprimés.
</translation>
    </message>
    <message>
        <source>days overwritten and deleted files are kept</source>
        <translation>jours de conservation des fichiers écrasés et supprimés</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>--keep-versions needs a whole number of days, not '%1'.</source>
        <translation>--keep-versions attend un nombre entier de jours, pas '%1'.</translation>
    </message>
    <message>
        <source>site set needs --keep-versions DAYS.</source>
        <translation>site set attend --keep-versions JOURS.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 keeps overwritten and deleted files for %n day(s).</source>
        <translation>
            <numerusform>Le site %1 conserve les fichiers écrasés et supprimés pendant %n jour.</numerusform>
            <numerusform>Le site %1 conserve les fichiers écrasés et supprimés pendant %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its versions area %1 still holds %n kept version(s) of replaced files (%2); delete that folder when you no longer need it.</source>
        <translation>
            <numerusform>Sa zone de versions %1 contient encore %n version conservée de fichiers remplacés (%2) ; supprimez ce dossier quand vous n'en avez plus besoin.</numerusform>
            <numerusform>Sa zone de versions %1 contient encore %n versions conservées de fichiers remplacés (%2) ; supprimez ce dossier quand vous n'en avez plus besoin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteIndex</name>
    <message>
        <source>Cannot create the folder for the site index %1.</source>
        <translation>Impossible de créer le dossier de l'index du site %1.</translation>
    </message>
    <message>
        <source>Cannot open the site index %1 (%2).</source>
        <translation>Impossible d'ouvrir l'index du site %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot use the site index %1 (%2).</source>
        <translation>Impossible d'utiliser l'index du site %1 (%2).</translation>
    </message>
    <message>
        <source>The site index %1 belongs to another site (%2).</source>
        <translation>L'index de site %1 appartient à un autre site (%2).</translation>
    </message>
    <message>
        <source>The site index was written by a newer version of Ferry (format %1). Upgrade Ferry.</source>
        <translation>L'index du site a été écrit par une version plus récente de Ferry (format %1). Mettez Ferry à jour.</translation>
    </message>
    <message>
        <source>The index has no file %1.</source>
        <translation>L'index ne contient aucun fichier %1.</translation>
    </message>
</context>
<context>
    <name>SiteLock</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot open the lock file of site %1 (%2).</source>
        <translation>Impossible d'ouvrir le fichier de verrou du site %1 (%2).</translation>
    </message>
    <message>
        <source>Site %1 is being written by another run; try again when it has finished.</source>
        <translation>Le site %1 est en cours d'écriture par une autre exécution ; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>SiteRegistry</name>
    <message>
        <source>A site needs a name.</source>
        <translation>Un site a besoin d'un nom.</translation>
    </message>
    <message>
        <source>'%1' is not a valid site name: use up to %2 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>« %1 » n'est pas un nom de site valide : utilisez jusqu'à %2 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>'%1' looks like a UUID; peers would mistake it for another site's identifier. Choose a name.</source>
        <translation>« %1 » ressemble à un UUID ; les pairs le prendraient pour l'identifiant d'un autre site. Choisissez un nom.</translation>
    </message>
    <message>
        <source>A site needs a files folder.</source>
        <translation>Un site a besoin d'un dossier de fichiers.</translation>
    </message>
    <message>
        <source>The files folder %1 does not exist.</source>
        <translation>Le dossier de fichiers %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n'est pas un dossier.</translation>
    </message>
    <message>
        <source>The files folder %1 cannot be read by this user.</source>
        <translation>Le dossier de fichiers %1 n'est pas lisible par cet utilisateur.</translation>
    </message>
    <message>
        <source>The stage must be a number from 0 (author) to %1.</source>
        <translation>L'étage doit être un nombre de 0 (auteur) à %1.</translation>
    </message>
    <message>
        <source>A site named '%1' already exists (files at %2).</source>
        <translation>Un site nommé « %1 » existe déjà (fichiers dans %2).</translation>
    </message>
    <message>
        <source>The folder %1 already belongs to site '%2': a folder can be the files of one site only.</source>
        <translation>Le dossier %1 appartient déjà au site « %2 » : un dossier ne peut contenir les fichiers que d'un seul site.</translation>
    </message>
    <message>
        <source>The database %1 already belongs to site '%2': a database can be the content of one site only.</source>
        <translation>La base %1 appartient déjà au site « %2 » : une base ne peut contenir le contenu que d'un seul site.</translation>
    </message>
    <message>
        <source>The database %1 already has Ferry's change capture, perhaps for a site of another installation: a database can be the content of one site only.</source>
        <translation>La base %1 a déjà la capture des modifications de Ferry, peut-être pour un site d'une autre installation : une base ne peut contenir le contenu que d'un seul site.</translation>
    </message>
    <message>
        <source>Tables belong to a content database: give its URL as well (--db URL).</source>
        <translation>Les tables appartiennent à une base de contenu : indiquez aussi son URL (--db URL).</translation>
    </message>
    <message>
        <source>There is no site named '%1'. See 'ferryctl site list'.</source>
        <translation>Aucun site ne s'appelle « %1 ». Voir « ferryctl site list ».</translation>
    </message>
    <message>
        <source>Site '%1' is used by relationship '%2'. Remove the relationship first.</source>
        <translation>Le site « %1 » est utilisé par la relation « %2 ». Retirez d'abord la relation.</translation>
    </message>
    <message>
        <source>Cannot take change capture out of the database of '%1', so the site stays registered: %2</source>
        <translation>Impossible de retirer la capture des modifications de la base de « %1 », le site reste donc enregistré : %2</translation>
    </message>
    <message>
        <source>A site keeps overwritten and deleted files from 1 to %1 days, not %2.</source>
        <translation>Un site conserve les fichiers écrasés et supprimés de 1 à %1 jours, pas %2.</translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message>
        <source>The files folder %1 of site %2 is missing. Ferry does not scan a missing folder: if it is a mount, mount it again; an absent mount must never look like every file was deleted.</source>
        <translation>Le dossier de fichiers %1 du site %2 est absent. Ferry n'analyse pas un dossier absent : s'il s'agit d'un point de montage, remontez-le ; un montage absent ne doit jamais ressembler à la suppression de tous les fichiers.</translation>
    </message>
    <message>
        <source>The files folder %1 of site %2 is empty. Ferry does not scan an empty folder: an absent mount must never look like every file was deleted.</source>
        <translation>Le dossier de fichiers %1 du site %2 est vide. Ferry n'analyse pas un dossier vide : un montage absent ne doit jamais ressembler à la suppression de tous les fichiers.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled; its index is as it was.</source>
        <translation>L'analyse de %1 a été annulée ; son index est inchangé.</translation>
    </message>
    <message>
        <source>The files of %1 were indexed, but its row changes could not be taken in: %2</source>
        <translation>Les fichiers de %1 ont été indexés, mais ses modifications de lignes n'ont pas pu être reprises : %2</translation>
    </message>
</context>
<context>
    <name>SiteWriter</name>
    <message>
        <source>%1 changed on site %2 since this run planned; the next run will look again.</source>
        <translation>%1 a changé sur le site %2 depuis la planification de cette exécution ; la prochaine exécution le réexaminera.</translation>
    </message>
    <message>
        <source>%1 appeared on site %2 since this run planned; the next run will look again.</source>
        <translation>%1 est apparu sur le site %2 depuis la planification de cette exécution ; la prochaine exécution le réexaminera.</translation>
    </message>
    <message>
        <source>%1 changed on disk on site %2 since its last scan; the next run will look again.</source>
        <translation>%1 a changé sur le disque du site %2 depuis sa dernière analyse ; la prochaine exécution le réexaminera.</translation>
    </message>
    <message>
        <source>%1 on site %2 does not hold the content the run expected.</source>
        <translation>%1 sur le site %2 n'a pas le contenu attendu par l'exécution.</translation>
    </message>
    <message>
        <source>Site %1 lacks a chunk of %2; it must be sent before the file.</source>
        <translation>Il manque au site %1 un bloc de %2 ; il doit être envoyé avant le fichier.</translation>
    </message>
    <message>
        <source>%1 vanished from site %2 right after it was written.</source>
        <translation>%1 a disparu du site %2 juste après avoir été écrit.</translation>
    </message>
    <message>
        <source>Site %1 has no content database to take rows into.</source>
        <translation>Le site %1 n'a pas de base de contenu pour recevoir des lignes.</translation>
    </message>
    <message>
        <source>Site %1 does not keep table %2 in step.</source>
        <translation>Le site %1 ne garde pas la table %2 synchronisée.</translation>
    </message>
    <message>
        <source>Row %1 changed on %2 during the run; it was left as it is, and the next run settles both changes.</source>
        <translation>La ligne %1 a été modifiée sur %2 pendant l’exécution ; elle a été laissée telle quelle, et la prochaine exécution réglera les deux modifications.</translation>
    </message>
    <message>
        <source>The content received for %1 does not match its chunk list; nothing was changed.</source>
        <translation>Le contenu reçu pour %1 ne correspond pas à sa liste de blocs ; rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The database is not an open SQLite database.</source>
        <translation>La base de données n'est pas une base SQLite ouverte.</translation>
    </message>
    <message>
        <source>The database could not be read or written (%1).</source>
        <translation>La base de données n'a pas pu être lue ou écrite (%1).</translation>
    </message>
    <message>
        <source>The database is busy: another Ferry process kept it locked for too long. Try again.</source>
        <translation>La base de données est occupée : un autre processus Ferry l'a verrouillée trop longtemps. Réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written (%1).</source>
        <translation>Le disque est plein : la base de données n'a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <source>Qt's SQLite driver uses another SQLite library than Ferry (%1): Ferry needs Qt built with the system's SQLite.</source>
        <translation>Le pilote SQLite de Qt utilise une autre bibliothèque SQLite que Ferry (%1) : Ferry a besoin d'un Qt compilé avec le SQLite du système.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Conflict %1 does not exist or is not waiting for review.</source>
        <translation>Le conflit %1 n'existe pas ou n'attend pas d'examen.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it (%2). Nothing was changed.</source>
        <translation>Impossible de garder une copie de %1 avant sa mise à niveau (%2). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>No profile with id %1.</source>
        <translation>Aucun profil avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>No relationship with id %1.</source>
        <translation>Aucune relation avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>No run with id %1.</source>
        <translation>Aucune exécution avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>No schedule with id %1.</source>
        <translation>Aucune planification avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>No site with id %1.</source>
        <translation>Aucun site avec l'identifiant %1.</translation>
    </message>
    <message>
        <source>The state database is busy: another Ferry process kept it locked for too long. Try again.</source>
        <translation>La base d'état est occupée : un autre processus Ferry l'a verrouillée trop longtemps. Réessayez.</translation>
    </message>
    <message>
        <source>The state database could not be read or written (%1).</source>
        <translation>La base d'état n'a pas pu être lue ou écrite (%1).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ferry has not changed it: restore it from a backup, or move it away to start with an empty home.</source>
        <translation>%1 est endommagé (%2). Ferry ne l'a pas modifié : restaurez-le depuis une sauvegarde, ou déplacez-le pour repartir d'un dossier vide.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n'est pas une base SQLite</translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes of %2</source>
        <translation>le fichier est tronqué : %1 octets sur %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not Ferry's state. Ferry has not changed it: choose another home folder.</source>
        <translation>%1 est une base SQLite, mais pas l'état de Ferry. Ferry ne l'a pas modifiée : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ferry (state format %2; this version reads up to %3). Ferry has not changed it: upgrade Ferry to use this home.</source>
        <translation>%1 a été écrit par une version plus récente de Ferry (format d'état %2 ; cette version lit jusqu'au %3). Ferry ne l'a pas modifié : mettez Ferry à jour pour utiliser ce dossier.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>Impossible d'ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot use %1: its folder does not support the write-ahead log SQLite needs for safe sharing between processes (a network file system?).</source>
        <translation>Impossible d'utiliser %1 : son dossier ne prend pas en charge le journal d'écriture anticipée dont SQLite a besoin pour un partage sûr entre processus (un système de fichiers réseau ?).</translation>
    </message>
    <message>
        <source>Run %1 is no longer running.</source>
        <translation>L’exécution %1 n’est plus en cours.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>run a profile now (--dry-run: show the plan only)</source>
        <translation>exécuter un profil maintenant (--dry-run : afficher seulement le plan)</translation>
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
        <translation>Utilisation : ferryctl [--home DOSSIER] sync PROFIL [--dry-run] [--yes] [--initial upload|download] [--json]

Se connecte à l'agent de la relation, analyse les deux sites, échange leurs modifications, planifie,
puis transfère fichiers et lignes pour que les deux côtés soient synchronisés. --dry-run affiche le
plan, suppressions d'abord, et ne modifie rien. La première exécution d'une relation est une copie
initiale, qui écrase la destination : elle, comme une exécution qui supprimerait plus que la part
d'un dossier ou d'une table fixée par le profil, s'arrête et demande confirmation (code de sortie 3)
jusqu'à ce que vous relanciez la commande avec --yes. --initial indique dans quel sens copie la
première exécution d'un profil bidirectionnel. --json affiche un objet JSON avec les totaux.
</translation>
    </message>
    <message>
        <source>show the plan, change nothing</source>
        <translation>afficher le plan, ne rien modifier</translation>
    </message>
    <message>
        <source>confirm an initial copy or a guarded deletion</source>
        <translation>confirmer une copie initiale ou une suppression protégée</translation>
    </message>
    <message>
        <source>the first run's direction</source>
        <translation>le sens de la première exécution</translation>
    </message>
    <message>
        <source>upload|download</source>
        <translation>upload|download</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>--initial takes upload or download.</source>
        <translation>--initial attend upload ou download.</translation>
    </message>
    <message>
        <source>The run was cancelled; the next run completes it.</source>
        <translation>L'exécution a été annulée ; la prochaine exécution la terminera.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be synchronised; `ferryctl log` has the reasons.</source>
        <translation>
            <numerusform>%n élément n'a pas pu être synchronisé ; `ferryctl log` en donne les raisons.</numerusform>
            <numerusform>%n éléments n'ont pas pu être synchronisés ; `ferryctl log` en donne les raisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides are in step: nothing to do.</source>
        <translation>Les deux côtés sont synchronisés : rien à faire.</translation>
    </message>
    <message>
        <source>Initial copy plan with %1:</source>
        <translation>Plan de copie initiale avec %1 :</translation>
    </message>
    <message>
        <source>Plan with %1:</source>
        <translation>Plan avec %1 :</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n modification :</numerusform>
            <numerusform>%n modifications :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to push, %2 to pull, %3 deletions here, %4 deletions there, %5 conflicts (%6 waiting for review).</source>
        <translation>%1 à envoyer, %2 à récupérer, %3 suppressions ici, %4 suppressions là-bas, %5 conflits (%6 en attente d'examen).</translation>
    </message>
</context>
<context>
    <name>SyncLogExport</name>
    <message>
        <source>Cannot write %1 (%2). Choose a folder you can write to.</source>
        <translation>Impossible d’écrire %1 (%2). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Is the disk full?</source>
        <translation>Impossible d’écrire %1 (%2). Le disque est-il plein ?</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>There is no profile '%1'; `ferryctl profile list` shows the profiles.</source>
        <translation>Il n'y a pas de profil « %1 » ; `ferryctl profile list` affiche les profils.</translation>
    </message>
    <message>
        <source>Profile %1 belongs to no relationship any more.</source>
        <translation>Le profil %1 n'appartient plus à aucune relation.</translation>
    </message>
    <message>
        <source>Relationship %1 names a site that no longer exists.</source>
        <translation>La relation %1 désigne un site qui n'existe plus.</translation>
    </message>
    <message>
        <source>Decided on review by %1.</source>
        <translation>Décidé après examen par %1.</translation>
    </message>
    <message>
        <source>%1 files sent, %2 received, %3 deleted; %4 rows sent, %5 received, %6 deleted</source>
        <translation>%1 fichiers envoyés, %2 reçus, %3 supprimés ; %4 lignes envoyées, %5 reçues, %6 supprimées</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n waiting for review)</source>
        <translation>
            <numerusform>(%n en attente d'examen)</numerusform>
            <numerusform>(%n en attente d'examen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed</source>
        <translation>
            <numerusform>%n élément en échec</numerusform>
            <numerusform>%n éléments en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>This is relationship %1's first run, an initial copy: say which way with --initial upload (this site over the remote) or --initial download.</source>
        <translation>C'est la première exécution de la relation %1, une copie initiale : indiquez le sens avec --initial upload (ce site écrase le site distant) ou --initial download.</translation>
    </message>
    <message>
        <source>If it is meant to be empty, run again with --yes.</source>
        <translation>Si ce vide est voulu, relancez la commande avec --yes.</translation>
    </message>
    <message>
        <source>Cancelled before anything was transferred.</source>
        <translation>Annulé avant tout transfert.</translation>
    </message>
    <message numerus="yes">
        <source>This first run is an initial copy %1: it overwrites or deletes %n item(s) on %2, whose previous versions go to that side's versions area. Run again with --yes to go ahead.</source>
        <translation>
            <numerusform>Cette première exécution est une copie initiale %1 : elle écrase ou supprime %n élément sur %2, dont la version précédente va dans la zone des versions de ce côté-là. Relancez la commande avec --yes pour continuer.</numerusform>
            <numerusform>Cette première exécution est une copie initiale %1 : elle écrase ou supprime %n éléments sur %2, dont les versions précédentes vont dans la zone des versions de ce côté-là. Relancez la commande avec --yes pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>from this site to the remote</source>
        <translation>de ce site vers le site distant</translation>
    </message>
    <message>
        <source>from the remote to this site</source>
        <translation>du site distant vers ce site</translation>
    </message>
    <message>
        <source>Run again with --yes to go ahead.</source>
        <translation>Relancez la commande avec --yes pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) planned, nothing transferred.</source>
        <translation>
            <numerusform>Simulation : %n modification prévue, rien n'a été transféré.</numerusform>
            <numerusform>Simulation : %n modifications prévues, rien n'a été transféré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Annulé : </translation>
    </message>
    <message>
        <source>Only a dry run can use settings that are not saved.</source>
        <translation>Seule une simulation peut utiliser des réglages non enregistrés.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The trust store file %1 is damaged (%2); restore it from a backup.</source>
        <translation>Le fichier %1 du magasin de confiance est endommagé (%2) ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The expiry warning needs between 1 and 3650 days, not %1.</source>
        <translation>L'avertissement d'expiration demande entre 1 et 3650 jours, pas %1.</translation>
    </message>
    <message>
        <source>This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME</source>
        <translation>Ce dossier Ferry n'a pas encore d'autorité de certification. Créez-en une avec : ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>This home already has a certificate authority (%1). Ferry keeps one per installation.</source>
        <translation>Ce dossier Ferry a déjà une autorité de certification (%1). Ferry en garde une par installation.</translation>
    </message>
    <message>
        <source>The CA key</source>
        <translation>La clé de l'AC</translation>
    </message>
    <message>
        <source>The CA key %1</source>
        <translation>La clé de l'AC %1</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate.</source>
        <translation>%1 n'est pas un certificat d'AC.</translation>
    </message>
    <message>
        <source>Nothing in the trust store has the fingerprint or name '%1'. See: ferryctl cert list</source>
        <translation>Rien dans le magasin de confiance n'a l'empreinte ou le nom « %1 ». Voir : ferryctl cert list</translation>
    </message>
    <message>
        <source>More than one certificate is named '%1': give its SHA-256 fingerprint instead.</source>
        <translation>Plusieurs certificats s'appellent « %1 » : donnez plutôt son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>%1 is this installation's own certificate authority; it cannot be untrusted here. Untrust the certificates it issued instead.</source>
        <translation>%1 est l'autorité de certification de cette installation ; on ne peut pas lui retirer la confiance ici. Révoquez plutôt les certificats qu'elle a délivrés.</translation>
    </message>
    <message>
        <source>%1 is this server's own certificate; apply a new bundle to replace it.</source>
        <translation>%1 est le certificat de ce serveur ; appliquez un nouveau paquet pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>VersionRestore</name>
    <message>
        <source>No version of %1 is kept. See 'ferryctl versions list SITE'.</source>
        <translation>Aucune version de %1 n'est conservée. Voir 'ferryctl versions list SITE'.</translation>
    </message>
    <message>
        <source>No version of %1 was kept at %2. See 'ferryctl versions list SITE %1'.</source>
        <translation>Aucune version de %1 n'a été conservée à %2. Voir 'ferryctl versions list SITE %1'.</translation>
    </message>
    <message>
        <source>Cannot read the kept version %1 (%2).</source>
        <translation>Impossible de lire la version conservée %1 (%2).</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it became shorter while it was read</source>
        <translation>elle a raccourci pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>VersionsArea</name>
    <message>
        <source>Cannot create the versions folder %1.</source>
        <translation>Impossible de créer le dossier des versions %1.</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1 (%2).</source>
        <translation>Impossible de garder la version précédente de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot remove the old version %1.</source>
        <translation>Impossible de retirer l'ancienne version %1.</translation>
    </message>
</context>
<context>
    <name>VersionsCommand</name>
    <message>
        <source>list, restore and prune the files runs overwrote or deleted on a site</source>
        <translation>lister, restaurer et purger les fichiers que les exécutions ont écrasés ou supprimés sur un site</translation>
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
        <translation>Utilisation :
  ferryctl [--home DOSSIER] versions list SITE [CHEMIN] [--json]
  ferryctl [--home DOSSIER] versions restore SITE CHEMIN [--kept HEURE]
  ferryctl [--home DOSSIER] versions prune SITE [--older-than JOURS]

Avant qu'une exécution écrase ou supprime un fichier sur un site, le fichier est conservé dans la zone
des versions du site, dans le dossier Ferry (jamais dans le dossier de fichiers), pendant les jours que
le site garde ses versions ('site set NOM --keep-versions JOURS', 30 par défaut) ; les plus anciennes
sont supprimées quand des exécutions écrivent le site.

list montre ce qui est conservé, pour tout le site ou pour un fichier ou un dossier (CHEMIN, relatif au
dossier de fichiers), la plus ancienne d'abord, avec l'heure de conservation (UTC).
restore remet une version conservée en place : la plus récente, ou celle conservée à HEURE telle que
list l'affiche. Le fichier remplacé est d'abord conservé, si bien qu'une restauration peut elle-même
être annulée ; l'exécution suivante porte le fichier restauré aux pairs du site comme tout autre
changement fait ici.
prune supprime aussitôt ce qui a été conservé il y a plus de JOURS jours (à défaut, les jours du site).
</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>versions list takes a site and, optionally, a path in its files folder.</source>
        <translation>versions list prend un site et, éventuellement, un chemin dans son dossier de fichiers.</translation>
    </message>
    <message>
        <source>Site %1 keeps no overwritten or deleted files.</source>
        <translation>Le site %1 ne conserve aucun fichier écrasé ou supprimé.</translation>
    </message>
    <message>
        <source>Site %1 keeps no version of %2.</source>
        <translation>Le site %1 ne conserve aucune version de %2.</translation>
    </message>
    <message>
        <source>KEPT (UTC)</source>
        <translation>CONSERVÉ (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>the version kept at this time, as 'versions list' shows it</source>
        <translation>la version conservée à cette heure, telle que 'versions list' l'affiche</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>--kept takes a time as 'versions list' shows it (2026-12-07T16:40:01.123Z), not '%1'.</source>
        <translation>--kept prend une heure telle que 'versions list' l'affiche (2026-12-07T16:40:01.123Z), pas '%1'.</translation>
    </message>
    <message>
        <source>Restored %1 on site %2 as it was kept at %3; the file it replaced is kept in the versions area.</source>
        <translation>%1 restauré sur le site %2 tel que conservé à %3 ; le fichier remplacé est conservé dans la zone des versions.</translation>
    </message>
    <message>
        <source>remove what was kept more than DAYS ago</source>
        <translation>supprimer ce qui a été conservé il y a plus de JOURS jours</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>--older-than takes a whole number of days, 0 or more; not '%1'.</source>
        <translation>--older-than prend un nombre entier de jours, 0 ou plus ; pas '%1'.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n version(s) kept before %1 from site %2.</source>
        <translation>
            <numerusform>%n version conservée avant %1 supprimée du site %2.</numerusform>
            <numerusform>%n versions conservées avant %1 supprimées du site %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::AgentClient</name>
    <message>
        <source>The agent at %1 presented the certificate %2, but this relationship is pinned to %3: refusing to talk to it. If the agent's certificate was rotated, pin the new one.</source>
        <translation>L'agent à %1 a présenté le certificat %2, mais cette relation est épinglée sur %3 : la connexion est refusée. Si le certificat de l'agent a été renouvelé, épinglez le nouveau.</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 expired on %2; renew it on that server (ferryctl cert issue).</source>
        <translation>Le certificat de l'agent à %1 a expiré le %2 ; renouvelez-le sur ce serveur (ferryctl cert issue).</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 is not valid before %2; check both servers' clocks.</source>
        <translation>Le certificat de l'agent à %1 n'est pas valide avant le %2 ; vérifiez les horloges des deux serveurs.</translation>
    </message>
    <message>
        <source>The agent's certificate at %1 was not issued by a certificate authority this installation trusts. Import that CA with 'ferryctl cert import ca.crt' if you trust it.</source>
        <translation>Le certificat de l'agent à %1 n'a pas été émis par une autorité de certification à laquelle cette installation fait confiance. Importez cette autorité avec 'ferryctl cert import ca.crt' si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The agent's certificate does not name %1; issue it with --host or --ip for that address.</source>
        <translation>Le certificat de l'agent ne mentionne pas %1 ; émettez-le avec --host ou --ip pour cette adresse.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>La connexion TLS à %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: is ferryd running on %1?</source>
        <translation>Rien ne répond à %1 : ferryd tourne-t-il sur %1 ?</translation>
    </message>
    <message>
        <source>The host %1 is unknown.</source>
        <translation>L'hôte %1 est inconnu.</translation>
    </message>
    <message>
        <source>The agent at %1 did not answer within %2 seconds.</source>
        <translation>L'agent à %1 n'a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>The agent at %1 closed the connection while we sent %2 bytes: more than it accepts in one request.</source>
        <translation>L'agent à %1 a fermé la connexion pendant que nous envoyions %2 octets : plus qu'il n'en accepte en une requête.</translation>
    </message>
    <message>
        <source>The agent at %1 refused the connection: it requires a client certificate, and none is configured.</source>
        <translation>L'agent à %1 a refusé la connexion : il exige un certificat client, et aucun n'est configuré.</translation>
    </message>
    <message>
        <source>The agent at %1 refused our certificate during the TLS handshake (%2). Is it issued by a CA the agent trusts, and still valid (until %3)?</source>
        <translation>L'agent à %1 a refusé notre certificat pendant la négociation TLS (%2). A-t-il été émis par une autorité à laquelle l'agent fait confiance, et est-il encore valide (jusqu'au %3) ?</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The agent at %1 answered %2: %3</source>
        <translation>L'agent à %1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>No request %1 waits for its answer.</source>
        <translation>Aucune requête %1 n’attend sa réponse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ferry::AgentServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>Impossible d'écouter sur %1:%2 : %3.</translation>
    </message>
    <message>
        <source>This agent only answers clients with a trusted certificate.</source>
        <translation>Cet agent ne répond qu'aux clients munis d'un certificat de confiance.</translation>
    </message>
    <message>
        <source>The agent is shutting down; try again in a moment.</source>
        <translation>L'agent s'arrête ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; this request takes at most %2.</source>
        <translation>Le corps de la requête fait %1 octets ; cette requête en accepte au plus %2.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTest</name>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>« %1 » n'est pas une adresse de proxy. Utilisez http://HÔTE:PORT ou socks5://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message>
        <source>Nothing answered at %1 within %2 seconds. Check the address and port, and that a firewall lets the connection through.</source>
        <translation>Rien n'a répondu à %1 en %2 secondes. Vérifiez l'adresse et le port, et qu'aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <source>The host %1 is unknown. Check its spelling, or use its IP address.</source>
        <translation>L'hôte %1 est inconnu. Vérifiez son orthographe, ou utilisez son adresse IP.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the port, and that ferryd is running on that server (systemctl status ferryd).</source>
        <translation>Rien ne répond à %1. Vérifiez le port, et que ferryd tourne sur ce serveur (systemctl status ferryd).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Connexion à %1 impossible : %2.</translation>
    </message>
    <message>
        <source>The server at %1 answers.</source>
        <translation>Le serveur à %1 répond.</translation>
    </message>
    <message>
        <source>The agent's certificate (%1) was issued by a certificate authority this installation trusts.</source>
        <translation>Le certificat de l'agent (%1) a été émis par une autorité de certification à laquelle cette installation fait confiance.</translation>
    </message>
    <message>
        <source>The agent's certificate fingerprint: %1.</source>
        <translation>Empreinte du certificat de l'agent : %1.</translation>
    </message>
    <message>
        <source>The agent answered the hello with %1: %2</source>
        <translation>L'agent a répondu au hello par %1 : %2</translation>
    </message>
    <message>
        <source>The agent (ferryd %1) speaks protocol %2, as we do.</source>
        <translation>L'agent (ferryd %1) parle le protocole %2, comme nous.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The agent's clock is %1 from ours (within ±2 minutes).</source>
        <translation>L'horloge de l'agent s'écarte de la nôtre de %1 (dans les ±2 minutes).</translation>
    </message>
    <message>
        <source>The agent's clock is %1 from ours, more than ±2 minutes: set both servers' clocks by NTP (timedatectl set-ntp true).</source>
        <translation>L'horloge de l'agent s'écarte de la nôtre de %1, plus de ±2 minutes : réglez les horloges des deux serveurs par NTP (timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>The agent offers no site '%1' to this server's certificate (it offers: %2). Check the site's name, or on that server: ferryctl peer allow %3 --site %1</source>
        <translation>L'agent ne propose aucun site « %1 » au certificat de ce serveur (il propose : %2). Vérifiez le nom du site, ou sur ce serveur-là : ferryctl peer allow %3 --site %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>This agent does not say whether we may push to %1: it is an older version.</source>
        <translation>Cet agent ne dit pas si nous pouvons envoyer vers %1 : c'est une version plus ancienne.</translation>
    </message>
    <message>
        <source>This server may push to site %1.</source>
        <translation>Ce serveur peut envoyer vers le site %1.</translation>
    </message>
    <message>
        <source>This server may only read site %1, not push to it: copies from here to there will be refused. On that server: ferryctl peer allow %2 --site %1 --push</source>
        <translation>Ce serveur peut seulement lire le site %1, pas y envoyer : les copies d'ici vers là-bas seront refusées. Sur ce serveur-là : ferryctl peer allow %2 --site %1 --push</translation>
    </message>
</context>
<context>
    <name>ferry::PostgresChangeCapture</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>La base n'a pas de table %1.</translation>
    </message>
    <message>
        <source>Table %1 has no primary key. Ferry recognises a row on every server by its key: add a PRIMARY KEY to %1.</source>
        <translation>La table %1 n'a pas de clé primaire. Ferry reconnaît une ligne sur chaque serveur par sa clé : ajoutez une PRIMARY KEY à %1.</translation>
    </message>
</context>
<context>
    <name>ferry::SqliteChangeCapture</name>
    <message>
        <source>The database has no table %1.</source>
        <translation>La base n'a pas de table %1.</translation>
    </message>
    <message>
        <source>Table %1 has no primary key. Ferry recognises a row on every server by its key (SQLite's hidden rowid differs from one database to the next): add a PRIMARY KEY to %1.</source>
        <translation>La table %1 n'a pas de clé primaire. Ferry reconnaît une ligne sur chaque serveur par sa clé (le rowid caché de SQLite diffère d'une base à l'autre) : ajoutez une PRIMARY KEY à %1.</translation>
    </message>
</context>
<context>
    <name>ferry::SyncJobQueue</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulée avant d'avoir commencé.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>The sync log: what every run sent, received and deleted, and what went wrong.</source>
        <translation>Le journal de synchronisation : ce que chaque exécution a envoyé, reçu et supprimé, et ce qui a échoué.</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aucune activité pour l'instant</translation>
    </message>
    <message>
        <source>Every run writes here what it did to each folder and table — files and rows sent, received and deleted — and every error, with the side it happened on.</source>
        <translation>Chaque exécution note ici ce qu'elle a fait à chaque dossier et à chaque table — fichiers et lignes envoyés, reçus et supprimés — et chaque erreur, avec le côté où elle s'est produite.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>New entries appear at the top while this view is open.</source>
        <translation>Les nouvelles entrées apparaissent en haut tant que cette vue est ouverte.</translation>
    </message>
    <message>
        <source>Save the entries the filters select as a CSV file.</source>
        <translation>Enregistrer les entrées choisies par les filtres dans un fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n entrée écrite dans %1.</numerusform>
            <numerusform>%n entrées écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Folder or table</source>
        <translation>Dossier ou table</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Tout mode</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>jusqu’à maintenant</translation>
    </message>
    <message>
        <source>Show the entries of every run again</source>
        <translation>Afficher de nouveau les entrées de toutes les exécutions</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Run %1 only</source>
        <translation>Exécution %1 seulement</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Le journal n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Le journal est vide.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n record(s); more appear as you scroll.</source>
        <translation>
            <numerusform>La %n entrée la plus récente ; d’autres apparaissent en défilant.</numerusform>
            <numerusform>Les %n entrées les plus récentes ; d’autres apparaissent en défilant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sync log</source>
        <translation>Exporter le journal de synchronisation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AddSiteDialog</name>
    <message>
        <source>Add Site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>e.g. www-staging</source>
        <translation>p. ex. www-preprod</translation>
    </message>
    <message>
        <source>the folder that holds the site's files</source>
        <translation>le dossier qui contient les fichiers du site</translation>
    </message>
    <message>
        <source>0 for the author (staging) site; production sites come later in the publishing order.</source>
        <translation>0 pour le site auteur (préproduction) ; les sites de production viennent ensuite dans l'ordre de publication.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>A site is a web site on this server. Ferry gives it a permanent identifier that its peers will know it by.</source>
        <translation>Un site est un site web sur ce serveur. Ferry lui donne un identifiant permanent sous lequel ses pairs le connaîtront.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Files folder:</source>
        <translation>Dossier de &amp;fichiers :</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tage :</translation>
    </message>
    <message>
        <source>Choose the Site's Files Folder</source>
        <translation>Choisir le dossier de fichiers du site</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A file a sync overwrites or deletes on this site is kept in the site's versions area for this many days, and can be restored with 'ferryctl versions restore'.</source>
        <translation>Un fichier qu'une synchronisation écrase ou supprime sur ce site est conservé dans la zone des versions du site pendant ce nombre de jours, et peut être restauré avec 'ferryctl versions restore'.</translation>
    </message>
    <message>
        <source>&amp;Keep replaced files:</source>
        <translation>&amp;Conserver les fichiers remplacés :</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AddressPage</name>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Utiliser les réglages de proxy du système</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Utiliser ce proxy :</translation>
    </message>
    <message>
        <source>Connect directly, bypassing any proxy</source>
        <translation>Se connecter directement, sans proxy</translation>
    </message>
    <message>
        <source>Remote agent</source>
        <translation>Agent distant</translation>
    </message>
    <message>
        <source>The other server runs the Ferry agent (ferryd). Give its address and the name of the site there to pair with.</source>
        <translation>L'autre serveur exécute l'agent Ferry (ferryd). Indiquez son adresse et le nom du site là-bas à associer.</translation>
    </message>
    <message>
        <source>e.g. prod1.example.org or 203.0.113.10</source>
        <translation>p. ex. prod1.example.org ou 203.0.113.10</translation>
    </message>
    <message>
        <source>e.g. www</source>
        <translation>p. ex. www</translation>
    </message>
    <message>
        <source>http://proxy.example.org:3128 or socks5://HOST:PORT</source>
        <translation>http://proxy.example.org:3128 ou socks5://HÔTE:PORT</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Remote &amp;site:</source>
        <translation>&amp;Site distant :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>'%1' is not a host name or an IP address. Give the server's name (prod1.example.org) or address (203.0.113.10), without https:// or a path.</source>
        <translation>« %1 » n'est ni un nom d'hôte ni une adresse IP. Indiquez le nom (prod1.example.org) ou l'adresse (203.0.113.10) du serveur, sans https:// ni chemin.</translation>
    </message>
    <message>
        <source>Enter the agent's port, from 1 to 65535 (ferryd --listen HOST:PORT on that server; %1 by default).</source>
        <translation>Indiquez le port de l'agent, de 1 à 65535 (ferryd --listen HÔTE:PORT sur ce serveur ; %1 par défaut).</translation>
    </message>
    <message>
        <source>'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT, or choose another connection.</source>
        <translation>« %1 » n'est pas une adresse de proxy. Utilisez http://HÔTE:PORT ou socks5://HÔTE:PORT, ou choisissez une autre connexion.</translation>
    </message>
    <message>
        <source>Leave the password out of the proxy address: Ferry never stores passwords in its settings.</source>
        <translation>Retirez le mot de passe de l'adresse du proxy : Ferry n'enregistre jamais de mot de passe dans ses réglages.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ApplyPage</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Apply a bundle</source>
        <translation>Appliquer un paquet</translation>
    </message>
    <message>
        <source>Choose the bundle (.p12) exported on the staging server, and type the passphrase it was exported with.</source>
        <translation>Choisissez le paquet (.p12) exporté sur le serveur de préproduction, et saisissez la phrase secrète avec laquelle il a été exporté.</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>Fichier du &amp;paquet :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Apply Bundle</source>
        <translation>Appliquer le paquet</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12 *.pfx)</source>
        <translation>Paquets PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>%1 is not a node bundle. Import a CA certificate from the Certificates view, or with: ferryctl cert import FILE</source>
        <translation>%1 n'est pas un paquet de nœud. Importez un certificat d'AC depuis la vue Certificats, ou avec : ferryctl cert import FILE</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AsyncWizardPage</name>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>ferry::ui::BytesChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CaPage</name>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>%1 CA</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (recommandé)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>The authority is valid for ten years. Its private key is encrypted; the passphrase goes to the system keychain.</source>
        <translation>L'autorité est valide dix ans. Sa clé privée est chiffrée ; la phrase secrète va dans le trousseau du système.</translation>
    </message>
    <message>
        <source>This installation has its certificate authority already; it will issue the certificate.</source>
        <translation>Cette installation a déjà son autorité de certification ; c'est elle qui délivrera le certificat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2&lt;br&gt;Valid until %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;SHA-256 %2&lt;br&gt;Valide jusqu'au %3</translation>
    </message>
    <message>
        <source>This installation has no certificate authority yet. Name it after the installation, e.g. "Example Ltd staging".</source>
        <translation>Cette installation n'a pas encore d'autorité de certification. Nommez-la d'après l'installation, par ex. « Example Ltd préproduction ».</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificatePage</name>
    <message>
        <source>This server's certificate</source>
        <translation>Certificat de ce serveur</translation>
    </message>
    <message>
        <source>A certificate and key from files</source>
        <translation>Un certificat et une clé depuis des fichiers</translation>
    </message>
    <message>
        <source>Open the Certificates Wizard…</source>
        <translation>Ouvrir l'assistant des certificats…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>The agent lets in only servers whose certificate was issued by a certificate authority it trusts.</source>
        <translation>L'agent n'accepte que les serveurs dont le certificat a été émis par une autorité de certification à laquelle il fait confiance.</translation>
    </message>
    <message>
        <source>/path/to/NODE.crt</source>
        <translation>/chemin/vers/NŒUD.crt</translation>
    </message>
    <message>
        <source>/path/to/NODE.key (readable by its owner only)</source>
        <translation>/chemin/vers/NŒUD.key (lisible par son seul propriétaire)</translation>
    </message>
    <message>
        <source>optional: the CA the agent's certificate must chain to</source>
        <translation>facultatif : l'autorité dont doit dépendre le certificat de l'agent</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificat :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <source>No certificate yet? On the staging server, the Certificates Wizard creates the authority and issues one per server; on this server it applies the bundle you received.</source>
        <translation>Pas encore de certificat ? Sur le serveur de préproduction, l'assistant des certificats crée l'autorité et en émet un par serveur ; sur ce serveur, il applique le paquet reçu.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1, valid until %2
SHA-256 %3
Trusts: %4</source>
        <translation>%1, valable jusqu'au %2
SHA-256 %3
Fait confiance à : %4</translation>
    </message>
    <message>
        <source>Give both the certificate file and its private key, or choose this server's certificate.</source>
        <translation>Indiquez le fichier du certificat et sa clé privée, ou choisissez le certificat de ce serveur.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Servers trust each other through certificates issued by this installation's certificate authority.</source>
        <translation>Les serveurs se font confiance grâce à des certificats émis par l'autorité de certification de cette installation.</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>Aucun certificat pour l'instant</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Untrust</source>
        <translation>Retirer la confiance</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>(by fingerprint)</source>
        <translation>(par empreinte)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Certificates Wizard…</source>
        <translation>Assistant de certificats…</translation>
    </message>
    <message>
        <source>Issue a new key and certificate for the selected server</source>
        <translation>Délivrer une nouvelle clé et un nouveau certificat pour le serveur choisi</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate, CA or peer</source>
        <translation>Ne plus faire confiance au certificat, à l'AC ou au pair choisi</translation>
    </message>
    <message>
        <source>This home has no certificate authority and trusts no other server yet. A certificate authority issues the certificates that let this installation and its production servers recognise each other. From a shell: ferryctl cert ca --name NAME</source>
        <translation>Ce dossier Ferry n'a pas d'autorité de certification et ne fait encore confiance à aucun autre serveur. Une autorité de certification délivre les certificats grâce auxquels cette installation et ses serveurs de production se reconnaissent. Depuis un shell : ferryctl cert ca --name NAME</translation>
    </message>
    <message>
        <source>Set Up Certificates…</source>
        <translation>Configurer les certificats…</translation>
    </message>
    <message>
        <source>This installation's CA</source>
        <translation>AC de cette installation</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Ce serveur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Trusted CA</source>
        <translation>AC approuvée</translation>
    </message>
    <message>
        <source>Allowed peer</source>
        <translation>Pair autorisé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Rotate them before servers stop trusting each other.</source>
        <translation>Renouvelez-les avant que les serveurs ne se fassent plus confiance.</translation>
    </message>
    <message>
        <source>Revoke the certificate issued to %1? Servers using it will no longer be trusted.</source>
        <translation>Révoquer le certificat délivré à %1 ? Les serveurs qui l'utilisent ne seront plus approuvés.</translation>
    </message>
    <message>
        <source>Stop trusting %1? Servers relying on it will no longer be trusted.</source>
        <translation>Ne plus faire confiance à %1 ? Les serveurs qui s'y fient ne seront plus approuvés.</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1 days: %n certificate(s).</source>
        <translation>
            <numerusform>Expire d'ici %1 jours : %n certificat.</numerusform>
            <numerusform>Expirent d'ici %1 jours : %n certificats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired: %n certificate(s).</source>
        <translation>
            <numerusform>Expiré : %n certificat.</numerusform>
            <numerusform>Expirés : %n certificats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConfirmPage</name>
    <message>
        <source>Check the bundle</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <source>The bundle was issued by a certificate authority this installation trusts.</source>
        <translation>Le paquet a été délivré par une autorité de certification approuvée par cette installation.</translation>
    </message>
    <message>
        <source>The bundle was issued by a certificate authority this installation does not trust yet.</source>
        <translation>Le paquet a été délivré par une autorité de certification que cette installation n'approuve pas encore.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Server certificate: &lt;b&gt;%1&lt;/b&gt; (%2), valid until %3&lt;br&gt;SHA-256 %4&lt;/p&gt;&lt;p&gt;Issued by: &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;SHA-256 &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Certificat du serveur : &lt;b&gt;%1&lt;/b&gt; (%2), valide jusqu'au %3&lt;br&gt;SHA-256 %4&lt;/p&gt;&lt;p&gt;Délivré par : &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;SHA-256 &lt;b&gt;%6&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the one the staging server shows: trust %1</source>
        <translation>J'ai comparé cette empreinte avec celle qu'affiche le serveur de préproduction : faire confiance à %1</translation>
    </message>
    <message>
        <source>This server's certificate is now %1, issued by %2. Allow the staging server's certificate as a peer to let it push.</source>
        <translation>Le certificat de ce serveur est maintenant %1, délivré par %2. Autorisez le certificat du serveur de préproduction comme pair pour qu'il puisse pousser.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConflictDetail</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Local version</source>
        <translation>Version locale</translation>
    </message>
    <message>
        <source>Remote version</source>
        <translation>Version distante</translation>
    </message>
    <message>
        <source>Select a conflict to see both versions.</source>
        <translation>Sélectionnez un conflit pour voir les deux versions.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Lecture des deux versions…</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modifié %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>hash %1…</source>
        <translation>empreinte %1…</translation>
    </message>
    <message>
        <source>No details recorded</source>
        <translation>Aucun détail enregistré</translation>
    </message>
    <message>
        <source>Content not available: no copy of either version was kept. The details above are all Ferry recorded.</source>
        <translation>Contenu indisponible : aucune copie des deux versions n’a été gardée. Les détails ci-dessus sont tout ce que Ferry a enregistré.</translation>
    </message>
    <message>
        <source>Neither text nor a picture: compare the details above.</source>
        <translation>Ni texte ni image : comparez les détails ci-dessus.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Not a picture Ferry can show.</source>
        <translation>Pas une image que Ferry peut afficher.</translation>
    </message>
    <message>
        <source>content read from the remote site just now</source>
        <translation>contenu lu à l’instant sur le site distant</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Items that changed on both sides between two runs, how each was settled, and those waiting for your decision.</source>
        <translation>Les éléments modifiés des deux côtés entre deux exécutions, comment chacun a été réglé, et ceux qui attendent votre décision.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <source>When the same file or row changes on both sides between two runs, Ferry records it here with both versions, whatever the policy settled. Nothing needs your decision.</source>
        <translation>Quand le même fichier ou la même ligne change des deux côtés entre deux exécutions, Ferry le note ici avec les deux versions, quelle que soit la décision de la règle. Rien n'attend votre décision.</translation>
    </message>
    <message>
        <source>Keep Local</source>
        <translation>Garder la locale</translation>
    </message>
    <message>
        <source>Keep Remote</source>
        <translation>Garder la distante</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Tranché par</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranché le</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de vous</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglés</translation>
    </message>
    <message>
        <source>The local version stays; the next run sends it to the remote site.</source>
        <translation>La version locale reste ; la prochaine exécution l’envoie au site distant.</translation>
    </message>
    <message>
        <source>The remote version replaces the local one on the next run.</source>
        <translation>La version distante remplace la locale à la prochaine exécution.</translation>
    </message>
    <message>
        <source>Both stay: the remote version is saved beside the local one, named after its site.</source>
        <translation>Les deux restent : la version distante est enregistrée à côté de la locale, nommée d’après son site.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: %1. The next run applies it.</source>
        <translation>
            <numerusform>%n conflit tranché : %1. La prochaine exécution l’applique.</numerusform>
            <numerusform>%n conflits tranchés : %1. La prochaine exécution l’applique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you (%1)</source>
        <translation>En attente de vous (%1)</translation>
    </message>
    <message>
        <source>Recording your decision…</source>
        <translation>Enregistrement de votre décision…</translation>
    </message>
    <message>
        <source>Apply at once</source>
        <translation>Appliquer tout de suite</translation>
    </message>
    <message>
        <source>Start a run of the profile that found the conflict as soon as the decision is recorded, rather than waiting for its next run.</source>
        <translation>Lance une exécution du profil qui a trouvé le conflit dès que la décision est enregistrée, sans attendre sa prochaine exécution.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: %1. A run applies it now.</source>
        <translation>
            <numerusform>%n conflit tranché : %1. Une exécution l’applique maintenant.</numerusform>
            <numerusform>%n conflits tranchés : %1. Une exécution l’applique maintenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionPage</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>&amp;Pin this certificate: refuse any other, even one from a trusted CA</source>
        <translation>É&amp;pingler ce certificat : refuser tout autre, même d'une autorité de confiance</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <source>Connect and test</source>
        <translation>Se connecter et tester</translation>
    </message>
    <message>
        <source>Ferry talks to the agent now, as the relationship will.</source>
        <translation>Ferry parle maintenant à l'agent, comme le fera la relation.</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>TLS trusted</source>
        <translation>TLS de confiance</translation>
    </message>
    <message>
        <source>Agent's certificate</source>
        <translation>Certificat de l'agent</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Horloges</translation>
    </message>
    <message>
        <source>Push rights</source>
        <translation>Droit d'envoi</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Check the summary, name the relationship and its first profile, and create them.</source>
        <translation>Vérifiez le résumé, nommez la relation et son premier profil, puis créez-les.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Relationship name:</source>
        <translation>Nom de la &amp;relation :</translation>
    </message>
    <message>
        <source>First &amp;profile name:</source>
        <translation>Nom du premier &amp;profil :</translation>
    </message>
    <message>
        <source>Local site: %1 (%2)</source>
        <translation>Site local : %1 (%2)</translation>
    </message>
    <message>
        <source>Remote site: https://%1:%2/%3</source>
        <translation>Site distant : https://%1:%2/%3</translation>
    </message>
    <message>
        <source>Certificate shown: %1 (%2)</source>
        <translation>Certificat présenté : %1 (%2)</translation>
    </message>
    <message>
        <source>Agent's certificate pinned: %1</source>
        <translation>Certificat de l'agent épinglé : %1</translation>
    </message>
    <message>
        <source>Agent's certificate: any issued by a trusted CA</source>
        <translation>Certificat de l'agent : tout certificat émis par une autorité de confiance</translation>
    </message>
    <message>
        <source>Connection: direct, bypassing any proxy</source>
        <translation>Connexion : directe, sans proxy</translation>
    </message>
    <message>
        <source>Connection: the system's proxy settings</source>
        <translation>Connexion : réglages de proxy du système</translation>
    </message>
    <message>
        <source>Connection: through %1</source>
        <translation>Connexion : via %1</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tables : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>First copy and profile direction: from this server to the remote site (upload)</source>
        <translation>Copie initiale et sens du profil : de ce serveur vers le site distant (envoi)</translation>
    </message>
    <message>
        <source>First copy and profile direction: from the remote site to this server (download)</source>
        <translation>Copie initiale et sens du profil : du site distant vers ce serveur (réception)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Whether every site is in step, what ran last and what needs your attention.</source>
        <translation>Si chaque site est synchronisé, ce qui s'est exécuté en dernier et ce qui demande votre attention.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No runs yet. Runs appear here as soon as a profile has run, by hand or on its schedule.</source>
        <translation>Aucune exécution pour l'instant. Les exécutions apparaissent ici dès qu'un profil s'est exécuté, à la main ou selon sa planification.</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Welcome to Ferry</source>
        <translation>Bienvenue dans Ferry</translation>
    </message>
    <message>
        <source>Ferry keeps a staging site and its production sites in step — their files and their content — across servers. Start by registering the sites on this server.</source>
        <translation>Ferry garde un site de préproduction et ses sites de production synchronisés — leurs fichiers et leur contenu — entre serveurs. Commencez par enregistrer les sites de ce serveur.</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message numerus="yes">
        <source>%n at the author stage</source>
        <translation>
            <numerusform>%n à l'étage auteur</numerusform>
            <numerusform>%n à l'étage auteur</numerusform>
        </translation>
    </message>
    <message>
        <source>No site is paired yet</source>
        <translation>Aucun site n'est encore apparié</translation>
    </message>
    <message numerus="yes">
        <source>%n in step after the initial copy</source>
        <translation>
            <numerusform>%n synchronisée après la copie initiale</numerusform>
            <numerusform>%n synchronisées après la copie initiale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled, of %n</source>
        <translation>
            <numerusform>activée, sur %n</numerusform>
            <numerusform>activées, sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n attend votre décision</numerusform>
            <numerusform>%n attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à examiner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No profile has run yet</source>
        <translation>Aucun profil ne s'est encore exécuté</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>%1 has expired: rotate it</source>
        <translation>%1 a expiré : renouvelez-le</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s)</source>
        <translation>
            <numerusform>%1 expire dans %n jour</numerusform>
            <numerusform>%1 expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>None expires within %n day(s)</source>
        <translation>
            <numerusform>Aucun n'expire d'ici %n jour</numerusform>
            <numerusform>Aucun n'expire d'ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate authority yet</source>
        <translation>Pas encore d'autorité de certification</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DirectionPage</name>
    <message>
        <source>The first copy</source>
        <translation>La copie initiale</translation>
    </message>
    <message>
        <source>The two sites start from one side's content. Choose which one is right.</source>
        <translation>Les deux sites partent du contenu d'un des côtés. Choisissez lequel est le bon.</translation>
    </message>
    <message>
        <source>From %1 (this server) to %2</source>
        <translation>De %1 (ce serveur) vers %2</translation>
    </message>
    <message>
        <source>From %1 to %2 (this server)</source>
        <translation>De %1 vers %2 (ce serveur)</translation>
    </message>
    <message>
        <source>Not possible: the agent does not let this server push to %1.</source>
        <translation>Impossible : l'agent ne laisse pas ce serveur envoyer vers %1.</translation>
    </message>
    <message>
        <source>Warning: the files of site %1 on %2 will be made identical to those of %3 here. Files there that are not here will be deleted, and files that differ will be overwritten.</source>
        <translation>Attention : les fichiers du site %1 sur %2 seront rendus identiques à ceux de %3 ici. Les fichiers là-bas absents d'ici seront supprimés, et ceux qui diffèrent seront écrasés.</translation>
    </message>
    <message>
        <source>Warning: the files of site %1 on %2 and the rows of its tables %3 will be made identical to those of %4 here. Files and rows there that are not here will be deleted, and those that differ will be overwritten.</source>
        <translation>Attention : les fichiers du site %1 sur %2 et les lignes de ses tables %3 seront rendus identiques à ceux de %4 ici. Les fichiers et lignes là-bas absents d'ici seront supprimés, et ceux qui diffèrent seront écrasés.</translation>
    </message>
    <message>
        <source>Replaced files are kept in that server's versions area.</source>
        <translation>Les fichiers remplacés sont conservés dans la zone des versions de ce serveur-là.</translation>
    </message>
    <message>
        <source>Warning: the files in %1 (site %2, this server) will be made identical to those of %3 on %4. Files here that are not there will be deleted, and files that differ will be overwritten.</source>
        <translation>Attention : les fichiers de %1 (site %2, ce serveur) seront rendus identiques à ceux de %3 sur %4. Les fichiers d'ici absents de là-bas seront supprimés, et ceux qui diffèrent seront écrasés.</translation>
    </message>
    <message>
        <source>Warning: the files in %1 (site %2, this server) and the rows of its tables %3 will be made identical to those of %4 on %5. Files and rows here that are not there will be deleted, and those that differ will be overwritten.</source>
        <translation>Attention : les fichiers de %1 (site %2, ce serveur) et les lignes de ses tables %3 seront rendus identiques à ceux de %4 sur %5. Les fichiers et lignes d'ici absents de là-bas seront supprimés, et ceux qui diffèrent seront écrasés.</translation>
    </message>
    <message>
        <source>Replaced files are kept in this server's versions area.</source>
        <translation>Les fichiers remplacés sont conservés dans la zone des versions de ce serveur.</translation>
    </message>
    <message>
        <source>Choose the side the first copy starts from.</source>
        <translation>Choisissez le côté d'où part la copie initiale.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ExportPage</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>Carry the bundle to the server and apply it there. The passphrase protects the key on the way: tell it to the other side by another channel.</source>
        <translation>Portez le paquet jusqu'au serveur et appliquez-le là-bas. La phrase secrète protège la clé en chemin : communiquez-la à l'autre côté par un autre canal.</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>Fichier du &amp;paquet :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Issued &lt;b&gt;%1&lt;/b&gt; for %2, valid until %3.&lt;br&gt;SHA-256 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; délivré pour %2, valide jusqu'au %3.&lt;br&gt;SHA-256 %4</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte : au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase is stronger.</source>
        <translation>Moyenne : une phrase secrète plus longue est plus forte.</translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase, or several words.</source>
        <translation>Faible : utilisez une phrase secrète plus longue, ou plusieurs mots.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>PKCS#12 bundles (*.p12)</source>
        <translation>Paquets PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <source>The bundle for %1 is in %2. On that server, open this wizard and apply it, or run: ferryctl cert import %3</source>
        <translation>Le paquet pour %1 est dans %2. Sur ce serveur, ouvrez cet assistant et appliquez-le, ou lancez : ferryctl cert import %3</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FinishPage</name>
    <message>
        <source>&amp;Start the initial sync now</source>
        <translation>&amp;Lancer la synchronisation initiale maintenant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Or later: Profiles → Run Now, or on the command line: ferryctl sync PROFILE --yes</source>
        <translation>Ou plus tard : Profils → Exécuter maintenant, ou en ligne de commande : ferryctl sync PROFIL --yes</translation>
    </message>
    <message>
        <source>The relationship %1 and its profile %2 are stored. Nothing has been copied yet: the first sync copies everything in the direction you chose.</source>
        <translation>La relation %1 et son profil %2 sont enregistrés. Rien n'a encore été copié : la première synchronisation copie tout dans le sens choisi.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::IntroPage</name>
    <message>
        <source>Issue a certificate for a server (on the staging server)</source>
        <translation>Délivrer un certificat pour un serveur (sur le serveur de préproduction)</translation>
    </message>
    <message>
        <source>Apply a bundle received from another installation (on a production server)</source>
        <translation>Appliquer un paquet reçu d'une autre installation (sur un serveur de production)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Servers trust each other through certificates from this installation's certificate authority.</source>
        <translation>Les serveurs se font confiance grâce aux certificats de l'autorité de certification de cette installation.</translation>
    </message>
    <message>
        <source>Creates this installation's certificate authority if it has none, issues a certificate for a named server and exports it as a bundle protected by a passphrase, to carry to that server.</source>
        <translation>Crée l'autorité de certification de cette installation si elle n'en a pas, délivre un certificat pour un serveur nommé et l'exporte en paquet protégé par une phrase secrète, à porter jusqu'à ce serveur.</translation>
    </message>
    <message>
        <source>Reads a bundle (.p12) exported on the staging server, checks it and makes it this server's certificate.</source>
        <translation>Lit un paquet (.p12) exporté sur le serveur de préproduction, le vérifie et en fait le certificat de ce serveur.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::IssuePage</name>
    <message>
        <source>Certificate for a server</source>
        <translation>Certificat pour un serveur</translation>
    </message>
    <message>
        <source>The server's certificate serves as both TLS server and client, for two years.</source>
        <translation>Le certificat du serveur sert à la fois de serveur et de client TLS, pendant deux ans.</translation>
    </message>
    <message>
        <source>e.g. prod1</source>
        <translation>par ex. prod1</translation>
    </message>
    <message>
        <source>e.g. prod1.example.org, www.example.org</source>
        <translation>par ex. prod1.example.org, www.example.org</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.10</source>
        <translation>par ex. 203.0.113.10</translation>
    </message>
    <message>
        <source>&amp;Server name:</source>
        <translation>Nom du &amp;serveur :</translation>
    </message>
    <message>
        <source>&amp;Host names:</source>
        <translation>Noms d'&amp;hôte :</translation>
    </message>
    <message>
        <source>&amp;IP addresses:</source>
        <translation>Adresses &amp;IP :</translation>
    </message>
    <message>
        <source>Other servers reach this one by these names and addresses; separate several with commas. The server name is included as a host name.</source>
        <translation>Les autres serveurs joignent celui-ci par ces noms et adresses ; séparez-les par des virgules. Le nom du serveur est inclus comme nom d'hôte.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (dry run)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (simulation)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Scanning files</source>
        <translation>Analyse des fichiers</translation>
    </message>
    <message>
        <source>Reading changed files</source>
        <translation>Lecture des fichiers modifiés</translation>
    </message>
    <message>
        <source>Recording the scan</source>
        <translation>Enregistrement de l'analyse</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Exchanging changes</source>
        <translation>Échange des modifications</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 éléments sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s restantes</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ferry::ui::JobsPanel</name>
    <message>
        <source>No run is queued or running. Start one with Run now on a profile.</source>
        <translation>Aucune exécution en attente ou en cours. Lancez-en une avec « Exécuter maintenant » sur un profil.</translation>
    </message>
    <message>
        <source>This run belongs to another program on this home; the items it moved are in Activity once it ends.</source>
        <translation>Cette exécution appartient à un autre programme de ce dossier ; les éléments transférés apparaissent dans Activité une fois terminée.</translation>
    </message>
    <message>
        <source>started by the agent (ferryd)</source>
        <translation>lancée par l’agent (ferryd)</translation>
    </message>
    <message>
        <source>started from the command line</source>
        <translation>lancée depuis la ligne de commande</translation>
    </message>
    <message>
        <source>started by %1 (process %2)</source>
        <translation>lancée par %1 (processus %2)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocalSitePage</name>
    <message>
        <source>Local site</source>
        <translation>Site local</translation>
    </message>
    <message>
        <source>The site on this server that the relationship keeps in step with a site on another server.</source>
        <translation>Le site de ce serveur que la relation garde en phase avec un site d'un autre serveur.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>This home has no site yet. Add one first (File → Add Site…), then start this wizard again.</source>
        <translation>Cette installation n'a pas encore de site. Ajoutez-en un d'abord (Fichier → Ajouter un site…), puis relancez cet assistant.</translation>
    </message>
    <message>
        <source>Files: %1
Tables: %2</source>
        <translation>Fichiers : %1
Tables : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>There is no site to pair. Add one first (File → Add Site…).</source>
        <translation>Il n'y a aucun site à associer. Ajoutez-en un d'abord (Fichier → Ajouter un site…).</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Ferry cannot read this home: %1</source>
        <translation>Ferry ne peut pas lire ce dossier : %1</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Keeps web sites in step across servers: a staging site and its production sites, their files and their content, as one consistent unit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Garde des sites web synchronisés entre serveurs : un site de préproduction et ses sites de production, leurs fichiers et leur contenu, comme un tout cohérent.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Dossier : %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Certificates Wizard…</source>
        <translation>Assistant de &amp;certificats…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Profile %1 already has a run queued or running.</source>
        <translation>Le profil %1 a déjà une exécution en attente ou en cours.</translation>
    </message>
    <message>
        <source>New &amp;Relationship…</source>
        <translation>Nouvelle &amp;relation…</translation>
    </message>
    <message>
        <source>New &amp;Profile…</source>
        <translation>Nouveau &amp;profil…</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l’aperçu : %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::NextRunsPreview</name>
    <message>
        <source>Next five runs</source>
        <translation>Les cinq prochaines exécutions</translation>
    </message>
    <message>
        <source>It never runs as it stands.</source>
        <translation>En l'état, elle ne s'exécute jamais.</translation>
    </message>
    <message>
        <source>The schedule is switched off: these are the runs it will make once it is switched on.</source>
        <translation>La planification est désactivée : voici les exécutions qu'elle fera une fois activée.</translation>
    </message>
    <message>
        <source>Times on this computer's clock (%1).</source>
        <translation>Heures de l'horloge de cet ordinateur (%1).</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileContentEditor</name>
    <message>
        <source>One pattern a line, e.g. assets/**
Empty: every file</source>
        <translation>Un motif par ligne, p. ex. assets/**
Vide : tous les fichiers</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. *.tmp
cache</source>
        <translation>Un motif par ligne, p. ex. *.tmp
cache</translation>
    </message>
    <message>
        <source>'*' and '?' stay within a folder, '**' crosses folders; a pattern without '/' matches a name at any depth. Excluded folders are not entered.</source>
        <translation>« * » et « ? » restent dans un dossier, « ** » traverse les dossiers ; un motif sans « / » correspond à un nom à toute profondeur. Les dossiers exclus ne sont pas parcourus.</translation>
    </message>
    <message>
        <source>None ticked: every table the site captures.</source>
        <translation>Aucune cochée : toutes les tables que le site suit.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure :</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tables :</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Choose a relationship to count the files its site holds.</source>
        <translation>Choisissez une relation pour compter les fichiers de son site.</translation>
    </message>
    <message>
        <source>Matching files: %1 (in %2)</source>
        <translation>Fichiers correspondants : %1 (dans %2)</translation>
    </message>
    <message>
        <source>There is no relationship yet: create one first (Relationships → New Relationship…).</source>
        <translation>Il n'y a pas encore de relation : créez-en une d'abord (Relations → Nouvelle relation…).</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. www-assets.</source>
        <translation>Donnez un nom au profil, p. ex. www-assets.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileContentPage</name>
    <message>
        <source>What to keep in step</source>
        <translation>Ce qui est gardé en phase</translation>
    </message>
    <message>
        <source>Folders by pattern, relative to the site's files root, and database tables.</source>
        <translation>Des dossiers par motif, relatifs à la racine des fichiers du site, et des tables de base de données.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileDialog</name>
    <message>
        <source>Edit Profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileDonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The profile %1 is stored. Run it from the Profiles view (Run Now), or give it a schedule.</source>
        <translation>Le profil %1 est enregistré. Exécutez-le depuis la vue Profils (Exécuter maintenant), ou donnez-lui une planification.</translation>
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
        <translation>Quel profil s'exécute selon cette planification. Un profil dit ce qui est synchronisé avec quel serveur, et comment.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relation : %1</translation>
    </message>
    <message>
        <source>There are no profiles yet. Add one first, e.g. ferryctl profile add NAME --relationship REL.</source>
        <translation>Il n'y a pas encore de profil. Ajoutez-en d'abord un, p. ex. ferryctl profile add NAME --relationship REL.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilePolicyEditor</name>
    <message>
        <source>Carry &amp;deletions to the other side</source>
        <translation>Reporter les &amp;suppressions de l'autre côté</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>S&amp;ens :</translation>
    </message>
    <message>
        <source>Deletions:</source>
        <translation>Suppressions :</translation>
    </message>
    <message>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Conflits :</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;bande passante :</translation>
    </message>
    <message>
        <source>&amp;Ask before deleting more than:</source>
        <translation>&amp;Demander avant de supprimer plus de :</translation>
    </message>
    <message>
        <source>of a folder's files or a table's rows in one run: the run stops and asks first.</source>
        <translation>des fichiers d'un dossier ou des lignes d'une table en une exécution : l'exécution s'arrête et demande d'abord.</translation>
    </message>
    <message>
        <source>Asking for a dry run…</source>
        <translation>Demande d'une exécution à blanc…</translation>
    </message>
    <message>
        <source>Show what a run would do now, without touching anything.</source>
        <translation>Montrer ce que ferait une exécution maintenant, sans rien toucher.</translation>
    </message>
    <message>
        <source>A preview needs the sync engine's dry run, which this version does not have yet.</source>
        <translation>Un aperçu nécessite l'exécution à blanc du moteur de synchronisation, que cette version n'a pas encore.</translation>
    </message>
    <message>
        <source>Changes made here go to the remote site; the remote site's changes stay there.</source>
        <translation>Les modifications faites ici vont vers le site distant ; celles du site distant y restent.</translation>
    </message>
    <message>
        <source>Changes made on the remote site come here; changes made here stay here.</source>
        <translation>Les modifications du site distant viennent ici ; celles faites ici restent ici.</translation>
    </message>
    <message>
        <source>Both ways: each run first pulls the remote site's changes, then pushes ours.</source>
        <translation>Dans les deux sens : chaque exécution récupère d'abord les modifications du site distant, puis envoie les nôtres.</translation>
    </message>
    <message>
        <source>A file or row deleted on one side is deleted on the other (kept in the versions area).</source>
        <translation>Un fichier ou une ligne supprimé d'un côté est supprimé de l'autre (conservé dans la zone des versions).</translation>
    </message>
    <message>
        <source>Deletions stay on the side where they happened; the other side keeps its copy.</source>
        <translation>Les suppressions restent du côté où elles ont eu lieu ; l'autre côté garde sa copie.</translation>
    </message>
    <message>
        <source>Both versions are kept apart and listed under Conflicts for you to choose; the run goes on.</source>
        <translation>Les deux versions sont gardées à part et listées sous Conflits pour que vous choisissiez ; l'exécution continue.</translation>
    </message>
    <message>
        <source>The version changed last wins, by a clock both servers agree on.</source>
        <translation>La version modifiée en dernier l'emporte, selon une horloge sur laquelle les deux serveurs s'accordent.</translation>
    </message>
    <message>
        <source>The author site's version wins (the site with the lower stage number).</source>
        <translation>La version du site d'auteur l'emporte (le site au numéro d'étape le plus bas).</translation>
    </message>
    <message>
        <source>This server's version always wins.</source>
        <translation>La version de ce serveur l'emporte toujours.</translation>
    </message>
    <message>
        <source>The remote site's version always wins.</source>
        <translation>La version du site distant l'emporte toujours.</translation>
    </message>
    <message>
        <source>One version wins; the other is saved beside it, named after its site and time.</source>
        <translation>Une version l'emporte ; l'autre est enregistrée à côté, nommée d'après son site et son heure.</translation>
    </message>
    <message>
        <source>A run now would send %1, fetch %2 and delete %3 items; conflicts: %4.</source>
        <translation>Une exécution maintenant enverrait %1 éléments, en récupérerait %2 et en supprimerait %3 ; conflits : %4.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilePolicyPage</name>
    <message>
        <source>How to keep it in step</source>
        <translation>Comment le garder en phase</translation>
    </message>
    <message>
        <source>Direction, deletions, conflicts and limits. All of them can be changed later.</source>
        <translation>Sens, suppressions, conflits et limites. Tout peut être modifié plus tard.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfileWizard</name>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilesView</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>What each relationship keeps in step — folders and tables — in which direction, and how conflicts are settled.</source>
        <translation>Ce que chaque relation garde synchronisé — dossiers et tables —, dans quel sens, et comment les conflits sont réglés.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Propagated</source>
        <translation>Propagées</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l'instant</translation>
    </message>
    <message>
        <source>A profile belongs to a relationship and says what to sync: folders with include and exclude patterns, database tables, the direction, and what to do when both sides changed the same item.</source>
        <translation>Un profil appartient à une relation et indique quoi synchroniser : des dossiers avec des motifs d'inclusion et d'exclusion, des tables de base de données, le sens, et que faire quand les deux côtés ont modifié le même élément.</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Delete the profile %1 of %2? Its schedules are deleted with it, and it no longer runs. The sites' files and tables are not touched.</source>
        <translation>Supprimer le profil %1 de %2 ? Ses planifications sont supprimées avec lui, et il ne s'exécute plus. Les fichiers et tables des sites ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipCard</name>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Décalage d’horloge</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <source>%1 s (the remote clock minus this one)</source>
        <translation>%1 s (horloge distante moins celle-ci)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>The last run failed.</source>
        <translation>La dernière exécution a échoué.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>La dernière exécution a échoué : %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aucune exécution pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n attend votre décision</numerusform>
            <numerusform>%n attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>Aucun en attente</translation>
    </message>
    <message>
        <source>Expired on %1: rotate it</source>
        <translation>Expiré le %1 : renouvelez-le</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>Certificat : %1.</translation>
    </message>
    <message numerus="yes">
        <source>None expires within %n day(s)</source>
        <translation>
            <numerusform>Aucun n’expire dans les %n jour</numerusform>
            <numerusform>Aucun n’expire dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 transférés</translation>
    </message>
    <message>
        <source>Waiting for the initial copy.</source>
        <translation>En attente de la copie initiale.</translation>
    </message>
    <message>
        <source>In step.</source>
        <translation>À jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n conflit attend votre décision.</numerusform>
            <numerusform>%n conflits attendent votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clocks are %1 s apart: newer-wins decisions may pick the wrong side.</source>
        <translation>Les horloges ont %1 s d’écart : « la plus récente gagne » peut choisir le mauvais côté.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipDialog</name>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Utiliser les réglages de proxy du système</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Utiliser ce proxy :</translation>
    </message>
    <message>
        <source>Connect directly, bypassing any proxy</source>
        <translation>Se connecter directement, sans proxy</translation>
    </message>
    <message>
        <source>Accept pushes from the remote site</source>
        <translation>Accepter les envois du site distant</translation>
    </message>
    <message>
        <source>Edit Relationship %1</source>
        <translation>Modifier la relation %1</translation>
    </message>
    <message>
        <source>empty: any certificate from a trusted CA</source>
        <translation>vide : tout certificat d'une autorité de confiance</translation>
    </message>
    <message>
        <source>%1 → %2. To change the address, the sites or the certificates, create a new relationship.</source>
        <translation>%1 → %2. Pour changer l'adresse, les sites ou les certificats, créez une nouvelle relation.</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificat é&amp;pinglé :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipWizard</name>
    <message>
        <source>New Relationship</source>
        <translation>Nouvelle relation</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipsView</name>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Pairs of sites kept in step: a site on this server and its counterpart on another server running the Ferry agent.</source>
        <translation>Des paires de sites gardées synchronisées : un site sur ce serveur et son homologue sur un autre serveur où tourne l'agent Ferry.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Local site</source>
        <translation>Site local</translation>
    </message>
    <message>
        <source>Remote site</source>
        <translation>Site distant</translation>
    </message>
    <message>
        <source>Accepts pushes</source>
        <translation>Accepte les envois</translation>
    </message>
    <message>
        <source>Initial copy</source>
        <translation>Copie initiale</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No relationships yet</source>
        <translation>Aucune relation pour l'instant</translation>
    </message>
    <message>
        <source>A relationship pairs a site on this server with a site on another server, such as staging with production. The other server runs the Ferry agent, and the two trust each other through certificates.</source>
        <translation>Une relation apparie un site de ce serveur avec un site d'un autre serveur, comme la préproduction avec la production. L'autre serveur exécute l'agent Ferry, et les deux se font confiance grâce à des certificats.</translation>
    </message>
    <message>
        <source>New Relationship…</source>
        <translation>Nouvelle relation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>It has no profiles.</source>
        <translation>Elle n'a aucun profil.</translation>
    </message>
    <message>
        <source>Its profiles are deleted with it, with their schedules: %1.</source>
        <translation>Ses profils sont supprimés avec elle, avec leurs planifications : %1.</translation>
    </message>
    <message>
        <source>Delete the relationship %1 with %2?</source>
        <translation>Supprimer la relation %1 avec %2 ?</translation>
    </message>
    <message>
        <source>The sites' files and tables are not touched; pairing them again starts with a new initial copy.</source>
        <translation>Les fichiers et tables des sites ne sont pas touchés ; les associer à nouveau commence par une nouvelle copie initiale.</translation>
    </message>
    <message>
        <source>Delete Relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteSitePage</name>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Remote site and resources</source>
        <translation>Site distant et ressources</translation>
    </message>
    <message>
        <source>The sites the agent offers to this server, and what to keep in step.</source>
        <translation>Les sites que l'agent propose à ce serveur, et ce qu'il faut garder en phase.</translation>
    </message>
    <message>
        <source>A relationship always keeps the files in step; narrow them with patterns in the profile.</source>
        <translation>Une relation garde toujours les fichiers en phase ; restreignez-les par des motifs dans le profil.</translation>
    </message>
    <message>
        <source>Site on the agent:</source>
        <translation>Site chez l'agent :</translation>
    </message>
    <message>
        <source>Tables found on both sides:</source>
        <translation>Tables présentes des deux côtés :</translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation>%1 (étape %2)</translation>
    </message>
    <message>
        <source>Neither site captures database tables: only files are kept in step.</source>
        <translation>Aucun des sites ne suit de tables : seuls les fichiers sont gardés en phase.</translation>
    </message>
    <message>
        <source>Only on %1 (this server): %2. Not kept in step until the other site captures them too.</source>
        <translation>Seulement sur %1 (ce serveur) : %2. Pas gardées en phase tant que l'autre site ne les suit pas aussi.</translation>
    </message>
    <message>
        <source>Only on %1 (remote): %2. Not kept in step until this site captures them too.</source>
        <translation>Seulement sur %1 (distant) : %2. Pas gardées en phase tant que ce site ne les suit pas aussi.</translation>
    </message>
    <message>
        <source>Both sites capture the same tables.</source>
        <translation>Les deux sites suivent les mêmes tables.</translation>
    </message>
    <message>
        <source>The agent offers no site to this server's certificate. On that server, allow it: ferryctl peer allow FINGERPRINT --site SITE</source>
        <translation>L'agent ne propose aucun site au certificat de ce serveur. Autorisez-le sur ce serveur-là : ferryctl peer allow EMPREINTE --site SITE</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunDetailDialog</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Show in Activity</source>
        <translation>Afficher dans Activité</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Seconds since the start</source>
        <translation>Secondes depuis le début</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <source>Items appear here as the run finishes them.</source>
        <translation>Les éléments apparaissent ici à mesure que l’exécution les termine.</translation>
    </message>
    <message>
        <source>Finished items</source>
        <translation>Éléments terminés</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 éléments sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s), finished too fast to list</source>
        <translation>
            <numerusform>… et %n autre élément, terminé trop vite pour être listé</numerusform>
            <numerusform>… et %n autres éléments, terminés trop vite pour être listés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 envoyé</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1 reçu</translation>
    </message>
    <message>
        <source>Deleted %1 on the remote site</source>
        <translation>%1 supprimé sur le site distant</translation>
    </message>
    <message>
        <source>Deleted %1 here</source>
        <translation>%1 supprimé ici</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Échec : %1 : %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ScheduleWizard</name>
    <message>
        <source>Edit Schedule</source>
        <translation>Modifier la planification</translation>
    </message>
    <message>
        <source>Add Schedule</source>
        <translation>Ajouter la planification</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SchedulesView</name>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>When profiles run on their own. The agent runs them even while this window is closed.</source>
        <translation>Quand les profils s'exécutent d'eux-mêmes. L'agent les exécute même quand cette fenêtre est fermée.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>Aucune planification pour l'instant</translation>
    </message>
    <message>
        <source>A schedule runs a profile every few minutes or hours, daily at a set time, or on chosen weekdays. A run is never queued twice for the same profile.</source>
        <translation>Une planification exécute un profil toutes les quelques minutes ou heures, chaque jour à heure fixe, ou certains jours de la semaine. Une exécution n'est jamais mise en file deux fois pour le même profil.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Start the selected schedule's profile now, unless it already has a run queued or running</source>
        <translation>Lancer maintenant le profil de la planification choisie, sauf s'il a déjà une exécution en attente ou en cours</translation>
    </message>
    <message>
        <source>Add Schedule…</source>
        <translation>Ajouter une planification…</translation>
    </message>
    <message>
        <source>Add a profile first; a schedule says when a profile runs.</source>
        <translation>Ajoutez d'abord un profil ; une planification dit quand un profil s'exécute.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Schedule Not Changed</source>
        <translation>Planification non modifiée</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Delete the schedule “%1” of profile %2? The profile stays; it no longer runs on this schedule.</source>
        <translation>Supprimer la planification « %1 » du profil %2 ? Le profil reste ; il ne s'exécute simplement plus selon cette planification.</translation>
    </message>
    <message>
        <source>Schedule Not Deleted</source>
        <translation>Planification non supprimée</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SecurityWizard</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SitesView</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>The web sites on this server that Ferry keeps in step: their files and, later, their content database.</source>
        <translation>Les sites web de ce serveur que Ferry garde synchronisés : leurs fichiers et, plus tard, leur base de contenu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>0 · author</source>
        <translation>0 · auteur</translation>
    </message>
    <message>
        <source>Files folder</source>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation>Aucun site pour l'instant</translation>
    </message>
    <message>
        <source>Register the web sites on this server that Ferry should keep in step: a name and the folder that holds the site's files. From a shell: ferryctl site add NAME --files DIR</source>
        <translation>Enregistrez les sites web de ce serveur que Ferry doit garder synchronisés : un nom et le dossier qui contient les fichiers du site. Depuis un shell : ferryctl site add NOM --files DOSSIER</translation>
    </message>
</context>
<context>
    <name>ferry::ui::StartPage</name>
    <message>
        <source>&amp;Enabled: run the profile on this schedule</source>
        <translation>&amp;Activée : exécuter le profil selon cette planification</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Nothing runs before the start. An interval runs first at the start itself. Runs missed while nothing was running are made up once, not once for each.</source>
        <translation>Rien ne s'exécute avant le début. Un intervalle s'exécute d'abord au début même. Les exécutions manquées pendant que rien ne tournait sont rattrapées une fois, pas une fois chacune.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>Profile %1: %2.</source>
        <translation>Profil %1 : %2.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Remote error</source>
        <translation>Erreur distante</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TimingPage</name>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Chaque jour à</translation>
    </message>
    <message>
        <source>On &amp;these days at</source>
        <translation>&amp;Ces jours-là à</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How often the profile runs. Intervals count elapsed time; daily and weekday times follow this computer's clock, summer time included.</source>
        <translation>À quelle fréquence le profil s'exécute. Les intervalles comptent le temps écoulé ; les heures quotidiennes et hebdomadaires suivent l'horloge de cet ordinateur, heure d'été comprise.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TrayIcon</name>
    <message>
        <source>Show Ferry</source>
        <translation>Afficher Ferry</translation>
    </message>
    <message>
        <source>Review Conflicts</source>
        <translation>Examiner les conflits</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Quitter Ferry</translation>
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
