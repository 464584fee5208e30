#pragma once
// The next five runs of a schedule being edited, worked out by the core's arithmetic on every
// change, so what the administrator sees is what the scheduler will do.

#include "model/Schedule.h"

#include <QWidget>

#include <array>

class QLabel;

namespace ferry::ui {

class NextRunsPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int runCount = 5;

    explicit NextRunsPreview(QWidget* parent = nullptr);

    void showRuns(const ferry::Schedule& schedule, const QDateTime& now);
    QStringList texts() const;

private:
    QLabel* m_note;
    std::array<QLabel*, runCount> m_runs{};
};

} // namespace ferry::ui
