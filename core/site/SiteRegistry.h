#pragma once
// Registers the sites of this installation: what a site's name and files folder may be, and
// that no two sites share either. Used alike by ferryctl, the GUI and the demo.

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
};

class SiteRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SiteRegistry)

public:
    static constexpr int maxNameLength = 64;
    static constexpr int maxStage = 99;

    explicit SiteRegistry(StateStore& store);

    static Result<void> validateName(const QString& name);
    static Result<QString> validateFilesRoot(const QString& path);  // the canonical path when valid

    // Validates the draft and stores the site with a new UUID; on failure nothing is stored.
    Result<Site> add(const SiteDraft& draft);
    Result<std::vector<Site>> list() const;

private:
    StateStore& m_store;
};

} // namespace ferry
