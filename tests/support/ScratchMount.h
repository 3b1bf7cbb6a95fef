// A small file system of a test's own: a tmpfs of a few kilobytes that can be filled to the last
// byte or remounted read-only, so that a full disk and a read-only folder are tested for real,
// not imitated. Mounting needs root (CAP_SYS_ADMIN); without it isMounted() is false and
// problem() says why, for QSKIP.
#pragma once

#include <QString>
#include <QTemporaryDir>

class ScratchMount final {
    Q_DISABLE_COPY_MOVE(ScratchMount)

public:
    explicit ScratchMount(qint64 bytes = 64 * 1024);
    // Unmounts (lazily, should a file still be open) and removes the folder.
    ~ScratchMount();

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }
    QString path() const;
    QString filePath(const QString &name) const;

    // Writes a filler file until the file system has no byte left; true when it is full.
    bool fill();
    // Removes the filler again.
    void makeRoom();
    bool makeReadOnly();
    bool makeWritable();

private:
    bool remount(bool readOnly);

    QTemporaryDir m_folder;
    bool m_mounted = false;
    QString m_problem;
};
