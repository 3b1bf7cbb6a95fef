#include "app/charts/DetailChartView.h"

#include "app/charts/ChartPalette.h"
#include "app/charts/ChartReadoutItem.h"
#include "app/theme/AppStyle.h"
#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"
#include "core/Clock.h"
#include "core/display/DashboardText.h"
#include "core/display/NiceAxis.h"
#include "core/display/TimeTicks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace {

// QCategoryAxis wants every label once; two "12:00" on a two-day axis are told apart invisibly.
QString unique(const QString &label, QStringList &used) {
    QString result = label;
    while (used.contains(result))
        result += QChar(0x200B);
    used << result;
    return result;
}

void clearCategories(QCategoryAxis *axis) {
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

} // namespace

DetailChartView::DetailChartView(QWidget *parent)
    : QChartView(parent)
    , m_text(std::make_unique<DashboardText>(Clock::system()))
    , m_consumed(new QLineSeries(this))
    , m_consumedArea(new QAreaSeries(m_consumed))
    , m_projected(new QLineSeries(this))
    , m_projectedArea(new QAreaSeries(m_projected))
    , m_consumedEdge(new QLineSeries)
    , m_projectedEdge(new QLineSeries)
    , m_allocation(new QLineSeries)
    , m_today(new QLineSeries)
    , m_single(new QScatterSeries)
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxis(new QCategoryAxis)
    , m_todayLabel(new QGraphicsSimpleTextItem(chart()))
    , m_readoutItem(new ChartReadoutItem(chart()))
    , m_message(new TextLabel(this))
    , m_legend(new TextLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(minimumHeightFor(fontMetrics()));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);

    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 8, 12, 4));
    chart->legend()->setVisible(false);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        static_cast<QCategoryAxis *>(axis)->setLabelsPosition(
            QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false);
    }
    m_projectedArea->setName(tr("Projected to the reset"));
    m_consumedArea->setName(tr("Consumed"));
    m_allocation->setName(tr("Allocation"));
    m_today->setName(tr("Today"));
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_projectedArea),
          static_cast<QAbstractSeries *>(m_consumedArea),
          static_cast<QAbstractSeries *>(m_projectedEdge),
          static_cast<QAbstractSeries *>(m_consumedEdge),
          static_cast<QAbstractSeries *>(m_allocation), static_cast<QAbstractSeries *>(m_today),
          static_cast<QAbstractSeries *>(m_single)}) {
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    m_todayLabel->setText(tr("Today"));
    m_todayLabel->setZValue(10);
    m_readoutItem->hide();

    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setMargin(2);
    connect(chart, &QChart::plotAreaChanged, this, &DetailChartView::placeOverlays);
    rebuild();
}

DetailChartView::~DetailChartView() = default;

int DetailChartView::minimumHeightFor(const QFontMetrics &metrics) {
    return metrics.height() * 12;
}

int DetailChartView::plotWidth() const {
    const int plot = int(chart()->plotArea().width());
    return plot > 10 ? plot : std::max(100, width() - 80);
}

int DetailChartView::pointsWanted() const {
    return std::max(3, plotWidth() / 2);
}

void DetailChartView::setData(const TrendChartData &data, UsageLevel level) {
    m_data = data;
    m_level = level;
    m_readout.reset();
    rebuild();
}

void DetailChartView::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    placeOverlays();
}

QString DetailChartView::message() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QStringList DetailChartView::timeLabels() const {
    QStringList labels = m_timeAxis->categoriesLabels();
    for (QString &label : labels)
        label.remove(QChar(0x200B));
    return labels;
}

QStringList DetailChartView::valueLabels() const {
    return m_valueAxis->categoriesLabels();
}

