#pragma once
// Draws text as a QR code with libqrencode, as a square of modules (no quiet zone: the renderer adds
// one). The text may be an otpauth:// link, so the matrix is wiped when it goes.

#include "common/error.h"

#include <string_view>
#include <vector>

namespace tessera::qr {

class QrMatrix
{
public:
    QrMatrix() = default;
    QrMatrix(int size, std::vector<std::uint8_t> modules) : m_size(size), m_modules(std::move(modules)) {}
    ~QrMatrix();
    QrMatrix(QrMatrix &&) noexcept = default;
    QrMatrix &operator=(QrMatrix &&) noexcept = default;

    int size() const { return m_size; } // modules per side
    bool isDark(int x, int y) const { return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)] != 0; }

private:
    int m_size = 0;
    std::vector<std::uint8_t> m_modules;
};

enum class ErrorCorrection { Low, Medium, Quartile, High };

// QrTooLong when the text does not fit in the largest QR code at that level.
Result<QrMatrix> encode(std::string_view text, ErrorCorrection level = ErrorCorrection::Medium);

} // namespace tessera::qr
