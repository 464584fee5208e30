#include "EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ferry::ui {

EmptyState::EmptyState(const QString& iconPath, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(text, this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(72, 72, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed width in a centred row (rather than an alignment flag, which drops height-for-width)
    // lets the wrapped sentence take as many lines as it needs.
    m_text->setFixedWidth(520);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

QPushButton* EmptyState::setAction(const QString& text)
{
    if (!m_action) {
        m_action = new QPushButton(this);
        m_action->setObjectName(QStringLiteral("emptyStateAction"));
        auto* box = static_cast<QVBoxLayout*>(layout());
        box->insertSpacing(box->count() - 1, 12);
        box->insertWidget(box->count() - 1, m_action, 0, Qt::AlignHCenter);
    }
    m_action->setText(text);
    return m_action;
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

} // namespace ferry::ui
