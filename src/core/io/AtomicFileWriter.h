// Writes one file so that it is either complete or not changed at all: the bytes go to a temporary
// file beside it, every write and the final flush and sync are checked, and only a finished file
// replaces the old one. A full disk, a read-only folder or a crash keep the previous file.
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

class QIODevice;

class AtomicFileWriter final {
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)
    Q_DISABLE_COPY_MOVE(AtomicFileWriter)

public:
    explicit AtomicFileWriter(const QString &path);
    // A file that was not committed is thrown away; the previous one stays.
    ~AtomicFileWriter();

    // Creates the temporary file; false (and errorString()) when the folder does not allow it.
    bool open();
    // The temporary file, for writers that stream into a QIODevice. Their failed writes are
    // remembered by the file and make commit() fail, even when the writer ignored them.
    QIODevice *device();
    bool write(const QByteArray &bytes);
    // Flushes, syncs to disk and renames the temporary file over the target. False (and
    // errorString()) when anything on the way failed; the target is then as it was before.
    bool commit();
    // Throws the temporary file away.
    void cancel();
    // Gives up because the content could not be produced or written (a writer's own failure):
    // throws the temporary file away, and errorString() names the file and `reason`.
    void abandon(const QString &reason) { fail(reason); }

    QString path() const { return m_path; }
    // "Cannot write /path/usage.csv: No space left on device. The file was left as it was."
    QString errorString() const { return m_error; }

    // open(), write(), commit() in one; on failure *error (when given) says why.
    static bool writeFile(const QString &path, const QByteArray &contents, QString *error);

private:
    bool fail(const QString &reason);

    QString m_path;
    QSaveFile m_file;
    QString m_error;
    bool m_failed = false;
};
