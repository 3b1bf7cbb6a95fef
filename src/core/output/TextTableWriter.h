// Writes one usage snapshot as the human-readable table of `allium-usage --once`: the cadence,
// the periods, the reset date with a countdown (or, once the period is over, that it ended), and
// one aligned row per unit ("not reported" where the API gave no consumption).
#pragma once

#include "core/Clock.h"
#include "core/api/UsageSnapshot.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// Stable output: amounts use English grouping (2,000,000) whatever the machine's locale, dates are
// ISO (2026-05-01) in UTC, and "now" comes from the injected clock. Example:
//
//   Monthly allocation
//   Billing period:     2026-04-01 to 2026-04-30 (UTC)
//   Allocation period:  2026-04-01 to 2026-04-30 (UTC)
//   Resets on 2026-05-01 (in 6 days)
//   Captured at:        2026-04-25 00:00:00 UTC
//
//   Unit             Consumed  Allocated  Remaining  Used %
//   Developer units   341,523  2,000,000  1,658,477  17.1 %
//   Explorer units       12.5        100       87.5  12.5 %
class TextTableWriter final {
    Q_DECLARE_TR_FUNCTIONS(TextTableWriter)

public:
    // The device must be open for writing; the writer does not own it.
    explicit TextTableWriter(QIODevice *device, const Clock &clock = Clock::system());

    // demo adds a first line saying that the figures are made up.
    bool write(const UsageSnapshot &snapshot, bool demo = false);
    QString errorString() const { return m_error; }

    QString toText(const UsageSnapshot &snapshot, bool demo = false) const;

private:
    QIODevice *m_device;
    const Clock &m_clock;
    QString m_error;
};
