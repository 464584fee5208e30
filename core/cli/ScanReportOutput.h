#pragma once
// How ferryctl prints a scan's report: a few lines for a person (problems on stderr), or one
// JSON object for scripts.

#include "site/SiteScanner.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ferry::cli {

class ScanReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ScanReportOutput)

public:
    static void printText(const QString& siteName, const ScanReport& report, QTextStream& out, QTextStream& err);
    static void printJson(const QString& siteName, const ScanReport& report, QTextStream& out);
};

} // namespace ferry::cli
