#include "CertificatesView.h"

#include "widgets/EmptyState.h"

namespace ferry::ui {

CertificatesView::CertificatesView(QWidget* parent)
    : ViewPage(QStringLiteral("certificatesView"), tr("Certificates"),
               tr("Servers trust each other through certificates issued by this installation's certificate "
                  "authority."),
               parent)
{
    auto* empty = new EmptyState(QStringLiteral(":/icons/certificates.svg"), tr("No certificates yet"),
                                 tr("This home has no certificate authority and trusts no other server yet. A "
                                    "certificate authority issues the certificates that let this installation and "
                                    "its production servers recognise each other."),
                                 this);
    setContent(new QWidget(this), empty);
}

void CertificatesView::showSnapshot(const HomeSnapshot&)
{
    // The home has no certificate store yet: nothing to list.
    showContent(false);
}

} // namespace ferry::ui
