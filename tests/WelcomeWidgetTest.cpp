// The first-run view: says where to get a key, saves a pasted key through the keeper, offers
// this session only when there is no keychain, and forwards "Try demo data".
#include "app/WelcomeWidget.h"
#include "FailingSecretStore.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/SessionSecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class WelcomeWidgetTest final : public QObject {
    Q_OBJECT

private:
    static void load(ApiKeyKeeper &keeper) {
        QSignalSpy loaded(&keeper, &ApiKeyKeeper::loaded);
        keeper.load();
        QVERIFY(loaded.wait(2'000));
    }

private slots:
    void saysWhereToGetAKey() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        WelcomeWidget welcome(keeper);
        const QString text = welcome.findChild<QLabel *>(QStringLiteral("whereLabel"))->text();
        QVERIFY(text.contains(QStringLiteral("Allium app")));
        QVERIFY(text.contains(QStringLiteral("API Keys")));
    }

    void pastedKeyIsSaved() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        WelcomeWidget welcome(keeper);
        welcome.show();
        auto *save = welcome.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        welcome.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->setText(QStringLiteral("ak_pasted"));
        QVERIFY(save->isEnabled());
        QVERIFY(!welcome.findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"))->isVisible());
        QSignalSpy changed(&keeper, &ApiKeyKeeper::keyChanged);
        save->click();
        QVERIFY(changed.wait(2'000));
        QCOMPARE(keeper.key(), QStringLiteral("ak_pasted"));
        QVERIFY(keychain.hasKey());
    }

    void withoutAKeychainOffersThisSessionOnly() {
        FailingSecretStore keychain(SecretStatus::Unavailable, QStringLiteral("no Secret Service"));
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        load(keeper);
        WelcomeWidget welcome(keeper);
        welcome.show();
        auto *sessionOnly = welcome.findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(welcome.findChild<QLabel *>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("no Secret Service")));
        sessionOnly->setChecked(true);
        welcome.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->setText(QStringLiteral("ak_mem"));
        QSignalSpy changed(&keeper, &ApiKeyKeeper::keyChanged);
        welcome.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(changed.wait(2'000));
        QVERIFY(keeper.sessionOnly());
        QVERIFY(session.hasKey());
    }

    void demoButtonAsksForDemoData() {
        SessionSecretStore keychain;
        SessionSecretStore session;
        ApiKeyKeeper keeper(keychain, session, QString());
        WelcomeWidget welcome(keeper);
        QSignalSpy demo(&welcome, &WelcomeWidget::demoRequested);
        welcome.findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
        QCOMPARE(demo.size(), 1);
    }
};

QTEST_MAIN(WelcomeWidgetTest)
#include "WelcomeWidgetTest.moc"
