#include "app/dashboard/OrganizationDashboard.h"

#include "app/dashboard/RefreshProblemBanner.h"
#include "app/dashboard/Sparkline.h"
#include "app/dashboard/UnitCard.h"
#include "app/dashboard/UnitCardGrid.h"
#include "app/dashboard/UnitDetailPanel.h"
#include "app/dashboard/VerdictHeader.h"
#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"
#include "core/display/UnitOverview.h"
#include "core/forecast/Verdict.h"
#include "core/history/HistoryStore.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"
#include "core/settings/AppSettings.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

OrganizationDashboard::OrganizationDashboard(CurrentReading &reading, AppSettings &settings,
                                             const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_reading(&reading)
    , m_settings(settings)
    , m_clock(clock)
    , m_text(std::make_unique<ReadingText>(clock))
    , m_banner(new RefreshProblemBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_header(new VerdictHeader)
    , m_cards(new UnitCardGrid)
    , m_detail(new UnitDetailPanel(reading, clock)) {
    setObjectName(QStringLiteral("organizationDashboard"));
    m_demoBanner = createDemoBanner();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardPage"));
    auto *contentLayout = new QVBoxLayout(content);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Placed while still empty: the scroll area sizes what it is given at once, and the
    // dashboard's words are only known once a reading is shown.
    m_scroll->setWidget(content);
    const int gap = fontMetrics().height();
    contentLayout->setContentsMargins(gap, gap * 3 / 4, gap, gap * 3 / 4);
    contentLayout->setSpacing(gap);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_cards);
    contentLayout->addWidget(m_detail, 1);
    m_pages->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_banner, &RefreshProblemBanner::settingsRequested, this,
            &OrganizationDashboard::settingsRequested);
    connect(m_banner, &RefreshProblemBanner::retryRequested, this,
            [this] { m_reading->refreshNow(); });
    connect(m_cards, &UnitCardGrid::unitActivated, this, [this](const QString &unitKey) {
        m_picked = true;
        selectUnit(unitKey);
    });
    connect(&m_settings, &AppSettings::changed, this, &OrganizationDashboard::showState);
    setReading(reading);
}

OrganizationDashboard::~OrganizationDashboard() = default;

void OrganizationDashboard::setReading(CurrentReading &reading) {
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    m_picked = false;
    m_selected.clear();
    m_banner->forgetDismissed();
    connect(m_reading, &CurrentReading::changed, this, &OrganizationDashboard::showState);
    connect(m_reading, &CurrentReading::historyChanged, this, &OrganizationDashboard::showTrends);
    m_detail->setReading(reading);
    showState();
    showTrends();
}

void OrganizationDashboard::setLookingForKey(bool looking) {
    m_lookingForKey = looking;
    showPage();
}

bool OrganizationDashboard::isShowingFigures() const {
    return m_reading->state().snapshot && m_pages->currentWidget() == m_scroll;
}

void OrganizationDashboard::selectUnit(const QString &unitKey) {
    m_selected = unitKey;
    m_cards->setSelectedUnit(unitKey);
    if (const UnitCard *card = m_cards->card(unitKey))
        m_detail->setUnit(unitKey, card->overview().label, card->overview().level);
    else
        m_detail->setUnit(unitKey, QString(), UsageLevel::NoAllocation);
}

void OrganizationDashboard::showState() {
    const ReadingState &state = m_reading->state();
    m_demoBanner->setVisible(state.demo);
    m_banner->showState(state, *m_text);
    showPage();
    if (state.snapshot)
        showFigures();
    refreshTimeTexts();
}

void OrganizationDashboard::showPage() {
    const ReadingState &state = m_reading->state();
    if (state.snapshot) {
        m_pages->setCurrentWidget(m_scroll);
        return;
    }
    if (!m_emptyPage) {
        // Made once it is to be seen: a stack of pages lays out every page it holds, and at a
        // start with recorded figures (the window is built before the organization's reading is
        // chosen) the page saying there are none cost about 4 % of the first frame.
        if (!window()->isVisible())
            return; // decided in showEvent()
        m_emptyPage = createEmptyPage();
        m_pages->insertWidget(0, m_emptyPage);
    }
    if (!state.hasSource && m_lookingForKey) {
        m_emptyTitle->setText(tr("Looking for the API key…"));
        m_emptyText->setText(tr("Asking the system keychain for the key; this can take a moment."));
    } else {
        m_emptyTitle->setText(m_text->emptyTitle(state));
        m_emptyText->setText(m_text->emptyText(state));
    }
    // Demo data is offered wherever real figures cannot come yet.
    m_emptyDemoButton->setVisible(!state.demo && !m_lookingForKey &&
                                  (!state.hasSource || ReadingText::showsBanner(state)));
    m_pages->setCurrentWidget(m_emptyPage);
}

