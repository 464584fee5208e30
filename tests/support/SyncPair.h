#pragma once
// Two Ferry installations on this machine, as an administrator sets them up: a staging home
// whose site "www" syncs with a production home's site "prod", served by a real ferryd on
// 127.0.0.1 with certificates from a real CA (the staging certificate may push). The sync
// itself is always a real `ferryctl sync` process, so tests see exit codes, messages and JSON
// exactly as users and scripts do.

#include "ProcessRunner.h"
#include "TempHome.h"

#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace ferry::test {

struct SyncPairOptions {
    QString stageDatabaseUrl;  // with tables: the sites capture them
    QString prodDatabaseUrl;
    QStringList tables;
    bool stageMayPush = true;
    QStringList agentArguments;  // ferryd's, after --home and --listen
};

struct SyncOutcome {
    ProcessResult process;
    QJsonObject json;  // the --json object (empty when the run printed none)
};

class SyncPair
{
public:
    SyncPair();
    ~SyncPair();

    // Sites, certificates, trust, the agent, and relationship "r"; a reason on failure.
    QString setUp(const SyncPairOptions& options = {});

    QString stageRoot() const { return m_stage.root() + QStringLiteral("/www"); }
    QString prodRoot() const { return m_prod.root() + QStringLiteral("/prod"); }
    const TempHome& stage() const { return m_stage; }
    const TempHome& prod() const { return m_prod; }
    quint16 port() const { return m_port; }

    ProcessResult stageCtl(const QStringList& arguments, int timeoutMs = 120000) const;
    ProcessResult prodCtl(const QStringList& arguments) const;
    // ferryctl profile add NAME --relationship r OPTIONS…; a reason on failure.
    QString addProfile(const QString& name, const QStringList& options) const;
    SyncOutcome sync(const QString& profile, const QStringList& options = {}, int timeoutMs = 120000) const;
    // Starts ferryctl sync without waiting (for kill and cancel tests).
    std::unique_ptr<QProcess> startSync(const QString& profile, const QStringList& options = {}) const;

    void writeStage(const QString& path, const QByteArray& bytes) const;
    void writeProd(const QString& path, const QByteArray& bytes) const;
    QByteArray readStage(const QString& path) const;
    QByteArray readProd(const QString& path) const;
    // Every file under a root (relative path → bytes), for "both sides hold the same".
    static QMap<QString, QByteArray> contents(const QString& root);

    QString startAgent();
    void stopAgent();

private:
    TempHome m_stage;
    TempHome m_prod;
    QString m_certs;
    std::unique_ptr<QProcess> m_agent;
    QStringList m_agentArguments;
    quint16 m_port = 0;
};

// Deterministic bytes that do not compress.
QByteArray noise(int size, quint32 seed);

} // namespace ferry::test
