#include "SiteRegistry.h"

#include "common/Logging.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ferry {

SiteRegistry::SiteRegistry(StateStore& store)
    : m_store(store)
{
}

Result<void> SiteRegistry::validateName(const QString& name)
{
    if (name.isEmpty()) {
        return fail(tr("A site needs a name."));
    }
    // Names appear in agent URLs (https://HOST:PORT/SITE) and file names: keep them plain.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.size() > maxNameLength || !pattern.match(name).hasMatch()) {
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

Result<Site> SiteRegistry::add(const SiteDraft& draft)
{
    if (auto valid = validateName(draft.name); !valid) {
        return valid.error();
    }
    if (draft.stage < 0 || draft.stage > maxStage) {
        return fail(tr("The stage must be a number from 0 (author) to %1.").arg(maxStage));
    }
    auto root = validateFilesRoot(draft.filesRoot);
    if (!root) {
        return root.error();
    }

    Site site;
    site.uuid = QUuid::createUuid();
    site.name = draft.name;
    site.filesRoot = root.value();
    site.stage = draft.stage;
    site.createdAt = QDateTime::currentDateTimeUtc();

    // The checks for duplicates run inside the write transaction, so two processes adding the
    // same name at once cannot both succeed.
    SiteRepository sites(m_store.database());
    auto written = m_store.write([&]() -> Result<void> {
        auto existing = sites.list();
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
        }
        auto inserted = sites.insert(site);
        if (!inserted) {
            return inserted.error();
        }
        site = inserted.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    qCInfo(lcSite) << "registered site" << site.name << site.uuid.toString(QUuid::WithoutBraces) << site.filesRoot;
    return site;
}

Result<std::vector<Site>> SiteRegistry::list() const
{
    return SiteRepository(m_store.database()).list();
}

} // namespace ferry
