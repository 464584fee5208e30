#pragma once
// One run up close, while it runs and after: its phase and totals, a chart of its throughput over
// time (Qt Charts), and the items it finishes as they happen. Opened from a row of the Runs
// panel; it collects from the moment the run is queued, so opening it late loses nothing.

#include "common/Progress.h"
#include "model/Run.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

class QChartView;
class QLineSeries;
class QValueAxis;

namespace ferry::ui {

class RunDetailDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int keptLines = 5000;

    // note: shown above the log, e.g. why a run of another process lists no items
    RunDetailDialog(const QString& title, const QString& note, QWidget* parent = nullptr);

    void showStarted();
    void showProgress(const ferry::Progress& progress);
    void showFinished(ferry::RunState state, const QString& message, qint64 runId);

    QLineSeries* throughput() const { return m_series; }
    QString logText() const;

    static QString lineText(const ferry::ProgressLine& line);

signals:
    void cancelRequested();
    void showInActivityRequested(qint64 runId);

private:
    void addPoint(double bytesPerSecond);
    void appendLine(const QString& text, bool failed);
    static QString lineHtml(const QString& text, bool failed);

    QLabel* m_phase;
    QLabel* m_counts;
    QChartView* m_chartView;
    QLineSeries* m_series;
    QValueAxis* m_time;
    QValueAxis* m_rate;
    QPlainTextEdit* m_log;
    QPushButton* m_cancel;
    QPushButton* m_activity;
    QElapsedTimer m_clock;
    double m_peak = 0;
    qint64 m_runId = 0;
    qint64 m_failed = 0;
};

} // namespace ferry::ui
