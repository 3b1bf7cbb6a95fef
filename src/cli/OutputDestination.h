// Where a command writes its result: standard output, or a file written atomically and checked
// (AtomicFileWriter), so that a failed, full or interrupted run never leaves a half-written file
// in place of a good one.
#pragma once

#include "core/io/AtomicFileWriter.h"

#include <QFile>
#include <QString>

#include <memory>

class QIODevice;

class OutputDestination final {
    Q_DISABLE_COPY_MOVE(OutputDestination)

public:
    // An empty path or "-" means standard output.
    explicit OutputDestination(const QString &path);

    // Opens the destination; on failure returns false and errorString() says why.
    bool open();
    QIODevice *device();
    // Flushes standard output, or moves the finished file into place; false when any write on
    // the way failed (a full disk, a closed pipe). Nothing is written to the file's path before
    // this, so an error before or during commit leaves an existing file untouched.
    bool commit();
    // The content could not be written (the writer said why): nothing replaces the file, and
    // errorString() names it and the reason.
    void abandon(const QString &reason);
    // commit() when the writer succeeded, abandon(writerError) when it did not: true only when the
    // whole output is in place; otherwise errorString() says why.
    bool finish(bool written, const QString &writerError);

    bool isFile() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString errorString() const;

private:
    QString m_path;
    QFile m_stdout;
    std::unique_ptr<AtomicFileWriter> m_file;
    QString m_error;
};
