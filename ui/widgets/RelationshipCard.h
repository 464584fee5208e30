#pragma once
// A dashboard card for one relationship: is it in step, and if not why, in colour and in words;
// its last and next run, conflicts waiting, certificate expiry, clock skew and the bytes it moved
// each day this week.

#include "services/HomeSnapshot.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace ferry::ui {

class BytesChart;

class RelationshipCard : public QFrame
{
    Q_OBJECT

public:
    enum class State { Good, Attention, Problem };

    explicit RelationshipCard(const QString& name, QWidget* parent = nullptr);

    void showRelationship(const ferry::Relationship& relationship, const ferry::HomeSnapshot& snapshot);
    // Filled by the scheduler: when this relationship's next run is due (invalid: none).
    void setNextRun(const QDateTime& when);

    State state() const { return m_state; }
    QString statusText() const;

private:
    // The remote clock minus ours, as the newest run that measured it did (showRelationship).
    void setClockSkew(std::optional<qint64> milliseconds);
    QLabel* addRow(const QString& caption, const QString& objectName);
    void setState(State state, const QString& words);

    QLabel* m_title;
    QLabel* m_remote;
    QLabel* m_status;
    QLabel* m_lastRun;
    QLabel* m_nextRun;
    QLabel* m_conflicts;
    QLabel* m_certificate;
    QLabel* m_skew;
    QLabel* m_week;
    BytesChart* m_chart;
    State m_state = State::Good;
    int m_rows = 0;
};

} // namespace ferry::ui
