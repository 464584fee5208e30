#include "ConflictDetail.h"

#include "Formatting.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QStackedWidget>
#include <QTableWidget>

namespace ferry::ui {
namespace {

const QColor localColour(0xfd, 0xe2, 0xe1); // lines and fields only the local side has
const QColor remoteColour(0xdc, 0xf5, 0xdc); // … only the remote side has
const QColor changedColour(0xff, 0xf3, 0xc4); // a row field that differs

enum Page { MessagePage, DiffPage, ImagePage, RowsPage };

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

QString valueText(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isNull()) {
        return QStringLiteral("NULL");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString::fromUtf8((value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

ConflictDetail::ConflictDetail(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_localMeta(new QLabel(this))
    , m_remoteMeta(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_localImage(new QLabel(this))
    , m_remoteImage(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDetail"));
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* meta : { m_localMeta, m_remoteMeta }) {
        meta->setWordWrap(true);
        meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
        meta->setForegroundRole(QPalette::PlaceholderText);
    }
    m_localMeta->setObjectName(QStringLiteral("conflictLocalMeta"));
    m_remoteMeta->setObjectName(QStringLiteral("conflictRemoteMeta"));

    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_diff = makeTable(QStringLiteral("conflictDiff"), { tr("Local"), tr("Remote") }, this);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->verticalHeader()->setDefaultSectionSize(m_diff->fontMetrics().height() + 4);

    auto* images = new QWidget(this);
    auto* imageRow = new QHBoxLayout(images);
    for (QLabel* image : { m_localImage, m_remoteImage }) {
        image->setAlignment(Qt::AlignCenter);
        image->setMinimumSize(120, 120);
        image->setFrameShape(QFrame::StyledPanel);
        imageRow->addWidget(image, 1);
    }
    m_localImage->setObjectName(QStringLiteral("conflictLocalImage"));
    m_remoteImage->setObjectName(QStringLiteral("conflictRemoteImage"));

    m_rows = makeTable(QStringLiteral("conflictFields"), { tr("Field"), tr("Local"), tr("Remote") }, this);

    m_pages->addWidget(m_message);
    m_pages->addWidget(m_diff);
    m_pages->addWidget(images);
    m_pages->addWidget(m_rows);

    auto* localHeading = new QLabel(tr("Local version"), this);
    auto* remoteHeading = new QLabel(tr("Remote version"), this);
    for (QLabel* heading : { localHeading, remoteHeading }) {
        heading->setFont(titleFont);
    }
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(localHeading, 1, 0);
    layout->addWidget(remoteHeading, 1, 1);
    layout->addWidget(m_localMeta, 2, 0);
    layout->addWidget(m_remoteMeta, 2, 1);
    layout->addWidget(m_pages, 3, 0, 1, 2);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    showNothing();
}

void ConflictDetail::showNothing()
{
    m_title->setText(tr("Select a conflict to see both versions."));
    m_localMeta->clear();
    m_remoteMeta->clear();
    m_message->clear();
    m_pages->setCurrentIndex(MessagePage);
}

void ConflictDetail::showLoading(const Conflict& conflict)
{
    m_title->setText(tr("%1 — %2").arg(conflict.item, conflict.relationship));
    m_localMeta->setText(describe(conflict.local));
    m_remoteMeta->setText(describe(conflict.remote));
    m_message->setText(tr("Reading both versions…"));
    m_pages->setCurrentIndex(MessagePage);
}

QString ConflictDetail::describe(const QJsonObject& side)
{
    QStringList parts;
    if (side.contains(QLatin1String("size"))) {
        parts << QLocale().formattedDataSize(qint64(side.value(QLatin1String("size")).toDouble()));
    }
    const QDateTime modified = QDateTime::fromString(side.value(QLatin1String("modified")).toString(), Qt::ISODate);
    if (modified.isValid()) {
        parts << tr("modified %1").arg(Formatting::dateTime(modified));
    }
    const QJsonValue version = side.value(QLatin1String("version"));
    if (!version.isUndefined()) {
        parts << tr("version %1").arg(valueText(version));
    }
    const QString hash = side.value(QLatin1String("hash")).toString();
    if (!hash.isEmpty()) {
        parts << tr("hash %1…").arg(hash.left(12));
    }
    return parts.isEmpty() ? tr("No details recorded") : parts.join(QStringLiteral(" · "));
}

void ConflictDetail::showContent(const Conflict& conflict, const ConflictContent& content)
{
    showLoading(conflict);
    if (content.remote.fetched) {
        m_remoteMeta->setText(m_remoteMeta->text() + QStringLiteral(" · ")
                              + tr("content read from the remote site just now"));
    }
    switch (content.kind) {
    case ConflictContent::Kind::Unavailable:
        m_message->setText(tr("Content not available: no copy of either version was kept. The details above are all "
                              "Ferry recorded."));
        m_pages->setCurrentIndex(MessagePage);
        return;
    case ConflictContent::Kind::Binary:
        m_message->setText(tr("Neither text nor a picture: compare the details above."));
        m_pages->setCurrentIndex(MessagePage);
        return;
    case ConflictContent::Kind::Text:
        showText(content);
        return;
    case ConflictContent::Kind::Image:
        showImages(content);
        return;
    case ConflictContent::Kind::Rows:
        showRows(content);
        return;
    }
}

void ConflictDetail::showText(const ConflictContent& content)
{
    // Side by side: shared lines stay level; a run of lines only the local side has, followed by
    // a run only the remote side has, is a change and shares rows, the way people read a diff.
    struct Row {
        QString left;
        QString right;
        bool leftOnly = false;
        bool rightOnly = false;
    };
    std::vector<Row> rows;
    const auto& diff = content.diff;
    for (std::size_t i = 0; i < diff.size();) {
        if (diff[i].kind == DiffLine::Kind::Same) {
            rows.push_back({ diff[i].text, diff[i].text });
            ++i;
            continue;
        }
        QStringList removed;
        QStringList added;
        while (i < diff.size() && diff[i].kind == DiffLine::Kind::LocalOnly) {
            removed << diff[i++].text;
        }
        while (i < diff.size() && diff[i].kind == DiffLine::Kind::RemoteOnly) {
            added << diff[i++].text;
        }
        for (qsizetype k = 0; k < std::max(removed.size(), added.size()); ++k) {
            rows.push_back({ removed.value(k), added.value(k), k < removed.size(), k < added.size() });
        }
    }
    m_diff->setRowCount(0);
    m_diff->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        auto* left = new QTableWidgetItem(rows[std::size_t(row)].left);
        auto* right = new QTableWidgetItem(rows[std::size_t(row)].right);
        if (rows[std::size_t(row)].leftOnly) {
            left->setBackground(localColour);
        }
        if (rows[std::size_t(row)].rightOnly) {
            right->setBackground(remoteColour);
        }
        m_diff->setItem(row, 0, left);
        m_diff->setItem(row, 1, right);
    }
    QStringList headers { tr("Local"), tr("Remote") };
    if (!content.local.available) {
        headers[0] = content.local.problem;
    }
    if (!content.remote.available) {
        headers[1] = content.remote.problem;
    }
    m_diff->setHorizontalHeaderLabels(headers);
    m_pages->setCurrentIndex(DiffPage);
}

void ConflictDetail::showImages(const ConflictContent& content)
{
    const auto show = [](QLabel* label, const ConflictSide& side) {
        QPixmap pixmap;
        if (side.available && pixmap.loadFromData(side.bytes)) {
            label->setPixmap(pixmap.width() > 360 || pixmap.height() > 280
                    ? pixmap.scaled(360, 280, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : pixmap);
            label->setToolTip(tr("%1 × %2 pixels").arg(pixmap.width()).arg(pixmap.height()));
        } else {
            label->setPixmap({});
            label->setText(side.available ? tr("Not a picture Ferry can show.") : side.problem);
            label->setWordWrap(true);
        }
    };
    show(m_localImage, content.local);
    show(m_remoteImage, content.remote);
    m_pages->setCurrentIndex(ImagePage);
}

void ConflictDetail::showRows(const ConflictContent& content)
{
    m_rows->setRowCount(0);
    m_rows->setRowCount(int(content.columns.size()));
    int row = 0;
    for (const QString& column : content.columns) {
        const QJsonValue local = content.local.values.value(column);
        const QJsonValue remote = content.remote.values.value(column);
        auto* name = new QTableWidgetItem(column);
        auto* left = new QTableWidgetItem(valueText(local));
        auto* right = new QTableWidgetItem(valueText(remote));
        if (local != remote) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            for (QTableWidgetItem* item : { name, left, right }) {
                item->setBackground(changedColour);
                item->setData(Qt::UserRole, true); // differs: for the eye and for tests
            }
        }
        m_rows->setItem(row, 0, name);
        m_rows->setItem(row, 1, left);
        m_rows->setItem(row, 2, right);
        ++row;
    }
    m_pages->setCurrentIndex(RowsPage);
}

} // namespace ferry::ui
