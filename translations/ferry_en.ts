<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AgentCommand</name>
    <message numerus="yes">
      <source>Sites: %n</source>
      <translation>
        <numerusform>Sites: %n</numerusform>
        <numerusform>Sites: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AttentionWatch</name>
    <message numerus="yes">
      <source>%n conflict(s) need your decision</source>
      <translation>
        <numerusform>%n conflict need your decision</numerusform>
        <numerusform>%n conflicts need your decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) waiting for your decision.</source>
      <translation>
        <numerusform>%n conflict waiting for your decision.</numerusform>
        <numerusform>%n conflicts waiting for your decision.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CertCommand</name>
    <message numerus="yes">
      <source>warning: expiring within %1 days, or expired: %n certificate(s); rotate them.</source>
      <translation>
        <numerusform>warning: expiring within %1 days, or expired: %n certificate; rotate them.</numerusform>
        <numerusform>warning: expiring within %1 days, or expired: %n certificates; rotate them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message numerus="yes">
      <source>Every %n hour(s)</source>
      <translation>
        <numerusform>Every %n hour</numerusform>
        <numerusform>Every %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Every %n minute(s)</source>
      <translation>
        <numerusform>Every %n minute</numerusform>
        <numerusform>Every %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemoteSite</name>
    <message numerus="yes">
      <source>Site %1 refused %n chunk(s): %2</source>
      <translation>
        <numerusform>Site %1 refused %n chunk: %2</numerusform>
        <numerusform>Site %1 refused %n chunks: %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RunRecorder</name>
    <message numerus="yes">
      <source>… and %n more like the above</source>
      <translation>
        <numerusform>… and %n more like the above</numerusform>
        <numerusform>… and %n more like the above</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScanReportOutput</name>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SiteCommand</name>
    <message numerus="yes">
      <source>Site %1 keeps overwritten and deleted files for %n day(s).</source>
      <translation>
        <numerusform>Site %1 keeps overwritten and deleted files for %n day.</numerusform>
        <numerusform>Site %1 keeps overwritten and deleted files for %n days.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its versions area %1 still holds %n kept version(s) of replaced files (%2); delete that folder when you no longer need it.</source>
      <translation>
        <numerusform>Its versions area %1 still holds %n kept version of replaced files (%2); delete that folder when you no longer need it.</numerusform>
        <numerusform>Its versions area %1 still holds %n kept versions of replaced files (%2); delete that folder when you no longer need it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncCommand</name>
    <message numerus="yes">
      <source>%n item(s) could not be synchronised; `ferryctl log` has the reasons.</source>
      <translation>
        <numerusform>%n item could not be synchronised; `ferryctl log` has the reasons.</numerusform>
        <numerusform>%n items could not be synchronised; `ferryctl log` has the reasons.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s):</source>
      <translation>
        <numerusform>%n change:</numerusform>
        <numerusform>%n changes:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncRun</name>
    <message numerus="yes">
      <source>%n conflict(s)</source>
      <translation>
        <numerusform>%n conflict</numerusform>
        <numerusform>%n conflicts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n waiting for review)</source>
      <translation>
        <numerusform>(%n waiting for review)</numerusform>
        <numerusform>(%n waiting for review)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) failed</source>
      <translation>
        <numerusform>%n item failed</numerusform>
        <numerusform>%n items failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This first run is an initial copy %1: it overwrites or deletes %n item(s) on %2, whose previous versions go to that side's versions area. Run again with --yes to go ahead.</source>
      <translation>
        <numerusform>This first run is an initial copy %1: it overwrites or deletes %n item on %2, whose previous versions go to that side's versions area. Run again with --yes to go ahead.</numerusform>
        <numerusform>This first run is an initial copy %1: it overwrites or deletes %n items on %2, whose previous versions go to that side's versions area. Run again with --yes to go ahead.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Dry run: %n change(s) planned, nothing transferred.</source>
      <translation>
        <numerusform>Dry run: %n change planned, nothing transferred.</numerusform>
        <numerusform>Dry run: %n changes planned, nothing transferred.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VersionsCommand</name>
    <message numerus="yes">
      <source>Removed %n version(s) kept before %1 from site %2.</source>
      <translation>
        <numerusform>Removed %n version kept before %1 from site %2.</numerusform>
        <numerusform>Removed %n versions kept before %1 from site %2.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::ActivityView</name>
    <message numerus="yes">
      <source>%n record(s) written to %1.</source>
      <translation>
        <numerusform>%n record written to %1.</numerusform>
        <numerusform>%n records written to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s).</source>
      <translation>
        <numerusform>%n record.</numerusform>
        <numerusform>%n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The newest %n record(s); more appear as you scroll.</source>
      <translation>
        <numerusform>The newest %n record; more appear as you scroll.</numerusform>
        <numerusform>The newest %n records; more appear as you scroll.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::CertificatesView</name>
    <message numerus="yes">
      <source>Expiring within %1 days: %n certificate(s).</source>
      <translation>
        <numerusform>Expiring within %1 days: %n certificate.</numerusform>
        <numerusform>Expiring within %1 days: %n certificates.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Expired: %n certificate(s).</source>
      <translation>
        <numerusform>Expired: %n certificate.</numerusform>
        <numerusform>Expired: %n certificates.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::ConflictsView</name>
    <message numerus="yes">
      <source>%n conflict(s) decided: %1. The next run applies it.</source>
      <translation>
        <numerusform>%n conflict decided: %1. The next run applies it.</numerusform>
        <numerusform>%n conflicts decided: %1. The next run applies it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) decided: %1. A run applies it now.</source>
      <translation>
        <numerusform>%n conflict decided: %1. A run applies it now.</numerusform>
        <numerusform>%n conflicts decided: %1. A run applies it now.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::DashboardView</name>
    <message numerus="yes">
      <source>%n at the author stage</source>
      <translation>
        <numerusform>%n at the author stage</numerusform>
        <numerusform>%n at the author stage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in step after the initial copy</source>
      <translation>
        <numerusform>%n in step after the initial copy</numerusform>
        <numerusform>%n in step after the initial copy</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>enabled, of %n</source>
      <translation>
        <numerusform>enabled, of %n</numerusform>
        <numerusform>enabled, of %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n waiting for your decision</source>
      <translation>
        <numerusform>%n waiting for your decision</numerusform>
        <numerusform>%n waiting for your decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 expires in %n day(s)</source>
      <translation>
        <numerusform>%1 expires in %n day</numerusform>
        <numerusform>%1 expires in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>None expires within %n day(s)</source>
      <translation>
        <numerusform>None expires within %n day</numerusform>
        <numerusform>None expires within %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::RelationshipCard</name>
    <message numerus="yes">
      <source>%n waiting for your decision</source>
      <translation>
        <numerusform>%n waiting for your decision</numerusform>
        <numerusform>%n waiting for your decision</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Expires in %n day(s)</source>
      <translation>
        <numerusform>Expires in %n day</numerusform>
        <numerusform>Expires in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>None expires within %n day(s)</source>
      <translation>
        <numerusform>None expires within %n day</numerusform>
        <numerusform>None expires within %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) waiting for your decision.</source>
      <translation>
        <numerusform>%n conflict waiting for your decision.</numerusform>
        <numerusform>%n conflicts waiting for your decision.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ferry::ui::RunDetailDialog</name>
    <message numerus="yes">
      <source>… and %n more item(s), finished too fast to list</source>
      <translation>
        <numerusform>… and %n more item, finished too fast to list</numerusform>
        <numerusform>… and %n more items, finished too fast to list</numerusform>
      </translation>
    </message>
  </context>
</TS>
