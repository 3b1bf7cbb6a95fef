// Where a command writes its result: standard output, or a file written atomically (QSaveFile), so
// that a failed or interrupted run never leaves a half-written file in place of a good one.
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

class QIODevice;

class OutputDestination final {
    Q_DISABLE_COPY_MOVE(OutputDestination)

public:
    // An empty path or "-" means standard output.
    explicit OutputDestination(const QString &path);

    // Opens the destination; on failure returns false and errorString() says why.
    bool open();
    QIODevice *device();
    // Flushes standard output, or moves the finished file into place. Nothing is written to the
    // file's path before this, so an error before commit leaves an existing file untouched.
    bool commit();

    bool isFile() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString errorString() const;

private:
    void rememberError();

    QString m_path;
    QFile m_stdout;
    QSaveFile m_file;
    QString m_error;
};
