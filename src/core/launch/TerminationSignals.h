// Turns SIGTERM and SIGINT into a Qt signal, so that a service (or a long command) shuts down from
// its event loop and can finish what it is writing. The handler only writes a byte to a pipe
// (async-signal-safe); a QSocketNotifier reads it. A second signal while shutting down ends the
// process at once, as people expect of a second Ctrl+C. A self-pipe rather than a signalfd: a
// signalfd needs the signals blocked in every thread, including those Qt, D-Bus and the network
// stack start on their own, or one of them takes the default action and the process dies.
#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

class TerminationSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    // Installs the handlers; one instance at a time (a second one is not installed).
    explicit TerminationSignals(QObject *parent = nullptr);
    // Restores the handlers that were there before.
    ~TerminationSignals() override;

    bool isInstalled() const { return m_installed; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readPipe();

    bool m_installed = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
