#include "RunDetailDialog.h"

#include "Formatting.h"
#include "widgets/JobRow.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ferry::ui {
namespace {

constexpr double mebibyte = 1024.0 * 1024.0;  // the unit the rest of the GUI shows rates in

// Bytes cross the wire in these phases; the chart shows their rate and leaves the others out
// (a scan's reading rate is not throughput).
bool moving(const QString& phase)
{
    return phase == QStringLiteral("upload") || phase == QStringLiteral("download") || phase == QStringLiteral("transfer");
}

} // namespace

RunDetailDialog::RunDetailDialog(const QString& title, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_phase(new QLabel(tr("Queued"), this))
    , m_counts(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_series(new QLineSeries)
    , m_time(new QValueAxis)
    , m_rate(new QValueAxis)
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel Run"), this))
    , m_activity(new QPushButton(tr("Show in Activity"), this))
{
    setObjectName(QStringLiteral("runDetail"));
    setWindowTitle(tr("Run of %1").arg(title));
    resize(720, 560);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_phase->setObjectName(QStringLiteral("phase"));
    m_counts->setObjectName(QStringLiteral("counts"));

    m_series->setName(tr("Throughput"));
    auto* chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_time->setTitleText(tr("Seconds since the start"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_time->setRange(0, 10);
    m_rate->setTitleText(tr("MiB/s"));
    m_rate->setLabelFormat(QStringLiteral("%.3g"));
    m_rate->setRange(0, 1);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_rate);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartView->setObjectName(QStringLiteral("throughputChart"));

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(keptLines);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setPlaceholderText(note.isEmpty() ? tr("Items appear here as the run finishes them.") : note);

    m_activity->setEnabled(false);
    m_activity->setObjectName(QStringLiteral("showInActivity"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_activity, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });
    connect(m_activity, &QPushButton::clicked, this, [this]() {
        emit showInActivityRequested(m_runId);
        close();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_phase);
    layout->addWidget(m_counts);
    layout->addWidget(m_chartView, 2);
    layout->addWidget(new QLabel(tr("Finished items"), this));
    layout->addWidget(m_log, 3);
    layout->addWidget(buttons);
}

void RunDetailDialog::showStarted()
{
    m_clock.start();
    m_phase->setText(JobRow::phaseText(QStringLiteral("connect")));
}

void RunDetailDialog::showProgress(const Progress& progress)
{
    if (!m_clock.isValid()) {
        m_clock.start();
    }
    m_phase->setText(JobRow::phaseText(progress.phase));
    const QLocale locale;
    QStringList counts;
    if (progress.itemsTotal > 0) {
        counts << tr("%1 of %2 items").arg(locale.toString(progress.itemsDone), locale.toString(progress.itemsTotal));
    }
    if (progress.bytesTotal > 0) {
        counts << tr("%1 of %2").arg(locale.formattedDataSize(progress.bytesDone), locale.formattedDataSize(progress.bytesTotal));
    }
    if (progress.bytesPerSecond > 0) {
        counts << tr("%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    }
    m_counts->setText(counts.join(QStringLiteral(" · ")));
    if (moving(progress.phase)) {
        addPoint(progress.bytesPerSecond);
    }
    QStringList lines;
    for (const ProgressLine& line : progress.lines) {
        m_failed += line.kind == ProgressLine::Kind::Failed;
        lines << lineHtml(lineText(line), line.kind == ProgressLine::Kind::Failed);
    }
    if (progress.linesLeftOut > 0) {
        lines << lineHtml(tr("… and %n more item(s), finished too fast to list", nullptr, int(progress.linesLeftOut)), false);
    }
    if (!lines.isEmpty()) {
        // One insertion for the whole report: one layout pass instead of one per line (a report
        // can carry a couple of hundred items, and the GUI thread must not stall on them).
        m_log->appendHtml(lines.join(QString()));
    }
}

void RunDetailDialog::showFinished(RunState state, const QString& message, qint64 runId)
{
    m_runId = runId;
    m_cancel->hide();
    m_activity->setEnabled(runId > 0);
    m_phase->setText(QStringLiteral("<b>%1</b>").arg(Formatting::runState(state).toHtmlEscaped()));
    appendLine(message, state == RunState::Failed);
}

QString RunDetailDialog::lineText(const ProgressLine& line)
{
    switch (line.kind) {
    case ProgressLine::Kind::Sent:
        return tr("Sent %1").arg(line.item);
    case ProgressLine::Kind::Received:
        return tr("Received %1").arg(line.item);
    case ProgressLine::Kind::DeletedThere:
        return tr("Deleted %1 on the remote site").arg(line.item);
    case ProgressLine::Kind::DeletedHere:
        return tr("Deleted %1 here").arg(line.item);
    case ProgressLine::Kind::Failed:
        return tr("Failed: %1: %2").arg(line.item, line.error);
    }
    return line.item;
}

QString RunDetailDialog::logText() const
{
    return m_log->toPlainText();
}

void RunDetailDialog::addPoint(double bytesPerSecond)
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    const double rate = bytesPerSecond / mebibyte;
    m_series->append(seconds, rate);
    m_peak = std::max(m_peak, rate);
    m_time->setRange(0, std::max(10.0, std::ceil(seconds)));
    m_rate->setRange(0, std::max(1.0, m_peak * 1.15));
    // Round ticks (0, 1, 2, 3 rather than 0, 1.3, 2.5, 3.8), on both axes.
    m_time->applyNiceNumbers();
    m_rate->applyNiceNumbers();
}

QString RunDetailDialog::lineHtml(const QString& text, bool failed)
{
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + text;
    // Every line styled: a plain line after a red one would otherwise inherit its colour.
    return failed ? QStringLiteral("<p style=\"color:#b3261e\">%1</p>").arg(stamped.toHtmlEscaped())
                  : QStringLiteral("<p>%1</p>").arg(stamped.toHtmlEscaped());
}

void RunDetailDialog::appendLine(const QString& text, bool failed)
{
    m_log->appendHtml(lineHtml(text, failed));
}

} // namespace ferry::ui
