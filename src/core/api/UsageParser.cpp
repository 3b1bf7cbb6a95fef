#include "core/api/UsageParser.h"

#include "core/api/JsonDuplicateKeys.h"
#include "core/api/ServerText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMap>

#include <cmath>

namespace {

// 2^53 - 1: every whole number up to here is held exactly in a double, and none beyond it is.
constexpr double LargestExactAmount = 9007199254740991.0;

// What the server sent instead, for "expected X, got Y".
QString describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return UsageParser::tr("null");
    case QJsonValue::Bool:
        return UsageParser::tr("a boolean");
    case QJsonValue::Double:
        return UsageParser::tr("a number");
    case QJsonValue::String:
        return UsageParser::tr("a string");
    case QJsonValue::Array:
        return UsageParser::tr("an array");
    case QJsonValue::Object:
        return UsageParser::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return UsageParser::tr("nothing");
}

// A parse failure carried out of the helpers; the message already names the field.
struct Failure {
    QString message;
};

QString fieldMessage(const QString &field, const QString &problem) {
    return UsageParser::tr("%1: %2").arg(field, problem);
}

// Accepts the ISO 8601 forms the API uses: a trailing Z or a numeric offset, optional fractional
// seconds. A time without an offset is read as UTC (the API speaks UTC), never as local time, so
// the result does not depend on the machine's time zone.
std::optional<QDateTime> parseDateTime(const QString &text) {
    // Qt also accepts a bare date; the API promises a date-time, so insist on a time part.
    if (text.size() <= 10 || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')))
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

// A required date-time: missing, null or malformed are all errors.
QDateTime requiredDateTime(const QJsonObject &root, const QString &field) {
    const QJsonValue value = root.value(field);
    if (value.isUndefined())
        throw Failure{fieldMessage(field, UsageParser::tr("missing"))};
    if (value.isString()) {
        if (const auto parsed = parseDateTime(value.toString()))
            return *parsed;
        throw Failure{
            fieldMessage(field, UsageParser::tr("expected an ISO 8601 date-time, got \"%1\"")
                                    .arg(ServerText::displayable(value.toString())))};
    }
    throw Failure{fieldMessage(
        field, UsageParser::tr("expected an ISO 8601 date-time, got %1").arg(describe(value)))};
}

// A nullable date-time: missing reads as null, so a later API that drops the field still works.
QDateTime optionalDateTime(const QJsonObject &root, const QString &field) {
    const QJsonValue value = root.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString()) {
        if (const auto parsed = parseDateTime(value.toString()))
            return *parsed;
        throw Failure{fieldMessage(
            field, UsageParser::tr("expected an ISO 8601 date-time or null, got \"%1\"")
                       .arg(ServerText::displayable(value.toString())))};
    }
    throw Failure{fieldMessage(
        field,
        UsageParser::tr("expected an ISO 8601 date-time or null, got %1").arg(describe(value)))};
}

QString optionalString(const QJsonObject &root, const QString &field) {
    const QJsonValue value = root.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    throw Failure{fieldMessage(
        field, UsageParser::tr("expected a string or null, got %1").arg(describe(value)))};
}

// One amounts object. allocation_amounts may be {} or null (a trial has no allocation);
// consumed_amounts is required, since without it there is nothing to show, and reading it as all
// zeros would be a made-up figure. A null amount inside either reads as not reported.
QMap<QString, std::optional<double>> amounts(const QJsonObject &root, const QString &field,
                                             bool required) {
    QMap<QString, std::optional<double>> result;
    const QJsonValue value = root.value(field);
    if (required && value.isUndefined())
        throw Failure{fieldMessage(field, UsageParser::tr("missing"))};
    if (required && value.isNull())
        throw Failure{fieldMessage(field, UsageParser::tr("expected an object, got null"))};
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isObject()) {
        throw Failure{fieldMessage(
            field,
            required ? UsageParser::tr("expected an object, got %1").arg(describe(value))
                     : UsageParser::tr("expected an object or null, got %1").arg(describe(value)))};
    }

    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // The unit's name is server text: shown escaped and shortened in messages.
        const QString unitField = field + QLatin1Char('.') + ServerText::displayable(it.key());
        if (it.key().trimmed().isEmpty())
            throw Failure{fieldMessage(unitField, UsageParser::tr("a unit needs a name"))};
        const QJsonValue amount = it.value();
        if (amount.isNull()) {
            result.insert(it.key(), std::nullopt);
            continue;
        }
        if (!amount.isDouble())
            throw Failure{fieldMessage(
                unitField, UsageParser::tr("expected a number, got %1").arg(describe(amount)))};
        const double number = amount.toDouble();
        // The JSON reader already refuses NaN and overflowing literals; this keeps the promise
        // should that ever change.
        if (!std::isfinite(number))
            throw Failure{fieldMessage(unitField, UsageParser::tr("expected a finite number"))};
        if (number < 0.0)
            throw Failure{fieldMessage(
                unitField, UsageParser::tr("expected a non-negative number, got %1")
                               .arg(QString::number(number, 'g', QLocale::FloatingPointShortest)))};
        // Beyond 2^53 a whole number would silently become its neighbour; no figure at all is
        // better than a made-up one. (Qt keeps whole numbers below 2^63 exact, for the message.)
        if (number > LargestExactAmount) {
            const QVariant exact = amount.toVariant();
            const QString sent = exact.typeId() == QMetaType::LongLong
                                     ? QString::number(exact.toLongLong())
                                     : QString::number(number, 'g', QLocale::FloatingPointShortest);
            throw Failure{fieldMessage(
                unitField, UsageParser::tr("expected at most 9007199254740991 (2^53 - 1), the "
                                           "largest amount this app holds exactly, got %1")
                               .arg(sent))};
        }
        result.insert(it.key(), number + 0.0); // + 0.0 turns -0 into 0
    }
    return result;
}

