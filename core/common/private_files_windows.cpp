// Windows: file modes do not exist; the user-only equivalent is a protected DACL (no inherited entries)
// with one entry granting the file's owner full control.
#include "common/private_files.h"

#include <QFileInfo>

#include <vector>

#include <aclapi.h>
#include <windows.h>

namespace tessera {
namespace {

bool protectForCurrentUser(const std::wstring &path)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    const bool haveUser = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!haveUser)
        return false;
    PSID user = reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid;
    EXPLICIT_ACCESSW access{};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = SUB_CONTAINERS_AND_OBJECTS_INHERIT;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = static_cast<LPWSTR>(user);
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    const DWORD result = SetNamedSecurityInfoW(const_cast<LPWSTR>(path.c_str()), SE_FILE_OBJECT,
                                               DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                               nullptr, nullptr, acl, nullptr);
    LocalFree(acl);
    return result == ERROR_SUCCESS;
}

} // namespace

void restrictToOwner(QFileDevice &)
{
    // QSaveFile's temporary file has no name to give SetNamedSecurityInfo; the writers call
    // restrictPathToOwner on the committed file, inside a folder already closed this way.
}

bool restrictPathToOwner(const QString &path)
{
    return QFileInfo(path).isSymLink() ? false : protectForCurrentUser(path.toStdWString());
}

} // namespace tessera
