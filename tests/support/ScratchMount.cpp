#include "support/ScratchMount.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace {

const QString FillerName = QStringLiteral("filler");

} // namespace

ScratchMount::ScratchMount(qint64 bytes) {
    if (!m_folder.isValid()) {
        m_problem = QStringLiteral("no temporary folder: ") + m_folder.errorString();
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_problem = QStringLiteral("mounting a tmpfs needs root (CAP_SYS_ADMIN): %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

ScratchMount::~ScratchMount() {
    if (m_mounted)
        ::umount2(QFile::encodeName(path()).constData(), MNT_DETACH);
}

QString ScratchMount::path() const {
    return m_folder.path();
}

QString ScratchMount::filePath(const QString &name) const {
    return m_folder.filePath(name);
}

bool ScratchMount::fill() {
    QFile filler(filePath(FillerName));
    if (!filler.open(QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
    // The last partial block: byte by byte until not even one fits.
    while (filler.write("f", 1) == 1) {
    }
    return filler.error() != QFileDevice::NoError;
}

void ScratchMount::makeRoom() {
    QFile::remove(filePath(FillerName));
}

bool ScratchMount::makeReadOnly() {
    return remount(true);
}

bool ScratchMount::makeWritable() {
    return remount(false);
}

bool ScratchMount::remount(bool readOnly) {
    if (!m_mounted)
        return false;
    const unsigned long flags = MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0);
    return ::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs", flags, nullptr) == 0;
}
