#include "core/api/RequestSpacing.h"

#include <algorithm>

RequestSpacing::RequestSpacing(std::chrono::milliseconds spacing)
    : m_spacing(spacing) {}

void RequestSpacing::setSpacing(std::chrono::milliseconds spacing) {
    m_spacing = spacing;
}

QDateTime RequestSpacing::reserve(const void *holder, const QDateTime &wanted) {
    m_slots.remove(holder);
    QList<QDateTime> others = m_slots.values();
    std::sort(others.begin(), others.end());
    const qint64 gap = m_spacing.count();
    QDateTime slot = wanted;
    // The candidate only moves later, so one pass over the slots in order settles it.
    for (const QDateTime &other : std::as_const(others)) {
        if (other.msecsTo(slot) >= gap)
            continue; // far enough before
        if (slot.msecsTo(other) >= gap)
            break; // far enough after, and so is every later one
        slot = other.addMSecs(gap);
    }
    m_slots.insert(holder, slot);
    return slot;
}

void RequestSpacing::release(const void *holder) {
    m_slots.remove(holder);
}

QList<QDateTime> RequestSpacing::reservedSlots() const {
    QList<QDateTime> held = m_slots.values();
    std::sort(held.begin(), held.end());
    return held;
}
