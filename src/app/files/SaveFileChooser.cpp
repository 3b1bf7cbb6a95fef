#include "app/files/SaveFileChooser.h"

#include "core/desktop/PortalFileChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPointer>
#include <QWidget>

namespace {

void askQt(QWidget *parent, const QString &title, const QString &proposedPath,
           const QString &filterName, const QString &pattern,
           const SaveFileChooser::Chosen &chosen) {
    const QString path = QFileDialog::getSaveFileName(
        parent, title, proposedPath, QStringLiteral("%1 (%2)").arg(filterName, pattern));
    if (!path.isEmpty())
        chosen(path);
}

// The portal places its dialog over ours when told which window that is (X11 only; Wayland
// needs an exported handle the platform does not give).
QString portalParent(QWidget *parent) {
    if (!parent || QGuiApplication::platformName() != QLatin1String("xcb"))
        return {};
    return QStringLiteral("x11:%1").arg(parent->window()->winId(), 0, 16);
}

} // namespace

void SaveFileChooser::ask(QWidget *parent, const QString &title, const QString &proposedPath,
                          const QString &filterName, const QString &pattern, const Chosen &chosen) {
    if (!PortalFileChooser::isAvailable()) {
        askQt(parent, title, proposedPath, filterName, pattern, chosen);
        return;
    }
    const QFileInfo proposed(proposedPath);
    auto *portal = new PortalFileChooser(parent);
    const QPointer<QWidget> window(parent);
    QObject::connect(portal, &PortalFileChooser::chosen, portal,
                     [portal, chosen](const QString &path) {
                         portal->deleteLater();
                         chosen(path);
                     });
    QObject::connect(portal, &PortalFileChooser::cancelled, portal, &QObject::deleteLater);
    QObject::connect(portal, &PortalFileChooser::failed, portal, [=](const QString &) {
        portal->deleteLater();
        // A portal that cannot show a dialog must not leave the export unasked.
        askQt(window, title, proposedPath, filterName, pattern, chosen);
    });
    portal->saveFile({portalParent(parent), title, proposed.absolutePath(), proposed.fileName(),
                      filterName, pattern});
}
