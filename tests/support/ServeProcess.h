// The real `allium-usage --serve` for end-to-end tests: a home of its own (settings, history),
// organizations written to its settings file with their keys as systemd credentials (never on its
// command line), started with QProcess; the address it listens on is read from its first log
// line, so it can listen on port 0. Waits in an event loop, so that servers living in the test
// process (the scripted APIs) keep answering.
//
//   ServeProcess serve(QStringLiteral(ALLIUM_USAGE_BINARY));
//   serve.addOrganization("Production", api.baseUrl(), "ak_production");
//   QVERIFY2(serve.start({}, &problem), qPrintable(problem));   // --serve --listen 127.0.0.1:0
//   ... serve.url() ...;  QCOMPARE(serve.terminate(), 0);
#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class ServeProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeProcess)

public:
    explicit ServeProcess(const QString &program, QObject *parent = nullptr);
    ~ServeProcess() override; // kills it if it still runs

    // A stored organization read at baseUrl, its key in the credential allium-api-key.<id>; the
    // only ones stored are those added. Returns its id (empty on failure).
    QString addOrganization(const QString &name, const QUrl &baseUrl, const QString &key);
    // A systemd credential file, e.g. "allium-api-key.eu", as LoadCredential= provides it.
    bool writeCredential(const QString &name, const QString &key);
    // A session bus (with a Secret Service) for the next start, as a person's session has;
    // empty: none, as a system service has.
    void setSessionBus(const QString &address);
    // ALLIUM_API_KEY for the next start; empty: unset.
    void setEnvironmentKey(const QString &key);
    // A file holding `token`, for --bearer-token-file and Prometheus's credentials_file.
    QString writeTokenFile(const QByteArray &token);

    // Starts `allium-usage --serve --listen 127.0.0.1:0` and the extra arguments, and waits for
    // the line saying where it serves. False, with *problem, when it exits or says nothing.
    bool start(const QStringList &extraArguments, QString *problem);
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return quint16(m_url.port()); }
    // SIGTERM, then waits for the exit: the exit status, or -1 (crashed, killed, timed out).
    int terminate(int timeoutMs = 15'000);
    QProcess &process() { return m_process; }
    // Everything it wrote on standard error so far.
    QByteArray log();

    QProcessEnvironment environment() const;
    QString historyPath() const;
    QString settingsPath() const;

private:
    QTemporaryDir m_home;
    QString m_program;
    QString m_environmentKey;
    QString m_sessionBus;
    QProcess m_process;
    QByteArray m_log;
    QUrl m_url;
};
