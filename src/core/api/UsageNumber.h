// Numbers as exact, locale-free text for files (CSV cells, JSON), so that a value read back is the
// value the server sent. Numbers for people are UsageFormat's job.
#pragma once

#include <QString>

class UsageNumber final {
public:
    // C locale, no exponent, no grouping, the shortest text that reads back as the same double:
    // 12.5, 341523, 1234567890123.5, 0.1, -87.5.
    static QString toPlainText(double value);
    // A percentage with two decimals in the C locale: 17.08.
    static QString toPlainPercent(double percent);
    // The same percentage as a double, so JSON carries exactly what the CSV shows.
    static double roundedPercent(double percent);
};
