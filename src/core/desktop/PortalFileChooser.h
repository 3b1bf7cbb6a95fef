// Asks the desktop's own "save as" dialog through the XDG desktop portal
// (org.freedesktop.portal.FileChooser on the session bus), as sandboxed apps and desktops that
// keep their dialogs in the portal (GNOME, KDE) expect. Asynchronous: the answer comes as a
// signal; a desktop without a portal says so at once, and the caller uses another dialog.
#pragma once

#include <QObject>
#include <QString>

class PortalFileChooser final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalFileChooser)

public:
    explicit PortalFileChooser(QObject *parent = nullptr);
    ~PortalFileChooser() override;

    // Whether a portal is there to ask (org.freedesktop.portal.Desktop on the session bus).
    static bool isAvailable();

    struct Request {
        QString parentWindow; // "x11:1c00007", or empty
        QString title;
        QString folder;     // where the dialog opens
        QString name;       // the proposed file name
        QString filterName; // "CSV files"
        QString pattern;    // "*.csv"
    };
    // Opens the dialog; exactly one of chosen, cancelled or failed follows.
    void saveFile(const Request &request);

signals:
    void chosen(const QString &path);
    void cancelled();
    // The portal could not be asked or did not answer sensibly; the caller falls back.
    void failed(const QString &why);

private slots:
    void response(uint code, const QVariantMap &results);

private:
    QString m_handlePath;
};
