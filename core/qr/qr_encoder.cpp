#include "qr/qr_encoder.h"

#include "common/secret_bytes.h"

#include <qrencode.h>

namespace tessera::qr {

QrMatrix::~QrMatrix()
{
    if (!m_modules.empty())
        wipe(m_modules.data(), m_modules.size());
}

Result<QrMatrix> encode(std::string_view text, ErrorCorrection level)
{
    const QRecLevel qrLevel = level == ErrorCorrection::Low       ? QR_ECLEVEL_L
                              : level == ErrorCorrection::Quartile ? QR_ECLEVEL_Q
                              : level == ErrorCorrection::High     ? QR_ECLEVEL_H
                                                                   : QR_ECLEVEL_M;
    QRcode *code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char *>(text.data()),
                                     0, qrLevel);
    if (!code)
        return fail(ErrorCode::QrTooLong, QString::number(text.size()));
    const int size = code->width;
    std::vector<std::uint8_t> modules(std::size_t(size) * std::size_t(size));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = code->data[i] & 1; // bit 0: dark module; the other bits are libqrencode's bookkeeping
    wipe(code->data, modules.size());
    QRcode_free(code);
    return QrMatrix(size, std::move(modules));
}

} // namespace tessera::qr
