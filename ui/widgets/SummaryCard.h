#pragma once
// A dashboard card: a figure, what it counts, and a line of detail, tinted when it needs
// attention.

#include <QFrame>

class QLabel;

namespace ferry::ui {

class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Attention };

    SummaryCard(const QString& iconPath, const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail, Tone tone = Tone::Neutral);
    QString value() const;

private:
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace ferry::ui
