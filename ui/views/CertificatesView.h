#pragma once
// Certificates: this installation's certificate authority, its node certificates and the peers
// it trusts.

#include "ViewPage.h"

namespace ferry::ui {

class CertificatesView : public ViewPage
{
    Q_OBJECT

public:
    explicit CertificatesView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;
};

} // namespace ferry::ui
