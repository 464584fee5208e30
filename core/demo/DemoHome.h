#pragma once
// A throwaway home to try Ferry on: a staging site and a production site with a few files each,
// as `ferry --demo` opens it. Nothing outside the given folder is touched.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ferry {

class DemoHome
{
    Q_DECLARE_TR_FUNCTIONS(DemoHome)

public:
    // Builds root/home (the Ferry home) and root/sites/{staging,production}; returns the home path.
    static Result<QString> create(const QString& root);

private:
    static Result<void> writeFiles(const QString& siteRoot, const QList<std::pair<QString, QByteArray>>& files);
};

} // namespace ferry
