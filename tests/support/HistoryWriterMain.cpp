// history-writer PATH SOURCE FIRST COUNT: records COUNT readings in the history at PATH, consumed
// FIRST, FIRST+1, ..., and prints "recorded N" after each one the store acknowledged. The
// durability tests kill it at random moments and then check that every acknowledged reading is
// still there.
#include "core/Clock.h"
#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: history-writer PATH SOURCE FIRST COUNT\n");
        return 2;
    }
    const int first = arguments.at(3).toInt();
    const int count = arguments.at(4).toInt();
    HistoryStore store(arguments.at(1), Clock::system());
    store.setRetentionDays(0);
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(store.errorMessage()));
        return 3;
    }
    const QDateTime start(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    for (int value = first; value < first + count; ++value) {
        UsageSnapshot snapshot;
        snapshot.billingPeriodStart = start;
        snapshot.billingPeriodEnd = start.addMonths(1);
        snapshot.allocationPeriodStart = start;
        snapshot.allocationPeriodEnd = start.addMonths(1);
        snapshot.cadenceText = QStringLiteral("monthly");
        snapshot.units = {{QStringLiteral("credits"), double(value), 1e9},
                          {QStringLiteral("explorer_units"), value / 2.0, 100.0}};
        snapshot.receivedAt = start.addSecs(value);
        if (!store.record(arguments.at(2), snapshot)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(store.errorMessage()));
            return 4;
        }
        std::printf("recorded %d\n", value);
        std::fflush(stdout);
    }
    return 0;
}
