#include "DemoHome.h"

#include "home/Home.h"
#include "site/SiteRegistry.h"
#include "store/StateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ferry {
namespace {

QByteArray page(const char* title, const char* body)
{
    return QByteArrayLiteral("<!doctype html>\n<html><head><title>") + title
        + QByteArrayLiteral("</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>\n<body>") + body
        + QByteArrayLiteral("</body></html>\n");
}

} // namespace

Result<void> DemoHome::writeFiles(const QString& siteRoot, const QList<std::pair<QString, QByteArray>>& files)
{
    for (const auto& [relativePath, content] : files) {
        const QString path = siteRoot + QLatin1Char('/') + relativePath;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return fail(tr("Cannot create the demo folder for %1.").arg(path));
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            return fail(tr("Cannot write the demo file %1 (%2).").arg(path, file.errorString()));
        }
    }
    return {};
}

Result<QString> DemoHome::create(const QString& root)
{
    const QString staging = root + QStringLiteral("/sites/staging");
    const QString production = root + QStringLiteral("/sites/production");
    const QByteArray css = QByteArrayLiteral("body { font-family: sans-serif; margin: 2em auto; max-width: 40em; }\n");
    const QByteArray logo = QByteArrayLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"30\" "
        "fill=\"#2a6f97\"/></svg>\n");
    if (auto written = writeFiles(staging,
                                  {{QStringLiteral("index.html"), page("Welcome", "<h1>Welcome</h1><p>New spring range.</p>")},
                                   {QStringLiteral("about.html"), page("About us", "<h1>About us</h1>")},
                                   {QStringLiteral("css/site.css"), css},
                                   {QStringLiteral("images/logo.svg"), logo},
                                   {QStringLiteral("uploads/2026/11/price-list.txt"), QByteArrayLiteral("Tea 4.50\nCake 3.20\n")}});
        !written) {
        return written.error();
    }
    if (auto written = writeFiles(production,
                                  {{QStringLiteral("index.html"), page("Welcome", "<h1>Welcome</h1><p>Winter range.</p>")},
                                   {QStringLiteral("css/site.css"), css}});
        !written) {
        return written.error();
    }

    auto home = Home::open(root + QStringLiteral("/home"));
    if (!home) {
        return home.error();
    }
    auto store = StateStore::open(home->stateDatabasePath());
    if (!store) {
        return store.error();
    }
    SiteRegistry registry(*store.value());
    for (const SiteDraft& draft : {SiteDraft{.name = QStringLiteral("staging"), .filesRoot = staging, .stage = 0},
                                   SiteDraft{.name = QStringLiteral("production"), .filesRoot = production, .stage = 1}}) {
        if (auto site = registry.add(draft); !site) {
            return site.error();
        }
    }
    return home->path();
}

} // namespace ferry
