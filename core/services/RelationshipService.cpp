#include "RelationshipService.h"

#include "ServiceTasks.h"
#include "common/Logging.h"
#include "net/AgentCredentialLoader.h"
#include "site/FileWalker.h"

#include <QtConcurrent>

namespace ferry {

RelationshipService::RelationshipService(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
}

RelationshipService::~RelationshipService()
{
    if (m_countCancelled) {
        *m_countCancelled = true;
    }
}

template<typename T, typename Work>
void RelationshipService::start(Work work, Done<T> done, bool changes)
{
    auto future = QtConcurrent::run([homePath = m_homePath, work]() { return tasks::withStore<T>(homePath, work); });
    tasks::whenDone(this, future, [this, done, changes](const Result<T>& result) {
        if (!result) {
            qCInfo(lcServices) << "relationship operation failed:" << result.errorMessage();
        }
        if (done) {
            done(result);
        }
        if (changes && result) {
            emit changed();
        }
    });
}

void RelationshipService::checkCredentials(const QString& certificatePath, const QString& keyPath,
                                           const QString& caPath, Done<CredentialSummary> done)
{
    auto future = QtConcurrent::run([homePath = m_homePath, certificatePath, keyPath, caPath]() -> Result<CredentialSummary> {
        auto loaded = AgentCredentialLoader::load(homePath, {certificatePath, keyPath, caPath});
        if (!loaded) {
            return loaded.error();
        }
        CredentialSummary summary;
        summary.certificatePath = loaded->certificatePath;
        summary.subject = loaded->certificate.commonName;
        summary.fingerprint = loaded->certificate.fingerprint;
        summary.notAfter = loaded->certificate.notAfter;
        for (const CertificateInfo& ca : loaded->cas) {
            summary.trustedCas << ca.commonName;
        }
        return summary;
    });
    tasks::whenDone(this, future, [done](const Result<CredentialSummary>& result) { done(result); });
}

void RelationshipService::create(const RelationshipDraft& relationship, const ProfileDraft& profile,
                                 Done<CreatedRelationship> done)
{
    start<CreatedRelationship>(
        [relationship, profile](StateStore& store, const QString& homePath) -> Result<CreatedRelationship> {
            RelationshipRegistry relationships(store, homePath);
            auto added = relationships.add(relationship);
            if (!added) {
                return added.error();
            }
            auto first = ProfileRegistry(store).add(profile);
            if (!first) {
                (void)relationships.remove(relationship.name);
                return first.error();
            }
            return CreatedRelationship{added.value(), first.value()};
        },
        std::move(done), true);
}

void RelationshipService::updateRelationship(const QString& name, const RelationshipChange& change,
                                             Done<Relationship> done)
{
    start<Relationship>(
        [name, change](StateStore& store, const QString& homePath) {
            return RelationshipRegistry(store, homePath).update(name, change);
        },
        std::move(done), true);
}

void RelationshipService::saveProfile(const QString& existingName, const ProfileDraft& draft, Done<Profile> done)
{
    start<Profile>(
        [existingName, draft](StateStore& store, const QString&) {
            return existingName.isEmpty() ? ProfileRegistry(store).add(draft) : ProfileRegistry(store).update(existingName, draft);
        },
        std::move(done), true);
}

void RelationshipService::removeProfile(const QString& name, Done<Profile> done)
{
    start<Profile>([name](StateStore& store, const QString&) { return ProfileRegistry(store).remove(name); },
                   std::move(done), true);
}

void RelationshipService::removeRelationship(const QString& name, Done<QStringList> done)
{
    start<QStringList>(
        [name](StateStore& store, const QString& homePath) -> Result<QStringList> {
            auto removed = RelationshipRegistry(store, homePath).remove(name);
            if (!removed) {
                return removed.error();
            }
            return removed->second;
        },
        std::move(done), true);
}

void RelationshipService::countFiles(const QString& root, const QStringList& includes, const QStringList& excludes,
                                     Done<qint64> done)
{
    if (m_countCancelled) {
        *m_countCancelled = true;
    }
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_countCancelled = cancelled;
    auto future = QtConcurrent::run([root, includes, excludes, cancelled]() -> Result<qint64> {
        auto matcher = GlobMatcher::create(includes, excludes);
        if (!matcher) {
            return matcher.error();
        }
        qint64 count = 0;
        WalkProblems problems;
        FileWalker walker(root.toStdString(), matcher.value());
        walker.walk([&count](WalkEntry&& entry) { count += S_ISREG(entry.status.st_mode) ? 1 : 0; }, *cancelled, problems);
        return count;
    });
    tasks::whenDone(this, future, [done, cancelled](const Result<qint64>& result) {
        if (!*cancelled) {
            done(result);
        }
    });
}

} // namespace ferry
