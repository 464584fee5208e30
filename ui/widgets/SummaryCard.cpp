#include "SummaryCard.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>

namespace ferry::ui {

SummaryCard::SummaryCard(const QString& iconPath, const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
{
    // Namespaced classes are matched as ferry--ui--SummaryCard in style sheets.
    setStyleSheet(QStringLiteral("ferry--ui--SummaryCard { background: palette(alternate-base); border: 1px solid "
                                 "palette(midlight); border-radius: 8px; }"));
    setMinimumWidth(140);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(24, 24));
    auto* title = new QLabel(caption, this);
    title->setForegroundRole(QPalette::PlaceholderText);

    m_value->setObjectName(QStringLiteral("cardValue"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_detail->setObjectName(QStringLiteral("cardDetail"));
    m_detail->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(icon, 0, 0);
    layout->addWidget(title, 0, 1);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_detail, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);
}

void SummaryCard::setValue(const QString& value, const QString& detail, Tone tone)
{
    m_value->setText(value);
    m_detail->setText(detail);
    // The card's style sheet overrides palettes, so the tone is a style sheet too.
    switch (tone) {
    case Tone::Neutral:
        m_value->setStyleSheet(QString());
        break;
    case Tone::Good:
        m_value->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case Tone::Attention:
        m_value->setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    }
}

QString SummaryCard::value() const
{
    return m_value->text();
}

} // namespace ferry::ui