void requireOrder(const QDateTime &start, const QDateTime &end, const QString &endField,
                  const QString &startField) {
    if (start.isValid() && end.isValid() && end < start)
        throw Failure{fieldMessage(endField, UsageParser::tr("is before %1").arg(startField))};
}

UsageSnapshot snapshotFrom(const QJsonObject &root, const QDateTime &receivedAt) {
    UsageSnapshot snapshot;
    snapshot.billingPeriodStart = requiredDateTime(root, QStringLiteral("billing_period_start"));
    snapshot.billingPeriodEnd = requiredDateTime(root, QStringLiteral("billing_period_end"));
    requireOrder(snapshot.billingPeriodStart, snapshot.billingPeriodEnd,
                 QStringLiteral("billing_period_end"), QStringLiteral("billing_period_start"));
    snapshot.allocationPeriodStart =
        optionalDateTime(root, QStringLiteral("allocation_period_start"));
    snapshot.allocationPeriodEnd = optionalDateTime(root, QStringLiteral("allocation_period_end"));
    requireOrder(snapshot.allocationPeriodStart, snapshot.allocationPeriodEnd,
                 QStringLiteral("allocation_period_end"),
                 QStringLiteral("allocation_period_start"));
    snapshot.cadenceText = optionalString(root, QStringLiteral("allocation_cadence"));

    const auto allocated = amounts(root, QStringLiteral("allocation_amounts"), false);
    const auto consumed = amounts(root, QStringLiteral("consumed_amounts"), true);

    // The union of both key sets, in key order (QMap iterates sorted). A unit with an allocation
    // but no consumed amount keeps consumed empty: not reported.
    QMap<QString, UnitUsage> units;
    for (auto it = allocated.constBegin(); it != allocated.constEnd(); ++it) {
        if (!it.value())
            continue; // a null allocation is no allocation
        UnitUsage &unit = units[it.key()];
        unit.key = it.key();
        unit.allocated = it.value();
    }
    for (auto it = consumed.constBegin(); it != consumed.constEnd(); ++it) {
        UnitUsage &unit = units[it.key()];
        unit.key = it.key();
        unit.consumed = it.value();
    }
    snapshot.units = units.values();
    snapshot.receivedAt = receivedAt.toUTC();
    return snapshot;
}

} // namespace

UsageParseResult UsageParser::parse(const QByteArray &body, const QDateTime &receivedAt) {
    const QString response = QStringLiteral("response");
    if (body.trimmed().isEmpty())
        return {std::nullopt,
                fieldMessage(response, UsageParser::tr("empty, expected a JSON object"))};
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return {std::nullopt,
                fieldMessage(response, UsageParser::tr("not valid JSON (%1 at byte %2)")
                                           .arg(jsonError.errorString())
                                           .arg(jsonError.offset))};
    if (!document.isObject())
        return {std::nullopt, fieldMessage(response, UsageParser::tr("expected a JSON object"))};
    const QString repeated = JsonDuplicateKeys::firstDuplicatePath(body);
    if (!repeated.isEmpty())
        return {std::nullopt,
                fieldMessage(ServerText::displayable(repeated),
                             UsageParser::tr("appears more than once, so its value is unknown"))};

    try {
        return {snapshotFrom(document.object(), receivedAt), QString()};
    } catch (const Failure &failure) {
        return {std::nullopt, failure.message};
    }
}
