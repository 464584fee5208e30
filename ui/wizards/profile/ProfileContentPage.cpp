#include "ProfileContentPage.h"

#include "ProfileContentEditor.h"

#include <QVBoxLayout>

namespace ferry::ui {

ProfileContentPage::ProfileContentPage(ProfileContentEditor* editor, QWidget* parent)
    : AsyncWizardPage(parent)
    , m_editor(editor)
{
    setTitle(tr("What to keep in step"));
    setSubTitle(tr("Folders by pattern, relative to the site's files root, and database tables."));
    editor->setParent(this);
    body()->addWidget(editor);
    // An error from the last Next goes once the input is right again.
    connect(editor, &ProfileContentEditor::changed, this, [this] {
        if (!errorText().isEmpty() && m_editor->problem().isEmpty()) {
            showError({});
        }
    });
}

QString ProfileContentPage::inputProblem() const
{
    return m_editor->problem();
}

} // namespace ferry::ui
