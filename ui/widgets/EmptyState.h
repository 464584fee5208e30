#pragma once
// What a view shows when it has nothing to list: an icon, a title, a sentence on what belongs
// here and what to do next, and optionally a button that does it.

#include <QWidget>

class QLabel;
class QPushButton;

namespace ferry::ui {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString& iconPath, const QString& title, const QString& text, QWidget* parent = nullptr);

    // Adds the button that does the next step; returns it so the caller can connect it.
    QPushButton* setAction(const QString& text);
    void setText(const QString& text);

private:
    QLabel* m_text;
    QPushButton* m_action = nullptr;
};

} // namespace ferry::ui