void OrganizationDashboard::showFigures() {
    const ReadingState &state = m_reading->state();
    const UsageSnapshot &snapshot = *state.snapshot;
    const UsageThresholds thresholds = m_settings.thresholds();
    const DashboardText &text = m_text->dashboard();
    const Verdict verdict =
        Verdict::of(snapshot, m_reading->forecasts(), thresholds, state.periodEnded, text.format());
    m_header->setForecastPending(state.historyLoading);
    m_header->setVerdict(verdict);
    QStringList periods{text.billingPeriod(snapshot)};
    const QString allocation = text.allocationPeriod(snapshot);
    if (!allocation.isEmpty())
        periods << allocation;
    m_header->setPlan(text.cadence(snapshot), periods.join(QStringLiteral("  ·  ")));

    QList<UnitOverview> units = UnitOverview::of(snapshot, m_reading->forecasts(), thresholds,
                                                 state.periodEnded, text.format());
    if (state.historyLoading) {
        for (UnitOverview &unit : units) {
            if (unit.percent)
                unit.forecast = tr("Working out the forecast…");
        }
    }
    m_cards->setUnits(units, thresholds);
    // The person's choice while that unit is there; otherwise the one the verdict speaks of.
    QString unit = m_picked && m_cards->card(m_selected) ? m_selected : verdict.unitKey;
    if (unit.isEmpty() && !units.isEmpty())
        unit = units.constFirst().key;
    selectUnit(unit);
}

void OrganizationDashboard::showTrends() {
    const std::optional<UsageSnapshot> &snapshot = m_reading->state().snapshot;
    if (!snapshot)
        return;
    // Every card's trend line from the reading's one series, thinned to the card's width.
    const HistoryPeriod period = HistoryStore::periodOf(*snapshot);
    for (UnitCard *card : m_cards->cards())
        card->setTrend(m_reading->chartData(card->unitKey(), period, card->trend()->pointBudget()));
}

void OrganizationDashboard::refreshTimeTexts() {
    const ReadingState &state = m_reading->state();
    m_header->setPeriodNote(m_text->periodNote(state), state.periodEnded);
    m_banner->showAdvice(state, *m_text);
    // The page without figures counts down too ("Retrying in 14 s"), in step with the status bar.
    if (!state.snapshot)
        showPage();
}

void OrganizationDashboard::showEvent(QShowEvent *event) {
    showPage();
    QWidget::showEvent(event);
}

QWidget *OrganizationDashboard::createEmptyPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyPage"));
    m_emptyTitle = new TextLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyText = new TextLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    for (QLabel *label : {m_emptyTitle, m_emptyText}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    QFont titleFont = m_emptyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_emptyTitle->setFont(titleFont);
    m_emptyDemoButton = new QPushButton(tr("Show &demo data"), page);
    m_emptyDemoButton->setObjectName(QStringLiteral("emptyDemoButton"));
    connect(m_emptyDemoButton, &QPushButton::clicked, this, &OrganizationDashboard::demoRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyDemoButton, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QFrame *OrganizationDashboard::createDemoBanner() {
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAccessibleName(tr("Demo data notice"));
    auto *label = new TextLabel(
        tr("Demo data: made-up figures from a built-in server, not your organization's usage."),
        banner);
    label->setObjectName(QStringLiteral("demoLabel"));
    label->setWordWrap(true);
    auto *layout = new QHBoxLayout(banner);
    layout->addWidget(label);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, LevelColors::tint(tinted.color(QPalette::Highlight), tinted));
    banner->setPalette(tinted);
    banner->setAutoFillBackground(true);
    banner->hide();
    return banner;
}
