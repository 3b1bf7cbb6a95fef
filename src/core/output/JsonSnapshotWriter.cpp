#include "core/output/JsonSnapshotWriter.h"

#include "core/api/ServerText.h"
#include "core/api/UsageNumber.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QJsonValue timeValue(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberValue(const std::optional<double> &value) {
    return value ? QJsonValue(*value + 0.0) : QJsonValue();
}

QJsonObject period(const QDateTime &start, const QDateTime &end) {
    return {{QStringLiteral("start"), timeValue(start)}, {QStringLiteral("end"), timeValue(end)}};
}

// Qt escapes C0 controls in strings but writes DEL, C1 controls and bidi overrides raw, which a
// terminal acts on. JSON can escape any character without changing the value, so those are
// written as \uXXXX: a reader gets the exact text, a terminal sees nothing to obey. They can
// only occur inside strings; the structure of the document is ASCII.
QByteArray withControlsEscaped(const QByteArray &json) {
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSurrogate() && c.unicode() >= 0x7f && ServerText::isNeutralised(c.unicode()))
            result += QStringLiteral("\\u") +
                      QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        else
            result += c;
    }
    return result.toUtf8();
}

} // namespace

JsonSnapshotWriter::JsonSnapshotWriter(QIODevice *device, const Clock &clock)
    : m_device(device)
    , m_clock(clock) {}

bool JsonSnapshotWriter::write(const UsageSnapshot &snapshot, bool demo) {
    QJsonObject object = toJson(snapshot, m_clock.now(), m_extras);
    if (demo)
        object.insert(QStringLiteral("demo"), true);
    const QByteArray bytes =
        withControlsEscaped(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

QJsonObject JsonSnapshotWriter::toJson(const UsageSnapshot &snapshot, const QDateTime &now,
                                       const UnitExtras &extras) {
    QList<UnitUsage> units = snapshot.units;
    std::sort(units.begin(), units.end(),
              [](const UnitUsage &a, const UnitUsage &b) { return a.key < b.key; });
    QJsonArray unitArray;
    for (const UnitUsage &unit : units) {
        QJsonObject object = unitToJson(unit);
        const QJsonObject extra = extras.value(unit.key);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            object.insert(it.key(), it.value());
        unitArray.append(object);
    }

    // null only when both ends are; a lone end is kept, as the CSV keeps each cell.
    const bool hasAllocationPeriod =
        snapshot.allocationPeriodStart.isValid() || snapshot.allocationPeriodEnd.isValid();
    return {
        {QStringLiteral("captured_at"), timeValue(snapshot.receivedAt)},
        {QStringLiteral("billing_period"),
         period(snapshot.billingPeriodStart, snapshot.billingPeriodEnd)},
        {QStringLiteral("allocation_period"),
         hasAllocationPeriod
             ? QJsonValue(period(snapshot.allocationPeriodStart, snapshot.allocationPeriodEnd))
             : QJsonValue()},
        {QStringLiteral("allocation_cadence"),
         snapshot.cadenceText.isEmpty() ? QJsonValue() : QJsonValue(snapshot.cadenceText)},
        {QStringLiteral("period_ended"), snapshot.periodEndedBy(now)},
        {QStringLiteral("units"), unitArray},
    };
}

QJsonObject JsonSnapshotWriter::unitToJson(const UnitUsage &unit) {
    const auto percent = unit.percentUsed();
    return {
        {QStringLiteral("unit"), unit.key},
        {QStringLiteral("label"), unit.label()},
        {QStringLiteral("allocated"), numberValue(unit.allocated)},
        {QStringLiteral("consumed"), numberValue(unit.consumed)},
        {QStringLiteral("remaining"), numberValue(unit.remaining())},
        // Rounded as in the CSV, so both files state the same figure.
        {QStringLiteral("percent_used"),
         percent ? QJsonValue(UsageNumber::roundedPercent(*percent)) : QJsonValue()},
    };
}
