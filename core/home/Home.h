#pragma once
// A home: one installation's state folder (state.db, certificate store, site indexes). Chosen by
// --home, else $FERRY_HOME, else the XDG data location.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ferry {

class Home
{
    Q_DECLARE_TR_FUNCTIONS(Home)

public:
    static constexpr char environmentVariable[] = "FERRY_HOME";

    static QString defaultPath();
    static QString resolvePath(const QString& explicitPath);

    // Opens the home at path, creating it (readable by its owner only) when it does not exist.
    static Result<Home> open(const QString& path);

    const QString& path() const { return m_path; }
    QString stateDatabasePath() const;

private:
    explicit Home(QString path);

    QString m_path;
};

} // namespace ferry
