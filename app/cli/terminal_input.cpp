#include "terminal_input.h"

#include "common/secret_line.h"

#include <QtGlobal>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace tessera::cli {
namespace {

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_saved) && SetConsoleMode(m_handle, m_saved & ~ENABLE_ECHO_INPUT);
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_WIN)
        if (m_ok)
            SetConsoleMode(m_handle, m_saved);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

SecretBytes readStdinSecretLine()
{
    return readSecretLine(stdin);
}

QByteArray readStdinLine()
{
    const SecretBytes line = readStdinSecretLine();
    return QByteArray(line.view().data(), static_cast<qsizetype>(line.size()));
}

Result<SecretBytes> promptHidden(const QString &prompt)
{
    if (!stdinIsTerminal())
        return fail(ErrorCode::PasswordRequired);
    SecretBytes line;
    {
        EchoOff quiet; // before the prompt: whatever is typed once it shows must not echo
        std::fprintf(stderr, "%s", qUtf8Printable(prompt));
        std::fflush(stderr);
        line = readStdinSecretLine();
    }
    std::fputc('\n', stderr);
    return line;
}

Result<SecretBytes> promptNewPassword(const QString &prompt)
{
    auto first = promptHidden(prompt);
    if (!first)
        return first;
    if (first->isEmpty())
        return fail(ErrorCode::EmptyPassword);
    auto second = promptHidden(QStringLiteral("Repeat the password: "));
    if (!second)
        return second;
    if (!first->equals(*second))
        return fail(ErrorCode::PasswordMismatch);
    return first;
}

} // namespace tessera::cli
