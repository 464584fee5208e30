#pragma once
// The GUI's way to pair sites and define what they keep in step: store a relationship with its
// first profile, change or remove profiles and relationships, check the certificate a
// relationship would show, and count the files a profile's patterns select. Every call returns at
// once; the work runs on the global thread pool and the outcome arrives on the caller's thread
// through the callback.

#include "sync/ProfileRegistry.h"
#include "sync/RelationshipRegistry.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry {

// The certificate a relationship would show the agent, and the CAs the agent's must chain to.
struct CredentialSummary {
    QString certificatePath;
    QString subject;
    QString fingerprint;
    QDateTime notAfter;
    QStringList trustedCas;  // their names
};

struct CreatedRelationship {
    Relationship relationship;
    Profile profile;
};

class RelationshipService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const Result<T>&)>;

    explicit RelationshipService(QString homePath, QObject* parent = nullptr);
    ~RelationshipService() override;

    const QString& homePath() const { return m_homePath; }

    // Empty paths: the home's node certificate, its key and the CAs the home trusts.
    void checkCredentials(const QString& certificatePath, const QString& keyPath, const QString& caPath,
                          Done<CredentialSummary> done);
    // Stores both or neither: a profile the store refuses takes its relationship back out.
    void create(const RelationshipDraft& relationship, const ProfileDraft& profile, Done<CreatedRelationship> done);
    void updateRelationship(const QString& name, const RelationshipChange& change, Done<Relationship> done);
    // existingName empty: a new profile.
    void saveProfile(const QString& existingName, const ProfileDraft& draft, Done<Profile> done);
    void removeProfile(const QString& name, Done<Profile> done);
    // Returns the names of the profiles removed with it.
    void removeRelationship(const QString& name, Done<QStringList> done);
    // The files under root the patterns select. A newer count cancels the one under way, whose
    // callback is then not called.
    void countFiles(const QString& root, const QStringList& includes, const QStringList& excludes, Done<qint64> done);

signals:
    // After anything that changed the store.
    void changed();

private:
    template<typename T, typename Work>
    void start(Work work, Done<T> done, bool changes);

    QString m_homePath;
    std::shared_ptr<std::atomic_bool> m_countCancelled;
};

} // namespace ferry
