#pragma once
// For GUI tests: with FERRY_SCREENSHOT_DIR set, saves what a widget shows there as NAME.png, so
// docs/images can be refreshed from the same states the tests assert on.

#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace ferry::test {

inline void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(200);  // let pending paints and layouts finish
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace ferry::test
