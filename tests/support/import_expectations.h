#pragma once
// What every third-party export in ../shared/fixtures/import must import to, written out by hand from
// that folder's README (sources, passwords, expected accounts). Most files are exports of the Aegis
// vectors; the others list their own accounts. Each case names the format detection must find.

#include "aegis_vectors.h"

#include <QList>
#include <QString>

struct ImportCase
{
    QString file;     // under fixtures/import/
    QString password; // empty for plain files
    QString format;   // the registry id detection must give
    QList<ExpectedAccount> accounts;
    int skipped = 0;  // entries the importer must report as skipped
};

// V1–V8 by number, as the README writes them.
inline QList<ExpectedAccount> vectors(std::initializer_list<int> numbers)
{
    QList<ExpectedAccount> out;
    for (int n : numbers)
        out.append(aegisVectors().at(n - 1));
    return out;
}

// Formats that know only TOTP with SHA-1, six digits and 30 seconds keep just the names and secrets.
inline QList<ExpectedAccount> asDefaultTotp(QList<ExpectedAccount> accounts)
{
    for (ExpectedAccount &a : accounts)
        a = {"totp", a.issuer, a.name, a.secret, "SHA1", 6, 30};
    return accounts;
}

inline const QList<ImportCase> &importCases()
{
    const auto v1to7 = vectors({1, 2, 3, 4, 5, 6, 7});
    const auto v1to6 = vectors({1, 2, 3, 4, 5, 6});
    const ExpectedAccount steamProton{"steam", "Steam", "Steam", "STEAMKEY", "SHA1", 5, 30};
    const QList<ExpectedAccount> protonAegis{
        {"totp", "myissuer", "mylabel815256", "MYSECRET", "SHA256", 8, 15},
        {"totp", "myissuer", "mylabeldefault", "MYSECRET", "SHA1", 6, 30},
        steamProton,
    };
    auto twoFasSchema2 = vectors({1, 3, 4, 6});
    twoFasSchema2[2] = {"totp", "Issuu", "James", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "SHA1", 6, 30};
    twoFasSchema2[3] = {"totp", "WWE", "Mason", "5VAML3X35THCEBVRLV24CGBKOY", "SHA512", 8, 30};
    auto andOtpOld = v1to6;
    const QList<ExpectedAccount> twoFasProton{
        {"totp", "myissuer", "mylabeldefault", "MYSECRET", "SHA1", 6, 30},
        {"steam", "Steam", "", "STEAMKEY", "SHA1", 5, 30},
    };
    const QList<ExpectedAccount> decryptorPlain{
        {"totp", "Deno", "Mason", "4SJHB4GSD43FZBAI7C2HLRJGPQ", "SHA1", 6, 30},
        {"totp", "SPDX", "James", "5OM4WOOGPLQEF6UGN3CPEOOLWU", "SHA256", 7, 30},
        {"totp", "Airbnb", "Elijah", "7ELGJSGXNCCTV3O6LKJWYFV2RA", "SHA512", 8, 60},
        {"steam", "Boeing", "Sophia", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 10},
        {"hotp", "Air Canada", "Benjamin", "KUVJJOM753IHTNDSZVCNKL7GII", "SHA256", 8, 10},
    };
    const QList<ExpectedAccount> bitwardenProton{
        {"totp", "ISSUER", "LABEL_256_8_15", "SECRETDATA", "SHA256", 8, 15},
        {"totp", "ISSUER_DEFAULT", "LABEL_DEFAULT", "SOMESECRET", "SHA1", 6, 30},
        {"steam", "SteamName", "", "STEAMKEY", "SHA1", 5, 30},
        {"totp", "SevenDigits", "Seven digit username", "SEVENDIGITSECRET", "SHA1", 7, 30},
    };
    auto bitwardenAegis = vectors({1, 2, 3});
    bitwardenAegis.append({"steam", "Test Steam", "", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30});
    auto bitwardenAegisCsv = vectors({1, 2, 3});
    bitwardenAegisCsv.append({"steam", "Test 4", "", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30});
    const QString scitoSecret = "7KSQL2JTUDIS5EF65KLMRQIIGY";
    const QList<ExpectedAccount> scito{
        {"totp", "raspberrypi", "pi@raspberrypi", scitoSecret, "SHA1", 6, 30},
        {"totp", "", "pi@raspberrypi", scitoSecret, "SHA1", 6, 30},
        {"totp", "", "pi@raspberrypi", scitoSecret, "SHA1", 6, 30},
        {"totp", "raspberrypi", "pi@raspberrypi", scitoSecret, "SHA1", 6, 30},
        {"hotp", "", "hotp demo", scitoSecret, "SHA1", 6, 4},
        {"totp", "", QString::fromUtf8("encoding: ¿äÄéÉ? (demo)"), scitoSecret, "SHA1", 6, 30},
    };
    const QList<ExpectedAccount> serenity{
        {"totp", "SerenityLabs", "SerenityLabs:test1@serenitylabs.co.uk", "A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM", "SHA1", 6, 30},
        {"totp", "SerenityLabs", "SerenityLabs:test2@serenitylabs.co.uk", "SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX", "SHA1", 6, 30},
        {"totp", "SerenityLabs", "SerenityLabs:test3@serenitylabs.co.uk", "TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4", "SHA1", 6, 30},
        {"totp", "SerenityLabs", "SerenityLabs:test4@serenitylabs.co.uk", "N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN", "SHA1", 6, 30},
    };
    const QList<ExpectedAccount> enteNominal{
        {"hotp", "HOTPISSUER", "HOTPACCOUNT", "ASECRET", "SHA1", 6, 1},
        {"totp", "MYISSUER", "MYLABEL", "MYSECRET", "SHA1", 6, 30},
        {"steam", "Steam", "STEAMACCOUNT", "STEAMSECRET", "SHA1", 5, 30},
    };
    const QList<ExpectedAccount> enteLow{
        {"hotp", "dfdf", "adfasdf", "ASDFADF", "SHA1", 6, 1},
        {"totp", "issuertest", "accountest", "SECRETDATA", "SHA256", 6, 30},
        {"steam", "steam", "steam", "AAAAAAAA", "SHA1", 5, 30},
    };
    const QList<ExpectedAccount> lastPass{
        {"totp", "issuer", "account name default", "BDKSIEHWBDBBDBDZBZJ", "SHA1", 6, 30},
        {"totp", "other", "sha256", "JDJSKDKDKDKDKDKDK", "SHA256", 8, 20},
        {"totp", "", "sha512 name", "JDJDDJDJUEJEBDBFNF", "SHA512", 6, 30},
    };
    auto totpAuthenticator = asDefaultTotp(vectors({1, 2, 3}));
    for (ExpectedAccount &a : totpAuthenticator)
        a.name = a.name.toLower();
    const ExpectedAccount steamV7{"steam", "Steam", "Sophia", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30};
    const QList<ExpectedAccount> duo{
        {"totp", "", "Mason", "4SJHB4GSD43FZBAI7C2HLRJGPQ", "SHA1", 6, 30},
        {"hotp", "", "James", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "SHA1", 6, 3},
    };

    QList<ExpectedAccount> twentyEntries;
    for (int i = 1; i <= 20; ++i)
        twentyEntries.append({"totp", "Proton", QStringLiteral("Account %1").arg(i), "SECRETO", "SHA1", 6, 30});

    auto authy = asDefaultTotp(vectors({1, 2, 3}));
    authy[1].digits = 7;
    authy[2].digits = 8;

    static const QList<ImportCase> cases{
        {"otpauth_uri/beemdevelopment-Aegis/plain.txt", "", "otpauth", v1to7},
        {"aegis/beemdevelopment-Aegis/aegis_plain.json", "", "aegis", v1to7},
        {"aegis/beemdevelopment-Aegis/aegis_encrypted.json", "test", "aegis", v1to7},
        {"aegis/beemdevelopment-Aegis/aegis_plain_grouped_v2.json", "", "aegis", v1to7},
        {"aegis/protonpass-proton-pass-common/aegis-json-unencrypted.json", "", "aegis", protonAegis},
        {"aegis/protonpass-proton-pass-common/aegis-json-encrypted-test.json", "test", "aegis", protonAegis},
        {"aegis/protonpass-proton-pass-common/aegis-txt.txt", "", "otpauth", protonAegis},
        {"aegis/protonpass-proton-pass-common/aegis-json-unencrypted-hotp.json", "", "aegis",
         {{"totp", "", "Test", "ABCDEFA", "SHA1", 6, 30}, {"hotp", "", "HotpOne", "KNCUGUSF", "SHA1", 6, 10}}},
        {"aegis/protonpass-proton-pass-common/aegis-json-unencrypted-with-missing-fields.json", "", "aegis",
         {{"totp", "Proton", "some@test.email", "AQI55ICZEMJW2W67PAUVQ3BFN7LJBOQD", "SHA1", 6, 30},
          {"totp", "Amazon", "some@account.test", "IUIUCFKMTXQZUV5U7LE664BVXQ4K7PDSDKHZ4QTZAC5GVIBMMZ6A", "SHA1", 6, 30},
          {"totp", "", "Somename", "CHJDDHDHXE", "SHA256", 7, 30}}},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator.json", "", "2fas", asDefaultTotp(v1to6)},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_plain.2fas", "", "2fas", twoFasSchema2},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_encrypted.2fas", "test", "2fas", twoFasSchema2},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_plain_v3.2fas", "", "2fas", v1to6},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_encrypted_v3.2fas", "test", "2fas", v1to6},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_plain_v4.2fas", "", "2fas", vectors({1, 4, 5, 6, 7})},
        {"2fas/beemdevelopment-Aegis/2fas_authenticator_encrypted_v4.2fas", "test", "2fas", vectors({1, 4, 5, 6, 7})},
        {"2fas/elliotwutingfeng-2fas-backup-decryptor/encrypted_test.2fas", "example.com", "2fas", decryptorPlain},
        {"2fas/protonpass-proton-pass-common/encrypted.2fas", "test", "2fas", twoFasProton},
        {"2fas/protonpass-proton-pass-common/decrypted.2fas", "", "2fas", twoFasProton},
        {"2fas/protonpass-proton-pass-common/decrypted_with_missing_fields.2fas", "", "2fas",
         {{"totp", "Amazon", "atest@email.com", "IUIUCFKMTXQZUV5U7LE664BVXQ4K7PDSDKHZ4QTZAC5GVIBMMZ6A", "SHA1", 6, 30}}},
        {"andotp/beemdevelopment-Aegis/andotp_plain.json", "", "andotp", v1to7},
        {"andotp/beemdevelopment-Aegis/andotp_encrypted.bin", "test", "andotp", v1to7},
        {"andotp/beemdevelopment-Aegis/andotp_encrypted_old.bin", "test", "andotp", andOtpOld},
        {"authenticator_pro/beemdevelopment-Aegis/stratum_plain.json", "", "stratum", v1to7},
        {"authenticator_pro/beemdevelopment-Aegis/stratum_encrypted.bin", "test", "stratum", v1to7},
        {"authenticator_pro/beemdevelopment-Aegis/stratum_encrypted_legacy.bin", "test", "stratum", v1to7},
        {"freeotp_plus/beemdevelopment-Aegis/freeotp_plus.json", "", "freeotp-plus", v1to6},
        {"freeotp/beemdevelopment-Aegis/freeotp_v2_api23.xml", "test", "freeotp2", v1to6},
        {"freeotp/beemdevelopment-Aegis/freeotp_v2_api25.xml", "test", "freeotp2", v1to6},
        {"freeotp/beemdevelopment-Aegis/freeotp_v2_api27.xml", "test", "freeotp2", v1to6},
        {"freeotp/beemdevelopment-Aegis/freeotp_v2_api34.xml", "test", "freeotp2", v1to6},
        {"freeotp/beemdevelopment-Aegis/freeotp_v2_null_algo.xml", "test", "freeotp2", vectors({1})},
        {"bitwarden/beemdevelopment-Aegis/bitwarden.json", "", "bitwarden", bitwardenAegis},
        {"bitwarden/beemdevelopment-Aegis/bitwarden.csv", "", "bitwarden-csv", bitwardenAegisCsv},
        {"bitwarden/protonpass-proton-pass-common/bitwarden.json", "", "bitwarden", bitwardenProton},
        {"bitwarden/protonpass-proton-pass-common/bitwarden.csv", "", "bitwarden-csv", bitwardenProton},
        {"bitwarden/protonpass-proton-pass-common/bitwarden_app.json", "", "bitwarden",
         {{"totp", "ItemWithTOTP", "myusername", "KNKVARKSKNCUGUSFKRFUKWJR", "SHA1", 6, 30}}},
        {"bitwarden/protonpass-proton-pass-common/bitwarden_sample.csv", "", "bitwarden-csv",
         {{"totp", "Code 2", "", "NDSKXJHDJNDBDBBB", "SHA1", 6, 30},
          {"totp", "Code 3", "", "JSJZJFBBDK", "SHA1", 6, 30},
          {"totp", "Code1", "", "JDKSNDJJDNDJJDBXB", "SHA1", 6, 30}}},
        {"ente/beemdevelopment-Aegis/ente_auth.txt", "", "otpauth", v1to7},
        {"ente/protonpass-proton-pass-common/plain_20_entries.txt", "", "otpauth", twentyEntries},
        {"ente/protonpass-proton-pass-common/encrypted.nominalcomplexity.txt", "password", "ente", enteNominal},
        {"ente/protonpass-proton-pass-common/encrypted.lowcomplexity.txt", "password", "ente", enteLow},
        {"google_authenticator/scito-extract_otp_secrets/example_export.txt", "", "google-migration", scito},
        {"google_authenticator/scito-extract_otp_secrets/test_plus_problem_export.txt", "", "google-migration", serenity},
        {"lastpass/protonpass-proton-pass-common/lastpass.json", "", "lastpass", lastPass},
        {"proton_authenticator/beemdevelopment-Aegis/proton_authenticator.json", "", "proton", vectors({1, 2, 3})},
        {"steam/beemdevelopment-Aegis/steam.json", "", "steam", {steamV7}},
        {"steam/beemdevelopment-Aegis/steam_old.json", "", "steam", {steamV7}},
        {"totp_authenticator/beemdevelopment-Aegis/totp_authenticator.bin", "Testtest1", "totp-authenticator",
         totpAuthenticator},
        {"duo/beemdevelopment-Aegis/duo.json", "", "duo", duo},
        {"authy/beemdevelopment-Aegis/authy_plain.xml", "", "authy", authy},
        {"authy/beemdevelopment-Aegis/authy_encrypted.xml", "testtest", "authy", authy},
    };
    return cases;
}
