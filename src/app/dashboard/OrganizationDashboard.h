// The dashboard of one organization: a view of one CurrentReading that answers at a glance (the
// verdict header), then one card per unit and the selected unit's detail chart, with the demo
// notice, the refresh problem banner and, before any figures, a page saying why there are none.
// It can be pointed at another reading; the main window hosts it.
#pragma once

#include <QWidget>

#include <memory>

class AppSettings;
class Clock;
class CurrentReading;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class ReadingText;
class RefreshProblemBanner;
class UnitCardGrid;
class UnitDetailPanel;
class VerdictHeader;

class OrganizationDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDashboard)

public:
    // The reading, the settings and the clock outlive the dashboard.
    OrganizationDashboard(CurrentReading &reading, AppSettings &settings, const Clock &clock,
                          QWidget *parent = nullptr);
    ~OrganizationDashboard() override;

    CurrentReading &reading() const { return *m_reading; }
    // Shows another reading from now on (its own figures, history and selection).
    void setReading(CurrentReading &reading);
    const ReadingText &text() const { return *m_text; }

    // While the key is being looked up (a keychain can take seconds), say so instead of "no key".
    void setLookingForKey(bool looking);
    // Whether figures are on show (rather than the page saying why there are none).
    bool isShowingFigures() const;

    // The unit whose detail chart is shown; choosing one keeps it chosen across refreshes.
    QString selectedUnit() const { return m_selected; }
    void selectUnit(const QString &unitKey);

    VerdictHeader *header() const { return m_header; }
    UnitCardGrid *cards() const { return m_cards; }
    UnitDetailPanel *detailPanel() const { return m_detail; }

public slots:
    // Recomputes the texts that depend on the time (the countdown, the retry advice).
    void refreshTimeTexts();

signals:
    void settingsRequested();
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showState();
    void showPage();
    void showFigures();
    void showTrends();
    QWidget *createEmptyPage();
    QFrame *createDemoBanner();

    CurrentReading *m_reading;
    AppSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<ReadingText> m_text;
    QFrame *m_demoBanner = nullptr;
    RefreshProblemBanner *m_banner;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyDemoButton = nullptr;
    QScrollArea *m_scroll;
    VerdictHeader *m_header;
    UnitCardGrid *m_cards;
    UnitDetailPanel *m_detail;
    QString m_selected;
    bool m_picked = false; // the person chose the unit; until then the verdict's unit is shown
    bool m_lookingForKey = false;
};
