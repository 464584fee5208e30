#pragma once
// Reports, in the agent's log, the certificates of its home that expire within the trust store's
// warning threshold (or have expired): when the agent starts and once a day after, since an agent
// runs for months and a certificate that lapses stops every sync with it.

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace ferry {

class CertificateExpiryWatch : public QObject
{
    Q_OBJECT

public:
    explicit CertificateExpiryWatch(QString homePath, QObject* parent = nullptr);

    void start();
    // One sentence per certificate to report.
    static QStringList warnings(const QString& homePath, const QDateTime& now);

private:
    void check();

    QString m_homePath;
    QTimer m_timer;
};

} // namespace ferry
