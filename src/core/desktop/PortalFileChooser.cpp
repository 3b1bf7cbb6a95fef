#include "core/desktop/PortalFileChooser.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QUrl>
#include <QUuid>

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString chooserInterface = QStringLiteral("org.freedesktop.portal.FileChooser");

// The portal's filter type, a(sa(us)): a name and (kind, pattern) pairs, kind 0 being a glob.
struct FilterRule {
    uint kind = 0;
    QString pattern;
};
struct Filter {
    QString name;
    QList<FilterRule> rules;
};

QDBusArgument &operator<<(QDBusArgument &argument, const FilterRule &rule) {
    argument.beginStructure();
    argument << rule.kind << rule.pattern;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, FilterRule &rule) {
    argument.beginStructure();
    argument >> rule.kind >> rule.pattern;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const Filter &filter) {
    argument.beginStructure();
    argument << filter.name << filter.rules;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Filter &filter) {
    argument.beginStructure();
    argument >> filter.name >> filter.rules;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(FilterRule)
Q_DECLARE_METATYPE(Filter)

PortalFileChooser::PortalFileChooser(QObject *parent)
    : QObject(parent) {
    qDBusRegisterMetaType<FilterRule>();
    qDBusRegisterMetaType<QList<FilterRule>>();
    qDBusRegisterMetaType<Filter>();
    qDBusRegisterMetaType<QList<Filter>>();
}

PortalFileChooser::~PortalFileChooser() = default;

bool PortalFileChooser::isAvailable() {
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(portalService).value();
}

void PortalFileChooser::saveFile(const Request &request) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emit failed(tr("There is no session bus."));
        return;
    }
    // The answer comes as a signal on a request object whose path follows from our name and a
    // token: listen there before asking, or a quick answer would be missed.
    const QString token =
        QStringLiteral("allium%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString sender = bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    m_handlePath = QStringLiteral("%1/request/%2/%3").arg(portalPath, sender, token);
    bus.connect(portalService, m_handlePath, QStringLiteral("org.freedesktop.portal.Request"),
                QStringLiteral("Response"), this, SLOT(response(uint, QVariantMap)));

    QVariantMap options;
    options.insert(QStringLiteral("handle_token"), token);
    options.insert(QStringLiteral("modal"), true);
    options.insert(QStringLiteral("current_name"), request.name);
    // A folder goes as bytes ending in a NUL, as the specification asks.
    options.insert(QStringLiteral("current_folder"),
                   QByteArray(QFile::encodeName(request.folder) + QByteArray(1, '\0')));
    if (!request.pattern.isEmpty()) {
        const QList<Filter> filters{{request.filterName, {{0, request.pattern}}}};
        options.insert(QStringLiteral("filters"), QVariant::fromValue(filters));
        options.insert(QStringLiteral("current_filter"), QVariant::fromValue(filters.constFirst()));
    }
    QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, chooserInterface,
                                                       QStringLiteral("SaveFile"));
    call << request.parentWindow << request.title << options;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            QDBusConnection::sessionBus().disconnect(
                portalService, m_handlePath, QStringLiteral("org.freedesktop.portal.Request"),
                QStringLiteral("Response"), this, SLOT(response(uint, QVariantMap)));
            emit failed(reply.error().message());
        }
    });
}

void PortalFileChooser::response(uint code, const QVariantMap &results) {
    QDBusConnection::sessionBus().disconnect(
        portalService, m_handlePath, QStringLiteral("org.freedesktop.portal.Request"),
        QStringLiteral("Response"), this, SLOT(response(uint, QVariantMap)));
    // 0: chosen; 1: cancelled by the person; 2: ended otherwise.
    if (code == 1) {
        emit cancelled();
        return;
    }
    const QStringList uris = results.value(QStringLiteral("uris")).toStringList();
    const QUrl url = uris.isEmpty() ? QUrl() : QUrl(uris.constFirst());
    if (code != 0 || !url.isLocalFile()) {
        emit failed(tr("The desktop's file dialog gave no file to write."));
        return;
    }
    emit chosen(url.toLocalFile());
}

// Compiled here rather than in the library's shared moc file, so that a program that never asks
// the portal (the headless one) does not link Qt D-Bus for it.
#include "moc_PortalFileChooser.cpp"
