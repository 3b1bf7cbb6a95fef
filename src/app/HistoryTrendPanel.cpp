#include "app/HistoryTrendPanel.h"

#include "app/TrendChartView.h"
#include "core/Clock.h"
#include "core/display/DashboardText.h"
#include "core/history/HistoryStore.h"
#include "core/reading/CurrentReading.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QVBoxLayout>

HistoryTrendPanel::HistoryTrendPanel(CurrentReading &reading, QWidget *parent)
    : QWidget(parent)
    , m_reading(&reading)
    , m_text(std::make_unique<DashboardText>(Clock::system()))
    , m_unitPicker(new QComboBox(this))
    , m_periodPicker(new QComboBox(this))
    , m_forecastLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_chart(new TrendChartView(this))
    , m_exportAction(new QAction(tr("Export &history…"), this)) {
    setObjectName(QStringLiteral("historyTrendPanel"));
    m_unitPicker->setObjectName(QStringLiteral("unitPicker"));
    m_unitPicker->setAccessibleName(tr("Unit shown over time"));
    m_periodPicker->setObjectName(QStringLiteral("periodPicker"));
    m_periodPicker->setAccessibleName(tr("Period shown over time"));
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_forecastLabel->setObjectName(QStringLiteral("forecastLabel"));
    m_forecastLabel->setWordWrap(true);
    m_forecastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("historyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_exportAction->setObjectName(QStringLiteral("exportHistoryAction"));
    m_exportAction->setToolTip(tr("Write a period's recorded readings as CSV"));

    auto *pickers = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unitPicker);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodPicker);
    pickers->addWidget(unitLabel);
    pickers->addWidget(m_unitPicker, 1);
    pickers->addWidget(periodLabel);
    pickers->addWidget(m_periodPicker, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_forecastLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_chart, 1);

    // Only when the readings or the forecasts change, not at every busy flag or countdown tick.
    connect(m_reading, &CurrentReading::historyChanged, this, &HistoryTrendPanel::reload);
    connect(m_unitPicker, &QComboBox::currentIndexChanged, this, &HistoryTrendPanel::updateChart);
    connect(m_unitPicker, &QComboBox::activated, this, [this] { m_unitPicked = true; });
    connect(m_periodPicker, &QComboBox::currentIndexChanged, this, &HistoryTrendPanel::updateChart);
    connect(m_chart, &TrendChartView::plotWidthChanged, this, &HistoryTrendPanel::updateChart);
    connect(m_exportAction, &QAction::triggered, this, &HistoryTrendPanel::exportWithDialog);
    reload();
}

QString HistoryTrendPanel::unitKey() const {
    return m_unitPicker->currentData().toString();
}

QString HistoryTrendPanel::forecastText() const {
    return m_forecastLabel->text();
}

HistoryTrendPanel::~HistoryTrendPanel() = default;

void HistoryTrendPanel::setReading(CurrentReading &reading) {
    if (&reading == m_reading)
        return;
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    connect(m_reading, &CurrentReading::historyChanged, this, &HistoryTrendPanel::reload);
    m_unitPicked = false;
    reload();
}

void HistoryTrendPanel::reload() {
    const std::optional<UsageSnapshot> &snapshot = m_reading->state().snapshot;
    const QSignalBlocker unitBlocker(m_unitPicker);
    const QSignalBlocker periodBlocker(m_periodPicker);

    const QString unitKey = m_unitPicker->currentData().toString();
    m_unitPicker->clear();
    if (snapshot) {
        for (const UnitUsage &unit : snapshot->units)
            m_unitPicker->addItem(unit.label(), unit.key);
        // Until someone picks one, the unit closest to running out; a picked one stays picked.
        const UnitUsage *most = snapshot->mostConsumedUnit();
        const QString wanted = m_unitPicked || !most ? unitKey : most->key;
        m_unitPicker->setCurrentIndex(qMax(0, m_unitPicker->findData(wanted)));
    }

    const qint64 periodStart = m_periodPicker->currentData().toLongLong();
    const bool wasCurrent = m_periodPicker->currentIndex() <= 0;
    m_periodPicker->clear();
    const QList<HistoryPeriod> periods = m_reading->periods();
    for (const HistoryPeriod &period : periods) {
        m_periodPicker->addItem(m_text->period(period.start, period.end),
                                period.start.toMSecsSinceEpoch());
    }
    // The newest period follows new readings; an earlier one someone chose stays chosen.
    const int kept = m_periodPicker->findData(periodStart);
    m_periodPicker->setCurrentIndex(wasCurrent || kept < 0 ? 0 : kept);

    m_exportAction->setEnabled(!periods.isEmpty());
    m_statusLabel->setVisible(!m_reading->isHistoryOpen() &&
                              !m_reading->historyProblem().isEmpty());
    m_statusLabel->setText(tr("History is off: %1").arg(m_reading->historyProblem()));
    updateChart();
}

void HistoryTrendPanel::updateChart() {
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    const QString unitKey = m_unitPicker->currentData().toString();
    if (row < 0 || row >= periods.size() || unitKey.isEmpty()) {
        m_chart->setData(QString(), TrendChartData());
        m_forecastLabel->setText(tr("The trend appears after the first reading."));
        return;
    }
    const HistoryPeriod &period = periods.at(row);
    m_chart->setData(m_unitPicker->currentText(),
                     m_reading->chartData(unitKey, period, m_chart->plotWidth()));

    const std::optional<Forecast> forecast = m_reading->forecasts().forUnit(unitKey);
    const std::optional<UsageSnapshot> &snapshot = m_reading->state().snapshot;
    const bool current = snapshot && HistoryStore::periodOf(*snapshot) == period;
    if (!current)
        m_forecastLabel->setText(tr("Not the current reading's period: no forecast."));
    else if (!forecast)
        m_forecastLabel->setText(tr("No forecast: this unit has no allocation."));
    else
        m_forecastLabel->setText(forecast->text());
}

bool HistoryTrendPanel::exportPeriodTo(const QString &path, QString *error) {
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    if (row < 0 || row >= periods.size()) {
        if (error)
            *error = tr("There are no recorded readings to export.");
        return false;
    }
    return m_reading->exportPeriod(periods.at(row), path, error);
}

void HistoryTrendPanel::exportWithDialog() {
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    if (row < 0 || row >= periods.size())
        return;
    const QString proposed =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/allium-usage-history-%1.csv")
            .arg(periods.at(row).start.toLocalTime().date().toString(QStringLiteral("yyyy-MM")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export history"), proposed, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPeriodTo(path, &error)) {
        // The message names the file and why it could not be written.
        QMessageBox::warning(this, tr("Export history"), error);
    }
}
