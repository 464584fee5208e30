#pragma once
// A throwaway installation to try Ferry on, as `ferry --demo` opens it: this machine's home with
// a staging site (files and a SQLite table of pages), and a second home, root/agent, with the
// production site that a real ferryd serves on 127.0.0.1 (see DemoAgent), both with certificates
// from a fresh demo CA. connect() then pairs them as an administrator would, runs the initial
// copy, and leaves one conflict to review and one change to publish. Nothing outside root is
// touched.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ferry {

class DemoHome
{
    Q_DECLARE_TR_FUNCTIONS(DemoHome)

public:
    // Builds root/home (this side's Ferry home), root/agent (production's), root/sites/… and
    // root/certs; returns this side's home path.
    static Result<QString> create(const QString& root);
    static QString agentHomePath(const QString& root);
    // With the agent serving on port: the relationship, two profiles, the initial copy, a conflict.
    static Result<void> connect(const QString& root, quint16 port);

private:
    static Result<void> writeFiles(const QString& siteRoot, const QList<std::pair<QString, QByteArray>>& files);
    static Result<void> createPages(const QString& databasePath, const QStringList& titles);
    static Result<void> issueCertificates(const QString& root);
};

} // namespace ferry
