#include "SyncLogExport.h"

#include "common/Csv.h"
#include "store/SyncLogRepository.h"

#include <QSaveFile>

namespace ferry {

QStringList SyncLogExport::header()
{
    // Column names are part of what scripts read: add, never rename.
    return { QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("run"), QStringLiteral("relationship"),
        QStringLiteral("site"), QStringLiteral("resource"), QStringLiteral("mode"), QStringLiteral("action"),
        QStringLiteral("result"), QStringLiteral("remote_error"), QStringLiteral("message") };
}

QStringList SyncLogExport::fields(const LogEntry& e)
{
    return { QString::number(e.id), e.time.toUTC().toString(Qt::ISODateWithMs),
        e.runId > 0 ? QString::number(e.runId) : QString(), e.relationship, e.site, e.resource,
        enumKey(logModeKeys, e.mode), e.action, enumKey(logResultKeys, e.result),
        e.remoteError ? QStringLiteral("yes") : QStringLiteral("no"), e.message };
}

Result<qint64> SyncLogExport::write(
    const SyncLogRepository& log, const SyncLogFilter& filter, const QString& path, const std::atomic_bool* cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write %1 (%2). Choose a folder you can write to.").arg(path, file.errorString()));
    }
    file.write(Csv::record(header()));
    qint64 written = 0;
    qint64 before = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return fail(tr("The export was cancelled; no file was written."));
        }
        auto page = log.page(filter, before, batchSize);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        for (const LogEntry& entry : *page) {
            file.write(Csv::record(fields(entry)));
        }
        written += qint64(page->size());
        if (page->size() < std::size_t(batchSize)) {
            break;
        }
        before = page->back().id;
    }
    if (!file.commit()) {
        return fail(tr("Cannot write %1 (%2). Is the disk full?").arg(path, file.errorString()));
    }
    return written;
}

} // namespace ferry
