#include "DemoHome.h"

#include "home/Home.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"
#include "site/ContentDatabase.h"
#include "site/SiteRegistry.h"
#include "store/Sql.h"
#include "sync/ProfileRegistry.h"
#include "sync/RelationshipRegistry.h"
#include "sync/SyncRun.h"

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

QString DemoHome::agentHomePath(const QString& root)
{
    return root + QStringLiteral("/agent");
}

Result<void> DemoHome::createPages(const QString& databasePath, const QStringList& titles)
{
    // Ferry opens only content databases that exist: an empty file is a new SQLite database.
    if (QFile file(databasePath); !file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot create %1.").arg(databasePath));
    }
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + databasePath);
    if (!url) {
        return url.error();
    }
    auto database = ContentDatabase::open(url.value());
    if (!database) {
        return database.error();
    }
    const QSqlDatabase db = database.value()->database();
    if (auto made = sql::exec(db, QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)"));
        !made) {
        return made.error();
    }
    for (int i = 0; i < titles.size(); ++i) {
        if (auto added = sql::exec(db, QStringLiteral("INSERT INTO pages (id, title, body) VALUES (?, ?, ?)"),
                                   {i + 1, titles[i], QStringLiteral("<p>%1</p>").arg(titles[i])});
            !added) {
            return added.error();
        }
    }
    return {};
}

Result<void> DemoHome::issueCertificates(const QString& root)
{
    auto ca = CertificateAuthority::create(tr("Ferry Demo CA"), KeyType::EcP256);
    if (!ca) {
        return ca.error();
    }
    auto agent = ca->issue({QStringLiteral("production"), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}});
    auto staging = ca->issue({QStringLiteral("staging")});
    if (!agent || !staging) {
        return fail(!agent ? agent.errorMessage() : staging.errorMessage());
    }
    const QString certs = root + QStringLiteral("/certs");
    if (!QDir().mkpath(certs)) {
        return fail(tr("Cannot create %1.").arg(certs));
    }
    for (const auto& [name, bytes] : {std::pair{QStringLiteral("ca.crt"), ca->certificate().pem},
                                      std::pair{QStringLiteral("staging.crt"), staging->certificate.pem},
                                      std::pair{QStringLiteral("staging.key"), staging->key.toPem()}}) {
        QFile file(certs + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return fail(tr("Cannot write %1.").arg(file.fileName()));
        }
    }
    // Production trusts the CA, serves with its own certificate, and lets staging push.
    auto agentTrust = TrustStore::open(agentHomePath(root));
    if (!agentTrust) {
        return agentTrust.error();
    }
    if (auto done = agentTrust->trustCa(ca->certificate()); !done) {
        return done;
    }
    if (auto done = agentTrust->applyNode(agent->certificate, agent->key); !done) {
        return done;
    }
    if (auto done = agentTrust->allowPeer({staging->certificate.fingerprint, QStringLiteral("staging"), {},
                                           QStringLiteral("production"), true, {}});
        !done) {
        return done;
    }
    // This side trusts the CA too, and shows it in the Certificates view.
    auto trust = TrustStore::open(root + QStringLiteral("/home"));
    if (!trust) {
        return trust.error();
    }
    return trust->trustCa(ca->certificate());
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
    if (auto made = createPages(root + QStringLiteral("/sites/staging.db"),
                                {QStringLiteral("Welcome"), QStringLiteral("Spring range"), QStringLiteral("Opening hours")});
        !made) {
        return made.error();
    }
    if (auto made = createPages(root + QStringLiteral("/sites/production.db"), {QStringLiteral("Welcome")}); !made) {
        return made.error();
    }

    auto home = Home::open(root + QStringLiteral("/home"));
    auto agentHome = Home::open(agentHomePath(root));
    if (!home || !agentHome) {
        return !home ? home.error() : agentHome.error();
    }
    for (const auto& [path, draft] :
         {std::pair{home->stateDatabasePath(),
                    SiteDraft{QStringLiteral("staging"), staging, 0,
                              QStringLiteral("sqlite://") + root + QStringLiteral("/sites/staging.db"), {QStringLiteral("pages")}}},
          std::pair{agentHome->stateDatabasePath(),
                    SiteDraft{QStringLiteral("production"), production, 1,
                              QStringLiteral("sqlite://") + root + QStringLiteral("/sites/production.db"),
                              {QStringLiteral("pages")}}}}) {
        auto store = StateStore::open(path);
        if (!store) {
            return store.error();
        }
        if (auto site = SiteRegistry(*store.value()).add(draft); !site) {
            return site.error();
        }
    }
    if (auto issued = issueCertificates(root); !issued) {
        return issued.error();
    }
    return home->path();
}

Result<void> DemoHome::connect(const QString& root, quint16 port)
{
    const QString homePath = root + QStringLiteral("/home");
    auto store = StateStore::open(homePath + QStringLiteral("/state.db"));
    if (!store) {
        return store.error();
    }
    const QString certs = root + QStringLiteral("/certs");
    auto relationship = RelationshipRegistry(*store.value(), homePath)
                            .add({.name = QStringLiteral("staging-to-production"),
                                  .siteName = QStringLiteral("staging"),
                                  .remoteUrl = QStringLiteral("https://127.0.0.1:%1/production").arg(port),
                                  .certificatePath = certs + QStringLiteral("/staging.crt"),
                                  .keyPath = certs + QStringLiteral("/staging.key"),
                                  .caPath = certs + QStringLiteral("/ca.crt"),
                                  .bypassProxy = true});
    if (!relationship) {
        return relationship.error();
    }
    ProfileRegistry profiles(*store.value());
    for (const ProfileDraft& draft :
         {ProfileDraft{.name = QStringLiteral("publish"), .relationshipName = relationship->name, .direction = Direction::Upload,
                       .conflictPolicy = ConflictPolicy::Manual},
          ProfileDraft{.name = QStringLiteral("two-way"), .relationshipName = relationship->name,
                       .direction = Direction::Bidirectional, .conflictPolicy = ConflictPolicy::Manual}}) {
        if (auto added = profiles.add(draft); !added) {
            return added.error();
        }
    }
    store.value().reset();

    // The initial copy publishes staging; then both sides edit the About page (a conflict to
    // review), and staging gets a change waiting to be published.
    std::atomic_bool cancelled = false;
    auto first = SyncRun::execute({.homePath = homePath, .profileName = QStringLiteral("publish"), .confirmed = true,
                                   .trigger = RunTrigger::Manual},
                                  cancelled);
    if (!first) {
        return first.error();
    }
    const QString production = root + QStringLiteral("/sites/production");
    const QString staging = root + QStringLiteral("/sites/staging");
    if (auto written = writeFiles(staging, {{QStringLiteral("about.html"),
                                             page("About us", "<h1>About us</h1><p>Family run since 1998.</p>")}});
        !written) {
        return written;
    }
    if (auto written = writeFiles(production, {{QStringLiteral("about.html"),
                                                page("About us", "<h1>About us</h1><p>Open every day but Monday.</p>")}});
        !written) {
        return written;
    }
    auto second = SyncRun::execute({.homePath = homePath, .profileName = QStringLiteral("two-way"), .trigger = RunTrigger::Manual},
                                   cancelled);
    if (!second) {
        return second.error();
    }
    return writeFiles(staging, {{QStringLiteral("index.html"),
                                 page("Welcome", "<h1>Welcome</h1><p>New spring range, now with lemon cake.</p>")}});
}

} // namespace ferry
