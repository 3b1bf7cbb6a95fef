#include "support/AppProcess.h"

#include <QProcess>
#include <QSignalSpy>

AppProcess::AppProcess(const QString &program, const QProcessEnvironment &environment)
    : m_program(program)
    , m_environment(environment) {}

AppProcess::Outcome AppProcess::run(const QStringList &arguments, const QByteArray &input,
                                    int timeoutMs) const {
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    if (!process.waitForStarted(5'000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Outcome outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}
