#include "quick/quick_picker_controller.h"

#include "accounts/account_filter_model.h"
#include "accounts/account_list_model.h"
#include "accounts/accounts_controller.h"
#include "app/services.h"
#include "desktop/auto_type.h"
#include "desktop/global_shortcut.h"
#include "session/preferences.h"

namespace tessera::bridge {

QuickPickerController::QuickPickerController(Services *services, AccountsController *accounts, QObject *parent)
    : Controller(parent), QmlSingleton(this), m_services(services), m_accounts(accounts), m_model(std::make_unique<AccountFilterModel>())
{
    // Its own search and order, so the main list keeps what the user left in it.
    m_model->setSourceModel(services->accounts());
    m_model->setSortMode(AccountFilterModel::MostUsed);
    m_model->setFavouritesFirst(true);
}

QuickPickerController::~QuickPickerController() = default;

bool QuickPickerController::canType() const
{
    return m_typing && m_typing->canType();
}

QString QuickPickerController::typingProblem() const
{
    return m_typing ? m_typing->cannotType() : tr("Typing into other windows is not available here.");
}

QString QuickPickerController::shortcut() const
{
    return shortcutText(shortcutKeys());
}

QString QuickPickerController::defaultShortcut() const
{
    return shortcutText(QKeySequence::fromString(session::Preferences::defaultQuickShortcut()));
}

QKeySequence QuickPickerController::shortcutKeys() const
{
    return QKeySequence::fromString(m_services->preferences()->quickShortcut(), QKeySequence::PortableText);
}

QString QuickPickerController::idAt(int row) const
{
    return row >= 0 && row < m_model->rowCount() ? m_model->idAt(row) : QString();
}

void QuickPickerController::open()
{
    m_model->setSearchText({});
    clearError();
    emit opened();
}

void QuickPickerController::copy(int row)
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return;
    const auto code = m_accounts->codeToUse(id);
    if (!code)
        return setError(m_accounts->errorString());
    m_accounts->copyToClipboard(*code);
    emit closeRequested(true);
}

void QuickPickerController::type(int row)
{
    const QString id = idAt(row);
    if (id.isEmpty() || (m_typing && m_typing->isTyping()))
        return;
    if (!canType()) { // say why on the spot, and copy: the user still gets the code
        copy(row);
        emit notice(tr("%1 The code was copied instead.").arg(typingProblem()));
        return;
    }
    const auto code = m_accounts->codeToUse(id);
    if (!code)
        return setError(m_accounts->errorString());
    m_typedId = id;
    emit closeRequested(false); // the typing gives the keyboard back itself
    m_typing->typeIntoOrigin(*code);
}

void QuickPickerController::typingFinished(const QString &problem)
{
    const QString id = std::exchange(m_typedId, QString());
    if (problem.isEmpty())
        return;
    // The same code (a TOTP code stays for its period; an HOTP code is shown, not made again).
    if (const auto code = m_accounts->codeToUse(id))
        m_accounts->copyToClipboard(*code);
    emit notice(tr("%1 The code was copied instead.").arg(problem));
}

void QuickPickerController::dismiss(bool returnFocus)
{
    emit closeRequested(returnFocus);
}

bool QuickPickerController::setShortcutKeys(int key, int modifiers)
{
    const auto combination = QKeyCombination(Qt::KeyboardModifiers(modifiers), Qt::Key(key));
    const bool modifierOnly = key == Qt::Key_Control || key == Qt::Key_Shift || key == Qt::Key_Alt ||
                              key == Qt::Key_Meta || key == Qt::Key_AltGr || key == Qt::Key_Super_L ||
                              key == Qt::Key_Super_R;
    const bool functionKey = key >= Qt::Key_F1 && key <= Qt::Key_F35;
    const Qt::KeyboardModifiers chords = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (modifierOnly || key == Qt::Key_unknown || (!functionKey && !(combination.keyboardModifiers() & chords))) {
        setError(tr("Hold Ctrl, Alt or Super with the key, so that it does not stop the key from working "
                    "elsewhere."));
        return false;
    }
    clearError();
    m_services->preferences()->setQuickShortcut(QKeySequence(combination).toString(QKeySequence::PortableText));
    emit shortcutChanged();
    return true;
}

void QuickPickerController::turnShortcutOff()
{
    m_services->preferences()->setQuickShortcut({});
    emit shortcutChanged();
}

void QuickPickerController::resetShortcut()
{
    m_services->preferences()->setQuickShortcut(session::Preferences::defaultQuickShortcut());
    emit shortcutChanged();
}

void QuickPickerController::setAutoType(AutoType *typing)
{
    m_typing = typing;
    connect(typing, &AutoType::finished, this, &QuickPickerController::typingFinished);
    emit typingChanged();
}

void QuickPickerController::setShortcutState(const QString &problem, bool needsDesktop)
{
    m_shortcutProblem = problem;
    m_shortcutNeedsDesktop = needsDesktop;
    emit shortcutChanged();
}

} // namespace tessera::bridge
