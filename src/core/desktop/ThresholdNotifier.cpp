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

QStringList ThresholdNotification::unitKeys() const {
    QStringList keys;
    for (const Crossing &crossing : crossings)
        keys.append(crossing.unitKey);
    return keys;
}

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

void ThresholdNotifier::observe(const QString &scope, const UsageSnapshot &snapshot,
                                const QString &organization, const QString &earlierScope) {
    forgetEndedPeriods();
    if (snapshot.periodEndedBy(m_clock.now()))
        return;

    const QString period = snapshot.periodStart().toUTC().toString(Qt::ISODate);
    ThresholdNotification notification;
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

        const QString key = entryKey(scope, unit.key);
        if (!earlierScope.isEmpty() && !m_state->contains(key + QStringLiteral("/level"))) {
            const QString earlier = entryKey(earlierScope, unit.key);
            for (const QLatin1String field :
                 {QLatin1String("/period"), QLatin1String("/periodEnd"), QLatin1String("/level")}) {
                if (m_state->contains(earlier + field))
                    m_state->setValue(key + field, m_state->value(earlier + field));
            }
            m_state->remove(earlier);
        }
        int announced = 0;
        if (m_state->value(key + QStringLiteral("/period")).toString() == period)
            announced = m_state->value(key + QStringLiteral("/level")).toInt();
        if (reached <= announced)
            continue;

        m_state->setValue(key + QStringLiteral("/period"), period);
        m_state->setValue(key + QStringLiteral("/periodEnd"), snapshot.periodEnd().toUTC());
        m_state->setValue(key + QStringLiteral("/level"), reached);
        notification.crossings.append({unit.key, ThresholdNotification::Level(reached), *percent});
        notification.level = std::max(notification.level, ThresholdNotification::Level(reached));
    }
    if (notification.crossings.isEmpty())
        return;
    m_state->sync();
    notification.organization = organization;
    word(notification, snapshot);
    if (!organization.isEmpty())
        notification.title = tr("%1: %2").arg(organization, notification.title);
    emit notificationDue(notification);
}

void ThresholdNotifier::word(ThresholdNotification &notification,
                             const UsageSnapshot &snapshot) const {
    const QLocale locale;
    const auto percentText = [&locale](double percent) { return locale.toString(percent, 'f', 0); };
    const QString endDate =
        locale.toString(snapshot.periodEnd().toLocalTime().date(), QLocale::LongFormat);
    const QString reset = snapshot.hasAllocationPeriod()
                              ? tr("The allocation resets on %1.").arg(endDate)
                              : tr("The billing period ends on %1.").arg(endDate);
    // What one crossing means: the sentence of a single notification, the line of a combined one.
    const auto state = [&](const ThresholdNotification::Crossing &crossing) {
        const QString label = UnitUsage::labelForKey(crossing.unitKey);
        switch (crossing.level) {
        case ThresholdNotification::Level::Warning:
            return tr("%1 at %2 %, past the warning threshold of %3 %.")
                .arg(label, percentText(crossing.percent), percentText(m_warning));
        case ThresholdNotification::Level::Critical:
            return tr("%1 at %2 %, past the critical threshold of %3 %.")
                .arg(label, percentText(crossing.percent), percentText(m_critical));
        case ThresholdNotification::Level::OverAllocation:
            break;
        }
        return tr("%1 over the allocation: %2 % used.").arg(label, percentText(crossing.percent));
    };

    if (notification.crossings.size() == 1) {
        const ThresholdNotification::Crossing &only = notification.crossings.constFirst();
        const QString label = UnitUsage::labelForKey(only.unitKey);
        switch (only.level) {
        case ThresholdNotification::Level::Warning:
            notification.title = tr("%1 at %2 %").arg(label, percentText(only.percent));
            notification.body =
                tr("Past the warning threshold of %1 %. %2").arg(percentText(m_warning), reset);
            return;
        case ThresholdNotification::Level::Critical:
            notification.title = tr("%1 at %2 %").arg(label, percentText(only.percent));
            notification.body =
                tr("Past the critical threshold of %1 %. %2").arg(percentText(m_critical), reset);
            return;
        case ThresholdNotification::Level::OverAllocation:
            notification.title = tr("%1 over the allocation").arg(label);
            notification.body =
                tr("%1 % of the allocation is used. %2").arg(percentText(only.percent), reset);
            return;
        }
    }
    notification.title =
        tr("%n units past their thresholds", nullptr, int(notification.crossings.size()));
    QStringList lines;
    for (const ThresholdNotification::Crossing &crossing : notification.crossings)
        lines.append(state(crossing));
    lines.append(reset);
    notification.body = lines.join(QLatin1Char('\n'));
}

void ThresholdNotifier::forgetEndedPeriods() {
    // Entries of periods that ended long ago can never matter again (a reading of an ended period
    // notifies nothing); dropping them keeps the state file small however many units and sources
    // come and go.
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
