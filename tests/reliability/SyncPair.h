#pragma once
// Two Ferry homes paired for sync, for the reliability suites: staging (home S, site "www",
// files root stage/, content database stage.db) is the local side; production (home P, site
// "prod", files root prod/, prod.db) is served by an agent running inside the test process
// (AgentServer + AgentEndpoints on 127.0.0.1, real TLS certificates), so SyncRun::execute's
// local event loops serve it while they wait.
//
// The pair is built once per process with ferryctl (certificates, sites, a relationship, one
// profile per direction and policy, the initial copy done) and saved as a template; reset()
// puts the template back in place in a few milliseconds, so every seed starts from the same
// state.

#include "model/Profile.h"
#include "net/AgentServer.h"
#include "sync/SyncRun.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ferry::test {

enum class Side { Stage, Prod };

class SyncPair
{
public:
    // Builds the template in a temporary folder; an error message when it could not.
    QString build();
    // Puts the template back (both homes, both sites) and starts a fresh in-process agent
    // (or none, for suites that run ferryd as a process: see ferrydArguments()).
    QString reset(bool inProcessAgent = true);
    // Points the relationship at another port; a free one when port is 0. Returns the port.
    quint16 moveRemote(quint16 port = 0);
    quint16 port() const { return m_port; }
    // ferryd's arguments to serve home P on port().
    QStringList ferrydArguments() const;

    QString root() const { return m_dir.path() + QStringLiteral("/live"); }
    QString homeOf(Side side) const { return root() + (side == Side::Stage ? QStringLiteral("/S") : QStringLiteral("/P")); }
    QString filesOf(Side side) const { return root() + (side == Side::Stage ? QStringLiteral("/stage") : QStringLiteral("/prod")); }
    QString databaseOf(Side side) const { return root() + (side == Side::Stage ? QStringLiteral("/stage.db") : QStringLiteral("/prod.db")); }

    // The profile for a direction and a policy (all are made by build()).
    static QString profileName(Direction direction, ConflictPolicy policy, bool deletes = true);

    Result<SyncRunResult> run(const QString& profile, bool dryRun = false, const ProgressMeter::Sink& progress = {});

private:
    static QString temporaryTemplate();

    QTemporaryDir m_dir{temporaryTemplate()};
    std::unique_ptr<AgentServer> m_server;
    quint16 m_port = 0;
};

// Every file under folder: relative path → bytes.
QMap<QString, QByteArray> filesUnder(const QString& folder);
// Every row of posts in the SQLite database at path: id → body.
QMap<qint64, QString> postsOf(const QString& databasePath);
// Runs SQL on the database at path; false when SQLite refused (locked, constraint).
bool execSql(const QString& databasePath, const QString& sql, const QVariantList& values = {});

} // namespace ferry::test
