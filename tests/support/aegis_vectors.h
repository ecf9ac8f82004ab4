#pragma once
// The eight accounts of the Aegis test-vector set ("V" in ../shared/fixtures/import/README.md), written
// out by hand: most third-party fixtures are exports of these, and each importer is checked against
// this one list.

#include <QList>
#include <QString>
#include <cstdint>

struct ExpectedAccount
{
    QString type; // totp, hotp, steam
    QString issuer;
    QString name;
    QString secret; // Base32, upper case, no padding
    QString algorithm;
    int digits;
    std::int64_t periodOrCounter;
};

inline const QList<ExpectedAccount> &aegisVectors()
{
    static const QList<ExpectedAccount> vectors{
        {"totp", "Deno", "Mason", "4SJHB4GSD43FZBAI7C2HLRJGPQ", "SHA1", 6, 30},
        {"totp", "SPDX", "James", "5OM4WOOGPLQEF6UGN3CPEOOLWU", "SHA256", 7, 20},
        {"totp", "Airbnb", "Elijah", "7ELGJSGXNCCTV3O6LKJWYFV2RA", "SHA512", 8, 50},
        {"hotp", "Issuu", "James", "YOOMIXWS5GN6RTBPUFFWKTW5M4", "SHA1", 6, 1},
        {"hotp", "Air Canada", "Benjamin", "KUVJJOM753IHTNDSZVCNKL7GII", "SHA256", 7, 50},
        {"hotp", "WWE", "Mason", "5VAML3X35THCEBVRLV24CGBKOY", "SHA512", 8, 10300},
        {"steam", "Boeing", "Sophia", "JRZCL47CMXVOQMNPZR2F7J4RGI", "SHA1", 5, 30},
        {"totp", "Battle.net", "US-2211-2050-3346", "BMGRXPGFARQQF4GMT25JATL2VYLAHDBI", "SHA1", 8, 30},
    };
    return vectors;
}
