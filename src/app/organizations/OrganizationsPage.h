// Settings' Organizations tab: the list of organizations (add, remove, reorder; ALLIUM_API_KEY's
// shown as such, read-only) and the selected one's name, API key, address and Test connection.
// It shows and edits OrganizationEdits' drafts; nothing is saved until the dialog's OK.
#pragma once

#include "core/api/UsageService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrganizationsPage;
}

class AppSettings;
class Clock;
class OrganizationEdits;
class OrganizationKeys;
class QLabel;
struct SecretResult;

class OrganizationsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsPage)

public:
    OrganizationsPage(OrganizationEdits &edits, OrganizationKeys &keys, AppSettings &settings,
                      const Clock &clock, QWidget *parent = nullptr);
    ~OrganizationsPage() override;

    // The connection test's timeouts; tests shorten them.
    void setConnectionTestTimings(const UsageServiceTimings &timings);
    // The draft shown on the right (-1: none).
    int currentIndex() const;
    void select(int index);
    // While saving, nothing can be edited.
    void setSaving(bool saving);
    // What Test connection uses for the selected organization: the session's address when
    // --base-url overrides it, else the one in the field, else the default.
    QUrl testedBaseUrl() const;

    // Colours a problem label and shows it when there is a problem (shared with the dialog).
    static void showProblem(QLabel *label, const QString &problem);

signals:
    // A field changed: the dialog re-checks whether OK may be pressed.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildList();
    void showDraft();
    void updateKeyState();
    void validate();
    void addOrganization();
    void removeOrganization();
    void moveOrganization(int by);
    void removeKey();
    void testConnection();
    QString testedKey() const;

    std::unique_ptr<Ui::OrganizationsPage> m_ui;
    OrganizationEdits &m_edits;
    OrganizationKeys &m_keys;
    AppSettings &m_settings;
    const Clock &m_clock;
    UsageServiceTimings m_testTimings;
    std::unique_ptr<UsageService> m_testService;
    bool m_saving = false;
    bool m_showing = false; // filling the fields from a draft: not an edit
};
