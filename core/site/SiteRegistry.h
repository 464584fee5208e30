#pragma once
// Registers the sites of this installation: what a site's name, files folder and content
// database may be, that no two sites share any of them, and that a site's database has change
// capture installed exactly while the site is registered. Used alike by ferryctl, the GUI and
// the demo.

#include "common/PlainName.h"
#include "common/Result.h"
#include "model/Site.h"

#include <QCoreApplication>

#include <vector>

namespace ferry {

class StateStore;

struct SiteDraft {
    QString name;
    QString filesRoot;
    int stage = 0;
    QString databaseUrl;  // optional
    QStringList tables;   // with a database: the tables to keep in step
    int keepVersionsDays = 30;
};

class SiteRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SiteRegistry)

public:
    static constexpr int maxNameLength = maxPlainNameLength;
    static constexpr int maxStage = 99;
    static constexpr int maxKeepVersionsDays = 3650;

    // homePath is where the sites' indexes live (needed to remove a site).
    explicit SiteRegistry(StateStore& store, QString homePath = {});

    static Result<void> validateName(const QString& name);
    static Result<QString> validateFilesRoot(const QString& path);  // the canonical path when valid

    // Validates the draft, installs change capture in its database if it has one, and stores
    // the site with a new UUID; on failure nothing is stored and the database is as it was.
    Result<Site> add(const SiteDraft& draft);
    // Takes change capture out of the site's database, then forgets the site and its index.
    // The site's files and rows are never touched.
    Result<Site> remove(const QString& name);
    Result<std::vector<Site>> list() const;
    Result<Site> find(const QString& name) const;
    // How many days the site's versions area keeps a file (1 to maxKeepVersionsDays).
    Result<Site> setKeepVersionsDays(const QString& name, int days);

private:
    static Result<void> validateKeepVersionsDays(int days);
    Result<void> checkUnique(const Site& site) const;
    Result<void> installCapture(const Site& site);

    StateStore& m_store;
    QString m_homePath;
};

} // namespace ferry
