#pragma once
// The frame every main-window view shares: a title and a line on what the view is for, a place
// for the view's buttons, and its content, which gives way to an empty state when there is
// nothing to show.

#include "services/HomeSnapshot.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QStackedWidget;
class QTableView;

namespace ferry::ui {

class EmptyState;

class ViewPage : public QWidget
{
    Q_OBJECT

public:
    ViewPage(const QString& objectName, const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    virtual void showSnapshot(const ferry::HomeSnapshot& snapshot) = 0;

    bool isShowingEmptyState() const;

protected:
    void addAction(QWidget* button);
    void setContent(QWidget* content, EmptyState* emptyState);
    void showContent(bool hasRecords);
    QTableView* makeTable(QAbstractItemModel* model, const QString& objectName);

private:
    QHBoxLayout* m_actions;
    QStackedWidget* m_body;
};

} // namespace ferry::ui
