// Spreads the scheduled requests of several organizations apart: no two go out closer together
// than the spacing, so that a start, a new refresh interval or a network coming back never sends
// them all at once. Each UsageService holds at most one slot (its next scheduled request); a slot
// only ever moves later than asked, so a wait the server asked for (Retry-After) is kept, and a
// failing organization moves only its own slot, never another's.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>

#include <chrono>

class RequestSpacing final {
public:
    explicit RequestSpacing(std::chrono::milliseconds spacing);

    void setSpacing(std::chrono::milliseconds spacing);
    std::chrono::milliseconds spacing() const { return m_spacing; }

    // The earliest time at or after `wanted` that is at least spacing() away from every other
    // holder's slot. `holder` holds it until it reserves again or releases.
    QDateTime reserve(const void *holder, const QDateTime &wanted);
    void release(const void *holder);
    // Every slot held, earliest first.
    QList<QDateTime> reservedSlots() const;

private:
    std::chrono::milliseconds m_spacing;
    QHash<const void *, QDateTime> m_slots;
};
