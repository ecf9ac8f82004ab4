// The quick picker's rules and the X11 shortcut against a real X server (Xvfb): keys that cannot be a
// shortcut are refused, keys another program holds are reported, a press from another client reaches
// the app, and where typing is impossible the code is copied and the user told why.
#include "gui_fixture.h"

#include "accounts/account_filter_model.h"
#include "desktop/auto_type.h"
#include "desktop/global_shortcut.h"
#include "quick/quick_picker_controller.h"
#include "session/preferences.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>
#include <xcb/xtest.h>

using namespace tessera::bridge;

namespace {

// Another X client: grabs keys first, or presses them, as another program or the user would.
struct OtherClient
{
    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    ~OtherClient() { xcb_disconnect(connection); }

    xcb_keycode_t keycodeOf(xcb_keysym_t keysym) const
    {
        xcb_key_symbols_t *symbols = xcb_key_symbols_alloc(connection);
        xcb_keycode_t *codes = xcb_key_symbols_get_keycode(symbols, keysym);
        const xcb_keycode_t code = codes ? codes[0] : 0;
        free(codes);
        xcb_key_symbols_free(symbols);
        return code;
    }
    void grab(xcb_keycode_t key, uint16_t modifiers)
    {
        free(xcb_request_check(connection, xcb_grab_key_checked(connection, 1, root, modifiers, key,
                                                                  XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)));
    }
    void press(std::initializer_list<xcb_keycode_t> keys)
    {
        for (xcb_keycode_t key : keys)
            xcb_test_fake_input(connection, XCB_KEY_PRESS, key, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        for (auto it = std::rbegin(keys); it != std::rend(keys); ++it)
            xcb_test_fake_input(connection, XCB_KEY_RELEASE, *it, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        xcb_flush(connection);
    }
};

constexpr xcb_keysym_t kControlL = 0xffe3, kAltL = 0xffe9;

} // namespace

class TestQuickPicker : public QObject
{
    Q_OBJECT
private slots:
    void keysThatCannotBeAShortcutAreRefused()
    {
        GuiFixture f;
        QuickPickerController &picker = *f.root->quickPicker;
        QCOMPARE(picker.shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+O")).toString(QKeySequence::NativeText));
        QVERIFY(!picker.setShortcutKeys(Qt::Key_O, Qt::NoModifier)); // would take the letter from every program
        QVERIFY(picker.errorString().contains(QStringLiteral("Ctrl")));
        QVERIFY(!picker.setShortcutKeys(Qt::Key_O, Qt::ShiftModifier));
        QVERIFY(!picker.setShortcutKeys(Qt::Key_Control, Qt::ControlModifier)); // a modifier alone
        QCOMPARE(f.services->preferences()->quickShortcut(), QStringLiteral("Ctrl+Alt+O"));
        QVERIFY(picker.setShortcutKeys(Qt::Key_K, Qt::ControlModifier | Qt::MetaModifier));
        QCOMPARE(QKeySequence::fromString(f.services->preferences()->quickShortcut()), QKeySequence(QStringLiteral("Ctrl+Meta+K")));
        QVERIFY(picker.setShortcutKeys(Qt::Key_F9, Qt::NoModifier)); // a function key alone is fine
        picker.turnShortcutOff();
        QCOMPARE(picker.shortcut(), QString());
        QCOMPARE(picker.shortcutKeys(), QKeySequence());
        picker.resetShortcut();
        QCOMPARE(f.services->preferences()->quickShortcut(), QStringLiteral("Ctrl+Alt+O"));
    }

    // Enter copies the chosen row's code and asks to close, handing the keyboard back.
    void enterCopiesTheCode()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QuickPickerController &picker = *f.root->quickPicker;
        QSignalSpy closing(&picker, &QuickPickerController::closeRequested);
        picker.open();
        picker.model()->setSearchText(QStringLiteral("gcore"));
        QCOMPARE(picker.model()->rowCount(), 1);
        picker.copy(0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("528064"));
        QCOMPARE(closing.count(), 1);
        QCOMPARE(closing.first().at(0).toBool(), true);
        picker.open(); // a fresh search each time
        QCOMPARE(picker.model()->searchText(), QString());
    }

    // Where no app may type, Shift+Enter still gives the code: copied, and the user is told why.
    void withoutTypingTheCodeIsCopiedAndTheUserTold()
    {
        GuiFixture f;
        QVERIFY(f.unlock());
        QuickPickerController &picker = *f.root->quickPicker;
        AutoType noTyping(makeNoTyping(QStringLiteral("This desktop does not let apps type.")));
        picker.setAutoType(&noTyping);
        QVERIFY(!picker.canType());
        QSignalSpy notices(&picker, &QuickPickerController::notice);
        QGuiApplication::clipboard()->clear();
        picker.model()->setSearchText(QStringLiteral("gcore"));
        picker.type(0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("528064"));
        QCOMPARE(notices.count(), 1);
        const QString notice = notices.first().at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("does not let apps type")) && notice.contains(QStringLiteral("copied")),
                 qPrintable(notice));
    }

    // Locked: nothing to copy, and nothing is.
    void lockedGivesNoCode()
    {
        GuiFixture f;
        QuickPickerController &picker = *f.root->quickPicker;
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        picker.copy(0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    }

    // X11: keys another program grabbed first are reported, with the keys named.
    void keysHeldByAnotherProgramAreReported()
    {
        OtherClient other;
        const xcb_keycode_t j = other.keycodeOf('j');
        for (int locks : {0, int(XCB_MOD_MASK_LOCK), int(XCB_MOD_MASK_2), XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2})
            other.grab(j, uint16_t(XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1 | locks));
        GlobalShortcut shortcut;
        QCOMPARE(shortcut.kind(), ShortcutBackend::Kind::Grab);
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
        QVERIFY2(shortcut.problem().contains(QStringLiteral("Another program")), qPrintable(shortcut.problem()));
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+L"))); // free keys: no problem any more
        QCOMPARE(shortcut.problem(), QString());
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Return")));
        QVERIFY2(shortcut.problem().contains(QStringLiteral("cannot be a global shortcut")), qPrintable(shortcut.problem()));
    }

    // X11: the keys pressed while another program has the keyboard reach Tessera, once, and Num Lock
    // does not change that; after unbinding, nothing arrives.
    void aPressAnywhereReachesTheApp()
    {
        GlobalShortcut shortcut;
        QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        QCOMPARE(shortcut.problem(), QString());
        OtherClient other;
        const xcb_keycode_t o = other.keycodeOf('o'), control = other.keycodeOf(kControlL), alt = other.keycodeOf(kAltL);
        other.press({control, alt, o});
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        other.press({o}); // the letter alone is not the shortcut
        other.press({control, o});
        QTest::qWait(300);
        QCOMPARE(activated.count(), 1);
        shortcut.bind({});
        other.press({control, alt, o});
        QTest::qWait(300);
        QCOMPARE(activated.count(), 1);
    }

    // Where only the desktop can bind keys, the user is told what to bind there.
    void aDesktopWithoutShortcutsForAppsNamesTheCommand()
    {
        GlobalShortcut shortcut(makeDesktopSettingShortcut());
        shortcut.bind(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
        QVERIFY2(shortcut.problem().contains(QStringLiteral("tessera --quick")), qPrintable(shortcut.problem()));
        QCOMPARE(shortcut.kind(), ShortcutBackend::Kind::DesktopSetting);
    }
};

QTEST_MAIN(TestQuickPicker)
#include "test_quick_picker.moc"
