#pragma once
// One conflict side by side: each version's metadata (size, modified, version, hash) above its
// content — a line diff for text, both images for pictures, a field-by-field table for rows with
// the differing fields highlighted, or why the content cannot be shown.

#include "services/ConflictContent.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace ferry::ui {

class ConflictDetail : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictDetail(QWidget* parent = nullptr);

    void showNothing();
    void showLoading(const ferry::Conflict& conflict);
    void showContent(const ferry::Conflict& conflict, const ferry::ConflictContent& content);

private:
    void showText(const ferry::ConflictContent& content);
    void showImages(const ferry::ConflictContent& content);
    void showRows(const ferry::ConflictContent& content);
    static QString describe(const QJsonObject& side);

    QLabel* m_title;
    QLabel* m_localMeta;
    QLabel* m_remoteMeta;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QTableWidget* m_diff;
    QLabel* m_localImage;
    QLabel* m_remoteImage;
    QTableWidget* m_rows;
};

} // namespace ferry::ui
