#include "ScanReportOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ferry::cli {
namespace {

void warn(QTextStream& err, const QString& what, const QStringList& paths)
{
    if (paths.isEmpty()) {
        return;
    }
    constexpr int shown = 10;
    QStringList listed = paths.mid(0, shown);
    if (paths.size() > shown) {
        listed << ScanReportOutput::tr("and %n more", nullptr, int(paths.size() - shown));
    }
    err << "ferryctl: " << what << ' ' << listed.join(QStringLiteral(", ")) << Qt::endl;
}

} // namespace

void ScanReportOutput::printText(const QString& siteName, const ScanReport& report, QTextStream& out, QTextStream& err)
{
    const QLocale c = QLocale::c();
    out << tr("Scanned %1 in %2 s: %3 files (%4).")
               .arg(siteName, QString::number(double(report.elapsedMs) / 1000.0, 'f', 2), c.toString(report.files),
                    c.formattedDataSize(report.bytes))
        << Qt::endl
        << tr("Files: %1 added, %2 changed, %3 deleted; %4 hashed (%5). Rows changed: %6.")
               .arg(report.added)
               .arg(report.changed)
               .arg(report.deleted)
               .arg(report.hashedFiles)
               .arg(c.formattedDataSize(report.hashedBytes))
               .arg(report.rowsChanged)
        << Qt::endl;
    warn(err, tr("could not read (kept in the index as they were):"), report.unreadable);
    warn(err, tr("links that point outside the files folder (not followed):"), report.linksOutsideRoot);
    warn(err, tr("changed while being read (scan again):"), report.changedWhileReading);
    warn(err, tr("skipped (special files, or names that are not UTF-8):"), report.skipped);
}

void ScanReportOutput::printJson(const QString& siteName, const ScanReport& report, QTextStream& out)
{
    const QJsonObject object{
        {QStringLiteral("site"), siteName},
        {QStringLiteral("files"), report.files},
        {QStringLiteral("bytes"), report.bytes},
        {QStringLiteral("added"), report.added},
        {QStringLiteral("changed"), report.changed},
        {QStringLiteral("deleted"), report.deleted},
        {QStringLiteral("hashedFiles"), report.hashedFiles},
        {QStringLiteral("hashedBytes"), report.hashedBytes},
        {QStringLiteral("rowsChanged"), report.rowsChanged},
        {QStringLiteral("seconds"), double(report.elapsedMs) / 1000.0},
        {QStringLiteral("unreadable"), QJsonArray::fromStringList(report.unreadable)},
        {QStringLiteral("linksOutsideRoot"), QJsonArray::fromStringList(report.linksOutsideRoot)},
        {QStringLiteral("changedWhileReading"), QJsonArray::fromStringList(report.changedWhileReading)},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
    };
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace ferry::cli
