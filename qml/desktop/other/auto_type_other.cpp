// Other systems: Tessera does not type into other windows there; the picker copies the code.
#include "desktop/auto_type.h"

#include <QCoreApplication>

namespace tessera::bridge {

std::unique_ptr<TypingBackend> makeTypingBackend()
{
    return makeNoTyping(QCoreApplication::translate("AutoType", "Tessera cannot type into other windows here."));
}

} // namespace tessera::bridge
