#pragma once
// Certificates: this installation's certificate authority, the certificates it issued, the CAs
// and peers it trusts, with colour-coded expiry; the security wizard starts here, and an issued
// certificate can be rotated or any entry untrusted.

#include "ViewPage.h"
#include "models/RecordTableModel.h"
#include "services/CertificateService.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ferry::ui {

class CertificatesView : public ViewPage
{
    Q_OBJECT

public:
    explicit CertificatesView(const QString& homePath, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    CertificateService* service() const { return m_service; }
    // Opens the security wizard (from the view's button and the main window's menu).
    void openWizard();
    void rotateSelected();
    void untrustSelected();

    static QString roleText(TrustEntry::Role role);

signals:
    void wizardClosed();

private:
    void showOverview(const ferry::TrustOverview& overview);
    const TrustEntry* selectedEntry() const;
    void updateButtons();

    CertificateService* m_service;
    TrustOverview m_overview;
    RecordTableModel<TrustEntry>* m_model;
    QTableView* m_table;
    QLabel* m_banner;
    QPushButton* m_rotate;
    QPushButton* m_untrust;
};

} // namespace ferry::ui
