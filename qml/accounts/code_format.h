#pragma once
// How a code is shown: digits in groups that are easy to read aloud and type ("123 456", "1234 5678",
// "123 4567"); Steam's five letters stay whole.

#include <QString>
#include <string>

namespace tessera::bridge {

QString groupedCode(const std::string &code);

} // namespace tessera::bridge
