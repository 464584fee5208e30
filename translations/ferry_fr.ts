<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>DemoHome</name>
    <message>
        <source>Cannot create the demo folder for %1.</source>
        <translation>Impossible de créer le dossier de démonstration pour %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1 (%2).</source>
        <translation>Impossible d'écrire le fichier de démonstration %1 (%2).</translation>
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
        <source>show this help</source>
        <translation>afficher cette aide</translation>
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
        <source>register this server's sites and index them (add, list, remove, scan)</source>
        <translation>enregistrer et indexer les sites de ce serveur (add, list, remove, scan)</translation>
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
        <translation>Utilisation :
  ferryctl [--home DOSSIER] site add NOM --files DOSSIER [--db URL --tables T1,T2] [--stage N]
  ferryctl [--home DOSSIER] site list [--json]
  ferryctl [--home DOSSIER] site remove NOM
  ferryctl [--home DOSSIER] site scan NOM [--json]

Un site est un dépôt de contenu sur ce serveur : un nom, un dossier de fichiers, éventuellement une
base de contenu, et un étage (0 = auteur/préproduction ; les étages supérieurs sont publiés ensuite).
Son UUID est créé une fois, ici.

--db prend sqlite:///CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE, jamais de mot de passe : les
mots de passe PostgreSQL viennent de ~/.pgpass ou PGPASSWORD. Ajouter un site installe la capture des
modifications (déclencheurs et une table _ferry_changes) dans sa base ; retirer le site les enlève.
Chaque table synchronisée a besoin d'une clé primaire.

scan relit ce qui a changé dans le dossier de fichiers et reprend les modifications de lignes capturées.
</translation>
    </message>
    <message>
        <source>unknown site action '%1'. Use add, list, remove or scan.</source>
        <translation>action de site inconnue « %1 ». Utilisez add, list, remove ou scan.</translation>
    </message>
    <message>
        <source>site %1 takes no arguments.</source>
        <translation>site %1 ne prend aucun argument.</translation>
    </message>
    <message>
        <source>site %1 needs a NAME.</source>
        <translation>site %1 demande un NOM.</translation>
    </message>
    <message>
        <source>site %1 takes one NAME; got %2.</source>
        <translation>site %1 prend un seul NOM ; reçu : %2.</translation>
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
    <message>
        <source>The site index is not an SQLite database.</source>
        <translation>L'index du site n'est pas une base SQLite.</translation>
    </message>
    <message>
        <source>Cannot read the site index (%1).</source>
        <translation>Impossible de lire l'index du site (%1).</translation>
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
        <source>%1 (remote)</source>
        <translation>%1 (distant)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <source>Showing the newest %1 of %2 entries.</source>
        <translation>Les %1 entrées les plus récentes sur %2.</translation>
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
        <source>This home has no certificate authority and trusts no other server yet. A certificate authority issues the certificates that let this installation and its production servers recognise each other.</source>
        <translation>Ce dossier n'a pas d'autorité de certification et ne fait encore confiance à aucun autre serveur. Une autorité de certification émet les certificats qui permettent à cette installation et à ses serveurs de production de se reconnaître.</translation>
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
</TS>
