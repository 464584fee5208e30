#pragma once
// A read-only table over a list of records, described by its columns. Views hand it fresh
// records after every refresh; when nothing visible changed it keeps its rows, so selection and
// scroll position survive the periodic refresh.

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace ferry::ui {

template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column {
        QString title;
        std::function<QVariant(const Record&)> display;
        std::function<QVariant(const Record&, int role)> decoration = {};  // colours, icons, alignment
    };

    explicit RecordTableModel(std::vector<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {
    }

    void setRecords(std::vector<Record> records)
    {
        std::vector<QVariantList> display;
        display.reserve(records.size());
        for (const Record& record : records) {
            QVariantList row;
            for (const Column& column : m_columns) {
                row << column.display(record);
            }
            display.push_back(std::move(row));
        }
        if (display == m_display) {
            m_records = std::move(records);  // same text, but keep ids and details current
            return;
        }
        beginResetModel();
        m_records = std::move(records);
        m_display = std::move(display);
        endResetModel();
    }

    const Record& record(int row) const { return m_records.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount()) {
            return {};
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return m_display.at(std::size_t(index.row())).at(index.column());
        }
        const Column& column = m_columns.at(std::size_t(index.column()));
        return column.decoration ? column.decoration(record(index.row()), role) : QVariant();
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount()) {
            return m_columns.at(std::size_t(section)).title;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    std::vector<Column> m_columns;
    std::vector<Record> m_records;
    std::vector<QVariantList> m_display;
};

} // namespace ferry::ui
