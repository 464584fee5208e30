#include "JobRow.h"

#include "Formatting.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ferry::ui {

JobRow::JobRow(const SyncJob& job, QWidget* parent)
    : QWidget(parent)
    , m_jobId(job.id)
    , m_title(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_current(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_details(new QPushButton(tr("Details"), this))
{
    setObjectName(QStringLiteral("jobRow%1").arg(job.id));
    m_titleText = job.dryRun ? tr("<b>%1</b> (dry run)").arg(job.profileName.toHtmlEscaped())
                             : QStringLiteral("<b>%1</b>").arg(job.profileName.toHtmlEscaped());
    m_title->setText(m_titleText);
    m_phase->setText(tr("Queued"));
    m_phase->setObjectName(QStringLiteral("phase"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(true);
    m_bar->setObjectName(QStringLiteral("progress"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_current->setObjectName(QStringLiteral("currentItem"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setMinimumWidth(1);  // a long path must not widen the panel
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_details->setObjectName(QStringLiteral("details"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_phase, 0, 1);
    layout->addWidget(m_rate, 0, 2, Qt::AlignRight);
    layout->addWidget(m_details, 0, 3, Qt::AlignVCenter);
    layout->addWidget(m_cancel, 1, 3, Qt::AlignVCenter);
    layout->addWidget(m_bar, 1, 0, 1, 3);
    layout->addWidget(m_current, 2, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        emit cancelRequested(m_jobId);
    });
    connect(m_details, &QPushButton::clicked, this, [this]() { emit detailsRequested(m_jobId); });
}

void JobRow::showCancelFailed(const QString& reason)
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    m_current->setText(reason);
    m_current->setToolTip(reason);
}

void JobRow::setOrigin(const QString& origin)
{
    m_title->setText(m_titleText + QStringLiteral(" <span style=\"color: #666666\">%1</span>").arg(origin.toHtmlEscaped()));
}

QString JobRow::phaseText(const QString& phase)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("queued"), tr("Queued")},          {QStringLiteral("connect"), tr("Connecting")},
        {QStringLiteral("walk"), tr("Scanning files")},    {QStringLiteral("hash"), tr("Reading changed files")},
        {QStringLiteral("index"), tr("Recording the scan")}, {QStringLiteral("scan"), tr("Scanning")},
        {QStringLiteral("exchange"), tr("Exchanging changes")}, {QStringLiteral("plan"), tr("Planning")},
        {QStringLiteral("transfer"), tr("Transferring")},  {QStringLiteral("download"), tr("Downloading")},
        {QStringLiteral("upload"), tr("Uploading")},       {QStringLiteral("apply"), tr("Applying")},
        {QStringLiteral("record"), tr("Recording")},       {QStringLiteral("done"), tr("Done")},
    };
    return names.value(phase, phase);
}

void JobRow::showStarted()
{
    m_phase->setText(phaseText(QStringLiteral("connect")));
}

void JobRow::showProgress(const Progress& progress)
{
    m_phase->setText(phaseText(progress.phase));
    const QLocale locale;
    if (progress.bytesTotal > 0) {
        // Per mille of the bytes: QProgressBar holds an int, a site can hold terabytes.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, progress.bytesDone * 1000 / progress.bytesTotal)));
        m_bar->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(progress.bytesDone),
                                            locale.formattedDataSize(progress.bytesTotal)));
    } else if (progress.itemsTotal > 0) {
        m_bar->setRange(0, int(std::min<qint64>(progress.itemsTotal, INT_MAX)));
        m_bar->setValue(int(std::min<qint64>(progress.itemsDone, INT_MAX)));
        m_bar->setFormat(tr("%1 of %2 items").arg(progress.itemsDone).arg(progress.itemsTotal));
    } else {
        m_bar->setRange(0, 0);
    }
    QString rate;
    if (progress.bytesPerSecond > 0) {
        rate = tr("%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    }
    if (progress.etaSeconds >= 0) {
        const qint64 s = progress.etaSeconds;
        const QString left = s >= 3600 ? tr("%1 h %2 min left").arg(s / 3600).arg((s % 3600) / 60)
                             : s >= 60 ? tr("%1 min %2 s left").arg(s / 60).arg(s % 60)
                                       : tr("%1 s left").arg(s);
        rate = rate.isEmpty() ? left : rate + QStringLiteral(" · ") + left;
    }
    m_rate->setText(rate);
    m_current->setText(fontMetrics().elidedText(progress.currentItem, Qt::ElideMiddle, std::max(200, width() - 40)));
    m_current->setToolTip(progress.currentItem);
}

void JobRow::showFinished(const SyncJob& job)
{
    m_cancel->hide();
    m_rate->clear();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_bar->setFormat(Formatting::runState(job.result));
    m_phase->setText(Formatting::runState(job.result));
    const bool bad = job.result == RunState::Failed;
    m_phase->setStyleSheet(bad ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_current->setText(job.message);
    m_current->setWordWrap(true);
    m_current->setToolTip(job.message);
}

} // namespace ferry::ui
