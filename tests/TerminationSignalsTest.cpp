// SIGTERM and SIGINT reach the event loop as a Qt signal, so a service can finish what it is
// writing; a second one ends the process at once.
#include "core/launch/TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

class TerminationSignalsTest final : public QObject {
    Q_OBJECT

private slots:
    void sigtermArrivesInTheEventLoop();
    void sigintArrivesInTheEventLoop();
    void onlyOneInstanceInstallsHandlers();
    void previousHandlerComesBackAfterwards();
    void aSecondSignalEndsTheProcessAtOnce();
};

void TerminationSignalsTest::sigtermArrivesInTheEventLoop() {
    TerminationSignals signals_;
    QVERIFY(signals_.isInstalled());
    QSignalSpy requested(&signals_, &TerminationSignals::terminationRequested);
    ::raise(SIGTERM); // the process lives on: the handler only notes it
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.constFirst().constFirst().toInt(), SIGTERM);
}

void TerminationSignalsTest::sigintArrivesInTheEventLoop() {
    TerminationSignals signals_;
    QSignalSpy requested(&signals_, &TerminationSignals::terminationRequested);
    ::raise(SIGINT);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.constFirst().constFirst().toInt(), SIGINT);
}

void TerminationSignalsTest::onlyOneInstanceInstallsHandlers() {
    TerminationSignals first;
    TerminationSignals second;
    QVERIFY(first.isInstalled());
    QVERIFY(!second.isInstalled());
}

void TerminationSignalsTest::previousHandlerComesBackAfterwards() {
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction before = {};
    ::sigaction(SIGTERM, &ignore, &before);
    {
        TerminationSignals signals_;
        struct sigaction during = {};
        ::sigaction(SIGTERM, nullptr, &during);
        QVERIFY(during.sa_handler != SIG_IGN);
    }
    struct sigaction after = {};
    ::sigaction(SIGTERM, &before, &after);
    QVERIFY(after.sa_handler == SIG_IGN);
}

void TerminationSignalsTest::aSecondSignalEndsTheProcessAtOnce() {
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The child never returns to the event loop: the first SIGTERM is only noted, the
        // second must end it.
        TerminationSignals signals_;
        ::raise(SIGTERM);
        ::raise(SIGTERM);
        ::_exit(0); // reached only if the second signal did not end the process
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status), "the child exited normally after two SIGTERMs");
    QCOMPARE(WTERMSIG(status), SIGTERM);
}

QTEST_GUILESS_MAIN(TerminationSignalsTest)
#include "TerminationSignalsTest.moc"