void DetailChartView::rebuild() {
    const QPalette &pal = palette();
    const QColor colour = m_level == UsageLevel::NoAllocation ? pal.color(QPalette::Highlight)
                                                              : LevelColors::forLevel(m_level, pal);
    const bool empty = m_data.consumption.isEmpty();

    QColor fill = colour;
    fill.setAlphaF(0.18f);
    m_consumed->replace(m_data.consumption);
    m_consumedArea->setPen(Qt::NoPen);
    m_consumedArea->setBrush(fill);
    m_consumedEdge->replace(m_data.consumption);
    m_consumedEdge->setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    // One reading is a dot: an area of one point is a line down to zero.
    const bool single = m_data.consumption.size() == 1;
    m_consumedArea->setVisible(!empty && !single);
    m_consumedEdge->setVisible(!empty && !single);
    m_single->replace(single ? m_data.consumption : QList<QPointF>());
    m_single->setColor(colour);
    m_single->setBorderColor(colour);
    m_single->setMarkerSize(fontMetrics().height() * 0.6);
    m_single->setVisible(single);

    // The projection shaded lighter below a dashed line: a guess, not a reading.
    QColor guess = colour;
    guess.setAlphaF(0.07f);
    m_projected->replace(m_data.projection);
    m_projectedArea->setBrush(guess);
    m_projectedArea->setPen(Qt::NoPen);
    m_projectedArea->setVisible(!m_data.projection.isEmpty());
    m_projectedEdge->replace(m_data.projection);
    m_projectedEdge->setPen(QPen(colour, 1.6, Qt::DashLine, Qt::RoundCap));
    m_projectedEdge->setVisible(m_projectedArea->isVisible());

    m_allocation->replace(m_data.allocationLine);
    m_allocation->setPen(QPen(pal.color(QPalette::WindowText), 1.2, Qt::DotLine));
    m_allocation->setVisible(!m_data.allocationLine.isEmpty() && !empty);

    m_today->setVisible(m_data.now > 0 && !empty);
    QColor todayColour = LevelColors::secondaryText(pal, QPalette::Base);
    m_today->setPen(QPen(todayColour, 1.0, Qt::DashDotLine));
    m_todayLabel->setBrush(todayColour);
    m_todayLabel->setVisible(m_today->isVisible());

    rebuildAxes();
    if (pal.cacheKey() != m_chartPaletteKey) {
        ChartPalette::apply(chart(), pal);
        m_chartPaletteKey = pal.cacheKey();
    }
    m_timeAxis->setVisible(!empty);
    m_valueAxis->setVisible(!empty);

    // The legend says only what is drawn.
    m_legendEntries.clear();
    QStringList html;
    const auto entry = [&](const QString &symbol, const QColor &shade, const QString &text) {
        m_legendEntries << text;
        html << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                    .arg(shade.name(), symbol,
                         text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    if (!empty) {
        entry(QStringLiteral("&#9644;"), colour, m_consumedArea->name());
        if (m_projectedArea->isVisible())
            entry(QStringLiteral("&#9476;&#9476;"), colour, m_projectedArea->name());
        if (m_allocation->isVisible())
            entry(QStringLiteral("&#8943;&#8943;"), pal.color(QPalette::WindowText),
                  m_data.inPercent ? tr("Allocation (100 %)") : m_allocation->name());
        if (m_today->isVisible())
            entry(QStringLiteral("&#9478;"), todayColour, m_today->name());
    }
    // Set only when it changes: a refresh mostly leaves it as it was, and new rich text is laid
    // out again.
    const QString legend = html.join(QStringLiteral(" &nbsp;&nbsp; "));
    if (m_legend->text() != legend)
        m_legend->setText(legend);
    m_legend->setVisible(!html.isEmpty());
    if (m_legend->palette().color(QPalette::WindowText) != pal.color(QPalette::Text)) {
        QPalette legendPalette = m_legend->palette();
        legendPalette.setColor(QPalette::WindowText, pal.color(QPalette::Text));
        m_legend->setPalette(legendPalette);
    }
    placeOverlays();
}

void DetailChartView::rebuildAxes() {
    qint64 first = m_data.xMinimum;
    qint64 last = m_data.xMaximum;
    if (last - first < 600'000) {
        // Nothing to span yet: the last hour, so the one reading has somewhere to sit.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        first = last > 0 ? first - 300'000 : now - 3'600'000;
        last = last > 0 ? last + 300'000 : now;
    }
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    const int plotW = plotWidth();
    const int plotH = chart()->plotArea().height() > 10 ? int(chart()->plotArea().height())
                                                        : std::max(100, height() - 80);
    // A handful of round values up the side, however far over the allocation.
    const int steps = std::clamp(plotH / (metrics.height() * 3), 2, 5);
    const NiceAxis axis = m_data.inPercent ? NiceAxis::forPercent(m_data.yMaximum / 1.05, steps)
                                           : NiceAxis::fromZeroTo(m_data.yMaximum, steps);
    if (m_data.now > 0) {
        const QList<QPointF> today{QPointF(double(m_data.now), 0.0),
                                   QPointF(double(m_data.now), axis.maximum())};
        if (m_today->points() != today)
            m_today->replace(today);
    }

    // The ticks and their labels only when something they show changed: a refresh mostly moves
    // the line, not the axes, and new categories make Qt Charts lay the chart out and paint it
    // again.
    const AxisInputs inputs{first,
                            last,
                            plotW,
                            plotH,
                            metrics.averageCharWidth(),
                            metrics.height(),
                            axis.maximum(),
                            axis.step(),
                            axis.tickCount(),
                            m_data.inPercent,
                            m_text->format().locale().name()};
    if (inputs == m_axisInputs)
        return;
    m_axisInputs = inputs;

    QStringList used;
    clearCategories(m_timeAxis);
    m_timeAxis->setRange(double(first), double(last));
    m_timeAxis->setStartValue(double(first - 1));
    const QList<TimeTick> ticks = TimeTicks::between(
        QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(last, Qt::UTC),
        TimeTicks::fitting(plotW, metrics.averageCharWidth() + 1), m_text->format().locale());
    for (const TimeTick &tick : ticks)
        m_timeAxis->append(unique(tick.label, used), double(tick.msecs));

    clearCategories(m_valueAxis);
    m_valueAxis->setRange(0.0, axis.maximum());
    m_valueAxis->setStartValue(-axis.step() / 1000.0);
    const UsageFormat &format = m_text->format();
    used.clear();
    for (int i = 0; i < axis.tickCount(); ++i) {
        const double value = axis.step() * i;
        m_valueAxis->append(
            unique(m_data.inPercent ? format.wholePercent(value) : format.compactAmount(value),
                   used),
            value);
    }
}

void DetailChartView::placeOverlays() {
    // The legend sits in a margin below the chart, as high as its wrapped lines need.
    const int inner = width() - 2 * frameWidth();
    const int legendHeight =
        m_legend->isVisibleTo(this) ? m_legend->heightForWidth(inner) + m_legend->margin() * 2 : 0;
    if (viewportMargins().bottom() != legendHeight)
        setViewportMargins(0, 0, 0, legendHeight);
    m_legend->setGeometry(frameWidth(), height() - frameWidth() - legendHeight, inner,
                          legendHeight);
    if (chart()->size() != QSizeF(viewport()->size())) {
        chart()->resize(viewport()->size());
        setSceneRect(chart()->geometry());
    }

    const QRectF plot = chart()->plotArea();
    const QRect plotInView = mapFromScene(chart()->mapToScene(plot)).boundingRect();
    m_message->setGeometry(plotInView.adjusted(12, 12, -12, -12));
    if (m_today->isVisible()) {
        const QPointF at = chart()->mapToPosition(QPointF(double(m_data.now), 0.0), m_today);
        m_todayLabel->setPos(at.x() + 4, plot.top() + 2);
    }
    if (m_readout)
        showReadout(m_readout);
}

void DetailChartView::showReadoutAt(double x) {
    showReadout(ChartReadout::at(m_data, x, *m_text));
}

void DetailChartView::hideReadout() {
    showReadout(std::nullopt);
}

void DetailChartView::showReadout(const std::optional<ChartReadout> &readout) {
    m_readout = readout;
    if (!readout) {
        m_readoutItem->hide();
        setAccessibleDescription(m_legendEntries.join(QStringLiteral(", ")));
        return;
    }
    const QColor colour = m_level == UsageLevel::NoAllocation
                              ? palette().color(QPalette::Highlight)
                              : LevelColors::forLevel(m_level, palette());
    m_readoutItem->place(chart()->mapToPosition(readout->point, m_consumedArea),
                         chart()->plotArea(), readout->title, readout->value, colour, palette(),
                         font());
    m_readoutItem->show();
    setAccessibleDescription(readout->title + QStringLiteral(": ") + readout->value);
}

void DetailChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        m_axisInputs = AxisInputs();
        rebuild();
    }
    QChartView::changeEvent(event);
}

void DetailChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    placeOverlays();
    if (width() != m_lastWidth || height() != m_lastHeight) {
        m_lastHeight = height();
        rebuildAxes(); // as many ticks as fit the new size
    }
    // Thinning again on every pixel of a drag is wasted work; a tenth of the width is visible.
    // Queued, so that the new data arrives after the resize has been laid out.
    if (std::abs(width() - m_lastWidth) * 10 > std::max(1, m_lastWidth)) {
        m_lastWidth = width();
        QMetaObject::invokeMethod(this, &DetailChartView::plotWidthChanged, Qt::QueuedConnection);
    }
}

void DetailChartView::mouseMoveEvent(QMouseEvent *event) {
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (m_data.consumption.isEmpty() || !chart()->plotArea().contains(at))
        hideReadout();
    else
        showReadoutAt(chart()->mapToValue(at, m_consumedArea).x());
    QChartView::mouseMoveEvent(event);
}

void DetailChartView::leaveEvent(QEvent *event) {
    if (!hasFocus())
        hideReadout();
    QChartView::leaveEvent(event);
}

void DetailChartView::keyPressEvent(QKeyEvent *event) {
    const QList<QPointF> &points = m_data.consumption;
    if (points.isEmpty())
        return QChartView::keyPressEvent(event);
    const double x = m_readout ? m_readout->point.x() : points.constLast().x();
    switch (event->key()) {
    case Qt::Key_Left:
        showReadout(ChartReadout::step(m_data, x, -1, *m_text));
        return;
    case Qt::Key_Right:
        showReadout(ChartReadout::step(m_data, x, 1, *m_text));
        return;
    case Qt::Key_Home:
        showReadoutAt(points.constFirst().x());
        return;
    case Qt::Key_End:
        showReadoutAt(m_data.projection.isEmpty() ? points.constLast().x()
                                                  : m_data.projection.constLast().x());
        return;
    case Qt::Key_Escape:
        if (m_readout) {
            hideReadout();
            return;
        }
        break;
    default:
        break;
    }
    QChartView::keyPressEvent(event);
}

