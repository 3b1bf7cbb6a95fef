// A session of its own for end-to-end tests of the keychain: a private D-Bus session bus with an
// unlocked, throwaway gnome-keyring-daemon (the real Secret Service) and a home folder of its own,
// so that a developer's keychain, settings and history are never touched and tests running in
// parallel never see each other's keys.
//
//   PrivateKeyring keyring;
//   QVERIFY2(keyring.start(), qPrintable(keyring.problem()));
//   AppProcess(binary, keyring.environment()).run({"--set-key"}, "ak_...\n");
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

class PrivateKeyring final {
    Q_DISABLE_COPY_MOVE(PrivateKeyring)

public:
    PrivateKeyring();
    ~PrivateKeyring();

    // Starts the bus and the keyring and waits until the Secret Service answers; false with
    // problem() when it cannot.
    bool start();
    QString problem() const { return m_problem; }

    QString busAddress() const { return m_busAddress; }
    QString home() const { return m_home.path(); }
    QString homePath(const QString &relative) const { return m_home.filePath(relative); }
    // A user on a terminal-less session with this keyring and home (XDG folders below it), without
    // a display or ALLIUM_API_KEY. `busAddress` empty: this keyring's bus.
    QProcessEnvironment environment(const QString &busAddress = QString()) const;
    // The same for this process (the bus, HOME and XDG folders), so that in-process stores use it.
    void useInThisProcess() const;

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    QString m_problem;
};
