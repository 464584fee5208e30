#include "BytesChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ferry::ui {

BytesChart::BytesChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bytesChart"));
    setMinimumHeight(64);
}

void BytesChart::setBytes(const std::array<qint64, days>& bytes, const QDate& today)
{
    m_bytes = bytes;
    m_today = today;
    QStringList tip;
    for (int i = 0; i < days; ++i) {
        tip << tr("%1: %2").arg(QLocale().toString(today.addDays(i - days + 1), QStringLiteral("ddd d MMM")),
            QLocale().formattedDataSize(bytes[std::size_t(i)]));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

qint64 BytesChart::total() const
{
    qint64 sum = 0;
    for (qint64 b : m_bytes) {
        sum += b;
    }
    return sum;
}

QSize BytesChart::sizeHint() const
{
    return { 220, 72 };
}

void BytesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int labelHeight = fontMetrics().height();
    const QRectF area(0, 2, width(), height() - labelHeight - 6);
    const qint64 peak = std::max<qint64>(1, *std::max_element(m_bytes.begin(), m_bytes.end()));
    const qreal slot = area.width() / days;
    const qreal barWidth = slot * 0.6;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, area.bottom()), QPointF(width(), area.bottom()));
    for (int i = 0; i < days; ++i) {
        const qint64 value = m_bytes[std::size_t(i)];
        // A day with any traffic gets at least a sliver, so "a little" does not read as "nothing".
        const qreal h = value > 0 ? std::max<qreal>(2.0, area.height() * qreal(value) / qreal(peak)) : 0.0;
        const QRectF bar(area.left() + i * slot + (slot - barWidth) / 2, area.bottom() - h, barWidth, h);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == days - 1 ? palette().color(QPalette::Highlight) : QColor(0x90, 0xa4, 0xae));
        painter.drawRoundedRect(bar, 2, 2);
        if (m_today.isValid()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            const QString day = QLocale().dayName(m_today.addDays(i - days + 1).dayOfWeek(), QLocale::ShortFormat);
            painter.drawText(
                QRectF(area.left() + i * slot, area.bottom() + 3, slot, labelHeight), Qt::AlignCenter, day);
        }
    }
}

} // namespace ferry::ui
