#pragma once
// Registers a site from the GUI: a name, its files folder and its stage. The registration runs in
// the core, off the GUI thread; the dialog closes once the site is stored, or says why it wasn't.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ferry {
class HomeService;
struct Site;
} // namespace ferry

namespace ferry::ui {

class AddSiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSiteDialog(HomeService* home, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateValidity();
    void chooseFolder();
    void showError(const QString& message);
    void setBusy(bool busy);

    HomeService* m_home;
    QLineEdit* m_name;
    QLineEdit* m_folder;
    QSpinBox* m_stage;
    QSpinBox* m_keepVersions;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace ferry::ui
