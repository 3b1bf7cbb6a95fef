#include "cli/OutputDestination.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString standardOutputProblem(const QFile &out) {
    return QCoreApplication::translate("OutputDestination", "Cannot write to standard output: %1.")
        .arg(out.errorString());
}

} // namespace

OutputDestination::OutputDestination(const QString &path)
    : m_path(path == QLatin1String("-") ? QString() : path) {
    if (isFile())
        m_file = std::make_unique<AtomicFileWriter>(m_path);
}

bool OutputDestination::open() {
    if (isFile()) {
        if (m_file->open())
            return true;
        m_error = m_file->errorString();
        return false;
    }
    if (m_stdout.open(stdout, QIODevice::WriteOnly))
        return true;
    m_error = standardOutputProblem(m_stdout);
    return false;
}

QIODevice *OutputDestination::device() {
    if (isFile())
        return m_file->device();
    return &m_stdout;
}

bool OutputDestination::commit() {
    if (isFile()) {
        if (m_file->commit())
            return true;
        m_error = m_file->errorString();
        return false;
    }
    // A write that failed earlier (a full disk behind a redirect, a closed pipe) shows here too.
    if (m_stdout.flush() && m_stdout.error() == QFileDevice::NoError)
        return true;
    m_error = standardOutputProblem(m_stdout);
    return false;
}

void OutputDestination::abandon(const QString &reason) {
    if (isFile()) {
        m_file->abandon(reason);
        m_error = m_file->errorString();
    } else {
        m_error =
            QCoreApplication::translate("OutputDestination", "Cannot write to standard output: %1.")
                .arg(reason);
    }
}

bool OutputDestination::finish(bool written, const QString &writerError) {
    if (written)
        return commit();
    abandon(writerError);
    return false;
}

QString OutputDestination::errorString() const {
    return m_error;
}
