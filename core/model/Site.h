#pragma once
// A site: one content repository on this server (DESIGN.md section 2).

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ferry {

struct Site {
    qint64 id = 0;
    QUuid uuid;           // made once at creation; peers know the site by it
    QString name;         // unique on this installation, safe in a URL
    QString filesRoot;    // absolute, canonical path of an existing directory
    QString databaseUrl;  // optional content database; never holds a password
    QStringList tables;   // tables of that database to keep in step
    int stage = 0;        // 0 = author (staging); higher stages are published later
    // How long the files a run overwrote or deleted here stay in the site's versions area
    // (HOME/versions/UUID) before they are pruned.
    int keepVersionsDays = 30;
    QDateTime createdAt;
};

} // namespace ferry
