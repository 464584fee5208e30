#include "SyncPair.h"

#include "SecurityFixtures.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ferry::test {

namespace {

QProcessEnvironment quiet()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    return environment;
}

QString writePem(const QString& path, const QByteArray& pem)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size()) {
        return QStringLiteral("cannot write ") + path;
    }
    return {};
}

} // namespace

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed * 2654435761u + 1;
    for (char& c : bytes) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return bytes;
}

SyncPair::SyncPair() = default;

SyncPair::~SyncPair()
{
    stopAgent();
}

ProcessResult SyncPair::stageCtl(const QStringList& arguments, int timeoutMs) const
{
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), m_stage.homePath()} + arguments,
                              quiet(), timeoutMs);
}

ProcessResult SyncPair::prodCtl(const QStringList& arguments) const
{
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), m_prod.homePath()} + arguments,
                              quiet());
}

QString SyncPair::setUp(const SyncPairOptions& options)
{
    if (!m_stage.isValid() || !m_prod.isValid()) {
        return QStringLiteral("no temporary folders");
    }
    m_certs = m_stage.makeFolder(QStringLiteral("certs"));
    m_stage.makeFolder(QStringLiteral("www"));
    m_prod.makeFolder(QStringLiteral("prod"));
    const auto addSite = [&](const TempHome& home, const QString& name, const QString& root, const QString& url) {
        QStringList arguments{QStringLiteral("site"), QStringLiteral("add"), name, QStringLiteral("--files"), root};
        if (!url.isEmpty()) {
            arguments << QStringLiteral("--db") << url << QStringLiteral("--tables") << options.tables.join(QLatin1Char(','));
        }
        return ProcessRunner::run(QStringLiteral("ferryctl"),
                                  QStringList{QStringLiteral("--home"), home.homePath()} + arguments, quiet());
    };
    if (auto added = addSite(m_stage, QStringLiteral("www"), stageRoot(), options.stageDatabaseUrl); added.exitCode != 0) {
        return added.err;
    }
    if (auto added = addSite(m_prod, QStringLiteral("prod"), prodRoot(), options.prodDatabaseUrl); added.exitCode != 0) {
        return added.err;
    }

    auto ca = CertificateAuthority::create(QStringLiteral("Sync Test CA"), KeyType::EcP256);
    if (!ca) {
        return ca.errorMessage();
    }
    auto agent = ca->issue({QStringLiteral("prod-agent"), {}, {QStringLiteral("127.0.0.1")}});
    auto staging = ca->issue({QStringLiteral("staging")});
    if (!agent || !staging) {
        return QStringLiteral("cannot issue the certificates");
    }
    const QString caPath = m_certs + QStringLiteral("/ca.crt");
    const QString certPath = m_certs + QStringLiteral("/staging.crt");
    const QString keyPath = m_certs + QStringLiteral("/staging.key");
    for (const QString& failure : {writePem(caPath, ca->certificate().pem), writePem(certPath, staging->certificate.pem)}) {
        if (!failure.isEmpty()) {
            return failure;
        }
    }
    writeOwnerOnly(keyPath, staging->key.toPem());

    auto trust = TrustStore::open(m_prod.homePath());
    if (!trust) {
        return trust.errorMessage();
    }
    if (!trust->trustCa(ca->certificate()) || !trust->applyNode(agent->certificate, agent->key)
        || !trust->allowPeer({staging->certificate.fingerprint, QStringLiteral("staging"), {}, QStringLiteral("prod"),
                              options.stageMayPush, {}})) {
        return QStringLiteral("cannot set up the agent's trust");
    }
    m_agentArguments = options.agentArguments;
    if (QString started = startAgent(); !started.isEmpty()) {
        return started;
    }
    auto relationship = stageCtl({QStringLiteral("relationship"), QStringLiteral("add"), QStringLiteral("r"),
                                  QStringLiteral("--site"), QStringLiteral("www"), QStringLiteral("--remote"),
                                  QStringLiteral("https://127.0.0.1:%1/prod").arg(m_port), QStringLiteral("--cert"),
                                  certPath, QStringLiteral("--key"), keyPath, QStringLiteral("--ca"), caPath,
                                  QStringLiteral("--no-proxy")});
    return relationship.exitCode == 0 ? QString() : relationship.err;
}

QString SyncPair::startAgent()
{
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(quiet());
    m_agent->setProgram(ProcessRunner::binary(QStringLiteral("ferryd")));
    // The same port again after a restart, so the relationship's URL stays right.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_agent->setArguments(QStringList{QStringLiteral("--home"), m_prod.homePath(), QStringLiteral("--listen"), listen}
                          + m_agentArguments);
    m_agent->start();
    if (!m_agent->waitForStarted()) {
        return QStringLiteral("ferryd did not start");
    }
    QByteArray out;
    while (!out.contains('\n') && m_agent->waitForReadyRead(10000)) {
        out += m_agent->readAllStandardOutput();
    }
    const auto match = QRegularExpression(QStringLiteral("on https://127\\.0\\.0\\.1:(\\d+)/")).match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        return QString::fromUtf8(out + m_agent->readAllStandardError());
    }
    m_port = quint16(match.captured(1).toUInt());
    return {};
}

void SyncPair::stopAgent()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->terminate();
        if (!m_agent->waitForFinished(15000)) {
            m_agent->kill();
            m_agent->waitForFinished();
        }
    }
}

QString SyncPair::addProfile(const QString& name, const QStringList& options) const
{
    auto added = stageCtl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--relationship"),
                                      QStringLiteral("r")}
                          + options);
    return added.exitCode == 0 ? QString() : added.err;
}

SyncOutcome SyncPair::sync(const QString& profile, const QStringList& options, int timeoutMs) const
{
    SyncOutcome outcome;
    outcome.process = stageCtl(QStringList{QStringLiteral("sync"), profile, QStringLiteral("--json")} + options, timeoutMs);
    outcome.json = QJsonDocument::fromJson(outcome.process.out.toUtf8()).object();
    return outcome;
}

std::unique_ptr<QProcess> SyncPair::startSync(const QString& profile, const QStringList& options) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(quiet());
    process->setProgram(ProcessRunner::binary(QStringLiteral("ferryctl")));
    process->setArguments(QStringList{QStringLiteral("--home"), m_stage.homePath(), QStringLiteral("sync"), profile,
                                      QStringLiteral("--json")}
                          + options);
    process->start();
    process->waitForStarted();
    return process;
}

void SyncPair::writeStage(const QString& path, const QByteArray& bytes) const
{
    m_stage.writeFile(QStringLiteral("www/") + path, bytes);
}

void SyncPair::writeProd(const QString& path, const QByteArray& bytes) const
{
    m_prod.writeFile(QStringLiteral("prod/") + path, bytes);
}

QByteArray SyncPair::readStage(const QString& path) const
{
    return readAll(stageRoot() + QLatin1Char('/') + path);
}

QByteArray SyncPair::readProd(const QString& path) const
{
    return readAll(prodRoot() + QLatin1Char('/') + path);
}

QMap<QString, QByteArray> SyncPair::contents(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readAll(path));
    }
    return files;
}

} // namespace ferry::test
