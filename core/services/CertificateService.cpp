#include "CertificateService.h"

#include "common/Logging.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace ferry {
namespace {

// Runs on a worker thread: opens the store afresh, since the agent and ferryctl change it too.
template<typename T, typename Work>
Result<T> withConfigurator(const QString& homePath, Work work)
{
    auto store = TrustStore::open(homePath);
    if (!store) {
        return store.error();
    }
    SecurityConfigurator configurator(std::move(store).value());
    return work(configurator);
}

} // namespace

CertificateService::CertificateService(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    qRegisterMetaType<ferry::TrustOverview>();
}

template<typename T, typename Work>
void CertificateService::start(Work work, Done<T> done, bool changes)
{
    auto future = QtConcurrent::run([homePath = m_homePath, work]() { return withConfigurator<T>(homePath, work); });
    auto* watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcher<Result<T>>::finished, this, [this, watcher, done, changes]() {
        const Result<T> result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            qCInfo(lcServices) << "certificate operation failed:" << result.errorMessage();
        }
        if (done) {
            done(result);
        }
        if (changes && result) {
            emit changed();
            refresh();
        }
    });
    watcher->setFuture(future);
}

void CertificateService::refresh()
{
    if (m_refreshRunning) {
        m_refreshPending = true;
        return;
    }
    m_refreshRunning = true;
    start<TrustOverview>(
        [](SecurityConfigurator& configurator) -> Result<TrustOverview> {
            auto entries = configurator.store().entries();
            if (!entries) {
                return entries.error();
            }
            TrustOverview overview;
            overview.entries = entries.value();
            overview.expiryWarningDays = configurator.store().expiryWarningDays();
            overview.hasCa = configurator.store().hasCa();
            if (overview.hasCa) {
                auto ca = configurator.store().caCertificate();
                if (ca) {
                    overview.ca = ca.value();
                }
            }
            return overview;
        },
        [this](const Result<TrustOverview>& result) {
            m_refreshRunning = false;
            if (result) {
                emit overviewReady(result.value());
            } else {
                emit loadFailed(result.errorMessage());
            }
            if (m_refreshPending) {
                m_refreshPending = false;
                refresh();
            }
        },
        false);
}

void CertificateService::createCa(const QString& name, KeyType keyType, Done<CaCreated> done)
{
    start<CaCreated>([name, keyType](SecurityConfigurator& c) { return c.createCa(name, keyType); }, std::move(done), true);
}

void CertificateService::issue(const NodeRequest& request, Done<IssuedNode> done)
{
    start<IssuedNode>(
        [request](SecurityConfigurator& c) -> Result<IssuedNode> {
            auto issued = c.issue(request);
            if (!issued) {
                return issued.error();
            }
            auto ca = c.store().caCertificate();
            if (!ca) {
                return ca.error();
            }
            return IssuedNode{issued.value(), ca.value()};
        },
        std::move(done), true);
}

void CertificateService::exportBundle(const IssuedNode& node, const QString& path, const QByteArray& passphrase,
                                      Done<QString> done)
{
    start<QString>(
        [node, path, passphrase](SecurityConfigurator&) {
            return SecurityConfigurator::exportBundle(node.issued, node.ca, path, passphrase);
        },
        std::move(done), false);
}

void CertificateService::inspect(const ImportRequest& request, Done<ImportPreview> done)
{
    start<ImportPreview>([request](SecurityConfigurator& c) { return c.inspect(request); }, std::move(done), false);
}

void CertificateService::importFile(const ImportRequest& request, Done<ImportPreview> done)
{
    start<ImportPreview>([request](SecurityConfigurator& c) { return c.import(request); }, std::move(done), true);
}

void CertificateService::untrust(const QString& fingerprint, Done<TrustEntry> done)
{
    start<TrustEntry>([fingerprint](SecurityConfigurator& c) { return c.store().untrust(fingerprint); }, std::move(done),
                      true);
}

} // namespace ferry
