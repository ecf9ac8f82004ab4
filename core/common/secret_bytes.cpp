#include "common/secret_bytes.h"

#include <cstring>
#include <mutex>
#include <new>
#include <sodium.h>

namespace tessera {
namespace {

// Fuzz builds (core/crypto/fuzzing_cost.h) take secret buffers from the ordinary heap: AddressSanitizer
// then guards both ends of every buffer (sodium_malloc's guard page only catches an overrun that
// reaches the end of its page), and the fuzzers' millions of runs are not spent in mmap and mlock.
std::uint8_t *allocateSecret(std::size_t size)
{
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    return new (std::nothrow) std::uint8_t[size];
#else
    return static_cast<std::uint8_t *>(sodium_malloc(size));
#endif
}

void freeSecret(std::uint8_t *data, [[maybe_unused]] std::size_t capacity)
{
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    sodium_memzero(data, capacity);
    delete[] data;
#else
    sodium_free(data); // sodium_free wipes before unmapping
#endif
}

} // namespace

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
    m_data = allocateSecret(size);
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
    m_capacity = size;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        freeSecret(m_data, m_capacity);
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
            freeSecret(m_data, m_capacity);
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
