#pragma once
// Edit Relationship: what can change without pairing again — the pinned certificate of the
// agent, how to reach it (proxy or direct), and whether this side accepts pushes. The address,
// the sites and the certificates are the relationship's identity: change those with a new one.

#include "model/Relationship.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class RelationshipDialog : public QDialog
{
    Q_OBJECT

public:
    RelationshipDialog(RelationshipService* service, const Relationship& relationship, QWidget* parent = nullptr);

    QString errorText() const;

public slots:
    void save();

private:
    RelationshipService* m_service;
    QString m_name;
    QLineEdit* m_pin;
    QRadioButton* m_systemProxy;
    QRadioButton* m_proxy;
    QRadioButton* m_bypass;
    QLineEdit* m_proxyUrl;
    QCheckBox* m_acceptPushes;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace ferry::ui
