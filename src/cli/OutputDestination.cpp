#include "cli/OutputDestination.h"

#include <QCoreApplication>

#include <cstdio>

OutputDestination::OutputDestination(const QString &path)
    : m_path(path == QLatin1String("-") ? QString() : path)
    , m_file(m_path) {}

bool OutputDestination::open() {
    const bool opened =
        isFile() ? m_file.open(QIODevice::WriteOnly) : m_stdout.open(stdout, QIODevice::WriteOnly);
    if (!opened) {
        rememberError();
    }
    return opened;
}

QIODevice *OutputDestination::device() {
    if (isFile())
        return &m_file;
    return &m_stdout;
}

bool OutputDestination::commit() {
    const bool committed = isFile() ? m_file.commit() : m_stdout.flush();
    if (!committed) {
        rememberError();
    }
    return committed;
}

QString OutputDestination::errorString() const {
    return m_error;
}

void OutputDestination::rememberError() {
    if (isFile()) {
        m_error = QCoreApplication::translate("OutputDestination", "Cannot write %1: %2.")
                      .arg(m_path, m_file.errorString());
    } else {
        m_error =
            QCoreApplication::translate("OutputDestination", "Cannot write to standard output: %1.")
                .arg(m_stdout.errorString());
    }
}
