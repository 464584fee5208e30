#pragma once
// The security configurator: a wizard that creates this installation's certificate authority,
// issues a certificate for a named server and exports its bundle, or, on the other server,
// applies a bundle received from this one. Each page is its own class; they share a draft that the
// wizard owns, and do their work through CertificateService, off the GUI thread.

#include "services/CertificateService.h"

#include <QWizard>

namespace ferry::ui {

struct SecurityDraft {
    bool hadCa = false;
    CertificateInfo ca;
    IssuedNode node;       // after the issue page; the key lives only here until it is exported
    QString bundlePath;    // after the export page
    ImportRequest import;  // the apply pages
    ImportPreview preview;
    QString summary;       // what the done page says
};

class SecurityWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IntroPageId, CaPageId, IssuePageId, ExportPageId, ApplyPageId, ConfirmPageId, DonePageId };

    SecurityWizard(CertificateService* service, const TrustOverview& overview, QWidget* parent = nullptr);

    CertificateService* service() const { return m_service; }
    SecurityDraft& draft() { return m_draft; }

    // Starts at the issue page with a node's name and addresses filled in: a new key and
    // certificate for a node whose certificate is due.
    void startRotation(const QString& node, const QStringList& hosts, const QStringList& addresses);

private:
    CertificateService* m_service;
    SecurityDraft m_draft;
};

} // namespace ferry::ui
