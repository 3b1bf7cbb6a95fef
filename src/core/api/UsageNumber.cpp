#include "core/api/UsageNumber.h"

#include <QLocale>

QString UsageNumber::toPlainText(double value) {
    // 'f' with FloatingPointShortest never uses an exponent; adding 0.0 turns -0 into 0.
    return QString::number(value + 0.0, 'f', QLocale::FloatingPointShortest);
}

QString UsageNumber::toPlainPercent(double percent) {
    return QString::number(percent + 0.0, 'f', 2);
}

double UsageNumber::roundedPercent(double percent) {
    return toPlainPercent(percent).toDouble();
}
