// Every import format, from files the test makes itself (tests/support/foreign_files.h), so the suite
// covers each format without ../shared: detection, the accounts read, wrong and missing passwords,
// damaged files. And every export format read back: Tessera backup, Aegis plain and encrypted (the
// encrypted one also opened here by Aegis's documented scheme with plain OpenSSL calls), otpauth list.

#include "foreign_files.h"
#include "uri_expectations.h"

#include "interop/exporters/aegis_exporter.h"
#include "interop/exporters/otpauth_list_exporter.h"
#include "interop/exporters/recovery_sheet_exporter.h"
#include "interop/exporters/tessera_backup_exporter.h"
#include "interop/import_registry.h"
#include "session/account_transfer.h"
#include "uri/google_migration.h"

#include <QTest>

using namespace tessera;

namespace {

const QByteArray kPassword = "correct horse";

SecretBytes secret(const QByteArray &text)
{
    return SecretBytes::copyOf(std::string_view(text.constData(), std::size_t(text.size())));
}

QStringList summary(const interop::ImportResult &result)
{
    QStringList lines;
    for (const uri::KeyUri &a : result.accounts)
        lines.append(QStringLiteral("%1 %2/%3 %4").arg(otp::typeName(a.params.type), a.issuer, a.name, base32Of(a.secret)));
    lines.sort();
    return lines;
}

const QStringList kThree{
    "hotp Issuu/James YOOMIXWS5GN6RTBPUFFWKTW5M4",
    "steam Boeing/Sophia JRZCL47CMXVOQMNPZR2F7J4RGI",
    "totp Deno/Mason 4SJHB4GSD43FZBAI7C2HLRJGPQ",
};

interop::ImportResult sampleAccounts()
{
    interop::ImportResult accounts;
    for (int n : {1, 4, 7}) {
        const ExpectedAccount &v = aegisVectors()[n - 1];
        const QByteArray text = v.secret.toLatin1();
        auto key = base32::decode(std::string_view(text.constData(), std::size_t(text.size())));
        otp::OtpParams params = otp::defaultsFor(*otp::parseType(v.type));
        params.algorithm = *otp::parseAlgorithm(v.algorithm);
        params.digits = v.digits;
        if (params.type == otp::OtpType::Hotp)
            params.counter = std::uint64_t(v.periodOrCounter);
        interop::AccountExtras extras;
        if (n == 1) {
            extras = {.group = QStringLiteral("Work"),
                      .notes = QStringLiteral("backup codes in the drawer"),
                      .favourite = true,
                      .icon = QStringLiteral("data:image/png;base64,iVBORw0KGgo="),
                      .sites = {QStringLiteral("github.com"), QStringLiteral("githubapp.com")}};
            extras.recoveryCodes.push_back({secret("1111-2222"), std::nullopt});
            extras.recoveryCodes.push_back({secret("3333-4444"), qint64(1700000000000)});
        }
        accounts.add(uri::KeyUri{v.issuer, v.name, params, std::move(*key)}, std::move(extras));
    }
    return accounts;
}

QByteArray bytesOf(const SecretBytes &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.data()), qsizetype(s.size()));
}

