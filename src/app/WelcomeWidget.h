// The first-run view, shown in the dashboard while no key is stored: where to get a key (the
// Allium app, Settings > API Keys), a field to paste it, and "Try demo data" instead.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomeWidget;
}

class ApiKeyKeeper;
struct SecretResult;

class WelcomeWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWidget)

public:
    explicit WelcomeWidget(ApiKeyKeeper &keeper, QWidget *parent = nullptr);
    ~WelcomeWidget() override;

signals:
    void demoRequested();

private:
    void save();
    void saved(const SecretResult &result);
    void updateState();

    std::unique_ptr<Ui::WelcomeWidget> m_ui;
    ApiKeyKeeper &m_keeper;
    bool m_saving = false;
};
