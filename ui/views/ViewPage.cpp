#include "ViewPage.h"

#include "widgets/EmptyState.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

ViewPage::ViewPage(const QString& objectName, const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
    , m_actions(new QHBoxLayout)
    , m_body(new QStackedWidget(this))
{
    setObjectName(objectName);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("viewTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);

    auto* description = new QLabel(subtitle, this);
    description->setObjectName(QStringLiteral("viewSubtitle"));
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(heading);
    titles->addWidget(description);

    auto* header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addLayout(m_actions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_body, 1);
}

void ViewPage::addAction(QWidget* button)
{
    m_actions->addWidget(button, 0, Qt::AlignBottom);
}

void ViewPage::setContent(QWidget* content, EmptyState* emptyState)
{
    m_body->addWidget(emptyState);
    m_body->addWidget(content);
}

void ViewPage::showContent(bool hasRecords)
{
    m_body->setCurrentIndex(hasRecords ? 1 : 0);
}

bool ViewPage::isShowingEmptyState() const
{
    return m_body->currentIndex() == 0;
}

QTableView* ViewPage::makeTable(QAbstractItemModel* model, const QString& objectName)
{
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(model, &QAbstractItemModel::modelReset, table, [table]() { table->resizeColumnsToContents(); });
    return table;
}

} // namespace ferry::ui
