// One running app per user: the first launch listens on a local socket; a second launch finds it,
// asks it to bring its window forward, and exits.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // Per user: in $XDG_RUNTIME_DIR when there is one (private to the user), else keyed by uid.
    static QString defaultName();

    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first and now listens. False when another instance answered
    // and was asked to show its window: then this process should exit.
    bool claim();
    QString name() const { return m_name; }

signals:
    // Another launch asked this instance to show its window.
    void activationRequested();

private:
    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
};
