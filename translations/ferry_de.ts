<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CtlApplication</name>
    <message>
        <source>Usage: ferryctl [--home DIR] COMMAND [ARGUMENTS]

Keeps web sites in step across servers, from a shell.

Global options:
  --home DIR     the Ferry home to use (default: $FERRY_HOME, else %1)
  -h, --help     show this help, or a command&apos;s help after the command
  -v, --version  show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when the command failed, 2 when the command line was wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--home needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. See &apos;ferryctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. See &apos;ferryctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoHome</name>
    <message>
        <source>Cannot create the demo folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master site wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer change wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>No home folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ferry home %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the Ferry home %1: check that its parent folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ferry home %1 is not writable by this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>register this server&apos;s sites (add, list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  ferryctl [--home DIR] site add NAME --files DIR [--stage N]
  ferryctl [--home DIR] site list [--json]

A site is a content repository on this server: a name, a files folder and a stage
(0 = author/staging; higher stages are published later). Its UUID is made once, here.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site action &apos;%1&apos;. Use add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s files folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site add needs a NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site add takes one NAME; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site add needs --files DIR, the site&apos;s files folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage needs a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added site %1 (stage %2) with files at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet. Add one with: ferryctl site add NAME --files DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRegistry</name>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid site name: use up to %2 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a UUID; peers would mistake it for another site&apos;s identifier. Choose a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs a files folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files folder %1 cannot be read by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage must be a number from 0 (author) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site named &apos;%1&apos; already exists (files at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already belongs to site &apos;%2&apos;: a folder can be the files of one site only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Conflict %1 does not exist or is not waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationship with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database is busy: another Ferry process kept it locked for too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state database could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ferry has not changed it: restore it from a backup, or move it away to start with an empty home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not Ferry&apos;s state. Ferry has not changed it: choose another home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Ferry (state format %2; this version reads up to %3). Ferry has not changed it: upgrade Ferry to use this home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: its folder does not support the write-ahead log SQLite needs for safe sharing between processes (a network file system?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync log: what every run sent, received and deleted, and what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run writes here what it did to each folder and table — files and rows sent, received and deleted — and every error, with the side it happened on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::AddSiteDialog</name>
    <message>
        <source>Add Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www-staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder that holds the site&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for the author (staging) site; production sites come later in the publishing order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site is a web site on this server. Ferry gives it a permanent identifier that its peers will know it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Site&apos;s Files Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers trust each other through certificates issued by this installation&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This home has no certificate authority and trusts no other server yet. A certificate authority issues the certificates that let this installation and its production servers recognise each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that changed on both sides between two runs, how each was settled, and those waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the same file or row changes on both sides between two runs, Ferry records it here with both versions, whatever the policy settled. Nothing needs your decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every site is in step, what ran last and what needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Runs appear here as soon as a profile has run, by hand or on its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry keeps a staging site and its production sites in step — their files and their content — across servers. Start by registering the sites on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n at the author stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No site is paired yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in step after the initial copy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enabled, of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry cannot read this home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Keeps web sites in step across servers: a staging site and its production sites, their files and their content, as one consistent unit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProfilesView</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each relationship keeps in step — folders and tables — in which direction, and how conflicts are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile belongs to a relationship and says what to sync: folders with include and exclude patterns, database tables, the direction, and what to do when both sides changed the same item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::RelationshipsView</name>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of sites kept in step: a site on this server and its counterpart on another server running the Ferry agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationships yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship pairs a site on this server with a site on another server, such as staging with production. The other server runs the Ferry agent, and the two trust each other through certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::SchedulesView</name>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When profiles run on their own. The agent runs them even while this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule runs a profile every few minutes or hours, daily at a set time, or on chosen weekdays. A run is never queued twice for the same profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ui::SitesView</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web sites on this server that Ferry keeps in step: their files and, later, their content database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the web sites on this server that Ferry should keep in step: a name and the folder that holds the site&apos;s files. From a shell: ferryctl site add NAME --files DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
