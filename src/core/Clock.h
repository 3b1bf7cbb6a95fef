// The source of "now" for every piece of time-dependent logic, so that tests can set the time.
#pragma once

#include <QDateTime>

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The wall clock, in UTC.
    static const Clock &system();
};

// A clock that only moves when told to; for tests and for replaying recorded data.
class ManualClock final : public Clock {
public:
    explicit ManualClock(const QDateTime &start)
        : m_now(start.toUTC()) {}

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
