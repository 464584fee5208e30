#pragma once
// Every message box the GUI shows goes through here, so GUI tests can answer them without a
// modal loop: setNextAnswer() makes the next box return at once, and lastText() tells what it said.

#include <QMessageBox>

namespace ferry::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // For tests.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ferry::ui
