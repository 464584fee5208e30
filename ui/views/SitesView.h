#pragma once
// Sites: the content repositories on this server.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

namespace ferry::ui {

class SitesView : public ViewPage
{
    Q_OBJECT

public:
    explicit SitesView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

signals:
    void addSiteRequested();

private:
    RecordTableModel<Site>* m_model;
};

} // namespace ferry::ui
