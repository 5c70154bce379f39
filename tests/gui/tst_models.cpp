// QAbstractItemModelTester over every model of the desktop app, fed from a real store, plus what each model says.

#include "GuiTestSupport.h"
#include "keys/KeyImporter.h"
#include "keys/KeyLint.h"
#include "models/AlgorithmModel.h"
#include "models/CertificateChainModel.h"
#include "models/FindingModel.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "models/TrashModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace jwk;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_store = test::openStore(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store->addKeys(QStringLiteral("api"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("a1")),
                                                 test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("a2"))});
        m_store->addKeys(QStringLiteral("hydra.openid.id-token"),
                         {test::makeKey(QStringLiteral("RS256"), QStringLiteral("h1"))});
        m_store->addKeys(QStringLiteral("secrets"), {test::makeKey(QStringLiteral("HS256"), QStringLiteral("s1"))});
        const ImportResult pub = importFile(test::vector(QStringLiteral("ec_p256_spki_public.pem")));
        QCOMPARE(pub.keys.size(), 1);
        m_store->addKeys(QStringLiteral("partners"), {pub.keys.first().key});
    }

    void keySetModel()
    {
        KeySetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 5); // All keys + 4 sets
        QCOMPARE(model.index(0, KeySetModel::NameColumn).data().toString(), QStringLiteral("All keys"));
        QCOMPARE(model.index(0, KeySetModel::CountColumn).data().toInt(), 5);
        QVERIFY(model.index(0, 0).data(KeySetModel::IsAllKeysRole).toBool());
        const int hydra = model.rowOf(QStringLiteral("hydra.openid.id-token"));
        QVERIFY(hydra > 0);
        QVERIFY(model.index(hydra, 0).data(KeySetModel::IsHydraSetRole).toBool());
        QVERIFY(!model.index(model.rowOf(QStringLiteral("api")), 0).data(KeySetModel::IsHydraSetRole).toBool());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("api")), KeySetModel::CountColumn).data().toInt(), 2);
        QVERIFY(!model.index(hydra, 0).data(Qt::DecorationRole).isNull());

        // A change of the store shows after refresh, with the tester watching the signals.
        m_store->createKeySet(QStringLiteral("new-set"));
        model.refresh();
        QCOMPARE(model.rowCount(), 6);
        m_store->trash().deleteSet(QStringLiteral("new-set"));
        m_store->trash().empty();
        model.refresh();
        QCOMPARE(model.rowCount(), 5);

        // Files dropped on a set are offered for import into that set.
        QSignalSpy dropped(&model, &KeySetModel::filesDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.pem"))});
        const QModelIndex api = model.index(model.rowOf(QStringLiteral("api")), 0);
        QVERIFY(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, api));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, api));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("api"));
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, api));
    }

    void keyModelAndProxy()
    {
        KeyModel model;
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(m_store->allKeys());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 5);

        const int h1 = model.rowOf(QStringLiteral("hydra.openid.id-token"), QStringLiteral("h1"));
        QVERIFY(h1 >= 0);
        QCOMPARE(model.index(h1, KeyModel::TypeColumn).data().toString(), QStringLiteral("RSA 2048"));
        QCOMPARE(model.index(h1, KeyModel::AlgColumn).data().toString(), QStringLiteral("RS256"));
        QCOMPARE(model.index(h1, KeyModel::RoleColumn).data().toString(), QStringLiteral("signing"));
        const QString thumb = model.index(h1, 0).data(KeyModel::ThumbprintRole).toString();
        QCOMPARE(thumb.size(), 43);
        QCOMPARE(model.index(h1, KeyModel::ThumbprintColumn).data().toString(), thumb.left(12) + QChar(0x2026));
        int pub = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.keyAt(row).setName == QStringLiteral("partners")) {
                pub = row;
            }
        }
        QVERIFY(pub >= 0);
        QCOMPARE(model.index(pub, KeyModel::RoleColumn).data().toString(), QStringLiteral("public only"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("api"), QStringLiteral("a2")), KeyModel::TypeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("OKP Ed25519"));

        // Search: kid, alg, kty, thumbprint and set name; several words must all match.
        proxy.setSearchText(QStringLiteral("RS256"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("okp"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(thumb.left(10));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("api"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("api ES256"));
        QCOMPARE(proxy.rowCount(), 1);
        // "a1" is the kid of one key, but can also occur in a random thumbprint (base64url, compared without
        // case): the a1 row is found, and every row found has "a1" in a field searched.
        proxy.setSearchText(QStringLiteral("a1"));
        QVERIFY(proxy.rowCount() >= 1);
        bool a1Found = false;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const KeyInfo k = model.keyAt(proxy.mapToSource(proxy.index(row, 0)).row());
            a1Found |= k.kid == QStringLiteral("a1");
            QVERIFY2(k.kid == QStringLiteral("a1") || k.thumbprint.contains(QStringLiteral("a1"), Qt::CaseInsensitive),
                     qPrintable(k.kid));
        }
        QVERIFY(a1Found);
        proxy.setSearchText(QStringLiteral("no-such-thing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 5);

        // Sorting by the created column follows the store's order (sequence), by type groups kty then size.
        proxy.sort(KeyModel::CreatedColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 seq = model.keyAt(proxy.mapToSource(proxy.index(row, 0)).row()).sequence;
            QVERIFY(seq < previous);
            previous = seq;
        }
        proxy.sort(KeyModel::KidColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(QString::compare(proxy.index(row - 1, KeyModel::KidColumn).data().toString(),
                                     proxy.index(row, KeyModel::KidColumn).data().toString(),
                                     Qt::CaseInsensitive) <= 0);
        }

        model.setKeys(m_store->keys(QStringLiteral("api")));
        QCOMPARE(proxy.rowCount(), 2);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void trashModel()
    {
        TrashModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        m_store->trash().deleteKey(QStringLiteral("api"), QStringLiteral("a1"));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TrashModel::ItemColumn).data().toString(), QStringLiteral("api / a1"));
        QCOMPARE(model.index(0, TrashModel::KindColumn).data().toString(), QStringLiteral("Key"));
        m_store->trash().restoreKey(QStringLiteral("api"), QStringLiteral("a1"));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void findingModel()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({{LintFinding::Severity::Info, QStringLiteral("info")},
                           {LintFinding::Severity::Error, QStringLiteral("bad")},
                           {LintFinding::Severity::Warning, QStringLiteral("meh")}});
        QCOMPARE(model.rowCount(), 3);
        // Worst first.
        QCOMPARE(model.index(0, FindingModel::MessageColumn).data().toString(), QStringLiteral("bad"));
        QCOMPARE(model.index(0, FindingModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(2, FindingModel::MessageColumn).data().toString(), QStringLiteral("info"));
        // A real key: a 1024-bit RSA key is flagged.
        JsonWebKey weak = test::makeKey(QStringLiteral("ES256"));
        model.setFindings(lintKey(weak));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, FindingModel::MessageColumn).data().toString().isEmpty());
        }
    }

    void certificateChainModel()
    {
        CertificateChainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ImportResult chain = importFile(test::vector(QStringLiteral("chain_2certs_leaf_then_ca.pem")));
        QVERIFY(!chain.keys.isEmpty());
        QList<Certificate> certs;
        for (const QByteArray& der : chain.keys.first().key.certificateChain()) {
            certs << Certificate::fromDer(der);
        }
        QCOMPARE(certs.size(), 2);
        model.setChain(certs);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CertificateChainModel::SubjectColumn).data().toString(),
                 QStringLiteral("CN=jwkman test leaf"));
        QCOMPARE(model.index(0, CertificateChainModel::IssuerColumn).data().toString(),
                 QStringLiteral("CN=jwkman test CA"));
        QVERIFY(model.status(0).startsWith(QStringLiteral("valid")));
        QCOMPARE(model.status(1), QStringLiteral("valid, self-signed"));
        model.setChain({});
        QCOMPARE(model.rowCount(), 0);
    }

    void algorithmModel()
    {
        AlgorithmModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(algorithms().size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, AlgorithmModel::DescriptionColumn).data().toString().isEmpty());
            QCOMPARE(model.index(row, 0).data(AlgorithmModel::NameRole).toString(), algorithms().at(row).name);
        }
        const int rs256 = model.rowOf(QStringLiteral("RS256"));
        QCOMPARE(model.index(rs256, AlgorithmModel::KeyColumn).data().toString(), QStringLiteral("RSA, 4096 bits"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
