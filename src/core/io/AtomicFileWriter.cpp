#include "core/io/AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// Asks the kernel to put the bytes on the disk. A file system without fsync (EINVAL) has
// nothing to sync; any other failure (EIO, ENOSPC on delayed allocation) means lost bytes.
QString syncFailure(int descriptor) {
    if (descriptor < 0 || ::fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS)
        return {};
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The rename is only durable once the folder's own entry list is on the disk too. Best effort:
// the file is already complete whatever happens here.
void syncFolder(const QString &path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int descriptor = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
}
#else
QString syncFailure(int) {
    return {};
}
void syncFolder(const QString &) {}
#endif

} // namespace

AtomicFileWriter::AtomicFileWriter(const QString &path)
    : m_path(path)
    , m_file(path) {}

AtomicFileWriter::~AtomicFileWriter() {
    cancel();
}

bool AtomicFileWriter::open() {
    m_error.clear();
    m_failed = false;
    // Never write through to the target: that would leave half a file behind on failure.
    m_file.setDirectWriteFallback(false);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    return true;
}

QIODevice *AtomicFileWriter::device() {
    return &m_file;
}

bool AtomicFileWriter::write(const QByteArray &bytes) {
    if (m_failed)
        return false;
    if (m_file.write(bytes) != bytes.size())
        return fail(m_file.errorString());
    return true;
}

bool AtomicFileWriter::commit() {
    if (m_failed)
        return false;
    if (!m_file.isOpen())
        return fail(tr("the file was not opened"));
    // QSaveFile buffers, and its commit() renames even when the final flush of that buffer
    // failed (a full disk then replaced a good file with an empty one). So flush and check here,
    // and also catch a failed write that the caller did not check.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return fail(m_file.errorString());
    const QString syncProblem = syncFailure(m_file.handle());
    if (!syncProblem.isEmpty())
        return fail(syncProblem);
    if (!m_file.commit())
        return fail(m_file.errorString());
    syncFolder(m_path);
    return true;
}

void AtomicFileWriter::cancel() {
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled, this removes the temporary file
}

bool AtomicFileWriter::fail(const QString &reason) {
    m_failed = true;
    cancel();
    QString why = reason.trimmed();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    m_error = tr("Cannot write %1: %2. The file was left as it was.")
                  .arg(QDir::toNativeSeparators(m_path), why);
    return false;
}

bool AtomicFileWriter::writeFile(const QString &path, const QByteArray &contents, QString *error) {
    AtomicFileWriter writer(path);
    const bool written = writer.open() && writer.write(contents) && writer.commit();
    if (!written && error)
        *error = writer.errorString();
    return written;
}
