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
    const QFileInfo info(m_stateFile);
    const QString legacy =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".ini");
    if (legacy != info.absoluteFilePath() && QFileInfo::exists(legacy))
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
    const QFileInfo info(m_stateFile);
    QDir().mkpath(info.absolutePath());
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("units"), m_units}})
                                 .toJson(QJsonDocument::Compact);
    m_saveError.clear();
    if (!AtomicFileWriter::writeFile(m_stateFile, bytes, &m_saveError)) {
        // Said in the log: the notification itself still goes out.
        qWarning("%s", qUtf8Printable(m_saveError));
        return;
    }
    const QString legacy =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".ini");
    if (legacy != info.absoluteFilePath())
        QFile::remove(legacy); // its facts live on in the new file
}

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
        const QJsonObject entry = m_units.value(key).toObject();
        const int announced =
            entry.value(PeriodKey).toString() == period ? entry.value(LevelKey).toInt() : 0;
        if (reached <= announced)
            continue;

        m_units.insert(key, QJsonObject{{PeriodKey, period},
                                        {PeriodEndKey, periodEnd.toUTC().toString(Qt::ISODate)},
                                        {LevelKey, reached}});
        save();

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
    // state file small however many units and endpoints come and go. Saved with the next change.
    const QDateTime cutoff = m_clock.now().addDays(-1);
    const QStringList ids = m_units.keys();
    for (const QString &id : ids) {
        const QDateTime end = QDateTime::fromString(
            m_units.value(id).toObject().value(PeriodEndKey).toString(), Qt::ISODate);
        if (end.isValid() && end < cutoff)
            m_units.remove(id);
    }
}