void DetailChartView::focusInEvent(QFocusEvent *event) {
    // Arriving by keyboard, the read-out starts at the newest reading.
    if (!m_readout && !m_data.consumption.isEmpty())
        showReadoutAt(m_data.consumption.constLast().x());
    viewport()->update();
    QChartView::focusInEvent(event);
}

void DetailChartView::focusOutEvent(QFocusEvent *event) {
    hideReadout();
    viewport()->update();
    QChartView::focusOutEvent(event);
}

void DetailChartView::paintEvent(QPaintEvent *event) {
    // The grid and the axes' lines are drawn once into pixmaps and copied from there while they
    // stay as they are: a refresh changes the series, not them, and their antialiased lines,
    // blended pixel by pixel, were half of every repaint of the chart. Asked here, since Qt Charts
    // makes the lines of new ticks when it lays the chart out, after setData; only where it is not
    // yet set, since setting it again drops the pixmap. Not the labels: Qt Charts changes their
    // text without the cache noticing, and they went blank.
    const QList<QGraphicsItem *> items = scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == QGraphicsLineItem::Type &&
            item->cacheMode() != QGraphicsItem::DeviceCoordinateCache)
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    }
    QChartView::paintEvent(event);
    if (hasFocus()) {
        QPainter painter(viewport());
        AppStyle::drawFocusRing(&painter, QRectF(viewport()->rect()), palette());
    }
}
