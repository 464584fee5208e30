#include "SiteRegistry.h"

#include "ChangeCapture.h"
#include "ContentDatabase.h"
#include "SiteIndex.h"
#include "common/Logging.h"
#include "common/PlainName.h"
#include "store/RelationshipRepository.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"

#include <QDir>
#include <QFileInfo>

namespace ferry {

SiteRegistry::SiteRegistry(StateStore& store, QString homePath)
    : m_store(store)
    , m_homePath(std::move(homePath))
{
}

Result<void> SiteRegistry::validateName(const QString& name)
{
    if (name.isEmpty()) {
        return fail(tr("A site needs a name."));
    }
    // Names appear in agent URLs (https://HOST:PORT/SITE) and file names: keep them plain.
    if (!isPlainName(name)) {
        return fail(tr("'%1' is not a valid site name: use up to %2 letters, digits, dots, dashes or underscores, "
                       "starting with a letter or a digit.")
                        .arg(name)
                        .arg(maxNameLength));
    }
    if (!QUuid::fromString(name).isNull()) {
        return fail(tr("'%1' looks like a UUID; peers would mistake it for another site's identifier. Choose a "
                       "name.")
                        .arg(name));
    }
    return {};
}

Result<QString> SiteRegistry::validateFilesRoot(const QString& path)
{
    if (path.trimmed().isEmpty()) {
        return fail(tr("A site needs a files folder."));
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(tr("The files folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    if (!info.isDir()) {
        return fail(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return fail(tr("The files folder %1 cannot be read by this user.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    return info.canonicalFilePath();
}

Result<void> SiteRegistry::checkUnique(const Site& site) const
{
    auto existing = SiteRepository(m_store.database()).list();
    if (!existing) {
        return existing.error();
    }
    for (const Site& other : existing.value()) {
        if (other.name.compare(site.name, Qt::CaseInsensitive) == 0) {
            return fail(tr("A site named '%1' already exists (files at %2).").arg(other.name, other.filesRoot));
        }
        if (other.filesRoot == site.filesRoot) {
            return fail(tr("The folder %1 already belongs to site '%2': a folder can be the files of one site "
                           "only.")
                            .arg(site.filesRoot, other.name));
        }
        if (!site.databaseUrl.isEmpty() && other.databaseUrl == site.databaseUrl) {
            return fail(tr("The database %1 already belongs to site '%2': a database can be the content of one "
                           "site only.")
                            .arg(site.databaseUrl, other.name));
        }
    }
    return {};
}

Result<void> SiteRegistry::installCapture(const Site& site)
{
    auto url = DatabaseUrl::parse(site.databaseUrl);
    auto database = ContentDatabase::open(url.value());
    if (!database) {
        return database.error();
    }
    auto capture = ChangeCapture::forDatabase(*database.value());
    auto installed = capture->isInstalled();
    if (!installed) {
        return installed.error();
    }
    if (installed.value()) {
        return fail(tr("The database %1 already has Ferry's change capture, perhaps for a site of another "
                       "installation: a database can be the content of one site only.")
                        .arg(site.databaseUrl));
    }
    return capture->install(site.tables);
}

Result<Site> SiteRegistry::add(const SiteDraft& draft)
{
    if (auto valid = validateName(draft.name); !valid) {
        return valid.error();
    }
    if (draft.stage < 0 || draft.stage > maxStage) {
        return fail(tr("The stage must be a number from 0 (author) to %1.").arg(maxStage));
    }
    if (auto days = validateKeepVersionsDays(draft.keepVersionsDays); !days) {
        return days.error();
    }
    auto root = validateFilesRoot(draft.filesRoot);
    if (!root) {
        return root.error();
    }
    Site site;
    site.keepVersionsDays = draft.keepVersionsDays;
    site.uuid = QUuid::createUuid();
    site.name = draft.name;
    site.filesRoot = root.value();
    site.stage = draft.stage;
    site.createdAt = QDateTime::currentDateTimeUtc();
    if (!draft.databaseUrl.isEmpty()) {
        auto url = DatabaseUrl::parse(draft.databaseUrl);
        if (!url) {
            return url.error();
        }
        site.databaseUrl = url->toString();
        site.tables = draft.tables;
    } else if (!draft.tables.isEmpty()) {
        return fail(tr("Tables belong to a content database: give its URL as well (--db URL)."));
    }

    if (auto unique = checkUnique(site); !unique) {
        return unique.error();
    }
    if (!site.databaseUrl.isEmpty()) {
        if (auto captured = installCapture(site); !captured) {
            return captured.error();
        }
    }
    // The checks run again inside the write transaction, so two processes adding the same name
    // at once cannot both succeed.
    SiteRepository sites(m_store.database());
    auto written = m_store.write([&]() -> Result<void> {
        if (auto unique = checkUnique(site); !unique) {
            return unique;
        }
        auto inserted = sites.insert(site);
        if (!inserted) {
            return inserted.error();
        }
        site = inserted.value();
        return {};
    });
    if (!written) {
        if (!site.databaseUrl.isEmpty()) {
            // Leave the database as it was.
            auto database = ContentDatabase::open(DatabaseUrl::parse(site.databaseUrl).value());
            if (database) {
                ChangeCapture::forDatabase(*database.value())->remove(site.tables).ok();
            }
        }
        return written.error();
    }
    qCInfo(lcSite) << "registered site" << site.name << site.uuid.toString(QUuid::WithoutBraces) << site.filesRoot;
    return site;
}

Result<Site> SiteRegistry::find(const QString& name) const
{
    auto found = SiteRepository(m_store.database()).findByName(name);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return fail(tr("There is no site named '%1'. See 'ferryctl site list'.").arg(name));
    }
    return **found;
}

Result<void> SiteRegistry::validateKeepVersionsDays(int days)
{
    if (days < 1 || days > maxKeepVersionsDays) {
        return fail(tr("A site keeps overwritten and deleted files from 1 to %1 days, not %2.")
                        .arg(maxKeepVersionsDays)
                        .arg(days));
    }
    return {};
}

Result<Site> SiteRegistry::setKeepVersionsDays(const QString& name, int days)
{
    if (auto valid = validateKeepVersionsDays(days); !valid) {
        return valid.error();
    }
    auto site = find(name);
    if (!site) {
        return site.error();
    }
    auto written = m_store.write([&] { return SiteRepository(m_store.database()).setKeepVersionsDays(site->id, days); });
    if (!written) {
        return written.error();
    }
    site->keepVersionsDays = days;
    return site;
}

Result<Site> SiteRegistry::remove(const QString& name)
{
    auto site = find(name);
    if (!site) {
        return site.error();
    }
    auto relationships = RelationshipRepository(m_store.database()).list();
    if (!relationships) {
        return relationships.error();
    }
    for (const Relationship& relationship : relationships.value()) {
        if (relationship.siteId == site->id) {
            return fail(tr("Site '%1' is used by relationship '%2'. Remove the relationship first.")
                            .arg(site->name, relationship.name));
        }
    }
    if (!site->databaseUrl.isEmpty()) {
        auto database = ContentDatabase::open(DatabaseUrl::parse(site->databaseUrl).value());
        if (!database) {
            return fail(tr("Cannot take change capture out of the database of '%1', so the site stays registered: %2")
                            .arg(site->name, database.errorMessage()));
        }
        if (auto removed = ChangeCapture::forDatabase(*database.value())->remove(site->tables); !removed) {
            return fail(tr("Cannot take change capture out of the database of '%1', so the site stays registered: %2")
                            .arg(site->name, removed.errorMessage()));
        }
    }
    if (auto removed = SiteRepository(m_store.database()).remove(site->id); !removed) {
        return removed.error();
    }
    if (!m_homePath.isEmpty()) {
        QDir(QFileInfo(SiteIndex::pathFor(m_homePath, site->uuid)).absolutePath()).removeRecursively();
    }
    qCInfo(lcSite) << "removed site" << site->name;
    return site;
}

Result<std::vector<Site>> SiteRegistry::list() const
{
    return SiteRepository(m_store.database()).list();
}

} // namespace ferry
