#include "common/secret_bytes.h"

#include <cstring>
#include <mutex>
#include <new>
#include <sodium.h>

namespace tessera {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::bad_alloc(); // sodium cannot work without its random source: nothing safe to do
    });
}

void wipe(void *data, std::size_t size)
{
    if (data && size)
        sodium_memzero(data, size);
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
    m_capacity = size;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before unmapping
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_capacity(other.m_capacity)
{
    other.m_data = nullptr;
    other.m_size = other.m_capacity = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_data = nullptr;
        other.m_size = other.m_capacity = 0;
    }
    return *this;
}

SecretBytes SecretBytes::copyOf(std::span<const std::uint8_t> bytes)
{
    SecretBytes s(bytes.size());
    if (!bytes.empty())
        std::memcpy(s.m_data, bytes.data(), bytes.size());
    return s;
}

SecretBytes SecretBytes::copyOf(std::string_view text)
{
    return copyOf(std::span(reinterpret_cast<const std::uint8_t *>(text.data()), text.size()));
}

void SecretBytes::truncate(std::size_t newSize)
{
    if (newSize >= m_size)
        return;
    sodium_memzero(m_data + newSize, m_size - newSize);
    m_size = newSize;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace tessera
