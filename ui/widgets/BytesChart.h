#pragma once
// A small bar chart of bytes moved per day over the last seven days, drawn with QPainter: seven
// bars on a dashboard card need no axes, legends or a scene (the run detail's throughput chart
// uses Qt Charts).

#include <QDate>
#include <QWidget>

#include <array>

namespace ferry::ui {

class BytesChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int days = 7;

    explicit BytesChart(QWidget* parent = nullptr);

    // bytes[0] is six days ago, bytes[6] is today.
    void setBytes(const std::array<qint64, days>& bytes, const QDate& today);
    const std::array<qint64, days>& bytes() const { return m_bytes; }
    qint64 total() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<qint64, days> m_bytes {};
    QDate m_today;
};

} // namespace ferry::ui