// Aegis's vault.md, followed with OpenSSL directly: scrypt the password with the slot's salt and
// parameters, open the master key with the slot's nonce and tag, then the database with the header's.
QByteArray openAegisByItsDocumentation(const QByteArray &file, const QByteArray &password)
{
    const QJsonObject root = QJsonDocument::fromJson(file).object();
    const QJsonObject slot = root["header"]["slots"].toArray().first().toObject();
    const QByteArray salt = QByteArray::fromHex(slot["salt"].toString().toLatin1());
    QByteArray kek(32, '\0');
    EVP_PBE_scrypt(password.constData(), std::size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                   std::size_t(salt.size()), std::uint64_t(slot["n"].toDouble()), std::uint64_t(slot["r"].toInt()),
                   std::uint64_t(slot["p"].toInt()), 64 * 1024 * 1024, reinterpret_cast<unsigned char *>(kek.data()), 32);
    auto open = [](const QByteArray &key, const QByteArray &nonce, const QByteArray &data, const QByteArray &tag) {
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        QByteArray out(data.size(), '\0');
        int len = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr);
        EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData()));
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()));
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.constData()));
        const bool ok = EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &len) == 1;
        EVP_CIPHER_CTX_free(ctx);
        return ok ? out : QByteArray();
    };
    const QJsonObject keyParams = slot["key_params"].toObject();
    const QByteArray master = open(kek, QByteArray::fromHex(keyParams["nonce"].toString().toLatin1()),
                                   QByteArray::fromHex(slot["key"].toString().toLatin1()),
                                   QByteArray::fromHex(keyParams["tag"].toString().toLatin1()));
    const QJsonObject params = root["header"]["params"].toObject();
    return open(master, QByteArray::fromHex(params["nonce"].toString().toLatin1()),
                QByteArray::fromBase64(root["db"].toString().toLatin1()),
                QByteArray::fromHex(params["tag"].toString().toLatin1()));
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFormat_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<QStringList>("expected");
        const QByteArray links(foreign::kLinks);
        QTest::newRow("otpauth list") << links << "otpauth" << false << kThree;
        QTest::newRow("otpauth list saved by Notepad") << QByteArray("\xEF\xBB\xBF") + QByteArray(links).replace('\n', "\r\n")
                                                       << "otpauth" << false << kThree;
        QTest::newRow("2FAS with a byte order mark") << QByteArray("\xEF\xBB\xBF") + foreign::twoFasPlain() << "2fas"
                                                     << false << kThree;
        QTest::newRow("2FAS") << foreign::twoFasPlain() << "2fas" << false << kThree;
        QTest::newRow("2FAS encrypted") << foreign::twoFasEncrypted(kPassword) << "2fas" << true << kThree;
        QTest::newRow("andOTP") << foreign::json(foreign::andOtpEntries()) << "andotp" << false << kThree;
        QTest::newRow("andOTP encrypted") << foreign::andOtpEncrypted(kPassword) << "andotp" << true << kThree;
        QTest::newRow("andOTP encrypted, old") << foreign::andOtpEncryptedOld(kPassword) << "andotp" << true << kThree;
        QTest::newRow("Stratum") << foreign::json(foreign::stratumBackup()) << "stratum" << false << kThree;
        QTest::newRow("Stratum encrypted") << foreign::stratumEncrypted(kPassword) << "stratum" << true << kThree;
        QTest::newRow("Stratum legacy") << foreign::stratumLegacy(kPassword) << "stratum" << true << kThree;
        QTest::newRow("Ente encrypted") << foreign::enteEncrypted(kPassword) << "ente" << true << kThree;
        QTest::newRow("Bitwarden") << foreign::json(foreign::bitwardenVault()) << "bitwarden" << false << kThree;
        QTest::newRow("Bitwarden encrypted") << foreign::bitwardenEncrypted(kPassword) << "bitwarden" << true << kThree;
        QTest::newRow("Bitwarden CSV")
            << QByteArray("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                          ",,login,Deno,\"a note, with a comma\",,0,,Mason,,otpauth://totp/?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ\n"
                          ",,login,Issuu,,,0,,James,,otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&counter=1\n"
                          ",,login,Boeing,,,0,,Sophia,,steam://JRZCL47CMXVOQMNPZR2F7J4RGI\n")
            << "bitwarden-csv" << false << kThree;
        QTest::newRow("OTPClient") << foreign::otpClient(kPassword) << "otpclient" << true
                                   << QStringList{kThree[0], "steam Steam/Sophia JRZCL47CMXVOQMNPZR2F7J4RGI", kThree[2]};
        QTest::newRow("FreeOTP 2") << foreign::freeOtp2(kPassword) << "freeotp2" << true << QStringList{kThree[2]};
        QTest::newRow("TOTP Authenticator") << foreign::totpAuthenticator(kPassword) << "totp-authenticator" << true
                                            << QStringList{"totp Deno/Mason 4SJHB4GSD43FZBAI7C2HLRJGPQ",
                                                           "totp SPDX/James 5OM4WOOGPLQEF6UGN3CPEOOLWU"};
        QTest::newRow("FreeOTP+")
            << foreign::json(QJsonObject{
                   {"tokenOrder", QJsonArray{"Deno:Mason"}},
                   {"tokens", QJsonArray{QJsonObject{{"algo", "SHA1"}, {"counter", 0}, {"digits", 6}, {"issuerExt", "Deno"},
                                                     {"label", "Mason"}, {"period", 30}, {"type", "TOTP"},
                                                     {"secret", foreign::javaBytes(QByteArray::fromHex(
                                                                    "e49270f0d21f365c8408f8b475c5267c"))}}}}})
            << "freeotp-plus" << false << QStringList{kThree[2]};
        QTest::newRow("LastPass")
            << foreign::json(QJsonObject{{"version", 3},
                                         {"accounts", QJsonArray{QJsonObject{{"issuerName", "Deno"}, {"userName", "Mason"},
                                                                             {"secret", "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
                                                                             {"algorithm", "SHA1"}, {"digits", 6},
                                                                             {"timeStep", 30}}}}})
            << "lastpass" << false << QStringList{kThree[2]};
        QTest::newRow("Proton Authenticator")
            << foreign::json(QJsonObject{
                   {"version", 1},
                   {"entries", QJsonArray{QJsonObject{
                                   {"content", QJsonObject{{"uri", "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"},
                                                           {"entry_type", "Totp"}, {"name", "Mason"}}}}}}})
            << "proton" << false << QStringList{kThree[2]};
        QTest::newRow("Steam Guard")
            << foreign::json(QJsonObject{{"shared_secret", "THIl8+Jl6ugxr8x0X6eRMg=="}, {"account_name", "Sophia"}})
            << "steam" << false << QStringList{"steam Steam/Sophia JRZCL47CMXVOQMNPZR2F7J4RGI"};
        QTest::newRow("Duo")
            << foreign::json(QJsonArray{QJsonObject{{"name", "Mason"},
                                                    {"otpGenerator", QJsonObject{{"otpSecret", "4SJHB4GSD43FZBAI7C2HLRJGPQ"}}}}})
            << "duo" << false << QStringList{"totp /Mason 4SJHB4GSD43FZBAI7C2HLRJGPQ"};
        QTest::newRow("Authy") << foreign::authyPrefs({}) << "authy" << false << QStringList{kThree[2]};
        QTest::newRow("Authy encrypted") << foreign::authyPrefs(kPassword) << "authy" << true << QStringList{kThree[2]};
        const interop::ImportResult three = sampleAccounts();
        std::vector<const uri::KeyUri *> carried{&three.accounts[0], &three.accounts[1]};
        QByteArray migration = "# two transfer codes\n";
        for (const SecretBytes &link : uri::writeMigration(carried, 1, 7))
            migration += bytesOf(link) + '\n';
        QTest::newRow("Google Authenticator links") << migration << "google-migration" << false
                                                    << QStringList{kThree[0], kThree[2]};
    }

    void readsEveryFormat()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, format);
        QFETCH(bool, encrypted);
        QFETCH(QStringList, expected);
        const auto detected = interop::detectImportFormat(file);
        QVERIFY(detected.has_value());
        QCOMPARE(detected->format->id, format);
        QCOMPARE(detected->protection == interop::Protection::Password, encrypted);
        auto preview = session::readImport(nullptr, file, {}, encrypted ? secret(kPassword) : SecretBytes());
        QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().detail));
        QCOMPARE(summary(preview->result), expected);
        QVERIFY(preview->result.skipped.empty());
        if (!encrypted)
            return;
        auto wrong = session::readImport(nullptr, file, {}, secret("wrong"));
        QVERIFY(!wrong.has_value());
        QCOMPARE(wrong.error().code, ErrorCode::ImportWrongPassword);
        auto none = session::readImport(nullptr, file, {}, {});
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().code, ErrorCode::ImportPasswordRequired);
        // Cut off: never a crash, always a clear failure.
        auto cut = session::readImport(nullptr, file.first(file.size() / 2), format, secret(kPassword));
        QVERIFY(!cut.has_value());
    }

    void exportsReadBackWithNothingLost_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("tessera") << "tessera";
        QTest::newRow("aegis encrypted") << "aegis";
        QTest::newRow("aegis plain") << "aegis-plain";
        QTest::newRow("otpauth") << "otpauth";
    }

    void exportsReadBackWithNothingLost()
    {
        QFETCH(QString, which);
        const interop::ImportResult accounts = sampleAccounts();
        QByteArray file;
        SecretBytes password = secret(kPassword);
        if (which == QLatin1String("tessera"))
            file = *interop::writeTesseraBackup(accounts, password, crypto::argon2Preset(crypto::KdfPreset::Interactive), 1);
        else if (which == QLatin1String("aegis"))
            file = bytesOf(*interop::writeAegis(accounts, password, {1u << 10, 8, 1}));
        else if (which == QLatin1String("aegis-plain"))
            file = bytesOf(*interop::writeAegis(accounts, SecretBytes()));
        else
            file = bytesOf(interop::writeOtpauthList(accounts));
        if (which == QLatin1String("aegis-plain") || which == QLatin1String("otpauth"))
            password = SecretBytes();
        auto back = session::readImport(nullptr, file, {}, password);
        QVERIFY(back.has_value());
        QCOMPARE(summary(back->result), kThree);
        for (std::size_t i = 0; i < accounts.accounts.size(); ++i) {
            QCOMPARE(back->result.accounts[i].params, accounts.accounts[i].params);
            QCOMPARE(back->result.accounts[i].issuer, accounts.accounts[i].issuer);
        }
        if (which == QLatin1String("otpauth"))
            return;
        const interop::AccountExtras *extras = back->result.extrasOf(0);
        QVERIFY(extras);
        QCOMPARE(extras->group, QStringLiteral("Work"));
        QCOMPARE(extras->notes, QStringLiteral("backup codes in the drawer"));
        QVERIFY(extras->favourite);
        QCOMPARE(extras->icon, QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
        if (which == QLatin1String("tessera")) {
            QCOMPARE(extras->recoveryCodes.size(), std::size_t(2));
            QVERIFY(extras->recoveryCodes[1].code.equals(secret("3333-4444")));
            QCOMPARE(extras->recoveryCodes[1].usedAtMs, std::optional<qint64>(1700000000000));
            QCOMPARE(extras->sites, (QStringList{QStringLiteral("github.com"), QStringLiteral("githubapp.com")}));
        }
    }

    void encryptedAegisOpensByAegisDocumentation()
    {
        const QByteArray file = bytesOf(*interop::writeAegis(sampleAccounts(), secret(kPassword), {1u << 10, 8, 1}));
        const QJsonObject db = QJsonDocument::fromJson(openAegisByItsDocumentation(file, kPassword)).object();
        QCOMPARE(db["version"].toInt(), 3);
        const QJsonArray entries = db["entries"].toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0]["issuer"].toString(), QStringLiteral("Deno"));
        QCOMPARE(entries[0]["info"]["secret"].toString(), QStringLiteral("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
        QCOMPARE(entries[1]["type"].toString(), QStringLiteral("hotp"));
        QCOMPARE(entries[1]["info"]["counter"].toInt(), 1);
        QCOMPARE(entries[2]["type"].toString(), QStringLiteral("steam"));
        QCOMPARE(db["groups"].toArray().first()["name"].toString(), QStringLiteral("Work"));
        QVERIFY(!file.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
    }

    // By default the password slot uses Aegis's own scrypt cost, and every salt and nonce is fresh.
    void aegisExportsUseAegisScryptCost()
    {
        const QByteArray first = bytesOf(*interop::writeAegis(sampleAccounts(), secret(kPassword)));
        const QByteArray second = bytesOf(*interop::writeAegis(sampleAccounts(), secret(kPassword)));
        const auto header = [](const QByteArray &file) { return QJsonDocument::fromJson(file).object()["header"].toObject(); };
        const auto payloadNonce = [&](const QByteArray &file) { return header(file)["params"].toObject()["nonce"].toString(); };
        const QJsonObject slot = header(first)["slots"].toArray().first().toObject();
        QCOMPARE(slot["n"].toInt(), 1 << 15);
        QCOMPARE(slot["r"].toInt(), 8);
        QCOMPARE(slot["p"].toInt(), 1);
        QCOMPARE(QByteArray::fromHex(slot["salt"].toString().toLatin1()).size(), 32);
        QCOMPARE(QByteArray::fromHex(slot["key_params"]["nonce"].toString().toLatin1()).size(), 12);
        QCOMPARE(QByteArray::fromHex(payloadNonce(first).toLatin1()).size(), 12);
        const QJsonObject other = header(second)["slots"].toArray().first().toObject();
        QVERIFY(slot["salt"] != other["salt"]);
        QVERIFY(payloadNonce(first) != payloadNonce(second));
        QCOMPARE(QJsonDocument::fromJson(openAegisByItsDocumentation(first, kPassword)).object()["entries"].toArray().size(), 3);
    }

    void enteMetadataIsKept()
    {
        const QByteArray file =
            "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno&codeDisplay="
            "%7B%22pinned%22%3Atrue%2C%22trashed%22%3Afalse%2C%22tags%22%3A%5B%22Work%22%5D%2C%22note%22%3A%22desk+pc%22%7D\n"
            "otpauth://totp/Old:me?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%22trashed%22%3Atrue%7D\n";
        auto preview = session::readImport(nullptr, file, {}, {});
        QVERIFY(preview.has_value());
        QCOMPARE(preview->result.accounts.size(), std::size_t(2)); // trashed in Ente, still the user's
        const interop::AccountExtras *extras = preview->result.extrasOf(0);
        QVERIFY(extras);
        QCOMPARE(extras->group, QStringLiteral("Work"));
        QCOMPARE(extras->notes, QStringLiteral("desk pc"));
        QVERIFY(extras->favourite);
        QVERIFY(preview->result.skipped.empty());
    }

    void recoverySheetListsTheCodes()
    {
        const SecretBytes sheet = interop::writeRecoverySheet(sampleAccounts(), QDateTime::fromSecsSinceEpoch(1700000000));
        const QString html = QString::fromUtf8(bytesOf(sheet));
        QVERIFY(html.contains(QLatin1String("<li>1111-2222</li>")));
        QVERIFY(html.contains(QLatin1String("<s>3333-4444</s>")));
        QVERIFY(html.contains(QLatin1String("Deno")));
        QVERIFY(!html.contains(QLatin1String("Issuu"))); // no codes, not on the sheet
        interop::ImportResult none;
        QVERIFY(interop::writeRecoverySheet(none, QDateTime::currentDateTime()).isEmpty());
    }

    void unknownAndDamagedFilesFailClearly_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("code");
        QTest::newRow("prose") << QByteArray("Dear diary, today I set up two-factor sign-in.") << "" << int(ErrorCode::UnknownFormat);
        QTest::newRow("empty") << QByteArray() << "" << int(ErrorCode::UnknownFormat);
        QTest::newRow("JSON of something else") << QByteArray("{\"hello\": 1}") << "" << int(ErrorCode::UnknownFormat);
        QTest::newRow("unknown name") << QByteArray(foreign::kLinks) << "nonsense" << int(ErrorCode::UnknownFormat);
        QTest::newRow("Aegis from the future")
            << QByteArray(R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":9,"entries":[]}})") << ""
            << int(ErrorCode::ImportUnsupported);
        QTest::newRow("Aegis without entries")
            << QByteArray(R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[]}})") << ""
            << int(ErrorCode::NothingToImport);
        QTest::newRow("Bitwarden bound to an account") << QByteArray(R"({"encrypted":true,"data":"2.x|y|z"})") << ""
                                                       << int(ErrorCode::ImportUnsupported);
        // Found by fuzz_import_ente and fuzz_import_bitwarden: cost numbers beyond any integer type.
        QTest::newRow("Ente with absurd costs")
            << QByteArray(R"({"version":1,"kdfParams":{"memLimit":1e300,"opsLimit":-5e20,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},)"
                          R"("encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA","encryptionNonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})")
            << "" << int(ErrorCode::ImportDamaged);
        QTest::newRow("Bitwarden with absurd costs")
            << QByteArray(R"({"encrypted":true,"passwordProtected":true,"salt":"x","kdfType":1,"kdfIterations":1e40,)"
                          R"("kdfMemory":-1e30,"kdfParallelism":1e99,"encKeyValidation_DO_NOT_EDIT":"2.A|A|A","data":"2.A|A|A"})")
            << "" << int(ErrorCode::ImportDamaged);
        QTest::newRow("Aegis slot with absurd scrypt costs")
            << QByteArray(R"({"version":1,"header":{"slots":[{"type":1,"key":"00","key_params":{"nonce":"00","tag":"00"},)"
                          R"("n":1e300,"r":-1,"p":0.5,"salt":"00"}],"params":{}},"db":"AAAA"})")
            << "" << int(ErrorCode::ImportDamaged);
        QTest::newRow("Java stream cut off") << QByteArray::fromHex("aced000573720011") << "" << int(ErrorCode::ImportDamaged);
        QTest::newRow("Aegis file named as 2FAS")
            << QByteArray(R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[]}})")
            << "2fas" << int(ErrorCode::NothingToImport);
    }

    void unknownAndDamagedFilesFailClearly()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, format);
        QFETCH(int, code);
        auto result = session::readImport(nullptr, file, format, secret(kPassword));
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "test_import_formats.moc"
