#include "core/desktop/ThresholdNotifier.h"

#include "core/Clock.h"
#include "core/io/AtomicFileWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

// One state entry per scope and unit: the period it belongs to and the highest level announced.
QString entryKey(const QString &scope, const QString &unitKey) {
    // Unit keys come from the server; a hash keeps them (and any odd characters) out of the file.
    return QString::fromLatin1(
        QCryptographicHash::hash((scope + QLatin1Char('\n') + unitKey).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex());
}

const QString PeriodKey = QStringLiteral("period");
const QString PeriodEndKey = QStringLiteral("periodEnd");
const QString LevelKey = QStringLiteral("level");

} // namespace

QStringList ThresholdNotification::unitKeys() const {
    QStringList keys;
    for (const Crossing &crossing : crossings)
        keys.append(crossing.unitKey);
    return keys;
}

QString ThresholdNotifier::defaultStateFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/notification-state.json");
}

ThresholdNotifier::ThresholdNotifier(const Clock &clock, const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stateFile(stateFile) {
    qRegisterMetaType<ThresholdNotification>();
    load();
}

ThresholdNotifier::~ThresholdNotifier() = default;

QString ThresholdNotifier::legacyStateFile() const {
    const QFileInfo info(m_stateFile);
    const QString legacy =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".ini");
    return legacy == info.absoluteFilePath() ? QString() : legacy;
}

void ThresholdNotifier::load() {
    QFile file(m_stateFile);
    if (file.open(QIODevice::ReadOnly)) {
        // A damaged file loses nothing but "already told": at worst a notification comes again.
        m_units = QJsonDocument::fromJson(file.readAll())
                      .object()
                      .value(QStringLiteral("units"))
                      .toObject();
        return;
    }
    const QString legacy = legacyStateFile();
    if (!legacy.isEmpty() && QFileInfo::exists(legacy))
        loadLegacyIni(legacy);
}

void ThresholdNotifier::loadLegacyIni(const QString &iniFile) {
    // Earlier versions kept the same facts with QSettings; read only, never written back.
    const QSettings legacy(iniFile, QSettings::IniFormat);
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.at(0) != QLatin1String("units"))
            continue;
        QJsonObject entry = m_units.value(parts.at(1)).toObject();
        const QVariant value = legacy.value(key);
        if (parts.at(2) == LevelKey)
            entry.insert(LevelKey, value.toInt());
        else if (parts.at(2) == PeriodEndKey)
            entry.insert(PeriodEndKey, value.toDateTime().toUTC().toString(Qt::ISODate));
        else if (parts.at(2) == PeriodKey)
            entry.insert(PeriodKey, value.toString());
        m_units.insert(parts.at(1), entry);
    }
}

void ThresholdNotifier::save() {
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("units"), m_units}})
                                 .toJson(QJsonDocument::Compact);
    m_saveError.clear();
    if (!AtomicFileWriter::writeFile(m_stateFile, bytes, &m_saveError)) {
        // Said in the log: the notification itself still goes out.
        qWarning("%s", qUtf8Printable(m_saveError));
        return;
    }
    const QString legacy = legacyStateFile();
    if (!legacy.isEmpty())
        QFile::remove(legacy); // its facts live on in the new file
}

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
        if (!earlierScope.isEmpty() && !m_units.contains(key)) {
            // Carried over under the new scope; saved with the next change (until then the
            // earlier entry stays, so this is done again at the next start).
            const QString earlier = entryKey(earlierScope, unit.key);
            if (m_units.contains(earlier)) {
                m_units.insert(key, m_units.value(earlier));
                m_units.remove(earlier);
            }
        }
        const QJsonObject entry = m_units.value(key).toObject();
        const int announced =
            entry.value(PeriodKey).toString() == period ? entry.value(LevelKey).toInt() : 0;
        if (reached <= announced)
            continue;

        m_units.insert(
            key, QJsonObject{{PeriodKey, period},
                             {PeriodEndKey, snapshot.periodEnd().toUTC().toString(Qt::ISODate)},
                             {LevelKey, reached}});
        notification.crossings.append({unit.key, ThresholdNotification::Level(reached), *percent});
        notification.level = std::max(notification.level, ThresholdNotification::Level(reached));
    }
    if (notification.crossings.isEmpty())
        return;
    save();
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
    // come and go. Saved with the next change.
    const QDateTime cutoff = m_clock.now().addDays(-1);
    const QStringList ids = m_units.keys();
    for (const QString &id : ids) {
        const QDateTime end = QDateTime::fromString(
            m_units.value(id).toObject().value(PeriodEndKey).toString(), Qt::ISODate);
        if (end.isValid() && end < cutoff)
            m_units.remove(id);
    }
}
