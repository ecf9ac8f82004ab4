#include "common/secret_bytes.h"
#include "common/secret_line.h"

#include <cstdio>

#include <QTest>

using tessera::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT
private slots:
    void newBufferIsZeroFilled()
    {
        SecretBytes s(32);
        QCOMPARE(s.size(), 32u);
        for (std::size_t i = 0; i < s.size(); ++i)
            QCOMPARE(s.data()[i], 0);
    }
    void emptyBufferHasNoStorage()
    {
        SecretBytes s;
        QVERIFY(s.isEmpty());
        QCOMPARE(s.data(), nullptr);
        QVERIFY(SecretBytes(0).isEmpty());
    }
    void copyOfKeepsTheBytes()
    {
        auto s = SecretBytes::copyOf(std::string_view("secret"));
        QCOMPARE(s.view(), std::string_view("secret"));
    }
    void moveLeavesTheSourceEmpty()
    {
        auto a = SecretBytes::copyOf(std::string_view("abc"));
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
        QCOMPARE(b.view(), std::string_view("abc"));
        SecretBytes c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view(), std::string_view("abc"));
    }
    void truncateWipesTheTail()
    {
        auto s = SecretBytes::copyOf(std::string_view("abcdef"));
        const std::uint8_t *tail = s.data() + 2;
        s.truncate(2);
        QCOMPARE(s.view(), std::string_view("ab"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tail[i], 0);
        s.truncate(10); // growing is not truncating: nothing changes
        QCOMPARE(s.size(), 2u);
    }
    void equalsComparesContentAndSize()
    {
        auto a = SecretBytes::copyOf(std::string_view("same"));
        auto b = SecretBytes::copyOf(std::string_view("same"));
        auto c = SecretBytes::copyOf(std::string_view("diff"));
        auto d = SecretBytes::copyOf(std::string_view("samelonger"));
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(c));
        QVERIFY(!a.equals(d));
        QVERIFY(SecretBytes().equals(SecretBytes()));
    }
    void readsOneLineWithoutItsEnding()
    {
        std::FILE *f = std::tmpfile();
        QVERIFY(f);
        std::fputs("first pass\r\nsecond\nlongerthanfour", f);
        std::rewind(f);
        QCOMPARE(tessera::readSecretLine(f).view(), std::string_view("first pass"));
        QCOMPARE(tessera::readSecretLine(f).view(), std::string_view("second"));
        QCOMPARE(tessera::readSecretLine(f, 4).view(), std::string_view("long"));
        QCOMPARE(tessera::readSecretLine(f).view(), std::string_view("erthanfour"));
        QVERIFY(tessera::readSecretLine(f).isEmpty()); // end of file
        std::fclose(f);
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "test_secret_bytes.moc"
