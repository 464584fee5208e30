#include "RelationshipCard.h"

#include "BytesChart.h"
#include "Formatting.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ferry::ui {
namespace {

constexpr qint64 skewWarningMs = 60'000; // past a minute, newer-wins decisions become doubtful

} // namespace

RelationshipCard::RelationshipCard(const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(name, this))
    , m_remote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_chart(new BytesChart(this))
{
    setObjectName(QStringLiteral("relationshipCard"));
    setProperty("relationship", name);
    setStyleSheet(QStringLiteral("ferry--ui--RelationshipCard { background: palette(alternate-base); border: 1px solid "
                                 "palette(midlight); border-radius: 8px; }"));
    setMinimumWidth(300);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_remote->setForegroundRole(QPalette::PlaceholderText);
    m_remote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("relationshipStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_remote, 1, 0, 1, 2);
    layout->addWidget(m_status, 2, 0, 1, 2);
    m_rows = 3;
    m_lastRun = addRow(tr("Last run"), QStringLiteral("lastRun"));
    m_nextRun = addRow(tr("Next run"), QStringLiteral("nextRun"));
    m_conflicts = addRow(tr("Conflicts"), QStringLiteral("pendingConflicts"));
    m_certificate = addRow(tr("Certificates"), QStringLiteral("certificateExpiry"));
    m_skew = addRow(tr("Clock skew"), QStringLiteral("clockSkew"));
    m_week = addRow(tr("This week"), QStringLiteral("bytesThisWeek"));
    layout->addWidget(m_chart, m_rows, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setNextRun({});
    setClockSkew(std::nullopt);
}

QLabel* RelationshipCard::addRow(const QString& caption, const QString& objectName)
{
    auto* layout = static_cast<QGridLayout*>(this->layout());
    auto* label = new QLabel(caption, this);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    layout->addWidget(label, m_rows, 0, Qt::AlignTop);
    layout->addWidget(value, m_rows, 1);
    ++m_rows;
    return value;
}

void RelationshipCard::setState(State state, const QString& words)
{
    m_state = state;
    m_status->setText(words);
    switch (state) {
    case State::Good:
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: 600;"));
        break;
    case State::Attention:
        m_status->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: 600;"));
        break;
    case State::Problem:
        m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
        break;
    }
}

QString RelationshipCard::statusText() const
{
    return m_status->text();
}

void RelationshipCard::setNextRun(const QDateTime& when)
{
    m_nextRun->setText(when.isValid() ? Formatting::dateTime(when) : tr("Not scheduled"));
}

void RelationshipCard::setClockSkew(std::optional<qint64> milliseconds)
{
    if (!milliseconds) {
        m_skew->setText(tr("Not measured yet"));
        m_skew->setStyleSheet(QString());
        return;
    }
    const double seconds = double(*milliseconds) / 1000.0;
    m_skew->setText(tr("%1 s (the remote clock minus this one)").arg(QLocale().toString(seconds, 'f', 1)));
    m_skew->setStyleSheet(std::abs(*milliseconds) > skewWarningMs ? QStringLiteral("color: #b26a00;") : QString());
}

void RelationshipCard::showRelationship(const Relationship& relationship, const HomeSnapshot& snapshot)
{
    m_remote->setText(relationship.remoteUrl.toString());
    QStringList problems;
    QStringList attention;

    const Run* last = nullptr;
    const Run* measured = nullptr;  // the newest run that got far enough to read the remote's clock
    for (const Run& run : snapshot.recentRuns) {
        if (run.relationshipName != relationship.name) {
            continue;
        }
        if (!last || run.startedAt > last->startedAt) {
            last = &run;
        }
        if (run.clockSkewMs && (!measured || run.startedAt > measured->startedAt)) {
            measured = &run;
        }
    }
    setClockSkew(measured ? measured->clockSkewMs : std::nullopt);
    if (measured && std::abs(*measured->clockSkewMs) > skewWarningMs) {
        attention << tr("The clocks are %1 s apart: newer-wins decisions may pick the wrong side.")
                         .arg(QLocale().toString(double(std::abs(*measured->clockSkewMs)) / 1000.0, 'f', 0));
    }
    if (last) {
        m_lastRun->setText(
            tr("%1, %2 (%3)")
                .arg(Formatting::runState(last->state), Formatting::dateTime(last->startedAt), last->profileName));
        m_lastRun->setStyleSheet(last->state == RunState::Failed ? QStringLiteral("color: #c62828;") : QString());
        if (last->state == RunState::Failed) {
            problems << (last->message.isEmpty() ? tr("The last run failed.")
                                                 : tr("The last run failed: %1").arg(last->message));
        }
    } else {
        m_lastRun->setText(tr("No run yet"));
        m_lastRun->setStyleSheet(QString());
    }

    qint64 pending = 0;
    for (const Conflict& c : snapshot.conflicts) {
        pending += c.relationship == relationship.name && c.status == ConflictStatus::PendingReview;
    }
    m_conflicts->setText(pending > 0 ? tr("%n waiting for your decision", nullptr, int(pending)) : tr("None waiting"));
    m_conflicts->setStyleSheet(pending > 0 ? QStringLiteral("color: #b26a00;") : QString());
    if (pending > 0) {
        attention << tr("%n conflict(s) waiting for your decision.", nullptr, int(pending));
    }

    // This relationship's own certificate, or the remote's pinned one, among those expiring soon.
    const TrustEntry* expiring = nullptr;
    for (const TrustEntry& entry : snapshot.expiringCertificates) {
        const bool ours
            = !relationship.clientCertificatePath.isEmpty() && entry.path == relationship.clientCertificatePath;
        const bool theirs = !relationship.pinnedFingerprint.isEmpty()
            && entry.certificate.fingerprint.compare(relationship.pinnedFingerprint, Qt::CaseInsensitive) == 0;
        if ((ours || theirs) && (!expiring || entry.certificate.notAfter < expiring->certificate.notAfter)) {
            expiring = &entry;
        }
    }
    if (expiring) {
        const qint64 days = expiring->certificate.daysLeft(QDateTime::currentDateTimeUtc());
        const QString text = days < 0
            ? tr("Expired on %1: rotate it").arg(Formatting::dateTime(expiring->certificate.notAfter))
            : tr("Expires in %n day(s)", nullptr, int(days));
        m_certificate->setText(text);
        m_certificate->setStyleSheet(QStringLiteral("color: #c62828;"));
        (days < 0 ? problems : attention) << tr("Certificate: %1.").arg(text);
    } else {
        m_certificate->setText(tr("None expires within %n day(s)", nullptr, snapshot.certificateWarningDays));
        m_certificate->setStyleSheet(QString());
    }

    std::array<qint64, BytesChart::days> bytes {};
    const QDate today = QDate::currentDate();
    for (const Run& run : snapshot.weekRuns) {
        if (run.relationshipName != relationship.name) {
            continue;
        }
        const qint64 age = run.startedAt.toLocalTime().date().daysTo(today);
        if (age >= 0 && age < BytesChart::days) {
            bytes[std::size_t(BytesChart::days - 1 - age)] += run.totals.bytesIn + run.totals.bytesOut;
        }
    }
    m_chart->setBytes(bytes, today);
    m_week->setText(tr("%1 moved").arg(QLocale().formattedDataSize(m_chart->total())));

    if (!problems.isEmpty()) {
        setState(State::Problem, problems.join(QLatin1Char(' ')));
    } else if (!attention.isEmpty()) {
        setState(State::Attention, attention.join(QLatin1Char(' ')));
    } else if (!relationship.initialCopyDone) {
        setState(State::Attention, tr("Waiting for the initial copy."));
    } else {
        setState(State::Good, tr("In step."));
    }
}

} // namespace ferry::ui
