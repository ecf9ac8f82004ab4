#pragma once
// The quick picker (DESIGN.md §8): a small window called from anywhere by the global shortcut or
// `tessera --quick`, with its own search over the accounts (favourites first, then the most used).
// Enter copies the code and hands the keyboard back to the window the user came from; Shift+Enter
// types the code into that window instead (AutoType); Esc closes. The window and the shortcut are the
// desktop's part (QuickAccess); this is what the window shows and what its keys do.

#include "app/controller.h"

#include <QKeySequence>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class Services;
class AccountsController;
class AccountFilterModel;
class AutoType;

class QuickPickerController : public Controller, public QmlSingleton<QuickPickerController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(tessera::bridge::AccountFilterModel *model READ model CONSTANT)
    // Whether Shift+Enter can type here; else typingProblem says why (the code is copied instead).
    Q_PROPERTY(bool canType READ canType NOTIFY typingChanged)
    Q_PROPERTY(QString typingProblem READ typingProblem NOTIFY typingChanged)
    // The shortcut as the user reads it ("Ctrl+Alt+O"), "" when off; why it does not work, if it does not.
    Q_PROPERTY(QString shortcut READ shortcut NOTIFY shortcutChanged)
    Q_PROPERTY(QString defaultShortcut READ defaultShortcut CONSTANT)
    Q_PROPERTY(QString shortcutProblem READ shortcutProblem NOTIFY shortcutChanged)
    // True where only the desktop's own keyboard settings can bind `tessera --quick`.
    Q_PROPERTY(bool shortcutNeedsDesktop READ shortcutNeedsDesktop NOTIFY shortcutChanged)
public:
    QuickPickerController(Services *services, AccountsController *accounts, QObject *parent = nullptr);
    ~QuickPickerController() override;

    AccountFilterModel *model() const { return m_model.get(); }
    bool canType() const;
    QString typingProblem() const;
    QString shortcut() const;
    QString defaultShortcut() const;
    QString shortcutProblem() const { return m_shortcutProblem; }
    bool shortcutNeedsDesktop() const { return m_shortcutNeedsDesktop; }
    QKeySequence shortcutKeys() const;

    // Enter: copies the code of the row shown at `row` and closes the picker.
    Q_INVOKABLE void copy(int row);
    // Shift+Enter: closes the picker and types the code into the window the user came from.
    Q_INVOKABLE void type(int row);
    // Esc (returnFocus), or the user went to another window (not): closes without a code.
    Q_INVOKABLE void dismiss(bool returnFocus);
    // The keys pressed in Settings' shortcut field (a Qt key and its modifiers): false, with
    // errorString, when they cannot be a shortcut (no modifier, a modifier alone).
    Q_INVOKABLE bool setShortcutKeys(int key, int modifiers);
    Q_INVOKABLE void turnShortcutOff();
    Q_INVOKABLE void resetShortcut();

    // From the desktop's side (QuickAccess).
    void setAutoType(AutoType *typing);
    void setShortcutState(const QString &problem, bool needsDesktop);
    void open(); // the shortcut or `tessera --quick`: a fresh search, the window about to show

signals:
    void opened();
    // The window should hide; `returnFocus`: and hand the keyboard back to where the user came from.
    void closeRequested(bool returnFocus);
    // Something the user must hear after the window closed (typing failed, the code was copied instead).
    void notice(const QString &text);
    void typingChanged();
    void shortcutChanged();

private:
    QString idAt(int row) const;
    void typingFinished(const QString &problem);

    Services *m_services;
    AccountsController *m_accounts;
    std::unique_ptr<AccountFilterModel> m_model;
    AutoType *m_typing = nullptr;
    QString m_typedId; // the account being typed, copied instead if typing fails
    QString m_shortcutProblem;
    bool m_shortcutNeedsDesktop = false;
};

} // namespace tessera::bridge
