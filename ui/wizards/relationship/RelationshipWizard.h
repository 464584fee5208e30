#pragma once
// The new-relationship wizard: a local site → the remote agent's address → the certificate this
// server shows → live connection checks → the remote site and its resources → the direction of
// the first copy → create (a relationship and its first profile, through RelationshipService) →
// start the initial sync now or later. Each page is its own class; they share a draft the wizard
// owns, so going back never loses what was typed.

#include "services/ConnectionTest.h"
#include "services/HomeSnapshot.h"
#include "services/RelationshipService.h"

#include <QWizard>

namespace ferry::ui {

struct RelationshipWizardDraft {
    Site localSite;
    QString host;
    int port = 0;
    QString remoteSite;        // as typed; then as chosen from the hello's sites
    QString proxyUrl;
    bool bypassProxy = false;
    QString certificatePath;   // empty: the home's node certificate
    QString keyPath;
    QString caPath;            // empty: the CAs the home trusts
    CredentialSummary credentials;
    ConnectionReport report;
    bool pinFingerprint = true;
    QStringList tables;        // chosen from those both sides have
    bool localToRemote = true;
    CreatedRelationship created;
};

class RelationshipWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        LocalSitePageId,
        AddressPageId,
        CertificatePageId,
        ConnectionPageId,
        RemoteSitePageId,
        DirectionPageId,
        CreatePageId,
        FinishPageId
    };

    RelationshipWizard(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent = nullptr);

    RelationshipService* service() const { return m_service; }
    const HomeSnapshot& snapshot() const { return m_snapshot; }
    RelationshipWizardDraft& draft() { return m_draft; }
    // The hello's entry for the chosen remote site, if the agent offers it.
    const HelloSite* remoteSiteEntry() const;
    // Whether the user chose to start the initial sync on Finish (recorded when the wizard closes).
    bool initialSyncChosen() const { return m_initialSyncChosen; }

    void done(int result) override;

signals:
    void initialSyncRequested(qint64 profileId);

private:
    RelationshipService* m_service;
    HomeSnapshot m_snapshot;
    RelationshipWizardDraft m_draft;
    bool m_initialSyncChosen = false;
};

} // namespace ferry::ui
