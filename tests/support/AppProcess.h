// Runs the allium-usage binary for an end-to-end test and collects its exit code and output. It
// waits in an event loop, so that servers living in the test process (the scripted API) keep
// answering while the binary runs.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class AppProcess final {
public:
    struct Outcome {
        int exitCode = -1; // -1: did not start, crashed, or was killed after the timeout
        QByteArray out;
        QByteArray err;
    };

    AppProcess(const QString &program, const QProcessEnvironment &environment);

    // Writes `input` to standard input and closes it, so that a read sees the end, not a hang.
    Outcome run(const QStringList &arguments, const QByteArray &input = {},
                int timeoutMs = 30'000) const;

private:
    QString m_program;
    QProcessEnvironment m_environment;
};
