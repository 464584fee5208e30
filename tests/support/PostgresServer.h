#pragma once
// A real PostgreSQL server for tests: a fresh cluster (initdb) in a temporary folder, listening on
// 127.0.0.1 on a free port, stopped and removed when the object goes. As root (CI), the server
// runs as the postgres user, since PostgreSQL refuses to run as root.

#include <QString>
#include <QStringList>

#include <memory>

namespace ferry::test {

class PostgresServer
{
public:
    // Starts a server, or returns null and says why in error.
    static std::unique_ptr<PostgresServer> start(QString* error);
    ~PostgresServer();

    int port() const { return m_port; }
    QString url(const QString& database) const;  // postgresql://ferry@127.0.0.1:PORT/DATABASE
    bool createDatabase(const QString& name, QString* error) const;
    // Stops the server (fast: open connections are cut); restart() starts it again on the same
    // port, whether it was running or stopped.
    bool stop(QString* error) const;
    bool restart(QString* error) const;

private:
    PostgresServer() = default;
    bool run(const QString& program, const QStringList& arguments, QString* error) const;

    QString m_folder;
    QString m_binaries;
    int m_port = 0;
};

} // namespace ferry::test
