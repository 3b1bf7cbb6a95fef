#include "core/desktop/ThresholdNotifier.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

// One state entry per scope and unit: the period it belongs to and the highest level announced.
QString entryKey(const QString &scope, const QString &unitKey) {
    // Unit keys come from the server; hashing keeps them from being read as QSettings groups.
    const QByteArray id = QCryptographicHash::hash((scope + QLatin1Char('\n') + unitKey).toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex();
    return QStringLiteral("units/") + QString::fromLatin1(id);
}

} // namespace

QString ThresholdNotifier::defaultStateFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/notification-state.ini");
}

ThresholdNotifier::ThresholdNotifier(const Clock &clock, const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_state(std::make_unique<QSettings>(stateFile, QSettings::IniFormat)) {
    qRegisterMetaType<ThresholdNotification>();
}

ThresholdNotifier::~ThresholdNotifier() = default;

void ThresholdNotifier::setThresholds(double warningPercent, double criticalPercent) {
    m_warning = warningPercent;
    m_critical = criticalPercent;
}

void ThresholdNotifier::observe(const UsageSnapshot &snapshot) {
    forgetEndedPeriods();

    // A trial has no allocation period; its consumption counts per billing period.
    const QDateTime periodStart = snapshot.hasAllocationPeriod() ? snapshot.allocationPeriodStart
                                                                 : snapshot.billingPeriodStart;
    const QDateTime periodEnd = snapshot.nextReset();
    const QString period = periodStart.toUTC().toString(Qt::ISODate);

    for (const UnitUsage &unit : snapshot.units) {
        const std::optional<double> percent = unit.percentUsed();
        if (!percent)
            continue;
        int reached = 0;
        if (*percent >= 100.0)
            reached = int(ThresholdNotification::Level::OverAllocation);
        else if (*percent >= m_critical)
            reached = int(ThresholdNotification::Level::Critical);
        else if (*percent >= m_warning)
            reached = int(ThresholdNotification::Level::Warning);
        if (reached == 0)
            continue;

        const QString key = entryKey(m_scope, unit.key);
        int announced = 0;
        if (m_state->value(key + QStringLiteral("/period")).toString() == period)
            announced = m_state->value(key + QStringLiteral("/level")).toInt();
        if (reached <= announced)
            continue;

        m_state->setValue(key + QStringLiteral("/period"), period);
        m_state->setValue(key + QStringLiteral("/periodEnd"), periodEnd.toUTC());
        m_state->setValue(key + QStringLiteral("/level"), reached);
        m_state->sync();

        ThresholdNotification notification;
        notification.level = ThresholdNotification::Level(reached);
        notification.unitKey = unit.key;
        const QLocale locale;
        const QString percentText = locale.toString(*percent, 'f', 0);
        const QString resetText =
            locale.toString(periodEnd.toLocalTime().date(), QLocale::LongFormat);
        switch (notification.level) {
        case ThresholdNotification::Level::Warning:
            notification.title = tr("%1 at %2 %").arg(unit.label(), percentText);
            notification.body =
                tr("Past the warning threshold of %1 %. The allocation resets on %2.")
                    .arg(locale.toString(m_warning, 'f', 0), resetText);
            break;
        case ThresholdNotification::Level::Critical:
            notification.title = tr("%1 at %2 %").arg(unit.label(), percentText);
            notification.body =
                tr("Past the critical threshold of %1 %. The allocation resets on %2.")
                    .arg(locale.toString(m_critical, 'f', 0), resetText);
            break;
        case ThresholdNotification::Level::OverAllocation:
            notification.title = tr("%1 over the allocation").arg(unit.label());
            notification.body = tr("%1 % of the allocation is used. The allocation resets on %2.")
                                    .arg(percentText, resetText);
            break;
        }
        emit notificationDue(notification);
    }
}

void ThresholdNotifier::forgetEndedPeriods() {
    // Entries of periods that ended long ago can never matter again; dropping them keeps the
    // state file small however many units and endpoints come and go.
    const QDateTime cutoff = m_clock.now().addDays(-1);
    m_state->beginGroup(QStringLiteral("units"));
    const QStringList ids = m_state->childGroups();
    for (const QString &id : ids) {
        const QDateTime end = m_state->value(id + QStringLiteral("/periodEnd")).toDateTime();
        if (end.isValid() && end < cutoff)
            m_state->remove(id);
    }
    m_state->endGroup();
}
