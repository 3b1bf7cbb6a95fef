#include "support/CannedUsageBodies.h"

#include "core/api/UsageSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CannedUsageBodies {

QByteArray unitPlan() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": "2026-04-01T00:00:00Z",
  "allocation_period_end": "2026-05-01T00:00:00Z",
  "allocation_cadence": "monthly",
  "allocation_amounts": {"explorer_units": 100, "developer_units": 2000000},
  "consumed_amounts": {"explorer_units": 12.5, "developer_units": 341523}
})";
}

QByteArray legacyCredits() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": "2026-04-01T00:00:00Z",
  "allocation_period_end": "2026-05-01T00:00:00Z",
  "allocation_cadence": "monthly",
  "allocation_amounts": {"credits": 10000},
  "consumed_amounts": {"credits": 4321.5}
})";
}

QByteArray trialWithoutAllocation() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": null,
  "allocation_period_end": null,
  "allocation_cadence": null,
  "allocation_amounts": {},
  "consumed_amounts": {"developer_units": 1234}
})";
}

QByteArray annualAllocation() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": "2026-01-01T00:00:00Z",
  "allocation_period_end": "2027-01-01T00:00:00Z",
  "allocation_cadence": "annual",
  "allocation_amounts": {"explorer_units": 1200, "developer_units": 24000000},
  "consumed_amounts": {"explorer_units": 420, "developer_units": 9000000}
})";
}

QByteArray overAllocation() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": "2026-04-01T00:00:00Z",
  "allocation_period_end": "2026-05-01T00:00:00Z",
  "allocation_cadence": "monthly",
  "allocation_amounts": {"explorer_units": 100, "developer_units": 2000000},
  "consumed_amounts": {"explorer_units": 131.75, "developer_units": 1900000}
})";
}

QByteArray unknownUnit() {
    return R"({
  "billing_period_start": "2026-04-01T00:00:00Z",
  "billing_period_end": "2026-05-01T00:00:00Z",
  "allocation_period_start": "2026-04-01T00:00:00Z",
  "allocation_period_end": "2026-05-01T00:00:00Z",
  "allocation_cadence": "quarterly",
  "allocation_amounts": {"sql_units": 50},
  "consumed_amounts": {"sql_units": 40, "ai_units": 3},
  "a_field_added_later": {"anything": true}
})";
}

QByteArray withoutConsumedAmounts() {
    QJsonObject body = QJsonDocument::fromJson(unitPlan()).object();
    body.remove(QStringLiteral("consumed_amounts"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray withNullConsumedAmounts() {
    QJsonObject body = QJsonDocument::fromJson(unitPlan()).object();
    body.insert(QStringLiteral("consumed_amounts"), QJsonValue::Null);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray explorerNotReported() {
    QJsonObject body = QJsonDocument::fromJson(unitPlan()).object();
    body.insert(QStringLiteral("consumed_amounts"),
                QJsonObject{{QStringLiteral("developer_units"), 341523}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray of(const UsageSnapshot &snapshot) {
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject allocated;
    QJsonObject consumed;
    for (const UnitUsage &unit : snapshot.units) {
        if (unit.allocated)
            allocated.insert(unit.key, *unit.allocated);
        if (unit.consumed)
            consumed.insert(unit.key, *unit.consumed);
    }
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("billing_period_start"), time(snapshot.billingPeriodStart)},
                   {QStringLiteral("billing_period_end"), time(snapshot.billingPeriodEnd)},
                   {QStringLiteral("allocation_period_start"),
                    time(snapshot.allocationPeriodStart)},
                   {QStringLiteral("allocation_period_end"), time(snapshot.allocationPeriodEnd)},
                   {QStringLiteral("allocation_cadence"), snapshot.cadenceText.isEmpty()
                                                              ? QJsonValue()
                                                              : QJsonValue(snapshot.cadenceText)},
                   {QStringLiteral("allocation_amounts"), allocated},
                   {QStringLiteral("consumed_amounts"), consumed},
               })
        .toJson(QJsonDocument::Compact);
}

QByteArray unitPlanWith(const char *field, const QByteArray &json) {
    const QList<QPair<QByteArray, QByteArray>> fields = {
        {"billing_period_start", "\"2026-04-01T00:00:00Z\""},
        {"billing_period_end", "\"2026-05-01T00:00:00Z\""},
        {"allocation_period_start", "\"2026-04-01T00:00:00Z\""},
        {"allocation_period_end", "\"2026-05-01T00:00:00Z\""},
        {"allocation_cadence", "\"monthly\""},
        {"allocation_amounts", "{\"explorer_units\": 100, \"developer_units\": 2000000}"},
        {"consumed_amounts", "{\"explorer_units\": 12.5, \"developer_units\": 341523}"},
    };
    QByteArray body = "{";
    for (const auto &[name, value] : fields) {
        const QByteArray text = name == field ? json : value;
        if (text.isEmpty())
            continue;
        if (body.size() > 1)
            body += ",";
        body += "\"" + name + "\": " + text;
    }
    return body + "}";
}

QByteArray errorDetail(const QByteArray &detail) {
    // Through QJsonDocument so that quotes in the detail are escaped properly.
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(detail)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace CannedUsageBodies
