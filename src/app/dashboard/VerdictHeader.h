// The top of the dashboard, the answer at a glance: the unit closest to running out with its
// figure in large type and its level's colour, the verdict with its reason, then the reset (or
// that the reported period has ended) and the plan with its periods.
#pragma once

#include "core/forecast/Verdict.h"

#include <QWidget>

class QLabel;

class VerdictHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictHeader)

public:
    explicit VerdictHeader(QWidget *parent = nullptr);

    // periodNote: "Resets in 6 days, on 1 May", or the ended period in full (then shown as a
    // warning); plan: the cadence; periods: "Billing period: 1–30 Apr 2026 · ...".
    void setVerdict(const Verdict &verdict);
    void setPeriodNote(const QString &note, bool periodEnded);
    void setPlan(const QString &plan, const QString &periods);
    // While the recorded readings are still being read, the verdict waits for the forecast.
    void setForecastPending(bool pending);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_unit;
    QLabel *m_figure;
    QLabel *m_sentence;
    QLabel *m_countdown;
    QLabel *m_plan;
    QLabel *m_periods;
    Verdict m_verdict;
    bool m_periodEnded = false;
    bool m_pending = false;
};
