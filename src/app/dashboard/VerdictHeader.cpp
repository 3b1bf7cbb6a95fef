#include "app/dashboard/VerdictHeader.h"

#include "app/dashboard/Card.h"
#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace {

QLabel *label(QWidget *parent, const char *name, Qt::TextInteractionFlags flags) {
    auto *label = new TextLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(flags);
    return label;
}

void scaleFont(QLabel *label, qreal factor, bool bold) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

VerdictHeader::VerdictHeader(QWidget *parent)
    : QWidget(parent)
    , m_unit(label(this, "verdictUnitLabel", Qt::NoTextInteraction))
    , m_figure(label(this, "verdictFigureLabel", Qt::TextSelectableByMouse))
    , m_sentence(label(this, "verdictLabel", Qt::TextSelectableByMouse))
    , m_countdown(label(this, "countdownLabel", Qt::NoTextInteraction))
    , m_plan(label(this, "cadenceLabel", Qt::NoTextInteraction))
    , m_periods(label(this, "periodsLabel", Qt::TextSelectableByMouse)) {
    setObjectName(QStringLiteral("verdictHeader"));
    scaleFont(m_unit, 1.1, true);
    scaleFont(m_figure, 2.6, true);
    scaleFont(m_sentence, 1.2, false);
    scaleFont(m_countdown, 1.0, true); // the cards' names' font: one font fewer to load
    m_figure->setWordWrap(false);
    m_figure->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_sentence->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(fontMetrics().height());
    layout->setVerticalSpacing(2);
    layout->addWidget(m_unit, 0, 0, 1, 2);
    layout->addWidget(m_figure, 1, 0);
    layout->addWidget(m_sentence, 1, 1);
    layout->addWidget(m_countdown, 2, 0, 1, 2);
    auto *plan = new QHBoxLayout;
    plan->setSpacing(fontMetrics().height());
    plan->addWidget(m_plan);
    plan->addWidget(m_periods, 1);
    layout->addLayout(plan, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowMinimumHeight(2, 0);
}

void VerdictHeader::setVerdict(const Verdict &verdict) {
    m_verdict = verdict;
    m_unit->setText(verdict.unitLabel);
    m_unit->setVisible(!verdict.unitLabel.isEmpty());
    m_figure->setText(verdict.figure);
    m_figure->setVisible(!verdict.figure.isEmpty());
    m_sentence->setText(m_pending && verdict.level != UsageLevel::NoAllocation
                            ? tr("Working out the forecast…")
                            : verdict.sentence);
    setAccessibleName(verdict.line());
    applyColours();
}

void VerdictHeader::setPeriodNote(const QString &note, bool periodEnded) {
    m_periodEnded = periodEnded;
    m_countdown->setText(note);
    m_countdown->setVisible(!note.isEmpty());
    applyColours();
}

void VerdictHeader::setPlan(const QString &plan, const QString &periods) {
    m_plan->setText(plan);
    // A wrapped label asks for less than its words; the plan keeps its line up to 30 characters
    // and the periods beside it wrap instead.
    const QFontMetrics metrics(m_plan->font());
    m_plan->setMinimumWidth(
        std::min(metrics.horizontalAdvance(plan), metrics.averageCharWidth() * 30) + 1);
    m_periods->setText(periods);
}

void VerdictHeader::setForecastPending(bool pending) {
    m_pending = pending;
}

void VerdictHeader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void VerdictHeader::applyColours() {
    const QPalette &pal = palette();
    Card::setTextColour(m_figure, LevelColors::textFor(m_verdict.level, pal));
    // An ended period is the one thing in the header that must not be missed.
    Card::setTextColour(m_countdown, m_periodEnded ? LevelColors::textFor(UsageLevel::Warning, pal)
                                                   : pal.color(QPalette::WindowText));
    Card::setTextColour(m_plan, LevelColors::secondaryText(pal));
    Card::setTextColour(m_periods, LevelColors::secondaryText(pal));
    Card::setTextColour(m_unit, pal.color(QPalette::WindowText));
}
